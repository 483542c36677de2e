import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The schema disk cache crosses runs through @actions/cache, so what comes back is input like any
 * other: it is accepted only as the manifest written when it was saved describes it — downloaded
 * JSON documents named `sha256(url)` (the loader's and kubeconform's naming), regular files, the
 * recorded size and SHA-256. Nothing executable is ever cached or restored: validators are compiled
 * in memory on every run from the JSON.
 */

export const CACHE_MANIFEST = '.portarium-cache-manifest.json';
const FORMAT = 'portarium-schema-cache/1';
const ENTRY = /^[0-9a-f]{64}$/;
/** Larger than any manifest of real schemas (tens of bytes per entry) by orders of magnitude. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

interface Manifest {
  format: string;
  files: Record<string, { bytes: number; sha256: string }>;
}

export type CacheVerdict = { ok: true; files: number } | { ok: false; problem: string };

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Records every cache entry before the directory is saved. Anything that is not an entry (a temp
 * file of an interrupted write, a directory, a link) is removed first, so a restore sees exactly what
 * the manifest lists.
 */
export async function writeSchemaCacheManifest(dir: string): Promise<{ files: number }> {
  const files: Manifest['files'] = {};
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.name === CACHE_MANIFEST) continue;
    if (!ENTRY.test(e.name) || !e.isFile()) {
      await rm(p, { recursive: true, force: true });
      continue;
    }
    const body = await readFile(p);
    if (!isJson(body)) {
      await rm(p, { force: true });
      continue;
    }
    files[e.name] = { bytes: body.length, sha256: sha256(body) };
  }
  const manifest: Manifest = { format: FORMAT, files };
  await writeFile(path.join(dir, CACHE_MANIFEST), JSON.stringify(manifest));
  return { files: Object.keys(files).length };
}

/**
 * Whether a restored directory is exactly what its manifest says. Entries are inspected with lstat
 * before anything is opened, so a link (to /proc, /etc) or a FIFO is refused without being read; a
 * problem names the entry, never its content.
 */
export async function verifySchemaCache(dir: string): Promise<CacheVerdict> {
  const fail = (problem: string): CacheVerdict => ({ ok: false, problem });
  const top = await lstat(dir).catch(() => undefined);
  if (!top?.isDirectory()) return fail('the cache is not a directory');
  const mst = await lstat(path.join(dir, CACHE_MANIFEST)).catch(() => undefined);
  if (!mst) return fail(`no ${CACHE_MANIFEST} (saved by an older version, or not by this action)`);
  if (!mst.isFile()) return fail(`${CACHE_MANIFEST} is not a regular file`);
  if (mst.size > MAX_MANIFEST_BYTES) return fail(`${CACHE_MANIFEST} is larger than ${MAX_MANIFEST_BYTES} bytes`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, CACHE_MANIFEST), 'utf8')) as Manifest;
  } catch {
    return fail(`${CACHE_MANIFEST} is not JSON`);
  }
  if (manifest?.format !== FORMAT || typeof manifest.files !== 'object' || manifest.files === null || Array.isArray(manifest.files)) {
    return fail(`${CACHE_MANIFEST} is not a ${FORMAT} manifest`);
  }
  const listed = new Map(Object.entries(manifest.files));
  for (const name of listed.keys()) if (!ENTRY.test(name)) return fail(`the manifest lists ${JSON.stringify(name.slice(0, 80))}, which is not a cache entry name`);
  const seen = new Set<string>();
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name === CACHE_MANIFEST) continue;
    const shown = JSON.stringify(e.name.slice(0, 80));
    const want = listed.get(e.name);
    if (!want) return fail(`${shown} is not in the manifest`);
    const st = await lstat(path.join(dir, e.name));
    if (!st.isFile()) return fail(`${shown} is not a regular file`);
    if (st.size !== want.bytes) return fail(`${shown} has ${st.size} bytes, the manifest says ${want.bytes}`);
    const body = await readFile(path.join(dir, e.name));
    if (sha256(body) !== want.sha256) return fail(`${shown} does not match its SHA-256 in the manifest`);
    if (!isJson(body)) return fail(`${shown} is not a JSON document`);
    seen.add(e.name);
  }
  for (const name of listed.keys()) if (!seen.has(name)) return fail(`${name} is in the manifest but missing`);
  return { ok: true, files: seen.size };
}

/** Empties the directory (kept, so the caller's path stays valid) after a rejected restore. */
export async function discardSchemaCache(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) await rm(path.join(dir, name), { recursive: true, force: true });
}

function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
