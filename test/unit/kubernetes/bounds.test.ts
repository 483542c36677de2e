import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKustomization, memoryLimited } from '../../../src/checks/kubernetes/build.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { aliasStats, excessive } from '../../../src/checks/kubernetes/input-bounds.js';
import { parseBuildOutput } from '../../../src/checks/kubernetes/manifests.js';
import { locateKustomize } from '../../../src/tools/kustomize.js';
import { tempDir } from './temp.js';

function repo(files: Record<string, string>): string {
  const root = tempDir('k8s-bounds');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const K = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: apps\n';
const show = (r: Awaited<ReturnType<typeof runKustomize>>) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

export const BOMB = `apiVersion: v1
kind: ConfigMap
metadata:
  name: bomb
data:
  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

describe('API server size limits, at the line of the source', () => {
  const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${data}`;

  it('ConfigMap data over 1 MiB: a finding at data:, exactly 1 MiB passes', async () => {
    const root = repo({
      'over/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'over/cm.yaml': cm(`  a: ${'x'.repeat(524_288)}\n  b: ${'y'.repeat(524_289)}\n`),
      'exact/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'exact/cm.yaml': cm(`  a: ${'x'.repeat(524_288)}\n  b: ${'y'.repeat(524_288)}\n`),
    });
    const r = await runKustomize({ root });
    expect(show(r)).toEqual(['kubernetes/configmap-too-large over/cm.yaml:5']);
    expect(r.findings[0]!.message).toContain('1048577 bytes');
    expect(r.overlays.find((o) => o.path === 'over')!.status).toBe('failed');
    expect(r.overlays.find((o) => o.path === 'exact')!.status).toBe('passed');
  }, 60_000);

  it('binaryData counts decoded bytes', async () => {
    const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
    const root = repo({
      'a/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'a/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bin\nbinaryData:\n  blob: ${b64(1_048_576)}\n`,
      'b/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'b/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bin\nbinaryData:\n  blob: ${b64(1_048_577)}\n`,
    });
    expect(show(await runKustomize({ root }))).toEqual(['kubernetes/configmap-too-large b/cm.yaml:5']);
  }, 60_000);

  it('Secret data decoded plus stringData over 1 MiB; a key in both counts once', async () => {
    const half = Buffer.alloc(600_000, 1).toString('base64');
    const root = repo({
      'a/kustomization.yaml': `${K}resources: [s.yaml]\n`,
      'a/s.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  k1: ${half}\nstringData:\n  k2: ${'z'.repeat(600_000)}\n`,
      'b/kustomization.yaml': `${K}resources: [s.yaml]\n`,
      'b/s.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  k1: ${half}\nstringData:\n  k1: ${'z'.repeat(600_000)}\n`,
    });
    expect(show(await runKustomize({ root })).filter((f) => !f.startsWith('kubernetes/secret-committed'))).toEqual(['kubernetes/secret-too-large a/s.yaml:5']);
  }, 60_000);

  it('annotations over 256 KiB (keys and values) at metadata.annotations', async () => {
    const root = repo({
      'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`,
      'app/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    k: ${'v'.repeat(262_144)}\ndata: {}\n`,
    });
    const r = await runKustomize({ root });
    expect(show(r)).toEqual(['kubernetes/annotations-too-large app/cm.yaml:5']);
    expect(r.findings[0]!.message).toContain('262145 bytes');
  }, 60_000);

  it('any object over 1.5 MiB as JSON: object-too-large at its kind line', async () => {
    const containers = Array.from({ length: 40 }, (_, i) => `      - name: c${i}\n        image: nginx:1.27\n        resources: {requests: {cpu: 1m}, limits: {cpu: 1m}}\n        args: ["${'a'.repeat(40_000)}"]\n`).join('');
    const root = repo({
      'app/kustomization.yaml': `${K}resources: [d.yaml]\n`,
      'app/d.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n${containers}`,
    });
    const r = await runKustomize({ root });
    expect(show(r)).toEqual(['kubernetes/object-too-large app/d.yaml:2']);
  }, 60_000);
});

