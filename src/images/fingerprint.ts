// The build-input fingerprint: one sha256 over everything that decides what a build produces —
// the Dockerfile's bytes, every file of the context the builder can see (.dockerignore honoured:
// path, type, permission bits, content or link target), the ignore file itself, build args,
// target, platforms, labels, annotations, the image format, the builder's version and the id of
// every image the Dockerfile builds on. A builder records it as a label on the image it makes; an
// identical request later finds that image and only re-tags it, as BuildKit does for a fully
// cached build. Any change of any input gives another fingerprint, so the build runs again.
//
// Some builds have inputs no local hash can see; those are never served from this cache:
// `ADD` of a URL or a git repository, `RUN --mount` from an image, a base image named through a
// variable with no value, and a Dockerfile that does not parse.
import { createHash } from 'node:crypto';
import { lstat, readdir, readlink, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isIgnored, readIgnoreFile } from '../checks/images/dockerignore.js';
import { parseDockerfile, type Dockerfile } from '../checks/images/dockerfile.js';
import { stagesOf } from '../checks/images/stages.js';
import { sha256File } from '../tools/checksum.js';

/** The label a builder writes the fingerprint to. */
export const FINGERPRINT_LABEL = 'io.portarium.build.fingerprint';

export interface ExternalImages {
  /** Image references the build reads (bases, `COPY --from=image`), as written after expansion. */
  refs: string[];
  /** Why the build cannot be fingerprinted; undefined when it can. */
  uncacheable?: string;
}

