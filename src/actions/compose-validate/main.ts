import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { info } from '../../github/log.js';
import { loadConfig } from '../../settings/config.js';
import { RULES, runCompose } from '../../checks/compose/index.js';
import { applyRuleSettings, parseFailOn, redactResult } from '../../report/index.js';
import { pullRequestChangedFiles } from '../../github/changed-files.js';
import { input, listInput } from '../../github/inputs.js';
import { reportToGitHub } from '../../github/report.js';
import { variablesFromInputs } from '../../github/variables.js';
import { fileInside, workingDirectory, workspaceRoot } from '../../github/workspace.js';

export async function run(): Promise<void> {
  const variables = variablesFromInputs();
  const root = workingDirectory(input('working-directory'));
  const config = await loadConfig(root, undefined, workspaceRoot(root));
  const section = config.checks['compose'] ?? {};
  const files = listInput('files');
  const envFiles = listInput('env-file');
  const profiles = listInput('profiles');
  const checked = await runCompose({
    root,
    files: files.length ? files.map((f) => fileInside(root, f, 'files')) : (section['files'] as string[] | undefined),
    envFiles: envFiles.length ? envFiles.map((f) => path.resolve(root, f)) : (section['env-files'] as string[] | undefined),
    profiles: profiles.length ? profiles : (section['profiles'] as string[] | undefined),
    env: variables.env,
    workspace: workspaceRoot(root),
  });
  const result = redactResult(checked, variables.secrets);
  result.findings = applyRuleSettings(result.findings, config.rules);

  const outDir = path.join(process.env['RUNNER_TEMP'] || root, 'portarium-infra', 'compose');
  mkdirSync(outDir, { recursive: true });
  const merged = result.projects
    .filter((p) => p.model)
    .map((p, i) => {
      const file = path.join(outDir, `${i + 1}-${p.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
      writeFileSync(file, JSON.stringify(p.model, null, 2) + '\n');
      return file;
    });
  core.setOutput('merged-config', merged.join('\n'));
  info(`compose: ${result.projects.length} project(s), ${result.findings.length} finding(s)`);

  await reportToGitHub([result], {
    title: 'Compose validation',
    failOn: parseFailOn(input('fail-on'), config.failOn ?? 'error'),
    rules: RULES,
    root,
    changedFiles: await pullRequestChangedFiles(root, input('token') || process.env['GITHUB_TOKEN']),
    sarifFile: input('sarif-file') || undefined,
  });
}
