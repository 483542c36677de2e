import { formatAll, gateAll } from './batch.js';
import { glueDoubleColons, hasDoubleColon, pickPlaceholder, unglueDoubleColons } from './doublecolon.js';
import { contentStart, indentSettles, lex, type Tokens } from './lexer.js';
import { applyEdits, terraformRewrites } from './rewrite.js';
import { restoreShrunk, shrinkForFormat, type Shrunk } from './shrink.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';
import type { HclWasm } from './wasm.js';

export type FormatOutcome =
  | { kind: 'formatted'; output: string }
  | { kind: 'syntax-error'; errors: SyntaxDiagnostic[] };

/** Text ready for hclwrite.Format: terraform's rewrites applied, `::` protected. */
export interface Prepared {
  /** What hclwrite.Format is given: the rewritten text with comments and literals shrunk. */
  text: string;
  /** The rewritten text, unshrunk. */
  full: string;
  shrunk: Shrunk;
  placeholder: string | undefined;
  /** Can share a Format call with other files (see batch.ts). */
  batchable: boolean;
}

/**
 * terraform's rewrites (rewrite.ts) and the `::` protection (doublecolon.ts) for a file that
 * passed the syntax gate. `toks` may be passed when already lexed from `src`.
 */
export function prepareForFormat(src: string, toks?: Tokens): Prepared {
  let text = src;
  let tokens = toks;
  // hclsyntax drops a byte order mark but keeps counting its 3 bytes, so hclwrite sees them as
  // spaces before the first token: gone when that token is indented, kept when it is the end of
  // the file (a file holding only a BOM becomes three spaces).
  if (contentStart(text) > 0) {
    text = `   ${text.slice(1)}`;
    tokens = undefined;
  }
  const placeholder = hasDoubleColon(text) ? pickPlaceholder(text) : undefined;
  if (placeholder) {
    text = glueDoubleColons(text, tokens ?? lex(text), placeholder);
    tokens = undefined;
  }
  tokens ??= lex(text);
  const edits = terraformRewrites(text, tokens);
  if (edits.length > 0) {
    text = applyEdits(text, edits);
    tokens = undefined;
  }
  tokens ??= lex(text);
  const batchable = (text.endsWith('\n') || text === '') && indentSettles(text, tokens);
  const shrunk = shrinkForFormat(text, tokens);
  return { text: shrunk.text, full: text, shrunk, placeholder, batchable };
}

/** The file's formatted text from hclwrite's output for `prepared.text`. */
export async function finishFormat(formatted: string, prepared: Prepared, wasm: HclWasm): Promise<string> {
  let out = restoreShrunk(formatted, prepared.shrunk);
  // Should the formatted text not lex back into the same tokens, format the full text instead.
  out ??= await wasm.format(prepared.full);
  return prepared.placeholder ? unglueDoubleColons(out, prepared.placeholder) : out;
}

/**
 * What `terraform fmt` (1.8+) writes for one file's text: the syntax gate, terraform's rewrites,
 * then hclwrite.Format. A file that does not parse is reported and never formatted.
 */
export async function formatTerraformSource(src: string, wasm: HclWasm): Promise<FormatOutcome> {
  const [errors] = await gateAll([{ text: src }], wasm);
  if (errors) return { kind: 'syntax-error', errors };
  const prepared = prepareForFormat(src);
  const [out] = await formatAll([prepared], wasm);
  return { kind: 'formatted', output: await finishFormat(out!, prepared, wasm) };
}

/** hclwrite.Format as of hcl v2.20+ (v2.19.1 plus `::`), without terraform's rewrites or gate. */
export async function formatHclwrite(src: string, wasm: HclWasm): Promise<string> {
  const ph = hasDoubleColon(src) ? pickPlaceholder(src) : undefined;
  if (!ph) return wasm.format(src);
  return unglueDoubleColons(await wasm.format(glueDoubleColons(src, lex(src), ph)), ph);
}
