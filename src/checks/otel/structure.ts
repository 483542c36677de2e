// What the collector's `validate` refuses about how components and pipelines fit together.
import { COMPONENT_TYPES, KINDS, SINGULAR, type Kind, type Signal } from './components.js';
import type { OtelConfig, Pipeline, Ref } from './model.js';
import type { Problem } from './problems.js';

export function checkStructure(config: OtelConfig, problems: Problem[]): void {
  for (const kind of KINDS) {
    for (const c of config.components[kind].values()) {
      if (!COMPONENT_TYPES[kind][c.type]) {
        const known = Object.keys(COMPONENT_TYPES[kind]).sort().join(' ');
        problems.push({ rule: 'otel/unknown-component-type', node: c.keyNode, message: `${kind}: unknown type: "${c.type}" for id: "${c.id}" (valid values: [${known}])` });
      }
    }
  }
  const used = new Set<string>();
  for (const p of config.pipelines) checkPipeline(config, p, problems, used);
  checkConnectors(config, problems);
  for (const e of config.extensions) {
    used.add(`extensions\0${e.id}`);
    if (!config.components.extensions.has(e.id)) problems.push({ rule: 'otel/undefined-component', node: e.node, message: `service::extensions: references extension "${e.id}" which is not configured` });
  }
  for (const kind of KINDS) {
    for (const c of config.components[kind].values()) {
      if (used.has(`${kind}\0${c.id}`)) continue;
      const where = kind === 'extensions' ? 'service.extensions' : 'any pipeline';
      problems.push({ rule: 'otel/unused-component', node: c.keyNode, message: `${SINGULAR[kind]} "${c.id}" is configured but not used in ${where}: the collector ignores it` });
    }
  }
}

function checkPipeline(config: OtelConfig, p: Pipeline, problems: Problem[], used: Set<string>): void {
  const at = `service::pipelines::${p.id}`;
  if (p.receivers.length === 0) problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `${at}: must have at least one receiver` });
  if (p.exporters.length === 0) problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `${at}: must have at least one exporter` });
  const roles: Array<[Ref[], 'receiver' | 'processor' | 'exporter', Kind[]]> = [
    [p.receivers, 'receiver', ['receivers', 'connectors']],
    [p.processors, 'processor', ['processors']],
    [p.exporters, 'exporter', ['exporters', 'connectors']],
  ];
  for (const [refs, role, kinds] of roles) {
    const seen = new Set<string>();
    for (const r of refs) {
      // The collector joins a receiver or exporter listed twice into one graph node; a processor twice is an error.
      if (seen.has(r.id) && role === 'processor') problems.push({ rule: 'otel/invalid-pipeline', node: r.node, message: `${at}: references ${role} "${r.id}" multiple times` });
      seen.add(r.id);
      const kind = kinds.find((k) => config.components[k].has(r.id));
      if (!kind) {
        problems.push({ rule: 'otel/undefined-component', node: r.node, message: `${at}: references ${role} "${r.id}" which is not configured` });
        continue;
      }
      used.add(`${kind}\0${r.id}`);
      const c = config.components[kind].get(r.id)!;
      const type = COMPONENT_TYPES[kind][c.type];
      if (!type || kind === 'connectors') continue;
      if (!type.signals.includes(p.signal)) {
        problems.push({ rule: 'otel/unsupported-signal', node: r.node, message: `${at}: ${role} "${r.id}" does not support ${p.signal} (it supports ${type.signals.join(', ') || 'no signal'})` });
      }
    }
  }
}

/** A connector must export from some pipeline and receive into another, of signals it can join. */
function checkConnectors(config: OtelConfig, problems: Problem[]): void {
  for (const c of config.components.connectors.values()) {
    const type = COMPONENT_TYPES.connectors[c.type];
    const asExporter = config.pipelines.filter((p) => p.exporters.some((r) => r.id === c.id));
    const asReceiver = config.pipelines.filter((p) => p.receivers.some((r) => r.id === c.id));
    if (asExporter.length === 0 && asReceiver.length === 0) continue;
    if (asExporter.length === 0 || asReceiver.length === 0) {
      const missing = asExporter.length === 0 ? 'exporter' : 'receiver';
      const node = (asExporter[0] ?? asReceiver[0])!.keyNode;
      problems.push({ rule: 'otel/connector-unpaired', node, message: `connectors::${c.id}: must be used as both receiver and exporter but is not used as ${missing}` });
      continue;
    }
    if (!type?.connects) continue;
    const produces = (from: Signal) => type.connects![from] ?? [];
    for (const p of asExporter) {
      if (!asReceiver.some((q) => produces(p.signal).includes(q.signal))) {
        const ref = p.exporters.find((r) => r.id === c.id)!;
        problems.push({ rule: 'otel/unsupported-signal', node: ref.node, message: `service::pipelines::${p.id}: connector "${c.id}" used as exporter in ${p.signal} pipeline but not used in any supported receiver pipeline` });
      }
    }
    for (const q of asReceiver) {
      if (!asExporter.some((p) => produces(p.signal).includes(q.signal))) {
        const ref = q.receivers.find((r) => r.id === c.id)!;
        problems.push({ rule: 'otel/unsupported-signal', node: ref.node, message: `service::pipelines::${q.id}: connector "${c.id}" used as receiver in ${q.signal} pipeline but not used in any supported exporter pipeline` });
      }
    }
  }
}
