import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TargetFile } from './discover.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import { compileHclModules } from './wasm.js';
import type { BatchRequest, BatchResponse } from './worker.js';

/** Name of the worker entry the lead bundles next to each dist/<action>/index.js. */
export const BUNDLED_WORKER_FILE = 'terraform-fmt-worker.js';

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

interface WorkerEntry {
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

function workerEntry(): WorkerEntry | undefined {
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

export function workersAvailable(): boolean {
  return workerEntry() !== undefined;
}

/**
 * Formats files on `size` worker threads. Files go out in small batches from a shared queue so
 * a slow (large) file does not hold up the rest; results come back in input order.
 */
export async function runOnWorkers(
  files: readonly TargetFile[],
  mode: FmtMode,
  size: number,
  maxFileBytes: number,
  batchSize = 64,
): Promise<FileOutcome[]> {
  const entry = workerEntry();
  if (!entry) throw new Error('terraform fmt worker script not found');
  // Compiled once here and shared: workers then share the machine code and its tier-up.
  const modules = await compileHclModules();
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  let batchId = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: size }, async () => {
        const worker = new Worker(entry.code, {
          eval: entry.eval,
          workerData: { entry: entry.entry, modules },
          stderr: false,
        });
        workers.push(worker);
        while (next < files.length) {
          const from = next;
          const to = Math.min(files.length, from + batchSize);
          next = to;
          const outcomes = await sendBatch(worker, { id: batchId++, files: files.slice(from, to), mode, maxFileBytes });
          for (let i = 0; i < outcomes.length; i++) results[from + i] = outcomes[i]!;
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function sendBatch(worker: Worker, req: BatchRequest): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (res: BatchResponse): void => {
      if (res.id !== req.id) return;
      cleanup();
      if (res.error !== undefined || !res.outcomes) reject(new Error(res.error ?? 'worker returned no result'));
      else resolve(res.outcomes);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`terraform fmt worker exited with code ${code}`));
    };
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(req);
  });
}
