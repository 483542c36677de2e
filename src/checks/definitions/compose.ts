import { stringList } from '../../config/config.js';
import { RULES, runCompose } from '../compose/index.js';
import type { CheckDefinition } from '../registry.js';

export const composeCheck: CheckDefinition = {
  name: 'compose',
  rules: RULES,
  run: ({ root, config, env }) => {
    const section = config.checks['compose'];
    return runCompose({
      root,
      files: stringList(section, 'files'),
      envFiles: stringList(section, 'env-files'),
      profiles: stringList(section, 'profiles'),
      env,
    });
  },
};
