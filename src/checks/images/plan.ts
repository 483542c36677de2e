// Which images to build: the `images:` list of .portarium-infra.yml when there is one, otherwise
// every `<dockerDir>/<name>/Dockerfile` under the root. The plan also becomes a GitHub matrix.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../../settings/config.js';
import { UsageError, type Finding } from '../../report/finding.js';
import { normalizeRepository, repositoryProblem } from './reference.js';
import { finding } from './rules.js';
import { pathGuard, type PathGuard } from '../../path-guard.js';

/** One entry of `images:` in .portarium-infra.yml (the shape the config loader hands over). */
export interface ImageConfigEntry {
  name: string;
  /** Build context, relative to the root. Default `<dockerDir>/<name>`. */
  context?: string;
  /** Dockerfile, relative to the context (as in Compose and bake). Default `Dockerfile`. */
  dockerfile?: string;
  target?: string;
  'build-args'?: Record<string, string | number | boolean>;
  platforms?: string[] | string;
  /** Full repository (`ghcr.io/org/app`) instead of `<registry>/<name>`. */
  image?: string;
}

export interface PlanOptions {
  /** The scanned root; every path in the plan and in findings is relative to it. */
  root: string;
  /** `config.checks.images.images`: a list of image entries. Absent: discover Dockerfiles. */
  images?: unknown;
  /** Folder searched for `<name>/Dockerfile` when there is no list. Default `infra/docker`. */
  dockerDir?: string;
  /** Repository prefix, e.g. `ghcr.io/my-org` or `127.0.0.1:5000/portarium`. */
  registry?: string;
  /** Platforms for images that name none, e.g. `['linux/amd64']`. Empty: the builder's host platform. */
  platforms?: string[];
  /** Build args for every image (an entry's own `build-args` win). */
  buildArgs?: Record<string, string>;
  /** Only these image names (a matrix leg builds one). Unknown names are a usage error. */
  only?: string[];
  /** The configuration file findings about list entries point into. Default `<root>/.portarium-infra.yml`. */
  configFile?: string;
  /**
   * Set in the actions: an image whose build context or Dockerfile really lies outside it (`../x`, `/`,
   * a symlink out) is an `images/context-outside-workspace` finding and is left out of the plan.
   * Special files (`/proc`, devices, FIFOs) are refused as Dockerfiles either way.
   */
  workspace?: string;
}

/** An image the plan will build. Paths are relative to the root, with POSIX separators. */
export interface ImageTarget {
  name: string;
  /** Repository, lower-cased, without tag (empty when the name is invalid). */
  image: string;
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  platforms: string[];
  /** Where the image was declared: the config entry, or the Dockerfile that was discovered. */
  declaredAt: { file: string; line: number; column: number };
}

/** A row of the GitHub matrix: `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export interface MatrixEntry {
  name: string;
  image: string;
  context: string;
  dockerfile: string;
  target?: string;
  /** Comma-separated, as `--platform` takes them. Empty: host platform. */
  platforms: string;
}

export interface ImagePlan {
  root: string;
  images: ImageTarget[];
  matrix: { include: MatrixEntry[] };
  /** Invalid or duplicate names, missing Dockerfiles. Images with such findings are left out. */
  findings: Finding[];
}

const DEFAULT_DOCKER_DIR = 'infra/docker';

