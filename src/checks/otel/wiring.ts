// Across files: the compose services that run the collector, Tempo and Grafana, and the configuration
// files they mount. The collector's receivers must be published, exporter and datasource endpoints
// must reach a service at a port it serves, and mounted configuration files must exist.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isSeq, type Node } from 'yaml';
import { type HostPort, isLiteralAddress, parseEndpoint } from './endpoints.js';
import { checkDatasources, provisioningFiles } from './grafana.js';
import { type Listening, type PortRanges, collectorPorts, declaredPorts, describePorts, imagePorts, imageRepository, listensOn } from './listeners.js';
import type { OtelRuleId } from './rules.js';
import { type OtelSource, type Position, deref, entries, positionOf, readSource, scalarText } from './source.js';

export interface ComposeProject {
  /** Compose files, absolute. */
  files: string[];
  model: Record<string, unknown>;
}

export interface WiringProblem {
  rule: OtelRuleId;
  /** Absolute file. */
  file: string;
  at: Position;
  message: string;
}

interface Service {
  name: string;
  ports: Set<number>;
  /** `ports:` container ports and `expose:`. */
  declared: PortRanges;
  image: string | undefined;
  mounts: Array<{ source: string; target: string }>;
}

interface Tempo {
  httpPort: number;
  ports: Set<number>;
  /** Receiver ports bound to the container's loopback: no other container reaches them. */
  loopback: Map<number, string>;
}

const FILE_LIKE = /\.(ya?ml|json|toml|conf|ini|cfg|properties|txt)$/i;

function servicesOf(project: ComposeProject): Service[] {
  const services = (project.model['services'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(services).map(([name, s]) => ({
    name,
    ports: new Set(((s['ports'] ?? []) as Array<{ target?: number }>).map((p) => Number(p.target))),
    declared: declaredPorts(s),
    image: typeof s['image'] === 'string' ? s['image'] : undefined,
    mounts: ((s['volumes'] ?? []) as Array<{ type?: string; source?: string; target?: string }>)
      .filter((v) => v.type === 'bind' && typeof v.source === 'string')
      .map((v) => ({ source: v.source!, target: v.target ?? '' })),
  }));
}

/** Names another container resolves on the project's networks: service names (and their container_name, hostname), to the service. */
function hostNames(project: ComposeProject): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, s] of Object.entries((project.model['services'] ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const k of ['container_name', 'hostname']) if (typeof s[k] === 'string' && !names.has(s[k])) names.set(s[k], name);
  }
  // A service name wins over another service's hostname.
  for (const name of Object.keys((project.model['services'] ?? {}) as object)) names.set(name, name);
  return names;
}

const port = (node: Node | null, fallback?: number): number | undefined => {
  const t = scalarText(node);
  return t === undefined ? fallback : parseEndpoint(t)?.port ?? fallback;
};

/** The receivers Tempo's distributor enables, each protocol with its default port (TCP ones only). */
const TEMPO_RECEIVERS: Record<string, Record<string, number> | number> = {
  otlp: { grpc: 4317, http: 4318 },
  jaeger: { grpc: 14250, thrift_http: 14268 },
  zipkin: 9411,
  opencensus: 55678,
};

const OTLP_DEFAULT_PORTS: Record<string, number> = { grpc: 4317, http: 4318 };

const isLoopback = (host: string) => host === 'localhost' || /^127\./.test(host) || host === '::1';

