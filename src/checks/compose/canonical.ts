/**
 * Canonical (long) syntax and default values, ported from compose-go `transform/*.go`,
 * `loader/omitEmpty.go` (Apache-2.0). New objects take the position of the text they replace.
 */
import path from 'node:path/posix';
import { matches } from './interpolate.js';
import { isMapping, locsOf, register, selfLoc, setOwn, valueLoc, type Loc } from './location.js';
import { parsePortConfig, PortSpecError } from './ports.js';
import type { Problems } from './problems.js';
import { goType } from './unicity.js';
import { parseVolumeSpec, VolumeSpecError } from './volume-spec.js';

/** Registers `o` (and every nested object without a position) at `loc`. */
export function adopt<T>(o: T, loc: Loc | undefined): T {
  if (!loc || typeof o !== 'object' || o === null) return o;
  if (!locsOf(o)) {
    const l = register(o, loc);
    const entries: Array<[string | number, unknown]> = Array.isArray(o) ? o.map((v, i) => [i, v]) : Object.entries(o);
    for (const [k, v] of entries) {
      l.values.set(k, selfLoc(v) ?? loc);
      if (!Array.isArray(o)) l.keys.set(k, loc);
      adopt(v, loc);
    }
  }
  return o;
}

interface Ctx {
  problems: Problems;
}

type Transformer = (data: unknown, p: string[], loc: Loc | undefined, ctx: Ctx) => unknown;

const TRANSFORMERS: Array<[string[], Transformer]> = [];
/** The transformers by the length of their path: every node of the model is looked up here. */
const BY_DEPTH: Array<Array<[string[], Transformer]>> = [];
const on = (p: string, t: Transformer): void => {
  const pattern = p.split('.');
  TRANSFORMERS.push([pattern, t]);
  (BY_DEPTH[pattern.length] ??= []).push([pattern, t]);
};

let ROOTS: Set<string> | undefined;
let MAX_DEPTH = 0;

/** compose-go `transform.Canonical`, in place where it can be; returns the new model. */
export function canonical(model: Record<string, unknown>, problems: Problems): Record<string, unknown> {
  ROOTS ??= new Set(TRANSFORMERS.map(([p]) => p[0]!));
  MAX_DEPTH ||= BY_DEPTH.length - 1;
  const ctx: Ctx = { problems };
  const p: string[] = [];
  for (const k of Object.keys(model)) {
    if (!ROOTS.has(k)) continue;
    p.push(k);
    const e = model[k];
    const loc = valueLoc(model, k);
    const t = transform(e, p, loc, ctx);
    if (t !== e) setOwn(model, k, adopt(t, loc));
    p.pop();
  }
  return model;
}

function transform(data: unknown, p: string[], loc: Loc | undefined, ctx: Ctx): unknown {
  const candidates = BY_DEPTH[p.length];
  if (candidates) {
    // Declaration order: the first match wins.
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (matches(p, c[0])) return c[1](data, [...p], loc, ctx);
    }
  }
  if (p.length >= MAX_DEPTH) return data;
  if (isMapping(data)) return transformMapping(data, p, ctx);
  if (Array.isArray(data)) return transformSequence(data, p, ctx);
  return data;
}

function transformMapping(v: Record<string, unknown>, p: string[], ctx: Ctx): Record<string, unknown> {
  // An index loop: every node passes here, in code V8 has not optimised yet, where for-of allocates an
  // iterator result per step.
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const e = v[k];
    const loc = valueLoc(v, k);
    p.push(k);
    const t = transform(e, p, loc, ctx);
    p.pop();
    if (t !== e) {
      setOwn(v, k, adopt(t, loc));
      const self = selfLoc(t);
      if (self && locsOf(v)) locsOf(v)!.values.set(k, self);
    }
  }
  return v;
}

function transformSequence(v: unknown[], p: string[], ctx: Ctx): unknown[] {
  p.push('[]');
  for (let i = 0; i < v.length; i++) {
    const e = v[i];
    const loc = valueLoc(v, i);
    const t = transform(e, p, loc, ctx);
    if (t !== e) v[i] = adopt(t, loc);
  }
  p.pop();
  return v;
}

const str = (p: string[]): string => p.join('.');

const stringOrList: Transformer = (d, _p, loc) => (typeof d === 'string' ? adopt([d], loc) : d);

const fileMount: Transformer = (d, _p, loc) => (typeof d === 'string' ? adopt({ source: d }, loc) : d);

