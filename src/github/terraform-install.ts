import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { info } from './log.js';
import { runnerTempDir } from './workspace.js';
import * as tc from '@actions/tool-cache';
import { type TerraformKind, chooseVersion, installTerraform } from '../tools/terraform.js';

/**
 * The terraform/tofu binary for the binary engines: the one on PATH when its version is the one
 * chosen, else the pinned release from tool-cache, else a download verified against the release's
 * SHA256SUMS (fail closed) and kept in tool-cache.
 */
export async function installTerraformBinary(kind: TerraformKind, root: string, requested: string): Promise<string> {
  const choice = await chooseVersion(kind, root, requested);
  info(`${kind} ${choice.version} (from ${choice.source})`);
  try {
    const onPath = execFileSync(kind, ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (onPath.includes(`v${choice.version}`)) return kind;
  } catch {
    // Not on PATH: install below.
  }
  const cached = tc.find(kind, choice.version);
  if (cached) return path.join(cached, kind);
  const installed = await installTerraform({
    kind,
    version: choice.version,
    download: (url) => tc.downloadTool(url),
    destDir: runnerTempDir('tools'),
  });
  const dir = await tc.cacheDir(path.dirname(installed.path), kind, choice.version);
  return path.join(dir, path.basename(installed.path));
}
