/**
 * Rules beyond what `docker compose config` checks: unpinned images, a host port published twice,
 * build contexts and Dockerfiles that are not there, container name collisions.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMapping, keyLoc, valueLoc, type Loc } from './location.js';
import { isRemoteContext } from './paths.js';
import { publishedRange } from './ports.js';
import type { Problems } from './problems.js';
import { refused, type ReadLimits } from './read-file.js';

type Obj = Record<string, unknown>;

export interface LintInput {
  services: Obj;
  enabled: Set<string>;
  problems: Problems;
  show: (file: string) => string;
  /** Build contexts and Dockerfiles are judged by it before they are looked at. */
  limits: ReadLimits;
}

const where = (l: Loc, show: (f: string) => string): string => `${show(l.file)}:${l.line}`;

/** The tag of an image reference (`undefined` when it has none), and whether it is pinned by digest. */
export function imageTag(ref: string): { tag?: string; digest: boolean } {
  const at = ref.indexOf('@');
  const digest = at >= 0;
  const name = digest ? ref.slice(0, at) : ref;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > slash ? { tag: name.slice(colon + 1), digest } : { digest };
}

export function lint(input: LintInput): void {
  const { services, enabled, problems, show } = input;
  const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

  for (const [name, s] of Object.entries(services)) {
    if (!isMapping(s)) continue;
    const build = isMapping(s['build']) ? s['build'] : undefined;

    const image = s['image'];
    if (typeof image === 'string' && image !== '' && !build) {
      const { tag, digest } = imageTag(image);
      const at = valueLoc(s, 'image');
      if (at && !digest && (tag === undefined || tag === 'latest')) {
        problems.add(
          'compose/image-latest-tag',
          at,
          tag === undefined
            ? `service "${name}" uses image "${image}" without a tag, which means "latest"; pin a version`
            : `service "${name}" uses image "${image}" with the moving tag "latest"; pin a version`,
        );
      }
    }

    if (build && typeof build['context'] === 'string' && !isRemoteContext(build['context'])) {
      const context = build['context'];
      const at = valueLoc(build, 'context') ?? valueLoc(s, 'build');
      if (at && refused(context, input.limits, problems, at, `service "${name}" build context ${show(context)}`)) continue;
      if (!isDir(context)) {
        if (at) {
          problems.add(
            'compose/build-context-missing',
            at,
            existsSync(context)
              ? `service "${name}" build context ${show(context)} is not a directory`
              : `service "${name}" build context ${show(context)} does not exist`,
          );
        }
      } else if (typeof build['dockerfile'] === 'string' && build['dockerfile'] !== '' && !build['dockerfile_inline']) {
        const dockerfile = path.resolve(context, build['dockerfile']);
        const dAt = valueLoc(build, 'dockerfile') ?? at;
        if (dAt && refused(dockerfile, input.limits, problems, dAt, `service "${name}" Dockerfile ${show(dockerfile)}`)) continue;
        if (!existsSync(dockerfile) || statSync(dockerfile).isDirectory()) {
          if (dAt) problems.add('compose/dockerfile-missing', dAt, `service "${name}": Dockerfile ${show(dockerfile)} not found`);
        }
      }
    }
  }

  // Container names and host ports only collide between services that run together.
  const names = new Map<string, { service: string; at: Loc }>();
  const bound: Array<{ service: string; proto: string; ip: string; from: number; to: number; at: Loc }> = [];
  for (const name of Object.keys(services).sort()) {
    const s = services[name];
    if (!enabled.has(name) || !isMapping(s)) continue;
    const cn = s['container_name'];
    if (typeof cn === 'string' && cn !== '') {
      const at = valueLoc(s, 'container_name') ?? keyLoc(services, name);
      const prev = names.get(cn);
      if (prev && at) {
        problems.add(
          'compose/duplicate-container-name',
          at,
          `services.${name}: container name "${cn}" is already in use by service ${prev.service} (${where(prev.at, show)})`,
        );
        problems.add(
          'compose/duplicate-container-name',
          prev.at,
          `services.${prev.service}: container name "${cn}" is also used by service ${name} (${where(at, show)})`,
        );
      } else if (at) names.set(cn, { service: name, at });
    }
    if (!Array.isArray(s['ports'])) continue;
    (s['ports'] as unknown[]).forEach((p, i) => {
      if (!isMapping(p)) return;
      const range = publishedRange(p['published']);
      if (!range) return;
      const target = p['target'];
      // `8000-8010:80` lets the engine pick one free port of the range: not a fixed binding.
      if (range[0] !== range[1] && typeof target === 'number') return;
      const at = valueLoc(s['ports'], i);
      if (!at) return;
      const proto = typeof p['protocol'] === 'string' ? p['protocol'].toLowerCase() : 'tcp';
      const ip = typeof p['host_ip'] === 'string' ? p['host_ip'] : '';
      for (const b of bound) {
        if (b.proto !== proto || !ipsOverlap(b.ip, ip) || b.to < range[0] || range[1] < b.from) continue;
        if (b.at.file === at.file && b.at.line === at.line && b.at.column === at.column) continue;
        const port = range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
        const says = (svc: string, otherSvc: string, loc: Loc): string =>
          svc === otherSvc
            ? `host port ${port}/${proto} is published twice by service "${svc}" (also at ${where(loc, show)})`
            : `host port ${port}/${proto} of service "${svc}" is also published by service "${otherSvc}" (${where(loc, show)})`;
        problems.add('compose/duplicate-host-port', at, says(name, b.service, b.at));
        problems.add('compose/duplicate-host-port', b.at, says(b.service, name, at));
      }
      bound.push({ service: name, proto, ip, from: range[0], to: range[1], at });
    });
  }
}

const ANY = new Set(['', '0.0.0.0', '::', '[::]']);

function ipsOverlap(a: string, b: string): boolean {
  return ANY.has(a) || ANY.has(b) || a === b;
}
