import { describeResult, findingCounts } from './describe.js';
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

export interface TextOptions {
  color: boolean;
  failOn: FailOn;
  pathPrefix?: string;
}

/** Human output in the `file:line:col severity rule message` form editors and terminals link. */
export function renderText(results: readonly CheckResult[], opts: TextOptions): string {
  return [...renderTextChunks(results, opts)].join('');
}

// Lines per chunk of renderTextChunks: a few hundred KB of text.
const CHUNK_LINES = 2000;

/**
 * renderText in pieces of whole lines, so a caller writing them out as they come never holds the
 * whole text (hundreds of MB for a large tree where every line needs formatting).
 */
export function* renderTextChunks(results: readonly CheckResult[], opts: TextOptions): Generator<string> {
  const paint = (c: keyof typeof COLOR, s: string) => (opts.color ? COLOR[c] + s + RESET : s);
  let lines: string[] = [];
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  // Checked content is escaped piece by piece, before our own colours go around it.
  // Each finding once, even when two steps of a check (or two checks) reached the same one. Equal
  // findings are neighbours once sorted (the order compares all but the message), so only the
  // messages of the current run of equal positions and rules are remembered.
  let printed = new Set<string>();
  let previous: (typeof findings)[number] | undefined;
  for (const f of findings) {
    if (previous && compareFindings(previous, f) !== 0) printed = new Set();
    previous = f;
    if (printed.has(f.message)) continue;
    printed.add(f.message);
    lines.push(
      `${paint('bold', logLine(`${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column}`))} ${paint(f.severity, f.severity)} ${logText(f.message)} ${paint('dim', logLine(f.rule))}`,
    );
    if (f.help) lines.push(`    ${paint('dim', logText(f.help))}`);
    if (lines.length >= CHUNK_LINES) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (findings.length) lines.push('');
  for (const r of results) {
    const status = checkStatus(r, opts.failOn);
    const { text, empty } = describeResult(r);
    const counts = findingCounts(r.findings);
    // A check that found nothing to look at neither passed nor failed: it says so.
    const mark = status !== 'passed' ? paint('error', '✖') : empty && !counts ? paint('dim', '○') : paint('green', '✔');
    const accepted = r.suppressed?.length ? `${r.suppressed.length} suppressed` : '';
    const said = [text, counts, accepted].filter(Boolean).join('; ');
    lines.push(`${mark} ${logLine(r.check)}${said ? `: ${logLine(said)}` : ''}`);
  }
  yield lines.join('\n') + '\n';
}
