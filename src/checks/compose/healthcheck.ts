// What we can know, offline, about a service's healthcheck when the compose file defines none: an
// image's own HEALTHCHECK cannot be seen without pulling it; a Dockerfile in the repository can be read.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDockerfile } from '../images/dockerfile.js';
import { stagesOf } from '../images/stages.js';
import { isMapping } from './location.js';
import { isRemoteContext } from './paths.js';
import type { ReadLimits } from './read-file.js';

type Obj = Record<string, unknown>;

export type ImageHealthcheck =
  /** The image defines one: compose uses it. */
  | { kind: 'defined' }
  /** Known to have none: HEALTHCHECK NONE, or a build from scratch that never sets one. */
  | { kind: 'none'; why: string }
  /** Cannot be seen offline: the HEALTHCHECK (if any) comes from this image. */
  | { kind: 'unknown'; image: string; base?: boolean };

/** The compose file turns the healthcheck off (`disable: true`, `test: ["NONE"]`). */
export function healthcheckDisabled(s: unknown): boolean {
  if (!isMapping(s) || !isMapping(s['healthcheck'])) return false;
  const hc = s['healthcheck'];
  const test = hc['test'];
  return hc['disable'] === true || (Array.isArray(test) && test[0] === 'NONE');
}

/** Whether the image a service runs defines a HEALTHCHECK, as far as the repository shows it. */
export function imageHealthcheck(s: Obj, limits: ReadLimits): ImageHealthcheck {
  const build = isMapping(s['build']) ? s['build'] : undefined;
  const image = typeof s['image'] === 'string' && s['image'] !== '' ? s['image'] : undefined;
  if (!build) return image ? { kind: 'unknown', image } : { kind: 'none', why: 'it has neither an image nor a build' };
  const context = typeof build['context'] === 'string' ? build['context'] : '.';
  const built = image ?? `the image built from ${context}`;
  let source: string | undefined;
  if (typeof build['dockerfile_inline'] === 'string') source = build['dockerfile_inline'];
  else if (!isRemoteContext(context) && typeof build['dockerfile'] === 'string') source = readSmall(path.resolve(context, build['dockerfile']), limits);
  if (source === undefined) return { kind: 'unknown', image: built };

  const args: Record<string, string> = {};
  if (isMapping(build['args'])) for (const [k, v] of Object.entries(build['args'])) if (v !== null && v !== undefined) args[k] = String(v);
  const { stages } = stagesOf(parseDockerfile(source), args);
  const target = typeof build['target'] === 'string' ? stages.find((st) => st.name?.toLowerCase() === (build['target'] as string).toLowerCase()) : stages.at(-1);
  // The last HEALTHCHECK of the stage wins, else the one of the stage or image it is built FROM.
  for (let st = target, hops = 0; st && hops <= stages.length; st = st.parent !== undefined ? stages[st.parent] : undefined, hops++) {
    const hc = st.instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
    if (hc) return /^\s*NONE\s*$/i.test(hc.args.slice(hc.rest)) ? { kind: 'none', why: 'its Dockerfile sets HEALTHCHECK NONE' } : { kind: 'defined' };
    if (st.parent === undefined) {
      const base = st.base.resolved;
      if (base.toLowerCase() === 'scratch') return { kind: 'none', why: 'its Dockerfile builds FROM scratch and sets no HEALTHCHECK' };
      if (st.base.unresolved.length === 0 && base) return { kind: 'unknown', image: base, base: true };
      break;
    }
  }
  return { kind: 'unknown', image: built };
}

/** The file's text when it may be read and is small enough; undefined otherwise (then: unknown). */
function readSmall(file: string, limits: ReadLimits): string | undefined {
  if (limits.guard?.(file)) return undefined;
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > limits.maxFileBytes) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
