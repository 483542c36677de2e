// `portarium-infra deploy` as a user runs it: the committed CLI bundle on Node 24 against a real
// kube-apiserver (scripts/k8s-test-server.sh), with the test playing the missing controllers.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../helpers/apiserver.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/runner.js';
import { node24 } from '../helpers/tools.js';
import { WorkloadController } from '../integration/deploy/workload-controller.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'deploy', 'app');
const REPO = '127.0.0.1:5000/portarium/web';
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const NS = 'e2e-cli';

/** A project directory with overlays/dev (the fixture app in NS). */
function project(): { dir: string; overlay: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pia-cli-deploy-'));
  const overlay = path.join(dir, 'overlays', 'dev');
  mkdirSync(overlay, { recursive: true });
  writeFileSync(path.join(overlay, 'namespace.yaml'), `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${NS}\n`);
  // The app inside the project: the render refuses paths outside the repository.
  cpSync(FIXTURE, path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(overlay, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${NS}\nresources:\n  - namespace.yaml\n  - ../../app\n`);
  return { dir, overlay };
}

/**
 * The CLI bundle on Node 24 without blocking this process: the test's workload controller must keep
 * answering while `deploy apply` waits for the rollout.
 */
function runCliAsync(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [path.join(REPO_ROOT, 'bin', 'portarium-infra.js'), ...args], { cwd: opts.cwd, env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'cli', 'index.cjs'));

describe('portarium-infra deploy: usage and refusals (no cluster needed)', () => {
  it.skipIf(!bundle)('needs a mode, refuses an unknown environment and a branch for prod with exit 2 and one line', () => {
    const { dir } = project();
    const noMode = runCli(['deploy', '--overlay', 'overlays/dev'], { cwd: dir });
    expect(noMode.status).toBe(2);
    expect(noMode.stderr).toBe('portarium-infra: deploy needs a mode: plan, apply or rollback (got "")\n');
    const env = runCli(['deploy', 'plan', '--overlay', 'overlays/dev', '--environment', 'qa', '--kubeconfig', '/nonexistent'], { cwd: dir });
    expect(env.status).toBe(2);
    expect(env.stderr).toBe('portarium-infra: environment "qa" is not allowed; expected one of: dev, staging, prod\n');
    const prod = runCli(['deploy', 'apply', '--overlay', 'overlays/dev', '--environment', 'prod', '--ref', 'refs/heads/feature'], { cwd: dir });
    expect(prod.status).toBe(2);
    expect(prod.stderr).toMatch(/^portarium-infra: ref "refs\/heads\/feature" may not be deployed to prod: only tags v\*/);
    const unnamed = runCli(['deploy', 'plan', '--overlay', FIXTURE], { cwd: dir });
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr).toMatch(/pass --environment \(dev, staging, prod\); it cannot be taken from the overlay name "app"/);
  });
});

const available = apiServerAvailable();

describe.skipIf(!available || !bundle)('portarium-infra deploy against a real Kubernetes API server (CLI bundle on Node 24)', () => {
  let s: TestApiServer;
  let ctl: WorkloadController;
  const { dir } = project();
  beforeAll(async () => {
    s = await startApiServer();
    ctl = new WorkloadController(kubectlAs(s), NS).start();
  }, 180_000);
  afterAll(async () => {
    await ctl?.stop();
    await s?.stop();
  });
  const cli = (args: string[]) =>
    runCliAsync(['deploy', ...args, '--kubeconfig', s.kubeconfig, '--context', s.context], { cwd: dir, env: { PORTARIUM_KUBECTL: s.kubectl } });

  it('plan prints what would change and writes the plan; apply deploys it; a second plan shows only the image bump', async () => {
    const planFile = path.join(dir, 'approved.json');
    const p = await cli(['plan', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@${A}`, '--plan-file', planFile, '--diff']);
    expect(p.status, p.stdout + p.stderr).toBe(0);
    // environment dev taken from the overlay directory's name
    expect(p.stdout).toContain(`deploy plan dev: planned revision 1 (${NS}/web on ${s.server} ${s.version})`);
    expect(p.stdout).toContain('  4 to create, 0 to change, 0 to prune, 0 unchanged');
    expect(p.stdout).toContain(`  + ${NS}/deployment.apps/web`);
    expect(p.stdout).toContain(`  image ${NS}/deployment.apps/web web: ${REPO}@${A}`);
    expect(p.stdout).toContain(`+        image: ${REPO}@${A}`);
    expect(JSON.parse(readFileSync(planFile, 'utf8'))).toMatchObject({ environment: 'dev', namespace: NS, release: 'web', nextRevision: 1 });

    const a = await cli(['apply', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@${A}`, '--plan-file', planFile, '--timeout', '60s']);
    expect(a.status, a.stdout + a.stderr).toBe(0);
    expect(a.stdout).toContain('deploy apply dev: deployed revision 1');
    expect(a.stdout).toContain('  4 created, 0 changed, 0 pruned, 0 unchanged');

    const j = await cli(['plan', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@${B}`, '--format', 'json']);
    expect(j.status, j.stderr).toBe(0);
    const out = JSON.parse(j.stdout) as { checks: Array<{ name: string; status: string; stats: Record<string, number> }>; findings: unknown[] };
    expect(out.checks).toEqual([expect.objectContaining({ name: 'deploy', stats: expect.objectContaining({ create: 0, change: 1, prune: 0, unchanged: 3 }) })]);
    expect(out.findings).toEqual([]);
  }, 120_000);

  it('apply refuses manifests that differ from the approved plan (exit 1, nothing changed); rollback restores the previous revision', async () => {
    const planFile = path.join(dir, 'approved-b.json');
    expect((await cli(['plan', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@${B}`, '--plan-file', planFile])).status).toBe(0);
    const wrong = await cli(['apply', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@sha256:${'c'.repeat(64)}`, '--plan-file', planFile]);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toMatch(/deploy\/plan-mismatch/);
    const ok = await cli(['apply', '--overlay', 'overlays/dev', '--release', 'web', '--images', `${REPO}@${B}`, '--plan-file', planFile, '--timeout', '60s']);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('deploy apply dev: deployed revision 2');

    // rollback finds release and namespace from the overlay
    const rb = await cli(['rollback', '--overlay', 'overlays/dev', '--release', 'web', '--timeout', '60s']);
    expect(rb.status, rb.stdout + rb.stderr).toBe(0);
    expect(rb.stdout).toContain('deploy rollback dev: rolled-back revision 3');
    expect(rb.stdout).toMatch(/rollback: rollback requested from revision 2; re-applied revision 1 .*as revision 3/);
    const live = JSON.parse(await kubectlAs(s)(['get', 'deployment', 'web', '-n', NS, '-o', 'json'])) as { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    expect(live.spec.template.spec.containers[0]!.image).toBe(`${REPO}@${A}`);
  }, 180_000);

  it('expired credentials: exit 1 with the server address and no credentials', () => {
    const r = runCli(['deploy', 'plan', '--overlay', 'overlays/dev', '--kubeconfig', s.expiredKubeconfig, '--context', s.expiredContext], { cwd: dir, env: { PORTARIUM_KUBECTL: s.kubectl } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`error the API server at ${s.server.replace(/[.]/g, '\\.')} rejected the credentials .*deploy/unauthorized`));
    const key = /client-key-data: (\S+)/.exec(readFileSync(s.expiredKubeconfig, 'utf8'))![1]!;
    expect(r.stdout + r.stderr).not.toContain(key);
  });
});
