// The part of apply and rollback that runs under the release lock: take it (waiting for another
// deploy), renew it, stop the deploy when it is lost, and release it however the deploy ended.
import type { Finding } from '../report/finding.js';
import { clusterFinding, type Connection } from './cluster.js';
import { abortReason, bookkeeping } from './cycle.js';
import { describeHolder, LockAborted, LockForbidden, LockTimeout, ReleaseLock } from './lock.js';
import { finding } from './rules.js';
import type { LockSettings } from './types.js';

/** A controller that follows the caller's signal and can also be aborted from inside (lock lost). */
export function linkedAbort(outer?: AbortSignal): AbortController {
  const ac = new AbortController();
  if (outer?.aborted) ac.abort(outer.reason);
  else outer?.addEventListener('abort', () => ac.abort(outer.reason), { once: true });
  return ac;
}

export interface LockedRun {
  c: Connection;
  ac: AbortController;
  namespace: string;
  release: string;
  environment: string;
  file: string;
  commit?: string;
  run?: string;
  settings: LockSettings;
  log?: (line: string) => void;
}

/** Runs `body` holding the lock; findings say why it did not run, or what happened to the lock. */
export async function underReleaseLock<T>(x: LockedRun, body: (held: { createdNamespace: boolean; waited: boolean }) => Promise<T>): Promise<{ value?: T; findings: Finding[] }> {
  const findings: Finding[] = [];
  let lock: ReleaseLock;
  let createdNamespace = false;
  let waited = false;
  try {
    const got = await ReleaseLock.acquire(
      x.c.client,
      {
        namespace: x.namespace,
        release: x.release,
        holder: { environment: x.environment, ...(x.run ? { run: x.run } : {}), ...(x.commit ? { commit: x.commit } : {}) },
        ...(x.settings.lockLeaseSeconds ? { leaseSeconds: x.settings.lockLeaseSeconds } : {}),
        ...(x.settings.lockTimeoutMs !== undefined ? { timeoutMs: x.settings.lockTimeoutMs } : {}),
        signal: x.ac.signal,
        onLost: (why) => x.ac.abort(new Error(why)),
        ...(x.log ? { log: x.log } : {}),
      },
    );
    lock = got.lock;
    createdNamespace = !!got.createdNamespace;
    waited = got.waited;
    if (got.tookOverFrom) {
      findings.push(finding('deploy/lock-taken-over', x.file, `took over the release lock of ${x.release} from a holder that stopped renewing it (${describeHolder(got.tookOverFrom)}); its deploy may have been killed, and the release history says what it left`));
    }
    x.log?.(`release lock ${x.namespace}/${lock.name} taken${got.waitedMs > 1000 ? ` after waiting ${Math.round(got.waitedMs / 1000)}s` : ''}`);
  } catch (e) {
    if (e instanceof LockTimeout) {
      findings.push(finding('deploy/locked', x.file, `${e.message}; nothing was applied`, { help: 'Wait for that deploy to finish, or raise lock-timeout. A holder that was killed stops renewing and its lock is taken over after its lease duration.' }));
    } else if (e instanceof LockForbidden) {
      findings.push(finding('deploy/forbidden', x.file, e.message));
    } else if (e instanceof LockAborted || x.ac.signal.aborted) {
      findings.push(finding('deploy/interrupted', x.file, `${abortReason(x.ac.signal)} while waiting for the release lock: nothing was applied or recorded`));
    } else {
      findings.push(clusterFinding(e, x.c.server, x.file, 'taking the release lock'));
    }
    return { findings };
  }
  x.settings.onLock?.({ namespace: x.namespace, release: x.release, identity: lock.identity });
  lock.startRenewing();
  try {
    return { value: await body({ createdNamespace, waited }), findings };
  } finally {
    try {
      if (!(await lock.release(bookkeeping(x.c)))) {
        findings.push(finding('deploy/lock-lost', x.file, `the release lock of ${x.release} was taken by another deploy before this one released it`));
      }
    } catch (e) {
      findings.push(finding('deploy/lock-release-failed', x.file, `the release lock could not be released (${(e as Error).message.split('\n')[0]}); it expires after its lease duration`));
    }
  }
}
