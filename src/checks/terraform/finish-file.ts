import { closeSync } from 'node:fs';
import { diffBoth } from './diff.js';
import { ChangedSinceRead, type RewriteOptions, rewriteFile } from './atomic-write.js';
import { ALL_EXTRAS, type ChangedHunk, type FileOutcome, type FmtMode, type OutcomeExtras } from './outcome.js';
import { linesForReport } from '../../report/source-lines.js';
import { findingLine } from './report.js';

const MAX_EXPECTED_LINES = 20;

/** A copy of `s` that shares no memory with the string it was cut from. */
function flat(s: string): string {
  // A one-element join returns its element as it is (a slice, which pins its parent).
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Compares a file with its formatted text, and in write mode replaces it; `write.readThrough` is
 * closed here either way. `extras`: what the outcome carries beyond its findings.
 */
export async function finishFile(
  rel: string,
  real: string,
  original: string,
  formatted: string,
  mode: FmtMode,
  write: RewriteOptions = {},
  extras: OutcomeExtras = ALL_EXTRAS,
): Promise<FileOutcome> {
  if (formatted === original) {
    if (write.readThrough) closeSync(write.readThrough.fd);
    return { rel, status: 'formatted' };
  }
  let wrote: WriteResult | undefined;
  if (mode === 'write' && !extras.diff) {
    // A rewritten file has no findings, and nothing shows its diff: it is compared only if not written.
    wrote = await replace(real, formatted, write);
    if (wrote.written) return { rel, status: 'changed', hunks: [], diff: '', ...wrote };
  }
  const { hunks: lineHunks, diff, newLines } = diffBoth(rel, original, formatted, extras.diff);
  const hunks: ChangedHunk[] = lineHunks.map((h) => {
    const from = h.newLines === 0 ? h.newStart : h.newStart - 1;
    const take = Math.min(h.newLines, MAX_EXPECTED_LINES);
    // Joined into a new string: the lines are slices of the formatted text, which they would keep
    // alive, for every changed file, as long as the hunk (the findings outlive the file's text).
    const expected = newLines
      .slice(from, from + take)
      .map((l) => l.replace(/\r?\n$/, ''))
      .join('\n');
    return { ...h, expected: take === 1 ? flat(expected) : expected, expectedTruncated: h.newLines > take };
  });
  const outcome: FileOutcome = { rel, status: 'changed', hunks, diff };
  if (mode === 'write') Object.assign(outcome, wrote ?? (await replace(real, formatted, write)));
  // A rewritten file has no findings; one that was not still holds what was read.
  if (outcome.written !== true) {
    const lines = linesForReport(original, mode === 'write' ? [1, ...hunks.map(findingLine)] : hunks.map(findingLine), extras.lines);
    if (lines) outcome.lines = lines;
  }
  return outcome;
}

type WriteResult = { written: true } | { written: false; writeError: string; changedWhileFormatting?: true };

async function replace(real: string, formatted: string, write: RewriteOptions): Promise<WriteResult> {
  try {
    await rewriteFile(real, Buffer.from(formatted, 'utf8'), write);
    return { written: true };
  } catch (e) {
    const writeError = e instanceof Error ? e.message : String(e);
    return e instanceof ChangedSinceRead ? { written: false, writeError, changedWhileFormatting: true } : { written: false, writeError };
  }
}
