import { parentPort, workerData } from 'node:worker_threads';
import type { TargetFile } from './discover.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import { processFilesBuiltin } from './process-file.js';
import { loadHclWasm, type HclModules } from './wasm.js';

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

// One WebAssembly instance of each module per worker, reused for every batch it is sent.
parentPort?.on('message', (req: BatchRequest) => {
  void (async () => {
    try {
      const wasm = await loadHclWasm((workerData as { modules?: HclModules } | null)?.modules);
      const outcomes: FileOutcome[] = await processFilesBuiltin(req.files, req.mode, wasm, req.maxFileBytes);
      parentPort!.postMessage({ id: req.id, outcomes } satisfies BatchResponse);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies BatchResponse);
    }
  })();
});
