import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { relink, resolveSchemaVersion, type KubernetesSchemaSource } from '../../tools/schemas.js';
import { KUBECONFORM_DEFAULT_LOCATION, expandLocation, normalizeLocation, templateValues } from './schema-location.js';
import { toUri, type DocOutcome, type SchemaDocumentLoader } from './schema-fetch.js';
import { precompiledFor } from './precompiled.js';

/** One place schemas are looked up, like kubeconform's registry.Registry. */
export interface SchemaRegistry {
  /** The location as the user wrote it (for messages). */
  readonly location: string;
  lookup(kind: string, apiVersion: string, k8sVersion: string): Promise<DocOutcome>;
  /** A validator compiled ahead of time for what lookup would find, when this registry has one. */
  precompiled?(kind: string, apiVersion: string, k8sVersion: string): { uri: string; validate: ValidateFunction } | undefined;
}

/** A kubeconform `-schema-location` template over files or http(s). */
export class TemplateRegistry implements SchemaRegistry {
  readonly location: string;
  private readonly template: string;
  private readonly strict: boolean;
  private readonly loader: SchemaDocumentLoader;
  private readonly baseDir: string;

  constructor(location: string, strict: boolean, loader: SchemaDocumentLoader, baseDir: string) {
    this.location = location;
    this.strict = strict;
    this.loader = loader;
    this.baseDir = baseDir;
    this.template = normalizeLocation(location);
  }

  lookup(kind: string, apiVersion: string, k8sVersion: string): Promise<DocOutcome> {
    const where = expandLocation(this.template, templateValues(kind, apiVersion, k8sVersion, this.strict));
    if (/^https?:\/\//i.test(where)) return this.loader.load(where);
    return this.loader.load(toUri(path.resolve(this.baseDir, where)));
  }
}

const BUNDLE_HOST = 'https://k8s-schemas.portarium.invalid/';

/**
 * The offline default: kubernetes-validate's schemas (directory or bundle). The package's refs
 * (`/api/_definitions.json#/$defs/...`) are made relative and served from memory under a private
 * base URI, so `_definitions.json` is parsed and compiled once per version.
 */
export class DefaultRegistry implements SchemaRegistry {
  readonly location = 'default';
  private readonly source: KubernetesSchemaSource;
  private readonly strict: boolean;
  private readonly loader: SchemaDocumentLoader;
  private readonly usePrecompiled: boolean;

  constructor(source: KubernetesSchemaSource, strict: boolean, loader: SchemaDocumentLoader, opts: { precompiled?: boolean | undefined } = {}) {
    this.source = source;
    this.strict = strict;
    this.loader = loader;
    this.usePrecompiled = opts.precompiled ?? true;
    loader.registerPrefix(BUNDLE_HOST, (uri) => this.serve(uri));
  }

  /** The packaged version a request resolves to, or undefined when none fits. */
  schemaVersion(k8sVersion: string): string | undefined {
    return resolveSchemaVersion(k8sVersion, this.source.versions);
  }

  lookup(kind: string, apiVersion: string, k8sVersion: string): Promise<DocOutcome> {
    const version = this.schemaVersion(k8sVersion);
    const v = templateValues(kind, apiVersion, k8sVersion, this.strict);
    if (!version) return Promise.resolve({ kind: 'not-found', message: `no packaged schemas for Kubernetes ${k8sVersion}` });
    return this.loader.load(this.fileUri(version, this.strict, `${v.ResourceKind}${v.KindSuffix}.json`));
  }

  precompiled(kind: string, apiVersion: string, k8sVersion: string): { uri: string; validate: ValidateFunction } | undefined {
    const version = this.usePrecompiled ? this.schemaVersion(k8sVersion) : undefined;
    const set = version === undefined ? undefined : precompiledFor(this.source, version, this.strict);
    if (!set) return undefined;
    const v = templateValues(kind, apiVersion, k8sVersion, this.strict);
    const file = `${v.ResourceKind}${v.KindSuffix}.json`;
    const validate = set.validator(file);
    return validate ? { uri: this.fileUri(version!, this.strict, file), validate } : undefined;
  }

  /** The URI a packaged file is served under (and named by in messages). */
  fileUri(version: string, strict: boolean, file: string): string {
    return `${BUNDLE_HOST}${this.source.packageVersion}/v${version}-local${strict ? '-strict' : ''}/${file}`;
  }

  private async serve(uri: string): Promise<DocOutcome> {
    const m = /^[^/]+\/v(\d+\.\d+\.\d+)-local(-strict)?\/([^/]+)$/.exec(uri.slice(BUNDLE_HOST.length));
    if (!m) return { kind: 'not-found', message: `could not find schema at ${uri}` };
    const doc = await this.source.read(m[1]!, m[2] !== undefined, m[3]!);
    if (doc === undefined) return { kind: 'not-found', message: `could not find schema at ${uri}` };
    return { kind: 'found', uri, doc: relink(doc) };
  }
}

export interface RegistryOptions {
  strict: boolean;
  loader: SchemaDocumentLoader;
  /** Relative file locations are read from here (kubeconform: the working directory). */
  baseDir: string;
  /** Offline schemas for the `default` location. */
  defaultSource?: KubernetesSchemaSource | undefined;
  /** Validators compiled ahead of time for the bundled schemas (default true; tests compare both paths). */
  precompiled?: boolean | undefined;
}

/**
 * Registries in the order given. `default` is the offline kubernetes-validate set;
 * `kubeconform-default` is kubeconform's own default (yannh/kubernetes-json-schema over https).
 */
export function buildRegistries(locations: string[], opts: RegistryOptions): SchemaRegistry[] {
  return locations.map((loc) => {
    if (loc === 'default') {
      if (!opts.defaultSource) throw new MissingDefaultSchemasError();
      return new DefaultRegistry(opts.defaultSource, opts.strict, opts.loader, { precompiled: opts.precompiled });
    }
    if (loc === 'kubeconform-default') return new TemplateRegistry(KUBECONFORM_DEFAULT_LOCATION, opts.strict, opts.loader, opts.baseDir);
    return new TemplateRegistry(loc, opts.strict, opts.loader, opts.baseDir);
  });
}

export class MissingDefaultSchemasError extends Error {
  constructor() {
    super(
      'offline Kubernetes schemas not found: run scripts/tools/install-k8s-schemas.sh, set PORTARIUM_K8S_SCHEMAS, or give schema locations',
    );
  }
}
