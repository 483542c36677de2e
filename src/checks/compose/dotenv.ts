/**
 * `.env` parsing as compose does it, ported from compose-go `dotenv/parser.go` (Apache-2.0):
 * `KEY=VAL`, `KEY: VAL`, `export KEY=VAL`, single quotes (literal), double quotes (escapes, then
 * interpolation), unquoted values (inline ` #` comments stripped, then interpolation), a bare `KEY`
 * line inheriting from the lookup, comments, a leading BOM.
 */
import { substitute, type Mapping } from './template.js';

export interface DotenvEntry {
  key: string;
  value: string;
  /** 1-based line where the key is written. */
  line: number;
}

export class DotenvError extends Error {
  constructor(
    message: string,
    public line: number,
  ) {
    super(message);
  }
}

const EXPORT = /^export\s+/;
const ESCAPES = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;

const isSpace = (c: string): boolean => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c: string): boolean => /\s/u.test(c) || c === '\u0085';
const isLetterOrNumber = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/**
 * Parses dotenv text. `lookup` resolves variables used in values and bare keys (compose passes the
 * process environment); variables defined earlier in the same text are visible too.
 */
export function parseDotenv(src: string, lookup: Mapping = () => undefined): DotenvEntry[] {
  if (src.startsWith('\uFEFF')) src = src.slice(1);
  const out = new Map<string, DotenvEntry>();
  const values = (k: string): string | undefined => lookup(k) ?? out.get(k)?.value;
  let line = 1;
  let pos = 0;
  const n = src.length;

  const skipToStatement = (): boolean => {
    for (;;) {
      while (pos < n && isUnicodeSpace(src[pos]!)) {
        if (src[pos] === '\n') line++;
        pos++;
      }
      if (pos >= n) return false;
      if (src[pos] !== '#') return true;
      const nl = src.indexOf('\n', pos);
      if (nl < 0) {
        pos = n;
        return false;
      }
      pos = nl;
    }
  };

  while (skipToStatement()) {
    let rest = src.slice(pos);
    const keyLine = line;
    if (EXPORT.test(rest)) {
      // compose trims "export" then any spaces (not newlines)
      let k = 'export'.length;
      while (k < rest.length && isSpace(rest[k]!)) k++;
      pos += k;
      rest = src.slice(pos);
    }
    let key = '';
    let offset = -1;
    let inherited = false;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]!;
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        key = rest.slice(0, i);
        offset = i + 1;
        inherited = c === '\n';
        break;
      }
      if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']') continue;
      if (isLetterOrNumber(c)) continue;
      throw new DotenvError(`line ${line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(rest.split('\n')[0])}`, line);
    }
    if (offset < 0) {
      // a key at the end of the text with no `=`: compose treats the rest as the key name
      key = rest;
      offset = rest.length;
      inherited = true;
    }
    if (inherited && !key.includes(' ')) line++;
    key = key.replace(/\s+$/u, '');
    pos += offset;
    while (pos < n && isSpace(src[pos]!)) pos++;
    if (key.includes(' ')) throw new DotenvError(`line ${line}: key cannot contain a space`, line);

    if (inherited) {
      const v = lookup(key);
      if (v !== undefined) out.set(key, { key, value: v, line: keyLine });
      continue;
    }

    const q = src[pos];
    if (q !== '"' && q !== "'") {
      const nl = src.indexOf('\n', pos);
      let value = nl < 0 ? src.slice(pos) : src.slice(pos, nl);
      pos = nl < 0 ? n : nl + 1;
      line++;
      const hash = value.indexOf(' #');
      if (hash >= 0) value = value.slice(0, hash);
      value = value.replace(/\s+$/u, '');
      out.set(key, { key, value: expand(value, values, line - 1), line: keyLine });
      continue;
    }

    let escaped = false;
    let chars = '';
    let closed = false;
    for (let i = pos + 1; i < n; i++) {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c !== q) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
        }
        chars += c;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        continue;
      }
      let value = chars;
      if (q === '"') value = expand(expandEscapes(value), values, line);
      out.set(key, { key, value, line: keyLine });
      pos = i + 1;
      closed = true;
      break;
    }
    if (!closed) {
      const nl = src.indexOf('\n', pos);
      // compose counts to the end of the text; the line where the quote opens is the one to fix
      throw new DotenvError(`line ${keyLine}: unterminated quoted value ${nl < 0 ? src.slice(pos) : src.slice(pos, nl)}`, keyLine);
    }
  }
  return [...out.values()];
}

function expand(value: string, lookup: Mapping, line: number): string {
  try {
    return substitute(value, lookup);
  } catch (e) {
    throw new DotenvError(`line ${line}: ${(e as Error).message}`, line);
  }
}

function expandEscapes(s: string): string {
  return s.replace(ESCAPES, (m) => {
    if (m === '\\$') return '$$';
    switch (m[1]) {
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'c':
        return m; // Go's UnquoteChar rejects \c: kept as written
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return '\v';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '0': {
        // `\0123` is the octal escape `\123`; Go needs exactly three octal digits
        const digits = m.slice(2);
        if (digits.length === 3 && /^[0-7]{3}$/.test(digits)) {
          const v = parseInt(digits, 8);
          return v <= 255 ? String.fromCharCode(v) : m;
        }
        return m;
      }
      default:
        return m;
    }
  });
}
