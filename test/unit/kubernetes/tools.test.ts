import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findOnPath, locateKustomize } from '../../../src/tools/kustomize.js';
import { downloadVerified } from '../../../src/tools/install.js';
import { TOOLS, releaseAsset } from '../../../src/tools/manifest.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { findTool } from '../../helpers/tools.js';
import { tempDir } from './temp.js';

describe('verified tool downloads (action path)', () => {
  const dir = tempDir('dl');
  const archive = path.join(dir, 'tool.tar.gz');
  writeFileSync(archive, 'pretend archive');
  const sha = createHash('sha256').update('pretend archive').digest('hex');
  const asset = (sha256?: string) => {
    const { sha256: _pinned, ...unpinned } = releaseAsset('kustomize', 'v5.5.0', { os: 'linux', arch: 'amd64' });
    return { ...unpinned, ...(sha256 ? { sha256 } : {}) };
  };
  const hooks = (extracted: string[]) => ({ download: async () => archive, extract: async (a: string) => (extracted.push(a), dir) });

  it('extracts only after the SHA-256 matches', async () => {
    const extracted: string[] = [];
    await expect(downloadVerified(asset(sha), hooks(extracted))).resolves.toBe(dir);
    expect(extracted).toEqual([archive]);
  });
  it('fails closed on a mismatch or a missing checksum', async () => {
    const extracted: string[] = [];
    await expect(downloadVerified(asset('0'.repeat(64)), hooks(extracted))).rejects.toThrow(/checksum mismatch/);
    await expect(downloadVerified(asset(undefined), hooks(extracted))).rejects.toThrow(/no pinned SHA-256/);
    expect(extracted).toEqual([]);
  });
  it('pins kubeconform v0.7.0 for linux amd64', () => {
    expect(TOOLS.kubeconform.sha256['v0.7.0']!['linux-x64']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('kustomize locator and builds', () => {
  const standalone = findTool('kustomize');
  it('prefers the pinned standalone kustomize, and kubectl kustomize only without it', async () => {
    const k = await locateKustomize();
    if (standalone) expect(k).toMatchObject({ kind: 'kustomize', path: standalone, args: ['build'], version: 'v5.5.0' });
    else if (findOnPath('kubectl')) expect(k).toMatchObject({ kind: 'kubectl', args: ['kustomize'] });
    else expect(k).toBeUndefined();
    if (findOnPath('kubectl')) expect(await locateKustomize({ prefer: 'kubectl' })).toMatchObject({ kind: 'kubectl', args: ['kustomize'] });
  });

  it('passes over a standalone kustomize at another version than the pin', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-other-'));
    mkdirSync(path.join(dir, 'bin'));
    const fake = path.join(dir, 'bin', 'kustomize');
    writeFileSync(fake, '#!/bin/sh\necho v4.5.7\n', { mode: 0o755 });
    const k = await locateKustomize({ toolsDir: dir, prefer: 'kustomize' });
    expect(k?.path).not.toBe(fake);
  });

  it.runIf(standalone !== undefined && findOnPath('kubectl') !== undefined)('the standalone kustomize (install-kustomize.sh) renders what kubectl kustomize renders', async () => {
    const k = await locateKustomize({ prefer: standalone });
    const viaKubectl = await locateKustomize({ prefer: 'kubectl' });
    expect(viaKubectl?.kind).toBe('kubectl');
    expect(k).toMatchObject({ kind: 'kustomize', version: 'v5.5.0', args: ['build'] });
    const root = path.join(REPO_ROOT, 'test/fixtures/kubernetes/mapping');
    const viaStandalone = await runKustomize({ root, paths: ['overlays/smp', 'overlays/prefixed'], kustomize: k });
    const viaDefault = await runKustomize({ root, paths: ['overlays/smp', 'overlays/prefixed'], kustomize: viaKubectl! });
    expect(viaStandalone.findings).toEqual(viaDefault.findings);
    expect(viaStandalone.overlays).toEqual(viaDefault.overlays);
  }, 60_000);
});
