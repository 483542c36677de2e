// Each component's settings against its schema (keys and types), then the checks its own Validate makes.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { COMPONENT_TYPES, KINDS } from './components.js';
import { invalidKeys, type Component, type OtelConfig } from './model.js';
import type { Problem } from './problems.js';
import { type Schema, isGoDuration, isProviderReference } from './schema.js';
import { type OtelSource, deref, entries, isNullNode, scalarText } from './source.js';

export function checkValues(src: OtelSource, config: OtelConfig, problems: Problem[]): void {
  for (const kind of KINDS) {
    for (const c of config.components[kind].values()) {
      const schema = COMPONENT_TYPES[kind][c.type]?.schema;
      if (!schema) continue;
      checkNode(src, c.value, schema, `${kind}::${c.id}`, problems);
      semantic(src, c, problems);
    }
  }
}

/** Provider references are resolved before decoding: whatever they become, we cannot judge it here. */
function isReference(node: Node | null): boolean {
  return isScalar(node) && typeof node.value === 'string' && isProviderReference(node.value);
}

function checkNode(src: OtelSource, node: Node | null, schema: Schema, path: string, problems: Problem[]): void {
  if (isNullNode(node) || schema.kind === 'any' || isReference(node)) return;
  const bad = (what: string): void => void problems.push({ rule: 'otel/invalid-value', node, message: `'${path}' ${what}` });
  switch (schema.kind) {
    case 'object': {
      if (!isMap(deref(src, node))) return bad('expected a map');
      const es = entries(src, node);
      invalidKeys(path, schema.additional ? [] : es.filter((e) => !(e.key in schema.props)), problems);
      for (const e of es) {
        const sub = schema.props[e.key] ?? schema.additional;
        if (sub) checkNode(src, e.value, sub, `${path}::${e.key}`, problems);
      }
      return;
    }
    case 'list': {
      const n = deref(src, node);
      if (!isSeq(n)) return bad('expected a list');
      n.items.forEach((item, i) => checkNode(src, deref(src, item), schema.items, `${path}::${i}`, problems));
      return;
    }
    case 'string':
      // The decoder does not turn a number or boolean into a string field (`endpoint: 4317` is refused).
      if (!isScalar(node) || typeof node.value !== 'string') return bad('expected a string');
      if (schema.enum && !schema.enum.includes(String(node.value))) return bad(`must be one of ${schema.enum.join(', ')} (got "${String(node.value)}")`);
      return;
    case 'bool':
      if (!isScalar(node) || typeof node.value !== 'boolean') return bad('expected true or false');
      return;
    case 'int':
    case 'number': {
      // A quoted number is refused; a fraction in an integer field is truncated by the decoder, not refused.
      const v = isScalar(node) ? node.value : undefined;
      const n = typeof v === 'number' ? v : NaN;
      if (Number.isNaN(n)) return bad(`expected ${schema.kind === 'int' ? 'an integer' : 'a number'}`);
      if (schema.min !== undefined && n < schema.min) return bad(`must be at least ${schema.min}`);
      return;
    }
    case 'duration': {
      const v = isScalar(node) ? node.value : undefined;
      // A bare number is taken as nanoseconds.
      if (typeof v === 'number') return;
      if (typeof v !== 'string' || !isGoDuration(v)) return bad(`is not a duration (Go syntax: 500ms, 5s, 1m30s)`);
      return;
    }
  }
}

/** The value of a scalar setting directly under a component, if written as a literal. */
function literal(src: OtelSource, value: Node | null, key: string): { node: Node; text: string } | undefined {
  const e = entries(src, value).find((x) => x.key === key);
  if (!e?.value || isReference(e.value)) return undefined;
  const text = scalarText(e.value);
  return text === undefined ? undefined : { node: e.value, text };
}

/** Whether a setting is a provider reference: its value is known only at start-up, so nothing that depends on it is judged. */
function referenced(src: OtelSource, value: Node | null, ...keys: string[]): boolean {
  return entries(src, value).some((e) => keys.includes(e.key) && isReference(deref(src, e.value)));
}

const toNumber = (t: string | undefined): number => (t === undefined ? 0 : Number(t) || 0);
const durationMs = (t: string | undefined): number => {
  if (t === undefined) return 0;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(m[1]) * units[m[2]!]!;
  return /^\d+$/.test(t) ? Number(t) / 1e6 : total;
};

