#!/usr/bin/env node
// The CLI ships as the same committed ncc bundle the actions use, so it runs without a build step.
// V8's compile cache (Node >= 22.1) spares later runs most of the bundle's parse and compile time.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * Whoever can write the compile cache can run code in this process, so it is never the shared temp
 * directory Node defaults to: in a GitHub Actions job it is under RUNNER_TEMP, which the runner empties
 * between jobs (an earlier job — a pull request's — cannot leave anything there for a later one), and
 * elsewhere in the user's own cache directory. Either must be a directory of ours that no one else can
 * write; otherwise the CLI runs without the cache.
 */
function compileCacheDir() {
  const base = process.env.RUNNER_TEMP || process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  if (!path.isAbsolute(base)) return undefined;
  const dir = path.join(base, process.env.RUNNER_TEMP ? 'portarium-infra-compile-cache' : path.join('portarium-infra', 'compile-cache'));
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    // Windows has neither owners by uid nor these mode bits; its user profile is private already.
    const ours = process.platform === 'win32' || (st.uid === process.getuid?.() && (st.mode & 0o022) === 0);
    return st.isDirectory() && ours ? dir : undefined;
  } catch {
    return undefined;
  }
}

const cacheDir = compileCacheDir();
if (cacheDir) module.enableCompileCache?.(cacheDir);
await import('../dist/cli/index.js');
