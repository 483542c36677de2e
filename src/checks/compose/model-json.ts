/**
 * The final model in the shape `docker compose config --format json` prints: compose-go decodes the
 * canonical YAML tree into typed structs (`types/*.go`) and marshals them with `omitempty`. The values
 * that fail to decode (durations, byte sizes, shell words, extra hosts) are reported here.
 */
import { DurationError, formatDuration, parseDuration } from './duration.js';
import { isMapping, setOwn, valueLoc, type Loc } from './location.js';
import { goString } from './merge.js';
import type { Problems } from './problems.js';
import type { ComposeRuleId } from './rules.js';
import { parseBytes, parseExtraHosts, shellWords, ValueError } from './values.js';

type Obj = Record<string, unknown>;

interface Ctx {
  problems: Problems;
  /** Dotted path of the service, for messages. */
  where: string;
}

type Conv = (v: unknown, ctx: Ctx, container: Obj, key: string) => unknown;

const SKIP = Symbol('skip');

const fail = (ctx: Ctx, container: Obj, key: string, rule: ComposeRuleId, message: string): typeof SKIP => {
  const l: Loc | undefined = valueLoc(container, key);
  if (l) ctx.problems.add(rule, l, message);
  return SKIP;
};

const strValue = (v: unknown): unknown => (v === null || v === undefined || v === '' ? SKIP : typeof v === 'string' ? v : goString(v));
const str: Conv = (v) => strValue(v);
const bool: Conv = (v) => (v === true ? true : SKIP);
const boolPtr: Conv = (v) => (typeof v === 'boolean' ? v : SKIP);
const num: Conv = (v) => (typeof v === 'number' && v !== 0 ? v : typeof v === 'string' && v !== '' && Number(v) !== 0 && !Number.isNaN(Number(v)) ? Number(v) : SKIP);
const intPtr: Conv = (v) => (typeof v === 'number' ? v : SKIP);
const strList: Conv = (v) => {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'string' ? x : goString(x))) : SKIP;
  return SKIP;
};
const passthrough: Conv = (v) => (v === null || v === undefined ? SKIP : clone(v));
const nonEmptyObj: Conv = (v) => (isMapping(v) && Object.keys(v).length ? clone(v) : SKIP);

/** `types.Mapping` / `Labels`: `map[string]string` from `K=V` lists or mappings. */
const stringMap: Conv = (v) => {
  const out: Obj = {};
  if (Array.isArray(v)) {
    for (const e of v) {
      const s = goString(e);
      const i = s.indexOf('=');
      setOwn(out, i < 0 ? s : s.slice(0, i), i < 0 ? '' : s.slice(i + 1));
    }
  } else if (isMapping(v)) {
    for (const [k, e] of Object.entries(v)) setOwn(out, k, e === null || e === undefined ? '' : typeof e === 'string' ? e : goString(e));
  } else return SKIP;
  return Object.keys(out).length ? sortKeys(out) : SKIP;
};

/** `MappingWithEquals`: `K=V` → "V", `K` → null. */
const envMap: Conv = (v) => {
  const out: Obj = {};
  if (Array.isArray(v)) {
    for (const e of v) {
      const s = goString(e);
      const i = s.indexOf('=');
      setOwn(out, i < 0 ? s : s.slice(0, i), i < 0 ? null : s.slice(i + 1));
    }
  } else if (isMapping(v)) {
    for (const [k, e] of Object.entries(v)) setOwn(out, k, e === null || e === undefined ? null : typeof e === 'string' ? e : goString(e));
  } else return SKIP;
  return Object.keys(out).length ? sortKeys(out) : SKIP;
};

const duration: Conv = (v, ctx, c, k) => {
  if (v === null || v === undefined) return SKIP;
  try {
    return formatDuration(parseDuration(goString(v)));
  } catch (e) {
    const msg = e instanceof DurationError ? e.message : String(e);
    return fail(ctx, c, k, 'compose/invalid-duration', `${ctx.where}.${k}: ${msg}`);
  }
};