function semantic(src: OtelSource, c: Component, problems: Problem[]): void {
  const at = `${c.kind}::${c.id}`;
  const v = (k: string) => literal(src, c.value, k);
  const bad = (node: Node | null | undefined, message: string) => problems.push({ rule: 'otel/invalid-value', node: node ?? c.keyNode, message: `${at}: ${message}` });
  if (c.kind === 'processors' && c.type === 'memory_limiter' && !referenced(src, c.value, 'limit_mib', 'limit_percentage', 'spike_limit_mib', 'spike_limit_percentage')) {
    const interval = v('check_interval');
    if (!referenced(src, c.value, 'check_interval') && (interval === undefined || durationMs(interval.text) <= 0)) bad(interval?.node, "'check_interval' must be greater than zero");
    const mib = toNumber(v('limit_mib')?.text);
    const pct = toNumber(v('limit_percentage')?.text);
    const spikeMib = v('spike_limit_mib');
    const spikePct = v('spike_limit_percentage');
    if (mib <= 0 && pct <= 0) bad(v('limit_mib')?.node ?? v('limit_percentage')?.node ?? c.keyNode, "'limit_mib' or 'limit_percentage' must be greater than zero");
    if (pct > 100 || toNumber(spikePct?.text) > 100) bad(v('limit_percentage')?.node ?? spikePct?.node, "'limit_percentage' and 'spike_limit_percentage' must be at most 100");
    if (mib > 0 && spikeMib && toNumber(spikeMib.text) >= mib) bad(spikeMib.node, "'spike_limit_mib' must be smaller than 'limit_mib'");
    if (pct > 0 && spikePct && toNumber(spikePct.text) >= pct) bad(spikePct.node, "'spike_limit_percentage' must be smaller than 'limit_percentage'");
  }
  if (c.kind === 'processors' && c.type === 'batch') {
    const size = toNumber(v('send_batch_size')?.text);
    const max = v('send_batch_max_size');
    if (max && toNumber(max.text) > 0 && toNumber(max.text) < size) bad(max.node, "'send_batch_max_size' must be greater or equal to 'send_batch_size'");
  }
  if (c.kind === 'processors' && (c.type === 'attributes' || c.type === 'resource')) checkActions(src, c, problems);
  if (c.kind === 'processors' && c.type === 'transform') checkStatementContexts(src, c, problems);
  if (c.kind === 'exporters' && c.type === 'otlp') {
    const ep = entries(src, c.value).find((e) => e.key === 'endpoint');
    if (!ep || (scalarText(ep.value) ?? '') === '') bad(ep?.value, 'requires a non-empty "endpoint"');
  }
  if (c.kind === 'exporters' && c.type === 'otlphttp') {
    const es = entries(src, c.value).filter((e) => /^(|traces_|metrics_|logs_)endpoint$/.test(e.key) && (scalarText(e.value) ?? '') !== '');
    if (es.length === 0) bad(c.keyNode, 'at least one endpoint must be specified');
  }
}

function checkActions(src: OtelSource, c: Component, problems: Problem[]): void {
  const listKey = c.type === 'attributes' ? 'actions' : 'attributes';
  const list = entries(src, c.value).find((e) => e.key === listKey);
  const items = isSeq(list?.value) ? list.value.items.map((i) => deref(src, i)) : [];
  if (c.type === 'attributes' && items.length === 0) {
    problems.push({ rule: 'otel/invalid-value', node: list?.keyNode ?? c.keyNode, message: `processors::${c.id}: missing required field "actions"` });
  }
  if (c.type === 'resource' && items.length === 0) {
    problems.push({ rule: 'otel/invalid-value', node: list?.keyNode ?? c.keyNode, message: `processors::${c.id}: missing required field "attributes"` });
  }
  items.forEach((item, i) => {
    const at = `processors::${c.id}::${listKey}::${i}`;
    const f = (k: string) => literal(src, item, k);
    const has = (k: string) => entries(src, item).some((e) => e.key === k && !isNullNode(e.value));
    const action = f('action');
    const bad = (node: Node | null | undefined, message: string): void => void problems.push({ rule: 'otel/invalid-value', node: node ?? item, message: `${at}: ${message}` });
    if (!action) return referenced(src, item, 'action') ? undefined : bad(item, 'missing action field');
    const key = f('key')?.text ?? '';
    if (key === '' && !referenced(src, item, 'key') && !(has('pattern') && (action.text === 'delete' || action.text === 'hash'))) bad(item, 'missing required field "key"');
    if (['insert', 'update', 'upsert'].includes(action.text)) {
      const sources = ['value', 'from_attribute', 'from_context'].filter(has).length;
      if (sources !== 1) bad(action.node, `action ${action.text} needs exactly one of value, from_attribute or from_context`);
    }
    if (action.text === 'extract' && !has('pattern')) bad(action.node, 'action extract needs a pattern');
    if (action.text === 'convert' && !has('converted_type')) bad(action.node, 'action convert needs converted_type (int, double or string)');
  });
}

const STATEMENT_LISTS = ['trace_statements', 'metric_statements', 'log_statements', 'profile_statements'];

/**
 * A transform statement outside a group with `context:` has its context inferred from its paths, and
 * the collector refuses a path without a context name (`attributes` instead of `span.attributes`):
 * "missing context name for path" / "unable to infer context". Only that bare `attributes` is judged.
 */
function checkStatementContexts(src: OtelSource, c: Component, problems: Problem[]): void {
  const judge = (node: Node | null) => {
    const text = scalarText(node);
    if (text === undefined || isReference(node)) return;
    const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (!/(?<![\w.])attributes\s*[[,)]/.test(code)) return;
    problems.push({
      rule: 'otel/invalid-value',
      node,
      message: `processors::${c.id}: missing context name for path "attributes" in OTTL statement "${text}": write span.attributes, resource.attributes, log.attributes or datapoint.attributes, or put the statement in a group with context:`,
    });
  };
  for (const e of entries(src, c.value)) {
    if (!STATEMENT_LISTS.includes(e.key)) continue;
    const list = deref(src, e.value);
    const items = isSeq(list) ? list.items.map((i) => deref(src, i)) : [];
    // One list is either statements (Basic) or groups (Advanced); the collector refuses both in one.
    const mixed = items.find((i, n) => n > 0 && isMap(i) !== isMap(items[0]!));
    if (mixed) {
      problems.push({
        rule: 'otel/invalid-value',
        node: mixed,
        message: `processors::${c.id}::${e.key}: configuring multiple configuration styles is not supported: use only statements or only groups with context/statements`,
      });
    }
    for (const item of items) {
      if (!isMap(item)) {
        judge(item);
        continue;
      }
      const group = entries(src, item);
      if (group.some((g) => g.key === 'context' && !isNullNode(g.value))) continue;
      for (const g of group.filter((x) => x.key === 'statements' || x.key === 'conditions')) {
        const inner = deref(src, g.value);
        for (const i of isSeq(inner) ? inner.items.map((x) => deref(src, x)) : [inner]) judge(i);
      }
    }
  }
}
