import { logLine, logText } from './escape.js';
import { type CheckResult, type FailOn, type Severity, checkStatus, compareFindings } from './finding.js';

const COLOR: Record<Severity | 'bold' | 'dim' | 'green', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  notice: '\x1b[36m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  green: '\x1b[32m',
};
const RESET = '\x1b[0m';

/** Human output in the `file:line:col severity rule message` form editors and terminals link. */
export function renderText(results: readonly CheckResult[], opts: { color: boolean; failOn: FailOn; pathPrefix?: string }): string {
  const paint = (c: keyof typeof COLOR, s: string) => (opts.color ? COLOR[c] + s + RESET : s);
  const lines: string[] = [];
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  // Checked content is escaped piece by piece, before our own colours go around it.
  for (const f of findings) {
    lines.push(
      `${paint('bold', logLine(`${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column}`))} ${paint(f.severity, f.severity)} ${logText(f.message)} ${paint('dim', logLine(f.rule))}`,
    );
    if (f.help) lines.push(`    ${paint('dim', logText(f.help))}`);
  }
  if (findings.length) lines.push('');
  for (const r of results) {
    const status = checkStatus(r, opts.failOn);
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of r.findings) counts[f.severity]++;
    const stats = Object.entries(r.stats)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    const mark = status === 'passed' ? paint('green', '✔') : paint('error', '✖');
    lines.push(`${mark} ${logLine(r.check)}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${stats ? ` — ${stats}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
