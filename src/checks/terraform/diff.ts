
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

// Myers' diff costs about (lines × edit distance), which on a file where every line changed is
// quadratic in its size. So it only runs while the edit distance is small (MYERS_MAX_EDITS: a
// bounded cost per line); past that, lines that occur once in each text anchor the comparison
// (their longest increasing run, as in patience diff), and the stretches between anchors are
// compared on their own the same way, line by line when their lengths match (formatting keeps
// most lines in place), or as one change. Every step is linear in the lines, or n log n.
const MYERS_MAX_EDITS = 128;
// Stretches between anchors look for anchors of their own (lines unique within them) this many
// times over; a bound, so a pathological file cannot make it (lines × depth).
const MAX_ANCHOR_DEPTH = 4;

/** Counts the steps a comparison takes (tests: the cost stays linear in the file's size). */
export interface DiffCounter {
  steps: number;
}

function changes(a: readonly string[], b: readonly string[], counter?: DiffCounter): Change[] {
  const out: Change[] = [];
  changesBetween(a, 0, a.length, b, 0, b.length, out, counter ?? { steps: 0 }, 0);
  return out;
}

/** Appends the changes turning a[aFrom, aTo) into b[bFrom, bTo) to `out`, in order. */
function changesBetween(
  a: readonly string[],
  aFrom: number,
  aTo: number,
  b: readonly string[],
  bFrom: number,
  bTo: number,
  out: Change[],
  counter: DiffCounter,
  depth: number,
): void {
  while (aFrom < aTo && bFrom < bTo && a[aFrom] === b[bFrom]) {
    aFrom++;
    bFrom++;
  }
  while (aTo > aFrom && bTo > bFrom && a[aTo - 1] === b[bTo - 1]) {
    aTo--;
    bTo--;
  }
  counter.steps += aTo - aFrom + (bTo - bFrom);
  if (aFrom === aTo && bFrom === bTo) return;
  if (aFrom === aTo || bFrom === bTo) {
    out.push({ oldIndex: aFrom, oldCount: aTo - aFrom, newIndex: bFrom, newCount: bTo - bFrom });
    return;
  }
  const parts = myers(a.slice(aFrom, aTo), b.slice(bFrom, bTo), MYERS_MAX_EDITS, counter);
  if (parts) {
    pushParts(parts, aFrom, bFrom, out);
    return;
  }
  const anchors = depth < MAX_ANCHOR_DEPTH ? uniqueAnchors(a, aFrom, aTo, b, bFrom, bTo, counter) : [];
  if (anchors.length > 0) {
    let i = aFrom;
    let j = bFrom;
    for (let k = 0; k < anchors.length; k += 2) {
      changesBetween(a, i, anchors[k]!, b, j, anchors[k + 1]!, out, counter, depth + 1);
      i = anchors[k]! + 1;
      j = anchors[k + 1]! + 1;
    }
    changesBetween(a, i, aTo, b, j, bTo, out, counter, depth + 1);
    return;
  }
  if (aTo - aFrom === bTo - bFrom) pairwise(a, aFrom, b, bFrom, aTo - aFrom, out);
  else out.push({ oldIndex: aFrom, oldCount: aTo - aFrom, newIndex: bFrom, newCount: bTo - bFrom });
}

/** Myers' runs of common, added and removed lines, as changes at the given offsets. */
function pushParts(parts: { kind: number[]; count: number[] }, aFrom: number, bFrom: number, out: Change[]): void {
  let i = aFrom;
  let j = bFrom;
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
}

/**
 * Lines that occur exactly once in a[aFrom, aTo) and once in b[bFrom, bTo), kept where they form
 * the longest run in the same order in both: flat pairs [i0, j0, i1, j1, ...], increasing.
 * Interior anchors only (none at the range's ends, which were trimmed as common), so each stretch
 * between two anchors is strictly smaller than the range.
 */
