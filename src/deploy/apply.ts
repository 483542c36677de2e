// apply: render, server-side apply (optionally pruning through an ApplySet), record the revision,
// wait for the rollout, verify digests; on failure and when asked, re-apply the previous release.
import { existsSync, readFileSync } from 'node:fs';
import type { Finding } from '../report/finding.js';
import { UsageError } from '../report/finding.js';
import { annotateObjects } from './annotate.js';
import { clusterFinding, connect, liveVersions, preflight, type Connection } from './cluster.js';
import { linkedAbort, underReleaseLock } from './locked.js';
import { keyOf, type K8sObject } from './objects.js';
import { outsideNamespace, releaseName, releaseNamespace, withNamespace } from './context.js';
import { abortReason, bookkeeping, cycleSettings, recordsAfter, runCycle, settleAbandoned, type CycleInput, type CycleOutcome } from './cycle.js';
import { checkDeployAllowed } from './guard.js';
import { qualifiedName } from './objects.js';
import { stoppedResult } from './plan.js';
import { ReleaseStore, type ReleaseRecord } from './release-store.js';
import { render, RenderFailed, type Rendered } from './render.js';
import { rollbackCycle } from './rollback.js';
import { finding } from './rules.js';
import { historyRows, renderDeploySection } from './summary.js';
import type { ApplyOptions, DeployResult, PlanFile } from './types.js';


function readPlan(file: string): PlanFile {
  if (!existsSync(file)) throw new UsageError(`plan file ${file} does not exist`);
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as PlanFile;
    if (p.version !== 1 || typeof p.manifestSha256 !== 'string') throw new Error('not a deploy plan');
    return p;
  } catch (e) {
    throw new UsageError(`plan file ${file} is not a deploy plan: ${(e as Error).message}`);
  }
}

type Common = Omit<CycleInput, 'history' | 'objects' | 'meta' | 'allowUnchanged' | 'before'>;

/** The cycle of an apply, and the rollback when it failed and one was asked for. */
async function applyCycle(o: ApplyOptions, common: Common, history: ReleaseRecord[], objects: K8sObject[], before: Promise<Map<string, string>>, rendered: Rendered) {
  const { store, release, file } = common;
  const findings: Finding[] = [];
  const cycle: CycleOutcome = await runCycle({
    ...common,
    history,
    objects,
    before,
    allowUnchanged: true,
    meta: {
      release,
      environment: o.environment,
      namespace: common.namespace,
      manifestSha256: rendered.sha256,
      overlay: file,
      images: rendered.containers,
      ...(o.commit ? { commit: o.commit } : {}),
      ...(o.ref ? { ref: o.ref } : {}),
      ...(o.run ? { run: o.run } : {}),
    },
  });
  findings.push(...cycle.findings);

  let status: DeployResult['status'] = cycle.status;
  let revision = cycle.revision;
  let rollback: DeployResult['rollback'];
  let failedRevision: number | undefined;
  if (!cycle.ok) {
    failedRevision = cycle.revision;
    // An interrupted deploy stops: a rollback is more work the cancellation asked not to do.
    if (o.rollbackOnFailure && cycle.touched && cycle.status === 'failed') {
      const fresh = await store.list().catch(() => history);
      const target = fresh.find((h) => h.status === 'deployed' && h.revision !== cycle.revision);
      if (!target) {
        findings.push(finding('deploy/no-previous-release', file, `there is no earlier deployed revision of ${release} to roll back to; the failed revision stays applied`));
      } else {
        const rb = await rollbackCycle({ ...common, history: fresh, target, reason: `revision ${cycle.revision ?? '?'} failed`, ...(o.commit ? { commit: o.commit } : {}), ...(o.run ? { run: o.run } : {}) });
        findings.push(...rb.findings);
        rollback = rb.report;
        status = rb.cycle.status === 'interrupted' ? 'interrupted' : rb.report.status === 'rolled-back' ? 'rolled-back' : 'rollback-failed';
        revision = rb.report.status === 'rolled-back' ? rb.report.revision : undefined;
      }
    }
  }
  return { cycle, history, status, revision, rollback, failedRevision, findings };
}

