import type { ExpressionParser as Parser } from './parser-expression.js';
import { G, REFERENCE } from './syntax-tokens.js';

// Template parts as hclsyntax's parseTemplateParts sees them; directives keep their token range.
const Part = { Literal: 0, Interp: 1, If: 2, For: 3, Else: 4, EndIf: 5, EndFor: 6, End: 7 } as const;

interface TemplatePart {
  kind: number;
  from: number;
  to: number;
}

const DIRECTIVES = ['if', 'for', 'else', 'endif', 'endfor'];

/** Edit distance in characters, as hclsyntax's nameSuggestion measures it (agext/levenshtein). */
function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

const DIRECTIVE_NAME: Record<number, string> = { [Part.Else]: 'else', [Part.EndIf]: 'endif', [Part.EndFor]: 'endfor' };

/**
 * A quoted or heredoc template after its opening token, through `end`: hclsyntax's
 * parseTemplateParts (interpolations, directives, escapes, with its recovery), then its
 * templateParser over the parts, which reports unbalanced if/for directives.
 */
export function parseTemplate(p: Parser, end: number): void {
  const parts = templateParts(p, end);
  const tp = { parts, pos: 0 };
  while (parts[tp.pos]!.kind !== Part.End) parseExpr(p, tp);
}

function templateParts(p: Parser, end: number): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const startRange = p.peekIndex();
  let endRange: number;
  for (;;) {
    const next = p.read();
    const k = p.kind[next]!;
    if (k === end) {
      endRange = next;
      break;
    }
    if (k === G.StringLit || k === G.QuotedLit) {
      if (k === G.QuotedLit) p.checkEscapes(next);
      parts.push({ kind: Part.Literal, from: next, to: next });
      continue;
    }
    if (k === G.TemplateInterp) {
      p.pushNl(false);
      p.parseExpression();
      const close = p.peekIndex();
      const ck = p.kind[close]!;
      if (ck !== G.TemplateSeqEnd) {
        if (!p.recovery) {
          const escape = 'escape it by starting with "$${" instead of just "${".';
          if (ck === G.EOF) {
            p.diag(
              startRange,
              'Unclosed template interpolation sequence',
              'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
            );
          } else if (ck === G.Colon) {
            p.diag(
              close,
              'Extra characters after interpolation expression',
              `Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can ${escape}`,
            );
          } else if ((ck === G.CQuote || ck === G.OQuote) && end === G.CQuote) {
            p.diag(
              startRange,
              'Unclosed template interpolation sequence',
              'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
            );
          } else {
            p.diag(
              close,
              'Extra characters after interpolation expression',
              `Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, ${escape}`,
            );
          }
        }
        p.recover(G.TemplateSeqEnd);
      } else p.read();
      p.popNl();
      parts.push({ kind: Part.Interp, from: next, to: close });
      continue;
    }
    if (k === G.TemplateControl) {
      p.pushNl(false);
      const kw = p.peekIndex();
      const giveUp = (at: number, summary: string, detail: string): void => {
        if (!p.recovery) p.diag(at, summary, detail);
        p.recover(G.TemplateSeqEnd);
        p.popNl();
      };
      if (p.kind[kw] !== G.Ident) {
        giveUp(kw, 'Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.');
        continue;
      }
      p.read();
      const word = p.text(kw);
      if (word === 'if') {
        p.parseExpression();
        parts.push({ kind: Part.If, from: next, to: p.peekIndex() });
      } else if (word === 'else' || word === 'endif' || word === 'endfor') {
        parts.push({ kind: word === 'else' ? Part.Else : word === 'endif' ? Part.EndIf : Part.EndFor, from: next, to: p.peekIndex() });
      } else if (word === 'for') {
        if (p.peek() !== G.Ident) {
          giveUp(p.peekIndex(), "Invalid 'for' directive", "For directive requires variable name after 'for'.");
          continue;
        }
        p.read();
        if (p.peek() === G.Comma) {
          p.read();
          if (p.peek() !== G.Ident) {
            giveUp(p.peekIndex(), "Invalid 'for' directive", 'For directive requires value variable name after comma.');
            continue;
          }
          p.read();
        }
        if (!p.isKeyword(p.peekIndex(), 'in')) {
          giveUp(p.peekIndex(), "Invalid 'for' directive", "For directive requires 'in' keyword after names.");
          continue;
        }
        p.read();
        p.parseExpression();
        parts.push({ kind: Part.For, from: next, to: p.peekIndex() });
      } else {
        const suggestion = DIRECTIVES.find((d) => levenshtein(word, d) < 3);
        giveUp(kw, 'Invalid template control keyword', `"${word}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
        continue;
      }
      const close = p.peekIndex();
      if (p.kind[close] !== G.TemplateSeqEnd) {
        if (!p.recovery) p.diag(close, `Extra characters in ${word} marker`, 'Expected a closing brace to end the sequence, but found extra characters.');
        p.recover(G.TemplateSeqEnd);
      } else p.read();
      p.popNl();
      continue;
    }
    if (!p.recovery) p.diag(next, 'Unterminated template string', 'No closing marker was found for the string.');
    endRange = p.recover(end);
    break;
  }
  parts.push({ kind: Part.End, from: endRange, to: endRange });
  return parts;
}

interface TemplateCursor {
  parts: TemplatePart[];
  pos: number;
}

function read(tp: TemplateCursor): TemplatePart {
  const part = tp.parts[tp.pos]!;
  if (part.kind !== Part.End) tp.pos++;
  return part;
}

function parseExpr(p: Parser, tp: TemplateCursor): void {
  const part = tp.parts[tp.pos]!;
  switch (part.kind) {
    case Part.Literal:
    case Part.Interp:
      read(tp);
      return;
    case Part.If:
    case Part.For:
      parseDirective(p, tp);
      return;
    case Part.End:
      read(tp);
      p.diag(part.from, 'Unexpected end of template', 'The control directives within this template are unbalanced.', part.to);
      return;
    default:
      read(tp);
      p.diag(part.from, `Unexpected ${DIRECTIVE_NAME[part.kind]} directive`, 'The control directives within this template are unbalanced.', part.to);
  }
}

/** hclsyntax's templateParser.parseIf and parseFor. */
function parseDirective(p: Parser, tp: TemplateCursor): void {
  const open = read(tp);
  const isIf = open.kind === Part.If;
  let inElse = false;
  for (;;) {
    const next = tp.parts[tp.pos]!;
    if (next.kind === Part.End) {
      const what = isIf ? 'if' : 'for';
      p.diagReferring(next.from, next.to, 'Unexpected end of template', `The ${what} directive at ${REFERENCE} is missing its corresponding end${what} directive.`, open.from, open.to);
      return;
    }
    if (next.kind === Part.Else || next.kind === Part.EndIf || next.kind === Part.EndFor) {
      read(tp);
      if (isIf && next.kind === Part.Else && !inElse) {
        inElse = true;
        continue;
      }
      if (next.kind === (isIf ? Part.EndIf : Part.EndFor)) return;
      const name = DIRECTIVE_NAME[next.kind]!;
      const summary = `Unexpected ${name} directive`;
      if (!isIf && next.kind === Part.Else) p.diag(next.from, summary, 'An else clause is not expected for a for directive.', next.to);
      else {
        const detail = isIf
          ? next.kind === Part.Else
            ? `Already in the else clause for the if started at ${REFERENCE}.`
            : `Expecting an endif directive for the if started at ${REFERENCE}.`
          : `Expecting an endfor directive corresponding to the for directive at ${REFERENCE}.`;
        p.diagReferring(next.from, next.to, summary, detail, open.from, open.to);
      }
      return;
    }
    parseExpr(p, tp);
  }
}
