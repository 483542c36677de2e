import { type CheckResult, type FailOn, type Finding, checkStatus, compareFindings } from './finding.js';
import { selectAnnotations } from './budget.js';
import { escapeControls, mdCode, mdText } from './escape.js';

/** GitHub rejects a step summary over 1 MiB; stay well below it so appended sections still fit. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const ICON: Record<string, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️', passed: '✅', failed: '❌', skipped: '⏭️' };

export interface SummaryOptions {
  title: string;
  failOn: FailOn;
  changedFiles?: ReadonlySet<string>;
  /** Where the full findings are, for the "N more" note. */
  findingsFile?: string;
  limitBytes?: number;
}

/** Text from findings in a table cell (see mdText). */
export const escapeCell = mdText;

function countBy(findings: readonly Finding[]) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/**
 * Markdown for $GITHUB_STEP_SUMMARY — the one summary renderer of check results: a table per check,
 * the findings, then each result's own section (`summaryMarkdown`: the kustomize overlay table, the
 * terraform fmt diff, the deploy plan or release), composed here in order and cut to the size limit.
 */
export function renderSummary(results: readonly CheckResult[], opts: SummaryOptions): string {
  const limit = opts.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const all = results.flatMap((r) => r.findings);
  const parts: string[] = [`## ${opts.title}`, ''];
  parts.push('| Check | Status | Errors | Warnings | Notices |', '|---|---|---:|---:|---:|');
  for (const r of results) {
    const c = countBy(r.findings);
    const status = checkStatus(r, opts.failOn);
    parts.push(`| ${escapeCell(r.check)} | ${ICON[status]} ${status} | ${c.error} | ${c.warning} | ${c.notice} |`);
  }
  parts.push('');
  const accepted = results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
  if (accepted > 0) parts.push(`${accepted} finding(s) suppressed with a reason or by the baseline (listed in the JSON and SARIF reports).`, '');

  const budget = selectAnnotations(all, opts.changedFiles);
  if (budget.hiddenTotal > 0) {
    parts.push(
      `> ${budget.hiddenTotal} finding(s) got no annotation because GitHub shows at most 10 per severity per step; all are listed below.`,
      '',
    );
  }

  const head = parts.join('\n');
  // Each check escapes what it quotes; no raw control character gets through whatever it missed.
  const sections = results.map((r) => r.summaryMarkdown).filter((s): s is string => !!s).map((s) => escapeControls(s, { keepNewlines: true }));
  // The findings table gets what the fixed parts leave; the check sections are cut last.
  const sectionsText = sections.length ? '\n' + sections.join('\n\n') + '\n' : '';
  const reserve = Math.min(byteLength(sectionsText), Math.floor(limit / 3));
  const table = renderFindingsTable(all, limit - byteLength(head) - reserve - 512, opts.findingsFile);
  let out = head + '\n' + table;
  const room = limit - byteLength(out) - 256;
  out += truncateToBytes(sectionsText, room, '\n\n_(remaining summary sections cut to stay under GitHub’s 1 MiB step-summary limit)_\n');
  return out;
}

function renderFindingsTable(findings: readonly Finding[], budgetBytes: number, findingsFile?: string): string {
  if (findings.length === 0) return '_No findings._\n';
  const rows: string[] = ['| | Location | Rule | Message |', '|---|---|---|---|'];
  let used = byteLength(rows.join('\n'));
  const sorted = [...findings].sort(compareFindings);
  let shown = 0;
  for (const f of sorted) {
    const row = `| ${ICON[f.severity] ?? ''} | ${mdCode(`${f.file}:${f.line}`)} | ${mdCode(f.rule)} | ${escapeCell(f.message)} |`;
    if (used + byteLength(row) + 1 > budgetBytes) break;
    rows.push(row);
    used += byteLength(row) + 1;
    shown++;
  }
  if (shown < sorted.length) {
    rows.push('', `_${sorted.length - shown} more finding(s) not shown here to stay under the 1 MiB summary limit${findingsFile ? `; all are in \`${findingsFile}\`` : ''}._`);
  }
  return rows.join('\n') + '\n';
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cuts text to at most `max` UTF-8 bytes on a line boundary, adding `note` when it cuts. */
export function truncateToBytes(text: string, max: number, note: string): string {
  if (byteLength(text) <= max) return text;
  const room = Math.max(0, max - byteLength(note));
  let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  // A split multi-byte character decodes to U+FFFD; drop it along with the partial line.
  const nl = cut.lastIndexOf('\n');
  cut = nl > 0 ? cut.slice(0, nl) : '';
  return cut + note;
}
