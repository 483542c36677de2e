// The one action runner. Every entry point runs under `runAction` (errors become a failed step); the
// check actions also go through `runCheckAction`, what each does before and after its own part, so an
// entry point declares only its inputs, its run and its outputs.
import * as core from '@actions/core';
import { CONFIGURABLE_RULE_IDS } from '../checks/rule-ids.js';
import { suppressFindings } from '../checks/run/suppressions.js';
import { type CheckResult, type FailOn, type RuleDef, UsageError, applyRuleSettings, parseFailOn, redactResults } from '../report/index.js';
import { type ProjectConfig, type SettingsOverlay, loadConfig, overlaySettings } from '../settings/config.js';
import { pullRequestChangedFiles } from './changed-files.js';
import { input } from './inputs.js';
import { annotationText } from './log.js';
import { reportToGitHub } from './report.js';
import { type ActionVariables, variablesFromInputs } from './variables.js';
import { workingDirectory, workspaceRoot } from './workspace.js';

/** The settings an action starts from: .portarium-infra.yml of the working directory, never a file outside the workspace. */
export async function actionSettings(root: string): Promise<ProjectConfig> {
  const config = await loadConfig(root, undefined, workspaceRoot(root), CONFIGURABLE_RULE_IDS);
  for (const w of config.warnings) core.warning(annotationText(w));
  return config;
}

export interface ActionContext {
  /** The working directory: findings are relative to it. */
  root: string;
  /** What the action may read below (the checkout). */
  workspace: string;
  /** .portarium-infra.yml with the action's inputs laid over it. */
  config: ProjectConfig;
  failOn: FailOn;
  /** What compose interpolation sees, and the values to redact. */
  variables: ActionVariables;
  token: string | undefined;
  /** Files the pull request changed (relative to root), asked of the API once; undefined outside pull requests. */
  changedFiles(): Promise<Set<string> | undefined>;
}

export interface CheckAction {
  /** The job summary's title and the findings file's name. */
  title: string;
  rules: readonly RuleDef[];
  /** The action's inputs that replace settings of the file; an empty input keeps the file's value. */
  inputs?: (root: string) => SettingsOverlay;
  /** The action's own part: results to report, or undefined when it reported in its own way (a plan). */
  run(ctx: ActionContext): Promise<CheckResult[] | undefined>;
}

/**
 * working directory → settings (inputs over the file) → variables → the action's part → redaction →
 * rule settings → report (annotations, summary, findings file, SARIF) and fail-on.
 */
export async function runCheckAction(action: CheckAction): Promise<void> {
  // Read first, so a bad variable fails before any file is read and every secret is masked from the start.
  const variables = variablesFromInputs();
  const root = workingDirectory(input('working-directory'));
  const loaded = await actionSettings(root);
  const config = action.inputs ? overlaySettings(loaded, action.inputs(root)) : loaded;
  const failOn = parseFailOn(input('fail-on'), config.failOn ?? 'error');
  const token = input('token') || process.env['GITHUB_TOKEN'];
  let changed: Promise<Set<string> | undefined> | undefined;
  const ctx: ActionContext = {
    root,
    workspace: workspaceRoot(root),
    config,
    failOn,
    variables,
    token,
    changedFiles: () => (changed ??= pullRequestChangedFiles(root, token)),
  };
  const results = await action.run(ctx);
  if (!results) return;
  const ruled = results.map((r) => ({ ...r, findings: applyRuleSettings(r.findings, config.rules) }));
  // The CLI's own pass: inline suppressions, then the settings' or the default baseline; redacted
  // afterwards, so a justification quoting a secret is masked like any message.
  const redacted = redactResults(suppressFindings(ruled, root, config, { kind: 'default' }), variables.secrets);
  const changedFiles = await ctx.changedFiles();
  const sarifFile = input('sarif-file');
  await reportToGitHub(redacted, {
    title: action.title,
    failOn,
    rules: action.rules,
    root,
    ...(changedFiles && { changedFiles }),
    ...(sarifFile && { sarifFile }),
  });
}

/**
 * The one place an action's errors become a failed step: a user mistake is one clear line, anything
 * else is an internal error whose stack goes to the debug log only.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof UsageError) {
      core.setFailed(annotationText(e.message));
    } else {
      core.setFailed(annotationText(`internal error: ${(e as Error)?.message ?? String(e)}`));
      core.debug((e as Error)?.stack ?? '');
    }
  }
}
