// One deploy of a release at a time, decided by the cluster: a coordination.k8s.io/v1 Lease in the
// release namespace, with client-go leaderelection's rules. Every write is a create or an update
// guarded by resourceVersion, so of two writers exactly one wins (the other gets 409/AlreadyExists).
// A holder renews well inside the lease duration; a waiter judges expiry on its own monotonic clock
// from the moment it last saw the record change, never by comparing its clock with the holder's.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { KubectlError } from '../tools/kubectl.js';
import type { ClusterClient } from './client.js';

export const DEFAULT_LEASE_SECONDS = 30;
export const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
const ANNOTATION_PREFIX = 'portarium-infra.dev/lock-';

export interface LockHolderInfo {
  run?: string;
  commit?: string;
  environment?: string;
}

export interface LockOptions {
  namespace: string;
  release: string;
  holder?: LockHolderInfo;
  /** leaseDurationSeconds written on the Lease (default 30). */
  leaseSeconds?: number;
  /** How long to wait for another holder (default 5 minutes). */
  timeoutMs?: number;
  /** Pause between attempts while another deploy holds the lock (default 2 s, jittered). */
  retryMs?: number;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** Called when a renewal finds the lock taken or cannot renew before the lease runs out. */
  onLost?: (reason: string) => void;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

export interface Lease {
  apiVersion: 'coordination.k8s.io/v1';
  kind: 'Lease';
  metadata: { name: string; namespace?: string; resourceVersion?: string; uid?: string; annotations?: Record<string, string>; labels?: Record<string, string> };
  spec?: LeaseSpec;
}

/** Who holds a lock, as far as a person waiting for it needs to know. */
export interface HolderView {
  identity: string;
  run?: string;
  commit?: string;
  host?: string;
  since?: string;
}

export class LockTimeout extends Error {
  override name = 'LockTimeout';
  constructor(message: string, readonly holder: HolderView) {
    super(message);
  }
}

/** The identity may not do something the lock needs; `verb` is the RBAC verb it lacks. */
export class LockForbidden extends Error {
  override name = 'LockForbidden';
  constructor(message: string, readonly verb: string) {
    super(message);
  }
}

export class LockAborted extends Error {
  override name = 'LockAborted';
}

export function leaseName(release: string): string {
  return `portarium-release.${release}.lock`;
}

/** Lease times are MicroTime: RFC 3339 with microseconds. */
function microTime(d = new Date()): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function newIdentity(): string {
  return `${hostname()}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function leasesPath(namespace: string): string {
  return `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(namespace)}/leases`;
}

function errorReason(e: unknown): 'conflict' | 'exists' | 'not-found' | 'forbidden' | undefined {
  if (!(e instanceof KubectlError)) return undefined;
  const s = e.stderr;
  if (/\(Conflict\)|the object has been modified/i.test(s)) return 'conflict';
  if (/\(AlreadyExists\)|already exists/i.test(s)) return 'exists';
  if (/\(Forbidden\)| is forbidden: /i.test(s)) return 'forbidden';
  if (/\(NotFound\)| not found/i.test(s)) return 'not-found';
  return undefined;
}

function forbidden(e: unknown, verb: string, what: string, namespace: string): LockForbidden {
  const said = e instanceof KubectlError ? (/cannot (\w+) resource/.exec(e.stderr)?.[1] ?? verb) : verb;
  return new LockForbidden(
    `the deploy identity may not ${said} ${what} in namespace ${namespace}, which the release lock needs: grant the verbs get, create, update and delete on leases (coordination.k8s.io) in that namespace (docs/deploy.md, RBAC)`,
    said,
  );
}

export function holderOf(l: Lease): HolderView {
  const a = l.metadata.annotations ?? {};
  return {
    identity: l.spec?.holderIdentity ?? '',
    ...(a[`${ANNOTATION_PREFIX}run`] ? { run: a[`${ANNOTATION_PREFIX}run`] } : {}),
    ...(a[`${ANNOTATION_PREFIX}commit`] ? { commit: a[`${ANNOTATION_PREFIX}commit`] } : {}),
    ...(a[`${ANNOTATION_PREFIX}host`] ? { host: a[`${ANNOTATION_PREFIX}host`] } : {}),
    ...(l.spec?.acquireTime ? { since: l.spec.acquireTime } : {}),
  };
}

function withoutLockAnnotations(a: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(a ?? {}).filter(([k]) => !k.startsWith(ANNOTATION_PREFIX)));
}

export function describeHolder(h: HolderView): string {
  const parts = [h.identity || '(unknown)'];
  if (h.run) parts.push(`run ${h.run}`);
  if (h.commit) parts.push(`commit ${h.commit.slice(0, 12)}`);
  if (h.since) parts.push(`since ${h.since}`);
  return parts.join(', ');
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Reads the Lease (undefined when there is none); safe to start before anything else. */
export async function readLease(kubectl: ClusterClient, namespace: string, release: string): Promise<Lease | undefined> {
  try {
    return await kubectl.raw<Lease>('get', `${leasesPath(namespace)}/${leaseName(release)}`);
  } catch (e) {
    const why = errorReason(e);
    if (why === 'not-found') return undefined;
    if (why === 'forbidden') throw forbidden(e, 'get', 'leases', namespace);
    throw e;
  }
}

export interface Acquired {
  lock: ReleaseLock;
  /** Set when the lock was taken from a holder that had stopped renewing. */
  tookOverFrom?: HolderView;
  /** The release namespace did not exist: taking the lock created it. */
  createdNamespace?: boolean;
  /** Another holder had the lock first: what was read before taking it may be out of date. */
  waited: boolean;
  waitedMs: number;
}

export class ReleaseLock {
  private lease: Lease;
  private timer: NodeJS.Timeout | undefined;
  private lastRenew = performance.now();
  private released = false;
  private renewing: Promise<void> | undefined;

  private constructor(
    private readonly kubectl: ClusterClient,
    private readonly o: LockOptions,
    readonly identity: string,
    lease: Lease,
  ) {
    this.lease = lease;
  }

  get name(): string {
    return leaseName(this.o.release);
  }

  get namespace(): string {
    return this.o.namespace;
  }

  /** Takes the lock, waiting while another live holder has it. */
  static async acquire(kubectl: ClusterClient, o: LockOptions): Promise<Acquired> {
    const identity = newIdentity();
    const seconds = o.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
    const timeoutMs = o.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    const retryMs = o.retryMs ?? 2000;
    const started = performance.now();
    const path = leasesPath(o.namespace);
    const annotations = {
      [`${ANNOTATION_PREFIX}host`]: hostname(),
      ...(o.holder?.run ? { [`${ANNOTATION_PREFIX}run`]: o.holder.run } : {}),
      ...(o.holder?.commit ? { [`${ANNOTATION_PREFIX}commit`]: o.holder.commit } : {}),
      ...(o.holder?.environment ? { [`${ANNOTATION_PREFIX}environment`]: o.holder.environment } : {}),
    };
    // What we last saw of another holder and when (our clock): expiry is judged from this only.
    let observed: { key: string; at: number } | undefined;
    let lastLogged = -Infinity;
    // Uncontended, the Lease does not exist (a release deletes it): one create takes it.
    let current: Lease | undefined;
    let namespaceMade = false;
    let contended = false;

    for (;;) {
      if (o.signal?.aborted) throw new LockAborted('stopped while waiting for the release lock');
      const now = microTime();
      if (!current) {
        const body: Lease = {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: leaseName(o.release), namespace: o.namespace, annotations, labels: { 'app.kubernetes.io/managed-by': 'portarium-infra' } },
          spec: { holderIdentity: identity, leaseDurationSeconds: seconds, acquireTime: now, renewTime: now, leaseTransitions: 0 },
        };
        try {
          const made = await kubectl.raw<Lease>('create', path, body);
          return { lock: new ReleaseLock(kubectl, o, identity, made), waitedMs: performance.now() - started, waited: contended, ...(namespaceMade ? { createdNamespace: true } : {}) };
        } catch (e) {
          const why = errorReason(e);
          if (why === 'forbidden') throw forbidden(e, 'create', 'leases', o.namespace);
          if (why === 'not-found' && !namespaceMade) {
            await ensureNamespace(kubectl, o.namespace);
            namespaceMade = true;
            continue;
          }
          if (why !== 'exists') throw e;
          contended = true;
          current = await readLease(kubectl, o.namespace, o.release);
          // Released between the two calls: try the create again.
          if (!current) continue;
        }
      }

      const spec = current.spec ?? {};
      const holder = spec.holderIdentity ?? '';
      const key = `${holder}|${spec.renewTime ?? ''}|${current.metadata.resourceVersion ?? ''}`;
      const t = performance.now();
      if (observed?.key !== key) observed = { key, at: t };
      const duration = Math.min(Math.max(spec.leaseDurationSeconds ?? seconds, 1), 3600) * 1000;
      const free = !holder;
      const expired = !free && t - observed.at > duration;
      if (free || expired) {
        const body: Lease = {
          ...current,
          // The previous holder's lock annotations (run, commit) describe it, not us: replace them all.
          metadata: { ...current.metadata, annotations: { ...withoutLockAnnotations(current.metadata.annotations), ...annotations } },
          spec: {
            holderIdentity: identity,
            leaseDurationSeconds: seconds,
            acquireTime: now,
            renewTime: now,
            leaseTransitions: (spec.leaseTransitions ?? 0) + 1,
          },
        };
        try {
          const taken = await kubectl.raw<Lease>('replace', `${path}/${leaseName(o.release)}`, body);
          return {
            lock: new ReleaseLock(kubectl, o, identity, taken),
            waitedMs: performance.now() - started,
            waited: true,
            ...(expired ? { tookOverFrom: holderOf(current) } : {}),
          };
        } catch (e) {
          const why = errorReason(e);
          if (why === 'forbidden') throw forbidden(e, 'update', 'leases', o.namespace);
          // Someone else won the update (or deleted the Lease): look again.
          if (why !== 'conflict' && why !== 'not-found') throw e;
          current = await readLease(kubectl, o.namespace, o.release);
          continue;
        }
      }

      const waited = t - started;
      if (waited >= timeoutMs) {
        throw new LockTimeout(`another deploy of release ${o.release} holds the lock (${describeHolder(holderOf(current))}); waited ${Math.round(waited / 1000)}s`, holderOf(current));
      }
      if (t - lastLogged >= 10_000) {
        o.log?.(`waiting for the release lock of ${o.release}: held by ${describeHolder(holderOf(current))}`);
        lastLogged = t;
      }
      await sleep(Math.min(retryMs * (0.8 + Math.random() * 0.4), Math.max(timeoutMs - waited, 0) + 10), o.signal);
      current = await readLease(kubectl, o.namespace, o.release);
    }
  }

  /** Starts renewing every third of the lease duration. */
  startRenewing(): void {
    const seconds = this.lease.spec?.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
    const every = Math.max(200, (seconds * 1000) / 3);
    const tick = () => {
      this.timer = setTimeout(() => {
        this.renewing = this.renew()
          .then((ok) => {
            if (ok && !this.released) tick();
          })
          .finally(() => {
            this.renewing = undefined;
          });
      }, every);
      this.timer.unref?.();
    };
    tick();
  }

  private async renew(): Promise<boolean> {
    if (this.released) return false;
    const seconds = this.lease.spec?.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
    const body: Lease = { ...this.lease, spec: { ...this.lease.spec, renewTime: microTime() } };
    try {
      this.lease = await this.kubectl.raw<Lease>('replace', `${leasesPath(this.o.namespace)}/${this.name}`, body);
      this.lastRenew = performance.now();
      return true;
    } catch (e) {
      if (this.released) return false;
      const why = errorReason(e);
      if (why === 'conflict' || why === 'not-found') {
        this.o.onLost?.(`the release lock was taken by another deploy while this one held it (${why})`);
        return false;
      }
      // A passing fault: keep trying while the lease is still ours on any clock.
      if (performance.now() - this.lastRenew > seconds * 1000 * 0.8) {
        this.o.onLost?.(`the release lock could not be renewed within its ${seconds}s lease: ${(e as Error).message.split('\n')[0]}`);
        return false;
      }
      return true;
    }
  }

  /**
   * Gives the lock up: deletes the Lease with a resourceVersion precondition, so a lock that was
   * taken over in the meantime is left to its new holder, and the next deploy takes it with one
   * create. Returns false when it was no longer ours.
   */
  async release(kubectl: ClusterClient = this.kubectl): Promise<boolean> {
    if (this.released) return true;
    this.released = true;
    if (this.timer) clearTimeout(this.timer);
    await this.renewing?.catch(() => undefined);
    return deleteIfUnchanged(kubectl, this.o.namespace, this.o.release, this.lease);
  }
}

async function deleteIfUnchanged(kubectl: ClusterClient, namespace: string, release: string, l: Lease): Promise<boolean> {
  const preconditions = { resourceVersion: l.metadata.resourceVersion, ...(l.metadata.uid ? { uid: l.metadata.uid } : {}) };
  try {
    await kubectl.raw('delete', `${leasesPath(namespace)}/${leaseName(release)}`, { apiVersion: 'v1', kind: 'DeleteOptions', preconditions });
    return true;
  } catch (e) {
    const why = errorReason(e);
    if (why === 'conflict' || why === 'not-found') return false;
    if (why === 'forbidden') throw forbidden(e, 'delete', 'leases', namespace);
    throw e;
  }
}

/**
 * Releases a lock known only by name and holder (the action's post step after main was killed):
 * only when the Lease still names that holder.
 */
export async function releaseIfHeld(kubectl: ClusterClient, namespace: string, release: string, identity: string): Promise<boolean> {
  const l = await readLease(kubectl, namespace, release);
  if (!l || l.spec?.holderIdentity !== identity) return false;
  return deleteIfUnchanged(kubectl, namespace, release, l);
}

/** The lock lives in the release namespace, so that namespace must exist before the first deploy. */
async function ensureNamespace(kubectl: ClusterClient, namespace: string): Promise<void> {
  try {
    await kubectl.raw('create', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  } catch (e) {
    const why = errorReason(e);
    if (why === 'exists') return;
    if (why === 'forbidden') throw forbidden(e, 'create', 'namespaces', namespace);
    throw e;
  }
}
