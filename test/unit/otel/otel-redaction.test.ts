import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { findTool } from '../../helpers/tools.js';

// The redaction policy for each signal, record and resource attributes, through the attributes,
// resource and transform processors: which processor settings count as hashing or deleting an
// attribute. Every fixture is a configuration the real collector accepts (checked below when
// otelcol is installed), so a case never passes only because the collector would refuse to start.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Signal = 'traces' | 'metrics' | 'logs';
const RECORD: Record<Signal, string> = { traces: 'span', metrics: 'datapoint', logs: 'log' };
const STATEMENTS: Record<Signal, string> = { traces: 'trace_statements', metrics: 'metric_statements', logs: 'log_statements' };

function collector(signal: Signal, processors: string, names: string[]): string {
  return `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
processors:
${processors}exporters:
  otlp:
    endpoint: tempo:4317
    tls:
      insecure: true
service:
  pipelines:
    ${signal}:
      receivers: [otlp]
      processors: [${names.join(', ')}]
      exporters: [otlp]
`;
}

const policy = (scope: string) => `otel:
  redaction:
    attributes:
      - { key: tenant.id, action: hash, scope: ${scope} }
      - { key: user.email, action: delete, scope: ${scope} }
`;

interface Case {
  name: string;
  signal: Signal;
  scope: 'record' | 'resource' | 'both';
  processors: string;
  names: string[];
  /** `rule key scope`, in the order reported. */
  expected: string[];
}

const transform = (signal: Signal, body: string) => `  transform:\n    ${STATEMENTS[signal]}:\n${body}`;
const cases: Case[] = [];
for (const signal of ['traces', 'metrics', 'logs'] as const) {
  const rec = RECORD[signal];
  cases.push(
    {
      name: `${signal}: the attributes processor deletes and hashes record attributes`,
      signal,
      scope: 'record',
      processors: '  attributes:\n    actions:\n      - { key: tenant.id, action: hash }\n      - { key: user.email, action: delete }\n',
      names: ['attributes'],
      expected: [],
    },
    {
      name: `${signal}: the attributes processor leaves resource attributes`,
      signal,
      scope: 'resource',
      processors: '  attributes:\n    actions:\n      - { key: tenant.id, action: hash }\n      - { key: user.email, action: delete }\n',
      names: ['attributes'],
      expected: ['otel/redaction-missing tenant.id resource', 'otel/redaction-missing user.email resource'],
    },
    {
      name: `${signal}: the resource processor redacts resource attributes, not record ones`,
      signal,
      scope: 'both',
      processors: '  resource:\n    attributes:\n      - { key: tenant.id, action: hash }\n      - { key: user.email, action: delete }\n',
      names: ['resource'],
      expected: ['otel/redaction-missing tenant.id record', 'otel/redaction-missing user.email record'],
    },
    {
      name: `${signal}: transform statements with context-prefixed paths (${rec}.attributes, resource.attributes)`,
      signal,
      scope: 'both',
      processors: transform(
        signal,
        `      - set(${rec}.attributes["tenant.id"], SHA256(${rec}.attributes["tenant.id"]))\n` +
          `      - delete_key(${rec}.attributes, "user.email")\n` +
          '      - set(resource.attributes["tenant.id"], SHA256(resource.attributes["tenant.id"]))\n' +
          '      - delete_key(resource.attributes, "user.email")\n',
      ),
      names: ['transform'],
      expected: [],
    },
    {
      name: `${signal}: a hash where delete is required, by a transform on the resource`,
      signal,
      scope: 'resource',
      processors: transform(
        signal,
        '      - set(resource.attributes["tenant.id"], SHA256(resource.attributes["tenant.id"]))\n' +
          '      - set(resource.attributes["user.email"], SHA256(resource.attributes["user.email"]))\n',
      ),
      names: ['transform'],
      expected: ['otel/redaction-weaker user.email resource'],
    },
    {
      name: `${signal}: plain attributes in context: resource are the resource's, not the records'`,
      signal,
      scope: 'both',
      processors: transform(signal, '      - context: resource\n        statements:\n          - delete_key(attributes, "user.email")\n          - delete_key(attributes, "tenant.id")\n'),
      names: ['transform'],
      expected: ['otel/redaction-missing tenant.id record', 'otel/redaction-missing user.email record'],
    },
    {
      name: `${signal}: plain attributes in context: ${rec} are the records'`,
      signal,
      scope: 'record',
      processors: transform(signal, `      - context: ${rec}\n        statements:\n          - delete_key(attributes, "user.email")\n          - delete_key(attributes, "tenant.id")\n`),
      names: ['transform'],
      expected: [],
    },
    {
      name: `${signal}: replace_pattern of the whole value with SHA256 hashes; of a part does not`,
      signal,
      scope: 'resource',
      processors: transform(
        signal,
        '      - context: resource\n        statements:\n' +
          '          - replace_pattern(attributes["tenant.id"], "^(.*)$", "$$1", SHA256)\n' +
          '          - replace_pattern(attributes["user.email"], "^[^@]*@(.*)$", "$$1", SHA256)\n',
      ),
      names: ['transform'],
      expected: ['otel/redaction-missing user.email resource'],
    },
    {
      name: `${signal}: delete_matching_keys and keep_keys delete what they match or do not keep`,
      signal,
      scope: 'both',
      processors: transform(signal, `      - delete_matching_keys(${rec}.attributes, "^(user|tenant)\\\\.")\n      - keep_keys(resource.attributes, ["service.name"])\n`),
      names: ['transform'],
      expected: [],
    },
    {
      name: `${signal}: a statement with where, or in a group with conditions, does not count`,
      signal,
      scope: 'record',
      processors: transform(
        signal,
        `      - context: ${rec}\n        statements:\n          - delete_key(attributes, "user.email") where resource.attributes["service.name"] == "billing"\n` +
          `      - context: ${rec}\n        conditions:\n          - resource.attributes["service.name"] == "billing"\n        statements:\n          - set(attributes["tenant.id"], SHA256(attributes["tenant.id"]))\n`,
      ),
      names: ['transform'],
      expected: ['otel/redaction-missing tenant.id record', 'otel/redaction-missing user.email record'],
    },
  );
}
cases.push(
  {
    name: 'traces: context: spanevent deletes the events’ attributes, not the spans’',
    signal: 'traces',
    scope: 'record',
    processors: transform('traces', '      - context: spanevent\n        statements:\n          - delete_key(attributes, "user.email")\n          - delete_key(attributes, "tenant.id")\n'),
    names: ['transform'],
    expected: ['otel/redaction-missing tenant.id record', 'otel/redaction-missing user.email record'],
  },
  {
    name: 'logs: statements for another signal do not redact this one',
    signal: 'logs',
    scope: 'record',
    processors: transform('traces', '      - delete_key(span.attributes, "user.email")\n      - delete_key(span.attributes, "tenant.id")\n'),
    names: ['transform'],
    expected: ['otel/redaction-missing tenant.id record', 'otel/redaction-missing user.email record'],
  },
);

