// A collector configuration read into components and pipelines, each keeping its YAML node so that
// findings point at the key or value to change.
import { isMap, isSeq, type Node } from 'yaml';
import { KINDS, type Kind, SIGNALS, type Signal, parseComponentId } from './components.js';
import type { Problem } from './problems.js';
import { type OtelSource, deref, entries, isNullNode, scalarText } from './source.js';

export interface Component {
  kind: Kind;
  id: string;
  type: string;
  keyNode: Node;
  value: Node | null;
}

export interface Ref {
  id: string;
  node: Node;
}

export interface Pipeline {
  id: string;
  signal: Signal;
  keyNode: Node;
  receivers: Ref[];
  processors: Ref[];
  exporters: Ref[];
}

export interface OtelConfig {
  components: Record<Kind, Map<string, Component>>;
  pipelines: Pipeline[];
  extensions: Ref[];
  /** The `service.pipelines` key, for findings about the pipelines as a whole. */
  pipelinesNode?: Node;
}

const TOP_LEVEL = [...KINDS, 'service'];
const SERVICE_KEYS = ['extensions', 'pipelines', 'telemetry'];
const PIPELINE_KEYS = ['receivers', 'processors', 'exporters'];

/** The collector's message for keys its strict unmarshal refuses. */
export function invalidKeys(path: string, keys: Array<{ key: string; keyNode: Node }>, problems: Problem[]): void {
  for (const k of keys) problems.push({ rule: 'otel/invalid-keys', node: k.keyNode, message: `'${path}' has invalid keys: ${k.key}` });
}

/** The decoder's refusal of a value of the wrong shape, at the value. */
function expectShape(src: OtelSource, node: Node | null, shape: 'map' | 'list', path: string, problems: Problem[]): boolean {
  const n = deref(src, node);
  if (isNullNode(n) || (shape === 'map' ? isMap(n) : isSeq(n))) return true;
  problems.push({ rule: 'otel/invalid-value', node: n, message: `'${path}' expected a ${shape === 'map' ? 'map' : 'list'}` });
  return false;
}

export function readConfig(src: OtelSource, problems: Problem[]): OtelConfig {
  const config: OtelConfig = {
    components: { receivers: new Map(), processors: new Map(), exporters: new Map(), connectors: new Map(), extensions: new Map() },
    pipelines: [],
    extensions: [],
  };
  const top = entries(src, src.doc!.contents as Node | null);
  invalidKeys('', top.filter((e) => !TOP_LEVEL.includes(e.key)), problems);
  for (const { key, value } of top) {
    if (!(KINDS as readonly string[]).includes(key) || !expectShape(src, value, 'map', key, problems)) continue;
    const kind = key as Kind;
    for (const c of entries(src, value)) {
      // A component's settings are a mapping (or empty, for its defaults).
      if (!expectShape(src, c.value, 'map', `${key}::${c.key}`, problems)) continue;
      const parsed = parseComponentId(c.key);
      if ('error' in parsed) {
        problems.push({ rule: 'otel/invalid-component-id', node: c.keyNode, message: `${kind}: invalid id "${c.key}": ${parsed.error}` });
        continue;
      }
      config.components[kind].set(c.key, { kind, id: c.key, type: parsed.type, keyNode: c.keyNode, value: c.value });
    }
  }
  const service = top.find((e) => e.key === 'service');
  if (!service || !expectShape(src, service.value, 'map', 'service', problems)) return config;
  const serviceEntries = entries(src, service.value);
  invalidKeys('service', serviceEntries.filter((e) => !SERVICE_KEYS.includes(e.key)), problems);
  for (const e of serviceEntries) {
    if (e.key === 'extensions' && expectShape(src, e.value, 'list', 'service::extensions', problems)) config.extensions = refs(src, e.value);
    if (e.key !== 'pipelines' || !expectShape(src, e.value, 'map', 'service::pipelines', problems)) continue;
    config.pipelinesNode = e.keyNode;
    for (const p of entries(src, e.value)) {
      const slash = p.key.indexOf('/');
      const signal = slash < 0 ? p.key : p.key.slice(0, slash);
      if (!(SIGNALS as readonly string[]).includes(signal) || (slash >= 0 && p.key.slice(slash + 1).trim() === '')) {
        problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `service::pipelines: invalid pipeline id "${p.key}": the signal must be traces, metrics or logs, with an optional /name` });
        continue;
      }
      if (!expectShape(src, p.value, 'map', `service::pipelines::${p.key}`, problems)) continue;
      const body = entries(src, p.value);
      for (const b of body) if (PIPELINE_KEYS.includes(b.key)) expectShape(src, b.value, 'list', `service::pipelines::${p.key}::${b.key}`, problems);
      invalidKeys(`service::pipelines::${p.key}`, body.filter((b) => !PIPELINE_KEYS.includes(b.key)), problems);
      const list = (k: string) => refs(src, body.find((b) => b.key === k)?.value ?? null);
      config.pipelines.push({ id: p.key, signal: signal as Signal, keyNode: p.keyNode, receivers: list('receivers'), processors: list('processors'), exporters: list('exporters') });
    }
  }
  return config;
}

function refs(src: OtelSource, node: Node | null): Ref[] {
  const n = deref(src, node);
  if (isNullNode(n) || !isSeq(n)) return [];
  return n.items.map((i) => deref(src, i)).flatMap((i) => (i && scalarText(i) !== undefined ? [{ id: scalarText(i)!, node: i }] : []));
}