export async function planImages(opts: PlanOptions): Promise<ImagePlan> {
  const root = path.resolve(opts.root);
  const configAbs = path.resolve(root, opts.configFile ?? CONFIG_FILE);
  const configRel = toPosix(path.relative(root, configAbs));
  const dockerDir = opts.dockerDir ?? DEFAULT_DOCKER_DIR;
  const guard = pathGuard(opts.workspace);
  const candidates = opts.images === undefined || opts.images === null
    ? await discover(root, dockerDir, guard)
    : await fromConfig(root, dockerDir, readEntries(opts.images), configAbs, configRel, guard);

  const findings: Finding[] = [];
  const images: ImageTarget[] = [];
  const seen = new Map<string, ImageTarget>();
  for (const c of candidates) {
    if (c.outside) {
      findings.push(
        finding('images/context-outside-workspace', c.target.declaredAt, c.outside, {
          help: 'Build from a context inside the repository; an action reads nothing outside its workspace.',
        }),
      );
      continue;
    }
    if (c.missing) {
      findings.push(finding('images/missing-dockerfile', c.target.declaredAt, c.missing));
      continue;
    }
    const t = c.target;
    t.image = normalizeRepository(t.image || joinRepository(opts.registry, t.name));
    const problem = repositoryProblem(t.image);
    if (problem) {
      findings.push(finding('images/invalid-name', t.declaredAt, `image "${t.name}" -> "${t.image}": ${problem}`));
      continue;
    }
    const key = t.name.toLowerCase();
    const first = seen.get(key) ?? [...seen.values()].find((o) => o.image === t.image);
    if (first) {
      const what = first.name.toLowerCase() === key ? `name "${t.name}"` : `repository "${t.image}"`;
      findings.push(
        finding('images/duplicate-name', t.declaredAt, `image ${what} is already declared at ${first.declaredAt.file}:${first.declaredAt.line}`, {
          help: 'Give each image its own name: tags and the build manifest are keyed by it.',
        }),
      );
      continue;
    }
    seen.set(key, t);
    t.buildArgs = { ...(opts.buildArgs ?? {}), ...t.buildArgs };
    if (t.platforms.length === 0 && opts.platforms) t.platforms = [...opts.platforms];
    images.push(t);
  }

  let selected = images;
  if (opts.only && opts.only.length > 0) {
    const known = new Set(candidates.map((c) => c.target.name.toLowerCase()));
    const unknown = opts.only.filter((n) => !known.has(n.toLowerCase()));
    if (unknown.length) throw new UsageError(`unknown image ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...known].join(', ') || 'none'})`);
    const wanted = new Set(opts.only.map((n) => n.toLowerCase()));
    selected = images.filter((t) => wanted.has(t.name.toLowerCase()));
  }
  return { root, images: selected, matrix: { include: selected.map(matrixEntry) }, findings };
}

function matrixEntry(t: ImageTarget): MatrixEntry {
  const e: MatrixEntry = { name: t.name, image: t.image, context: t.context, dockerfile: t.dockerfile, platforms: t.platforms.join(',') };
  if (t.target !== undefined) e.target = t.target;
  return e;
}

function joinRepository(registry: string | undefined, name: string): string {
  const prefix = (registry ?? '').trim().replace(/\/+$/, '');
  return prefix ? `${prefix}/${name}` : name;
}

interface Candidate {
  target: ImageTarget;
  missing?: string;
  outside?: string;
}

/** Judges context and Dockerfile before either is looked at, so nothing outside is probed or read. */
function refuse(c: Candidate, contextAbs: string, dockerfileAbs: string, guard: PathGuard): boolean {
  const t = c.target;
  for (const [what, p, shown] of [['build context', contextAbs, t.context], ['Dockerfile', dockerfileAbs, t.dockerfile]] as const) {
    const r = guard(p);
    if (!r) continue;
    if (r.kind === 'outside') c.outside = `image "${t.name}": ${what} ${shown} ${r.reason}; it is not read`;
    else c.missing = `image "${t.name}": ${what} ${shown} ${r.reason}; it is not read`;
    return true;
  }
  return false;
}