function project(c: Case): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-redaction-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, '.portarium-infra.yml'), policy(c.scope));
  writeFileSync(path.join(dir, 'collector.yaml'), collector(c.signal, c.processors, c.names));
  return dir;
}

describe('otel redaction policy: each signal, record and resource attributes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let stdout = '';
    let stderr = '';
    const code = await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, cwd: project(c), env: {} });
    expect(stderr).toBe('');
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; line: number; message: string }> }).findings;
    const got = findings.map((f) => {
      const m = /^(resource attribute|attribute) "([^"]+)"/.exec(f.message);
      return `${f.rule} ${m?.[2] ?? f.message} ${m?.[1] === 'resource attribute' ? 'resource' : 'record'}`;
    });
    expect(got).toEqual(c.expected);
    // At the pipeline's line, naming the exporter and the path.
    for (const f of findings) {
      expect(f.line).toBe(collector(c.signal, c.processors, c.names).split('\n').indexOf(`    ${c.signal}:`) + 1);
      expect(f.message).toContain(`before exporter "otlp"`);
      expect(f.message).toContain(`${c.signal} [${c.names.join(', ')}] → otlp`);
    }
    expect(code).toBe(c.expected.length ? 1 : 0);
  });
});

const otelcol = findTool('otelcol');
describe.skipIf(!otelcol)('the redaction fixtures are configurations the real collector accepts', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(project(c), 'collector.yaml');
    const result = await new Promise<string>((resolve) => {
      execFile(otelcol!, ['validate', `--config=${file}`], { env: { PATH: '/usr/bin:/bin' }, timeout: 60_000 }, (err, stdout, stderr) => resolve(err ? `${stderr}${stdout}` : 'valid'));
    });
    expect(result).toBe('valid');
  });
});

