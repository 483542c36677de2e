import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../report/finding.js';

/** The `working-directory` input resolved inside GITHUB_WORKSPACE; it must exist and be a directory. */
export function workingDirectory(input: string): string {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const dir = path.resolve(workspace, input || '.');
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`working-directory ${input || '.'}: no such directory in ${workspace}`);
  }
  if (!st.isDirectory()) throw new UsageError(`working-directory ${input}: not a directory`);
  return realpathSync(dir);
}

/** A path input (a compose file, an env file) resolved against the working directory; must stay inside it. */
export function fileInside(root: string, file: string, inputName: string): string {
  const abs = path.resolve(root, file);
  let real = abs;
  try {
    real = realpathSync(abs);
  } catch {
    // Missing files are reported by the check itself, with the name the user gave.
  }
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`${inputName}: ${file} is outside the working directory ${root}`);
  return real;
}
