import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';

/** A parsed workflow or action file that can say where any of its nodes is. */
export interface LocatedDoc {
  file: string;
  doc: Document;
  js: Record<string, unknown>;
  pos(node: Node | Pair | null | undefined): { line: number; column: number };
  /** The node at a key path, e.g. ['jobs', 'deploy', 'with', 'dry-run']. */
  nodeAt(path: (string | number)[]): Node | undefined;
}

export async function loadYamlFile(abs: string, file: string): Promise<LocatedDoc> {
  return parseYamlText(await readFile(abs, 'utf8'), file);
}

export function parseYamlText(text: string, file: string): LocatedDoc {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const js = (doc.toJS() ?? {}) as Record<string, unknown>;
  const pos = (node: Node | Pair | null | undefined) => {
    const n = node && 'range' in node ? node : (node as Pair | undefined)?.key;
    const off = (n as Node | undefined)?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return { line: p.line, column: p.col };
  };
  const nodeAt = (path: (string | number)[]) => {
    let cur: unknown = doc.contents;
    for (const k of path) {
      if (isMap(cur)) cur = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k))?.value;
      else if (isSeq(cur) && typeof k === 'number') cur = cur.items[k];
      else return undefined;
    }
    return (cur ?? undefined) as Node | undefined;
  };
  return { file, doc, js, pos, nodeAt };
}

/** The key node of `path` (so a finding points at `with: dry-run:` rather than its value). */
export function keyAt(d: LocatedDoc, path: (string | number)[]): Node | undefined {
  const parent = path.length > 1 ? d.nodeAt(path.slice(0, -1)) : d.doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) return parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last))?.key as Node | undefined;
  return undefined;
}