// Paths through connectors: the processors of every pipeline from the receiver to the exporter count.
const JOINED = `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
processors:
  batch:
  attributes/redact:
    actions:
      - { key: tenant.id, action: hash }
      - { key: user.email, action: delete }
connectors:
  forward:
exporters:
  otlp:
    endpoint: tempo:4317
    tls:
      insecure: true
  debug:
    verbosity: VERBOSITY
service:
  pipelines:
    traces/in:
      receivers: [otlp]
      processors: [IN]
      exporters: [forward]
SIDE    traces/out:
      receivers: [forward]
      processors: [OUT]
      exporters: [EXPORTERS]
`;
const SIDE = '    traces/side:\n      receivers: [otlp]\n      processors: [batch]\n      exporters: [forward]\n';
interface Joined {
  name: string;
  in: string;
  out: string;
  side?: boolean;
  exporters?: string;
  verbosity?: string;
  /** `line message`. */
  expected: string[];
}
const joined: Joined[] = [
  { name: 'redaction before the connector counts', in: 'attributes/redact', out: 'batch', expected: [] },
  { name: 'redaction after the connector counts', in: 'batch', out: 'attributes/redact, batch', expected: [] },
  {
    name: 'no redaction on either side of the connector: at the exporting pipeline, naming the whole path',
    in: 'batch',
    out: 'batch',
    expected: [
      '27 attribute "tenant.id" must be hashed before exporter "otlp", but nothing on the path traces/in [batch] → traces/out [batch] → otlp does it',
      '27 attribute "user.email" must be deleted before exporter "otlp", but nothing on the path traces/in [batch] → traces/out [batch] → otlp does it',
    ],
  },
  {
    name: 'a second pipeline feeding the connector around the redaction',
    in: 'attributes/redact',
    out: 'batch',
    side: true,
    expected: [
      '31 attribute "tenant.id" must be hashed before exporter "otlp", but nothing on the path traces/side [batch] → traces/out [batch] → otlp does it',
      '31 attribute "user.email" must be deleted before exporter "otlp", but nothing on the path traces/side [batch] → traces/out [batch] → otlp does it',
    ],
  },
  {
    // otelcol v0.161.0 prints each record's and its resource's attributes at normal (test/differential/otel/debug-verbosity.test.ts).
    name: 'debug at normal verbosity prints attributes too: it leaves',
    in: 'batch',
    out: 'batch',
    exporters: 'debug',
    verbosity: 'normal',
    expected: [
      '27 attribute "tenant.id" must be hashed before exporter "debug", but nothing on the path traces/in [batch] → traces/out [batch] → debug does it',
      '27 attribute "user.email" must be deleted before exporter "debug", but nothing on the path traces/in [batch] → traces/out [batch] → debug does it',
    ],
  },
  { name: 'debug at basic verbosity stays inside', in: 'batch', out: 'batch', exporters: 'debug', verbosity: 'basic', expected: [] },
  {
    name: 'debug at detailed verbosity prints every attribute: it leaves',
    in: 'batch',
    out: 'batch',
    exporters: 'debug',
    verbosity: 'detailed',
    expected: [
      '27 attribute "tenant.id" must be hashed before exporter "debug", but nothing on the path traces/in [batch] → traces/out [batch] → debug does it',
      '27 attribute "user.email" must be deleted before exporter "debug", but nothing on the path traces/in [batch] → traces/out [batch] → debug does it',
    ],
  },
  {
    name: 'debug at detailed verbosity after a redacting pipeline',
    in: 'attributes/redact',
    out: 'batch',
    exporters: 'otlp, debug',
    verbosity: 'detailed',
    expected: [],
  },
];
const joinedText = (j: Joined) =>
  JOINED.replace('[IN]', `[${j.in}]`)
    .replace('[OUT]', `[${j.out}]`)
    .replace('SIDE', j.side ? SIDE : '')
    .replace('[EXPORTERS]', `[${j.exporters ?? 'otlp'}]`)
    .replace('VERBOSITY', j.verbosity ?? 'basic');

