/**
 * Isolation and secret-delivery rules: what lets a container reach the host (privileged, the Docker
 * socket, the host network), databases published on every interface, and secrets written into the
 * compose file instead of delivered by `${VAR}`, env files or `secrets:`.
 */
import { secretLiteral } from '../secret-values.js';
import type { VariableUse } from './interpolate.js';
import { isMapping, valueLoc, type Loc } from './location.js';
import type { Problems } from './problems.js';
import type { Sources } from './yaml-load.js';

type Obj = Record<string, unknown>;

/** Container sockets that hand out control of the engine, so of the host. */
const ENGINE_SOCKET = /(^|\/)(docker|podman|containerd)\.sock$/;

/** Default ports of databases and data stores, TCP. */
const DATABASE_PORTS = new Map<number, string>([
  [5432, 'PostgreSQL'], [3306, 'MySQL/MariaDB'], [1433, 'SQL Server'], [1521, 'Oracle'], [27017, 'MongoDB'], [6379, 'Redis'],
  [11211, 'Memcached'], [9042, 'Cassandra'], [26257, 'CockroachDB'], [9200, 'Elasticsearch'], [5984, 'CouchDB'], [8086, 'InfluxDB'],
  [7687, 'Neo4j'], [8123, 'ClickHouse'],
]);

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

/**
 * Secrets in `environment:`. A value holding a `${VAR}` reference (interpolation recorded it in
 * `uses`) is not a literal, and neither is a pass-through entry (`- KEY`, `KEY:`) that the loader
 * filled from the shell: only what is written on the entry's line is judged, so nothing from the
 * environment is ever judged or shown.
 */
export function secretLiterals(services: Obj, uses: readonly VariableUse[], sources: Sources, problems: Problems): void {
  const referenced = new Set(uses.map((u) => `${u.file}:${u.line}`));
  for (const [name, s] of Object.entries(services)) {
    if (!isMapping(s)) continue;
    const env = s['environment'];
    const entries: Array<[string, unknown, Loc | undefined]> = Array.isArray(env)
      ? env.flatMap((e, i): Array<[string, unknown, Loc | undefined]> => {
          if (typeof e !== 'string' || !e.includes('=')) return [];
          const eq = e.indexOf('=');
          return [[e.slice(0, eq), e.slice(eq + 1), valueLoc(env, i)]];
        })
      : isMapping(env)
        ? Object.entries(env).map(([k, v]): [string, unknown, Loc | undefined] => [k, v, valueLoc(env, k)])
        : [];
    for (const [key, value, at] of entries) {
      if (!at || typeof value !== 'string' || referenced.has(`${at.file}:${at.line}`) || !written(sources, at, key)) continue;
      const why = secretLiteral(key, value);
      if (why) problems.add('compose/secret-literal', at, `service "${name}": environment ${key} ${why}; deliver it with \${${key}} from the environment, an env_file kept out of the repository, or secrets:`);
    }
  }
}

/** The entry at `at` gives `key` a value in the file (`KEY=…`, `KEY: …`, or a block scalar after it). */
function written(sources: Sources, at: Loc, key: string): boolean {
  const line = sources.lineText(at.file, at.line);
  if (line === undefined) return false;
  const entry = line.slice(Math.max(0, at.column - 1));
  if (entry.includes(`${key}=`)) return true;
  // Mapping form: the location is the value's own, which a pass-through entry does not have.
  return !entry.trimStart().startsWith(`${key}`) || /:\s*\S/.test(entry);
}

/** The host-access rules, on the normalised services (long-syntax volumes and ports). */
export function isolation(services: Obj, problems: Problems): void {
  for (const [name, s] of Object.entries(services)) {
    if (!isMapping(s)) continue;
    if (s['privileged'] === true) {
      const at = valueLoc(s, 'privileged');
      if (at) problems.add('compose/privileged', at, `service "${name}" runs privileged: every device and capability of the host, no seccomp or AppArmor confinement`);
    }
    if (s['network_mode'] === 'host') {
      const at = valueLoc(s, 'network_mode');
      if (at) problems.add('compose/host-network', at, `service "${name}" uses the host network: it can reach every service bound to the host's loopback and its ports are not isolated`);
    }
    if (Array.isArray(s['volumes'])) {
      s['volumes'].forEach((v, i) => {
        if (!isMapping(v) || typeof v['source'] !== 'string' || !ENGINE_SOCKET.test(v['source'])) return;
        const at = valueLoc(s['volumes'], i);
        if (at) problems.add('compose/docker-socket', at, `service "${name}" mounts the container engine socket ${v['source']}: whoever controls the container controls the host`);
      });
    }
    if (Array.isArray(s['ports'])) {
      s['ports'].forEach((p, i) => {
        if (!isMapping(p) || typeof p['target'] !== 'number') return;
        const db = DATABASE_PORTS.get(p['target']);
        const proto = typeof p['protocol'] === 'string' ? p['protocol'].toLowerCase() : 'tcp';
        const ip = typeof p['host_ip'] === 'string' ? p['host_ip'] : '';
        if (!db || proto !== 'tcp' || !ALL_INTERFACES.has(ip)) return;
        const at = valueLoc(s['ports'], i);
        if (at) problems.add('compose/database-port-exposed', at, `service "${name}" publishes ${db} port ${p['target']} on all interfaces; bind it to 127.0.0.1 (for example "127.0.0.1:${p['published'] ?? p['target']}:${p['target']}") or drop the port`);
      });
    }
  }
}
