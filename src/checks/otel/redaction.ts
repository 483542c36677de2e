// The redaction policy: every path from a receiver to an exporter that sends data out of the collector
// must pass processors that hash or delete each attribute the policy names. See docs/rules/otel.md for
// exactly which processor settings count.
import { isMap, isSeq, type Node } from 'yaml';
import type { Signal } from './components.js';
import type { Component, OtelConfig, Pipeline } from './model.js';
import type { Problem } from './problems.js';
import { type OtelSource, deref, entries, isNullNode, scalarText } from './source.js';

export type RedactionAction = 'hash' | 'delete';
/** record: span, log-record and data-point attributes; resource: the resource's attributes. */
export type AttributeScope = 'record' | 'resource' | 'both';

export interface RedactionRule {
  key: string;
  action: RedactionAction;
  scope?: AttributeScope;
}

export interface RedactionPolicy {
  attributes: RedactionRule[];
  /** Signals the policy covers (default: all three). */
  signals?: Signal[];
}

/** What one processor does to one attribute: delete is stronger than hash. */
type Effect = 'delete' | 'hash' | undefined;
const stronger = (a: Effect, b: Effect): Effect => (a === 'delete' || b === 'delete' ? 'delete' : a ?? b);

export function checkRedaction(src: OtelSource, config: OtelConfig, policy: RedactionPolicy, problems: Problem[]): void {
  if (policy.attributes.length === 0) return;
  const signals = policy.signals ?? ['traces', 'metrics', 'logs'];
  const seen = new Set<string>();
  const walk = (chain: Pipeline[]) => {
    const p = chain[chain.length - 1]!;
    for (const ex of p.exporters) {
      const connector = config.components.connectors.get(ex.id);
      if (connector) {
        for (const q of config.pipelines) if (q.receivers.some((r) => r.id === ex.id) && !chain.includes(q)) walk([...chain, q]);
        continue;
      }
      const exporter = config.components.exporters.get(ex.id);
      // Data a connector derived from a covered signal (spanmetrics: spans' attributes as metric dimensions) is covered too.
      if (!exporter || staysInside(src, exporter) || !chain.some((q) => signals.includes(q.signal))) continue;
      const processors = chain.flatMap((q) => q.processors.map((r) => config.components.processors.get(r.id)).filter((c): c is Component => !!c).map((c) => ({ c, signal: q.signal })));
      const path = `${chain.map((q) => `${q.id}${q.processors.length ? ` [${q.processors.map((r) => r.id).join(', ')}]` : ''}`).join(' → ')} → ${ex.id}`;
      for (const rule of policy.attributes) {
        const scopes: Array<'record' | 'resource'> = rule.scope === 'both' ? ['record', 'resource'] : [rule.scope ?? 'record'];
        for (const scope of scopes) {
          const effect = processors.reduce<Effect>((acc, { c, signal }) => stronger(acc, effectOf(src, c, rule.key, scope, signal)), undefined);
          const key = `${chain.map((q) => q.id).join('>')}\0${ex.id}\0${rule.key}\0${scope}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const what = `${scope === 'resource' ? 'resource attribute' : 'attribute'} "${rule.key}"`;
          if (effect === undefined) {
            problems.push({ rule: 'otel/redaction-missing', node: p.keyNode, message: `${what} must be ${rule.action === 'hash' ? 'hashed' : 'deleted'} before exporter "${ex.id}", but nothing on the path ${path} does it` });
          } else if (effect === 'hash' && rule.action === 'delete') {
            problems.push({ rule: 'otel/redaction-weaker', node: p.keyNode, message: `${what} must be deleted before exporter "${ex.id}", but the path ${path} only hashes it` });
          }
        }
      }
    }
  };
  for (const p of config.pipelines) if (p.receivers.some((r) => config.components.receivers.has(r.id))) walk([p]);
}

/**
 * debug at basic prints counts only. At normal the collector (v0.161.0, measured) prints one line per
 * record with its attributes and the resource's (`op <trace> <span> user.email=…`), so it counts as
 * leaving, like detailed.
 */
function staysInside(src: OtelSource, exporter: Component): boolean {
  if (exporter.type !== 'debug') return false;
  const v = entries(src, exporter.value).find((e) => e.key === 'verbosity');
  return (v ? scalarText(v.value) : 'basic') === 'basic';
}

function effectOf(src: OtelSource, c: Component, key: string, scope: 'record' | 'resource', signal: Signal): Effect {
  if ((c.type === 'attributes' && scope === 'record') || (c.type === 'resource' && scope === 'resource')) {
    // An attributes processor that matches only some records (include/exclude) does not cover the rest.
    if (entries(src, c.value).some((e) => (e.key === 'include' || e.key === 'exclude') && !isNullNode(e.value))) return undefined;
    const list = entries(src, c.value).find((e) => e.key === (c.type === 'attributes' ? 'actions' : 'attributes'))?.value;
    let effect: Effect;
    for (const item of isSeq(list) ? list.items.map((i) => deref(src, i)) : []) {
      const get = (k: string) => scalarText(entries(src, item).find((e) => e.key === k)?.value ?? null);
      const action = get('action');
      if (action !== 'delete' && action !== 'hash') continue;
      const k = get('key');
      const pattern = get('pattern');
      if (k === key || (k === undefined && pattern !== undefined && partialMatch(pattern, key))) effect = stronger(effect, action);
    }
    return effect;
  }
  if (c.type === 'transform') return transformEffect(src, c, key, scope, signal);
  return undefined;
}

const STATEMENTS: Record<Signal, string> = { traces: 'trace_statements', metrics: 'metric_statements', logs: 'log_statements' };
/** The OTTL context whose `attributes` are the records the attributes processor acts on, per signal. */
const RECORD_CONTEXT: Record<Signal, string> = { traces: 'span', metrics: 'datapoint', logs: 'log' };

/**
 * Unconditional OTTL statements only (no `where`, not in a group with `conditions`):
 * delete_key, delete_matching_keys and keep_keys delete; set(…["k"], SHA256(…["k"])) and
 * replace_pattern(…["k"], "^(.*)$", "$1", SHA256) of the whole value hash. Which attributes a path
 * means follows the statement's context: in `context: resource` plain `attributes` are the resource's,
 * in `context: spanevent` they are the events', not the spans'.
 */
function transformEffect(src: OtelSource, c: Component, key: string, scope: 'record' | 'resource', signal: Signal): Effect {
  const list = entries(src, c.value).find((e) => e.key === STATEMENTS[signal])?.value ?? null;
  const statements: Array<{ text: string; context: string | undefined }> = [];
  const collect = (n: Node | null, context: string | undefined, conditional: boolean) => {
    const node = deref(src, n);
    if (isSeq(node)) for (const i of node.items) collect(i as Node, context, conditional);
    else if (scalarText(node) !== undefined) {
      if (!conditional) statements.push({ text: scalarText(node)!, context });
    } else if (isMap(node)) {
      const es = entries(src, node);
      const hasConditions = es.some((e) => e.key === 'conditions' && !isNullNode(e.value));
      const ctx = scalarText(es.find((e) => e.key === 'context')?.value ?? null);
      collect(es.find((e) => e.key === 'statements')?.value ?? null, ctx ?? context, conditional || hasConditions);
    }
  };
  collect(list, undefined, false);
  const record = RECORD_CONTEXT[signal];
  // Paths to the attributes of `scope`: a context-prefixed path, or plain `attributes` in that context.
  const paths = scope === 'resource' ? ['resource.attributes'] : [`${record}.attributes`];
  const pathsIn = (context: string | undefined) => (context === (scope === 'resource' ? 'resource' : record) ? [...paths, 'attributes'] : paths);
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const str = String.raw`"((?:[^"\\]|\\.)*)"`;
  let effect: Effect;
  for (const { text, context } of statements) {
    if (/\bwhere\b/.test(text)) continue;
    const attrs = `(?:${pathsIn(context).map(esc).join('|')})`;
    const k = esc(key);
    const m = (re: string) => new RegExp(String.raw`^\s*${re}\s*$`).exec(text);
    if (m(String.raw`delete_key\(\s*${attrs}\s*,\s*"${k}"\s*\)`)) effect = 'delete';
    const matching = m(String.raw`delete_matching_keys\(\s*${attrs}\s*,\s*${str}\s*\)`);
    if (matching && partialMatch(unquote(matching[1]!), key)) effect = 'delete';
    const keep = m(String.raw`keep_keys\(\s*${attrs}\s*,\s*\[((?:\s*"(?:[^"\\]|\\.)*"\s*,?)*)\]\s*\)`);
    if (keep && ![...keep[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].some((q) => unquote(q[1]!) === key)) effect = 'delete';
    if (m(String.raw`set\(\s*${attrs}\["${k}"\]\s*,\s*SHA(?:1|256|512)\(\s*${attrs}\["${k}"\]\s*\)\s*\)`)) effect = stronger(effect, 'hash');
    const replaced = m(String.raw`replace_pattern\(\s*${attrs}\["${k}"\]\s*,\s*${str}\s*,\s*"\$+\{?1\}?"\s*,\s*SHA(?:1|256|512)\s*\)`);
    if (replaced && WHOLE_VALUE.test(unquote(replaced[1]!))) effect = stronger(effect, 'hash');
  }
  return effect;
}

/** A replace_pattern regex whose first group is the whole value, so the whole value is hashed. */
const WHOLE_VALUE = /^\^?\(\.[*+]\)\$?$/;

const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

/** Go's regexp.MatchString, as delete_matching_keys and the attributes processor's pattern use it: a match anywhere. */
function partialMatch(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern).test(key);
  } catch {
    return false;
  }
}
