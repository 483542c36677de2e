import { isUtf8 } from 'node:buffer';
import { readBounded } from '../../bounded-read.js';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';

/** A YAML file parsed with positions, for pointing findings at lines. */
export interface YamlSource {
  text: string;
  docs: Document.Parsed[];
  lines: LineCounter;
  /** Set when the bytes are not valid UTF-8: where the first bad byte is. */
  encodingError?: { message: string; line: number; column: number };
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  // The native check answers for nearly every file; the loop below only places the bad byte.
  if (isUtf8(buf)) return -1;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= buf.length || (buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export interface Position {
  line: number;
  column: number;
}

const cache = new Map<string, YamlSource | undefined>();

/** Reads and parses a file once per run; undefined when it cannot be read. */
export function loadYaml(file: string): YamlSource | undefined {
  if (cache.has(file)) return cache.get(file);
  let src: YamlSource | undefined;
  try {
    const read = readBounded(file);
    if (!read.ok) throw new Error('not a readable regular file within the size limit');
    const bytes = read.bytes;
    const bad = firstInvalidUtf8(bytes);
    const text = bad < 0 ? bytes.toString('utf8') : bytes.toString('latin1');
    src = parseYamlText(text);
    if (bad >= 0) {
      const pos = positionOf(src, bad);
      src.encodingError = { message: 'not valid UTF-8', ...pos };
    }
  } catch {
    src = undefined;
  }
  cache.set(file, src);
  return src;
}

export function clearYamlCache(): void {
  cache.clear();
}

export function parseYamlText(text: string): YamlSource {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false, version: '1.1' });
  return { text, docs: Array.isArray(docs) ? docs : [], lines };
}

export function positionOf(src: Pick<YamlSource, 'lines'>, offset: number): Position {
  const p = src.lines.linePos(offset);
  return { line: p.line, column: p.col };
}

export function nodeStart(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

/** The map pair for `key` in a mapping node, if any (last wins, like decoders). */
export function pairOf(node: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(node)) return undefined;
  let found: Pair<Node, Node> | undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) found = item as Pair<Node, Node>;
  }
  return found;
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

export function seqItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** Position of the first key of a document (its `apiVersion:` / `kind:` line), or its start. */
export function docStart(src: YamlSource, doc: Document.Parsed): Position {
  const contents = doc.contents as Node | null;
  const offset = nodeStart(contents) ?? doc.range[0];
  return positionOf(src, offset);
}
