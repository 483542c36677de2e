/**
 * One compose project (a list of `-f` files): load and merge, name, normalise, apply profiles, check
 * consistency and the toolkit's rules, resolve env files, and build the `compose config` model.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkConsistency, type ServiceSets } from './consistency.js';
import { parseDotenv, DotenvError } from './dotenv.js';
import { envFromProcess, withDotenvFiles, type EnvTable } from './environment.js';
import type { VariableUse } from './interpolate.js';
import { isolation, secretLiterals } from './hardening.js';
import { lint } from './lint.js';
import { loadYamlModel, type LoaderContext } from './loader.js';
import { isMapping, keyLoc, setOwn, valueLoc, type Loc } from './location.js';
import { resourceJson, serviceJson } from './model-json.js';
import { healthcheckDisabled, imageHealthcheck } from './healthcheck.js';
import { normalize } from './normalize.js';
import { Problems } from './problems.js';
import { readTextFile, refused, type ReadLimits } from './read-file.js';
import type { LoadLimits, Sources } from './yaml-load.js';

type Obj = Record<string, unknown>;

export interface ProjectInput {
  /** Absolute paths, in `-f` order. */
  files: string[];
  processEnv: Record<string, string | undefined>;
  /** Absolute `--env-file` paths; replace the project's `.env` when given. */
  envFiles?: string[];
  profiles?: string[];
  limits: LoadLimits;
  sources: Sources;
  show: (file: string) => string;
}

export interface ProjectOutput {
  name: string;
  model?: Obj;
  variables: VariableUse[];
  problems: Problems;
  services: number;
  filesRead: Set<string>;
}

const PROJECT_NAME_INVALID = /[^a-z0-9_-]/;

export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

export function loadProject(input: ProjectInput): ProjectOutput {
  const problems = new Problems();
  const first = input.files[0]!;
  const workingDir = path.dirname(first);
  const start: Loc = { file: first, line: 1, column: 1 };

  let env: EnvTable = envFromProcess(input.processEnv);
  if (input.envFiles?.length) {
    env = withDotenvFiles(env, input.envFiles, 'env-file', problems, input.limits, input.show);
  } else {
    const dotenv = path.join(workingDir, '.env');
    if (existsSync(dotenv) && statSync(dotenv).isFile()) {
      env = withDotenvFiles(env, [dotenv], '.env', problems, input.limits, input.show);
    }
  }

  const ctx: LoaderContext = {
    problems,
    sources: input.sources,
    uses: [],
    limits: input.limits,
    files: new Set(),
    incomplete: false,
    show: input.show,
  };
  const model = loadYamlModel(
    input.files.map((file) => ({ file, at: { file, line: 1, column: 1 } })),
    { workingDir, env, resolvePaths: true },
    ctx,
    [],
  );

  if (Object.keys(model).length === 0 && !ctx.incomplete && problems.size === 0) {
    problems.add('compose/empty-file', start, 'empty compose file');
  }

  const name = projectName(model, env, workingDir, problems, start);
  if (!ctx.incomplete && isMapping(model['services'])) secretLiterals(model['services'], ctx.uses, input.sources, problems);
  normalize(model, env, name);
  model['name'] = name;

  const services: Obj = isMapping(model['services']) ? model['services'] : {};
  const sets = serviceSets(services, input.profiles ?? profilesFromEnv(env));

  const out: ProjectOutput = { name, variables: ctx.uses, problems, services: Object.keys(services).length, filesRead: ctx.files };
  if (ctx.incomplete) return out;

  checkConsistency(model, sets, problems);
  checkHealthyDependencies(services, sets, problems, input.limits);
  lint({ services, enabled: sets.enabled, problems, show: input.show, limits: input.limits });
  isolation(services, problems);
  for (const n of sets.enabled) {
    const s = services[n];
    if (isMapping(s)) resolveEnvFiles(s, env, problems, input);
  }
  out.model = composeConfigJson(model, services, sets, problems);
  return out;
}

