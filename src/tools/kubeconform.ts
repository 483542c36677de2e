import { existsSync } from 'node:fs';
import path from 'node:path';
import { findOnPath, installTool, toolVersion, type DownloadHooks } from './install.js';
import { TOOLS } from './manifest.js';
import { toolsDir } from './schemas.js';

/** Pinned kubeconform (tools/manifest.ts). */
export const KUBECONFORM_VERSION = TOOLS.kubeconform.defaultVersion;

export interface KubeconformBinary {
  path: string;
  version: string;
}

export function kubeconformVersion(bin: string): Promise<string | undefined> {
  return toolVersion('kubeconform', bin);
}

/** The tools dir (scripts/tools/install-kubeconform.sh) first, then PATH. */
export async function locateKubeconform(opts: { path?: string; toolsDir?: string } = {}): Promise<KubeconformBinary | undefined> {
  for (const bin of candidates(opts)) {
    if (!bin || !existsSync(bin)) continue;
    const version = await kubeconformVersion(bin);
    if (version) return { path: bin, version };
  }
  return undefined;
}

function candidates(opts: { path?: string; toolsDir?: string } = {}): Array<string | undefined> {
  return opts.path ? [opts.path] : [path.join(opts.toolsDir ?? toolsDir(), 'bin', 'kubeconform'), findOnPath('kubeconform')];
}

/** For actions: kubeconform at the pinned version when present, else the manifest's verified download. */
export async function installKubeconform(hooks: DownloadHooks, version = KUBECONFORM_VERSION): Promise<KubeconformBinary> {
  const k = await installTool('kubeconform', hooks, { version, candidates: candidates() });
  return { path: k.path, version: k.version };
}
