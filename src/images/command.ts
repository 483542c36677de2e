// Runs a builder's command with an argument array (never a shell), streams its output line by
// line through a redactor, and keeps the redacted output for error messages.
import { spawn } from 'node:child_process';
import { UsageError } from '../report/finding.js';

export interface CommandOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Applied to every line before it is logged or kept. */
  redact?: (text: string) => string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in arrival order, redacted. */
  output: string;
}

export type CommandRunner = (cmd: string, args: readonly string[], opts?: CommandOptions) => Promise<CommandResult>;

export const runCommand: CommandRunner = (cmd, args, opts = {}) =>
  new Promise((resolve, reject) => {
    const redact = opts.redact ?? ((s: string) => s);
    const child = spawn(cmd, [...args], { cwd: opts.cwd, env: opts.env as NodeJS.ProcessEnv | undefined, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr', chunk: string, flush: boolean) => {
      pending[stream] += chunk;
      const parts = pending[stream].split(/\r?\n/);
      pending[stream] = flush ? '' : parts.pop()!;
      for (const raw of parts) {
        if (flush && raw === '') continue;
        const line = redact(raw);
        if (stream === 'stdout') stdout += line + '\n';
        else stderr += line + '\n';
        output += line + '\n';
        opts.onLine?.(line, stream);
      }
    };
    child.stdout.setEncoding('utf8').on('data', (c: string) => take('stdout', c, false));
    child.stderr.setEncoding('utf8').on('data', (c: string) => take('stderr', c, false));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new UsageError(`${cmd} was not found; install it first (scripts/tools/install-buildah.sh for buildah)`));
      else reject(e);
    });
    child.on('close', (code, signal) => {
      take('stdout', '', true);
      take('stderr', '', true);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output });
    });
  });

/** The last `n` non-empty lines of some output. */
export function tail(text: string, n = 15): string {
  return text.split('\n').filter((l) => l.trim() !== '').slice(-n).join('\n');
}
