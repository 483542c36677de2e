import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/checks/terraform/decode.js';
import { glueDoubleColons, pickPlaceholder, unglueDoubleColons } from '../../../src/checks/terraform/doublecolon.js';
import { compileGlobs } from '../../../src/checks/terraform/glob.js';
import { lex } from '../../../src/checks/terraform/lexer.js';
import { decodeQuotedLiteral, escapeQuotedStringLit } from '../../../src/checks/terraform/rewrite.js';
import { reduceForGate, restoreShrunk, shrinkForFormat } from '../../../src/checks/terraform/shrink.js';
import { parseGateErrors } from '../../../src/checks/terraform/syntax-errors.js';

describe('strict UTF-8 decoding', () => {
  it('keeps a byte order mark and decodes valid text', () => {
    expect(decodeUtf8(Buffer.from('\ufeffa = "é"\n'))).toEqual({ ok: true, text: '\ufeffa = "é"\n' });
  });
  it('points at the first invalid byte by line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a = 1\nbé = "'), Buffer.from([0xff]), Buffer.from('"\n')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, offset: 13, line: 2, column: 7 });
  });
  it('rejects encoded surrogates and truncated sequences', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toMatchObject({ ok: false, offset: 1 });
  });
});

describe('hcl2json error messages', () => {
  it('splits several diagnostics and keeps their ranges', () => {
    const msg =
      'parse config: [\u0001:2,1-2: Attribute redefined; The argument "a" was already set at \u0001:1,1-2. Each argument may be set only once. \u0001:3,5-4,1: Invalid expression; Expected the start of an expression, but found an invalid expression token.]';
    expect(parseGateErrors(msg)).toEqual([
      { line: 2, column: 1, endLine: 2, endColumn: 2, summary: 'Attribute redefined', detail: 'The argument "a" was already set at line 1,1-2. Each argument may be set only once.' },
      { line: 3, column: 5, endLine: 4, endColumn: 1, summary: 'Invalid expression', detail: 'Expected the start of an expression, but found an invalid expression token.' },
    ]);
  });
  it('ignores errors that are not parse failures', () => {
    expect(parseGateErrors('convert: something else')).toBeUndefined();
  });
});

describe('labels', () => {
  it('decodes hclsyntax escapes', () => {
    expect(decodeQuotedLiteral('a\\n\\t\\"\\\\\\u00e9\\U0001F600')).toBe('a\n\t"\\é😀');
    expect(decodeQuotedLiteral('$${')).toBe('${');
  });
  it('escapes like hclwrite (Go unicode.IsPrint decides)', () => {
    expect(escapeQuotedStringLit('a"b\\c\n${x}%{y} \u00a0\u200b\u{10ffff}é')).toBe('a\\"b\\\\c\\n$${x}%%{y} \\u00a0\\u200b\\U0010ffffé');
  });
});

describe('provider function ::', () => {
  it('glues ::, spaces included, into one identifier and restores it', () => {
    const src = 'a = provider :: ns ::fn(1) # "::" in a comment stays\n';
    const ph = pickPlaceholder(src)!;
    const glued = glueDoubleColons(src, lex(src), ph);
    expect(glued).toBe(`a = provider${ph}${ph}ns${ph}${ph}fn(1) # "::" in a comment stays\n`);
    expect(unglueDoubleColons(glued, ph)).toBe('a = provider::ns::fn(1) # "::" in a comment stays\n');
  });
  it('picks a placeholder letter absent from the file', () => {
    expect(pickPlaceholder('ǂ')).not.toBe('ǂ');
  });
});

describe('include/exclude globs', () => {
  it('matches paths, base names and directories', () => {
    const m = compileGlobs(['modules/**/*.tf', '*.tfvars', 'legacy', 'env/{dev,prod}/main.tf']);
    expect(m('modules/a/b/main.tf')).toBe(true);
    expect(m('modules/main.tf')).toBe(true);
    expect(m('x/prod.tfvars')).toBe(true);
    expect(m('legacy/a.tf')).toBe(true);
    expect(m('env/prod/main.tf')).toBe(true);
    expect(m('env/test/main.tf')).toBe(false);
    expect(m('main.tf')).toBe(false);
  });
});

describe('shrinking text before the WebAssembly calls', () => {
  it('shortens comments and plain literals for the gate, keeps escapes and template text', () => {
    const src = 'a = "long literal" # comment\nb = "x\\ny"\nc = "${d}tail"\n';
    expect(reduceForGate(src, lex(src))).toBe('a = "x" #\nb = "x\\ny"\nc = "${d}x"\n');
  });
  it('keeps widths that alignment uses, and restores every shortened token', () => {
    const src = 'a = "long value"\nbb = "kept, a comment follows" # c\n"key" = "value"\n/* block */\n';
    const shrunk = shrinkForFormat(src, lex(src));
    expect(shrunk.text).toBe('a = "x"\nbb = "kept, a comment follows" #\n"key" = "x"\n/**/\n');
    expect(restoreShrunk('a  = "x"\nbb = "kept, a comment follows" #\n"key" = "x"\n/**/\n', shrunk)).toBe(
      'a  = "long value"\nbb = "kept, a comment follows" # c\n"key" = "value"\n/* block */\n',
    );
  });
});
