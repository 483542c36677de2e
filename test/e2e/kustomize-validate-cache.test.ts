import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeCacheService } from '../helpers/fake-cache.js';
import { parseAnnotations, runStepAsync } from '../helpers/runner.js';

const SERVICE_SCHEMA = JSON.stringify({
  type: 'object',
  properties: { spec: { type: 'object', properties: { ports: { type: 'array', items: { type: 'object', properties: { port: { type: 'integer' } } } } } } },
});

let schemaServer: ReturnType<typeof createServer>;
let schemaBase = '';
let downloads = 0;

beforeAll(async () => {
  schemaServer = createServer((req, res) => {
    if (!req.url?.startsWith('/schemas/')) return res.writeHead(404).end();
    downloads++;
    res.writeHead(200).end(SERVICE_SCHEMA);
  });
  await new Promise<void>((r) => schemaServer.listen(0, '127.0.0.1', () => r()));
  schemaBase = `http://127.0.0.1:${(schemaServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => schemaServer.close(() => r())));

describe('actions/kustomize-validate with the Actions cache (dist on Node 24, a loopback cache service)', () => {
  it('saves a verified schema cache on push, restores it on a pull request, and rejects an entry altered since', async () => {
    const svc = await startFakeCacheService();
    const ws = mkdtempSync(path.join(tmpdir(), 'pia-ws-'));
    // One RUNNER_TEMP for every run: the cache's paths (and so its version) are the same on every runner.
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pia-runner-temp-'));
    const cacheDir = path.join(runnerTemp, 'portarium-schema-cache');
    try {
      mkdirSync(path.join(ws, 'app'));
      writeFileSync(path.join(ws, 'app', 'kustomization.yaml'), 'resources: [svc.yaml]\n');
      writeFileSync(path.join(ws, 'app', 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: eighty\n');
      const env = (event: string) => ({ GITHUB_EVENT_NAME: event, ACTIONS_CACHE_URL: `${svc.url}/`, ACTIONS_RUNTIME_TOKEN: 'runtime-token', RUNNER_TEMP: runnerTemp });
      const run = (event: string) =>
        runStepAsync('kustomize-validate', { 'working-directory': '.', paths: 'app', 'schema-locations': `${schemaBase}/schemas/{{ .ResourceKind }}.json` }, { workspace: ws, env: env(event) });
      const portError = (stdout: string) => parseAnnotations(stdout).some((a) => a.level === 'error' && a.props['file'] === 'app/svc.yaml' && a.props['line'] === '7');

      // 1. push: nothing cached yet; downloads, reports the bad port, saves with a manifest.
      const push = await run('push');
      expect(push.status, push.stdout).toBe(1);
      expect(portError(push.stdout)).toBe(true);
      const key = /no schema cache (portarium-k8s-schemas-v2-[0-9a-f]{16}) yet/.exec(push.stdout)?.[1];
      expect(key, push.stdout).toBeDefined();
      expect(push.stdout).toContain(`schema cache ${key} saved (1 file(s))`);
      expect(downloads).toBe(1);
      expect(svc.entries.has(key!)).toBe(true);

      // 2. pull_request: restored and verified, nothing downloaded, nothing saved.
      rmSync(cacheDir, { recursive: true, force: true });
      const reserves = () => svc.requests.filter((q) => q.method === 'POST' && q.path === '/_apis/artifactcache/caches').length;
      const before = reserves();
      const pr = await run('pull_request');
      expect(pr.stdout).toContain(`schemas restored from cache ${key} (1 file(s) verified)`);
      expect(portError(pr.stdout)).toBe(true);
      expect(downloads).toBe(1);
      expect(reserves()).toBe(before);

      // 3. Someone who can write the cache replaces the entry: a schema that accepts anything.
      const entry = readdirSync(cacheDir).find((f) => /^[0-9a-f]{64}$/.test(f))!;
      writeFileSync(path.join(cacheDir, entry), '{}');
      const saved = { ...process.env };
      Object.assign(process.env, { ACTIONS_CACHE_URL: `${svc.url}/`, ACTIONS_RUNTIME_TOKEN: 'runtime-token', GITHUB_WORKSPACE: ws });
      // @actions/cache logs workflow commands on stdout; they are not this test's output.
      const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await cache.saveCache([cacheDir], key!);
      } finally {
        quiet.mockRestore();
        for (const k of ['ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE']) if (saved[k] === undefined) delete process.env[k];
        Object.assign(process.env, saved);
      }
      rmSync(cacheDir, { recursive: true, force: true });
      const afterAttack = reserves();

      // 4. pull_request again: the altered entry is caught, the cache discarded, the schema fetched
      //    again and the bad port still reported; the pull request saves nothing.
      const poisoned = await run('pull_request');
      expect(poisoned.stdout).toMatch(new RegExp(`::warning::schema cache ${key} rejected: "${entry}" has 2 bytes, the manifest says ${SERVICE_SCHEMA.length}; discarded, the schemas are downloaded again`));
      expect(downloads).toBe(2);
      expect(poisoned.status).toBe(1);
      expect(portError(poisoned.stdout)).toBe(true);
      expect(reserves()).toBe(afterAttack);
    } finally {
      await svc.close();
      rmSync(ws, { recursive: true, force: true });
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  }, 120_000);
});
