import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Name of the worker entry the lead bundles next to each dist/<action>/index.js: .mjs, as it is an ES
 * module in every bundle, dist/cli included, whose package.json says CommonJS.
 */
export const BUNDLED_WORKER_FILE = 'terraform-fmt-worker.mjs';

// Under plain Node running the TypeScript sources (tests, `node src/...`), imports are written
// with .js extensions; map them back to the .ts files next to them.
// Written to run whether the eval'd code is treated as CommonJS or as a module.
const TS_SOURCE_BOOTSTRAP = `
const { registerHooks } = process.getBuiltinModule('node:module');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (specifier.endsWith('.js') && context.parentURL && context.parentURL.endsWith('.ts')) {
        return next(specifier.slice(0, -3) + '.ts', context);
      }
      throw err;
    }
  },
});
import(process.getBuiltinModule('node:worker_threads').workerData.entry);
`;

export interface WorkerEntry {
  code: string | URL;
  eval: boolean;
  entry?: string;
}

// Names are looked up at run time, never as literal `new URL('./x', import.meta.url)`: a bundler
// would copy such a file into dist as an asset (the .ts source included).
const WORKER_CANDIDATES = [BUNDLED_WORKER_FILE, 'worker.js'];
const WORKER_SOURCE = ['worker', 'ts'].join('.');

function sibling(name: string): URL {
  return new URL(`./${name}`, import.meta.url);
}

export function workerEntry(): WorkerEntry | undefined {
  for (const name of WORKER_CANDIDATES) {
    const url = sibling(name);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { code: url, eval: false };
  }
  const ts = sibling(WORKER_SOURCE);
  const features = process.features as { typescript?: string | false };
  if (ts.protocol === 'file:' && existsSync(fileURLToPath(ts)) && features.typescript) {
    return { code: TS_SOURCE_BOOTSTRAP, eval: true, entry: ts.href };
  }
  return undefined;
}
