import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mdCode, mdFence } from '../../report/escape.js';
import { describeTerraform } from '../../report/describe.js';
import { compareFindings, UsageError, type CheckResult } from '../../report/finding.js';
import { discoverTerraformFiles, TERRAFORM_EXTENSIONS, TOFU_EXTENSIONS, type TargetFile } from './discover.js';
import { processFilesWithBinary, resolveBinary, type ResolvedBinary } from './engine-binary.js';
import { removeStaleTempFiles } from './atomic-write.js';
import type { FileOutcome, FmtMode, OutcomeExtras, WriteHooks } from './outcome.js';
import { runOnWorkers, workersAvailable } from './pool.js';
import { DEFAULT_MAX_FILE_BYTES, processFilesBuiltin } from './process-file.js';
import { OutcomeCollector } from './collect.js';
import { CHECK } from './rules.js';
import { Deadline, DEFAULT_CHECK_TIMEOUT_MS } from '../deadline.js';

export { RULES, CHECK, type RuleDef } from './rules.js';
export { formatTerraformSource, formatHclwrite } from './format.js';
export { BUNDLED_WORKER_FILE } from './pool.js';
export type { FmtMode } from './outcome.js';

export type FmtEngine = 'builtin' | 'terraform' | 'tofu';

export interface TerraformFmtOptions {
  /** Directory the check runs in; finding paths are relative to it. */
  root: string;
  /** Files or directories under root to check (default: root), always recursive. */
  paths?: string[];
  include?: string[];
  exclude?: string[];
  /** Only check these files (paths relative to root), e.g. the files a pull request changed. */
  changedFiles?: string[];
  /** check (default): report; diff: report and write the diff file; write: rewrite files. */
  mode?: FmtMode;
  engine?: FmtEngine;
  /** terraform/tofu binary for those engines (default: found on PATH). */
  binaryPath?: string | undefined;
  /** Threads (this one plus workers, builtin) or parallel processes (binary); default: available cores. */
  concurrency?: number;
  /** Where the unified diff is written (diff mode default: a new temp directory). */
  diffFile?: string;
  /**
   * Whether the unified diff is made in check mode without a diff file (default true): its first
   * 256 KB go to the job summary and its size to `diffBytes`. A caller that shows neither (the CLI
   * without a job summary) turns it off; on a tree far from formatted the diff is larger than the tree.
   */
  summaryDiff?: boolean;
  /** Whether the result hands the text of its findings' lines to the report, for fingerprints (default true; `sourceLines`). */
  reportLines?: boolean;
  /**
   * From this many files (default 5,000) the builtin engine uses worker threads (see DEFAULT_WORKER_THRESHOLD);
   * by default, smaller trees use them too when their first files show the rest would take over 1.5 s here.
   * Given explicitly, it alone decides.
   */
  workerThreshold?: number;
  /** Builtin engine with workers: this thread formats files too (default true). */
  inlineWork?: boolean;
  /** Builtin engine: larger files are skipped with a warning (default 4 MiB). */
  maxFileBytes?: number;
  /**
   * Write mode: called for each file once its formatted text is ready and before the file is checked
   * again and replaced (a file that changed meanwhile is not overwritten). Keeps the run on one thread.
   */
  beforeWrite?: (file: string) => void | Promise<void>;
  /** The check's time limit (default 10 minutes): files not reached by then get a finding. */
  timeoutMs?: number;
}

export interface TerraformFmtResult extends CheckResult {
  /** Files (relative to root) whose formatting differs; in write mode, the ones rewritten or not writable. */
  changedFiles: string[];
  /**
   * Size in UTF-8 bytes of the unified diff of all changes (labelled `--- old/P` / `+++ new/P` like
   * terraform fmt -diff); 0 when nothing changed. The diff itself is written to `artifacts.diff`
   * (diff mode, or when `diffFile` is given) and its first 256 KB are in the summary: a tree far
   * from formatted has a diff larger than itself, so it is not kept in memory.
   */
  diffBytes: number;
}

