/**
 * Finding compose projects under a directory, by compose's own file names (compose-go
 * `cli.DefaultFileNames` / `DefaultOverrideFileNames`) plus variant files `compose.<x>.yaml`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** In compose's order of preference. */
export const PRIMARY_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const VARIANT = /^(docker-)?compose\.(.+)\.ya?ml$/;

export interface DiscoveredProject {
  /** Absolute paths in `-f` order. */
  files: string[];
  /** `primary` for primary(+override), `variant` for primary(+override)+variant or a lone variant. */
  kind: 'primary' | 'variant';
}

const SKIP_DIRS = new Set(['node_modules']);

export function discoverProjects(root: string): DiscoveredProject[] {
  const out: DiscoveredProject[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    const primary = PRIMARY_NAMES.find((n) => files.has(n));
    const override = OVERRIDE_NAMES.find((n) => files.has(n));
    const base = primary ? [path.join(dir, primary), ...(override ? [path.join(dir, override)] : [])] : [];
    if (primary) out.push({ files: base, kind: 'primary' });
    const variants = [...files]
      .filter((n) => VARIANT.test(n) && !OVERRIDE_NAMES.includes(n) && !PRIMARY_NAMES.includes(n))
      .sort();
    for (const v of variants) out.push({ files: [...base, path.join(dir, v)], kind: 'variant' });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isDirectory() || e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      walk(path.join(dir, e.name));
    }
  };
  walk(root);
  return out;
}
