import { normaliseLine } from './fingerprint.js';
import { IGNORE_MARKER } from './suppression-grammar.js';

/**
 * The lines of a text a check already holds that the suppression pass would otherwise read the file
 * again for: keyed by 1-based line number, each as a fingerprint sees it (white space collapsed);
 * none when `keep` is false (no fingerprints will be made), which still tells the pass the file has no
 * suppression. Undefined when the text names a suppression: its comments must be parsed, so the pass reads it.
 */
export function linesForReport(text: string, wanted: Iterable<number>, keep = true): Map<number, string> | undefined {
  if (text.includes(IGNORE_MARKER)) return undefined;
  const lines = new Map<number, string>();
  if (!keep) return lines;
  const sorted = [...new Set(wanted)].sort((a, b) => a - b);
  let line = 1;
  let start = 0;
  for (const n of sorted) {
    while (line < n && start <= text.length) {
      const nl = text.indexOf('\n', start);
      start = nl === -1 ? text.length + 1 : nl + 1;
      line++;
    }
    // Past the last line the file reads as nothing; a `\r` before the `\n` normalises away.
    if (line !== n || start > text.length) {
      lines.set(n, '');
      continue;
    }
    const end = text.indexOf('\n', start);
    lines.set(n, detached(normaliseLine(text.slice(start, end === -1 ? text.length : end))));
  }
  return lines;
}

/** A copy of `s` that shares no memory with the text it was cut from (a slice would keep the whole file alive). */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
