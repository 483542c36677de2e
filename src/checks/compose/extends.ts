/**
 * `extends`, ported from compose-go `loader/extends.go` (Apache-2.0): the base service (same file or
 * another file, whose relative paths are resolved against its own directory) is merged under the
 * local definition with the multi-file merge rules. Resources the base refers to are not imported.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoaderContext, LoadOptions, loadYamlFile } from './loader.js';
import { cloneWithLocs, hasOwn, isMapping, keyLoc, valueLoc, type Loc } from './location.js';
import { applyResets, mergeYaml, MergeError } from './merge.js';
import { isRemoteResource, resolveRelativePaths } from './paths.js';
import { refused } from './read-file.js';
import type { ComposeRuleId } from './rules.js';

/** One step of an extends chain, to detect cycles and say where the cycle closes. */
export interface ExtendsLink {
  file: string;
  service: string;
  /** Where this service's `extends` names its base. */
  at: Loc | undefined;
}

// Passed in by the loader rather than imported, so the two modules do not load each other.
type LoadFile = typeof loadYamlFile;

export function applyExtends(
  cfg: Record<string, unknown>,
  file: string,
  opts: LoadOptions,
  ctx: LoaderContext,
  chain: readonly ExtendsLink[],
  resets: string[][],
  loadFile: LoadFile,
): void {
  const services = cfg['services'];
  if (!isMapping(services)) return;
  const run: Run = { file, opts, ctx, loadFile, failed: new Set() };
  for (const name of Object.keys(services)) {
    services[name] = extendService(name, services, file, chain, resets, run);
  }
}

interface Run {
  /** The file being loaded: compose resolves every `extends` against it and the project directory. */
  file: string;
  opts: LoadOptions;
  ctx: LoaderContext;
  loadFile: LoadFile;
  failed: Set<unknown>;
}

function extendService(
  name: string,
  services: Record<string, unknown>,
  defFile: string,
  chain: readonly ExtendsLink[],
  resets: string[][],
  run: Run,
): unknown {
  const { ctx } = run;
  const s = services[name];
  if (!isMapping(s) || !('extends' in s)) return s;
  const ext = s['extends'];
  const fail = (at: Loc | undefined, message: string, rule: ComposeRuleId = 'compose/invalid-extends'): Record<string, unknown> => {
    if (!run.failed.has(s)) ctx.problems.add(rule, at ?? keyLoc(services, name) ?? { file: defFile, line: 1, column: 1 }, message);
    run.failed.add(s);
    ctx.incomplete = true;
    delete s['extends'];
    return s;
  };
  let ref: string;
  let refFile: string | undefined;
  let refAt: Loc | undefined;
  if (isMapping(ext)) {
    if (typeof ext['service'] !== 'string') return fail(valueLoc(s, 'extends'), `extends.${name}.service is required`);
    ref = ext['service'];
    refAt = valueLoc(ext, 'service');
    if (ext['file'] !== undefined && ext['file'] !== null) {
      if (typeof ext['file'] !== 'string') return fail(valueLoc(ext, 'file'), `services.${name}.extends.file must be a string`);
      refFile = ext['file'];
    }
  } else if (typeof ext === 'string') {
    ref = ext;
    refAt = valueLoc(s, 'extends');
  } else {
    return fail(valueLoc(s, 'extends'), `services.${name}.extends must be a string or a mapping`);
  }

  let baseServices = services;
  let baseFile = defFile;
  let baseResets = resets;
  if (refFile !== undefined) {
    const fileAt = valueLoc(ext, 'file') ?? refAt;
    if (isRemoteResource(refFile)) {
      return fail(fileAt, `remote extends file ${refFile} is not fetched by this check; it is not validated`, 'compose/remote-resource');
    }
    const abs = path.resolve(run.opts.workingDir, refFile);
    if (refused(abs, ctx.limits, ctx.problems, fileAt ?? { file: defFile, line: 1, column: 1 }, `extends file ${ctx.show(abs)}`)) {
      run.failed.add(s);
      ctx.incomplete = true;
      delete s['extends'];
      return s;
    }
    if (!existsSync(abs)) return fail(fileAt, `cannot extend service "${name}": ${ctx.show(abs)} not found`);
    const loaded = run.loadFile(
      abs,
      fileAt ?? { file: defFile, line: 1, column: 1 },
      { workingDir: path.dirname(abs), env: run.opts.env, skipInclude: true, skipExtends: true, skipValidation: true, skipDefaults: true },
      ctx,
      {},
      [],
      chain,
    );
    if (!loaded.ok) return fail(fileAt, `cannot extend service "${name}": cannot read ${ctx.show(abs)}`);
    resolveRelativePaths(loaded.dict, path.dirname(abs));
    const m = loaded.dict['services'];
    if (m === undefined) return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: no services section`);
    if (!isMapping(m)) return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: services must be a mapping`);
    if (!hasOwn(m, ref)) {
      return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found in ${refFile}`);
    }
    baseServices = m;
    baseFile = abs;
    baseResets = loaded.resets;
  } else if (!hasOwn(services, ref)) {
    return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found`);
  }

  const link: ExtendsLink = { file: defFile, service: name, at: refAt };
  const cycleAt = chain.findIndex((l) => l.file === link.file && l.service === link.service);
  if (cycleAt >= 0) {
    const loop = [...chain.slice(cycleAt), link];
    const text = loop.map((l, i) => `${i === 0 ? '' : 'extends '}${l.service} in ${ctx.show(l.file)}`).join(' ');
    // Report where the cycle closes: the `extends` that led back to this service.
    return fail(chain[chain.length - 1]?.at ?? refAt, `Circular reference: ${text}`, 'compose/extends-cycle');
  }

  const base = extendService(ref, baseServices, baseFile, [...chain, link], baseResets, run);
  if (run.failed.has(s)) return s;
  if (base === null || base === undefined) {
    delete s['extends'];
    return s;
  }
  if (!isMapping(base)) return fail(refAt, `cannot extend service "${name}": service "${ref}" must be a mapping`);
  const source = cloneWithLocs(base);
  delete source['extends'];
  applyResets({ services: { [name]: source } }, resets);
  try {
    const merged = mergeYaml(source, s, ['services', 'x']) as Record<string, unknown>;
    delete merged['extends'];
    services[name] = merged;
    return merged;
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    ctx.problems.add('compose/merge-conflict', e.loc ?? refAt ?? { file: defFile, line: 1, column: 1 }, e.message);
    delete s['extends'];
    return s;
  }
}
