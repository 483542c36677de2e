import { RULES, imageOptions, lintDockerfiles } from '../images/index.js';
import type { CheckDefinition } from '../registry.js';

/** In `check`, images are planned and linted only: building needs a builder and is an explicit step. */
export const imagesCheck: CheckDefinition = {
  name: 'images',
  rules: RULES,
  run: ({ root, config, workspace }) => lintDockerfiles({ root, ...imageOptions(config.checks.images), ...(workspace !== undefined && { workspace }) }),
};