on('services.*.build.secrets.*', fileMount);
on('services.*.build.provenance', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.sbom', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.additional_contexts', (d, p, loc, ctx) => {
  if (!Array.isArray(d)) return d;
  const m: Record<string, unknown> = {};
  const l = loc ? register(m, loc) : undefined;
  for (const [i, e] of d.entries()) {
    const s = String(e);
    const eq = s.indexOf('=');
    const at = valueLoc(d, i) ?? loc;
    if (eq < 0) {
      if (at) ctx.problems.add('compose/invalid-value', at, `${str(p)}: invalid value ${s}, expected key=value`);
      continue;
    }
    setOwn(m, s.slice(0, eq), s.slice(eq + 1));
    if (l && at) {
      l.keys.set(s.slice(0, eq), at);
      l.values.set(s.slice(0, eq), at);
    }
  }
  return m;
});
on('services.*.depends_on', (d, _p, loc) => {
  if (isMapping(d)) {
    for (const [k, e] of Object.entries(d)) {
      if (!isMapping(e)) continue;
      const at = valueLoc(d, k);
      if (!('condition' in e)) {
        e['condition'] = 'service_started';
        if (at) locsOf(e)?.values.set('condition', at);
      }
      if (!('required' in e)) {
        e['required'] = true;
        if (at) locsOf(e)?.values.set('required', at);
      }
    }
    return d;
  }
  if (Array.isArray(d)) {
    const m: Record<string, unknown> = {};
    const l = loc ? register(m, loc) : undefined;
    d.forEach((k, i) => {
      const v = { condition: 'service_started', required: true };
      setOwn(m, String(k), v);
      const at = valueLoc(d, i) ?? loc;
      if (l && at) {
        l.keys.set(String(k), at);
        l.values.set(String(k), at);
        adopt(v, at);
      }
    });
    return m;
  }
  return d;
});
const envFileValue = (v: unknown, loc: Loc | undefined): unknown => {
  if (typeof v === 'string') return adopt({ path: v, required: true }, loc);
  if (isMapping(v)) {
    if (!('required' in v)) v['required'] = true;
    return v;
  }
  return v;
};
on('services.*.env_file', (d, _p, loc) => {
  if (typeof d === 'string') return adopt([envFileValue(d, loc)], loc);
  if (Array.isArray(d)) {
    d.forEach((e, i) => {
      d[i] = envFileValue(e, valueLoc(d, i) ?? loc);
    });
  }
  return d;
});
on('services.*.label_file', stringOrList);
on('services.*.extends', (d, p, loc, ctx) => {
  if (isMapping(d)) return transformMapping(d, p, ctx);
  if (typeof d === 'string') return adopt({ service: d }, loc);
  return d;
});
on('services.*.gpus', (d, p, loc, ctx) => {
  if (Array.isArray(d)) return transformSequence(d, p, ctx);
  if (typeof d === 'string') return adopt([{ count: 'all' }], loc);
  return d;
});
const sliceToMap: Transformer = (d, _p, loc) => {
  if (!Array.isArray(d)) return d;
  const m: Record<string, unknown> = {};
  const l = loc ? register(m, loc) : undefined;
  d.forEach((n, i) => {
    setOwn(m, String(n), null);
    const at = valueLoc(d, i) ?? loc;
    if (l && at) {
      l.keys.set(String(n), at);
      l.values.set(String(n), at);
    }
  });
  return m;
};
on('services.*.networks', sliceToMap);
on('services.*.models', sliceToMap);
on('services.*.volumes.*', (d, _p, loc, ctx) => {
  if (typeof d !== 'string') return d;
  try {
    const v = parseVolumeSpec(d);
    if (v.unknownOptions.length && loc) {
      ctx.problems.add(
        'compose/invalid-volume',
        loc,
        `volume ${JSON.stringify(d)}: unknown mode ${v.unknownOptions.map((o) => JSON.stringify(o)).join(', ')} (compose ignores it; valid modes: ro, rw, z, Z, nocopy, shared, slave, private, rshared, rslave, rprivate)`,
      );
    }
    const out: Record<string, unknown> = { type: v.type };
    if (v.source !== undefined) out['source'] = v.source;
    out['target'] = v.target === '' ? '' : path.normalize(v.target).replace(/(.)\/$/, '$1');
    if (v.read_only) out['read_only'] = true;
    if (v.bind) out['bind'] = v.bind;
    if (v.volume) out['volume'] = v.volume;
    return adopt(out, loc);
  } catch (e) {
    if (loc) ctx.problems.add('compose/invalid-volume', loc, e instanceof VolumeSpecError ? e.message : String(e));
    return d;
  }
});
on('services.*.dns', stringOrList);
on('services.*.devices.*', (d, _p, loc, ctx) => {
  if (typeof d !== 'string') return d;
  const arr = d.split(':');
  if (arr.length > 3) {
    if (loc) ctx.problems.add('compose/invalid-value', loc, `confusing device mapping, please use long syntax: ${d}`);
    return d;
  }
  const src = arr[0]!;
  const dst = arr[1] || src;
  return adopt({ source: src, target: dst, permissions: arr[2] ?? 'rwm' }, loc);
});
on('services.*.secrets.*', fileMount);
on('services.*.configs.*', fileMount);
on('services.*.ports', (d, p, loc, ctx) => {
  if (!Array.isArray(d)) return d;
  const out: unknown[] = [];
  const l = register(out, loc ?? selfLoc(d) ?? { file: '', line: 1, column: 1 });
  d.forEach((entry, i) => {
    const at = valueLoc(d, i) ?? loc;
    if (typeof entry === 'number' || typeof entry === 'string') {
      if (typeof entry === 'number' && !Number.isInteger(entry)) {
        if (at) ctx.problems.add('compose/invalid-port', at, `${str(p)}: invalid type ${goType(entry)} for port`);
        return;
      }
      try {
        for (const pc of parsePortConfig(String(entry))) {
          if (at) l.values.set(out.length, at);
          out.push(adopt(pc, at));
        }
      } catch (e) {
        if (at) ctx.problems.add('compose/invalid-port', at, `invalid port ${JSON.stringify(String(entry))}: ${e instanceof PortSpecError ? e.message : String(e)}`);
      }
    } else if (isMapping(entry)) {
      if (at) l.values.set(out.length, at);
      out.push(entry);
    }
  });
  return out;
});
on('services.*.build', (d, p, loc, ctx) => {
  if (isMapping(d)) return transformMapping(d, p, ctx);
  if (typeof d === 'string') return adopt({ context: d }, loc);
  return d;
});
on('services.*.build.ssh', (d, _p, loc, ctx) => {
  if (!Array.isArray(d)) return d;
  const m: Record<string, unknown> = {};
  for (const [i, e] of d.entries()) {
    const at = valueLoc(d, i) ?? loc;
    if (typeof e !== 'string') {
      if (at) ctx.problems.add('compose/invalid-value', at, `invalid ssh key type ${goType(e)}`);
      continue;
    }
    const eq = e.indexOf('=');
    if (eq < 0) {
      if (e !== 'default') {
        if (at) ctx.problems.add('compose/invalid-value', at, `invalid ssh key ${JSON.stringify(e)}`);
        continue;
      }
      setOwn(m, e, null);
      continue;
    }
    setOwn(m, e.slice(0, eq), e.slice(eq + 1));
  }
  return adopt(m, loc);
});
on('services.*.ulimits.*', (d) => d);
on('services.*.build.ulimits.*', (d) => d);
on('services.*.develop.watch.*.ignore', stringOrList);
on('services.*.develop.watch.*.include', stringOrList);
const maybeExternal: Transformer = (d, p, loc, ctx) => {
  if (!isMapping(d)) return d;
  transformMapping(d, p, ctx);
  const ext = d['external'];
  if (isMapping(ext)) {
    d['external'] = true;
    if ('name' in ext) {
      const at = valueLoc(d, 'external') ?? loc;
      if (at) ctx.problems.add('compose/deprecated', at, `${str(p)}: external.name is deprecated. Please set name and external: true`);
      if ('name' in d && ext['name'] !== d['name']) {
        if (at) ctx.problems.add('compose/conflicting-attributes', at, `${str(p)}: name and external.name conflict; only use name`);
      } else if (!('name' in d)) {
        d['name'] = ext['name'];
      }
    }
  }
  return d;
};
on('volumes.*', maybeExternal);
on('networks.*', maybeExternal);
on('secrets.*', maybeExternal);
on('configs.*', maybeExternal);

