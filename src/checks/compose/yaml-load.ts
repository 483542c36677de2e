import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Alias, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { ReadLimits } from './read-file.js';
import { locsOf, register, setOwn, type Loc } from './location.js';
import type { Problems } from './problems.js';

/** Default size limit of one compose (or env) file. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Default bound on the number of YAML nodes one document may expand to once aliases are followed. */
export const DEFAULT_MAX_NODES = 1_000_000;

export interface LoadLimits extends ReadLimits {
  maxNodes: number;
}

/** One YAML document of a compose file, as plain data with positions registered. */
export interface LoadedDoc {
  value: unknown;
  /** Paths tagged `!reset` or `!override`: removed from what earlier files built before this one merges. */
  resets: string[][];
  loc: Loc;
}

/** The text of every file read, to turn offsets into lines and columns later. */
export class Sources {
  private readonly files = new Map<string, { text: string; lines: LineCounter }>();

  add(file: string, text: string, lines?: LineCounter): LineCounter {
    let lc = lines;
    if (!lc) {
      lc = new LineCounter();
      lc.addNewLine(0);
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    }
    this.files.set(file, { text, lines: lc });
    return lc;
  }

  text(file: string): string | undefined {
    return this.files.get(file)?.text;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(file: string, line: number): string | undefined {
    const f = this.files.get(file);
    const start = f?.lines.lineStarts[line - 1];
    if (f === undefined || start === undefined) return undefined;
    const end = f.text.indexOf('\n', start);
    return f.text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
  }

  /** 1-based line/column of an offset. */
  pos(file: string, offset: number): { line: number; column: number } {
    const f = this.files.get(file);
    if (!f) return { line: 1, column: 1 };
    const p = f.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
}

const REMOVED = Symbol('removed');
/**
 * Deepest nesting of mappings and sequences a document may have: the later steps (merge, interpolation,
 * canonical form) recurse per level, and no compose file comes near it.
 */
export const MAX_DEPTH = 500;
const TOO_DEEP = 'YAML syntax error: the document is nested too deeply to parse (thousands of levels)';

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

interface Ctx {
  file: string;
  text: string;
  lines: LineCounter;
  /** The 0-based line of every offset of `text` (lineTable), or undefined to ask `lines`. */
  lineOf: Uint32Array | undefined;
  problems: Problems;
  targets: Map<Alias, YamlNode>;
  resets: string[][];
  budget: number;
  /** Offset of the first node past MAX_DEPTH. */
  tooDeepAt?: number;
}

/**
 * Parses the text of a compose file into plain data, one entry per YAML document.
 * Everything wrong with the text is reported; a document with errors is left out.
 */
export function parseComposeYaml(text: string, file: string, sources: Sources, problems: Problems, limits: LoadLimits): LoadedDoc[] {
  const lines = new LineCounter();
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false,
      merge: false,
      version: '1.2',
      schema: 'core',
      logLevel: 'silent',
    }) as Document[];
  } catch (e) {
    // The yaml parser recurses once per nesting level: a few thousand levels exhaust the stack.
    if (!isStackOverflow(e)) throw e;
    sources.add(file, text);
    problems.add('compose/invalid-yaml', { file, line: 1, column: 1 }, TOO_DEEP);
    return [];
  }
  sources.add(file, text, lines);
  const out: LoadedDoc[] = [];
  const at = (offset: number): Loc => {
    const p = lines.linePos(offset);
    return { file, line: p.line, column: p.col, offset };
  };
  let lineOf: Uint32Array | undefined | null = null;
  for (const doc of docs) {
    if (doc.errors.length) {
      for (const e of doc.errors) problems.add('compose/invalid-yaml', at(e.pos[0]), `YAML syntax error: ${e.message}`);
      continue;
    }
    const root = doc.contents as YamlNode | null;
    if (root === null || (isScalar(root) && root.value === null && !root.tag)) continue;
    try {
      if (lineOf === null) lineOf = lineTable(text, lines);
      const loaded = loadDocument(root, file, text, lines, lineOf, problems, limits, at);
      if (loaded) out.push(loaded);
    } catch (e) {
      if (!isStackOverflow(e)) throw e;
      problems.add('compose/invalid-yaml', at(root.range?.[0] ?? 0), TOO_DEEP);
    }
  }
  return out;
}

