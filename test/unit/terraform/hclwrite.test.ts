import { describe, expect, it } from 'vitest';
import { formatHcl } from '../../../src/checks/terraform/hclwrite.js';

// Expected output recorded from hclwrite.Format of hcl v2.19.1 (the `::` case: hcl v2.20+).
describe('hclwrite.Format in TypeScript', () => {
  it.each([
    ['indents by bracket nesting', 'a {\nb {\nc = [\n1,\n]\n}\n}\n', 'a {\n  b {\n    c = [\n      1,\n    ]\n  }\n}\n'],
    ['aligns = in a run of attribute lines; a blank line ends the run', 'a=1\nbbb=2\n\ncc=3\n', 'a   = 1\nbbb = 2\n\ncc = 3\n'],
    ['aligns trailing comments, widths taken after = is aligned', 'a = 1 # one\nbbb = 22 # two\nc { # three\n}\n', 'a   = 1  # one\nbbb = 22 # two\nc {      # three\n}\n'],
    ['spaces operators, calls, commas, index and attribute access', 'a=b+c*-d\nx=f( a , b... )\ny=a [0] .b\nz=!c&&d||e==f\n', 'a = b + c * -d\nx = f(a, b...)\ny = a[0].b\nz = !c && d || e == f\n'],
    ['tells negation from subtraction', 'x = a ? -1 : - 2\ny = (- 3)\n', 'x = a ? -1 : -2\ny = (-3)\n'],
    ['keeps a space after the for keyword `in` before a tuple', 'x = [ for v in [1] : v if v > - 1 ]\n', 'x = [for v in [1] : v if v > -1]\n'],
    ['spaces braces, except an empty pair', 'x = { }\ny = {a=1}\nz = "${ {a=1} }"\n', 'x = {}\ny = { a = 1 }\nz = "${ { a = 1 } }"\n'],
    ['leaves heredoc text alone', 'x = <<EOT\n  keep   this\n    ${ a }\nEOT\n', 'x = <<EOT\n  keep   this\n    ${a}\nEOT\n'],
    ['keeps the spaces before the end of the file', 'x = 1   ', 'x = 1   '],
    ['glues provider::ns::fn like hcl v2.20+', 'x = provider :: ns :: f( 1 )\n', 'x = provider::ns::f(1)\n'],
    ['measures widths in grapheme clusters', '"é" = 1\nab = 2\n', '"é" = 1\nab  = 2\n'],
    ['keeps an unbalanced line in the lead cell', 'a = {\n  b = 1\n  cc = [\n  2 ]\n}\n', 'a = {\n  b = 1\n  cc = [\n  2]\n}\n'],
    ['does not align a /* */ comment that is followed by a newline token', 'a = 1 /* c */\nbb = 2\n', 'a  = 1 /* c */\nbb = 2\n'],
    ['splats', 'x = a[*].b\ny = a.*.c\n', 'x = a[*].b\ny = a.*.c\n'],
    ['keeps template text and sequences together', 'x = "a${b}c%{if d}e%{endif}"\n', 'x = "a${b}c%{if d}e%{endif}"\n'],
    ['keeps CRLF line ends', 'a=1\r\nbb=2\r\n', 'a  = 1\r\nbb = 2\r\n'],
  ])('%s', (_name, input, want) => {
    expect(formatHcl(input)).toBe(want);
  });
});
