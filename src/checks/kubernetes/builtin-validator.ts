import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { formatAjvErrors, invalidMessage } from './ajv-errors.js';
import { compileGoRegExp } from './go-regexp.js';
import { isPlainObject, parseChunk, splitYamlStream, type ParsedChunk } from './manifest-stream.js';
import type { SchemaCompiler } from './schema-compiler.js';
import { firstInvalidUtf8 } from './yaml-source.js';
import type { SchemaRegistry } from './schema-registry.js';
import { ValidationTimeout, kindMatches, type Status, type ValidationResult, type Validator, type ValidatorOptions } from './validator.js';

type Lookup = { kind: 'schema'; uri: string; validate: ValidateFunction } | { kind: 'missing' } | { kind: 'error'; message: string };

export interface BuiltinOptions extends ValidatorOptions {
  registries: SchemaRegistry[];
  compiler: SchemaCompiler;
  /** Relative paths given to validateFiles are read from here (reported as given). */
  baseDir?: string;
}

interface Sig {
  kind: string;
  name: string;
  namespace: string;
  version: string;
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;

/** In-process validation with kubeconform's per-resource flow (pkg/validator.ValidateResource). */
export class BuiltinValidator implements Validator {
  readonly engine = 'builtin' as const;
  private readonly skip: Set<string>;
  private readonly reject: Set<string>;
  private readonly schemas = new Map<string, Promise<Lookup>>();

  private readonly opts: BuiltinOptions;

  constructor(opts: BuiltinOptions) {
    this.opts = opts;
    this.skip = new Set(opts.skipKinds);
    this.reject = new Set(opts.rejectKinds);
  }

  async validateFiles(paths: string[]): Promise<ValidationResult[]> {
    const out: ValidationResult[] = [];
    for (const p of paths) {
      let st;
      try {
        st = await lstat(this.resolve(p));
      } catch (err) {
        out.push(fileError(p, `lstat ${p}: ${describeFsError(err)}`));
        continue;
      }
      const ignored = (this.opts.ignoreFilenamePatterns ?? []).map((x) => compileGoRegExp(x));
      const files = (st.isDirectory() ? await walk(p, this.opts.baseDir) : MANIFEST_EXT.test(p) ? [p] : []).filter((f) => !ignored.some((re) => re.test(f)));
      for (const f of files) {
        let bytes: Buffer;
        try {
          bytes = await readFile(this.resolve(f));
        } catch (err) {
          out.push(fileError(f, `open ${f}: ${describeFsError(err)}`));
          continue;
        }
        if (firstInvalidUtf8(bytes) < 0) out.push(...(await this.validateStream(f, bytes.toString('utf8'), 'file')));
        else out.push(...(await this.validateInvalidUtf8(f, bytes)));
      }
    }
    return out;
  }

  private resolve(p: string): string {
    return this.opts.baseDir ? path.resolve(this.opts.baseDir, p) : p;
  }

  async validateDocuments(docs: string[], opts: { timeoutMs?: number } = {}): Promise<ValidationResult[]> {
    const out: ValidationResult[] = [];
    // Tested per document: a schema location that answers slowly for each kind must not outlast the check.
    const end = opts.timeoutMs === undefined ? Infinity : Date.now() + opts.timeoutMs;
    for (let i = 0; i < docs.length; i++) {
      if (Date.now() > end) throw new ValidationTimeout(`validation did not finish within ${opts.timeoutMs} ms`);
      const results = await this.validateStream(`document ${i}`, docs[i]!);
      // One resource per document is the contract; a document that expands (List) keeps its index.
      for (const r of results) out.push({ ...r, document: i });
      if (results.length === 0) out.push(emptyResult(`document ${i}`, i));
    }
    return out;
  }

  /**
   * Every document of one stream. kubeconform reads files and stdin slightly differently: in a file,
   * zero-length chunks are dropped and a file with no resource still yields one empty result.
   */
  async validateStream(filename: string, text: string, mode: 'file' | 'stdin' = 'stdin'): Promise<ValidationResult[]> {
    const out: ValidationResult[] = [];
    let index = 0;
    for (const chunk of splitYamlStream(text)) {
      if (chunk.text.length === 0) {
        if (mode === 'stdin') out.push(emptyResult(filename, index++));
        continue;
      }
      const parsed = parseChunk(chunk.text);
      const items = listItems(parsed);
      if (items) {
        for (const item of items) out.push(await this.validateValue(filename, index++, { value: item }));
        continue;
      }
      out.push(await this.validateValue(filename, index++, parsed));
    }
    if (mode === 'file' && out.length === 0) out.push(emptyResult(filename, 0));
    return out;
  }

  /**
   * go-yaml refuses bytes that are not UTF-8, per document: split on the raw bytes (the separator is
   * ASCII), fail the documents holding bad bytes, validate the others.
   */
  private async validateInvalidUtf8(filename: string, bytes: Buffer): Promise<ValidationResult[]> {
    const out: ValidationResult[] = [];
    let index = 0;
    for (const chunk of splitYamlStream(bytes.toString('latin1'))) {
      if (chunk.text.length === 0) continue;
      const raw = Buffer.from(chunk.text, 'latin1');
      if (firstInvalidUtf8(raw) >= 0) {
        out.push({ ...fileError(filename, 'error unmarshalling resource: error converting YAML to JSON: yaml: invalid UTF-8 octet'), document: index++ });
        continue;
      }
      const parsed = parseChunk(raw.toString('utf8'));
      const items = listItems(parsed);
      if (items) for (const item of items) out.push(await this.validateValue(filename, index++, { value: item }));
      else out.push(await this.validateValue(filename, index++, parsed));
    }
    if (out.length === 0) out.push(emptyResult(filename, 0));
    return out;
  }

