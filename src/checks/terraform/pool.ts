import { Worker } from 'node:worker_threads';
import type { TargetFile } from './discover.js';
import type { FileOutcome, FmtMode, OutcomeExtras } from './outcome.js';
import { processFilesBuiltin } from './process-file.js';
import type { BatchRequest, BatchResponse } from './worker.js';
import { workerEntry } from './worker-entry.js';

export { BUNDLED_WORKER_FILE } from './worker-entry.js';

export function workersAvailable(): boolean {
  return workerEntry() !== undefined;
}

/**
 * Formats files on the calling thread and `size - 1` worker threads together (`inline`; else on
 * `size` workers, the calling thread only doing what a failed worker left). Files go out in
 * small batches from a shared queue, so a slow (large) file does not hold up the rest, and the
 * calling thread starts at once: workers only add throughput once they are up (a worker needs
 * tens of milliseconds to load the engine, more on a busy machine). A batch a worker fails on is
 * done on the calling thread. Each outcome goes to `take` in input order as soon as those before
 * it are in, and is not kept here: only the few batches finished ahead of an earlier one wait.
 * `workersUsed` tells how many workers took part.
 */
export async function runOnWorkers(
  files: readonly TargetFile[],
  mode: FmtMode,
  extras: OutcomeExtras,
  size: number,
  maxFileBytes: number,
  inline: boolean,
  deliver: (outcome: FileOutcome) => void,
): Promise<{ workersUsed: number }> {
  // Several batches per thread at least, so the work spreads out; at most 16 files a message: a
  // batch's outcomes carry each changed file's diff, and messages of megabytes (64 files needing
  // every third line changed) are memory outside the heaps (write mode on that tree: peak RSS
  // 245-278 MB against 195-221 MB under Node 20; within the noise under Node 24).
  const batchSize = Math.max(1, Math.min(16, Math.ceil(files.length / (size * 4))));
  const entry = workerEntry();
  if (!entry) throw new Error('terraform fmt worker script not found');
  let next = 0;
  let batchId = 0;
  const retry: [number, number][] = [];
  const take = (n: number): [number, number] | undefined => {
    if (next >= files.length) return undefined;
    const from = next;
    next = Math.min(files.length, from + n);
    return [from, next];
  };
  const workers: Worker[] = [];
  const used = new Set<Worker>();
  let done = false;

  // Outcomes finished ahead of an earlier batch, by input index, until it is their turn.
  const waiting = new Map<number, FileOutcome>();
  let delivered = 0;
  // A failure to take an outcome (writing the diff file) ends the run once the threads stop; it
  // is kept here rather than thrown inside a worker's lane, whose promise nobody awaits yet.
  let failure: { error: unknown } | undefined;
  const settle = (from: number, outcomes: readonly FileOutcome[]): void => {
    if (failure) return;
    for (let i = 0; i < outcomes.length; i++) waiting.set(from + i, outcomes[i]!);
    try {
      for (let o = waiting.get(delivered); o !== undefined; o = waiting.get(delivered)) {
        waiting.delete(delivered++);
        deliver(o);
      }
    } catch (error) {
      failure = { error };
      done = true;
      next = files.length;
    }
  };

  // Each worker has two batches in flight, so it never waits for the calling thread (busy with
  // its own batch) to hand out the next one.
  const lane = async (worker: Worker): Promise<void> => {
    for (let range = take(batchSize); range && !done; range = take(batchSize)) {
      const [from, to] = range;
      let outcomes: FileOutcome[];
      try {
        outcomes = await sendBatch(worker, { id: batchId++, files: files.slice(from, to), mode, extras, maxFileBytes });
      } catch {
        retry.push([from, to]);
        return;
      }
      used.add(worker);
      settle(from, outcomes);
    }
  };
  const startWorker = async (): Promise<void> => {
    let worker: Worker;
    try {
      worker = new Worker(entry.code, { eval: entry.eval, workerData: { entry: entry.entry }, stderr: false, resourceLimits: WORKER_LIMITS });
    } catch {
      return; // no worker: the calling thread does its share
    }
    workers.push(worker);
    await Promise.all([lane(worker), lane(worker)]);
  };
  const here = async (): Promise<void> => {
    const own = async (from: number, to: number): Promise<void> => {
      settle(from, await processFilesBuiltin(files.slice(from, to), mode, maxFileBytes, {}, extras));
      // Let worker messages in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    if (inline) for (let range = take(HERE_BATCH); range; range = take(HERE_BATCH)) await own(...range);
    // Workers still busy with their last batches, or failed: wait, then do what failed or was
    // left in the queue.
    await Promise.all(pending);
    for (let r = retry.shift(); r; r = retry.shift()) await own(...r);
    for (let range = take(HERE_BATCH); range; range = take(HERE_BATCH)) await own(...range);
  };
  const pending: Promise<void>[] = [];
  try {
    for (let k = inline ? 1 : 0; k < size; k++) pending.push(startWorker());
    await here();
  } finally {
    done = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure.error;
  return { workersUsed: used.size };
}

// Formatting makes much short-lived garbage, which a worker left to V8's defaults keeps in a large
// young generation. On a tree needing every third line changed (2,000 files of 21 KB, check mode,
// Node 24) an 8 MB one took the CLI's peak RSS from 614-623 MB to 535-542 MB (4 MB: no better;
// 16 MB: 572 MB), no slower within the noise of a shared machine.
// The old generation is not capped: a large file must not make a worker run out of memory.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Files per batch done on the calling thread between two looks at worker messages. */
const HERE_BATCH = 16;

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
