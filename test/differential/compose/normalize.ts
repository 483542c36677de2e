/**
 * One canonical shape for a Compose project model, built from either side of the differential test:
 * the JSON that `docker compose config --format json` prints, or the merged model our engine keeps.
 *
 * Differences folded away here are cosmetic, i.e. the same project written two ways:
 *  - `$` escaping: `compose config` re-escapes every `$` in its output as `$$` so the output can be
 *    loaded again; the canonical value is the literal string (`$$` -> `$` on the CLI side only).
 *  - short vs long syntax: ports, volumes, depends_on, build, environment (list vs map), healthcheck
 *    test given as a string, command/entrypoint given as a string (split like a shell would).
 *  - implicit defaults the CLI writes out: the `default` network of a service without `networks`,
 *    depends_on `condition: service_started` and `required: true`, port protocol `tcp` and mode,
 *    `build.dockerfile: Dockerfile`, bind options like `create_host_path`.
 *  - paths: bind-mount sources and build contexts are compared as absolute paths (the CLI resolves
 *    them; an engine may keep them as written relative to the project directory).
 *  - durations are compared in milliseconds (`90s` and `1m30s` are the same).
 *  - environment values are strings (`PORT: 8080` and `PORT: "8080"` are the same); a key without a
 *    value is null.
 *  - key order of mappings and the order of ports/volumes/networks (sets, sorted).
 * Everything else a service has is not compared (see COMPARED_SERVICE_FIELDS).
 */
import path from 'node:path';

export const COMPARED_SERVICE_FIELDS = [
  'image',
  'build',
  'command',
  'entrypoint',
  'environment',
  'ports',
  'volumes',
  'depends_on',
  'healthcheck',
  'networks',
  'restart',
  'profiles',
] as const;

export interface CanonicalService {
  image: string | null;
  build: { context: string; dockerfile: string } | null;
  command: string[] | null;
  entrypoint: string[] | null;
  environment: Record<string, string | null>;
  ports: string[];
  volumes: string[];
  depends_on: Record<string, { condition: string; required: boolean }>;
  healthcheck: Record<string, unknown> | null;
  networks: string[];
  restart: string | null;
  profiles: string[];
}

export interface CanonicalProject {
  name: string | null;
  services: Record<string, CanonicalService>;
  networks: string[];
  volumes: string[];
  secrets: string[];
  configs: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as T]));

/** `compose config` writes every literal `$` as `$$`; undo it everywhere in the CLI's output. */
export function unescapeDollars(v: unknown): unknown {
  if (typeof v === 'string') return v.replaceAll('$$', '$');
  if (Array.isArray(v)) return v.map(unescapeDollars);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unescapeDollars(x)]));
  return v;
}

/** POSIX-shell-like word splitting, as compose does (go-shellwords) for string commands. */
export function shellSplit(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go duration text (`1m30s`, `500ms`) to milliseconds; anything else is returned as is. */
export function durationMs(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(v)) !== null) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    consumed = re.lastIndex;
  }
  return consumed === v.length && v.length > 0 ? total : v;
}

function expandRange(spec: string): string[] {
  const m = /^(\d+)-(\d+)$/.exec(spec);
  if (!m) return [spec];
  const out: string[] = [];
  for (let p = Number(m[1]); p <= Number(m[2]); p++) out.push(String(p));
  return out;
}

/** Short port syntax `[ip:][published:]target[/protocol]` to canonical entries (ranges expanded like compose). */
export function parsePortShort(raw: string | number): string[] {
  let s = String(raw);
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  let ip = '';
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    ip = s.slice(1, end);
    s = s.slice(end + 2);
  }
  const parts = s.split(':');
  const target = parts.pop() ?? '';
  const published = parts.length > 0 ? parts.pop()! : '';
  if (parts.length > 0) ip = parts.join(':');
  const targets = expandRange(target);
  const publishedList = published === '' ? [] : expandRange(published);
  if (targets.length > 1 && publishedList.length === targets.length) {
    return targets.map((t, i) => portKey(ip, publishedList[i]!, t, protocol));
  }
  if (targets.length > 1) return targets.map((t) => portKey(ip, published, t, protocol));
  return [portKey(ip, published, target, protocol)];
}

const portKey = (ip: string, published: string, target: string, protocol: string): string =>
  `${ip}:${published}:${target}/${protocol}`;

function canonicalPorts(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const p of v) {
    if (typeof p === 'string' || typeof p === 'number') out.push(...parsePortShort(p));
    else if (isObj(p)) {
      const published = p['published'] === undefined || p['published'] === null ? '' : String(p['published']);
      out.push(portKey(String(p['host_ip'] ?? ''), published, String(p['target'] ?? ''), String(p['protocol'] ?? 'tcp')));
    }
  }
  return [...new Set(out)].sort();
}

const isPathLike = (s: string): boolean => s.startsWith('.') || s.startsWith('/') || s.startsWith('~');

function absPath(projectDir: string, p: string): string {
  return path.isAbsolute(p) ? path.normalize(p) : path.resolve(projectDir, p);
}

