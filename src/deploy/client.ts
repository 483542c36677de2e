// What the deploy engine asks of a cluster, as one small interface with two implementations: the
// in-process API client (src/deploy/api/) and kubectl (this file), used when the kubeconfig needs
// something only kubectl does (auth-provider, impersonation) or PORTARIUM_DEPLOY_CLIENT=kubectl.
// Both fail with KubectlError in kubectl's wording, so findings read the same either way.
import { KubectlError, type KubectlRunner } from '../tools/kubectl.js';
import { FIELD_MANAGER } from './annotate.js';
import { applysetFlag } from './applyset.js';
import { parseDiff, type DiffOutcome } from './diff.js';
import { groupVersion, keyOf, type K8sObject } from './objects.js';

export type RawVerb = 'get' | 'create' | 'replace' | 'delete';

export interface ApplyManifestsOptions {
  namespace: string;
  release: string;
  prune: boolean;
  forceConflicts?: boolean;
  dryRun?: boolean;
}

export interface ApplyOutput {
  /** `deployment.apps/web` names of what was (or, dry-run, would be) pruned. */
  pruned: string[];
}

export interface ClusterClient {
  /** 'api': in-process; 'kubectl': one kubectl process per call. */
  readonly via: 'api' | 'kubectl';
  /** The API server address, the only thing about the cluster that is safe to log. */
  readonly server: string;
  /** The same cluster and identity, without the deploy's signal and with a short deadline (bookkeeping after a cancellation). */
  bookkeeping(): ClusterClient;
  /** GET /version: reachability and credentials in one cheap request. */
  version(): Promise<string | undefined>;
  /** One request on a known path (leases, namespaces), JSON in and out. */
  raw<T = unknown>(verb: RawVerb, apiPath: string, body?: unknown): Promise<T>;
  /** The live objects among the given ones; kinds the server does not know have none. */
  live(objects: readonly K8sObject[]): Promise<K8sObject[]>;
  /** Objects of one kind in a namespace matching a label selector. */
  list(apiVersion: string, kind: string, namespace: string, selector: string): Promise<K8sObject[]>;
  create(obj: K8sObject, fieldManager: string): Promise<void>;
  mergePatch(apiVersion: string, kind: string, namespace: string, name: string, patch: unknown, fieldManager: string): Promise<void>;
  /** Deletes the named objects; ones already gone are fine. */
  remove(apiVersion: string, kind: string, namespace: string, names: readonly string[]): Promise<void>;
  /** Server-side apply with our field manager, optionally pruning through the release's ApplySet. */
  apply(objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyOutput>;
  /** What a server-side apply would change, per object (kubectl diff --server-side). */
  diff(objects: readonly K8sObject[], manifests: string): Promise<DiffOutcome>;
  /** Both at once for a plan: the dry-run apply (prune) and the diff. */
  planApply(objects: readonly K8sObject[], o: ApplyManifestsOptions, diffManifests: string): Promise<{ pruned: string[]; diff: DiffOutcome }>;
}

/** `Deployment.apps`, `ConfigMap`: how kubectl get names a kind unambiguously. */
export function kindArg(apiVersion: string, kind: string): string {
  const { group } = groupVersion(apiVersion);
  return group ? `${kind}.${group}` : kind;
}

const UNKNOWN_TYPE = /doesn't have a resource type|the server could not find the requested resource|no matches for kind/i;

/** One v1 List in JSON: kubectl flattens it, and JSON keeps every string exact. */
export function jsonStream(objects: readonly K8sObject[]): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects });
}

function itemsOf(res: unknown): K8sObject[] {
  const r = res as { items?: K8sObject[] } & Partial<K8sObject>;
  if (Array.isArray(r.items)) return r.items;
  return r.metadata ? [r as K8sObject] : [];
}

export class KubectlClient implements ClusterClient {
  readonly via = 'kubectl' as const;
  constructor(readonly kubectl: KubectlRunner) {}

  get server(): string {
    return this.kubectl.server;
  }

  bookkeeping(): ClusterClient {
    return new KubectlClient(this.kubectl.derive({ processTimeoutMs: 4000, requestTimeout: '3s' }));
  }

  async version(): Promise<string | undefined> {
    const r = await this.kubectl.must(['get', '--raw', '/version']);
    try {
      return (JSON.parse(r.stdout) as { gitVersion?: string }).gitVersion;
    } catch {
      return undefined;
    }
  }

  raw<T>(verb: RawVerb, apiPath: string, body?: unknown): Promise<T> {
    return this.kubectl.rawJson<T>(verb, apiPath, body);
  }

