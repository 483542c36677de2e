import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../../settings/config.js';
import { terraformOptionsFromConfig } from '../../checks/definitions/terraform.js';
import { type FmtEngine, type FmtMode, RULES, runTerraformFmt } from '../../checks/terraform/index.js';
import { applyRuleSettings, parseFailOn } from '../../report/index.js';
import { pullRequestChangedFiles } from '../../github/changed-files.js';
import { booleanInput, input, listInput } from '../../github/inputs.js';
import { reportToGitHub } from '../../github/report.js';
import { installTerraformBinary } from '../../github/terraform-install.js';
import { workingDirectory } from '../../github/workspace.js';

export async function run(): Promise<void> {
  const root = workingDirectory(input('working-directory'));
  const config = await loadConfig(root);
  const options = { root, ...terraformOptionsFromConfig(config.checks['terraform']) };
  const paths = listInput('paths');
  if (paths.length) options.paths = paths;
  const exclude = listInput('exclude');
  if (exclude.length) options.exclude = exclude;
  options.mode = (input('mode') || options.mode || 'check') as FmtMode;
  options.engine = (input('engine') || options.engine || 'builtin') as FmtEngine;
  options.diffFile = path.join(process.env['RUNNER_TEMP'] || root, 'portarium-infra', 'terraform-fmt.diff');
  mkdirSync(path.dirname(options.diffFile), { recursive: true });
  if (options.engine !== 'builtin' && !options.binaryPath) {
    options.binaryPath = await installTerraformBinary(options.engine, root, input('terraform-version'));
  }
  const token = input('token') || process.env['GITHUB_TOKEN'];
  const changed = booleanInput('changed-only', false) ? await pullRequestChangedFiles(root, token) : undefined;
  if (changed) options.changedFiles = [...changed];

  const result = await runTerraformFmt(options);
  result.findings = applyRuleSettings(result.findings, config.rules);
  core.setOutput('changed-files', result.changedFiles.join('\n'));
  core.setOutput('diff-file', result.diff ? options.diffFile : '');
  await reportToGitHub([result], {
    title: 'Terraform fmt',
    failOn: parseFailOn(input('fail-on'), config.failOn ?? 'error'),
    rules: RULES,
    root,
    ...(changed ? { changedFiles: changed } : {}),
    sarifFile: input('sarif-file') || undefined,
  });
}
