import { stringList } from '../../settings/config.js';
import { RULES, runCompose } from '../compose/index.js';
import type { CheckDefinition } from '../registry.js';
import { timeoutSetting } from '../deadline.js';

const optional = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));

export const composeCheck: CheckDefinition = {
  name: 'compose',
  rules: RULES,
  run: async ({ root, config, env, workspace, onTarget }) => {
    const section = config.checks['compose'];
    const result = await runCompose({
      root,
      files: stringList(section, 'files'),
      envFiles: stringList(section, 'env-files'),
      profiles: stringList(section, 'profiles'),
      ...optional('timeoutMs', timeoutSetting(section, 'compose')),
      env,
      ...(workspace !== undefined && { workspace }),
    });
    // Projects are checked together (one may include another's files), so they are told afterwards.
    for (const p of onTarget ? result.projects : []) {
      const errors = result.findings.filter((f) => f.severity === 'error' && (result.projects.length === 1 || p.files.includes(f.file))).length;
      const services = Object.keys((p.model?.['services'] as object | undefined) ?? {}).length;
      onTarget!({ check: 'compose', target: p.files.join(' + '), failed: errors > 0, problems: errors, detail: `${services} service${services === 1 ? '' : 's'}` });
    }
    return result;
  },
};