// A worker thread costs ~0.3-0.5 s of CPU before it runs at full speed (start-up, loading the
// engine, V8 warming up its code again), while a warm engine needs ~0.15 ms for a typical file:
// on the 4,775-file benchmark corpus, one worker beside this thread made the run slower (1.0-1.2 s
// against 0.75-0.8 s on 2 cores). Only trees well above that size are split.
const DEFAULT_WORKER_THRESHOLD = 5000;
// Below that threshold, the first 2 × PROBE_FILES files are formatted here first; workers join when
// the rest would take this thread longer than this (large files, or every line to rewrite: the
// 2,000 files of 21 KB of the benchmark take ~15 s of CPU), well above a worker's start-up cost.
// The probe's files still run partly cold code, so the projection is high: at 1.5 s, the 2,419
// re-indented files of the benchmark (projected ~1.6 s, ~0.9 s in fact) took a worker and 0.4 s
// more CPU and wall time than without.
const PROBE_FILES = 32;
const WORKERS_PAY_OFF_MS = 3000;
const SUMMARY_DIFF_LIMIT = 256 * 1024;
const TIME_SLICE_FILES = 200;

/** Formats (or checks) Terraform files exactly as `terraform fmt -recursive` would. */
export async function runTerraformFmt(opts: TerraformFmtOptions): Promise<TerraformFmtResult> {
  const started = performance.now();
  const runStart = Date.now();
  const mode: FmtMode = opts.mode ?? 'check';
  if (!['check', 'diff', 'write'].includes(mode)) throw new UsageError(`terraform fmt: mode must be check, diff or write (got "${mode}")`);
  const engine: FmtEngine = opts.engine ?? 'builtin';
  if (!['builtin', 'terraform', 'tofu'].includes(engine)) {
    throw new UsageError(`terraform fmt: engine must be builtin, terraform or tofu (got "${engine}")`);
  }
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? os.availableParallelism()));
  const bin = engine === 'builtin' ? undefined : await resolveBinary(engine, opts.binaryPath);
  const discovery = await discoverTerraformFiles({
    root: opts.root,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    changedFiles: opts.changedFiles,
    extensions: engine === 'tofu' ? TOFU_EXTENSIONS : TERRAFORM_EXTENSIONS,
  });

  // Leftovers of a write that was killed (SIGKILL skips every clean-up) live beside the files.
  if (mode === 'write') await removeStaleTempFiles(discovery.files.map((f) => path.dirname(f.real)), runStart);

  const hooks = opts.beforeWrite ? { beforeWrite: opts.beforeWrite } : {};
  let workers = 0;
  const diffFile = opts.diffFile ?? (mode === 'diff' ? path.join(await mkdtemp(path.join(os.tmpdir(), 'terraform-fmt-')), 'terraform-fmt.diff') : undefined);
  const extras: OutcomeExtras = { diff: diffFile !== undefined || opts.summaryDiff !== false, lines: opts.reportLines !== false };
  // Outcomes are taken in file order as they come and not kept (see OutcomeCollector).
  const collector = new OutcomeCollector(mode, SUMMARY_DIFF_LIMIT, diffFile);
  const take = (outcomes: readonly FileOutcome[]): void => {
    for (const o of outcomes) collector.add(o);
  };
  const deadline = new Deadline(opts.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS);
  // In slices, so a run past its time limit stops between files and says which it did not reach.
  const sliced = async (work: (files: readonly TargetFile[]) => Promise<FileOutcome[]>, all: readonly TargetFile[] = discovery.files): Promise<void> => {
    for (let i = 0; i < all.length; i += TIME_SLICE_FILES) {
      const slice = all.slice(i, i + TIME_SLICE_FILES);
      if (deadline.expired()) take(slice.map((f): FileOutcome => ({ rel: f.rel, status: 'timed-out', limit: deadline.describe() })));
      else take(await work(slice));
    }
  };
  try {
    if (bin) {
      await sliced((files) => processFilesWithBinary(files, mode, bin, concurrency, hooks));
    } else {
      const threshold = opts.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
      const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      const deliver = (o: FileOutcome): void => collector.add(o);
      // A worker that cannot start or dies (memory, a missing bundle file) costs speed, not the run:
      // its batches are done on this thread.
      const canPool = concurrency > 1 && !opts.beforeWrite && workersAvailable();
      if (canPool && discovery.files.length >= threshold) {
        workers = (await runOnWorkers(discovery.files, mode, extras, concurrency, maxFileBytes, opts.inlineWork ?? true, deliver)).workersUsed;
      } else if (canPool && opts.workerThreshold === undefined) {
        // Fewer files, but maybe large or far from formatted: the first ones tell how long the
        // rest would take on this thread, and past WORKERS_PAY_OFF_MS workers share it.
        // The first files warm the engine up (compiled code, several times slower before); the next
        // ones are timed, in CPU time, not wall time: on a busy machine the wall clock would call
        // for workers that only add start-up cost to cores that are not free.
        const warm = Math.min(PROBE_FILES, discovery.files.length);
        const inProcess = (files: readonly TargetFile[]) => runInProcess(files, mode, extras, maxFileBytes, hooks);
        await sliced(inProcess, discovery.files.slice(0, warm));
        const probe = Math.min(warm + PROBE_FILES, discovery.files.length);
        const probeStart = threadCpuMs();
        await sliced(inProcess, discovery.files.slice(warm, probe));
        const rest = discovery.files.slice(probe);
        const projectedMs = ((threadCpuMs() - probeStart) / Math.max(1, probe - warm)) * rest.length;
        if (projectedMs > WORKERS_PAY_OFF_MS && !deadline.expired()) {
          workers = (await runOnWorkers(rest, mode, extras, concurrency, maxFileBytes, opts.inlineWork ?? true, deliver)).workersUsed;
        } else {
          await sliced(inProcess, rest);
        }
      } else {
        await sliced((files) => runInProcess(files, mode, extras, maxFileBytes, hooks));
      }
    }
    take(discovery.skipped.map((s): FileOutcome => ({ rel: s.rel, status: 'skipped', reason: s.reason })));
  } finally {
    collector.close();
  }

  const artifacts: Record<string, string> = {};
  if (diffFile) artifacts.diff = diffFile;
  const { counts } = collector;
  const stats = {
    files: discovery.files.length,
    formatted: counts.formatted,
    changed: counts.changed,
    syntaxErrors: counts['syntax-error'],
    skipped: counts.skipped,
    engineErrors: counts['engine-error'],
    written: counts.written,
    writeFailed: counts.writeFailed,
    workers,
    durationMs: Math.round(performance.now() - started),
  };
  return {
    check: CHECK,
    findings: collector.findings.sort(compareFindings),
    artifacts,
    stats,
    summaryMarkdown: renderFmtSection(mode, bin, stats, collector),
    changedFiles: collector.changedFiles.sort(),
    sourceLines: collector.sourceLines,
    diffBytes: collector.diffBytes,
  };
}

