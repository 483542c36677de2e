// kind → REST resource, from the API server's discovery documents: /api/v1 or /apis/<group>/<version>
// for the group-versions a run touches (one request each, asked once per run and side by side),
// and /apis/<group> for a group-kind without a version (an ApplySet's contains-group-kinds).
// A CRD applied in the same run is found by asking again once.
import { groupVersion } from '../objects.js';

export interface Mapping {
  group: string;
  version: string;
  kind: string;
  resource: string;
  namespaced: boolean;
}

interface APIResourceList {
  resources?: Array<{ name: string; kind: string; namespaced: boolean }>;
}

export type Fetch = (apiPath: string) => Promise<{ status: number; json: unknown }>;

export class Discovery {
  private readonly lists = new Map<string, Promise<Map<string, Mapping> | undefined>>();
  private readonly preferred = new Map<string, Promise<string | undefined>>();

  constructor(private readonly fetch: Fetch) {}

  private gvList(gv: string, refresh = false): Promise<Map<string, Mapping> | undefined> {
    let p = refresh ? undefined : this.lists.get(gv);
    if (!p) {
      const { group, version } = groupVersion(gv);
      p = this.fetch(group ? `/apis/${group}/${version}` : `/api/${version}`).then((r) => {
        if (r.status === 404) return undefined;
        const m = new Map<string, Mapping>();
        for (const res of (r.json as APIResourceList).resources ?? []) {
          if (res.name.includes('/')) continue;
          m.set(res.kind, { group, version, kind: res.kind, resource: res.name, namespaced: res.namespaced });
        }
        return m;
      });
      p.catch(() => undefined);
      this.lists.set(gv, p);
    }
    return p;
  }

  /** Starts the discovery of every group-version among `apiVersions` (cheap when already known). */
  warm(apiVersions: Iterable<string>): Promise<unknown> {
    return Promise.all([...new Set(apiVersions)].map((gv) => this.gvList(gv)));
  }

  /** The mapping of apiVersion+kind, or undefined when the server does not serve it. */
  async mapping(apiVersion: string, kind: string): Promise<Mapping | undefined> {
    const hit = (await this.gvList(apiVersion))?.get(kind);
    if (hit) return hit;
    // Served by now, perhaps: a CRD this run applied.
    return (await this.gvList(apiVersion, true))?.get(kind);
  }

  /** A group-kind (`Deployment.apps`, `ConfigMap`) at its group's preferred version. */
  async groupKind(gk: string): Promise<Mapping | undefined> {
    const dot = gk.indexOf('.');
    const kind = dot < 0 ? gk : gk.slice(0, dot);
    const group = dot < 0 ? '' : gk.slice(dot + 1);
    if (!group) return this.mapping('v1', kind);
    let p = this.preferred.get(group);
    if (!p) {
      p = this.fetch(`/apis/${group}`).then((r) => (r.status === 404 ? undefined : (r.json as { preferredVersion?: { groupVersion?: string } }).preferredVersion?.groupVersion));
      this.preferred.set(group, p);
    }
    const gv = await p;
    return gv ? this.mapping(gv, kind) : undefined;
  }
}

/** `Deployment.apps`, `ConfigMap` (schema.GroupKind.String()). */
export function groupKindString(m: Pick<Mapping, 'group' | 'kind'>): string {
  return m.group ? `${m.kind}.${m.group}` : m.kind;
}

/** The collection path of a mapping in a namespace (ignored for cluster-scoped kinds). */
export function collectionPath(m: Mapping, namespace?: string): string {
  const root = m.group ? `/apis/${m.group}/${m.version}` : `/api/${m.version}`;
  return m.namespaced && namespace ? `${root}/namespaces/${encodeURIComponent(namespace)}/${m.resource}` : `${root}/${m.resource}`;
}

export function objectPath(m: Mapping, namespace: string | undefined, name: string): string {
  return `${collectionPath(m, namespace)}/${encodeURIComponent(name)}`;
}
