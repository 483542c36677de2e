// Which Pod Security level and version a workload must meet: the most specific setting of
// `kubernetes.pod-security` (workload selector, then namespace, then default), raised to the
// namespace's own `pod-security.kubernetes.io/enforce` label when the Namespace is rendered,
// because the API server rejects by that label whatever the settings say.
import type { PodSecuritySettings } from '../../../settings/sections.js';
import { isLevel, parseVersion, strictness, type PodSecurityLevel, type PolicyVersion } from './levels.js';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

export interface Policy {
  level: PodSecurityLevel;
  version: PolicyVersion;
  /** Where the level comes from, for the finding's message. */
  from: string;
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * The enforce policy of each rendered Namespace that has the label. As the API server does, an
 * unreadable level means restricted and an unreadable version latest.
 */
export function namespacePolicies(resources: Iterable<{ apiVersion: string; kind: string; name: string; object: Record<string, unknown> }>): Map<string, Policy> {
  const out = new Map<string, Policy>();
  for (const r of resources) {
    if (r.kind !== 'Namespace' || r.apiVersion !== 'v1') continue;
    const labels = obj(obj(r.object.metadata)?.labels) ?? {};
    const level = labels[ENFORCE_LABEL];
    if (typeof level !== 'string') continue;
    const version = labels[ENFORCE_VERSION_LABEL];
    out.set(r.name, {
      level: isLevel(level) ? level : 'restricted',
      version: (typeof version === 'string' ? parseVersion(version) : undefined) ?? 'latest',
      from: `namespace ${r.name} label ${ENFORCE_LABEL}`,
    });
  }
  return out;
}

/** The policy a workload in `namespace` with `labels` must meet. */
export function policyFor(settings: PodSecuritySettings | undefined, namespace: string, labels: Record<string, unknown>, labelled: Map<string, Policy>): Policy {
  const version = (parseVersion(settings?.version ?? 'latest') ?? 'latest');
  let chosen: Policy = { level: settings?.default ?? 'baseline', version, from: 'kubernetes.pod-security.default' };
  const nsLevel = settings?.namespaces?.[namespace];
  if (nsLevel) chosen = { level: nsLevel, version, from: `kubernetes.pod-security.namespaces.${namespace}` };
  const index = (settings?.workloads ?? []).findIndex((w) => Object.entries(w.selector).every(([k, v]) => labels[k] === v));
  const w = settings?.workloads?.[index];
  if (w) chosen = { level: w.level, version: parseVersion(w.version ?? '') ?? version, from: `kubernetes.pod-security.workloads[${index}]` };
  const label = labelled.get(namespace);
  if (label && strictness(label.level) >= strictness(chosen.level)) return label;
  return chosen;
}
