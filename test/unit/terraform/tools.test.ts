import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSha256Sums, verifySha256 } from '../../../src/tools/checksum.js';
import { chooseVersion, installTerraform, newestSatisfying, releaseUrls, satisfies } from '../../../src/tools/terraform.js';
import { readZipEntry } from '../../../src/tools/terraform-zip.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tf-tools-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A release zip like HashiCorp's, made with Python's zipfile (deflated). */
function makeZip(file: string, entries: Record<string, string>): void {
  const script = 'import sys, json, zipfile\nz = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)\nfor k, v in json.loads(sys.argv[2]).items(): z.writestr(k, v)\nz.close()\n';
  execFileSync('python3', ['-c', script, file, JSON.stringify(entries)]);
}
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('version constraints', () => {
  it('reads terraform constraint syntax', () => {
    expect(satisfies('1.5.7', '>= 1.5.0, < 2.0.0')).toBe(true);
    expect(satisfies('1.6.0', '~> 1.5.0')).toBe(false);
    expect(satisfies('1.9.8', '~> 1.5')).toBe(true);
    expect(satisfies('2.0.0', '~> 1.5')).toBe(false);
    expect(satisfies('1.5.7', '!= 1.5.7')).toBe(false);
    expect(satisfies('1.5.7', '1.5.7')).toBe(true);
    expect(() => satisfies('1.5.7', '>= banana')).toThrow(/cannot read/);
  });
  it('picks the newest known release that satisfies a constraint', () => {
    expect(newestSatisfying('terraform', '~> 1.5.0')).toBe('1.5.7');
    expect(newestSatisfying('terraform', '>= 1.6, < 1.8')).toBe('1.7.5');
    expect(newestSatisfying('terraform', '>= 9.0')).toBeUndefined();
  });
});

describe('choosing the version', () => {
  const dir = (files: Record<string, string>): string => {
    const d = mkdtempSync(path.join(tmp, 'v-'));
    for (const [k, v] of Object.entries(files)) writeFileSync(path.join(d, k), v);
    return d;
  };
  it('option, then .terraform-version, then .tool-versions, then required_version', async () => {
    const all = { '.terraform-version': '1.6.6\n', '.tool-versions': 'nodejs 24\nterraform 1.7.5\n', 'versions.tf': 'terraform {\n  required_version = "~> 1.5.0"\n}\n' };
    expect(await chooseVersion('terraform', dir(all), '1.9.8')).toEqual({ version: '1.9.8', source: 'option' });
    expect(await chooseVersion('terraform', dir(all))).toEqual({ version: '1.6.6', source: '.terraform-version' });
    const { '.terraform-version': _pin, ...noPin } = all;
    expect(await chooseVersion('terraform', dir(noPin))).toEqual({ version: '1.7.5', source: '.tool-versions' });
    expect(await chooseVersion('terraform', dir({ 'versions.tf': all['versions.tf'] }))).toEqual({ version: '1.5.7', source: 'required_version in versions.tf' });
    expect(await chooseVersion('tofu', dir({ '.tool-versions': 'opentofu 1.8.5\n' }))).toEqual({ version: '1.8.5', source: '.tool-versions' });
    expect((await chooseVersion('terraform', dir({}))).source).toBe('default');
  });
});

describe('installing a release zip', () => {
  const version = '1.5.7';
  const urls = releaseUrls('terraform', version, { os: 'linux', arch: 'amd64' });
  function release(opts: { corruptZip?: boolean; omitLine?: boolean } = {}): Map<string, string> {
    const d = mkdtempSync(path.join(tmp, 'rel-'));
    const zip = path.join(d, urls.zipName);
    makeZip(zip, { terraform: '#!/bin/sh\necho Terraform v1.5.7\n', "LICENSE.txt": "x" });
    const sums = path.join(d, 'SHA256SUMS');
    const lines = [`${'0'.repeat(64)}  terraform_${version}_darwin_arm64.zip`];
    if (!opts.omitLine) lines.push(`${sha256(zip)}  ${urls.zipName}`);
    writeFileSync(sums, `${lines.join('\n')}\n`);
    if (opts.corruptZip) writeFileSync(zip, Buffer.concat([readFileSync(zip), Buffer.from('tampered')]));
    return new Map([
      [urls.zipUrl, zip],
      [urls.sumsUrl, sums],
    ]);
  }
  const download = (files: Map<string, string>) => async (url: string): Promise<string> => {
    const f = files.get(url);
    if (!f) throw new Error(`unexpected download ${url}`);
    return f;
  };

  it('downloads, verifies against SHA256SUMS and extracts only the binary', async () => {
    const destDir = path.join(tmp, 'install-ok');
    const got = await installTerraform({ kind: 'terraform', version, download: download(release()), destDir, platform: { os: 'linux', arch: 'amd64' } });
    expect(got.path).toBe(path.join(destDir, 'terraform-1.5.7', 'terraform'));
    expect(readFileSync(got.path, 'utf8')).toContain('Terraform v1.5.7');
    expect(statSync(got.path).mode & 0o111).not.toBe(0);
  });
  it('fails closed on a checksum mismatch, and on a zip missing from SHA256SUMS', async () => {
    const destDir = path.join(tmp, 'install-bad');
    mkdirSync(destDir);
    const platform = { os: 'linux', arch: 'amd64' };
    await expect(installTerraform({ kind: 'terraform', version, download: download(release({ corruptZip: true })), destDir, platform })).rejects.toThrow(/checksum mismatch/);
    await expect(installTerraform({ kind: 'terraform', version, download: download(release({ omitLine: true })), destDir, platform })).rejects.toThrow(/no SHA-256 published/);
    expect(() => statSync(path.join(destDir, 'terraform-1.5.7'))).toThrow();
  });
  it('uses the official release URLs', () => {
    expect(urls.zipUrl).toBe('https://releases.hashicorp.com/terraform/1.5.7/terraform_1.5.7_linux_amd64.zip');
    expect(releaseUrls('tofu', '1.8.5', { os: 'darwin', arch: 'arm64' }).sumsUrl).toBe(
      'https://github.com/opentofu/opentofu/releases/download/v1.8.5/tofu_1.8.5_SHA256SUMS',
    );
  });
});

describe('checksum helpers and zip reading', () => {
  it('parses SHA256SUMS lines, including binary-mode markers', () => {
    const a = 'a'.repeat(64);
    expect(parseSha256Sums(`${a}  x.zip\n${'B'.repeat(64)} *y.zip\ngarbage\n`)).toEqual(
      new Map([
        ['x.zip', a],
        ['y.zip', 'b'.repeat(64)],
      ]),
    );
  });
  it('verifies a file', async () => {
    const f = path.join(tmp, 'f.bin');
    writeFileSync(f, 'hello');
    await expect(verifySha256(f, sha256(f), 'f.bin')).resolves.toBeUndefined();
    await expect(verifySha256(f, 'f'.repeat(64), 'f.bin')).rejects.toThrow(/mismatch/);
  });
  it('refuses a zip entry that is missing', async () => {
    const z = path.join(tmp, 'z.zip');
    makeZip(z, { a: '1' });
    await expect(readZipEntry(z, 'a')).resolves.toEqual(Buffer.from('1'));
    await expect(readZipEntry(z, 'terraform')).rejects.toThrow(/no entry named terraform/);
  });
});
