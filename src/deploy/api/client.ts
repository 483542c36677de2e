// The in-process ClusterClient: the deploy engine's calls as HTTPS requests on one keep-alive
// connection pool, with discovery asked once per run. No process starts per call; the deploy's
// AbortSignal aborts requests in flight.
import { clusterEndpoint, KubectlError, type KubectlOptions, type KubectlRunner } from '../../tools/kubectl.js';
import { KubectlClient, type ApplyManifestsOptions, type ApplyOutput, type ClusterClient, type RawVerb } from '../client.js';
import type { DiffOutcome } from '../diff.js';
import { keyOf, type K8sObject } from '../objects.js';
import { applyObjects } from './apply.js';
import { diffObjects } from './diff.js';
import { collectionPath, Discovery, objectPath, type Mapping } from './discovery.js';
import type { ApiAuth } from './kubeconfig-auth.js';
import { Transport, type RequestOptions } from './transport.js';

/** What the apply and diff steps need of the client. */
export interface ApiCalls {
  discovery: Discovery;
  json<T = unknown>(method: string, apiPath: string, o?: RequestOptions): Promise<T>;
  getOptional<T = unknown>(apiPath: string): Promise<T | undefined>;
  live(objects: readonly K8sObject[]): Promise<K8sObject[]>;
}

/** `30s`, `1m`, `500ms`, `0` (kubectl --request-timeout). */
export function durationMs(s: string | undefined, fallback: number): number {
  if (!s) return fallback;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) return fallback;
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000);
  return n > 0 ? n : fallback;
}

interface Shared {
  transport: Transport;
  discovery: Discovery;
  server: string;
  kubectl: () => KubectlRunner;
  kubectlClient?: KubectlClient;
}

const VERB_METHOD: Record<RawVerb, string> = { get: 'GET', create: 'POST', replace: 'PUT', delete: 'DELETE' };

export class ApiClient implements ClusterClient, ApiCalls {
  readonly via = 'api' as const;
  private readonly shared: Shared;
  private readonly signal: AbortSignal | undefined;
  private readonly timeoutMs: number;
  private readonly log: ((line: string) => void) | undefined;

  constructor(auth: ApiAuth, o: KubectlOptions, kubectl: () => KubectlRunner, shared?: Shared) {
    this.signal = o.signal;
    this.timeoutMs = durationMs(o.requestTimeout, 30_000);
    this.log = o.log;
    if (shared) this.shared = shared;
    else {
      const transport = new Transport(auth);
      // Discovery is shared by the bookkeeping clients, so it does not take the deploy's signal.
      const discovery = new Discovery(async (p) => {
        const r = await transport.request('GET', p, { timeoutMs: this.timeoutMs });
        if (r.status === 404) return { status: 404, json: undefined };
        if (r.status < 200 || r.status > 299) throw transport.statusError(`GET ${p}`, r);
        return { status: r.status, json: JSON.parse(r.body.toString('utf8')) as unknown };
      });
      this.shared = { transport, discovery, server: clusterEndpoint(o.kubeconfig, o.context).server, kubectl };
    }
    this.opts = o;
  }

  private readonly opts: KubectlOptions;

  get server(): string {
    return this.shared.server;
  }

  get discovery(): Discovery {
    return this.shared.discovery;
  }

  /** HTTP requests made so far through this client's connection pool. */
  get requests(): number {
    return this.shared.transport.requests;
  }

  bookkeeping(): ClusterClient {
    const { signal: _s, ...rest } = this.opts;
    void _s;
    return new ApiClient(this.shared.transport.auth, { ...rest, requestTimeout: '3s' }, this.shared.kubectl, this.shared);
  }

  private request(method: string, apiPath: string, o: RequestOptions = {}) {
    return this.shared.transport.request(method, apiPath, { signal: this.signal, timeoutMs: this.timeoutMs, ...o });
  }

  async json<T = unknown>(method: string, apiPath: string, o: RequestOptions = {}): Promise<T> {
    const r = await this.request(method, apiPath, o);
    if (r.status < 200 || r.status > 299) throw this.shared.transport.statusError(`${method} ${apiPath}`, r);
    const text = r.body.toString('utf8');
    return (text.trim() ? JSON.parse(text) : undefined) as T;
  }

  async getOptional<T = unknown>(apiPath: string): Promise<T | undefined> {
    try {
      return await this.json<T>('GET', apiPath);
    } catch (e) {
      if (e instanceof KubectlError && e.kind === 'not-found') return undefined;
      throw e;
    }
  }

  async version(): Promise<string | undefined> {
    this.log?.(`GET /version (server ${this.server})`);
    // The core group's discovery rides along: every deploy reads Secrets or ConfigMaps.
    void this.discovery.warm(['v1']).catch(() => undefined);
    return (await this.json<{ gitVersion?: string }>('GET', '/version'))?.gitVersion;
  }

