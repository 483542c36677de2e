import { statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isAlias, isMap, isPair, isSeq, parseAllDocuments } from 'yaml';
import { DEFAULT_MAX_FILE_BYTES, readBounded } from '../../bounded-read.js';
import { isRemote, type Kustomization } from './kustomization.js';

/**
 * Bounds on what a kustomization may make kustomize (and this check) hold in memory, decided from
 * the files before anything parses them in full: a file's size from stat, and how far YAML aliases
 * would expand a document, computed on the unexpanded node graph.
 */


export interface InputProblem {
  rule: 'file-too-large' | 'excessive-aliasing';
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * go-yaml's allowedAliasRatio (v2.2.4+ and v3, the decoders behind sigs.k8s.io/yaml and kyaml): a
 * document may be almost all alias expansion while small, at most 10% of it once it is large.
 */
export function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - (0.89 * (decoded - 400_000)) / 3_600_000;
}

export interface AliasStats {
  /** Nodes a decoder visits with every alias expanded. */
  decoded: number;
  /** Of those, the nodes reached through aliases. */
  viaAliases: number;
  /** The alias that expands to the most nodes (offset in the text), if any. */
  worst?: { offset: number; nodes: number };
}

/**
 * Expanded size of each document, in time linear in its written size: an anchored node's expanded
 * size is computed once and an alias adds it without walking it again.
 */
export function aliasStats(text: string): { docs: AliasStats[]; lines: LineCounter } {
  const lines = new LineCounter();
  const out: AliasStats[] = [];
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false, version: '1.1' });
  for (const doc of Array.isArray(docs) ? docs : []) {
    const anchors = new Map<string, number>();
    const stats: AliasStats = { decoded: 0, viaAliases: 0 };
    // Iterative post-order walk: a crafted deep document must not overflow the stack.
    const size = (root: unknown): number => {
      type Frame = { node: unknown; children: unknown[]; i: number; total: number };
      const stack: Frame[] = [{ node: root, children: kids(root), i: 0, total: 1 }];
      let result = 0;
      while (stack.length > 0) {
        const f = stack[stack.length - 1]!;
        if (f.i < f.children.length) {
          const child = f.children[f.i++];
          if (isAlias(child)) {
            const n = anchors.get(child.source) ?? 1;
            stats.viaAliases += n;
            if (!stats.worst || n > stats.worst.nodes) stats.worst = { offset: child.range?.[0] ?? 0, nodes: n };
            f.total += n;
          } else stack.push({ node: child, children: kids(child), i: 0, total: 1 });
          continue;
        }
        stack.pop();
        const anchor = (f.node as { anchor?: string } | null)?.anchor;
        if (anchor) anchors.set(anchor, f.total);
        if (stack.length > 0) stack[stack.length - 1]!.total += f.total;
        else result = f.total;
      }
      return result;
    };
    stats.decoded = doc.contents ? size(doc.contents) : 0;
    out.push(stats);
  }
  return { docs: out, lines };
}

function kids(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => (isPair(p) ? [p.key, p.value].filter((x) => x !== null && x !== undefined) : []));
  if (isSeq(node)) return node.items.filter((x) => x !== null && x !== undefined);
  return [];
}

/** Whether a document's aliases expand beyond what go-yaml would decode. */
export function excessive(s: AliasStats): boolean {
  return s.viaAliases > 100 && s.decoded > 1000 && s.viaAliases / s.decoded > allowedAliasRatio(s.decoded);
}

/** Files a kustomization tree makes kustomize read, with the entry that names each. */
function readFiles(tree: Kustomization[]): Array<{ file: string; by?: { k: Kustomization; line: number; column: number; value: string } }> {
  const out: Array<{ file: string; by?: { k: Kustomization; line: number; column: number; value: string } }> = [];
  for (const k of tree) {
    out.push({ file: k.file });
    for (const e of [...k.resources, ...k.components, ...k.files]) {
      if (isRemote(e.value, k.dir)) continue;
      out.push({ file: path.resolve(k.dir, e.value), by: { k, line: e.line, column: e.column, value: e.value } });
    }
    for (const p of k.patches) if (p.file) out.push({ file: p.file, by: { k, line: p.line, column: p.column, value: path.relative(k.dir, p.file) } });
  }
  return out;
}

const YAML_FILE = /\.(ya?ml|json)$/i;

/**
 * Problems in the files an overlay would make kustomize read: any file over the size limit (at the
 * entry naming it, or the file's first line), and any YAML document whose aliases expand like a
 * bomb (at the alias that expands most).
 */
export function inputProblems(tree: Kustomization[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): InputProblem[] {
  const out: InputProblem[] = [];
  const seen = new Set<string>();
  for (const { file, by } of readFiles(tree)) {
    let st;
    try {
      st = statSync(file);
    } catch {
      continue; // missing files are kustomize's to report
    }
    if (st.isDirectory() || seen.has(file)) continue;
    seen.add(file);
    if (st.isFile() && st.size > maxFileBytes) {
      const at = by ? { file: by.k.file, line: by.line, column: by.column } : { file, line: 1, column: 1 };
      out.push({
        rule: 'file-too-large',
        ...at,
        message: `${by ? by.value : path.basename(file)} is ${(st.size / 1024 / 1024).toFixed(1)} MiB, over the ${maxFileBytes / 1024 / 1024} MiB a kustomization may read here (the API server refuses any object over 1.5 MiB); the overlay was not built`,
      });
      continue;
    }
    // Generator inputs (.env, .properties, certificates) are data, not YAML kustomize decodes.
    if (by && !YAML_FILE.test(file)) continue;
    const p = aliasProblem(file, maxFileBytes);
    if (p) out.push(p);
  }
  return out;
}

/** An alias bomb in one YAML file, or undefined. */
export function aliasProblem(file: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): InputProblem | undefined {
  const r = readBounded(file, maxFileBytes);
  return r.ok ? aliasProblemIn(file, r.bytes.toString('utf8')) : undefined;
}

/** An alias bomb in YAML text already read, or undefined. */
export function aliasProblemIn(file: string, text: string): InputProblem | undefined {
  // Without an alias there is nothing to expand; most files stop here.
  if (!text.includes('*')) return undefined;
  let parsed;
  try {
    parsed = aliasStats(text);
  } catch {
    return undefined; // unreadable YAML is reported by kustomize
  }
  for (const d of parsed.docs) {
    if (!excessive(d)) continue;
    const pos = parsed.lines.linePos(d.worst?.offset ?? 0);
    return {
      rule: 'excessive-aliasing',
      file,
      line: pos.line,
      column: pos.col,
      message: `YAML aliases expand this document to ${fmt(d.decoded)} nodes (${fmt(d.viaAliases)} through aliases; this alias alone ${fmt(d.worst?.nodes ?? 0)}), more than go-yaml decodes; kustomize would exhaust memory, so the overlay was not built`,
    };
  }
  return undefined;
}

function fmt(n: number): string {
  return n >= 1e15 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US');
}
