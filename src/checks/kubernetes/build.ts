import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { findOnPath, type KustomizeCommand } from '../../tools/kustomize.js';
import { runProcess } from '../../tools/process.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

export type BuildOutcome =
  | { ok: true; output: string; wrapperDir: string }
  | { ok: false; message: string; wrapperDir: string; timedOut?: boolean };

export interface BuildOptions {
  /** Kill kustomize after this long. */
  timeoutMs?: number;
  /** Refuse outputs larger than this (bytes). */
  maxBytes?: number | undefined;
  /** The overlay's own sortOptions: only the top-level kustomization's count, and the wrapper is on top. */
  sortOptions?: unknown;
  /** Address space kustomize may use (bytes); 0 = unlimited. */
  memoryBytes?: number | undefined;
  /** Called once kustomize is running. */
  onStarted?: (() => void) | undefined;
  /** The pinned helm, for a kustomization with `helmCharts:` (built with `--enable-helm`). */
  helm?: string | undefined;
}

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;
const MAX_STDERR_BYTES = 256 * 1024;

/**
 * kustomize's address-space limit. A Go binary reserves ~0.7 GiB of virtual memory to start; 3 GiB
 * leaves room for any real overlay while an expansion bomb fails fast instead of taking the runner.
 */
export const DEFAULT_MEMORY_BYTES = 3 * 1024 * 1024 * 1024;

/**
 * `kustomize build` of one kustomization through a temporary wrapper kustomization that enables
 * `buildMetadata: [originAnnotations]` (the user's files are never touched), with the load restrictor on.
 * The wrapper references the overlay by a path relative to it; kustomize roots each base at its own
 * directory, so LoadRestrictionsRootOnly still confines every file to its kustomization.
 */
export async function buildKustomization(cmd: KustomizeCommand, dir: string, opts: BuildOptions = {}): Promise<BuildOutcome> {
  const wrapperDir = await mkdtemp(path.join(os.tmpdir(), 'portarium-kustomize-'));
  try {
    const wrapper: Record<string, unknown> = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [path.relative(wrapperDir, dir).split(path.sep).join('/')],
      buildMetadata: ['originAnnotations'],
    };
    if (opts.sortOptions !== undefined) wrapper.sortOptions = opts.sortOptions;
    await writeFile(path.join(wrapperDir, 'kustomization.yaml'), stringify(wrapper));
    const args = [...cmd.args, ...helmArgs(opts.helm), '--load-restrictor', 'LoadRestrictionsRootOnly', wrapperDir];
    const memory = opts.memoryBytes ?? DEFAULT_MEMORY_BYTES;
    const [bin, argv] = memoryLimited(cmd.path, args, memory);
    const running = runCapped(bin, argv, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.maxBytes ?? DEFAULT_MAX_BYTES, goRuntimeEnv(memory));
    opts.onStarted?.();
    const r = await running;
    if (r.code === 0 && !r.overflow) return { ok: true, output: r.stdout, wrapperDir };
    const message = r.overflow
      ? `build output is larger than ${Math.round((opts.maxBytes ?? DEFAULT_MAX_BYTES) / 1024 / 1024)} MiB`
      : r.timedOut
        ? `kustomize build timed out after ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)}s`
        : outOfMemory(r.stderr)
          ? `kustomize ran out of memory (limit ${Math.round(memory / 1024 / 1024)} MiB of address space)`
          : kustomizeError(r.stderr || r.stdout);
    return { ok: false, message: cleanPaths(message, wrapperDir, dir), wrapperDir, ...(r.timedOut ? { timedOut: true } : {}) };
  } finally {
    await rm(wrapperDir, { recursive: true, force: true });
  }
}

/** kustomize runs `helm template` for `helmCharts:` only when told to, and with the helm named. */
export function helmArgs(helm: string | undefined): string[] {
  return helm ? ['--enable-helm', '--helm-command', helm] : [];
}

/**
 * The command run under an address-space limit. Node's resourceLimits only bound worker threads, so
 * the limit is set on the child: prlimit (util-linux) when present, else the shell's ulimit with the
 * command passed as arguments, never spliced into the script.
 */
export function memoryLimited(cmd: string, args: string[], bytes: number, prlimit = findOnPath('prlimit')): [string, string[]] {
  if (!bytes || process.platform !== 'linux') return [cmd, args];
  if (prlimit) return [prlimit, [`--as=${bytes}`, '--', cmd, ...args]];
  return ['/bin/sh', ['-c', 'ulimit -v "$1" || exit 125; shift; exec "$@"', 'sh', String(Math.floor(bytes / 1024)), cmd, ...args]];
}

