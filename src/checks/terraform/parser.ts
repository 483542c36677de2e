import { ExpressionParser } from './parser-expression.js';
import { G, REFERENCE } from './syntax-tokens.js';

const UNCLOSED_BLOCK = [
  'Unclosed configuration block',
  'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
] as const;

/**
 * hclsyntax's parser (parser.go of hcl v2.16.2, plus v2.20's `provider::ns::fn()` calls) reduced
 * to what decides its diagnostics: same grammar, same error paths, same recovery. It builds no
 * tree. This part: bodies, attributes and blocks; expressions are in parser-expression.ts.
 */
export class Parser extends ExpressionParser {
  parseFile(): void {
    this.parseBody(G.EOF);
  }

  private parseBody(end: number): void {
    const startRange = this.prev();
    const names = new Map<string, number>();
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
        const attr = this.parseBodyItem();
        if (attr !== undefined) {
          const name = this.text(attr);
          const first = names.get(name);
          if (first !== undefined) {
            this.diagReferring(attr, attr, 'Attribute redefined', `The argument "${name}" was already set at ${REFERENCE}. Each argument may be set only once.`, first, first);
          } else names.set(name, attr);
        }
        continue;
      }
      const bad = this.read();
      if (!this.recovery) {
        if (k === G.OQuote) this.diag(bad, 'Invalid argument name', 'Argument names must not be quoted.');
        else if (k === G.EOF) {
          if (end === G.CBrace) this.diag(startRange, ...UNCLOSED_BLOCK);
          else this.diag(startRange, 'Unclosed configuration body', 'Found end of file before the end of this configuration body.');
        } else this.diag(bad, 'Argument or block definition required', 'An argument or block definition is required here.');
      }
      this.recover(end);
      return;
    }
  }

  /** One item; returns the name token of an attribute, for the redefinition check. */
  private parseBodyItem(): number | undefined {
    const ident = this.read();
    const next = this.peek();
    if (next === G.Equal) {
      this.finishAttribute(false);
      return ident;
    }
    if (next === G.OQuote || next === G.OBrace || next === G.Ident) {
      this.finishBlock();
      return undefined;
    }
    this.recoverAfterBodyItem();
    this.diag(
      ident,
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    );
    return undefined;
  }

  private parseSingleAttrBody(): void {
    const ident = this.read();
    if (this.kind[ident] !== G.Ident) {
      this.recoverAfterBodyItem();
      this.diag(ident, 'Argument or block definition required', 'An argument or block definition is required here.');
      return;
    }
    const next = this.peekIndex();
    const k = this.kind[next]!;
    if (k === G.Equal) {
      this.finishAttribute(true);
      return;
    }
    this.recoverAfterBodyItem();
    if (k === G.OQuote || k === G.OBrace || k === G.Ident) {
      this.diag(
        ident,
        'Argument definition required',
        `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        next,
      );
    } else {
      this.diag(
        ident,
        'Argument or block definition required',
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      );
    }
  }

  private finishAttribute(singleLine: boolean): void {
    this.read(); // =
    const mark = this.diags.length;
    this.parseExpression();
    if (this.recovery && this.erredSince(mark)) {
      this.recoverAfterBodyItem();
      return;
    }
    if (singleLine) return;
    const end = this.peekIndex();
    const k = this.kind[end]!;
    if (k !== G.Newline && k !== G.EOF) {
      if (!this.recovery) {
        if (k === G.Comma) {
          this.diag(
            end,
            'Unexpected comma after argument',
            'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
          );
        } else this.diag(end, 'Missing newline after argument', 'An argument definition must end with a newline.');
      }
      this.recoverAfterBodyItem();
    } else this.read();
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
        this.diag(p, 'Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.');
      } else if (k === G.Newline) {
        this.diag(
          p,
          'Invalid block definition',
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
        );
      } else if (!this.recovery) {
        this.diag(p, 'Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.');
      }
      this.recoverAfterBodyItem();
      return;
    }
    const open = this.read();
    const first = this.peek();
    if (first === G.Newline || first === G.EOF || first === G.CBrace) {
      this.parseBody(G.CBrace);
    } else {
      // hclsyntax appends the single-line body's own diagnostics after these.
      const mark = this.diags.length;
      this.parseSingleAttrBody();
      const bodyDiags = this.diags.splice(mark);
      const p = this.peekIndex();
      const c = this.kind[p]!;
      if (c === G.CBrace) this.read();
      else if (c === G.Comma) {
        this.diag(
          p,
          'Invalid single-argument block definition',
          'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
        );
        this.recover(G.CBrace);
      } else if (c === G.Newline) {
        this.diag(
          p,
          'Invalid single-argument block definition',
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
        );
        this.recover(G.CBrace);
      } else {
        if (!this.recovery) {
          if (c === G.EOF) this.diag(open, ...UNCLOSED_BLOCK);
          else {
            this.diag(
              p,
              'Invalid single-argument block definition',
              'A single-line block definition must end with a closing brace immediately after its single argument definition.',
            );
          }
        }
        this.recover(G.CBrace);
      }
      this.diags.push(...bodyDiags);
    }
    const eol = this.peekIndex();
    const ek = this.kind[eol]!;
    if (ek === G.Newline || ek === G.EOF) this.read();
    else {
      if (!this.recovery) this.diag(eol, 'Missing newline after block definition', 'A block definition must end with a newline.');
      this.recoverAfterBodyItem();
    }
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
        this.diag(
          p,
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
        );
        this.recover(G.TemplateSeqEnd);
        continue;
      }
      if (k === G.EOF) {
        this.diag(p, 'Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.');
        return;
      }
      this.diag(p, 'Invalid string literal', 'This item is not valid in a string literal.');
      this.recover(G.CQuote);
      return;
    }
  }
}
