// Cluster operations shared by plan, apply and rollback: connect, read live objects, apply.
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../report/finding.js';
import { KubectlError, KubectlRunner, type KubectlOptions } from '../tools/kubectl.js';
import { FIELD_MANAGER } from './annotate.js';
import { applysetFlag } from './applyset.js';
import { groupVersion, keyOf, type K8sObject } from './objects.js';
import { finding } from './rules.js';

export interface Connection {
  kubectl: KubectlRunner;
  server: string;
  serverVersion?: string | undefined;
}

/** Builds the runner (reads only the server address from the kubeconfig). */
export function connect(o: KubectlOptions): Connection {
  const kubectl = new KubectlRunner(o);
  return { kubectl, server: kubectl.server };
}

/** One cheap authenticated request: reachability and credentials are known before anything else. */
export async function preflight(c: Connection): Promise<string | undefined> {
  const r = await c.kubectl.must(['get', '--raw', '/version']);
  try {
    c.serverVersion = (JSON.parse(r.stdout) as { gitVersion?: string }).gitVersion;
  } catch {
    c.serverVersion = undefined;
  }
  return c.serverVersion;
}

/** A failed kubectl call as a finding a person can act on. */
export function clusterFinding(e: unknown, server: string, file: string, doing: string): Finding {
  if (!(e instanceof KubectlError)) return finding('deploy/apply-failed', file, `${doing} failed: ${(e as Error)?.message ?? String(e)}`);
  const detail = firstLines(e.stderr || e.message, 12);
  switch (e.kind) {
    case 'unreachable':
      return finding('deploy/cluster-unreachable', file, `cannot reach the Kubernetes API server at ${server} (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'Check the cluster address and network path; nothing was changed.' });
    case 'unauthorized':
      return finding('deploy/unauthorized', file, `the API server at ${server} rejected the credentials (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'The kubeconfig credentials are expired or invalid; refresh them (for example re-run the cloud login step). Nothing was changed.' });
    case 'forbidden':
      return finding('deploy/forbidden', file, `${doing}: ${detail}`, { help: 'The deploy identity needs RBAC permission for this (see docs/deploy.md for the Role it needs).' });
    case 'conflict':
      return finding('deploy/field-conflict', file, `${doing}: ${conflictText(e.stderr)}`, { help: 'Another field manager owns these fields. Remove the other writer (kubectl edit/scale, an operator, an HPA) or deploy with force-conflicts to take them over.' });
    case 'invalid':
    case 'not-found':
      return finding('deploy/rejected', file, `${doing}: ${detail}`);
    default:
      return finding('deploy/apply-failed', file, `${doing}: ${detail}`);
  }
}

function firstLines(text: string, n: number): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, n).join(' ');
}

/** The conflict lines, without kubectl's long advice paragraph. */
export function conflictText(stderr: string): string {
  const cut = stderr.split(/Please review the fields above/)[0] ?? stderr;
  return cut.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^error: /, '');
}

/** `Deployment.apps`, `ConfigMap`: how kubectl get names a kind unambiguously. */
function kindArg(o: K8sObject): string {
  const { group } = groupVersion(o.apiVersion);
  return group ? `${o.kind}.${group}` : o.kind;
}

const UNKNOWN_TYPE = /doesn't have a resource type|the server could not find the requested resource|no matches for kind/i;

/**
 * resourceVersion of each given object that exists, by key. Namespaced objects are read with one
 * LIST per namespace (for 500 objects one request instead of 500); cluster-scoped ones by name.
 * Kinds the server does not know yet (a CRD applied in the same run) simply have no live objects.
 */
export async function liveVersions(c: Connection, objects: readonly K8sObject[]): Promise<Map<string, string>> {
  const wanted = new Set(objects.map((o) => keyOf(o)));
  const out = new Map<string, string>();
  const take = (items: K8sObject[]) => {
    for (const i of items) if (wanted.has(keyOf(i))) out.set(keyOf(i), i.metadata.resourceVersion ?? '');
  };
  const byNs = new Map<string, Set<string>>();
  const clusterScoped: string[] = [];
  for (const o of objects) {
    const ns = o.metadata.namespace;
    if (ns) byNs.set(ns, (byNs.get(ns) ?? new Set()).add(kindArg(o)));
    else clusterScoped.push(`${kindArg(o)}/${o.metadata.name}`);
  }
  /** false when the server does not know one of the kinds asked for. */
  const read = async (args: string[], scope: string[]): Promise<boolean> => {
    try {
      take(itemsOf(await c.kubectl.json(['get', ...args, ...scope, '--ignore-not-found'])));
      return true;
    } catch (e) {
      if (e instanceof KubectlError && UNKNOWN_TYPE.test(e.stderr)) return false;
      throw e;
    }
  };
  // Each namespace and the cluster-scoped objects are independent reads: side by side.
  await Promise.all([
    ...[...byNs].map(async ([ns, kinds]) => {
      // One unknown kind fails the whole call; then ask kind by kind.
      if (!(await read([[...kinds].join(',')], ['-n', ns]))) for (const k of kinds) await read([k], ['-n', ns]);
    }),
    (async () => {
      if (clusterScoped.length && !(await read(clusterScoped, []))) {
        for (const ref of clusterScoped) await read([ref], []);
      }
    })(),
  ]);
  return out;
}

function itemsOf(res: unknown): K8sObject[] {
  const r = res as { items?: K8sObject[] } & Partial<K8sObject>;
  if (Array.isArray(r.items)) return r.items;
  return r.metadata ? [r as K8sObject] : [];
}

export interface ApplyManifestsOptions {
  namespace: string;
  release: string;
  prune: boolean;
  forceConflicts?: boolean;
  dryRun?: boolean;
}

export interface ApplyOutput {
  /** `deployment.apps/web` names kubectl reported as pruned. */
  pruned: string[];
  stdout: string;
}

/**
 * Server-side apply with our field manager. Namespaces go first and outside the ApplySet: the
 * ApplySet parent lives in the release namespace (so it must exist), and a namespace removed from
 * the overlay must never be pruned with everything in it.
 */
export async function applyManifests(c: Connection, objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyOutput> {
  // Without an ApplySet one call does it all (kustomize puts Namespaces first).
  const isNs = (x: K8sObject) => o.prune && x.kind === 'Namespace' && x.apiVersion === 'v1';
  const namespaces = objects.filter(isNs);
  const rest = objects.filter((x) => !isNs(x));
  const base = ['apply', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'];
  if (o.forceConflicts) base.push('--force-conflicts');
  if (o.dryRun) base.push('--dry-run=server');
  let stdout = '';
  if (namespaces.length) stdout += (await c.kubectl.must(base, { stdin: jsonStream(namespaces) })).stdout;
  // Nothing left to apply: an ApplySet apply of no objects would prune every member, so stop here.
  if (!rest.length) return { pruned: [], stdout };
  const args = [...base];
  const env: Record<string, string> = {};
  if (o.prune) {
    args.push(applysetFlag(o.release), '--prune', '-n', o.namespace);
    env['KUBECTL_APPLYSET'] = 'true';
  }
  const r = await c.kubectl.must(args, { stdin: jsonStream(rest), env });
  stdout += r.stdout;
  const pruned = r.stdout
    .split('\n')
    .map((l) => /^(\S+) pruned\b/.exec(l.trim())?.[1])
    .filter((x): x is string => !!x);
  return { pruned, stdout };
}

/** One v1 List in JSON: kubectl flattens it, and JSON keeps every string exact. */
export function jsonStream(objects: readonly K8sObject[]): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects });
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => !!o && typeof o === 'object');
}