/** CPU time of this thread (of the process where Node cannot tell one thread's), in ms. */
function threadCpuMs(): number {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function runInProcess(files: readonly TargetFile[], mode: FmtMode, extras: OutcomeExtras, maxFileBytes: number, hooks: WriteHooks): Promise<FileOutcome[]> {
  if (files.length === 0) return [];
  return processFilesBuiltin(files, mode, maxFileBytes, hooks, extras);
}

/** The terraform fmt section of a job summary: report/summary's renderSummary appends it. */
function renderFmtSection(mode: FmtMode, bin: ResolvedBinary | undefined, stats: Record<string, number>, collector: OutcomeCollector): string {
  const engineText = bin ? `${bin.kind} ${bin.version} (${mdCode(bin.path, { table: false })})` : 'builtin (TypeScript port of hclwrite v2.19.1 with `::` + terraform 1.8+ rewrites)';
  const lines = [
    // The same words as the text output's summary line.
    `**terraform fmt** (${mode} mode, engine ${engineText}): ${describeTerraform(stats)}.`,
  ];
  if (collector.diffLength > 0) {
    const { shown, truncated } = collector.summaryDiff();
    lines.push('', '<details><summary>Diff</summary>', '', mdFence(shown, 'diff'), '', '</details>');
    if (truncated) lines.push('', `The diff is truncated (${collector.diffBytes} bytes in total); see the diff file.`);
  }
  return lines.join('\n');
}
