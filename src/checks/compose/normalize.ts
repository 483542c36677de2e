/**
 * compose-go `loader/normalize.go` (Apache-2.0): the implicit `default` network, build defaults,
 * implicit depends_on from links / `service:` namespaces / volumes_from, resource names.
 */
import path from 'node:path/posix';
import { adopt } from './canonical.js';
import type { EnvTable } from './environment.js';
import { hasOwn, isMapping, keyLoc, locsOf, register, setOwn, valueLoc, type Loc } from './location.js';

function resolveValues(a: unknown, env: EnvTable, keepEmpty: boolean): unknown {
  if (Array.isArray(a)) {
    const out: unknown[] = [];
    for (const v of a) {
      if (typeof v === 'string' && !v.includes('=')) {
        const found = env.get(v);
        if (found !== undefined) out.push(`${v}=${found.value}`);
        else if (keepEmpty) out.push(v);
        continue;
      }
      if (typeof v === 'string') out.push(v);
    }
    const l = locsOf(a);
    if (l) register(out, l.self);
    return out;
  }
  if (isMapping(a)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(a)) {
      if (v !== null && v !== undefined) setOwn(out, k, v);
      else if (env.has(k)) setOwn(out, k, env.get(k)!.value);
      else if (keepEmpty) setOwn(out, k, null);
    }
    const l = locsOf(a);
    if (l) {
      const nl = register(out, l.self);
      for (const k of Object.keys(out)) {
        const kl = l.keys.get(k);
        const vl = l.values.get(k);
        if (kl) nl.keys.set(k, kl);
        if (vl) nl.values.set(k, vl);
      }
    }
    return out;
  }
  return a;
}

const implicit = (restart: boolean, at: Loc | undefined): Record<string, unknown> =>
  adopt({ condition: 'service_started', restart, required: true }, at);

export function normalize(model: Record<string, unknown>, env: EnvTable, projectName: string): void {
  normalizeNetworks(model);
  const services = model['services'];
  if (isMapping(services)) {
    for (const [name, s] of Object.entries(services)) {
      if (!isMapping(s)) continue;
      void name;
      if (s['pull_policy'] === 'if_not_present') s['pull_policy'] = 'missing';
      const build = s['build'];
      if (isMapping(build)) {
        if (build['context'] === null || build['context'] === undefined) build['context'] = '.';
        if ((build['dockerfile'] ?? null) === null && (build['dockerfile_inline'] ?? null) === null) build['dockerfile'] = 'Dockerfile';
        if ('args' in build) build['args'] = resolveValues(build['args'], env, false);
      }
      if ('environment' in s) s['environment'] = resolveValues(s['environment'], env, true);

      let dependsOn: Record<string, unknown>;
      if (isMapping(s['depends_on'])) dependsOn = s['depends_on'];
      else {
        dependsOn = {};
        register(dependsOn, valueLoc(services, name) ?? keyLoc(services, name) ?? { file: '', line: 1, column: 1 });
      }
      const depLocs = locsOf(dependsOn);
      const addImplicit = (svc: string, restart: boolean, at: Loc | undefined): void => {
        if (hasOwn(dependsOn, svc)) return;
        setOwn(dependsOn, svc, implicit(restart, at));
        if (at && depLocs) {
          depLocs.keys.set(svc, at);
          depLocs.values.set(svc, at);
        }
      };
      if (Array.isArray(s['links'])) {
        (s['links'] as unknown[]).forEach((l, i) => {
          if (typeof l !== 'string') return;
          const parts = l.split(':');
          addImplicit(parts.length === 2 ? parts[0]! : l, true, valueLoc(s['links'], i));
        });
      }
      for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
        const ref = s[ns];
        if (typeof ref === 'string' && ref.startsWith('service:')) addImplicit(ref.slice('service:'.length), true, valueLoc(s, ns));
      }
      if (Array.isArray(s['volumes'])) {
        for (const v of s['volumes']) {
          if (isMapping(v) && typeof v['target'] === 'string' && v['target'] !== '') v['target'] = path.normalize(v['target']).replace(/(.)\/$/, '$1');
        }
      }
      if (Array.isArray(s['volumes_from'])) {
        (s['volumes_from'] as unknown[]).forEach((v, i) => {
          if (typeof v !== 'string' || v.startsWith('container:')) return;
          addImplicit(v.split(':')[0]!, false, valueLoc(s['volumes_from'], i));
        });
      }
      if (Object.keys(dependsOn).length > 0) s['depends_on'] = dependsOn;

      const hooks = s['pre_start'];
      if (Array.isArray(hooks) && typeof s['image'] === 'string' && s['image'] !== '') {
        for (const h of hooks) if (isMapping(h) && !('image' in h)) h['image'] = s['image'];
      }
    }
  }
  setNameFromKey(model, projectName);
}

function normalizeNetworks(model: Record<string, unknown>): void {
  const networks: Record<string, unknown> = isMapping(model['networks']) ? model['networks'] : {};
  let usesDefault = false;
  const services = model['services'];
  if (isMapping(services)) {
    for (const s of Object.values(services)) {
      if (!isMapping(s) || 'provider' in s || 'network_mode' in s) continue;
      const n = s['networks'];
      if (n === undefined || (isMapping(n) && Object.keys(n).length === 0) || n === null) {
        s['networks'] = { default: null };
        usesDefault = true;
      } else if (isMapping(n) && 'default' in n) {
        usesDefault = true;
      }
    }
  }
  if (!('default' in networks) && usesDefault) networks['default'] = null;
  if (Object.keys(networks).length > 0 && model['networks'] !== networks) model['networks'] = networks;
}

function setNameFromKey(model: Record<string, unknown>, projectName: string): void {
  for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
    const top = model[kind];
    if (!isMapping(top)) continue;
    for (const [key, r] of Object.entries(top)) {
      if (r !== null && !isMapping(r)) continue;
      const resource: Record<string, unknown> = r ?? {};
      if (r === null) {
        const at = valueLoc(top, key) ?? keyLoc(top, key);
        if (at) register(resource, at);
      }
      if (resource['name'] === null || resource['name'] === undefined) {
        const ext = resource['external'];
        resource['name'] = ext === true || ext === 'true' ? key : `${projectName}_${key}`;
      }
      setOwn(top, key, resource);
    }
  }
}
