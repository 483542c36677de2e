import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_MANIFEST, verifySchemaCache, writeSchemaCacheManifest } from '../../../src/checks/kubernetes/schema-cache-integrity.js';
import { cacheKey } from '../../../src/checks/kubernetes/schema-fetch.js';
import { type CacheBackend, actionsSchemaCache, mayWriteSchemaCache, schemaCacheKey } from '../../../src/github/schema-cache.js';
import { runKustomize } from '../../../src/checks/kubernetes/index.js';
import { tempDir } from './temp.js';

const URL_A = 'https://schemas.example.com/v1.37.0-standalone-strict/deployment-apps-v1.json';
const URL_B = 'https://schemas.example.com/v1.37.0-standalone-strict/service-v1.json';

/** A cache directory as the loader leaves it: JSON documents named sha256(url), one interrupted temp file. */
function downloaded(): string {
  const dir = tempDir('pia-schema-cache');
  writeFileSync(path.join(dir, cacheKey(URL_A)), JSON.stringify({ type: 'object', properties: { spec: { type: 'object' } } }));
  writeFileSync(path.join(dir, cacheKey(URL_B)), JSON.stringify({ type: 'object' }));
  writeFileSync(path.join(dir, `${cacheKey(URL_B)}.4242.tmp`), '{"type": "obj');
  return dir;
}

async function saved(): Promise<string> {
  const dir = downloaded();
  expect(await writeSchemaCacheManifest(dir)).toEqual({ files: 2 });
  return dir;
}

