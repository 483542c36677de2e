import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BuildFailure,
  BuildahBuilder,
  BuildxBuilder,
  buildahBudArgs,
  buildahPushArgs,
  buildxArgs,
  createBuilder,
  type BuildRequest,
} from '../../../src/images/index.js';
import type { CommandRunner } from '../../../src/images/command.js';
import { UsageError } from '../../../src/report/finding.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'pia-images-builders-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const PASSWORD = 'Pa55-word-never-logged';

function request(over: Partial<BuildRequest> = {}): BuildRequest {
  return {
    name: 'control-plane',
    image: 'ghcr.io/acme/control-plane',
    context: '/src/infra/docker/control-plane',
    dockerfile: '/src/infra/docker/control-plane/Dockerfile',
    buildArgs: { BASE_IMAGE: 'busybox:1.37.0', A: '1' },
    platforms: [],
    tags: ['main', 'sha-0123456'],
    labels: { 'org.opencontainers.image.revision': 'abc', 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    annotations: { 'org.opencontainers.image.revision': 'abc' },
    push: true,
    credentials: [],
    insecureRegistries: [],
    tempDir: temp,
    log: () => {},
    ...over,
  };
}

describe('docker buildx arguments', () => {
  it('push with gha cache, no provenance, no SBOM', () => {
    expect(buildxArgs(request(), { cache: { type: 'gha' }, provenance: false, sbom: false }, { metadataFile: '/t/m.json' })).toEqual([
      'buildx', 'build',
      '--file', '/src/infra/docker/control-plane/Dockerfile',
      '--build-arg', 'A=1',
      '--build-arg', 'BASE_IMAGE=busybox:1.37.0',
      '--label', 'org.opencontainers.image.created=2026-01-01T00:00:00Z',
      '--label', 'org.opencontainers.image.revision=abc',
      '--annotation', 'org.opencontainers.image.revision=abc',
      '--tag', 'ghcr.io/acme/control-plane:main',
      '--tag', 'ghcr.io/acme/control-plane:sha-0123456',
      '--cache-from', 'type=gha,scope=control-plane',
      '--cache-to', 'type=gha,scope=control-plane,mode=max',
      '--provenance=false',
      '--sbom=false',
      '--push',
      '--metadata-file', '/t/m.json',
      '/src/infra/docker/control-plane',
    ]);
  });

  it('multi-platform push with registry cache, max provenance, SBOM, target and builder', () => {
    const args = buildxArgs(
      request({ platforms: ['linux/amd64', 'linux/arm64'], target: 'runtime', buildArgs: {}, labels: {}, annotations: { k: 'v' }, tags: ['1.2.3'] }),
      { builder: 'ci', cache: { type: 'registry', ref: 'ghcr.io/acme/cache:cp', mode: 'min' }, provenance: 'max', sbom: true },
      { metadataFile: '/t/m.json' },
    );
    expect(args).toEqual([
      'buildx', 'build',
      '--builder', 'ci',
      '--file', '/src/infra/docker/control-plane/Dockerfile',
      '--target', 'runtime',
      '--annotation', 'index,manifest:k=v',
      '--platform', 'linux/amd64,linux/arm64',
      '--tag', 'ghcr.io/acme/control-plane:1.2.3',
      '--cache-from', 'type=registry,ref=ghcr.io/acme/cache:cp',
      '--cache-to', 'type=registry,ref=ghcr.io/acme/cache:cp,mode=min',
      '--provenance=mode=max',
      '--sbom=true',
      '--push',
      '--metadata-file', '/t/m.json',
      '/src/infra/docker/control-plane',
    ]);
  });

  it('no push: no annotations, --load on request; an insecure registry push uses the image exporter option', () => {
    const local = buildxArgs(request({ push: false, tags: ['t'], buildArgs: {}, labels: {} }), { provenance: false, sbom: false, load: true }, { metadataFile: 'm' });
    expect(local).toEqual(['buildx', 'build', '--file', '/src/infra/docker/control-plane/Dockerfile', '--tag', 'ghcr.io/acme/control-plane:t', '--provenance=false', '--sbom=false', '--load', '--metadata-file', 'm', '/src/infra/docker/control-plane']);
    const insecure = buildxArgs(request({ image: '127.0.0.1:5000/cp', insecureRegistries: ['127.0.0.1:5000'] }), { provenance: 'min', sbom: false }, { metadataFile: 'm' });
    expect(insecure).toContain('type=image,push=true,registry.insecure=true');
    expect(insecure).not.toContain('--push');
    expect(() => buildxArgs(request({ push: false, platforms: ['linux/amd64', 'linux/arm64'] }), { provenance: false, sbom: false, load: true }, { metadataFile: 'm' })).toThrow(UsageError);
  });

  it('provenance and SBOM must be chosen explicitly', () => {
    expect(() => createBuilder({ kind: 'docker' } as never)).toThrow(/explicit provenance/);
  });

  it('passes credentials in a private DOCKER_CONFIG, reads the digest from the metadata file, removes the config after', async () => {
    const seen: { args: readonly string[]; env: Record<string, string | undefined>; config: string; mode: number }[] = [];
    const run: CommandRunner = async (_cmd, args, opts) => {
      const env = opts?.env ?? {};
      const configFile = path.join(env['DOCKER_CONFIG']!, 'config.json');
      seen.push({ args, env, config: readFileSync(configFile, 'utf8'), mode: statSync(configFile).mode & 0o777 });
      const meta = args[args.indexOf('--metadata-file') + 1]!;
      writeFileSync(meta, JSON.stringify({ 'containerimage.digest': 'sha256:' + 'd'.repeat(64), 'containerimage.config.digest': 'sha256:' + 'c'.repeat(64) }));
      return { code: 0, stdout: '', stderr: '', output: '' };
    };
    // The user's own docker config (e.g. from docker/login-action) keeps counting for other registries.
    mkdirSync(path.join(temp, '.docker'), { recursive: true });
    writeFileSync(path.join(temp, '.docker', 'config.json'), JSON.stringify({ auths: { 'quay.io': { auth: 'cXVheTpx' } }, credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' } }));
    const b = new BuildxBuilder({ provenance: false, sbom: false, run, env: { HOME: temp, PATH: '/usr/bin' } });
    const r = await b.build(request({ credentials: [{ registry: 'ghcr.io', username: 'bot', password: PASSWORD }] }));
    expect(r).toEqual({ image: 'ghcr.io/acme/control-plane', digest: 'sha256:' + 'd'.repeat(64), imageId: 'sha256:' + 'c'.repeat(64), tags: ['main', 'sha-0123456'], platforms: [expect.stringMatching(/^linux\//)], pushed: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.args.join(' ')).not.toContain(PASSWORD);
    expect(JSON.parse(seen[0]!.config)).toEqual({
      auths: { 'quay.io': { auth: 'cXVheTpx' }, 'ghcr.io': { auth: Buffer.from(`bot:${PASSWORD}`).toString('base64') } },
      credHelpers: { 'gcr.io': 'gcloud' },
    });
    expect(seen[0]!.mode).toBe(0o600);
    expect(seen[0]!.env['BUILDX_CONFIG']).toBe(path.join(temp, '.docker', 'buildx'));
    expect(existsSync(seen[0]!.env['DOCKER_CONFIG']!)).toBe(false);
  });

  it('a standalone buildx (no docker CLI) is run as `buildx build ...` with the same arguments', async () => {
    const calls: { cmd: string; args: readonly string[] }[] = [];
    const run: CommandRunner = async (cmd, args) => {
      calls.push({ cmd, args });
      if (args[0] === 'version') return { code: 0, stdout: 'github.com/docker/buildx v0.38.2 abc\n', stderr: '', output: '' };
      writeFileSync(args[args.indexOf('--metadata-file') + 1]!, JSON.stringify({ 'containerimage.digest': 'sha256:' + 'e'.repeat(64) }));
      return { code: 0, stdout: '', stderr: '', output: '' };
    };
    const b = new BuildxBuilder({ buildx: '/tools/bin/buildx', builder: 'remote-bk', provenance: false, sbom: false, run, env: { HOME: temp } });
    expect(await b.version()).toBe('github.com/docker/buildx v0.38.2 abc');
    const req = request();
    const r = await b.build(req);
    expect(r.digest).toBe('sha256:' + 'e'.repeat(64));
    expect(calls.map((c) => c.cmd)).toEqual(['/tools/bin/buildx', '/tools/bin/buildx']);
    expect(calls[0]!.args).toEqual(['version']);
    const expected = buildxArgs(req, { builder: 'remote-bk', provenance: false, sbom: false }, { metadataFile: 'M' });
    const got = [...calls[1]!.args];
    got[got.indexOf('--metadata-file') + 1] = 'M';
    expect(got).toEqual(expected.slice(1));
    expect(got.slice(0, 3)).toEqual(['build', '--builder', 'remote-bk']);
  });

  it('a failed build names the Dockerfile line buildx printed, with secrets removed', async () => {
    const run: CommandRunner = async (_c, _a, opts) => {
      const output = [`#7 [3/4] RUN false`, 'Dockerfile:6', '--------------------', `ERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1 ${PASSWORD}`].map((l) => opts!.redact!(l)).join('\n');
      return { code: 1, stdout: '', stderr: output, output };
    };
    const b = new BuildxBuilder({ provenance: false, sbom: false, run, env: { HOME: temp } });
    const err = await b.build(request({ credentials: [{ registry: 'ghcr.io', username: 'bot', password: PASSWORD }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildFailure);
    expect((err as BuildFailure).failedStep).toMatchObject({ line: 6, instruction: 'RUN false' });
    expect((err as BuildFailure).phase).toBe('build');
    expect(`${(err as Error).message}${(err as BuildFailure).outputTail}`).not.toContain(PASSWORD);
  });
});

describe('buildah arguments', () => {
  const host = 'linux/amd64';

  it('bud: chroot isolation, layer cache, docker format, iidfile, tags, labels, build args', () => {
    expect(buildahBudArgs(request(), { root: '/s/root', runroot: '/s/run', storageDriver: 'vfs' }, { iidFile: '/t/iid', authFile: '/t/auth.json' }, host)).toEqual([
      '--root', '/s/root', '--runroot', '/s/run', '--storage-driver', 'vfs',
      'bud',
      '--isolation', 'chroot',
      '--layers',
      '--force-rm',
      '--pull=missing',
      '--format', 'docker',
      '-f', '/src/infra/docker/control-plane/Dockerfile',
      '--build-arg', 'A=1',
      '--build-arg', 'BASE_IMAGE=busybox:1.37.0',
      '--label', 'org.opencontainers.image.created=2026-01-01T00:00:00Z',
      '--label', 'org.opencontainers.image.revision=abc',
      '-t', 'ghcr.io/acme/control-plane:main',
      '-t', 'ghcr.io/acme/control-plane:sha-0123456',
      '--iidfile', '/t/iid',
      '--authfile', '/t/auth.json',
      '/src/infra/docker/control-plane',
    ]);
  });

  it('the build-input fingerprint label is the last --label, whatever its name sorts as', () => {
    const req = request({ labels: { 'z.last': '1', 'io.portarium.build.fingerprint': 'sha256:' + 'f'.repeat(64), 'a.first': '2' } });
    const args = buildahBudArgs(req, {}, {}, host);
    const labels = args.flatMap((a, i) => (args[i - 1] === '--label' ? [a.split('=')[0]] : []));
    expect(labels).toEqual(['a.first', 'z.last', 'io.portarium.build.fingerprint']);
  });

  it('oci format adds annotations; several platforms build a manifest list without the layer cache', () => {
    const args = buildahBudArgs(request({ platforms: ['linux/amd64', 'linux/arm64'], buildArgs: {}, labels: {} }), { format: 'oci', pull: 'never' }, { manifestList: 'ghcr.io/acme/control-plane:main' }, host);
    expect(args).toEqual([
      'bud', '--isolation', 'chroot', '--layers=false', '--force-rm', '--pull=never', '--format', 'oci',
      '-f', '/src/infra/docker/control-plane/Dockerfile',
      '--annotation', 'org.opencontainers.image.revision=abc',
      '--platform', 'linux/amd64,linux/arm64',
      '--manifest', 'ghcr.io/acme/control-plane:main',
      '/src/infra/docker/control-plane',
    ]);
    // A single foreign platform must not reuse host layers either (buildah 1.28 cache ignores platform).
    expect(buildahBudArgs(request({ platforms: ['linux/arm64'] }), {}, {}, host)).toContain('--layers=false');
    expect(buildahBudArgs(request({ platforms: ['linux/amd64'] }), {}, {}, host)).toContain('--layers');
  });

  it('push: digest file, TLS verification off only for an explicitly insecure registry', () => {
    expect(buildahPushArgs(request(), {}, 'main', { digestFile: '/t/d' })).toEqual([
      'push', '--digestfile', '/t/d', '--retry-delay', '2s', 'ghcr.io/acme/control-plane:main', 'docker://ghcr.io/acme/control-plane:main',
    ]);
    const loop = request({ image: '127.0.0.1:5000/p/cp' });
    expect(buildahPushArgs(loop, {}, 'v1', { digestFile: 'd' })).not.toContain('--tls-verify=false');
    expect(buildahPushArgs({ ...loop, insecureRegistries: ['127.0.0.1:5000'] }, { retryDelay: '100ms' }, 'v1', { digestFile: 'd', authFile: 'a' })).toEqual([
      'push', '--digestfile', 'd', '--retry-delay', '100ms', '--authfile', 'a', '--tls-verify=false', '127.0.0.1:5000/p/cp:v1', 'docker://127.0.0.1:5000/p/cp:v1',
    ]);
    expect(buildahPushArgs(loop, {}, 'v1', { digestFile: 'd', manifestList: 'l' })).toEqual(['manifest', 'push', '--all', '--digestfile', 'd', 'l', 'docker://127.0.0.1:5000/p/cp:v1']);
  });

  it('a failing RUN reports the stage and step buildah printed', async () => {
    const run: CommandRunner = async () => {
      const output = ['[1/2] STEP 1/2: FROM a:1 AS build', '[1/2] STEP 2/2: RUN make', '[2/2] STEP 1/3: FROM b:1', '[2/2] STEP 2/3: RUN false', 'error building at STEP "RUN false": error while running runtime: exit status 1'].join('\n');
      return { code: 1, stdout: '', stderr: output, output };
    };
    const err = (await new BuildahBuilder({ run }).build(request()).catch((e: unknown) => e)) as BuildFailure;
    expect(err).toBeInstanceOf(BuildFailure);
    expect(err.failedStep).toEqual({ stage: 2, step: 2, instruction: 'RUN false' });
    expect(err.message).toContain('exit status 1');
  });
});
