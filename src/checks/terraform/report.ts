import type { Finding } from '../../report/finding.js';
import type { Hunk } from './diff.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import { CHECK, TERRAFORM_RULES } from './rules.js';

const severity = TERRAFORM_RULES.severity;

const FIX_HINT = 'Run `terraform fmt -recursive`, or this check in write mode, to fix it.';

/**
 * Strings many findings share, for one run: the same message ("Line 12 is not formatted…") recurs
 * in every file, and the same expected text wherever files share a line (`}`, `source = …`).
 * Each distinct string is kept once; past MAX_SHARED strings, new ones are simply not shared.
 */
export class SharedStrings {
  private readonly seen = new Map<string, string>();
  get(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    if (this.seen.size < MAX_SHARED) this.seen.set(s, s);
    return s;
  }
}
const MAX_SHARED = 100_000;

/** The line a hunk's finding is on: a pure insertion is reported on the line it follows. */
export const findingLine = (h: Hunk): number => Math.max(1, h.oldStart);

/** Findings for one file's outcome (write mode: a rewritten file has none). */
export function outcomeFindings(o: FileOutcome, mode: FmtMode, shared: SharedStrings = new SharedStrings()): Finding[] {
  const base = { check: CHECK, file: o.rel };
  switch (o.status) {
    case 'formatted':
      return [];
    case 'syntax-error':
      return o.errors.map((e) => ({
        ...base,
        rule: 'terraform/syntax-error',
        severity: severity('terraform/syntax-error'),
        line: e.line,
        column: e.column,
        endLine: e.endLine,
        endColumn: e.endColumn,
        message: e.detail ? `${e.summary}: ${e.detail}` : e.summary,
        help: 'terraform fmt does not format a file that does not parse; the file was left as it is.',
      }));
    case 'skipped':
      return [{ ...base, rule: 'terraform/skipped-file', severity: severity('terraform/skipped-file'), line: 1, column: 1, message: `Not checked: ${o.reason}` }];
    case 'timed-out':
      return [{ ...base, rule: 'terraform/deadline-exceeded', severity: severity('terraform/deadline-exceeded'), line: 1, column: 1, message: `The check's time limit (${o.limit}) ran out before this file was checked` }];
    case 'engine-error':
      return [{ ...base, rule: 'terraform/engine-error', severity: severity('terraform/engine-error'), line: 1, column: 1, message: o.message }];
    case 'changed': {
      if (mode === 'write' && o.written) return [];
      // A tree far from formatted has hundreds of thousands of these, kept until the report is
      // written: each is one object of one shape (literal, fields in a fixed order) holding flat
      // strings built by join (a template literal would keep a chain of pieces per string).
      const rule = 'terraform/not-formatted';
      const sev = severity(rule);
      const out: Finding[] = o.hunks.map((h) => {
        const line = findingLine(h);
        const endLine = h.oldLines === 0 ? line : h.oldStart + h.oldLines - 1;
        const span = line === endLine ? `Line ${line}` : `Lines ${line}-${endLine}`;
        const message =
          h.newLines === 0
            ? [span, ' would be removed by terraform fmt'].join('')
            : h.oldLines === 0
              ? ['terraform fmt would insert ', h.newLines, ' line(s) after line ', line].join('')
              : [span, line === endLine ? ' is not formatted as terraform fmt would format it' : ' are not formatted as terraform fmt would format them'].join('');
        const help = h.newLines === 0 ? FIX_HINT : ['terraform fmt writes:\n', h.expected, h.expectedTruncated ? '\n…' : '', '\n\n', FIX_HINT].join('');
        return { check: CHECK, file: o.rel, rule, severity: sev, line, column: 1, endLine, message: shared.get(message), help: shared.get(help) };
      });
      if (mode === 'write' && o.writeError) {
        const rule = o.changedWhileFormatting ? 'terraform/changed-while-formatting' : 'terraform/write-failed';
        out.unshift({ ...base, rule, severity: severity(rule), line: 1, column: 1, message: `Not rewritten: ${o.writeError}` });
      }
      return out;
    }
  }
}
