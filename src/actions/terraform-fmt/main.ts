import path from 'node:path';
import * as core from '@actions/core';
import { terraformOptions } from '../../checks/definitions/terraform.js';
import { RULES, runTerraformFmt } from '../../checks/terraform/index.js';
import { UsageError } from '../../report/index.js';
import type { SettingsOverlay } from '../../settings/config.js';
import { type CheckAction, runCheckAction } from '../../github/action.js';
import { booleanInput, optionalInput, optionalList } from '../../github/inputs.js';
import { installTerraformBinary } from '../../github/terraform-install.js';
import { runnerTempDir } from '../../github/workspace.js';

const MODES = ['check', 'diff', 'write'] as const;
const ENGINES = ['builtin', 'terraform', 'tofu'] as const;

function choice<T extends string>(name: string, values: readonly T[]): T | undefined {
  const v = optionalInput(name);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw new UsageError(`input ${name} must be ${values.join(', ')} (got "${v}")`);
  return v as T;
}

/** The inputs that replace `terraform:` settings. */
export function terraformInputs(): SettingsOverlay {
  return {
    terraform: {
      paths: optionalList('paths'),
      exclude: optionalList('exclude'),
      mode: choice('mode', MODES),
      engine: choice('engine', ENGINES),
      terraformVersion: optionalInput('terraform-version'),
    },
  };
}

export const terraformFmt: CheckAction = {
  title: 'Terraform fmt',
  rules: RULES,
  inputs: terraformInputs,
  run: async ({ root, config, changedFiles }) => {
    const settings = config.checks.terraform;
    const options = { root, ...terraformOptions(settings), diffFile: path.join(runnerTempDir(), 'terraform-fmt.diff') };
    if (options.engine && options.engine !== 'builtin' && !options.binaryPath) {
      options.binaryPath = await installTerraformBinary(options.engine, root, settings.terraformVersion ?? '');
    }
    const changed = booleanInput('changed-only', false) ? await changedFiles() : undefined;
    if (changed) options.changedFiles = [...changed];
    const result = await runTerraformFmt(options);
    core.setOutput('changed-files', result.changedFiles.join('\n'));
    core.setOutput('diff-file', result.diffBytes > 0 ? options.diffFile : '');
    return [result];
  },
};

export const run = () => runCheckAction(terraformFmt);
