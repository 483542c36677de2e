// Locate a tool at the pinned version, else download it through injected hooks (tool-cache in the
// actions; src/tools never imports @actions/*) and verify its SHA-256 before anything is extracted.
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseSha256Sums, verifySha256 } from './checksum.js';
import { goPlatform, releaseAsset, TOOLS, type ReleaseAsset, type ToolName } from './manifest.js';
import { runProcess } from './process.js';
import { readZipEntry } from './terraform-zip.js';

/** Injected by the action (tool-cache). */
export interface DownloadHooks {
  /** Downloads `url` to a local file and returns its path. */
  download(url: string): Promise<string>;
  /** Extracts a .tar.gz and returns the directory. */
  extract(archive: string): Promise<string>;
  /** Optionally caches the directory (tool-cache) and returns the cached directory. */
  cache?(dir: string, tool: string, version: string): Promise<string>;
  /** A directory cached before for this tool and version (tool-cache's find), if any. */
  find?(tool: string, version: string): string | undefined;
}

/** Where `which` would find `name`, without a shell. */
export function findOnPath(name: string, envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** The version a binary reports, read as the manifest says; undefined when it does not run. */
export async function toolVersion(tool: ToolName, bin: string): Promise<string | undefined> {
  try {
    const r = await runProcess(bin, TOOLS[tool].versionArgs, { timeoutMs: 20_000 });
    if (r.code !== 0) return undefined;
    return TOOLS[tool].parseVersion(r.stdout.toString('utf8'));
  } catch {
    return undefined;
  }
}

const bare = (v: string) => v.trim().replace(/^v/, '');

/** `v5.5.0` and `5.5.0` are the same release. */
export function sameVersion(a: string, b: string): boolean {
  return bare(a) === bare(b);
}

export interface InstalledTool {
  tool: ToolName;
  path: string;
  /** As the binary reports it. */
  version: string;
  source: 'found' | 'cache' | 'download';
}

/**
 * Downloads the archive and verifies it (fails closed: no digest, no install), then returns the
 * directory holding the binary. A zip is read in-process, so only the binary is ever written.
 */
export async function downloadVerified(asset: ReleaseAsset, hooks: DownloadHooks, workDir?: string): Promise<string> {
  const what = `${asset.tool} ${asset.version} (${asset.fileName}, ${asset.platform})`;
  let expected = asset.sha256;
  if (!expected && asset.sha256SumsUrl) {
    const sums = parseSha256Sums(await readFile(await hooks.download(asset.sha256SumsUrl), 'utf8'));
    expected = sums.get(asset.fileName);
    if (!expected) throw new Error(`no SHA-256 published for ${what} in ${asset.sha256SumsUrl}; refusing to use it`);
  }
  if (!expected) throw new Error(`no pinned SHA-256 for ${what}; refusing to download an unverified binary`);
  const archive = await hooks.download(asset.url);
  await verifySha256(archive, expected, what);
  if (asset.archive === 'tar.gz') return hooks.extract(archive);
  const binary = await readZipEntry(archive, asset.binary);
  const dir = path.join(workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'portarium-tool-'))), `${asset.tool}-${asset.version}`);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, asset.binary);
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, binary, { mode: 0o755 });
  await chmod(tmp, 0o755);
  await rename(tmp, target);
  return dir;
}

export interface InstallToolOptions {
  version?: string;
  /** Binaries to try before downloading (a tools dir, PATH); the first at the pinned version wins. */
  candidates?: Array<string | undefined>;
  /** Where a zip's binary is written before it is cached. */
  workDir?: string;
  platform?: { os: string; arch: string };
  log?: (line: string) => void;
}

/**
 * The tool at exactly the requested (default: pinned) version: one already present, one cached,
 * or a download verified against the manifest. Logs which and the exact version.
 */
export async function installTool(tool: ToolName, hooks: DownloadHooks, opts: InstallToolOptions = {}): Promise<InstalledTool> {
  const spec = TOOLS[tool];
  const version = opts.version ?? spec.defaultVersion;
  const go = opts.platform ?? goPlatform();
  const asset = releaseAsset(tool, version, go);
  const done = (p: string, v: string, source: InstalledTool['source']): InstalledTool => {
    opts.log?.(`${tool} ${v} (${source === 'found' ? 'found' : source === 'cache' ? 'tool cache' : `downloaded, sha256 verified`}: ${p})`);
    return { tool, path: p, version: v, source };
  };
  const candidates = opts.candidates ?? [findOnPath(asset.binary)];
  for (const bin of candidates) {
    if (!bin || (path.isAbsolute(bin) && !existsSync(bin))) continue;
    const v = await toolVersion(tool, bin);
    if (v && sameVersion(v, version)) return done(bin, v, 'found');
  }
  const cached = hooks.find?.(tool, bare(version));
  if (cached) {
    const bin = path.join(cached, asset.binary);
    const v = existsSync(bin) ? await toolVersion(tool, bin) : undefined;
    if (v) return done(bin, v, 'cache');
  }
  let dir = await downloadVerified(asset, hooks, opts.workDir);
  if (hooks.cache) dir = await hooks.cache(dir, tool, bare(version));
  const bin = path.join(dir, asset.binary);
  const v = await toolVersion(tool, bin);
  if (!v) throw new Error(`downloaded ${tool} ${version} at ${bin} does not run`);
  return done(bin, v, 'download');
}