describe('bounded inputs: decided on the files, before kustomize runs', () => {
  it('counts alias expansion in linear time and flags a billion-laughs document', () => {
    const t0 = performance.now();
    const { docs } = aliasStats(BOMB);
    expect(docs[0]!.decoded).toBeGreaterThan(9 ** 9);
    expect(excessive(docs[0]!)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
    // Ordinary anchors (a shared block reused a few times) are not a bomb.
    const ok = aliasStats('base: &b {a: 1, b: [1, 2, 3]}\nx: *b\ny: *b\nz: *b\n').docs[0]!;
    // root map, four keys, the anchored map (8 nodes) written once and reached three times through aliases
    expect(ok.decoded).toBe(1 + 4 + 8 * 4);
    expect(excessive(ok)).toBe(false);
  });

  it('a deep document does not overflow the stack', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(() => aliasStats(deep)).not.toThrow();
  });

  it('an alias bomb is refused at the line of the alias that expands most, without running kustomize', async () => {
    const root = repo({ 'app/kustomization.yaml': `${K}resources: [bomb.yaml, ok.yaml]\n`, 'app/bomb.yaml': BOMB, 'app/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n' });
    const t0 = performance.now();
    const r = await runKustomize({ root });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual(['kubernetes/excessive-aliasing app/bomb.yaml:14:10']);
    expect(r.overlays[0]!.status).toBe('refused');
  }, 60_000);

  it('a bomb in a patch file is refused too', async () => {
    const root = repo({
      'app/kustomization.yaml': `${K}resources: [ok.yaml]\npatches:\n  - path: patch.yaml\n`,
      'app/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\n',
      'app/patch.yaml': BOMB,
    });
    expect(show(await runKustomize({ root }))).toEqual(['kubernetes/excessive-aliasing app/patch.yaml:14']);
  }, 60_000);

  it('an alias bomb in a kustomization file is a finding, not an internal error', async () => {
    const bomb = BOMB.split('\n').slice(5).join('\n');
    const root = repo({ 'app/kustomization.yaml': `${K}resources: []\nsortOptions:\n  order: legacy\nx-bomb:\n${bomb}` });
    const r = await runKustomize({ root });
    expect(r.findings.map((f) => f.rule)).toEqual(['kubernetes/build-failed']);
    expect(r.overlays[0]!.status).toBe('refused');
  }, 60_000);

  it('a file over the size limit is a finding at the entry that names it; the overlay is not built', async () => {
    const root = repo({
      'app/kustomization.yaml': `${K}resources:\n  - small.yaml\n  - big.yaml\nconfigMapGenerator:\n  - name: g\n    files: [blob.txt]\n`,
      'app/small.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\n',
      'app/big.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n  a: ${'x'.repeat(5000)}\n`,
      'app/blob.txt': 'y'.repeat(5000),
    });
    const r = await runKustomize({ root, maxFileBytes: 4096 });
    expect(show(r)).toEqual(['kubernetes/file-too-large app/kustomization.yaml:6', 'kubernetes/file-too-large app/kustomization.yaml:9']);
    expect(r.overlays[0]!.status).toBe('refused');
  }, 60_000);

  it('a rendered document too large to decode is identified from its text and blamed on its source', () => {
    const text = `apiVersion: v1\ndata:\n  a: ${'x'.repeat(2000)}\nkind: ConfigMap\nmetadata:\n  annotations:\n    config.kubernetes.io/origin: |\n      path: ../app/cm.yaml\n  name: huge\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: small\n`;
    const p = parseBuildOutput(text, '/w/wrap', 1000);
    expect(p.resources.map((r) => r.name)).toEqual(['small']);
    expect(p.oversized).toHaveLength(1);
    expect(p.oversized[0]).toMatchObject({ kind: 'ConfigMap', name: 'huge', origin: { path: '/w/app/cm.yaml' } });
    expect(p.oversized[0]!.message).toMatch(/more than the 0\.0 MiB this check decodes, so it was not validated/);
  });
});