describe('otel redaction policy through connectors, and the debug exporter', () => {
  it.each(joined.map((j) => [j.name, j] as const))('%s', async (_name, j) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-redaction-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.portarium-infra.yml'), policy('record'));
    writeFileSync(path.join(dir, 'collector.yaml'), joinedText(j));
    let stdout = '';
    const code = await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: () => undefined, isTTY: false, cwd: dir, env: {} });
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; severity: string; line: number; message: string }> }).findings;
    // An exporter no pipeline uses is only a warning (otel/unused-component).
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.message}`)).toEqual(j.expected);
    expect(code).toBe(j.expected.length ? 1 : 0);
  });

  it.skipIf(!otelcol).each(joined.map((j) => [j.name, j] as const))('the real collector accepts the fixture: %s', async (_name, j) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-redaction-'));
    dirs.push(dir);
    const file = path.join(dir, 'collector.yaml');
    writeFileSync(file, joinedText(j));
    const result = await new Promise<string>((resolve) => {
      execFile(otelcol!, ['validate', `--config=${file}`], { env: { PATH: '/usr/bin:/bin' }, timeout: 60_000 }, (err, stdout, stderr) => resolve(err ? `${stderr}${stdout}` : 'valid'));
    });
    expect(result).toBe('valid');
  });
});

// Connectors that join pipelines of different signals or route between them are followed the same way.
// (The oracle build has only `forward`, so these fixtures are not run through otelcol.)
describe('otel redaction policy through connectors that change the signal or route', () => {
  const text = (connector: string, settings: string, inProcs: string, outSignal: string) => `receivers:
  otlp:
    protocols:
      grpc:
processors:
  batch:
  attributes/redact:
    actions:
      - { key: tenant.id, action: hash }
      - { key: user.email, action: delete }
connectors:
  ${connector}:${settings}
exporters:
  otlphttp:
    endpoint: http://mimir:8080/otlp
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [${inProcs}]
      exporters: [${connector}]
    ${outSignal}:
      receivers: [${connector}]
      processors: [batch]
      exporters: [otlphttp]
`;
  const run = async (t: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-redaction-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.portarium-infra.yml'), policy('record'));
    writeFileSync(path.join(dir, 'collector.yaml'), t);
    let stdout = '';
    await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: () => undefined, isTTY: false, cwd: dir, env: {} });
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; severity: string; line: number; message: string }> }).findings;
    // The processor a case leaves out is only an unused-component warning.
    return findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.rule} ${f.message}`);
  };

  it('spanmetrics (traces → metrics): span attributes redacted before it count; none anywhere is reported on the metrics pipeline', async () => {
    expect(await run(text('spanmetrics', '', 'attributes/redact, batch', 'metrics'))).toEqual([]);
    expect(await run(text('spanmetrics', '', 'batch', 'metrics'))).toEqual([
      '22 otel/redaction-missing attribute "tenant.id" must be hashed before exporter "otlphttp", but nothing on the path traces [batch] → metrics [batch] → otlphttp does it',
      '22 otel/redaction-missing attribute "user.email" must be deleted before exporter "otlphttp", but nothing on the path traces [batch] → metrics [batch] → otlphttp does it',
    ]);
  });

  it('a policy for traces covers the metrics spanmetrics derives from spans', async () => {
    const tracesOnly = 'otel:\n  redaction:\n    signals: [traces]\n    attributes:\n      - { key: user.email, action: delete }\n';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-redaction-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.portarium-infra.yml'), tracesOnly);
    writeFileSync(path.join(dir, 'collector.yaml'), text('spanmetrics', '', 'batch', 'metrics'));
    let stdout = '';
    await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: () => undefined, isTTY: false, cwd: dir, env: {} });
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; line: number }> }).findings.filter((f) => f.rule.startsWith('otel/redaction'));
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['22 otel/redaction-missing']);
  });

  it('routing (traces → traces/routed)', async () => {
    const routing = '\n    default_pipelines: [traces/routed]';
    expect(await run(text('routing', routing, 'attributes/redact', 'traces/routed'))).toEqual([]);
    expect((await run(text('routing', routing, 'batch', 'traces/routed'))).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['23 otel/redaction-missing', '23 otel/redaction-missing']);
  });
});
