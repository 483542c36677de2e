import { diffArrays } from 'diff';

/**
 * Line diffs between a file and its formatted form: hunks without context for findings, and a
 * unified diff with 3 lines of context labelled like `terraform fmt -diff` (`--- old/P`,
 * `+++ new/P`, the output of GNU `diff -u --label=old/P --label=new/P`).
 */

export interface Hunk {
  /** 1-based first line in the old text; for a pure insertion, the line after which it goes. */
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
}

interface Change {
  oldIndex: number;
  oldCount: number;
  newIndex: number;
  newCount: number;
}

/** Lines with their terminators, so CRLF changes and a missing final newline count. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  const out = lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
  if (out[out.length - 1] === '') out.pop();
  return out;
}

// Myers' diff costs about (lines × edit distance); past this budget a large file is compared
// line by line instead (formatting keeps most lines in place), or as one change.
const DIFF_BUDGET = 50_000_000;
const MAX_EDIT_LENGTH = 20_000;

function changes(a: readonly string[], b: readonly string[]): Change[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  if (midA.length === 0 && midB.length === 0) return [];
  const maxEditLength = Math.min(MAX_EDIT_LENGTH, Math.floor(DIFF_BUDGET / (midA.length + midB.length)));
  const parts = midA.length > 0 && midB.length > 0 ? diffArrays(midA, midB, { maxEditLength }) : undefined;
  if (!parts) {
    if (midA.length === midB.length) return pairwise(midA, midB, pre);
    return [{ oldIndex: pre, oldCount: midA.length, newIndex: pre, newCount: midB.length }];
  }
  const out: Change[] = [];
  let i = pre;
  let j = pre;
  let cur: Change | undefined;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (cur) out.push(cur);
      cur = undefined;
      i += n;
      j += n;
      continue;
    }
    cur ??= { oldIndex: i, oldCount: 0, newIndex: j, newCount: 0 };
    if (part.removed) {
      cur.oldCount += n;
      i += n;
    } else {
      cur.newCount += n;
      j += n;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Same number of lines: runs of differing lines at the same positions. */
function pairwise(a: readonly string[], b: readonly string[], offset: number): Change[] {
  const out: Change[] = [];
  let cur: Change | undefined;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      if (cur) out.push(cur);
      cur = undefined;
    } else if (cur) {
      cur.oldCount++;
      cur.newCount++;
    } else {
      cur = { oldIndex: offset + i, oldCount: 1, newIndex: offset + i, newCount: 1 };
    }
  }
  if (cur) out.push(cur);
  return out;
}

function toHunk(c: Change): Hunk {
  return {
    oldStart: c.oldCount === 0 ? c.oldIndex : c.oldIndex + 1,
    oldLines: c.oldCount,
    newStart: c.newCount === 0 ? c.newIndex : c.newIndex + 1,
    newLines: c.newCount,
  };
}

/** Every contiguous change, without context. */
export function lineHunks(oldText: string, newText: string): Hunk[] {
  return changes(splitLines(oldText), splitLines(newText)).map(toHunk);
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

function emit(out: string[], prefix: string, line: string): void {
  if (line.endsWith('\n')) out.push(prefix, line);
  else out.push(prefix, line, '\n\\ No newline at end of file\n');
}

/** GNU-style unified diff of one file, or '' when the texts are equal. */
export function unifiedDiff(file: string, oldText: string, newText: string, context = 3): string {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const cs = changes(a, b);
  if (cs.length === 0) return '';
  const out: string[] = [`--- old/${file}\n+++ new/${file}\n`];
  let k = 0;
  while (k < cs.length) {
    // Changes closer than 2*context lines share a hunk, as in GNU diff.
    let last = k;
    while (last + 1 < cs.length && cs[last + 1]!.oldIndex - (cs[last]!.oldIndex + cs[last]!.oldCount) <= 2 * context) last++;
    const first = cs[k]!;
    const end = cs[last]!;
    const oldFrom = Math.max(0, first.oldIndex - context);
    const oldTo = Math.min(a.length, end.oldIndex + end.oldCount + context);
    const newFrom = first.newIndex - (first.oldIndex - oldFrom);
    const newTo = end.newIndex + end.newCount + (oldTo - (end.oldIndex + end.oldCount));
    const oldLen = oldTo - oldFrom;
    const newLen = newTo - newFrom;
    out.push(`@@ -${range(oldLen === 0 ? oldFrom : oldFrom + 1, oldLen)} +${range(newLen === 0 ? newFrom : newFrom + 1, newLen)} @@\n`);
    let i = oldFrom;
    for (let c = k; c <= last; c++) {
      const ch = cs[c]!;
      for (; i < ch.oldIndex; i++) emit(out, ' ', a[i]!);
      for (let x = 0; x < ch.oldCount; x++) emit(out, '-', a[ch.oldIndex + x]!);
      for (let x = 0; x < ch.newCount; x++) emit(out, '+', b[ch.newIndex + x]!);
      i = ch.oldIndex + ch.oldCount;
    }
    for (; i < oldTo; i++) emit(out, ' ', a[i]!);
    k = last + 1;
  }
  return out.join('');
}
