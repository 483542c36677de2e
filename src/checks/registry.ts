import type { ProjectConfig } from '../settings/config.js';
import type { CheckResult, Finding } from '../report/finding.js';
import type { RuleDef } from '../report/rules.js';
import { REPORT_RULES } from '../report/report-rules.js';
import { composeCheck } from './definitions/compose.js';
import { imagesCheck } from './definitions/images.js';
import { kustomizeCheck } from './definitions/kustomize.js';
import { otelCheck } from './definitions/otel.js';
import { terraformCheck } from './definitions/terraform.js';

/** What every capability offers the CLI's `check` and the root action: its rules and a default run. */
export interface CheckDefinition {
  name: string;
  rules: readonly RuleDef[];
  /** Runs the check over `root` with the settings of `.portarium-infra.yml` and no other options. */
  run(ctx: CheckContext): Promise<CheckResult>;
  /**
   * Most of its time is child processes, which it tells `ctx.onProcessesStarted` are running: `check`
   * starts it first and the in-process checks only then, so they fill the time the processes take.
   */
  startsProcesses?: true;
}

export interface CheckContext {
  root: string;
  config: ProjectConfig;
  /** What compose interpolation sees: the shell's environment in the CLI, only named variables in an action. */
  env: Readonly<Record<string, string | undefined>>;
  /** Set in the actions: checks read nothing whose real path is outside it. */
  workspace?: string;
  /** Told as each target (compose project, overlay × version) is done: progress lines on a terminal. */
  onTarget?: (done: TargetDone) => void;
  /** See CheckDefinition.startsProcesses. */
  onProcessesStarted?: () => void;
  /** False when no job summary is written (the CLI but for `--format github`): work only it shows is skipped. */
  jobSummary?: boolean;
  /** False when no finding gets a fingerprint (no SARIF, no baseline): checks need not keep lines for them. */
  fingerprints?: boolean;
  /** Work one check does and another reuses within one run (the loaded compose projects), by key. */
  memo?: Map<string, Promise<unknown>>;
}

export interface TargetDone {
  check: string;
  /** The compose files, the overlay and version, … */
  target: string;
  failed: boolean;
  /** Findings or errors to show beside it, and what was covered ("9 services"). */
  problems: number;
  detail?: string;
  /**
   * The findings `problems` counts, before suppressions, when the target has findings of its own:
   * the CLI's progress line counts those the report will (after suppressions and the baseline).
   */
  findings?: readonly Finding[];
}

export const CHECKS: readonly CheckDefinition[] = [composeCheck, terraformCheck, kustomizeCheck, imagesCheck, otelCheck];

export const ALL_RULES: readonly RuleDef[] = [...CHECKS.flatMap((c) => c.rules), ...REPORT_RULES.rules];
