// The images check: plan (which images) and lint (Dockerfile rules). Read-only; building and pushing
// live in src/images. No @actions imports: the CLI, the action and the tests call these directly.
//
//   const plan = await planImages({ root, ...imageOptions(config.checks.images) });
//   const lint = await lintDockerfiles({ root, plan });
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareFindings, type CheckResult, type Finding } from '../../report/finding.js';
import type { ImagesSettings } from '../../settings/config.js';
import { Deadline, DEFAULT_CHECK_TIMEOUT_MS } from '../deadline.js';
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
    // Their comments may suppress findings: read again by the suppression pass even when clean.
    sources: [...new Set(plan.images.map((t) => t.dockerfile))].sort(),
    artifacts: {},
    stats: { images: plan.images.length, dockerfiles: new Set(plan.images.map((t) => t.dockerfile)).size, lines: instructions },
  };
}

/** The `images:` settings as plan and lint options. */
export function imageOptions(s: ImagesSettings): Omit<LintDockerfilesOptions, 'root' | 'plan'> {
  return {
    ...(s.images !== undefined && { images: s.images }),
    ...(s.dockerDir !== undefined && { dockerDir: s.dockerDir }),
    ...(s.registry !== undefined && { registry: s.registry }),
    ...(s.platforms && { platforms: s.platforms }),
    ...(s.buildArgs && { buildArgs: s.buildArgs }),
    ...(s.timeoutMs !== undefined && { timeoutMs: s.timeoutMs }),
  };
}
