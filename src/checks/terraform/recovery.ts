import { G, type RawDiagnostic, type TokenView } from './syntax-tokens.js';

/**
 * hclsyntax's peeker and its error recovery (parser.go: recover, recoverOver,
 * recoverAfterBodyItem). After a syntax error hclsyntax skips ahead to a likely resumption point
 * and keeps parsing, with a sticky `recovery` flag that silences most later "unexpected token"
 * errors; terraform fmt prints every diagnostic that survives. Positions are view indices.
 */
export class Peeker {
  pos = 0;
  /** Set once any recovery happened; hclsyntax never clears it. */
  recovery = false;
  readonly diags: RawDiagnostic[] = [];
  /** Whether newlines are significant here (hclsyntax's IncludeNewlinesStack). */
  private readonly nl: boolean[] = [true];

  readonly src: string;
  readonly view: TokenView;
  readonly kind: Uint8Array;
  readonly n: number;

  constructor(src: string, view: TokenView) {
    this.src = src;
    this.view = view;
    this.kind = view.kind;
    this.n = view.n;
  }

  /** Index of the next token under the current newline mode; the EOF token repeats forever. */
  peekIndex(): number {
    let p = this.pos;
    if (!this.nl[this.nl.length - 1]) while (this.kind[p] === G.Newline) p++;
    return Math.min(p, this.n - 1);
  }

  peek(): number {
    return this.kind[this.peekIndex()]!;
  }

  read(): number {
    const p = this.peekIndex();
    this.pos = this.kind[p] === G.EOF ? p : p + 1;
    return p;
  }

  /** The token before the next one, as hclsyntax's PrevRange. */
  prev(): number {
    return this.pos === 0 ? this.peekIndex() : this.pos - 1;
  }

  pushNl(on: boolean): void {
    this.nl.push(on);
  }

  popNl(): void {
    this.nl.pop();
  }

  text(p: number): string {
    return this.src.slice(this.view.start[p], this.view.end[p]);
  }

  isKeyword(p: number, word: string): boolean {
    if (this.kind[p] !== G.Ident) return false;
    const s = this.view.start[p]!;
    return this.view.end[p]! - s === word.length && this.src.startsWith(word, s);
  }

  /** Records a diagnostic whose subject runs from token `from` to token `to`. */
  diag(from: number, summary: string, detail: string, to = from): void {
    this.diags.push({ start: this.view.start[from]!, end: this.view.end[to]!, summary, detail });
  }

  /** A diagnostic whose detail names the range of tokens `refFrom` to `refTo` at REFERENCE. */
  diagReferring(from: number, to: number, summary: string, detail: string, refFrom: number, refTo: number): void {
    this.diags.push({
      start: this.view.start[from]!,
      end: this.view.end[to]!,
      summary,
      detail,
      refers: { start: this.view.start[refFrom]!, end: this.view.end[refTo]! },
    });
  }

  /** Diagnostics recorded since `mark` (a length of `diags`)? */
  erredSince(mark: number): boolean {
    return this.diags.length > mark;
  }

  /** Skips to the `end` that closes the current bracket (nested pairs skipped); returns it. */
  recover(end: number): number {
    const start = opposite(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const p = this.read();
      let ty = this.kind[p]!;
      if (end === G.TemplateSeqEnd && ty === G.TemplateControl) ty = G.TemplateInterp;
      if (ty === start) nest++;
      else if (ty === end) {
        if (nest < 1) return p;
        nest--;
      } else if (ty === G.EOF) return p;
    }
  }

  /** Skips to the next `start` bracket, then past the one that closes it. */
  recoverOver(start: number): void {
    for (;;) {
      const k = this.kind[this.read()]!;
      if (k === start || k === G.EOF) break;
    }
    this.recover(opposite(start));
  }

  /** Skips past the newline that ends the current body item, brackets and strings balanced. */
  recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: number[] = [];
    for (;;) {
      const k = this.kind[this.read()]!;
      if (k === G.Newline) {
        if (open.length === 0) return;
      } else if (k === G.EOF) return;
      else if (k === G.OBrace || k === G.OBrack || k === G.OParen || k === G.OQuote || k === G.OHeredoc || k === G.TemplateInterp || k === G.TemplateControl) {
        open.push(k);
      } else if (k === G.CBrace || k === G.CBrack || k === G.CParen || k === G.CQuote || k === G.CHeredoc) {
        const opener = opposite(k);
        while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
        open.pop();
      } else if (k === G.TemplateSeqEnd) {
        while (open.length > 0 && open[open.length - 1] !== G.TemplateInterp && open[open.length - 1] !== G.TemplateControl) open.pop();
        open.pop();
      }
    }
  }
}

/** hclsyntax's oppositeBracket; -1 for a token that is no bracket. */
export function opposite(k: number): number {
  switch (k) {
    case G.OBrace:
      return G.CBrace;
    case G.OBrack:
      return G.CBrack;
    case G.OParen:
      return G.CParen;
    case G.OQuote:
      return G.CQuote;
    case G.OHeredoc:
      return G.CHeredoc;
    case G.CBrace:
      return G.OBrace;
    case G.CBrack:
      return G.OBrack;
    case G.CParen:
      return G.OParen;
    case G.CQuote:
      return G.OQuote;
    case G.CHeredoc:
      return G.OHeredoc;
    case G.TemplateControl:
    case G.TemplateInterp:
      return G.TemplateSeqEnd;
    case G.TemplateSeqEnd:
      return G.TemplateInterp;
    default:
      return -1;
  }
}