function canonicalVolumes(v: unknown, projectDir: string): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const vol of v) {
    let type: string;
    let source = '';
    let target: string;
    let readOnly = false;
    if (typeof vol === 'string') {
      const parts = vol.split(':');
      if (parts.length === 1) {
        type = 'volume';
        target = parts[0]!;
      } else {
        source = parts[0]!;
        target = parts[1]!;
        readOnly = (parts[2] ?? '').split(',').includes('ro');
        type = isPathLike(source) ? 'bind' : 'volume';
      }
    } else if (isObj(vol)) {
      type = String(vol['type'] ?? 'volume');
      source = vol['source'] === undefined || vol['source'] === null ? '' : String(vol['source']);
      target = String(vol['target'] ?? '');
      readOnly = vol['read_only'] === true;
    } else continue;
    if (type === 'bind' && source !== '') source = absPath(projectDir, source);
    out.push(`${type}|${source}|${target}|${readOnly ? 'ro' : 'rw'}`);
  }
  return [...new Set(out)].sort();
}

function canonicalEnvironment(v: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (Array.isArray(v)) {
    for (const e of v) {
      const s = String(e);
      const eq = s.indexOf('=');
      if (eq < 0) out[s] = null;
      else out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) out[k] = x === null || x === undefined ? null : String(x);
  }
  return sortKeys(out);
}

function canonicalDependsOn(v: unknown): Record<string, { condition: string; required: boolean }> {
  const out: Record<string, { condition: string; required: boolean }> = {};
  if (Array.isArray(v)) {
    for (const s of v) out[String(s)] = { condition: 'service_started', required: true };
  } else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      const d = isObj(x) ? x : {};
      out[k] = {
        condition: String(d['condition'] ?? 'service_started'),
        required: d['required'] === undefined ? true : d['required'] === true,
      };
    }
  }
  return sortKeys(out);
}

function canonicalCommand(v: unknown): string[] | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return shellSplit(v);
  if (Array.isArray(v)) return v.map(String);
  return null;
}

function canonicalHealthcheck(v: unknown): Record<string, unknown> | null {
  if (!isObj(v)) return null;
  const out: Record<string, unknown> = {};
  if (v['disable'] === true) out['disable'] = true;
  const test = v['test'];
  if (typeof test === 'string') out['test'] = ['CMD-SHELL', test];
  else if (Array.isArray(test)) out['test'] = test.map(String);
  for (const k of ['interval', 'timeout', 'start_period', 'start_interval']) {
    if (v[k] !== undefined && v[k] !== null) out[k] = durationMs(v[k]);
  }
  if (v['retries'] !== undefined && v['retries'] !== null) out['retries'] = Number(v['retries']);
  return sortKeys(out);
}

function canonicalBuild(v: unknown, projectDir: string): { context: string; dockerfile: string } | null {
  if (v === null || v === undefined) return null;
  const b: Obj = typeof v === 'string' ? { context: v } : isObj(v) ? v : {};
  const context = String(b['context'] ?? '.');
  const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
  return {
    context: remote ? context : absPath(projectDir, context),
    dockerfile: String(b['dockerfile'] ?? (b['dockerfile_inline'] !== undefined ? '<inline>' : 'Dockerfile')),
  };
}

function canonicalNetworks(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String).sort();
  if (isObj(v)) return Object.keys(v).sort();
  return [];
}

export function canonicalService(svc: unknown, projectDir: string): CanonicalService {
  const s = isObj(svc) ? svc : {};
  const networks = canonicalNetworks(s['networks']);
  const usesOwnNetworking = typeof s['network_mode'] === 'string';
  return {
    image: typeof s['image'] === 'string' ? s['image'] : null,
    build: canonicalBuild(s['build'], projectDir),
    command: canonicalCommand(s['command']),
    entrypoint: canonicalCommand(s['entrypoint']),
    environment: canonicalEnvironment(s['environment']),
    ports: canonicalPorts(s['ports']),
    volumes: canonicalVolumes(s['volumes'], projectDir),
    depends_on: canonicalDependsOn(s['depends_on']),
    healthcheck: canonicalHealthcheck(s['healthcheck']),
    // compose attaches a service without `networks` (and without network_mode) to `default`.
    networks: networks.length === 0 && !usesOwnNetworking ? ['default'] : networks,
    restart: typeof s['restart'] === 'string' ? s['restart'] : null,
    profiles: Array.isArray(s['profiles']) ? s['profiles'].map(String).sort() : [],
  };
}

/** Top-level keys; `default` is dropped because the CLI writes it out whenever a service uses it. */
const topKeys = (v: unknown, dropDefault = false): string[] =>
  isObj(v) ? Object.keys(v).filter((k) => !(dropDefault && k === 'default')).sort() : [];

export function canonicalProject(model: unknown, projectDir: string): CanonicalProject {
  const m = isObj(model) ? model : {};
  const services = isObj(m['services']) ? m['services'] : {};
  return {
    name: typeof m['name'] === 'string' ? m['name'] : null,
    services: sortKeys(Object.fromEntries(Object.entries(services).map(([name, s]) => [name, canonicalService(s, projectDir)]))),
    networks: topKeys(m['networks'], true),
    volumes: topKeys(m['volumes']),
    secrets: topKeys(m['secrets']),
    configs: topKeys(m['configs']),
  };
}

/** Paths (`services.api.ports`) where two canonical projects differ, with both values. */
export function diffProjects(cli: CanonicalProject, ours: CanonicalProject): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (isObj(a) && isObj(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], at === '' ? k : `${at}.${k}`);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${at}: compose=${JSON.stringify(a)} ours=${JSON.stringify(b)}`);
  };
  walk(cli, ours, '');
  return out;
}