async function discover(root: string, dockerDir: string, guard: PathGuard): Promise<Candidate[]> {
  const dir = path.resolve(root, dockerDir);
  let entries: string[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: Candidate[] = [];
  for (const name of entries) {
    const dockerfile = path.join(dir, name, 'Dockerfile');
    if (guard(dir)?.kind === 'outside') continue; // a docker-dir out of the workspace holds nothing of the project's
    const rel = toPosix(path.relative(root, dockerfile));
    const c: Candidate = {
      target: {
        name,
        image: '',
        context: toPosix(path.relative(root, path.join(dir, name))) || '.',
        dockerfile: rel,
        buildArgs: {},
        platforms: [],
        declaredAt: { file: rel, line: 1, column: 1 },
      },
    };
    if (refuse(c, path.join(dir, name), dockerfile, guard)) out.push(c);
    else if (await isFile(dockerfile)) out.push(c);
  }
  return out;
}

function readEntries(value: unknown): ImageConfigEntry[] {
  if (!Array.isArray(value)) throw new UsageError('images: must be a list of {name, context, dockerfile, target, build-args, platforms}');
  return value.map((raw, i) => {
    const where = `images[${i}]`;
    if (typeof raw === 'string') return { name: raw };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${where}: must be a mapping with at least "name"`);
    const e = raw as Record<string, unknown>;
    const known = new Set(['name', 'context', 'dockerfile', 'target', 'build-args', 'platforms', 'image']);
    for (const k of Object.keys(e)) if (!known.has(k)) throw new UsageError(`${where}: unknown key "${k}" (expected ${[...known].join(', ')})`);
    const str = (k: string): string | undefined => {
      const v = e[k];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') throw new UsageError(`${where}.${k}: must be a string`);
      return String(v);
    };
    const name = str('name');
    if (!name) throw new UsageError(`${where}: "name" is required`);
    const entry: ImageConfigEntry = { name };
    for (const k of ['context', 'dockerfile', 'target', 'image'] as const) {
      const v = str(k);
      if (v !== undefined) entry[k] = v;
    }
    const args = e['build-args'];
    if (args !== undefined && args !== null) {
      if (typeof args !== 'object' || Array.isArray(args)) throw new UsageError(`${where}.build-args: must map names to values`);
      for (const [k, v] of Object.entries(args)) {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new UsageError(`${where}.build-args.${k}: must be a string`);
      }
      entry['build-args'] = args as Record<string, string>;
    }
    const platforms = e['platforms'];
    if (platforms !== undefined && platforms !== null) {
      if (typeof platforms === 'string') entry.platforms = platforms;
      else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string')) entry.platforms = platforms as string[];
      else throw new UsageError(`${where}.platforms: must be a list of platforms such as linux/amd64`);
    }
    return entry;
  });
}

async function fromConfig(
  root: string,
  dockerDir: string,
  entries: ImageConfigEntry[],
  configAbs: string,
  configRel: string,
  guard: PathGuard,
): Promise<Candidate[]> {
  let text = '';
  try {
    text = await readFile(configAbs, 'utf8');
  } catch {
    // Findings then point at line 1 of the configuration file.
  }
  const occurrences = new Map<string, number>();
  const out: Candidate[] = [];
  for (const e of entries) {
    const n = occurrences.get(e.name) ?? 0;
    occurrences.set(e.name, n + 1);
    const declaredAt = { file: configRel, ...locateName(text, e.name, n) };
    const contextAbs = path.resolve(root, e.context ?? path.join(dockerDir, e.name));
    const dockerfileAbs = path.resolve(contextAbs, e.dockerfile ?? 'Dockerfile');
    const target: ImageTarget = {
      name: e.name,
      image: e.image ?? '',
      context: toPosix(path.relative(root, contextAbs)) || '.',
      dockerfile: toPosix(path.relative(root, dockerfileAbs)),
      buildArgs: Object.fromEntries(Object.entries(e['build-args'] ?? {}).map(([k, v]) => [k, String(v)])),
      platforms: typeof e.platforms === 'string' ? e.platforms.split(',').map((p) => p.trim()).filter(Boolean) : [...(e.platforms ?? [])],
      declaredAt,
    };
    if (e.target !== undefined) target.target = e.target;
    const c: Candidate = { target };
    if (!refuse(c, contextAbs, dockerfileAbs, guard)) {
      if (!(await isDirectory(contextAbs))) c.missing = `image "${e.name}": build context ${target.context} does not exist`;
      else if (!(await isFile(dockerfileAbs))) c.missing = `image "${e.name}": Dockerfile ${target.dockerfile} does not exist`;
    }
    out.push(c);
  }
  return out;
}

/** Line of the n-th `name: <value>` in the configuration text (1 when it cannot be found). */
function locateName(text: string, name: string, n: number): { line: number; column: number } {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(\\s*(?:-\\s+)?)name:\\s*(["']?)${esc}\\2\\s*(?:#.*)?$`);
  let seen = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (!m) continue;
    if (seen++ === n) {
      const valueCol = lines[i]!.indexOf(name, m[1]!.length + 'name:'.length);
      return { line: i + 1, column: valueCol >= 0 ? valueCol + 1 : m[1]!.length + 1 };
    }
  }
  return { line: 1, column: 1 };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
