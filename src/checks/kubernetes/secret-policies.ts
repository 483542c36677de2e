import { secretLiteral } from '../secret-values.js';
import type { BuiltResource } from './manifests.js';
import { at, BUILTIN_GROUPS, CONFINED_WORKLOADS, containersOf, group, obj, POD_SPEC, selects, WORKLOAD_LABEL, type PolicyHit } from './policies.js';

/**
 * Secret delivery and the isolation of confined workloads (`portarium.io/workload: agent` or
 * `execution-plane`, the untrusted execution): secrets written into env values and ConfigMaps,
 * Secret data committed in manifests, a service-account token mounted into a confined pod, a
 * confined pod no NetworkPolicy restricts ingress to. Messages name keys, never values.
 */
export function secretPolicies(resources: readonly BuiltResource[]): PolicyHit[] {
  const hits: PolicyHit[] = [];
  const ingressPolicies = resources.filter((r) => r.kind === 'NetworkPolicy' && group(r.apiVersion) === 'networking.k8s.io' && coversIngress(r));
  for (const r of resources) {
    if (!BUILTIN_GROUPS.has(group(r.apiVersion))) continue;
    if (r.kind === 'ConfigMap' && r.apiVersion === 'v1') hits.push(...configMapSecrets(r));
    if (r.kind === 'Secret' && r.apiVersion === 'v1') hits.push(...committedSecret(r));
    const podPath = POD_SPEC.get(r.kind);
    if (!podPath) continue;
    hits.push(...envSecrets(r, podPath));
    const templatePath = podPath.slice(0, -1);
    const podLabels = obj(r.kind === 'Pod' ? at(r.object, ['metadata', 'labels']) : at(r.object, [...templatePath, 'metadata', 'labels'])) ?? {};
    const labels = { ...(obj(at(r.object, ['metadata', 'labels'])) ?? {}), ...podLabels };
    const workload = labels[WORKLOAD_LABEL];
    if (typeof workload !== 'string' || !CONFINED_WORKLOADS.has(workload)) continue;
    const token = mountedToken(r, podPath, resources);
    if (token) hits.push(token);
    if (!ingressPolicies.some((p) => p.namespace === r.namespace && selects(obj(at(p.object, ['spec', 'podSelector'])), podLabels))) {
      const own = obj(at(r.object, ['metadata', 'labels']))?.[WORKLOAD_LABEL] !== undefined;
      hits.push({
        rule: 'kubernetes/ingress-not-denied',
        resource: r,
        pointer: own ? ['metadata', 'labels', WORKLOAD_LABEL] : [...templatePath, 'metadata', 'labels', WORKLOAD_LABEL],
        message: `${WORKLOAD_LABEL}: ${workload} workload is not selected by a NetworkPolicy that restricts Ingress in namespace ${r.namespace || '(none)'}; add a deny-by-default ingress policy`,
      });
    }
  }
  return hits;
}

/** A NetworkPolicy restricts ingress when policyTypes lists Ingress, or is absent (then Ingress is implied). */
function coversIngress(p: BuiltResource): boolean {
  const types = at(p.object, ['spec', 'policyTypes']);
  return Array.isArray(types) ? types.includes('Ingress') : true;
}

function envSecrets(r: BuiltResource, podPath: string[]): PolicyHit[] {
  const hits: PolicyHit[] = [];
  for (const { field, index: i, container } of containersOf(obj(at(r.object, podPath)))) {
    const env = container.env;
    if (!Array.isArray(env)) continue;
    const cname = typeof container.name === 'string' ? container.name : `#${i}`;
    env.forEach((e, j) => {
      const v = obj(e);
      // valueFrom (a Secret or ConfigMap reference) is how a secret should arrive.
      if (typeof v?.name !== 'string' || typeof v.value !== 'string') return;
      const why = secretLiteral(v.name, v.value);
      if (!why) return;
      hits.push({
        rule: 'kubernetes/secret-literal',
        resource: r,
        pointer: [...podPath, field, String(i), 'env', String(j), 'value'],
        message: `container ${cname} env ${v.name} ${why}; reference a Secret with valueFrom.secretKeyRef`,
      });
    });
  }
  return hits;
}

function configMapSecrets(r: BuiltResource): PolicyHit[] {
  const data = obj(r.object.data) ?? {};
  return Object.entries(data).flatMap(([key, value]) => {
    const why = typeof value === 'string' ? secretLiteral(key, value) : undefined;
    return why ? [{ rule: 'kubernetes/secret-literal' as const, resource: r, pointer: ['data', key], message: `ConfigMap key ${key} ${why}; ConfigMaps are readable by anyone who can read the namespace: keep it in a Secret` }] : [];
  });
}

/**
 * A Secret whose data is written in a file of the repository (its origin is a file, not a
 * generator reading a file kept out of it). Empty Secrets, filled in the cluster, are fine.
 */
function committedSecret(r: BuiltResource): PolicyHit[] {
  if (!r.origin?.path) return [];
  for (const field of ['data', 'stringData']) {
    const values = obj(r.object[field]);
    const keys = Object.keys(values ?? {}).filter((k) => values![k] !== '' && values![k] != null);
    if (keys.length) {
      return [{ rule: 'kubernetes/secret-committed', resource: r, pointer: [field], message: `Secret ${field} (${keys.join(', ')}) is committed in a manifest; deliver it at deploy time (an external secret store, sealed-secrets, or a secretGenerator reading a file kept out of the repository)` }];
    }
  }
  return [];
}

/**
 * The API server mounts a token unless the pod says false, or says nothing and its ServiceAccount
 * (in the same output) says false.
 */
function mountedToken(r: BuiltResource, podPath: string[], resources: readonly BuiltResource[]): PolicyHit | undefined {
  const spec = obj(at(r.object, podPath)) ?? {};
  const own = spec.automountServiceAccountToken;
  if (own === false) return undefined;
  const saName = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName ? spec.serviceAccountName : 'default';
  if (own === undefined) {
    const sa = resources.find((x) => x.kind === 'ServiceAccount' && x.apiVersion === 'v1' && x.name === saName && x.namespace === r.namespace);
    if (sa?.object.automountServiceAccountToken === false) return undefined;
  }
  return {
    rule: 'kubernetes/service-account-token',
    resource: r,
    pointer: own === undefined ? podPath : [...podPath, 'automountServiceAccountToken'],
    message: `${own === true ? 'automountServiceAccountToken is true' : `the pod mounts the token of ServiceAccount ${saName}`}: a confined workload must not hold API credentials; set automountServiceAccountToken: false`,
    ...(own === undefined ? { missing: true } : {}),
  };
}
