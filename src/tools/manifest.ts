// The one list of binaries the actions may download. A digest appears here only when it was copied
// from the release's own checksums file; a platform without one is refused, never fetched unverified.

export const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type ToolName = 'kustomize' | 'kubeconform' | 'terraform' | 'tofu' | 'helm';

export interface ToolSpec {
  name: ToolName;
  /** As the project spells it (kustomize and kubeconform tag with `v`, terraform and tofu do not). */
  defaultVersion: string;
  archive: 'tar.gz' | 'zip';
  /**
   * Download URL. `{version}` is the version as written here, `{bare}` without a leading `v`,
   * `{os}`/`{arch}` Go's names (linux, darwin, windows / amd64, arm64), `{exe}` `.exe` on Windows.
   */
  url: string;
  /** The binary inside the archive. */
  binary: string;
  /** Pinned SHA-256 of the archive per version and platform, from the release's checksums file. */
  sha256: Readonly<Record<string, Readonly<Partial<Record<Platform, string>>>>>;
  /**
   * For releases too many to pin (terraform and tofu: the version follows the project's own
   * required_version): the release's SHA256SUMS, downloaded beside the archive. A missing line is
   * as fatal as a mismatch.
   */
  sha256SumsUrl?: string;
  /** Versions known to exist, oldest first: what a version constraint is resolved against. */
  versions?: readonly string[];
  /** Prints the version: read with `parseVersion`. */
  versionArgs: readonly string[];
  parseVersion(stdout: string): string | undefined;
}

const firstLine = (s: string) => s.trim().split('\n')[0]?.trim() ?? '';

