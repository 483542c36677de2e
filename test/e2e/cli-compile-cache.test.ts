import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
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
});
