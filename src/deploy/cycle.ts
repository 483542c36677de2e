// One release cycle, shared by apply and rollback: apply the objects, see what changed, record the
// revision, wait for the rollout, check the digests, and settle the record's status.
import type { Finding } from '../report/finding.js';
import { applyManifests, clusterFinding, liveVersions, type Connection } from './cluster.js';
import { isWorkload, keyOf, qualifiedName, type K8sObject } from './objects.js';
import type { ReleaseMeta, ReleaseRecord, ReleaseStore } from './release-store.js';
import { ReleaseTooLarge } from './release-store.js';
import { waitForRollouts } from './rollout.js';
import { finding } from './rules.js';
import { verifyDigests } from './verify-digests.js';
import { emptyChanges } from './plan.js';
import type { Changes, RevisionInFlight } from './types.js';
import { toYamlStream } from './render.js';
import { KubectlError } from '../tools/kubectl.js';
import type { ClusterClient } from './client.js';

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_KEEP_HISTORY = 10;

type CycleSettings = Pick<CycleInput, 'prune' | 'forceConflicts' | 'timeoutMs' | 'pollIntervalMs' | 'verifyDigests' | 'wait' | 'keepHistory' | 'log'>;

/** The cycle settings an apply or a rollback takes from its options, defaults filled in. */
export function cycleSettings(o: Partial<CycleSettings>): CycleSettings {
  return {
    prune: !!o.prune,
    forceConflicts: !!o.forceConflicts,
    timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    pollIntervalMs: o.pollIntervalMs ?? 2000,
    verifyDigests: o.verifyDigests ?? true,
    wait: o.wait ?? true,
    keepHistory: o.keepHistory ?? DEFAULT_KEEP_HISTORY,
    ...(o.log ? { log: o.log } : {}),
  };
}

export interface CycleInput {
  c: Connection;
  store: ReleaseStore;
  /** Records before this cycle, newest first (read while holding the release lock). */
  history: ReleaseRecord[];
  /** Objects exactly as they are to be applied (annotated). */
  objects: K8sObject[];
  meta: Omit<ReleaseMeta, 'revision' | 'time'>;
  namespace: string;
  release: string;
  file: string;
  prune: boolean;
  forceConflicts: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  verifyDigests: boolean;
  /** Wait for rollouts (and then check digests). */
  wait: boolean;
  keepHistory: number;
  /** When nothing changed and the live revision has these manifests, record nothing. */
  allowUnchanged: boolean;
  /** The live resourceVersions, when the caller already started reading them. */
  before?: Promise<Map<string, string>>;
  /** The deploy's cancellation (the same signal the connection's kubectl runner honours). */
  signal?: AbortSignal;
  /** Told the revision as soon as its pending record exists (the action saves it for its post step). */
  onRevision?: (r: RevisionInFlight) => void;
  log?: (line: string) => void;
}

export interface CycleOutcome {
  ok: boolean;
  status: 'deployed' | 'unchanged' | 'failed' | 'interrupted';
  /** The revision recorded (or, unchanged, the live one). */
  revision?: number;
  changes: Changes;
  findings: Finding[];
  /** Whether the cluster may have been changed (a failure after this point warrants a rollback). */
  touched: boolean;
  /** Revisions deleted by the history limit. */
  trimmed: number[];
  /** What was recorded for the revision. */
  meta?: ReleaseMeta;
}

/** The reason a cancelled deploy gives, from the signal's reason. */
export function abortReason(signal: AbortSignal | undefined): string {
  const r: unknown = signal?.reason;
  if (r instanceof Error) return r.message;
  return typeof r === 'string' && r ? r : 'the deploy was cancelled';
}

/** Bookkeeping that must still happen after a cancellation: no signal, short deadlines. */
export function bookkeeping(c: Connection): ClusterClient {
  return c.client.bookkeeping();
}

/**
 * Records of runs that died without finishing (no post step, a killed laptop) are still `pending`.
 * Whoever holds the lock knows they are dead: mark them interrupted before recording anything new.
 */
export async function settleAbandoned(store: ReleaseStore, history: ReleaseRecord[], by: string): Promise<ReleaseRecord[]> {
  const out: ReleaseRecord[] = [];
  for (const h of history) {
    if (h.status !== 'pending') {
      out.push(h);
      continue;
    }
    const reason = `its deploy never finished (found pending by ${by})`;
    await store.setStatus(h.revision, 'interrupted', reason);
    out.push({ ...h, status: 'interrupted', statusReason: reason });
  }
  return out;
}

