/**
 * Finds compose variable references the way compose-go's pattern does
 * (`\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?]([^\n]*))?)\}|()))`, case-insensitive),
 * in linear time. A backtracking regex engine runs `[^\n]*` to the end of the line and back for every
 * `${NAME:-` that has no closing brace after it, which made a long hostile line quadratic (a 36 KB
 * value took 4 s); here the last `}` of each line is looked up instead.
 */

export interface Reference {
  /** Offset just past the reference. */
  end: number;
  /** `$$`: the literal dollar. */
  escaped?: string;
  /** `$NAME`. */
  named?: string;
  /** The text between `${` and `}` (`NAME` or `NAME<op>arg`); undefined for a bare `${`. */
  braced?: string;
}

const isStart = (c: number): boolean => c === 0x5f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isPart = (c: number): boolean => isStart(c) || (c >= 0x30 && c <= 0x39);
const isOp = (c: number): boolean => c === 0x2d || c === 0x2b || c === 0x3f; // - + ?

/** Last `}` of each line, computed once per text when a `${NAME<op>` first needs it. */
class LineBraces {
  private lastBrace?: Int32Array;
  private lineOf?: Int32Array;

  constructor(private readonly s: string) {}

  /** Offset of the last `}` at or after `from` on the same line, or -1. */
  lastOnLine(from: number): number {
    if (!this.lastBrace) this.index();
    if (from >= this.s.length) return -1;
    const last = this.lastBrace![this.lineOf![from]!]!;
    return last >= from ? last : -1;
  }

  private index(): void {
    const s = this.s;
    const lineOf = new Int32Array(s.length);
    const last: number[] = [];
    let line = 0;
    let brace = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      lineOf[i] = line;
      if (c === 0x7d) brace = i;
      else if (c === 0x0a) {
        last.push(brace);
        brace = -1;
        line++;
      }
    }
    last.push(brace);
    this.lineOf = lineOf;
    this.lastBrace = Int32Array.from(last);
  }
}

function matchAt(s: string, i: number, braces: LineBraces): Reference | undefined {
  if (s.charCodeAt(i) !== 0x24) return undefined;
  const c = s.charCodeAt(i + 1);
  if (c === 0x24) return { end: i + 2, escaped: '$' };
  if (isStart(c)) {
    let j = i + 2;
    while (j < s.length && isPart(s.charCodeAt(j))) j++;
    return { end: j, named: s.slice(i + 1, j) };
  }
  if (c !== 0x7b) return undefined;
  const nameStart = i + 2;
  if (isStart(s.charCodeAt(nameStart))) {
    let j = nameStart + 1;
    while (j < s.length && isPart(s.charCodeAt(j))) j++;
    const d = s.charCodeAt(j);
    // A shorter name never helps: the character after it would be a name character, not `:`, an operator or `}`.
    const argFrom = d === 0x3a && isOp(s.charCodeAt(j + 1)) ? j + 2 : isOp(d) ? j + 1 : -1;
    if (argFrom >= 0) {
      const close = braces.lastOnLine(argFrom);
      if (close >= 0) return { end: close + 1, braced: s.slice(nameStart, close) };
    } else if (d === 0x7d) {
      return { end: j + 1, braced: s.slice(nameStart, j) };
    }
  }
  return { end: i + 2 };
}

/** The reference starting at offset 0 of `s`, if any (`s` starts with `$`). */
export function referenceAt(s: string): Reference | undefined {
  return matchAt(s, 0, new LineBraces(s));
}

/** Like `s.replace(pattern_g, fn)` with compose-go's pattern: every reference, left to right, replaced by `fn`'s result. */
export function replaceReferences(s: string, fn: (whole: string) => string): string {
  let i = s.indexOf('$');
  if (i < 0) return s;
  const braces = new LineBraces(s);
  let out = '';
  let copied = 0;
  while (i >= 0 && i < s.length) {
    const m = matchAt(s, i, braces);
    if (!m) {
      i = s.indexOf('$', i + 1);
      continue;
    }
    out += s.slice(copied, i) + fn(s.slice(i, m.end));
    copied = m.end;
    i = s.indexOf('$', m.end);
  }
  return out + s.slice(copied);
}
