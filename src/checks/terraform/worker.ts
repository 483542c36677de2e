import { parentPort } from 'node:worker_threads';
import type { TargetFile } from './discover.js';
import { formatTerraformSource, type FormatOutcome } from './format.js';
import type { FileOutcome, FmtMode, OutcomeExtras } from './outcome.js';
import { processFilesBuiltin } from './process-file.js';

/** Messages between pool.ts and this worker. */
export interface BatchRequest {
  id: number;
  files: TargetFile[];
  mode: FmtMode;
  extras: OutcomeExtras;
  maxFileBytes: number;
}
export interface BatchResponse {
  id: number;
  outcomes?: FileOutcome[];
  error?: string;
}

/** Messages between deep-format.ts and this worker, started with a large stack. */
export interface FormatRequest {
  id: number;
  text: string;
  filename: string;
}
export interface FormatResponse {
  id: number;
  /** Neither outcome nor error: the text is nested too deeply even for this thread's stack. */
  outcome?: FormatOutcome;
  error?: string;
}

function format(req: FormatRequest): FormatResponse {
  try {
    return { id: req.id, outcome: formatTerraformSource(req.text, undefined, req.filename) };
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { id: req.id };
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}

// Each worker formats the batches it is sent, one after the other.
parentPort?.on('message', (req: BatchRequest | FormatRequest) => {
  if ('text' in req) {
    parentPort!.postMessage(format(req));
    return;
  }
  void (async () => {
    try {
      const outcomes: FileOutcome[] = await processFilesBuiltin(req.files, req.mode, req.maxFileBytes, {}, req.extras);
      parentPort!.postMessage({ id: req.id, outcomes } satisfies BatchResponse);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies BatchResponse);
    }
  })();
});
