import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readBounded } from '../../bounded-read.js';
import { walkTree } from './discover.js';
import { aliasProblemIn } from './input-bounds.js';
import { isPlainObject, parseChunk, splitYamlStream } from './manifest-stream.js';

/**
 * JSON schemas for custom resources, from CustomResourceDefinitions, with the logic of kubeconform's
 * scripts/openapi2jsonschema.py: each `spec.versions[].schema.openAPIV3Schema` (or v1beta1
 * `spec.validation.openAPIV3Schema`) becomes `<kind>-<first group label>-<version>.json`,
 * `format: int-or-string` becomes oneOf string/integer, and in strict mode every nested object with
 * `properties` gets `additionalProperties: false` (not the root, whose apiVersion/kind/metadata the
 * CRD usually leaves undeclared). One deliberate difference: objects marked
 * `x-kubernetes-preserve-unknown-fields: true` stay open, as the API server keeps their unknown fields.
 */
export interface CrdSchema {
  /** File name in kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}.json` form. */
  file: string;
  group: string;
  kind: string;
  version: string;
  schema: unknown;
}

function addAdditionalProperties(node: unknown, isRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((v) => addAdditionalProperties(v, false));
  if (!isPlainObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = addAdditionalProperties(v, false);
  if (!isRoot && 'properties' in node && !('additionalProperties' in node) && node['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function replaceIntOrString(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(replaceIntOrString);
  if (!isPlainObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = isPlainObject(v) && v.format === 'int-or-string' ? { oneOf: [{ type: 'string' }, { type: 'integer' }] } : replaceIntOrString(v);
  }
  return out;
}

export function crdToSchemas(crd: Record<string, unknown>, strict: boolean): CrdSchema[] {
  if (crd.kind !== 'CustomResourceDefinition') return [];
  const spec = isPlainObject(crd.spec) ? crd.spec : undefined;
  const names = isPlainObject(spec?.names) ? spec.names : undefined;
  const group = typeof spec?.group === 'string' ? spec.group : undefined;
  const kind = typeof names?.kind === 'string' ? names.kind : undefined;
  if (!spec || !group || !kind) return [];
  const topLevel = isPlainObject(spec.validation) && isPlainObject(spec.validation.openAPIV3Schema) ? spec.validation.openAPIV3Schema : undefined;
  const out: CrdSchema[] = [];
  const emit = (version: string, schema: unknown) => {
    const converted = replaceIntOrString(strict ? addAdditionalProperties(schema, true) : schema);
    out.push({ file: `${kind}-${group.split('.')[0]}-${version}.json`.toLowerCase(), group, kind, version, schema: converted });
  };
  const versions = Array.isArray(spec.versions) ? spec.versions.filter(isPlainObject) : [];
  if (versions.length > 0) {
    for (const v of versions) {
      if (typeof v.name !== 'string') continue;
      const s = isPlainObject(v.schema) && isPlainObject(v.schema.openAPIV3Schema) ? v.schema.openAPIV3Schema : topLevel;
      if (s) emit(v.name, s);
    }
  } else if (topLevel && typeof spec.version === 'string') emit(spec.version, topLevel);
  return out;
}

/** CustomResourceDefinitions in YAML/JSON files under root (a cheap text test first). */
export function findCrdsInTree(root: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  walkTree(root, (dir, entries) => {
    for (const e of entries) {
      if (e.isDirectory() || !/\.(ya?ml|json)$/i.test(e.name)) continue;
      const p = path.join(dir, e.name);
      try {
        const r = readBounded(p, maxFileBytes);
        if (!r.ok) continue;
        const text = r.bytes.toString('utf8');
        if (!text.includes('CustomResourceDefinition')) continue;
        // js-yaml shares aliased nodes, but the schema conversion walks them: a bomb would expand there.
        if (aliasProblemIn(p, text)) continue;
        out.push(...crdsInText(text));
      } catch {
        // unreadable files are reported by the checks that need them
      }
    }
  });
  return out;
}

export function crdsInText(text: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const chunk of splitYamlStream(text)) {
    const v = parseChunk(chunk.text).value;
    if (!isPlainObject(v)) continue;
    if (v.kind === 'CustomResourceDefinition') out.push(v);
    else if (typeof v.kind === 'string' && v.kind.toLowerCase() === 'list' && Array.isArray(v.items)) {
      for (const i of v.items) if (isPlainObject(i) && i.kind === 'CustomResourceDefinition') out.push(i);
    }
  }
  return out;
}

/** Writes the schemas into `dir` and returns the schema location template for them. */
export async function writeCrdSchemas(crds: Array<Record<string, unknown>>, strict: boolean, dir: string): Promise<{ location: string; count: number }> {
  await mkdir(dir, { recursive: true });
  let count = 0;
  for (const crd of crds) {
    for (const s of crdToSchemas(crd, strict)) {
      await writeFile(path.join(dir, s.file), JSON.stringify(s.schema));
      count++;
    }
  }
  return { location: path.join(dir, '{{ .ResourceKind }}{{ .KindSuffix }}.json'), count };
}
