// Every external program the toolkit starts goes through here: an argument array handed to the
// program as is (no shell, so `;` or `$(…)` in a path or a ref is only text), a deadline, and bounded
// output, so a hung or chatty tool cannot hold a check or a deploy past its limits.
import { spawn, spawnSync } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';

export type Stream = 'stdout' | 'stderr';

export interface ProcessOptions {
  cwd?: string | undefined;
  /** The whole environment of the child; default this process's. */
  env?: NodeJS.ProcessEnv | undefined;
  /** Written to stdin, which is then closed; a stream is piped in. Without it stdin is /dev/null. */
  stdin?: string | Uint8Array | Readable | undefined;
  /** Raw stdout goes here instead of being kept (one process feeding another). */
  stdoutTo?: Writable | undefined;
  /** Killed with `timeoutSignal` after this long; the result says `timedOut`. */
  timeoutMs?: number | undefined;
  timeoutSignal?: NodeJS.Signals | undefined;
  /** Aborting sends SIGTERM, then SIGKILL after `killGraceMs`; the result says `aborted`. */
  signal?: AbortSignal | undefined;
  killGraceMs?: number | undefined;
  /**
   * Starts the program in its own process group and signals the group, so what it started (exec
   * credential plugins, helm under kustomize) ends with it and cannot hold the pipes open.
   */
  processGroup?: boolean | undefined;
  /** Keep at most this many bytes of stdout; past it the program is killed (SIGKILL) or the rest dropped. */
  maxStdoutBytes?: number | undefined;
  onStdoutOverflow?: 'kill' | 'truncate' | undefined;
  /** Keep at most this many bytes of stderr; the rest is dropped. */
  maxStderrBytes?: number | undefined;
  /** Each line as it arrives (without its line break; a last unterminated line on exit). */
  onLine?: ((line: string, stream: Stream) => void) | undefined;
}

export interface ProcessResult {
  /** Exit code; null when a signal ended the program. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
  aborted: boolean;
  /** stdout passed maxStdoutBytes. */
  overflow: boolean;
}

const DEFAULT_KILL_GRACE_MS = 1500;

/**
 * Runs a program to its end. Resolves for every exit (the caller decides what a code means);
 * rejects only when it cannot start (ENOENT, EACCES). An already aborted signal starts nothing.
 */
export function runProcess(cmd: string, args: readonly string[], opts: ProcessOptions = {}): Promise<ProcessResult> {
  const empty = Buffer.alloc(0);
  if (opts.signal?.aborted) {
    return Promise.resolve({ code: null, signal: null, stdout: empty, stderr: empty, timedOut: false, aborted: true, overflow: false });
  }
  return new Promise((resolve, reject) => {
    const group = opts.processGroup === true && process.platform !== 'win32';
    const stdinMode = opts.stdin === undefined ? 'ignore' : 'pipe';
    const child = spawn(cmd, [...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [stdinMode, 'pipe', 'pipe'],
      detached: group,
      shell: false,
      windowsHide: true,
    });
    // Both are pipes (stdio above); the types cannot tell from a computed stdio array.
    const stdout = child.stdout!;
    const stderr = child.stderr!;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outSize = 0;
    let errSize = 0;
    let timedOut = false;
    let aborted = false;
    let overflow = false;
    const kill = (sig: NodeJS.Signals) => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        // Already gone, or the group is: fall back to the child itself.
        try {
          child.kill(sig);
        } catch {
          // gone
        }
      }
    };
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      kill(opts.timeoutSignal ?? 'SIGKILL');
    }, Math.max(1, opts.timeoutMs));
    const onAbort = () => {
      aborted = true;
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS).unref();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };

    const decoders: Record<Stream, StringDecoder> = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
    const pending: Record<Stream, string> = { stdout: '', stderr: '' };
    const lines = (stream: Stream, chunk: Buffer | undefined) => {
      if (!opts.onLine) return;
      pending[stream] += chunk ? decoders[stream].write(chunk) : decoders[stream].end();
      const parts = pending[stream].split(/\r?\n/);
      pending[stream] = chunk ? parts.pop()! : '';
      for (const line of parts) {
        if (!chunk && line === '') continue;
        opts.onLine(line, stream);
      }
    };

    if (opts.stdoutTo) stdout.pipe(opts.stdoutTo);
    else {
      stdout.on('data', (c: Buffer) => {
        lines('stdout', c);
        const max = opts.maxStdoutBytes;
        if (max === undefined) {
          out.push(c);
          return;
        }
        if (outSize + c.length > max) {
          if (outSize < max && opts.onStdoutOverflow === 'truncate') out.push(c.subarray(0, max - outSize));
          outSize += c.length;
          if (!overflow) {
            overflow = true;
            if (opts.onStdoutOverflow !== 'truncate') kill('SIGKILL');
          }
          return;
        }
        outSize += c.length;
        out.push(c);
      });
    }
    stderr.on('data', (c: Buffer) => {
      lines('stderr', c);
      const max = opts.maxStderrBytes;
      if (max !== undefined) {
        if (errSize >= max) return;
        err.push(c.subarray(0, max - errSize));
        errSize += c.length;
        return;
      }
      err.push(c);
    });
    child.on('error', (e) => {
      settle();
      reject(e);
    });
    child.on('close', (code, sig) => {
      settle();
      if (!opts.stdoutTo) lines('stdout', undefined);
      lines('stderr', undefined);
      resolve({ code, signal: sig, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut, aborted, overflow });
    });
    if (child.stdin) {
      // EPIPE when the program exits before reading its input shows in the exit code instead.
      child.stdin.on('error', () => undefined);
      const input = opts.stdin;
      if (input !== undefined && typeof input !== 'string' && !(input instanceof Uint8Array)) input.pipe(child.stdin);
      else child.stdin.end(input);
    }
  });
}

export interface SyncOptions {
  cwd?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  timeoutMs?: number | undefined;
  /** Past this much output the program is killed and `error` is ENOBUFS (default 64 MiB). */
  maxBuffer?: number | undefined;
}

export interface SyncResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not start, timed out or overflowed maxBuffer. */
  error?: Error;
}

/**
 * The synchronous form, for the few quick callers (git rev-parse and the like) that sit in
 * synchronous code paths. Same rules: no shell, stdin closed, a deadline.
 */
export function runProcessSync(cmd: string, args: readonly string[], opts: SyncOptions = {}): SyncResult {
  const r = spawnSync(cmd, [...args], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    shell: false,
    windowsHide: true,
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
}

/** stdout of a program that must succeed, trimmed; undefined when it cannot start or fails. */
export function outputOf(cmd: string, args: readonly string[], opts: SyncOptions = {}): string | undefined {
  const r = runProcessSync(cmd, args, opts);
  return r.error || r.code !== 0 ? undefined : r.stdout.trim();
}
