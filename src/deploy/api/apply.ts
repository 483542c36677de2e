// Server-side apply from this process, with kubectl's ApplySet pruning reproduced step for step
// (kubectl pkg/cmd/apply/applyset.go and applyset_pruner.go), so that a release deployed through
// kubectl and then in-process (or the other way round) prunes the same objects:
//   1. read the parent Secret; refuse one another tool manages or whose id label is wrong;
//      its contains-group-kinds and additional-namespaces (plus its own namespace) are what may be pruned;
//   2. apply the parent with the superset of old and new group-kinds (field manager kubectl-applyset);
//   3. apply every object with applyset.kubernetes.io/part-of=<id> (errors collected, as kubectl does);
//   4. only when all succeeded: list each old group-kind in each old namespace by the part-of label and
//      delete what was not applied (by UID), then apply the parent with exactly the new group-kinds.
// The parent's tooling annotation says kubectl: kubectl refuses a parent of any other tooling, and
// this client writes what kubectl would.
import { FIELD_MANAGER } from '../annotate.js';
import { ADDITIONAL_NAMESPACES_ANNOTATION, applysetId, applysetParentName, GROUP_KINDS_ANNOTATION, ID_LABEL, PART_OF_LABEL } from '../applyset.js';
import type { ApplyManifestsOptions } from '../client.js';
import type { K8sObject } from '../objects.js';
import { KubectlError } from '../../tools/kubectl.js';
import { groupKindString, objectPath, collectionPath, type Mapping } from './discovery.js';
import type { ApiCalls } from './client.js';

export const TOOLING_ANNOTATION = 'applyset.kubernetes.io/tooling';
/** What kubectl v1.33 writes; only the part before the last `/` is compared by kubectl. */
export const TOOLING = 'kubectl/v1.33.0';
const APPLYSET_MANAGER = 'kubectl-applyset';
const APPLY_CONCURRENCY = 8;

export interface ApplyResult {
  pruned: string[];
  /** What the server returned for each applied object (the merged object; dry-run: what it would be). */
  applied: Array<{ object: K8sObject; result: K8sObject }>;
}

/** Runs fn over items, at most n at a time, in order of start. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/**
 * Kinds whose existence changes how the server admits what follows (a namespace, a CRD and its
 * custom resources, a pod's ServiceAccount, quotas and limits, priority classes, admission
 * webhooks and policies, aggregated APIs). kubectl applies one object after another in input order;
 * here these kinds keep their place as barriers, and the objects between two barriers (ConfigMaps,
 * Services, workloads…, which the server admits in any order) go side by side.
 */
const BARRIER_KINDS = new Set([
  'Namespace', 'CustomResourceDefinition', 'ServiceAccount', 'LimitRange', 'ResourceQuota', 'PriorityClass', 'RuntimeClass', 'StorageClass',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'APIService',
]);

/** Built-in groups: any other group is a custom resource, which waits for what came before it. */
const BUILTIN_GROUP = /^$|\.k8s\.io$|^(apps|batch|autoscaling|policy|extensions)$/;

function batches(objects: readonly K8sObject[]): K8sObject[][] {
  const out: K8sObject[][] = [];
  let last = '';
  for (const o of objects) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
    const barrier = BARRIER_KINDS.has(o.kind) || !BUILTIN_GROUP.test(group);
    const k = barrier ? `${o.apiVersion}|${o.kind}` : 'free';
    if (k !== last || !out.length) out.push([]);
    out[out.length - 1]!.push(o);
    last = k;
  }
  return out;
}

function ssaQuery(o: { force: boolean; dryRun?: boolean | undefined; manager: string }): Record<string, string | undefined> {
  return { fieldManager: o.manager, force: String(o.force), fieldValidation: 'Strict', dryRun: o.dryRun ? 'All' : undefined };
}

function withLabel(o: K8sObject, key: string, value: string): K8sObject {
  if (o.metadata.labels && key in o.metadata.labels) {
    throw new KubectlError(`ApplySet label "${key}" already set in input data`, 'invalid', 1, `error: ApplySet label "${key}" already set in input data`);
  }
  return { ...o, metadata: { ...o.metadata, labels: { ...(o.metadata.labels ?? {}), [key]: value } } };
}

function conflictRewording(e: unknown): unknown {
  // kubectl's own sentence after an apply conflict; clusterFinding cuts it, as it does kubectl's.
  if (e instanceof KubectlError && e.kind === 'conflict') {
    const stderr = `error: ${e.stderr.replace(/^Error from server \(Conflict\): /, '')}\nPlease review the fields above--they currently have other managers.`;
    return new KubectlError(e.message, e.kind, e.code, stderr);
  }
  return e;
}

