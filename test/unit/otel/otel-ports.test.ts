import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

// Exporter endpoints and datasource URLs that name a compose service must name a port it listens on:
// what its collector configuration serves, else its `ports:`/`expose:` and its image's documented ports.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portarium-otel-ports-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function otel(files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main(['otel', '--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, cwd: project(files), env: {} });
  expect(stderr).toBe('');
  const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; column: number; message: string }> }).findings;
  return { code, findings: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`) };
}

/** A collector (mounting collector.yaml) and the services its exporters may name. */
const compose = (others: string) => `services:
  collector:
    image: otel/opentelemetry-collector-contrib:0.161.0
    ports: ["4317:4317"]
    volumes:
      - ./collector.yaml:/etc/otelcol-contrib/config.yaml:ro
${others}`;

const collector = (exporter: string, name = 'otlphttp/out') => `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
exporters:
  ${name}:
${exporter}
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [${name}]
`;

describe('otel/wrong-endpoint-port for every compose service, not only Tempo', () => {
  const JAEGER = '  jaeger:\n    image: jaegertracing/all-in-one:1.62.0\n    ports: ["16686:16686"]\n';

  it("accepts a port the image documents though compose publishes another (containers reach unpublished ports)", async () => {
    const r = await otel({ 'docker-compose.yml': compose(JAEGER), 'collector.yaml': collector('    endpoint: http://jaeger:4318') });
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports a port neither compose nor the image serves, at the endpoint', async () => {
    const r = await otel({ 'docker-compose.yml': compose(JAEGER), 'collector.yaml': collector('    endpoint: http://jaeger:4319') });
    expect(r.findings).toEqual([
      'collector.yaml:8:15 otel/wrong-endpoint-port exporter "otlphttp/out" reaches "jaeger" at port 4319, which compose service "jaeger" does not listen on (its ports:/expose: and the documented ports of jaegertracing/all-in-one: 4317, 4318, 5778, 9411, 14250, 14268, 14269, 16685, 16686)',
    ]);
    expect(r.code).toBe(1);
  });

  it('judges an image it does not know by ports: and expose: (ranges, /tcp), through container_name too', async () => {
    const backend = '  backend:\n    image: example.com/acme/traces:2\n    container_name: traces-backend\n    expose: ["5000-5002", "6000/tcp", "7000/udp"]\n    ports: ["8080:9000"]\n';
    for (const ok of ['backend:5001', 'traces-backend:6000', 'backend:9000']) {
      expect((await otel({ 'docker-compose.yml': compose(backend), 'collector.yaml': collector(`    endpoint: ${ok}`, 'otlp/out') })).findings).toEqual([]);
    }
    const r = await otel({ 'docker-compose.yml': compose(backend), 'collector.yaml': collector('    endpoint: traces-backend:7000', 'otlp/out') });
    expect(r.findings).toEqual([
      'collector.yaml:8:15 otel/wrong-endpoint-port exporter "otlp/out" reaches "traces-backend" at port 7000, which compose service "backend" does not listen on (its ports:/expose:: 5000-5002, 6000, 9000)',
    ]);
    // The published host port is not the container's.
    const published = await otel({ 'docker-compose.yml': compose(backend), 'collector.yaml': collector('    endpoint: backend:8080', 'otlp/out') });
    expect(published.findings.map((f) => f.split(' ')[1])).toEqual(['otel/wrong-endpoint-port']);
  });

  it('does not judge a service whose ports nothing tells', async () => {
    const unknown = '  sink:\n    image: example.com/acme/sink:1\n';
    expect((await otel({ 'docker-compose.yml': compose(unknown), 'collector.yaml': collector('    endpoint: sink:1234', 'otlp/out') })).findings).toEqual([]);
  });

  it("judges an exporter to another collector by that collector's receivers, over its image's defaults", async () => {
    const gateway = `  gateway:
    image: otel/opentelemetry-collector-contrib:0.161.0
    ports: ["5317:5317"]
    volumes:
      - ./gateway.yaml:/etc/otelcol-contrib/config.yaml:ro
`;
    const gatewayConfig = collector('    endpoint: http://collector:4317').replace('0.0.0.0:4317', '0.0.0.0:5317');
    const ok = await otel({ 'docker-compose.yml': compose(gateway), 'collector.yaml': collector('    endpoint: gateway:5317', 'otlp/out'), 'gateway.yaml': gatewayConfig });
    expect(ok.findings).toEqual([]);
    const r = await otel({ 'docker-compose.yml': compose(gateway), 'collector.yaml': collector('    endpoint: gateway:4317', 'otlp/out'), 'gateway.yaml': gatewayConfig });
    expect(r.findings).toEqual([
      'collector.yaml:8:15 otel/wrong-endpoint-port exporter "otlp/out" reaches "gateway" at port 4317, which compose service "gateway" does not listen on (its collector configuration serves: 5317)',
    ]);
  });

  it('checks every exporter that names a target (loki, prometheusremotewrite, kafka brokers), never the prometheus exporter’s listen address', async () => {
    const stack = '  loki:\n    image: grafana/loki:3.2.0\n  prometheus:\n    image: prom/prometheus:v3.0.0\n  kafka:\n    image: example.com/kafka:3\n    expose: ["9092"]\n';
    const config = `receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
exporters:
  loki:
    endpoint: http://loki:3101/loki/api/v1/push
  prometheusremotewrite:
    endpoint: http://prometheus:9090/api/v1/write
  kafka:
    brokers: [kafka:9092, kafka:9093]
  prometheus:
    endpoint: collector:8889
service:
  pipelines:
    logs:
      receivers: [otlp]
      exporters: [loki, kafka]
    metrics:
      receivers: [otlp]
      exporters: [prometheusremotewrite, prometheus]
`;
    const r = await otel({ 'docker-compose.yml': compose(stack), 'collector.yaml': config });
    expect(r.findings).toEqual([
      'collector.yaml:8:15 otel/wrong-endpoint-port exporter "loki" reaches "loki" at port 3101, which compose service "loki" does not listen on (the documented ports of grafana/loki: 3100, 9095)',
      'collector.yaml:12:27 otel/wrong-endpoint-port exporter "kafka" reaches "kafka" at port 9093, which compose service "kafka" does not listen on (its ports:/expose:: 9092)',
    ]);
  });

  it('checks a Grafana datasource URL against the service it names', async () => {
    const stack = `  prometheus:
    image: prom/prometheus:v3.0.0
  grafana:
    image: grafana/grafana:11.3.0
    volumes:
      - ./datasources.yaml:/etc/grafana/provisioning/datasources/datasources.yaml:ro
`;
    const ds = (url: string) => `apiVersion: 1\ndatasources:\n  - name: Prometheus\n    uid: prom\n    type: prometheus\n    url: ${url}\n`;
    const files = (url: string) => ({ 'docker-compose.yml': compose(stack), 'collector.yaml': collector('    endpoint: http://prometheus:9090/api/v1/otlp'), 'datasources.yaml': ds(url) });
    expect((await otel(files('http://prometheus:9090'))).findings).toEqual([]);
    expect((await otel(files('http://prometheus:9091'))).findings).toEqual([
      'datasources.yaml:6:10 otel/wrong-endpoint-port Grafana datasource "Prometheus" (prometheus) reaches "prometheus" at port 9091, which compose service "prometheus" does not listen on (the documented ports of prom/prometheus: 9090)',
    ]);
  });
});