  /**
   * Namespaced objects are read with one LIST per namespace (for 500 objects one request instead
   * of 500); cluster-scoped ones by name.
   */
  async live(objects: readonly K8sObject[]): Promise<K8sObject[]> {
    const wanted = new Set(objects.map((o) => keyOf(o)));
    const out: K8sObject[] = [];
    const take = (items: K8sObject[]) => {
      for (const i of items) if (wanted.has(keyOf(i))) out.push(i);
    };
    const byNs = new Map<string, Set<string>>();
    const clusterScoped: string[] = [];
    for (const o of objects) {
      const ns = o.metadata.namespace;
      const k = kindArg(o.apiVersion, o.kind);
      if (ns) byNs.set(ns, (byNs.get(ns) ?? new Set()).add(k));
      else clusterScoped.push(`${k}/${o.metadata.name}`);
    }
    /** false when the server does not know one of the kinds asked for. */
    const read = async (args: string[], scope: string[]): Promise<boolean> => {
      try {
        take(itemsOf(await this.kubectl.json(['get', ...args, ...scope, '--ignore-not-found'])));
        return true;
      } catch (e) {
        if (e instanceof KubectlError && UNKNOWN_TYPE.test(e.stderr)) return false;
        throw e;
      }
    };
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

  async list(apiVersion: string, kind: string, namespace: string, selector: string): Promise<K8sObject[]> {
    return itemsOf(await this.kubectl.json(['get', kindArg(apiVersion, kind), '-n', namespace, '-l', selector]));
  }

  async create(obj: K8sObject, fieldManager: string): Promise<void> {
    await this.kubectl.must(['create', '-f', '-', '--field-manager', fieldManager, '-o', 'name'], { stdin: JSON.stringify(obj) });
  }

  async mergePatch(apiVersion: string, kind: string, namespace: string, name: string, patch: unknown, fieldManager: string): Promise<void> {
    await this.kubectl.must(['patch', kindArg(apiVersion, kind), name, '-n', namespace, '--type', 'merge', '-p', JSON.stringify(patch), '--field-manager', fieldManager]);
  }

  async remove(apiVersion: string, kind: string, namespace: string, names: readonly string[]): Promise<void> {
    if (!names.length) return;
    await this.kubectl.must(['delete', kindArg(apiVersion, kind), ...names, '-n', namespace, '--ignore-not-found', '--wait=false']);
  }

  /**
   * Namespaces go first and outside the ApplySet: the ApplySet parent lives in the release
   * namespace (so it must exist), and a namespace removed from the overlay must never be pruned
   * with everything in it.
   */
  async apply(objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyOutput> {
    const isNs = (x: K8sObject) => o.prune && x.kind === 'Namespace' && x.apiVersion === 'v1';
    const namespaces = objects.filter(isNs);
    const rest = objects.filter((x) => !isNs(x));
    const base = ['apply', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'];
    if (o.forceConflicts) base.push('--force-conflicts');
    if (o.dryRun) base.push('--dry-run=server');
    if (namespaces.length) await this.kubectl.must(base, { stdin: jsonStream(namespaces) });
    // Nothing left to apply: an ApplySet apply of no objects would prune every member, so stop here.
    if (!rest.length) return { pruned: [] };
    const args = [...base];
    const env: Record<string, string> = {};
    if (o.prune) {
      args.push(applysetFlag(o.release), '--prune', '-n', o.namespace);
      env['KUBECTL_APPLYSET'] = 'true';
    }
    const r = await this.kubectl.must(args, { stdin: jsonStream(rest), env });
    const pruned = r.stdout
      .split('\n')
      .map((l) => /^(\S+) pruned\b/.exec(l.trim())?.[1])
      .filter((x): x is string => !!x);
    return { pruned };
  }

  /** Exit 0: no differences, 1: differences, anything else is an error (thrown, classified). */
  async diff(objects: readonly K8sObject[], manifests: string): Promise<DiffOutcome> {
    const r = await this.kubectl.must(['diff', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'], {
      stdin: manifests,
      okCodes: [0, 1],
      // kubectl's default external diff; set explicitly so a user's KUBECTL_EXTERNAL_DIFF (colordiff, dyff…) cannot change the format.
      env: { KUBECTL_EXTERNAL_DIFF: 'diff -u -N' },
    });
    if (r.code === 0) return { changed: [], text: '' };
    return parseDiff(r.stdout, objects);
  }

  async planApply(objects: readonly K8sObject[], o: ApplyManifestsOptions, diffManifests: string): Promise<{ pruned: string[]; diff: DiffOutcome }> {
    const [dry, diff] = await Promise.all([this.apply(objects, { ...o, dryRun: true }), this.diff(objects, diffManifests)]);
    return { pruned: dry.pruned, diff };
  }
}
