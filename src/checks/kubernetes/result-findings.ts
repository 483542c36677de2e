import type { Severity } from '../../report/finding.js';
import { subjectOf, type At, type FindingSink } from './findings.js';
import type { BuiltResource } from './manifests.js';
import type { RuleId } from './rules.js';
import { locate, parsePointer, type MapContext } from './source-map.js';
import type { ValidationResult } from './validator.js';

function errorRule(msg: string): RuleId {
  if (msg.startsWith('could not find schema for')) return 'kubernetes/missing-schema';
  if (msg.startsWith('prohibited resource kind')) return 'kubernetes/rejected-kind';
  if (msg.startsWith('error unmarshalling') || msg.startsWith('error while parsing')) return 'kubernetes/invalid-manifest';
  return 'kubernetes/schema-unavailable';
}

/** Findings of one resource's validation result, each at the line of the user's files that made it; returns the errors. */
export function resultFindings(
  sink: FindingSink,
  ctx: MapContext,
  where: { overlay: string; version: string },
  r: ValidationResult,
  res: BuiltResource,
  locations: string[],
): number {
  let errors = 0;
  const count = (s: Severity | undefined) => {
    if (s === 'error') errors++;
  };
  const subject = subjectOf(res);
  const opts = { overlay: where.overlay, version: where.version, resource: res };
  if (r.status === 'invalid') {
    for (const v of r.validationErrors ?? []) {
      const segs = parsePointer(v.path);
      const extra = /^additional properties (.+) not allowed$/.exec(v.msg);
      if (extra) {
        for (const name of extra[1]!.split(', ').map((q) => q.replace(/^'|'$/g, ''))) {
          const at = locate(ctx, res, [...segs, name], { key: true });
          count(sink.add('kubernetes/schema', at, subject, `${[...segs, name].join('.')}: unknown field ${name}`, { ...opts, same: `unknown ${name}` }));
        }
        continue;
      }
      const missing = v.msg.startsWith('missing propert');
      const at = locate(ctx, res, segs, { missing });
      count(sink.add('kubernetes/schema', at, subject, `${segs.length ? segs.join('.') : '(root)'}: ${v.msg}`, { ...opts, same: `${segs[segs.length - 1] ?? ''}: ${v.msg}` }));
    }
    if ((r.validationErrors ?? []).length === 0) count(sink.add('kubernetes/schema', locate(ctx, res, ['kind'], { key: true }), subject, r.msg, opts));
  } else if (r.status === 'error') {
    const rule = errorRule(r.msg);
    const detail = rule === 'kubernetes/missing-schema' ? `no schema for ${res.apiVersion} ${res.kind} in ${locations.join(', ')}; the resource was not validated` : r.msg;
    count(sink.add(rule, yamlErrorAt(res, r.msg) ?? locate(ctx, res, ['kind'], { key: true }), subject, detail, opts));
  }
  return errors;
}

/** A plain manifest's YAML error (`… line 6: key "a" already set in map`) at that line of its file. */
function yamlErrorAt(res: BuiltResource, msg: string): At | undefined {
  const m = /\bline (\d+):/.exec(msg);
  if (!m || res.textLine === undefined || !res.origin?.path) return undefined;
  return { file: res.origin.path, line: res.textLine + Number(m[1]) - 1, column: 1 };
}
