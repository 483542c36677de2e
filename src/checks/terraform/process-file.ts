import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type ReadThrough, sha256 } from './atomic-write.js';
import { decodeUtf8 } from './decode.js';
import { formatOnDeepStack } from './deep-format.js';
import type { TargetFile } from './discover.js';
import { finishFile } from './finish-file.js';
import { formatTerraformSource, type FormatOutcome } from './format.js';
import { lex, type Tokens } from './lexer.js';
import { ALL_EXTRAS, type FileOutcome, type FmtMode, type OutcomeExtras, type WriteHooks } from './outcome.js';
import { linesForReport } from '../../report/source-lines.js';
import { holdYoungGeneration } from '../../young-generation.js';

interface Loaded {
  file: TargetFile;
  text: string;
  toks: Tokens;
  /** Of the bytes read, in write mode: the file is only replaced if it still hashes to this. */
  sha256?: string;
  /** Write mode: the descriptor it was read through, still open (see processFilesBuiltin). */
  read?: ReadThrough;
}

/** Files above this size are skipped by the builtin engine unless the caller raises the limit. */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

// Files are read into one buffer per thread, grown to the largest file up to SCRATCH_MAX_BYTES:
// only decoding and hashing look at the bytes, both before the next read. A buffer per file is
// memory outside the JS heap that only a garbage collection gives back; thousands of files of
// 21 KB left tens of MB of them waiting.
const SCRATCH_MAX_BYTES = 1024 * 1024;
let scratch = Buffer.allocUnsafe(64 * 1024);
function scratchOf(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX_BYTES, Math.max(size, scratch.length * 2)));
  return scratch.subarray(0, size);
}

// Reads are synchronous: files are small and many, and a thread-pool round trip per file would
// cost more than the read itself. Large repositories are split across worker threads instead.
function load(file: TargetFile, maxFileBytes: number, forWrite: boolean): Loaded | FileOutcome {
  const { rel, real } = file;
  let bytes: Buffer;
  let fd: number | undefined;
  let read: ReadThrough | undefined;
  try {
    fd = openSync(real, 'r');
    const { size, ino, dev } = fstatSync(fd);
    if (size > maxFileBytes) {
      const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
      return {
        rel,
        status: 'skipped',
        reason:
          `file is ${mb(size)}, above the builtin engine's limit of ${mb(maxFileBytes)} ` +
          '(a safeguard against generated files of this size); raise maxFileBytes or use the terraform engine',
      };
    }
    bytes = size <= SCRATCH_MAX_BYTES ? scratchOf(size) : Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    // A file that shrank while being read is checked as it was read.
    if (got < size) bytes = bytes.subarray(0, got);
    // Write mode checks the file again through this descriptor before replacing it: one open less per file.
    if (forWrite) read = { fd, ino, dev };
  } catch (e) {
    return { rel, status: 'skipped', reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  } finally {
    if (fd !== undefined && !read) closeSync(fd);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    if (read) closeSync(read.fd);
    const { line, column } = decoded;
    return {
      rel,
      status: 'syntax-error',
      errors: [
        {
          line,
          column,
          endLine: line,
          endColumn: column + 1,
          summary: 'Invalid character encoding',
          detail: `All input files must be UTF-8 encoded; byte ${decoded.offset} is not valid UTF-8.`,
        },
      ],
    };
  }
  return { file, text: decoded.text, toks: lex(decoded.text), ...(read ? { sha256: sha256(bytes), read } : {}) };
}

const TOO_DEEP =
  'expressions are nested too deeply for the builtin engine (tens of thousands of levels; terraform fmt 1.5.7 runs out of stack on 100,000); reduce the nesting or use the terraform engine for this file';

function internalError(rel: string, message: string): FileOutcome {
  return { rel, status: 'engine-error', message: `internal formatter error: ${message}` };
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * The gate and the formatter recurse as hclsyntax and hclwrite do, so stack use grows with
 * nesting. A file nested too deeply for this thread's stack (a few thousand levels) is formatted
 * again on a thread with a larger, still bounded one (deep-format.ts): terraform formats 10,000
 * levels, its growing stacks giving out somewhere below 100,000.
 */
async function format(rel: string, text: string, toks: Tokens): Promise<FormatOutcome | FileOutcome> {
  try {
    return formatTerraformSource(text, toks, rel);
  } catch (e) {
    if (!isStackOverflow(e)) return internalError(rel, e instanceof Error ? e.message : String(e));
  }
  const deep = await formatOnDeepStack(text, rel);
  if (deep.outcome) return deep.outcome;
  if (deep.error !== undefined) return internalError(rel, deep.error);
  return { rel, status: 'engine-error', message: TOO_DEEP };
}

const RENAMES_IN_FLIGHT = 16;

/**
 * The builtin engine for a group of files: read and decode strictly, syntax gate, terraform's
 * rewrites, hclwrite.Format, compare, and in write mode replace. All in TypeScript.
 */
export async function processFilesBuiltin(
  files: readonly TargetFile[],
  mode: FmtMode,
  maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  hooks: WriteHooks = {},
  extras: OutcomeExtras = ALL_EXTRAS,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  // In write mode a file's rename is still on the thread pool while the next files are formatted.
  const renaming = new Set<Promise<void>>();
  for (let i = 0; i < files.length; i++) {
    if (renaming.size >= RENAMES_IN_FLIGHT) await Promise.race(renaming);
    holdYoungGeneration();
    const file = files[i]!;
    const r = load(file, maxFileBytes, mode === 'write');
    if ('status' in r) {
      outcomes[i] = r;
      continue;
    }
    // Closed here unless finishFile takes it, which closes it before the rename.
    const closeRead = r.read ? () => closeSync(r.read!.fd) : () => {};
    let result: Awaited<ReturnType<typeof format>>;
    try {
      result = await format(file.rel, r.text, r.toks);
    } catch (e) {
      closeRead();
      throw e;
    }
    if ('status' in result || result.kind === 'syntax-error') closeRead();
    if ('status' in result) {
      outcomes[i] = result;
      continue;
    }
    if (result.kind === 'syntax-error') {
      const lines = linesForReport(r.text, result.errors.map((e) => e.line), extras.lines);
      outcomes[i] = { rel: file.rel, status: 'syntax-error', errors: result.errors, ...(lines && { lines }) };
      continue;
    }
    const finished = finishFile(file.rel, file.real, r.text, result.output, mode, { expectedSha256: r.sha256, readThrough: r.read, beforeWrite: hooks.beforeWrite }, extras);
    if (mode !== 'write' || hooks.beforeWrite) {
      outcomes[i] = await finished;
      continue;
    }
    const settled: Promise<void> = finished.then((o) => {
      outcomes[i] = o;
      renaming.delete(settled);
    });
    renaming.add(settled);
  }
  await Promise.all(renaming);
  return outcomes;
}
