import type { ProjectConfig } from '../config/config.js';
import type { CheckResult } from '../report/finding.js';
import type { RuleDef } from '../report/rules.js';
import { composeCheck } from './definitions/compose.js';
import { imagesCheck } from './definitions/images.js';
import { kustomizeCheck } from './definitions/kustomize.js';
import { terraformCheck } from './definitions/terraform.js';

/** What every capability offers the CLI's `check` and the root action: its rules and a default run. */
export interface CheckDefinition {
  name: string;
  /** The section of .portarium-infra.yml this check reads (default: its name). */
  section?: string;
  rules: readonly RuleDef[];
  /** Runs the check over `root` with the settings of `.portarium-infra.yml` and no other options. */
  run(ctx: CheckContext): Promise<CheckResult>;
}

export interface CheckContext {
  root: string;
  config: ProjectConfig;
  env: Record<string, string | undefined>;
}

export const CHECKS: readonly CheckDefinition[] = [composeCheck, terraformCheck, kustomizeCheck, imagesCheck];

export const ALL_RULES: readonly RuleDef[] = CHECKS.flatMap((c) => c.rules);
