import type { ComposeSettings } from '../../settings/config.js';
import { type ComposeOptions, RULES, runCompose } from '../compose/index.js';
import type { CheckDefinition } from '../registry.js';

/** The `compose:` settings as compose options. */
export function composeOptions(s: ComposeSettings): Pick<ComposeOptions, 'files' | 'envFiles' | 'profiles' | 'timeoutMs'> {
  return {
    ...(s.files && { files: s.files }),
    ...(s.envFiles && { envFiles: s.envFiles }),
    ...(s.profiles && { profiles: s.profiles }),
    ...(s.timeoutMs !== undefined && { timeoutMs: s.timeoutMs }),
  };
}

export const composeCheck: CheckDefinition = {
  name: 'compose',
  rules: RULES,
  run: async ({ root, config, env, workspace, onTarget }) => {
    const result = await runCompose({ root, ...composeOptions(config.checks.compose), env, ...(workspace !== undefined && { workspace }) });
    // Projects are checked together (one may include another's files), so they are told afterwards.
    for (const p of onTarget ? result.projects : []) {
      const errors = result.findings.filter((f) => f.severity === 'error' && (result.projects.length === 1 || p.files.includes(f.file))).length;
      const services = Object.keys((p.model?.['services'] as object | undefined) ?? {}).length;
      onTarget!({ check: 'compose', target: p.files.join(' + '), failed: errors > 0, problems: errors, detail: `${services} service${services === 1 ? '' : 's'}` });
    }
    return result;
  },
};
