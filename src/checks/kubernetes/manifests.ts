import type { TemplateOrigin } from './helm-template-map.js';
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
  origin?: Origin | undefined;
  /** The resource as JSON text (valid YAML), what both engines validate. */
  json: string;
  /**
   * A plain manifest's document as written: validated instead of `json`, so duplicate keys and
   * YAML details are judged as kubeconform judges a file.
   */
  text?: string;
  /** Line of `text`'s first line in its file. */
  textLine?: number;
  /** Rendered from a chart's template (helm's `# Source:` line). */
  template?: TemplateOrigin;
}

export interface ParsedBuild {
  resources: BuiltResource[];
  /** Documents kustomize printed that are not objects (should not happen; reported, not dropped). */
  problems: string[];
  /** Documents too large to parse: identified from their text, never decoded. */
  oversized: Array<BuiltResource & { message: string }>;
}

/**
 * Largest rendered document decoded. Ten times etcd's 1.5 MiB limit, so every object the API server
 * could accept is parsed and sized exactly; beyond it the heap would grow with the attacker's input.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function parseBuildOutput(output: string, wrapperDir: string, maxDocumentBytes = MAX_DOCUMENT_BYTES): ParsedBuild {
  const resources: BuiltResource[] = [];
  const problems: string[] = [];
  const oversized: ParsedBuild['oversized'] = [];
  for (const chunk of splitYamlStream(output)) {
    if (chunk.text.length > maxDocumentBytes) {
      oversized.push(identify(chunk.text, wrapperDir, maxDocumentBytes));
      continue;
    }
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
  return { resources, problems, oversized };
}

/**
 * kind, name and origin of a rendered document from its text alone. kustomize prints top-level keys
 * in order with two-space indentation, so each is a line of its own.
 */
function identify(text: string, wrapperDir: string, max: number): BuiltResource & { message: string } {
  const top = (key: string) => {
    const i = text.startsWith(`${key}:`) ? 0 : text.indexOf(`\n${key}:`);
    return i < 0 ? -1 : i === 0 ? 0 : i + 1;
  };
  const scalar = (key: string) => {
    const i = top(key);
    if (i < 0) return '';
    const end = text.indexOf('\n', i);
    return text.slice(i + key.length + 1, end < 0 ? undefined : end).trim().replace(/^["']|["']$/g, '');
  };
  const metaAt = top('metadata');
  let metaText = '';
  if (metaAt >= 0) {
    const nextTop = /\n[^\s#]/g;
    nextTop.lastIndex = metaAt + 1;
    const m = nextTop.exec(text);
    metaText = text.slice(metaAt, m ? m.index : undefined).slice(0, 1024 * 1024);
  }
  const name = /^ {2}name: (.+)$/m.exec(metaText)?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '';
  const namespace = /^ {2}namespace: (.+)$/m.exec(metaText)?.[1]?.trim() ?? '';
  const originBlock = /^ {4}config\.kubernetes\.io\/origin: \|\n((?: {6}.*\n?)+)/m.exec(metaText)?.[1];
  const origin = originBlock ? parseOrigin(originBlock.replace(/^ {6}/gm, ''), wrapperDir) : undefined;
  const kind = scalar('kind');
  const apiVersion = scalar('apiVersion');
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return {
    index: -1,
    object: { apiVersion, kind, metadata: { name, namespace } },
    kind,
    apiVersion,
    name,
    namespace,
    origin,
    json: '',
    // YAML size bounds JSON size only loosely (deep indentation), so this says what is known.
    message: `the rendered document is ${mib(Buffer.byteLength(text))} of YAML, more than the ${mib(max)} this check decodes, so it was not validated; etcd refuses objects over 1.5 MiB (1,572,864 bytes) as JSON`,
  };
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

/** kind, apiVersion, name and namespace of a decoded object ('' where absent or not a string). */
export function identityOf(object: Record<string, unknown>, defaultNamespace = ''): Pick<BuiltResource, 'kind' | 'apiVersion' | 'name' | 'namespace'> {
  const meta = isPlainObject(object.metadata) ? object.metadata : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { kind: text(object.kind), apiVersion: text(object.apiVersion), name: text(meta?.name), namespace: text(meta?.namespace) || defaultNamespace };
}
