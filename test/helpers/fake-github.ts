import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}

/**
 * A loopback stand-in for the GitHub REST API (the one service tests may not reach for real). It
 * answers with the payload shapes documented for api.github.com, and records every request.
 */
export async function startFakeGitHub(routes: (req: Recorded) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      const rec: Recorded = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: data ? JSON.parse(data) : undefined,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      };
      requests.push(rec);
      const answer = routes(rec) ?? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
