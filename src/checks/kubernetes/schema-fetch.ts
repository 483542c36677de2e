import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { readBounded } from '../../bounded-read.js';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What looking up one JSON document gave, with kubeconform's distinctions (they decide fall-through). */
export type DocOutcome =
  | { kind: 'found'; uri: string; doc: unknown }
  | { kind: 'not-found'; message: string }
  | { kind: 'non-json'; message: string }
  | { kind: 'error'; message: string };

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** When present, the body is read from it with a size cap instead of through text(). */
  body?: ReadableStream<Uint8Array> | null;
}>;

/**
 * Largest schema read from a file or URL. The biggest real standalone schema (a full CRD catalogue
 * entry, a core kind with every definition inlined) is a few MiB; a location from a pull request
 * must not be able to fill the heap.
 */
export const MAX_SCHEMA_BYTES = 64 * 1024 * 1024;

export interface HttpOptions {
  /** Directory for downloaded schemas, file name = sha256(url) like kubeconform's -cache. */
  cacheDir?: string | false;
  fetch?: FetchLike | undefined;
  /** Retries after the first attempt on 429, 5xx and network errors (kubeconform: 2). */
  retries?: number;
  /** First backoff delay; doubles each retry. */
  backoffMs?: number;
  timeoutMs?: number;
}

export function defaultSchemaCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'portarium-infra', 'schemas');
}

export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

type Handler = (uri: string) => Promise<DocOutcome>;

/** Loads JSON documents by URI: file:// and plain paths, http(s)://, and registered in-memory prefixes. */
export class SchemaDocumentLoader {
  private readonly prefixes: Array<[string, Handler]> = [];
  private readonly inflight = new Map<string, Promise<DocOutcome>>();
  /** URLs downloaded over the network in this run (not served from the disk cache). */
  readonly downloaded: string[] = [];

  private readonly http: HttpOptions;

  constructor(http: HttpOptions = {}) {
    this.http = http;
  }

  registerPrefix(prefix: string, handler: Handler): void {
    this.prefixes.push([prefix, handler]);
  }

  load(uri: string): Promise<DocOutcome> {
    let p = this.inflight.get(uri);
    if (!p) {
      p = this.loadUncached(uri);
      this.inflight.set(uri, p);
      // Errors are retried on the next lookup, like kubeconform (only successes are cached).
      void p.then((o) => {
        if (o.kind === 'error') this.inflight.delete(uri);
      });
    }
    return p;
  }

  private async loadUncached(uri: string): Promise<DocOutcome> {
    for (const [prefix, handler] of this.prefixes) if (uri.startsWith(prefix)) return handler(uri);
    if (/^https?:\/\//i.test(uri)) return this.loadHttp(uri);
    return loadFile(uri);
  }

  private async loadHttp(url: string): Promise<DocOutcome> {
    const cacheDir = this.http.cacheDir === false ? undefined : (this.http.cacheDir ?? defaultSchemaCacheDir());
    const cacheFile = cacheDir ? path.join(cacheDir, cacheKey(url)) : undefined;
    if (cacheFile) {
      const read = readBounded(cacheFile, MAX_SCHEMA_BYTES);
      const cached = read.ok ? read.bytes.toString('utf8') : undefined;
      if (cached !== undefined) {
        const parsed = parseJson(cached);
        if (parsed.ok) return { kind: 'found', uri: url, doc: parsed.value };
      }
    }
    const fetchImpl: FetchLike = this.http.fetch ?? (globalThis.fetch as unknown as FetchLike);
    const retries = this.http.retries ?? 2;
    const backoff = this.http.backoffMs ?? 500;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(last.startsWith('429:') ? Math.min(retryAfterMs(last) ?? backoff * 2 ** (attempt - 1), 10_000) : backoff * 2 ** (attempt - 1));
      let res: Awaited<ReturnType<FetchLike>>;
      try {
        res = await fetchImpl(url, { signal: AbortSignal.timeout(this.http.timeoutMs ?? 30_000) });
      } catch (err) {
        last = `failed downloading schema at ${url}: ${(err as Error).message}`;
        continue;
      }
      if (res.status === 404) return { kind: 'not-found', message: `could not find schema at ${url}` };
      if (res.status === 429 || res.status >= 500) {
        last = `${res.status === 429 ? `429:${res.headers.get('retry-after') ?? ''}:` : ''}error while downloading schema at ${url} - received HTTP status ${res.status}`;
        continue;
      }
      if (res.status !== 200) return { kind: 'error', message: `error while downloading schema at ${url} - received HTTP status ${res.status}` };
      const body = await boundedText(res, MAX_SCHEMA_BYTES);
      if (body === undefined) return { kind: 'error', message: `schema at ${url} is larger than ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB` };
      const parsed = parseJson(body);
      if (!parsed.ok) return { kind: 'non-json', message: `failed parsing schema from ${url}: ${parsed.error}` };
      this.downloaded.push(url);
      if (cacheFile) await writeAtomic(cacheFile, body).catch(() => undefined);
      return { kind: 'found', uri: url, doc: parsed.value };
    }
    return { kind: 'error', message: last.replace(/^429:[^:]*:/, '') };
  }
}

function retryAfterMs(last: string): number | undefined {
  const v = /^429:([^:]*):/.exec(last)?.[1];
  if (!v) return undefined;
  const secs = Number(v);
  return Number.isFinite(secs) ? secs * 1000 : undefined;
}

async function loadFile(uri: string): Promise<DocOutcome> {
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  let text: string;
  try {
    // Opened first and judged on the descriptor: a location naming a FIFO or /dev/zero is refused.
    const st = await stat(file);
    if (st.isDirectory()) return { kind: 'error', message: `read ${file}: is a directory` };
    const read = readBounded(file, MAX_SCHEMA_BYTES);
    if (!read.ok) {
      const why = read.special ? 'not a regular file' : read.size !== undefined ? `larger than ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB` : 'cannot be read';
      return { kind: 'error', message: `read ${file}: ${why}` };
    }
    text = read.bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'not-found', message: `could not open file ${file}` };
    return { kind: 'error', message: `read ${file}: ${code ?? 'cannot be read'}` };
  }
  const parsed = parseJson(text);
  // kubeconform's file loader returns the JSON error as is: a broken local schema is an Error, not a miss.
  if (!parsed.ok) return { kind: 'error', message: parsed.error };
  return { kind: 'found', uri: toUri(file), doc: parsed.value };
}

export function toUri(location: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return location;
  return pathToFileURL(path.resolve(location)).href;
}

/**
 * V8's JSON errors quote the text they choke on ("Unexpected token 'r', "root:x:0:0"... is not valid
 * JSON"): a schema location pointed at a secret file would print it. Only the position is kept.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    const at = m ? ` at byte ${m[1]}` : text.trim() === '' ? ': empty' : '';
    return { ok: false, error: `not valid JSON${at}` };
  }
}

/** The body as text, or undefined once it passes `max` bytes (reading stops there). */
async function boundedText(res: { text(): Promise<string>; headers: { get(name: string): string | null }; body?: ReadableStream<Uint8Array> | null }, max: number): Promise<string | undefined> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) return undefined;
  if (!res.body) {
    const t = await res.text();
    return Buffer.byteLength(t) > max ? undefined : t;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function writeAtomic(file: string, body: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, file);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
