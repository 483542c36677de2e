import { describe, expect, it } from 'vitest';
import { lex, T, tokenText } from '../../../src/checks/terraform/lexer.js';

const NAMES = Object.fromEntries(Object.entries(T).map(([k, v]) => [v, k]));
function tokens(src: string): string[] {
  const t = lex(src);
  const out: string[] = [];
  for (let i = 0; i < t.count - 1; i++) out.push(`${NAMES[t.type[i]!]}:${tokenText(src, t, i)}`);
  return out;
}

describe('HCL lexer (hclsyntax token boundaries)', () => {
  it('splits string templates at $ and % like hclsyntax', () => {
    expect(tokens('"a$b%c$${d}%%{e}"')).toEqual([
      'OQuote:"',
      'QuotedLit:a',
      'QuotedLit:$',
      'QuotedLit:b',
      'QuotedLit:%',
      'QuotedLit:c',
      'QuotedLit:$${',
      'QuotedLit:d}',
      'QuotedLit:%%{',
      'QuotedLit:e}',
      'CQuote:"',
    ]);
  });
  it('tracks ${ } and %{ } sequences, strip markers and nested braces', () => {
    expect(tokens('"${~ {a=1} ~}%{if x}y%{endif}"')).toEqual([
      'OQuote:"',
      'TemplateInterp:${~',
      'OBrace:{',
      'Ident:a',
      'Equal:=',
      'Number:1',
      'CBrace:}',
      'TemplateSeqEnd:~}',
      'TemplateControl:%{',
      'Ident:if',
      'Ident:x',
      'TemplateSeqEnd:}',
      'QuotedLit:y',
      'TemplateControl:%{',
      'Ident:endif',
      'TemplateSeqEnd:}',
      'CQuote:"',
    ]);
  });
  it('ends a heredoc only at a line that is exactly its marker (spaces allowed)', () => {
    expect(tokens('a = <<-EOT\n EOTX\n${b}EOT\n  EOT  \nc')).toEqual([
      'Ident:a',
      'Equal:=',
      'OHeredoc:<<-EOT\n',
      'StringLit: EOTX\n',
      'TemplateInterp:${',
      'Ident:b',
      'TemplateSeqEnd:}',
      'StringLit:EOT\n',
      'CHeredoc:  EOT  ',
      'Newline:\n',
      'Ident:c',
    ]);
  });
  it('keeps the newline inside # and // comments, not inside /* */', () => {
    expect(tokens('a # x\n// y\r\n/* z\n*/\n')).toEqual(['Ident:a', 'Comment:# x\n', 'Comment:// y\r\n', 'Comment:/* z\n*/', 'Newline:\n']);
  });
  it('reads numbers, operators and the provider-function ::', () => {
    expect(tokens('x = 1.5e+3 == a::b... => 2.')).toEqual([
      'Ident:x',
      'Equal:=',
      'Number:1.5e+3',
      'Punct:==',
      'Ident:a',
      'DoubleColon:::',
      'Ident:b',
      'Punct:...',
      'Punct:=>',
      'Number:2',
      'Punct:.',
    ]);
  });
  it('skips a byte order mark and accepts Unicode identifiers', () => {
    expect(tokens('\ufeffnäme = 1')).toEqual(['Ident:näme', 'Equal:=', 'Number:1']);
  });
  it('a lone surrogate at the end is one invalid unit, not a token reaching past the text (found by test/fuzz)', () => {
    const t = lex('\ufeff\ud800');
    expect([t.type[0], t.start[0], t.end[0]]).toEqual([T.Invalid, 1, 2]);
    expect(tokens('a = "\\\ud800"')).toEqual(['Ident:a', 'Equal:=', 'OQuote:"', 'QuotedLit:\\\ud800', 'CQuote:"']);
  });
});
