import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { downloadVerified, findOnPath, platformKey, type DownloadHooks, type ReleaseAsset } from './kustomize.js';
import { toolsDir } from './schemas.js';

const run = promisify(execFile);

export const KUBECONFORM_VERSION = 'v0.7.0';

/** Release archives and SHA-256 from the release's CHECKSUMS file. */
export const KUBECONFORM_RELEASES: Record<string, Record<string, ReleaseAsset>> = {
  'v0.7.0': {
    'linux-x64': {
      url: 'https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-linux-amd64.tar.gz',
      sha256: 'c31518ddd122663b3f3aa874cfe8178cb0988de944f29c74a0b9260920d115d3',
    },
    'linux-arm64': {
      url: 'https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-linux-arm64.tar.gz',
      sha256: 'cc907ccf9e3c34523f0f32b69745265e0a6908ca85b92f41931d4537860eb83c',
    },
    'darwin-x64': {
      url: 'https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-darwin-amd64.tar.gz',
      sha256: 'c6771cc894d82e1b12f35ee797dcda1f7da6a3787aa30902a15c264056dd40d4',
    },
    'darwin-arm64': {
      url: 'https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-darwin-arm64.tar.gz',
      sha256: 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
    },
  },
};

export interface KubeconformBinary {
  path: string;
  version: string;
}

export async function kubeconformVersion(bin: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(bin, ['-v'], { timeout: 20_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The tools dir (scripts/tools/install-kubeconform.sh) first, then PATH. */
export async function locateKubeconform(opts: { path?: string; toolsDir?: string } = {}): Promise<KubeconformBinary | undefined> {
  const candidates = opts.path ? [opts.path] : [path.join(opts.toolsDir ?? toolsDir(), 'bin', 'kubeconform'), findOnPath('kubeconform')];
  for (const bin of candidates) {
    if (!bin || !existsSync(bin)) continue;
    const version = await kubeconformVersion(bin);
    if (version) return { path: bin, version };
  }
  return undefined;
}

/** For actions: a kubeconform already present, else the pinned release, checksum-verified before use. */
export async function installKubeconform(hooks: DownloadHooks, version = KUBECONFORM_VERSION): Promise<KubeconformBinary> {
  const found = await locateKubeconform();
  if (found) return found;
  let dir = await downloadVerified(KUBECONFORM_RELEASES[version]?.[platformKey()], `kubeconform ${version}`, hooks);
  if (hooks.cache) dir = await hooks.cache(dir, 'kubeconform', version.replace(/^v/, ''));
  const bin = path.join(dir, 'kubeconform');
  const v = await kubeconformVersion(bin);
  if (!v) throw new Error(`downloaded kubeconform at ${bin} does not run`);
  return { path: bin, version: v };
}
