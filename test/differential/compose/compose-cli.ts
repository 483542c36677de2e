/** Runs the real Docker Compose CLI (`docker-compose config`) on one case, with a controlled environment. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DiffCase } from './cases.js';

export interface CliResult {
  valid: boolean;
  /** Parsed `config --format json` output when valid. */
  model?: unknown;
  /** stderr: the error when invalid, warnings otherwise. */
  stderr: string;
}

// Compose reads the Docker CLI config dir (and COMPOSE_* variables) from the environment: give it an
// empty one so the developer's own settings never change a verdict.
const dockerConfig = mkdtempSync(path.join(tmpdir(), 'pia-compose-docker-config-'));

export function removeDockerConfig(): void {
  rmSync(dockerConfig, { recursive: true, force: true });
}

export function runComposeCli(bin: string, c: DiffCase): Promise<CliResult> {
  const args: string[] = [];
  for (const f of c.files) args.push('-f', f);
  for (const p of c.profiles) args.push('--profile', p);
  args.push('config', '--format', 'json');
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: dockerConfig,
    DOCKER_CONFIG: dockerConfig,
    ...c.env,
  };
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: c.root, env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) {
        resolve({ valid: false, stderr: stderr.trim() || err.message });
        return;
      }
      resolve({ valid: true, model: JSON.parse(stdout) as unknown, stderr: stderr.trim() });
    });
  });
}
