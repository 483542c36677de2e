/**
 * Loading compose files into one model, in compose-go's order (`loader/loader.go` `loadYamlFile`):
 * per file and YAML document: interpolate, include, `!reset`, extends, merge, uniqueness, schema,
 * canonical syntax; after all files: defaults, structural checks, absolute paths.
 */
import { canonical, omitEmpty, setDefaultValues } from './canonical.js';
import type { EnvTable } from './environment.js';
import { applyExtends, type ExtendsLink } from './extends.js';
import { applyInclude } from './include.js';
import { interpolateModel, type VariableUse } from './interpolate.js';
import { copyEntryLoc, hasOwn, isMapping, keyLoc, locsOf, register, setOwn, type Loc } from './location.js';
import { applyResets, mergeModels, MergeError } from './merge.js';
import { resolveEnvironment, resolveRelativePaths } from './paths.js';
import type { Problems } from './problems.js';
import { validateSchema } from './schema.js';
import { enforceUnicity } from './unicity.js';
import { validateModel } from './validation.js';
import { readTextFile } from './read-file.js';
import type { ComposeRuleId } from './rules.js';
import { parseComposeYaml, type LoadLimits, type Sources } from './yaml-load.js';

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
  const text = readTextFile(file, ctx.limits, ctx.problems, at, `compose file ${ctx.show(file)}`);
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
    // Only what this document touched needs the per-file steps again: the rest of `dict` already went
    // through them (compose re-runs them on everything, with the same result).
    let view = touchedView(dict, cfg);
    view = uniqueSafely(view, ctx);
    if (!opts.skipValidation) {
      validateSchema(view, ctx.problems, doc.loc);
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
        delete view['version'];
      }
    }
    view = canonical(view, ctx.problems);
    omitEmpty(view);
    view = uniqueSafely(view, ctx);
    writeBack(dict, view);
  }
  return { dict, resets, ok: true };
}

/** Top-level sections whose entries are independent of each other. */
const NAMED = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);

/** The part of `dict` that merging `cfg` into it may have changed, sharing its objects. */
function touchedView(dict: Record<string, unknown>, cfg: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  const dl = locsOf(dict);
  if (dl) register(view, dl.self);
  for (const k of Object.keys(cfg)) {
    if (!hasOwn(dict, k)) continue;
    const d = dict[k];
    const c = cfg[k];
    let v: unknown = d;
    if (NAMED.has(k) && isMapping(d) && isMapping(c) && d !== c) {
      const sub: Record<string, unknown> = {};
      const sl = locsOf(d);
      if (sl) register(sub, sl.self);
      for (const name of Object.keys(c)) {
        if (!hasOwn(d, name)) continue;
        setOwn(sub, name, d[name]);
        copyEntryLoc(sub, name, d, name);
      }
      v = sub;
    }
    setOwn(view, k, v);
    copyEntryLoc(view, k, dict, k);
  }
  return view;
}

/** Puts what the per-file steps replaced in `view` back into `dict`. */
function writeBack(dict: Record<string, unknown>, view: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(view)) {
    const d = dict[k];
    if (NAMED.has(k) && isMapping(d) && isMapping(v) && v !== d) {
      for (const [name, e] of Object.entries(v)) {
        if (d[name] === e) continue;
        setOwn(d, name, e);
        copyEntryLoc(d, name, v, name);
      }
    } else if (d !== v) {
      setOwn(dict, k, v);
      copyEntryLoc(dict, k, view, k);
    }
  }
}

/** Rules meaning "this file's content never made it into the model". */
const LOAD_RULES = new Set<ComposeRuleId>(['compose/invalid-yaml', 'compose/yaml-alias-limit']);

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
