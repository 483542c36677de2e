import path from 'node:path';
import { parseDotenv, DotenvError } from './dotenv.js';
import type { Problems } from './problems.js';
import { readTextFile, type ReadLimits } from './read-file.js';

/** Where a variable's value comes from, for the variables report. */
export type VariableSource = 'env' | '.env' | 'env-file';

export interface EnvValue {
  value: string;
  source: VariableSource;
  /** Absolute path of the dotenv file that set it. */
  file?: string;
  line?: number;
}

/** The variables interpolation sees, with where each was set. */
export type EnvTable = Map<string, EnvValue>;

export function envFromProcess(env: Record<string, string | undefined>): EnvTable {
  const t: EnvTable = new Map();
  for (const [k, v] of Object.entries(env)) if (v !== undefined) t.set(k, { value: v, source: 'env' });
  return t;
}

/**
 * Reads dotenv files the way compose does: values may use variables from `base` and from earlier lines;
 * later files override earlier ones; `base` wins over every file (compose never lets `.env` override
 * the shell). Returns `base` merged with the files.
 */
export function withDotenvFiles(
  base: EnvTable,
  files: readonly string[],
  source: VariableSource,
  problems: Problems,
  limits: ReadLimits,
  show: (file: string) => string,
): EnvTable {
  const fromFiles: EnvTable = new Map();
  for (const file of files) {
    const text = readTextFile(file, limits, problems, { file, line: 1, column: 1 }, `env file ${show(file)}`);
    if (text === undefined) continue;
    try {
      const entries = parseDotenv(text, (k) => base.get(k)?.value ?? fromFiles.get(k)?.value);
      for (const e of entries) fromFiles.set(e.key, { value: e.value, source, file: path.resolve(file), line: e.line });
    } catch (e) {
      const line = e instanceof DotenvError ? e.line : 1;
      problems.add('compose/invalid-env-file', { file, line, column: 1 }, `cannot parse env file: ${(e as Error).message}`);
    }
  }
  const out: EnvTable = new Map(base);
  for (const [k, v] of fromFiles) if (!out.has(k)) out.set(k, v);
  return out;
}

export function lookupIn(env: EnvTable): (name: string) => string | undefined {
  return (name) => env.get(name)?.value;
}
