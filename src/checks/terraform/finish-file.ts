import { diffBoth } from './diff.js';
import { ChangedSinceRead, type RewriteOptions, rewriteFile } from './atomic-write.js';
import type { ChangedHunk, FileOutcome, FmtMode } from './outcome.js';

const MAX_EXPECTED_LINES = 20;

/** Compares a file with its formatted text, and in write mode replaces it. */
export async function finishFile(
  rel: string,
  real: string,
  original: string,
  formatted: string,
  mode: FmtMode,
  write: RewriteOptions = {},
): Promise<FileOutcome> {
  if (formatted === original) return { rel, status: 'formatted' };
  const { hunks: lineHunks, diff, newLines } = diffBoth(rel, original, formatted);
  const hunks: ChangedHunk[] = lineHunks.map((h) => {
    const from = h.newLines === 0 ? h.newStart : h.newStart - 1;
    const take = Math.min(h.newLines, MAX_EXPECTED_LINES);
    return { ...h, expected: newLines.slice(from, from + take), expectedTruncated: h.newLines > take };
  });
  const outcome: FileOutcome = { rel, status: 'changed', hunks, diff };
  if (mode === 'write') {
    try {
      await rewriteFile(real, Buffer.from(formatted, 'utf8'), write);
      outcome.written = true;
    } catch (e) {
      outcome.written = false;
      outcome.writeError = e instanceof Error ? e.message : String(e);
      if (e instanceof ChangedSinceRead) outcome.changedWhileFormatting = true;
    }
  }
  return outcome;
}
