import { isLineComment, lex, T, type Tokens } from './lexer.js';

/**
 * The WebAssembly modules spend their time in hclsyntax's scanner, which walks every character of
 * every token (counting grapheme columns). Comment bodies and string literal text are most of a
 * file's characters, yet they rarely change what the gate or the formatter decides, so they are
 * shortened before the call wherever that is provably without effect.
 */

function hasBackslash(src: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (src.charCodeAt(k) === 0x5c) return true;
  return false;
}

function shortComment(src: string, s: number, e: number): string {
  const hash = src.charCodeAt(s) === 0x23;
  if (hash || src.charCodeAt(s + 1) === 0x2f) {
    const nl = src.charCodeAt(e - 1) === 0x0a ? (src.charCodeAt(e - 2) === 0x0d ? '\r\n' : '\n') : '';
    return (hash ? '#' : '//') + nl;
  }
  return '/**/';
}

/**
 * For the syntax gate: whether hclsyntax accepts a file does not depend on a comment's body, nor
 * on a string literal part without escapes (`\`) or template introducers (`$`, `%`). Only for
 * self-contained text (see Tokens.selfContained) without a byte order mark; positions change,
 * so diagnostics must come from the original text.
 */
export function reduceForGate(src: string, toks: Tokens): string | undefined {
  if (!toks.selfContained || src.charCodeAt(0) === 0xfeff) return undefined;
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < toks.count; i++) {
    const t = toks.type[i];
    if (t !== T.Comment && t !== T.QuotedLit) continue;
    const s = toks.start[i]!;
    const e = toks.end[i]!;
    let short: string | undefined;
    if (t === T.Comment) short = shortComment(src, s, e);
    else if (src.charCodeAt(s) !== 0x24 && src.charCodeAt(s) !== 0x25 && !hasBackslash(src, s, e)) short = 'x';
    if (short === undefined || e - s <= short.length) continue;
    parts.push(src.slice(pos, s), short);
    pos = e;
  }
  parts.push(src.slice(pos));
  return parts.join('');
}

export interface Shrunk {
  text: string;
  /** Token indexes (in the shrunk text) whose original text is in `originals`. */
  indexes: number[];
  originals: string[];
}

/**
 * For hclwrite.Format, which only ever changes the spaces between tokens: a token's own text
 * matters only through its width, and widths only count (a) before the `=` of a line that has
 * one (aligning `=`), and (b) on lines that end in a comment (aligning the comments). So comment
 * bodies that end a line and string literal parts elsewhere shrink; restoreShrunk puts them back
 * into the formatted text, token by token.
 */
export function shrinkForFormat(src: string, toks: Tokens): Shrunk {
  const { type, start, end } = toks;
  const parts: string[] = [];
  const indexes: number[] = [];
  const originals: string[] = [];
  let pos = 0;
  const shrink = (i: number, short: string): void => {
    const s = start[i]!;
    const e = end[i]!;
    if (e - s <= short.length) return;
    parts.push(src.slice(pos, s), short);
    pos = e;
    originals.push(src.slice(s, e));
    indexes.push(i);
  };
  let lineStart = 0;
  for (let i = 0; i < toks.count; i++) {
    const t = type[i]!;
    const endsLine = t === T.Newline || t === T.EOF || (t === T.Comment && src.charCodeAt(end[i]! - 1) === 0x0a);
    if (!endsLine) continue;
    // hclwrite's format line: [lineStart, last]; the EOF token belongs to none.
    const last = t === T.EOF ? i - 1 : i;
    const commentCell = last > lineStart && type[last] === T.Comment;
    let assignFrom = -1;
    for (let k = lineStart + 1; k <= last; k++) {
      if (type[k] !== T.Equal) continue;
      let net = 0;
      for (let j = k; j <= last; j++) net += bracketChange(type[j]!);
      if (net === 0) assignFrom = k;
      break;
    }
    // Widths used: the lead (before `=`) of a line with an assign cell, and everything before
    // the comment cell of a line that has one.
    const widthMatters = (k: number): boolean => (commentCell && k !== last) || (assignFrom >= 0 && k < assignFrom);
    for (let k = lineStart; k <= last; k++) {
      const tk = type[k]!;
      if (tk === T.Comment) {
        if (isLineComment(src, toks, k) || !widthMatters(k)) shrink(k, shortComment(src, start[k]!, end[k]!));
      } else if (tk === T.QuotedLit && !widthMatters(k)) {
        const c0 = src.charCodeAt(start[k]!);
        if (c0 !== 0x24 && c0 !== 0x25) shrink(k, 'x');
      }
    }
    lineStart = i + 1;
  }
  parts.push(src.slice(pos));
  return { text: parts.join(''), indexes, originals };
}

function bracketChange(t: number): number {
  if (t === T.OBrace || t === T.OBrack || t === T.OParen || t === T.TemplateControl || t === T.TemplateInterp) return 1;
  if (t === T.CBrace || t === T.CBrack || t === T.CParen || t === T.TemplateSeqEnd) return -1;
  return 0;
}

/** Puts the shortened tokens back into hclwrite's output (same tokens, new spacing). */
export function restoreShrunk(formatted: string, shrunk: Shrunk): string | undefined {
  if (shrunk.indexes.length === 0) return formatted;
  const toks = lex(formatted);
  const parts: string[] = [];
  let pos = 0;
  for (let n = 0; n < shrunk.indexes.length; n++) {
    const i = shrunk.indexes[n]!;
    if (i >= toks.count) return undefined;
    parts.push(formatted.slice(pos, toks.start[i]), shrunk.originals[n]!);
    pos = toks.end[i]!;
  }
  parts.push(formatted.slice(pos));
  return parts.join('');
}
