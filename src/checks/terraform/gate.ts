import { contentStart, lex, punctOf, punctTable, T, type Tokens } from './lexer.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';

/**
 * terraform fmt's syntax gate in TypeScript: a recursive-descent check of HCL native syntax with
 * the grammar of hclsyntax.ParseConfig (hcl v2.20+, which knows `provider::ns::fn()` calls). It
 * only decides whether a file parses, and where hclsyntax's first diagnostic would be; it builds
 * no tree. Rules followed from hclsyntax:
 *
 * - tokens the scanner flags (`&`, `|`, `~`, `^`, `;`, backtick, apostrophe, unknown characters,
 *   a newline inside a quoted string) are errors before any parsing;
 * - comments are skipped, but a `#`/`//` comment ends its line, so it counts as a newline
 *   wherever newlines matter (bodies, object constructors); inside ( ), [ ], ${ } and for
 *   expressions newlines are insignificant;
 * - a body holds `name = expr` arguments (each once) and blocks `type label* { body }`, each
 *   ending its line; a block opened and closed on one line holds at most one argument;
 * - quoted strings validate their escapes; block labels are quoted literals or identifiers;
 *   templates balance their `%{ if }`/`%{ for }` directives.
 */

// Token kinds for the parser.
const G = {
  // The lexer's kinds, with its Punct split the way this module needs.
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

const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

class GateError extends Error {
  readonly token: number;
  readonly summary: string;
  readonly detail: string;
  constructor(token: number, summary: string, detail: string) {
    super(summary);
    this.token = token;
    this.summary = summary;
    this.detail = detail;
  }
}

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

const BAD_DETAIL: Record<string, [string, string]> = {
  '&': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  '|': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'],
  '~': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean NOT ("!")?'],
  '^': ['Unsupported operator', 'Bitwise operators are not supported.'],
  ';': ['Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'],
  '`': ['Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'],
  "'": ['Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
  '“': ['Invalid character', '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'],
  '”': ['Invalid character', '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'],
};

/** The first syntax error of `src` as hclsyntax would report it, or undefined when it parses. */
export function syntaxGate(src: string, toks: Tokens = lex(src)): SyntaxDiagnostic | undefined {
  try {
    checkTokens(src, toks);
    return undefined;
  } catch (e) {
    if (!(e instanceof GateError)) throw e;
    return diagnosticAt(src, toks, e);
  }
}

function checkTokens(src: string, toks: Tokens): void {
  const { type, start, end } = toks;
  // The parser's view: comments dropped, line comments turned into newlines.
  const kind = new Uint8Array(toks.count);
  const orig = new Uint32Array(toks.count);
  let n = 0;
  for (let i = 0; i < toks.count; i++) {
    const t = type[i]!;
    let k: number;
    switch (t) {
      case T.Comment:
        if (src.charCodeAt(end[i]! - 1) !== 0x0a) continue;
        k = G.Newline;
        break;
      case T.Punct:
        k = PUNCT_KIND[punctOf(src, start[i]!, end[i]!)]!;
        break;
      case T.Invalid:
        k = G.Bad;
        break;
      default:
        k = t; // the other T values equal their G values
    }
    if (k === G.Bad || k === G.QuotedNewline) {
      const text = src.slice(start[i], end[i]);
      const [summary, detail] =
        k === G.QuotedNewline
          ? [
              'Invalid multi-line string',
              'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
            ]
          : (BAD_DETAIL[text] ?? ['Invalid character', 'This character is not used within the language.']);
      throw new GateError(i, summary, detail);
    }
    kind[n] = k;
    orig[n] = i;
    n++;
  }
  new Parser(src, toks, kind, orig, n).parseFile();
}

class Parser {
  private pos = 0;
  /** Whether newlines are significant here (a stack, as in hclsyntax's peeker). */
  private nl: boolean[] = [true];

  private readonly src: string;
  private readonly toks: Tokens;
  private readonly kind: Uint8Array;
  private readonly orig: Uint32Array;
  private readonly n: number;

  constructor(src: string, toks: Tokens, kind: Uint8Array, orig: Uint32Array, n: number) {
    this.src = src;
    this.toks = toks;
    this.kind = kind;
    this.orig = orig;
    this.n = n;
  }

  private fail(at: number, summary: string, detail: string): never {
    throw new GateError(this.orig[Math.max(0, Math.min(at, this.n - 1))]!, summary, detail);
  }

  /** Index (into the parser's view) of the next token under the current newline mode. */
  private peekIndex(): number {
    let p = this.pos;
    if (!this.nl[this.nl.length - 1]) while (this.kind[p] === G.Newline) p++;
    return p;
  }

  private peek(): number {
    return this.kind[this.peekIndex()]!;
  }

  private read(): number {
    const p = this.peekIndex();
    const k = this.kind[p]!;
    this.pos = k === G.EOF ? p : p + 1;
    return p;
  }

  private text(p: number): string {
    const i = this.orig[p]!;
    return this.src.slice(this.toks.start[i], this.toks.end[i]);
  }

  private isKeyword(p: number, word: string): boolean {
    if (this.kind[p] !== G.Ident) return false;
    const i = this.orig[p]!;
    const s = this.toks.start[i]!;
    return this.toks.end[i]! - s === word.length && this.src.startsWith(word, s);
  }

  private pushNl(on: boolean): void {
    this.nl.push(on);
  }

  private popNl(): void {
    this.nl.pop();
  }

  /**
   * Where hclsyntax's recover(end) stops: the next `end` not matched by an `open` after it, or
   * the end of the file. hclsyntax reports the two "Missing close bracket" errors there (their
   * subject points at a variable that recovery then overwrites).
   */
  private recoverTo(end: number, open: number): number {
    let nest = 0;
    for (let p = this.pos; p < this.n; p++) {
      const k = this.kind[p]!;
      if (k === open) nest++;
      else if (k === end) {
        if (nest < 1) return p;
        nest--;
      } else if (k === G.EOF) return p;
    }
    return this.n - 1;
  }

  /**
   * hclsyntax's recoverAfterBodyItem: skips to the newline that ends the item (brackets, strings
   * and templates balanced) and returns the index of the token after it.
   */
  private afterBodyItem(from: number): number {
    const open: number[] = [];
    for (let p = from; p < this.n; p++) {
      const k = this.kind[p]!;
      if (k === G.Newline) {
        if (open.length === 0) return p + 1;
      } else if (k === G.EOF) return p;
      else if (k === G.OBrace || k === G.OBrack || k === G.OParen || k === G.OQuote || k === G.OHeredoc || k === G.TemplateInterp || k === G.TemplateControl) {
        open.push(k);
      } else if (k === G.CBrace || k === G.CBrack || k === G.CParen || k === G.CQuote || k === G.CHeredoc) {
        const opener = k === G.CBrace ? G.OBrace : k === G.CBrack ? G.OBrack : k === G.CParen ? G.OParen : k === G.CQuote ? G.OQuote : G.OHeredoc;
        while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
        open.pop();
      } else if (k === G.TemplateSeqEnd) {
        while (open.length > 0 && open[open.length - 1] !== G.TemplateInterp && open[open.length - 1] !== G.TemplateControl) open.pop();
        open.pop();
      }
    }
    return this.n - 1;
  }

  parseFile(): void {
    this.parseBody(G.EOF, -1);
  }

  /** A body up to `end` (EOF or `}`), which is consumed. */
  private parseBody(end: number, open: number): void {
    const names = new Set<string>();
    for (;;) {
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k === end) {
        this.read();
        return;
      }
      if (k === G.Newline) {
        this.read();
        continue;
      }
      if (k === G.Ident) {
        this.parseBodyItem(names);
        continue;
      }
      if (k === G.OQuote) this.fail(p, 'Invalid argument name', 'Argument names must not be quoted.');
      if (k === G.EOF) {
        if (end === G.CBrace) {
          this.fail(
            open,
            'Unclosed configuration block',
            'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
          );
        }
        this.fail(open, 'Unclosed configuration body', 'Found end of file before the end of this configuration body.');
      }
      this.fail(p, 'Argument or block definition required', 'An argument or block definition is required here.');
    }
  }

  private parseBodyItem(names: Set<string>): void {
    const ident = this.read();
    const next = this.peek();
    if (next === G.Equal) {
      this.finishAttribute(ident, false, names);
      return;
    }
    if (next === G.OQuote || next === G.OBrace || next === G.Ident) {
      this.finishBlock();
      return;
    }
    this.fail(
      ident,
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    );
  }

  private finishAttribute(ident: number, singleLine: boolean, names: Set<string>): void {
    this.read(); // =
    this.parseExpression();
    if (!singleLine) {
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k !== G.Newline && k !== G.EOF) {
        if (k === G.Comma) {
          this.fail(
            p,
            'Unexpected comma after argument',
            'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
          );
        }
        this.fail(p, 'Missing newline after argument', 'An argument definition must end with a newline.');
      }
      this.read();
    }
    const name = this.text(ident);
    if (names.has(name)) {
      this.fail(ident, 'Attribute redefined', `The argument "${name}" was already set. Each argument may be set only once.`);
    }
    names.add(name);
  }

  private finishBlock(): void {
    for (;;) {
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k === G.OBrace) break;
      if (k === G.OQuote) {
        this.parseQuotedStringLiteral();
        continue;
      }
      if (k === G.Ident) {
        this.read();
        continue;
      }
      if (k === G.Equal) {
        this.fail(p, 'Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.');
      }
      if (k === G.Newline) {
        this.fail(
          p,
          'Invalid block definition',
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
        );
      }
      this.fail(p, 'Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.');
    }
    const open = this.read();
    const k = this.peek();
    if (k === G.Newline || k === G.EOF || k === G.CBrace) {
      this.parseBody(G.CBrace, open);
    } else {
      const early = this.parseSingleAttrBody();
      if (early) {
        // hclsyntax skips the rest of the line and looks at what follows before it reports the
        // body's own error: a newline or comma there is reported first.
        const p = this.afterBodyItem(early.resume);
        const c = this.kind[p]!;
        if (c === G.Comma) {
          this.fail(
            p,
            'Invalid single-argument block definition',
            'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
          );
        }
        if (c === G.Newline) {
          this.fail(
            p,
            'Invalid single-argument block definition',
            "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          );
        }
        throw early.error;
      }
      const p = this.peekIndex();
      const c = this.kind[p]!;
      if (c === G.CBrace) this.read();
      else if (c === G.Comma) {
        this.fail(
          p,
          'Invalid single-argument block definition',
          'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
        );
      } else if (c === G.Newline) {
        this.fail(
          p,
          'Invalid single-argument block definition',
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
        );
      } else if (c === G.EOF) {
        this.fail(
          open,
          'Unclosed configuration block',
          'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
        );
      } else {
        this.fail(
          p,
          'Invalid single-argument block definition',
          'A single-line block definition must end with a closing brace immediately after its single argument definition.',
        );
      }
    }
    const p = this.peekIndex();
    const eol = this.kind[p]!;
    if (eol === G.Newline || eol === G.EOF) this.read();
    else this.fail(p, 'Missing newline after block definition', 'A block definition must end with a newline.');
  }

  /**
   * The one argument of a single-line block. When the item does not even start like an argument,
   * its error is returned with where hclsyntax resumes, for the caller to order the diagnostics.
   */
  private parseSingleAttrBody(): { error: GateError; resume: number } | undefined {
    const ident = this.read();
    const early = (summary: string, detail: string, resume: number): { error: GateError; resume: number } => ({
      error: new GateError(this.orig[ident]!, summary, detail),
      resume,
    });
    if (this.kind[ident] !== G.Ident) return early('Argument or block definition required', 'An argument or block definition is required here.', ident + 1);
    const next = this.peekIndex();
    const k = this.kind[next]!;
    if (k === G.Equal) {
      this.finishAttribute(ident, true, new Set());
      return undefined;
    }
    if (k === G.OQuote || k === G.OBrace || k === G.Ident) {
      return early(
        'Argument definition required',
        `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        next,
      );
    }
    return early(
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      next,
    );
  }

  /** A block label or other literal-only quoted string. */
  private parseQuotedStringLiteral(): void {
    this.read(); // "
    for (;;) {
      const p = this.read();
      const k = this.kind[p]!;
      if (k === G.CQuote) return;
      if (k === G.QuotedLit) {
        this.checkEscapes(p);
        continue;
      }
      if (k === G.TemplateInterp || k === G.TemplateControl) {
        const which = k === G.TemplateInterp ? '$' : '%';
        this.fail(
          p,
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
        );
      }
      if (k === G.EOF) this.fail(p, 'Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.');
      this.fail(p, 'Invalid string literal', 'This item is not valid in a string literal.');
    }
  }

  /** Escape sequences of a quoted literal (hclsyntax.ParseStringLiteralToken). */
  private checkEscapes(p: number): void {
    const i = this.orig[p]!;
    const src = this.src;
    const e = this.toks.end[i]!;
    let k = this.toks.start[i]!;
    while (k < e && src.charCodeAt(k) !== 0x5c) k++;
    if (k === e) return;
    for (k = src.indexOf('\\', k); k >= 0 && k < e; k = src.indexOf('\\', k)) {
      const sel = src[k + 1];
      if (sel === 'n' || sel === 'r' || sel === 't' || sel === '"' || sel === '\\') {
        k += 2;
        continue;
      }
      if (sel === 'u' || sel === 'U') {
        const want = sel === 'u' ? 4 : 8;
        let h = k + 2;
        while (h < e && h - k - 2 < want && /[0-9a-fA-F]/.test(src[h]!)) h++;
        const digits = h - k - 2;
        if (digits !== want) {
          this.fail(
            p,
            'Invalid escape sequence',
            sel === 'u' ? 'The \\u escape sequence must be followed by four hexadecimal digits.' : 'The \\U escape sequence must be followed by eight hexadecimal digits.',
          );
        }
        const cp = parseInt(src.slice(k + 2, h), 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
          this.fail(p, 'Invalid escape sequence', `Cannot encode character U+${cp.toString(16).padStart(4, '0')} in UTF-8.`);
        }
        k = h;
        continue;
      }
      if (sel === undefined || k + 1 >= e) this.fail(p, 'Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.');
      this.fail(p, 'Invalid escape sequence', `The symbol "${sel}" is not a valid escape sequence selector.`);
    }
  }

  private parseExpression(): void {
    this.parseBinaryOps();
    if (this.peek() !== G.Question) return;
    this.read();
    this.parseExpression();
    const p = this.peekIndex();
    if (this.kind[p] !== G.Colon) {
      this.fail(p, 'Missing false expression in conditional', 'The conditional operator (...?...:...) requires a false expression, delimited by a colon.');
    }
    this.read();
    this.parseExpression();
  }

  /** Operator precedence does not change what parses: any chain of binary operators is accepted. */
  private parseBinaryOps(): void {
    this.parseExpressionWithTraversals();
    for (;;) {
      const k = this.peek();
      if (k !== G.BinOp && k !== G.Star && k !== G.Minus) return;
      this.read();
      this.parseExpressionWithTraversals();
    }
  }

  private parseExpressionWithTraversals(): void {
    this.parseExpressionTerm();
    this.parseTraversals();
  }

  private checkNumber(p: number, inTraversal: boolean): void {
    const text = this.text(p);
    if (inTraversal && text.includes('.')) {
      const [first, second] = text.split('.');
      this.fail(
        p,
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [${first}][${second}].`,
      );
    }
    if (!NUMBER.test(text)) this.fail(p, 'Invalid number literal', 'Failed to recognize the value of this number literal.');
  }

  private parseTraversals(): void {
    for (;;) {
      const k = this.peek();
      if (k === G.Dot) {
        this.read();
        const a = this.peekIndex();
        const ak = this.kind[a]!;
        if (ak === G.Ident) this.read();
        else if (ak === G.Number) {
          this.read();
          this.checkNumber(a, true);
        } else if (ak === G.Star) {
          this.read();
          while (this.peek() === G.Dot) {
            this.read();
            const q = this.peekIndex();
            const qk = this.kind[q]!;
            if (qk === G.Number) {
              this.read();
              this.checkNumber(q, true);
              continue;
            }
            if (qk !== G.Ident) {
              if (qk === G.Star) {
                this.fail(q, 'Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.');
              }
              this.fail(a, 'Invalid attribute name', 'An attribute name is required after a dot.');
            }
            this.read();
          }
        } else {
          this.fail(a, 'Invalid attribute name', 'An attribute name is required after a dot.');
        }
        continue;
      }
      if (k === G.OBrack) {
        this.read();
        if (this.peek() === G.Star) {
          this.read();
          const close = this.read();
          if (this.kind[close] !== G.CBrack) {
            this.fail(this.recoverTo(G.CBrack, G.OBrack), 'Missing close bracket on splat index', 'The star for a full splat operator must be immediately followed by a closing bracket ("]").');
          }
          // hclsyntax parses the traversals after [*] as part of the splat; the same tokens.
          continue;
        }
        this.pushNl(false);
        this.parseExpression();
        const close = this.read();
        if (this.kind[close] !== G.CBrack) {
          this.fail(this.recoverTo(G.CBrack, G.OBrack), 'Missing close bracket on index', 'The index operator must end with a closing bracket ("]").');
        }
        this.popNl();
        continue;
      }
      return;
    }
  }

  private parseExpressionTerm(): void {
    const p = this.peekIndex();
    const k = this.kind[p]!;
    switch (k) {
      case G.OParen: {
        this.read();
        this.pushNl(false);
        this.parseExpression();
        const c = this.peekIndex();
        if (this.kind[c] !== G.CParen) this.fail(c, 'Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.');
        this.read();
        this.popNl();
        return;
      }
      case G.Number:
        this.read();
        this.checkNumber(p, false);
        return;
      case G.Ident: {
        this.read();
        const n = this.peek();
        if (n === G.OParen || n === G.DoubleColon) this.finishFunctionCall(p);
        return;
      }
      case G.OQuote:
        this.read();
        this.parseTemplate(G.CQuote);
        return;
      case G.OHeredoc:
        this.read();
        this.parseTemplate(G.CHeredoc);
        return;
      case G.Minus:
      case G.Bang:
        this.read();
        this.parseExpressionWithTraversals();
        return;
      case G.OBrack:
        this.parseTupleCons();
        return;
      case G.OBrace:
        this.parseObjectCons();
        return;
      default:
        if (k === G.EOF) this.fail(p, 'Missing expression', 'Expected the start of an expression, but found the end of the file.');
        this.fail(p, 'Invalid expression', 'Expected the start of an expression, but found an invalid expression token.');
    }
  }

  private finishFunctionCall(name: number): void {
    let open = this.read();
    while (this.kind[open] === G.DoubleColon) {
      const next = this.read();
      if (this.kind[next] !== G.Ident) {
        this.fail(next, 'Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.');
      }
      open = this.read();
    }
    if (this.kind[open] !== G.OParen) {
      this.fail(open, 'Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.');
    }
    this.pushNl(false);
    for (;;) {
      if (this.peek() === G.CParen) {
        this.read();
        break;
      }
      this.parseExpression();
      const sep = this.read();
      const sk = this.kind[sep]!;
      if (sk === G.CParen) break;
      if (sk === G.Ellipsis) {
        const c = this.read();
        if (this.kind[c] !== G.CParen) {
          this.fail(sep, 'Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.');
        }
        break;
      }
      if (sk !== G.Comma) {
        if (sk === G.EOF) {
          this.fail(
            name,
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
          );
        }
        this.fail(sep, 'Missing argument separator', 'A comma is required to separate each function argument from the next.');
      }
      if (this.peek() === G.CParen) {
        this.read();
        break;
      }
    }
    this.popNl();
  }

  private parseTupleCons(): void {
    const open = this.read();
    this.pushNl(false);
    if (this.isKeyword(this.peekIndex(), 'for')) {
      this.finishForExpr(G.CBrack);
      this.popNl();
      return;
    }
    for (;;) {
      if (this.peek() === G.CBrack) {
        this.read();
        break;
      }
      this.parseExpression();
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k === G.CBrack) {
        this.read();
        break;
      }
      if (k !== G.Comma) {
        if (k === G.EOF) {
          this.fail(
            open,
            'Unterminated tuple constructor expression',
            'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
          );
        }
        this.fail(p, 'Missing item separator', 'Expected a comma to mark the beginning of the next item.');
      }
      this.read();
    }
    this.popNl();
  }

  private parseObjectCons(): void {
    const open = this.read();
    this.pushNl(false);
    const isFor = this.isKeyword(this.peekIndex(), 'for');
    this.popNl();
    if (isFor) {
      this.pushNl(false);
      this.finishForExpr(G.CBrace);
      this.popNl();
      return;
    }
    this.pushNl(true);
    const unterminated = (): never =>
      this.fail(
        open,
        'Unterminated object constructor expression',
        'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
      );
    for (;;) {
      const next = this.peek();
      if (next === G.Newline) {
        this.read();
        continue;
      }
      if (next === G.CBrace) {
        this.read();
        break;
      }
      this.parseExpression();
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k !== G.Equal && k !== G.Colon) {
        if (k === G.Newline || k === G.Comma) this.fail(p, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
        if (k === G.EOF) unterminated();
        this.fail(p, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
      }
      this.read();
      this.parseExpression();
      const q = this.peekIndex();
      const c = this.kind[q]!;
      if (c === G.CBrace) {
        this.read();
        break;
      }
      if (c !== G.Comma && c !== G.Newline) {
        if (c === G.EOF) unterminated();
        this.fail(q, 'Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.');
      }
      this.read();
    }
    this.popNl();
  }

  private finishForExpr(close: number): void {
    this.pushNl(false);
    this.read(); // for
    const invalid = (p: number, detail: string): never => this.fail(p, "Invalid 'for' expression", detail);
    if (this.peek() !== G.Ident) invalid(this.peekIndex(), "For expression requires variable name after 'for'.");
    this.read();
    if (this.peek() === G.Comma) {
      this.read();
      if (this.peek() !== G.Ident) invalid(this.peekIndex(), 'For expression requires value variable name after comma.');
      this.read();
    }
    if (!this.isKeyword(this.peekIndex(), 'in')) invalid(this.peekIndex(), "For expression requires the 'in' keyword after its name declarations.");
    this.read();
    this.parseExpression();
    if (this.peek() !== G.Colon) invalid(this.peekIndex(), 'For expression requires a colon after the collection expression.');
    this.read();
    const valueStart = this.peekIndex();
    this.parseExpression();
    let hasKey = false;
    let keyStart = -1;
    if (this.peek() === G.FatArrow) {
      this.read();
      hasKey = true;
      keyStart = valueStart;
      this.parseExpression();
    }
    let ellipsis = -1;
    if (this.peek() === G.Ellipsis) ellipsis = this.read();
    if (this.isKeyword(this.peekIndex(), 'if')) {
      this.read();
      this.parseExpression();
    }
    if (this.peek() !== close) invalid(this.peekIndex(), "Extra characters after the end of the 'for' expression.");
    this.read();
    if (close === G.CBrack) {
      if (hasKey) invalid(keyStart, 'Key expression is not valid when building a tuple.');
      if (ellipsis >= 0) invalid(ellipsis, 'Grouping ellipsis (...) cannot be used when building a tuple.');
    } else if (!hasKey) {
      invalid(valueStart, 'Key expression is required when building an object.');
    }
    this.popNl();
  }

  /** A quoted or heredoc template after its opening token, through `end`. */
  private parseTemplate(end: number): void {
    // Directive nesting: 1 = inside if, 2 = inside if after else, 3 = inside for.
    const stack: number[] = [];
    const stackAt: number[] = [];
    for (;;) {
      const p = this.read();
      const k = this.kind[p]!;
      if (k === end) break;
      if (k === G.StringLit) continue;
      if (k === G.QuotedLit) {
        this.checkEscapes(p);
        continue;
      }
      if (k === G.TemplateInterp) {
        this.pushNl(false);
        this.parseExpression();
        const c = this.peekIndex();
        const ck = this.kind[c]!;
        if (ck !== G.TemplateSeqEnd) {
          if (ck === G.EOF || ((ck === G.CQuote || ck === G.OQuote) && end === G.CQuote)) {
            this.fail(p, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.');
          }
          this.fail(c, 'Extra characters after interpolation expression', 'Expected a closing brace to end the interpolation expression, but found extra characters.');
        }
        this.read();
        this.popNl();
        continue;
      }
      if (k === G.TemplateControl) {
        this.pushNl(false);
        const kw = this.peekIndex();
        if (this.kind[kw] !== G.Ident) {
          this.fail(kw, 'Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.');
        }
        this.read();
        const word = this.text(kw);
        if (word === 'if') {
          this.parseExpression();
          stack.push(1);
          stackAt.push(p);
        } else if (word === 'else') {
          if (stack[stack.length - 1] !== 1) this.unbalanced(p, 'else', stack);
          stack[stack.length - 1] = 2;
        } else if (word === 'endif') {
          const top = stack[stack.length - 1];
          if (top !== 1 && top !== 2) this.unbalanced(p, 'endif', stack);
          stack.pop();
          stackAt.pop();
        } else if (word === 'for') {
          if (this.peek() !== G.Ident) this.fail(this.peekIndex(), "Invalid 'for' directive", "For directive requires variable name after 'for'.");
          this.read();
          if (this.peek() === G.Comma) {
            this.read();
            if (this.peek() !== G.Ident) this.fail(this.peekIndex(), "Invalid 'for' directive", 'For directive requires value variable name after comma.');
            this.read();
          }
          if (!this.isKeyword(this.peekIndex(), 'in')) this.fail(this.peekIndex(), "Invalid 'for' directive", "For directive requires 'in' keyword after names.");
          this.read();
          this.parseExpression();
          stack.push(3);
          stackAt.push(p);
        } else if (word === 'endfor') {
          if (stack[stack.length - 1] !== 3) this.unbalanced(p, 'endfor', stack);
          stack.pop();
          stackAt.pop();
        } else {
          this.fail(kw, 'Invalid template control keyword', `"${word}" is not a valid template control keyword.`);
        }
        const c = this.peekIndex();
        if (this.kind[c] !== G.TemplateSeqEnd) {
          this.fail(c, `Extra characters in ${word} marker`, 'Expected a closing brace to end the sequence, but found extra characters.');
        }
        this.read();
        this.popNl();
        continue;
      }
      this.fail(p, 'Unterminated template string', 'No closing marker was found for the string.');
    }
    if (stack.length > 0) {
      const what = stack[stack.length - 1] === 3 ? 'for' : 'if';
      this.fail(this.pos - 1, 'Unexpected end of template', `The ${what} directive is missing its corresponding end${what} directive.`);
    }
  }

  private unbalanced(p: number, word: string, stack: number[]): never {
    const top = stack[stack.length - 1];
    if (top === undefined) this.fail(p, `Unexpected ${word} directive`, 'The control directives within this template are unbalanced.');
    if (word === 'else' && top === 2) this.fail(p, 'Unexpected else directive', 'Already in the else clause for the if.');
    if (word === 'else') this.fail(p, 'Unexpected else directive', 'An else clause is not expected for a for directive.');
    this.fail(p, `Unexpected ${word} directive`, `Expecting an end${top === 3 ? 'for' : 'if'} directive.`);
  }
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function columnOf(src: string, lineStart: number, offset: number): number {
  let ascii = true;
  for (let k = lineStart; k < offset; k++) {
    if (src.charCodeAt(k) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return offset - lineStart + 1;
  let n = 0;
  for (const _ of segmenter.segment(src.slice(lineStart, offset))) n++;
  return n + 1;
}

function position(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let k = src.indexOf('\n'); k >= 0 && k < offset; k = src.indexOf('\n', k + 1)) line++;
  // hclsyntax does not count a byte order mark.
  const lineStart = Math.max(src.lastIndexOf('\n', offset - 1) + 1, contentStart(src));
  return { line, column: columnOf(src, lineStart, offset) };
}

function diagnosticAt(src: string, toks: Tokens, e: GateError): SyntaxDiagnostic {
  // A line comment standing for a newline keeps its own range, as in hclsyntax.
  const s = toks.start[e.token]!;
  const en = toks.end[e.token]!;
  const from = position(src, s);
  const to = position(src, Math.max(s, en));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, summary: e.summary, detail: e.detail };
}
