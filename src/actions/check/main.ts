import * as core from '@actions/core';
import { loadConfig } from '../../config/config.js';
import { ALL_RULES, CHECKS } from '../../checks/registry.js';
import { type CheckResult, applyRuleSettings, parseFailOn } from '../../report/index.js';
import { pullRequestChangedFiles } from '../../github/changed-files.js';
import { input } from '../../github/inputs.js';
import { reportToGitHub } from '../../github/report.js';
import { workingDirectory } from '../../github/workspace.js';

/** "infra check": every check of the toolkit in one step, with one summary and one fail-on policy. */
export async function run(): Promise<void> {
  const root = workingDirectory(input('working-directory'));
  const config = await loadConfig(root);
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    const started = Date.now();
    const result = await core.group(`${check.name}`, () => check.run({ root, config, env: process.env }));
    result.findings = applyRuleSettings(result.findings, config.rules);
    core.info(`${check.name}: ${result.findings.length} finding(s) in ${Date.now() - started} ms`);
    results.push(result);
  }
  await reportToGitHub(results, {
    title: 'Infra check',
    failOn: parseFailOn(input('fail-on'), config.failOn ?? 'error'),
    rules: ALL_RULES,
    root,
    changedFiles: await pullRequestChangedFiles(root, input('token') || process.env['GITHUB_TOKEN']),
    sarifFile: input('sarif-file') || undefined,
  });
}
