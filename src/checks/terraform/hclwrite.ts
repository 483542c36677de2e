import { lex, punctOf, punctTable, T, type Tokens } from './lexer.js';

/**
 * hclwrite.Format (hcl v2.19.1, plus the `::` rule of v2.20+) in TypeScript, on the tokens of
 * lexer.ts. The formatter only ever changes the spaces before tokens:
 *
 *   1. lines split at newline tokens and at `#`/`//` comments (which end in their newline);
 *      each line has a lead cell, an "assign" cell from its first `=` (after the first token,
 *      when the rest of the line has balanced brackets) and a trailing comment cell;
 *   2. indentation: two spaces per entry of a stack of net bracket openings per line;
 *   3. spaces between neighbouring tokens of a cell by a fixed table of token pairs;
 *   4. runs of consecutive lines with an assign (comment) cell align it one column after the
 *      widest lead (lead + assign), widths in grapheme clusters.
 *
 * The output is every token's text preceded by its spaces, so the end-of-file token keeps the
 * spaces (tabs count one each) that preceded it.
 */

// Token kinds as hclsyntax distinguishes them where the spacing rules look.
const K = {
  // The lexer's kinds, with its Punct split the way this module needs.
  ...T,
  Other: 0,
  Dot: 30,
  Comma: 31,
  Ellipsis: 32,
  Minus: 33,
  Bang: 34,
  Question: 35,
  Arith: 36, // + * / %
  Compare: 37, // == != < <= > >=
  Logic: 38, // && ||
  In: 39, // the identifier `in`
  Nil: 40,
  EOF: 41,
} as const;

const PUNCT_KIND = punctTable({
  Bad: K.Other,
  Dot: K.Dot,
  Comma: K.Comma,
  Ellipsis: K.Ellipsis,
  Question: K.Question,
  Star: K.Arith,
  Minus: K.Minus,
  Bang: K.Bang,
  Plus: K.Arith,
  Slash: K.Arith,
  Percent: K.Arith,
  Less: K.Compare,
  Greater: K.Compare,
  Comparison: K.Compare,
  Logic: K.Logic,
  FatArrow: K.Other,
});

function kinds(src: string, toks: Tokens): Uint8Array {
  const { type, start, end } = toks;
  const out = new Uint8Array(toks.count);
  for (let i = 0; i < toks.count; i++) {
    const t = type[i]!;
    if (t === T.Punct) out[i] = PUNCT_KIND[punctOf(src, start[i]!, end[i]!)]!;
    else if (t === T.Ident) out[i] = end[i]! - start[i]! === 2 && src.charCodeAt(start[i]!) === 0x69 && src.charCodeAt(start[i]! + 1) === 0x6e ? K.In : K.Ident;
    else if (t === T.EOF) out[i] = K.EOF;
    else if (t === T.QuotedNewline || t === T.Invalid) out[i] = K.Other;
    else out[i] = t; // the remaining T values equal their K values
  }
  return out;
}

function bracketChange(k: number): number {
  if (k === K.OBrace || k === K.OBrack || k === K.OParen || k === K.TemplateControl || k === K.TemplateInterp) return 1;
  if (k === K.CBrace || k === K.CBrack || k === K.CParen || k === K.TemplateSeqEnd) return -1;
  return 0;
}

const isIdent = (k: number): boolean => k === K.Ident || k === K.In;

/** hclwrite's spaceAfterToken: whether `after` gets one space (else none). */
function spaceAfter(subject: number, before: number, after: number): boolean {
  if (after === K.Newline || after === K.Nil) return false;
  if (isIdent(subject) && after === K.OParen) return false;
  if ((isIdent(subject) && after === K.DoubleColon) || (subject === K.DoubleColon && isIdent(after))) return false;
  if (subject === K.Dot || after === K.Dot) return false;
  if (after === K.Comma || after === K.Ellipsis) return false;
  if (subject === K.Comma) return true;
  if (
    subject === K.QuotedLit ||
    subject === K.StringLit ||
    subject === K.OQuote ||
    subject === K.OHeredoc ||
    after === K.QuotedLit ||
    after === K.StringLit ||
    after === K.CQuote ||
    after === K.CHeredoc
  ) {
    return false;
  }
  if (subject === K.In && isIdent(before)) return true;
  if (after === K.OBrack && (isIdent(subject) || subject === K.Number || bracketChange(subject) < 0)) return false;
  if (subject === K.Bang) return false;
  if (subject === K.Minus) {
    // A minus after something that cannot end an operand is a negation: no space after it.
    switch (before) {
      case K.Nil:
      case K.OParen:
      case K.OBrace:
      case K.OBrack:
      case K.Equal:
      case K.Colon:
      case K.Comma:
      case K.Question:
      case K.Arith:
      case K.Minus:
      case K.Compare:
      case K.Logic:
      case K.Bang:
        return false;
      default:
        return true;
    }
  }
  if (subject === K.OBrace || after === K.CBrace) return !(subject === K.OBrace && after === K.CBrace);
  if ((subject === K.TemplateInterp || subject === K.TemplateControl) && after === K.OBrace) return true;
  if (subject === K.CBrace && after === K.TemplateSeqEnd) return true;
  if (subject === K.TemplateSeqEnd && (after === K.TemplateInterp || after === K.TemplateControl)) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Width of a token's text in grapheme clusters (textseg.ScanGraphemeClusters). */
function graphemes(src: string, s: number, e: number): number {
  let ascii = true;
  let crlf = 0;
  for (let k = s; k < e; k++) {
    const c = src.charCodeAt(k);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c === 0x0d && k + 1 < e && src.charCodeAt(k + 1) === 0x0a) crlf++;
  }
  if (ascii) return e - s - crlf;
  let n = 0;
  for (const _ of segmenter.segment(src.slice(s, e))) n++;
  return n;
}