describe('schema cache verification on a real directory', () => {
  it('accepts the directory as it was saved; the temp file of an interrupted write is not saved', async () => {
    const dir = await saved();
    expect(readdirSync(dir).sort()).toEqual([CACHE_MANIFEST, cacheKey(URL_A), cacheKey(URL_B)].sort());
    expect(await verifySchemaCache(dir)).toEqual({ ok: true, files: 2 });
  });

  it('rejects an entry altered after saving, naming it', async () => {
    const dir = await saved();
    const file = path.join(dir, cacheKey(URL_A));
    // Same length, one property changed: only the hash can tell.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"spec"', '"spex"'));
    expect(await verifySchemaCache(dir)).toEqual({ ok: false, problem: `"${cacheKey(URL_A)}" does not match its SHA-256 in the manifest` });
  });

  it('rejects a changed size, an entry the manifest does not list, a missing entry and a missing manifest', async () => {
    const grown = await saved();
    writeFileSync(path.join(grown, cacheKey(URL_B)), JSON.stringify({ type: 'object', pattern: '^(a+)+$' }));
    expect(await verifySchemaCache(grown)).toMatchObject({ ok: false, problem: expect.stringMatching(/has \d+ bytes, the manifest says 17$/) });

    const extra = await saved();
    writeFileSync(path.join(extra, cacheKey('https://evil.example/x.json')), '{}');
    expect(await verifySchemaCache(extra)).toEqual({ ok: false, problem: `"${cacheKey('https://evil.example/x.json')}" is not in the manifest` });

    const missing = await saved();
    rmSync(path.join(missing, cacheKey(URL_B)));
    expect(await verifySchemaCache(missing)).toEqual({ ok: false, problem: `${cacheKey(URL_B)} is in the manifest but missing` });

    const old = downloaded();
    expect(await verifySchemaCache(old)).toMatchObject({ ok: false, problem: expect.stringContaining(`no ${CACHE_MANIFEST}`) });
  });

  it('refuses links and FIFOs without reading them, and never echoes content', async () => {
    const linked = await saved();
    rmSync(path.join(linked, cacheKey(URL_A)));
    symlinkSync('/etc/passwd', path.join(linked, cacheKey(URL_A)));
    const v = await verifySchemaCache(linked);
    expect(v).toEqual({ ok: false, problem: `"${cacheKey(URL_A)}" is not a regular file` });

    const fifo = await saved();
    rmSync(path.join(fifo, cacheKey(URL_B)));
    execFileSync('mkfifo', [path.join(fifo, cacheKey(URL_B))]);
    // Opening a FIFO with no writer would block forever: the verdict must come without opening it.
    expect(await verifySchemaCache(fifo)).toEqual({ ok: false, problem: `"${cacheKey(URL_B)}" is not a regular file` });

    const manifestLink = await saved();
    rmSync(path.join(manifestLink, CACHE_MANIFEST));
    symlinkSync('/proc/self/environ', path.join(manifestLink, CACHE_MANIFEST));
    expect(await verifySchemaCache(manifestLink)).toEqual({ ok: false, problem: `${CACHE_MANIFEST} is not a regular file` });
  });

  it('rejects a forged manifest that lists a path or executable code, even with matching hashes', async () => {
    const traversal = await saved();
    const m = JSON.parse(readFileSync(path.join(traversal, CACHE_MANIFEST), 'utf8'));
    m.files['../../.bashrc'] = { bytes: 1, sha256: '0'.repeat(64) };
    writeFileSync(path.join(traversal, CACHE_MANIFEST), JSON.stringify(m));
    expect(await verifySchemaCache(traversal)).toEqual({ ok: false, problem: 'the manifest lists "../../.bashrc", which is not a cache entry name' });

    // Consistent hashes, but the entry is code, not a JSON document: caches carry data only.
    const code = tempDir('pia-schema-cache');
    writeFileSync(path.join(code, cacheKey(URL_A)), JSON.stringify({ type: 'object' }));
    await writeSchemaCacheManifest(code);
    const body = 'module.exports = function validate() { return true };';
    writeFileSync(path.join(code, cacheKey(URL_A)), body);
    const forged = JSON.parse(readFileSync(path.join(code, CACHE_MANIFEST), 'utf8'));
    const { createHash } = await import('node:crypto');
    forged.files[cacheKey(URL_A)] = { bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
    writeFileSync(path.join(code, CACHE_MANIFEST), JSON.stringify(forged));
    expect(await verifySchemaCache(code)).toEqual({ ok: false, problem: `"${cacheKey(URL_A)}" is not a JSON document` });
  });
});

/** @actions/cache's contract, kept on disk: save copies the directory under a key, restore copies it back. */
function diskBackend() {
  const store = tempDir('pia-cache-store');
  const saves: string[] = [];
  const backend: CacheBackend = {
    isFeatureAvailable: () => true,
    async restoreCache([dir], key) {
      const from = path.join(store, key);
      if (!existsSync(from)) return undefined;
      cpSync(from, dir!, { recursive: true, verbatimSymlinks: true });
      return key;
    },
    async saveCache([dir], key) {
      saves.push(key);
      cpSync(dir!, path.join(store, key), { recursive: true, verbatimSymlinks: true });
      return 1;
    },
  };
  return { backend, store, saves };
}

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) } };
}

