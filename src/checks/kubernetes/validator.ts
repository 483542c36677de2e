/**
 * One validator interface for both engines, after kubeconform's pkg/validator: schema loading lives in
 * the registries/compiler, validation here. Statuses and messages follow kubeconform v0.7.0.
 */
export type Status = 'valid' | 'invalid' | 'error' | 'skipped' | 'empty';

export interface ValidationError {
  /** Instance location as a JSON pointer (`/spec/replicas`). */
  path: string;
  msg: string;
}

export interface ValidationResult {
  filename: string;
  kind: string;
  name: string;
  namespace: string;
  /** apiVersion, as kubeconform names it. */
  version: string;
  status: Status;
  /** kubeconform's `msg`: "" for valid and skipped. */
  msg: string;
  /** Leaf schema violations (invalid only). */
  validationErrors?: ValidationError[];
  /** Index of the document in its file after List expansion; -1 when the engine cannot tell. */
  document: number;
}

export interface ValidatorOptions {
  /** `master` or x.y.z. */
  kubernetesVersion: string;
  strict: boolean;
  skipKinds: string[];
  rejectKinds: string[];
  ignoreMissingSchemas: boolean;
  /** kubeconform `-ignore-filename-pattern` (unanchored regexps on walked paths). */
  ignoreFilenamePatterns?: string[] | undefined;
}

export interface Validator {
  readonly engine: 'builtin' | 'kubeconform';
  /** Files and folders with kubeconform's CLI semantics (folders walked for .yaml/.yml/.json). */
  validateFiles(paths: string[]): Promise<ValidationResult[]>;
  /**
   * Single-document manifests (a rendered kustomize build, one entry per resource). Returns results in
   * input order; `document` is the index into `docs`.
   */
  validateDocuments(docs: string[], opts?: { timeoutMs?: number }): Promise<ValidationResult[]>;
}

/** A validation stopped because its time ran out (the check's deadline). */
export class ValidationTimeout extends Error {}

/** kubeconform's `-skip`/`-reject` matching: `<apiVersion>/<Kind>` or the bare Kind. */
export function kindMatches(set: ReadonlySet<string>, apiVersion: string, kind: string): boolean {
  return set.has(`${apiVersion}/${kind}`) || set.has(kind);
}

export function splitKinds(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
}
