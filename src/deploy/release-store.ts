// Release history kept in the cluster, one object per revision in the release namespace (as Helm
// does): the manifests that were applied (gzip, base64 as Secret data is) and what was deployed
// (revision, commit, run, time, digests). The data of a record never changes after it is written;
// only its status label moves (pending → deployed → superseded, or failed / interrupted), so a
// rollback can always re-apply exactly what a revision applied. A record is written `pending`
// before the first object of its revision is applied: nothing is ever live without its record.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ClusterClient } from './client.js';
import type { K8sObject } from './objects.js';
import type { PinnedContainer } from './pin.js';

export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
export const MANAGER = 'portarium-infra';
export const LABEL_RELEASE = 'portarium-infra.dev/release';
export const LABEL_REVISION = 'portarium-infra.dev/revision';
export const LABEL_STATUS = 'portarium-infra.dev/status';
export const ANNOTATION_STATUS_REASON = 'portarium-infra.dev/status-reason';
export const RECORD_TYPE = 'portarium-infra.dev/release.v1';
const MANIFESTS_KEY = 'manifests.yaml.gz';
const META_KEY = 'release.json';
/** Secrets and ConfigMaps are limited to 1 MiB; leave room for metadata and the object itself. */
export const MAX_RECORD_BYTES = 900 * 1024;

export type ReleaseStatus = 'pending' | 'deployed' | 'superseded' | 'failed' | 'interrupted';

/** A revision that may be partly applied: what is live is a mix of it and the last deployed one. */
export function isUnfinished(status: ReleaseStatus): boolean {
  return status === 'pending' || status === 'interrupted';
}

export interface ReleaseMeta {
  release: string;
  revision: number;
  environment: string;
  namespace: string;
  /** ISO time the revision was applied. */
  time: string;
  commit?: string;
  ref?: string;
  run?: { id?: string; url?: string };
  /** sha256 of the manifests (before run/commit annotations): what a plan approved. */
  manifestSha256: string;
  overlay?: string;
  images: PinnedContainer[];
  /** Set when this revision re-applied an earlier one. */
  rollbackOf?: number;
  /** The run that rolled back, and why (the revision's commit and run stay those of rollbackOf). */
  rolledBackBy?: { run?: { id?: string; url?: string }; commit?: string; reason: string };
}

export interface ReleaseRecord {
  /** Object name of the record. */
  name: string;
  revision: number;
  status: ReleaseStatus;
  statusReason?: string;
  meta: ReleaseMeta;
  /** The applied manifests (decompressed). */
  manifests(): string;
  /** Size of the stored, compressed manifests in bytes. */
  storedBytes: number;
}

export type StoreKind = 'secret' | 'configmap';

interface StoredObject {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

export class ReleaseTooLarge extends Error {
  override name = 'ReleaseTooLarge';
}

export class ReleaseStore {
  constructor(
    private readonly client: ClusterClient,
    readonly namespace: string,
    readonly release: string,
    readonly kind: StoreKind = 'secret',
  ) {}

  /** The same records through another runner (bookkeeping after a cancellation). */
  using(client: ClusterClient): ReleaseStore {
    return new ReleaseStore(client, this.namespace, this.release, this.kind);
  }

  recordName(revision: number): string {
    return `portarium-release.${this.release}.v${revision}`;
  }

  private selector(): string {
    return `${LABEL_MANAGED_BY}=${MANAGER},${LABEL_RELEASE}=${this.release}`;
  }

  /** Every recorded revision, newest first. */
  async list(): Promise<ReleaseRecord[]> {
    const list = { items: (await this.client.list('v1', this.kindName(), this.namespace, this.selector())) as unknown as StoredObject[] };
    const records = list.items.map((o) => this.decode(o)).filter((r): r is ReleaseRecord => r !== undefined);
    return records.sort((a, b) => b.revision - a.revision);
  }

