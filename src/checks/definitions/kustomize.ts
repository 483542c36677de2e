import type { KubernetesSettings } from '../../settings/config.js';
import { type KustomizeOptions, RULES, runKustomize } from '../kubernetes/index.js';
import type { CheckDefinition } from '../registry.js';

/** The `kubernetes:` settings as kustomize options. */
export function kustomizeOptions(s: KubernetesSettings): Omit<KustomizeOptions, 'root'> {
  // The settings are named as the options; the compiler holds the two together.
  return { ...s };
}

export const kustomizeCheck: CheckDefinition = {
  name: 'kustomize',
  rules: RULES,
  startsProcesses: true,
  run: ({ root, config, onTarget, onProcessesStarted }) =>
    runKustomize({
      root,
      ...kustomizeOptions(config.checks.kubernetes),
      ...(onProcessesStarted && { onBuildsStarted: onProcessesStarted }),
      ...(onTarget && {
        onOverlay: (o, findings) =>
          onTarget({ check: 'kustomize', target: `${o.path} @ ${o.version}`, failed: o.status !== 'passed', problems: o.errors, detail: o.status === 'passed' || o.status === 'failed' ? `${o.resources} resources` : o.status, ...(findings && { findings }) }),
      }),
    }),
};
