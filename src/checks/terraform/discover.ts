import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import { isInside } from '../../path-guard.js';
import { compileGlobs } from './glob.js';

/** Extensions terraform fmt processes (suffix match, as in terraform's fmtSupportedExts). */
export const TERRAFORM_EXTENSIONS = ['.tf', '.tfvars', '.tftest.hcl', '.tfmock.hcl'] as const;
/** OpenTofu also formats its own file names. */
export const TOFU_EXTENSIONS = [...TERRAFORM_EXTENSIONS, '.tofu', '.tofutest.hcl'] as const;

export interface DiscoverOptions {
  root: string;
  /** Files or directories, relative to root or absolute inside it; default the root itself. */
  paths?: readonly string[] | undefined;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  /** When given, only these files (relative to root or absolute) are checked. */
  changedFiles?: readonly string[] | undefined;
  extensions?: readonly string[];
}

export interface TargetFile {
  /** Relative to root, POSIX separators. */
  rel: string;
  /** The path that is read and, in write mode, replaced (symlinks resolved). */
  real: string;
}

export interface SkippedFile {
  rel: string;
  reason: string;
}

export interface Discovery {
  root: string;
  files: TargetFile[];
  skipped: SkippedFile[];
}

/** configs.IsIgnoredFile: hidden names, editor backups (`x~`) and autosaves (`#x#`). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

export function hasSupportedExtension(name: string, extensions: readonly string[] = TERRAFORM_EXTENSIONS): boolean {
  return extensions.some((ext) => name.endsWith(ext));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The files `terraform fmt -recursive` would visit, narrowed by include/exclude/changedFiles. */
export async function discoverTerraformFiles(opts: DiscoverOptions): Promise<Discovery> {
  const root = path.resolve(opts.root);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) throw new UsageError(`terraform fmt: root "${opts.root}" is not a directory`);
  const realRoot = await realpath(root);
  const extensions = opts.extensions ?? TERRAFORM_EXTENSIONS;
  const include = opts.include && opts.include.length > 0 ? compileGlobs(opts.include) : undefined;
  const exclude = opts.exclude && opts.exclude.length > 0 ? compileGlobs(opts.exclude) : undefined;
  const changed = opts.changedFiles ? new Set(opts.changedFiles.map((f) => toPosix(path.relative(root, path.resolve(root, f))))) : undefined;

  const files = new Map<string, TargetFile>();
  const skipped: SkippedFile[] = [];
  const wanted = (rel: string): boolean =>
    (!changed || changed.has(rel)) && (!include || include(rel)) && !(exclude && exclude(rel));

  const addFile = async (abs: string, rel: string, explicit: boolean, regular = false): Promise<void> => {
    if (files.has(rel) || !wanted(rel)) return;
    const name = path.basename(abs);
    if (!hasSupportedExtension(name, extensions)) {
      if (explicit) {
        skipped.push({ rel, reason: `only ${extensions.join(', ')} files can be processed with terraform fmt` });
      }
      return;
    }
    if (regular) {
      files.set(rel, { rel, real: abs });
      return;
    }
    const info = await lstat(abs);
    let real = abs;
    if (info.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => undefined);
      if (!target) {
        skipped.push({ rel, reason: 'broken symbolic link' });
        return;
      }
      if (!isInside(realRoot, target)) {
        skipped.push({ rel, reason: `symbolic link points outside the checked directory (to ${target}); not checked` });
        return;
      }
      real = target;
    }
    const targetInfo = real === abs ? info : await stat(real);
    if (!targetInfo.isFile()) {
      skipped.push({ rel, reason: 'not a regular file' });
      return;
    }
    files.set(rel, { rel, real });
  };

  const walk = async (dir: string, relDir: string): Promise<void> => {
    if (relDir !== '' && exclude?.(relDir)) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      skipped.push({ rel: relDir === '' ? '.' : relDir, reason: `cannot read directory: ${e.code ?? e.message}` });
      return [];
    });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      // dir is absolute and normalised, so plain concatenation is path.join (and much cheaper).
      const abs = `${dir}${path.sep}${entry.name}`;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      // Like terraform, symbolic links to directories are not followed.
      if (entry.isDirectory()) await walk(abs, rel);
      else if (entry.isFile() || entry.isSymbolicLink()) await addFile(abs, rel, false, entry.isFile());
      else if (hasSupportedExtension(entry.name, extensions) && wanted(rel)) skipped.push({ rel, reason: 'not a regular file' });
    }
  };

  for (const target of opts.paths && opts.paths.length > 0 ? opts.paths : ['.']) {
    const abs = path.resolve(root, target);
    if (!isInside(root, abs)) throw new UsageError(`terraform fmt: path "${target}" is outside the root "${opts.root}"`);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`terraform fmt: no file or directory at "${target}"`);
    const rel = toPosix(path.relative(root, abs));
    if (info.isDirectory()) await walk(abs, rel);
    else await addFile(abs, rel, true);
  }
  return { root, files: [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)), skipped };
}
