import { existsSync } from 'node:fs';
import path from 'node:path';
import { findOnPath, sameVersion, toolVersion } from './install.js';
import { TOOLS } from './manifest.js';
import { toolsDir } from './schemas.js';

/** The helm kustomize's `helmCharts:` render with (tools/manifest.ts). */
export const HELM_VERSION = TOOLS.helm.defaultVersion;

/**
 * The pinned helm: the tools dir (scripts/tools/install-helm.sh), then PATH, each only at the pinned
 * version, so a chart renders the same on every machine. Undefined when there is none.
 */
export async function locateHelm(dir = toolsDir()): Promise<string | undefined> {
  for (const bin of [path.join(dir, 'bin', 'helm'), findOnPath('helm')]) {
    if (!bin || !existsSync(bin)) continue;
    const v = await toolVersion('helm', bin);
    if (v && sameVersion(v, HELM_VERSION)) return bin;
  }
  return undefined;
}
