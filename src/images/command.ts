// A builder's command: the shared process runner (never a shell) with the builders' redactor
// applied to every line before it is logged or kept, and the redacted output kept for messages.
import { UsageError } from '../report/finding.js';
import { runProcess, type ProcessResult } from '../tools/process.js';

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

export const runCommand: CommandRunner = async (cmd, args, opts = {}) => {
  const redact = opts.redact ?? ((s: string) => s);
  let stdout = '';
  let stderr = '';
  let output = '';
  let r: ProcessResult;
  try {
    r = await runProcess(cmd, args, {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv | undefined,
      // Lines are kept here, redacted; the raw bytes are not needed.
      maxStdoutBytes: 0,
      onStdoutOverflow: 'truncate',
      maxStderrBytes: 0,
      onLine: (raw, stream) => {
        const line = redact(raw);
        if (stream === 'stdout') stdout += line + '\n';
        else stderr += line + '\n';
        output += line + '\n';
        opts.onLine?.(line, stream);
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${cmd} was not found; install it first (scripts/tools/install-buildah.sh for buildah)`);
    throw e;
  }
  return { code: r.code ?? (r.signal ? 128 : 1), stdout, stderr, output };
};

/** The last `n` non-empty lines of some output. */
export function tail(text: string, n = 15): string {
  return text.split('\n').filter((l) => l.trim() !== '').slice(-n).join('\n');
}
