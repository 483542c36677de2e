import type { Deadline } from '../deadline.js';
import type { Target } from './targets.js';
import { validateInBatches } from './validate.js';
import type { ValidationResult } from './validator.js';
import type { Validators } from './validators.js';
import { loadYaml } from './yaml-source.js';

/**
 * Validation started while kustomize builds keep the main thread waiting: the validators are made as
 * soon as the first build runs, each overlay is validated as soon as its build ends, and the source
 * files its findings will point into are parsed. Nothing here decides a result on its own: validators
 * made before a build printed a CustomResourceDefinition are made again with it (and their early
 * results dropped), so the verdicts are those of validating after every build, only sooner.
 */
export class EarlyValidation {
  private early: Promise<Validators> | undefined;
  private readonly results = new Map<Target, Map<string, Promise<ValidationResult[] | undefined>>>();
  private queue: Promise<void> = Promise.resolve();

  private readonly make: () => Promise<Validators>;
  private readonly versions: readonly string[];
  private readonly deadline: Deadline;

  // Plain fields, not parameter properties: the benchmarks load this source with Node's type stripping.
  constructor(make: () => Promise<Validators>, versions: readonly string[], deadline: Deadline) {
    this.make = make;
    this.versions = versions;
    this.deadline = deadline;
  }

  /** The first builds run: make the validators now. */
  started(): void {
    if (this.early) return;
    this.early = this.make();
    // Surfaces in `finish`, where the run would have met it without the head start.
    this.early.catch(() => undefined);
  }

  /** `t` is built: validate it one step at a time, behind the overlays built before it. */
  built(t: Target): void {
    const early = this.early;
    if (!early || !t.build?.ok) return;
    const byVersion = new Map<string, Promise<ValidationResult[] | undefined>>();
    this.results.set(t, byVersion);
    for (const v of this.versions) {
      // createValidators makes one validator per version.
      const result = this.queue.then(async () => validateInBatches((await early).byVersion.get(v)!, t.resources, this.deadline));
      result.catch(() => undefined);
      byVersion.set(v, result);
      this.queue = result.then(
        () => undefined,
        () => undefined,
      );
    }
    this.queue = this.queue.then(() => warmSources(t));
  }

  /** The validators of the run, and the results already known for them. */
  async finish(targets: readonly Target[]): Promise<{ validators: Validators; early: EarlyResults }> {
    const madeBeforeCrds = targets.some((t) => t.resources.some((r) => r.kind === 'CustomResourceDefinition'));
    if (!this.early || madeBeforeCrds) return { validators: await this.make(), early: () => undefined };
    const validators = await this.early;
    return { validators, early: (t, v) => this.results.get(t)?.get(v) };
  }
}

/** The early result of validating `t` for version `v`, when there is one. */
export type EarlyResults = (t: Target, version: string) => Promise<ValidationResult[] | undefined> | undefined;

/** Findings name resources as written in their source files: parse those files while there is time. */
function warmSources(t: Target): void {
  for (const r of t.resources) if (r.origin?.path) loadYaml(r.origin.path);
}
