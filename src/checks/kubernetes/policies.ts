import { splitReference } from '../images/reference.js';
import type { BuiltResource } from './manifests.js';
import type { RuleId } from './rules.js';

/** A policy violation on a built resource, before it is mapped to a file and line. */
export interface PolicyHit {
  rule: RuleId;
  resource: BuiltResource;
  /** Instance path of the field to change. */
  pointer: string[];
  /** What is wrong, without the resource's kind and name. */
  message: string;
  /** The field is absent: blame the resource's source rather than a patch. */
  missing?: boolean;
}

export const POD_SPEC = new Map<string, string[]>(Object.entries({
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
}));

/** Built-in API groups; kinds in them are namespaced unless listed in CLUSTER_SCOPED. */
export const BUILTIN_GROUPS = new Set([
  '', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io',
  'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'scheduling.k8s.io', 'node.k8s.io', 'admissionregistration.k8s.io',
  'apiextensions.k8s.io', 'apiregistration.k8s.io', 'certificates.k8s.io', 'flowcontrol.apiserver.k8s.io', 'resource.k8s.io',
  'storagemigration.k8s.io', 'internal.apiserver.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io',
]);

const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass', 'PriorityClass', 'RuntimeClass', 'IngressClass',
  'IPAddress', 'ServiceCIDR', 'APIService', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
  'CertificateSigningRequest', 'ClusterTrustBundle', 'FlowSchema', 'PriorityLevelConfiguration', 'DeviceClass', 'ResourceSlice',
  'DeviceTaintRule', 'StorageVersion', 'StorageVersionMigration', 'PodSecurityPolicy', 'SelfSubjectReview', 'SelfSubjectAccessReview',
  'SelfSubjectRulesReview', 'SubjectAccessReview', 'TokenReview',
]);

export const WORKLOAD_LABEL = 'portarium.io/workload';
export const CONFINED_WORKLOADS = new Set(['agent', 'execution-plane']);

export function group(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

export function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function at(o: unknown, segs: string[]): unknown {
  let cur = o;
  for (const s of segs) cur = obj(cur)?.[s];
  return cur;
}

/** Scope of kinds defined by CustomResourceDefinitions (group/kind -> namespaced?). */
export type CrdScopes = Map<string, boolean>;

export function crdScopes(resources: Iterable<Record<string, unknown>>): CrdScopes {
  const m: CrdScopes = new Map();
  for (const o of resources) {
    if (o.kind !== 'CustomResourceDefinition') continue;
    const spec = obj(o.spec);
    const kind = obj(spec?.names)?.kind;
    if (typeof spec?.group === 'string' && typeof kind === 'string') m.set(`${spec.group}/${kind}`, spec.scope !== 'Cluster');
  }
  return m;
}

export function selects(selector: Record<string, unknown> | undefined, labels: Record<string, unknown>): boolean {
  if (!selector) return true;
  const ml = obj(selector.matchLabels) ?? {};
  for (const [k, v] of Object.entries(ml)) if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    const x = obj(e);
    if (!x) continue;
    const key = String(x.key);
    const values = Array.isArray(x.values) ? x.values.map(String) : [];
    const has = Object.hasOwn(labels, key);
    switch (x.operator) {
      case 'In':
        if (!has || !values.includes(String(labels[key]))) return false;
        break;
      case 'NotIn':
        if (has && values.includes(String(labels[key]))) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Each container of a pod spec, with the list it is in and its index there. */
export function containersOf(spec: Record<string, unknown> | undefined): Array<{ field: string; index: number; container: Record<string, unknown> }> {
  const out: Array<{ field: string; index: number; container: Record<string, unknown> }> = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec?.[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, index) => {
      const container = obj(c);
      if (container) out.push({ field, index, container });
    });
  }
  return out;
}

/** The policy rules over one overlay's built resources. */
export function runPolicies(resources: BuiltResource[], scopes: CrdScopes): PolicyHit[] {
  const hits: PolicyHit[] = [];
  const egressPolicies = resources.filter((r) => {
    if (r.kind !== 'NetworkPolicy' || group(r.apiVersion) !== 'networking.k8s.io') return false;
    const types = at(r.object, ['spec', 'policyTypes']);
    return Array.isArray(types) && types.includes('Egress');
  });

  for (const r of resources) {
    const podPath = POD_SPEC.get(r.kind);
    if (podPath && BUILTIN_GROUPS.has(group(r.apiVersion))) {
      for (const { field, index: i, container } of containersOf(obj(at(r.object, podPath)))) {
        const cname = typeof container.name === 'string' ? container.name : `#${i}`;
          const image = container.image;
          if (typeof image === 'string') {
            const ref = splitReference(image);
            if (!ref.digest && (ref.tag === undefined || ref.tag === 'latest')) {
              hits.push({
                rule: 'kubernetes/image-not-pinned',
                resource: r,
                pointer: [...podPath, field, String(i), 'image'],
                message: `container ${cname} image ${image} is not pinned (${ref.tag === 'latest' ? 'tag latest' : 'no tag'}); use a version tag or a digest`,
              });
            }
          }
          if (field === 'ephemeralContainers') continue;
          const res = obj(container.resources);
          const missing = ['requests', 'limits'].filter((k) => !obj(res?.[k]) || Object.keys(obj(res?.[k])!).length === 0);
          if (missing.length > 0) {
            hits.push({
              rule: 'kubernetes/missing-resources',
              resource: r,
              pointer: res ? [...podPath, field, String(i), 'resources'] : [...podPath, field, String(i), 'name'],
              message: `container ${cname} has no ${missing.map((m) => `resources.${m}`).join(' or ')}`,
              missing: true,
            });
          }
      }
    }

    const g = group(r.apiVersion);
    const namespaced = BUILTIN_GROUPS.has(g) ? !CLUSTER_SCOPED.has(r.kind) : scopes.get(`${g}/${r.kind}`);
    if (namespaced === true && r.namespace === '') {
      hits.push({
        rule: 'kubernetes/missing-namespace',
        resource: r,
        pointer: ['metadata'],
        message: `namespaced ${r.kind} has no namespace after the build; set metadata.namespace or the kustomization's namespace`,
        missing: true,
      });
    }

    if (podPath) {
      const labels = { ...(obj(at(r.object, ['metadata', 'labels'])) ?? {}), ...(obj(at(r.object, [...podPath.slice(0, -1), 'metadata', 'labels'])) ?? {}) };
      const workload = labels[WORKLOAD_LABEL];
      if (typeof workload === 'string' && CONFINED_WORKLOADS.has(workload)) {
        const podLabels = obj(r.kind === 'Pod' ? at(r.object, ['metadata', 'labels']) : at(r.object, [...podPath.slice(0, -1), 'metadata', 'labels'])) ?? {};
        const covered = egressPolicies.some(
          (p) => p.namespace === r.namespace && selects(obj(at(p.object, ['spec', 'podSelector'])), podLabels),
        );
        if (!covered) {
          const own = obj(at(r.object, ['metadata', 'labels']))?.[WORKLOAD_LABEL] !== undefined;
          hits.push({
            rule: 'kubernetes/egress-not-denied',
            resource: r,
            pointer: own ? ['metadata', 'labels', WORKLOAD_LABEL] : [...podPath.slice(0, -1), 'metadata', 'labels', WORKLOAD_LABEL],
            message: `${WORKLOAD_LABEL}: ${workload} workload is not selected by a NetworkPolicy with policyTypes [Egress] in namespace ${r.namespace || '(none)'}; add a deny-by-default egress policy`,
          });
        }
      }
    }
  }
  return hits;
}
