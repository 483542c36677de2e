/**
 * Relative paths made absolute against a project (or extended file's) directory, ported from
 * compose-go `paths/*.go` (Apache-2.0), and compose-go `loader/environment.go`.
 */
import os from 'node:os';
import path from 'node:path';
import { matches } from './interpolate.js';
import { isMapping } from './location.js';
import type { EnvTable } from './environment.js';

const REMOTE_CONTEXT = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];

export function expandUser(p: string): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/')) return path.join(os.homedir(), p.slice(2));
  return p;
}

function absPath(dir: string, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => absPath(dir, x));
  if (typeof v !== 'string') return v;
  const p = expandUser(v);
  if (path.isAbsolute(p) || p === '') return p;
  return path.resolve(dir, p);
}

const isWindowsAbs = (p: string): boolean => /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\');

function maybeUnixPath(dir: string, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const p = expandUser(v);
  if (!path.posix.isAbsolute(p) && !isWindowsAbs(p)) return path.resolve(dir, p);
  return p;
}

export function isRemoteContext(v: string): boolean {
  return v.includes('://') || v.startsWith('service:') || REMOTE_CONTEXT.some((r) => v.startsWith(r));
}

function absContextPath(dir: string, v: unknown): unknown {
  if (typeof v !== 'string' || isRemoteContext(v)) return v;
  return absPath(dir, v);
}

type Resolver = (dir: string, v: unknown) => unknown;

const RESOLVERS: Array<[string[], Resolver]> = (
  [
    ['services.*.build.context', absContextPath],
    ['services.*.build.additional_contexts.*', absContextPath],
    ['services.*.build.ssh.*', maybeUnixPath],
    ['services.*.env_file.*.path', absPath],
    ['services.*.label_file.*', absPath],
    ['services.*.extends.file', (d: string, v: unknown) => (typeof v === 'string' && isRemoteResource(v) ? v : absPath(d, v))],
    ['services.*.develop.watch.*.path', absPath],
    [
      'services.*.volumes.*',
      (d: string, v: unknown) => {
        if (!isMapping(v) || v['type'] !== 'bind' || typeof v['source'] !== 'string') return v;
        v['source'] = maybeUnixPath(d, v['source']);
        return v;
      },
    ],
    ['configs.*.file', maybeUnixPath],
    ['secrets.*.file', maybeUnixPath],
    ['include.path', absPath],
    ['include.project_directory', absPath],
    ['include.env_file', absPath],
    [
      'volumes.*',
      (d: string, v: unknown) => {
        if (!isMapping(v) || v['driver'] !== 'local' || !isMapping(v['driver_opts'])) return v;
        const o = v['driver_opts'];
        if (o['o'] === 'bind' && 'device' in o) o['device'] = maybeUnixPath(d, o['device']);
        return v;
      },
    ],
  ] as Array<[string, Resolver]>
).map(([p, r]) => [p.split('.'), r]);

/** Remote include/extends references compose can fetch (git, OCI); we do not. */
export function isRemoteResource(v: string): boolean {
  return /^(oci:\/\/|git@|https?:\/\/|ssh:\/\/|git:\/\/|github\.com\/)/.test(v);
}

const ROOTS = new Set(RESOLVERS.map(([p]) => p[0]!));
const MAX_DEPTH = Math.max(...RESOLVERS.map(([p]) => p.length));
/** The resolvers by the length of their path: every node of the model is looked up here. */
const BY_DEPTH: Array<Array<[string[], Resolver]>> = [];
for (const r of RESOLVERS) (BY_DEPTH[r[0].length] ??= []).push(r);

/** compose-go `paths.ResolveRelativePaths`, making paths absolute against `dir`. */
export function resolveRelativePaths(model: Record<string, unknown>, dir: string): void {
  const p: string[] = [];
  for (const k of Object.keys(model)) {
    if (!ROOTS.has(k)) continue;
    p.push(k);
    const r = walk(model[k], p, dir);
    if (r !== model[k]) model[k] = r;
    p.pop();
  }
}

function walk(value: unknown, p: string[], dir: string): unknown {
  const candidates = BY_DEPTH[p.length];
  if (candidates) {
    // Declaration order: the first match wins.
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (matches(p, c[0])) return c[1](dir, value);
    }
  }
  if (p.length >= MAX_DEPTH) return value;
  if (isMapping(value)) {
    // An index loop: every node passes here, in code V8 has not optimised yet, where for-of allocates
    // an iterator result per step.
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      p.push(k);
      const e = value[k];
      const r = walk(e, p, dir);
      if (r !== e) value[k] = r;
      p.pop();
    }
  } else if (Array.isArray(value)) {
    p.push('[]');
    for (let i = 0; i < value.length; i++) {
      const r = walk(value[i], p, dir);
      if (r !== value[i]) value[i] = r;
    }
    p.pop();
  }
  return value;
}

/** compose-go `ResolveEnvironment`: `environment: [VAR]` takes VAR's value from the project environment. */
export function resolveEnvironment(model: Record<string, unknown>, env: EnvTable): void {
  const services = model['services'];
  if (isMapping(services)) {
    for (const s of Object.values(services)) {
      if (!isMapping(s) || !Array.isArray(s['environment'])) continue;
      const list = s['environment'] as unknown[];
      list.forEach((e, i) => {
        if (typeof e !== 'string') return;
        const found = env.get(e);
        if (found !== undefined) list[i] = `${e}=${found.value}`;
      });
    }
  }
  const configs = model['configs'];
  if (isMapping(configs)) {
    for (const c of Object.values(configs)) {
      if (!isMapping(c) || typeof c['environment'] !== 'string') continue;
      const found = env.get(c['environment']);
      if (found !== undefined) c['content'] = found.value;
    }
  }
}