function loadDocument(
  root: YamlNode,
  file: string,
  text: string,
  lines: LineCounter,
  lineOf: Uint32Array | undefined,
  problems: Problems,
  limits: LoadLimits,
  at: (offset: number) => Loc,
): LoadedDoc | undefined {
  const targets = new Map<Alias, YamlNode>();
  // Aliases are written `*name`: without a `*` in the text there is nothing to resolve.
  if (text.includes('*') && !collectAnchors(root, new Map(), targets, problems, at)) return undefined;
  const bomb = targets.size ? checkExpansion(root, targets, limits.maxNodes) : undefined;
  if (bomb) {
    const where = bomb.alias ? at(bomb.alias.range?.[0] ?? 0) : at(root.range?.[0] ?? 0);
    problems.add(
      'compose/yaml-alias-limit',
      where,
      bomb.cycle
        ? `YAML alias ${bomb.alias ? `*${bomb.alias.source} ` : ''}refers to a node that contains it (recursive alias)`
        : `YAML aliases expand this document to more than ${limits.maxNodes} nodes (an alias bomb?); refusing to expand it`,
    );
    return undefined;
  }
  const ctx: Ctx = { file, text, lines, lineOf, problems, targets, resets: [], budget: limits.maxNodes };
  const value = convert(root, [], ctx);
  if (ctx.tooDeepAt !== undefined) {
    problems.add('compose/invalid-yaml', at(ctx.tooDeepAt), `YAML nesting deeper than ${MAX_DEPTH} levels; refusing to load this document`);
    return undefined;
  }
  if (value === REMOVED) return undefined;
  return { value, resets: ctx.resets, loc: at(root.range?.[0] ?? 0) };
}

function collectAnchors(
  node: unknown,
  anchors: Map<string, YamlNode>,
  targets: Map<Alias, YamlNode>,
  problems: Problems,
  at: (o: number) => Loc,
): boolean {
  if (node === null || node === undefined) return true;
  if (isAlias(node)) {
    const t = anchors.get(node.source);
    if (!t) {
      problems.add('compose/invalid-yaml', at(node.range?.[0] ?? 0), `YAML syntax error: unknown anchor '${node.source}' referenced`);
      return false;
    }
    targets.set(node, t);
    return true;
  }
  const n = node as YamlNode;
  if (n.anchor) anchors.set(n.anchor, n);
  if (isMap(n)) {
    for (const p of n.items as Pair[]) {
      if (!collectAnchors(p.key, anchors, targets, problems, at)) return false;
      if (!collectAnchors(p.value, anchors, targets, problems, at)) return false;
    }
  } else if (isSeq(n)) {
    for (const item of n.items) if (!collectAnchors(item, anchors, targets, problems, at)) return false;
  }
  return true;
}

/** Counts the nodes a document expands to, without expanding it. */
function checkExpansion(
  root: YamlNode,
  targets: Map<Alias, YamlNode>,
  max: number,
): { alias?: Alias | undefined; cycle: boolean } | undefined {
  const memo = new Map<unknown, number>();
  const active = new Set<unknown>();
  let biggest: { alias?: Alias; size: number } = { size: -1 };
  let cycleAt: Alias | undefined;
  let cycle = false;
  const size = (node: unknown): number => {
    if (node === null || node === undefined || cycle) return 0;
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    if (active.has(node)) {
      cycle = true;
      return 0;
    }
    let s = 1;
    if (isAlias(node)) {
      const t = targets.get(node);
      active.add(node);
      s = t ? size(t) : 1;
      active.delete(node);
      if (cycle && !cycleAt) cycleAt = node;
      if (s > biggest.size) biggest = { alias: node, size: s };
    } else if (isMap(node)) {
      active.add(node);
      for (const p of node.items as Pair[]) s = Math.min(s + size(p.key) + size(p.value), Number.MAX_SAFE_INTEGER);
      active.delete(node);
    } else if (isSeq(node)) {
      active.add(node);
      for (const i of node.items) s = Math.min(s + size(i), Number.MAX_SAFE_INTEGER);
      active.delete(node);
    }
    memo.set(node, s);
    return s;
  };
  const total = size(root);
  if (cycle) return { alias: cycleAt, cycle: true };
  if (total > max) return { alias: biggest.alias, cycle: false };
  return undefined;
}

