import type { CheckContext, CheckDefinition, TargetDone } from '../registry.js';
import { CHECKS } from '../registry.js';
import { imageOptions, planImages } from '../images/index.js';
import { type SettingsOverlay, overlaySettings } from '../../settings/config.js';
import type { CheckResult } from '../../report/finding.js';
import { narrowingBy } from './changes.js';
import { planFromConfig } from './plan.js';

/** A check `check` will run, with the settings that narrow it to the targets a change touches. */
export interface CheckRun {
  check: CheckDefinition;
  /** Laid over the sections of .portarium-infra.yml. */
  settings: SettingsOverlay;
}

/**
 * What `check` runs: every check, or — given the changed files — only the checks and targets those
 * files touch, the way ci-infra's plan job narrows a pull request. A change to the configuration can
 * change every verdict, so it runs everything.
 */
export async function planCheckRuns(ctx: CheckContext, touched?: ReadonlySet<string>): Promise<CheckRun[]> {
  const changed = narrowingBy(touched);
  if (!changed) return CHECKS.map((check) => ({ check, settings: {} }));
  const plan = await planFromConfig(ctx.root, ctx.config, changed);
  const images = await planImages({ root: ctx.root, ...imageOptions(ctx.config.checks.images), ...(ctx.workspace !== undefined && { workspace: ctx.workspace }) });
  const imageInputs = images.images.flatMap((t) => [t.dockerfile, t.context === '.' ? undefined : t.context + '/']).filter((p): p is string => !!p);

  const runs: CheckRun[] = [];
  for (const check of CHECKS) {
    if (check.name === 'compose' && plan.compose.projects.length) runs.push({ check, settings: {} });
    if (check.name === 'terraform-fmt' && plan.terraform.files.length) runs.push({ check, settings: { terraform: { paths: plan.terraform.files } } });
    if (check.name === 'kustomize' && plan.kustomize.overlays.length) runs.push({ check, settings: { kubernetes: { paths: plan.kustomize.overlays } } });
    if (check.name === 'otel' && plan.otel.configs.length) runs.push({ check, settings: {} });
    if (check.name === 'images' && [...changed].some((f) => imageInputs.some((p) => f === p || (p.endsWith('/') && f.startsWith(p))))) runs.push({ check, settings: {} });
  }
  return runs;
}

/**
 * Runs the planned checks; `ctx.onTarget` hears of each target, or of the whole check when it has no
 * targets of its own. The checks overlap: those whose time is child processes (the kustomize builds,
 * most of a run's wall time) start first, and the in-process checks as soon as those processes run.
 * What is told and returned stays in plan order.
 */
export async function runChecks(ctx: CheckContext, runs: readonly CheckRun[]): Promise<CheckResult[]> {
  const memo = ctx.memo ?? new Map<string, Promise<unknown>>();
  let turn = 0;
  const held: TargetDone[][] = runs.map(() => []);
  const told = runs.map(() => false);
  const start = (i: number, onProcessesStarted?: () => void): Promise<CheckResult> => {
    const { check, settings } = runs[i]!;
    const config = overlaySettings(ctx.config, settings);
    const onTarget =
      ctx.onTarget &&
      ((d: TargetDone) => {
        told[i] = true;
        if (i === turn) ctx.onTarget!(d);
        else held[i]!.push(d);
      });
    const p = Promise.resolve().then(() => check.run({ ...ctx, memo, config, ...(onTarget && { onTarget }), ...(onProcessesStarted && { onProcessesStarted }) }));
    // A failure is raised when its turn comes, as when the checks ran one after another.
    p.catch(() => undefined);
    return p;
  };
  const started: Promise<CheckResult>[] = new Array(runs.length);
  const running: Promise<unknown>[] = [];
  runs.forEach(({ check }, i) => {
    if (!check.startsProcesses) return;
    let told!: () => void;
    const told$ = new Promise<void>((resolve) => (told = resolve));
    started[i] = start(i, told);
    // A check that ends (or fails) without telling has no processes left to wait for.
    running.push(Promise.race([told$, started[i]!.catch(() => undefined)]));
  });
  await Promise.all(running);
  runs.forEach((_, i) => (started[i] ??= start(i)));
  const results: CheckResult[] = [];
  for (let i = 0; i < runs.length; i++) {
    turn = i;
    for (const d of held[i]!.splice(0)) ctx.onTarget!(d);
    const result = await started[i]!;
    if (ctx.onTarget && !told[i]) {
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      ctx.onTarget({ check: runs[i]!.check.name, target: coverage(result), failed: errors > 0, problems: errors, findings: result.findings });
    }
    results.push(result);
  }
  return results;
}

/** "12 files", "2 Dockerfiles": what a check without targets of its own covered, from its stats. */
function coverage(result: CheckResult): string {
  const [key, n] = Object.entries(result.stats).find(([k]) => ['files', 'dockerfiles', 'images'].includes(k)) ?? ['targets', 0];
  const noun = key === 'dockerfiles' ? 'Dockerfile' : key.replace(/s$/, '');
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
