import { parseTemplate } from './parser-template.js';
import { Peeker } from './recovery.js';
import { G } from './syntax-tokens.js';

const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * The expression half of hclsyntax's parser (parser.go, parser_template.go via
 * parser-template.ts): every expression form and its error paths and recovery. Each parse method
 * returns whether it recorded an error, hclsyntax's `diags.HasErrors()`, which together with the
 * sticky recovery flag decides where parsing gives up.
 */
export class ExpressionParser extends Peeker {
  /** hclsyntax's ParseStringLiteralToken: each bad escape reported at its own position. */
  checkEscapes(p: number): void {
    const src = this.src;
    const e = this.view.end[p]!;
    let k = src.indexOf('\\', this.view.start[p]!);
    const at = (from: number, to: number, detail: string): void => {
      this.diags.push({ start: from, end: to, summary: 'Invalid escape sequence', detail });
    };
    while (k >= 0 && k < e) {
      const sel = k + 1 < e ? src[k + 1]! : undefined;
      if (sel === 'u' || sel === 'U') {
        const want = sel === 'u' ? 4 : 8;
        let h = k + 2;
        while (h < e && h - k - 2 < want && /[0-9a-fA-F]/.test(src[h]!)) h++;
        if (h - k - 2 !== want) {
          at(k, h, sel === 'u' ? 'The \\u escape sequence must be followed by four hexadecimal digits.' : 'The \\U escape sequence must be followed by eight hexadecimal digits.');
        } else {
          const cp = parseInt(src.slice(k + 2, h), 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) at(k, h, `Cannot encode character U+${cp.toString(16).padStart(4, '0')} in UTF-8.`);
        }
        k = src.indexOf('\\', h);
        continue;
      }
      if (sel === undefined) {
        at(k, k + 1, 'Backslash must be followed by an escape sequence selector character.');
        break;
      }
      const width = sel.length === 1 && /[\ud800-\udbff]/.test(sel) ? 2 : 1;
      if (!'nrt"\\'.includes(sel)) at(k, k + 1 + width, `The symbol "${src.slice(k + 1, k + 1 + width)}" is not a valid escape sequence selector.`);
      k = src.indexOf('\\', k + 1 + width);
    }
  }

  parseExpression(): boolean {
    const mark = this.diags.length;
    const cond = this.parseBinaryOps();
    if (this.recovery && cond) return true;
    if (this.peek() !== G.Question) return this.erredSince(mark);
    this.read();
    const t = this.parseExpression();
    if (this.recovery && t) return true;
    const colon = this.peekIndex();
    if (this.kind[colon] !== G.Colon) {
      this.diag(colon, 'Missing false expression in conditional', 'The conditional operator (...?...:...) requires a false expression, delimited by a colon.');
      return true;
    }
    this.read();
    this.parseExpression();
    return this.erredSince(mark);
  }

  /**
   * hclsyntax parses its six precedence levels recursively; every level gives up the same way
   * (recovery on and an error below), and which operators chain does not change the
   * diagnostics, so one level for all is enough.
   */
  private parseBinaryOps(): boolean {
    const mark = this.diags.length;
    if (this.parseExpressionWithTraversals() && this.recovery) return true;
    for (;;) {
      const k = this.peek();
      if (k !== G.BinOp && k !== G.Star && k !== G.Minus) return this.erredSince(mark);
      this.read();
      if (this.parseExpressionWithTraversals() && this.recovery) return true;
    }
  }

  private parseExpressionWithTraversals(): boolean {
    const mark = this.diags.length;
    this.parseExpressionTerm();
    this.parseTraversals();
    return this.erredSince(mark);
  }

  private checkNumber(p: number): void {
    if (!NUMBER.test(this.text(p))) this.diag(p, 'Invalid number literal', 'Failed to recognize the value of this number literal.');
  }

