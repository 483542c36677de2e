/**
 * `include`, ported from compose-go `loader/include.go` (Apache-2.0): each entry is loaded as its own
 * project (own directory, own `.env`, the including project's variables winning), then its resources
 * are imported; a local definition of the same name is merged over the imported one.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { withDotenvFiles, type EnvTable } from './environment.js';
import { copyEntryLoc, hasOwn, isMapping, register, selfLoc, setOwn, valueLoc, type Loc } from './location.js';
import type { LoaderContext, LoadOptions } from './loader.js';
import { applyResets, mergeYaml, MergeError } from './merge.js';
import { isRemoteResource } from './paths.js';
import type { ComposeRuleId } from './rules.js';
import { refused } from './read-file.js';

type LoadModel = (
  files: ReadonlyArray<{ file: string; at: Loc }>,
  opts: LoadOptions,
  ctx: LoaderContext,
  included: readonly string[],
) => Record<string, unknown>;

const stringList = (v: unknown): string[] | undefined => {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
};

export function applyInclude(
  cfg: Record<string, unknown>,
  file: string,
  opts: LoadOptions,
  ctx: LoaderContext,
  included: readonly string[],
  resets: string[][],
  loadModel: LoadModel,
): void {
  const inc = cfg['include'];
  if (inc === undefined || inc === null) {
    delete cfg['include'];
    return;
  }
  const fail = (at: Loc | undefined, message: string, rule: ComposeRuleId = 'compose/invalid-include'): void => {
    ctx.problems.add(rule, at ?? { file, line: 1, column: 1 }, message);
    ctx.incomplete = true;
  };
  if (!Array.isArray(inc)) {
    fail(valueLoc(cfg, 'include'), `\`include\` must be a list, got ${typeof inc === 'string' ? inc : JSON.stringify(inc)}`);
    delete cfg['include'];
    return;
  }
  inc.forEach((entry, i) => {
    const at = valueLoc(inc, i);
    const e: Record<string, unknown> = typeof entry === 'string' ? { path: entry } : isMapping(entry) ? entry : {};
    const pathAt = isMapping(entry) ? (valueLoc(entry, 'path') ?? at) : at;
    const paths = stringList(e['path']);
    if (!paths || paths.length === 0) {
      fail(at, `include entry ${i} needs a path (a string or a list of strings)`);
      return;
    }
    if (e['project_directory'] !== undefined && typeof e['project_directory'] !== 'string') {
      fail(at, `include entry ${i}: project_directory must be a string`);
      return;
    }
    const envFilesRaw = e['env_file'] === undefined ? [] : stringList(e['env_file']);
    if (!envFilesRaw) {
      fail(at, `include entry ${i}: env_file must be a string or a list of strings`);
      return;
    }
    if (paths.some(isRemoteResource)) {
      fail(pathAt, `remote include ${paths.find(isRemoteResource)} is not fetched by this check; it is not validated`, 'compose/remote-resource');
      return;
    }
    const abs = paths.map((p) => path.resolve(opts.workingDir, p));
    const main = abs[0]!;
    const projectDir = typeof e['project_directory'] === 'string' ? path.resolve(opts.workingDir, e['project_directory']) : path.dirname(main);
    if (included.includes(main)) {
      const chain = [...included, main].map((f) => ctx.show(f));
      fail(pathAt, `include cycle detected: ${chain.join(' -> ')}`, 'compose/include-cycle');
      return;
    }
    for (const p of abs) {
      if (refused(p, ctx.limits, ctx.problems, pathAt ?? { file, line: 1, column: 1 }, `included file ${ctx.show(p)}`)) {
        ctx.incomplete = true;
        return;
      }
      if (!existsSync(p)) {
        fail(pathAt, `included file ${ctx.show(p)} not found`);
        return;
      }
    }

    let envFiles: string[] = [];
    let source: 'env-file' | '.env' = 'env-file';
    if (envFilesRaw.length === 0) {
      const dotenv = path.join(projectDir, '.env');
      if (existsSync(dotenv) && statSync(dotenv).isFile()) envFiles = [dotenv];
      source = '.env';
    } else {
      for (const f of envFilesRaw) {
        if (f === '/dev/null') continue;
        const p = path.resolve(opts.workingDir, f);
        if (refused(p, ctx.limits, ctx.problems, valueLoc(e, 'env_file') ?? at ?? { file, line: 1, column: 1 }, `include entry ${i}: env file ${ctx.show(p)}`)) {
          ctx.incomplete = true;
          return;
        }
        if (!existsSync(p)) {
          fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: env file ${ctx.show(p)} not found`);
          return;
        }
        if (statSync(p).isDirectory()) {
          fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: ${ctx.show(p)} is not a file`);
          return;
        }
        envFiles.push(p);
      }
    }
    const env: EnvTable = withDotenvFiles(opts.env, envFiles, source, ctx.problems, ctx.limits, ctx.show);
    const imported = loadModel(
      abs.map((f) => ({ file: f, at: pathAt ?? { file, line: 1, column: 1 } })),
      { workingDir: projectDir, env, resolvePaths: true },
      ctx,
      included,
    );
    importResources(imported, cfg, resets, ctx);
  });
  delete cfg['include'];
}

const RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];

function importResources(source: Record<string, unknown>, target: Record<string, unknown>, resets: string[][], ctx: LoaderContext): void {
  for (const key of RESOURCES) {
    const from = source[key];
    if (!isMapping(from)) continue;
    let to = target[key];
    if (to === undefined || to === null) {
      to = {};
      const l = selfLoc(from);
      if (l) register(to as object, l);
    }
    if (!isMapping(to)) continue;
    for (const [name, a] of Object.entries(from)) {
      if (!hasOwn(to, name)) {
        setOwn(to, name, a);
        copyEntryLoc(to, name, from, name);
        continue;
      }
      applyResets({ [key]: { [name]: a } }, resets);
      try {
        const merged = mergeYaml(a, to[name], [key, name], valueLoc(from, name), valueLoc(to, name));
        setOwn(to, name, merged);
      } catch (e) {
        if (!(e instanceof MergeError)) throw e;
        ctx.problems.add('compose/merge-conflict', e.loc ?? valueLoc(to, name) ?? { file: '', line: 1, column: 1 }, e.message);
      }
    }
    target[key] = to;
  }
}
