import { describe, expect, it } from 'vitest';
import { PLATFORMS, TOOLS, goPlatform, releaseAsset, renderTemplate, type ToolName } from '../../../src/tools/manifest.js';

const names = Object.keys(TOOLS) as ToolName[];

describe('tool manifest', () => {
  it('lists helm, kustomize, kubeconform, terraform and tofu', () => {
    expect(names.sort()).toEqual(['helm', 'kubeconform', 'kustomize', 'terraform', 'tofu']);
  });

  it.each(names)('%s: a default version, a URL template, and a way to verify every download', (name) => {
    const spec = TOOLS[name];
    expect(spec.name).toBe(name);
    expect(spec.defaultVersion).toMatch(/^v?\d+\.\d+\.\d+$/);
    expect(spec.url).toMatch(/^https:\/\/.*\{version\}.*\{os\}.*\{arch\}/);
    // Either digests pinned here for the default version, or the release's own SHA256SUMS.
    expect(Object.keys(spec.sha256[spec.defaultVersion] ?? {}).length > 0 || spec.sha256SumsUrl !== undefined).toBe(true);
    if (spec.versions) expect(spec.versions.at(-1)).toBe(spec.defaultVersion);
  });

  it.each(names)('%s: every pinned digest is 64 hex digits for a known platform', (name) => {
    for (const [version, byPlatform] of Object.entries(TOOLS[name].sha256)) {
      expect(version).toMatch(/^v?\d+\.\d+\.\d+$/);
      for (const [platform, digest] of Object.entries(byPlatform)) {
        expect(PLATFORMS as readonly string[]).toContain(platform);
        expect(digest).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it.each(names)('%s: every platform renders a URL with no placeholder left', (name) => {
    for (const p of PLATFORMS) {
      const [platform, arch] = p.split('-') as [string, string];
      const a = releaseAsset(name, TOOLS[name].defaultVersion, goPlatform(platform, arch));
      expect(a.url).not.toMatch(/[{}]/);
      expect(a.platform).toBe(p);
      // helm's archives hold the binary in an <os>-<arch> folder.
      const file = platform === 'win32' ? `${name}.exe` : name;
      expect(a.binary).toBe(name === 'helm' ? `${a.url.split('/').pop()!.replace(/^helm-v[\d.]+-|\.tar\.gz$/g, '')}/${file}` : file);
      if (a.sha256SumsUrl) expect(a.sha256SumsUrl).not.toMatch(/[{}]/);
    }
  });

  it('renders the published release URLs', () => {
    const linux = { os: 'linux', arch: 'amd64' };
    expect(releaseAsset('kustomize', 'v5.5.0', linux)).toMatchObject({
      url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz',
      fileName: 'kustomize_v5.5.0_linux_amd64.tar.gz',
      sha256: '6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77',
      archive: 'tar.gz',
    });
    expect(releaseAsset('kubeconform', 'v0.7.0', { os: 'darwin', arch: 'arm64' })).toMatchObject({
      url: 'https://github.com/yannh/kubeconform/releases/download/v0.7.0/kubeconform-darwin-arm64.tar.gz',
      sha256: 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
    });
    expect(releaseAsset('terraform', '1.5.7', { os: 'windows', arch: 'amd64' })).toMatchObject({
      url: 'https://releases.hashicorp.com/terraform/1.5.7/terraform_1.5.7_windows_amd64.zip',
      sha256SumsUrl: 'https://releases.hashicorp.com/terraform/1.5.7/terraform_1.5.7_SHA256SUMS',
      binary: 'terraform.exe',
      platform: 'win32-x64',
    });
    expect(releaseAsset('tofu', '1.8.11', linux).url).toBe('https://github.com/opentofu/opentofu/releases/download/v1.8.11/tofu_1.8.11_linux_amd64.zip');
  });

  it('has no digest for a platform the manifest does not pin', () => {
    expect(releaseAsset('kustomize', 'v5.5.0', { os: 'windows', arch: 'amd64' }).sha256).toBeUndefined();
    expect(releaseAsset('kustomize', 'v9.9.9', { os: 'linux', arch: 'amd64' }).sha256).toBeUndefined();
  });

  it('fills {bare} and {exe}', () => {
    expect(renderTemplate('x-{bare}{exe}', 'v1.2.3', { os: 'windows', arch: 'arm64' })).toBe('x-1.2.3.exe');
  });
});
