/**
 * The consistency checks `docker compose config` makes on enabled services, ported from compose-go
 * `loader/validate.go` and `graph/cycle.go` (Apache-2.0). compose stops at the first problem; every
 * problem is reported here, each at the text that names it.
 */
import { hasOwn, isMapping, keyLoc, selfLoc, valueLoc, type Loc } from './location.js';
import type { Problems } from './problems.js';
import type { ComposeRuleId } from './rules.js';
import { parseBytes } from './values.js';

type Obj = Record<string, unknown>;

export interface ServiceSets {
  /** Every service of the model, by name. */
  all: Obj;
  enabled: Set<string>;
  /** Disabled services and the profiles that would enable them. */
  disabled: Map<string, string[]>;
}

const entries = (v: unknown): Array<[string, unknown]> => (isMapping(v) ? Object.entries(v) : []);

export function checkConsistency(model: Obj, sets: ServiceSets, problems: Problems): void {
  const top = (k: string): Obj => (isMapping(model[k]) ? (model[k] as Obj) : {});
  const networks = top('networks');
  const volumes = top('volumes');
  const secrets = top('secrets');
  const configs = top('configs');
  const models = top('models');
  const services = sets.all;
  const add = (rule: ComposeRuleId, at: Loc | undefined, message: string): void => {
    if (at) problems.add(rule, at, message);
  };

  for (const name of Object.keys(services)) {
    if (!sets.enabled.has(name)) continue;
    const s = services[name];
    if (!isMapping(s)) continue;
    const svcAt = keyLoc(services, name);
    const build = isMapping(s['build']) ? s['build'] : undefined;

    // an image that failed interpolation or the schema is already reported
    const imageReported = 'image' in s && (typeof s['image'] !== 'string' || problems.isPoisoned(valueLoc(s, 'image')));
    if (!build && (typeof s['image'] !== 'string' || s['image'] === '') && !('provider' in s) && !imageReported) {
      add('compose/missing-image', svcAt, `service "${name}" has neither an image nor a build context specified`);
    }
    if (build) {
      if (nonEmpty(build['dockerfile_inline']) && nonEmpty(build['dockerfile'])) {
        add('compose/conflicting-attributes', valueLoc(build, 'dockerfile_inline'), `service "${name}" declares mutually exclusive dockerfile and dockerfile_inline`);
      }
      for (const [ctxName, c] of entries(build['additional_contexts'])) {
        if (typeof c !== 'string' || !c.startsWith('service:')) continue;
        const target = c.slice('service:'.length);
        const at = valueLoc(build['additional_contexts'], ctxName);
        if (!hasOwn(services, target)) {
          add('compose/undefined-service', at, `service "${name}" declares unknown service "${target}" as additional contexts ${ctxName}`);
        } else if (!isMapping(services[target]) || !isMapping((services[target] as Obj)['build'])) {
          add('compose/undefined-service', at, `service "${name}" declares non-buildable service "${target}" as additional contexts ${ctxName}`);
        }
      }
      const platforms = build['platforms'];
      if (Array.isArray(platforms) && platforms.length > 0 && typeof s['platform'] === 'string' && s['platform'] !== '') {
        if (!platforms.includes(s['platform'])) {
          add('compose/conflicting-attributes', valueLoc(s, 'platform'), `service.build.platforms MUST include service.platform "${s['platform']}"`);
        }
      }
      if (Array.isArray(build['secrets'])) {
        (build['secrets'] as unknown[]).forEach((sec, i) => {
          const src = isMapping(sec) ? sec['source'] : sec;
          if (typeof src === 'string' && !hasOwn(secrets, src)) {
            add('compose/undefined-secret', valueLoc(build['secrets'], i), `service "${name}" refers to undefined build secret ${src}`);
          }
        });
      }
    }

    const svcNetworks = isMapping(s['networks']) ? s['networks'] : undefined;
    if (typeof s['network_mode'] === 'string' && s['network_mode'] !== '' && svcNetworks && Object.keys(svcNetworks).length > 0) {
      add('compose/conflicting-attributes', valueLoc(s, 'network_mode'), `service ${name} declares mutually exclusive \`network_mode\` and \`networks\``);
    }
    for (const [net] of entries(svcNetworks)) {
      if (!hasOwn(networks, net)) add('compose/undefined-network', keyLoc(svcNetworks, net), `service "${name}" refers to undefined network ${net}`);
    }

    const hc = s['healthcheck'];
    if (isMapping(hc) && Array.isArray(hc['test']) && hc['test'].length > 0) {
      const first = hc['test'][0];
      if (first !== 'CMD' && first !== 'CMD-SHELL' && first !== 'NONE') {
        add('compose/invalid-healthcheck', valueLoc(hc['test'], 0) ?? valueLoc(hc, 'test'), `services.${name}.healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"`);
      }
    }

    for (const [dep, cfg] of entries(s['depends_on'])) {
      if (sets.enabled.has(dep)) continue;
      const required = !isMapping(cfg) || cfg['required'] !== false;
      const at = keyLoc(s['depends_on'], dep);
      const profiles = sets.disabled.get(dep);
      if (profiles) {
        if (!required) continue;
        add('compose/undefined-service', at, `service "${name}" depends on service "${dep}", which is disabled: none of its profiles (${profiles.join(', ')}) is active`);
      } else {
        add('compose/undefined-service', at, `service "${name}" depends on undefined service "${dep}"`);
      }
    }

    if (typeof s['network_mode'] === 'string' && s['network_mode'].startsWith('service:')) {
      const ref = s['network_mode'].slice('service:'.length);
      if (!sets.enabled.has(ref) && !(isMapping(s['depends_on']) && ref in (s['depends_on'] as Obj))) {
        add('compose/undefined-service', valueLoc(s, 'network_mode'), `service "${ref}" not found for network_mode 'service:${ref}'`);
      }
    }

    if (Array.isArray(s['volumes'])) {
      (s['volumes'] as unknown[]).forEach((v, i) => {
        if (!isMapping(v) || v['type'] !== 'volume' || typeof v['source'] !== 'string' || v['source'] === '') return;
        if (!hasOwn(volumes, v['source'])) add('compose/undefined-volume', valueLoc(s['volumes'], i), `service "${name}" refers to undefined volume ${v['source']}`);
      });
    }
    const refs = (kind: 'configs' | 'secrets', defined: Obj, rule: ComposeRuleId, what: string): void => {
      const list = s[kind];
      if (!Array.isArray(list)) return;
      list.forEach((r, i) => {
        const src = isMapping(r) ? r['source'] : r;
        if (typeof src === 'string' && !hasOwn(defined, src)) add(rule, valueLoc(list, i), `service "${name}" refers to undefined ${what} ${src}`);
      });
    };
    refs('configs', configs, 'compose/undefined-config', 'config');
    refs('secrets', secrets, 'compose/undefined-secret', 'secret');
    for (const [m] of entries(s['models'])) {
      if (!hasOwn(models, m)) add('compose/undefined-model', keyLoc(s['models'], m), `service "${name}" refers to undefined model ${m}`);
    }

    const deploy = isMapping(s['deploy']) ? s['deploy'] : undefined;
    const scale = typeof s['scale'] === 'number' ? s['scale'] : undefined;
    const replicas = deploy && typeof deploy['replicas'] === 'number' ? deploy['replicas'] : undefined;
    if (scale !== undefined && replicas !== undefined && scale !== replicas) {
      add('compose/conflicting-attributes', valueLoc(s, 'scale'), `services.${name}: can't set distinct values on 'scale' and 'deploy.replicas'`);
    }
    if (scale !== undefined && scale < 0) add('compose/invalid-value', valueLoc(s, 'scale'), `services.${name}.scale: must be greater than or equal to 0`);
    if (replicas !== undefined && replicas < 0) {
      add('compose/invalid-value', valueLoc(deploy, 'replicas'), `services.${name}.deploy.replicas: must be greater than or equal to 0`);
    }
    const limits = deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['limits']) ? deploy['resources']['limits'] : undefined;
    const reservations =
      deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations']) ? deploy['resources']['reservations'] : undefined;
    const differs = (a: unknown, b: unknown, parse: (x: unknown) => number): boolean => {
      try {
        return parse(a) !== parse(b);
      } catch {
        return false;
      }
    };
    const cpus = (x: unknown): number => Math.fround(Number(x ?? 0));
    if (s['cpus'] !== undefined && Number(s['cpus']) !== 0 && limits && differs(s['cpus'], limits['cpus'], cpus)) {
      add('compose/conflicting-attributes', valueLoc(s, 'cpus'), `services.${name}: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`);
    }
    const bytesOr0 = (x: unknown): number => (x === undefined || x === null ? 0 : parseBytes(x));
    if (s['mem_limit'] !== undefined && limits && differs(s['mem_limit'], limits['memory'], bytesOr0)) {
      add('compose/conflicting-attributes', valueLoc(s, 'mem_limit'), `services.${name}: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`);
    }
    if (s['mem_reservation'] !== undefined && reservations && differs(s['mem_reservation'], reservations['memory'], bytesOr0)) {
      add(
        'compose/conflicting-attributes',
        valueLoc(s, 'mem_reservation'),
        `services.${name}: can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'`,
      );
    }
    if (typeof s['pids_limit'] === 'number' && s['pids_limit'] !== 0 && limits && s['pids_limit'] !== (limits['pids'] ?? 0)) {
      add('compose/conflicting-attributes', valueLoc(s, 'pids_limit'), `services.${name}: can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'`);
    }
    const effectiveScale = scale ?? replicas ?? 1;
    if (effectiveScale > 1 && typeof s['container_name'] === 'string' && s['container_name'] !== '') {
      const attr = scale !== undefined ? 'scale' : 'deploy.replicas';
      add('compose/conflicting-attributes', valueLoc(s, 'container_name'), `services.${name}: can't set container_name and ${attr} as container name must be unique`);
    }

    const develop = isMapping(s['develop']) ? s['develop'] : undefined;
    if (develop && Array.isArray(develop['watch'])) {
      for (const w of develop['watch'] as unknown[]) {
        if (!isMapping(w)) continue;
        if ((w['target'] ?? '') === '' && typeof w['action'] === 'string' && w['action'] !== 'rebuild' && w['action'] !== 'restart') {
          add('compose/missing-attribute', selfLoc(w), `services.${name}.develop.watch: target is required for non-rebuild actions`);
        }
      }
    }

    const mounts = new Map<string, string>();
    const tmpfs = typeof s['tmpfs'] === 'string' ? [s['tmpfs']] : s['tmpfs'];
    if (Array.isArray(tmpfs)) {
      tmpfs.forEach((t, i) => {
        if (typeof t !== 'string') return;
        const p = t.split(':')[0]!;
        const loc = `services.${name}.tmpfs[${i}]`;
        const prev = mounts.get(p);
        if (prev) add('compose/duplicate-mount', valueLoc(s['tmpfs'], i) ?? valueLoc(s, 'tmpfs'), `${loc}: target ${p} already mounted as ${prev}`);
        else mounts.set(p, loc);
      });
    }
    if (Array.isArray(s['volumes'])) {
      (s['volumes'] as unknown[]).forEach((v, i) => {
        if (!isMapping(v) || typeof v['target'] !== 'string') return;
        const loc = `services.${name}.volumes[${i}]`;
        const prev = mounts.get(v['target']);
        if (prev) add('compose/duplicate-mount', valueLoc(s['volumes'], i), `${loc}: target ${v['target']} already mounted as ${prev}`);
        else mounts.set(v['target'], loc);
      });
    }
  }

  for (const [name, sec] of entries(secrets)) {
    if (!isMapping(sec) || sec['external'] === true) continue;
    // without a driver, validation.ts has already said "one of file|environment must be set"
    if (!nonEmpty(sec['file']) && !nonEmpty(sec['environment']) && 'driver' in sec) {
      add('compose/missing-attribute', keyLoc(secrets, name), `secret "${name}" must declare either \`file\` or \`environment\``);
    }
  }

  checkCycles(sets, problems);
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v !== '';
}

