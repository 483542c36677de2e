import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { toolsDir } from './schemas.js';

const run = promisify(execFile);

/** Pinned standalone kustomize (matches the kustomize embedded in kubectl 1.32, v5.5.0). */
export const KUSTOMIZE_VERSION = 'v5.5.0';

export interface ReleaseAsset {
  url: string;
  sha256: string;
}

/** Release archives and their SHA-256 (from the release's checksums.txt), per `${platform}-${arch}`. */
export const KUSTOMIZE_RELEASES: Record<string, Record<string, ReleaseAsset>> = {
  'v5.5.0': {
    'linux-x64': {
      url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz',
      sha256: '6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77',
    },
    'linux-arm64': {
      url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_arm64.tar.gz',
      sha256: 'b4170d1acb8cfacace9f72884bef957ff56efdcd4813b66e7604aabc8b57e93d',
    },
    'darwin-x64': {
      url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_darwin_amd64.tar.gz',
      sha256: '874224e75229821b1e571aefa45703789b77336302a34692eac65adbe0dc1cee',
    },
  },
};

/** How to run `kustomize build`: `kubectl kustomize` or a standalone binary. */
export interface KustomizeCommand {
  kind: 'kubectl' | 'kustomize';
  path: string;
  /** Arguments before the directory: `kustomize` for kubectl, `build` for the standalone binary. */
  args: string[];
  version: string;
}

export function platformKey(platform = process.platform, arch = process.arch): string {
  return `${platform}-${arch}`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Where `which` would find `name`, without a shell. */
export function findOnPath(name: string, envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

async function kubectlKustomizeVersion(kubectl: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(kubectl, ['version', '--client', '-o', 'json'], { timeout: 20_000 });
    const v = (JSON.parse(stdout) as { kustomizeVersion?: string }).kustomizeVersion;
    return v || undefined;
  } catch {
    return undefined;
  }
}

async function standaloneVersion(bin: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(bin, ['version'], { timeout: 20_000 });
    return stdout.trim().replace(/^kustomize\//, '') || undefined;
  } catch {
    return undefined;
  }
}

export interface LocateKustomizeOptions {
  /** Prefer this: 'kubectl' | 'kustomize' | an explicit binary path. */
  prefer?: string;
  toolsDir?: string;
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
      if (v) return { kind: 'kustomize', path: bin, args: ['build'], version: v };
    }
    return undefined;
  };
  if (opts.prefer === 'kustomize') return (await tryStandalone()) ?? (await tryKubectl());
  return (await tryKubectl()) ?? (await tryStandalone());
}

/** Injected by the action (tool-cache); the engine never imports @actions/*. */
export interface DownloadHooks {
  /** Downloads `url` to a local file and returns its path. */
  download(url: string): Promise<string>;
  /** Extracts a .tar.gz and returns the directory. */
  extract(archive: string): Promise<string>;
  /** Optionally caches the directory (tool-cache) and returns the cached directory. */
  cache?(dir: string, tool: string, version: string): Promise<string>;
}

/**
 * Downloads a release archive, verifies its SHA-256 before extracting (fails closed: no pinned
 * checksum, no install), and returns the directory holding the binary.
 */
export async function downloadVerified(asset: ReleaseAsset | undefined, what: string, hooks: DownloadHooks): Promise<string> {
  if (!asset) throw new Error(`no pinned SHA-256 for ${what} on ${platformKey()}; refusing to download an unverified binary`);
  const archive = await hooks.download(asset.url);
  const actual = await sha256File(archive);
  if (actual !== asset.sha256) {
    throw new Error(`checksum mismatch for ${asset.url}: expected sha256 ${asset.sha256}, got ${actual}`);
  }
  return hooks.extract(archive);
}

/** For actions: use kubectl/kustomize when present, else download the pinned kustomize and verify it. */
export async function installKustomize(hooks: DownloadHooks, version = KUSTOMIZE_VERSION): Promise<KustomizeCommand> {
  const found = await locateKustomize();
  if (found) return found;
  let dir = await downloadVerified(KUSTOMIZE_RELEASES[version]?.[platformKey()], `kustomize ${version}`, hooks);
  if (hooks.cache) dir = await hooks.cache(dir, 'kustomize', version.replace(/^v/, ''));
  const bin = path.join(dir, os.platform() === 'win32' ? 'kustomize.exe' : 'kustomize');
  const v = await standaloneVersion(bin);
  if (!v) throw new Error(`downloaded kustomize at ${bin} does not run`);
  return { kind: 'kustomize', path: bin, args: ['build'], version: v };
}
