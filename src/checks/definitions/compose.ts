import type { ComposeSettings } from '../../settings/config.js';
import { type ComposeOptions, type ComposeResult, RULES, runCompose } from '../compose/index.js';
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

/** Identifies a compose load within one run (the environment is the run's own, the same for every check). */
export function composeMemoKey(o: ComposeOptions): string {
  return `compose\0${JSON.stringify([o.root, o.files, o.envFiles, o.profiles, o.workspace])}`;
}

export const composeCheck: CheckDefinition = {
  name: 'compose',
  rules: RULES,
  run: async ({ root, config, env, workspace, onTarget, memo }) => {
    const options = { root, ...composeOptions(config.checks.compose), env, ...(workspace !== undefined && { workspace }) };
    const running = runCompose(options);
    // The otel check reads the same projects to see who mounts what.
    memo?.set(composeMemoKey(options), running);
    const result = await running;
    // Projects are checked together (one may include another's files), so they are told afterwards.
    for (const p of onTarget ? result.projects : []) {
      const findings = result.findings.filter((f) => result.projects.length === 1 || p.files.includes(f.file));
      const errors = findings.filter((f) => f.severity === 'error').length;
      const services = Object.keys((p.model?.['services'] as object | undefined) ?? {}).length;
      onTarget!({ check: 'compose', target: p.files.join(' + '), failed: errors > 0, problems: errors, detail: `${services} service${services === 1 ? '' : 's'}`, findings });
    }
    return result;
  },
};

/** The compose projects of a run: those the compose check loaded, or loaded now. */
export function composeProjects(options: ComposeOptions, memo: Map<string, Promise<unknown>> | undefined): Promise<ComposeResult> {
  const known = memo?.get(composeMemoKey(options)) as Promise<ComposeResult> | undefined;
  return known ?? runCompose(options);
}
