import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { RULES } from '../../../src/checks/otel/index.js';
import { parseConfig } from '../../../src/settings/config.js';
import { REPO_ROOT } from '../../helpers/paths.js';

// Grafana datasource provisioning, read as Grafana reads it at start-up: every file a Grafana service
// loads from /etc/grafana/provisioning/datasources is one set (uids, defaults, links between datasources).
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const COMPOSE = `services:
  collector:
    image: otel/opentelemetry-collector-contrib:0.161.0
    ports: ["4317:4317"]
    volumes:
      - ./collector.yaml:/etc/otelcol-contrib/config.yaml:ro
  tempo:
    image: grafana/tempo:2.6.1
  loki:
    image: grafana/loki:3.2.0
  prometheus:
    image: prom/prometheus:v3.0.0
  jaeger:
    image: jaegertracing/all-in-one:1.62.0
  grafana:
    image: grafana/grafana:11.3.0
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning:ro
`;

const COLLECTOR = `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
exporters:
  otlp:
    endpoint: tempo:4317
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlp]
`;

const TEMPO_DS = 'grafana/provisioning/datasources/tempo.yaml';
const OTHERS_DS = 'grafana/provisioning/datasources/others.yml';

/** Valid: Tempo links to Loki and Prometheus, Loki and Prometheus link back to Tempo. */
const BASE: Record<string, string> = {
  'docker-compose.yml': COMPOSE,
  'collector.yaml': COLLECTOR,
  [TEMPO_DS]: `apiVersion: 1
datasources:
  - name: Tempo
    uid: tempo
    type: tempo
    url: http://tempo:3200
    isDefault: true
    jsonData:
      tracesToLogsV2:
        datasourceUid: loki
      serviceMap:
        datasourceUid: prometheus
      lokiSearch:
        datasourceUid: loki
`,
  [OTHERS_DS]: `apiVersion: 1
datasources:
  - name: Loki
    uid: loki
    type: loki
    url: http://loki:3100
    jsonData:
      derivedFields:
        - name: TraceID
          matcherRegex: trace_id=(\\w+)
          datasourceUid: tempo
  - name: Prometheus
    uid: prometheus
    type: prometheus
    url: prometheus:9090
    jsonData:
      exemplarTraceIdDestinations:
        - name: trace_id
          datasourceUid: tempo
  - name: Jaeger
    uid: jaeger
    type: jaeger
    url: http://jaeger:16686
  - name: Env
    uid: \${ENV_UID}
    type: prometheus
    url: \${PROMETHEUS_URL}
`,
};