export async function applyObjects(api: ApiCalls, objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyResult> {
  const isNs = (x: K8sObject) => o.prune && x.kind === 'Namespace' && x.apiVersion === 'v1';
  const namespaces = objects.filter(isNs);
  let rest = objects.filter((x) => !isNs(x));
  const applied: ApplyResult['applied'] = [];
  const errors: KubectlError[] = [];
  const visited = new Set<string>();

  await api.discovery.warm(objects.map((x) => x.apiVersion));
  const applyOne = async (x: K8sObject): Promise<void> => {
    const m = await api.discovery.mapping(x.apiVersion, x.kind);
    if (!m) {
      const ns = x.metadata.namespace ?? '';
      const text = `error: resource mapping not found for name: "${x.metadata.name}" namespace: "${ns}" from "STDIN": no matches for kind "${x.kind}" in version "${x.apiVersion}"\nensure CRDs are installed first`;
      errors.push(new KubectlError(text, 'not-found', 1, text));
      return;
    }
    try {
      const result = await api.json<K8sObject>('PATCH', objectPath(m, x.metadata.namespace ?? 'default', x.metadata.name), {
        query: ssaQuery({ force: !!o.forceConflicts, dryRun: o.dryRun, manager: FIELD_MANAGER }),
        body: x,
        contentType: 'application/apply-patch+yaml',
      });
      if (result.metadata?.uid) visited.add(String(result.metadata.uid));
      applied.push({ object: x, result });
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      errors.push(conflictRewording(e) as KubectlError);
    }
  };
  // A dry run persists nothing, so its order cannot matter: everything goes side by side.
  const applyAll = async (list: readonly K8sObject[]) => {
    for (const batch of o.dryRun ? [list] : batches(list)) await pool(batch, APPLY_CONCURRENCY, applyOne);
  };
  const fail = () => {
    if (!errors.length) return;
    const stderr = errors.map((e) => e.stderr).join('\n');
    const first = errors[0]!;
    throw new KubectlError(errors.length === 1 ? first.message : `${errors.length} objects failed to apply: ${stderr}`, first.kind, 1, stderr);
  };

  if (namespaces.length) {
    await applyAll(namespaces);
    fail();
  }
  // Nothing left to apply: an ApplySet apply of no objects would prune every member, so stop here.
  if (!rest.length) return { pruned: [], applied };
  if (!o.prune) {
    await applyAll(rest);
    fail();
    return { pruned: [], applied };
  }

  const parentName = applysetParentName(o.release);
  const id = applysetId(parentName, o.namespace);
  rest = rest.map((x) => withLabel(x, PART_OF_LABEL, id));
  const secrets: Mapping = { group: '', version: 'v1', kind: 'Secret', resource: 'secrets', namespaced: true };
  const parentPath = objectPath(secrets, o.namespace, parentName);
  const parentRef = `secrets./${parentName}`;

  const parentPatch = (kinds: Iterable<string>, nss: Iterable<string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: parentName,
      namespace: o.namespace,
      annotations: {
        [TOOLING_ANNOTATION]: TOOLING,
        [GROUP_KINDS_ANNOTATION]: [...new Set(kinds)].sort().join(','),
        [ADDITIONAL_NAMESPACES_ANNOTATION]: [...new Set(nss)].filter((n) => n !== o.namespace).sort().join(','),
      },
      labels: { [ID_LABEL]: id },
    },
  });
  const updateParent = async (body: unknown, step: string) => {
    const send = (force: boolean) => api.json('PATCH', parentPath, { query: ssaQuery({ force, dryRun: o.dryRun, manager: APPLYSET_MANAGER }), body, contentType: 'application/apply-patch+yaml' });
    try {
      await send(false);
    } catch (e) {
      if (!(e instanceof KubectlError) || !/\(Conflict\)/.test(e.stderr)) throw wrap(e, step);
      try {
        await send(true);
      } catch (e2) {
        throw wrap(e2, step);
      }
    }
  };

  const current = { kinds: new Map<string, Mapping>(), namespaces: new Set<string>() };
  const updated = { kinds: new Set<string>(), namespaces: new Set<string>() };
  /** Steps 1 and 2: read and check the parent, then apply it with the superset of group-kinds. */
  const parentStep = async (): Promise<void> => {
    const parent = await api.getOptional<K8sObject>(parentPath);
    if (parent) {
      const annotations = parent.metadata.annotations ?? {};
      const labels = parent.metadata.labels ?? {};
      const refuse = (why: string) => {
        const text = `error: ApplySet parent object "${parentRef}" ${why}`;
        return new KubectlError(text, 'invalid', 1, text);
      };
      const tooling = annotations[TOOLING_ANNOTATION];
      if (tooling === undefined) throw refuse(`already exists and is missing required annotation "${TOOLING_ANNOTATION}"`);
      const parts = tooling.split('/');
      const managedBy = parts.length >= 2 ? parts.slice(0, -1).join('/') : tooling;
      if (managedBy !== 'kubectl') throw refuse(`already exists and is managed by tooling "${managedBy}" instead of "kubectl"`);
      if (labels[ID_LABEL] === undefined) throw refuse(`exists and does not have required label ${ID_LABEL}`);
      if (labels[ID_LABEL] !== id) throw refuse(`exists and has incorrect value for label "${ID_LABEL}" (got: ${labels[ID_LABEL]}, want: ${id})`);
      const gks = annotations[GROUP_KINDS_ANNOTATION];
      if (gks === undefined) throw refuse(`lacks the "${GROUP_KINDS_ANNOTATION}" annotation kubectl requires`);
      for (const gk of gks ? gks.split(',') : []) {
        const m = await api.discovery.groupKind(gk);
        if (!m) {
          const text = `error: parsing ApplySet annotation on "${parentRef}": could not find mapping for kind in "${GROUP_KINDS_ANNOTATION}" annotation: no matches for kind "${gk}"`;
          throw new KubectlError(text, 'not-found', 1, text);
        }
        current.kinds.set(gk, m);
      }
      const extra = annotations[ADDITIONAL_NAMESPACES_ANNOTATION];
      for (const ns of extra ? extra.split(',') : []) current.namespaces.add(ns);
      current.namespaces.add(o.namespace);
    }
    // The group-kinds and namespaces of this apply (objects whose kind the server does not serve
    // are left out, as kubectl leaves out what it cannot map).
    for (const x of rest) {
      const m = await api.discovery.mapping(x.apiVersion, x.kind);
      if (!m) continue;
      updated.kinds.add(groupKindString(m));
      if (m.namespaced && x.metadata.namespace) updated.namespaces.add(x.metadata.namespace);
    }
    // The superset first: a run that dies half-way still knows every kind it may have labelled.
    await updateParent(parentPatch([...current.kinds.keys(), ...updated.kinds], [...current.namespaces, ...updated.namespaces]), 'failed to update ApplySet');
  };

  // 3. The members: after the parent (kubectl's order); in a dry run, which persists nothing,
  // alongside it. A parent that may not be used is reported first, as kubectl reports it.
  if (o.dryRun) {
    const [p] = await Promise.allSettled([parentStep(), applyAll(rest)]);
    if (p.status === 'rejected') throw p.reason;
  } else {
    await parentStep();
    await applyAll(rest);
  }
  fail();

  // 4. Prune what carries the label and was not applied now, then narrow the parent.
  const selector = `${PART_OF_LABEL}=${id}`;
  const tasks: Array<{ m: Mapping; ns?: string }> = [];
  for (const m of current.kinds.values()) {
    if (m.namespaced) for (const ns of current.namespaces) tasks.push({ m, ns });
    else tasks.push({ m });
  }
  const found = await Promise.all(
    tasks.map(async (t) => {
      const list = await api.json<{ items?: K8sObject[] }>('GET', collectionPath(t.m, t.ns), { query: { labelSelector: selector } });
      return (list.items ?? []).filter((i) => !visited.has(String(i.metadata.uid ?? ''))).map((i) => ({ m: t.m, ns: t.ns, name: i.metadata.name }));
    }),
  );
  const doomed = found.flat();
  const pruned: string[] = [];
  const narrow = () => updateParent(parentPatch(updated.kinds, updated.namespaces), 'apply and prune succeeded, but ApplySet update failed');
  // A dry run narrows the parent alongside the (dry) deletes; a real one only after them.
  const narrowed = o.dryRun ? narrow() : undefined;
  narrowed?.catch(() => undefined);
  await pool(doomed, APPLY_CONCURRENCY, async (d) => {
    try {
      // With a body the server reads DeleteOptions from it and ignores the query: dryRun goes in the body.
      await api.json('DELETE', objectPath(d.m, d.ns, d.name), { body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background', ...(o.dryRun ? { dryRun: ['All'] } : {}) } });
    } catch (e) {
      // Gone already: what pruning wanted.
      if (!(e instanceof KubectlError && e.kind === 'not-found')) throw wrap(e, `pruning ${groupKindString(d.m)} ${d.ns ? `${d.ns}/` : ''}${d.name}`);
    }
  });
  for (const d of doomed) pruned.push(`${d.m.kind.toLowerCase()}${d.m.group ? `.${d.m.group}` : ''}/${d.name}`);
  await (narrowed ?? narrow());
  return { pruned, applied };
}

function wrap(e: unknown, step: string): unknown {
  if (!(e instanceof KubectlError)) return e;
  const stderr = `error: ${step}: ${e.stderr.replace(/^error: /, '')}`;
  return new KubectlError(`${step}: ${e.message}`, e.kind, e.code, stderr);
}
