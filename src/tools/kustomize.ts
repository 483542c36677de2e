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
  /** A standalone kustomize counts only at this version (default the manifest's pin; kubectl's embedded one is taken as it is). */
  pinned?: string;
}

/**
 * The pinned standalone kustomize (tools dir from scripts/tools/install-kustomize.sh, then PATH) when
 * present, else `kubectl kustomize`. The pin comes first because its version is the one the docs and
 * tests name, whatever kubectl the machine has, and the standalone binary starts about 60 ms faster
 * per build than kubectl (it does not load kubectl's command tree).
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
      if (v && sameVersion(v, opts.pinned ?? KUSTOMIZE_VERSION)) return { kind: 'kustomize', path: bin, args: ['build'], version: v };
    }
    return undefined;
  };
  if (opts.prefer === 'kubectl') return (await tryKubectl()) ?? (await tryStandalone());
  return (await tryStandalone()) ?? (await tryKubectl());
}

/**
 * For actions: a kustomize at the pinned version — standalone from the tools dir or PATH, or the one
 * the runner's kubectl embeds when it is that same version — else the manifest's checksum-verified
 * download. Another kubectl's kustomize is not used: it changes with the runner image, and a build
 * must not change meaning when the image does.
 */
export async function installKustomize(hooks: DownloadHooks, version = KUSTOMIZE_VERSION): Promise<KustomizeCommand> {
  const found = await locateKustomize({ pinned: version, prefer: 'kustomize' });
  if (found && sameVersion(found.version, version)) return found;
  const k = await installTool('kustomize', hooks, { version, candidates: [] });
  return { kind: 'kustomize', path: k.path, args: ['build'], version: k.version };
}
