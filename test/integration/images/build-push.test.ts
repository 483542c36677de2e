// Real builds with buildah, pushed to a real docker-registry on 127.0.0.1 and read back with skopeo.
// Needs scripts/tools/install-buildah.sh; skipped without buildah unless PORTARIUM_REQUIRE_TOOLS=1.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImages } from '../../../src/checks/images/index.js';
import { buildImages, createBuilder, makeBusyboxBase, type BuildContext, type BuildImagesResult, type Builder } from '../../../src/images/index.js';
import { EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';
import { findExe, freePort, releaseStore, skopeoInspect, startRegistry, type Registry } from './registry.js';

const buildah = findExe('buildah');
const registryExe = findExe('docker-registry');
const skopeo = findExe('skopeo');
const ready = Boolean(buildah && registryExe && skopeo);

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'images');
const USER = 'portarium';
const PASSWORD = 'correct-horse-portarium'; // matches test/fixtures/images/registry/htpasswd
const WRONG_PASSWORD = 'wrong-Pa55-9f8e7d6c-not-this';
const HEAD = '0123456789abcdef0123456789abcdef01234567';
const MERGE = 'fedcba9876543210fedcba9876543210fedcba98';
const context: BuildContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: MERGE,
  prHeadSha: HEAD,
  defaultBranch: 'main',
  repositoryUrl: 'https://github.com/portarium/portarium',
  created: '2026-11-26T00:00:00Z',
};