/** hclwrite.Format of `src`; `toks` may be passed when already lexed from it. */
export function formatHcl(src: string, toks: Tokens = lex(src)): string {
  const { start, end } = toks;
  const count = toks.count;
  const kind = kinds(src, toks);
  const spaces = new Int32Array(count);
  // Only the end-of-file token keeps its original spacing; every other token's is recomputed.
  if (count > 0) spaces[count - 1] = start[count - 1]! - (count > 1 ? end[count - 2]! : 0);

  // Lines: [from, to) token ranges and their cells. assign === leadEnd when there is none;
  // comment === -1 when there is none.
  const lineFrom: number[] = [];
  const lineLeadEnd: number[] = [];
  const lineAssignEnd: number[] = [];
  const lineComment: number[] = [];
  let from = 0;
  const endLine = (to: number): void => {
    let leadEnd = to;
    let comment = -1;
    if (to - from > 1 && kind[to - 1] === K.Comment) {
      comment = to - 1;
      leadEnd = to - 1;
    }
    let assign = leadEnd;
    for (let k = from + 1; k < leadEnd; k++) {
      if (kind[k] !== K.Equal) continue;
      let net = 0;
      for (let j = k; j < leadEnd; j++) net += bracketChange(kind[j]!);
      if (net === 0) assign = k;
      break;
    }
    lineFrom.push(from);
    lineLeadEnd.push(assign);
    lineAssignEnd.push(leadEnd);
    lineComment.push(comment);
  };
  for (let i = 0; i < count; i++) {
    const k = kind[i]!;
    if (k === K.EOF) {
      endLine(i);
      break;
    }
    if (k === K.Newline || (k === K.Comment && src.charCodeAt(end[i]! - 1) === 0x0a)) {
      endLine(i + 1);
      from = i + 1;
    }
  }
  const lines = lineFrom.length;

  // Indentation.
  const indents: number[] = [];
  for (let l = 0; l < lines; l++) {
    const f = lineFrom[l]!;
    const leadEnd = lineLeadEnd[l]!;
    const assignEnd = lineAssignEnd[l]!;
    if (leadEnd === f) continue; // a line without tokens (only ever the last one)
    if (kind[f] === K.Newline) {
      spaces[f] = 0;
      continue;
    }
    let net = 0;
    for (let k = f; k < leadEnd; k++) {
      net += bracketChange(kind[k]!);
      if (kind[k] === K.OHeredoc) break;
    }
    for (let k = leadEnd; k < assignEnd; k++) net += bracketChange(kind[k]!);
    if (net < 0) {
      let closed = -net;
      while (closed > 0 && indents.length > 0) {
        const top = indents[indents.length - 1]!;
        if (closed > top) {
          closed -= top;
          indents.pop();
        } else if (closed < top) {
          indents[indents.length - 1] = top - closed;
          closed = 0;
        } else {
          indents.pop();
          closed = 0;
        }
      }
    }
    spaces[f] = 2 * indents.length;
    if (net > 0) indents.push(net);
  }

  // Spaces within the lead and assign cells.
  const spaceCell = (a: number, b: number): void => {
    for (let i = a; i < b - 1; i++) spaces[i + 1] = spaceAfter(kind[i]!, i > a ? kind[i - 1]! : K.Nil, kind[i + 1]!) ? 1 : 0;
  };
  for (let l = 0; l < lines; l++) {
    const f = lineFrom[l]!;
    const leadEnd = lineLeadEnd[l]!;
    const assignEnd = lineAssignEnd[l]!;
    spaceCell(f, leadEnd);
    if (assignEnd > leadEnd) {
      spaces[leadEnd] = 1;
      spaceCell(leadEnd, assignEnd);
    }
  }

  const columns = (a: number, b: number): number => {
    let n = 0;
    for (let i = a; i < b; i++) n += spaces[i]! + graphemes(src, start[i]!, end[i]!);
    return n;
  };

  // Align `=` across consecutive lines that have an assign cell.
  for (let l = 0; l < lines; ) {
    if (lineAssignEnd[l] === lineLeadEnd[l]) {
      l++;
      continue;
    }
    let e = l;
    let max = 0;
    const widths: number[] = [];
    while (e < lines && lineAssignEnd[e] !== lineLeadEnd[e]) {
      const w = columns(lineFrom[e]!, lineLeadEnd[e]!);
      widths.push(w);
      if (w > max) max = w;
      e++;
    }
    for (let k = l; k < e; k++) spaces[lineLeadEnd[k]!] = max - widths[k - l]! + 1;
    l = e;
  }

  // Align trailing comments across consecutive lines that have one.
  for (let l = 0; l < lines; ) {
    if (lineComment[l] === -1) {
      l++;
      continue;
    }
    let e = l;
    let max = 0;
    const widths: number[] = [];
    while (e < lines && lineComment[e] !== -1) {
      const w = columns(lineFrom[e]!, lineAssignEnd[e]!);
      widths.push(w);
      if (w > max) max = w;
      e++;
    }
    for (let k = l; k < e; k++) spaces[lineComment[k]!] = max - widths[k - l]! + 1;
    l = e;
  }

  const parts: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const sp = spaces[i]!;
    parts[i] = (sp > 0 ? ' '.repeat(sp) : '') + src.slice(start[i], end[i]);
  }
  return parts.join('');
}
