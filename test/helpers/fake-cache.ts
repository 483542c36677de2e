import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheRequest {
  method: string;
  path: string;
}

/**
 * A loopback stand-in for the Actions cache service as @actions/cache speaks to it with
 * ACTIONS_CACHE_URL (service v1): look up an entry by key and version, reserve, upload in ranges,
 * commit, download. Unlike GitHub it lets a later save replace an entry: that is the attacker who
 * can write what a run later reads, which the caller of the cache has to survive.
 */
export async function startFakeCacheService() {
  const requests: CacheRequest[] = [];
  const entries = new Map<string, { version: string; archive: Buffer }>();
  const pending = new Map<number, { key: string; version: string; chunks: Array<{ start: number; data: Buffer }> }>();
  let nextId = 1;
  let url = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const u = new URL(req.url ?? '/', 'http://x');
      requests.push({ method: req.method ?? 'GET', path: u.pathname });
      const json = (status: number, value?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(value === undefined ? '' : JSON.stringify(value));
      };
      if (req.method === 'GET' && u.pathname === '/_apis/artifactcache/cache') {
        const version = u.searchParams.get('version');
        for (const key of (u.searchParams.get('keys') ?? '').split(',')) {
          const e = entries.get(key);
          if (e && e.version === version) return json(200, { cacheKey: key, scope: 'refs/heads/main', archiveLocation: `${url}/archives/${encodeURIComponent(key)}` });
        }
        return json(204);
      }
      if (req.method === 'GET' && u.pathname.startsWith('/archives/')) {
        const e = entries.get(decodeURIComponent(u.pathname.slice('/archives/'.length)));
        if (!e) return json(404);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(e.archive.length) });
        return res.end(e.archive);
      }
      if (req.method === 'POST' && u.pathname === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
        const cacheId = nextId++;
        pending.set(cacheId, { key, version, chunks: [] });
        return json(201, { cacheId });
      }
      const m = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(u.pathname);
      const p = m ? pending.get(Number(m[1])) : undefined;
      if (p && req.method === 'PATCH') {
        const start = Number(/bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1] ?? 0);
        p.chunks.push({ start, data: body });
        return json(204);
      }
      if (p && req.method === 'POST') {
        const archive = Buffer.concat(p.chunks.sort((a, b) => a.start - b.start).map((c) => c.data));
        entries.set(p.key, { version: p.version, archive });
        pending.delete(Number(m![1]));
        return json(204);
      }
      json(404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, entries, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
