import { type CheckResult, type FailOn, type Finding, checkStatus, compareFindings } from './finding.js';

// The fingerprint is for SARIF and the baseline; the JSON findings keep their documented fields.
const plain = ({ fingerprint: _fp, objectIgnore: _o, ...f }: Finding) => f;

/** The CLI's and the actions' machine-readable output (documented in the README). */
export function renderJson(results: readonly CheckResult[], failOn: FailOn): object {
  const suppressed = results.flatMap((r) => r.suppressed ?? []).sort(compareFindings);
  return {
    findings: results.flatMap((r) => r.findings).sort(compareFindings).map(plain),
    // Accepted findings, each with its `suppression` (kind, justification): present only when there are some.
    ...(suppressed.length ? { suppressed: suppressed.map(plain) } : {}),
    checks: results.map((r) => ({ name: r.check, status: checkStatus(r, failOn), stats: r.stats })),
  };
}
