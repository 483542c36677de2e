import { parentPort } from 'node:worker_threads';
import type { TargetFile } from './discover.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import { processFilesBuiltin } from './process-file.js';

/** Messages between pool.ts and this worker. */
export interface BatchRequest {
  id: number;
  files: TargetFile[];
  mode: FmtMode;
  maxFileBytes: number;
}
export interface BatchResponse {
  id: number;
  outcomes?: FileOutcome[];
  error?: string;
}

// Each worker formats the batches it is sent, one after the other.
parentPort?.on('message', (req: BatchRequest) => {
  void (async () => {
    try {
      const outcomes: FileOutcome[] = await processFilesBuiltin(req.files, req.mode, req.maxFileBytes);
      parentPort!.postMessage({ id: req.id, outcomes } satisfies BatchResponse);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies BatchResponse);
    }
  })();
});
