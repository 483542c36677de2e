// The images check: plan (which images) and lint (Dockerfile rules). Read-only; building and pushing
// live in src/images. No @actions imports: the CLI, the action and the tests call these directly.
//
//   const plan = await planImages({ root, ...imageOptionsFromConfig(config.checks['images']) });
//   const lint = await lintDockerfiles({ root, plan });
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, compareFindings, type CheckResult, type Finding } from '../../report/finding.js';
import { Deadline, DEFAULT_CHECK_TIMEOUT_MS, timeoutSetting } from '../deadline.js';
import { lintDockerfileSource } from './lint.js';
import { planImages, type ImagePlan, type PlanOptions } from './plan.js';
import { finding } from './rules.js';

export { RULES, type RuleDef } from './rules.js';
export { planImages, type ImageConfigEntry, type ImagePlan, type ImageTarget, type MatrixEntry, type PlanOptions } from './plan.js';
export { lintDockerfileSource, type LintDockerfileInput } from './lint.js';
export { parseDockerfile, type Dockerfile, type Instruction } from './dockerfile.js';
export { repositoryProblem, splitReference, tagProblem } from './reference.js';

export interface LintDockerfilesOptions extends PlanOptions {
  plan?: ImagePlan;
  /** The check's time limit (default 10 minutes): Dockerfiles not reached by then get a finding. */
  timeoutMs?: number;
}

/** Runs the Dockerfile rules over every planned image (plan findings included). */
export async function lintDockerfiles(opts: LintDockerfilesOptions): Promise<CheckResult> {
  const plan = opts.plan ?? (await planImages(opts));
  const findings: Finding[] = [...plan.findings];
  const seen = new Set<string>();
  let instructions = 0;
  const deadline = new Deadline(opts.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS);
  for (const t of plan.images) {
    if (deadline.expired()) {
      findings.push(finding('images/deadline-exceeded', t.declaredAt, `image "${t.name}": the check's time limit (${deadline.describe()}) ran out before ${t.dockerfile} was checked`));
      continue;
    }
    let source: string;
    try {
      source = await readFile(path.resolve(plan.root, t.dockerfile), 'utf8');
    } catch (e) {
      findings.push(finding('images/missing-dockerfile', t.declaredAt, `image "${t.name}": cannot read ${t.dockerfile} (${(e as Error).message})`));
      continue;
    }
    instructions += source.split('\n').length;
    const input: Parameters<typeof lintDockerfileSource>[0] = { file: t.dockerfile, source, buildArgs: t.buildArgs };
    if (t.target !== undefined) input.target = t.target;
    for (const f of lintDockerfileSource(input)) {
      // Two images built from one Dockerfile would otherwise report each problem twice.
      const key = `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return {
    check: 'images',
    findings,
    artifacts: {},
    stats: { images: plan.images.length, dockerfiles: new Set(plan.images.map((t) => t.dockerfile)).size, lines: instructions },
  };
}

/**
 * Reads the `images:` section of .portarium-infra.yml (as the config loader hands it over) into
 * plan options: `images` (the list), `docker-dir`, `registry`, `platforms`, `build-args`.
 */
export function imageOptionsFromConfig(section: Record<string, unknown> | undefined): Omit<LintDockerfilesOptions, 'root' | 'plan'> {
  const out: Omit<LintDockerfilesOptions, 'root' | 'plan'> = {};
  if (!section) return out;
  const known = new Set(['images', 'docker-dir', 'registry', 'platforms', 'build-args', 'timeout']);
  for (const k of Object.keys(section)) {
    if (!known.has(k)) throw new UsageError(`images.${k}: unknown setting (expected ${[...known].join(', ')})`);
  }
  if (section['images'] !== undefined) out.images = section['images'];
  const timeoutMs = timeoutSetting(section, 'images');
  if (timeoutMs !== undefined) out.timeoutMs = timeoutMs;
  const str = (k: string): string | undefined => {
    const v = section[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new UsageError(`images.${k}: must be a string`);
    return v;
  };
  const dockerDir = str('docker-dir');
  if (dockerDir !== undefined) out.dockerDir = dockerDir;
  const registry = str('registry');
  if (registry !== undefined) out.registry = registry;
  const platforms = section['platforms'];
  if (platforms !== undefined && platforms !== null) {
    if (typeof platforms === 'string') out.platforms = platforms.split(',').map((p) => p.trim()).filter(Boolean);
    else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string')) out.platforms = platforms as string[];
    else throw new UsageError('images.platforms: must be a list such as [linux/amd64, linux/arm64]');
  }
  const args = section['build-args'];
  if (args !== undefined && args !== null) {
    if (typeof args !== 'object' || Array.isArray(args)) throw new UsageError('images.build-args: must map names to values');
    out.buildArgs = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
  }
  return out;
}
