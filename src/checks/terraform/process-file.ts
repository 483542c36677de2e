import { readFile, stat } from 'node:fs/promises';
import { formatAll, gateAll, type GateInput } from './batch.js';
import { reduceForGate } from './shrink.js';
import { decodeUtf8 } from './decode.js';
import type { TargetFile } from './discover.js';
import { finishFile } from './finish-file.js';
import { finishFormat, prepareForFormat, type Prepared } from './format.js';
import { lex, type Tokens } from './lexer.js';
import type { FileOutcome, FmtMode } from './outcome.js';
import type { HclWasm } from './wasm.js';

interface Loaded {
  file: TargetFile;
  text: string;
  toks: Tokens;
}

/** Files above this size are skipped by the builtin engine unless the caller raises the limit. */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

async function load(file: TargetFile, maxFileBytes: number): Promise<Loaded | FileOutcome> {
  const { rel, real } = file;
  let bytes: Buffer;
  try {
    const { size } = await stat(real);
    if (size > maxFileBytes) {
      const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
      return {
        rel,
        status: 'skipped',
        reason:
          `file is ${mb(size)}, above the builtin engine's limit of ${mb(maxFileBytes)} ` +
          '(its WebAssembly formatter needs minutes and gigabytes for files this size); raise maxFileBytes or use the terraform engine',
      };
    }
    bytes = await readFile(real);
  } catch (e) {
    return { rel, status: 'skipped', reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
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
  return { file, text: decoded.text, toks: lex(decoded.text) };
}

function internalError(rel: string, e: unknown): FileOutcome {
  return { rel, status: 'engine-error', message: `internal formatter error: ${e instanceof Error ? e.message : String(e)}` };
}

/**
 * The builtin engine for a group of files: read and decode strictly, syntax gate, terraform's
 * rewrites, hclwrite.Format, compare, and in write mode replace. WebAssembly calls are shared
 * between files where that is provably equivalent (batch.ts).
 */
export async function processFilesBuiltin(
  files: readonly TargetFile[],
  mode: FmtMode,
  wasm: HclWasm,
  maxFileBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const loaded: { index: number; item: Loaded }[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = await load(files[i]!, maxFileBytes);
    if ('status' in r) outcomes[i] = r;
    else loaded.push({ index: i, item: r });
  }

  let gate: Awaited<ReturnType<typeof gateAll>>;
  try {
    const inputs: GateInput[] = loaded.map(({ item }) => ({ text: item.text, reduced: reduceForGate(item.text, item.toks) }));
    gate = await gateAll(inputs, wasm);
  } catch (e) {
    for (const { index, item } of loaded) outcomes[index] = internalError(item.file.rel, e);
    return outcomes as FileOutcome[];
  }

  const ready: { index: number; item: Loaded; prepared: Prepared }[] = [];
  loaded.forEach(({ index, item }, k) => {
    const errors = gate[k];
    if (errors) {
      outcomes[index] = { rel: item.file.rel, status: 'syntax-error', errors };
      return;
    }
    try {
      ready.push({ index, item, prepared: prepareForFormat(item.text, item.toks) });
    } catch (e) {
      outcomes[index] = internalError(item.file.rel, e);
    }
  });

  let formatted: string[];
  try {
    formatted = await formatAll(
      ready.map((r) => r.prepared),
      wasm,
    );
  } catch (e) {
    for (const { index, item } of ready) outcomes[index] = internalError(item.file.rel, e);
    return outcomes as FileOutcome[];
  }
  for (let k = 0; k < ready.length; k++) {
    const { index, item, prepared } = ready[k]!;
    let output: string;
    try {
      output = await finishFormat(formatted[k]!, prepared, wasm);
    } catch (e) {
      outcomes[index] = internalError(item.file.rel, e);
      continue;
    }
    outcomes[index] = await finishFile(item.file.rel, item.file.real, item.text, output, mode);
  }
  return outcomes as FileOutcome[];
}
