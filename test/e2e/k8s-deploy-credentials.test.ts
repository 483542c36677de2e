// actions/k8s-deploy as the runner runs it (the bundle on Node 24, main then post) with a kubeconfig
// whose server and proxy-url carry `user:password@`. No API server is needed: the server is a closed
// port, so the plan fails the way an unreachable cluster does, through every output channel. The
// sentinels must appear in none of them: stdout (but for the runner's own ::add-mask:: commands),
// stderr, the job summary, the outputs, and any file left in RUNNER_TEMP after the post step.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/tools/kustomize.js';
import { apiServerAvailable, startApiServer, type TestApiServer } from '../helpers/apiserver.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runStep, type StepResult } from '../helpers/runner.js';

const SENTINELS = ['sentineluser', 'sentinelpass', 'proxysentineluser', 'proxysentinelpass'];

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'pia-cred-ws-'));
  const dir = path.join(ws, 'deploy', 'dev');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: cred\ndata:\n  A: "1"\n');
  writeFileSync(path.join(dir, 'kustomization.yaml'), 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cm.yaml\n');
  return ws;
}

function kubeconfig(port: number, proxyPort: number): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'current-context: c',
    'contexts:',
    '- name: c',
    '  context: {cluster: k, user: u}',
    'clusters:',
    '- name: k',
    '  cluster:',
    `    server: https://sentineluser:sentinelpass@127.0.0.1:${port}`,
    `    proxy-url: http://proxysentineluser:proxysentinelpass@127.0.0.1:${proxyPort}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    '- name: u',
    '  user: {token: e2e-token-0123456789}',
    '',
  ].join('\n');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

/** Every channel a step writes to, but for the ::add-mask:: commands that do the masking. */
function channels(main: StepResult, post: StepResult): Record<string, string> {
  const visible = (r: StepResult) => r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  const out: Record<string, string> = {
    'main stdout': visible(main),
    'main stderr': main.stderr,
    'post stdout': visible(post),
    'post stderr': post.stderr,
    summary: main.summary + post.summary,
    outputs: JSON.stringify(main.outputs),
  };
  for (const f of filesUnder(main.runnerTemp)) out[`file ${path.relative(main.runnerTemp, f)}`] = readFileSync(f, 'utf8');
  return out;
}

const kubectl = findOnPath('kubectl');
const bundle = existsSync(path.join(REPO_ROOT, 'dist', 'k8s-deploy', 'index.js'));

describe.skipIf(!bundle)('actions/k8s-deploy never prints URL credentials of the kubeconfig (dist on Node 24)', () => {
  let port: number;
  let proxyPort: number;
  const ws = workspace();
  // kubectl at -v=6 prints request URLs (client-go keeps the user name: https://sentineluser:***@…).
  const verbose = path.join(ws, 'kubectl-v6.sh');

  beforeAll(async () => {
    port = await closedPort();
    proxyPort = await closedPort();
    writeFileSync(verbose, `#!/bin/sh\nexec '${kubectl}' -v=6 "$@"\n`);
    chmodSync(verbose, 0o755);
  });

  const step = (kubectlPath: string) => {
    const env = { PORTARIUM_KUBECTL: kubectlPath, GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '778', GITHUB_REF: 'refs/heads/main' };
    const main = runStep('k8s-deploy', { mode: 'plan', environment: 'dev', overlay: 'deploy/dev', kubeconfig: kubeconfig(port, proxyPort), token: 'ghs_e2e' }, { workspace: ws, env });
    const postEnv: Record<string, string> = { ...env, STATE_isPost: 'true', RUNNER_TEMP: main.runnerTemp };
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    const post = runStep('k8s-deploy', {}, { workspace: ws, env: postEnv });
    return { main, post };
  };

  it.each([
    ['kubectl', () => kubectl!],
    ['kubectl -v=6', () => verbose],
  ])('%s: the plan fails as unreachable, and no channel carries the userinfo', (_name, which) => {
    expect(kubectl, 'kubectl on PATH').toBeTruthy();
    const { main, post } = step(which());
    expect(main.status, main.stdout + main.stderr).toBe(1);
    expect(main.stdout).toMatch(/^::error .*deploy\/cluster-unreachable/m);
    // The address is still shown, with the userinfo replaced.
    expect(main.stdout).toContain(`cluster: https://***@127.0.0.1:${port} (context c)`);
    expect(main.outputs['server']).toBe(`https://***@127.0.0.1:${port}`);
    // Masked for the log as well, before anything parsed the kubeconfig.
    for (const s of ['sentineluser:sentinelpass', 'sentinelpass', 'proxysentineluser:proxysentinelpass']) expect(main.stdout).toContain(`::add-mask::${s}`);
    expect(post.status, post.stdout).toBe(0);
    const leaked = Object.entries(channels(main, post)).flatMap(([where, text]) => SENTINELS.filter((s) => text.includes(s)).map((s) => `${s} in ${where}`));
    expect(leaked).toEqual([]);
    // The written kubeconfig (the only file that held them) is gone after post.
    const file = main.state['kubeconfig-file']!;
    expect(file.startsWith(main.runnerTemp)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(statSync(main.runnerTemp).isDirectory()).toBe(true);
  }, 120_000);
});

describe.skipIf(!bundle || !apiServerAvailable())('a reachable server with userinfo in its URL (dist on Node 24, real kube-apiserver)', () => {
  let s: TestApiServer;
  beforeAll(async () => {
    s = await startApiServer();
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('plans, and the plan file, diff, summary, outputs and log carry the redacted address only', () => {
    const ws = workspace();
    const withUserinfo = readFileSync(s.kubeconfig, 'utf8').split(s.server).join(s.server.replace('https://', 'https://sentineluser:sentinelpass@'));
    expect(withUserinfo).toContain('sentinelpass@');
    const env = { PORTARIUM_KUBECTL: s.kubectl, GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '779', GITHUB_REF: 'refs/heads/main' };
    const main = runStep('k8s-deploy', { mode: 'plan', environment: 'dev', overlay: 'deploy/dev', kubeconfig: withUserinfo, context: s.context, token: 'ghs_e2e' }, { workspace: ws, env });
    expect(main.status, main.stdout + main.stderr).toBe(0);
    expect(main.outputs['status']).toBe('planned');
    const redacted = s.server.replace('https://', 'https://***@');
    expect(main.outputs['server']).toBe(redacted);
    const planDoc = JSON.parse(readFileSync(main.outputs['plan-file']!, 'utf8')) as { server: string };
    expect(planDoc.server).toBe(redacted);
    // Markdown-escaped in the summary table; it renders as the redacted address.
    // markdown escapes the stars and puts a zero-width space after @ (no mention can be formed)
    expect(main.summary).toContain(`| API server | ${redacted.replace(/\*/g, '\\*').replace('@', '@\u200b')} (`);
    const postEnv: Record<string, string> = { ...env, STATE_isPost: 'true', RUNNER_TEMP: main.runnerTemp };
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    const post = runStep('k8s-deploy', {}, { workspace: ws, env: postEnv });
    expect(post.status, post.stdout).toBe(0);
    const all = channels(main, post);
    // The plan and diff files are still there after post (the artifact upload reads them): checked too.
    expect(Object.keys(all).some((k) => k.endsWith('.json'))).toBe(true);
    const leaked = Object.entries(all).flatMap(([where, text]) => SENTINELS.filter((x) => text.includes(x)).map((x) => `${x} in ${where}`));
    expect(leaked).toEqual([]);
  }, 180_000);
});
