import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidator, sharedSchemaState } from '../../../src/checks/kubernetes/engine.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { findTool } from '../../helpers/tools.js';
import { tempDir } from './temp.js';

function repo(files: Record<string, string | Buffer>): string {
  const root = tempDir('k8s-bad');
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}

const cm = (name: string, extra = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: apps\ndata:\n  a: "b"\n${extra}`;
const findings = async (root: string, opts = {}) => {
  const r = await runKustomize({ root, ...opts });
  return { r, list: r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`) };
};

describe('bad input to the kustomize pipeline', () => {
  it('a kustomization reaching outside the repository is refused on that line, nothing is built', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources:\n  - cm.yaml\n  - ../../../../../../../etc\n', 'app/cm.yaml': cm('a') });
    const { r, list } = await findings(root);
    expect(list).toEqual(['kubernetes/outside-root app/kustomization.yaml:3']);
    expect(r.overlays.map((o) => o.status)).toEqual(['refused']);
  });

  it('a remote base is refused unless allowed', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources:\n  - cm.yaml\ncomponents:\n  - https://github.com/org/repo//components/x?ref=v1\n', 'app/cm.yaml': cm('a') });
    expect((await findings(root)).list).toEqual(['kubernetes/remote-base app/kustomization.yaml:4']);
  });

  it('malformed YAML in a base is one build failure, on the base file', async () => {
    const root = repo({
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {x: [}\n',
      'app/kustomization.yaml': 'resources: [../base]\n',
    });
    const { r, list } = await findings(root);
    expect(list).toEqual(['kubernetes/build-failed base/cm.yaml:5']);
    expect(r.overlays[0]!.status).toBe('build-failed');
  });

  it('a resource without kind fails the build, pointing at its file', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [cm.yaml]\n', 'app/cm.yaml': 'apiVersion: v1\nmetadata:\n  name: a\n' });
    const { r, list } = await findings(root);
    expect(list).toContain('kubernetes/build-failed app/cm.yaml:1');
    expect(r.findings.find((f) => f.file === 'app/cm.yaml')!.message).toMatch(/missing kind/);
  });

  it('duplicate resources fail the build, naming the second file', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n', 'app/a.yaml': cm('same'), 'app/b.yaml': cm('same') });
    const { r, list } = await findings(root);
    expect(list).toContain('kubernetes/build-failed app/b.yaml:1');
    expect(r.findings.find((f) => f.file === 'app/b.yaml')!.message).toMatch(/already registered id/);
  });

  it('a file that is not UTF-8 fails the build on the line of the bad byte', async () => {
    const root = repo({
      'app/kustomization.yaml': 'resources: [cm.yaml]\n',
      // line 7 holds a Latin-1 é (0xE9)
      'app/cm.yaml': Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: apps\ndata:\n  a: "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]),
    });
    const { r, list } = await findings(root);
    expect(list, JSON.stringify(r.findings)).toContain('kubernetes/build-failed app/cm.yaml:7');
  });

  it('a build output above the size limit is a finding, not a crash', async () => {
    const big = Array.from({ length: 40 }, (_, i) => cm(`c${i}`, `  big: "${'x'.repeat(30_000)}"\n`)).join('---\n');
    const root = repo({ 'app/kustomization.yaml': 'resources: [cms.yaml]\n', 'app/cms.yaml': big });
    const { r } = await findings(root, { maxManifestBytes: 512 * 1024 });
    expect(r.overlays[0]!.status).toBe('build-failed');
    expect(r.findings[0]!.message).toMatch(/larger than/);
    const ok = await runKustomize({ root });
    expect(ok.overlays[0]).toMatchObject({ status: 'passed', resources: 40 });
  }, 60_000);
});

describe('bad input to the validators', () => {
  const shared = sharedSchemaState({ cacheDir: false });
  const opts = { kubernetesVersion: '1.37.0', strict: true, baseDir: os.tmpdir(), shared, http: { cacheDir: false as const } };

  it('validates a 50 MB manifest stream', async () => {
    const doc = (i: number) => cm(`c${i}`, `  payload: "${'y'.repeat(100_000)}"\n`);
    const docs = Array.from({ length: 500 }, (_, i) => doc(i));
    const root = repo({ 'big.yaml': docs.join('---\n') + '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: bad}\ndata: {n: 1}\n' });
    const v = await createValidator({ ...opts, baseDir: root });
    const started = Date.now();
    const results = await v.validateFiles(['big.yaml']);
    expect(results.length).toBe(501);
    expect(results.filter((r) => r.status === 'valid').length).toBe(500);
    expect(results[500]).toMatchObject({ name: 'bad', status: 'invalid' });
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a file that is not UTF-8 is an error for its document only, like kubeconform', async () => {
    const root = repo({ 'mixed.yaml': Buffer.concat([Buffer.from(cm('good') + '---\n' + cm('bad').replace('a: "b"', 'a: "')), Buffer.from([0xff, 0x22, 0x0a])]) });
    const v = await createValidator({ ...opts, baseDir: root });
    const results = await v.validateFiles(['mixed.yaml']);
    expect(results.map((r) => r.status)).toEqual(['valid', 'error']);
    const kubeconform = findTool('kubeconform');
    if (kubeconform) {
      const real = await createValidator({ ...opts, baseDir: root, engine: 'kubeconform', kubeconformPath: kubeconform });
      expect((await real.validateFiles(['mixed.yaml'])).map((r) => r.status).sort()).toEqual(['error', 'valid']);
    }
  });
});
