import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/checks/terraform/decode.js';
import { compileGlobs } from '../../../src/checks/terraform/glob.js';
import { decodeQuotedLiteral, escapeQuotedStringLit } from '../../../src/checks/terraform/rewrite.js';

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

describe('labels', () => {
  it('decodes hclsyntax escapes', () => {
    expect(decodeQuotedLiteral('a\\n\\t\\"\\\\\\u00e9\\U0001F600')).toBe('a\n\t"\\é😀');
    expect(decodeQuotedLiteral('$${')).toBe('${');
  });
  it('escapes like hclwrite (Go unicode.IsPrint decides)', () => {
    expect(escapeQuotedStringLit('a"b\\c\n${x}%{y} \u00a0\u200b\u{10ffff}é')).toBe('a\\"b\\\\c\\n$${x}%%{y} \\u00a0\\u200b\\U0010ffffé');
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
