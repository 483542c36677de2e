/**
 * A tokenizer for HCL native syntax that produces the same token boundaries and types as
 * hclsyntax's scanner (scan_tokens.rl): string templates split at `$`/`%`, `${`/`%{` sequences
 * and the brace stack that ends them, heredocs with their closing-marker rule, comments that
 * include their newline, `::`. Operators other than `=` and `:` share the type Punct; the gate
 * and the formatter tell them apart by their text.
 *
 * The syntax gate (gate.ts) and the formatter (hclwrite.ts) both work on these tokens. Malformed
 * input yields `Invalid` / `QuotedNewline` tokens, which the gate reports; it never throws.
 *
 * Tokens are stored column-wise (typed arrays) so a 20 MB file costs a few bytes per token.
 */

export const T = {
  EOF: 0,
  Newline: 1,
  Comment: 2,
  Ident: 3,
  Number: 4,
  OQuote: 5,
  CQuote: 6,
  QuotedLit: 7,
  QuotedNewline: 8,
  TemplateInterp: 9,
  TemplateControl: 10,
  TemplateSeqEnd: 11,
  OHeredoc: 12,
  CHeredoc: 13,
  StringLit: 14,
  OBrace: 15,
  CBrace: 16,
  OParen: 17,
  CParen: 18,
  OBrack: 19,
  CBrack: 20,
  Equal: 21,
  Colon: 22,
  DoubleColon: 23,
  /** Any other operator or punctuation (`.`, `,`, `==`, `...`, `=>`, ...). */
  Punct: 24,
  Invalid: 25,
} as const;

export type TokenType = (typeof T)[keyof typeof T];

