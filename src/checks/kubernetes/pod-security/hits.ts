// Pod Security Standards findings for one overlay's rendered resources: each workload judged at
// the level its settings (or its namespace's enforce label) ask for, one finding per failed check.
import type { PodSecuritySettings } from '../../../settings/sections.js';
import type { BuiltResource } from '../manifests.js';
import type { PolicyHit } from '../policies.js';
import { evaluatePod } from './evaluate.js';
import { policyName } from './levels.js';
import { podTemplateOf } from './pod-templates.js';
import { namespacePolicies, policyFor } from './resolve.js';

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export function podSecurityHits(resources: BuiltResource[], settings: PodSecuritySettings | undefined): PolicyHit[] {
  const hits: PolicyHit[] = [];
  const labelled = namespacePolicies(resources);
  for (const r of resources) {
    const template = podTemplateOf(r.apiVersion, r.kind, r.object);
    if (!template) continue;
    // A workload is selected by its own labels and its pods' (as the egress rule selects it).
    const labels = { ...(obj(obj(r.object.metadata)?.labels) ?? {}), ...(obj(template.view.metadata.labels) ?? {}) };
    const policy = policyFor(settings, r.namespace, labels, labelled);
    for (const f of evaluatePod(policy.level, policy.version, template.view)) {
      hits.push({
        rule: f.level === 'restricted' ? 'kubernetes/pod-security-restricted' : 'kubernetes/pod-security-baseline',
        resource: r,
        pointer: [...template.prefix, ...(f.at[0] ?? ['spec'])],
        message: `violates PodSecurity "${policyName(policy.level, policy.version)}" (${policy.from}): ${f.id}: ${f.detail ? `${f.reason} (${f.detail})` : f.reason}`,
        ...(f.missing ? { missing: true } : {}),
      });
    }
  }
  return hits;
}
