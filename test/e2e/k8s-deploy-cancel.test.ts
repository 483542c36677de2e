// actions/k8s-deploy cancelled and killed as the runner does it (SIGINT first; SIGKILL when a step
// ignores the signals), main then post, the committed bundle on Node 24 against a real kube-apiserver.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../helpers/apiserver.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runStep, startStep, type StepResult } from '../helpers/runner.js';

const available = apiServerAvailable();
const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'k8s-deploy', 'index.js'));

/** A workspace with a release of 150 ConfigMaps in `ns`, at `version`. */
function workspace(ns: string, version: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-cancel-ws-'));
  const dir = path.join(ws, 'deploy', 'dev');
  mkdirSync(dir, { recursive: true });
  const docs = [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`];
  for (let i = 0; i < 150; i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  VERSION: "${version}"\n`);
  writeFileSync(path.join(dir, 'release.yaml'), docs.join('---\n'));
  writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - release.yaml\n`);
  return ws;
}

function post(main: StepResult, ws: string, extraEnv: Record<string, string>): StepResult {
  const env: Record<string, string> = { ...extraEnv, STATE_isPost: 'true', RUNNER_TEMP: main.runnerTemp };
  for (const [k, v] of Object.entries(main.state)) env[`STATE_${k}`] = v;
  return runStep('k8s-deploy', {}, { workspace: ws, env });
}

describe.skipIf(!available || !bundle)('actions/k8s-deploy cancelled and killed (dist on Node 24, real kube-apiserver)', () => {
  let s: TestApiServer;
  let k: ReturnType<typeof kubectlAs>;
  let kubeconfigText: string;

  beforeAll(async () => {
    s = await startApiServer();
    k = kubectlAs(s);
    kubeconfigText = readFileSync(s.kubeconfig, 'utf8');
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  const env = () => ({ PORTARIUM_KUBECTL: s.kubectl, GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '900', GITHUB_REF: 'refs/heads/main' });
  const inputs = { mode: 'apply', environment: 'dev', overlay: 'deploy/dev', release: 'app', kubeconfig: '', 'required-reviewers': 'off' };
  const status = async (ns: string, revision: number) => (await k(['get', 'secret', `portarium-release.app.v${revision}`, '-n', ns, '-o', 'jsonpath={.metadata.labels.portarium-infra\\.dev/status}'])).trim();
  // A released lock has no Lease at all.
  const holder = async (ns: string) => (await k(['get', 'lease', 'portarium-release.app.lock', '-n', ns, '--ignore-not-found', '-o', 'jsonpath={.spec.holderIdentity}'])).trim();

  /** Runs main; sends `signal` once its log shows the server-side apply has started. */
  async function mainUntil(ws: string, signal: NodeJS.Signals): Promise<{ r: StepResult; afterMs: number }> {
    const step = startStep('k8s-deploy', { ...inputs, kubeconfig: kubeconfigText }, { workspace: ws, env: env() });
    let sentAt = 0;
    const poll = setInterval(() => {
      if (!sentAt && /^(kubectl apply --server-side|server-side apply of \d+ objects)/m.test(step.output())) {
        sentAt = Date.now();
        step.child.kill(signal);
      }
    }, 20);
    const r = await step.done;
    clearInterval(poll);
    expect(sentAt, r.stdout).toBeGreaterThan(0);
    return { r, afterMs: Date.now() - sentAt };
  }

  it('SIGINT (the runner cancelling a run): main stops within 7 s, records the revision as interrupted, releases the lock; post has nothing to settle', async () => {
    const ns = 'cancel-int';
    const first = runStep('k8s-deploy', { ...inputs, kubeconfig: kubeconfigText }, { workspace: workspace(ns, 'v1'), env: env() });
    expect(first.outputs['status'], first.stdout).toBe('deployed');

    const ws = workspace(ns, 'v2');
    const { r, afterMs } = await mainUntil(ws, 'SIGINT');
    expect(afterMs).toBeLessThan(7000);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/^::warning::received SIGINT: stopping the apply/m);
    expect(r.outputs['status']).toBe('interrupted');
    expect(r.outputs['failed-revision']).toBe('2');
    expect(r.stdout).toMatch(/::error file=deploy\/dev\/kustomization.yaml.*::.*cancelled by SIGINT during .*revision 2 is recorded as interrupted/);
    expect(r.summary).toContain('INTERRUPTED');
    expect(await status(ns, 2)).toBe('interrupted');
    expect(await holder(ns)).toBe('');
    expect(r.state['deploy-finished']).toBe('true');

    const p = post(r, ws, env());
    expect(p.status).toBe(0);
    expect(p.stdout).not.toContain('settling it now');
    expect(p.stdout).toContain('removed the kubeconfig');
  }, 120_000);

  it('SIGKILL of main mid-apply: post marks the pending revision interrupted and releases the lock main still held', async () => {
    const ns = 'cancel-kill';
    const first = runStep('k8s-deploy', { ...inputs, kubeconfig: kubeconfigText }, { workspace: workspace(ns, 'v1'), env: env() });
    expect(first.outputs['status'], first.stdout).toBe('deployed');

    const ws = workspace(ns, 'v2');
    const { r } = await mainUntil(ws, 'SIGKILL');
    expect(r.status).toBeNull();
    expect(r.state['deploy-finished']).toBeUndefined();
    expect(JSON.parse(r.state['deploy-revision']!)).toMatchObject({ namespace: ns, release: 'app', revision: 2 });
    expect(await status(ns, 2)).toBe('pending');
    expect(await holder(ns)).not.toBe('');

    const p = post(r, ws, env());
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/^::warning::the deploy step stopped before it finished/m);
    expect(p.stdout).toContain(`revision 2 of ${ns}/app was left pending by the deploy step: recorded as interrupted`);
    expect(p.stdout).toContain(`released the lock of ${ns}/app that the deploy step still held`);
    expect(p.stdout).toContain('removed the kubeconfig');
    expect(await status(ns, 2)).toBe('interrupted');
    expect(await holder(ns)).toBe('');

    // The next run converges without waiting for a lease to run out.
    const started = Date.now();
    const next = runStep('k8s-deploy', { ...inputs, kubeconfig: kubeconfigText }, { workspace: workspace(ns, 'v3'), env: { ...env(), GITHUB_RUN_ID: '901' } });
    expect(next.outputs['status'], next.stdout).toBe('deployed');
    expect(next.outputs['revision']).toBe('3');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(next.stdout).not.toContain('lock-taken-over');
  }, 120_000);
});
