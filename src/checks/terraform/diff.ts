
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
  const parts = midA.length > 0 && midB.length > 0 ? myers(midA, midB, maxEditLength) : undefined;
  if (!parts) {
    if (midA.length === midB.length) return pairwise(midA, midB, pre);
    return [{ oldIndex: pre, oldCount: midA.length, newIndex: pre, newCount: midB.length }];
  }
  const out: Change[] = [];
  let i = pre;
  let j = pre;
  let cur: Change | undefined;
  for (let p = 0; p < parts.kind.length; p++) {
    const n = parts.count[p]!;
    const kind = parts.kind[p]!;
    if (kind === COMMON) {
      if (cur) out.push(cur);
      cur = undefined;
      i += n;
      j += n;
      continue;
    }
    cur ??= { oldIndex: i, oldCount: 0, newIndex: j, newCount: 0 };
    if (kind === REMOVED) {
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

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * Myers' diff of two line arrays, making exactly the choices of the `diff` package's diffArrays
 * (v5+, without a timeout): which of two equally short edit scripts it picks decides the hunks
 * and the unified diff, so the same path through the edit graph is taken. Lines are compared as
 * interned numbers and paths kept in flat arrays, which makes heavily changed files much cheaper.
 * Returns the runs of common, added and removed lines in order, or undefined when more than
 * `maxEditLength` edits would be needed.
 */
function myers(a: readonly string[], b: readonly string[], maxEditLength: number): { kind: number[]; count: number[] } | undefined {
  const ids = new Map<string, number>();
  const intern = (lines: readonly string[]): Int32Array => {
    const out = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      let id = ids.get(lines[i]!);
      if (id === undefined) ids.set(lines[i]!, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  const olds = intern(a);
  const news = intern(b);
  const oldLen = olds.length;
  const newLen = news.length;
  const maxEdit = Math.min(maxEditLength, oldLen + newLen);

  // Path components: a persistent linked list (kind, count, previous) in growable arrays.
  let cKind = new Uint8Array(1024);
  let cCount = new Int32Array(1024);
  let cPrev = new Int32Array(1024);
  let nodes = 0;
  const node = (kind: number, count: number, prev: number): number => {
    if (nodes === cKind.length) {
      const grow = <A extends Uint8Array | Int32Array>(arr: A, make: (n: number) => A): A => {
        const next = make(arr.length * 2);
        next.set(arr);
        return next;
      };
      cKind = grow(cKind, (n) => new Uint8Array(n));
      cCount = grow(cCount, (n) => new Int32Array(n));
      cPrev = grow(cPrev, (n) => new Int32Array(n));
    }
    cKind[nodes] = kind;
    cCount[nodes] = count;
    cPrev[nodes] = prev;
    return nodes++;
  };

  // Best path per diagonal (offset so that diagonal -maxEdit-1 is index 0); -2: none.
  const off = maxEdit + 1;
  const bestOld = new Int32Array(2 * maxEdit + 3).fill(-2);
  const bestLast = new Int32Array(2 * maxEdit + 3).fill(-1);

  let pathOld = -1;
  let pathLast = -1;
  /** Follows the diagonal while lines are equal; returns the new position. */
  const extractCommon = (diagonal: number): number => {
    let oldPos = pathOld;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && olds[oldPos + 1] === news[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common > 0) pathLast = node(COMMON, common, pathLast);
    pathOld = oldPos;
    return newPos;
  };
  const addToPath = (fromOld: number, fromLast: number, kind: number, oldInc: number): void => {
    pathOld = fromOld + oldInc;
    pathLast = fromLast >= 0 && cKind[fromLast] === kind ? node(kind, cCount[fromLast]! + 1, cPrev[fromLast]!) : node(kind, 1, fromLast);
  };
  const build = (last: number): { kind: number[]; count: number[] } => {
    const kind: number[] = [];
    const count: number[] = [];
    for (let c = last; c >= 0; c = cPrev[c]!) {
      kind.push(cKind[c]!);
      count.push(cCount[c]!);
    }
    return { kind: kind.reverse(), count: count.reverse() };
  };

  let newPos = extractCommon(0);
  if (pathOld + 1 >= oldLen && newPos + 1 >= newLen) return build(pathLast);
  bestOld[off] = pathOld;
  bestLast[off] = pathLast;
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edit = 1; edit <= maxEdit; edit++) {
    for (let d = Math.max(minDiagonal, -edit); d <= Math.min(maxDiagonal, edit); d += 2) {
      const removeOld = bestOld[off + d - 1]!;
      const removeLast = bestLast[off + d - 1]!;
      const addOld = bestOld[off + d + 1]!;
      const addLast = bestLast[off + d + 1]!;
      if (removeOld !== -2) bestOld[off + d - 1] = -2;
      let canAdd = false;
      if (addOld !== -2) {
        const addNewPos = addOld - d;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = removeOld !== -2 && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestOld[off + d] = -2;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < addOld)) addToPath(addOld, addLast, ADDED, 0);
      else addToPath(removeOld, removeLast, REMOVED, 1);
      newPos = extractCommon(d);
      if (pathOld + 1 >= oldLen && newPos + 1 >= newLen) return build(pathLast);
      bestOld[off + d] = pathOld;
      bestLast[off + d] = pathLast;
      if (pathOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return undefined;
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

/** lineHunks and unifiedDiff of the same texts, comparing the lines once. */
export function diffBoth(file: string, oldText: string, newText: string): { hunks: Hunk[]; diff: string; newLines: string[] } {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const cs = changes(a, b);
  return { hunks: cs.map(toHunk), diff: unifiedFromChanges(file, a, b, cs, 3), newLines: b };
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
  return unifiedFromChanges(file, a, b, changes(a, b), context);
}

function unifiedFromChanges(file: string, a: readonly string[], b: readonly string[], cs: readonly Change[], context: number): string {
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
