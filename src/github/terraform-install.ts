import { info } from './log.js';
import { toolCacheHooks } from './tool-hooks.js';
import { runnerTempDir } from './workspace.js';
import { findOnPath, installTool } from '../tools/install.js';
import { type TerraformKind, chooseVersion } from '../tools/terraform.js';

/**
 * The terraform/tofu binary for the binary engines: the one on PATH when its version is the one
 * chosen, else the release from tool-cache, else a download verified against the release's
 * SHA256SUMS (fail closed) and kept in tool-cache.
 */
export async function installTerraformBinary(kind: TerraformKind, root: string, requested: string): Promise<string> {
  const choice = await chooseVersion(kind, root, requested);
  info(`${kind} ${choice.version} (from ${choice.source})`);
  const installed = await installTool(kind, toolCacheHooks, {
    version: choice.version,
    candidates: [findOnPath(process.platform === 'win32' ? `${kind}.exe` : kind)],
    workDir: runnerTempDir('tools'),
  });
  return installed.path;
}
