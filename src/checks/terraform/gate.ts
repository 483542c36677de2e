import { contentStart, lex, type Tokens } from './lexer.js';
import { Parser } from './parser.js';
import { REFERENCE, tokenView, type RawDiagnostic } from './syntax-tokens.js';
import type { SyntaxDiagnostic } from './syntax-errors.js';

/**
 * terraform fmt's syntax gate in TypeScript: every diagnostic hclsyntax.ParseConfig reports for
 * a file, in the order terraform prints them. The scanner's invalid-token diagnostics
 * (syntax-tokens.ts) come first, then the parser's (parser.ts, parser-template.ts), which
 * recovers after each error the way hclsyntax does (recovery.ts). terraform sorts diagnostics
 * by subject start, then end, keeping the order of ties; so do we.
 */
export function syntaxDiagnostics(src: string, toks: Tokens = lex(src), filename = '<file>'): SyntaxDiagnostic[] {
  const { view, diags } = tokenView(src, toks);
  const parser = new Parser(src, view);
  parser.parseFile();
  const all: RawDiagnostic[] = [...diags, ...parser.diags];
  if (all.length === 0) return [];
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start || all[a]!.end - all[b]!.end || a - b);
  const lines = new LineIndex(src);
  return order.map((i) => {
    const d = all[i]!;
    const from = lines.position(d.start);
    const to = lines.after(d.start, from, Math.max(d.start, d.end));
    const detail = d.refers ? d.detail.replace(REFERENCE, rangeString(filename, lines, d.refers.start, d.refers.end)) : d.detail;
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, summary: d.summary, detail };
  });
}

/** A range as hcl's Range.String writes it: `main.tf:3,1-4`, or `main.tf:3,1-5,2` over lines. */
function rangeString(filename: string, lines: LineIndex, start: number, end: number): string {
  // Positions asked for out of order: a fresh index, so the other's column cache stays right.
  const index = new LineIndex(lines.source);
  const from = index.position(start);
  const to = index.after(start, from, end);
  return from.line === to.line ? `${filename}:${from.line},${from.column}-${to.column}` : `${filename}:${from.line},${from.column}-${to.line},${to.column}`;
}

/** The first syntax error of `src` as terraform prints it, or undefined when it parses. */
export function syntaxGate(src: string, toks: Tokens = lex(src)): SyntaxDiagnostic | undefined {
  return syntaxDiagnostics(src, toks)[0];
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

/**
 * Line and column of offsets; lines counted once per file. Columns count grapheme clusters from
 * the start of the line, or from the previous offset asked for on the same line: a file can hold
 * thousands of invalid characters on one line, each its own diagnostic.
 */
class LineIndex {
  private readonly starts: number[] = [0];
  private readonly src: string;
  private last = { line: 0, offset: 0, column: 0 };
  get source(): string {
    return this.src;
  }
  constructor(src: string) {
    this.src = src;
    for (let k = src.indexOf('\n'); k >= 0; k = src.indexOf('\n', k + 1)) this.starts.push(k + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    const { last } = this;
    let column: number;
    if (last.line === line && last.offset <= offset) column = last.column + columnOf(this.src, last.offset, offset) - 1;
    else {
      // hclsyntax does not count a byte order mark.
      const lineStart = Math.max(this.starts[lo]!, contentStart(this.src));
      column = columnOf(this.src, lineStart, offset);
    }
    this.last = { line, offset, column };
    return { line, column };
  }

  /** The position of `offset`, at or after `from` whose position is `at`; the cache is left alone. */
  after(from: number, at: { line: number; column: number }, offset: number): { line: number; column: number } {
    const nl = this.src.indexOf('\n', from);
    if (nl < 0 || nl >= offset) return { line: at.line, column: at.column + columnOf(this.src, from, offset) - 1 };
    const saved = this.last;
    this.last = { line: 0, offset: 0, column: 0 };
    const pos = this.position(offset);
    this.last = saved;
    return pos;
  }
}
