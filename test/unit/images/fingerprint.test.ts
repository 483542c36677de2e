import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIgnored, parseIgnore } from '../../../src/checks/images/dockerignore.js';
import { buildFingerprint, contextDigest, externalImages, type FingerprintInputs } from '../../../src/images/fingerprint.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pia-fingerprint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('.dockerignore patterns (Docker semantics)', () => {
  const ignored = (patterns: string, rel: string) => isIgnored(rel, parseIgnore(patterns));

  it('anchors at the context root and excludes whole directories', () => {
    expect(ignored('*.md', 'README.md')).toBe(true);
    expect(ignored('*.md', 'docs/README.md')).toBe(false); // no basename matching
    expect(ignored('/docs', 'docs/a/b.txt')).toBe(true);
    expect(ignored('docs/', 'docs/a.txt')).toBe(true);
    expect(ignored('./docs', 'docs/a.txt')).toBe(true);
    expect(ignored('docs', 'docsy/a.txt')).toBe(false);
  });

  it('`*` and `?` stay within a directory, `**` crosses any number', () => {
    expect(ignored('*/temp*', 'somedir/temporary.txt')).toBe(true);
    expect(ignored('*/temp*', 'a/b/temporary.txt')).toBe(false);
    expect(ignored('*/*/temp*', 'a/b/temporary.txt')).toBe(true);
    expect(ignored('temp?', 'tempa')).toBe(true);
    expect(ignored('temp?', 'temp/x')).toBe(false);
    expect(ignored('**/*.go', 'a/b/c.go')).toBe(true);
    expect(ignored('**/*.go', 'c.go')).toBe(true);
    expect(ignored('a/**', 'a/b/c')).toBe(true);
    expect(ignored('[ab].txt', 'b.txt')).toBe(true);
    expect(ignored('[ab].txt', 'c.txt')).toBe(false);
  });

  it('the last matching pattern wins and `!` re-includes', () => {
    expect(ignored('*.md\n!README.md', 'README.md')).toBe(false);
    expect(ignored('*.md\n!README.md', 'CHANGES.md')).toBe(true);
    expect(ignored('!README.md\n*.md', 'README.md')).toBe(true);
    expect(ignored('docs\n!docs/keep.txt', 'docs/keep.txt')).toBe(false);
    expect(ignored('docs\n!docs/keep.txt', 'docs/other.txt')).toBe(true);
  });

  it('comments, blank lines and broken patterns exclude nothing', () => {
    expect(ignored('# secret.txt\n\n', 'secret.txt')).toBe(false);
    expect(ignored('[unclosed', '[unclosed')).toBe(false);
  });
});

describe('context digest', () => {
  it('changes with content, mode, a new file, a symlink target; not with mtime or ignored files', async () => {
    const dir = tree('ctx', { 'a.txt': 'a\n', 'sub/b.txt': 'b\n', '.dockerignore': 'notes\n*.log\n', 'notes/x': 'x' });
    const d0 = (await contextDigest(dir)).digest;
    expect((await contextDigest(dir)).digest).toBe(d0);
    writeFileSync(path.join(dir, 'build.log'), 'ignored');
    writeFileSync(path.join(dir, 'notes', 'y'), 'ignored');
    expect((await contextDigest(dir)).digest).toBe(d0);
    const now = new Date(Date.now() + 60_000);
    const { utimesSync } = await import('node:fs');
    utimesSync(path.join(dir, 'a.txt'), now, now);
    expect((await contextDigest(dir)).digest).toBe(d0);

    writeFileSync(path.join(dir, 'a.txt'), 'A\n');
    const d1 = (await contextDigest(dir)).digest;
    expect(d1).not.toBe(d0);
    chmodSync(path.join(dir, 'a.txt'), 0o755);
    const d2 = (await contextDigest(dir)).digest;
    expect(d2).not.toBe(d1);
    writeFileSync(path.join(dir, 'sub', 'c.txt'), '');
    const d3 = (await contextDigest(dir)).digest;
    expect(d3).not.toBe(d2);
    symlinkSync('a.txt', path.join(dir, 'link'));
    const d4 = (await contextDigest(dir)).digest;
    expect(d4).not.toBe(d3);
    rmSync(path.join(dir, 'link'));
    symlinkSync('sub/b.txt', path.join(dir, 'link'));
    expect((await contextDigest(dir)).digest).not.toBe(d4);
    // The ignore file is an input too: it decides what the build sees.
    writeFileSync(path.join(dir, '.dockerignore'), 'notes\n');
    expect((await contextDigest(dir)).digest).not.toBe(d4);
  });

  it('prefers .containerignore over .dockerignore, as buildah does', async () => {
    const dir = tree('ctx2', { 'keep.txt': 'k', '.dockerignore': 'keep.txt\n', '.containerignore': 'other\n' });
    const d0 = await contextDigest(dir);
    expect(d0.ignoreFile).toBe('.containerignore');
    writeFileSync(path.join(dir, 'keep.txt'), 'changed');
    expect((await contextDigest(dir)).digest).not.toBe(d0.digest);
  });
});

