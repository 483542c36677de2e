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
import type { Changes } from './types.js';
import { toYamlStream } from './render.js';

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
  /** Records before this cycle, newest first. */
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
  log?: (line: string) => void;
}

export interface CycleOutcome {
  ok: boolean;
  status: 'deployed' | 'unchanged' | 'failed';
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

export async function runCycle(x: CycleInput): Promise<CycleOutcome> {
  const findings: Finding[] = [];
  const changes = emptyChanges();
  const fail = (touched: boolean, revision?: number): CycleOutcome => ({ ok: false, status: 'failed', changes, findings, touched, trimmed: [], ...(revision ? { revision } : {}) });

  let before: Map<string, string>;
  try {
    before = await (x.before ?? liveVersions(x.c, x.objects));
  } catch (e) {
    findings.push(clusterFinding(e, x.c.server, x.file, 'reading the live objects'));
    return fail(false);
  }

  const nextRevision = Math.max(0, ...x.history.map((h) => h.revision)) + 1;
  const meta: ReleaseMeta = { ...x.meta, revision: nextRevision, time: new Date().toISOString() };
  const recordYaml = toYamlStream(x.objects);

  let applyError: Finding | undefined;
  let pruned: string[] = [];
  try {
    const out = await applyManifests(x.c, x.objects, { namespace: x.namespace, release: x.release, prune: x.prune, forceConflicts: x.forceConflicts });
    pruned = out.pruned.map((p) => `${x.namespace}/${p}`);
  } catch (e) {
    applyError = clusterFinding(e, x.c.server, x.file, 'server-side apply');
  }

  let after: Map<string, string> | undefined;
  try {
    after = await liveVersions(x.c, x.objects);
  } catch {
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
  const nothingChanged = !applyError && !changes.created.length && !changes.changed.length && !pruned.length;

  const live = x.history.find((h) => h.status === 'deployed');
  let revision: number | undefined;
  if (nothingChanged && x.allowUnchanged && live && live.meta.manifestSha256 === x.meta.manifestSha256) {
    revision = live.revision;
  } else {
    try {
      // Without a rollout to wait for, the revision is deployed as soon as it is applied.
      const initial = applyError ? 'failed' : x.wait ? 'pending' : 'deployed';
      await x.store.create(meta, recordYaml, initial);
      revision = nextRevision;
      if (applyError) await x.store.setStatus(nextRevision, 'failed', applyError.message.slice(0, 1000));
    } catch (e) {
      const msg = e instanceof ReleaseTooLarge ? e.message : clusterFinding(e, x.c.server, x.file, `recording revision ${nextRevision}`).message;
      findings.push(finding('deploy/release-record-failed', x.file, msg));
      if (applyError) findings.push(applyError);
      return fail(true);
    }
  }
  if (applyError) {
    findings.push(applyError);
    return fail(true, revision);
  }

  // Rollout, then digests.
  const workloads = x.wait ? x.objects.filter(isWorkload) : [];
  let problem: Finding | undefined;
  if (workloads.length) {
    try {
      const outcomes = await waitForRollouts(x.c.kubectl, workloads, { timeoutMs: x.timeoutMs, intervalMs: x.pollIntervalMs, ...(x.log ? { log: x.log } : {}) });
      const failed = outcomes.filter((r) => r.state.phase === 'failed');
      const waiting = outcomes.filter((r) => r.state.phase === 'waiting');
      if (failed.length) problem = finding('deploy/rollout-failed', x.file, failed.map((f) => f.state.message).join('; '));
      else if (waiting.length) {
        problem = finding('deploy/rollout-timeout', x.file, `rollout did not finish within ${seconds(x.timeoutMs)}: ${waiting.map((w) => w.state.message).join('; ')}`);
      }
      if (!problem && x.verifyDigests) {
        const check = await verifyDigests(x.c.kubectl, workloads.filter((w) => replicasOf(w) !== 0));
        const mismatches = check.problems.filter((p) => p.kind === 'mismatch');
        for (const p of check.problems.filter((q) => q.kind === 'no-pods')) findings.push(finding('deploy/digest-unverified', x.file, p.message));
        if (mismatches.length) problem = finding('deploy/digest-mismatch', x.file, mismatches.slice(0, 10).map((m) => m.message).join('; ') + (mismatches.length > 10 ? `; and ${mismatches.length - 10} more` : ''));
      }
    } catch (e) {
      problem = clusterFinding(e, x.c.server, x.file, 'waiting for the rollout');
    }
  }

  if (problem) {
    findings.push(problem);
    if (revision !== undefined && revision === nextRevision) {
      await x.store.setStatus(revision, 'failed', problem.message.slice(0, 1000)).catch(() => undefined);
    }
    return fail(true, revision);
  }

  if (revision === nextRevision) {
    try {
      if (x.wait) await x.store.setStatus(revision, 'deployed');
      for (const h of x.history.filter((r) => r.status === 'deployed' || r.status === 'pending')) {
        await x.store.setStatus(h.revision, h.status === 'deployed' ? 'superseded' : 'failed', h.status === 'pending' ? 'never finished' : `superseded by revision ${revision}`);
      }
    } catch (e) {
      findings.push(finding('deploy/release-record-failed', x.file, clusterFinding(e, x.c.server, x.file, `marking revision ${revision} deployed`).message));
      return { ok: false, status: 'failed', revision, changes, findings, touched: true, trimmed: [] };
    }
    let trimmed: number[] = [];
    try {
      // What is in the cluster now, without reading it back: this revision is the deployed one.
      const known = [{ name: x.store.recordName(revision), revision, status: 'deployed' as const }, ...x.history.map((h) => ({ name: h.name, revision: h.revision, status: h.status === 'deployed' ? ('superseded' as const) : h.status }))];
      trimmed = await x.store.trim(x.keepHistory, known);
    } catch {
      trimmed = [];
    }
    return { ok: true, status: 'deployed', revision, changes, findings, touched: true, trimmed, meta };
  }
  return { ok: true, status: 'unchanged', ...(revision !== undefined ? { revision } : {}), changes, findings, touched: false, trimmed: [] };
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
    ...known.map((h) => ({ ...h, status: h.status === 'deployed' ? ('superseded' as const) : h.status === 'pending' ? ('failed' as const) : h.status })),
  ];
}