/** compose-go `graph.CheckCycle`, reporting every distinct cycle at the edge that closes it. */
function checkCycles(sets: ServiceSets, problems: Problems): void {
  const names = [...sets.enabled].sort();
  const deps = (n: string): string[] => {
    const s = sets.all[n];
    if (!isMapping(s) || !isMapping(s['depends_on'])) return [];
    return Object.keys(s['depends_on'])
      .filter((d) => sets.enabled.has(d))
      .sort();
  };
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const visit = (pathNames: string[]): void => {
    const cur = pathNames[pathNames.length - 1]!;
    state.set(cur, 'active');
    for (const child of deps(cur)) {
      const st = state.get(child);
      if (st === 'active') {
        const i = pathNames.indexOf(child);
        const cycle = [...pathNames.slice(i), child];
        const ring = cycle.slice(0, -1);
        const min = ring.indexOf([...ring].sort()[0]!);
        const key = [...ring.slice(min), ...ring.slice(0, min)].join('\0');
        if (!reported.has(key)) {
          reported.add(key);
          const s = sets.all[cur] as Obj;
          const at = keyLoc(s['depends_on'], child) ?? keyLoc(sets.all, cur);
          if (at) problems.add('compose/dependency-cycle', at, `dependency cycle detected: ${cycle.join(' -> ')}`);
        }
        continue;
      }
      if (st === 'done') continue;
      pathNames.push(child);
      visit(pathNames);
      pathNames.pop();
    }
    state.set(cur, 'done');
  };
  for (const n of names) if (!state.has(n)) visit([n]);
}
