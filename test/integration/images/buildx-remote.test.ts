// Real builds through the docker/buildx builder path: a standalone buildx (no docker CLI) with the
// `remote` driver, talking to a private buildkitd on a 127.0.0.1 TCP port, pushing to a real
// docker-registry on 127.0.0.1 (with a password), read back with skopeo. All of BuildKit is built
// from source by scripts/tools/install-buildkit.sh; skipped without it unless PORTARIUM_REQUIRE_TOOLS=1.
// No registry outside this machine can be reached, so the base image is the local busybox base,
// made with buildah and pushed to the test registry first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImages } from '../../../src/checks/images/index.js';
import { buildImages, createBuilder, makeBusyboxBase, type BuildContext, type Builder } from '../../../src/images/index.js';
import { EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';
import { startBuildkitd, type BuildkitDaemon } from './buildkit.js';
import { findExe, releaseStore, skopeoInspect, startRegistry, type Registry } from './registry.js';

const INSTALL = 'scripts/tools/install-buildkit.sh';
const buildkitd = findExe('buildkitd', INSTALL);
const buildctl = findExe('buildctl', INSTALL);
const buildx = findExe('buildx', INSTALL);
const runc = findExe('runc', INSTALL);
const buildah = findExe('buildah');
const registryExe = findExe('docker-registry');
const skopeo = findExe('skopeo');
const ready = Boolean(buildkitd && buildctl && buildx && runc && buildah && registryExe && skopeo);

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'images');
const USER = 'portarium';
const PASSWORD = 'correct-horse-portarium'; // matches test/fixtures/images/registry/htpasswd
const CREDS = `${USER}:${PASSWORD}`;
const SHA = '89abcdef0123456789abcdef0123456789abcdef';
const context: BuildContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  defaultBranch: 'main',
  repositoryUrl: 'https://github.com/portarium/portarium',
  created: '2026-11-26T00:00:00Z',
};

