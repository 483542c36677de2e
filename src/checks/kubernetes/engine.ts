import type { KubernetesEngine } from '../../settings/sections.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import { ensureKubeconformLayout, locateKubernetesSchemas, resolveSchemaVersion, type KubernetesSchemaSource } from '../../tools/schemas.js';
import { locateKubeconform } from '../../tools/kubeconform.js';
import { BuiltinValidator } from './builtin-validator.js';
import { KubeconformValidator } from './kubeconform-validator.js';
import { SchemaCompiler } from './schema-compiler.js';
import { SchemaDocumentLoader, type HttpOptions } from './schema-fetch.js';
import { KUBECONFORM_DEFAULT_LOCATION, checkKubernetesVersion, normalizeLocation } from './schema-location.js';
import { MissingDefaultSchemasError, buildRegistries } from './schema-registry.js';
import { splitKinds, type Validator } from './validator.js';

/** The validation engines; the same names `kubernetes.engine` accepts. */
export type EngineName = KubernetesEngine;

export interface EngineOptions {
  engine?: EngineName;
  /** `master` or x.y.z; with the `default` location it resolves to the newest packaged minor <= it. */
  kubernetesVersion: string;
  strict?: boolean;
  skipKinds?: string[] | undefined;
  rejectKinds?: string[] | undefined;
  ignoreMissingSchemas?: boolean | undefined;
  ignoreFilenamePatterns?: string[] | undefined;
  /** kubeconform `-schema-location`s; `default` = offline kubernetes-validate schemas. Default: ['default']. */
  schemaLocations?: string[];
  /** Relative file locations and paths are read from here. */
  baseDir: string;
  /** Offline schemas for `default` (located when absent). */
  defaultSource?: KubernetesSchemaSource | undefined;
  http?: HttpOptions;
  kubeconformPath?: string | undefined;
  /** Share schema loading/compilation between validators of one run. */
  shared?: { loader: SchemaDocumentLoader; compiler: SchemaCompiler } | undefined;
}

export function sharedSchemaState(http: HttpOptions = {}): { loader: SchemaDocumentLoader; compiler: SchemaCompiler } {
  const loader = new SchemaDocumentLoader(http);
  return { loader, compiler: new SchemaCompiler(loader) };
}

/** Checks what kubeconform checks before validating anything (flag parsing, templates, cache dir). */
export function checkEngineOptions(opts: EngineOptions): void {
  checkKubernetesVersion(opts.kubernetesVersion);
  for (const l of opts.schemaLocations ?? ['default']) if (l !== 'default' && l !== 'kubeconform-default') normalizeLocation(l);
  const dir = opts.http?.cacheDir;
  if (typeof dir === 'string') {
    try {
      if (!statSync(path.resolve(opts.baseDir, dir)).isDirectory()) throw new UsageError(`cache folder ${dir} is not a directory`);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`failed opening cache folder ${dir}: stat ${dir}: no such file or directory`);
    }
  }
}

/** The Kubernetes version the offline schemas give for a request, or a UsageError. */
export function packagedVersion(source: KubernetesSchemaSource, requested: string): string {
  const v = resolveSchemaVersion(requested, source.versions);
  if (!v) {
    throw new UsageError(
      `no offline schemas for Kubernetes ${requested} (${source.description} has ${source.versions.join(', ')}); give a schema location`,
    );
  }
  return v;
}

export async function createValidator(opts: EngineOptions): Promise<Validator> {
  checkEngineOptions(opts);
  if (typeof opts.http?.cacheDir === 'string') opts = { ...opts, http: { ...opts.http, cacheDir: path.resolve(opts.baseDir, opts.http.cacheDir) } };
  const locations = opts.schemaLocations?.length ? opts.schemaLocations : ['default'];
  const strict = opts.strict ?? true;
  const common = {
    kubernetesVersion: opts.kubernetesVersion,
    strict,
    skipKinds: splitKinds(opts.skipKinds),
    rejectKinds: splitKinds(opts.rejectKinds),
    ignoreMissingSchemas: opts.ignoreMissingSchemas ?? false,
    ignoreFilenamePatterns: opts.ignoreFilenamePatterns,
  };
  let source = opts.defaultSource;
  if (locations.includes('default')) {
    source ??= locateKubernetesSchemas();
    if (!source) throw new UsageError(new MissingDefaultSchemasError().message);
    packagedVersion(source, opts.kubernetesVersion);
  }

  if ((opts.engine ?? 'builtin') === 'builtin') {
    const shared = opts.shared ?? sharedSchemaState(opts.http);
    const registries = buildRegistries(locations, { strict, loader: shared.loader, baseDir: opts.baseDir, defaultSource: source });
    return new BuiltinValidator({ ...common, registries, compiler: shared.compiler, baseDir: opts.baseDir });
  }

  const bin = await locateKubeconform(opts.kubeconformPath ? { path: opts.kubeconformPath } : {});
  if (!bin) throw new UsageError('kubeconform not found: run scripts/tools/install-kubeconform.sh or put kubeconform on PATH');
  const kcLocations: string[] = [];
  for (const l of locations) {
    if (l === 'default') {
      kcLocations.push(
        await ensureKubeconformLayout(source!, packagedVersion(source!, opts.kubernetesVersion), strict, { requestedVersion: opts.kubernetesVersion }),
      );
    } else kcLocations.push(l === 'kubeconform-default' ? KUBECONFORM_DEFAULT_LOCATION : l);
  }
  const cacheDir = typeof opts.http?.cacheDir === 'string' ? opts.http.cacheDir : undefined;
  return new KubeconformValidator({ ...common, binary: bin.path, schemaLocations: kcLocations, cwd: opts.baseDir, cacheDir });
}
