import { existsSync } from 'node:fs';
import path from 'node:path';
import { findOnPath, installTool, sameVersion, toolVersion, type DownloadHooks } from './install.js';
import { TOOLS } from './manifest.js';
import { runProcess } from './process.js';
import { toolsDir } from './schemas.js';

export { findOnPath, type DownloadHooks } from './install.js';

/** Pinned standalone kustomize (tools/manifest.ts). */
export const KUSTOMIZE_VERSION = TOOLS.kustomize.defaultVersion;

/** How to run `kustomize build`: `kubectl kustomize` or a standalone binary. */
export interface KustomizeCommand {
  kind: 'kubectl' | 'kustomize';
  path: string;
  /** Arguments before the directory: `kustomize` for kubectl, `build` for the standalone binary. */
  args: string[];
  version: string;
}

async function kubectlKustomizeVersion(kubectl: string): Promise<string | undefined> {
  try {
    const r = await runProcess(kubectl, ['version', '--client', '-o', 'json'], { timeoutMs: 20_000 });
    if (r.code !== 0) return undefined;
    const v = (JSON.parse(r.stdout.toString('utf8')) as { kustomizeVersion?: string }).kustomizeVersion;
    return v || undefined;
  } catch {
    return undefined;
  }
}

function standaloneVersion(bin: string): Promise<string | undefined> {
  return toolVersion('kustomize', bin);
}

export interface LocateKustomizeOptions {
  /** Prefer this: 'kubectl' | 'kustomize' | an explicit binary path. */
  prefer?: string | undefined;
  toolsDir?: string;
  /** A standalone kustomize counts only at this version (kubectl's embedded one is taken as it is). */
  pinned?: string;
}

/**
 * `kubectl kustomize` when kubectl with an embedded kustomize is on PATH, else a standalone kustomize
 * from the tools dir (scripts/tools/install-kustomize.sh) or PATH.
 */
export async function locateKustomize(opts: LocateKustomizeOptions = {}): Promise<KustomizeCommand | undefined> {
  if (opts.prefer && opts.prefer !== 'kubectl' && opts.prefer !== 'kustomize') {
    const v = await standaloneVersion(opts.prefer);
    return v ? { kind: 'kustomize', path: opts.prefer, args: ['build'], version: v } : undefined;
  }
  const tryKubectl = async (): Promise<KustomizeCommand | undefined> => {
    const kubectl = findOnPath('kubectl');
    if (!kubectl) return undefined;
    const v = await kubectlKustomizeVersion(kubectl);
    return v ? { kind: 'kubectl', path: kubectl, args: ['kustomize'], version: v } : undefined;
  };
  const tryStandalone = async (): Promise<KustomizeCommand | undefined> => {
    for (const bin of [path.join(opts.toolsDir ?? toolsDir(), 'bin', 'kustomize'), findOnPath('kustomize')]) {
      if (!bin || !existsSync(bin)) continue;
      const v = await standaloneVersion(bin);
      if (v && (!opts.pinned || sameVersion(v, opts.pinned))) return { kind: 'kustomize', path: bin, args: ['build'], version: v };
    }
    return undefined;
  };
  if (opts.prefer === 'kustomize') return (await tryStandalone()) ?? (await tryKubectl());
  return (await tryKubectl()) ?? (await tryStandalone());
}

/**
 * For actions: the runner's kubectl when it embeds kustomize (deploy uses that kubectl too), else
 * the pinned standalone kustomize from the tools dir or PATH, else the manifest's download.
 */
export async function installKustomize(hooks: DownloadHooks, version = KUSTOMIZE_VERSION): Promise<KustomizeCommand> {
  const found = await locateKustomize({ pinned: version });
  if (found) return found;
  const k = await installTool('kustomize', hooks, { version, candidates: [] });
  return { kind: 'kustomize', path: k.path, args: ['build'], version: k.version };
}
