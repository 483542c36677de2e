import * as core from '@actions/core';
import { info } from '../../github/log.js';
import { composeOptions } from '../../checks/definitions/compose.js';
import { runCompose } from '../../checks/compose/index.js';
import { RULES, runOtel } from '../../checks/otel/index.js';
import type { SettingsOverlay } from '../../settings/config.js';
import { type CheckAction, runCheckAction } from '../../github/action.js';
import { optionalList } from '../../github/inputs.js';
import { fileInside } from '../../github/workspace.js';

/** The inputs that replace `otel:` settings (and the `compose:` files that tell who mounts what). */
export function otelInputs(root: string): SettingsOverlay {
  return {
    otel: {
      configs: optionalList('configs')?.map((f) => fileInside(root, f, 'configs')),
      externalHosts: optionalList('external-hosts'),
    },
    compose: { files: optionalList('compose-files')?.map((f) => fileInside(root, f, 'compose-files')) },
  };
}

export const otelValidate: CheckAction = {
  title: 'OpenTelemetry validation',
  rules: RULES,
  inputs: otelInputs,
  run: async ({ root, workspace, config, variables }) => {
    const s = config.checks.otel;
    const result = await runOtel({
      root,
      workspace,
      ...(s.configs && { configs: s.configs }),
      ...(s.redaction && { redaction: s.redaction }),
      ...(s.externalHosts && { externalHosts: s.externalHosts }),
      // Interpolated as the compose check does: only the project's env files and the step's variables.
      loadCompose: () => runCompose({ root, ...composeOptions(config.checks.compose), env: variables.env, workspace }),
    });
    core.setOutput('configs', (result.sources ?? []).join('\n'));
    info(`otel: ${result.sources?.length ?? 0} collector configuration(s), ${result.findings.length} finding(s)`);
    return [result];
  },
};

export const run = () => runCheckAction(otelValidate);