function uniqueAnchors(a: readonly string[], aFrom: number, aTo: number, b: readonly string[], bFrom: number, bTo: number, counter: DiffCounter): number[] {
  // Per line text: its index in a (or -2 once seen twice), then in b.
  const inA = new Map<string, number>();
  for (let i = aFrom; i < aTo; i++) inA.set(a[i]!, inA.has(a[i]!) ? -2 : i);
  const inB = new Map<string, number>();
  for (let j = bFrom; j < bTo; j++) {
    const line = b[j]!;
    if ((inA.get(line) ?? -2) >= 0) inB.set(line, inB.has(line) ? -2 : j);
  }
  counter.steps += 2 * (aTo - aFrom + (bTo - bFrom));
  // Pairs in a's order; the longest increasing subsequence of their b indexes (patience sorting).
  const ai: number[] = [];
  const bj: number[] = [];
  for (let i = aFrom; i < aTo; i++) {
    const j = inB.get(a[i]!);
    if (j !== undefined && j >= 0 && inA.get(a[i]!) === i) {
      ai.push(i);
      bj.push(j);
    }
  }
  if (ai.length === 0) return [];
  const tails: number[] = []; // tails[k]: index (into ai) of the smallest end of a run of length k+1
  const prev = new Int32Array(ai.length);
  for (let p = 0; p < ai.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bj[tails[mid]!]! < bj[p]!) lo = mid + 1;
      else hi = mid;
    }
    counter.steps += 1 + Math.ceil(Math.log2(tails.length + 1));
    prev[p] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = p;
  }
  const out = new Array<number>(2 * tails.length);
  for (let p = tails[tails.length - 1]!, k = tails.length - 1; p >= 0; p = prev[p]!, k--) {
    out[2 * k] = ai[p]!;
    out[2 * k + 1] = bj[p]!;
  }
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
// Path components: a persistent linked list (kind, count, previous) in growable arrays, kept from
// one comparison to the next (each writes a node before reading it): thousands of small files each
// allocating and zeroing its own cost more than comparing them.
let cKind = new Uint8Array(1024);
let cCount = new Int32Array(1024);
let cPrev = new Int32Array(1024);

function myers(a: readonly string[], b: readonly string[], maxEditLength: number, counter: DiffCounter): { kind: number[]; count: number[] } | undefined {
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
    counter.steps += common;
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
      counter.steps++;
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
function pairwise(a: readonly string[], aFrom: number, b: readonly string[], bFrom: number, n: number, out: Change[]): void {
  let cur: Change | undefined;
  for (let k = 0; k < n; k++) {
    if (a[aFrom + k] === b[bFrom + k]) {
      if (cur) out.push(cur);
      cur = undefined;
    } else if (cur) {
      cur.oldCount++;
      cur.newCount++;
    } else {
      cur = { oldIndex: aFrom + k, oldCount: 1, newIndex: bFrom + k, newCount: 1 };
    }
  }
  if (cur) out.push(cur);
}

function toHunk(c: Change): Hunk {
  return {
    oldStart: c.oldCount === 0 ? c.oldIndex : c.oldIndex + 1,
    oldLines: c.oldCount,
    newStart: c.newCount === 0 ? c.newIndex : c.newIndex + 1,
    newLines: c.newCount,
  };
}

/** Every contiguous change, without context. `counter` (tests) adds up the comparison's steps. */
export function lineHunks(oldText: string, newText: string, counter?: DiffCounter): Hunk[] {
  return changes(splitLines(oldText), splitLines(newText), counter).map(toHunk);
}

/** lineHunks and unifiedDiff of the same texts, comparing the lines once. */
export function diffBoth(file: string, oldText: string, newText: string, withDiff = true): { hunks: Hunk[]; diff: string; newLines: string[] } {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const cs = changes(a, b);
  return { hunks: cs.map(toHunk), diff: withDiff ? unifiedFromChanges(file, a, b, cs, 3) : '', newLines: b };
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
