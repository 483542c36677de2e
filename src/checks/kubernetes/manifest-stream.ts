import jsYaml from 'js-yaml';
import { GO_YAML_SCHEMA } from './go-yaml-schema.js';

/** One chunk of a manifest stream, split the way kubeconform splits it. */
export interface StreamChunk {
  text: string;
  /** 1-based line of the chunk's first character in the stream. */
  line: number;
}

const SEPARATOR = '\n---';

/**
 * Splits a YAML stream on `\n---` exactly like kubeconform's `SplitYAMLDocument` + bufio.Scanner:
 * the rest of a separator line (`--- # x`) is dropped, and a trailing separator line without a
 * final newline drops the chunk before it (the scanner stops without emitting it).
 */
export function splitYamlStream(data: string): StreamChunk[] {
  const chunks: StreamChunk[] = [];
  let start = 0;
  let line = 1;
  while (start < data.length) {
    const i = data.indexOf(SEPARATOR, start);
    if (i < 0) {
      chunks.push({ text: data.slice(start), line });
      break;
    }
    const afterSep = i + SEPARATOR.length;
    if (afterSep === data.length) {
      chunks.push({ text: data.slice(start, i), line });
      break;
    }
    const nl = data.indexOf('\n', afterSep);
    if (nl < 0) break;
    const text = data.slice(start, i);
    chunks.push({ text, line });
    line += countNewlines(data, start, nl + 1);
    start = nl + 1;
  }
  return chunks;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 10) n++;
  return n;
}

export interface ParsedChunk {
  /** The decoded value, or undefined when the chunk holds no document (empty / comments only). */
  value: unknown;
  /** YAML error other than a duplicate key, formatted like go-yaml. */
  error?: string;
  /** First duplicate key, formatted like go-yaml's strict decoder (the value keeps the last one). */
  duplicateKey?: string;
}

function yamlError(e: unknown): string {
  const err = e as { reason?: string; mark?: { line: number }; message?: string };
  const line = err.mark ? `line ${err.mark.line + 1}: ` : '';
  return `yaml: ${line}${err.reason ?? err.message ?? String(e)}`;
}

/** Decodes one chunk like sigs.k8s.io/yaml (go-yaml v2 scalars, non-string keys as strings). */
export function parseChunk(text: string): ParsedChunk {
  try {
    return { value: jsYaml.load(text, { schema: GO_YAML_SCHEMA }) };
  } catch (e) {
    const reason = (e as { reason?: string }).reason ?? '';
    if (!reason.startsWith('duplicated mapping key')) return { value: undefined, error: yamlError(e) };
    const mark = (e as { mark?: { line: number; position: number; buffer?: string } }).mark;
    const key = mark?.buffer !== undefined ? (/^\s*["']?([^"'\n:]*)/.exec(mark.buffer.slice(mark.position))?.[1] ?? '').trim() : '';
    const duplicateKey = `yaml: unmarshal errors:\n  line ${(mark?.line ?? 0) + 1}: key ${JSON.stringify(key)} already set in map`;
    try {
      // json: true makes js-yaml keep the last value of a duplicated key, like a non-strict go-yaml decode.
      return { value: jsYaml.load(text, { schema: GO_YAML_SCHEMA, json: true }), duplicateKey };
    } catch (e2) {
      return { value: undefined, error: yamlError(e2) };
    }
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}
