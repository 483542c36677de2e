// k8s-deploy: preflight | plan | apply | rollback. Inputs → the deploy engine → job summary (the
// engine's reviewable plan), annotations, outputs, GitHub Deployments statuses. The kubeconfig input
// is masked, written 0600 under RUNNER_TEMP and removed by post.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import {
  apply,
  checkDeployAllowed,
  plan,
  render,
  rollback,
  type DeployResult,
} from '../../deploy/index.js';
import { releaseName, releaseNamespace } from '../../deploy/context.js';
import type { HeldLock, RevisionInFlight } from '../../deploy/types.js';
import { renderAnnotations, UsageError } from '../../report/index.js';
import { clusterEndpoint } from '../../tools/kubectl.js';
import { info } from '../../github/log.js';
import { pathGuard } from '../../path-guard.js';
import { headCommit, shortRef } from '../../deploy/ref.js';
import { DeploymentsClient, deploymentDescription, deploymentPayload } from '../../github/deployments.js';
import { environmentPreflight } from '../../github/environment-protection.js';
import { decodeKubeconfig, kubeconfigSecrets, runnerKubeconfig, writeKubeconfig } from '../../deploy/kubeconfig.js';
import { runnerTempDir } from '../../github/workspace.js';
import { readInputs, type DeployInputs } from './context.js';

export const STATE_KUBECONFIG = 'kubeconfig-file';
/** What post needs when main is killed: the cluster, the lock main held and the revision in flight. */
export const STATE_CLUSTER = 'deploy-cluster';
export const STATE_LOCK = 'deploy-lock';
export const STATE_REVISION = 'deploy-revision';
export const STATE_FINISHED = 'deploy-finished';

const outDir = () => runnerTempDir('deploy');

function runLink(): { id?: string; url?: string } {
  const id = process.env['GITHUB_RUN_ID'];
  const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repo = process.env['GITHUB_REPOSITORY'];
  return { ...(id ? { id } : {}), ...(id && repo ? { url: `${server}/${repo}/actions/runs/${id}` } : {}) };
}

/** The kubeconfig the engine uses: the masked input written to a private file, or the runner's. */
function setUpKubeconfig(i: DeployInputs): string {
  if (!i.kubeconfig.trim()) return runnerKubeconfig();
  // Mask before parsing: an error message must not be able to carry any of it.
  core.setSecret(i.kubeconfig);
  const { text, doc } = decodeKubeconfig(i.kubeconfig);
  if (text.trim() !== i.kubeconfig.trim()) core.setSecret(text.trim());
  for (const s of kubeconfigSecrets(doc)) core.setSecret(s);
  const written = writeKubeconfig(text, { beforeWrite: (w) => core.saveState(STATE_KUBECONFIG, w.file) });
  core.info(`kubeconfig from the input written to ${written.file} (mode 0600, removed after the job)`);
  return written.file;
}

/** A build-manifest input holding JSON (the images workflow's output) goes to a file first. */
function buildManifestFile(value: string): string | undefined {
  if (!value) return undefined;
  if (!value.startsWith('{')) {
    const file = path.resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), value);
    // The checkout or a downloaded artifact, nothing else the runner can read.
    const places = [process.env['GITHUB_WORKSPACE'] || process.cwd(), process.env['RUNNER_TEMP']].filter((d): d is string => !!d);
    if (places.every((d) => pathGuard(d)(file)?.kind === 'outside')) throw new UsageError(`input build-manifest ${value} is outside the workspace and RUNNER_TEMP`);
    return file;
  }
  const file = path.join(outDir(), 'build-manifest.json');
  writeFileSync(file, value.endsWith('\n') ? value : `${value}\n`);
  return file;
}

async function preflight(i: DeployInputs): Promise<void> {
  core.setOutput('ref', i.ref);
  if (i.requiredReviewers === 'off') {
    core.info(`deploy to ${i.environment} from ${i.ref || '(no ref)'} is allowed; the environment protection check is off`);
    core.setOutput('status', 'allowed');
    return;
  }
  const repository = process.env['GITHUB_REPOSITORY'] ?? '';
  const { reviewers, messages } = await environmentPreflight({ token: i.token, repository, environment: i.environment, planEnvironment: i.planEnvironment, policy: i.requiredReviewers });
  if (reviewers) core.setOutput('reviewers', JSON.stringify(reviewers));
  for (const m of messages) {
    if (m.level === 'error') core.error(m.message);
    else if (m.level === 'warning') core.warning(m.message);
    else core.notice(m.message);
  }
  const errors = messages.filter((m) => m.level === 'error');
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
    await core.summary
      .addRaw(`### Deploy pre-flight: \`${i.environment}\`\n\n- ✅ ref \`${i.ref || '(none)'}\` may be deployed to \`${i.environment}\`\n${messages.map((m) => `- ${icon[m.level]} ${m.message}`).join('\n')}\n`)
      .write();
  }
  core.setOutput('status', errors.length ? 'unprotected' : 'allowed');
  if (errors.length) core.setFailed(`deploy pre-flight for ${i.environment}: ${errors[0]!.message}`);
}