describe('the action schema cache (@actions/cache adapter)', () => {
  const versions = ['1.37.0'];
  const locations = ['https://schemas.example.com'];
  const key = schemaCacheKey(versions, locations);

  it('a push run saves with a manifest; a pull request restores and verifies it', async () => {
    const { backend, saves } = diskBackend();
    const push = actionsSchemaCache(versions, locations, { backend, log: recorder().log, eventName: 'push', dir: downloaded() });
    await push.save(push.dir, 2);
    expect(saves).toEqual([key]);

    const out = recorder();
    const pr = actionsSchemaCache(versions, locations, { backend, log: out.log, eventName: 'pull_request', dir: tempDir('pia-restore') });
    await pr.restore(pr.dir);
    expect(out.lines).toEqual([`info: schemas restored from cache ${key} (2 file(s) verified)`]);
    expect(readFileSync(path.join(pr.dir, cacheKey(URL_B)), 'utf8')).toBe('{"type":"object"}');
  });

  it('a restored cache with an altered file is discarded with a warning and not saved over', async () => {
    const { backend, store, saves } = diskBackend();
    const push = actionsSchemaCache(versions, locations, { backend, log: recorder().log, eventName: 'push', dir: downloaded() });
    await push.save(push.dir, 2);
    // What a poisoned entry looks like: a schema that accepts anything.
    const entry = path.join(store, key, cacheKey(URL_A));
    writeFileSync(entry, JSON.stringify({ type: 'object', properties: {} }).padEnd(readFileSync(entry).length, ' '));

    const out = recorder();
    const run = actionsSchemaCache(versions, locations, { backend, log: out.log, eventName: 'push', dir: tempDir('pia-restore') });
    await run.restore(run.dir);
    expect(out.lines).toEqual([`warning: schema cache ${key} rejected: "${cacheKey(URL_A)}" does not match its SHA-256 in the manifest; discarded, the schemas are downloaded again`]);
    expect(readdirSync(run.dir)).toEqual([]);
    writeFileSync(path.join(run.dir, cacheKey(URL_A)), '{}');
    await run.save(run.dir, 1);
    expect(saves).toEqual([key]);
  });

  it('runs on pull requests and on default-branch runs of untrusted content never save', async () => {
    for (const eventName of ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment']) {
      const { backend, saves } = diskBackend();
      const out = recorder();
      const c = actionsSchemaCache(versions, locations, { backend, log: out.log, eventName, dir: downloaded() });
      await c.restore(c.dir);
      writeFileSync(path.join(c.dir, cacheKey(URL_A)), '{}');
      await c.save(c.dir, 1);
      expect(saves, eventName).toEqual([]);
      expect(out.lines.at(-1)).toBe(`info: schema cache not saved: a ${eventName} run does not write caches other runs read`);
    }
    expect(['push', 'schedule', 'workflow_dispatch', 'merge_group'].every(mayWriteSchemaCache)).toBe(true);
    expect(mayWriteSchemaCache(undefined)).toBe(false);
  });

  it('the key changes with the versions and the locations, and never matches a cache saved without a manifest', () => {
    expect(schemaCacheKey(['1.36.0'], locations)).not.toBe(key);
    expect(schemaCacheKey(versions, ['https://other.example.com'])).not.toBe(key);
    expect(key).toMatch(/^portarium-k8s-schemas-v2-[0-9a-f]{16}$/);
  });
});


it('kustomize validation after a poisoned restore: the cache is discarded, the schema downloaded again and the invalid Service still reported', async () => {
  const schema = JSON.stringify({ type: 'object', properties: { spec: { type: 'object', properties: { ports: { type: 'array', items: { type: 'object', properties: { port: { type: 'integer' } } } } } } } });
  let downloads = 0;
  const server = createServer((req, res) => {
    downloads++;
    if (req.url?.startsWith('/schemas/')) return res.writeHead(200).end(schema);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    const location = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schemas/{{ .ResourceKind }}.json`;
    const root = tempDir('pia-k8s-cache');
    mkdirSync(path.join(root, 'app'));
    writeFileSync(path.join(root, 'app/kustomization.yaml'), 'resources: [svc.yaml]\n');
    writeFileSync(path.join(root, 'app/svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: eighty\n');
    const { backend, store } = diskBackend();
    const key = schemaCacheKey(['1.37.0'], [location]);
    const run = async (eventName: string) => {
      const out = recorder();
      const schemaCache = actionsSchemaCache(['1.37.0'], [location], { backend, log: out.log, eventName, dir: tempDir('pia-run-cache') });
      const r = await runKustomize({ root, kubernetesVersions: ['1.37.0'], schemaLocations: [location], schemaCache });
      return { status: r.overlays[0]!.status, lines: out.lines };
    };

    expect((await run('push')).status).toBe('failed');
    expect(downloads).toBe(1);
    // A schema that accepts anything, planted in the saved entry.
    writeFileSync(path.join(store, key, readdirSync(path.join(store, key)).find((f) => f !== CACHE_MANIFEST)!), '{}');

    const second = await run('pull_request');
    expect(second.lines[0]).toMatch(new RegExp(`^warning: schema cache ${key} rejected: "[0-9a-f]{64}" has 2 bytes, the manifest says ${schema.length}; discarded`));
    expect(downloads).toBe(2);
    expect(second.status).toBe('failed');
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
