import { closeSync, openSync, writeSync } from 'node:fs';
import type { Finding } from '../../report/finding.js';
import { holdYoungGeneration } from '../../young-generation.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import { outcomeFindings, SharedStrings } from './report.js';

export type OutcomeCounts = Record<FileOutcome['status'] | 'written' | 'writeFailed', number>;

// Lines kept for the report cost memory until it is written; past this many characters (a tree far
// from formatted has hundreds of thousands of findings) the report reads the remaining files again,
// one at a time, as it does for files a check does not hand over. A Map entry costs some 40 bytes.
const LINES_BUDGET = 4 * 1024 * 1024;
const LINE_OVERHEAD = 40;
const NO_LINES = new Map<number, string>();

/**
 * Takes each file's outcome once, in order, and keeps only what the result needs: its findings,
 * counts, the changed file's name, the diff's first `headLimit` + 1 characters (the job summary
 * shows up to `headLimit`) and its size. The whole diff goes to `diffFile` as it comes, when one
 * is asked for. A tree where every file needs formatting makes a diff larger than the tree, and
 * each outcome holds its file's diff and hunks: kept to the end, they were most of the memory.
 */
export class OutcomeCollector {
  readonly findings: Finding[] = [];
  readonly changedFiles: string[] = [];
  readonly counts: OutcomeCounts = { formatted: 0, changed: 0, 'syntax-error': 0, skipped: 0, 'timed-out': 0, 'engine-error': 0, written: 0, writeFailed: 0 };
  /** Characters (UTF-16 code units) and UTF-8 bytes of the whole diff. */
  diffLength = 0;
  diffBytes = 0;
  private readonly head: string[] = [];
  private headLength = 0;
  private fd: number | undefined;
  private readonly shared = new SharedStrings();
  /** The lines findings name, as read, for the suppression pass (CheckResult.sourceLines). */
  readonly sourceLines = new Map<string, Map<number, string>>();
  private linesKept = 0;

  constructor(
    private readonly mode: FmtMode,
    private readonly headLimit: number,
    diffFile?: string,
  ) {
    // Created (emptied) up front, as before: a run that changes nothing leaves an empty diff file.
    if (diffFile !== undefined) this.fd = openSync(diffFile, 'w');
  }

  add(o: FileOutcome): void {
    holdYoungGeneration();
    this.counts[o.status]++;
    const found = outcomeFindings(o, this.mode, this.shared);
    for (const f of found) this.findings.push(f);
    if (found.length && 'lines' in o && o.lines) this.keepLines(o.rel, o.lines);
    if (o.status !== 'changed') return;
    this.changedFiles.push(o.rel);
    if (o.written === true) this.counts.written++;
    else if (o.written === false) this.counts.writeFailed++;
    const { diff } = o;
    if (diff === '') return;
    this.diffLength += diff.length;
    this.diffBytes += Buffer.byteLength(diff, 'utf8');
    if (this.headLength <= this.headLimit) {
      const piece = diff.length <= this.headLimit + 1 - this.headLength ? diff : diff.slice(0, this.headLimit + 1 - this.headLength);
      this.head.push(piece);
      this.headLength += piece.length;
    }
    if (this.fd !== undefined) writeSync(this.fd, diff);
  }

  private keepLines(rel: string, lines: Map<number, string>): void {
    let chars = 0;
    for (const t of lines.values()) chars += t.length + LINE_OVERHEAD;
    // Past the budget the file is still known to hold no suppression; its lines are read again.
    if (this.linesKept + chars > LINES_BUDGET) lines = NO_LINES;
    else this.linesKept += chars;
    this.sourceLines.set(rel, lines);
  }

  /** The diff as the summary shows it: whole up to headLimit characters, else cut at the last line end before. */
  summaryDiff(): { shown: string; truncated: boolean } {
    const head = this.head.join('');
    if (this.diffLength <= this.headLimit) return { shown: head, truncated: false };
    return { shown: head.slice(0, head.lastIndexOf('\n', this.headLimit) + 1), truncated: true };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