describe('externalImages', () => {
  it('lists bases and COPY --from images, not stages or scratch, with build args applied', () => {
    const src = 'ARG BASE=alpine:3.20\nFROM golang:1.23 AS build\nRUN go build\nFROM ${BASE}\nCOPY --from=build /out /bin/app\nCOPY --from=ghcr.io/acme/tools:1 /t /t\nFROM scratch\nCOPY --from=1 /x /x\n';
    expect(externalImages(src, {}).refs.sort()).toEqual(['alpine:3.20', 'ghcr.io/acme/tools:1', 'golang:1.23']);
    expect(externalImages(src, { BASE: 'localhost/base:2' }).refs).toContain('localhost/base:2');
  });

  it('refuses builds with inputs no local hash can see', () => {
    expect(externalImages('FROM a:1\nADD https://example.com/x.tgz /x\n', {}).uncacheable).toMatch(/line 2: ADD of a remote source/);
    expect(externalImages('FROM a:1\nADD git@github.com:o/r.git /r\n', {}).uncacheable).toMatch(/remote/);
    expect(externalImages('FROM a:1\nRUN --mount=type=bind,from=tools:1,target=/t true\n', {}).uncacheable).toMatch(/RUN --mount from image tools:1/);
    expect(externalImages('FROM ${NOPE}\n', {}).uncacheable).toMatch(/NOPE has no value/);
    expect(externalImages('FROM a:1\nCOPY --from=$X /a /a\n', {}).uncacheable).toMatch(/variable/);
    expect(externalImages('FROM --platform=linux/arm64 a:1\n', {}).uncacheable).toMatch(/line 1: FROM --platform=linux\/arm64/);
    expect(externalImages('FROM --platform=$BUILDPLATFORM a:1 AS b\nFROM b\n', {}).refs).toEqual(['a:1']);
    expect(externalImages('FROM a:1\nADD local.tar /x\n', {}).uncacheable).toBeUndefined();
  });
});

describe('buildFingerprint', () => {
  it('is stable for equal inputs and changes with each input', async () => {
    const dir = tree('fp', { Dockerfile: 'FROM a:1\nCOPY x /x\n', x: 'x' });
    const base: FingerprintInputs = {
      builder: 'buildah version 1.28.2',
      dockerfile: path.join(dir, 'Dockerfile'),
      contextDir: dir,
      buildArgs: { A: '1', B: '2' },
      platforms: [],
      labels: { 'org.opencontainers.image.revision': 'abc' },
      annotations: {},
      settings: { format: 'docker' },
      images: { 'a:1': 'sha256:' + '1'.repeat(64) },
    };
    const fp = async (over: Partial<FingerprintInputs> = {}) => (await buildFingerprint({ ...base, ...over })).digest;
    const d0 = await fp();
    expect(d0).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Key order of maps does not matter.
    expect(await fp({ buildArgs: { B: '2', A: '1' } })).toBe(d0);
    const variants: Array<Partial<FingerprintInputs>> = [
      { builder: 'buildah version 1.29.0' },
      { buildArgs: { A: '1', B: '3' } },
      { buildArgs: { A: '1', B: '2', C: '' } },
      { target: 'prod' },
      { platforms: ['linux/arm64'] },
      { labels: { 'org.opencontainers.image.revision': 'abd' } },
      { annotations: { 'org.opencontainers.image.revision': 'abc' } },
      { settings: { format: 'oci' } },
      { images: { 'a:1': 'sha256:' + '2'.repeat(64) } },
    ];
    const seen = new Set([d0]);
    for (const v of variants) seen.add(await fp(v));
    expect(seen.size).toBe(variants.length + 1);
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM a:1\nCOPY x /y\n');
    expect(await fp()).not.toBe(d0);
  });
});
