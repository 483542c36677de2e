// `portarium-infra deploy plan|apply|rollback`: the k8s-deploy action's steps from a laptop, with the
// same engine, the same refusals and the same release history in the cluster.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  apply,
  checkDeployAllowed,
  cliFlag,
  DEFAULT_ENVIRONMENTS,
  plan,
  render,
  rollback,
  type DeployResult,
} from '../deploy/index.js';
import { releaseName, releaseNamespace } from '../deploy/context.js';
import { changeCounts } from '../deploy/summary.js';
import { type FailOn, UsageError, parseFailOn, shouldFail } from '../report/index.js';
import { qualifyRef } from '../deploy/ref.js';
import { parseDuration } from '../settings/duration.js';
import { runnerKubeconfig } from '../deploy/kubeconfig.js';
import type { CliIO } from './main.js';
import { parseFormat, writeResults } from './output.js';
import { outputOf } from '../tools/process.js';

export { DEPLOY_OPTIONS, DEPLOY_USAGE } from './deploy-usage.js';

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

function str(v: Values, k: string): string | undefined {
  const x = v[k];
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}

function positive(v: Values, k: string): number | undefined {
  const x = str(v, k);
  if (x === undefined) return undefined;
  if (!/^\d+$/.test(x) || Number(x) < 1) throw new UsageError(`--${k} must be a whole number of at least 1 (got "${x}")`);
  return Number(x);
}

function git(cwd: string, ...args: string[]): string {
  return outputOf('git', args, { cwd }) ?? '';
}

/** The ref a laptop deploys: a v* tag pointing at HEAD, else the checked-out branch. */
function localRef(cwd: string): string {
  const tag = git(cwd, 'tag', '--points-at', 'HEAD', '--list', 'v*').split('\n').filter(Boolean).sort().pop();
  if (tag) return `refs/tags/${tag}`;
  return git(cwd, 'symbolic-ref', '-q', 'HEAD');
}

function environmentFor(overlay: string | undefined, explicit: string | undefined): string {
  if (explicit) return explicit;
  const guess = overlay ? path.basename(path.resolve(overlay)) : '';
  if ((DEFAULT_ENVIRONMENTS as readonly string[]).includes(guess)) return guess;
  throw new UsageError(`pass --environment (${DEFAULT_ENVIRONMENTS.join(', ')}); it cannot be taken from the overlay name "${guess || '(none)'}"`);
}

function textReport(mode: string, r: DeployResult, showDiff: boolean): string {
  const out: string[] = [];
  const rev = r.revision !== undefined ? ` revision ${r.revision}` : '';
  const counts = mode === 'plan' ? changeCounts(r.changes) : `${r.changes.created.length} created, ${r.changes.changed.length} changed, ${r.changes.pruned.length} pruned, ${r.changes.unchanged.length} unchanged`;
  // A half-applied release is a warning finding, printed (once) with the findings right after this report.
  out.push(`deploy ${mode} ${r.environment}: ${r.status}${rev} (${r.namespace ?? '?'}/${r.release ?? '?'} on ${r.server ?? '?'}${r.serverVersion ? ` ${r.serverVersion}` : ''})`);
  out.push(`  ${counts}`);
  for (const x of r.changes.created) out.push(`  + ${x}`);
  for (const x of r.changes.changed) out.push(`  ~ ${x}`);
  for (const x of r.changes.pruned) out.push(`  - ${x}`);
  for (const i of r.images) out.push(`  image ${i.object} ${i.container}: ${i.image}${i.digest ? '' : ' (not pinned)'}`);
  if (r.failedRevision !== undefined) out.push(`  failed revision: ${r.failedRevision}`);
  if (r.rollback) out.push(`  rollback: ${r.rollback.message}`);
  if (r.planFile) out.push(`  plan file: ${r.planFile}`);
  if (r.diffFile) out.push(`  diff file: ${r.diffFile}`);
  if (showDiff && r.diffFile && mode === 'plan') {
    const diff = readFileSync(r.diffFile, 'utf8');
    if (diff) out.push('', diff.trimEnd());
  }
  return out.join('\n') + '\n';
}

