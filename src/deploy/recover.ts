// What the k8s-deploy post step does when main was killed before it finished its bookkeeping: the
// revision main recorded as pending is marked interrupted, and the lock main held is released if
// it still names main's identity. Both are idempotent; a main that finished leaves nothing to do.
import { connectClient } from './cluster.js';
import { releaseIfHeld } from './lock.js';
import { ReleaseStore, type StoreKind } from './release-store.js';
import type { HeldLock } from './types.js';

export interface Abandoned {
  kubeconfig: string;
  context?: string;
  kubectl?: string;
  lock?: HeldLock;
  revision?: { namespace: string; release: string; revision: number; store?: StoreKind };
  reason: string;
}

/** Returns one line per thing it settled (or could not). */
export async function settleAbandonedRun(a: Abandoned): Promise<string[]> {
  const kubectl = connectClient({ kubeconfig: a.kubeconfig, ...(a.context ? { context: a.context } : {}), ...(a.kubectl ? { kubectl: a.kubectl } : {}), processTimeoutMs: 5000, requestTimeout: '4s' });
  const lines: string[] = [];
  if (a.revision) {
    const { namespace, release, revision } = a.revision;
    const store = new ReleaseStore(kubectl, namespace, release, a.revision.store);
    try {
      const record = (await store.list()).find((r) => r.revision === revision);
      if (record?.status === 'pending') {
        await store.setStatus(revision, 'interrupted', a.reason.slice(0, 1000));
        lines.push(`revision ${revision} of ${namespace}/${release} was left pending by the deploy step: recorded as interrupted`);
      }
    } catch (e) {
      lines.push(`could not record revision ${revision} of ${namespace}/${release} as interrupted: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (a.lock) {
    try {
      if (await releaseIfHeld(kubectl, a.lock.namespace, a.lock.release, a.lock.identity)) lines.push(`released the lock of ${a.lock.namespace}/${a.lock.release} that the deploy step still held`);
    } catch (e) {
      lines.push(`could not release the lock of ${a.lock.namespace}/${a.lock.release}: ${(e as Error).message.split('\n')[0]}; it expires after its lease duration`);
    }
  }
  return lines;
}