const LINE_TABLE_MAX_CHARS = 1024 * 1024;

/**
 * The 0-based line of every offset of `text` up to its length, for the positions of every node of a
 * document: two array reads each instead of LineCounter.linePos's binary search and the object it
 * returns (the loader places thousands of nodes, in code that has not warmed up). Undefined, to use
 * linePos, past LINE_TABLE_MAX_CHARS (the table is four bytes a character; the binary search stays
 * cheap on a large file) or if the line starts are not strictly increasing.
 */
function lineTable(text: string, lines: LineCounter): Uint32Array | undefined {
  const starts = lines.lineStarts;
  if (starts[0] !== 0 || text.length > LINE_TABLE_MAX_CHARS) return undefined;
  const table = new Uint32Array(text.length + 1);
  for (let i = 1; i < starts.length; i++) {
    if (!(starts[i]! > starts[i - 1]!) || starts[i]! > table.length) return undefined;
    table.fill(i, starts[i]!, i + 1 < starts.length ? starts[i + 1]! : table.length);
  }
  return table;
}

function nodeLoc(node: YamlNode | Alias, ctx: Ctx): Loc {
  const range = node.range;
  const start = range?.[0] ?? 0;
  const end = range?.[1] ?? start;
  const table = ctx.lineOf;
  if (table !== undefined && start < table.length && end < table.length) {
    const starts = ctx.lines.lineStarts;
    const a = table[start]!;
    const b = table[end]!;
    return { file: ctx.file, line: a + 1, column: start - starts[a]! + 1, endLine: b + 1, endColumn: end - starts[b]! + 1, offset: start, endOffset: end };
  }
  const a = ctx.lines.linePos(start);
  const b = ctx.lines.linePos(end);
  return { file: ctx.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: start, endOffset: end };
}

/**
 * A non-string key for a message. A mapping or sequence key is quoted from the file, shortened:
 * serialising it grows fourfold per nested `? ` (24 of them made a 16 MB message, 30 a string past V8's
 * limit).
 */
