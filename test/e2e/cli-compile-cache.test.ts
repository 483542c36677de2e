import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/runner.js';

// Whoever can write V8's compile cache can run code in the CLI: it lives where only this user, and in
// Actions only this job, can write — never in the shared temp directory.
describe('the CLI compile cache', () => {
  const example = path.join(REPO_ROOT, 'examples', 'portarium');

  it('in a GitHub Actions job: a private directory under RUNNER_TEMP, filled by the first run', () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pia-runner-temp-'));
    const r = runCli(['compose', example], { cwd: REPO_ROOT, env: { RUNNER_TEMP: runnerTemp } });
    expect(r.status, r.stderr).toBe(0);
    const dir = path.join(runnerTemp, 'portarium-infra-compile-cache');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it('elsewhere: under the user cache directory', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'pia-xdg-cache-'));
    const r = runCli(['compose', example], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(path.join(cacheHome, 'portarium-infra', 'compile-cache')).length).toBeGreaterThan(0);
  });

  it('a cache directory others can write is left alone, and the CLI still works', () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pia-runner-temp-'));
    const dir = path.join(runnerTemp, 'portarium-infra-compile-cache');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const r = runCli(['compose', example], { cwd: REPO_ROOT, env: { RUNNER_TEMP: runnerTemp } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/compose: 2 projects, 10 services/);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(path.join(tmpdir(), 'portarium-infra-compile-cache'))).toBe(false);
  });

  // The code cache is written after a run, so it holds the functions the run compiled lazily; V8 takes
  // it only for the same source, version and flags, and the CLI falls back to compiling when it does not.
  it('the code cache a compose run writes is taken as it is by the next run, with the same output', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'pia-xdg-cache-'));
    const dir = path.join(cacheHome, 'portarium-infra', 'compile-cache');
    const first = runCli(['compose', '--format', 'json', example], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(first.status, first.stderr).toBe(0);
    const entry = path.join(dir, 'compose-index.cjs.v8');
    const written = readFileSync(entry);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    const second = runCli(['compose', '--format', 'json', example], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(entry).equals(written)).toBe(true);
  });

  it('a damaged cache entry is not handed to V8 (which would crash on it): the run compiles, succeeds and writes a good entry', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'pia-xdg-cache-'));
    const entry = path.join(cacheHome, 'portarium-infra', 'compile-cache', 'compose-index.cjs.v8');
    const first = runCli(['compose', example], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(first.status, first.stderr).toBe(0);
    const good = readFileSync(entry);
    const damaged = Buffer.from(good);
    // The key line stays: only V8's checksum of the data, which the CLI turns on, can find the damage.
    for (let i = damaged.indexOf(10) + 200; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0xff;
    writeFileSync(entry, damaged);
    const r = runCli(['compose', example], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(first.stdout);
    expect(readFileSync(entry).equals(damaged)).toBe(false);
  });

  it('a run stopped by a usage error writes no cache', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'pia-xdg-cache-'));
    const r = runCli(['compose', path.join(example, 'no-such-dir')], { cwd: REPO_ROOT, env: { XDG_CACHE_HOME: cacheHome } });
    expect(r.status).toBe(2);
    expect(readdirSync(path.join(cacheHome, 'portarium-infra', 'compile-cache'))).toEqual([]);
  });
});
