// rollback: re-apply a recorded release exactly as it was applied (its manifests, its annotations),
// as a new revision that says which one it restores. History is append-only: the failed revision
// and the restored one both stay recorded.
import type { Finding } from '../report/finding.js';
import { UsageError } from '../report/finding.js';
import { clusterFinding, connect, parseManifests, preflight, type Connection } from './cluster.js';
import { bookkeeping, cycleSettings, runCycle, settleAbandoned, type CycleInput, type CycleOutcome } from './cycle.js';
import { linkedAbort, underReleaseLock } from './locked.js';
import { checkDeployAllowed } from './guard.js';
import { stoppedResult } from './plan.js';
import { isUnfinished, ReleaseStore, type ReleaseRecord } from './release-store.js';
import { finding } from './rules.js';
import { historyRows, renderDeploySection } from './summary.js';
import type { DeployResult, RollbackOptions, RollbackReport } from './types.js';

export interface RollbackCycleInput extends Omit<CycleInput, 'objects' | 'meta' | 'allowUnchanged'> {
  target: ReleaseRecord;
  reason: string;
  commit?: string;
  run?: { id?: string; url?: string };
}

export async function rollbackCycle(x: RollbackCycleInput): Promise<{ report: RollbackReport; findings: Finding[]; cycle: CycleOutcome }> {
  const { target } = x;
  const objects = parseManifests(target.manifests());
  const { revision: _r, time: _t, rollbackOf: _rb, rolledBackBy: _by, ...kept } = target.meta;
  void _r; void _t; void _rb; void _by;
  const cycle = await runCycle({
    ...x,
    objects,
    allowUnchanged: false,
    meta: {
      ...kept,
      rollbackOf: target.revision,
      rolledBackBy: { reason: x.reason, ...(x.run ? { run: x.run } : {}), ...(x.commit ? { commit: x.commit } : {}) },
    },
  });
  const label = `revision ${target.revision}${target.meta.commit ? ` (commit ${target.meta.commit.slice(0, 12)})` : ''}`;
  if (cycle.ok) {
    const message = `${x.reason}; re-applied ${label} as revision ${cycle.revision}`;
    return { report: { toRevision: target.revision, ...(cycle.revision ? { revision: cycle.revision } : {}), status: 'rolled-back', message }, findings: [finding('deploy/rolled-back', x.file, message)], cycle };
  }
  const why = cycle.findings.filter((f) => f.severity === 'error').map((f) => f.message).join('; ');
  const message = `${x.reason}; re-applying ${label} failed too: ${why}`;
  return {
    report: { toRevision: target.revision, ...(cycle.revision ? { revision: cycle.revision } : {}), status: 'failed', message },
    findings: [...cycle.findings, finding('deploy/rollback-failed', x.file, message)],
    cycle,
  };
}

/** The revision a rollback goes to: the one asked for, or the deployed one before the live one. */
export function rollbackTarget(history: readonly ReleaseRecord[], toRevision?: number): ReleaseRecord | undefined {
  if (toRevision !== undefined) {
    const r = history.find((h) => h.revision === toRevision);
    if (!r) throw new UsageError(`revision ${toRevision} is not in the release history (have: ${history.map((h) => h.revision).join(', ') || 'none'})`);
    if (r.status === 'failed' || isUnfinished(r.status)) throw new UsageError(`revision ${toRevision} never finished deploying (${r.status}); pick a revision that was deployed`);
    return r;
  }
  const live = history.find((h) => h.status === 'deployed');
  // After an interrupted deploy what is live is a mix: going back means restoring the last deployed revision.
  if (live && history[0] && isUnfinished(history[0].status)) return live;
  return history.find((h) => h !== live && (h.status === 'superseded' || h.status === 'deployed') && (!live || h.revision < live.revision));
}

export async function rollback(o: RollbackOptions): Promise<DeployResult> {
  // A rollback restores something that was approved once; only the environment is checked again.
  checkDeployAllowed({ ...o, protectedEnvironments: [] });
  const file = o.file ?? `${o.namespace}/${o.release}`;
  const ac = linkedAbort(o.signal);
  const c: Connection = connect({ ...o, signal: ac.signal });
  const base = { environment: o.environment, namespace: o.namespace, release: o.release, server: c.server, images: [] };
  const pre = preflight(c).then(() => undefined, (e: unknown) => e ?? new Error('preflight failed'));
  const store = new ReleaseStore(c.client, o.namespace, o.release, o.store);
  const run = o.run?.url ?? o.run?.id;
  const locked = await underReleaseLock(
    { c, ac, namespace: o.namespace, release: o.release, environment: o.environment, file, settings: o, ...(o.commit ? { commit: o.commit } : {}), ...(run ? { run } : {}), ...(o.log ? { log: o.log } : {}) },
    async () => {
      const unreachable = await pre;
      if (unreachable) return { stopped: [clusterFinding(unreachable, c.server, file, 'checking the cluster')] };
      let history: ReleaseRecord[];
      try {
        history = await settleAbandoned(store, await store.list(), `the rollback of ${run ?? 'a later run'}`);
      } catch (e) {
        return { stopped: [clusterFinding(e, c.server, file, 'reading the release history')] };
      }
      const target = rollbackTarget(history, o.toRevision);
      if (!target) {
        return { stopped: [finding('deploy/no-previous-release', file, `release ${o.release} in ${o.namespace} has no earlier deployed revision to roll back to`)] };
      }
      const live = history.find((h) => h.status === 'deployed');
      const rb = await rollbackCycle({
        c, store, history, target, file,
        namespace: o.namespace,
        release: o.release,
        ...cycleSettings(o),
        signal: ac.signal,
        ...(o.onRevision ? { onRevision: o.onRevision } : {}),
        reason: live ? `rollback requested from revision ${live.revision}` : 'rollback requested',
        ...(o.commit ? { commit: o.commit } : {}),
        ...(o.run ? { run: o.run } : {}),
      });
      return { rb, target };
    },
  );
  const unreachable = await pre;
  if (unreachable && !locked.value) return stoppedResult(o, [clusterFinding(unreachable, c.server, file, 'checking the cluster')], base, 'rollback');
  if (!locked.value || 'stopped' in locked.value) return stoppedResult(o, [...locked.findings, ...(locked.value?.stopped ?? [])], base, 'rollback');
  const { rb, target } = locked.value;
  const ok = rb.report.status === 'rolled-back';
  // A requested rollback that worked is not a problem; keep the message as a notice-level fact in the summary.
  const findings = [...locked.findings, ...(ok ? rb.findings.filter((f) => f.rule !== 'deploy/rolled-back') : rb.findings)];
  const result: Omit<DeployResult, 'summaryMarkdown'> = {
    check: 'deploy',
    findings,
    artifacts: {},
    stats: { resources: rb.cycle.changes.created.length + rb.cycle.changes.changed.length + rb.cycle.changes.unchanged.length },
    status: ok ? 'rolled-back' : rb.cycle.status === 'interrupted' ? 'interrupted' : 'rollback-failed',
    ...(ok && rb.report.revision ? { revision: rb.report.revision } : {}),
    rollback: rb.report,
    changes: rb.cycle.changes,
    ...base,
    images: target.meta.images ?? [],
    manifestSha256: target.meta.manifestSha256,
    ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
  };
  const after = await store.using(bookkeeping(c)).list().catch(() => undefined);
  return {
    ...result,
    summaryMarkdown: renderDeploySection({
      kind: 'rollback',
      result,
      ...(after ? { history: historyRows(after) } : {}),
    }),
  };
}