export async function runCycle(x: CycleInput): Promise<CycleOutcome> {
  const findings: Finding[] = [];
  const changes = emptyChanges();
  const fail = (touched: boolean, revision?: number): CycleOutcome => ({ ok: false, status: 'failed', changes, findings, touched, trimmed: [], ...(revision ? { revision } : {}) });
  const nextRevision = Math.max(0, ...x.history.map((h) => h.revision)) + 1;
  const live = x.history.find((h) => h.status === 'deployed');
  const cancelled = () => !!x.signal?.aborted;
  let recorded = false;

  /** Stops here: the revision's record (if any) says interrupted, with where and why. */
  const interrupted = async (during: string): Promise<CycleOutcome> => {
    const reason = `${abortReason(x.signal)} during ${during}`;
    let note = '';
    if (recorded) {
      try {
        await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'interrupted', reason.slice(0, 1000));
      } catch (e) {
        // A create stopped before it reached the server left no record, and nothing was applied.
        if (e instanceof KubectlError && e.kind === 'not-found') recorded = false;
        else note = ` (the record could not be updated: ${(e as Error).message.split('\n')[0]}; the next plan shows it as pending)`;
      }
    }
    const mix = live ? `a mix of revision ${nextRevision} and revision ${live.revision}` : `part of revision ${nextRevision}`;
    findings.push(
      finding(
        'deploy/interrupted',
        x.file,
        recorded
          ? `${reason}: revision ${nextRevision} is recorded as interrupted${note}; what is live may be ${mix}. The next apply re-applies the full set.`
          : reapply
            ? `${reason}: only revision ${live!.revision}'s own objects were re-applied; nothing new was recorded`
            : `${reason}: nothing was applied or recorded`,
      ),
    );
    return { ok: false, status: 'interrupted', changes, findings, touched: recorded, trimmed: [], ...(recorded ? { revision: nextRevision } : {}) };
  };

  let before: Map<string, string>;
  try {
    before = await (x.before ?? liveVersions(x.c, x.objects));
  } catch (e) {
    if (cancelled()) return interrupted('reading the live objects');
    findings.push(clusterFinding(e, x.c.server, x.file, 'reading the live objects'));
    return fail(false);
  }

  // Intent before action: the record exists before the first object of the revision is applied.
  // Objects byte-identical to the live revision's are that revision's: they need no new record
  // unless applying them changes something (drift put back), recorded after the apply.
  const meta: ReleaseMeta = { ...x.meta, revision: nextRevision, time: new Date().toISOString() };
  const recordYaml = toYamlStream(x.objects);
  const reapply = x.allowUnchanged && !!live && x.history[0] === live && live.manifests() === recordYaml;
  const record = async (status: 'pending' | 'deployed'): Promise<CycleOutcome | undefined> => {
    try {
      await x.store.create(meta, recordYaml, status);
      recorded = true;
      x.onRevision?.({ namespace: x.namespace, release: x.release, revision: nextRevision, store: x.store.kind });
      return undefined;
    } catch (e) {
      // A cancelled create may still have reached the server: mark it if it did.
      if (cancelled()) {
        recorded = true;
        return interrupted(`recording revision ${nextRevision}`);
      }
      const msg = e instanceof ReleaseTooLarge ? e.message : clusterFinding(e, x.c.server, x.file, `recording revision ${nextRevision}`).message;
      findings.push(finding('deploy/release-record-failed', x.file, `${msg}${reapply ? '' : '; nothing was applied'}`));
      return fail(reapply);
    }
  };
  if (!reapply) {
    const stopped = await record('pending');
    if (stopped) return stopped;
  }

  let applyError: Finding | undefined;
  let pruned: string[] = [];
  try {
    const out = await applyManifests(x.c, x.objects, { namespace: x.namespace, release: x.release, prune: x.prune, forceConflicts: x.forceConflicts });
    pruned = out.pruned.map((p) => `${x.namespace}/${p}`);
  } catch (e) {
    if (cancelled()) return interrupted('server-side apply');
    applyError = clusterFinding(e, x.c.server, x.file, 'server-side apply');
  }

  let after: Map<string, string> | undefined;
  try {
    after = await liveVersions(x.c, x.objects);
  } catch {
    if (cancelled()) return interrupted('reading the applied objects');
    after = undefined;
  }
  for (const o of x.objects) {
    const k = keyOf(o);
    const name = qualifiedName(o);
    const was = before.get(k);
    const now = after?.get(k);
    if (was === undefined) (now !== undefined ? changes.created : changes.unchanged).push(name);
    else if (now !== undefined && now !== was) changes.changed.push(name);
    else changes.unchanged.push(name);
  }
  changes.pruned = pruned;

  if (applyError) {
    findings.push(applyError);
    if (!recorded) return fail(true);
    await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'failed', applyError.message.slice(0, 1000)).catch(() => undefined);
    return fail(true, nextRevision);
  }

  const nothingChanged = !changes.created.length && !changes.changed.length && !pruned.length;
  if (reapply) {
    if (nothingChanged) return { ok: true, status: 'unchanged', revision: live!.revision, changes, findings, touched: false, trimmed: [] };
    const stopped = await record(x.wait ? 'pending' : 'deployed');
    if (stopped) return stopped;
  } else if (nothingChanged && x.allowUnchanged && live && live.meta.manifestSha256 === x.meta.manifestSha256) {
    // The pending record described no change after all: the live revision still is what is live.
    try {
      await x.store.remove(nextRevision);
      return { ok: true, status: 'unchanged', revision: live.revision, changes, findings, touched: false, trimmed: [] };
    } catch {
      if (cancelled()) return interrupted('removing the unneeded record');
      // Keep it: recording the unchanged objects as a new revision is true as well.
    }
  }

  // Rollout, then digests.
  const workloads = x.wait ? x.objects.filter(isWorkload) : [];
  let problem: Finding | undefined;
  if (workloads.length) {
    try {
      const outcomes = await waitForRollouts(x.c.client, workloads, { timeoutMs: x.timeoutMs, intervalMs: x.pollIntervalMs, ...(x.log ? { log: x.log } : {}) });
      const failed = outcomes.filter((r) => r.state.phase === 'failed');
      const waiting = outcomes.filter((r) => r.state.phase === 'waiting');
      if (failed.length) problem = finding('deploy/rollout-failed', x.file, failed.map((f) => f.state.message).join('; '));
      else if (waiting.length) {
        problem = finding('deploy/rollout-timeout', x.file, `rollout did not finish within ${seconds(x.timeoutMs)}: ${waiting.map((w) => w.state.message).join('; ')}`);
      }
      if (!problem && x.verifyDigests) {
        const check = await verifyDigests(x.c.client, workloads.filter((w) => replicasOf(w) !== 0));
        const mismatches = check.problems.filter((p) => p.kind === 'mismatch');
        for (const p of check.problems.filter((q) => q.kind === 'no-pods')) findings.push(finding('deploy/digest-unverified', x.file, p.message));
        if (mismatches.length) problem = finding('deploy/digest-mismatch', x.file, mismatches.slice(0, 10).map((m) => m.message).join('; ') + (mismatches.length > 10 ? `; and ${mismatches.length - 10} more` : ''));
      }
    } catch (e) {
      if (cancelled()) return interrupted('the rollout wait');
      problem = clusterFinding(e, x.c.server, x.file, 'waiting for the rollout');
    }
  }
  if (cancelled()) return interrupted('the rollout wait');

  if (problem) {
    findings.push(problem);
    await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'failed', problem.message.slice(0, 1000)).catch(() => undefined);
    return fail(true, nextRevision);
  }

  const revision = nextRevision;
  try {
    if (!(reapply && !x.wait)) await x.store.setStatus(revision, 'deployed');
  } catch (e) {
    if (cancelled()) return interrupted(`marking revision ${revision} deployed`);
    findings.push(finding('deploy/release-record-failed', x.file, clusterFinding(e, x.c.server, x.file, `marking revision ${revision} deployed`).message));
    return { ok: false, status: 'failed', revision, changes, findings, touched: true, trimmed: [] };
  }
  // The revision is deployed and recorded; what follows is tidying that a cancellation may skip.
  const book = x.store.using(bookkeeping(x.c));
  for (const h of x.history.filter((r) => r.status === 'deployed')) {
    await book.setStatus(h.revision, 'superseded', `superseded by revision ${revision}`).catch(() => undefined);
  }
  let trimmed: number[] = [];
  try {
    // What is in the cluster now, without reading it back: this revision is the deployed one.
    const known = [{ name: x.store.recordName(revision), revision, status: 'deployed' as const }, ...x.history.map((h) => ({ name: h.name, revision: h.revision, status: h.status === 'deployed' ? ('superseded' as const) : h.status }))];
    trimmed = await book.trim(x.keepHistory, known);
  } catch {
    trimmed = [];
  }
  return { ok: true, status: 'deployed', revision, changes, findings, touched: true, trimmed, meta };
}

function replicasOf(w: K8sObject): number | undefined {
  const r = w.spec?.['replicas'];
  return typeof r === 'number' ? r : undefined;
}

function seconds(ms: number): string {
  return ms % 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms / 1000}s`;
}

/** The history after a successful cycle, without reading it back. */
export function recordsAfter(history: readonly ReleaseRecord[], cycle: CycleOutcome): Array<Pick<ReleaseRecord, 'revision' | 'status' | 'meta'>> {
  const trimmed = new Set(cycle.trimmed);
  const known = history.filter((h) => !trimmed.has(h.revision));
  if (cycle.status !== 'deployed' || cycle.revision === undefined) return known;
  return [
    { revision: cycle.revision, status: 'deployed', meta: { ...(cycle.meta ?? ({} as ReleaseMeta)) } },
    ...known.map((h) => ({ ...h, status: h.status === 'deployed' ? ('superseded' as const) : h.status })),
  ];
}