async function otel(edits: Record<string, [string, string]> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-grafana-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(BASE)) {
    let t = text;
    if (edits[name]) {
      expect(t).toContain(edits[name][0]);
      t = t.replace(edits[name][0], edits[name][1]);
    }
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), t);
  }
  let stdout = '';
  let stderr = '';
  const code = await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, cwd: dir, env: {} });
  expect(stderr).toBe('');
  const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; column: number; message: string }> }).findings;
  return { code, findings: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`) };
}

describe('Grafana datasource provisioning', () => {
  it('passes a valid set spread over two files of a mounted provisioning directory', async () => {
    expect(await otel()).toEqual({ code: 0, findings: [] });
  });

  it('reads a file once though it is mounted both alone and with its directory', async () => {
    const both = ['      - ./grafana/provisioning:/etc/grafana/provisioning:ro\n', '      - ./grafana/provisioning:/etc/grafana/provisioning:ro\n      - ./grafana/provisioning/datasources/tempo.yaml:/etc/grafana/provisioning/datasources/tempo.yaml:ro\n'] as [string, string];
    expect(await otel({ 'docker-compose.yml': both })).toEqual({ code: 0, findings: [] });
  });

  it('otel/unknown-datasource-type: a type Grafana does not ship, at the type; a plugin id is accepted', async () => {
    expect((await otel({ [OTHERS_DS]: ['type: loki', 'type: lokki'] })).findings).toEqual([
      `${OTHERS_DS}:5:11 otel/unknown-datasource-type datasource "Loki" has type "lokki", which is no datasource Grafana ships and no plugin id (<org>-<name>-datasource)`,
    ]);
    expect((await otel({ [OTHERS_DS]: ['type: jaeger', 'type: grafana-clickhouse-datasource'] })).findings).toEqual([]);
  });

  it('otel/invalid-datasource-url: a url Grafana cannot use, at the url; host:port without a scheme is fine', async () => {
    const r = await otel({ [OTHERS_DS]: ['url: http://loki:3100', 'url: http://loki:31OO'] });
    expect(r.findings).toEqual([`${OTHERS_DS}:6:10 otel/invalid-datasource-url datasource "Loki" has url "http://loki:31OO", which is not a URL`]);
    expect(r.code).toBe(1);
    expect((await otel({ [OTHERS_DS]: ['url: http://jaeger:16686', 'url: grpc://jaeger:16686'] })).findings).toEqual([
      `${OTHERS_DS}:23:10 otel/invalid-datasource-url datasource "Jaeger" has url "grpc://jaeger:16686", whose scheme grpc Grafana's HTTP client does not speak (http or https)`,
    ]);
  });

  it('otel/invalid-datasource-uid: a uid Grafana refuses, at the uid; letters, digits, - and _ up to 40 are fine', async () => {
    expect((await otel({ [OTHERS_DS]: ['uid: jaeger', 'uid: jaeger.traces'] })).findings).toEqual([
      `${OTHERS_DS}:21:10 otel/invalid-datasource-uid datasource uid "jaeger.traces" is not one Grafana accepts: at most 40 letters, digits, - and _`,
    ]);
    expect((await otel({ [OTHERS_DS]: ['uid: jaeger', `uid: ${'j'.repeat(41)}`] })).findings.map((f) => f.split(' ')[1])).toEqual(['otel/invalid-datasource-uid']);
    expect((await otel({ [OTHERS_DS]: ['uid: jaeger', `uid: Jaeger_traces-${'j'.repeat(26)}`] })).findings).toEqual([]);
  });

  it('otel/duplicate-datasource-uid: a uid another provisioning file already gives, at the second in the order Grafana reads them (by name)', async () => {
    expect((await otel({ [OTHERS_DS]: ['uid: jaeger', 'uid: tempo'] })).findings).toEqual([
      `${TEMPO_DS}:4:10 otel/duplicate-datasource-uid datasource uid "tempo" is also the uid of the datasource at others.yml:21: dashboards and links would reach only one of them`,
    ]);
  });

  it('otel/unknown-datasource-uid: a datasourceUid link to no provisioned uid, at the link', async () => {
    expect((await otel({ [TEMPO_DS]: ['        datasourceUid: prometheus', '        datasourceUid: prom'] })).findings).toEqual([
      `${TEMPO_DS}:12:24 otel/unknown-datasource-uid datasource "Tempo" links to datasource uid "prom", which no provisioned datasource has (uids: loki, prometheus, jaeger, tempo)`,
    ]);
    // A datasource without a uid gets one made from its name (Grafana's safeUIDFromName), which a link may name:
    // "P" + the first 8 bytes of SHA-256("Jaeger") in upper-case hex, as Python's hashlib computes it.
    const noUid = { [OTHERS_DS]: ['    uid: jaeger\n', ''] as [string, string], [TEMPO_DS]: ['        datasourceUid: prometheus', '        datasourceUid: PC9A941E8F2E49454'] as [string, string] };
    expect((await otel(noUid)).findings).toEqual([]);
    // A link written with an environment reference is Grafana's to expand.
    expect((await otel({ [TEMPO_DS]: ['        datasourceUid: prometheus', '        datasourceUid: ${PROM_UID}'] })).findings).toEqual([]);
  });

  it('otel/datasource-api-version: no apiVersion, at the top; another version, at the value', async () => {
    expect((await otel({ [OTHERS_DS]: ['apiVersion: 1\n', ''] })).findings).toEqual([
      `${OTHERS_DS}:1:1 otel/datasource-api-version the provisioning file has no apiVersion: Grafana reads it as the version 0 format, which ignores uid, jsonData, isDefault, orgId and the other camelCase keys; write apiVersion: 1`,
    ]);
    expect((await otel({ [TEMPO_DS]: ['apiVersion: 1', 'apiVersion: 0'] })).findings).toEqual([
      `${TEMPO_DS}:1:13 otel/datasource-api-version apiVersion is 0: Grafana reads it as the version 0 format, which ignores uid, jsonData, isDefault, orgId and the other camelCase keys; write apiVersion: 1`,
    ]);
    expect((await otel({ [TEMPO_DS]: ['apiVersion: 1', 'apiVersion: 2'] })).findings).toEqual([
      `${TEMPO_DS}:1:13 otel/datasource-api-version apiVersion is 2: there is no provisioning format 2 (Grafana reads it as 1); write apiVersion: 1`,
    ]);
  });

  it('otel/invalid-datasource: a second default datasource of one organisation, at its isDefault', async () => {
    expect((await otel({ [OTHERS_DS]: ['    url: http://loki:3100\n', '    url: http://loki:3100\n    isDefault: true\n'] })).findings).toEqual([
      `${TEMPO_DS}:7:16 otel/invalid-datasource datasource "Tempo" is marked default, as "Loki" already is in organisation 1: Grafana refuses the provisioning ("Only one datasource per organization can be marked as default")`,
    ]);
    // In another organisation it is that organisation's default.
    expect((await otel({ [OTHERS_DS]: ['    url: http://loki:3100\n', '    url: http://loki:3100\n    isDefault: true\n    orgId: 2\n'] })).findings).toEqual([]);
  });

  it('checks a datasource URL against the ports of the service it names', async () => {
    expect((await otel({ [OTHERS_DS]: ['url: http://loki:3100', 'url: http://loki:3101'] })).findings).toEqual([
      `${OTHERS_DS}:6:10 otel/wrong-endpoint-port Grafana datasource "Loki" (loki) reaches "loki" at port 3101, which compose service "loki" does not listen on (the documented ports of grafana/loki: 3100, 9095)`,
    ]);
  });
});

