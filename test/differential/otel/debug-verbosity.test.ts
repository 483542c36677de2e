/**
 * Which `debug` exporter verbosities keep attributes inside the collector, measured on the real one:
 * the pinned otelcol runs with the debug exporter at each verbosity, receives one span and one log
 * record over OTLP/HTTP carrying a record attribute and a resource attribute, and we look for their
 * values in what it prints (the container log). The redaction policy must count a verbosity as
 * leaving exactly when the collector prints them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/checks/otel/index.js';
import { parseSource } from '../../../src/checks/otel/source.js';
import { findTool } from '../../helpers/tools.js';

const bin = findTool('otelcol');
const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otelcol-debug-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const config = (verbosity: string, endpoint: string) => `receivers:
  otlp:
    protocols:
      http:
        endpoint: ${endpoint}
exporters:
  debug:
    verbosity: ${verbosity}
service:
  telemetry:
    metrics:
      level: none
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [debug]
    logs:
      receivers: [otlp]
      exporters: [debug]
`;

const resource = { attributes: [{ key: 'tenant.id', value: { stringValue: 'tenant-resource-value' } }] };
const SPANS = {
  resourceSpans: [
    {
      resource,
      scopeSpans: [
        {
          spans: [
            {
              traceId: '5b8efff798038103d269b633813fc60c',
              spanId: 'eee19b7ec3c1b174',
              name: 'op',
              kind: 1,
              startTimeUnixNano: '1',
              endTimeUnixNano: '2',
              attributes: [{ key: 'user.email', value: { stringValue: 'span-record-value' } }],
            },
          ],
        },
      ],
    },
  ],
};
const LOGS = {
  resourceLogs: [
    { resource, scopeLogs: [{ logRecords: [{ timeUnixNano: '1', body: { stringValue: 'hello' }, attributes: [{ key: 'user.email', value: { stringValue: 'log-record-value' } }] }] }] },
  ],
};

/** What the collector prints for one span and one log record at this verbosity. */
async function printed(verbosity: string): Promise<string> {
  const port = await freePort();
  const file = path.join(dir, `${verbosity}.yaml`);
  writeFileSync(file, config(verbosity, `127.0.0.1:${port}`));
  const child = spawn(bin!, [`--config=${file}`], { env: { PATH: '/usr/bin:/bin' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const until = async (what: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end && !what(); ) await new Promise((r) => setTimeout(r, 50));
    return what();
  };
  try {
    expect(await until(() => out.includes('Everything is ready'), 20_000), out).toBe(true);
    for (const [signal, body] of [['traces', SPANS], ['logs', LOGS]] as const) {
      const r = await fetch(`http://127.0.0.1:${port}/v1/${signal}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status).toBe(200);
    }
    // Each export logs its summary line ("Traces", "Logs"), then whatever the verbosity adds.
    expect(await until(() => /\bTraces\b/.test(out) && /\bLogs\b/.test(out), 10_000), out).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    return out;
  } finally {
    child.kill('SIGTERM');
    await until(() => child.exitCode !== null || child.signalCode !== null, 5_000);
  }
}

/** Whether our redaction policy counts the debug exporter at this verbosity as sending data out. */
function leavesForUs(verbosity: string): boolean {
  const src = parseSource('c.yaml', config(verbosity, '127.0.0.1:4318'));
  return checkSource(src, { attributes: [{ key: 'user.email', action: 'delete' }] }).some((p) => p.rule === 'otel/redaction-missing');
}

describe.skipIf(!bin)('debug exporter verbosity against the real collector', () => {
  it.each(['basic', 'normal', 'detailed'])('%s: counted as leaving exactly when the collector prints attributes', async (verbosity) => {
    const out = await printed(verbosity);
    const values = ['span-record-value', 'log-record-value', 'tenant-resource-value'];
    const shown = values.filter((v) => out.includes(v));
    // The collector prints all of them or none.
    expect([0, values.length]).toContain(shown.length);
    expect(leavesForUs(verbosity), `otelcol at ${verbosity} printed ${shown.join(', ') || 'no attribute value'}`).toBe(shown.length > 0);
  }, 60_000);
});
