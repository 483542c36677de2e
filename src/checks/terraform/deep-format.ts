import { Worker } from 'node:worker_threads';
import type { FormatRequest, FormatResponse } from './worker.js';
import { workerEntry } from './worker-entry.js';

/**
 * Stack for files nested too deeply for the calling thread. The gate follows hclsyntax's
 * recursive descent (parser.ts) and the formatter hclwrite's recursion, so stack use grows with
 * nesting: under 1 KB a level, 10,000 levels fitting in about 7 MB. 32 MB takes 40,000 to 60,000
 * levels, by kind; terraform fmt 1.5.7 itself dies of a stack overflow on 100,000.
 */
export const DEEP_STACK_MB = 32;

/**
 * What formatTerraformSource gives for `text`, computed on a thread with a DEEP_STACK_MB stack:
 * its outcome, or the message of an error it threw; neither when even that stack is too small
 * or no worker thread can be started.
 */
export async function formatOnDeepStack(text: string, filename: string): Promise<Pick<FormatResponse, 'outcome' | 'error'>> {
  const entry = workerEntry();
  if (!entry) return {};
  let worker: Worker;
  try {
    worker = new Worker(entry.code, {
      eval: entry.eval,
      workerData: { entry: entry.entry },
      stderr: false,
      resourceLimits: { stackSizeMb: DEEP_STACK_MB },
    });
  } catch {
    return {};
  }
  try {
    const res = await new Promise<FormatResponse | undefined>((resolve) => {
      worker.once('message', (m: FormatResponse) => resolve(m));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
      worker.postMessage({ id: 0, text, filename } satisfies FormatRequest);
    });
    return res ?? {};
  } finally {
    await worker.terminate();
  }
}
