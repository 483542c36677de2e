import type { CheckContext, TargetDone } from '../checks/registry.js';
import { changedSince } from '../checks/run/changes.js';
import { planCheckRuns, runChecks } from '../checks/run/check-run.js';
import { logLine } from '../report/escape.js';
import type { CheckResult, Finding } from '../report/finding.js';

export interface CheckCommandOptions {
  /** Limit the run to what changed since this git revision. */
  changedSince?: string | undefined;
  /** Where progress lines go (stderr on a terminal); none when undefined. */
  progress?: ((s: string) => void) | undefined;
  /** Where a message that must always be seen goes (stderr). */
  notice?: (s: string) => void;
  color: boolean;
  /** A target's errors as the report will count them (after suppressions and the baseline). */
  activeErrors?: (check: string, findings: readonly Finding[]) => number;
}

/** `portarium-infra check`: ci-infra's plan and checks in one process, a line per target as it ends. */
export async function runCheckCommand(ctx: CheckContext, opts: CheckCommandOptions): Promise<CheckResult[]> {
  const changed = opts.changedSince !== undefined ? changedSince(ctx.root, opts.changedSince) : undefined;
  const runs = await planCheckRuns(ctx, changed);
  const say = opts.progress;
  if (changed && runs.length === 0) {
    // Said even off a terminal: an empty report must not look like a check that found nothing.
    (opts.notice ?? (() => {}))(`nothing to check: no target is affected by the ${changed.size} file(s) changed since ${opts.changedSince}\n`);
  }
  if (say && runs.length) {
    const scope = changed ? `, ${changed.size} file${changed.size === 1 ? '' : 's'} changed since ${opts.changedSince}` : '';
    say(`checking ${runs.map((r) => r.check.name).join(', ') || 'nothing'}${scope}\n`);
  }
  const paint = (code: number, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const started = performance.now();
  let last = started;
  const onTarget = (d: TargetDone) => {
    const now = performance.now();
    const counted = d.findings && opts.activeErrors ? opts.activeErrors(d.check, d.findings) : d.problems;
    // A target whose every error is suppressed passed, as the exit code will say.
    const failed = d.findings && opts.activeErrors ? counted > 0 : d.failed;
    const mark = failed ? paint(31, '✗') : paint(32, '✓');
    const problems = counted ? paint(31, ` ${counted} error${counted === 1 ? '' : 's'}`) : '';
    const detail = d.detail ? paint(2, ` (${logLine(d.detail)})`) : '';
    say!(`  ${mark} ${d.check.padEnd(13)} ${logLine(d.target)}${detail}${problems} ${paint(2, `${Math.round(now - last)} ms`)}\n`);
    last = now;
  };
  const results = await runChecks(say ? { ...ctx, onTarget } : ctx, runs);
  if (say) say(`done in ${Math.round(performance.now() - started)} ms\n`);
  return results;
}
