import { T, isLineComment, type Tokens } from './lexer.js';

/**
 * terraform fmt's own rewrites (internal/command/fmt.go, formatBody and friends), expressed as
 * text edits on the source. hclwrite.Format's output depends only on the token sequence, so an
 * edit that yields the same tokens as terraform's token-level rewrite yields the same bytes.
 *
 *   R1  tokens between a block type and its first label are dropped (hclwrite's parser does it)
 *   R2  every block's labels are re-emitted quoted and re-escaped; a label that is not exactly
 *       `"` + one literal + `"` (e.g. contains `$` or `%`) disappears — terraform bug #35417
 *   R3  an attribute whose whole value is `"${ X }"` becomes `X` (in parentheses when X spans lines)
 *   R4  `type` directly in a top-level `variable` block: legacy type keywords are modernised
 */

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The source does not have the block/attribute structure that hclsyntax accepted. */
export class StructureError extends Error {
  override name = 'StructureError';
}

const OPENERS = new Set<number>([T.OParen, T.OBrack, T.OBrace, T.TemplateInterp, T.TemplateControl, T.OQuote, T.OHeredoc]);
const CLOSERS = new Set<number>([T.CParen, T.CBrack, T.CBrace, T.TemplateSeqEnd, T.CQuote, T.CHeredoc]);

export function terraformRewrites(src: string, toks: Tokens): Edit[] {
  const { type, start, end } = toks;
  const edits: Edit[] = [];
  const text = (i: number): string => src.slice(start[i], end[i]);

  const skipComments = (i: number): number => {
    while (type[i] === T.Comment) i++;
    return i;
  };

  const fail = (i: number, what: string): never => {
    throw new StructureError(`${what} at offset ${start[i]}`);
  };

  /** Parses the items of a body starting at i; returns the index of the closing `}` or EOF. */
  const parseBody = (i: number, blockPath: readonly string[]): number => {
    for (;;) {
      while (type[i] === T.Newline || type[i] === T.Comment) i++;
      const t = type[i];
      if (t === T.EOF || t === T.CBrace) return i;
      if (t !== T.Ident) fail(i, 'expected an argument or block');
      const next = skipComments(i + 1);
      i = type[next] === T.Equal ? parseAttribute(i, next, blockPath) : parseBlock(i, next, blockPath);
    }
  };

  const parseAttribute = (nameIdx: number, eqIdx: number, blockPath: readonly string[]): number => {
    let depth = 0;
    let first = -1;
    let last = -1;
    let k = eqIdx + 1;
    for (; ; k++) {
      const t = type[k]!;
      if (t === T.EOF) break;
      if (depth === 0 && (t === T.Newline || t === T.CBrace || (t === T.Comment && isLineComment(src, toks, k)))) break;
      if (t !== T.Comment) {
        if (first < 0) first = k;
        last = k;
      }
      if (OPENERS.has(t)) depth++;
      else if (CLOSERS.has(t)) depth--;
    }
    if (first < 0) fail(eqIdx, 'missing expression');
    const isVariableType = blockPath.length === 1 && blockPath[0] === 'variable' && text(nameIdx) === 'type';
    const edit = isVariableType ? typeExprEdit(first, last) : valueExprEdit(first, last);
    if (edit) edits.push(edit);
    const t = type[k];
    return t === T.Newline || t === T.Comment ? k + 1 : k;
  };

  // R3 (terraform's formatValueExpr)
  const valueExprEdit = (first: number, last: number): Edit | undefined => {
    if (last - first + 1 < 5) return undefined;
    if (type[first] !== T.OQuote || type[first + 1] !== T.TemplateInterp) return undefined;
    if (type[last - 1] !== T.TemplateSeqEnd || type[last] !== T.CQuote) return undefined;
    let quotes = 0;
    for (let k = first + 2; k <= last - 2; k++) {
      const t = type[k];
      if (t === T.OQuote) {
        quotes++;
        continue;
      }
      if (t === T.CQuote) {
        quotes--;
        continue;
      }
      if (quotes > 0) continue;
      if (t === T.TemplateInterp || t === T.TemplateSeqEnd || t === T.QuotedLit) return undefined;
    }
    let a = first + 2;
    let b = last - 2;
    while (a <= b && type[a] === T.Newline) a++;
    while (b >= a && type[b] === T.Newline) b--;
    const replaced = { start: start[first]!, end: end[last]! };
    if (a > b) return { ...replaced, text: '' };
    let multiLine = false;
    let leadingParen = false;
    let trailingParen = false;
    for (let k = a; k <= b; k++) {
      if (k === a && type[k] === T.OParen) leadingParen = true;
      else if (type[k] === T.Newline) multiLine = true;
      else if (k === b && type[k] === T.CParen) trailingParen = true;
    }
    const inner = src.slice(start[a], end[b]);
    return { ...replaced, text: multiLine && !(leadingParen && trailingParen) ? `(${inner})` : inner };
  };

  // R4 (terraform's formatTypeExpr)
  const typeExprEdit = (first: number, last: number): Edit | undefined => {
    const count = last - first + 1;
    const replaced = { start: start[first]!, end: end[last]! };
    if (count === 1 && type[first] === T.Ident) {
      const kw = text(first);
      if (kw === 'list' || kw === 'map' || kw === 'set') return { ...replaced, text: `${kw}(any)` };
    }
    if (count === 3 && type[first] === T.OQuote && type[first + 1] === T.QuotedLit && type[last] === T.CQuote) {
      const kw = text(first + 1);
      if (kw === 'string') return { ...replaced, text: 'string' };
      if (kw === 'list' || kw === 'map') return { ...replaced, text: `${kw}(string)` };
    }
    return undefined;
  };

  const parseBlock = (typeIdx: number, k: number, blockPath: readonly string[]): number => {
    const labels: (string | undefined)[] = [];
    let lastLabelEnd = -1;
    for (;;) {
      k = skipComments(k);
      const t = type[k];
      if (t === T.OBrace) break;
      if (t === T.Ident) {
        labels.push(text(k));
        lastLabelEnd = end[k]!;
        k++;
      } else if (t === T.OQuote) {
        const close = matchingQuote(k);
        labels.push(close === k + 1 ? '' : close === k + 2 && type[k + 1] === T.QuotedLit ? decodeQuotedLiteral(text(k + 1)) : undefined);
        lastLabelEnd = end[close]!;
        k = close + 1;
      } else {
        fail(k, 'expected a block label or "{"');
      }
    }
    if (labels.length > 0) {
      const quoted = labels.filter((l): l is string => l !== undefined).map((l) => ` "${escapeQuotedStringLit(l)}"`);
      edits.push({ start: end[typeIdx]!, end: lastLabelEnd, text: quoted.join('') });
    }
    const close = parseBody(k + 1, [...blockPath, text(typeIdx)]);
    if (type[close] !== T.CBrace) fail(close, 'unclosed block');
    let m = close + 1;
    while (type[m] === T.Comment && !isLineComment(src, toks, m)) m++;
    return type[m] === T.Newline || type[m] === T.Comment ? m + 1 : m;
  };

  const matchingQuote = (open: number): number => {
    let depth = 0;
    for (let k = open; k < toks.count; k++) {
      const t = type[k]!;
      if (OPENERS.has(t)) depth++;
      else if (CLOSERS.has(t)) depth--;
      if (depth === 0) return k;
      if (t === T.EOF) break;
    }
    return fail(open, 'unterminated label');
  };

  const endIdx = parseBody(0, []);
  if (type[endIdx] !== T.EOF) fail(endIdx, 'unexpected "}"');
  return edits;
}

