// plan: what an apply would do, against the live cluster, without changing it. Server-side dry-run
// apply (validation, admission, and — with an ApplySet — what kubectl would prune) and
// `kubectl diff --server-side` (the text an approver reads), run side by side.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Finding } from '../report/finding.js';
import { KubectlError } from '../tools/kubectl.js';
import { annotateObjects } from './annotate.js';
import { applysetId, applysetParentName, PART_OF_LABEL } from './applyset.js';
import { clusterFinding, connect, jsonStream, preflight, type Connection } from './cluster.js';
import { outputDir, outsideNamespace, releaseName, releaseNamespace, withNamespace } from './context.js';
import { capText, type DiffOutcome } from './diff.js';
import { checkDeployAllowed } from './guard.js';
import { keyOf, qualifiedName, type K8sObject } from './objects.js';
import { isUnfinished, ReleaseStore, type ReleaseRecord } from './release-store.js';
import { describeHolder, holderOf, readLease } from './lock.js';
import { render, RenderFailed, type Rendered } from './render.js';
import { finding } from './rules.js';
import { renderDeploySection } from './summary.js';
import type { Changes, DeployOptions, DeployResult, PlanFile } from './types.js';

export const DEFAULT_MAX_DIFF_BYTES = 4 * 1024 * 1024;
export const DEFAULT_SUMMARY_DIFF_BYTES = 48 * 1024;

export function emptyChanges(): Changes {
  return { created: [], changed: [], unchanged: [], pruned: [] };
}

/** A result for a run that stopped early (render failure, unreachable cluster). */
export function stoppedResult(o: { environment: string }, findings: Finding[], extra: Partial<DeployResult> = {}, kind: 'plan' | 'apply' | 'rollback' = 'apply'): DeployResult {
  const base: Omit<DeployResult, 'summaryMarkdown'> = {
    check: 'deploy',
    findings,
    artifacts: {},
    stats: {},
    status: 'failed',
    changes: emptyChanges(),
    images: [],
    environment: o.environment,
    ...extra,
  };
  return { ...base, summaryMarkdown: renderDeploySection({ kind, result: base }) };
}

/** A diff for objects that do not exist yet and cannot be dry-run (their namespace is missing). */
function creationDiff(objects: readonly K8sObject[]): string {
  return objects
    .map((o) => {
      // kubectl's own diff files: keys sorted, sequences not indented.
      const lines = stringify(sortKeys(o), { lineWidth: 0, indentSeq: false }).trimEnd().split('\n');
      return `--- live/${qualifiedName(o)}\n+++ merged/${qualifiedName(o)}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`;
    })
    .join('');
}

/**
 * Whether the namespace exists. An identity with only namespace-scoped RBAC may not read Namespace
 * objects; it can only deploy into a namespace that exists, so forbidden means yes.
 */
async function namespaceExistsOrHidden(c: Connection, namespace: string): Promise<boolean> {
  try {
    await c.client.raw('get', `/api/v1/namespaces/${encodeURIComponent(namespace)}`);
    return true;
  } catch (e) {
    if (e instanceof KubectlError && e.kind === 'forbidden') return true;
    if (e instanceof KubectlError && e.kind === 'not-found') return false;
    throw e;
  }
}

/**
 * kubectl labels ApplySet members on apply, but kubectl diff knows nothing of ApplySets; without
 * the label in its input every member would show the label's removal as a change.
 */