/**
 * A build is a short-lived Go process that allocates a lot and keeps little: with Go's default
 * GOGC=100 a third of its CPU goes to collecting garbage it would free at exit anyway. GOGC=400 makes
 * a typical overlay build about 40% faster for a few MiB more; GOMEMLIMIT (two thirds of the
 * address-space limit) makes the collector work hard again before a large build reaches that
 * limit. What the user's environment sets wins.
 */
export function goRuntimeEnv(memoryBytes: number, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const tuned: NodeJS.ProcessEnv = { ...env };
  tuned['GOGC'] ??= '400';
  if (memoryBytes > 0) tuned['GOMEMLIMIT'] ??= String(Math.floor((memoryBytes * 2) / 3));
  return tuned;
}

/** Go's runtime reports allocation failure under RLIMIT_AS this way (fatal error, exit 2). */
export function outOfMemory(stderr: string): boolean {
  return /fatal error: (runtime: )?out of memory|failed to reserve page summary memory|cannot allocate memory/i.test(stderr);
}

/** klog's line header: severity, date, time, thread id and the Go source line (`E1202 17:00:00.000000   12345 run.go:72] `). */
const KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+ +\d+ [^ \]]+:\d+\] /;

/**
 * The error kustomize printed, once and without log decoration: from kubectl's klog line
 * (`err="..."`, or `err=<` with the message on tab-indented lines up to ` >`), else kustomize's
 * `Error: ...` to the end, else whatever it printed with klog headers removed and repeated lines dropped.
 */
export function kustomizeError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(KLOG_HEADER, ''));
  const text = lines.join('\n');
  const quoted = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
  if (quoted) return JSON.parse(`"${quoted[1]}"`) as string;
  const block = /"command failed" err=<\n((?:\t.*(?:\n|$))*)/.exec(text);
  if (block) {
    const message = block[1]!.split('\n').map((l) => l.replace(/^\t/, '').trim()).filter(Boolean).join(' ');
    if (message) return message;
  }
  // The standalone kustomize prints `Error: ` and the message, which may run over several lines.
  const at = lines.findIndex((l) => /^(Error|error): /.test(l.trim()));
  if (at >= 0) {
    return lines
      .slice(at)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/^(Error|error): /, '');
  }
  // kubectl may log the error and print it again; say it once.
  const plain = new Set(lines.map((l) => l.trim()).filter((l) => l && l !== '>'));
  return [...plain].join(' ') || 'kustomize build failed';
}

/** Messages name the temporary wrapper; say the overlay instead. */
function cleanPaths(message: string, wrapperDir: string, dir: string): string {
  const rel = path.relative(wrapperDir, dir).split(path.sep).join('/');
  return message.split(`'${rel}'`).join(`'${dir}'`).split(wrapperDir).join('<build>');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  overflow: boolean;
  timedOut: boolean;
}

/** Runs a build with a wall-clock limit and an output cap; either one kills it. */
export async function runCapped(cmd: string, args: string[], timeoutMs: number, maxBytes: number, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  const r = await runProcess(cmd, args, {
    timeoutMs,
    env,
    // Its own process group, so a kill also reaches what kustomize started (exec plugins, helm),
    // which would otherwise hold the pipes open past the timeout.
    processGroup: true,
    maxStdoutBytes: maxBytes,
    onStdoutOverflow: 'kill',
    // The error is parsed with regexes and shown in findings: 256 KiB is plenty and keeps both bounded.
    maxStderrBytes: MAX_STDERR_BYTES,
  });
  return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), overflow: r.overflow, timedOut: r.timedOut };
}

/** Origin of a built resource, from `config.kubernetes.io/origin` (paths made absolute). */
export interface Origin {
  path?: string;
  configuredIn?: string;
  configuredBy?: { apiVersion?: string; kind?: string; name?: string };
  repo?: string;
  ref?: string;
}

export function parseOrigin(annotation: unknown, wrapperDir: string): Origin | undefined {
  if (typeof annotation !== 'string') return undefined;
  const o: Origin = {};
  const lines = annotation.split('\n');
  let inBy = false;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const m = /^(\s*)([A-Za-z]+):\s*(.*)$/.exec(raw);
    if (!m) continue;
    const [, indent, key, value] = m;
    const v = value!.replace(/^["']|["']$/g, '');
    if (indent === '') {
      inBy = key === 'configuredBy';
      if (key === 'path') o.path = path.resolve(wrapperDir, v);
      else if (key === 'configuredIn') o.configuredIn = path.resolve(wrapperDir, v);
      else if (key === 'repo') o.repo = v;
      else if (key === 'ref') o.ref = v;
    } else if (inBy) {
      o.configuredBy ??= {};
      if (key === 'apiVersion' || key === 'kind' || key === 'name') o.configuredBy[key] = v;
    }
  }
  // Remote resources carry repo-relative paths; they cannot be opened here.
  if (o.repo) {
    delete o.path;
    delete o.configuredIn;
  }
  return o;
}

export function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}