/** Applies non-overlapping edits given in source order. */
export function applyEdits(src: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return src;
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(src.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(src.slice(pos));
  return parts.join('');
}

/** hclsyntax.ParseStringLiteralToken for a quoted literal that hclsyntax already accepted. */
export function decodeQuotedLiteral(lit: string): string {
  if (lit.indexOf('\\') < 0 && lit.indexOf('{') < 0) return lit;
  let out = '';
  for (let i = 0; i < lit.length; ) {
    const c = lit[i]!;
    if (c === '\\') {
      const sel = lit[i + 1];
      if (sel === 'n') out += '\n';
      else if (sel === 'r') out += '\r';
      else if (sel === 't') out += '\t';
      else if (sel === '"') out += '"';
      else if (sel === '\\') out += '\\';
      else if (sel === 'u' || sel === 'U') {
        const len = sel === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(lit.slice(i + 2, i + 2 + len), 16));
        i += 2 + len;
        continue;
      } else out += sel ?? '';
      i += 2;
      continue;
    }
    if ((c === '$' || c === '%') && lit[i + 1] === c && lit[i + 2] === '{' && i + 3 === lit.length) {
      // A `$${`/`%%{` escape is always a token of its own.
      out += `${c}{`;
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** hclwrite's escapeQuotedStringLit: Go `unicode.IsPrint` decides what is written as `\uXXXX`. */
export function escapeQuotedStringLit(s: string): string {
  let out = '';
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const r = chars[i]!;
    switch (r) {
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '$':
      case '%':
        out += chars[i + 1] === '{' ? r + r : r;
        break;
      default:
        if (PRINTABLE.test(r)) out += r;
        else {
          const cp = r.codePointAt(0)!;
          out += cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
        }
    }
  }
  return out;
}
