/**
 * Structural checks of the merged model, ported from compose-go `validation/*.go` (Apache-2.0).
 */
import { isMapping, keyLoc, selfLoc, valueLoc, type Loc } from './location.js';
import { isValidIP } from './ports.js';
import type { Problems } from './problems.js';

export function validateModel(model: Record<string, unknown>, problems: Problems): void {
  const at = (container: unknown, key: string | number): Loc | undefined => valueLoc(container, key);

  const volumes = model['volumes'];
  if (isMapping(volumes)) {
    for (const [name, v] of Object.entries(volumes)) {
      if (!isMapping(v) || v['external'] !== true) continue;
      for (const k of Object.keys(v)) {
        if (k === 'name' || k === 'external' || k.startsWith('x-')) continue;
        const l = keyLoc(v, k) ?? at(volumes, name);
        if (l) problems.add('compose/conflicting-attributes', l, `volumes.${name}: conflicting parameters "external" and "${k}" specified`);
      }
    }
  }

  const fileObjects = (kind: 'configs' | 'secrets', keys: string[]): void => {
    const top = model[kind];
    if (!isMapping(top)) return;
    for (const [name, v] of Object.entries(top)) {
      if (!isMapping(v)) continue;
      const present = keys.filter((k) => k in v);
      const l = keyLoc(top, name);
      if (!l) continue;
      if (present.length > 1) {
        problems.add('compose/conflicting-attributes', l, `${kind}.${name}: ${keys.join('|')} attributes are mutually exclusive`);
      } else if (present.length === 0 && !('driver' in v) && !('external' in v)) {
        problems.add('compose/missing-attribute', l, `${kind}.${name}: one of ${keys.join('|')} must be set`);
      }
    }
  };
  fileObjects('configs', ['file', 'environment', 'content']);
  fileObjects('secrets', ['file', 'environment']);

  const services = model['services'];
  if (!isMapping(services)) return;
  for (const [name, s] of Object.entries(services)) {
    if (!isMapping(s)) continue;
    if (Array.isArray(s['ports'])) {
      (s['ports'] as unknown[]).forEach((p, i) => {
        if (!isMapping(p) || !('host_ip' in p)) return;
        const ip = p['host_ip'];
        if (typeof ip === 'string' && isValidIP(ip)) return;
        const l = at(p, 'host_ip') ?? at(s['ports'], i);
        if (l) problems.add('compose/invalid-port', l, `services.${name}.ports: invalid ip address: ${String(ip)}`);
      });
    }
    const develop = s['develop'];
    if (isMapping(develop) && Array.isArray(develop['watch'])) {
      (develop['watch'] as unknown[]).forEach((w, i) => {
        if (isMapping(w) && w['path'] === '') {
          const l = at(w, 'path') ?? selfLoc(w);
          if (l) problems.add('compose/missing-attribute', l, `services.${name}.develop.watch.${i}.path: value can't be blank`);
        }
      });
    }
    const requests: Array<[unknown, string]> = [[s['gpus'], `services.${name}.gpus`]];
    const deploy = s['deploy'];
    if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
      requests.push([deploy['resources']['reservations']['devices'], `services.${name}.deploy.resources.reservations.devices`]);
    }
    for (const [list, where] of requests) {
      if (!Array.isArray(list)) continue;
      list.forEach((d, i) => {
        if (isMapping(d) && 'count' in d && 'device_ids' in d) {
          const l = selfLoc(d) ?? at(list, i);
          if (l) problems.add('compose/conflicting-attributes', l, `${where}.${i}: "count" and "device_ids" attributes are exclusive`);
        }
      });
    }
  }
}
