import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

// `portarium-infra otel`: collector configurations checked as the collector's `validate` does, and the
// redaction policy of .portarium-infra.yml enforced on every path out of the collector.
const example = path.resolve(__dirname, '../../../examples/portarium');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, cwd, env: {} });
  return { code, stdout, stderr };
}

interface Found {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}
async function findings(files: Record<string, string>): Promise<{ code: number; findings: Found[] }> {
  const dir = project(files);
  const r = await run(['otel', '--format', 'json', '.'], dir);
  expect(r.stderr).toBe('');
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Found[] }).findings };
}
const at = (f: Found[]) => f.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`);

const VALID = `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
processors:
  batch:
    timeout: 5s
exporters:
  otlp:
    endpoint: tempo:4317
    tls:
      insecure: true
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlp]
`;

const POLICY = `otel:
  redaction:
    signals: [traces, logs, metrics]
    attributes:
      - { key: tenant.id, action: hash }
      - { key: user.email, action: delete }
`;

describe('otel check', () => {
  it('passes the example, which the policy of its .portarium-infra.yml covers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-example-'));
    dirs.push(dir);
    cpSync(example, dir, { recursive: true });
    const r = await run(['otel', '--format', 'json', '.'], dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Found[]; checks: Array<{ name: string; stats: Record<string, number> }> };
    expect(report.findings).toEqual([]);
    expect(report.checks[0]!.stats['files']).toBe(1);
    expect(r.code).toBe(0);
  });

  it('finds a collector configuration by its top-level keys and passes a valid one', async () => {
    const r = await findings({ 'collector.yaml': VALID, 'other.yaml': 'services:\n  a: {}\n', 'app.yaml': 'service:\n  name: billing\n  port: 8080\n' });
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports a pipeline reference to a component that is not configured at the reference', async () => {
    const r = await findings({ 'c.yaml': VALID.replace('processors: [batch]', 'processors: [batch, memory_limiter]') });
    expect(at(r.findings)).toEqual(['c.yaml:18:27 otel/undefined-component']);
    expect(r.findings[0]!.message).toBe('service::pipelines::traces: references processor "memory_limiter" which is not configured');
    expect(r.code).toBe(1);
  });

  it('reports unknown keys as the strict unmarshal does, at the key', async () => {
    const r = await findings({ 'c.yaml': VALID.replace('    timeout: 5s\n', '    timeout: 5s\n    send_batch_sise: 10\n') });
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["9:5 'processors::batch' has invalid keys: send_batch_sise"]);
  });

  it('checks values: durations, enums, required settings', async () => {
    const r = await findings({
      'c.yaml': VALID.replace('timeout: 5s', 'timeout: five')
        .replace('      insecure: true\n', '      insecure: true\n  debug:\n    verbosity: loud\n')
        .replace('exporters: [otlp]', 'exporters: [otlp, debug]'),
    });
    expect(at(r.findings)).toEqual(['c.yaml:8:14 otel/invalid-value', 'c.yaml:15:16 otel/invalid-value']);
  });

  it('does not judge values that a provider supplies (${env:…}, ${…}, ${file:…})', async () => {
    const r = await findings({ 'c.yaml': VALID.replace('timeout: 5s', 'timeout: ${env:BATCH_TIMEOUT}').replace('endpoint: tempo:4317', 'endpoint: ${TEMPO}').replace('insecure: true', 'insecure: ${file:/run/insecure}') });
    expect(r.findings).toEqual([]);
  });

  it('reports transform statements the collector refuses: a path without a context name, statements and groups in one list', async () => {
    const transform = (body: string) => VALID.replace('  batch:\n', `  transform:\n${body}  batch:\n`).replace('processors: [batch]', 'processors: [transform, batch]');
    const bare = await findings({ 'c.yaml': transform('    trace_statements:\n      - delete_key(attributes, "user.email")\n') });
    expect(bare.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      '9:9 otel/invalid-value processors::transform: missing context name for path "attributes" in OTTL statement "delete_key(attributes, "user.email")": write span.attributes, resource.attributes, log.attributes or datapoint.attributes, or put the statement in a group with context:',
    ]);
    const mixed = await findings({ 'c.yaml': transform('    trace_statements:\n      - delete_key(span.attributes, "a")\n      - context: resource\n        statements:\n          - delete_key(attributes, "a")\n') });
    expect(at(mixed.findings)).toEqual(['c.yaml:10:9 otel/invalid-value']);
    const fine = await findings({ 'c.yaml': transform('    trace_statements:\n      - delete_key(span.attributes, "attributes")\n      - set(span.attributes["a"], resource.attributes["b"])\n') });
    expect(fine.findings).toEqual([]);
  });

  it('reports bad component ids, unknown types, bad pipeline ids and unsupported signals', async () => {
    const text = VALID.replace('  batch:\n', '  batch:\n  tail_sampling:\n  nope:\n  batch/:\n')
      .replace('    traces:\n', '    metrics:\n      receivers: [otlp]\n      processors: [tail_sampling]\n      exporters: [otlp]\n    spans:\n      receivers: [otlp]\n      exporters: [otlp]\n    traces:\n');
    const r = await findings({ 'c.yaml': text });
    expect(r.findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '9 otel/unknown-component-type processors: unknown type: "nope" for id: "nope" (valid values: [attributes batch filter k8sattributes memory_limiter probabilistic_sampler resource resourcedetection tail_sampling transform])',
      '9 otel/unused-component processor "nope" is configured but not used in any pipeline: the collector ignores it',
      '10 otel/invalid-component-id processors: invalid id "batch/": name part must be specified after "/" in type/name key',
      '21 otel/unsupported-signal service::pipelines::metrics: processor "tail_sampling" does not support metrics (it supports traces)',
      '23 otel/invalid-pipeline service::pipelines: invalid pipeline id "spans": the signal must be traces, metrics or logs, with an optional /name',
    ]);
  });

  it('reports a connector used on one side only', async () => {
    const r = await findings({ 'c.yaml': VALID.replace('exporters:\n  otlp:', 'connectors:\n  forward:\nexporters:\n  otlp:').replace('exporters: [otlp]', 'exporters: [otlp, forward]') });
    expect(r.findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '18 otel/connector-unpaired connectors::forward: must be used as both receiver and exporter but is not used as receiver',
    ]);
  });

  it('refuses an alias bomb without expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const r = await findings({ 'c.yaml': `${bomb.join('\n')}\n${VALID}` });
    expect(at(r.findings)).toEqual(['c.yaml:5:7 otel/invalid-yaml']);
  });
});

describe('otel redaction policy', () => {
  const redacting = VALID.replace(
    '  batch:\n',
    '  attributes/redact:\n    actions:\n      - { key: tenant.id, action: hash }\n      - { key: user.email, action: delete }\n  batch:\n',
  ).replace('processors: [batch]', 'processors: [attributes/redact, batch]');

  it('passes a pipeline whose processors enforce every attribute', async () => {
    const r = await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': redacting });
    expect(r.findings).toEqual([]);
  });

  it('reports a path that skips the redaction at the pipeline, naming the attribute and the path', async () => {
    const r = await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': VALID });
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      '16:5 otel/redaction-missing attribute "tenant.id" must be hashed before exporter "otlp", but nothing on the path traces [batch] → otlp does it',
      '16:5 otel/redaction-missing attribute "user.email" must be deleted before exporter "otlp", but nothing on the path traces [batch] → otlp does it',
    ]);
    expect(r.code).toBe(1);
  });

  it('reports hash where delete is required', async () => {
    const r = await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': redacting.replace('{ key: user.email, action: delete }', '{ key: user.email, action: hash }') });
    expect(r.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'otel/redaction-weaker attribute "user.email" must be deleted before exporter "otlp", but the path traces [attributes/redact, batch] → otlp only hashes it',
    ]);
  });

  it('counts debug as inside at basic verbosity and outside at detailed', async () => {
    const withDebug = (v: string) => VALID.replace('      insecure: true\n', `      insecure: true\n  debug:\n    verbosity: ${v}\n`).replace('exporters: [otlp]', 'exporters: [debug]');
    const errors = (f: Found[]) => f.filter((x) => x.severity === 'error');
    expect(errors((await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': withDebug('basic') })).findings)).toEqual([]);
    const detailed = await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': withDebug('detailed') });
    expect(errors(detailed.findings).map((f) => f.rule)).toEqual(['otel/redaction-missing', 'otel/redaction-missing']);
    expect(errors(detailed.findings)[0]!.message).toContain('before exporter "debug"');
  });

  it('follows paths through connectors: redaction before the connector counts, none anywhere does not', async () => {
    const split = (procs: string) =>
      redacting
        .replace('exporters:\n  otlp:', 'connectors:\n  forward:\nexporters:\n  otlp:')
        .replace(
          '    traces:\n      receivers: [otlp]\n      processors: [attributes/redact, batch]\n      exporters: [otlp]\n',
          `    traces/in:\n      receivers: [otlp]\n      processors: [${procs}]\n      exporters: [forward]\n    traces/out:\n      receivers: [forward]\n      processors: [batch]\n      exporters: [otlp]\n`,
        );
    expect((await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': split('attributes/redact') })).findings).toEqual([]);
    const skipped = await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': split('batch') });
    expect(skipped.findings.filter((f) => f.rule === 'otel/redaction-missing').map((f) => `${f.line} ${f.message}`)).toEqual([
      '26 attribute "tenant.id" must be hashed before exporter "otlp", but nothing on the path traces/in [batch] → traces/out [batch] → otlp does it',
      '26 attribute "user.email" must be deleted before exporter "otlp", but nothing on the path traces/in [batch] → traces/out [batch] → otlp does it',
    ]);
  });

  it('enforces resource attributes through the resource or transform processor only', async () => {
    const policy = 'otel:\n  redaction:\n    attributes:\n      - { key: user.email, action: delete, scope: resource }\n';
    expect((await findings({ '.portarium-infra.yml': policy, 'c.yaml': redacting })).findings.map((f) => f.rule)).toEqual(['otel/redaction-missing']);
    const resource = VALID.replace('  batch:\n', '  resource:\n    attributes:\n      - { key: user.email, action: delete }\n  batch:\n').replace('processors: [batch]', 'processors: [resource, batch]');
    expect((await findings({ '.portarium-infra.yml': policy, 'c.yaml': resource })).findings).toEqual([]);
    const transform = VALID.replace('  batch:\n', '  transform:\n    trace_statements:\n      - delete_key(resource.attributes, "user.email")\n  batch:\n').replace('processors: [batch]', 'processors: [transform, batch]');
    expect((await findings({ '.portarium-infra.yml': policy, 'c.yaml': transform })).findings).toEqual([]);
  });

  it('counts a delete by pattern and a transform hash, but not an attributes processor limited by include', async () => {
    const withProcessor = (name: string, body: string) =>
      VALID.replace('  batch:\n', `  ${name}:\n${body}  batch:\n`).replace('processors: [batch]', `processors: [${name}, batch]`);
    const pattern = withProcessor('attributes', '    actions:\n      - { pattern: ^user\\..*, action: delete }\n      - { key: tenant.id, action: hash }\n');
    expect((await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': pattern })).findings).toEqual([]);
    const transform = withProcessor(
      'transform',
      '    trace_statements:\n      - set(span.attributes["tenant.id"], SHA256(span.attributes["tenant.id"]))\n      - delete_key(span.attributes, "user.email")\n',
    );
    expect((await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': transform })).findings).toEqual([]);
    const limited = withProcessor('attributes', '    include:\n      match_type: strict\n      services: [billing]\n    actions:\n      - { key: user.email, action: delete }\n      - { key: tenant.id, action: hash }\n');
    expect((await findings({ '.portarium-infra.yml': POLICY, 'c.yaml': limited })).findings.map((f) => f.rule)).toEqual(['otel/redaction-missing', 'otel/redaction-missing']);
  });

  it('reports a mistake in the otel settings at its line, with a suggestion', async () => {
    const dir = project({ '.portarium-infra.yml': 'otel:\n  redaction:\n    attributes:\n      - { key: a, acton: delete }\n', 'c.yaml': VALID });
    const r = await run(['otel', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.portarium-infra\.yml:4:19: unknown setting "otel\.redaction\.attributes\[0\]\.acton" \(did you mean "action"\?\)/);
  });
});

describe('otel across files: compose, Tempo, Grafana', () => {
  function exampleWith(edits: Record<string, [string, string]>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-wiring-'));
    dirs.push(dir);
    cpSync(example, dir, { recursive: true });
    for (const [file, [from, to]] of Object.entries(edits)) {
      const p = path.join(dir, file);
      const text = readFileSync(p, 'utf8');
      expect(text).toContain(from);
      writeFileSync(p, text.replace(from, to));
    }
    return dir;
  }
  async function otel(dir: string) {
    const r = await run(['otel', '--format', 'json', '.'], dir);
    return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Found[] }).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`) };
  }
  const collector = 'infra/otel/collector-config.yaml';

  it('reports a receiver port the collector service does not publish, at the endpoint', async () => {
    const r = await otel(exampleWith({ [collector]: ['endpoint: 0.0.0.0:4318', 'endpoint: 0.0.0.0:4319'] }));
    expect(r.findings).toEqual([
      `${collector}:14:19 otel/port-not-published receiver "otlp" listens on port 4319 (http), but compose service "otel-collector", which mounts this configuration, does not publish it`,
    ]);
    expect(r.code).toBe(1);
  });

  it('reports a published receiver port the collector listens on at loopback only: no endpoint (the default) or localhost', async () => {
    const noEndpoint = await otel(exampleWith({ [collector]: ['      grpc:\n        endpoint: 0.0.0.0:4317\n', '      grpc:\n'] }));
    expect(noEndpoint.findings).toEqual([
      `${collector}:11:7 otel/port-not-published receiver "otlp" listens on 127.0.0.1:4317 (grpc, the default without an endpoint), inside its container only: the port compose service "otel-collector" publishes reaches nothing; listen on 0.0.0.0:4317`,
    ]);
    expect(noEndpoint.code).toBe(1);
    const localhost = await otel(exampleWith({ [collector]: ['endpoint: 0.0.0.0:4318', 'endpoint: localhost:4318'] }));
    expect(localhost.findings).toEqual([
      `${collector}:14:19 otel/port-not-published receiver "otlp" listens on localhost:4318 (http), inside its container only: the port compose service "otel-collector" publishes reaches nothing; listen on 0.0.0.0:4318`,
    ]);
  });

  it('reports an exporter endpoint naming no service, or Tempo at a port it does not serve', async () => {
    const unknown = await otel(exampleWith({ [collector]: ['endpoint: tempo:4317', 'endpoint: tempoo:4317'] }));
    expect(unknown.findings).toEqual([
      `${collector}:53:15 otel/unknown-endpoint-host exporter "otlp/tempo" names host "tempoo", which is no compose service and no otel.external-hosts entry`,
    ]);
    const wrongPort = await otel(exampleWith({ [collector]: ['endpoint: tempo:4317', 'endpoint: tempo:4320'] }));
    expect(wrongPort.findings).toEqual([
      `${collector}:53:15 otel/wrong-endpoint-port exporter "otlp/tempo" reaches Tempo ("tempo") at port 4320, which Tempo does not listen on (its configuration serves 3200, 4317, 4318, 9095)`,
    ]);
  });

  it("judges an exporter to Tempo by the receivers Tempo's configuration enables, and where they listen", async () => {
    const tempo = 'infra/otel/tempo-config.yaml';
    const grpc = '        grpc:\n          endpoint: 0.0.0.0:4317\n';
    const httpOnly = await otel(exampleWith({ [tempo]: [grpc, ''] }));
    expect(httpOnly.findings).toEqual([
      `${collector}:53:15 otel/wrong-endpoint-port exporter "otlp/tempo" reaches Tempo ("tempo") at port 4317, which Tempo does not listen on (its configuration serves 3200, 4318, 9095)`,
    ]);
    const loopback = await otel(exampleWith({ [tempo]: [grpc, '        grpc:\n          endpoint: 127.0.0.1:4317\n'] }));
    expect(loopback.findings).toEqual([
      `${collector}:53:15 otel/wrong-endpoint-port exporter "otlp/tempo" reaches Tempo ("tempo") at port 4317, but Tempo's receiver listens there on 127.0.0.1 only, which no other container reaches (listen on 0.0.0.0:4317)`,
    ]);
    // Another port, written as ":port" (every interface), and a receiver other than otlp.
    const moved = await otel(exampleWith({ [tempo]: [grpc, '        grpc:\n          endpoint: ":4320"\n'], [collector]: ['endpoint: tempo:4317', 'endpoint: tempo:4320'] }));
    expect(moved.findings).toEqual([]);
    const zipkin = await otel(exampleWith({ [tempo]: ['    otlp:\n', '    zipkin:\n    otlp:\n'], [collector]: ['endpoint: tempo:4317', 'endpoint: tempo:9411'] }));
    expect(zipkin.findings).toEqual([]);
  });

  it('accepts a host listed in otel.external-hosts', async () => {
    const dir = exampleWith({ [collector]: ['endpoint: tempo:4317', 'endpoint: traces.example.com:4317'], '.portarium-infra.yml': ['otel:\n', 'otel:\n  external-hosts: [traces.example.com]\n'] });
    expect((await otel(dir)).findings).toEqual([]);
  });

  it("reports a Grafana Tempo datasource that misses Tempo's HTTP port", async () => {
    const r = await otel(exampleWith({ 'infra/otel/tempo-config.yaml': ['http_listen_port: 3200', 'http_listen_port: 3210'] }));
    expect(r.findings).toEqual([
      `infra/otel/grafana-datasources.yaml:9:10 otel/wrong-endpoint-port Grafana datasource "Tempo" (tempo) reaches Tempo ("tempo") at port 3200, but Tempo's HTTP API listens on 3210 (server.http_listen_port)`,
    ]);
  });

  it('reports a Grafana datasource without a url, or reusing a uid', async () => {
    const r = await otel(
      exampleWith({
        'infra/otel/grafana-datasources.yaml': ['    url: http://tempo:3200\n', '  - name: Tempo copy\n    uid: tempo\n    type: tempo\n'],
      }),
    );
    expect(r.findings).toEqual([
      'infra/otel/grafana-datasources.yaml:5:5 otel/invalid-datasource datasource of type tempo has no url',
      'infra/otel/grafana-datasources.yaml:9:5 otel/invalid-datasource datasource of type tempo has no url',
      'infra/otel/grafana-datasources.yaml:10:10 otel/duplicate-datasource-uid datasource uid "tempo" is also the uid of the datasource at line 6: dashboards and links would reach only one of them',
    ]);
  });

  it('judges nothing a provider supplies in the example: typed settings, limits, action keys, endpoints and ports', async () => {
    const dir = exampleWith({});
    const file = path.join(dir, collector);
    const text = readFileSync(file, 'utf8');
    const edits: Array<[string, string]> = [
      ['endpoint: 0.0.0.0:4317', 'endpoint: ${env:OTLP_GRPC_ENDPOINT}'],
      ['endpoint: 0.0.0.0:4318', 'endpoint: 0.0.0.0:${env:OTLP_HTTP_PORT:-4318}'],
      ['endpoint: tempo:4317', 'endpoint: ${env:TEMPO_HOST}:4317'],
      ['endpoint: 0.0.0.0:13133', 'endpoint: ${env:HEALTH_ENDPOINT}'],
      ['check_interval: 1s', 'check_interval: ${file:/run/secrets/interval}'],
      ['limit_mib: 400', 'limit_mib: ${env:LIMIT_MIB}'],
      ['send_batch_size: 512', 'send_batch_size: ${BATCH_SIZE}'],
      ['insecure: true', 'insecure: ${env:OTLP_INSECURE}'],
      ['- key: user.ip\n        action: delete', '- key: ${env:IP_KEY}\n        action: delete\n      - key: user.ip\n        action: ${env:IP_ACTION}'],
    ];
    let edited = text;
    for (const [from, to] of edits) {
      expect(edited).toContain(from);
      edited = edited.replace(from, to);
    }
    writeFileSync(file, edited);
    const r = await otel(dir);
    // Only the policy: an action known only at start-up is not known to delete user.ip.
    expect(r.findings.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([`${collector}:64:5 otel/redaction-missing`]);
    expect(r.findings[0]).toContain('attribute "user.ip" must be deleted');
  });

  it('reports a mounted configuration file that does not exist, at the compose line', async () => {
    const r = await otel(exampleWith({ 'docker-compose.yml': ['./infra/otel/tempo-config.yaml:', './infra/otel/tempo.yaml:'] }));
    expect(r.findings).toEqual([
      'docker-compose.yml:102:9 otel/missing-mount-source service "tempo" mounts tempo.yaml at /etc/tempo/tempo.yaml, but the file does not exist (Docker would create an empty directory there)',
    ]);
  });

  it('reports a missing mount source at the volume of each service that mounts it, short or long syntax', async () => {
    const dir = exampleWith({});
    const file = path.join(dir, 'docker-compose.yml');
    const missing = '      - ./infra/otel/tempo.yaml:/etc/extra/tempo.yaml:ro\n';
    const long = '      - type: bind\n        source: ./infra/otel/tempo.yaml\n        target: /etc/extra/tempo-2.yaml\n';
    let text = readFileSync(file, 'utf8');
    for (const volume of ['      - ./infra/otel/tempo-config.yaml:/etc/tempo/tempo.yaml:ro\n', '      - ./infra/otel/grafana-datasources.yaml:/etc/grafana/provisioning/datasources/datasources.yaml:ro\n']) {
      expect(text).toContain(volume);
      text = text.replace(volume, `${volume}${missing}${long}`);
    }
    writeFileSync(file, text);
    const lines = text.split('\n');
    const at = (n: number, col: number) => `docker-compose.yml:${n}:${col}`;
    const short = lines.flatMap((l, i) => (l === missing.trimEnd() ? [i + 1] : []));
    expect(short).toHaveLength(2);
    const why = 'but the file does not exist (Docker would create an empty directory there)';
    expect((await otel(dir)).findings).toEqual([
      `${at(short[0]!, 9)} otel/missing-mount-source service "tempo" mounts tempo.yaml at /etc/extra/tempo.yaml, ${why}`,
      `${at(short[0]! + 2, 17)} otel/missing-mount-source service "tempo" mounts tempo.yaml at /etc/extra/tempo-2.yaml, ${why}`,
      `${at(short[1]!, 9)} otel/missing-mount-source service "grafana" mounts tempo.yaml at /etc/extra/tempo.yaml, ${why}`,
      `${at(short[1]! + 2, 17)} otel/missing-mount-source service "grafana" mounts tempo.yaml at /etc/extra/tempo-2.yaml, ${why}`,
    ]);
  });
});
