// The deploy's render has the validation's refusals, decided before kustomize runs, and the
// validation's bounds on the build. Real kustomize (kubectl kustomize), a real HTTP server on
// 127.0.0.1 that counts the requests a refused overlay must never make.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, render, RenderFailed } from '../../../src/deploy/index.js';
import { EXAMPLE } from '../../helpers/paths.js';

const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-remote\n  namespace: app\ndata:\n  A: "1"\n';

/** A repository root with files at the given relative paths. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pia-render-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const kustomization = (...lines: string[]) => ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', ...lines].join('\n') + '\n';

/** A ConfigMap whose YAML aliases expand 10^levels times (a "billion laughs" document). */
function aliasBomb(levels: number): string {
  const out = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', '  namespace: app', '  annotations:', `    x: &a0 "${'x'.repeat(64)}"`];
  out.push(`l0: &l0 [${Array(10).fill('*a0').join(', ')}]`);
  for (let i = 1; i < levels; i++) out.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return out.join('\n') + '\n';
}

async function refusal(p: Promise<unknown>): Promise<RenderFailed> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(RenderFailed);
  return e as RenderFailed;
}

describe('deploy render safety (real kustomize)', () => {
  let server: Server;
  let url: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end(CONFIGMAP);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const remoteRepo = () =>
    repo({
      'overlays/dev/kustomization.yaml': kustomization('namespace: app', 'resources:', '  - local.yaml', `  - ${url}/x.yaml`),
      'overlays/dev/local.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n',
    });

  it('refuses a remote resource before kustomize runs: the URL gets no request, render and plan name file and line', async () => {
    hits.length = 0;
    const root = remoteRepo();
    const overlay = path.join(root, 'overlays/dev');
    const e = await refusal(render({ overlay, root }));
    expect(e.findings.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([['deploy/remote-resource', 'overlays/dev/kustomization.yaml', 6, 5]]);
    expect(e.findings[0]!.message).toContain(`${url}/x.yaml is remote`);

    // plan stops at the same finding, before any cluster is looked at (this kubeconfig does not exist).
    const p = await plan({ environment: 'dev', ref: 'refs/heads/main', overlay, root, kubeconfig: path.join(root, 'no-kubeconfig') });
    expect(p.status).toBe('failed');
    expect(p.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['deploy/remote-resource overlays/dev/kustomization.yaml:6']);
    expect(hits).toEqual([]);
  });

  it('fetches the same URL when remote resources are allowed (the server is reachable: the zero above is meaningful)', async () => {
    hits.length = 0;
    const root = remoteRepo();
    const r = await render({ overlay: path.join(root, 'overlays/dev'), root, allowRemoteResources: true });
    expect(r.objects.map((o) => o.metadata.name).sort()).toEqual(['from-remote', 'local']);
    expect(hits).toEqual(['/x.yaml']);
  });

  it('refuses a remote resource in a base the overlay reaches, at the base line', async () => {
    hits.length = 0;
    const root = repo({
      'base/kustomization.yaml': kustomization('resources:', '  - cm.yaml', `  - ${url}/base.yaml`),
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base\n',
      'overlays/prod/kustomization.yaml': kustomization('namespace: app', 'resources:', '  - ../../base'),
    });
    const e = await refusal(render({ overlay: path.join(root, 'overlays/prod'), root }));
    expect(e.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['deploy/remote-resource base/kustomization.yaml:5']);
    expect(hits).toEqual([]);
  });

  it('refuses a git remote base (kustomize would clone it)', async () => {
    const root = repo({ 'overlays/dev/kustomization.yaml': kustomization('resources:', '  - https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v3.3.1') });
    const e = await refusal(render({ overlay: path.join(root, 'overlays/dev'), root }));
    expect(e.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['deploy/remote-resource 4']);
  });

  it('refuses a base outside the repository, also through a symlink, though kustomize would build both', async () => {
    const outside = repo({
      'kustomization.yaml': kustomization('resources:', '  - secret.yaml'),
      'secret.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\n',
    });
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-render-root-'));
    mkdirSync(path.join(root, 'overlays', 'dev'), { recursive: true });
    const rel = path.relative(path.join(root, 'overlays', 'dev'), outside);
    writeFileSync(path.join(root, 'overlays/dev/kustomization.yaml'), kustomization('namespace: app', 'resources:', `  - ${rel}`));
    const e = await refusal(render({ overlay: path.join(root, 'overlays/dev'), root }));
    // The overlay's entry, then (as the validation reports them) the outside kustomization's own entries.
    expect(e.findings[0]).toMatchObject({ rule: 'deploy/outside-root', file: 'overlays/dev/kustomization.yaml', line: 5, column: 5 });
    expect(new Set(e.findings.map((f) => f.rule))).toEqual(new Set(['deploy/outside-root']));
    expect(e.findings[0]!.message).toContain(`${rel} resolves outside the repository`);
    // The same overlay renders when the repository is widened to include it: the refusal is ours, not kustomize's.
    const wide = await render({ overlay: path.join(root, 'overlays/dev'), root: path.dirname(root) });
    expect(wide.objects.map((o) => o.metadata.name)).toEqual(['outside']);

    symlinkSync(outside, path.join(root, 'overlays', 'linked'));
    writeFileSync(path.join(root, 'overlays/dev/kustomization.yaml'), kustomization('namespace: app', 'resources:', '  - ../linked'));
    const viaLink = await refusal(render({ overlay: path.join(root, 'overlays/dev'), root }));
    expect(viaLink.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toContain('deploy/outside-root overlays/dev/kustomization.yaml:5');
  });

  it.each(['dev', 'staging', 'prod'])('renders the example %s overlay with the example as the repository (nothing refused)', async (env) => {
    const r = await render({ overlay: path.join(EXAMPLE, 'infra/kubernetes/overlays', env), root: EXAMPLE });
    expect(r.overlayFile).toBe(`infra/kubernetes/overlays/${env}/kustomization.yaml`);
    expect(r.objects.length).toBeGreaterThan(5);
  });

  it('refuses a generator file outside the repository (a runner file copied into a ConfigMap)', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pia-render-secret-'));
    writeFileSync(path.join(outside, 'token'), 'not-for-the-cluster\n');
    const root = mkdtempSync(path.join(os.tmpdir(), 'pia-render-root-'));
    mkdirSync(path.join(root, 'overlays', 'dev'), { recursive: true });
    const rel = path.relative(path.join(root, 'overlays', 'dev'), path.join(outside, 'token'));
    writeFileSync(path.join(root, 'overlays/dev/kustomization.yaml'), kustomization('namespace: app', 'configMapGenerator:', '  - name: leak', '    files:', `      - token=${rel}`));
    const e = await refusal(render({ overlay: path.join(root, 'overlays/dev'), root }));
    expect(e.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['deploy/outside-root overlays/dev/kustomization.yaml:7']);
    expect(e.message).not.toContain('not-for-the-cluster');
  });

  it('stops a build whose output passes the cap, with a render-limit finding', async () => {
    const root = repo({ 'overlays/dev/kustomization.yaml': kustomization('resources:', '  - bomb.yaml'), 'overlays/dev/bomb.yaml': aliasBomb(4) });
    const overlay = path.join(root, 'overlays/dev');
    const e = await refusal(render({ overlay, root, maxRenderBytes: 256 * 1024 }));
    expect(e.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(['deploy/render-limit overlays/dev/kustomization.yaml']);
    expect(e.findings[0]!.message).toMatch(/larger than 262144 bytes/);
    // Without the low cap the same overlay renders (~800 KB): the cap, not an error, stopped it.
    expect((await render({ overlay, root })).yaml.length).toBeGreaterThan(256 * 1024);
  });

  it('stops an alias bomb at the timeout instead of running for minutes', async () => {
    const root = repo({ 'overlays/dev/kustomization.yaml': kustomization('resources:', '  - bomb.yaml'), 'overlays/dev/bomb.yaml': aliasBomb(7) });
    const started = Date.now();
    const e = await refusal(render({ overlay: path.join(root, 'overlays/dev'), root, renderTimeoutMs: 1500 }));
    const elapsed = Date.now() - started;
    expect(e.findings.map((f) => f.rule)).toEqual(['deploy/render-limit']);
    expect(e.findings[0]!.message).toMatch(/did not finish within 2s/);
    expect(elapsed).toBeLessThan(6000);
  }, 20_000);
});
