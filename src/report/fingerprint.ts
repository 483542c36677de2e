import type { Finding } from './finding.js';

/** The text of a line as a fingerprint sees it: white space collapsed, so re-indenting keeps it. */
export function normaliseLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A fingerprint per finding (same order): sha256 of rule, file, the normalised text of its line and
 * its occurrence among findings with that same rule, file and text — not the line number, so lines
 * added or removed above a finding keep it, as SARIF partialFingerprints do.
 */
export function fingerprints(findings: readonly Finding[], lineText: (file: string, line: number) => string | undefined): string[] {
  if (findings.length === 0) return [];
  // Indexes in a typed array: an object per finding would cost more than the fingerprints.
  const order = Uint32Array.from(findings.keys()).sort((i, j) => {
    const a = findings[i]!;
    const b = findings[j]!;
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || i - j;
  });
  // Occurrences counted per file, and a file's count dropped once the order has passed it: a tree
  // with hundreds of thousands of findings would otherwise hold a key for each until the end.
  const seenIn = new Map<string, Map<string, number>>();
  let current: string | undefined;
  // node:crypto is loaded when a finding needs it: loading it costs every CLI start several ms.
  const { hash } = process.getBuiltinModule('node:crypto');
  const out: string[] = new Array(findings.length);
  for (const i of order) {
    const f = findings[i]!;
    if (current !== undefined && current !== f.file && current.localeCompare(f.file) < 0) seenIn.delete(current);
    current = f.file;
    let seen = seenIn.get(f.file);
    if (!seen) seenIn.set(f.file, (seen = new Map()));
    const key = `${f.rule}\0${f.file}\0${normaliseLine(lineText(f.file, f.line))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    // One-shot: a Hash object per finding is native memory only a garbage collection gives back.
    out[i] = hash('sha256', `${key}\0${n}`, 'hex');
  }
  return out;
}
