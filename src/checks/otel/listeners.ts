// The TCP ports a compose service listens on, as far as the files tell: what its configuration serves
// (the collector's, Tempo's), else what compose declares (`ports:` container ports, `expose:`) and what
// its image is documented to serve. Containers on one network reach any port the process listens on,
// published or not, so a port is only judged against a set that is known to be complete.
import type { Node } from 'yaml';
import { parseEndpoint } from './endpoints.js';
import { type OtelSource, entries, scalarText } from './source.js';

/** Inclusive port ranges. */
export type PortRanges = Array<[number, number]>;

export interface Listening {
  ranges: PortRanges;
  /** Where the set comes from, for the message. */
  from: string;
}

export const listensOn = (l: Listening, port: number): boolean => l.ranges.some(([lo, hi]) => port >= lo && port <= hi);

export function describePorts(ranges: PortRanges): string {
  return [...ranges]
    .sort((a, b) => a[0] - b[0])
    .map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`))
    .filter((t, i, all) => all.indexOf(t) === i)
    .join(', ');
}

/**
 * Ports the images' own documentation names (their getting-started pages and Dockerfile EXPOSE), keyed
 * by repository without registry host or tag. Only images whose defaults are documented are here; any
 * other image adds nothing, and a service with nothing known is not judged.
 */
const IMAGE_PORTS: Record<string, number[]> = {
  'otel/opentelemetry-collector': [4317, 4318, 8888, 13133, 55679],
  'otel/opentelemetry-collector-contrib': [4317, 4318, 8888, 13133, 55679],
  'otel/opentelemetry-collector-k8s': [4317, 4318, 8888, 13133, 55679],
  'jaegertracing/all-in-one': [4317, 4318, 5778, 9411, 14250, 14268, 14269, 16685, 16686],
  'jaegertracing/jaeger': [4317, 4318, 5778, 9411, 13133, 14250, 14268, 16685, 16686],
  'openzipkin/zipkin': [9411],
  'openzipkin/zipkin-slim': [9411],
  'prom/prometheus': [9090],
  'prometheus/prometheus': [9090],
  'grafana/grafana': [3000],
  'grafana/grafana-oss': [3000],
  'grafana/grafana-enterprise': [3000],
  'grafana/loki': [3100, 9095],
  'grafana/tempo': [3200, 4317, 4318, 9095],
  'grafana/mimir': [8080, 9095],
  'grafana/otel-lgtm': [3000, 3100, 3200, 4317, 4318, 9090],
  'elasticsearch/elasticsearch': [9200, 9300],
  elasticsearch: [9200, 9300],
  'opensearchproject/opensearch': [9200, 9300, 9600],
  'victoriametrics/victoria-metrics': [8428],
  influxdb: [8086],
};

/** `ghcr.io/org/name:tag@sha256:…` → `org/name`; Docker Hub's `library/` is dropped. */
export function imageRepository(image: string): string {
  let ref = image.split('@')[0]!;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  const parts = ref.split('/');
  // A first part with a dot or a port, or `localhost`, is a registry host.
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) parts.shift();
  if (parts[0] === 'library') parts.shift();
  return parts.join('/').toLowerCase();
}

export function imagePorts(image: string | undefined): number[] | undefined {
  if (!image || image.includes('${')) return undefined;
  const repo = imageRepository(image);
  return IMAGE_PORTS[repo] ?? IMAGE_PORTS[repo.split('/').slice(-2).join('/')];
}

/** `ports:` container ports and `expose:` entries (`5000`, `6000-6010`, `7000/tcp`) of a compose model's service. */
export function declaredPorts(service: Record<string, unknown>): PortRanges {
  const out: PortRanges = [];
  for (const p of (service['ports'] ?? []) as Array<{ target?: unknown; protocol?: string }>) {
    if (p && (p.protocol ?? 'tcp') === 'tcp' && Number.isInteger(Number(p.target))) out.push([Number(p.target), Number(p.target)]);
  }
  for (const e of (service['expose'] ?? []) as unknown[]) {
    const m = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(String(e).trim());
    if (!m || (m[3] && m[3].toLowerCase() !== 'tcp')) continue;
    out.push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  return out;
}

/** Default ports of collector receivers that listen, per protocol where they have several. */
const RECEIVER_DEFAULTS: Record<string, Record<string, number> | number> = {
  otlp: { grpc: 4317, http: 4318 },
  jaeger: { grpc: 14250, thrift_http: 14268 },
  zipkin: 9411,
  opencensus: 55678,
  skywalking: { grpc: 11800, http: 12800 },
  fluentforward: 8006,
  splunk_hec: 8088,
  signalfx: 9943,
  influxdb: 8086,
  carbon: 2003,
  statsd: 8125,
  loki: { grpc: 3600, http: 3500 },
};
const EXTENSION_DEFAULTS: Record<string, number> = { health_check: 13133, zpages: 55679, pprof: 1777 };
/** Receivers that pull or read and listen on nothing. */
const NON_LISTENING = new Set(['prometheus', 'hostmetrics', 'filelog', 'docker_stats', 'kafka', 'journald', 'httpcheck', 'k8s_cluster', 'k8s_events', 'kubeletstats', 'prometheus_simple', 'receiver_creator']);

/**
 * What a collector configuration serves: receiver endpoints (or their defaults) and extension
 * endpoints. Undefined when a receiver's port cannot be known (a provider reference, a type whose
 * default is not known here).
 */
export function collectorPorts(src: OtelSource): number[] | undefined {
  const top = entries(src, src.doc?.contents as Node | null);
  const ports: number[] = [];
  const portOf = (node: Node | null): number | undefined | null => {
    const t = scalarText(node);
    if (t === undefined) return undefined;
    return parseEndpoint(t)?.port ?? null;
  };
  for (const r of entries(src, top.find((e) => e.key === 'receivers')?.value ?? null)) {
    const type = r.key.split('/')[0]!;
    if (NON_LISTENING.has(type)) continue;
    const settings = entries(src, r.value);
    const defaults = RECEIVER_DEFAULTS[type];
    const protocols = settings.find((e) => e.key === 'protocols');
    if (protocols) {
      for (const proto of entries(src, protocols.value)) {
        const p = portOf(entries(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null);
        const fallback = typeof defaults === 'object' ? defaults[proto.key] : undefined;
        if (p === null || (p === undefined && fallback === undefined)) return undefined;
        ports.push(p ?? fallback!);
      }
      continue;
    }
    const p = portOf(settings.find((e) => e.key === 'endpoint')?.value ?? null);
    if (p === null || (p === undefined && typeof defaults !== 'number')) return undefined;
    ports.push(p ?? (defaults as number));
  }
  for (const x of entries(src, top.find((e) => e.key === 'extensions')?.value ?? null)) {
    const p = portOf(entries(src, x.value).find((e) => e.key === 'endpoint')?.value ?? null);
    const fallback = EXTENSION_DEFAULTS[x.key.split('/')[0]!];
    if (typeof p === 'number') ports.push(p);
    else if (p === undefined && fallback !== undefined) ports.push(fallback);
  }
  return ports;
}