  raw<T>(verb: RawVerb, apiPath: string, body?: unknown): Promise<T> {
    return this.json<T>(VERB_METHOD[verb], apiPath, body === undefined ? {} : { body });
  }

  private async mappingOrThrow(apiVersion: string, kind: string): Promise<Mapping> {
    const m = await this.discovery.mapping(apiVersion, kind);
    if (m) return m;
    const text = `error: the server doesn't have a resource type "${kind}" in ${apiVersion}`;
    throw new KubectlError(text, 'not-found', 1, text);
  }

  /** One LIST per namespace and kind, one GET per cluster-scoped object, side by side. */
  async live(objects: readonly K8sObject[]): Promise<K8sObject[]> {
    await this.discovery.warm(objects.map((o) => o.apiVersion));
    const wanted = new Set(objects.map((o) => keyOf(o)));
    const lists = new Map<string, { m: Mapping; ns: string }>();
    const singles: Array<{ m: Mapping; name: string }> = [];
    for (const o of objects) {
      const m = await this.discovery.mapping(o.apiVersion, o.kind);
      if (!m) continue;
      if (m.namespaced) {
        const ns = o.metadata.namespace ?? 'default';
        lists.set(`${ns}|${m.group}|${m.resource}`, { m, ns });
      } else singles.push({ m, name: o.metadata.name });
    }
    const typed = (m: Mapping, i: K8sObject): K8sObject => ({ ...i, apiVersion: m.group ? `${m.group}/${m.version}` : m.version, kind: m.kind });
    const parts = await Promise.all([
      ...[...lists.values()].map(async ({ m, ns }) => ((await this.json<{ items?: K8sObject[] }>('GET', collectionPath(m, ns))).items ?? []).map((i) => typed(m, i))),
      ...singles.map(async ({ m, name }) => {
        const got = await this.getOptional<K8sObject>(objectPath(m, undefined, name));
        return got ? [typed(m, got)] : [];
      }),
    ]);
    return parts.flat().filter((i) => wanted.has(keyOf(i)));
  }

  async list(apiVersion: string, kind: string, namespace: string, selector: string): Promise<K8sObject[]> {
    const m = await this.mappingOrThrow(apiVersion, kind);
    const r = await this.json<{ items?: K8sObject[] }>('GET', collectionPath(m, namespace), { query: { labelSelector: selector } });
    return (r.items ?? []).map((i) => ({ ...i, apiVersion, kind }));
  }

  async create(obj: K8sObject, fieldManager: string): Promise<void> {
    const m = await this.mappingOrThrow(obj.apiVersion, obj.kind);
    await this.json('POST', collectionPath(m, obj.metadata.namespace), { body: obj, query: { fieldManager } });
  }

  async mergePatch(apiVersion: string, kind: string, namespace: string, name: string, patch: unknown, fieldManager: string): Promise<void> {
    const m = await this.mappingOrThrow(apiVersion, kind);
    await this.json('PATCH', objectPath(m, namespace, name), { body: patch, contentType: 'application/merge-patch+json', query: { fieldManager } });
  }

  async remove(apiVersion: string, kind: string, namespace: string, names: readonly string[]): Promise<void> {
    if (!names.length) return;
    const m = await this.mappingOrThrow(apiVersion, kind);
    await Promise.all(
      names.map(async (n) => {
        try {
          await this.json('DELETE', objectPath(m, namespace, n), { body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background' } });
        } catch (e) {
          if (!(e instanceof KubectlError && e.kind === 'not-found')) throw e;
        }
      }),
    );
  }

  async apply(objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<ApplyOutput> {
    this.log?.(`server-side apply of ${objects.length} objects${o.dryRun ? ' (dry run)' : ''}${o.prune ? ' with ApplySet prune' : ''} (server ${this.server})`);
    const r = await applyObjects(this, objects, o);
    return { pruned: r.pruned };
  }

  async diff(objects: readonly K8sObject[], manifests: string): Promise<DiffOutcome> {
    return this.kubectlClient().diff(objects, manifests);
  }

  /** The dry-run apply's merged objects against the live ones: prune and diff from one pass. */
  async planApply(objects: readonly K8sObject[], o: ApplyManifestsOptions): Promise<{ pruned: string[]; diff: DiffOutcome }> {
    this.log?.(`server-side dry-run apply of ${objects.length} objects and diff (server ${this.server})`);
    const [live, dry] = await Promise.all([this.live(objects), applyObjects(this, objects, { ...o, dryRun: true })]);
    return { pruned: dry.pruned, diff: diffObjects(objects, live, dry.applied) };
  }

  /** kubectl for what only it does. */
  private kubectlClient(): KubectlClient {
    this.shared.kubectlClient ??= new KubectlClient(this.shared.kubectl());
    return this.shared.kubectlClient;
  }
}
