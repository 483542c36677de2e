import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidator } from '../../../src/checks/kubernetes/engine.js';
import { SchemaDocumentLoader, cacheKey } from '../../../src/checks/kubernetes/schema-fetch.js';
import { tempDir } from './temp.js';

const SERVICE_SCHEMA = JSON.stringify({
  type: 'object',
  properties: { spec: { type: 'object', properties: { ports: { type: 'array', items: { type: 'object', properties: { port: { type: 'integer' } } } } } } },
});

let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    const n = (hits.get(url) ?? 0) + 1;
    hits.set(url, n);
    if (url.startsWith('/flaky/')) {
      // 429 with Retry-After 0, then 503, then the schema.
      if (n === 1) return res.writeHead(429, { 'retry-after': '0' }).end('slow down');
      if (n === 2) return res.writeHead(503).end('unavailable');
      return res.writeHead(200).end(SERVICE_SCHEMA);
    }
    if (url.startsWith('/down/')) return res.writeHead(500).end('boom');
    if (url.startsWith('/html/')) return res.writeHead(200).end('<html>not json</html>');
    if (url.startsWith('/good/')) return res.writeHead(200).end(SERVICE_SCHEMA);
    res.writeHead(404).end('404: Not Found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const doc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: 80\n';
const badDoc = doc.replace('port: 80', 'port: eighty');

describe('http(s) schema locations', () => {
  it('retries 429 and 5xx with backoff, then caches the body on disk under sha256(url)', async () => {
    const cacheDir = tempDir('schema-cache');
    const loader = new SchemaDocumentLoader({ cacheDir, backoffMs: 1 });
    const url = `${base}/flaky/service-v1.json`;
    const o = await loader.load(url);
    expect(o.kind).toBe('found');
    expect(hits.get('/flaky/service-v1.json')).toBe(3);
    expect(readFileSync(path.join(cacheDir, cacheKey(url)), 'utf8')).toBe(SERVICE_SCHEMA);
    // A new run reads the disk cache: no request.
    const again = await new SchemaDocumentLoader({ cacheDir, backoffMs: 1 }).load(url);
    expect(again.kind).toBe('found');
    expect(hits.get('/flaky/service-v1.json')).toBe(3);
  });

  it('gives up after the retries with kubeconform\'s message and caches nothing', async () => {
    const cacheDir = tempDir('schema-cache');
    const url = `${base}/down/x.json`;
    const o = await new SchemaDocumentLoader({ cacheDir, backoffMs: 1, retries: 2 }).load(url);
    expect(o).toEqual({ kind: 'error', message: `error while downloading schema at ${url} - received HTTP status 500` });
    expect(hits.get('/down/x.json')).toBe(3);
    expect(existsSync(path.join(cacheDir, cacheKey(url)))).toBe(false);
  });

  it('falls through to the next location on 404 and on a non-JSON body, but stops on a 5xx', async () => {
    const opts = { kubernetesVersion: '1.37.0', strict: false, baseDir: os.tmpdir(), http: { cacheDir: false as const, backoffMs: 1, retries: 0 } };
    const through = await createValidator({ ...opts, schemaLocations: [`${base}/missing/{{ .ResourceKind }}.json`, `${base}/html/{{ .ResourceKind }}.json`, `${base}/good/{{ .ResourceKind }}.json`] });
    const [ok] = await through.validateDocuments([doc]);
    expect(ok!.status).toBe('valid');
    const [bad] = await through.validateDocuments([badDoc]);
    expect(bad!.status).toBe('invalid');
    expect(bad!.validationErrors).toEqual([{ path: '/spec/ports/0/port', msg: 'got string, want integer' }]);

    const stops = await createValidator({ ...opts, schemaLocations: [`${base}/down/{{ .ResourceKind }}.json`, `${base}/good/{{ .ResourceKind }}.json`] });
    const [err] = await stops.validateDocuments([doc]);
    expect(err!.status).toBe('error');
    expect(err!.msg).toMatch(/received HTTP status 500/);

    const none = await createValidator({ ...opts, schemaLocations: [`${base}/missing/{{ .ResourceKind }}.json`] });
    const [miss] = await none.validateDocuments([doc]);
    expect(miss).toMatchObject({ status: 'error', msg: 'could not find schema for Service' });
    const ignoring = await createValidator({ ...opts, ignoreMissingSchemas: true, schemaLocations: [`${base}/missing/{{ .ResourceKind }}.json`] });
    expect((await ignoring.validateDocuments([doc]))[0]!.status).toBe('skipped');
  });
});

describe('schema cache hooks (the action persists the cache with @actions/cache)', () => {
  it('restores before validating and saves after downloading', async () => {
    const { runKustomize } = await import('../../../src/checks/kubernetes/index.js');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const root = tempDir('k8s-hooks');
    mkdirSync(path.join(root, 'app'));
    writeFileSync(path.join(root, 'app/kustomization.yaml'), 'namespace: a\nresources: [svc.yaml]\n');
    writeFileSync(path.join(root, 'app/svc.yaml'), doc);
    const cacheDir = tempDir('schema-cache');
    const calls: string[] = [];
    const schemaCache = {
      dir: cacheDir,
      restore: async (d: string) => void calls.push(`restore ${d === cacheDir}`),
      save: async (d: string, n: number) => void calls.push(`save ${d === cacheDir} ${n}`),
    };
    const r = await runKustomize({ root, schemaLocations: [`${base}/good/{{ .ResourceKind }}.json`], schemaCache });
    expect(r.overlays[0]!.status).toBe('passed');
    expect(calls).toEqual(['restore true', 'save true 1']);
    calls.length = 0;
    await runKustomize({ root, schemaLocations: [`${base}/good/{{ .ResourceKind }}.json`], schemaCache });
    // Served from the restored disk cache: nothing new to save.
    expect(calls).toEqual(['restore true']);
  });
});
