import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { downloadVerified } from './install.js';
import { goPlatform, releaseAsset, TOOLS } from './manifest.js';

export { goPlatform } from './manifest.js';

/**
 * terraform / OpenTofu binaries for the `terraform` and `tofu` fmt engines: which version, and a
 * checksum-verified install from the official release zip (tools/manifest.ts). Downloading itself
 * is injected (`download(url) → local path`, e.g. @actions/tool-cache in src/github), so this
 * module stays free of @actions/* and is testable offline.
 */

export type TerraformKind = 'terraform' | 'tofu';

/** Releases known to exist (oldest first); a constraint picks the newest one that satisfies it. */
export const KNOWN_VERSIONS: Record<TerraformKind, readonly string[]> = {
  terraform: TOOLS.terraform.versions ?? [],
  tofu: TOOLS.tofu.versions ?? [],
};

export function defaultVersion(kind: TerraformKind): string {
  return TOOLS[kind].defaultVersion;
}

export interface ReleaseUrls {
  zipName: string;
  zipUrl: string;
  sumsUrl: string;
  binaryName: string;
}

export function releaseUrls(kind: TerraformKind, version: string, platform = goPlatform()): ReleaseUrls {
  const a = releaseAsset(kind, version, platform);
  return { zipName: a.fileName, zipUrl: a.url, sumsUrl: a.sha256SumsUrl ?? '', binaryName: a.binary };
}

// ---------------------------------------------------------------------------------------------
// Version constraints (the subset of terraform's syntax that required_version uses in practice)

type Triple = [number, number, number];

function parseVersion(v: string): { triple: Triple; parts: number } | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) return undefined;
  const parts = m[3] !== undefined ? 3 : m[2] !== undefined ? 2 : 1;
  return { triple: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts };
}

function cmp(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** `>= 1.5, < 2.0.0`, `~> 1.6`, `= 1.5.7`, `!= 1.6.0`, `1.5.7`. Throws on syntax it cannot read. */
export function satisfies(version: string, constraint: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  return constraint.split(',').every((raw) => {
    const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(raw);
    const c = m ? parseVersion(m[2]!) : undefined;
    if (!m || !c) throw new Error(`cannot read version constraint "${constraint}"`);
    const d = cmp(v.triple, c.triple);
    switch (m[1] ?? '=') {
      case '=':
        return d === 0;
      case '!=':
        return d !== 0;
      case '>':
        return d > 0;
      case '>=':
        return d >= 0;
      case '<':
        return d < 0;
      case '<=':
        return d <= 0;
      default: {
        // ~> pins every part but the last one given: ~> 1.6 means >= 1.6, < 2.0; ~> 1.6.2 means < 1.7.
        if (d < 0) return false;
        const upper: Triple = c.parts <= 2 ? [c.triple[0] + 1, 0, 0] : [c.triple[0], c.triple[1] + 1, 0];
        return c.parts === 1 || cmp(v.triple, upper) < 0;
      }
    }
  });
}

export function newestSatisfying(kind: TerraformKind, constraint: string): string | undefined {
  return [...KNOWN_VERSIONS[kind]].reverse().find((v) => satisfies(v, constraint));
}

export interface VersionChoice {
  version: string;
  /** Where it came from, for the log: "option", ".terraform-version", "required_version in main.tf", ... */
  source: string;
}

async function readText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** An exact version, `latest`, or a constraint: resolved against KNOWN_VERSIONS. */
function resolveSpec(kind: TerraformKind, spec: string, source: string): VersionChoice {
  const s = spec.trim();
  if (s === '' || s === 'latest') return { version: defaultVersion(kind), source };
  const exact = /^v?(\d+\.\d+\.\d+)$/.exec(s);
  if (exact) return { version: exact[1]!, source };
  const v = newestSatisfying(kind, s.replace(/^latest:/, ''));
  if (!v) throw new Error(`no known ${kind} version satisfies "${s}" (${source}); known: ${KNOWN_VERSIONS[kind].join(', ')}`);
  return { version: v, source };
}

/**
 * The version to install: the explicit option, then `.terraform-version` / `.opentofu-version`
 * (tfenv/tofuenv), then `.tool-versions` (asdf), then `required_version` in the root module,
 * then the newest known release. Pins win over constraints because they are more specific.
 */
export async function chooseVersion(kind: TerraformKind, root: string, requested?: string): Promise<VersionChoice> {
  if (requested && requested.trim() !== '') return resolveSpec(kind, requested, 'option');
  const pinFile = kind === 'terraform' ? '.terraform-version' : '.opentofu-version';
  const pin = await readText(path.join(root, pinFile));
  const pinLine = pin?.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#'));
  if (pinLine) return resolveSpec(kind, pinLine, pinFile);
  const toolVersions = await readText(path.join(root, '.tool-versions'));
  if (toolVersions) {
    const names = kind === 'terraform' ? ['terraform'] : ['opentofu', 'tofu'];
    for (const line of toolVersions.split('\n')) {
      const [name, version] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (name && version && names.includes(name)) return resolveSpec(kind, version, '.tool-versions');
    }
  }
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const name of entries.filter((n) => n.endsWith('.tf') || n.endsWith('.tofu')).sort()) {
    const text = await readText(path.join(root, name));
    const m = text && /^\s*required_version\s*=\s*"([^"]+)"/m.exec(text);
    if (m) return resolveSpec(kind, m[1]!, `required_version in ${name}`);
  }
  return { version: defaultVersion(kind), source: 'default' };
}

// ---------------------------------------------------------------------------------------------
// Install

export interface InstallOptions {
  kind: TerraformKind;
  version: string;
  /** Downloads a URL to a local file and returns its path (tool-cache's downloadTool in actions). */
  download(url: string): Promise<string>;
  /** Directory that receives `<kind>-<version>/<binary>`. */
  destDir: string;
  platform?: { os: string; arch: string };
}

export interface InstalledBinary {
  kind: TerraformKind;
  version: string;
  path: string;
}

/**
 * Downloads the release zip and its SHA256SUMS, verifies the zip against it (fails closed: a
 * missing line is as fatal as a mismatch), and extracts only the binary.
 */
export async function installTerraform(opts: InstallOptions): Promise<InstalledBinary> {
  const asset = releaseAsset(opts.kind, opts.version, opts.platform);
  const refuse = () => Promise.reject(new Error(`${asset.fileName} is a zip; nothing to extract with tar`));
  const dir = await downloadVerified(asset, { download: opts.download, extract: refuse }, opts.destDir);
  return { kind: opts.kind, version: opts.version, path: path.join(dir, asset.binary) };
}
