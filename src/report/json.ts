import { type CheckResult, type FailOn, checkStatus, compareFindings } from './finding.js';

/** The CLI's and the actions' machine-readable output (documented in the README). */
export function renderJson(results: readonly CheckResult[], failOn: FailOn): object {
  return {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    checks: results.map((r) => ({ name: r.check, status: checkStatus(r, failOn), stats: r.stats })),
  };
}
