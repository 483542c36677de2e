import { isUtf8 } from 'node:buffer';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { readBounded } from '../../bounded-read.js';

/** A collector configuration file is a few kilobytes; this bounds a hostile one. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Nodes after alias expansion: far above any real configuration, far below an alias bomb. */
export const MAX_EXPANDED_NODES = 100_000;

export interface Position {
  line: number;
  column: number;
}

/** A parsed collector configuration with positions; `problem` when it cannot be checked further. */
export interface OtelSource {
  file: string;
  doc?: Document.Parsed;
  lines: LineCounter;
  problem?: { rule: 'otel/invalid-yaml' | 'otel/unreadable-file'; message: string } & Position;
}

export function readSource(file: string): OtelSource {
  const lines = new LineCounter();
  const read = readBounded(file, MAX_CONFIG_BYTES);
  if (!read.ok) {
    const why = read.special ? 'is not a regular file' : read.size !== undefined ? `is larger than ${MAX_CONFIG_BYTES} bytes` : 'cannot be read';
    return { file, lines, problem: { rule: 'otel/unreadable-file', message: `the collector configuration ${why}`, line: 1, column: 1 } };
  }
  if (!isUtf8(read.bytes)) return { file, lines, problem: { rule: 'otel/invalid-yaml', message: 'the file is not valid UTF-8', line: 1, column: 1 } };
  return parseSource(file, read.bytes.toString('utf8'));
}

/** Parses as the collector's YAML decoder does: one document, unique keys, aliases bounded. */
export function parseSource(file: string, text: string): OtelSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const err = doc.errors[0];
  if (err) return { file, lines, problem: { rule: 'otel/invalid-yaml', message: err.message.split('\n')[0]!, ...at(err.pos[0]) } };
  const bomb = aliasProblem(doc);
  if (bomb) return { file, lines, problem: { rule: 'otel/invalid-yaml', message: bomb.message, ...at(bomb.offset) } };
  return { file, doc, lines };
}

export function positionOf(src: OtelSource, node: unknown): Position {
  const off = (node as Node | null | undefined)?.range?.[0] ?? 0;
  const p = src.lines.linePos(off);
  return { line: p.line, column: p.col };
}

/**
 * Counts the nodes the document expands to, an alias counting as what it names, so that readers can
 * follow aliases freely afterwards: a billion-laughs file or an alias inside its own anchor is refused.
 */
function aliasProblem(doc: Document.Parsed): { message: string; offset: number } | undefined {
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let problem: { message: string; offset: number } | undefined;
  const size = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    let n = node as Node;
    if (isAlias(n)) {
      const target = n.resolve(doc) as Node | undefined;
      if (!target) return 0;
      if (open.has(target)) {
        problem = { message: `the alias *${n.source} refers to a node that contains it`, offset: n.range?.[0] ?? 0 };
        return 0;
      }
      n = target;
    }
    const known = sizes.get(n);
    if (known !== undefined) return known;
    open.add(n);
    let total = 1;
    if (isMap(n) || isSeq(n)) for (const item of n.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    open.delete(n);
    sizes.set(n, total);
    if (total > MAX_EXPANDED_NODES && !problem) problem = { message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes`, offset: n.range?.[0] ?? 0 };
    return total;
  };
  size(doc.contents);
  return problem;
}

/** Follows an alias to the node it names (aliases were bounded when the file was parsed). */
export function deref(src: OtelSource, node: unknown): Node | null {
  let n = node;
  for (let i = 0; i < 64 && isAlias(n); i++) n = n.resolve(src.doc!);
  return (n ?? null) as Node | null;
}

/** A scalar's value as text, or undefined for collections. */
export function scalarText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

export const isNullNode = (n: Node | null): boolean => n === null || (isScalar(n) && n.value === null);

/** A mapping's entries as [key text, key node, value node]; aliases and merge keys followed. */
export function entries(src: OtelSource, node: Node | null): Array<{ key: string; keyNode: Node; value: Node | null }> {
  const map = deref(src, node);
  if (!isMap(map)) return [];
  const out: Array<{ key: string; keyNode: Node; value: Node | null }> = [];
  for (const item of map.items) {
    const keyNode = deref(src, item.key);
    const key = scalarText(keyNode) ?? '';
    const value = deref(src, item.value);
    if (key === '<<' && isScalar(keyNode) && !keyNode.type?.includes('QUOTE')) {
      // A merge key's mapping contributes its entries where this mapping lacks them.
      for (const m of isSeq(value) ? value.items : [value]) for (const e of entries(src, m as Node)) if (!map.items.some((i) => scalarText(deref(src, i.key)) === e.key)) out.push(e);
      continue;
    }
    out.push({ key, keyNode: keyNode ?? (item.key as Node), value });
  }
  return out;
}
