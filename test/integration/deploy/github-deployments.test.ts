// The Deployments API calls, against a local HTTP server that answers with the payloads the GitHub
// REST API documents (repos/deployments: create a deployment, create a deployment status, list
// deployments, list deployment statuses).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentsClient, deploymentDescription, deploymentPayload } from '../../../src/github/deployments.js';
import type { DeployResult } from '../../../src/deploy/index.js';

interface Recorded {
  method: string;
  path: string;
  auth?: string;
  body?: Record<string, unknown>;
}

const STATES = new Set(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']);

function fakeGitHub() {
  const requests: Recorded[] = [];
  const deployments: Array<Record<string, unknown>> = [];
  const statuses = new Map<number, Array<Record<string, unknown>>>();
  let nextId = 1000;
  let base = '';
  const user = { login: 'github-actions[bot]', id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot', site_admin: false };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : undefined;
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), ...(body ? { body } : {}) });
      const send = (code: number, payload: unknown) => {
        res.writeHead(code, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(payload));
      };
      if (req.headers.authorization !== 'token ghs_test') return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      const repoUrl = `${base}/repos/octo/app`;
      let m: RegExpExecArray | null;
      if (req.method === 'POST' && url.pathname === '/repos/octo/app/deployments') {
        if (typeof body?.['ref'] !== 'string') return send(422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.' });
        const id = nextId++;
        const now = new Date().toISOString();
        const d = {
          url: `${repoUrl}/deployments/${id}`,
          id,
          node_id: `DE_${id}`,
          sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
          ref: body['ref'],
          task: body['task'] ?? 'deploy',
          payload: body['payload'] ?? {},
          original_environment: body['environment'] ?? 'production',
          environment: body['environment'] ?? 'production',
          description: body['description'] ?? null,
          creator: user,
          created_at: now,
          updated_at: now,
          statuses_url: `${repoUrl}/deployments/${id}/statuses`,
          repository_url: repoUrl,
          transient_environment: body['transient_environment'] ?? false,
          production_environment: body['production_environment'] ?? body['environment'] === 'production',
        };
        deployments.unshift(d);
        statuses.set(id, []);
        return send(201, d);
      }
      if ((m = /^\/repos\/octo\/app\/deployments\/(\d+)\/statuses$/.exec(url.pathname))) {
        const id = Number(m[1]);
        const list = statuses.get(id);
        if (!list) return send(404, { message: 'Not Found' });
        if (req.method === 'GET') return send(200, list.slice(0, Number(url.searchParams.get('per_page') ?? 30)));
        if (!STATES.has(String(body?.['state']))) return send(422, { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'invalid', field: 'state' }] });
        const sid = nextId++;
        const now = new Date().toISOString();
        const st = {
          url: `${repoUrl}/deployments/${id}/statuses/${sid}`,
          id: sid,
          node_id: `DES_${sid}`,
          state: body!['state'],
          creator: user,
          description: body!['description'] ?? '',
          environment: body!['environment'] ?? deployments.find((d) => d['id'] === id)?.['environment'],
          target_url: body!['log_url'] ?? '',
          created_at: now,
          updated_at: now,
          deployment_url: `${repoUrl}/deployments/${id}`,
          repository_url: repoUrl,
          environment_url: body!['environment_url'] ?? '',
          log_url: body!['log_url'] ?? '',
        };
        list.unshift(st);
        return send(201, st);
      }
      if (req.method === 'GET' && url.pathname === '/repos/octo/app/deployments') {
        const env = url.searchParams.get('environment');
        return send(200, deployments.filter((d) => !env || d['environment'] === env).slice(0, Number(url.searchParams.get('per_page') ?? 30)));
      }
      return send(404, { message: 'Not Found' });
    });
  });
  return {
    requests,
    statuses,
    async listen(): Promise<string> {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return base;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const D1 = `sha256:${'1'.repeat(64)}`;
const result = (revision: number): Pick<DeployResult, 'release' | 'namespace' | 'revision' | 'images' | 'manifestSha256' | 'status' | 'rollback'> => ({
  release: 'prod',
  namespace: 'portarium-prod',
  revision,
  status: 'deployed',
  manifestSha256: 'f'.repeat(64),
  images: [
    { object: 'portarium-prod/deployment.apps/control-plane', container: 'control-plane', image: `ghcr.io/portarium/control-plane@${D1}`, digest: D1 },
    { object: 'portarium-prod/deployment.apps/sidecar', container: 'proxy', image: 'envoyproxy/envoy:v1.31' },
  ],
});

describe('GitHub Deployments API records', () => {
  const gh = fakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await gh.listen();
  });
  afterAll(async () => {
    await gh.close();
  });

  it('creates a deployment, moves it to success, and marks the one it superseded inactive', async () => {
    const client = new DeploymentsClient({ token: 'ghs_test', repository: 'octo/app', apiUrl });
    const first = await client.start({ ref: 'refs/tags/v1.0.0', environment: 'prod', payload: deploymentPayload(result(1)), environmentUrl: 'https://prod.example', logUrl: 'https://github.com/octo/app/actions/runs/1' });
    expect(await client.finish(first, { environment: 'prod', state: 'success', description: deploymentDescription(result(1)), environmentUrl: 'https://prod.example' })).toEqual([]);

    const second = await client.start({ ref: 'refs/tags/v1.1.0', environment: 'prod', payload: deploymentPayload(result(2)), environmentUrl: 'https://prod.example' });
    const inactive = await client.finish(second, { environment: 'prod', state: 'success', description: deploymentDescription(result(2)), environmentUrl: 'https://prod.example' });
    expect(inactive).toEqual([first]);

    const create = gh.requests.find((r) => r.method === 'POST' && r.path === '/repos/octo/app/deployments')!;
    expect(create.auth).toBe('token ghs_test');
    expect(create.body).toMatchObject({ ref: 'refs/tags/v1.0.0', environment: 'prod', task: 'deploy', auto_merge: false, required_contexts: [] });
    expect((create.body!['payload'] as { images: Array<{ image: string }> }).images).toEqual([{ object: 'portarium-prod/deployment.apps/control-plane', container: 'control-plane', image: `ghcr.io/portarium/control-plane@${D1}` }]);

    expect(gh.statuses.get(first)!.map((s) => s['state'])).toEqual(['inactive', 'success', 'in_progress']);
    expect(gh.statuses.get(second)!.map((s) => s['state'])).toEqual(['success', 'in_progress']);
    const success = gh.statuses.get(second)![0]!;
    expect(success['environment_url']).toBe('https://prod.example');
    expect(String(success['description'])).toMatch(/^deployed revision 2: control-plane@sha256:1111111111/);
    expect(String(success['description']).length).toBeLessThanOrEqual(140);
  });

  it('records a failure without touching the previous deployment', async () => {
    const client = new DeploymentsClient({ token: 'ghs_test', repository: 'octo/app', apiUrl });
    const id = await client.start({ ref: 'refs/heads/main', environment: 'staging' });
    expect(await client.finish(id, { environment: 'staging', state: 'failure', description: 'rollout timed out' })).toEqual([]);
    expect(gh.statuses.get(id)!.map((s) => s['state'])).toEqual(['failure', 'in_progress']);
  });

  it('uses GITHUB_API_URL when no URL is given, and surfaces API errors', async () => {
    const old = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = apiUrl;
    try {
      const client = new DeploymentsClient({ token: 'wrong', repository: 'octo/app' });
      await expect(client.start({ ref: 'main', environment: 'dev' })).rejects.toThrow(/Bad credentials/);
      expect(gh.requests.at(-1)!.auth).toBe('token wrong');
    } finally {
      if (old === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = old;
    }
  });
});
