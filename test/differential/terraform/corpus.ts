import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const toolsBin = path.join(process.env.PORTARIUM_TOOLS_DIR ?? path.join(os.homedir(), '.cache/portarium-infra/tools'), 'bin');
export const requireTools = process.env.PORTARIUM_REQUIRE_TOOLS === '1';

export function tool(name: string): string | undefined {
  const p = path.join(toolsBin, name);
  if (existsSync(p)) return p;
  if (requireTools) throw new Error(`${name} is required (PORTARIUM_REQUIRE_TOOLS=1) but missing from ${toolsBin}; run scripts/tools/install-terraform.sh`);
  return undefined;
}

export interface CorpusFile {
  path: string;
  from: string;
  mutations?: string[];
}

/** Builds (or reuses) the cached corpus with scripts/bench/terraform-corpus.mjs. */
export function corpus(): { dir: string; files: CorpusFile[] } | undefined {
  const dir = path.join(process.env.PORTARIUM_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'portarium-infra'), 'terraform-corpus');
  const res = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench/terraform-corpus.mjs'), '--out', dir], { encoding: 'utf8' });
  if (res.status !== 0) {
    if (requireTools) throw new Error(`building the terraform corpus failed: ${res.stderr}`);
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: CorpusFile[] };
  return { dir, files: manifest.files };
}

/**
 * Copies the corpus into `dest` with every file named `<index>.tf`: terraform v1.5.7 only formats
 * .tf/.tfvars in directories, and the formatting of a file does not depend on its extension.
 */
export function flatCopy(dir: string, files: readonly CorpusFile[], dest: string): string[] {
  mkdirSync(dest, { recursive: true });
  return files.map((f, i) => {
    const name = `${String(i).padStart(5, '0')}.tf`;
    cpSync(path.join(dir, f.path), path.join(dest, name));
    return name;
  });
}

/** Runs `<bin> fmt -write` over a directory; returns the set of file names it reported errors for. */
export function fmtWriteDir(bin: string, dest: string): { errored: Set<string>; code: number | null; stderr: string } {
  const res = spawnSync(bin, ['fmt', '-no-color', '-write=true', '-list=false', '-recursive', dest], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '' },
  });
  const errored = new Set<string>();
  for (const m of res.stderr.matchAll(/^\s*on (\S+) line \d+/gm)) errored.add(path.basename(m[1]!));
  return { errored, code: res.status, stderr: res.stderr };
}
