import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_BYTES, SchemaDocumentLoader } from '../../../src/checks/kubernetes/schema-fetch.js';
import { tempDir } from './temp.js';

/* Schema locations come from .portarium-infra.yml, which a pull request controls. */
describe('schema locations are read within bounds and never echoed', () => {
  const loader = () => new SchemaDocumentLoader({ cacheDir: false, retries: 0 });

  it('a location naming a secret file does not print its content', async () => {
    const dir = tempDir('schema-bounds');
    const file = path.join(dir, 'secret');
    writeFileSync(file, 'root:x:0:0:TOKEN=ghp_very_secret\n');
    const o = await loader().load(file);
    expect(o.kind).toBe('error');
    expect(JSON.stringify(o)).not.toMatch(/root|ghp_very_secret|TOKEN/);
    expect((o as { message: string }).message).toMatch(/not valid JSON/);
  });

  it('a FIFO or device is refused without blocking', async () => {
    const dir = tempDir('schema-bounds');
    const fifo = path.join(dir, 'fifo.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const p of [fifo, '/dev/zero']) {
      const o = await loader().load(p);
      expect(o).toMatchObject({ kind: 'error', message: expect.stringMatching(/not a regular file/) });
    }
  });

  it('an endless HTTP body is cut at the size cap', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (sent < 4 * MAX_SCHEMA_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schema.json`;
      const o = await loader().load(url);
      expect(o).toMatchObject({ kind: 'error', message: expect.stringMatching(/larger than 64 MiB/) });
      expect(sent).toBeLessThan(4 * MAX_SCHEMA_BYTES);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});