interface DeploymentRecord {
  client: DeploymentsClient;
  id: number;
  logUrl?: string;
}

function withoutStatus(payload: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, ...rest } = payload;
  void _status;
  return rest;
}

async function startDeployment(i: DeployInputs, commit: string, buildManifest: string | undefined): Promise<DeploymentRecord | undefined> {
  if (!i.githubDeployment || i.mode === 'plan') return undefined;
  if (!i.token) throw new UsageError('github-deployment: true needs a token (input token)');
  const repository = process.env['GITHUB_REPOSITORY'] ?? '';
  // The digests about to be deployed, for the deployment payload (the record is immutable once created).
  let images: DeployResult['images'] = [];
  if (i.overlay && i.mode === 'apply') {
    images = await render({ overlay: i.overlay, root: i.root, ...(buildManifest ? { buildManifest } : {}), images: i.images, allowRemoteResources: i.allowRemoteResources })
      .then((r) => r.containers)
      .catch(() => []);
  }
  const logUrl = runLink().url;
  try {
    const client = new DeploymentsClient({ token: i.token, repository });
    const id = await client.start({
      ref: shortRef(i.ref) || commit,
      environment: i.environment,
      description: `${i.mode} by portarium-infra`,
      // The payload is fixed at creation: what is about to be deployed, not how it went (the statuses say that).
      payload: {
        ...withoutStatus(deploymentPayload({ images, status: 'planned' })),
        release: i.release ?? (i.overlay ? releaseName(i.overlay) : undefined),
        namespace: i.namespace,
        mode: i.mode,
        commit,
      },
      ...(i.environmentUrl ? { environmentUrl: i.environmentUrl } : {}),
      ...(logUrl ? { logUrl } : {}),
      productionEnvironment: i.protectedEnvironments.includes(i.environment),
    });
    core.setOutput('deployment-id', String(id));
    core.info(`GitHub deployment ${id} (${i.environment}) is in progress`);
    return { client, id, ...(logUrl ? { logUrl } : {}) };
  } catch (e) {
    // The deploy itself must not depend on the bookkeeping API; say so loudly and go on.
    core.warning(`could not create a GitHub deployment for ${i.environment} (the deploy goes on without it): ${(e as Error).message}. The job needs permissions: deployments: write.`);
    return undefined;
  }
}

async function finishDeployment(d: DeploymentRecord | undefined, i: DeployInputs, r: DeployResult | undefined, error?: unknown): Promise<void> {
  if (!d) return;
  const ok = r && (r.status === 'deployed' || r.status === 'unchanged' || (i.mode === 'rollback' && r.status === 'rolled-back'));
  const state = r ? (ok ? 'success' : 'failure') : 'error';
  const description = r ? deploymentDescription(r) : `error: ${(error as Error)?.message ?? String(error)}`;
  try {
    const inactive = await d.client.finish(d.id, {
      environment: i.environment,
      state,
      description,
      ...(i.environmentUrl ? { environmentUrl: i.environmentUrl } : {}),
      ...(d.logUrl ? { logUrl: d.logUrl } : {}),
    });
    core.info(`GitHub deployment ${d.id}: ${state}${inactive.length ? `; superseded deployment(s) ${inactive.join(', ')} marked inactive` : ''}`);
  } catch (e) {
    core.warning(`could not set the status of GitHub deployment ${d.id} to ${state}: ${(e as Error).message}`);
  }
}

/** Rollback needs the release and namespace; take them from the overlay when not given. */
async function rollbackTargetNames(i: DeployInputs): Promise<{ namespace: string; release: string }> {
  if (i.namespace && i.release) return { namespace: i.namespace, release: i.release };
  if (!i.overlay) throw new UsageError('mode rollback needs namespace and release, or the overlay they come from');
  const release = releaseName(i.overlay, i.release);
  if (i.namespace) return { namespace: i.namespace, release };
  const rendered = await render({ overlay: i.overlay, root: i.root, allowRemoteResources: i.allowRemoteResources });
  return { namespace: releaseNamespace(rendered.objects), release };
}