function readTempo(src: OtelSource): Tempo | undefined {
  const top = entries(src, src.doc?.contents as Node | null);
  const distributor = top.find((e) => e.key === 'distributor');
  if (!distributor) return undefined;
  const server = entries(src, top.find((e) => e.key === 'server')?.value ?? null);
  const httpPort = Number(scalarText(server.find((e) => e.key === 'http_listen_port')?.value ?? null) ?? 3200);
  const grpcPort = Number(scalarText(server.find((e) => e.key === 'grpc_listen_port')?.value ?? null) ?? 9095);
  const tempo: Tempo = { httpPort, ports: new Set([httpPort, grpcPort]), loopback: new Map() };
  const listen = (ep: Node | null, fallback: number | undefined) => {
    const text = scalarText(ep);
    // ":4317" listens on every interface.
    const hp = text === undefined ? undefined : parseEndpoint(text.startsWith(':') ? `0.0.0.0${text}` : text);
    const p = hp?.port ?? fallback;
    if (p === undefined) return;
    if (hp && isLoopback(hp.host)) tempo.loopback.set(p, hp.host);
    else tempo.ports.add(p);
  };
  for (const receiver of entries(src, entries(src, distributor.value).find((e) => e.key === 'receivers')?.value ?? null)) {
    const known = TEMPO_RECEIVERS[receiver.key];
    if (typeof known === 'number') listen(entries(src, receiver.value).find((e) => e.key === 'endpoint')?.value ?? null, known);
    else if (known) {
      for (const proto of entries(src, entries(src, receiver.value).find((e) => e.key === 'protocols')?.value ?? null)) {
        listen(entries(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null, known[proto.key]);
      }
    }
  }
  return tempo;
}

export function checkWiring(projects: readonly ComposeProject[], collectors: ReadonlyMap<string, OtelSource>, externalHosts: readonly string[]): WiringProblem[] {
  const problems: WiringProblem[] = [];
  const seen = new Set<string>();
  const add = (p: WiringProblem) => {
    const key = `${p.rule}\0${p.file}\0${p.at.line}\0${p.at.column}\0${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  };
  const parsed = new Map<string, OtelSource>();
  const source = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, collectors.get(file) ?? readSource(file));
    return parsed.get(file)!;
  };
  for (const project of projects) {
    const services = servicesOf(project);
    const names = hostNames(project);
    const tempos = new Map<string, Tempo>();
    const collectorOf = new Map<string, OtelSource>();
    for (const s of services) {
      for (const m of s.mounts) {
        if (!existsSync(m.source)) {
          if (FILE_LIKE.test(m.source) || FILE_LIKE.test(m.target)) add({ rule: 'otel/missing-mount-source', ...mountLocation(project, s.name, m.source, m.target), message: `service "${s.name}" mounts ${path.basename(m.source)} at ${m.target}, but the file does not exist (Docker would create an empty directory there)` });
          continue;
        }
        if (collectors.get(m.source)?.doc) collectorOf.set(s.name, collectors.get(m.source)!);
        if (!FILE_LIKE.test(m.source) || !/\.ya?ml$/i.test(m.source)) continue;
        const src = source(m.source);
        const tempo = src.doc ? readTempo(src) : undefined;
        if (tempo) tempos.set(s.name, tempo);
      }
    }
    const reach = (src: OtelSource, node: Node | null, hp: HostPort | undefined, what: string, wantHttp: boolean) => {
      if (!hp || isLiteralAddress(hp.host) || externalHosts.includes(hp.host)) return;
      const at = { file: src.file, at: positionOf(src, node) };
      const service = names.get(hp.host);
      if (service === undefined) {
        add({ rule: 'otel/unknown-endpoint-host', ...at, message: `${what} names host "${hp.host}", which is no compose service and no otel.external-hosts entry` });
        return;
      }
      if (hp.port === undefined) return;
      const tempo = tempos.get(service);
      if (tempo) {
        if (wantHttp && hp.port !== tempo.httpPort) add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, but Tempo's HTTP API listens on ${tempo.httpPort} (server.http_listen_port)` });
        else if (!wantHttp && tempo.loopback.has(hp.port)) add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, but Tempo's receiver listens there on ${tempo.loopback.get(hp.port)} only, which no other container reaches (listen on 0.0.0.0:${hp.port})` });
        else if (!wantHttp && !tempo.ports.has(hp.port)) add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, which Tempo does not listen on (its configuration serves ${[...tempo.ports].sort((a, b) => a - b).join(', ')})` });
        return;
      }
      const listening = listeningOf(services.find((x) => x.name === service)!, collectorOf.get(service));
      if (!listening || listensOn(listening, hp.port)) return;
      add({
        rule: 'otel/wrong-endpoint-port',
        ...at,
        message: `${what} reaches "${hp.host}" at port ${hp.port}, which compose service "${service}" does not listen on (${listening.from}: ${describePorts(listening.ranges)})`,
      });
    };
    for (const s of services) {
      for (const m of s.mounts) {
        if (!existsSync(m.source)) continue;
        const collector = collectors.get(m.source);
        if (collector?.doc) {
          checkReceiverPorts(collector, s, add);
          for (const ex of entries(collector, entries(collector, collector.doc.contents as Node | null).find((e) => e.key === 'exporters')?.value ?? null)) {
            const type = ex.key.split('/')[0]!;
            // The prometheus exporter's endpoint is where it listens, not a target.
            if (LISTENING_EXPORTERS.has(type)) continue;
            const settings = entries(collector, ex.value);
            const targets = settings.filter((e) => e.key === 'endpoint').map((e) => e.value);
            // Some take a list: elasticsearch's endpoints, kafka's brokers.
            for (const key of ['endpoints', 'brokers']) {
              const list = deref(collector, settings.find((e) => e.key === key)?.value ?? null);
              if (isSeq(list)) targets.push(...list.items.map((item) => deref(collector, item)));
            }
            for (const ep of targets) {
              const text = scalarText(ep);
              if (text !== undefined) reach(collector, ep, parseEndpoint(text, type === 'otlp' ? 4317 : undefined), `exporter "${ex.key}"`, false);
            }
          }
        }
      }
      // Every file this service provisions datasources from is one set for Grafana.
      const provisioning = [...new Set(s.mounts.flatMap((m) => provisioningFiles(m.source, m.target)))].map(source);
      for (const u of checkDatasources(provisioning, add)) {
        reach(u.src, u.node, parseEndpoint(u.text), `Grafana datasource "${u.name}" (${u.type ?? 'no type'})`, u.type === 'tempo');
      }
    }
  }
  return problems;
}

/** Exporters whose endpoint is an address they listen on. */
const LISTENING_EXPORTERS = new Set(['prometheus', 'debug', 'file', 'nop']);

/**
 * The ports another container can reach a non-Tempo service at, or undefined when they are not known:
 * a collector's configuration, else the compose declarations with the image's documented defaults.
 */
function listeningOf(s: Service, collector: OtelSource | undefined): Listening | undefined {
  if (collector) {
    const ports = collectorPorts(collector);
    return ports?.length ? { ranges: ports.map((p) => [p, p]), from: 'its collector configuration serves' } : undefined;
  }
  const image = imagePorts(s.image);
  const ranges: PortRanges = [...s.declared, ...(image ?? []).map((p): [number, number] => [p, p])];
  if (!ranges.length) return undefined;
  const from = image ? (s.declared.length ? `its ports:/expose: and the documented ports of ${imageRepository(s.image!)}` : `the documented ports of ${imageRepository(s.image!)}`) : 'its ports:/expose:';
  return { ranges, from };
}

function checkReceiverPorts(src: OtelSource, s: Service, add: (p: WiringProblem) => void): void {
  for (const r of entries(src, entries(src, src.doc!.contents as Node | null).find((e) => e.key === 'receivers')?.value ?? null)) {
    if (r.key.split('/')[0] !== 'otlp') continue;
    for (const proto of entries(src, entries(src, r.value).find((e) => e.key === 'protocols')?.value ?? null)) {
      const ep = entries(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null;
      const text = scalarText(ep);
      const fallback = OTLP_DEFAULT_PORTS[proto.key];
      // Without an endpoint the receiver listens on 127.0.0.1 (collector v0.104 and later; measured on v0.161.0).
      const hp = text === undefined || text === '' ? (fallback ? { host: '127.0.0.1', port: fallback } : undefined) : parseEndpoint(text);
      if (hp?.port !== undefined && isLoopback(hp.host) && s.ports.has(hp.port)) {
        add({
          rule: 'otel/port-not-published',
          file: src.file,
          at: positionOf(src, ep ?? proto.keyNode),
          message: `receiver "${r.key}" listens on ${hp.host}:${hp.port} (${proto.key}${text ? '' : ', the default without an endpoint'}), inside its container only: the port compose service "${s.name}" publishes reaches nothing; listen on 0.0.0.0:${hp.port}`,
        });
        continue;
      }
      const p = port(ep);
      if (p === undefined || s.ports.has(p)) continue;
      add({ rule: 'otel/port-not-published', file: src.file, at: positionOf(src, ep), message: `receiver "${r.key}" listens on port ${p} (${proto.key}), but compose service "${s.name}", which mounts this configuration, does not publish it` });
    }
  }
}

/**
 * Where a compose file names a mount's source, for a finding people can click: the `volumes:` item of
 * the mounting service (short or long syntax), else the first place the file names it.
 */
function mountLocation(project: ComposeProject, service: string, source: string, target: string): { file: string; at: Position } {
  let fallback: { file: string; at: Position } | undefined;
  for (const file of project.files) {
    if (!existsSync(file)) continue;
    const src = readSource(file);
    if (!src.doc) continue;
    const rel = path.relative(path.dirname(file), source).split(path.sep).join('/');
    const names = (text: string | undefined) => text !== undefined && [`./${rel}`, rel, source].includes(text);
    const services = entries(src, entries(src, src.doc.contents as Node | null).find((e) => e.key === 'services')?.value ?? null);
    for (const svc of services) {
      const volumes = deref(src, entries(src, svc.value).find((e) => e.key === 'volumes')?.value ?? null);
      for (const item of isSeq(volumes) ? volumes.items.map((i) => deref(src, i)) : []) {
        const text = scalarText(item);
        const long = entries(src, item);
        const node = text !== undefined ? item : (long.find((e) => e.key === 'source')?.value ?? null);
        const [from, to] = text !== undefined ? splitShort(text) : [scalarText(node), scalarText(long.find((e) => e.key === 'target')?.value ?? null)];
        if (!names(from) || to !== target) continue;
        const found = { file, at: positionOf(src, node) };
        if (svc.key === service) return found;
        fallback ??= found;
      }
    }
  }
  return fallback ?? { file: project.files[0]!, at: { line: 1, column: 1 } };
}

/** A short-syntax volume, source:target[:mode]: its source and target. */
function splitShort(text: string): [string, string | undefined] {
  const parts = text.split(':');
  return parts.length >= 3 ? [parts.slice(0, -2).join(':'), parts.at(-2)] : [parts[0]!, parts[1]];
}
