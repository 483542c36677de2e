import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProjectConfig } from '../settings/config.js';
import { BASELINE_FILE, renderBaseline } from '../report/baseline.js';
import { type CheckResult, UsageError } from '../report/finding.js';
import { logLine } from '../report/escape.js';

/**
 * `portarium-infra baseline`: every finding of the run (already past the inline suppressions)
 * written to the baseline, so later runs report only what is new. Exit 0: nothing failed.
 */
export function writeBaselineCommand(
  results: readonly CheckResult[],
  opts: { root: string; config: ProjectConfig; cwd: string; file: string | undefined; out: (s: string) => void },
): number {
  const file =
    opts.file !== undefined ? path.resolve(opts.cwd, opts.file) : path.resolve(opts.root, typeof opts.config.baseline === 'string' ? opts.config.baseline : BASELINE_FILE);
  const entries = results.flatMap((r) => r.findings).map((f) => ({ rule: f.rule, file: f.file, fingerprint: f.fingerprint ?? '' }));
  try {
    writeFileSync(file, renderBaseline(entries));
  } catch (e) {
    throw new UsageError(`cannot write the baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const shown = path.relative(opts.cwd, file) || file;
  opts.out(`wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${logLine(shown)}\n`);
  return 0;
}
