import { syntaxDiagnostics } from './gate.js';
import { formatHcl } from './hclwrite.js';
import { contentStart, lex, type Tokens } from './lexer.js';
import { applyEdits, terraformRewrites } from './rewrite.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';

export type FormatOutcome =
  | { kind: 'formatted'; output: string }
  | { kind: 'syntax-error'; errors: SyntaxDiagnostic[] };

/**
 * What `terraform fmt` (1.8+) writes for one file's text: the syntax gate (gate.ts), terraform's
 * rewrites (rewrite.ts), then hclwrite.Format (hclwrite.ts). A file that does not parse is
 * reported and never formatted. `toks` may be passed when already lexed from `src`; `filename` is
 * how diagnostics that refer to another place in the file name it.
 */
export function formatTerraformSource(src: string, toks: Tokens = lex(src), filename?: string): FormatOutcome {
  const errors = syntaxDiagnostics(src, toks, filename);
  if (errors.length > 0) return { kind: 'syntax-error', errors };
  let text = src;
  let tokens: Tokens | undefined = toks;
  // hclsyntax drops a byte order mark but keeps counting its 3 bytes, so hclwrite sees them as
  // spaces before the first token: gone when that token is indented, kept when it is the end of
  // the file (a file holding only a BOM becomes three spaces).
  if (contentStart(text) > 0) {
    text = `   ${text.slice(1)}`;
    tokens = undefined;
  }
  tokens ??= lex(text);
  const edits = terraformRewrites(text, tokens);
  if (edits.length > 0) {
    text = applyEdits(text, edits);
    tokens = lex(text);
  }
  return { kind: 'formatted', output: formatHcl(text, tokens) };
}

/** hclwrite.Format as of hcl v2.20+ (v2.19.1 plus `::`), without terraform's rewrites or gate. */
export function formatHclwrite(src: string): string {
  return formatHcl(src);
}