export async function apply(o: ApplyOptions): Promise<DeployResult> {
  checkDeployAllowed(o);
  const approved = o.planFile ? readPlan(o.planFile) : undefined;
  const root = o.root ?? process.cwd();
  const ac = linkedAbort(o.signal);
  // The reachability check (a TLS handshake and one GET) needs only the kubeconfig: it runs while
  // kustomize builds. A kubeconfig that cannot be used is reported after the render, as before.
  let early: { c: Connection; pre: Promise<unknown> } | { error: unknown };
  try {
    const c = connect({ ...o, signal: ac.signal });
    early = { c, pre: preflight(c).then(() => undefined, (e: unknown) => e ?? new Error('preflight failed')) };
  } catch (e) {
    early = { error: e };
  }
  let rendered: Rendered;
  o.log?.(`rendering ${o.overlay}`);
  try {
    rendered = await render({ ...o, root });
  } catch (e) {
    if (e instanceof RenderFailed) return stoppedResult(o, e.findings);
    throw e;
  }
  if ('error' in early) throw early.error;
  const { c, pre } = early;
  const release = releaseName(o.overlay, o.release);
  const namespace = releaseNamespace(rendered.objects, o.namespace);
  const file = rendered.overlayFile;
  const findings: Finding[] = [...rendered.findings];
  if (approved) {
    if (approved.manifestSha256 !== rendered.sha256) {
      findings.push(finding('deploy/plan-mismatch', file, `the manifests (sha256 ${rendered.sha256.slice(0, 12)}) differ from the approved plan's (sha256 ${approved.manifestSha256.slice(0, 12)}); plan again and get it approved`));
    }
    if (approved.environment !== o.environment || approved.namespace !== namespace || approved.release !== release) {
      findings.push(finding('deploy/plan-mismatch', file, `the approved plan is for ${approved.environment} ${approved.namespace}/${approved.release}, not ${o.environment} ${namespace}/${release}`));
    }
  }
  if (o.prune) {
    for (const x of outsideNamespace(rendered.objects, namespace)) {
      findings.push(finding('deploy/prune-scope', file, `${qualifiedName(x)} is outside the release namespace ${namespace}; pruning covers one namespace`));
    }
  }
  const base = { environment: o.environment, namespace, release, server: c.server, manifestSha256: rendered.sha256, images: rendered.containers, ...(o.planFile ? { planFile: o.planFile } : {}), ...(approved ? { diffFile: approved.diff.file } : {}) };
  if (findings.some((f) => f.severity === 'error')) return stoppedResult(o, findings, base);
  if (ac.signal.aborted) return stoppedResult(o, [...findings, finding('deploy/interrupted', file, `${abortReason(ac.signal)} while rendering: nothing was applied or recorded`)], base);
  const store = new ReleaseStore(c.client, namespace, release, o.store);
  const run = o.run?.url ?? o.run?.id;
  const objects = annotateObjects(withNamespace(rendered.objects, namespace), { release, commit: o.commit, run });
  // The reachability check, the lock's create and the live read go side by side: one round of
  // kubectl start-up. The live read only labels what changed (created/changed/unchanged); the
  // history, which decides what is recorded, is read once the lock is held.
  const live = liveVersions(c, objects);
  live.catch(() => undefined);

  const common = {
    c, store, namespace, release, file,
    ...cycleSettings(o),
    signal: ac.signal,
    ...(o.onRevision ? { onRevision: o.onRevision } : {}),
  };
  const locked = await underReleaseLock(
    { c, ac, namespace, release, environment: o.environment, file, settings: o, ...(o.commit ? { commit: o.commit } : {}), ...(run ? { run } : {}), ...(o.log ? { log: o.log } : {}) },
    async (held) => {
      const unreachable = await pre;
      if (unreachable) throw unreachable;
      // A deploy that waited for the lock reads again: the other one changed what is live.
      // A namespace the lock had to create is this deploy's creation all the same.
      const before = (held.waited ? liveVersions(c, objects) : live).then((m) => {
        if (held.createdNamespace) for (const x of objects) if (x.kind === 'Namespace' && x.apiVersion === 'v1' && x.metadata.name === namespace) m.delete(keyOf(x));
        return m;
      });
      before.catch(() => undefined);
      const history = await settleAbandoned(store, await store.list(), `the deploy of ${run ?? o.commit ?? 'a later run'}`);
      return applyCycle(o, common, history, objects, before, rendered);
    },
  ).catch((e: unknown) => ({ findings: [ac.signal.aborted ? finding('deploy/interrupted', file, `${abortReason(ac.signal)}: ${(e as Error).message}`) : clusterFinding(e, c.server, file, 'reading the release history')], value: undefined }));
  const unreachable = await pre;
  if (unreachable) return stoppedResult(o, [...findings, clusterFinding(unreachable, c.server, file, 'checking the cluster')], base);
  findings.push(...locked.findings);
  if (!locked.value) return stoppedResult(o, findings, { ...base, ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}) });
  const { cycle, history, status, revision, rollback, failedRevision } = locked.value;
  findings.push(...locked.value.findings);

  const result: Omit<DeployResult, 'summaryMarkdown'> = {
    check: 'deploy',
    findings,
    artifacts: {},
    stats: {
      resources: objects.length,
      created: cycle.changes.created.length,
      changed: cycle.changes.changed.length,
      pruned: cycle.changes.pruned.length,
      unchanged: cycle.changes.unchanged.length,
      ...(revision ? { revision } : {}),
    },
    status,
    ...(revision !== undefined ? { revision } : {}),
    ...(failedRevision !== undefined ? { failedRevision } : {}),
    ...(rollback ? { rollback } : {}),
    changes: cycle.changes,
    ...base,
    ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
  };
  // The records as they now are; read back only when a rollback moved them around.
  const after = rollback || !cycle.ok ? await store.using(bookkeeping(c)).list().catch(() => undefined) : recordsAfter(history, cycle);
  return {
    ...result,
    summaryMarkdown: renderDeploySection({
      kind: 'apply',
      result,
      ...(after ? { history: historyRows(after) } : {}),
    }),
  };
}
