import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildFailure, buildImages, type BuildContext, type Builder, type BuildRequest } from '../../../src/images/index.js';
import { UsageError } from '../../../src/report/finding.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'pia-images-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [name, text] of Object.entries({
  'infra/docker/api/Dockerfile': 'FROM golang:1.23 AS build\nRUN go build ./...\n\nFROM busybox:1.37.0\nCOPY --from=build /out /bin/app\nRUN /bin/app --self-test\nUSER 1\n',
  'infra/docker/web/Dockerfile': 'FROM busybox:1.37.0\nUSER 1\n',
})) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
}

const context: BuildContext = { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), created: '2026-01-01T00:00:00Z' };
const SECRET = 'hunter2-but-longer';

/** A builder that records requests and fails the images it is told to, like the real ones report. */
function fakeBuilder(fail: Record<string, BuildFailure> = {}): Builder & { requests: BuildRequest[] } {
  const requests: BuildRequest[] = [];
  return {
    kind: 'buildah',
    requests,
    async version() {
      return 'fake 1.0';
    },
    async build(req) {
      requests.push(req);
      req.log(`building with ${SECRET}`);
      const f = fail[req.name];
      if (f) throw f;
      return { image: req.image, digest: `sha256:${req.name.padEnd(64, '0')}`, tags: [...req.tags], platforms: ['linux/amd64'], pushed: req.push };
    },
  };
}

describe('buildImages', () => {
  it('builds every planned image, writes the manifest and logs without secrets', async () => {
    const builder = fakeBuilder();
    const lines: string[] = [];
    const manifestPath = path.join(root, 'out', 'manifest.json');
    const r = await buildImages({
      root,
      registry: 'ghcr.io/acme',
      builder,
      context,
      push: true,
      credentials: [{ registry: 'ghcr.io', username: 'u', password: SECRET }],
      tempDir: root,
      manifestPath,
      concurrency: 2,
      log: (l) => lines.push(l),
    });
    expect(r.findings).toEqual([]);
    expect(JSON.parse(readFileSync(manifestPath, 'utf8'))).toEqual({
      images: {
        api: { image: 'ghcr.io/acme/api', digest: `sha256:${'api'.padEnd(64, '0')}`, tags: ['main', 'sha-aaaaaaa', `sha-${'a'.repeat(40)}`], platforms: ['linux/amd64'] },
        web: { image: 'ghcr.io/acme/web', digest: `sha256:${'web'.padEnd(64, '0')}`, tags: ['main', 'sha-aaaaaaa', `sha-${'a'.repeat(40)}`], platforms: ['linux/amd64'] },
      },
    });
    expect(builder.requests[0]!.context).toBe(path.join(root, 'infra/docker/api'));
    expect(builder.requests[0]!.labels['org.opencontainers.image.revision']).toBe('a'.repeat(40));
    expect(lines).toContain('using fake 1.0');
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(r.checkResult).toMatchObject({ check: 'images', stats: { images: 2, built: 2, pushed: 2, failed: 0 }, artifacts: { manifest: manifestPath } });
    expect(r.checkResult.summaryMarkdown).toContain('| api | `ghcr.io/acme/api` | pushed |');
  });

  it('maps a failed step of the second stage to its Dockerfile line, and a failed push to the declaration', async () => {
    const builder = fakeBuilder({
      api: new BuildFailure('buildah bud failed (exit 1): exit status 2', 'build', { stage: 2, step: 3, instruction: 'RUN /bin/app --self-test' }, 'tail'),
      web: new BuildFailure(`pushing failed: unauthorized ${SECRET}`, 'push', {}, `tail ${SECRET}`),
    });
    const r = await buildImages({ root, builder, context, push: true, credentials: [{ registry: 'docker.io', username: 'u', password: SECRET }], tempDir: root });
    expect(r.findings.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([
      ['images/build-failed', 'infra/docker/api/Dockerfile', 6, 1],
      ['images/push-failed', 'infra/docker/web/Dockerfile', 1, 1],
    ]);
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(r.manifest).toEqual({ images: {} });
    expect(r.results.map((x) => x.status)).toEqual(['failed', 'failed']);
  });

  it('finds the failing instruction by its text when the step number does not fit', async () => {
    const builder = fakeBuilder({ api: new BuildFailure('failed', 'build', { step: 9, instruction: 'RUN go build ./...' }) });
    const r = await buildImages({ root, only: ['api'], builder, context, push: false, tempDir: root });
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['images/build-failed', 2]]);
  });

  it('a bad version input is a usage error before anything builds', async () => {
    const builder = fakeBuilder();
    await expect(buildImages({ root, builder, context: { ...context, inputs: { version: 'next' } }, push: false, tempDir: root })).rejects.toThrow(UsageError);
    expect(builder.requests).toEqual([]);
  });
});