it('every otel rule is documented in docs/rules/otel.md with its default severity and description', () => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'otel.md'), 'utf8');
  for (const r of RULES) {
    expect(doc, r.id).toContain(`## ${r.id}\n`);
    const section = doc.split(`## ${r.id}\n`)[1]!.split('\n## ')[0]!;
    expect(section, r.id).toContain(`**Default severity:** ${r.severity}`);
    expect(section, r.id).toContain(r.description);
    expect(section, r.id).toContain(`${r.id}: off`);
    // Every rule shows what makes it fire and what keeps it quiet.
    const flat = section.replace(/\s+/g, ' ');
    expect(flat, r.id).toMatch(/Fires\b/);
    expect(flat, r.id).toContain('Does not fire');
  }
});

it('the otel settings are documented with the other sections of .portarium-infra.yml', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const row = readme.split('\n').find((l) => l.startsWith('| `otel` |'));
  expect(row).toBeDefined();
  for (const key of ['configs', 'redaction', 'signals', 'attributes', 'key', 'action', 'scope', 'external-hosts']) expect(row, key).toContain(`\`${key}\``);
  expect(readme).toContain('[otel](docs/rules/otel.md)');
  // The README's example file is one the settings reader accepts, with the otel policy in it.
  const example = readme.split('## Configuration: `.portarium-infra.yml`')[1]!.split('```yaml\n')[1]!.split('```')[0]!;
  const settings = parseConfig(example, 'README.md').checks.otel;
  expect(settings.redaction?.attributes).toEqual([
    { key: 'tenant.id', action: 'hash' },
    { key: 'user.email', action: 'delete' },
    { key: 'user.email', action: 'delete', scope: 'resource' },
  ]);
});