export const TOOLS: Readonly<Record<ToolName, ToolSpec>> = {
  kustomize: {
    name: 'kustomize',
    // Matches the kustomize embedded in kubectl 1.32, so both build the same way.
    defaultVersion: 'v5.5.0',
    archive: 'tar.gz',
    url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F{version}/kustomize_{version}_{os}_{arch}.tar.gz',
    binary: 'kustomize{exe}',
    sha256: {
      'v5.5.0': {
        'linux-x64': '6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77',
        'linux-arm64': 'b4170d1acb8cfacace9f72884bef957ff56efdcd4813b66e7604aabc8b57e93d',
        'darwin-x64': '874224e75229821b1e571aefa45703789b77336302a34692eac65adbe0dc1cee',
      },
    },
    versionArgs: ['version'],
    parseVersion: (out) => firstLine(out).replace(/^kustomize\//, '') || undefined,
  },
  helm: {
    name: 'helm',
    // v3: the CLI kustomize's helmCharts runs (`helm template`); scripts/tools/install-helm.sh builds the same version.
    defaultVersion: 'v3.21.4',
    archive: 'tar.gz',
    url: 'https://get.helm.sh/helm-{version}-{os}-{arch}.tar.gz',
    binary: '{os}-{arch}/helm{exe}',
    sha256: {
      // get.helm.sh cannot be reached from where this was written: the digest is the one two
      // independent public installers pin for this archive, and it is checked before extraction.
      'v3.21.4': { 'linux-x64': '61f88ab166748cb19604d7884cb100ae9ccb13804ddeb98e08af167eacbb6a14' },
    },
    versionArgs: ['version', '--template', '{{.Version}}'],
    parseVersion: (out) => firstLine(out) || undefined,
  },
  kubeconform: {
    name: 'kubeconform',
    defaultVersion: 'v0.7.0',
    archive: 'tar.gz',
    url: 'https://github.com/yannh/kubeconform/releases/download/{version}/kubeconform-{os}-{arch}.tar.gz',
    binary: 'kubeconform{exe}',
    sha256: {
      'v0.7.0': {
        'linux-x64': 'c31518ddd122663b3f3aa874cfe8178cb0988de944f29c74a0b9260920d115d3',
        'linux-arm64': 'cc907ccf9e3c34523f0f32b69745265e0a6908ca85b92f41931d4537860eb83c',
        'darwin-x64': 'c6771cc894d82e1b12f35ee797dcda1f7da6a3787aa30902a15c264056dd40d4',
        'darwin-arm64': 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
      },
    },
    versionArgs: ['-v'],
    parseVersion: (out) => firstLine(out) || undefined,
  },
  terraform: {
    name: 'terraform',
    defaultVersion: '1.13.3',
    archive: 'zip',
    url: 'https://releases.hashicorp.com/terraform/{version}/terraform_{version}_{os}_{arch}.zip',
    binary: 'terraform{exe}',
    sha256: {},
    sha256SumsUrl: 'https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS',
    versions: ['1.5.7', '1.6.6', '1.7.5', '1.8.5', '1.9.8', '1.10.5', '1.11.4', '1.12.2', '1.13.3'],
    versionArgs: ['version'],
    parseVersion: (out) => /^Terraform v(\S+)/m.exec(out)?.[1],
  },
  tofu: {
    name: 'tofu',
    defaultVersion: '1.10.10',
    archive: 'zip',
    url: 'https://github.com/opentofu/opentofu/releases/download/v{version}/tofu_{version}_{os}_{arch}.zip',
    binary: 'tofu{exe}',
    sha256: {},
    sha256SumsUrl: 'https://github.com/opentofu/opentofu/releases/download/v{version}/tofu_{version}_SHA256SUMS',
    versions: ['1.6.3', '1.8.0', '1.8.5', '1.8.8', '1.8.11', '1.9.1', '1.9.4', '1.10.6', '1.10.10'],
    versionArgs: ['version'],
    parseVersion: (out) => /^OpenTofu v(\S+)/m.exec(out)?.[1],
  },
};

/** Go's names for a platform, as release file names use them. */
export function goPlatform(platform: NodeJS.Platform | string = process.platform, arch: string = process.arch): { os: string; arch: string } {
  const os = platform === 'win32' ? 'windows' : platform;
  const goArch = arch === 'x64' ? 'amd64' : arch === 'ia32' ? '386' : arch;
  return { os, arch: goArch };
}

/** `linux-x64` and so on: Node's names, as the manifest keys digests. */
export function platformKey(platform: string = process.platform, arch: string = process.arch): string {
  return `${platform}-${arch}`;
}

function fromGo(p: { os: string; arch: string }): string {
  return platformKey(p.os === 'windows' ? 'win32' : p.os, p.arch === 'amd64' ? 'x64' : p.arch === '386' ? 'ia32' : p.arch);
}

export function renderTemplate(template: string, version: string, p: { os: string; arch: string }): string {
  return template
    .replaceAll('{version}', version)
    .replaceAll('{bare}', version.replace(/^v/, ''))
    .replaceAll('{os}', p.os)
    .replaceAll('{arch}', p.arch)
    .replaceAll('{exe}', p.os === 'windows' ? '.exe' : '');
}

export interface ReleaseAsset {
  tool: ToolName;
  version: string;
  /** Node's name: `linux-x64`. */
  platform: string;
  url: string;
  /** Last path segment of the URL, as a SHA256SUMS file names it. */
  fileName: string;
  archive: ToolSpec['archive'];
  binary: string;
  /** The pinned digest, when the manifest has one for this version and platform. */
  sha256?: string;
  /** Else the release's checksums file. */
  sha256SumsUrl?: string;
}

/** Everything needed to download and verify one tool for one platform (Go's names for os/arch). */
export function releaseAsset(tool: ToolName, version: string = TOOLS[tool].defaultVersion, go = goPlatform()): ReleaseAsset {
  const spec = TOOLS[tool];
  const platform = fromGo(go);
  const url = renderTemplate(spec.url, version, go);
  const sha256 = spec.sha256[version]?.[platform as Platform];
  return {
    tool,
    version,
    platform,
    url,
    fileName: decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)),
    archive: spec.archive,
    binary: renderTemplate(spec.binary, version, go),
    ...(sha256 ? { sha256 } : {}),
    ...(spec.sha256SumsUrl ? { sha256SumsUrl: renderTemplate(spec.sha256SumsUrl, version, go) } : {}),
  };
}