/** The images a Dockerfile builds on, or why its inputs cannot all be known locally. */
export function externalImages(source: string, buildArgs: Readonly<Record<string, string>>, target?: string): ExternalImages {
  const df: Dockerfile = parseDockerfile(source);
  if (df.problems.length > 0) return { refs: [], uncacheable: `the Dockerfile does not parse: ${df.problems[0]!.message}` };
  const staged = stagesOf(df, buildArgs);
  if (staged.stages.length === 0) return { refs: [], uncacheable: 'the Dockerfile has no FROM' };
  if (target !== undefined && target !== '' && !staged.stages.some((s) => s.name?.toLowerCase() === target.toLowerCase())) {
    return { refs: [], uncacheable: `no stage named ${target}` };
  }
  const names = new Set(staged.stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
  const isStage = (ref: string) => names.has(ref.toLowerCase()) || /^\d+$/.test(ref);
  const refs = new Set<string>();
  for (const s of staged.stages) {
    if (s.base.unresolved.length > 0) return { refs: [], uncacheable: `FROM ${s.base.written}: ${s.base.unresolved.join(', ')} has no value` };
    // Only host-platform builds are fingerprinted; a base pinned to another platform may resolve
    // to an image other than the one a local look-up by name finds.
    const pinned = s.from.flags.find((f) => f.name.toLowerCase() === 'platform')?.value;
    if (pinned !== undefined && !/^\$\{?(BUILDPLATFORM|TARGETPLATFORM)\}?$/.test(pinned)) {
      return { refs: [], uncacheable: `line ${s.from.line}: FROM --platform=${pinned}` };
    }
    const ref = s.base.resolved;
    if (s.parent === undefined && ref.toLowerCase() !== 'scratch') refs.add(ref);
    for (const ins of s.instructions) {
      const from = ins.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from !== undefined) {
        if (from.includes('$')) return { refs: [], uncacheable: `line ${ins.line}: --from=${from} uses a variable` };
        if (!isStage(from)) refs.add(from);
      }
      if (ins.keyword === 'ADD') {
        const remote = /(^|\s)(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i.exec(ins.args.slice(ins.rest));
        if (remote) return { refs: [], uncacheable: `line ${ins.line}: ADD of a remote source` };
      }
      if (ins.keyword === 'RUN') {
        for (const f of ins.flags.filter((x) => x.name.toLowerCase() === 'mount')) {
          const m = /(?:^|,)from=([^,]+)/.exec(f.value ?? '');
          if (m && !isStage(m[1]!)) return { refs: [], uncacheable: `line ${ins.line}: RUN --mount from image ${m[1]}` };
        }
      }
    }
  }
  return { refs: [...refs] };
}

export interface ContextDigest {
  digest: string;
  files: number;
  /** The ignore file used, if any. */
  ignoreFile?: string;
}

/**
 * Hashes the build context as the builder sees it: every entry not excluded by the ignore file,
 * sorted by path, with its type, permission bits and content (files) or target (links).
 * Modification times are left out: the builders' own layer caches ignore them too.
 */
export async function contextDigest(contextDir: string): Promise<ContextDigest> {
  const ignore = await readIgnoreFile(contextDir);
  const reincludes = ignore.patterns.some((p) => p.exclusion);
  const entries: Array<{ rel: string; line: string; file?: string }> = [];
  const walk = async (dir: string, relDir: string) => {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const abs = path.join(dir, name);
      const st = await lstat(abs);
      if (st.isDirectory()) {
        // An excluded directory is still walked when a `!` pattern may bring files below it
        // back (and then counted, as the builder recreates it); otherwise it is skipped whole.
        if (isIgnored(rel, ignore.patterns) && !reincludes) continue;
        entries.push({ rel, line: `d ${mode(st.mode)} ${rel}` });
        await walk(abs, rel);
        continue;
      }
      if (isIgnored(rel, ignore.patterns)) continue;
      if (st.isSymbolicLink()) entries.push({ rel, line: `l ${rel} -> ${await readlink(abs)}` });
      else if (st.isFile()) entries.push({ rel, line: `f ${mode(st.mode)} ${st.size} ${rel}`, file: abs });
      else entries.push({ rel, line: `o ${mode(st.mode)} ${rel}` });
    }
  };
  await walk(contextDir, '');
  // File contents are hashed a few at a time: a large context should not open every file at once.
  const hashes = new Array<string>(entries.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < entries.length; i = next++) {
      const e = entries[i]!;
      hashes[i] = e.file ? await sha256File(e.file) : '';
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const h = createHash('sha256');
  h.update(`ignore ${ignore.file ?? '-'}\n${ignore.text}\n`);
  entries.forEach((e, i) => h.update(`${e.line} ${hashes[i]}\n`));
  const out: ContextDigest = { digest: `sha256:${h.digest('hex')}`, files: entries.filter((e) => e.file).length };
  if (ignore.file) out.ignoreFile = ignore.file;
  return out;
}

function mode(m: number): string {
  return (m & 0o7777).toString(8).padStart(4, '0');
}

export interface FingerprintInputs {
  /** The builder and its exact version: another builder may make another image. */
  builder: string;
  dockerfile: string;
  contextDir: string;
  target?: string;
  buildArgs: Readonly<Record<string, string>>;
  platforms: readonly string[];
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  /** Builder settings that change the image (format, layer cache, isolation). */
  settings: Readonly<Record<string, string>>;
  /** Image reference → local image id, for every image of `externalImages`. */
  images: Readonly<Record<string, string>>;
}

export interface Fingerprint {
  digest: string;
  contextFiles: number;
}

export async function buildFingerprint(inputs: FingerprintInputs, dockerfileBytes?: Buffer): Promise<Fingerprint> {
  const bytes = dockerfileBytes ?? (await readFile(inputs.dockerfile));
  const ctx = await contextDigest(inputs.contextDir);
  const sortedEntries = (r: Readonly<Record<string, string>>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // A fixed shape and key order, so equal inputs always serialise to the same bytes.
  const doc = {
    v: 1,
    builder: inputs.builder,
    dockerfile: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    // Where the Dockerfile sits relative to the context decides which files it can name.
    dockerfilePath: path.relative(inputs.contextDir, inputs.dockerfile).split(path.sep).join('/'),
    context: ctx.digest,
    target: inputs.target ?? '',
    buildArgs: sortedEntries(inputs.buildArgs),
    platforms: [...inputs.platforms],
    labels: sortedEntries(inputs.labels),
    annotations: sortedEntries(inputs.annotations),
    settings: sortedEntries(inputs.settings),
    images: sortedEntries(inputs.images),
  };
  return { digest: `sha256:${createHash('sha256').update(JSON.stringify(doc)).digest('hex')}`, contextFiles: ctx.files };
}