function report(i: DeployInputs, r: DeployResult): void {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const rel = path.relative(workspace, i.root).split(path.sep).join('/');
  const prefix = rel && !rel.startsWith('..') ? `${rel}/` : '';
  for (const line of renderAnnotations(r.findings, { pathPrefix: prefix })) process.stdout.write(`${line}\n`);
  core.setOutput('status', r.status);
  core.setOutput('revision', r.revision !== undefined ? String(r.revision) : '');
  core.setOutput('failed-revision', r.failedRevision !== undefined ? String(r.failedRevision) : '');
  core.setOutput('plan-file', r.planFile ?? '');
  core.setOutput('diff-file', r.diffFile ?? '');
  core.setOutput('changes', JSON.stringify(r.changes));
  core.setOutput('images', JSON.stringify(r.images));
  core.setOutput('server', r.server ?? '');
  core.info(`${i.mode} ${i.environment}: ${r.status}${r.revision !== undefined ? ` (revision ${r.revision})` : ''}; ${r.changes.created.length} created, ${r.changes.changed.length} changed, ${r.changes.pruned.length} pruned, ${r.changes.unchanged.length} unchanged`);
  if (r.rollback) info(`rollback: ${r.rollback.message}`);
}

export async function run(): Promise<void> {
  const i = readInputs();
  // Refusals first: nothing is written, masked, rendered or called for a deploy the policy forbids.
  // A rollback restores something approved once; only the environment is checked again.
  const guard = { environment: i.environment, allowedEnvironments: i.allowedEnvironments, protectedEnvironments: i.mode === 'rollback' ? [] : i.protectedEnvironments, ref: i.ref, defaultBranch: i.defaultBranch };
  checkDeployAllowed(guard);
  if (i.mode === 'preflight') return preflight(i);

  const kubeconfig = setUpKubeconfig(i);
  const endpoint = clusterEndpoint(kubeconfig, i.context);
  core.info(`cluster: ${endpoint.server} (context ${endpoint.context})`);
  const commit = headCommit(i.root);
  const buildManifest = buildManifestFile(i.buildManifest);
  const common = {
    ...guard,
    kubeconfig,
    context: endpoint.context,
    root: i.root,
    outDir: outDir(),
    ...(commit ? { commit } : {}),
    run: runLink(),
    log: (line: string) => info(line),
  };

  core.saveState(STATE_CLUSTER, JSON.stringify({ kubeconfig, context: endpoint.context }));
  // The runner cancels with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that: stop at
  // the first, let the engine record the interruption and release the lock, and leave before the kill.
  const cancel = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (cancel.signal.aborted) return;
    core.warning(`received ${sig}: stopping the ${i.mode}, recording where it stopped and releasing the release lock`);
    cancel.abort(new Error(`cancelled by ${sig}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const tracking = {
    signal: cancel.signal,
    ...(i.lockTimeoutMs !== undefined ? { lockTimeoutMs: i.lockTimeoutMs } : {}),
    onLock: (held: HeldLock) => core.saveState(STATE_LOCK, JSON.stringify(held)),
    onRevision: (r: RevisionInFlight) => core.saveState(STATE_REVISION, JSON.stringify(r)),
  };

  const deployment = await startDeployment(i, commit, buildManifest);
  let result: DeployResult | undefined;
  try {
    if (i.mode === 'plan' || i.mode === 'apply') {
      const target = {
        ...common,
        overlay: i.overlay!,
        ...(i.namespace ? { namespace: i.namespace } : {}),
        ...(i.release ? { release: i.release } : {}),
        ...(buildManifest ? { buildManifest } : {}),
        images: i.images,
        requireDigests: i.requireDigests,
        prune: i.prune,
        allowRemoteResources: i.allowRemoteResources,
      };
      result = await core.group(`${i.mode} ${i.environment}`, () =>
        i.mode === 'plan'
          ? plan(target)
          : apply({
              ...target,
              ...(i.timeoutMs ? { timeoutMs: i.timeoutMs } : {}),
              rollbackOnFailure: i.rollbackOnFailure,
              forceConflicts: i.forceConflicts,
              ...(i.keepHistory ? { keepHistory: i.keepHistory } : {}),
              ...(i.planFile ? { planFile: i.planFile } : {}),
              ...tracking,
            }),
      );
    } else {
      const names = await rollbackTargetNames(i);
      result = await core.group(`rollback ${i.environment}`, () =>
        rollback({
          ...common,
          ...names,
          prune: i.prune,
          forceConflicts: i.forceConflicts,
          ...(i.timeoutMs ? { timeoutMs: i.timeoutMs } : {}),
          ...(i.keepHistory ? { keepHistory: i.keepHistory } : {}),
          ...(i.toRevision ? { toRevision: i.toRevision } : {}),
          ...tracking,
        }),
      );
    }
  } catch (e) {
    await finishDeployment(deployment, i, undefined, e);
    throw e;
  } finally {
    // Whatever happened, main did its own bookkeeping: post has nothing to settle.
    core.saveState(STATE_FINISHED, 'true');
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  await finishDeployment(deployment, i, result);

  report(i, result);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(result.summaryMarkdown).write();
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length || result.status === 'failed' || result.status === 'rollback-failed') {
    core.setFailed(`deploy ${i.mode} of ${i.environment}: ${result.status}${errors[0] ? `: ${errors[0].message}` : ''}`);
  }
}
