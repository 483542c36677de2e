import { T, type Tokens } from './lexer.js';
import { applyEdits, type Edit } from './rewrite.js';

/**
 * Provider-defined function calls (`provider::ns::fn()`, terraform 1.8+) use a `::` token that
 * hcl v2.19's formatter does not know: it splits it into two colons and spaces them out, which is
 * invalid syntax. Before formatting, each `::` is replaced by two copies of a letter that does not
 * occur in the file, glued to the identifiers beside it, so hclwrite sees a single identifier of
 * the same width (hclwrite measures width in grapheme clusters). Afterwards the letters become
 * `::` again. hcl v2.20+ prints `ident::ident` without spaces, which is what this reproduces.
 */

// Letters (category Lo, so valid anywhere in an HCL identifier) that almost never occur in
// Terraform code; one absent from the file is chosen.
const PLACEHOLDERS = [
  ...'ǂǁǀǃ',
  ...Array.from({ length: 27 }, (_, i) => String.fromCodePoint(0x05d0 + i)),
  ...Array.from({ length: 80 }, (_, i) => String.fromCodePoint(0x3041 + i)),
];

export function hasDoubleColon(src: string): boolean {
  return src.includes('::');
}

export function pickPlaceholder(src: string): string | undefined {
  return PLACEHOLDERS.find((p) => !src.includes(p));
}

/** Replaces every `::` token (with the spaces between it and adjacent identifiers) by `ph ph`. */
export function glueDoubleColons(src: string, toks: Tokens, ph: string): string {
  const edits: Edit[] = [];
  const { type, start, end } = toks;
  for (let i = 0; i < toks.count; i++) {
    if (type[i] !== T.DoubleColon) continue;
    const from = i > 0 && type[i - 1] === T.Ident ? end[i - 1]! : start[i]!;
    const to = type[i + 1] === T.Ident ? start[i + 1]! : end[i]!;
    edits.push({ start: from, end: to, text: ph + ph });
  }
  return applyEdits(src, edits);
}

export function unglueDoubleColons(src: string, ph: string): string {
  return src.split(ph + ph).join('::');
}
