import { isMap, parseAllDocuments } from 'yaml';
import { ORIGIN_ANNOTATION, parseOrigin, type Origin } from './build.js';
import { isPlainObject, parseChunk, splitYamlStream } from './manifest-stream.js';

/** One resource of a kustomize build, origin annotation removed. */
export interface BuiltResource {
  index: number;
  object: Record<string, unknown>;
  kind: string;
  apiVersion: string;
  name: string;
  namespace: string;
  origin?: Origin;
  /** The resource as JSON text (valid YAML), what both engines validate. */
  json: string;
}

export interface ParsedBuild {
  resources: BuiltResource[];
  /** Documents kustomize printed that are not objects (should not happen; reported, not dropped). */
  problems: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function parseBuildOutput(output: string, wrapperDir: string): ParsedBuild {
  const resources: BuiltResource[] = [];
  const problems: string[] = [];
  for (const chunk of splitYamlStream(output)) {
    if (chunk.text.trim() === '') continue;
    const parsed = parseChunk(chunk.text);
    if (parsed.error) {
      problems.push(parsed.error);
      continue;
    }
    if (!isPlainObject(parsed.value)) continue;
    const object = parsed.value;
    const meta = isPlainObject(object.metadata) ? object.metadata : undefined;
    const annotations = meta && isPlainObject(meta.annotations) ? meta.annotations : undefined;
    const origin = parseOrigin(annotations?.[ORIGIN_ANNOTATION], wrapperDir);
    if (annotations && ORIGIN_ANNOTATION in annotations) {
      delete annotations[ORIGIN_ANNOTATION];
      if (Object.keys(annotations).length === 0) delete meta!.annotations;
    }
    resources.push({
      index: resources.length,
      object,
      kind: str(object.kind),
      apiVersion: str(object.apiVersion),
      name: str(meta?.name),
      namespace: str(meta?.namespace),
      origin,
      json: JSON.stringify(object),
    });
  }
  return { resources, problems };
}

/** The build output as the user would see it without our origin annotations (for diffs and rendered files). */
export function stripOrigins(output: string): string {
  const docs = parseAllDocuments(output, { version: '1.1' });
  const list = Array.isArray(docs) ? docs : [];
  return list
    .map((doc) => {
      const annotations = doc.getIn(['metadata', 'annotations']);
      if (isMap(annotations)) {
        annotations.delete(ORIGIN_ANNOTATION);
        if (annotations.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
      }
      return doc.toString({ lineWidth: 0 }).replace(/^---\n/, '');
    })
    .join('---\n');
}