function describeKey(v: unknown, ctx: Ctx): string {
  if (v === null || v === undefined) return '<nil>';
  if (isMap(v) || isSeq(v)) {
    const [start = 0, end = start] = v.range ?? [];
    const src = ctx.text.slice(start, Math.min(end, start + 200)).replace(/\s+/g, ' ').trim();
    return src.length > 60 ? `${src.slice(0, 60)}…` : src;
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function convert(node: unknown, path: string[], ctx: Ctx): unknown {
  if (--ctx.budget < 0) return null;
  // A key without a value (`{web}`, `? key`) has no value node at all: YAML's null.
  if (node === null || node === undefined) return null;
  let n = node as YamlNode;
  if (isAlias(n)) {
    const t = ctx.targets.get(n);
    if (!t) return null;
    n = t;
  }
  if (path.length > MAX_DEPTH && (isMap(n) || isSeq(n))) {
    ctx.tooDeepAt ??= n.range?.[0] ?? 0;
    return null;
  }
  if (n.tag === '!reset') {
    ctx.resets.push(path);
    return REMOVED;
  }
  if (n.tag === '!override') ctx.resets.push(path);
  if (isMap(n)) {
    const obj: Record<string, unknown> = {};
    const locs = register(obj, nodeLoc(n, ctx));
    const seen = new Map<string, number>();
    const merges: unknown[] = [];
    const pairs = n.items as Pair[];
    // An index loop: every pair of the file passes here, in code V8 has not optimised yet, where for-of
    // allocates an iterator result per step.
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      const keyNode = pair.key as YamlNode | null;
      if (isScalar(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN' && !keyNode.tag) {
        merges.push(pair.value);
        continue;
      }
      const rawKey = isScalar(keyNode) ? keyNode.value : isAlias(keyNode) ? undefined : keyNode;
      const kLoc = keyNode ? nodeLoc(keyNode, ctx) : nodeLoc(n, ctx);
      if (typeof rawKey !== 'string') {
        const where = path.length ? `in ${path.join('.')}` : 'at top level';
        ctx.problems.add('compose/non-string-key', kLoc, `non-string key ${where}: ${describeKey(rawKey, ctx)}`);
        continue;
      }
      const first = seen.get(rawKey);
      if (first !== undefined) {
        ctx.problems.add('compose/duplicate-key', kLoc, `mapping key "${rawKey}" already defined at line ${first}`);
        continue;
      }
      seen.set(rawKey, kLoc.line);
      const v = convert(pair.value ?? null, [...path, rawKey], ctx);
      if (v === REMOVED) continue;
      setOwn(obj, rawKey, v);
      locs.keys.set(rawKey, kLoc);
      const valueNode = (pair.value ?? null) as YamlNode | null;
      const target = valueNode && isAlias(valueNode) ? ctx.targets.get(valueNode) : valueNode;
      locs.values.set(rawKey, target ? nodeLoc(target, ctx) : kLoc);
    }
    // `<<` merge keys: explicit keys win, then earlier merged mappings win over later ones.
    for (const m of merges) {
      const sources = isSeq(resolveAlias(m, ctx)) ? (resolveAlias(m, ctx) as { items: unknown[] }).items : [m];
      for (const s of sources) {
        const merged = convert(s, path, ctx);
        if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) {
          const where = isAlias(s) || isMap(s) || isSeq(s) || isScalar(s) ? nodeLoc(s as YamlNode, ctx) : nodeLoc(n, ctx);
          ctx.problems.add('compose/invalid-yaml', where, 'YAML syntax error: map merge requires map or sequence of maps as the value');
          continue;
        }
        const ml = locsOf(merged);
        for (const [k, v] of Object.entries(merged)) {
          if (Object.prototype.hasOwnProperty.call(obj, k)) continue;
          setOwn(obj, k, v);
          const kl = ml?.keys.get(k);
          const vl = ml?.values.get(k);
          if (kl) locs.keys.set(k, kl);
          if (vl) locs.values.set(k, vl);
        }
      }
    }
    return obj;
  }
  if (isSeq(n)) {
    const arr: unknown[] = [];
    const locs = register(arr, nodeLoc(n, ctx));
    n.items.forEach((item, i) => {
      const v = convert(item ?? null, [...path, String(i)], ctx);
      if (v === REMOVED) return;
      const itemNode = (item ?? null) as YamlNode | null;
      const target = itemNode && isAlias(itemNode) ? ctx.targets.get(itemNode) : itemNode;
      locs.values.set(arr.length, target ? nodeLoc(target, ctx) : nodeLoc(n, ctx));
      arr.push(v);
    });
    return arr;
  }
  if (isScalar(n)) {
    if (n.type === 'PLAIN' && !n.tag && typeof n.source === 'string') {
      const g = goYamlNumber(n.source);
      if (g !== undefined) return g;
    }
    const v = n.value;
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Date) return n.source ?? v.toISOString();
    if (v === undefined) return null;
    return v;
  }
  return null;
}

const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/**
 * Numbers as go-yaml (which compose uses) reads a plain scalar, where that differs from YAML 1.2:
 * underscores are ignored, `0b1010` is binary and `0755` is octal.
 */
export function goYamlNumber(src: string): number | undefined {
  // Every plain scalar of a file comes here; most are words, turned away by their first character.
  const c = src.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45)) return undefined;
  const plain = src.replace(/_/g, '');
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (m) {
    const body = m[2]!;
    let v: number;
    if (/^0[xXoObB]/.test(body)) v = Number(body.toLowerCase());
    else if (body.length > 1 && body[0] === '0') v = parseInt(body.slice(1), 8);
    else v = Number(body);
    return m[1] === '-' ? -v : v;
  }
  if (GO_FLOAT.test(plain)) return Number(plain);
  return undefined;
}

function resolveAlias(node: unknown, ctx: Ctx): unknown {
  return isAlias(node) ? ctx.targets.get(node) : node;
}
