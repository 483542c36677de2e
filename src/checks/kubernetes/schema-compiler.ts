import type { Options, ValidateFunction } from 'ajv';
import { Ajv, Ajv2019, Ajv2020, AjvDraft04 } from './ajv-classes.js';
import { addAssertedFormats } from './formats.js';
import { goRegExp } from './go-regexp.js';
import type { SchemaDocumentLoader } from './schema-fetch.js';

export type Draft = 'draft4' | 'draft7' | 'draft2019' | 'draft2020';

export type Compiled = { ok: true; uri: string; validate: ValidateFunction } | { ok: false; uri: string; error: string };

/**
 * Which draft kubeconform (santhosh-tekuri/jsonschema v6) applies: `$schema` when it names a draft
 * (`http://json-schema.org/schema#` means the latest, 2020-12), draft-04 otherwise.
 */
export function draftOf(doc: unknown): Draft {
  const s = (doc as { $schema?: unknown } | null)?.$schema;
  if (typeof s !== 'string') return 'draft4';
  const u = s.replace(/^https?:\/\//, '').replace(/#$/, '');
  switch (u) {
    case 'json-schema.org/schema':
    case 'json-schema.org/draft/2020-12/schema':
      return 'draft2020';
    case 'json-schema.org/draft/2019-09/schema':
      return 'draft2019';
    case 'json-schema.org/draft-07/schema':
    case 'json-schema.org/draft-06/schema':
      return 'draft7';
    default:
      return 'draft4';
  }
}

/** Compiles each schema once per URI; external `$ref`s are loaded through the document loader. */
export class SchemaCompiler {
  private readonly instances = new Map<Draft, Ajv>();
  private readonly compiled = new Map<string, Promise<Compiled>>();

  private readonly loader: SchemaDocumentLoader;
  private readonly keepSource: boolean;

  /** `keepSource` keeps ajv's generated code, for scripts/gen-k8s-validators.mjs (standalone output). */
  constructor(loader: SchemaDocumentLoader, opts: { keepSource?: boolean } = {}) {
    this.loader = loader;
    this.keepSource = opts.keepSource ?? false;
  }

  compile(uri: string, doc: unknown): Promise<Compiled> {
    let p = this.compiled.get(uri);
    if (!p) {
      p = this.compileUncached(uri, doc);
      this.compiled.set(uri, p);
    }
    return p;
  }

  private async compileUncached(uri: string, doc: unknown): Promise<Compiled> {
    const draft = draftOf(doc);
    const ajv = this.instance(draft);
    if (typeof doc === 'boolean') return { ok: true, uri, validate: ajv.compile(doc) };
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, uri, error: 'schema is not an object' };
    const schema = { ...(stripIds(doc) as object), [draft === 'draft4' ? 'id' : '$id']: uri };
    try {
      return { ok: true, uri, validate: await ajv.compileAsync(schema) };
    } catch (err) {
      ajv.removeSchema(uri);
      return { ok: false, uri, error: (err as Error).message };
    }
  }

  /** The ajv instance schemas of this draft are compiled with. */
  instance(draft: Draft): Ajv {
    let ajv = this.instances.get(draft);
    if (ajv) return ajv;
    const opts: Options = {
      allErrors: true,
      messages: false,
      strict: false,
      validateSchema: false,
      logger: false,
      inlineRefs: true,
      code: this.keepSource ? { regExp: goRegExp, source: true, esm: true } : { regExp: goRegExp },
      loadSchema: async (ref: string) => {
        const o = await this.loader.load(ref);
        if (o.kind !== 'found') throw new Error(o.message);
        return stripIds(o.doc) as object;
      },
    };
    switch (draft) {
      case 'draft4':
        ajv = new AjvDraft04(opts) as unknown as Ajv;
        addAssertedFormats(ajv);
        break;
      case 'draft7':
        ajv = new Ajv(opts);
        addAssertedFormats(ajv);
        break;
      case 'draft2019':
        ajv = new Ajv2019({ ...opts, validateFormats: false }) as unknown as Ajv;
        break;
      case 'draft2020':
        ajv = new Ajv2020({ ...opts, validateFormats: false }) as unknown as Ajv;
        break;
    }
    this.instances.set(draft, ajv);
    return ajv;
  }
}

/** The URI a schema was loaded from is its base; an embedded `$id`/`$schema` would fight with it. */
function stripIds(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const { $schema: _s, $id: _i, id, ...rest } = doc as Record<string, unknown>;
  // draft-04 `id` at the root is a base URI; a non-string `id` is not ours to drop.
  return typeof id === 'string' ? rest : id === undefined ? rest : { ...rest, id };
}
