import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBusyboxBase } from '../../src/images/index.js';
import { EXAMPLE } from '../helpers/paths.js';
import { runStep, runStepAsync } from '../helpers/runner.js';
import { type Registry, findExe, releaseStore, skopeoInspect, startRegistry } from '../integration/images/registry.js';

const buildah = findExe('buildah');
const registryExe = findExe('docker-registry');
const skopeo = findExe('skopeo');

describe.skipIf(!buildah || !registryExe || !skopeo)('actions/build-images as the runner runs it (dist on Node 24, real buildah and registry)', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'pia-e2e-images-'));
  // A private image store for this test, handed to the action's buildah through containers-storage's own setting.
  const store = { root: path.join(temp, 'store', 'root'), runroot: path.join(temp, 'store', 'run'), storageDriver: 'vfs' };
  const storageConf = path.join(temp, 'storage.conf');
  let registry: Registry;
  let base: string;

  beforeAll(async () => {
    writeFileSync(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${store.root}"\nrunroot = "${store.runroot}"\n`);
    registry = await startRegistry(registryExe!, path.join(temp, 'registry'));
    base = (await makeBusyboxBase({ buildah: buildah!, ...store, tempDir: temp })).image;
  }, 300_000);

  afterAll(async () => {
    await registry?.stop();
    releaseStore(buildah!, store, temp);
    rmSync(temp, { recursive: true, force: true });
  });

  it('builds and pushes both images, and the manifest it outputs is what the registry serves', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, path.join(ws, 'infra'), { recursive: true });
    writeFileSync(path.join(ws, 'infra', '.portarium-infra.yml'), `images:\n  build-args:\n    BASE_IMAGE: ${base}\n`);
    const event = path.join(ws, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' }, inputs: { version: '1.4.0' } }));
    const r = runStep(
      'build-images',
      { 'working-directory': 'infra', push: 'true', registry: `${registry.host}/portarium`, 'insecure-registries': registry.host, version: '1.4.0' },
      {
        workspace: ws,
        env: {
          CONTAINERS_STORAGE_CONF: storageConf,
          GITHUB_EVENT_NAME: 'workflow_dispatch',
          GITHUB_EVENT_PATH: event,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        },
      },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const manifest = JSON.parse(r.outputs['manifest']!);
    expect(Object.keys(manifest.images).sort()).toEqual(['control-plane', 'execution-plane']);
    expect(JSON.parse(readFileSync(r.outputs['manifest-file']!, 'utf8'))).toEqual(manifest);
    expect(r.outputs['digests']!.split('\n')).toHaveLength(2);
    for (const [name, entry] of Object.entries(manifest.images) as Array<[string, { image: string; digest: string; tags: string[] }]>) {
      expect(entry.image).toBe(`${registry.host}/portarium/${name}`);
      expect(entry.tags).toEqual(expect.arrayContaining(['1.4.0', 'sha-0123456']));
      // What the registry serves under the release tag is the digest the deploy will pin.
      const pushed = skopeoInspect(skopeo!, `${entry.image}:1.4.0`, undefined);
      expect(pushed['Digest']).toBe(entry.digest);
      expect((pushed['Labels'] as Record<string, string>)['org.opencontainers.image.revision']).toBe('0123456789abcdef0123456789abcdef01234567');
    }
    expect(JSON.parse(r.outputs['matrix']!).include.map((m: { name: string }) => m.name).sort()).toEqual(['control-plane', 'execution-plane']);
    expect(existsSync(r.outputs['findings-file']!)).toBe(true);
  }, 600_000);

  it('a second run of the same push is a cache hit, and the step summary says so', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, path.join(ws, 'infra'), { recursive: true });
    writeFileSync(path.join(ws, 'infra', '.portarium-infra.yml'), `images:\n  build-args:\n    BASE_IMAGE: ${base}\n`);
    const event = path.join(ws, 'event.json');
    // A push event carries the commit time, which becomes the `created` label: equal on both runs.
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' }, head_commit: { timestamp: '2026-11-26T10:00:00Z' } }));
    // Not spawnSync: the registry this process serves would stall once its output pipe is full.
    const step = () =>
      runStepAsync(
        'build-images',
        { 'working-directory': 'infra', push: 'true', registry: `${registry.host}/portarium`, 'insecure-registries': registry.host },
        {
          workspace: ws,
          env: {
            CONTAINERS_STORAGE_CONF: storageConf,
            GITHUB_EVENT_NAME: 'push',
            GITHUB_EVENT_PATH: event,
            GITHUB_REF: 'refs/heads/main',
            GITHUB_SHA: 'fedcba9876543210fedcba9876543210fedcba98',
          },
        },
      );
    const first = await step();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.summary).not.toContain('hit: inputs unchanged');
    const second = await step();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.outputs['manifest']).toBe(first.outputs['manifest']);
    expect(second.summary).toMatch(/\| control-plane \| `[^`]+` \| pushed \| hit: inputs unchanged, image re-used \|/);
    expect(second.summary).toMatch(/\| execution-plane \| `[^`]+` \| pushed \| hit: inputs unchanged, image re-used \|/);
    expect(second.stdout).toContain('cache hit, nothing rebuilt');
  }, 600_000);

  it('refuses to push without a registry, before building anything', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const r = runStep('build-images', { push: 'true' }, { workspace: ws, env: { CONTAINERS_STORAGE_CONF: storageConf, GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::push: true needs a registry');
  });
});