function profilesFromEnv(env: EnvTable): string[] {
  const v = env.get('COMPOSE_PROFILES')?.value ?? '';
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function projectName(model: Obj, env: EnvTable, workingDir: string, problems: Problems, start: Loc): string {
  const fromEnv = env.get('COMPOSE_PROJECT_NAME');
  if (fromEnv && fromEnv.value !== '') {
    if (PROJECT_NAME_INVALID.test(fromEnv.value) || /^[_-]/.test(fromEnv.value)) {
      const at: Loc = fromEnv.file ? { file: fromEnv.file, line: fromEnv.line ?? 1, column: 1 } : start;
      problems.add(
        'compose/invalid-project-name',
        at,
        `invalid project name "${fromEnv.value}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
      );
      return normalizeProjectName(fromEnv.value) || 'default';
    }
    return fromEnv.value;
  }
  const fromFile = typeof model['name'] === 'string' ? normalizeProjectName(model['name']) : '';
  if (fromFile) return fromFile;
  const fromDir = normalizeProjectName(path.basename(workingDir));
  if (fromDir) return fromDir;
  problems.add('compose/invalid-project-name', start, 'project name must not be empty: set `name:` or COMPOSE_PROJECT_NAME');
  return 'default';
}

/** compose-go `HasProfile`: no profiles means always on; `*` turns every profile on. */
function serviceSets(services: Obj, active: string[]): ServiceSets {
  const enabled = new Set<string>();
  const disabled = new Map<string, string[]>();
  const all = active.includes('*');
  for (const [name, s] of Object.entries(services)) {
    const profiles = isMapping(s) && Array.isArray(s['profiles']) ? (s['profiles'] as unknown[]).map(String) : [];
    if (profiles.length === 0 || all || profiles.some((p) => active.includes(p))) enabled.add(name);
    else disabled.set(name, profiles);
  }
  return { all: services, enabled, disabled };
}

function hasHealthcheck(s: unknown): boolean {
  if (!isMapping(s) || !isMapping(s['healthcheck']) || healthcheckDisabled(s)) return false;
  const test = s['healthcheck']['test'];
  return test !== undefined && test !== null && !(Array.isArray(test) && test.length === 0);
}

/**
 * `condition: service_healthy` on a service with no healthcheck makes `docker compose up` fail. An
 * error only when we know there is none; an image's own HEALTHCHECK cannot be seen offline: a warning.
 */
function checkHealthyDependencies(services: Obj, sets: ServiceSets, problems: Problems, limits: ReadLimits): void {
  for (const name of sets.enabled) {
    const s = services[name];
    if (!isMapping(s) || !isMapping(s['depends_on'])) continue;
    for (const [dep, cfg] of Object.entries(s['depends_on'])) {
      if (!isMapping(cfg) || cfg['condition'] !== 'service_healthy' || !sets.enabled.has(dep)) continue;
      const target = services[dep];
      if (hasHealthcheck(target)) continue;
      const at = valueLoc(cfg, 'condition') ?? keyLoc(s['depends_on'], dep);
      if (!at) continue;
      const waits = `service "${name}" waits for "${dep}" to be healthy`;
      if (healthcheckDisabled(target)) {
        problems.add('compose/healthcheck-required', at, `${waits}, but the healthcheck of "${dep}" is disabled`, {
          help: `Enable the healthcheck of "${dep}", or wait with condition: service_started.`,
        });
        continue;
      }
      const image = isMapping(target) ? imageHealthcheck(target, limits) : ({ kind: 'none', why: 'it is not a service definition' } as const);
      if (image.kind === 'defined') continue;
      if (image.kind === 'none') {
        problems.add('compose/healthcheck-required', at, `${waits}, but "${dep}" has no healthcheck: none in the compose file, and ${image.why}`, {
          help: `Add a healthcheck: to "${dep}" (or wait with condition: service_started).`,
        });
        continue;
      }
      const whose = image.base ? `the base image ${image.image} of its Dockerfile` : `image ${image.image}`;
      problems.add(
        'compose/healthcheck-required',
        at,
        `${waits}; "${dep}" has no healthcheck in the compose file, and we cannot see whether ${whose} defines a HEALTHCHECK`,
        {
          severity: 'warning',
          help: `Add a healthcheck: to "${dep}" (or wait with condition: service_started). If the image defines a HEALTHCHECK, this warning can be turned off: rules: compose/healthcheck-required: off.`,
        },
      );
    }
  }
}

/** compose-go `WithServicesEnvironmentResolved(discardEnvFiles)`: env_file contents folded into environment. */
function resolveEnvFiles(s: Obj, env: EnvTable, problems: Problems, input: ProjectInput): void {
  const explicit = new Map<string, string | null>();
  const e = s['environment'];
  if (Array.isArray(e)) {
    for (const item of e) {
      const str = String(item);
      const i = str.indexOf('=');
      explicit.set(i < 0 ? str : str.slice(0, i), i < 0 ? null : str.slice(i + 1));
    }
  } else if (isMapping(e)) {
    for (const [k, v] of Object.entries(e)) explicit.set(k, v === null || v === undefined ? null : String(v));
  }
  for (const [k, v] of explicit) if (v === null && env.has(k)) explicit.set(k, env.get(k)!.value);

  const list = s['env_file'];
  const fromFiles = new Map<string, string>();
  if (Array.isArray(list)) {
    list.forEach((ef, i) => {
      const p = isMapping(ef) ? ef['path'] : ef;
      if (typeof p !== 'string') return;
      const required = !isMapping(ef) || ef['required'] !== false;
      const at = valueLoc(list, i) ?? valueLoc(s, 'env_file');
      const where = at ?? { file: p, line: 1, column: 1 };
      if (refused(p, input.limits, problems, where, `env file ${input.show(p)}`)) return;
      if (!existsSync(p)) {
        if (required && at) problems.add('compose/missing-env-file', at, `env file ${input.show(p)} not found`, { help: 'Create the file, fix the path, or mark it `required: false`.' });
        return;
      }
      const text = readTextFile(p, input.limits, problems, where, `env file ${input.show(p)}`);
      if (text === undefined) return;
      try {
        const lookup = (k: string): string | undefined => env.get(k)?.value ?? explicit.get(k) ?? fromFiles.get(k) ?? undefined;
        for (const entry of parseDotenv(text, lookup)) fromFiles.set(entry.key, entry.value);
      } catch (err) {
        const line = err instanceof DotenvError ? err.line : 1;
        problems.add('compose/invalid-env-file', { file: p, line, column: 1 }, `cannot parse env file: ${(err as Error).message}`);
      }
    });
  }
  if (!Array.isArray(list) && explicit.size === 0) return;
  const merged: Obj = {};
  for (const [k, v] of fromFiles) setOwn(merged, k, v);
  for (const [k, v] of explicit) setOwn(merged, k, v);
  s['environment'] = merged;
  delete s['env_file'];
}

function composeConfigJson(model: Obj, services: Obj, sets: ServiceSets, problems: Problems): Obj {
  const out: Obj = { name: model['name'] };
  const svc: Obj = {};
  const used = { networks: new Set<string>(), volumes: new Set<string>(), secrets: new Set<string>(), configs: new Set<string>() };
  for (const name of Object.keys(services).sort()) {
    const s = services[name];
    if (!isMapping(s)) continue;
    const json = serviceJson(name, s, problems);
    if (!sets.enabled.has(name)) continue;
    setOwn(svc, name, json);
    if (isMapping(s['networks'])) for (const n of Object.keys(s['networks'])) used.networks.add(n);
    if (Array.isArray(s['volumes'])) {
      for (const v of s['volumes']) if (isMapping(v) && v['type'] === 'volume' && typeof v['source'] === 'string' && v['source']) used.volumes.add(v['source']);
    }
    const refs = (list: unknown, into: Set<string>): void => {
      if (Array.isArray(list)) for (const r of list) if (isMapping(r) && typeof r['source'] === 'string') into.add(r['source']);
    };
    refs(s['secrets'], used.secrets);
    refs(s['configs'], used.configs);
    if (isMapping(s['build'])) refs(s['build']['secrets'], used.secrets);
  }
  out['services'] = svc;
  for (const kind of ['networks', 'volumes', 'secrets', 'configs'] as const) {
    const top = model[kind];
    if (!isMapping(top)) continue;
    const res: Obj = {};
    for (const k of Object.keys(top).sort()) if (used[kind].has(k)) setOwn(res, k, resourceJson(kind, top[k]));
    if (Object.keys(res).length) out[kind] = res;
  }
  for (const k of Object.keys(model).sort()) if (k.startsWith('x-')) out[k] = JSON.parse(JSON.stringify(model[k]));
  return out;
}
