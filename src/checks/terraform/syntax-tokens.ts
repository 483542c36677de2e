import { punctOf, punctTable, T, type Tokens } from './lexer.js';

/** Token kinds of the parser's view: the lexer's, with its Punct split the way hclsyntax does. */
export const G = {
  ...T,
  Dot: 30,
  Comma: 31,
  Ellipsis: 32,
  Question: 33,
  Star: 34,
  Minus: 35,
  Bang: 36,
  BinOp: 37,
  FatArrow: 38,
  /** Characters hclsyntax's scanner accepts as tokens but reports as invalid. */
  Bad: 39,
} as const;

const PUNCT_KIND = punctTable({
  Bad: G.Bad,
  Dot: G.Dot,
  Comma: G.Comma,
  Ellipsis: G.Ellipsis,
  Question: G.Question,
  Star: G.Star,
  Minus: G.Minus,
  Bang: G.Bang,
  Plus: G.BinOp,
  Slash: G.BinOp,
  Percent: G.BinOp,
  Less: G.BinOp,
  Greater: G.BinOp,
  Comparison: G.BinOp,
  Logic: G.BinOp,
  FatArrow: G.FatArrow,
});

/** A diagnostic's subject as UTF-16 offsets into the source. */
export interface RawDiagnostic {
  start: number;
  end: number;
  summary: string;
  /** With REFERENCE where `refers` is to be named, as hcl names a range ("main.tf:3,1-4"). */
  detail: string;
  refers?: { start: number; end: number };
}

/** Stands in a detail for the range a diagnostic refers to. */
export const REFERENCE = '\u0000';

/** The parser's view of the tokens: comments dropped, a line comment standing for its newline. */
export interface TokenView {
  kind: Uint8Array;
  /** Source offsets of each view token. */
  start: Uint32Array;
  end: Uint32Array;
  n: number;
}

const CURLY =
  '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".';

/**
 * Builds the view and hclsyntax's checkInvalidTokens diagnostics, with its limits: bitwise
 * operators reported 4 times, `;` once, backticks and apostrophes on their 1st and 3rd
 * occurrence only (it assumes they come in pairs), other invalid characters every time.
 */
export function tokenView(src: string, toks: Tokens): { view: TokenView; diags: RawDiagnostic[] } {
  const { type, start, end } = toks;
  const kind = new Uint8Array(toks.count);
  const vs = new Uint32Array(toks.count);
  const ve = new Uint32Array(toks.count);
  const diags: RawDiagnostic[] = [];
  const told: Told = { bitwise: 0, backtick: 0, apostrophe: 0, semicolon: 0 };
  let n = 0;
  for (let i = 0; i < toks.count; i++) {
    const t = type[i]!;
    const s = start[i]!;
    const e = end[i]!;
    let k: number;
    switch (t) {
      case T.Comment:
        if (src.charCodeAt(e - 1) !== 0x0a) continue;
        k = G.Newline;
        break;
      case T.Punct:
        k = PUNCT_KIND[punctOf(src, s, e)]!;
        break;
      case T.Invalid:
        k = G.Bad;
        break;
      default:
        k = t; // the other T values equal their G values
    }
    if (k === G.QuotedNewline || k === G.Bad) invalidToken(src, s, e, k, told, diags);
    kind[n] = k;
    vs[n] = s;
    ve[n] = e;
    n++;
  }
  return { view: { kind, start: vs, end: ve, n }, diags };
}

/** How often checkInvalidTokens has reported each kind so far. */
interface Told {
  bitwise: number;
  backtick: number;
  apostrophe: number;
  semicolon: number;
}

const BITWISE_HINT: Record<string, string> = {
  '&': ' Did you mean boolean AND ("&&")?',
  '|': ' Did you mean boolean OR ("||")?',
  '~': ' Did you mean boolean NOT ("!")?',
  '^': '',
};

function invalidToken(src: string, s: number, e: number, k: number, told: Told, diags: RawDiagnostic[]): void {
  const report = (summary: string, detail: string): void => {
    diags.push({ start: s, end: e, summary, detail });
  };
  if (k === G.QuotedNewline) {
    report(
      'Invalid multi-line string',
      'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
    );
    return;
  }
  const text = src.slice(s, e);
  const hint = BITWISE_HINT[text];
  if (hint !== undefined) {
    if (told.bitwise++ < 4) report('Unsupported operator', `Bitwise operators are not supported.${hint}`);
  } else if (text === '`') {
    if (told.backtick % 2 === 0) report('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".');
    if (told.backtick <= 2) told.backtick++;
  } else if (text === "'") {
    if (told.apostrophe % 2 === 0) report('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.');
    if (told.apostrophe <= 2) told.apostrophe++;
  } else if (text === ';') {
    if (told.semicolon++ < 1) {
      report('Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.');
    }
  } else if (text === '“' || text === '”') {
    report('Invalid character', CURLY);
  } else {
    report('Invalid character', 'This character is not used within the language.');
  }
}