  private legacyIndex(p: number, subject: number, splat: boolean): boolean {
    const text = this.text(p);
    const dot = text.indexOf('.');
    if (dot < 0) return false;
    this.diag(
      subject,
      'Invalid legacy index syntax',
      `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${splat ? ' with a full splat expression [*]' : ''} instead, like [${text.slice(0, dot)}][${text.slice(dot + 1)}].`,
    );
    return true;
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
          if (!this.legacyIndex(a, a, false)) this.checkNumber(a);
        } else if (ak === G.Star) {
          this.read();
          while (this.peek() === G.Dot) {
            this.read();
            const q = this.peekIndex();
            const qk = this.kind[q]!;
            if (qk === G.Number) {
              this.read();
              if (!this.legacyIndex(q, a, true)) this.checkNumber(q);
              continue;
            }
            if (qk !== G.Ident) {
              if (!this.recovery) {
                if (qk === G.Star) this.diag(q, 'Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.');
                else this.diag(a, 'Invalid attribute name', 'An attribute name is required after a dot.');
              }
              this.recovery = true;
              break;
            }
            this.read();
          }
        } else {
          this.diag(a, 'Invalid attribute name', 'An attribute name is required after a dot.');
          this.recovery = true;
        }
        continue;
      }
      if (k === G.OBrack) {
        this.read();
        if (this.peek() === G.Star) {
          this.read();
          const close = this.read();
          if (this.kind[close] !== G.CBrack && !this.recovery) {
            // hclsyntax's subject points at the variable that recovery then overwrites.
            const at = this.recover(G.CBrack);
            this.diag(at, 'Missing close bracket on splat index', 'The star for a full splat operator must be immediately followed by a closing bracket ("]").');
          }
          // hclsyntax parses the traversals after [*] as part of the splat: the same tokens.
          continue;
        }
        this.pushNl(false);
        if (this.parseExpression() && this.recovery) this.recover(G.CBrack);
        else {
          const close = this.read();
          if (this.kind[close] !== G.CBrack && !this.recovery) {
            const at = this.recover(G.CBrack);
            this.diag(at, 'Missing close bracket on index', 'The index operator must end with a closing bracket ("]").');
          }
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
        if (this.parseExpression()) {
          this.recover(G.CParen);
          this.popNl();
          return;
        }
        const c = this.peekIndex();
        if (this.kind[c] !== G.CParen) {
          this.diag(c, 'Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.');
          this.recovery = true;
        }
        this.read();
        this.popNl();
        return;
      }
      case G.Number:
        this.read();
        this.checkNumber(p);
        return;
      case G.Ident: {
        this.read();
        const n = this.peek();
        if (n === G.OParen || n === G.DoubleColon) this.finishFunctionCall(p);
        return;
      }
      case G.OQuote:
        this.read();
        parseTemplate(this, G.CQuote);
        return;
      case G.OHeredoc:
        this.read();
        parseTemplate(this, G.CHeredoc);
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
        if (!this.recovery) {
          if (k === G.EOF) this.diag(p, 'Missing expression', 'Expected the start of an expression, but found the end of the file.');
          else this.diag(p, 'Invalid expression', 'Expected the start of an expression, but found an invalid expression token.');
        }
        this.recovery = true;
    }
  }

  private finishFunctionCall(name: number): void {
    let open = this.read();
    while (this.kind[open] === G.DoubleColon) {
      const next = this.read();
      if (this.kind[next] !== G.Ident) {
        this.diag(next, 'Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.');
        this.recoverOver(G.OParen);
        return;
      }
      open = this.read();
    }
    if (this.kind[open] !== G.OParen) {
      this.diag(open, 'Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.');
      this.recoverOver(G.OParen);
      return;
    }
    this.pushNl(false);
    for (;;) {
      if (this.peek() === G.CParen) {
        this.read();
        break;
      }
      if (this.parseExpression() && this.recovery) {
        this.recover(G.CParen);
        break;
      }
      const sep = this.read();
      const sk = this.kind[sep]!;
      if (sk === G.CParen) break;
      if (sk === G.Ellipsis) {
        if (this.peek() !== G.CParen) {
          if (!this.recovery) {
            this.diag(sep, 'Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.');
          }
          this.recover(G.CParen);
        } else this.read();
        break;
      }
      if (sk !== G.Comma) {
        if (sk === G.EOF) {
          this.diag(
            name,
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parethesis nesting elsewhere in this file.',
            open,
          );
        } else this.diag(sep, 'Missing argument separator', 'A comma is required to separate each function argument from the next.');
        this.recover(G.CParen);
        break;
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
      if (this.parseExpression() && this.recovery) {
        this.recover(G.CBrack);
        break;
      }
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k === G.CBrack) {
        this.read();
        break;
      }
      if (k !== G.Comma) {
        if (!this.recovery) {
          if (k === G.EOF) {
            this.diag(
              open,
              'Unterminated tuple constructor expression',
              'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
            );
          } else this.diag(p, 'Missing item separator', 'Expected a comma to mark the beginning of the next item.');
        }
        this.recover(G.CBrack);
        break;
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
      this.finishForExpr(G.CBrace);
      return;
    }
    this.pushNl(true);
    const unterminated = (): void =>
      this.diag(
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
      if (this.parseExpression() && this.recovery) {
        this.recover(G.CBrace);
        break;
      }
      const p = this.peekIndex();
      const k = this.kind[p]!;
      if (k !== G.Equal && k !== G.Colon) {
        if (!this.recovery) {
          if (k === G.Newline || k === G.Comma) this.diag(p, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
          else if (k === G.EOF) unterminated();
          else if (k === G.Ident) {
            this.diag(
              p,
              'Missing key/value separator',
              'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
            );
          } else this.diag(p, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        }
        this.recover(G.CBrace);
        break;
      }
      this.read();
      if (this.parseExpression() && this.recovery) {
        this.recover(G.CBrace);
        break;
      }
      const q = this.peekIndex();
      const c = this.kind[q]!;
      if (c === G.CBrace) {
        this.read();
        break;
      }
      if (c !== G.Comma && c !== G.Newline) {
        if (!this.recovery) {
          if (c === G.EOF) unterminated();
          else this.diag(q, 'Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.');
        }
        this.recover(G.CBrace);
        break;
      }
      this.read();
    }
    this.popNl();
  }

  private finishForExpr(close: number): void {
    this.pushNl(false);
    this.read(); // for
    const invalid = (p: number, detail: string, to = p): void => this.diag(p, "Invalid 'for' expression", detail, to);
    const giveUp = (detail: string): void => {
      if (!this.recovery) invalid(this.peekIndex(), detail);
      this.recover(close);
      this.popNl();
    };
    if (this.peek() !== G.Ident) return giveUp("For expression requires variable name after 'for'.");
    this.read();
    if (this.peek() === G.Comma) {
      this.read();
      if (this.peek() !== G.Ident) return giveUp('For expression requires value variable name after comma.');
      this.read();
    }
    if (!this.isKeyword(this.peekIndex(), 'in')) return giveUp("For expression requires the 'in' keyword after its name declarations.");
    this.read();
    if (this.parseExpression() && this.recovery) {
      this.recover(close);
      this.popNl();
      return;
    }
    if (this.peek() !== G.Colon) return giveUp('For expression requires a colon after the collection expression.');
    this.read();
    const first = this.peekIndex();
    let firstErr = this.parseExpression();
    let firstEnd = this.prev();
    let key: [number, number] | undefined;
    let value: [number, number] = [first, firstEnd];
    if (this.peek() === G.FatArrow) {
      this.read();
      key = value;
      const v = this.peekIndex();
      firstErr = this.parseExpression() || firstErr;
      firstEnd = this.prev();
      value = [v, firstEnd];
    }
    if (this.recovery && firstErr) {
      this.recover(close);
      this.popNl();
      return;
    }
    const ellipsis = this.peek() === G.Ellipsis ? this.read() : -1;
    if (this.isKeyword(this.peekIndex(), 'if')) {
      this.read();
      if (this.parseExpression() && this.recovery) {
        this.recover(close);
        this.popNl();
        return;
      }
    }
    if (this.peek() === close) this.read();
    else {
      if (!this.recovery) invalid(this.peekIndex(), "Extra characters after the end of the 'for' expression.");
      this.recover(close);
    }
    if (close === G.CBrack) {
      if (key) invalid(key[0], 'Key expression is not valid when building a tuple.', key[1]);
      if (ellipsis >= 0) invalid(ellipsis, 'Grouping ellipsis (...) cannot be used when building a tuple.');
    } else if (!key) {
      invalid(value[0], 'Key expression is required when building an object.', value[1]);
    }
    this.popNl();
  }
}
