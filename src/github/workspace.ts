import { mkdirSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInside, realPath } from '../path-guard.js';
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
  if (!isInside(root, real)) throw new UsageError(`${inputName}: ${file} is outside the working directory ${root}`);
  return real;
}

/**
 * The directory an action may read below: the repository checkout (GITHUB_WORKSPACE), so a project
 * may use files elsewhere in its repository; the working directory itself when it lies outside.
 */
export function workspaceRoot(root: string): string {
  const workspace = realPath(process.env['GITHUB_WORKSPACE'] || process.cwd());
  return isInside(workspace, root) ? workspace : root;
}

/**
 * RUNNER_TEMP/portarium-infra/<parts>, created: where the actions leave files for later steps
 * (findings, merged configs, diffs, rendered manifests, build manifests, downloaded tools).
 */
export function runnerTempDir(...parts: string[]): string {
  const dir = path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'portarium-infra', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