  /** One decoded resource (ValidateResource after the YAML decode). */
  async validateValue(filename: string, document: number, parsed: ParsedChunk): Promise<ValidationResult> {
    const base = { filename, document, ...lenientSig(parsed.value) };
    const result = (status: Status, msg = '', extra: Partial<ValidationResult> = {}): ValidationResult => ({ ...base, status, msg, ...extra });
    if (parsed.error) return result('error', `error unmarshalling resource: error converting YAML to JSON: ${parsed.error}`);
    if (this.opts.strict && parsed.duplicateKey) {
      return result('error', `error unmarshalling resource: error converting YAML to JSON: ${parsed.duplicateKey}`);
    }
    const value = parsed.value;
    if (value === undefined || value === null) return result('empty');
    if (!isPlainObject(value)) {
      return result(
        'error',
        `error unmarshalling resource: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonType(value)} into Go value of type map[string]interface {}`,
      );
    }
    const kind = value.kind;
    const apiVersion = value.apiVersion;
    if (typeof kind !== 'string') return result('error', "error while parsing: missing 'kind' key");
    if (typeof apiVersion !== 'string') return result('error', "error while parsing: missing 'apiVersion' key");
    if (kindMatches(this.skip, apiVersion, kind)) return result('skipped');
    if (kindMatches(this.reject, apiVersion, kind)) return result('error', `prohibited resource kind ${kind}`);

    const schema = await this.schemaFor(kind, apiVersion);
    if (schema.kind === 'error') return result('error', schema.message);
    if (schema.kind === 'missing') {
      return this.opts.ignoreMissingSchemas ? result('skipped') : result('error', `could not find schema for ${kind}`);
    }
    if (schema.validate(value)) return result('valid');
    const errors = formatAjvErrors(schema.validate.errors ?? [], value);
    return result('invalid', invalidMessage(schema.uri, errors), { validationErrors: errors });
  }

  private schemaFor(kind: string, apiVersion: string): Promise<Lookup> {
    const key = `${kind}-${apiVersion}-${this.opts.kubernetesVersion}`;
    let p = this.schemas.get(key);
    if (!p) {
      p = this.download(kind, apiVersion);
      this.schemas.set(key, p);
      void p.then((l) => {
        if (l.kind === 'error') this.schemas.delete(key);
      });
    }
    return p;
  }

  /** kubeconform's downloadSchema: registries in order; a miss, a non-JSON body or a schema that does not compile falls through. */
  private async download(kind: string, apiVersion: string): Promise<Lookup> {
    for (const reg of this.opts.registries) {
      const pre = reg.precompiled?.(kind, apiVersion, this.opts.kubernetesVersion);
      if (pre) return { kind: 'schema', uri: pre.uri, validate: pre.validate };
      const o = await reg.lookup(kind, apiVersion, this.opts.kubernetesVersion);
      if (o.kind === 'found') {
        const c = await this.opts.compiler.compile(o.uri, o.doc);
        if (c.ok) return { kind: 'schema', uri: c.uri, validate: c.validate };
        continue;
      }
      if (o.kind === 'not-found' || o.kind === 'non-json') continue;
      return { kind: 'error', message: o.message };
    }
    return { kind: 'missing' };
  }
}

/** kubeconform's Resource.Resources(): a `kind: List` (any case) with a valid signature expands into its items. */
function listItems(parsed: ParsedChunk): unknown[] | undefined {
  if (parsed.error || !isPlainObject(parsed.value)) return undefined;
  const { kind, apiVersion, items } = parsed.value;
  if (typeof kind !== 'string' || kind === '' || typeof apiVersion !== 'string' || apiVersion === '') return undefined;
  if (kind.toLowerCase() !== 'list') return undefined;
  return Array.isArray(items) ? items : [];
}

/** The lenient signature kubeconform prints for every result (Resource.Signature()). */
function lenientSig(value: unknown): Sig {
  if (!isPlainObject(value)) return { kind: '', name: '', namespace: '', version: '' };
  const meta = isPlainObject(value.metadata) ? value.metadata : {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const generateName = str(meta.generateName);
  return {
    kind: str(value.kind),
    version: str(value.apiVersion),
    namespace: str(meta.namespace),
    name: generateName ? `${generateName}{{ generateName }}` : str(meta.name),
  };
}

function goJsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return 'value';
}

function emptyResult(filename: string, document: number): ValidationResult {
  return { filename, document, kind: '', name: '', namespace: '', version: '', status: 'empty', msg: '' };
}

function fileError(filename: string, msg: string): ValidationResult {
  return { filename, document: -1, kind: '', name: '', namespace: '', version: '', status: 'error', msg };
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message;
}

/** filepath.Walk order (lexical), manifests only. */
async function walk(dir: string, baseDir?: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(baseDir ? path.resolve(baseDir, dir) : dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, baseDir)));
    else if (MANIFEST_EXT.test(e.name)) out.push(p);
  }
  return out;
}