/** compose-go `OmitEmpty`: empty entries of `dns` lists are dropped. */
export function omitEmpty(model: Record<string, unknown>): void {
  const services = model['services'];
  if (!isMapping(services)) return;
  for (const s of Object.values(services)) {
    if (!isMapping(s) || !Array.isArray(s['dns'])) continue;
    const dns = s['dns'] as unknown[];
    if (dns.some((e) => e === null || e === '')) {
      const keep = dns.map((value, i) => ({ value, loc: valueLoc(dns, i) })).filter((e) => e.value !== null && e.value !== '');
      const out = keep.map((e) => e.value);
      const l = register(out, selfLoc(dns) ?? keep[0]?.loc ?? { file: '', line: 1, column: 1 });
      keep.forEach((e, i) => e.loc && l.values.set(i, e.loc));
      s['dns'] = out;
    }
  }
}

/** compose-go `transform.SetDefaultValues`. */
export function setDefaultValues(model: Record<string, unknown>): void {
  const services = model['services'];
  if (!isMapping(services)) return;
  for (const s of Object.values(services)) {
    if (!isMapping(s)) continue;
    const build = s['build'];
    if (isMapping(build) && !('context' in build)) build['context'] = '.';
    if (Array.isArray(s['secrets'])) {
      for (const sec of s['secrets']) {
        if (isMapping(sec) && !('target' in sec)) sec['target'] = `/run/secrets/${String(sec['source'])}`;
      }
    }
    if (Array.isArray(s['ports'])) {
      for (const port of s['ports']) {
        if (!isMapping(port)) continue;
        if (!('protocol' in port)) port['protocol'] = 'tcp';
        if (!('mode' in port)) port['mode'] = 'ingress';
      }
    }
    const deviceRequests = (list: unknown): void => {
      if (!Array.isArray(list)) return;
      for (const d of list) if (isMapping(d) && !('count' in d) && !('device_ids' in d)) d['count'] = 'all';
    };
    deviceRequests(s['gpus']);
    const deploy = s['deploy'];
    if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
      deviceRequests(deploy['resources']['reservations']['devices']);
    }
    if (Array.isArray(s['volumes'])) {
      for (const v of s['volumes']) {
        if (isMapping(v) && isMapping(v['bind']) && !('create_host_path' in v['bind'])) v['bind']['create_host_path'] = true;
      }
    }
  }
}
