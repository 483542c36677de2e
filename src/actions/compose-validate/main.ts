import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { info } from '../../github/log.js';
import { composeOptions } from '../../checks/definitions/compose.js';
import { RULES, runCompose } from '../../checks/compose/index.js';
import { redactResult } from '../../report/index.js';
import type { SettingsOverlay } from '../../settings/config.js';
import { type CheckAction, runCheckAction } from '../../github/action.js';
import { optionalList } from '../../github/inputs.js';
import { fileInside, runnerTempDir } from '../../github/workspace.js';

/** The inputs that replace `compose:` settings. */
export function composeInputs(root: string): SettingsOverlay {
  return {
    compose: {
      files: optionalList('files')?.map((f) => fileInside(root, f, 'files')),
      envFiles: optionalList('env-file')?.map((f) => path.resolve(root, f)),
      profiles: optionalList('profiles'),
    },
  };
}

export const composeValidate: CheckAction = {
  title: 'Compose validation',
  rules: RULES,
  inputs: composeInputs,
  run: async ({ root, workspace, config, variables }) => {
    const checked = await runCompose({ root, ...composeOptions(config.checks.compose), env: variables.env, workspace });
    // The merged models are outputs too: no secret may reach them.
    const result = redactResult(checked, variables.secrets);
    const outDir = runnerTempDir('compose');
    const merged = result.projects
      .filter((p) => p.model)
      .map((p, i) => {
        const file = path.join(outDir, `${i + 1}-${p.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
        writeFileSync(file, JSON.stringify(p.model, null, 2) + '\n');
        return file;
      });
    core.setOutput('merged-config', merged.join('\n'));
    info(`compose: ${result.projects.length} project(s), ${result.findings.length} finding(s)`);
    return [result];
  },
};

export const run = () => runCheckAction(composeValidate);
