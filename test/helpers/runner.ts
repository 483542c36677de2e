import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';
import { node24 } from './tools.js';

/** Parses the `name<<delimiter` blocks the runner reads from GITHUB_OUTPUT / GITHUB_STATE. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\r?\n([\s\S]*?)\r?\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

export interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/**
 * Runs a committed bundle the way the runner runs a `node24` action: a fresh process on Node 24 with
 * INPUT_* variables (hyphens kept, as the runner does) and the file-command files created beforehand.
 */
function prepareStep(action: string, inputs: Record<string, string>, opts: { workspace: string; env?: Record<string, string> }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-step-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: 'portarium/example',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(dir, f);
    writeFileSync(env[k]!, '');
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const entry = path.join(REPO_ROOT, 'dist', action, 'index.js');
  const finish = (status: number | null, stdout: string, stderr: string): StepResult => {
    const read = (k: string) => readFileSync(env[k]!, 'utf8');
    return {
      status,
      stdout,
      stderr,
      outputs: parseFileCommand(read('GITHUB_OUTPUT')),
      state: parseFileCommand(read('GITHUB_STATE')),
      summary: read('GITHUB_STEP_SUMMARY'),
      runnerTemp: dir,
    };
  };
  return { env, entry, finish };
}

export function runStep(action: string, inputs: Record<string, string>, opts: { workspace: string; env?: Record<string, string> }): StepResult {
  const { env, entry, finish } = prepareStep(action, inputs, opts);
  const r = spawnSync(node24(), [entry], { env, cwd: opts.workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return finish(r.status, r.stdout, r.stderr);
}

/** The same, without blocking this process: for tests that serve the step (a fake REST API) themselves. */
export function runStepAsync(action: string, inputs: Record<string, string>, opts: { workspace: string; env?: Record<string, string> }): Promise<StepResult> {
  const { env, entry, finish } = prepareStep(action, inputs, opts);
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [entry], { env, cwd: opts.workspace });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(finish(code, stdout, stderr)));
  });
}

/**
 * Starts a step and hands back its process, for tests that signal it halfway (the runner cancels a
 * step with SIGINT, then SIGTERM, then SIGKILL).
 */
export function startStep(action: string, inputs: Record<string, string>, opts: { workspace: string; env?: Record<string, string> }) {
  const { env, entry, finish } = prepareStep(action, inputs, opts);
  const child = spawn(node24(), [entry], { env, cwd: opts.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<StepResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(finish(code, stdout, stderr)));
  });
  return { child, done, output: () => stdout + stderr };
}

/** Runs the committed CLI bundle on Node 24, as `npx portarium-infra` would. */
export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  const r = spawnSync(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), ...args], {
    cwd: opts.cwd,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `::error file=a,line=3,...::message` → its parts, for assertions on annotations. */
export function parseAnnotations(stdout: string): Array<{ level: string; props: Record<string, string>; message: string }> {
  const out = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice) ([^:]*)::(.*)$/gm)) {
    const props: Record<string, string> = {};
    for (const kv of m[2]!.split(',')) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    }
    out.push({ level: m[1]!, props, message: decodeURIComponent(m[3]!.replace(/%(?![0-9A-F]{2})/g, '%25')) });
  }
  return out;
}
