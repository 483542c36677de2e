import { describe, expect, it } from 'vitest';
import { syntaxDiagnostics, syntaxGate } from '../../../src/checks/terraform/gate.js';

// Verdicts and first-error positions recorded from hclsyntax.ParseConfig (hcl v2.23.0), first in the
// order terraform prints them (sorted by position).
describe('syntax gate: accepts what hclsyntax accepts', () => {
  it.each([
    'x = {for k, v in m: k => v...}\n',
    'x = [for v in m: v if v]\n',
    'x = [for a, b in c: a]\n',
    'x = {\n  for k in m: k => 1\n}\n',
    'x = [\n  for k in m:\n  k\n]\n',
    'x = a[*].b.c[0]\nx2 = a.*.b\nx3 = a.b.*.c\n',
    'x = provider::aws::arn_parse(v)\n',
    'x = <<EOT\nhello ${a}\n%{ for x in y }${x}%{ endfor }\nEOT\n',
    'b { c = 1 }\n',
    'b "x" y {\n  z = [\n    1,\n  ]\n}\n',
    'b x {\n}\n',
    'x = -a.b + !c\n',
    'x = (a\n+ b)\n',
    'x = a[\n1\n]\n',
    'x = "\\u00e9\\U0001F600"\n',
    'x = {a = 1,}\ny = { a : 1, b : 2 }\nz = {\n  a = 1\n  b = 2\n}\n',
    'x = f(a...)\ny = f(a, b,)\nz = f(\n  a,\n  b\n)\n',
    '# c\nx = 1 // c\n/* c */\n',
    'x = true ? 1 : 2 ? 3 : 4\n',
    'x = "${ {a = 1} }"\n',
    'x = 1e5\ny = a.0\n',
    '',
    '\ufeffx = 1\n',
  ])('%j', (src) => {
    expect(syntaxGate(src)).toBeUndefined();
  });
});

describe('syntax gate: rejects what hclsyntax rejects, at the same place', () => {
  it.each([
    ['a = 1 b = 2\n', 1, 7, 'Missing newline after argument'],
    ['a = 1\na = 2\n', 2, 1, 'Attribute redefined'],
    ['locals {\n  a = 1\n  a = 2\n}\n', 3, 3, 'Attribute redefined'],
    ['a {\n', 1, 3, 'Unclosed configuration block'],
    ['b {\n}\n}\n', 3, 1, 'Argument or block definition required'],
    ['b {}c\n', 1, 5, 'Missing newline after block definition'],
    ['b "x"\n{\n}\n', 1, 6, 'Invalid block definition'],
    ['b { c = 1, d = 2 }\n', 1, 10, 'Invalid single-argument block definition'],
    ['"a" = 1\n', 1, 1, 'Invalid argument name'],
    ['x = a\n.b\n', 2, 1, 'Argument or block definition required'],
    ['x = \n', 1, 5, 'Invalid expression'],
    ['x = "\\q"\n', 1, 6, 'Invalid escape sequence'],
    ['x = "\\ud800"\n', 1, 6, 'Invalid escape sequence'],
    ['x = "a\nb"\n', 1, 7, 'Invalid multi-line string'],
    // hclsyntax reports the scanner's "Invalid multi-line string" (1:10) first; terraform sorts by position.
    ['x = "${a"\n', 1, 6, 'Unclosed template interpolation sequence'],
    ['x = "%{ if a }"\n', 1, 15, 'Unexpected end of template'],
    ['x = "%{ else }"\n', 1, 6, 'Unexpected else directive'],
    ['x = "%{ if a }b%{ else }c%{ else }d%{ endif }"\n', 1, 26, 'Unexpected else directive'],
    ['x = <<EOT\nunterminated\n', 3, 1, 'Unterminated template string'],
    ['resource "a" "${b}" {}\n', 1, 15, 'Invalid string literal'],
    ['x = a.0.1\n', 1, 7, 'Invalid legacy index syntax'],
    ['x = 1.2.3\n', 1, 5, 'Invalid number literal'],
    ['x = a.\n', 1, 7, 'Invalid attribute name'],
    ['x = [for a in b: a => 1]\n', 1, 18, "Invalid 'for' expression"],
    ['x = {for a in c: a}\n', 1, 18, "Invalid 'for' expression"],
    ['x = 1 & 2\n', 1, 7, 'Unsupported operator'],
    ['x = 1;\n', 1, 6, 'Invalid character'],
    ['x = `a`\n', 1, 5, 'Invalid character'],
    ['x = {a = 1 b = 2}\n', 1, 12, 'Missing attribute separator'],
    ['x = f(a b)\n', 1, 9, 'Missing argument separator'],
    ['x = [1 2]\n', 1, 8, 'Missing item separator'],
    ['x = a ? b\n', 1, 10, 'Missing false expression in conditional'],
    ['x = a::b\n', 1, 9, 'Missing open parenthesis'],
    ['x = f(a)...\n', 1, 9, 'Missing newline after argument'],
    ['\ufeffresource "a" "foo_${b}" {\n}\n', 1, 19, 'Invalid string literal'],
  ])('%j', (src, line, column, summary) => {
    expect(syntaxGate(src)).toMatchObject({ line, column, summary });
  });
});

describe('syntax gate: limits', () => {
  it('gives up on absurd nesting with a RangeError the engine reports, not a crash', () => {
    const src = `a = ${'('.repeat(100_000)}1${')'.repeat(100_000)}\n`;
    expect(() => syntaxGate(src)).toThrow(RangeError);
  });
  it('reports thousands of invalid characters on one line, each at its column, in linear time', () => {
    const src = `x${'\u{9cade}'.repeat(40_000)}\n`;
    const t0 = performance.now();
    const diags = syntaxDiagnostics(src);
    expect(performance.now() - t0).toBeLessThan(5000);
    // hclsyntax: the identifier is no body item; then one "Invalid character" per character.
    expect(diags).toHaveLength(40_001);
    expect(diags[0]).toMatchObject({ line: 1, column: 1, summary: 'Argument or block definition required' });
    expect(diags[40_000]).toMatchObject({ line: 1, column: 40_001, endColumn: 40_002, summary: 'Invalid character' });
  });
  it('handles realistic nesting depth', () => {
    expect(syntaxGate(`a = ${'['.repeat(200)}${']'.repeat(200)}\n`)).toBeUndefined();
  });
});
