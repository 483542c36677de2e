import type { Hunk } from './diff.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';

/** A change to report: where, and what the lines should become (capped). */
export interface ChangedHunk extends Hunk {
  /** The first lines the old ones become, without line terminators, joined by `\n`. */
  expected: string;
  expectedTruncated: boolean;
}

/**
 * The lines of the file as read that its findings name (report/source-lines.ts), so the report does
 * not read the file again; absent when the file names a suppression.
 */
interface ReadLines {
  lines?: Map<number, string>;
}

/** What happened to one file; plain data so it can cross a worker boundary. */
export type FileOutcome =
  | { rel: string; status: 'formatted' }
  | (ReadLines & {
      rel: string;
      status: 'changed';
      hunks: ChangedHunk[];
      diff: string;
      /** Write mode only: true once replaced, or the reason it was not. */
      written?: boolean;
      writeError?: string;
      /** Write mode: the file changed between reading and writing, so it was left as the other writer left it. */
      changedWhileFormatting?: boolean;
    })
  | (ReadLines & { rel: string; status: 'syntax-error'; errors: SyntaxDiagnostic[] })
  | { rel: string; status: 'skipped'; reason: string }
  | { rel: string; status: 'timed-out'; limit: string }
  | { rel: string; status: 'engine-error'; message: string };

export type FmtMode = 'check' | 'diff' | 'write';

/** What outcomes carry beyond their findings, for readers a run may not have; plain data, as it crosses to workers. */
export interface OutcomeExtras {
  /** The unified diff: for the diff file and the job summary. */
  diff: boolean;
  /** The text of the lines findings name: for fingerprints (report/source-lines.ts). */
  lines: boolean;
}

export const ALL_EXTRAS: OutcomeExtras = { diff: true, lines: true };

/** Write-mode hooks; functions cannot cross a worker boundary, so a run given any stays on this thread. */
export interface WriteHooks {
  beforeWrite?: (file: string) => void | Promise<void>;
}
