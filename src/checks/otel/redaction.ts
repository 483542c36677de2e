// The redaction policy: every path from a receiver to an exporter that sends data out of the collector
// must pass processors that hash or delete each attribute the policy names. See docs/rules/otel.md for
// exactly which processor settings count.
import { isSeq, type Node } from 'yaml';
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
      if (!exporter || staysInside(src, exporter) || !signals.includes(p.signal)) continue;
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

/** debug prints at most a summary (basic) or one line per record (normal); detailed prints every attribute. */
function staysInside(src: OtelSource, exporter: Component): boolean {
  if (exporter.type !== 'debug') return false;
  const v = entries(src, exporter.value).find((e) => e.key === 'verbosity');
  const level = v ? scalarText(v.value) : 'basic';
  return level === 'basic' || level === 'normal';
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
      if (k === key || (k === undefined && pattern !== undefined && fullMatch(pattern, key))) effect = stronger(effect, action);
    }
    return effect;
  }
  if (c.type === 'transform') return transformEffect(src, c, key, scope, signal);
  return undefined;
}

function fullMatch(pattern: string, key: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(key) || new RegExp(pattern).test(key);
  } catch {
    return false;
  }
}

const STATEMENTS: Record<Signal, string> = { traces: 'trace_statements', metrics: 'metric_statements', logs: 'log_statements' };

/** Unconditional OTTL statements only: delete_key(…attributes, "k") and set(…attributes["k"], SHA256(…)). */
function transformEffect(src: OtelSource, c: Component, key: string, scope: 'record' | 'resource', signal: Signal): Effect {
  const list = entries(src, c.value).find((e) => e.key === STATEMENTS[signal])?.value ?? null;
  const texts: string[] = [];
  const collect = (n: Node | null, conditional: boolean) => {
    const node = deref(src, n);
    if (isSeq(node)) for (const i of node.items) collect(i as Node, conditional);
    else if (scalarText(node) !== undefined && !conditional) texts.push(scalarText(node)!);
    else {
      const es = entries(src, node);
      const hasConditions = es.some((e) => e.key === 'conditions' && !isNullNode(e.value));
      collect(es.find((e) => e.key === 'statements')?.value ?? null, conditional || hasConditions);
    }
  };
  collect(list, false);
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const attrs = scope === 'resource' ? String.raw`resource\.attributes` : String.raw`(?:span\.|log\.|datapoint\.|spanevent\.)?attributes`;
  let effect: Effect;
  for (const t of texts) {
    if (/\bwhere\b/.test(t)) continue;
    if (new RegExp(String.raw`^\s*delete_key\(\s*${attrs}\s*,\s*"${esc}"\s*\)\s*$`).test(t)) effect = 'delete';
    else if (new RegExp(String.raw`^\s*set\(\s*${attrs}\["${esc}"\]\s*,\s*SHA(?:1|256|512)\(\s*${attrs}\["${esc}"\]\s*\)\s*\)\s*$`).test(t)) effect = stronger(effect, 'hash');
  }
  return effect;
}