describe.skipIf(!ready)('images: buildah builds pushed to a local registry', () => {
  let temp: string;
  let registry: Registry;
  let builder: Builder;
  let base: string;
  let store: { buildah: string; root: string; runroot: string; storageDriver: string } | undefined;
  const log: string[] = [];
  let first: BuildImagesResult;
  let coldMs = 0;

  beforeAll(async () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'pia-images-it-'));
    registry = await startRegistry(registryExe!, path.join(temp, 'registry'), { htpasswd: path.join(FIXTURES, 'registry', 'htpasswd') });
    // A store of its own: other tests and people on this machine use theirs. overlay is about
    // twice as fast as vfs here; where the kernel refuses it (overlay on overlay), vfs works.
    const drivers = process.env['PORTARIUM_BUILDAH_DRIVER'] ? [process.env['PORTARIUM_BUILDAH_DRIVER']] : ['overlay', 'vfs'];
    for (const driver of drivers) {
      store = { buildah: buildah!, root: path.join(temp, driver, 'root'), runroot: path.join(temp, driver, 'run'), storageDriver: driver };
      try {
        base = (await makeBusyboxBase({ ...store, tempDir: temp })).image;
      } catch (e) {
        releaseStore(buildah!, store, temp);
        if (driver === drivers[drivers.length - 1]) throw e;
        continue;
      }
      builder = createBuilder({ kind: 'buildah', ...store, retryDelay: '100ms' });
      break;
    }
  });

  afterAll(async () => {
    await registry?.stop();
    if (store) releaseStore(buildah!, store, temp);
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  const common = () => ({
    builder,
    context,
    push: true,
    credentials: [{ registry: registry.host, username: USER, password: PASSWORD }],
    insecureRegistries: [registry.host],
    tempDir: temp,
    log: (l: string) => log.push(l),
  });

  it('builds both example images offline, pushes them and skopeo reads back digest, tags and OCI labels', async () => {
    const plan = await planImages({ root: EXAMPLE, registry: `${registry.host}/portarium`, buildArgs: { BASE_IMAGE: base } });
    const manifestPath = path.join(temp, 'out', 'build-manifest.json');
    const t0 = performance.now();
    first = await buildImages({ root: EXAMPLE, plan, ...common(), manifestPath });
    coldMs = performance.now() - t0;
    expect(first.findings).toEqual([]);
    expect(first.results.map((r) => r.status)).toEqual(['pushed', 'pushed']);
    const written = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(written).toEqual(first.manifest);
    expect(Object.keys(written.images)).toEqual(['control-plane', 'execution-plane']);

    const creds = `${USER}:${PASSWORD}`;
    for (const name of ['control-plane', 'execution-plane']) {
      const entry = written.images[name];
      expect(entry.image).toBe(`${registry.host}/portarium/${name}`);
      expect(entry.tags).toEqual(['pr-7', 'sha-0123456', `sha-${HEAD}`]);
      expect(entry.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const tag of entry.tags) {
        const seen = skopeoInspect(skopeo!, `${entry.image}:${tag}`, creds);
        expect(seen['Digest'], `${name}:${tag}`).toBe(entry.digest);
      }
      const info = skopeoInspect(skopeo!, `${entry.image}:pr-7`, creds);
      expect([...(info['RepoTags'] as string[])].sort()).toEqual([...entry.tags].sort());
      expect(info['Architecture']).toBe('amd64');
      expect(info['Labels']).toMatchObject({
        'org.opencontainers.image.revision': HEAD,
        'org.opencontainers.image.created': '2026-11-26T00:00:00Z',
        'org.opencontainers.image.version': 'pr-7',
        'org.opencontainers.image.title': name,
        'org.opencontainers.image.source': 'https://github.com/portarium/portarium',
        // From the Dockerfile: not overridden because no licenses input was given.
        'org.opencontainers.image.licenses': 'Apache-2.0',
      });
      // The docker format keeps what the OCI config cannot hold: the HEALTHCHECK and the user.
      const config = skopeoInspect(skopeo!, `${entry.image}:pr-7`, creds, ['--raw', '--config']) as { config: { Healthcheck?: { Test: string[] }; User: string } };
      expect(config.config.Healthcheck?.Test[0]).toBe('CMD-SHELL');
      expect(config.config.User).toBe('65534:65534');
      expect(JSON.stringify(info)).not.toContain(MERGE);
    }
    // The report the lead asked for: pushed digests and tags as skopeo saw them.
    process.stdout.write(`images-it: pushed ${JSON.stringify(written)}\n`);
  });

  it('a second build with no change is a cache hit: nothing rebuilt, same image id, same digest, summary says so', async () => {
    expect(first).toBeDefined();
    for (const r of first.results) {
      expect(r.result!.cached).toBeFalsy();
      expect(r.result!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const plan = await planImages({ root: EXAMPLE, registry: `${registry.host}/portarium`, buildArgs: { BASE_IMAGE: base } });
    const before = log.length;
    const t0 = performance.now();
    const again = await buildImages({ root: EXAMPLE, plan, ...common() });
    const warmMs = performance.now() - t0;
    expect(again.findings).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const a = first.results[i]!.result!;
      const b = again.results[i]!.result!;
      expect(b.cached).toBe(true);
      expect(b.fingerprint).toBe(a.fingerprint);
      expect(b.imageId).toBe(a.imageId);
      expect(b.digest).toBe(a.digest);
      expect(b.steps).toBeUndefined();
      expect(again.results[i]!.status).toBe('pushed');
    }
    const logged = log.slice(before);
    // No buildah step ran: the image was found by its build-input fingerprint and re-tagged.
    expect(logged.filter((l) => /^STEP \d+/.test(l))).toEqual([]);
    expect(logged.filter((l) => l.includes('built from identical inputs')).length).toBe(2);
    expect(again.checkResult.summaryMarkdown).toContain('| control-plane | `' + registry.host + '/portarium/control-plane` | pushed | hit: inputs unchanged, image re-used |');
    expect(first.checkResult.summaryMarkdown).toMatch(/\| control-plane \| `[^`]+` \| pushed \| 0\/17 steps \|/);
    // The fingerprint travels with the image: skopeo sees it as a label.
    const info = skopeoInspect(skopeo!, `${registry.host}/portarium/control-plane:pr-7`, `${USER}:${PASSWORD}`);
    expect((info['Labels'] as Record<string, string>)['io.portarium.build.fingerprint']).toBe(first.results[0]!.result!.fingerprint);
    process.stdout.write(`images-it: cold ${coldMs.toFixed(0)} ms, rebuild ${warmMs.toFixed(0)} ms, ratio ${(warmMs / coldMs).toFixed(2)}\n`);
  });

  it('any changed input rebuilds: a context file, its mode, a build arg, a label, the base image; an ignored file and an inherited label do not count', async () => {
    const root = path.join(temp, 'fp');
    cpSync(path.join(FIXTURES, 'builds', 'ok'), path.join(root, 'ctx'), { recursive: true });
    writeFileSync(path.join(root, 'ctx', '.dockerignore'), 'notes/\n');
    const g = ['--root', store!.root, '--runroot', store!.runroot, '--storage-driver', store!.storageDriver];
    // A base image name of its own, so it can be pointed at another image later.
    const fpBase = 'localhost/portarium-fp-base:1';
    execFileSync(buildah!, [...g, 'tag', base, fpBase]);
    const build = async (over: { buildArgs?: Record<string, string>; context?: BuildContext } = {}) => {
      const lines: string[] = [];
      const r = await buildImages({
        root,
        images: [{ name: 'fp', context: 'ctx' }],
        registry: 'localhost/portarium-fp',
        buildArgs: over.buildArgs ?? { BASE_IMAGE: fpBase },
        ...common(),
        context: over.context ?? context,
        push: false,
        log: (l) => lines.push(l),
      });
      expect(r.findings).toEqual([]);
      return { ...r.results[0]!.result!, lines };
    };
    const cold = await build();
    expect(cold.cached).toBeFalsy();
    const hit = await build();
    expect(hit.cached).toBe(true);
    expect(hit.imageId).toBe(cold.imageId);
    expect(hit.lines.some((l) => l.startsWith('STEP '))).toBe(false);

    // A file the .dockerignore excludes is not a build input.
    mkdirSync(path.join(root, 'ctx', 'notes'));
    writeFileSync(path.join(root, 'ctx', 'notes', 'todo.md'), 'not in the image\n');
    expect((await build()).cached).toBe(true);

    // A context file: rebuilt, and the next identical request is a hit on the new image.
    writeFileSync(path.join(root, 'ctx', 'hello.txt'), 'hello, changed\n');
    const changed = await build();
    expect(changed.cached).toBeFalsy();
    expect(changed.imageId).not.toBe(cold.imageId);
    expect(changed.lines.some((l) => l.startsWith('STEP '))).toBe(true);
    expect((await build()).imageId).toBe(changed.imageId);
    expect((await build()).cached).toBe(true);

    // A mode change alone is a change too (COPY keeps permission bits).
    chmodSync(path.join(root, 'ctx', 'hello.txt'), 0o600);
    expect((await build()).cached).toBeFalsy();
    expect((await build()).cached).toBe(true);

    // A build arg.
    const withArg = await build({ buildArgs: { BASE_IMAGE: fpBase, EXTRA: '1' } });
    expect(withArg.cached).toBeFalsy();
    expect((await build({ buildArgs: { BASE_IMAGE: fpBase, EXTRA: '1' } })).cached).toBe(true);

    // A label (another created time changes org.opencontainers.image.created).
    const relabelled = await build({ context: { ...context, created: '2026-11-27T00:00:00Z' } });
    expect(relabelled.cached).toBeFalsy();

    // The base image: same name, now another image.
    const before = await build();
    expect(before.cached).toBe(true);
    execFileSync(buildah!, [...g, 'tag', cold.imageId!, fpBase]);
    const rebased = await build();
    expect(rebased.cached).toBeFalsy();
    expect(rebased.imageId).not.toBe(before.imageId);
    const current = await build();
    expect(current.cached).toBe(true);

    // An image built FROM ours by other means inherits the fingerprint label; it is not ours and
    // must never be handed out for our inputs, even once our own image is gone.
    const childCtx = path.join(root, 'child');
    mkdirSync(childCtx);
    writeFileSync(path.join(childCtx, 'Dockerfile'), `FROM ${current.imageId}\nENV CHILD=1\n`);
    execFileSync(buildah!, [...g, 'bud', '--isolation', 'chroot', '--pull=never', '-t', 'localhost/portarium-fp-child:1', childCtx], { stdio: 'ignore' });
    const inherited = execFileSync(buildah!, [...g, 'inspect', '--type', 'image', '--format', '{{index .Docker.Config.Labels "io.portarium.build.fingerprint"}}', 'localhost/portarium-fp-child:1'], { encoding: 'utf8' });
    expect(inherited.trim()).toBe(current.fingerprint);
    expect((await build()).imageId).toBe(current.imageId);
    execFileSync(buildah!, [...g, 'rmi', '-f', current.imageId!], { stdio: 'ignore' });
    const afterRemoval = await build();
    expect(afterRemoval.cached).toBeFalsy();
    const childId = execFileSync(buildah!, [...g, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', 'localhost/portarium-fp-child:1'], { encoding: 'utf8' }).trim();
    expect(afterRemoval.imageId).not.toContain(childId);
  });

  it('builds several platforms into one manifest list (COPY-only image, no emulation needed)', async () => {
    const r = await buildImages({
      root: FIXTURES,
      images: [{ name: 'multiarch', context: 'builds/multiarch', platforms: ['linux/amd64', 'linux/arm64'] }],
      registry: `${registry.host}/portarium`,
      ...common(),
    });
    expect(r.findings).toEqual([]);
    const entry = r.manifest.images['multiarch']!;
    expect(entry.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const raw = skopeoInspect(skopeo!, `${entry.image}:pr-7`, `${USER}:${PASSWORD}`, ['--raw']) as { manifests: { platform: { architecture: string } }[] };
    expect(raw.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const digestOfList = skopeoInspect(skopeo!, `${entry.image}:sha-0123456`, `${USER}:${PASSWORD}`, ['--raw']);
    expect(digestOfList).toEqual(raw);
  });

  it('a failing RUN is a finding at that instruction; the other image still builds', async () => {
    const r = await buildImages({
      root: FIXTURES,
      images: [
        { name: 'failing', context: 'builds/failing' },
        { name: 'ok', context: 'builds/ok' },
      ],
      registry: `${registry.host}/portarium`,
      buildArgs: { BASE_IMAGE: base },
      ...common(),
    });
    expect(r.findings).toEqual([
      expect.objectContaining({ check: 'images', rule: 'images/build-failed', severity: 'error', file: 'builds/failing/Dockerfile', line: 5, column: 1 }),
    ]);
    expect(r.findings[0]!.message).toMatch(/exit status 3/);
    expect(r.results.map((x) => [x.name, x.status])).toEqual([['failing', 'failed'], ['ok', 'pushed']]);
    expect(Object.keys(r.manifest.images)).toEqual(['ok']);
    // --force-rm: the failed step's working container is gone, so nothing stays mounted.
    expect(execFileSync(buildah!, ['--root', store!.root, '--runroot', store!.runroot, '--storage-driver', store!.storageDriver, 'containers', '-q'], { encoding: 'utf8' }).trim()).toBe('');
  });

  it('an unreachable registry is a push-failed finding, not an exception', async () => {
    const closed = `127.0.0.1:${await freePort()}`;
    const r = await buildImages({
      root: FIXTURES,
      images: [{ name: 'ok', context: 'builds/ok' }],
      registry: `${closed}/portarium`,
      buildArgs: { BASE_IMAGE: base },
      ...common(),
      insecureRegistries: [closed],
    });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'images/push-failed', file: '.portarium-infra.yml' })]);
    expect(r.findings[0]!.message).toMatch(/connection refused/);
    expect(r.manifest.images).toEqual({});
  });

  it('a wrong password fails the push and the password appears nowhere', async () => {
    const lines: string[] = [];
    const r = await buildImages({
      root: FIXTURES,
      images: [{ name: 'ok', context: 'builds/ok' }],
      registry: `${registry.host}/portarium`,
      buildArgs: { BASE_IMAGE: base },
      ...common(),
      credentials: [{ registry: registry.host, username: USER, password: WRONG_PASSWORD }],
      log: (l) => lines.push(l),
    });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'images/push-failed' })]);
    expect(r.findings[0]!.message).toMatch(/unauthorized|authentication required/i);
    const everything = JSON.stringify(r) + lines.join('\n') + registry.log();
    expect(everything).not.toContain(WRONG_PASSWORD);
    expect(everything).not.toContain(Buffer.from(`${USER}:${WRONG_PASSWORD}`).toString('base64'));
    // The auth file lived in a private dir under tempDir and is gone.
    expect(readdirSync(temp).filter((n) => n.startsWith('portarium-'))).toEqual([]);
  });

  it('bad input is reported before any build: missing Dockerfile, invalid name, duplicate name', async () => {
    const lines: string[] = [];
    const r = await buildImages({
      root: FIXTURES,
      images: [
        { name: 'ok', context: 'builds/ok' },
        { name: 'ok', context: 'builds/failing' },
        { name: 'Bad Name!', context: 'builds/ok' },
        { name: 'nofile', context: 'builds/ok', dockerfile: 'Dockerfile.missing' },
      ],
      registry: `${registry.host}/portarium`,
      buildArgs: { BASE_IMAGE: base },
      ...common(),
      push: false,
      log: (l) => lines.push(l),
    });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['images/duplicate-name', 'images/invalid-name', 'images/missing-dockerfile']);
    expect(r.results.map((x) => [x.name, x.status])).toEqual([['ok', 'built']]);
    // Not pushed: the manifest carries the local image id.
    expect(r.manifest.images['ok']!.digest).toMatch(/^sha256:/);
  });
});