  /** Writes a new revision; fails (AlreadyExists) when another deploy recorded the same revision first. */
  async create(meta: ReleaseMeta, manifests: string, status: ReleaseStatus): Promise<ReleaseRecord> {
    const gz = gzipSync(Buffer.from(manifests, 'utf8'), { level: 9 });
    const metaJson = JSON.stringify(meta);
    if (gz.length + metaJson.length > MAX_RECORD_BYTES) {
      throw new ReleaseTooLarge(`release ${this.release} revision ${meta.revision} is ${gz.length + metaJson.length} bytes compressed; a record holds at most ${MAX_RECORD_BYTES}`);
    }
    const metadata = {
      name: this.recordName(meta.revision),
      namespace: this.namespace,
      labels: { [LABEL_MANAGED_BY]: MANAGER, [LABEL_RELEASE]: this.release, [LABEL_REVISION]: String(meta.revision), [LABEL_STATUS]: status },
    };
    const obj =
      this.kind === 'secret'
        ? { apiVersion: 'v1', kind: 'Secret', type: RECORD_TYPE, metadata, data: { [MANIFESTS_KEY]: gz.toString('base64'), [META_KEY]: Buffer.from(metaJson).toString('base64') } }
        : { apiVersion: 'v1', kind: 'ConfigMap', metadata, binaryData: { [MANIFESTS_KEY]: gz.toString('base64') }, data: { [META_KEY]: metaJson } };
    await this.client.create(obj as unknown as K8sObject, MANAGER);
    return { name: metadata.name, revision: meta.revision, status, meta, manifests: () => manifests, storedBytes: gz.length };
  }

  async setStatus(revision: number, status: ReleaseStatus, reason?: string): Promise<void> {
    const patch = {
      metadata: {
        labels: { [LABEL_STATUS]: status },
        annotations: { [ANNOTATION_STATUS_REASON]: reason ?? null },
      },
    };
    await this.client.mergePatch('v1', this.kindName(), this.namespace, this.recordName(revision), patch, MANAGER);
  }

  /** Removes a record that turned out to describe no change (its objects were already live). */
  async remove(revision: number): Promise<void> {
    await this.client.remove('v1', this.kindName(), this.namespace, [this.recordName(revision)]);
  }

  /** Deletes the oldest records beyond `keep`; never the newest `deployed` one. Returns deleted revisions. */
  async trim(keep: number, records?: ReadonlyArray<Pick<ReleaseRecord, 'name' | 'revision' | 'status'>>): Promise<number[]> {
    const all = [...(records ?? (await this.list()))].sort((a, b) => b.revision - a.revision);
    const live = all.find((r) => r.status === 'deployed')?.revision;
    const doomed = all.slice(Math.max(keep, 1)).filter((r) => r.revision !== live);
    if (!doomed.length) return [];
    await this.client.remove('v1', this.kindName(), this.namespace, doomed.map((r) => r.name));
    return doomed.map((r) => r.revision);
  }

  private kindName(): string {
    return this.kind === 'secret' ? 'Secret' : 'ConfigMap';
  }

  private decode(o: StoredObject): ReleaseRecord | undefined {
    const labels = o.metadata.labels ?? {};
    const revision = Number(labels[LABEL_REVISION]);
    if (!Number.isInteger(revision) || revision < 1) return undefined;
    const gzB64 = this.kind === 'secret' ? o.data?.[MANIFESTS_KEY] : o.binaryData?.[MANIFESTS_KEY];
    const metaRaw = this.kind === 'secret' ? (o.data?.[META_KEY] ? Buffer.from(o.data[META_KEY], 'base64').toString('utf8') : undefined) : o.data?.[META_KEY];
    if (!gzB64 || !metaRaw) return undefined;
    let meta: ReleaseMeta;
    try {
      meta = JSON.parse(metaRaw) as ReleaseMeta;
    } catch {
      return undefined;
    }
    const gz = Buffer.from(gzB64, 'base64');
    const status = (labels[LABEL_STATUS] ?? 'failed') as ReleaseStatus;
    const reason = o.metadata.annotations?.[ANNOTATION_STATUS_REASON];
    return {
      name: o.metadata.name,
      revision,
      status,
      ...(reason ? { statusReason: reason } : {}),
      meta,
      manifests: () => gunzipSync(gz).toString('utf8'),
      storedBytes: gz.length,
    };
  }
}
