import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { installTool, type DownloadHooks } from '../../../src/tools/install.js';
import { releaseAsset, TOOLS } from '../../../src/tools/manifest.js';
import { tempDir } from '../kubernetes/temp.js';

const linux = { os: 'linux', arch: 'amd64' };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Serves local files as if they were the release URLs; no network. */
function serve(files: Record<string, string>, extras: Partial<DownloadHooks> = {}) {
  const downloaded: string[] = [];
  const extracted: string[] = [];
  const hooks: DownloadHooks = {
    download: async (url) => {
      downloaded.push(url);
      const f = files[url];
      if (!f) throw new Error(`unexpected download ${url}`);
      return f;
    },
    extract: async (archive) => {
      extracted.push(archive);
      return path.dirname(archive);
    },
    ...extras,
  };
  return { hooks, downloaded, extracted };
}

function script(file: string, body: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('installTool', () => {
  const dir = tempDir('install');

  it('fails closed on a checksum mismatch, naming tool, version, expected and actual digest', async () => {
    const asset = releaseAsset('kustomize', 'v5.5.0', linux);
    const fake = path.join(dir, 'not-kustomize.tar.gz');
    writeFileSync(fake, 'not the release');
    const s = serve({ [asset.url]: fake });
    const err = await installTool('kustomize', s.hooks, { platform: linux, candidates: [] }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain('checksum mismatch for kustomize v5.5.0');
    expect(message).toContain(`expected sha256 ${TOOLS.kustomize.sha256['v5.5.0']!['linux-x64']}`);
    expect(message).toContain(`got ${sha256(fake)}`);
    expect(s.extracted).toEqual([]);
  });

  it('refuses a platform without a pinned digest before downloading anything', async () => {
    const s = serve({});
    await expect(installTool('kustomize', s.hooks, { platform: { os: 'windows', arch: 'amd64' }, candidates: [] })).rejects.toThrow(
      /no pinned SHA-256 for kustomize v5\.5\.0 \(kustomize_v5\.5\.0_windows_amd64\.tar\.gz, win32-x64\); refusing/,
    );
    expect(s.downloaded).toEqual([]);
  });

  it('uses a binary already present only at the pinned version', async () => {
    const pinned = script(path.join(dir, 'a', 'kubeconform'), 'echo v0.7.0');
    const other = script(path.join(dir, 'b', 'kubeconform'), 'echo v0.6.7');
    const s = serve({});
    const log = vi.fn();
    await expect(installTool('kubeconform', s.hooks, { candidates: [other, pinned], log })).resolves.toEqual({
      tool: 'kubeconform',
      path: pinned,
      version: 'v0.7.0',
      source: 'found',
    });
    expect(s.downloaded).toEqual([]);
    expect(log).toHaveBeenCalledWith(`kubeconform v0.7.0 (found: ${pinned})`);
    // Only the other version is there: download, which then fails on the (unreachable) URL.
    await expect(installTool('kubeconform', s.hooks, { candidates: [other], platform: linux })).rejects.toThrow(/unexpected download .*kubeconform-linux-amd64/);
  });

  it('takes a tool-cache hit without downloading', async () => {
    const cached = path.join(dir, 'cache', 'kubeconform', '0.7.0');
    script(path.join(cached, 'kubeconform'), 'echo v0.7.0');
    const s = serve({}, { find: (tool, version) => (tool === 'kubeconform' && version === '0.7.0' ? cached : undefined) });
    await expect(installTool('kubeconform', s.hooks, { candidates: [] })).resolves.toMatchObject({ source: 'cache', path: path.join(cached, 'kubeconform') });
    expect(s.downloaded).toEqual([]);
  });

  describe('a zip verified against the release SHA256SUMS', () => {
    const version = '1.13.3';
    const asset = releaseAsset('terraform', version, linux);
    const release = (omitLine = false) => {
      const d = tempDir('tf-release');
      const zip = path.join(d, asset.fileName);
      const py = 'import sys, json, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)\nfor k, v in json.loads(sys.argv[2]).items(): z.writestr(k, v)\nz.close()\n';
      execFileSync('python3', ['-c', py, zip, JSON.stringify({ terraform: `#!/bin/sh\necho Terraform v${version}\n` })]);
      const sums = path.join(d, 'SHA256SUMS');
      writeFileSync(sums, omitLine ? '' : `${sha256(zip)}  ${asset.fileName}\n`);
      return { [asset.url]: zip, [asset.sha256SumsUrl!]: sums };
    };

    it('downloads, verifies, writes only the binary and caches it', async () => {
      const workDir = tempDir('tf-work');
      const cache = vi.fn(async (d: string) => d);
      const s = serve(release(), { cache });
      const got = await installTool('terraform', s.hooks, { version, platform: linux, candidates: [], workDir });
      expect(got).toEqual({ tool: 'terraform', path: path.join(workDir, `terraform-${version}`, 'terraform'), version, source: 'download' });
      expect(cache).toHaveBeenCalledWith(path.join(workDir, `terraform-${version}`), 'terraform', version);
      expect(s.extracted).toEqual([]);
    });

    it('refuses a zip the SHA256SUMS does not list', async () => {
      const s = serve(release(true));
      await expect(installTool('terraform', s.hooks, { version, platform: linux, candidates: [], workDir: tempDir('tf-work') })).rejects.toThrow(
        `no SHA-256 published for terraform ${version} (${asset.fileName}, linux-x64) in ${asset.sha256SumsUrl}`,
      );
    });
  });
});
