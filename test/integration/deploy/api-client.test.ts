// The in-process API client against a real kube-apiserver (scripts/k8s-test-server.sh): each
// kubeconfig auth kind it supports (client certificate files, bearer token, tokenFile, exec
// plugins v1 and v1beta1 with expiry and a 401 re-run, proxy-url through a CONNECT proxy,
// insecure-skip-tls-verify, tls-server-name), the fallback to kubectl for what it does not
// support, and ApplySet pruning that agrees with kubectl's in both directions.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, plan, type ApplyOptions } from '../../../src/deploy/index.js';
import { connectClient } from '../../../src/deploy/cluster.js';
import { apiServerAvailable, kubectlAs, startApiServer, type TestApiServer } from '../../helpers/apiserver.js';

const available = apiServerAvailable();

/** A release of ConfigMaps cm-0 … cm-(count-1) and its Namespace. */
function overlay(ns: string, count = 3, tag = 'v1'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `api-${ns}-`));
  const docs = [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`];
  for (let i = 0; i < count; i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  TAG: "${tag}"\n`);
  writeFileSync(path.join(dir, 'release.yaml'), docs.join('---\n'));
  writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - release.yaml\n`);
  return dir;
}

describe.skipIf(!available)('the in-process API client against a real kube-apiserver', () => {
  let s: TestApiServer;
  let k: ReturnType<typeof kubectlAs>;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'api-client-'));
  const outDir = path.join(tmp, 'out');

  beforeAll(async () => {
    s = await startApiServer();
    k = kubectlAs(s);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  let n = 0;
  /** A kubeconfig with one context of this cluster and this user. */
  const kubeconfig = (cluster: Record<string, unknown>, user: Record<string, unknown>): string => {
    const file = path.join(tmp, `kubeconfig-${++n}`);
    const doc = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: s.server, ...cluster } }],
      users: [{ name: 'u', user }],
      contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u' } }],
      'current-context': 'ctx',
    };
    writeFileSync(file, stringify(doc), { mode: 0o600 });
    return file;
  };
  const ca = () => ({ 'certificate-authority': path.join(s.pki, 'ca.crt') });
  const certFiles = () => ({ 'client-certificate': path.join(s.pki, 'admin.crt'), 'client-key': path.join(s.pki, 'admin.key') });
  const token = () => readFileSync(path.join(s.pki, 'admin.token'), 'utf8').trim();

  const opts = (dir: string, kc: string, extra: Partial<ApplyOptions> = {}): ApplyOptions => ({
    environment: 'dev',
    overlay: dir,
    root: dir,
    release: 'rel',
    kubeconfig: kc,
    kubectl: s.kubectl,
    outDir,
    wait: false,
    client: 'api',
    commit: '0123456789abcdef0123456789abcdef01234567',
    run: { id: '7' },
    ...extra,
  });
  const cms = async (ns: string) => (await k(['get', 'configmaps', '-n', ns, '-l', 'applyset.kubernetes.io/part-of', '-o', 'name'])).split('\n').filter(Boolean).sort();

  /** Deploys a small release through `kc` and checks it landed; a plan after it sees no change. */
  const deploysThrough = async (kc: string, ns: string) => {
    expect(connectClient({ kubeconfig: kc }).via).toBe('api');
    const r = await apply(opts(overlay(ns), kc));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe('deployed');
    expect(await k(['get', 'configmap', 'cm-2', '-n', ns, '-o', 'name'])).toBe('configmap/cm-2\n');
    const p = await plan(opts(overlay(ns), kc));
    expect(p.status).toBe('planned');
    expect(p.changes).toMatchObject({ created: [], changed: [], pruned: [] });
  };

  it('client certificate and key from files, the CA from a file', async () => {
    await deploysThrough(kubeconfig(ca(), certFiles()), 'auth-cert-files');
  });

  it('a bearer token, inline and from tokenFile (which wins over token, as in client-go)', async () => {
    await deploysThrough(kubeconfig({ 'certificate-authority-data': readFileSync(path.join(s.pki, 'ca.crt')).toString('base64') }, { token: token() }), 'auth-token');
    const file = path.join(tmp, 'token');
    writeFileSync(file, `${token()}\n`, { mode: 0o600 });
    await deploysThrough(kubeconfig(ca(), { tokenFile: file, token: 'not-the-token-0123456789' }), 'auth-token-file');
  });

  it('a rejected token is deploy/unauthorized and appears nowhere in the result', async () => {
    const bad = 'bad-token-5f2c0d7e9a1b4c3d8e6f';
    const r = await apply(opts(overlay('auth-bad'), kubeconfig(ca(), { token: bad })));
    expect(r.status).toBe('failed');
    expect(r.findings.map((f) => f.rule)).toEqual(['deploy/unauthorized']);
    expect(r.findings[0]!.message).toMatch(/rejected the credentials.*Unauthorized/);
    expect(JSON.stringify(r)).not.toContain(bad);
  });

  it('insecure-skip-tls-verify, and tls-server-name checked against the serving certificate', async () => {
    await deploysThrough(kubeconfig({ 'insecure-skip-tls-verify': true }, certFiles()), 'auth-insecure');
    await deploysThrough(kubeconfig({ ...ca(), 'tls-server-name': 'kubernetes' }, certFiles()), 'auth-sni');
    const wrong = await apply(opts(overlay('auth-sni-wrong'), kubeconfig({ ...ca(), 'tls-server-name': 'not-the-server.example' }, certFiles())));
    expect(wrong.findings.map((f) => f.rule)).toEqual(['deploy/unauthorized']);
    expect(wrong.findings[0]!.message).toMatch(/x509/);
  });

  /** A node script printing an ExecCredential; it counts its runs in `<dir>/runs`. */
  const plugin = (body: string): { file: string; runs: () => number; dir: string } => {
    const dir = mkdtempSync(path.join(tmp, 'plugin-'));
    const file = path.join(dir, 'plugin.mjs');
    writeFileSync(
      file,
      `#!${process.execPath}\nimport { existsSync, readFileSync, writeFileSync } from 'node:fs';\n` +
        `const runsFile = ${JSON.stringify(path.join(dir, 'runs'))};\n` +
        `const run = (existsSync(runsFile) ? Number(readFileSync(runsFile, 'utf8')) : 0) + 1;\n` +
        `writeFileSync(runsFile, String(run));\n` +
        `writeFileSync(${JSON.stringify(path.join(dir, 'info.json'))}, process.env.KUBERNETES_EXEC_INFO ?? '');\n` +
        body,
    );
    chmodSync(file, 0o755);
    const runs = () => (existsSync(path.join(dir, 'runs')) ? Number(readFileSync(path.join(dir, 'runs'), 'utf8')) : 0);
    return { file, runs, dir };
  };
  const credential = (apiVersion: string, status: string) => `process.stdout.write(JSON.stringify({ apiVersion: '${apiVersion}', kind: 'ExecCredential', status: ${status} }));\n`;

  it('an exec plugin (v1): its token is used, cached until expirationTimestamp, and fetched again after', async () => {
    const p = plugin(credential('client.authentication.k8s.io/v1', `{ token: readFileSync(process.env.TOKEN_FILE, 'utf8').trim(), expirationTimestamp: new Date(Date.now() + 11_500).toISOString() }`));
    const tokenFile = path.join(p.dir, 'token');
    writeFileSync(tokenFile, token(), { mode: 0o600 });
    const kc = kubeconfig(ca(), { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: p.file, args: [], env: [{ name: 'TOKEN_FILE', value: tokenFile }], interactiveMode: 'Never' } });
    const c = connectClient({ kubeconfig: kc });
    expect(await c.version()).toBe(s.version);
    expect(await c.version()).toBe(s.version);
    expect(p.runs()).toBe(1);
    // client-go renews a little before the stated expiry (10 s here): 1.5 s later it runs again.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await c.version()).toBe(s.version);
    expect(p.runs()).toBe(2);
    expect(JSON.parse(readFileSync(path.join(p.dir, 'info.json'), 'utf8'))).toEqual({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', spec: { interactive: false } });
    await deploysThrough(kc, 'auth-exec');
  });

  it('an exec plugin (v1beta1) with provideClusterInfo is told the cluster; a 401 runs it again once', async () => {
    // The first run hands out a token the server rejects; the second the real one.
    const p = plugin(credential('client.authentication.k8s.io/v1beta1', `{ token: run === 1 ? 'stale-token-0123456789abcdef' : ${JSON.stringify(token())} }`));
    const kc = kubeconfig(ca(), { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: p.file, provideClusterInfo: true } });
    const c = connectClient({ kubeconfig: kc });
    expect(await c.version()).toBe(s.version);
    expect(p.runs()).toBe(2);
    const info = JSON.parse(readFileSync(path.join(p.dir, 'info.json'), 'utf8')) as { spec: { interactive: boolean; cluster: Record<string, unknown> } };
    expect(info.spec.interactive).toBe(false);
    expect(info.spec.cluster['server']).toBe(s.server);
    expect(info.spec.cluster['certificate-authority-data']).toBe(readFileSync(path.join(s.pki, 'ca.crt')).toString('base64'));
  });

  it('a failing exec plugin is deploy/unauthorized with its (scrubbed) stderr', async () => {
    const p = plugin(`process.stderr.write('login expired; token: abcdefghijklmnopqrstuvwxyz\\n'); process.exit(3);\n`);
    const r = await apply(opts(overlay('auth-exec-fails'), kubeconfig(ca(), { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: p.file, interactiveMode: 'IfAvailable' } })));
    expect(r.findings.map((f) => f.rule)).toEqual(['deploy/unauthorized']);
    expect(r.findings[0]!.message).toMatch(/exit code 3.*login expired/);
    expect(JSON.stringify(r)).not.toContain('abcdefghijklmnopqrstuvwxyz');
  });

  it('proxy-url: every connection goes through the http CONNECT proxy, kept alive', async () => {
    let tunnels = 0;
    const sockets = new Set<net.Socket>();
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      tunnels++;
      sockets.add(client);
      const [host, port] = (req.url ?? '').split(':');
      const up = net.connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(client);
        client.pipe(up);
      });
      up.on('error', () => client.destroy());
      client.on('error', () => up.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const port = (proxy.address() as net.AddressInfo).port;
      await deploysThrough(kubeconfig({ ...ca(), 'proxy-url': `http://127.0.0.1:${port}` }, certFiles()), 'auth-proxy');
      expect(tunnels).toBeGreaterThan(0);
      // an apply and a plan: a few dozen requests over a handful of kept-alive tunnels
      expect(tunnels).toBeLessThanOrEqual(30);
    } finally {
      // Tunnels leave the server's bookkeeping once CONNECT is answered: end them here.
      for (const sock of sockets) sock.destroy();
      await new Promise((r) => proxy.close(r));
    }
  });

  it('auth only kubectl supports (impersonation, auth-provider) falls back to kubectl, which deploys', async () => {
    const impersonating = kubeconfig(ca(), { ...certFiles(), as: 'portarium-admin', 'as-groups': ['system:masters'] });
    expect(connectClient({ kubeconfig: impersonating, kubectl: s.kubectl }).via).toBe('kubectl');
    const r = await apply(opts(overlay('auth-fallback'), impersonating, { client: 'auto' }));
    expect(r.status).toBe('deployed');
    const provider = kubeconfig(ca(), { 'auth-provider': { name: 'oidc', config: { 'id-token': 'x' } } });
    expect(connectClient({ kubeconfig: provider, kubectl: s.kubectl }).via).toBe('kubectl');
  });

  describe('ApplySet prune agrees with kubectl in both directions', () => {
    const parent = async (ns: string) => {
      const p = JSON.parse(await k(['get', 'secret', 'portarium-applyset.rel', '-n', ns, '-o', 'json'])) as { metadata: { labels: Record<string, string>; annotations: Record<string, string> } };
      const { 'applyset.kubernetes.io/tooling': tooling, ...annotations } = p.metadata.annotations;
      expect(tooling).toMatch(/^kubectl\/v1\./);
      return { labels: p.metadata.labels, annotations };
    };
    const step = async (ns: string, client: 'api' | 'kubectl', count: number, tag: string) => {
      const r = await apply(opts(overlay(ns, count, tag), s.kubeconfig, { context: s.context, client, prune: true }));
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.status).toBe('deployed');
      return r;
    };

    for (const order of [['kubectl', 'api'], ['api', 'kubectl']] as const) {
      it(`${order[0]}, then ${order[1]}, then ${order[0]}`, async () => {
        const ns = `interop-${order[0]}`;
        await step(ns, order[0], 3, 'a');
        const first = await parent(ns);
        expect(await cms(ns)).toEqual(['configmap/cm-0', 'configmap/cm-1', 'configmap/cm-2']);

        const second = await step(ns, order[1], 2, 'b');
        expect(second.changes.pruned).toEqual([`${ns}/configmap/cm-2`]);
        expect(await cms(ns)).toEqual(['configmap/cm-0', 'configmap/cm-1']);
        expect(await parent(ns)).toEqual(first);

        const third = await step(ns, order[0], 1, 'c');
        expect(third.changes.pruned).toEqual([`${ns}/configmap/cm-1`]);
        expect(await cms(ns)).toEqual(['configmap/cm-0']);
        expect(await parent(ns)).toEqual(first);
        // a plan through the other client sees the same set: nothing to prune, nothing changed
        const p = await plan(opts(overlay(ns, 1, 'c'), s.kubeconfig, { context: s.context, client: order[1], prune: true }));
        expect(p.changes).toMatchObject({ created: [], changed: [], pruned: [] });
      }, 60_000);
    }
  });
});
