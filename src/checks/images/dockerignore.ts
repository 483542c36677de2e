// .dockerignore / .containerignore as buildah reads them, so the build-input fingerprint hashes
// exactly the files a build can see. The rules are Docker's: one pattern a line, `#` comments,
// `!` re-includes, patterns are cleaned and anchored at the context root (no basename matching),
// `*` and `?` stop at `/`, `**` crosses directories, a pattern that matches a directory excludes
// everything below it, and the last matching pattern wins.
//
// Mistakes here only matter in one direction: excluding a file the builder does see would let a
// change to it go unnoticed. So a pattern this reader cannot compile excludes nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface IgnorePattern {
  /** The cleaned pattern, without `!`. */
  pattern: string;
  exclusion: boolean;
  regex: RegExp | undefined;
}

export interface IgnoreFile {
  /** `.containerignore` or `.dockerignore`; undefined when the context has neither. */
  file?: string;
  /** The file's bytes as text, part of the fingerprint. */
  text: string;
  patterns: IgnorePattern[];
}

/** buildah reads `.containerignore` and, when there is none, `.dockerignore` in the context root. */
export async function readIgnoreFile(contextDir: string): Promise<IgnoreFile> {
  for (const name of ['.containerignore', '.dockerignore']) {
    let text: string;
    try {
      text = await readFile(path.join(contextDir, name), 'utf8');
    } catch {
      continue;
    }
    return { file: name, text, patterns: parseIgnore(text) };
  }
  return { text: '', patterns: [] };
}

export function parseIgnore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    let pattern = path.posix.normalize(line);
    // Docker strips one leading slash after cleaning: `/foo` and `foo` are the same pattern.
    while (pattern.startsWith('/')) pattern = pattern.slice(1);
    if (pattern.endsWith('/') && pattern.length > 1) pattern = pattern.slice(0, -1);
    if (pattern === '' || pattern === '.') continue;
    out.push({ pattern, exclusion, regex: compile(pattern) });
  }
  return out;
}

/** Docker's pattern syntax as a RegExp; undefined when the pattern is not valid. */
function compile(pattern: string): RegExp | undefined {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        // `**` at the end matches everything; elsewhere any number of directories, even none.
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '\\') {
      i++;
      if (i >= pattern.length) return undefined;
      re += escapeRe(pattern[i]!);
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return undefined;
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^') || cls.startsWith('!')) cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
      else cls = cls.replace(/\\/g, '\\\\');
      re += `[${cls}]`;
      i = end;
    } else {
      re += escapeRe(ch);
    }
  }
  re += '$';
  try {
    return new RegExp(re, 's');
  } catch {
    return undefined;
  }
}

function escapeRe(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Whether a context-relative path (`/`-separated, no leading `./`) is excluded: each pattern is
 * tried against the path and each of its parent directories, and the last one that matches decides.
 */
export function isIgnored(rel: string, patterns: readonly IgnorePattern[]): boolean {
  if (patterns.length === 0) return false;
  const parts = rel.split('/');
  const prefixes: string[] = [];
  for (let i = 1; i < parts.length; i++) prefixes.push(parts.slice(0, i).join('/'));
  let ignored = false;
  for (const p of patterns) {
    if (!p.regex) continue;
    const hit = p.regex.test(rel) || prefixes.some((d) => p.regex!.test(d));
    if (hit) ignored = !p.exclusion;
  }
  return ignored;
}