describe('kustomize runs under a memory limit and within the deadline', () => {
  it('applies the address-space limit through prlimit or the shell, arguments never spliced', () => {
    const bytes = 512 * 1024 * 1024;
    for (const prlimit of ['/usr/bin/prlimit', undefined]) {
      if (prlimit && spawnSync(prlimit, ['--version']).status !== 0) continue;
      const [bin, argv] = memoryLimited('/bin/sh', ['-c', 'ulimit -v; echo "$0"', '$(touch /tmp/never)'], bytes, prlimit);
      const r = spawnSync(bin, argv, { encoding: 'utf8' });
      expect(r.stdout.split('\n').slice(0, 2)).toEqual([String(bytes / 1024), '$(touch /tmp/never)']);
    }
  });

  it('kustomize past its memory limit fails with a clear message', async () => {
    const kustomize = await locateKustomize();
    if (!kustomize) throw new Error('kubectl or kustomize is needed');
    const root = repo({ 'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`, 'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const b = await buildKustomization(kustomize, path.join(root, 'app'), { memoryBytes: 200 * 1024 * 1024 });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.message).toMatch(/kustomize ran out of memory \(limit 200 MiB/);
  }, 60_000);

  it('a kustomize that never ends is stopped at the deadline with a finding', async () => {
    const root = repo({ 'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`, 'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const hang = path.join(root, 'hang.sh');
    // A child that keeps the pipes open: killing only the shell would leave the build waiting.
    writeFileSync(hang, '#!/bin/sh\nsleep 60 &\nsleep 60\n');
    chmodSync(hang, 0o755);
    const t0 = performance.now();
    const r = await runKustomize({ root, timeoutMs: 1500, kustomize: { kind: 'kustomize', path: hang, args: ['build'], version: 'v0' } });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(8000);
    expect(show(r)).toEqual(['kubernetes/deadline-exceeded app/kustomization.yaml:1']);
    expect(r.overlays.map((o) => o.status)).toEqual(['timed-out']);
  }, 30_000);

  it('a kubeconform that never answers (a schema location that hangs) is stopped at the deadline', async () => {
    const root = repo({ 'app/kustomization.yaml': `${K}resources: [cm.yaml]\n`, 'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const fake = path.join(root, 'kubeconform');
    writeFileSync(fake, '#!/bin/sh\n[ "$1" = "-v" ] && { echo v0.7.0; exit 0; }\nexec sleep 60\n');
    chmodSync(fake, 0o755);
    const t0 = performance.now();
    const r = await runKustomize({ root, engine: 'kubeconform', kubeconformPath: fake, timeoutMs: 4000 });
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(show(r)).toEqual(['kubernetes/deadline-exceeded app/kustomization.yaml:1']);
    expect(r.overlays.map((o) => o.status)).toEqual(['timed-out']);
  }, 30_000);

  it('a schema location that answers slowly for every kind is cut off at the deadline (builtin engine)', async () => {
    const kinds = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'];
    const root = repo({
      'app/kustomization.yaml': `${K}resources: [w.yaml]\n`,
      'app/w.yaml': kinds.map((k) => `apiVersion: example.com/v1\nkind: ${k}\nmetadata: {name: a}\n`).join('---\n'),
    });
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      setTimeout(() => res.writeHead(404).end(), 1000);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{{ .ResourceKind }}.json`;
      const t0 = performance.now();
      const r = await runKustomize({ root, schemaLocations: [url], timeoutMs: 3000, schemaCache: { dir: tempDir('schema-cache') } });
      expect(performance.now() - t0).toBeLessThan(7000);
      expect(requests).toBeLessThan(kinds.length);
      expect(show(r)).toEqual(['kubernetes/deadline-exceeded app/kustomization.yaml:1']);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 30_000);
});