/** Runs `deploy <mode>`; returns the exit status (0 ok, 1 failed deploy or findings at --fail-on). */
export async function runDeployCommand(values: Values, positionals: string[], io: CliIO): Promise<number> {
  const [modeArg, ...extra] = positionals;
  if (modeArg !== 'plan' && modeArg !== 'apply' && modeArg !== 'rollback') throw new UsageError(`deploy needs a mode: plan, apply or rollback (got "${modeArg ?? ''}")`);
  // Typed, not only narrowed: deployMode below is a function declaration, which narrowing does not reach.
  const mode: 'plan' | 'apply' | 'rollback' = modeArg;
  if (extra.length) throw new UsageError(`deploy ${mode} takes no positional arguments (got ${extra.join(' ')}); use --overlay PATH`);
  const overlayArg = str(values, 'overlay');
  if (!overlayArg && mode !== 'rollback') throw new UsageError(`deploy ${mode} needs --overlay PATH`);
  const overlay = overlayArg ? path.resolve(io.cwd, overlayArg) : undefined;
  const environment = environmentFor(overlay, str(values, 'environment'));
  const refArg = str(values, 'ref');
  const ref = refArg ? qualifyRef(refArg, io.cwd) : localRef(io.cwd);
  const kubeconfig = str(values, 'kubeconfig') ? path.resolve(io.cwd, str(values, 'kubeconfig')!) : undefined;
  const format = parseFormat(str(values, 'format'));
  const failOn: FailOn = parseFailOn(str(values, 'fail-on'), 'error');
  const timeout = str(values, 'timeout');
  const keepHistory = positive(values, 'keep-history');
  const verbose = !!values['verbose'];
  const guard = { environment, ref, ...(str(values, 'default-branch') ? { defaultBranch: str(values, 'default-branch')! } : {}) };
  const namespace = str(values, 'namespace');
  const release = str(values, 'release');
  const images = ((values['images'] as string[] | undefined) ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const buildManifest = str(values, 'build-manifest') ? path.resolve(io.cwd, str(values, 'build-manifest')!) : undefined;
  const outDir = str(values, 'out-dir') ? path.resolve(io.cwd, str(values, 'out-dir')!) : undefined;
  const planFileArg = str(values, 'plan-file') ? path.resolve(io.cwd, str(values, 'plan-file')!) : undefined;
  const commit = git(io.cwd, 'rev-parse', 'HEAD');
  const lockTimeout = str(values, 'lock-timeout');
  const lockLease = str(values, 'lock-lease');
  const lock = {
    ...(lockTimeout ? { lockTimeoutMs: lockTimeout === '0' ? 0 : parseDuration(lockTimeout, '--lock-timeout') } : {}),
    ...(lockLease ? { lockLeaseSeconds: Math.max(1, Math.round(parseDuration(lockLease, '--lock-lease') / 1000)) } : {}),
  };

  // Refused environments and refs fail inside the engine before the kubeconfig is even looked for;
  // the kubeconfig lookup comes after, so `deploy` with a bad environment never says "no kubeconfig".
  checkDeployAllowed(mode === 'rollback' ? { ...guard, protectedEnvironments: [] } : guard);
  const common = {
    ...guard,
    kubeconfig: kubeconfig ?? runnerKubeconfig(io.env, cliFlag),
    // The engine's messages name our flags, not the action's inputs.
    setting: cliFlag,
    ...(str(values, 'context') ? { context: str(values, 'context')! } : {}),
    root: io.cwd,
    ...(outDir ? { outDir } : {}),
    ...(commit ? { commit } : {}),
    ...(verbose ? { log: (l: string) => io.stderr(`${l}\n`) } : {}),
  };
  // Ctrl-C (SIGINT) or a kill (SIGTERM): stop, record the revision as interrupted, release the lock.
  const cancel = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (received) return;
    received = sig;
    io.stderr(`received ${sig}: stopping the deploy, recording where it stopped and releasing the lock\n`);
    cancel.abort(new Error(`cancelled by ${sig}`));
  };
  const signals: NodeJS.Signals[] = mode === 'plan' ? [] : ['SIGINT', 'SIGTERM'];
  for (const sig of signals) process.on(sig, onSignal);
  try {
    return await deployMode();
  } finally {
    for (const sig of signals) process.off(sig, onSignal);
  }

  async function deployMode(): Promise<number> {

    let result: DeployResult;
    if (mode === 'plan' || mode === 'apply') {
      const target = {
        ...common,
        overlay: overlay!,
        ...(namespace ? { namespace } : {}),
        ...(release ? { release } : {}),
        ...(buildManifest ? { buildManifest } : {}),
        images,
        requireDigests: !!values['require-digests'],
        prune: !!values['prune'],
        allowRemoteResources: !!values['allow-remote-resources'],
      };
      if (mode === 'plan') {
        result = await plan(target);
        // --plan-file on plan: keep a copy where the user asked (the engine writes into --out-dir).
        if (planFileArg && result.planFile) {
          copyFileSync(result.planFile, planFileArg);
          result = { ...result, planFile: planFileArg };
        }
      } else {
        result = await apply({
          ...target,
          ...(timeout ? { timeoutMs: parseDuration(timeout, '--timeout') } : {}),
          rollbackOnFailure: !!values['rollback-on-failure'],
          forceConflicts: !!values['force-conflicts'],
          ...(keepHistory ? { keepHistory } : {}),
          ...(planFileArg ? { planFile: planFileArg } : {}),
          ...lock,
          signal: cancel.signal,
        });
      }
    } else {
      let names = { namespace: namespace ?? '', release: release ?? '' };
      if (!names.namespace || !names.release) {
        if (!overlay) throw new UsageError('deploy rollback needs --namespace and --release, or the --overlay they come from');
        names = { release: releaseName(overlay, release), namespace: namespace ?? releaseNamespace((await render({ overlay, root: io.cwd, allowRemoteResources: !!values['allow-remote-resources'], setting: cliFlag })).objects) };
      }
      const toRevision = positive(values, 'to-revision');
      result = await rollback({
        ...common,
        ...names,
        prune: !!values['prune'],
        forceConflicts: !!values['force-conflicts'],
        ...(timeout ? { timeoutMs: parseDuration(timeout, '--timeout') } : {}),
        ...(keepHistory ? { keepHistory } : {}),
        ...(toRevision ? { toRevision } : {}),
        ...lock,
        signal: cancel.signal,
      });
    }

    if (format === 'text') io.stdout(textReport(mode, result, !!values['diff']));
    await writeResults(
      [result],
      {
        format,
        failOn,
        color: io.isTTY && !values['no-color'] && !io.env['NO_COLOR'],
        pathPrefix: '',
        ...(str(values, 'sarif-file') ? { sarifFile: str(values, 'sarif-file')! } : {}),
        ...(str(values, 'json-file') ? { jsonFile: str(values, 'json-file')! } : {}),
      },
      io.stdout,
    );
    if (received) return received === 'SIGINT' ? 130 : 143;
    // A deploy that had to roll back failed; a requested rollback that worked did not.
    const failed = result.status === 'failed' || result.status === 'interrupted' || result.status === 'rollback-failed' || (mode !== 'rollback' && result.status === 'rolled-back');
    return failed || shouldFail(result.findings, failOn) ? 1 : 0;
  }
}
