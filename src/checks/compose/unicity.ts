/**
 * compose-go `override/uncity.go` (Apache-2.0): in the listed sequences a later entry with the same key
 * replaces the earlier one in place.
 */
import { matches } from './interpolate.js';
import { arrayWithLocs, isMapping, selfLoc, valueLoc, type Loc } from './location.js';
import { MergeError } from './merge.js';
import { parseVolumeSpec } from './volume-spec.js';

type Indexer = (v: unknown, path: string, loc: Loc | undefined) => string;

/** Go's `%s` / `%d` for values that may be of another type, so keys compare as compose's do. */
function fmtS(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (typeof v === 'number') return Number.isInteger(v) ? `%!s(int=${v})` : `%!s(float64=${v})`;
  if (typeof v === 'boolean') return `%!s(bool=${v})`;
  return `%!s(${JSON.stringify(v)})`;
}

function fmtD(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (v === null || v === undefined) return '%!d(<nil>)';
  if (typeof v === 'string') return `%!d(string=${v})`;
  return `%!d(${JSON.stringify(v)})`;
}

/**
 * A value of the wrong type gets a key of its own: compose stops at it ("unexpected type"), the schema
 * check that follows reports it at its line, and nothing may be merged into it.
 */
let unique = 0;
const own = (): string => `\0${unique++}`;

const keyValue: Indexer = (v) => {
  if (typeof v === 'string') {
    const i = v.indexOf('=');
    return i >= 0 ? v.slice(0, i) : v;
  }
  return own();
};

const volume: Indexer = (v, path, loc) => {
  if (isMapping(v)) {
    if (!('target' in v)) throw new MergeError(`service volume in ${path} is missing a mount target`, loc);
    if (typeof v['target'] !== 'string') return own();
    return v['target'];
  }
  if (typeof v === 'string') {
    try {
      return parseVolumeSpec(v).target;
    } catch (e) {
      throw new MergeError((e as Error).message, loc, 'compose/invalid-volume');
    }
  }
  return own();
};

const device: Indexer = (v, path, loc) => {
  if (isMapping(v)) {
    if (!('target' in v)) throw new MergeError(`service device in ${path} is missing a mount target`, loc);
    if (typeof v['target'] !== 'string') return own();
    return v['target'];
  }
  if (typeof v === 'string') {
    const arr = v.split(':');
    return arr.length === 1 ? arr[0]! : arr[1]!;
  }
  return own();
};

const expose: Indexer = (v) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return own();
};

const mount =
  (defaultPath: string): Indexer =>
  (v) => {
    if (typeof v === 'string') return `${defaultPath}/${v}`;
    if (isMapping(v)) {
      if ('target' in v) return String(v['target']);
      return `${defaultPath}/${fmtS(v['source'])}`;
    }
    return own();
  };

const port: Indexer = (v, path, loc) => {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (isMapping(v)) {
    if (!('target' in v)) throw new MergeError(`service port in ${path} is missing a target port`, loc);
    const host = 'host_ip' in v ? v['host_ip'] : '0.0.0.0';
    const protocol = 'protocol' in v ? v['protocol'] : 'tcp';
    return `${fmtS(host)}:${fmtS(v['published'])}:${fmtD(v['target'])}/${fmtS(protocol)}`;
  }
  if (typeof v === 'string') return v;
  return own();
};

const envFile: Indexer = (v, path, loc) => {
  if (typeof v === 'string') return v;
  if (isMapping(v)) {
    if ('path' in v) return String(v['path']);
    throw new MergeError(`environment path attribute in ${path} is missing`, loc);
  }
  return own();
};

export function goType(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

const UNIQUE: Array<[string[], Indexer]> = (
  [
    ['networks.*.labels', keyValue],
    ['networks.*.ipam.options', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.platform', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.configs', mount('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', envFile],
    ['services.*.expose', expose],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', port],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mount('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volume],
    ['services.*.devices', device],
  ] as Array<[string, Indexer]>
).map(([p, i]) => [p.split('.'), i]);

const MAX_DEPTH = Math.max(...UNIQUE.map(([p]) => p.length));
const ROOTS = new Set(UNIQUE.map(([p]) => p[0]!));

/** Applies compose's uniqueness rules to `model` in place. Throws MergeError on an entry without a key. */
export function enforceUnicity(model: Record<string, unknown>): Record<string, unknown> {
  const path: string[] = [];
  for (const k of Object.keys(model)) {
    if (!ROOTS.has(k)) continue;
    path.push(k);
    const u = walk(model[k], path);
    if (u !== model[k]) model[k] = u;
    path.pop();
  }
  return model;
}

function walk(value: unknown, path: string[]): unknown {
  if (isMapping(value)) {
    if (path.length >= MAX_DEPTH) return value;
    // Index loops here and below: every node of the model passes, in code V8 has not optimised yet,
    // where for-of allocates an iterator result per step.
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      path.push(k);
      const e = value[k];
      const u = walk(e, path);
      if (u !== e) value[k] = u;
      path.pop();
    }
    return value;
  }
  if (Array.isArray(value)) {
    for (let u = 0; u < UNIQUE.length; u++) {
      if (!matches(path, UNIQUE[u]![0])) continue;
      const indexer = UNIQUE[u]![1];
      const seq: Array<{ value: unknown; loc: Loc | undefined }> = [];
      const keys = new Map<string, number>();
      let changed = false;
      value.forEach((entry, i) => {
        const loc = valueLoc(value, i);
        const key = indexer(entry, path.join('.'), loc);
        const j = keys.get(key);
        if (j !== undefined) {
          seq[j] = { value: entry, loc };
          changed = true;
        } else {
          seq.push({ value: entry, loc });
          keys.set(key, seq.length - 1);
        }
      });
      return changed ? arrayWithLocs(seq, selfLoc(value)) : value;
    }
  }
  return value;
}
