import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import { runProcess } from '../../tools/process.js';
import { mapLimit } from '../map-limit.js';
import { sha256 } from './atomic-write.js';
import { decodeUtf8 } from './decode.js';
import type { TargetFile } from './discover.js';
import { finishFile } from './finish-file.js';
import type { FileOutcome, FmtMode, WriteHooks } from './outcome.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';

/**
 * The `terraform` / `tofu` engines: the real binary decides. `fmt -check -list` over chunks of
 * files finds the ones that would change (one process per chunk); each of those, and every file
 * of a chunk that reported errors, is then formatted through `fmt -` (stdin in, formatted text
 * out), and the output is diffed against the original exactly as the builtin engine does.
 *
 * Exit codes of terraform fmt: 0 nothing to change, 3 `-check` found changes, 2 an error
 * (syntax error, unreadable file, unsupported file); 2 wins over 3.
 */

export type BinaryKind = 'terraform' | 'tofu';

export interface ResolvedBinary {
  kind: BinaryKind;
  path: string;
  version: string;
}

interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const RUN_TIMEOUT_MS = 120_000;

async function run(bin: string, args: readonly string[], input?: Uint8Array): Promise<RunResult> {
  const r = await runProcess(bin, args, {
    // No update checks or telemetry for a formatting run.
    env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
    stdin: input ?? '',
    timeoutMs: RUN_TIMEOUT_MS,
    timeoutSignal: 'SIGTERM',
  });
  return { code: r.code ?? (r.signal ? 128 : 1), stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

async function isExecutable(p: string): Promise<boolean> {
  try {
    await access(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The binary to run: `binaryPath` when given, else `terraform`/`tofu` on PATH. */
export async function resolveBinary(kind: BinaryKind, binaryPath?: string): Promise<ResolvedBinary> {
  // A bare name ("terraform", "tofu-1.8") is looked up on PATH, a path is taken as it is.
  const name = binaryPath && !binaryPath.includes('/') && !binaryPath.includes(path.sep) ? binaryPath : undefined;
  let bin = name ? undefined : binaryPath;
  if (bin) {
    if (!(await isExecutable(bin))) throw new UsageError(`terraform fmt: ${kind} binary "${bin}" does not exist or is not executable`);
  } else {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(dir, name ?? kind);
      if (await isExecutable(candidate)) {
        bin = candidate;
        break;
      }
    }
    if (!bin) {
      throw new UsageError(
        `terraform fmt: engine "${kind}" needs the ${name ?? kind} binary, which is not on PATH; install it or pass its path (binaryPath / terraform-binary)`,
      );
    }
  }
  return { kind, path: bin, version: await binaryVersion(bin) };
}

async function binaryVersion(bin: string): Promise<string> {
  const res = await run(bin, ['version', '-json']);
  if (res.code === 0) {
    try {
      const v = (JSON.parse(res.stdout.toString('utf8')) as { terraform_version?: string }).terraform_version;
      if (v) return v;
    } catch {
      // Versions before 0.13 have no -json; fall through to the text form.
    }
  }
  const text = await run(bin, ['version']);
  const m = /v(\d+\.\d+\.\d+\S*)/.exec(text.stdout.toString('utf8'));
  if (text.code !== 0 || !m) throw new UsageError(`terraform fmt: "${bin} version" failed: ${text.stderr.trim() || `exit ${text.code}`}`);
  return m[1]!;
}

/** Error diagnostics from terraform's human-readable output (boxed or not). */
export function parseBinaryDiagnostics(stderr: string): SyntaxDiagnostic[] {
  const lines = stderr.split('\n').map((l) => l.replace(/^[│╷╵]\s?/, '').replace(/\s+$/, ''));
  const out: SyntaxDiagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^Error: (.*)$/.exec(lines[i]!);
    if (!m) continue;
    let line = 1;
    const detail: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^(Error|Warning): /.test(lines[j]!); j++) {
      const l = lines[j]!;
      const on = /^\s+on .* line (\d+)/.exec(l);
      if (on) line = Number(on[1]);
      else if (l !== '' && !/^\s/.test(l)) detail.push(l);
    }
    out.push({ line, column: 1, endLine: line, endColumn: 1, summary: m[1]!, detail: detail.join(' ') });
    i = j - 1;
  }
  return out;
}

async function formatOne(bin: ResolvedBinary, file: TargetFile, mode: FmtMode, hooks: WriteHooks): Promise<FileOutcome> {
  const { rel, real } = file;
  let bytes: Buffer;
  try {
    bytes = await readFile(real);
  } catch (e) {
    return { rel, status: 'skipped', reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  let res: RunResult;
  try {
    res = await run(bin.path, ['fmt', '-no-color', '-'], bytes);
  } catch (e) {
    return { rel, status: 'engine-error', message: `${bin.kind} fmt could not be run: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (res.code === 2) {
    const errors = parseBinaryDiagnostics(res.stderr);
    if (errors.length > 0) return { rel, status: 'syntax-error', errors };
  }
  if (res.code !== 0) {
    return { rel, status: 'engine-error', message: `${bin.kind} fmt - exited with code ${res.code}: ${res.stderr.trim().slice(0, 2000)}` };
  }
  // `fmt -` prints through terraform's UI writer, which drops one trailing newline and adds one
  // back. Formatting never adds or removes a final newline, so undo that for files without one.
  let stdout = res.stdout;
  if (bytes[bytes.length - 1] !== 0x0a && stdout[stdout.length - 1] === 0x0a) stdout = stdout.subarray(0, stdout.length - 1);
  if (stdout.equals(bytes)) return { rel, status: 'formatted' };
  const original = decodeUtf8(bytes);
  const formatted = decodeUtf8(stdout);
  if (!original.ok || !formatted.ok) {
    return { rel, status: 'engine-error', message: `${bin.kind} fmt accepted a file that is not valid UTF-8; not compared` };
  }
  return finishFile(rel, real, original.text, formatted.text, mode, { expectedSha256: sha256(bytes), beforeWrite: hooks.beforeWrite });
}

const CHUNK_FILES = 200;
const CHUNK_ARG_BYTES = 60_000;

function chunks(files: readonly TargetFile[]): TargetFile[][] {
  const out: TargetFile[][] = [];
  let cur: TargetFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (cur.length >= CHUNK_FILES || bytes + f.real.length > CHUNK_ARG_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.real.length + 1;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

export async function processFilesWithBinary(
  files: readonly TargetFile[],
  mode: FmtMode,
  bin: ResolvedBinary,
  concurrency: number,
  hooks: WriteHooks = {},
): Promise<FileOutcome[]> {
  // Which files need a closer look: those listed by -check, and all of a chunk that errored.
  const needsStdin = new Set<string>();
  await mapLimit(chunks(files), concurrency, async (chunk) => {
    const res = await run(bin.path, ['fmt', '-no-color', '-check', '-list=true', ...chunk.map((f) => f.real)]).catch(() => undefined);
    if (res?.code === 0) return;
    if (res?.code === 3) {
      for (const line of res.stdout.toString('utf8').split('\n')) if (line.trim() !== '') needsStdin.add(path.resolve(line.trim()));
      return;
    }
    for (const f of chunk) needsStdin.add(path.resolve(f.real));
  });
  return mapLimit(files, concurrency, (f) =>
    needsStdin.has(path.resolve(f.real)) ? formatOne(bin, f, mode, hooks) : Promise.resolve<FileOutcome>({ rel: f.rel, status: 'formatted' }),
  );
}