function withApplysetLabel(objects: readonly K8sObject[], release: string, namespace: string): K8sObject[] {
  const id = applysetId(applysetParentName(release), namespace);
  return objects.map((x) => (x.kind === 'Namespace' && x.apiVersion === 'v1' ? x : { ...x, metadata: { ...x.metadata, labels: { ...(x.metadata.labels ?? {}), [PART_OF_LABEL]: id } } }));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

export function changesFromDiff(objects: readonly K8sObject[], diff: DiffOutcome, pruned: readonly string[]): Changes {
  const byKey = new Map(diff.changed.map((d) => [d.key, d]));
  const c = emptyChanges();
  for (const o of objects) {
    const d = byKey.get(keyOf(o));
    if (!d) c.unchanged.push(qualifiedName(o));
    else if (d.created) c.created.push(qualifiedName(o));
    else c.changed.push(qualifiedName(o));
  }
  c.pruned = [...pruned];
  return c;
}

/** What a reviewer must know first when the newest revision never finished. */
export function unfinishedNote(history: readonly ReleaseRecord[]): string | undefined {
  const newest = history[0];
  if (!newest || !isUnfinished(newest.status)) return undefined;
  const live = history.find((h) => h.status === 'deployed');
  const who = [newest.meta.commit ? `commit ${newest.meta.commit.slice(0, 12)}` : '', newest.meta.run?.url ?? newest.meta.run?.id ?? ''].filter(Boolean).join(', ');
  return (
    `revision ${newest.revision}${who ? ` (${who})` : ''} never finished (${newest.status}${newest.statusReason ? `: ${newest.statusReason}` : ''}): ` +
    `what is live may be a mix of revision ${newest.revision} and ${live ? `revision ${live.revision}, the last deployed` : 'what was there before'}. ` +
    `Applying this plan re-applies the full set and records it normally.`
  );
}

export async function plan(o: DeployOptions): Promise<DeployResult> {
  checkDeployAllowed(o);
  const root = o.root ?? process.cwd();
  // Connecting and the reachability check run while kustomize builds (see apply).
  let early: { c: Connection; pre: Promise<unknown> } | { error: unknown };
  try {
    const c = connect(o);
    early = { c, pre: preflight(c).then(() => undefined, (e: unknown) => e ?? new Error('preflight failed')) };
  } catch (e) {
    early = { error: e };
  }
  let rendered: Rendered;
  try {
    rendered = await render({ ...o, root });
  } catch (e) {
    if (e instanceof RenderFailed) return stoppedResult(o, e.findings, {}, 'plan');
    throw e;
  }
  if ('error' in early) throw early.error;
  const { c, pre } = early;
  const release = releaseName(o.overlay, o.release);
  const namespace = releaseNamespace(rendered.objects, o.namespace);
  const findings = [...rendered.findings];
  const file = rendered.overlayFile;
  if (o.prune) {
    for (const x of outsideNamespace(rendered.objects, namespace)) {
      findings.push(finding('deploy/prune-scope', file, `${qualifiedName(x)} is outside the release namespace ${namespace}; pruning covers one namespace`));
    }
  }
  const base = { environment: o.environment, namespace, release, server: c.server, manifestSha256: rendered.sha256, images: rendered.containers };
  const unreachable = await pre;
  if (unreachable) return stoppedResult(o, [...findings, clusterFinding(unreachable, c.server, file, 'checking the cluster')], base, 'plan');
  if (findings.some((f) => f.severity === 'error')) return stoppedResult(o, findings, { ...base, ...(c.serverVersion !== undefined ? { serverVersion: c.serverVersion } : {}) }, 'plan');

  const annotated = annotateObjects(withNamespace(rendered.objects, namespace), { release, commit: o.commit, run: o.run?.url ?? o.run?.id });
  const manifests = jsonStream(annotated);
  let namespaceExists = false;
  let changes: Changes;
  let diffText: string;
  let nextRevision = 1;
  let provenanceOnly = 0;
  try {
    // The history and the lock are read alongside the namespace check (both are empty when the
    // namespace is missing); what they say counts only when it exists.
    const store = new ReleaseStore(c.client, namespace, release);
    const historyRead = store.list().then((h) => ({ h }), (e: unknown) => ({ e }));
    // A plan identity without lease access still plans; it just cannot say who deploys now.
    const leaseRead = readLease(c.client, namespace, release).catch(() => undefined);
    namespaceExists = await namespaceExistsOrHidden(c, namespace);
    if (namespaceExists) {
      const [read, { pruned, diff }, lease] = await Promise.all([
        historyRead,
        c.client.planApply(annotated, { namespace, release, prune: !!o.prune, dryRun: true }, o.prune ? jsonStream(withApplysetLabel(annotated, release, namespace)) : manifests),
        leaseRead,
      ]);
      if ('e' in read) throw read.e;
      const history = read.h;
      nextRevision = (history[0]?.revision ?? 0) + 1;
      const unfinished = unfinishedNote(history);
      if (unfinished) findings.unshift(finding('deploy/unfinished-revision', file, unfinished));
      if (lease?.spec?.holderIdentity) {
        findings.push(finding('deploy/lock-held', file, `a deploy of ${release} is running now and holds the release lock (${describeHolder(holderOf(lease))}); this plan may be out of date when it finishes`));
      }
      changes = changesFromDiff(annotated, diff, pruned.map((p) => `${namespace}/${p}`));
      diffText = diff.text;
      provenanceOnly = diff.provenanceOnly?.length ?? 0;
    } else {
      changes = { ...emptyChanges(), created: annotated.map((x) => qualifiedName(x)) };
      diffText = creationDiff(annotated);
      findings.push(finding('deploy/new-namespace', file, `namespace ${namespace} does not exist yet: everything in it is new, and the server can check those objects only when they are applied`));
    }
  } catch (e) {
    return stoppedResult(o, [...findings, clusterFinding(e, c.server, file, 'server-side dry run')], { ...base, ...(c.serverVersion !== undefined ? { serverVersion: c.serverVersion } : {}) }, 'plan');
  }

  const dir = outputDir(o.outDir);
  const diffFile = path.join(dir, `plan-${o.environment}.diff`);
  const planFile = path.join(dir, `plan-${o.environment}.json`);
  const capped = capText(diffText, o.maxDiffBytes ?? DEFAULT_MAX_DIFF_BYTES);
  writeFileSync(diffFile, capped.text + (capped.truncated ? `\n# diff cut at ${o.maxDiffBytes ?? DEFAULT_MAX_DIFF_BYTES} bytes\n` : ''));
  const shown = capText(capped.text, o.summaryDiffBytes ?? DEFAULT_SUMMARY_DIFF_BYTES);
  if (shown.truncated) findings.push(finding('deploy/diff-truncated', file, `the diff (${Buffer.byteLength(diffText)} bytes) is cut in the summary; the full diff is in ${diffFile}`));

  const doc: PlanFile = {
    version: 1,
    environment: o.environment,
    namespace,
    release,
    overlay: file,
    server: c.server,
    ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
    createdAt: new Date().toISOString(),
    ...(o.commit ? { commit: o.commit } : {}),
    manifestSha256: rendered.sha256,
    nextRevision,
    changes,
    images: rendered.containers,
    namespaceExists,
    diff: { file: diffFile, bytes: Buffer.byteLength(diffText), truncated: capped.truncated },
  };
  writeFileSync(planFile, JSON.stringify(doc, null, 2) + '\n');

  const result: Omit<DeployResult, 'summaryMarkdown'> = {
    check: 'deploy',
    findings,
    artifacts: { plan: planFile, diff: diffFile },
    stats: {
      resources: annotated.length,
      create: changes.created.length,
      change: changes.changed.length,
      prune: changes.pruned.length,
      unchanged: changes.unchanged.length,
      // Counted as unchanged: only the run/commit annotations would be rewritten.
      provenanceOnly,
      diffBytes: Buffer.byteLength(diffText),
    },
    status: findings.some((f) => f.severity === 'error') ? 'failed' : 'planned',
    revision: nextRevision,
    planFile,
    diffFile,
    changes,
    ...base,
    ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
  };
  return { ...result, summaryMarkdown: renderDeploySection({ kind: 'plan', result, diff: { ...shown, file: diffFile } }) };
}
