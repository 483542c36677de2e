/**
 * Glob patterns for include/exclude, matched against POSIX paths relative to the root:
 * `**` spans directories, `*` and `?` stay within one segment, `[abc]`, `{a,b}`. A pattern
 * without a `/` also matches the file's base name at any depth (`*.tfvars`), and a pattern that
 * matches a directory matches everything below it (`modules/legacy`).
 */
export type PathMatcher = (relPath: string) => boolean;

export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const regexes = patterns.map((p) => p.trim()).filter((p) => p !== '').map(globToRegExp);
  const baseNameOnly = patterns.map((p) => !p.includes('/'));
  return (rel: string) => {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return regexes.some((re, i) => re.test(rel) || (baseNameOnly[i] === true && re.test(base)));
  };
}

export function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/^\.\//, '');
  if (p.endsWith('/')) p = p.slice(0, -1);
  return new RegExp(`^${globBody(p)}(?:/.*)?$`);
}

function globBody(p: string): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole directories; a trailing `**` anything below.
          if (i + 2 === p.length) re += '.*';
          else re += '(?:[^/]*(?:/[^/]*)*/)?';
          i += i + 2 === p.length ? 1 : 2;
          continue;
        }
        re += '[^/]*';
        i++;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = p.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = p.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${p
          .slice(i + 1, close)
          .split(',')
          .map(globBody)
          .join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return re;
}
