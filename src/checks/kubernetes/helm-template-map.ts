import path from 'node:path';
import { isMap, isSeq, type Node } from 'yaml';
import { readBounded } from '../../bounded-read.js';
import type { Located } from './source-map.js';
import { loadYaml, nodeStart, pairOf, positionOf } from './yaml-source.js';

/**
 * Values given to helm: a values file, or a map inside another YAML file (a helmCharts entry's
 * `valuesInline`, at that path of the kustomization).
 */
export type ValuesSource = string | { file: string; at: ReadonlyArray<string | number> };

export interface TemplateOrigin {
  /** The template file helm's `# Source:` line names. */
  file: string;
  /** Values given to helm, in order (a later one wins). */
  values: readonly ValuesSource[];
  chartDir: string;
  /** The subcharts (under charts/, outermost first) the template belongs to; absent for the chart's own. */
  subcharts?: readonly string[];
  /** A chart pulled from a repository: only the given values are the user's, not its templates or values.yaml. */
  userValuesOnly?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `replicas: {{ .Values.web.replicas }}`, optionally piped (`| quote`, `| int`): the value comes straight from values. */
const STRAIGHT_FROM_VALUES = /:\s*["']?\{\{-?\s*\.Values\.([A-Za-z0-9_.]+)\s*(?:\|\s*(?:quote|squote|int|int64|float64|toString|toYaml)\s*)?-?\}\}["']?\s*$/;

/**
 * Where a field of a chart's rendered object is written. A template is not YAML until rendered, so
 * the field's keys are looked up line by line, each after the one before it; where the value is
 * straight `{{ .Values.x.y }}`, the values file that sets x.y (the last one helm merges) is the place
 * to change it. Undefined when the template cannot be read, or for a pulled chart when the field
 * is not set by the values the user gave.
 */
export function locateInTemplate(t: TemplateOrigin, segs: readonly string[], object?: unknown): Located | undefined {
  const read = readBounded(t.file);
  if (!read.ok) return undefined;
  const lines = read.bytes.toString('utf8').split('\n');
  let at = -1;
  let from = 0;
  for (const [n, seg] of segs.entries()) {
    if (/^\d+$/.test(seg)) {
      const item = itemLine(lines, from, valueAt(object, segs.slice(0, n + 1)));
      if (item !== undefined) [at, from] = [item, item];
      continue;
    }
    const key = new RegExp(`^\\s*(?:-\\s+)?["']?${escape(seg)}["']?\\s*:`);
    const next = lines.findIndex((l, i) => i >= from && key.test(l));
    if (next < 0) break;
    [at, from] = [next, next + 1];
  }
  if (at < 0) return t.userValuesOnly ? undefined : { file: t.file, line: 1, column: 1, via: 'document' };
  const fromValues = STRAIGHT_FROM_VALUES.exec(lines[at]!)?.[1];
  if (fromValues) {
    // The last source that sets the key is the one whose value helm used.
    for (const { source, keys, chart } of valuesSources(t, fromValues.split('.')).reverse()) {
      if (chart && t.userValuesOnly) return undefined;
      const hit = valuesLine(source, keys);
      if (hit) return hit;
    }
  }
  if (t.userValuesOnly) return undefined;
  const column = lines[at]!.search(/\S/) + 1;
  return { file: t.file, line: at + 1, column, via: 'source' };
}

function valueAt(object: unknown, segs: readonly string[]): unknown {
  let cur = object;
  for (const s of segs) cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, s) ? (cur as Record<string, unknown>)[s] : undefined;
  return cur;
}

/**
 * The line a list item starts on, for an item with a literal `name` (containers, ports, volumes,
 * env): the `- ` line at or above its `name:` line. Undefined when the name is not written as is.
 */
function itemLine(lines: readonly string[], from: number, item: unknown): number | undefined {
  const name = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined;
  if (typeof name !== 'string' && typeof name !== 'number') return undefined;
  const named = new RegExp(`^(\\s*)(?:-\\s+)?name:\\s*["']?${escape(String(name))}["']?\\s*(?:#.*)?$`);
  const at = lines.findIndex((l, i) => i >= from && named.test(l));
  if (at < 0) return undefined;
  const indent = named.exec(lines[at]!)![1]!.length;
  for (let i = at; i >= from; i--) {
    const dash = /^(\s*)-\s/.exec(lines[i]!);
    // Above the name line, a dash indented as deep as the name's key is a list nested in the item.
    if (dash && (i === at || dash[1]!.length < indent)) return i;
  }
  return at;
}

/**
 * Where `.Values.<keys>` of a template may be set, in the order helm merges them: the innermost
 * chart's values.yaml, each enclosing chart's under the subchart's name, then the given values
 * (the top chart's). `global` is shared by all charts, so it is never under a subchart's name.
 */
function valuesSources(t: TemplateOrigin, keys: string[]): Array<{ source: ValuesSource; keys: string[]; chart: boolean }> {
  const chain = t.subcharts ?? [];
  const global = keys[0] === 'global';
  const out: Array<{ source: ValuesSource; keys: string[]; chart: boolean }> = [];
  for (let i = chain.length; i >= 0; i--) {
    const dir = path.join(t.chartDir, ...chain.slice(0, i).flatMap((n) => ['charts', n]));
    out.push({ source: path.join(dir, 'values.yaml'), keys: [...(global ? [] : chain.slice(i)), ...keys], chart: true });
  }
  const own = path.join(t.chartDir, 'values.yaml');
  for (const v of t.values) out.push({ source: v, keys: [...(global ? [] : chain), ...keys], chart: v === own });
  return out;
}

/** Where a values source sets the dotted key; undefined when it does not. */
function valuesLine(v: ValuesSource, keys: readonly string[]): Located | undefined {
  const file = typeof v === 'string' ? v : v.file;
  const src = loadYaml(file);
  let node: unknown = src?.docs[0]?.contents;
  for (const step of typeof v === 'string' ? [] : v.at) {
    node = typeof step === 'number' ? (isSeq(node) ? node.items[step] : undefined) : pairOf(node, step)?.value;
  }
  let pos: { line: number; column: number } | undefined;
  for (const k of keys) {
    if (!src || !isMap(node)) return undefined;
    const pair = pairOf(node, k);
    if (!pair) return undefined;
    pos = positionOf(src, nodeStart(pair.key as Node) ?? 0);
    node = pair.value;
  }
  return pos ? { file, ...pos, via: 'source' } : undefined;
}
