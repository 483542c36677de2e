// Kubernetes objects as the deploy engine handles them: identity, pod specs, workload kinds.

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    generation?: number;
    resourceVersion?: string;
    deletionTimestamp?: string;
    [k: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [k: string]: unknown;
}

export interface ObjectRef {
  group: string;
  version: string;
  kind: string;
  namespace?: string;
  name: string;
}

export function groupVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function refOf(o: K8sObject): ObjectRef {
  const { group, version } = groupVersion(o.apiVersion);
  return { group, version, kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) };
}

/** Identity independent of the API version: `apps/Deployment/ns/name`. */
export function keyOf(r: ObjectRef | K8sObject): string {
  const ref = 'apiVersion' in r ? refOf(r) : r;
  return `${ref.group}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/** How a person (and kubectl) names it: `deployment.apps/web`, `configmap/settings`. */
export function displayName(r: ObjectRef | K8sObject): string {
  const ref = 'apiVersion' in r ? refOf(r) : r;
  const kind = ref.kind.toLowerCase() + (ref.group ? `.${ref.group}` : '');
  return `${kind}/${ref.name}`;
}

/** `ns/deployment.apps/web` or `namespace/prod` for cluster-scoped objects. */
export function qualifiedName(r: ObjectRef | K8sObject): string {
  const ref = 'apiVersion' in r ? refOf(r) : r;
  return ref.namespace ? `${ref.namespace}/${displayName(ref)}` : displayName(ref);
}

/** Kinds the rollout wait understands. */
export const WORKLOAD_KINDS = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job']);

export function isWorkload(o: K8sObject): boolean {
  return WORKLOAD_KINDS.has(`${groupVersion(o.apiVersion).group}/${o.kind}`);
}

export interface Container {
  name: string;
  image?: string;
  [k: string]: unknown;
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface PodSpecLocation {
  /** The pod spec object inside the manifest (mutable). */
  podSpec: Record<string, unknown>;
  /** The pod template's metadata, when the object has a template. */
  templateMetadata?: Record<string, unknown>;
}

/** The pod spec of a Pod, a workload with a template, or a CronJob's job template. */
export function podSpecOf(o: K8sObject): PodSpecLocation | undefined {
  const spec = o.spec;
  if (!spec || typeof spec !== 'object') return undefined;
  if (o.kind === 'Pod') return { podSpec: spec };
  const tmplHolder = o.kind === 'CronJob' ? asRecord(asRecord(spec['jobTemplate'])?.['spec']) : spec;
  const template = asRecord(tmplHolder?.['template']);
  const podSpec = asRecord(template?.['spec']);
  if (!podSpec) return undefined;
  const md = asRecord(template?.['metadata']);
  return { podSpec, ...(md ? { templateMetadata: md } : {}) };
}

export function containersOf(podSpec: Record<string, unknown>): Array<{ list: ContainerList; container: Container }> {
  const out: Array<{ list: ContainerList; container: Container }> = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const arr = podSpec[list];
    if (!Array.isArray(arr)) continue;
    for (const c of arr) if (c && typeof c === 'object' && typeof (c as Container).name === 'string') out.push({ list, container: c as Container });
  }
  return out;
}

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A label selector (`spec.selector`) as a `-l` string; undefined when it selects nothing expressible. */
export function selectorString(selector: unknown): string | undefined {
  const sel = asRecord(selector);
  if (!sel) return undefined;
  const parts: string[] = [];
  const ml = asRecord(sel['matchLabels']) ?? {};
  for (const [k, v] of Object.entries(ml)) parts.push(`${k}=${String(v)}`);
  const exprs = Array.isArray(sel['matchExpressions']) ? (sel['matchExpressions'] as unknown[]) : [];
  for (const e of exprs) {
    const ex = asRecord(e);
    if (!ex) continue;
    const key = String(ex['key']);
    const values = Array.isArray(ex['values']) ? (ex['values'] as unknown[]).map(String) : [];
    switch (ex['operator']) {
      case 'In':
        parts.push(`${key} in (${values.join(',')})`);
        break;
      case 'NotIn':
        parts.push(`${key} notin (${values.join(',')})`);
        break;
      case 'Exists':
        parts.push(key);
        break;
      case 'DoesNotExist':
        parts.push(`!${key}`);
        break;
      default:
        return undefined;
    }
  }
  return parts.length ? parts.join(',') : undefined;
}