export interface Tokens {
  readonly count: number;
  /** Token types, one of T. */
  readonly type: Uint8Array;
  /** UTF-16 offsets into the source string. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
}

const MODE_MAIN = 0;
const MODE_STRING = 1;
const MODE_HEREDOC = 2;

interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const HEREDOC_START = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;

// Characters that are a token by themselves: [ ] ( ) { } . , * / % + - = < > ! ? : & | ~ ^ ; ` '
function isSelfToken(c: number): boolean {
  switch (c) {
    case 0x5b: case 0x5d: case 0x28: case 0x29: case 0x7b: case 0x7d: case 0x2e: case 0x2c: case 0x2a: case 0x2f:
    case 0x25: case 0x2b: case 0x2d: case 0x3d: case 0x3c: case 0x3e: case 0x21: case 0x3f: case 0x3a: case 0x26:
    case 0x7c: case 0x7e: case 0x5e: case 0x3b: case 0x60: case 0x27:
      return true;
    default:
      return false;
  }
}

/**
 * What a Punct token is. The parser (gate.ts) and the formatter (hclwrite.ts) group operators
 * differently, so each maps these through its own `punctTable`.
 */
export const P = {
  /** `&` `|` `~` `^` `;` backtick, apostrophe: accepted by the scanner, not operators of HCL. */
  Bad: 0,
  Dot: 1,
  Comma: 2,
  Ellipsis: 3,
  Question: 4,
  Star: 5,
  Minus: 6,
  Bang: 7,
  Plus: 8,
  Slash: 9,
  Percent: 10,
  Less: 11,
  Greater: 12,
  /** `==` `!=` `<=` `>=` */
  Comparison: 13,
  /** `&&` `||` */
  Logic: 14,
  /** `=>` */
  FatArrow: 15,
} as const;

export type PunctName = keyof typeof P;

const SINGLE_PUNCT = new Uint8Array(128);
for (const [ch, p] of [['.', P.Dot], [',', P.Comma], ['?', P.Question], ['*', P.Star], ['-', P.Minus], ['!', P.Bang], ['+', P.Plus], ['/', P.Slash], ['%', P.Percent], ['<', P.Less], ['>', P.Greater]] as const) {
  SINGLE_PUNCT[ch.charCodeAt(0)] = p;
}

// The token type of each one-character token; what is not a bracket, `=` or `:` is a Punct.
const SELF_TYPE = new Uint8Array(128).fill(T.Punct);
for (const [ch, t] of [['(', T.OParen], [')', T.CParen], ['[', T.OBrack], [']', T.CBrack], ['=', T.Equal], [':', T.Colon]] as const) SELF_TYPE[ch.charCodeAt(0)] = t;

/** `c` is one of isSelfToken's characters, all ASCII. */
function selfTokenType(c: number): TokenType {
  return SELF_TYPE[c] as TokenType;
}

/** The P of the Punct token src[s, e). */
export function punctOf(src: string, s: number, e: number): number {
  const c = src.charCodeAt(s);
  if (e - s === 1) return c < 128 ? SINGLE_PUNCT[c]! : P.Bad;
  if (c === 0x2e) return P.Ellipsis;
  if (c === 0x26 || c === 0x7c) return P.Logic;
  return c === 0x3d && src.charCodeAt(s + 1) === 0x3e ? P.FatArrow : P.Comparison;
}

/** A lookup from P to a module's own kinds, every P given one. */
export function punctTable(kinds: Record<PunctName, number>): Uint8Array {
  const out = new Uint8Array(Object.keys(P).length);
  for (const [name, p] of Object.entries(P)) out[p] = kinds[name as PunctName];
  return out;
}

/** == != >= <= && || => */
function isTwoCharOp(c: number, d: number): boolean {
  if (d === 0x3d) return c === 0x3d || c === 0x21 || c === 0x3e || c === 0x3c;
  if (c === 0x26) return d === 0x26;
  if (c === 0x7c) return d === 0x7c;
  return c === 0x3d && d === 0x3e;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

class Accumulator {
  count = 0;
  type: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
  }

  push(t: TokenType, s: number, e: number): void {
    if (this.count === this.type.length) this.grow();
    this.type[this.count] = t;
    this.start[this.count] = s;
    this.end[this.count] = e;
    this.count++;
  }

  private grow(): void {
    const n = this.type.length * 2;
    const type = new Uint8Array(n);
    type.set(this.type);
    const start = new Uint32Array(n);
    start.set(this.start);
    const end = new Uint32Array(n);
    end.set(this.end);
    this.type = type;
    this.start = start;
    this.end = end;
  }

  finish(): Tokens {
    return { count: this.count, type: this.type, start: this.start, end: this.end };
  }
}

/** Offset where tokens begin: hclsyntax skips a leading UTF-8 byte order mark. */
export function contentStart(src: string): number {
  return src.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function lex(src: string): Tokens {
  // Typical configuration has a token every 4-5 characters; the arrays grow when needed.
  const out = new Accumulator(Math.max(64, (src.length >> 2) + 16));
  const n = src.length;
  let p = contentStart(src);
  const modes: number[] = [MODE_MAIN];
  const heredocs: Heredoc[] = [];
  let braces = 0;
  const retBraces: number[] = [];

  const enterSequence = (t: TokenType, len: number): void => {
    out.push(t, p, p + len);
    p += len;
    braces++;
    retBraces.push(braces);
    if (heredocs.length > 0) heredocs[heredocs.length - 1]!.startOfLine = false;
    modes.push(MODE_MAIN);
  };

  /** `${`, `${~`, `%{`, `%{~` at p, or 0. */
  const sequenceLength = (): number => {
    if (src.charCodeAt(p + 1) !== 0x7b) return 0;
    return src.charCodeAt(p + 2) === 0x7e ? 3 : 2;
  };

  while (p < n) {
    const mode = modes[modes.length - 1]!;
    const c = src.charCodeAt(p);

    if (mode === MODE_STRING) {
      if ((c === 0x24 || c === 0x25) && sequenceLength() > 0) {
        enterSequence(c === 0x24 ? T.TemplateInterp : T.TemplateControl, sequenceLength());
        continue;
      }
      if (c === 0x22) {
        out.push(T.CQuote, p, p + 1);
        p++;
        modes.pop();
        continue;
      }
      if (c === 0x0a || c === 0x0d) {
        const s = p;
        while (p < n && (src.charCodeAt(p) === 0x0a || src.charCodeAt(p) === 0x0d)) p++;
        out.push(T.QuotedNewline, s, p);
        continue;
      }
      if (c === 0x24 || c === 0x25) {
        // `$${` / `%%{` (an escaped sequence introducer, optionally with `~`) is one literal
        // token; any other lone `$` or `%` is a literal token by itself.
        let len = 1;
        if (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 0x7b) len = src.charCodeAt(p + 3) === 0x7e ? 4 : 3;
        out.push(T.QuotedLit, p, p + len);
        p += len;
        continue;
      }
      const s = p;
      while (p < n) {
        const d = src.charCodeAt(p);
        if (d === 0x5c) {
          const e = src.charCodeAt(p + 1);
          if (p + 1 >= n || e === 0x0a || e === 0x0d) break;
          p += isSurrogatePair(src, p + 1) ? 3 : 2;
          continue;
        }
        if (d === 0x24 || d === 0x25 || d === 0x22 || d === 0x0a || d === 0x0d) break;
        p++;
      }
      if (p > s) out.push(T.QuotedLit, s, p);
      else {
        out.push(T.Invalid, p, p + 1);
        p++;
      }
      continue;
    }

    if (mode === MODE_HEREDOC) {
      const doc = heredocs[heredocs.length - 1]!;
      if ((c === 0x24 || c === 0x25) && sequenceLength() > 0) {
        enterSequence(c === 0x24 ? T.TemplateInterp : T.TemplateControl, sequenceLength());
        continue;
      }
      if (doc.startOfLine) {
        const nl = src.indexOf('\n', p);
        if (nl >= 0) {
          const line = src.slice(p, nl);
          if (line.indexOf('$') < 0 && line.indexOf('%') < 0 && goTrimSpace(line) === doc.marker) {
            const markerEnd = line.endsWith('\r') ? nl - 1 : nl;
            out.push(T.CHeredoc, p, markerEnd);
            out.push(T.Newline, markerEnd, nl + 1);
            p = nl + 1;
            heredocs.pop();
            modes.pop();
            continue;
          }
        }
      }
      const s = p;
      if (c === 0x24 || c === 0x25) {
        p += src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 0x7b ? (src.charCodeAt(p + 3) === 0x7e ? 4 : 3) : 1;
        doc.startOfLine = false;
        out.push(T.StringLit, s, p);
        continue;
      }
      while (p < n) {
        const d = src.charCodeAt(p);
        if (d === 0x24 || d === 0x25 || d === 0x0a) break;
        p++;
      }
      if (p < n && src.charCodeAt(p) === 0x0a) {
        p++;
        doc.startOfLine = true;
      } else {
        doc.startOfLine = false;
      }
      out.push(T.StringLit, s, p);
      continue;
    }

    // MODE_MAIN
    if (isSpace(c)) {
      p++;
      continue;
    }
    if (c === 0x0a) {
      out.push(T.Newline, p, p + 1);
      p++;
      continue;
    }
    if (c === 0x0d && src.charCodeAt(p + 1) === 0x0a) {
      out.push(T.Newline, p, p + 2);
      p += 2;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      // digit (digit | '.' | [eE][+-]?digit)*, as NUMBER; written out because it is hot.
      let e = p + 1;
      for (;;) {
        const d = src.charCodeAt(e);
        if ((d >= 0x30 && d <= 0x39) || d === 0x2e) e++;
        else if (d === 0x65 || d === 0x45) {
          const f = src.charCodeAt(e + 1);
          if (f >= 0x30 && f <= 0x39) e += 2;
          else if ((f === 0x2b || f === 0x2d) && src.charCodeAt(e + 2) >= 0x30 && src.charCodeAt(e + 2) <= 0x39) e += 3;
          else break;
        } else break;
      }
      while (src.charCodeAt(e - 1) === 0x2e) e--; // a number never ends with "."
      out.push(T.Number, p, e);
      p = e;
      continue;
    }
    if (c === 0x23 || (c === 0x2f && src.charCodeAt(p + 1) === 0x2f)) {
      const nl = src.indexOf('\n', p);
      const e = nl < 0 ? n : nl + 1;
      out.push(T.Comment, p, e);
      p = e;
      continue;
    }
    if (c === 0x2f && src.charCodeAt(p + 1) === 0x2a) {
      const close = src.indexOf('*/', p + 2);
      if (close >= 0) {
        out.push(T.Comment, p, close + 2);
        p = close + 2;
        continue;
      }
    }
    if (c === 0x22) {
      out.push(T.OQuote, p, p + 1);
      p++;
      modes.push(MODE_STRING);
      continue;
    }
    if (c === 0x3c && src.charCodeAt(p + 1) === 0x3c) {
      HEREDOC_START.lastIndex = p;
      const m = HEREDOC_START.exec(src);
      if (m) {
        out.push(T.OHeredoc, p, HEREDOC_START.lastIndex);
        p = HEREDOC_START.lastIndex;
        heredocs.push({ marker: m[2]!, startOfLine: true });
        modes.push(MODE_HEREDOC);
        continue;
      }
    }
    if (c === 0x7b) {
      out.push(T.OBrace, p, p + 1);
      p++;
      braces++;
      continue;
    }
    if (c === 0x7d || (c === 0x7e && src.charCodeAt(p + 1) === 0x7d)) {
      const len = c === 0x7d ? 1 : 2;
      const closesSequence = retBraces.length > 0 && retBraces[retBraces.length - 1] === braces;
      out.push(closesSequence || len === 2 ? T.TemplateSeqEnd : T.CBrace, p, p + len);
      p += len;
      braces--;
      if (closesSequence) {
        retBraces.pop();
        if (modes.length > 1) modes.pop();
      }
      continue;
    }
    if (c === 0x2e && src.startsWith('...', p)) {
      out.push(T.Punct, p, p + 3);
      p += 3;
      continue;
    }
    if (c === 0x3a && src.charCodeAt(p + 1) === 0x3a) {
      out.push(T.DoubleColon, p, p + 2);
      p += 2;
      continue;
    }
    if (isTwoCharOp(c, src.charCodeAt(p + 1))) {
      out.push(T.Punct, p, p + 2);
      p += 2;
      continue;
    }
    if (isSelfToken(c)) {
      out.push(selfTokenType(c), p, p + 1);
      p++;
      continue;
    }
    if (c === 0x5f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      // ASCII identifiers without the Unicode regular expression; it takes over at the first
      // non-ASCII character.
      let e = p + 1;
      for (;;) {
        const d = src.charCodeAt(e);
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x39) || d === 0x5f || d === 0x2d) e++;
        else break;
      }
      if (!(src.charCodeAt(e) >= 0x80)) {
        out.push(T.Ident, p, e);
        p = e;
        continue;
      }
    }
    if (c === 0x5f || c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      IDENT.lastIndex = p;
      if (IDENT.exec(src)) {
        out.push(T.Ident, p, IDENT.lastIndex);
        p = IDENT.lastIndex;
        continue;
      }
    }
    const len = isSurrogatePair(src, p) ? 2 : 1;
    out.push(T.Invalid, p, p + len);
    p += len;
  }
  out.push(T.EOF, n, n);
  return out.finish();
}

/** A character outside the BMP starts at i; a lone surrogate (only from a caller's string, never from UTF-8) is one unit. */
function isSurrogatePair(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  const d = src.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/** Go's bytes.TrimSpace: strips Unicode White_Space (not U+FEFF, unlike JS trim) from both ends. */
function goTrimSpace(s: string): string {
  return s.replace(GO_TRIM, '');
}

/** Token text, for tests and diagnostics. */
export function tokenText(src: string, toks: Tokens, i: number): string {
  return src.slice(toks.start[i], toks.end[i]);
}

/** `#` and `//` comments end the line they are on (they include its newline). */
export function isLineComment(src: string, toks: Tokens, i: number): boolean {
  const c = src.charCodeAt(toks.start[i]!);
  return c === 0x23 || src.charCodeAt(toks.start[i]! + 1) === 0x2f;
}
