/**
 * Loading compose files into one model, in compose-go's order (`loader/loader.go` `loadYamlFile`):
 * per file and YAML document: interpolate, include, `!reset`, extends, merge, uniqueness, schema,
 * canonical syntax; after all files: defaults, structural checks, absolute paths.
 */
import path from 'node:path';
import { canonical, omitEmpty, setDefaultValues } from './canonical.js';
import type { EnvTable } from './environment.js';
import { applyExtends, type ExtendsLink } from './extends.js';
import { applyInclude } from './include.js';
import { interpolateModel, type VariableUse } from './interpolate.js';
import { isMapping, keyLoc, type Loc } from './location.js';
import { applyResets, mergeModels, MergeError } from './merge.js';
import { resolveEnvironment, resolveRelativePaths } from './paths.js';
import type { Problems } from './problems.js';
import { validateSchema } from './schema.js';
import { enforceUnicity } from './unicity.js';
import { validateModel } from './validation.js';
import { parseComposeYaml, readTextFile, type LoadLimits, type Sources } from './yaml-load.js';

export interface LoaderContext {
  problems: Problems;
  sources: Sources;
  uses: VariableUse[];
  limits: LoadLimits;
  /** Every compose file read (absolute paths). */
  files: Set<string>;
  /** Set when a file, include or extends could not be loaded: checks of the whole model would mislead. */
  incomplete: boolean;
  /** How a path is shown in messages (relative to the scanned root). */
  show: (file: string) => string;
}

export interface LoadOptions {
  /** Absolute project (or included project) directory: relative paths resolve against it. */
  workingDir: string;
  env: EnvTable;
  skipInclude?: boolean;
  skipExtends?: boolean;
  skipValidation?: boolean;
  skipDefaults?: boolean;
  resolvePaths?: boolean;
}

/** compose-go `loadYamlModel`: all files of one (possibly included) project merged in order. */
export function loadYamlModel(
  files: ReadonlyArray<{ file: string; at: Loc }>,
  opts: LoadOptions,
  ctx: LoaderContext,
  included: readonly string[],
): Record<string, unknown> {
  let dict: Record<string, unknown> = {};
  for (const { file, at } of files) {
    dict = loadYamlFile(file, at, opts, ctx, dict, included, []).dict;
  }
  if (!opts.skipDefaults) setDefaultValues(dict);
  if (!opts.skipValidation) validateModel(dict, ctx.problems);
  if (opts.resolvePaths) resolveRelativePaths(dict, opts.workingDir);
  resolveEnvironment(dict, opts.env);
  return dict;
}

export interface FileLoad {
  dict: Record<string, unknown>;
  /** `!reset`/`!override` paths of the file's last document (compose-go's PostProcessor). */
  resets: string[][];
  /** False when the file could not be read or parsed. */
  ok: boolean;
}

/** compose-go `loadYamlFile`: one file merged over `dict`. */
export function loadYamlFile(
  file: string,
  at: Loc,
  opts: LoadOptions,
  ctx: LoaderContext,
  dict: Record<string, unknown>,
  included: readonly string[],
  chain: readonly ExtendsLink[],
): FileLoad {
  const text = readTextFile(file, ctx.limits.maxFileBytes, ctx.problems, at);
  if (text === undefined) {
    ctx.incomplete = true;
    return { dict, resets: [], ok: false };
  }
  ctx.files.add(file);
  const before = ctx.problems.size;
  const docs = parseComposeYaml(text, file, ctx.sources, ctx.problems, ctx.limits);
  if (ctx.problems.list.slice(before).some((p) => p.loc.file === file && LOAD_RULES.has(p.rule))) ctx.incomplete = true;
  let resets: string[][] = [];
  for (const doc of docs) {
    if (!isMapping(doc.value)) {
      ctx.problems.add('compose/top-level-not-mapping', doc.loc, 'top-level object must be a mapping');
      ctx.incomplete = true;
      continue;
    }
    const cfg = doc.value;
    resets = doc.resets;
    interpolateModel(cfg, { env: opts.env, problems: ctx.problems, sources: ctx.sources, uses: ctx.uses });
    if (!opts.skipInclude) {
      applyInclude(cfg, file, opts, ctx, [...included, file], doc.resets, loadYamlModel);
    }
    applyResets(dict, doc.resets);
    if (!opts.skipExtends) applyExtends(cfg, file, opts, ctx, chain, doc.resets, loadYamlFile);
    dict = mergeSafely(dict, cfg, ctx);
    dict = uniqueSafely(dict, ctx);
    if (!opts.skipValidation) {
      validateSchema(dict, ctx.problems, doc.loc);
      if ('version' in dict) {
        const l = keyLoc(dict, 'version') ?? doc.loc;
        if (l.file === file) {
          ctx.problems.add(
            'compose/obsolete-version',
            l,
            'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
          );
        }
        delete dict['version'];
      }
    }
    dict = canonical(dict, ctx.problems);
    omitEmpty(dict);
    dict = uniqueSafely(dict, ctx);
  }
  return { dict, resets, ok: true };
}

/** Rules meaning "this file's content never made it into the model". */
const LOAD_RULES = new Set(['compose/invalid-yaml', 'compose/yaml-alias-limit']);

function mergeSafely(dict: Record<string, unknown>, cfg: Record<string, unknown>, ctx: LoaderContext): Record<string, unknown> {
  try {
    return mergeModels(dict, cfg);
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    ctx.problems.add('compose/merge-conflict', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
    ctx.incomplete = true;
    return dict;
  }
}

function uniqueSafely(dict: Record<string, unknown>, ctx: LoaderContext): Record<string, unknown> {
  try {
    return enforceUnicity(dict);
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    ctx.problems.add(e.rule ?? 'compose/invalid-value', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
    return dict;
  }
}

export function dirOf(file: string): string {
  return path.dirname(file);
}