describe.skipIf(!ready)('images: docker/buildx builds through a remote BuildKit daemon on loopback', () => {
  let temp: string;
  let registry: Registry;
  let daemon: BuildkitDaemon;
  let builder: Builder;
  let base: string;
  let store: { buildah: string; root: string; runroot: string; storageDriver: string } | undefined;
  const firstDigests: Record<string, string> = {};

  beforeAll(async () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'pia-buildkit-it-'));
    registry = await startRegistry(registryExe!, path.join(temp, 'registry'), { htpasswd: path.join(FIXTURES, 'registry', 'htpasswd') });
    // The base image: made offline with buildah, then served by the test registry to BuildKit.
    store = { buildah: buildah!, root: path.join(temp, 'buildah', 'root'), runroot: path.join(temp, 'buildah', 'run'), storageDriver: 'vfs' };
    const local = (await makeBusyboxBase({ ...store, tempDir: temp })).image;
    base = `${registry.host}/portarium/base:${local.split(':').pop()}`;
    execFileSync(buildah!, ['--root', store.root, '--runroot', store.runroot, '--storage-driver', store.storageDriver, 'push', '--tls-verify=false', '--creds', CREDS, local, `docker://${base}`], { stdio: 'ignore' });

    daemon = await startBuildkitd({ buildkitd: buildkitd!, buildctl: buildctl! }, path.join(temp, 'buildkit'), { insecureRegistries: [registry.host] });
    // buildx keeps its builder list in BUILDX_CONFIG; a private one leaves the user's alone.
    const env = { ...process.env, BUILDX_CONFIG: path.join(temp, 'buildx'), DOCKER_CONFIG: path.join(temp, 'docker') };
    mkdirSync(env.DOCKER_CONFIG, { recursive: true });
    execFileSync(buildx!, ['create', '--name', 'pia-it', '--driver', 'remote', daemon.addr], { env, stdio: 'ignore' });
    builder = createBuilder({ kind: 'docker', buildx: buildx!, builder: 'pia-it', provenance: false, sbom: false, env });
  }, 120_000);

  afterAll(async () => {
    await daemon?.stop();
    await registry?.stop();
    if (store) releaseStore(buildah!, store, temp);
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  const common = (log: string[]) => ({
    builder,
    context,
    push: true,
    credentials: [{ registry: registry.host, username: USER, password: PASSWORD }],
    insecureRegistries: [registry.host],
    tempDir: temp,
    log: (l: string) => log.push(l),
  });

  it('reports the standalone buildx version', async () => {
    expect(await builder.version!()).toMatch(/github\.com\/docker\/buildx v\d+\.\d+\.\d+/);
  });

  it('builds both example images, pushes them; skopeo reads back digest, tags, labels and annotations', async () => {
    const log: string[] = [];
    const plan = await planImages({ root: EXAMPLE, registry: `${registry.host}/portarium`, buildArgs: { BASE_IMAGE: base } });
    const manifestPath = path.join(temp, 'out', 'build-manifest.json');
    const r = await buildImages({ root: EXAMPLE, plan, ...common(log), manifestPath });
    expect(r.findings, log.slice(-30).join('\n')).toEqual([]);
    expect(r.results.map((x) => x.status)).toEqual(['pushed', 'pushed']);
    const written = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(written).toEqual(r.manifest);
    for (const name of ['control-plane', 'execution-plane']) {
      const entry = written.images[name];
      expect(entry.image).toBe(`${registry.host}/portarium/${name}`);
      expect(entry.tags).toEqual(['main', 'sha-89abcde', `sha-${SHA}`]);
      expect(entry.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const tag of entry.tags) expect(skopeoInspect(skopeo!, `${entry.image}:${tag}`, CREDS)['Digest'], `${name}:${tag}`).toBe(entry.digest);
      const info = skopeoInspect(skopeo!, `${entry.image}:main`, CREDS);
      expect(info['Labels']).toMatchObject({
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.version': 'main',
        'org.opencontainers.image.title': name,
        'org.opencontainers.image.licenses': 'Apache-2.0',
      });
      const raw = skopeoInspect(skopeo!, `${entry.image}:main`, CREDS, ['--raw']) as { annotations?: Record<string, string> };
      expect(raw.annotations?.['org.opencontainers.image.revision']).toBe(SHA);
      const config = skopeoInspect(skopeo!, `${entry.image}:main`, CREDS, ['--raw', '--config']) as { config: { Healthcheck?: { Test: string[] }; User: string } };
      expect(config.config.Healthcheck?.Test[0]).toBe('CMD-SHELL');
      expect(config.config.User).toBe('65534:65534');
      firstDigests[name] = entry.digest;
    }
    process.stdout.write(`buildkit-it: pushed ${JSON.stringify(written)}\n`);
  });

  it('a second build with no change is served by BuildKit\'s cache and pushes the same digests', async () => {
    expect(Object.keys(firstDigests)).toHaveLength(2);
    const log: string[] = [];
    const plan = await planImages({ root: EXAMPLE, registry: `${registry.host}/portarium`, buildArgs: { BASE_IMAGE: base } });
    const r = await buildImages({ root: EXAMPLE, plan, ...common(log) });
    expect(r.findings).toEqual([]);
    for (const [name, digest] of Object.entries(firstDigests)) expect(r.manifest.images[name]!.digest).toBe(digest);
    // Every RUN and COPY step of both images came from the cache.
    expect(log.filter((l) => /^#\d+ CACHED$/.test(l)).length).toBeGreaterThanOrEqual(6);
  });

  it('a failing RUN is a finding at its Dockerfile line; the other image still builds', async () => {
    const log: string[] = [];
    const r = await buildImages({
      root: FIXTURES,
      images: [
        { name: 'failing', context: 'builds/failing' },
        { name: 'ok', context: 'builds/ok' },
      ],
      registry: `${registry.host}/portarium`,
      buildArgs: { BASE_IMAGE: base },
      ...common(log),
    });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'images/build-failed', file: 'builds/failing/Dockerfile', line: 5, column: 1 }),
    ]);
    expect(r.results.map((x) => [x.name, x.status])).toEqual([['failing', 'failed'], ['ok', 'pushed']]);
    expect(skopeoInspect(skopeo!, `${registry.host}/portarium/ok:main`, CREDS)['Digest']).toBe(r.manifest.images['ok']!.digest);
  });
});
