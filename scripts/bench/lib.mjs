// Small timing helpers shared by the benchmark suites.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const TOOLS_BIN = path.join(process.env.PORTARIUM_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra', 'tools'), 'bin');

export function tool(name) {
  const p = path.join(TOOLS_BIN, name);
  return existsSync(p) ? p : undefined;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of an async function, after `warmup` untimed runs. */
export async function timeAsync(fn, { warmup = 3, runs = 15 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Median wall time in ms of a whole process, start to exit (what a user waits for). */
export function timeProcess(cmd, args, { cwd, env, warmup = 1, runs = 7, okCodes = [0, 1] } = {}) {
  const once = () => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t;
    if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  for (let i = 0; i < warmup; i++) once();
  return median(Array.from({ length: runs }, once));
}

/**
 * Median wall times in ms of several commands, each a fresh process, run in turns (a, b, a, b, …) so
 * that every command sees the same machine: on a shared, noisy machine that matters more than the count.
 */
export function timeProcessesAlternating(commands, { warmup = 1, runs = 7 } = {}) {
  const once = ({ cmd, args, cwd, env, okCodes = [0, 1] }) => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t;
    if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  for (let i = 0; i < warmup; i++) commands.forEach(once);
  const xs = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => xs[k].push(once(c)));
  return xs.map(median);
}

export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
export const ratio = (peer, ours) => (peer && ours ? (peer / ours).toFixed(2) : 'n/a');
export function sh(cmd, args, opts) {
  return execFileSync(cmd, args, { encoding: 'utf8', ...opts });
}