const bytes: Conv = (v, ctx, c, k) => {
  if (v === null || v === undefined) return SKIP;
  try {
    const n = parseBytes(v);
    return n === 0 ? SKIP : String(n);
  } catch (e) {
    return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${(e as Error).message}`);
  }
};

const command: Conv = (v, ctx, c, k) => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    try {
      return shellWords(v);
    } catch (e) {
      fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e instanceof ValueError ? e.message : String(e)}`);
      return null;
    }
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : goString(x)));
  return null;
};

const extraHosts: Conv = (v, ctx, c, k) => {
  try {
    const l = parseExtraHosts(v);
    return l.length ? l : SKIP;
  } catch (e) {
    return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${(e as Error).message}`);
  }
};

const fileMode = (v: unknown): unknown => {
  if (typeof v === 'number') return `0${Math.trunc(v).toString(8)}`;
  if (typeof v === 'string' && /^[0-7]+$/.test(v)) return `0${parseInt(v, 8).toString(8)}`;
  return v;
};

const fileRefs: Conv = (v) => {
  if (!Array.isArray(v) || v.length === 0) return SKIP;
  return v.map((e) => {
    if (typeof e === 'string') return { source: e };
    if (!isMapping(e)) return e;
    const o = pick(e, ['source', 'target', 'uid', 'gid'], strValue);
    if (e['mode'] !== undefined && e['mode'] !== null) o['mode'] = fileMode(e['mode']);
    return o;
  });
};

const healthcheck: Conv = (v, ctx, c, k) => {
  if (!isMapping(v)) return SKIP;
  const hc: Obj = {};
  const t = v['test'];
  if (typeof t === 'string') hc['test'] = ['CMD-SHELL', t];
  else if (Array.isArray(t) && t.length) hc['test'] = t.map((x) => (typeof x === 'string' ? x : goString(x)));
  const sub: Ctx = { ...ctx, where: `${ctx.where}.${k}` };
  for (const d of ['timeout', 'interval', 'start_period', 'start_interval']) {
    if (v[d] === undefined || v[d] === null) continue;
    const r = duration(v[d], sub, v, d);
    if (r !== SKIP) hc[d] = r;
  }
  if (typeof v['retries'] === 'number') hc['retries'] = v['retries'];
  if (v['disable'] === true) hc['disable'] = true;
  void c;
  return hc;
};

const dependsOn: Conv = (v) => {
  if (!isMapping(v) || Object.keys(v).length === 0) return SKIP;
  const out: Obj = {};
  for (const [k, d] of Object.entries(v)) {
    const e = isMapping(d) ? d : {};
    const o: Obj = {};
    if (typeof e['condition'] === 'string' && e['condition'] !== '') o['condition'] = e['condition'];
    if (e['restart'] === true) o['restart'] = true;
    o['required'] = e['required'] !== false;
    setOwn(out, k, o);
  }
  return sortKeys(out);
};

const networks: Conv = (v) => {
  if (!isMapping(v) || Object.keys(v).length === 0) return SKIP;
  const out: Obj = {};
  for (const [k, n] of Object.entries(v)) {
    if (!isMapping(n)) {
      setOwn(out, k, null);
      continue;
    }
    const o: Obj = {};
    const aliases = strList(n['aliases'], {} as Ctx, n, 'aliases');
    if (aliases !== SKIP) o['aliases'] = aliases;
    const dopts = stringMap(n['driver_opts'], {} as Ctx, n, 'driver_opts');
    if (dopts !== SKIP) o['driver_opts'] = dopts;
    for (const f of ['gw_priority', 'priority']) if (typeof n[f] === 'number' && n[f] !== 0) o[f] = n[f];
    for (const f of ['interface_name', 'ipv4_address', 'ipv6_address', 'mac_address']) {
      if (typeof n[f] === 'string' && n[f] !== '') o[f] = n[f];
    }
    const ll = strList(n['link_local_ips'], {} as Ctx, n, 'link_local_ips');
    if (ll !== SKIP) o['link_local_ips'] = ll;
    setOwn(out, k, o);
  }
  return sortKeys(out);
};

const ports: Conv = (v) => {
  if (!Array.isArray(v) || v.length === 0) return SKIP;
  return v.filter(isMapping).map((p) => {
    const o: Obj = {};
    for (const f of ['name', 'mode', 'host_ip']) if (p[f] !== undefined && p[f] !== null && p[f] !== '') o[f] = goString(p[f]);
    const target = typeof p['target'] === 'number' ? p['target'] : Number(p['target']);
    if (target) o['target'] = target;
    if (p['published'] !== undefined && p['published'] !== null && p['published'] !== '') o['published'] = goString(p['published']);
    for (const f of ['protocol', 'app_protocol']) if (p[f] !== undefined && p[f] !== null && p[f] !== '') o[f] = goString(p[f]);
    return o;
  });
};

const volumes: Conv = (v, ctx) => {
  if (!Array.isArray(v) || v.length === 0) return SKIP;
  return v.filter(isMapping).map((m) => {
    const o: Obj = {};
    for (const f of ['type', 'source', 'target']) if (typeof m[f] === 'string' && m[f] !== '') o[f] = m[f];
    if (m['read_only'] === true) o['read_only'] = true;
    if (typeof m['consistency'] === 'string' && m['consistency'] !== '') o['consistency'] = m['consistency'];
    const bind = m['bind'];
    if (isMapping(bind)) {
      const b = pick(bind, ['selinux', 'propagation', 'recursive'], strValue);
      // docker compose v2.40 (compose-go v2.9) prints create_host_path only when it is true
      if (bind['create_host_path'] === true) b['create_host_path'] = true;
      o['bind'] = b;
    }
    const vol = m['volume'];
    if (isMapping(vol)) {
      const x: Obj = {};
      const labels = stringMap(vol['labels'], ctx, vol, 'labels');
      if (labels !== SKIP) x['labels'] = labels;
      if (vol['nocopy'] === true) x['nocopy'] = true;
      if (typeof vol['subpath'] === 'string' && vol['subpath'] !== '') x['subpath'] = vol['subpath'];
      o['volume'] = x;
    }
    const tmpfs = m['tmpfs'];
    if (isMapping(tmpfs)) {
      const t: Obj = {};
      if (tmpfs['size'] !== undefined) {
        try {
          const n = parseBytes(tmpfs['size']);
          if (n) t['size'] = String(n);
        } catch {
          // reported by the schema or left as written
        }
      }
      if (typeof tmpfs['mode'] === 'number' && tmpfs['mode'] !== 0) t['mode'] = tmpfs['mode'];
      o['tmpfs'] = t;
    }
    if (isMapping(m['image'])) o['image'] = clone(m['image']);
    return o;
  });
};

const ulimits: Conv = (v) => {
  if (!isMapping(v) || Object.keys(v).length === 0) return SKIP;
  const out: Obj = {};
  for (const [k, u] of Object.entries(v)) {
    if (typeof u === 'number') setOwn(out, k, u);
    else if (isMapping(u)) setOwn(out, k, pick(u, ['soft', 'hard'], (x) => (typeof x === 'number' && x !== 0 ? x : SKIP)));
  }
  return sortKeys(out);
};

const logging: Conv = (v) => {
  if (!isMapping(v)) return SKIP;
  const o: Obj = {};
  if (typeof v['driver'] === 'string' && v['driver'] !== '') o['driver'] = v['driver'];
  const opts = stringMap(v['options'], {} as Ctx, v, 'options');
  if (opts !== SKIP) o['options'] = opts;
  return o;
};

const build: Conv = (v, ctx, _c, k) => {
  if (!isMapping(v)) return SKIP;
  const sub: Ctx = { ...ctx, where: `${ctx.where}.${k}` };
  return convert(v, BUILD_FIELDS, sub);
};

const deploy: Conv = (v, ctx, _c, k) => {
  if (!isMapping(v)) return SKIP;
  const sub: Ctx = { ...ctx, where: `${ctx.where}.${k}` };
  const o = convert(v, DEPLOY_FIELDS, sub);
  // Resources and Placement are structs, not pointers: compose always prints them.
  if (!('resources' in o)) o['resources'] = {};
  if (!('placement' in o)) o['placement'] = {};
  return o;
};

const resources: Conv = (v, ctx, _c, k) => {
  if (!isMapping(v)) return SKIP;
  const o: Obj = {};
  for (const which of ['limits', 'reservations']) {
    const r = v[which];
    if (!isMapping(r)) continue;
    const sub: Ctx = { ...ctx, where: `${ctx.where}.${k}.${which}` };
    o[which] = convert(r, RESOURCE_FIELDS, sub);
  }
  return o;
};

const updateConfig: Conv = (v, ctx, _c, k) => {
  if (!isMapping(v)) return SKIP;
  return convert(v, UPDATE_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};

const restartPolicy: Conv = (v, ctx, _c, k) => {
  if (!isMapping(v)) return SKIP;
  return convert(v, RESTART_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};

type Fields = Array<[string, Conv]>;

const SERVICE_FIELDS: Fields = [
  ['profiles', strList],
  ['annotations', stringMap],
  ['attach', boolPtr],
  ['build', build],
  ['develop', passthrough],
  ['blkio_config', passthrough],
  ['cap_add', strList],
  ['cap_drop', strList],
  ['cgroup_parent', str],
  ['cgroup', str],
  ['cpu_count', num],
  ['cpu_percent', num],
  ['cpu_period', num],
  ['cpu_quota', num],
  ['cpu_rt_period', num],
  ['cpu_rt_runtime', num],
  ['cpus', num],
  ['cpuset', str],
  ['cpu_shares', num],
  ['command', command],
  ['configs', fileRefs],
  ['container_name', str],
  ['credential_spec', nonEmptyObj],
  ['depends_on', dependsOn],
  ['deploy', deploy],
  ['device_cgroup_rules', strList],
  ['devices', passthrough],
  ['dns', strList],
  ['dns_opt', strList],
  ['dns_search', strList],
  ['dockerfile', str],
  ['domainname', str],
  ['entrypoint', command],
  ['provider', passthrough],
  ['environment', envMap],
  ['expose', strList],
  ['external_links', strList],
  ['extra_hosts', extraHosts],
  ['group_add', strList],
  ['gpus', passthrough],
  ['hostname', str],
  ['healthcheck', healthcheck],
  ['image', str],
  ['init', boolPtr],
  ['ipc', str],
  ['isolation', str],
  ['labels', stringMap],
  ['links', strList],
  ['logging', logging],
  ['log_driver', str],
  ['log_opt', stringMap],
  ['mem_limit', bytes],
  ['mem_reservation', bytes],
  ['memswap_limit', bytes],
  ['mem_swappiness', bytes],
  ['mac_address', str],
  ['models', passthrough],
  ['net', str],
  ['network_mode', str],
  ['networks', networks],
  ['oom_kill_disable', bool],
  ['oom_score_adj', num],
  ['pid', str],
  ['pids_limit', num],
  ['platform', str],
  ['ports', ports],
  ['privileged', bool],
  ['pull_policy', str],
  ['read_only', bool],
  ['restart', str],
  ['runtime', str],
  ['scale', intPtr],
  ['secrets', fileRefs],
  ['security_opt', strList],
  ['shm_size', bytes],
  ['stdin_open', bool],
  ['stop_grace_period', duration],
  ['stop_signal', str],
  ['storage_opt', stringMap],
  ['sysctls', stringMap],
  ['tmpfs', strList],
  ['tty', bool],
  ['ulimits', ulimits],
  ['use_api_socket', bool],
  ['user', str],
  ['userns_mode', str],
  ['uts', str],
  ['volume_driver', str],
  ['volumes', volumes],
  ['volumes_from', strList],
  ['working_dir', str],
  ['pre_start', passthrough],
  ['post_start', passthrough],
  ['pre_stop', passthrough],
];

const BUILD_FIELDS: Fields = [
  ['context', str],
  ['dockerfile', str],
  ['dockerfile_inline', str],
  ['entitlements', strList],
  ['args', envMap],
  ['provenance', str],
  ['sbom', str],
  ['ssh', passthrough],
  ['labels', stringMap],
  ['cache_from', strList],
  ['cache_to', strList],
  ['no_cache', bool],
  ['no_cache_filter', strList],
  ['additional_contexts', stringMap],
  ['pull', bool],
  ['extra_hosts', extraHosts],
  ['isolation', str],
  ['network', str],
  ['target', str],
  ['secrets', fileRefs],
  ['shm_size', bytes],
  ['tags', strList],
  ['ulimits', ulimits],
  ['platforms', strList],
  ['privileged', bool],
];

const DEPLOY_FIELDS: Fields = [
  ['mode', str],
  ['replicas', intPtr],
  ['labels', stringMap],
  ['update_config', updateConfig],
  ['rollback_config', updateConfig],
  ['resources', resources],
  ['restart_policy', restartPolicy],
  ['placement', passthrough],
  ['endpoint_mode', str],
];

const RESOURCE_FIELDS: Fields = [
  ['cpus', (v) => (v === null || v === undefined || Number(v) === 0 || Number.isNaN(Number(v)) ? SKIP : Math.fround(Number(v)))],
  ['memory', bytes],
  ['pids', num],
  ['devices', passthrough],
  ['generic_resources', passthrough],
];

const UPDATE_FIELDS: Fields = [
  ['parallelism', intPtr],
  ['delay', duration],
  ['failure_action', str],
  ['monitor', duration],
  ['max_failure_ratio', num],
  ['order', str],
];

const RESTART_FIELDS: Fields = [
  ['condition', str],
  ['delay', duration],
  ['max_attempts', intPtr],
  ['window', duration],
];

function convert(v: Obj, fields: Fields, ctx: Ctx): Obj {
  const o: Obj = {};
  // Index loops over the field tables (here and in serviceJson): each service goes through all ~80
  // fields twice, in code V8 has not optimised yet, where for-of allocates an iterator result per step.
  for (let i = 0; i < fields.length; i++) {
    const k = fields[i]![0];
    if (!(k in v) && k !== 'command' && k !== 'entrypoint') continue;
    const conv = fields[i]![1];
    const r = conv(v[k], ctx, v, k);
    if (r !== SKIP) o[k] = r;
  }
  return o;
}

function pick(v: Obj, keys: string[], conv: (x: unknown) => unknown): Obj {
  const o: Obj = {};
  for (const k of keys) {
    if (!(k in v)) continue;
    const r = conv(v[k]);
    if (r !== SKIP) o[k] = r;
  }
  return o;
}

function clone(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

function sortKeys(o: Obj): Obj {
  const out: Obj = {};
  for (const k of Object.keys(o).sort()) setOwn(out, k, o[k]);
  return out;
}

export function serviceJson(name: string, s: Obj, problems: Problems): Obj {
  const ctx: Ctx = { problems, where: `services.${name}` };
  const o = convert(s, SERVICE_FIELDS, ctx);
  const ordered: Obj = {};
  // command/entrypoint are never omitted (compose prints null), everything else only when set
  for (let i = 0; i < SERVICE_FIELDS.length; i++) {
    const k = SERVICE_FIELDS[i]![0];
    if (k in o) ordered[k] = o[k];
  }
  return ordered;
}

const RESOURCE_KIND_FIELDS: Record<string, string[]> = {
  networks: ['name', 'driver', 'driver_opts', 'ipam', 'external', 'internal', 'attachable', 'labels', 'enable_ipv4', 'enable_ipv6'],
  volumes: ['name', 'driver', 'driver_opts', 'external', 'labels'],
  secrets: ['name', 'file', 'environment', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
  configs: ['name', 'file', 'environment', 'content', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
};

export function resourceJson(kind: string, r: unknown): Obj {
  const o: Obj = {};
  const src: Obj = isMapping(r) ? r : {};
  for (const k of RESOURCE_KIND_FIELDS[kind] ?? []) {
    const v = src[k];
    if (k === 'ipam') {
      o['ipam'] = isMapping(v) ? clone(v) : {};
      continue;
    }
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (k === 'labels' || k === 'driver_opts') {
      const m = stringMap(v, {} as Ctx, src, k);
      if (m !== SKIP) o[k] = m;
      continue;
    }
    if (k === 'enable_ipv4' || k === 'enable_ipv6') {
      o[k] = v;
      continue;
    }
    o[k] = typeof v === 'string' || typeof v === 'boolean' ? v : goString(v);
  }
  if (kind === 'networks' || kind === 'volumes') {
    // enable_ipv4/ipv6 are pointers: printed when set, even false
    for (const k of ['enable_ipv4', 'enable_ipv6']) if (src[k] === false && kind === 'networks') o[k] = false;
  }
  return o;
}
