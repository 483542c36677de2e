import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';
// @ts-expect-error the generator is a plain .mjs script
import { generate } from '../../../scripts/gen-compose-validator.mjs';

it('the committed ahead-of-time Compose validator is what the pinned schema compiles to', async () => {
  const committed = readFileSync(path.join(REPO_ROOT, 'src', 'checks', 'compose', 'schema', 'validate.generated.js'), 'utf8');
  expect(committed === (await generate()), 'run node scripts/gen-compose-validator.mjs').toBe(true);
}, 60_000);
