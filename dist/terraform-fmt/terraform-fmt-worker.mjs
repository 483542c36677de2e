import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/checks/terraform/lexer.ts
/**
 * A tokenizer for HCL native syntax that produces the same token boundaries and types as
 * hclsyntax's scanner (scan_tokens.rl): string templates split at `$`/`%`, `${`/`%{` sequences
 * and the brace stack that ends them, heredocs with their closing-marker rule, comments that
 * include their newline, `::`. Operators other than `=` and `:` share the type Punct; the gate
 * and the formatter tell them apart by their text.
 *
 * The syntax gate (gate.ts) and the formatter (hclwrite.ts) both work on these tokens. Malformed
 * input yields `Invalid` / `QuotedNewline` tokens, which the gate reports; it never throws.
 *
 * Tokens are stored column-wise (typed arrays) so a 20 MB file costs a few bytes per token.
 */
const T = {
    EOF: 0,
    Newline: 1,
    Comment: 2,
    Ident: 3,
    Number: 4,
    OQuote: 5,
    CQuote: 6,
    QuotedLit: 7,
    QuotedNewline: 8,
    TemplateInterp: 9,
    TemplateControl: 10,
    TemplateSeqEnd: 11,
    OHeredoc: 12,
    CHeredoc: 13,
    StringLit: 14,
    OBrace: 15,
    CBrace: 16,
    OParen: 17,
    CParen: 18,
    OBrack: 19,
    CBrack: 20,
    Equal: 21,
    Colon: 22,
    DoubleColon: 23,
    /** Any other operator or punctuation (`.`, `,`, `==`, `...`, `=>`, ...). */
    Punct: 24,
    Invalid: 25,
};
const MODE_MAIN = 0;
const MODE_STRING = 1;
const MODE_HEREDOC = 2;
const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const HEREDOC_START = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
// Characters that are a token by themselves: [ ] ( ) { } . , * / % + - = < > ! ? : & | ~ ^ ; ` '
function isSelfToken(c) {
    switch (c) {
        case 0x5b:
        case 0x5d:
        case 0x28:
        case 0x29:
        case 0x7b:
        case 0x7d:
        case 0x2e:
        case 0x2c:
        case 0x2a:
        case 0x2f:
        case 0x25:
        case 0x2b:
        case 0x2d:
        case 0x3d:
        case 0x3c:
        case 0x3e:
        case 0x21:
        case 0x3f:
        case 0x3a:
        case 0x26:
        case 0x7c:
        case 0x7e:
        case 0x5e:
        case 0x3b:
        case 0x60:
        case 0x27:
            return true;
        default:
            return false;
    }
}
/**
 * What a Punct token is. The parser (gate.ts) and the formatter (hclwrite.ts) group operators
 * differently, so each maps these through its own `punctTable`.
 */
const P = {
    /** `&` `|` `~` `^` `;` backtick, apostrophe: accepted by the scanner, not operators of HCL. */
    Bad: 0,
    Dot: 1,
    Comma: 2,
    Ellipsis: 3,
    Question: 4,
    Star: 5,
    Minus: 6,
    Bang: 7,
    Plus: 8,
    Slash: 9,
    Percent: 10,
    Less: 11,
    Greater: 12,
    /** `==` `!=` `<=` `>=` */
    Comparison: 13,
    /** `&&` `||` */
    Logic: 14,
    /** `=>` */
    FatArrow: 15,
};
const SINGLE_PUNCT = new Uint8Array(128);
for (const [ch, p] of [['.', P.Dot], [',', P.Comma], ['?', P.Question], ['*', P.Star], ['-', P.Minus], ['!', P.Bang], ['+', P.Plus], ['/', P.Slash], ['%', P.Percent], ['<', P.Less], ['>', P.Greater]]) {
    SINGLE_PUNCT[ch.charCodeAt(0)] = p;
}
// The token type of each one-character token; what is not a bracket, `=` or `:` is a Punct.
const SELF_TYPE = new Uint8Array(128).fill(T.Punct);
for (const [ch, t] of [['(', T.OParen], [')', T.CParen], ['[', T.OBrack], [']', T.CBrack], ['=', T.Equal], [':', T.Colon]])
    SELF_TYPE[ch.charCodeAt(0)] = t;
/** `c` is one of isSelfToken's characters, all ASCII. */
function selfTokenType(c) {
    return SELF_TYPE[c];
}
/** The P of the Punct token src[s, e). */
function punctOf(src, s, e) {
    const c = src.charCodeAt(s);
    if (e - s === 1)
        return c < 128 ? SINGLE_PUNCT[c] : P.Bad;
    if (c === 0x2e)
        return P.Ellipsis;
    if (c === 0x26 || c === 0x7c)
        return P.Logic;
    return c === 0x3d && src.charCodeAt(s + 1) === 0x3e ? P.FatArrow : P.Comparison;
}
/** A lookup from P to a module's own kinds, every P given one. */
function punctTable(kinds) {
    const out = new Uint8Array(Object.keys(P).length);
    for (const [name, p] of Object.entries(P))
        out[p] = kinds[name];
    return out;
}
/** == != >= <= && || => */
function isTwoCharOp(c, d) {
    if (d === 0x3d)
        return c === 0x3d || c === 0x21 || c === 0x3e || c === 0x3c;
    if (c === 0x26)
        return d === 0x26;
    if (c === 0x7c)
        return d === 0x7c;
    return c === 0x3d && d === 0x3e;
}
function isSpace(c) {
    return c === 0x20 || c === 0x09;
}
class Accumulator {
    count = 0;
    type;
    start;
    end;
    constructor(capacity) {
        this.type = new Uint8Array(capacity);
        this.start = new Uint32Array(capacity);
        this.end = new Uint32Array(capacity);
    }
    push(t, s, e) {
        if (this.count === this.type.length)
            this.grow();
        this.type[this.count] = t;
        this.start[this.count] = s;
        this.end[this.count] = e;
        this.count++;
    }
    grow() {
        const n = this.type.length * 2;
        const type = new Uint8Array(n);
        type.set(this.type);
        const start = new Uint32Array(n);
        start.set(this.start);
        const end = new Uint32Array(n);
        end.set(this.end);
        this.type = type;
        this.start = start;
        this.end = end;
    }
    finish() {
        return { count: this.count, type: this.type, start: this.start, end: this.end };
    }
}
/** Offset where tokens begin: hclsyntax skips a leading UTF-8 byte order mark. */
function contentStart(src) {
    return src.charCodeAt(0) === 0xfeff ? 1 : 0;
}
function lexer_lex(src) {
    // Typical configuration has a token every 4-5 characters; the arrays grow when needed.
    const out = new Accumulator(Math.max(64, (src.length >> 2) + 16));
    const n = src.length;
    let p = contentStart(src);
    const modes = [MODE_MAIN];
    const heredocs = [];
    let braces = 0;
    const retBraces = [];
    const enterSequence = (t, len) => {
        out.push(t, p, p + len);
        p += len;
        braces++;
        retBraces.push(braces);
        if (heredocs.length > 0)
            heredocs[heredocs.length - 1].startOfLine = false;
        modes.push(MODE_MAIN);
    };
    /** `${`, `${~`, `%{`, `%{~` at p, or 0. */
    const sequenceLength = () => {
        if (src.charCodeAt(p + 1) !== 0x7b)
            return 0;
        return src.charCodeAt(p + 2) === 0x7e ? 3 : 2;
    };
    while (p < n) {
        const mode = modes[modes.length - 1];
        const c = src.charCodeAt(p);
        if (mode === MODE_STRING) {
            if ((c === 0x24 || c === 0x25) && sequenceLength() > 0) {
                enterSequence(c === 0x24 ? T.TemplateInterp : T.TemplateControl, sequenceLength());
                continue;
            }
            if (c === 0x22) {
                out.push(T.CQuote, p, p + 1);
                p++;
                modes.pop();
                continue;
            }
            if (c === 0x0a || c === 0x0d) {
                const s = p;
                while (p < n && (src.charCodeAt(p) === 0x0a || src.charCodeAt(p) === 0x0d))
                    p++;
                out.push(T.QuotedNewline, s, p);
                continue;
            }
            if (c === 0x24 || c === 0x25) {
                // `$${` / `%%{` (an escaped sequence introducer, optionally with `~`) is one literal
                // token; any other lone `$` or `%` is a literal token by itself.
                let len = 1;
                if (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 0x7b)
                    len = src.charCodeAt(p + 3) === 0x7e ? 4 : 3;
                out.push(T.QuotedLit, p, p + len);
                p += len;
                continue;
            }
            const s = p;
            while (p < n) {
                const d = src.charCodeAt(p);
                if (d === 0x5c) {
                    const e = src.charCodeAt(p + 1);
                    if (p + 1 >= n || e === 0x0a || e === 0x0d)
                        break;
                    p += isSurrogatePair(src, p + 1) ? 3 : 2;
                    continue;
                }
                if (d === 0x24 || d === 0x25 || d === 0x22 || d === 0x0a || d === 0x0d)
                    break;
                p++;
            }
            if (p > s)
                out.push(T.QuotedLit, s, p);
            else {
                out.push(T.Invalid, p, p + 1);
                p++;
            }
            continue;
        }
        if (mode === MODE_HEREDOC) {
            const doc = heredocs[heredocs.length - 1];
            if ((c === 0x24 || c === 0x25) && sequenceLength() > 0) {
                enterSequence(c === 0x24 ? T.TemplateInterp : T.TemplateControl, sequenceLength());
                continue;
            }
            if (doc.startOfLine) {
                const nl = src.indexOf('\n', p);
                if (nl >= 0) {
                    const line = src.slice(p, nl);
                    if (line.indexOf('$') < 0 && line.indexOf('%') < 0 && goTrimSpace(line) === doc.marker) {
                        const markerEnd = line.endsWith('\r') ? nl - 1 : nl;
                        out.push(T.CHeredoc, p, markerEnd);
                        out.push(T.Newline, markerEnd, nl + 1);
                        p = nl + 1;
                        heredocs.pop();
                        modes.pop();
                        continue;
                    }
                }
            }
            const s = p;
            if (c === 0x24 || c === 0x25) {
                p += src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 0x7b ? (src.charCodeAt(p + 3) === 0x7e ? 4 : 3) : 1;
                doc.startOfLine = false;
                out.push(T.StringLit, s, p);
                continue;
            }
            while (p < n) {
                const d = src.charCodeAt(p);
                if (d === 0x24 || d === 0x25 || d === 0x0a)
                    break;
                p++;
            }
            if (p < n && src.charCodeAt(p) === 0x0a) {
                p++;
                doc.startOfLine = true;
            }
            else {
                doc.startOfLine = false;
            }
            out.push(T.StringLit, s, p);
            continue;
        }
        // MODE_MAIN
        if (isSpace(c)) {
            p++;
            continue;
        }
        if (c === 0x0a) {
            out.push(T.Newline, p, p + 1);
            p++;
            continue;
        }
        if (c === 0x0d && src.charCodeAt(p + 1) === 0x0a) {
            out.push(T.Newline, p, p + 2);
            p += 2;
            continue;
        }
        if (c >= 0x30 && c <= 0x39) {
            // digit (digit | '.' | [eE][+-]?digit)*, as NUMBER; written out because it is hot.
            let e = p + 1;
            for (;;) {
                const d = src.charCodeAt(e);
                if ((d >= 0x30 && d <= 0x39) || d === 0x2e)
                    e++;
                else if (d === 0x65 || d === 0x45) {
                    const f = src.charCodeAt(e + 1);
                    if (f >= 0x30 && f <= 0x39)
                        e += 2;
                    else if ((f === 0x2b || f === 0x2d) && src.charCodeAt(e + 2) >= 0x30 && src.charCodeAt(e + 2) <= 0x39)
                        e += 3;
                    else
                        break;
                }
                else
                    break;
            }
            while (src.charCodeAt(e - 1) === 0x2e)
                e--; // a number never ends with "."
            out.push(T.Number, p, e);
            p = e;
            continue;
        }
        if (c === 0x23 || (c === 0x2f && src.charCodeAt(p + 1) === 0x2f)) {
            const nl = src.indexOf('\n', p);
            const e = nl < 0 ? n : nl + 1;
            out.push(T.Comment, p, e);
            p = e;
            continue;
        }
        if (c === 0x2f && src.charCodeAt(p + 1) === 0x2a) {
            const close = src.indexOf('*/', p + 2);
            if (close >= 0) {
                out.push(T.Comment, p, close + 2);
                p = close + 2;
                continue;
            }
        }
        if (c === 0x22) {
            out.push(T.OQuote, p, p + 1);
            p++;
            modes.push(MODE_STRING);
            continue;
        }
        if (c === 0x3c && src.charCodeAt(p + 1) === 0x3c) {
            HEREDOC_START.lastIndex = p;
            const m = HEREDOC_START.exec(src);
            if (m) {
                out.push(T.OHeredoc, p, HEREDOC_START.lastIndex);
                p = HEREDOC_START.lastIndex;
                heredocs.push({ marker: m[2], startOfLine: true });
                modes.push(MODE_HEREDOC);
                continue;
            }
        }
        if (c === 0x7b) {
            out.push(T.OBrace, p, p + 1);
            p++;
            braces++;
            continue;
        }
        if (c === 0x7d || (c === 0x7e && src.charCodeAt(p + 1) === 0x7d)) {
            const len = c === 0x7d ? 1 : 2;
            const closesSequence = retBraces.length > 0 && retBraces[retBraces.length - 1] === braces;
            out.push(closesSequence || len === 2 ? T.TemplateSeqEnd : T.CBrace, p, p + len);
            p += len;
            braces--;
            if (closesSequence) {
                retBraces.pop();
                if (modes.length > 1)
                    modes.pop();
            }
            continue;
        }
        if (c === 0x2e && src.startsWith('...', p)) {
            out.push(T.Punct, p, p + 3);
            p += 3;
            continue;
        }
        if (c === 0x3a && src.charCodeAt(p + 1) === 0x3a) {
            out.push(T.DoubleColon, p, p + 2);
            p += 2;
            continue;
        }
        if (isTwoCharOp(c, src.charCodeAt(p + 1))) {
            out.push(T.Punct, p, p + 2);
            p += 2;
            continue;
        }
        if (isSelfToken(c)) {
            out.push(selfTokenType(c), p, p + 1);
            p++;
            continue;
        }
        if (c === 0x5f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
            // ASCII identifiers without the Unicode regular expression; it takes over at the first
            // non-ASCII character.
            let e = p + 1;
            for (;;) {
                const d = src.charCodeAt(e);
                if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x39) || d === 0x5f || d === 0x2d)
                    e++;
                else
                    break;
            }
            if (!(src.charCodeAt(e) >= 0x80)) {
                out.push(T.Ident, p, e);
                p = e;
                continue;
            }
        }
        if (c === 0x5f || c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
            IDENT.lastIndex = p;
            if (IDENT.exec(src)) {
                out.push(T.Ident, p, IDENT.lastIndex);
                p = IDENT.lastIndex;
                continue;
            }
        }
        const len = isSurrogatePair(src, p) ? 2 : 1;
        out.push(T.Invalid, p, p + len);
        p += len;
    }
    out.push(T.EOF, n, n);
    return out.finish();
}
/** A character outside the BMP starts at i; a lone surrogate (only from a caller's string, never from UTF-8) is one unit. */
function isSurrogatePair(src, i) {
    const c = src.charCodeAt(i);
    const d = src.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');
/** Go's bytes.TrimSpace: strips Unicode White_Space (not U+FEFF, unlike JS trim) from both ends. */
function goTrimSpace(s) {
    return s.replace(GO_TRIM, '');
}
/** Token text, for tests and diagnostics. */
function tokenText(src, toks, i) {
    return src.slice(toks.start[i], toks.end[i]);
}
/** `#` and `//` comments end the line they are on (they include its newline). */
function isLineComment(src, toks, i) {
    const c = src.charCodeAt(toks.start[i]);
    return c === 0x23 || src.charCodeAt(toks.start[i] + 1) === 0x2f;
}

;// CONCATENATED MODULE: ./src/checks/terraform/syntax-tokens.ts

/** Token kinds of the parser's view: the lexer's, with its Punct split the way hclsyntax does. */
const G = {
    ...T,
    Dot: 30,
    Comma: 31,
    Ellipsis: 32,
    Question: 33,
    Star: 34,
    Minus: 35,
    Bang: 36,
    BinOp: 37,
    FatArrow: 38,
    /** Characters hclsyntax's scanner accepts as tokens but reports as invalid. */
    Bad: 39,
};
const PUNCT_KIND = punctTable({
    Bad: G.Bad,
    Dot: G.Dot,
    Comma: G.Comma,
    Ellipsis: G.Ellipsis,
    Question: G.Question,
    Star: G.Star,
    Minus: G.Minus,
    Bang: G.Bang,
    Plus: G.BinOp,
    Slash: G.BinOp,
    Percent: G.BinOp,
    Less: G.BinOp,
    Greater: G.BinOp,
    Comparison: G.BinOp,
    Logic: G.BinOp,
    FatArrow: G.FatArrow,
});
/** Stands in a detail for the range a diagnostic refers to. */
const REFERENCE = '\u0000';
const CURLY = '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".';
/**
 * Builds the view and hclsyntax's checkInvalidTokens diagnostics, with its limits: bitwise
 * operators reported 4 times, `;` once, backticks and apostrophes on their 1st and 3rd
 * occurrence only (it assumes they come in pairs), other invalid characters every time.
 */
function tokenView(src, toks) {
    const { type, start, end } = toks;
    const kind = new Uint8Array(toks.count);
    const vs = new Uint32Array(toks.count);
    const ve = new Uint32Array(toks.count);
    const diags = [];
    const told = { bitwise: 0, backtick: 0, apostrophe: 0, semicolon: 0 };
    let n = 0;
    for (let i = 0; i < toks.count; i++) {
        const t = type[i];
        const s = start[i];
        const e = end[i];
        let k;
        switch (t) {
            case T.Comment:
                if (src.charCodeAt(e - 1) !== 0x0a)
                    continue;
                k = G.Newline;
                break;
            case T.Punct:
                k = PUNCT_KIND[punctOf(src, s, e)];
                break;
            case T.Invalid:
                k = G.Bad;
                break;
            default:
                k = t; // the other T values equal their G values
        }
        if (k === G.QuotedNewline || k === G.Bad)
            invalidToken(src, s, e, k, told, diags);
        kind[n] = k;
        vs[n] = s;
        ve[n] = e;
        n++;
    }
    return { view: { kind, start: vs, end: ve, n }, diags };
}
const BITWISE_HINT = {
    '&': ' Did you mean boolean AND ("&&")?',
    '|': ' Did you mean boolean OR ("||")?',
    '~': ' Did you mean boolean NOT ("!")?',
    '^': '',
};
function invalidToken(src, s, e, k, told, diags) {
    const report = (summary, detail) => {
        diags.push({ start: s, end: e, summary, detail });
    };
    if (k === G.QuotedNewline) {
        report('Invalid multi-line string', 'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.');
        return;
    }
    const text = src.slice(s, e);
    const hint = BITWISE_HINT[text];
    if (hint !== undefined) {
        if (told.bitwise++ < 4)
            report('Unsupported operator', `Bitwise operators are not supported.${hint}`);
    }
    else if (text === '`') {
        if (told.backtick % 2 === 0)
            report('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".');
        if (told.backtick <= 2)
            told.backtick++;
    }
    else if (text === "'") {
        if (told.apostrophe % 2 === 0)
            report('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.');
        if (told.apostrophe <= 2)
            told.apostrophe++;
    }
    else if (text === ';') {
        if (told.semicolon++ < 1) {
            report('Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.');
        }
    }
    else if (text === '“' || text === '”') {
        report('Invalid character', CURLY);
    }
    else {
        report('Invalid character', 'This character is not used within the language.');
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/parser-template.ts

// Template parts as hclsyntax's parseTemplateParts sees them; directives keep their token range.
const Part = { Literal: 0, Interp: 1, If: 2, For: 3, Else: 4, EndIf: 5, EndFor: 6, End: 7 };
const DIRECTIVES = ['if', 'for', 'else', 'endif', 'endfor'];
/** Edit distance in characters, as hclsyntax's nameSuggestion measures it (agext/levenshtein). */
function levenshtein(a, b) {
    const x = [...a];
    const y = [...b];
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const cur = [i];
        for (let j = 1; j <= y.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[y.length];
}
const DIRECTIVE_NAME = { [Part.Else]: 'else', [Part.EndIf]: 'endif', [Part.EndFor]: 'endfor' };
/**
 * A quoted or heredoc template after its opening token, through `end`: hclsyntax's
 * parseTemplateParts (interpolations, directives, escapes, with its recovery), then its
 * templateParser over the parts, which reports unbalanced if/for directives.
 */
function parseTemplate(p, end) {
    const parts = templateParts(p, end);
    const tp = { parts, pos: 0 };
    while (parts[tp.pos].kind !== Part.End)
        parseExpr(p, tp);
}
function templateParts(p, end) {
    const parts = [];
    const startRange = p.peekIndex();
    let endRange;
    for (;;) {
        const next = p.read();
        const k = p.kind[next];
        if (k === end) {
            endRange = next;
            break;
        }
        if (k === G.StringLit || k === G.QuotedLit) {
            if (k === G.QuotedLit)
                p.checkEscapes(next);
            parts.push({ kind: Part.Literal, from: next, to: next });
            continue;
        }
        if (k === G.TemplateInterp) {
            p.pushNl(false);
            p.parseExpression();
            const close = p.peekIndex();
            const ck = p.kind[close];
            if (ck !== G.TemplateSeqEnd) {
                if (!p.recovery) {
                    const escape = 'escape it by starting with "$${" instead of just "${".';
                    if (ck === G.EOF) {
                        p.diag(startRange, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.');
                    }
                    else if (ck === G.Colon) {
                        p.diag(close, 'Extra characters after interpolation expression', `Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can ${escape}`);
                    }
                    else if ((ck === G.CQuote || ck === G.OQuote) && end === G.CQuote) {
                        p.diag(startRange, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.');
                    }
                    else {
                        p.diag(close, 'Extra characters after interpolation expression', `Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, ${escape}`);
                    }
                }
                p.recover(G.TemplateSeqEnd);
            }
            else
                p.read();
            p.popNl();
            parts.push({ kind: Part.Interp, from: next, to: close });
            continue;
        }
        if (k === G.TemplateControl) {
            p.pushNl(false);
            const kw = p.peekIndex();
            const giveUp = (at, summary, detail) => {
                if (!p.recovery)
                    p.diag(at, summary, detail);
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
            }
            else if (word === 'else' || word === 'endif' || word === 'endfor') {
                parts.push({ kind: word === 'else' ? Part.Else : word === 'endif' ? Part.EndIf : Part.EndFor, from: next, to: p.peekIndex() });
            }
            else if (word === 'for') {
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
            }
            else {
                const suggestion = DIRECTIVES.find((d) => levenshtein(word, d) < 3);
                giveUp(kw, 'Invalid template control keyword', `"${word}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
                continue;
            }
            const close = p.peekIndex();
            if (p.kind[close] !== G.TemplateSeqEnd) {
                if (!p.recovery)
                    p.diag(close, `Extra characters in ${word} marker`, 'Expected a closing brace to end the sequence, but found extra characters.');
                p.recover(G.TemplateSeqEnd);
            }
            else
                p.read();
            p.popNl();
            continue;
        }
        if (!p.recovery)
            p.diag(next, 'Unterminated template string', 'No closing marker was found for the string.');
        endRange = p.recover(end);
        break;
    }
    parts.push({ kind: Part.End, from: endRange, to: endRange });
    return parts;
}
function read(tp) {
    const part = tp.parts[tp.pos];
    if (part.kind !== Part.End)
        tp.pos++;
    return part;
}
function parseExpr(p, tp) {
    const part = tp.parts[tp.pos];
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
function parseDirective(p, tp) {
    const open = read(tp);
    const isIf = open.kind === Part.If;
    let inElse = false;
    for (;;) {
        const next = tp.parts[tp.pos];
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
            if (next.kind === (isIf ? Part.EndIf : Part.EndFor))
                return;
            const name = DIRECTIVE_NAME[next.kind];
            const summary = `Unexpected ${name} directive`;
            if (!isIf && next.kind === Part.Else)
                p.diag(next.from, summary, 'An else clause is not expected for a for directive.', next.to);
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

;// CONCATENATED MODULE: ./src/checks/terraform/recovery.ts

/**
 * hclsyntax's peeker and its error recovery (parser.go: recover, recoverOver,
 * recoverAfterBodyItem). After a syntax error hclsyntax skips ahead to a likely resumption point
 * and keeps parsing, with a sticky `recovery` flag that silences most later "unexpected token"
 * errors; terraform fmt prints every diagnostic that survives. Positions are view indices.
 */
class Peeker {
    pos = 0;
    /** Set once any recovery happened; hclsyntax never clears it. */
    recovery = false;
    diags = [];
    /** Whether newlines are significant here (hclsyntax's IncludeNewlinesStack). */
    nl = [true];
    src;
    view;
    kind;
    n;
    constructor(src, view) {
        this.src = src;
        this.view = view;
        this.kind = view.kind;
        this.n = view.n;
    }
    /** Index of the next token under the current newline mode; the EOF token repeats forever. */
    peekIndex() {
        let p = this.pos;
        if (!this.nl[this.nl.length - 1])
            while (this.kind[p] === G.Newline)
                p++;
        return Math.min(p, this.n - 1);
    }
    peek() {
        return this.kind[this.peekIndex()];
    }
    read() {
        const p = this.peekIndex();
        this.pos = this.kind[p] === G.EOF ? p : p + 1;
        return p;
    }
    /** The token before the next one, as hclsyntax's PrevRange. */
    prev() {
        return this.pos === 0 ? this.peekIndex() : this.pos - 1;
    }
    pushNl(on) {
        this.nl.push(on);
    }
    popNl() {
        this.nl.pop();
    }
    text(p) {
        return this.src.slice(this.view.start[p], this.view.end[p]);
    }
    isKeyword(p, word) {
        if (this.kind[p] !== G.Ident)
            return false;
        const s = this.view.start[p];
        return this.view.end[p] - s === word.length && this.src.startsWith(word, s);
    }
    /** Records a diagnostic whose subject runs from token `from` to token `to`. */
    diag(from, summary, detail, to = from) {
        this.diags.push({ start: this.view.start[from], end: this.view.end[to], summary, detail });
    }
    /** A diagnostic whose detail names the range of tokens `refFrom` to `refTo` at REFERENCE. */
    diagReferring(from, to, summary, detail, refFrom, refTo) {
        this.diags.push({
            start: this.view.start[from],
            end: this.view.end[to],
            summary,
            detail,
            refers: { start: this.view.start[refFrom], end: this.view.end[refTo] },
        });
    }
    /** Diagnostics recorded since `mark` (a length of `diags`)? */
    erredSince(mark) {
        return this.diags.length > mark;
    }
    /** Skips to the `end` that closes the current bracket (nested pairs skipped); returns it. */
    recover(end) {
        const start = opposite(end);
        this.recovery = true;
        let nest = 0;
        for (;;) {
            const p = this.read();
            let ty = this.kind[p];
            if (end === G.TemplateSeqEnd && ty === G.TemplateControl)
                ty = G.TemplateInterp;
            if (ty === start)
                nest++;
            else if (ty === end) {
                if (nest < 1)
                    return p;
                nest--;
            }
            else if (ty === G.EOF)
                return p;
        }
    }
    /** Skips to the next `start` bracket, then past the one that closes it. */
    recoverOver(start) {
        for (;;) {
            const k = this.kind[this.read()];
            if (k === start || k === G.EOF)
                break;
        }
        this.recover(opposite(start));
    }
    /** Skips past the newline that ends the current body item, brackets and strings balanced. */
    recoverAfterBodyItem() {
        this.recovery = true;
        const open = [];
        for (;;) {
            const k = this.kind[this.read()];
            if (k === G.Newline) {
                if (open.length === 0)
                    return;
            }
            else if (k === G.EOF)
                return;
            else if (k === G.OBrace || k === G.OBrack || k === G.OParen || k === G.OQuote || k === G.OHeredoc || k === G.TemplateInterp || k === G.TemplateControl) {
                open.push(k);
            }
            else if (k === G.CBrace || k === G.CBrack || k === G.CParen || k === G.CQuote || k === G.CHeredoc) {
                const opener = opposite(k);
                while (open.length > 0 && open[open.length - 1] !== opener)
                    open.pop();
                open.pop();
            }
            else if (k === G.TemplateSeqEnd) {
                while (open.length > 0 && open[open.length - 1] !== G.TemplateInterp && open[open.length - 1] !== G.TemplateControl)
                    open.pop();
                open.pop();
            }
        }
    }
}
/** hclsyntax's oppositeBracket; -1 for a token that is no bracket. */
function opposite(k) {
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

;// CONCATENATED MODULE: ./src/checks/terraform/parser-expression.ts



const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
/**
 * The expression half of hclsyntax's parser (parser.go, parser_template.go via
 * parser-template.ts): every expression form and its error paths and recovery. Each parse method
 * returns whether it recorded an error, hclsyntax's `diags.HasErrors()`, which together with the
 * sticky recovery flag decides where parsing gives up.
 */
class ExpressionParser extends Peeker {
    /** hclsyntax's ParseStringLiteralToken: each bad escape reported at its own position. */
    checkEscapes(p) {
        const src = this.src;
        const e = this.view.end[p];
        let k = src.indexOf('\\', this.view.start[p]);
        const at = (from, to, detail) => {
            this.diags.push({ start: from, end: to, summary: 'Invalid escape sequence', detail });
        };
        while (k >= 0 && k < e) {
            const sel = k + 1 < e ? src[k + 1] : undefined;
            if (sel === 'u' || sel === 'U') {
                const want = sel === 'u' ? 4 : 8;
                let h = k + 2;
                while (h < e && h - k - 2 < want && /[0-9a-fA-F]/.test(src[h]))
                    h++;
                if (h - k - 2 !== want) {
                    at(k, h, sel === 'u' ? 'The \\u escape sequence must be followed by four hexadecimal digits.' : 'The \\U escape sequence must be followed by eight hexadecimal digits.');
                }
                else {
                    const cp = parseInt(src.slice(k + 2, h), 16);
                    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                        at(k, h, `Cannot encode character U+${cp.toString(16).padStart(4, '0')} in UTF-8.`);
                }
                k = src.indexOf('\\', h);
                continue;
            }
            if (sel === undefined) {
                at(k, k + 1, 'Backslash must be followed by an escape sequence selector character.');
                break;
            }
            const width = sel.length === 1 && /[\ud800-\udbff]/.test(sel) ? 2 : 1;
            if (!'nrt"\\'.includes(sel))
                at(k, k + 1 + width, `The symbol "${src.slice(k + 1, k + 1 + width)}" is not a valid escape sequence selector.`);
            k = src.indexOf('\\', k + 1 + width);
        }
    }
    parseExpression() {
        const mark = this.diags.length;
        const cond = this.parseBinaryOps();
        if (this.recovery && cond)
            return true;
        if (this.peek() !== G.Question)
            return this.erredSince(mark);
        this.read();
        const t = this.parseExpression();
        if (this.recovery && t)
            return true;
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
    parseBinaryOps() {
        const mark = this.diags.length;
        if (this.parseExpressionWithTraversals() && this.recovery)
            return true;
        for (;;) {
            const k = this.peek();
            if (k !== G.BinOp && k !== G.Star && k !== G.Minus)
                return this.erredSince(mark);
            this.read();
            if (this.parseExpressionWithTraversals() && this.recovery)
                return true;
        }
    }
    parseExpressionWithTraversals() {
        const mark = this.diags.length;
        this.parseExpressionTerm();
        this.parseTraversals();
        return this.erredSince(mark);
    }
    checkNumber(p) {
        if (!NUMBER.test(this.text(p)))
            this.diag(p, 'Invalid number literal', 'Failed to recognize the value of this number literal.');
    }
    legacyIndex(p, subject, splat) {
        const text = this.text(p);
        const dot = text.indexOf('.');
        if (dot < 0)
            return false;
        this.diag(subject, 'Invalid legacy index syntax', `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${splat ? ' with a full splat expression [*]' : ''} instead, like [${text.slice(0, dot)}][${text.slice(dot + 1)}].`);
        return true;
    }
    parseTraversals() {
        for (;;) {
            const k = this.peek();
            if (k === G.Dot) {
                this.read();
                const a = this.peekIndex();
                const ak = this.kind[a];
                if (ak === G.Ident)
                    this.read();
                else if (ak === G.Number) {
                    this.read();
                    if (!this.legacyIndex(a, a, false))
                        this.checkNumber(a);
                }
                else if (ak === G.Star) {
                    this.read();
                    while (this.peek() === G.Dot) {
                        this.read();
                        const q = this.peekIndex();
                        const qk = this.kind[q];
                        if (qk === G.Number) {
                            this.read();
                            if (!this.legacyIndex(q, a, true))
                                this.checkNumber(q);
                            continue;
                        }
                        if (qk !== G.Ident) {
                            if (!this.recovery) {
                                if (qk === G.Star)
                                    this.diag(q, 'Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.');
                                else
                                    this.diag(a, 'Invalid attribute name', 'An attribute name is required after a dot.');
                            }
                            this.recovery = true;
                            break;
                        }
                        this.read();
                    }
                }
                else {
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
                if (this.parseExpression() && this.recovery)
                    this.recover(G.CBrack);
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
    parseExpressionTerm() {
        const p = this.peekIndex();
        const k = this.kind[p];
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
                if (n === G.OParen || n === G.DoubleColon)
                    this.finishFunctionCall(p);
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
                    if (k === G.EOF)
                        this.diag(p, 'Missing expression', 'Expected the start of an expression, but found the end of the file.');
                    else
                        this.diag(p, 'Invalid expression', 'Expected the start of an expression, but found an invalid expression token.');
                }
                this.recovery = true;
        }
    }
    finishFunctionCall(name) {
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
            const sk = this.kind[sep];
            if (sk === G.CParen)
                break;
            if (sk === G.Ellipsis) {
                if (this.peek() !== G.CParen) {
                    if (!this.recovery) {
                        this.diag(sep, 'Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.');
                    }
                    this.recover(G.CParen);
                }
                else
                    this.read();
                break;
            }
            if (sk !== G.Comma) {
                if (sk === G.EOF) {
                    this.diag(name, 'Unterminated function call', 'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parethesis nesting elsewhere in this file.', open);
                }
                else
                    this.diag(sep, 'Missing argument separator', 'A comma is required to separate each function argument from the next.');
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
    parseTupleCons() {
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
            const k = this.kind[p];
            if (k === G.CBrack) {
                this.read();
                break;
            }
            if (k !== G.Comma) {
                if (!this.recovery) {
                    if (k === G.EOF) {
                        this.diag(open, 'Unterminated tuple constructor expression', 'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.');
                    }
                    else
                        this.diag(p, 'Missing item separator', 'Expected a comma to mark the beginning of the next item.');
                }
                this.recover(G.CBrack);
                break;
            }
            this.read();
        }
        this.popNl();
    }
    parseObjectCons() {
        const open = this.read();
        this.pushNl(false);
        const isFor = this.isKeyword(this.peekIndex(), 'for');
        this.popNl();
        if (isFor) {
            this.finishForExpr(G.CBrace);
            return;
        }
        this.pushNl(true);
        const unterminated = () => this.diag(open, 'Unterminated object constructor expression', 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.');
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
            const k = this.kind[p];
            if (k !== G.Equal && k !== G.Colon) {
                if (!this.recovery) {
                    if (k === G.Newline || k === G.Comma)
                        this.diag(p, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
                    else if (k === G.EOF)
                        unterminated();
                    else if (k === G.Ident) {
                        this.diag(p, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.');
                    }
                    else
                        this.diag(p, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
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
            const c = this.kind[q];
            if (c === G.CBrace) {
                this.read();
                break;
            }
            if (c !== G.Comma && c !== G.Newline) {
                if (!this.recovery) {
                    if (c === G.EOF)
                        unterminated();
                    else
                        this.diag(q, 'Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.');
                }
                this.recover(G.CBrace);
                break;
            }
            this.read();
        }
        this.popNl();
    }
    finishForExpr(close) {
        this.pushNl(false);
        this.read(); // for
        const invalid = (p, detail, to = p) => this.diag(p, "Invalid 'for' expression", detail, to);
        const giveUp = (detail) => {
            if (!this.recovery)
                invalid(this.peekIndex(), detail);
            this.recover(close);
            this.popNl();
        };
        if (this.peek() !== G.Ident)
            return giveUp("For expression requires variable name after 'for'.");
        this.read();
        if (this.peek() === G.Comma) {
            this.read();
            if (this.peek() !== G.Ident)
                return giveUp('For expression requires value variable name after comma.');
            this.read();
        }
        if (!this.isKeyword(this.peekIndex(), 'in'))
            return giveUp("For expression requires the 'in' keyword after its name declarations.");
        this.read();
        if (this.parseExpression() && this.recovery) {
            this.recover(close);
            this.popNl();
            return;
        }
        if (this.peek() !== G.Colon)
            return giveUp('For expression requires a colon after the collection expression.');
        this.read();
        const first = this.peekIndex();
        let firstErr = this.parseExpression();
        let firstEnd = this.prev();
        let key;
        let value = [first, firstEnd];
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
        if (this.peek() === close)
            this.read();
        else {
            if (!this.recovery)
                invalid(this.peekIndex(), "Extra characters after the end of the 'for' expression.");
            this.recover(close);
        }
        if (close === G.CBrack) {
            if (key)
                invalid(key[0], 'Key expression is not valid when building a tuple.', key[1]);
            if (ellipsis >= 0)
                invalid(ellipsis, 'Grouping ellipsis (...) cannot be used when building a tuple.');
        }
        else if (!key) {
            invalid(value[0], 'Key expression is required when building an object.', value[1]);
        }
        this.popNl();
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/parser.ts


const UNCLOSED_BLOCK = [
    'Unclosed configuration block',
    'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
];
/**
 * hclsyntax's parser (parser.go of hcl v2.16.2, plus v2.20's `provider::ns::fn()` calls) reduced
 * to what decides its diagnostics: same grammar, same error paths, same recovery. It builds no
 * tree. This part: bodies, attributes and blocks; expressions are in parser-expression.ts.
 */
class Parser extends ExpressionParser {
    parseFile() {
        this.parseBody(G.EOF);
    }
    parseBody(end) {
        const startRange = this.prev();
        const names = new Map();
        for (;;) {
            const p = this.peekIndex();
            const k = this.kind[p];
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
                    }
                    else
                        names.set(name, attr);
                }
                continue;
            }
            const bad = this.read();
            if (!this.recovery) {
                if (k === G.OQuote)
                    this.diag(bad, 'Invalid argument name', 'Argument names must not be quoted.');
                else if (k === G.EOF) {
                    if (end === G.CBrace)
                        this.diag(startRange, ...UNCLOSED_BLOCK);
                    else
                        this.diag(startRange, 'Unclosed configuration body', 'Found end of file before the end of this configuration body.');
                }
                else
                    this.diag(bad, 'Argument or block definition required', 'An argument or block definition is required here.');
            }
            this.recover(end);
            return;
        }
    }
    /** One item; returns the name token of an attribute, for the redefinition check. */
    parseBodyItem() {
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
        this.diag(ident, 'Argument or block definition required', 'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.');
        return undefined;
    }
    parseSingleAttrBody() {
        const ident = this.read();
        if (this.kind[ident] !== G.Ident) {
            this.recoverAfterBodyItem();
            this.diag(ident, 'Argument or block definition required', 'An argument or block definition is required here.');
            return;
        }
        const next = this.peekIndex();
        const k = this.kind[next];
        if (k === G.Equal) {
            this.finishAttribute(true);
            return;
        }
        this.recoverAfterBodyItem();
        if (k === G.OQuote || k === G.OBrace || k === G.Ident) {
            this.diag(ident, 'Argument definition required', `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`, next);
        }
        else {
            this.diag(ident, 'Argument or block definition required', 'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.');
        }
    }
    finishAttribute(singleLine) {
        this.read(); // =
        const mark = this.diags.length;
        this.parseExpression();
        if (this.recovery && this.erredSince(mark)) {
            this.recoverAfterBodyItem();
            return;
        }
        if (singleLine)
            return;
        const end = this.peekIndex();
        const k = this.kind[end];
        if (k !== G.Newline && k !== G.EOF) {
            if (!this.recovery) {
                if (k === G.Comma) {
                    this.diag(end, 'Unexpected comma after argument', 'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.');
                }
                else
                    this.diag(end, 'Missing newline after argument', 'An argument definition must end with a newline.');
            }
            this.recoverAfterBodyItem();
        }
        else
            this.read();
    }
    finishBlock() {
        for (;;) {
            const p = this.peekIndex();
            const k = this.kind[p];
            if (k === G.OBrace)
                break;
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
            }
            else if (k === G.Newline) {
                this.diag(p, 'Invalid block definition', 'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.');
            }
            else if (!this.recovery) {
                this.diag(p, 'Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.');
            }
            this.recoverAfterBodyItem();
            return;
        }
        const open = this.read();
        const first = this.peek();
        if (first === G.Newline || first === G.EOF || first === G.CBrace) {
            this.parseBody(G.CBrace);
        }
        else {
            // hclsyntax appends the single-line body's own diagnostics after these.
            const mark = this.diags.length;
            this.parseSingleAttrBody();
            const bodyDiags = this.diags.splice(mark);
            const p = this.peekIndex();
            const c = this.kind[p];
            if (c === G.CBrace)
                this.read();
            else if (c === G.Comma) {
                this.diag(p, 'Invalid single-argument block definition', 'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.');
                this.recover(G.CBrace);
            }
            else if (c === G.Newline) {
                this.diag(p, 'Invalid single-argument block definition', "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.");
                this.recover(G.CBrace);
            }
            else {
                if (!this.recovery) {
                    if (c === G.EOF)
                        this.diag(open, ...UNCLOSED_BLOCK);
                    else {
                        this.diag(p, 'Invalid single-argument block definition', 'A single-line block definition must end with a closing brace immediately after its single argument definition.');
                    }
                }
                this.recover(G.CBrace);
            }
            this.diags.push(...bodyDiags);
        }
        const eol = this.peekIndex();
        const ek = this.kind[eol];
        if (ek === G.Newline || ek === G.EOF)
            this.read();
        else {
            if (!this.recovery)
                this.diag(eol, 'Missing newline after block definition', 'A block definition must end with a newline.');
            this.recoverAfterBodyItem();
        }
    }
    /** A block label or other literal-only quoted string. */
    parseQuotedStringLiteral() {
        this.read(); // "
        for (;;) {
            const p = this.read();
            const k = this.kind[p];
            if (k === G.CQuote)
                return;
            if (k === G.QuotedLit) {
                this.checkEscapes(p);
                continue;
            }
            if (k === G.TemplateInterp || k === G.TemplateControl) {
                const which = k === G.TemplateInterp ? '$' : '%';
                this.diag(p, 'Invalid string literal', `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`);
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

;// CONCATENATED MODULE: ./src/checks/terraform/gate.ts



/**
 * terraform fmt's syntax gate in TypeScript: every diagnostic hclsyntax.ParseConfig reports for
 * a file, in the order terraform prints them. The scanner's invalid-token diagnostics
 * (syntax-tokens.ts) come first, then the parser's (parser.ts, parser-template.ts), which
 * recovers after each error the way hclsyntax does (recovery.ts). terraform sorts diagnostics
 * by subject start, then end, keeping the order of ties; so do we.
 */
function syntaxDiagnostics(src, toks = lexer_lex(src), filename = '<file>') {
    const { view, diags } = tokenView(src, toks);
    const parser = new Parser(src, view);
    parser.parseFile();
    const all = [...diags, ...parser.diags];
    if (all.length === 0)
        return [];
    const order = all.map((_, i) => i).sort((a, b) => all[a].start - all[b].start || all[a].end - all[b].end || a - b);
    const lines = new LineIndex(src);
    return order.map((i) => {
        const d = all[i];
        const from = lines.position(d.start);
        const to = lines.after(d.start, from, Math.max(d.start, d.end));
        const detail = d.refers ? d.detail.replace(REFERENCE, rangeString(filename, lines, d.refers.start, d.refers.end)) : d.detail;
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, summary: d.summary, detail };
    });
}
/** A range as hcl's Range.String writes it: `main.tf:3,1-4`, or `main.tf:3,1-5,2` over lines. */
function rangeString(filename, lines, start, end) {
    // Positions asked for out of order: a fresh index, so the other's column cache stays right.
    const index = new LineIndex(lines.source);
    const from = index.position(start);
    const to = index.after(start, from, end);
    return from.line === to.line ? `${filename}:${from.line},${from.column}-${to.column}` : `${filename}:${from.line},${from.column}-${to.line},${to.column}`;
}
/** The first syntax error of `src` as terraform prints it, or undefined when it parses. */
function syntaxGate(src, toks = lex(src)) {
    return syntaxDiagnostics(src, toks)[0];
}
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function columnOf(src, lineStart, offset) {
    let ascii = true;
    for (let k = lineStart; k < offset; k++) {
        if (src.charCodeAt(k) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return offset - lineStart + 1;
    let n = 0;
    for (const _ of segmenter.segment(src.slice(lineStart, offset)))
        n++;
    return n + 1;
}
/**
 * Line and column of offsets; lines counted once per file. Columns count grapheme clusters from
 * the start of the line, or from the previous offset asked for on the same line: a file can hold
 * thousands of invalid characters on one line, each its own diagnostic.
 */
class LineIndex {
    starts = [0];
    src;
    last = { line: 0, offset: 0, column: 0 };
    get source() {
        return this.src;
    }
    constructor(src) {
        this.src = src;
        for (let k = src.indexOf('\n'); k >= 0; k = src.indexOf('\n', k + 1))
            this.starts.push(k + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const line = lo + 1;
        const { last } = this;
        let column;
        if (last.line === line && last.offset <= offset)
            column = last.column + columnOf(this.src, last.offset, offset) - 1;
        else {
            // hclsyntax does not count a byte order mark.
            const lineStart = Math.max(this.starts[lo], contentStart(this.src));
            column = columnOf(this.src, lineStart, offset);
        }
        this.last = { line, offset, column };
        return { line, column };
    }
    /** The position of `offset`, at or after `from` whose position is `at`; the cache is left alone. */
    after(from, at, offset) {
        const nl = this.src.indexOf('\n', from);
        if (nl < 0 || nl >= offset)
            return { line: at.line, column: at.column + columnOf(this.src, from, offset) - 1 };
        const saved = this.last;
        this.last = { line: 0, offset: 0, column: 0 };
        const pos = this.position(offset);
        this.last = saved;
        return pos;
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/hclwrite.ts

/**
 * hclwrite.Format (hcl v2.19.1, plus the `::` rule of v2.20+) in TypeScript, on the tokens of
 * lexer.ts. The formatter only ever changes the spaces before tokens:
 *
 *   1. lines split at newline tokens and at `#`/`//` comments (which end in their newline);
 *      each line has a lead cell, an "assign" cell from its first `=` (after the first token,
 *      when the rest of the line has balanced brackets) and a trailing comment cell;
 *   2. indentation: two spaces per entry of a stack of net bracket openings per line;
 *   3. spaces between neighbouring tokens of a cell by a fixed table of token pairs;
 *   4. runs of consecutive lines with an assign (comment) cell align it one column after the
 *      widest lead (lead + assign), widths in grapheme clusters.
 *
 * The output is every token's text preceded by its spaces, so the end-of-file token keeps the
 * spaces (tabs count one each) that preceded it.
 */
// Token kinds as hclsyntax distinguishes them where the spacing rules look.
const K = {
    // The lexer's kinds, with its Punct split the way this module needs.
    ...T,
    Other: 0,
    Dot: 30,
    Comma: 31,
    Ellipsis: 32,
    Minus: 33,
    Bang: 34,
    Question: 35,
    Arith: 36, // + * / %
    Compare: 37, // == != < <= > >=
    Logic: 38, // && ||
    In: 39, // the identifier `in`
    Nil: 40,
    EOF: 41,
};
const hclwrite_PUNCT_KIND = punctTable({
    Bad: K.Other,
    Dot: K.Dot,
    Comma: K.Comma,
    Ellipsis: K.Ellipsis,
    Question: K.Question,
    Star: K.Arith,
    Minus: K.Minus,
    Bang: K.Bang,
    Plus: K.Arith,
    Slash: K.Arith,
    Percent: K.Arith,
    Less: K.Compare,
    Greater: K.Compare,
    Comparison: K.Compare,
    Logic: K.Logic,
    FatArrow: K.Other,
});
function kinds(src, toks) {
    const { type, start, end } = toks;
    const out = new Uint8Array(toks.count);
    for (let i = 0; i < toks.count; i++) {
        const t = type[i];
        if (t === T.Punct)
            out[i] = hclwrite_PUNCT_KIND[punctOf(src, start[i], end[i])];
        else if (t === T.Ident)
            out[i] = end[i] - start[i] === 2 && src.charCodeAt(start[i]) === 0x69 && src.charCodeAt(start[i] + 1) === 0x6e ? K.In : K.Ident;
        else if (t === T.EOF)
            out[i] = K.EOF;
        else if (t === T.QuotedNewline || t === T.Invalid)
            out[i] = K.Other;
        else
            out[i] = t; // the remaining T values equal their K values
    }
    return out;
}
function bracketChange(k) {
    if (k === K.OBrace || k === K.OBrack || k === K.OParen || k === K.TemplateControl || k === K.TemplateInterp)
        return 1;
    if (k === K.CBrace || k === K.CBrack || k === K.CParen || k === K.TemplateSeqEnd)
        return -1;
    return 0;
}
const isIdent = (k) => k === K.Ident || k === K.In;
/** hclwrite's spaceAfterToken: whether `after` gets one space (else none). */
function spaceAfter(subject, before, after) {
    if (after === K.Newline || after === K.Nil)
        return false;
    if (isIdent(subject) && after === K.OParen)
        return false;
    if ((isIdent(subject) && after === K.DoubleColon) || (subject === K.DoubleColon && isIdent(after)))
        return false;
    if (subject === K.Dot || after === K.Dot)
        return false;
    if (after === K.Comma || after === K.Ellipsis)
        return false;
    if (subject === K.Comma)
        return true;
    if (subject === K.QuotedLit ||
        subject === K.StringLit ||
        subject === K.OQuote ||
        subject === K.OHeredoc ||
        after === K.QuotedLit ||
        after === K.StringLit ||
        after === K.CQuote ||
        after === K.CHeredoc) {
        return false;
    }
    if (subject === K.In && isIdent(before))
        return true;
    if (after === K.OBrack && (isIdent(subject) || subject === K.Number || bracketChange(subject) < 0))
        return false;
    if (subject === K.Bang)
        return false;
    if (subject === K.Minus) {
        // A minus after something that cannot end an operand is a negation: no space after it.
        switch (before) {
            case K.Nil:
            case K.OParen:
            case K.OBrace:
            case K.OBrack:
            case K.Equal:
            case K.Colon:
            case K.Comma:
            case K.Question:
            case K.Arith:
            case K.Minus:
            case K.Compare:
            case K.Logic:
            case K.Bang:
                return false;
            default:
                return true;
        }
    }
    if (subject === K.OBrace || after === K.CBrace)
        return !(subject === K.OBrace && after === K.CBrace);
    if ((subject === K.TemplateInterp || subject === K.TemplateControl) && after === K.OBrace)
        return true;
    if (subject === K.CBrace && after === K.TemplateSeqEnd)
        return true;
    if (subject === K.TemplateSeqEnd && (after === K.TemplateInterp || after === K.TemplateControl))
        return false;
    if (bracketChange(subject) > 0)
        return false;
    if (bracketChange(after) < 0)
        return false;
    return true;
}
const hclwrite_segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Width of a token's text in grapheme clusters (textseg.ScanGraphemeClusters). */
function graphemes(src, s, e) {
    let ascii = true;
    let crlf = 0;
    for (let k = s; k < e; k++) {
        const c = src.charCodeAt(k);
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        if (c === 0x0d && k + 1 < e && src.charCodeAt(k + 1) === 0x0a)
            crlf++;
    }
    if (ascii)
        return e - s - crlf;
    let n = 0;
    for (const _ of hclwrite_segmenter.segment(src.slice(s, e)))
        n++;
    return n;
}
/** hclwrite.Format of `src`; `toks` may be passed when already lexed from it. */
function hclwrite_formatHcl(src, toks = lexer_lex(src)) {
    const { start, end } = toks;
    const count = toks.count;
    const kind = kinds(src, toks);
    const spaces = new Int32Array(count);
    // Only the end-of-file token keeps its original spacing; every other token's is recomputed.
    if (count > 0)
        spaces[count - 1] = start[count - 1] - (count > 1 ? end[count - 2] : 0);
    // Lines: [from, to) token ranges and their cells. assign === leadEnd when there is none;
    // comment === -1 when there is none.
    const lineFrom = [];
    const lineLeadEnd = [];
    const lineAssignEnd = [];
    const lineComment = [];
    let from = 0;
    const endLine = (to) => {
        let leadEnd = to;
        let comment = -1;
        if (to - from > 1 && kind[to - 1] === K.Comment) {
            comment = to - 1;
            leadEnd = to - 1;
        }
        let assign = leadEnd;
        for (let k = from + 1; k < leadEnd; k++) {
            if (kind[k] !== K.Equal)
                continue;
            let net = 0;
            for (let j = k; j < leadEnd; j++)
                net += bracketChange(kind[j]);
            if (net === 0)
                assign = k;
            break;
        }
        lineFrom.push(from);
        lineLeadEnd.push(assign);
        lineAssignEnd.push(leadEnd);
        lineComment.push(comment);
    };
    for (let i = 0; i < count; i++) {
        const k = kind[i];
        if (k === K.EOF) {
            endLine(i);
            break;
        }
        if (k === K.Newline || (k === K.Comment && src.charCodeAt(end[i] - 1) === 0x0a)) {
            endLine(i + 1);
            from = i + 1;
        }
    }
    const lines = lineFrom.length;
    // Indentation.
    const indents = [];
    for (let l = 0; l < lines; l++) {
        const f = lineFrom[l];
        const leadEnd = lineLeadEnd[l];
        const assignEnd = lineAssignEnd[l];
        if (leadEnd === f)
            continue; // a line without tokens (only ever the last one)
        if (kind[f] === K.Newline) {
            spaces[f] = 0;
            continue;
        }
        let net = 0;
        for (let k = f; k < leadEnd; k++) {
            net += bracketChange(kind[k]);
            if (kind[k] === K.OHeredoc)
                break;
        }
        for (let k = leadEnd; k < assignEnd; k++)
            net += bracketChange(kind[k]);
        if (net < 0) {
            let closed = -net;
            while (closed > 0 && indents.length > 0) {
                const top = indents[indents.length - 1];
                if (closed > top) {
                    closed -= top;
                    indents.pop();
                }
                else if (closed < top) {
                    indents[indents.length - 1] = top - closed;
                    closed = 0;
                }
                else {
                    indents.pop();
                    closed = 0;
                }
            }
        }
        spaces[f] = 2 * indents.length;
        if (net > 0)
            indents.push(net);
    }
    // Spaces within the lead and assign cells.
    const spaceCell = (a, b) => {
        for (let i = a; i < b - 1; i++)
            spaces[i + 1] = spaceAfter(kind[i], i > a ? kind[i - 1] : K.Nil, kind[i + 1]) ? 1 : 0;
    };
    for (let l = 0; l < lines; l++) {
        const f = lineFrom[l];
        const leadEnd = lineLeadEnd[l];
        const assignEnd = lineAssignEnd[l];
        spaceCell(f, leadEnd);
        if (assignEnd > leadEnd) {
            spaces[leadEnd] = 1;
            spaceCell(leadEnd, assignEnd);
        }
    }
    const columns = (a, b) => {
        let n = 0;
        for (let i = a; i < b; i++)
            n += spaces[i] + graphemes(src, start[i], end[i]);
        return n;
    };
    // Align `=` across consecutive lines that have an assign cell.
    for (let l = 0; l < lines;) {
        if (lineAssignEnd[l] === lineLeadEnd[l]) {
            l++;
            continue;
        }
        let e = l;
        let max = 0;
        const widths = [];
        while (e < lines && lineAssignEnd[e] !== lineLeadEnd[e]) {
            const w = columns(lineFrom[e], lineLeadEnd[e]);
            widths.push(w);
            if (w > max)
                max = w;
            e++;
        }
        for (let k = l; k < e; k++)
            spaces[lineLeadEnd[k]] = max - widths[k - l] + 1;
        l = e;
    }
    // Align trailing comments across consecutive lines that have one.
    for (let l = 0; l < lines;) {
        if (lineComment[l] === -1) {
            l++;
            continue;
        }
        let e = l;
        let max = 0;
        const widths = [];
        while (e < lines && lineComment[e] !== -1) {
            const w = columns(lineFrom[e], lineAssignEnd[e]);
            widths.push(w);
            if (w > max)
                max = w;
            e++;
        }
        for (let k = l; k < e; k++)
            spaces[lineComment[k]] = max - widths[k - l] + 1;
        l = e;
    }
    const parts = new Array(count);
    for (let i = 0; i < count; i++) {
        const sp = spaces[i];
        parts[i] = (sp > 0 ? ' '.repeat(sp) : '') + src.slice(start[i], end[i]);
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/checks/terraform/rewrite.ts

/** The source does not have the block/attribute structure that hclsyntax accepted. */
class StructureError extends Error {
    name = 'StructureError';
}
const OPENERS = new Set([T.OParen, T.OBrack, T.OBrace, T.TemplateInterp, T.TemplateControl, T.OQuote, T.OHeredoc]);
const CLOSERS = new Set([T.CParen, T.CBrack, T.CBrace, T.TemplateSeqEnd, T.CQuote, T.CHeredoc]);
function terraformRewrites(src, toks) {
    const { type, start, end } = toks;
    const edits = [];
    const text = (i) => src.slice(start[i], end[i]);
    const skipComments = (i) => {
        while (type[i] === T.Comment)
            i++;
        return i;
    };
    const fail = (i, what) => {
        throw new StructureError(`${what} at offset ${start[i]}`);
    };
    /** Parses the items of a body starting at i; returns the index of the closing `}` or EOF. */
    const parseBody = (i, blockPath) => {
        for (;;) {
            while (type[i] === T.Newline || type[i] === T.Comment)
                i++;
            const t = type[i];
            if (t === T.EOF || t === T.CBrace)
                return i;
            if (t !== T.Ident)
                fail(i, 'expected an argument or block');
            const next = skipComments(i + 1);
            i = type[next] === T.Equal ? parseAttribute(i, next, blockPath) : parseBlock(i, next, blockPath);
        }
    };
    const parseAttribute = (nameIdx, eqIdx, blockPath) => {
        let depth = 0;
        let first = -1;
        let last = -1;
        let k = eqIdx + 1;
        for (;; k++) {
            const t = type[k];
            if (t === T.EOF)
                break;
            if (depth === 0 && (t === T.Newline || t === T.CBrace || (t === T.Comment && isLineComment(src, toks, k))))
                break;
            if (t !== T.Comment) {
                if (first < 0)
                    first = k;
                last = k;
            }
            if (OPENERS.has(t))
                depth++;
            else if (CLOSERS.has(t))
                depth--;
        }
        if (first < 0)
            fail(eqIdx, 'missing expression');
        const isVariableType = blockPath.length === 1 && blockPath[0] === 'variable' && text(nameIdx) === 'type';
        const edit = isVariableType ? typeExprEdit(first, last) : valueExprEdit(first, last);
        if (edit)
            edits.push(edit);
        const t = type[k];
        return t === T.Newline || t === T.Comment ? k + 1 : k;
    };
    // R3 (terraform's formatValueExpr)
    const valueExprEdit = (first, last) => {
        if (last - first + 1 < 5)
            return undefined;
        if (type[first] !== T.OQuote || type[first + 1] !== T.TemplateInterp)
            return undefined;
        if (type[last - 1] !== T.TemplateSeqEnd || type[last] !== T.CQuote)
            return undefined;
        let quotes = 0;
        for (let k = first + 2; k <= last - 2; k++) {
            const t = type[k];
            if (t === T.OQuote) {
                quotes++;
                continue;
            }
            if (t === T.CQuote) {
                quotes--;
                continue;
            }
            if (quotes > 0)
                continue;
            if (t === T.TemplateInterp || t === T.TemplateSeqEnd || t === T.QuotedLit)
                return undefined;
        }
        let a = first + 2;
        let b = last - 2;
        while (a <= b && type[a] === T.Newline)
            a++;
        while (b >= a && type[b] === T.Newline)
            b--;
        const replaced = { start: start[first], end: end[last] };
        if (a > b)
            return { ...replaced, text: '' };
        let multiLine = false;
        let leadingParen = false;
        let trailingParen = false;
        for (let k = a; k <= b; k++) {
            if (k === a && type[k] === T.OParen)
                leadingParen = true;
            else if (type[k] === T.Newline)
                multiLine = true;
            else if (k === b && type[k] === T.CParen)
                trailingParen = true;
        }
        const inner = src.slice(start[a], end[b]);
        return { ...replaced, text: multiLine && !(leadingParen && trailingParen) ? `(${inner})` : inner };
    };
    // R4 (terraform's formatTypeExpr)
    const typeExprEdit = (first, last) => {
        const count = last - first + 1;
        const replaced = { start: start[first], end: end[last] };
        if (count === 1 && type[first] === T.Ident) {
            const kw = text(first);
            if (kw === 'list' || kw === 'map' || kw === 'set')
                return { ...replaced, text: `${kw}(any)` };
        }
        if (count === 3 && type[first] === T.OQuote && type[first + 1] === T.QuotedLit && type[last] === T.CQuote) {
            const kw = text(first + 1);
            if (kw === 'string')
                return { ...replaced, text: 'string' };
            if (kw === 'list' || kw === 'map')
                return { ...replaced, text: `${kw}(string)` };
        }
        return undefined;
    };
    const parseBlock = (typeIdx, k, blockPath) => {
        const labels = [];
        let lastLabelEnd = -1;
        for (;;) {
            k = skipComments(k);
            const t = type[k];
            if (t === T.OBrace)
                break;
            if (t === T.Ident) {
                labels.push(text(k));
                lastLabelEnd = end[k];
                k++;
            }
            else if (t === T.OQuote) {
                const close = matchingQuote(k);
                labels.push(close === k + 1 ? '' : close === k + 2 && type[k + 1] === T.QuotedLit ? decodeQuotedLiteral(text(k + 1)) : undefined);
                lastLabelEnd = end[close];
                k = close + 1;
            }
            else {
                fail(k, 'expected a block label or "{"');
            }
        }
        if (labels.length > 0) {
            const quoted = labels.filter((l) => l !== undefined).map((l) => ` "${escapeQuotedStringLit(l)}"`);
            edits.push({ start: end[typeIdx], end: lastLabelEnd, text: quoted.join('') });
        }
        const close = parseBody(k + 1, [...blockPath, text(typeIdx)]);
        if (type[close] !== T.CBrace)
            fail(close, 'unclosed block');
        let m = close + 1;
        while (type[m] === T.Comment && !isLineComment(src, toks, m))
            m++;
        return type[m] === T.Newline || type[m] === T.Comment ? m + 1 : m;
    };
    const matchingQuote = (open) => {
        let depth = 0;
        for (let k = open; k < toks.count; k++) {
            const t = type[k];
            if (OPENERS.has(t))
                depth++;
            else if (CLOSERS.has(t))
                depth--;
            if (depth === 0)
                return k;
            if (t === T.EOF)
                break;
        }
        return fail(open, 'unterminated label');
    };
    const endIdx = parseBody(0, []);
    if (type[endIdx] !== T.EOF)
        fail(endIdx, 'unexpected "}"');
    return edits;
}
/** Applies non-overlapping edits given in source order. */
function applyEdits(src, edits) {
    if (edits.length === 0)
        return src;
    const parts = [];
    let pos = 0;
    for (const e of edits) {
        parts.push(src.slice(pos, e.start), e.text);
        pos = e.end;
    }
    parts.push(src.slice(pos));
    return parts.join('');
}
/** hclsyntax.ParseStringLiteralToken for a quoted literal that hclsyntax already accepted. */
function decodeQuotedLiteral(lit) {
    if (lit.indexOf('\\') < 0 && lit.indexOf('{') < 0)
        return lit;
    let out = '';
    for (let i = 0; i < lit.length;) {
        const c = lit[i];
        if (c === '\\') {
            const sel = lit[i + 1];
            if (sel === 'n')
                out += '\n';
            else if (sel === 'r')
                out += '\r';
            else if (sel === 't')
                out += '\t';
            else if (sel === '"')
                out += '"';
            else if (sel === '\\')
                out += '\\';
            else if (sel === 'u' || sel === 'U') {
                const len = sel === 'u' ? 4 : 8;
                out += String.fromCodePoint(parseInt(lit.slice(i + 2, i + 2 + len), 16));
                i += 2 + len;
                continue;
            }
            else
                out += sel ?? '';
            i += 2;
            continue;
        }
        if ((c === '$' || c === '%') && lit[i + 1] === c && lit[i + 2] === '{' && i + 3 === lit.length) {
            // A `$${`/`%%{` escape is always a token of its own.
            out += `${c}{`;
            i += 3;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
/** hclwrite's escapeQuotedStringLit: Go `unicode.IsPrint` decides what is written as `\uXXXX`. */
function escapeQuotedStringLit(s) {
    let out = '';
    const chars = Array.from(s);
    for (let i = 0; i < chars.length; i++) {
        const r = chars[i];
        switch (r) {
            case '\n':
                out += '\\n';
                break;
            case '\r':
                out += '\\r';
                break;
            case '\t':
                out += '\\t';
                break;
            case '"':
                out += '\\"';
                break;
            case '\\':
                out += '\\\\';
                break;
            case '$':
            case '%':
                out += chars[i + 1] === '{' ? r + r : r;
                break;
            default:
                if (PRINTABLE.test(r))
                    out += r;
                else {
                    const cp = r.codePointAt(0);
                    out += cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
                }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/terraform/format.ts




/**
 * What `terraform fmt` (1.8+) writes for one file's text: the syntax gate (gate.ts), terraform's
 * rewrites (rewrite.ts), then hclwrite.Format (hclwrite.ts). A file that does not parse is
 * reported and never formatted. `toks` may be passed when already lexed from `src`; `filename` is
 * how diagnostics that refer to another place in the file name it.
 */
function formatTerraformSource(src, toks = lexer_lex(src), filename) {
    const errors = syntaxDiagnostics(src, toks, filename);
    if (errors.length > 0)
        return { kind: 'syntax-error', errors };
    let text = src;
    let tokens = toks;
    // hclsyntax drops a byte order mark but keeps counting its 3 bytes, so hclwrite sees them as
    // spaces before the first token: gone when that token is indented, kept when it is the end of
    // the file (a file holding only a BOM becomes three spaces).
    if (contentStart(text) > 0) {
        text = `   ${text.slice(1)}`;
        tokens = undefined;
    }
    tokens ??= lexer_lex(text);
    const edits = terraformRewrites(text, tokens);
    if (edits.length > 0) {
        text = applyEdits(text, edits);
        tokens = lexer_lex(text);
    }
    return { kind: 'formatted', output: hclwrite_formatHcl(text, tokens) };
}
/** hclwrite.Format as of hcl v2.20+ (v2.19.1 plus `::`), without terraform's rewrites or gate. */
function formatHclwrite(src) {
    return formatHcl(src);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/checks/terraform/atomic-write.ts




/** Thrown when a file must not or cannot be replaced; the message is meant for the user. */
class WriteRefused extends Error {
    name = 'WriteRefused';
}
/** The file's content is no longer what was formatted: someone else wrote it meanwhile. */
class ChangedSinceRead extends WriteRefused {
    name = 'ChangedSinceRead';
}
/** Temp files are named `.portarium-fmt-<pid>-<random>.tmp` so a later run can recognise its own leftovers. */
const TEMP_PREFIX = '.portarium-fmt-';
const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\.portarium-fmt-(\d+)-[0-9a-f]+\.tmp$/;
// One-shot: a Hash object per file costs more than hashing a small file.
const sha256 = (data) => (0,external_node_crypto_namespaceObject.hash)('sha256', data, 'hex');
// Temp files of this thread still on disk; removed on any normal exit. SIGKILL skips this, which
// is what removeStaleTempFiles on the next run is for.
const inFlight = new Set();
let exitHookInstalled = false;
function track(tmp) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on('exit', () => {
            for (const f of inFlight) {
                try {
                    (0,external_node_fs_namespaceObject.unlinkSync)(f);
                }
                catch {
                    // already renamed or removed
                }
            }
        });
    }
    inFlight.add(tmp);
}
const code = (e) => e.code ?? String(e);
/**
 * Replaces `file` with `data` keeping what identifies it: owner, group and mode always; and the inode
 * too when other hard links share it, since a rename would split them (then the bytes are written in
 * place, as `terraform fmt` always does). Otherwise a temp file in the same directory is renamed over
 * it, so a crash never leaves a truncated file. A file without write permission is refused even
 * where the directory would allow the rename (and even for root): read-only is the owner's intent.
 *
 * The file system calls but the rename are synchronous: a dozen small calls per file, each a
 * thread-pool round trip when asynchronous, cost far more waiting than working (on a tree where every
 * file changes, several times the formatting itself). The `beforeWrite` hook and the rename are awaited.
 */
async function rewriteFile(file, data, opts = {}) {
    let staged;
    try {
        if (opts.beforeWrite)
            await opts.beforeWrite(file);
        staged = stage(file, data, opts.expectedSha256, opts.readThrough);
    }
    finally {
        if (opts.readThrough)
            (0,external_node_fs_namespaceObject.closeSync)(opts.readThrough.fd);
    }
    if (staged === 'in-place')
        return staged;
    // The rename alone goes to the thread pool: on ext4 replacing a file by rename costs several times
    // the rest of the write in the kernel, and the caller formats the next files meanwhile.
    let renamed = false;
    try {
        await new Promise((resolve, reject) => (0,external_node_fs_namespaceObject.rename)(staged, file, (e) => (e ? reject(e) : resolve())));
        renamed = true;
        return 'renamed';
    }
    catch (e) {
        throw new WriteRefused(`could not replace the file: ${code(e)}`);
    }
    finally {
        inFlight.delete(staged);
        if (!renamed)
            removeQuietly(staged);
    }
}
function removeQuietly(tmp) {
    try {
        (0,external_node_fs_namespaceObject.unlinkSync)(tmp);
    }
    catch {
        // never created or already gone
    }
}
// Whom a file this process creates belongs to (a directory with set-group-id may still change the group).
const ids = { uid: process.geteuid?.(), gid: process.getegid?.() };
// Temp names: unique per process by a counter after one random part, not random bytes per file
// (a crypto call per file cost 5% of a write run). Created with O_EXCL, so a name someone else
// took first is an error, never a file we write through.
let tempSerial = 0;
let tempPrefix;
function tempName(dir) {
    tempPrefix ??= `${TEMP_PREFIX}${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    return external_node_path_default().join(dir, `${tempPrefix}${(tempSerial++).toString(16)}${TEMP_SUFFIX}`);
}
/**
 * Everything but the rename: the temp file written, given the original's owner and mode, closed,
 * and the original checked to be what was formatted. Returns the temp file's path, or 'in-place'
 * when the file was written where it is.
 */
function stage(file, data, expectedSha256, readThrough) {
    let info;
    try {
        info = (0,external_node_fs_namespaceObject.lstatSync)(file);
    }
    catch (e) {
        throw new WriteRefused(`cannot stat the file: ${code(e)}`);
    }
    if (!info.isFile())
        throw new WriteRefused('not a regular file any more; not rewritten');
    // Replaced by another file (an editor's save by rename): not what was read and formatted.
    if (readThrough && (info.ino !== readThrough.ino || info.dev !== readThrough.dev))
        throw changed();
    if ((info.mode & 0o222) === 0)
        throw new WriteRefused('file is read-only; not rewritten');
    if (info.nlink > 1)
        return writeInPlace(file, data, expectedSha256);
    const dir = external_node_path_default().dirname(file);
    const tmp = tempName(dir);
    let fd;
    try {
        // Private until it carries the original owner and mode; with the original's mode at once when
        // it will have the original's owner, so most files need no chmod.
        const ownersMatch = info.uid === ids.uid && info.gid === ids.gid;
        fd = (0,external_node_fs_namespaceObject.openSync)(tmp, 'wx', ownersMatch ? info.mode & 0o777 : 0o600);
    }
    catch (e) {
        throw new WriteRefused(`cannot create a temporary file in ${dir}: ${code(e)}`);
    }
    track(tmp);
    let staged = false;
    try {
        writeAll(fd, data);
        const made = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        let chowned = false;
        if (made.uid !== info.uid || made.gid !== info.gid) {
            try {
                (0,external_node_fs_namespaceObject.fchownSync)(fd, info.uid, info.gid);
            }
            catch {
                // Not allowed to give the file its owner back (not root): writing in place keeps it.
                (0,external_node_fs_namespaceObject.closeSync)(fd);
                fd = undefined;
                return writeInPlace(file, data, expectedSha256);
            }
            chowned = true;
        }
        // After chown, which clears set-id bits; also where the umask or set-id bits made it differ.
        if (chowned || (made.mode & 0o7777) !== (info.mode & 0o7777))
            (0,external_node_fs_namespaceObject.fchmodSync)(fd, info.mode & 0o7777);
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        fd = undefined;
        assertUnchanged(file, expectedSha256, readThrough);
        staged = true;
        return tmp;
    }
    catch (e) {
        if (e instanceof WriteRefused)
            throw e;
        throw new WriteRefused(`could not replace the file: ${code(e)}`);
    }
    finally {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
            catch {
                // already closed
            }
        }
        if (!staged) {
            inFlight.delete(tmp);
            removeQuietly(tmp);
        }
    }
}
function writeAll(fd, data) {
    let done = 0;
    while (done < data.length)
        done += (0,external_node_fs_namespaceObject.writeSync)(fd, data, done, data.length - done, done);
}
function assertUnchanged(file, expected, readThrough) {
    if (expected === undefined)
        return;
    // stage() has checked that the path still names the file read through it.
    if (readThrough) {
        if (sha256((0,external_node_fs_namespaceObject.readFileSync)(readThrough.fd)) !== expected)
            throw changed();
        return;
    }
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    }
    catch (e) {
        throw new WriteRefused(`cannot read the file again: ${code(e)}`);
    }
    try {
        if (sha256((0,external_node_fs_namespaceObject.readFileSync)(fd)) !== expected)
            throw changed();
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const changed = () => new ChangedSinceRead('the file changed after it was read; not rewritten, run the formatter again');
/** Overwrites the bytes of the existing inode: owner, mode, links and inode all stay. */
function writeInPlace(file, data, expected) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDWR | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    }
    catch (e) {
        throw new WriteRefused(`cannot open the file for writing: ${code(e)}`);
    }
    try {
        // Hashed through the descriptor that writes, so nothing can slip in between check and write
        // but a writer racing byte for byte.
        if (expected !== undefined && sha256((0,external_node_fs_namespaceObject.readFileSync)(fd)) !== expected)
            throw changed();
        writeAll(fd, data);
        (0,external_node_fs_namespaceObject.ftruncateSync)(fd, data.length);
        return 'in-place';
    }
    catch (e) {
        if (e instanceof WriteRefused)
            throw e;
        throw new WriteRefused(`could not rewrite the file in place: ${code(e)}`);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
// A temp file of a run that is still going must not be taken: its process is alive. A pid can be
// reused, so past this age a leftover is removed whatever the pid says.
const SURELY_STALE_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
function alive(pid) {
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return code(e) === 'EPERM';
    }
}
/**
 * Removes our temp files that an earlier run left behind (killed before it could clean up) in the
 * given directories: only names with our prefix, only regular files, only from before `runStart`.
 * Returns how many were removed.
 */
async function removeStaleTempFiles(dirs, runStart) {
    let removed = 0;
    for (const dir of new Set(dirs)) {
        let names;
        try {
            names = await readdir(dir);
        }
        catch {
            continue;
        }
        for (const name of names) {
            const m = TEMP_NAME.exec(name);
            if (!m)
                continue;
            const p = path.join(dir, name);
            const st = await lstat(p).catch(() => undefined);
            if (!st?.isFile() || st.mtimeMs >= runStart)
                continue;
            if (alive(Number(m[1])) && runStart - st.mtimeMs < SURELY_STALE_MS)
                continue;
            await unlink(p).then(() => removed++, () => undefined);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/checks/terraform/decode.ts
/** Strict UTF-8 decoding, as terraform requires ("All input files must be UTF-8 encoded"). */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: strict.decode(bytes) };
    }
    catch {
        const offset = firstInvalidByte(bytes);
        const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
        let line = 1;
        for (let i = 0; i < lineStart; i++)
            if (bytes[i] === 0x0a)
                line++;
        const column = Array.from(lossy.decode(bytes.subarray(lineStart, offset))).length + 1;
        return { ok: false, offset, line, column };
    }
}
/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidByte(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const d = b[i + k];
            if (d === undefined)
                return i;
            if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return b.length;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/checks/terraform/worker-entry.ts


/**
 * Name of the worker entry the lead bundles next to each dist/<action>/index.js: .mjs, as it is an ES
 * module in every bundle, dist/cli included, whose package.json says CommonJS.
 */
const BUNDLED_WORKER_FILE = 'terraform-fmt-worker.mjs';
// Under plain Node running the TypeScript sources (tests, `node src/...`), imports are written
// with .js extensions; map them back to the .ts files next to them.
// Written to run whether the eval'd code is treated as CommonJS or as a module.
const TS_SOURCE_BOOTSTRAP = `
const { registerHooks } = process.getBuiltinModule('node:module');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (specifier.endsWith('.js') && context.parentURL && context.parentURL.endsWith('.ts')) {
        return next(specifier.slice(0, -3) + '.ts', context);
      }
      throw err;
    }
  },
});
import(process.getBuiltinModule('node:worker_threads').workerData.entry);
`;
// Names are looked up at run time, never as literal `new URL('./x', import.meta.url)`: a bundler
// would copy such a file into dist as an asset (the .ts source included).
const WORKER_CANDIDATES = [BUNDLED_WORKER_FILE, 'worker.js'];
const WORKER_SOURCE = ['worker', 'ts'].join('.');
function sibling(name) {
    return new URL(`./${name}`, import.meta.url);
}
function workerEntry() {
    for (const name of WORKER_CANDIDATES) {
        const url = sibling(name);
        if (url.protocol === 'file:' && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(url)))
            return { code: url, eval: false };
    }
    const ts = sibling(WORKER_SOURCE);
    const features = process.features;
    if (ts.protocol === 'file:' && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(ts)) && features.typescript) {
        return { code: TS_SOURCE_BOOTSTRAP, eval: true, entry: ts.href };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/terraform/deep-format.ts


/**
 * Stack for files nested too deeply for the calling thread. The gate follows hclsyntax's
 * recursive descent (parser.ts) and the formatter hclwrite's recursion, so stack use grows with
 * nesting: under 1 KB a level, 10,000 levels fitting in about 7 MB. 32 MB takes 40,000 to 60,000
 * levels, by kind; terraform fmt 1.5.7 itself dies of a stack overflow on 100,000.
 */
const DEEP_STACK_MB = 32;
/**
 * What formatTerraformSource gives for `text`, computed on a thread with a DEEP_STACK_MB stack:
 * its outcome, or the message of an error it threw; neither when even that stack is too small
 * or no worker thread can be started.
 */
async function formatOnDeepStack(text, filename) {
    const entry = workerEntry();
    if (!entry)
        return {};
    let worker;
    try {
        worker = new external_node_worker_threads_namespaceObject.Worker(entry.code, {
            eval: entry.eval,
            workerData: { entry: entry.entry },
            stderr: false,
            resourceLimits: { stackSizeMb: DEEP_STACK_MB },
        });
    }
    catch {
        return {};
    }
    try {
        const res = await new Promise((resolve) => {
            worker.once('message', (m) => resolve(m));
            worker.once('error', () => resolve(undefined));
            worker.once('exit', () => resolve(undefined));
            worker.postMessage({ id: 0, text, filename });
        });
        return res ?? {};
    }
    finally {
        await worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/diff.ts
/**
 * Line diffs between a file and its formatted form: hunks without context for findings, and a
 * unified diff with 3 lines of context labelled like `terraform fmt -diff` (`--- old/P`,
 * `+++ new/P`, the output of GNU `diff -u --label=old/P --label=new/P`).
 */
/** Lines with their terminators, so CRLF changes and a missing final newline count. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    const out = lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
    if (out[out.length - 1] === '')
        out.pop();
    return out;
}
// Myers' diff costs about (lines × edit distance), which on a file where every line changed is
// quadratic in its size. So it only runs while the edit distance is small (MYERS_MAX_EDITS: a
// bounded cost per line); past that, lines that occur once in each text anchor the comparison
// (their longest increasing run, as in patience diff), and the stretches between anchors are
// compared on their own the same way, line by line when their lengths match (formatting keeps
// most lines in place), or as one change. Every step is linear in the lines, or n log n.
const MYERS_MAX_EDITS = 128;
// Stretches between anchors look for anchors of their own (lines unique within them) this many
// times over; a bound, so a pathological file cannot make it (lines × depth).
const MAX_ANCHOR_DEPTH = 4;
function changes(a, b, counter) {
    const out = [];
    changesBetween(a, 0, a.length, b, 0, b.length, out, counter ?? { steps: 0 }, 0);
    return out;
}
/** Appends the changes turning a[aFrom, aTo) into b[bFrom, bTo) to `out`, in order. */
function changesBetween(a, aFrom, aTo, b, bFrom, bTo, out, counter, depth) {
    while (aFrom < aTo && bFrom < bTo && a[aFrom] === b[bFrom]) {
        aFrom++;
        bFrom++;
    }
    while (aTo > aFrom && bTo > bFrom && a[aTo - 1] === b[bTo - 1]) {
        aTo--;
        bTo--;
    }
    counter.steps += aTo - aFrom + (bTo - bFrom);
    if (aFrom === aTo && bFrom === bTo)
        return;
    if (aFrom === aTo || bFrom === bTo) {
        out.push({ oldIndex: aFrom, oldCount: aTo - aFrom, newIndex: bFrom, newCount: bTo - bFrom });
        return;
    }
    const parts = myers(a.slice(aFrom, aTo), b.slice(bFrom, bTo), MYERS_MAX_EDITS, counter);
    if (parts) {
        pushParts(parts, aFrom, bFrom, out);
        return;
    }
    const anchors = depth < MAX_ANCHOR_DEPTH ? uniqueAnchors(a, aFrom, aTo, b, bFrom, bTo, counter) : [];
    if (anchors.length > 0) {
        let i = aFrom;
        let j = bFrom;
        for (let k = 0; k < anchors.length; k += 2) {
            changesBetween(a, i, anchors[k], b, j, anchors[k + 1], out, counter, depth + 1);
            i = anchors[k] + 1;
            j = anchors[k + 1] + 1;
        }
        changesBetween(a, i, aTo, b, j, bTo, out, counter, depth + 1);
        return;
    }
    if (aTo - aFrom === bTo - bFrom)
        pairwise(a, aFrom, b, bFrom, aTo - aFrom, out);
    else
        out.push({ oldIndex: aFrom, oldCount: aTo - aFrom, newIndex: bFrom, newCount: bTo - bFrom });
}
/** Myers' runs of common, added and removed lines, as changes at the given offsets. */
function pushParts(parts, aFrom, bFrom, out) {
    let i = aFrom;
    let j = bFrom;
    let cur;
    for (let p = 0; p < parts.kind.length; p++) {
        const n = parts.count[p];
        const kind = parts.kind[p];
        if (kind === COMMON) {
            if (cur)
                out.push(cur);
            cur = undefined;
            i += n;
            j += n;
            continue;
        }
        cur ??= { oldIndex: i, oldCount: 0, newIndex: j, newCount: 0 };
        if (kind === REMOVED) {
            cur.oldCount += n;
            i += n;
        }
        else {
            cur.newCount += n;
            j += n;
        }
    }
    if (cur)
        out.push(cur);
}
/**
 * Lines that occur exactly once in a[aFrom, aTo) and once in b[bFrom, bTo), kept where they form
 * the longest run in the same order in both: flat pairs [i0, j0, i1, j1, ...], increasing.
 * Interior anchors only (none at the range's ends, which were trimmed as common), so each stretch
 * between two anchors is strictly smaller than the range.
 */
function uniqueAnchors(a, aFrom, aTo, b, bFrom, bTo, counter) {
    // Per line text: its index in a (or -2 once seen twice), then in b.
    const inA = new Map();
    for (let i = aFrom; i < aTo; i++)
        inA.set(a[i], inA.has(a[i]) ? -2 : i);
    const inB = new Map();
    for (let j = bFrom; j < bTo; j++) {
        const line = b[j];
        if ((inA.get(line) ?? -2) >= 0)
            inB.set(line, inB.has(line) ? -2 : j);
    }
    counter.steps += 2 * (aTo - aFrom + (bTo - bFrom));
    // Pairs in a's order; the longest increasing subsequence of their b indexes (patience sorting).
    const ai = [];
    const bj = [];
    for (let i = aFrom; i < aTo; i++) {
        const j = inB.get(a[i]);
        if (j !== undefined && j >= 0 && inA.get(a[i]) === i) {
            ai.push(i);
            bj.push(j);
        }
    }
    if (ai.length === 0)
        return [];
    const tails = []; // tails[k]: index (into ai) of the smallest end of a run of length k+1
    const prev = new Int32Array(ai.length);
    for (let p = 0; p < ai.length; p++) {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (bj[tails[mid]] < bj[p])
                lo = mid + 1;
            else
                hi = mid;
        }
        counter.steps += 1 + Math.ceil(Math.log2(tails.length + 1));
        prev[p] = lo > 0 ? tails[lo - 1] : -1;
        tails[lo] = p;
    }
    const out = new Array(2 * tails.length);
    for (let p = tails[tails.length - 1], k = tails.length - 1; p >= 0; p = prev[p], k--) {
        out[2 * k] = ai[p];
        out[2 * k + 1] = bj[p];
    }
    return out;
}
const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/**
 * Myers' diff of two line arrays, making exactly the choices of the `diff` package's diffArrays
 * (v5+, without a timeout): which of two equally short edit scripts it picks decides the hunks
 * and the unified diff, so the same path through the edit graph is taken. Lines are compared as
 * interned numbers and paths kept in flat arrays, which makes heavily changed files much cheaper.
 * Returns the runs of common, added and removed lines in order, or undefined when more than
 * `maxEditLength` edits would be needed.
 */
// Path components: a persistent linked list (kind, count, previous) in growable arrays, kept from
// one comparison to the next (each writes a node before reading it): thousands of small files each
// allocating and zeroing its own cost more than comparing them.
let cKind = new Uint8Array(1024);
let cCount = new Int32Array(1024);
let cPrev = new Int32Array(1024);
function myers(a, b, maxEditLength, counter) {
    const ids = new Map();
    const intern = (lines) => {
        const out = new Int32Array(lines.length);
        for (let i = 0; i < lines.length; i++) {
            let id = ids.get(lines[i]);
            if (id === undefined)
                ids.set(lines[i], (id = ids.size));
            out[i] = id;
        }
        return out;
    };
    const olds = intern(a);
    const news = intern(b);
    const oldLen = olds.length;
    const newLen = news.length;
    const maxEdit = Math.min(maxEditLength, oldLen + newLen);
    let nodes = 0;
    const node = (kind, count, prev) => {
        if (nodes === cKind.length) {
            const grow = (arr, make) => {
                const next = make(arr.length * 2);
                next.set(arr);
                return next;
            };
            cKind = grow(cKind, (n) => new Uint8Array(n));
            cCount = grow(cCount, (n) => new Int32Array(n));
            cPrev = grow(cPrev, (n) => new Int32Array(n));
        }
        cKind[nodes] = kind;
        cCount[nodes] = count;
        cPrev[nodes] = prev;
        return nodes++;
    };
    // Best path per diagonal (offset so that diagonal -maxEdit-1 is index 0); -2: none.
    const off = maxEdit + 1;
    const bestOld = new Int32Array(2 * maxEdit + 3).fill(-2);
    const bestLast = new Int32Array(2 * maxEdit + 3).fill(-1);
    let pathOld = -1;
    let pathLast = -1;
    /** Follows the diagonal while lines are equal; returns the new position. */
    const extractCommon = (diagonal) => {
        let oldPos = pathOld;
        let newPos = oldPos - diagonal;
        let common = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && olds[oldPos + 1] === news[newPos + 1]) {
            newPos++;
            oldPos++;
            common++;
        }
        counter.steps += common;
        if (common > 0)
            pathLast = node(COMMON, common, pathLast);
        pathOld = oldPos;
        return newPos;
    };
    const addToPath = (fromOld, fromLast, kind, oldInc) => {
        pathOld = fromOld + oldInc;
        pathLast = fromLast >= 0 && cKind[fromLast] === kind ? node(kind, cCount[fromLast] + 1, cPrev[fromLast]) : node(kind, 1, fromLast);
    };
    const build = (last) => {
        const kind = [];
        const count = [];
        for (let c = last; c >= 0; c = cPrev[c]) {
            kind.push(cKind[c]);
            count.push(cCount[c]);
        }
        return { kind: kind.reverse(), count: count.reverse() };
    };
    let newPos = extractCommon(0);
    if (pathOld + 1 >= oldLen && newPos + 1 >= newLen)
        return build(pathLast);
    bestOld[off] = pathOld;
    bestLast[off] = pathLast;
    let minDiagonal = -Infinity;
    let maxDiagonal = Infinity;
    for (let edit = 1; edit <= maxEdit; edit++) {
        for (let d = Math.max(minDiagonal, -edit); d <= Math.min(maxDiagonal, edit); d += 2) {
            counter.steps++;
            const removeOld = bestOld[off + d - 1];
            const removeLast = bestLast[off + d - 1];
            const addOld = bestOld[off + d + 1];
            const addLast = bestLast[off + d + 1];
            if (removeOld !== -2)
                bestOld[off + d - 1] = -2;
            let canAdd = false;
            if (addOld !== -2) {
                const addNewPos = addOld - d;
                canAdd = addNewPos >= 0 && addNewPos < newLen;
            }
            const canRemove = removeOld !== -2 && removeOld + 1 < oldLen;
            if (!canAdd && !canRemove) {
                bestOld[off + d] = -2;
                continue;
            }
            if (!canRemove || (canAdd && removeOld < addOld))
                addToPath(addOld, addLast, ADDED, 0);
            else
                addToPath(removeOld, removeLast, REMOVED, 1);
            newPos = extractCommon(d);
            if (pathOld + 1 >= oldLen && newPos + 1 >= newLen)
                return build(pathLast);
            bestOld[off + d] = pathOld;
            bestLast[off + d] = pathLast;
            if (pathOld + 1 >= oldLen)
                maxDiagonal = Math.min(maxDiagonal, d - 1);
            if (newPos + 1 >= newLen)
                minDiagonal = Math.max(minDiagonal, d + 1);
        }
    }
    return undefined;
}
/** Same number of lines: runs of differing lines at the same positions. */
function pairwise(a, aFrom, b, bFrom, n, out) {
    let cur;
    for (let k = 0; k < n; k++) {
        if (a[aFrom + k] === b[bFrom + k]) {
            if (cur)
                out.push(cur);
            cur = undefined;
        }
        else if (cur) {
            cur.oldCount++;
            cur.newCount++;
        }
        else {
            cur = { oldIndex: aFrom + k, oldCount: 1, newIndex: bFrom + k, newCount: 1 };
        }
    }
    if (cur)
        out.push(cur);
}
function toHunk(c) {
    return {
        oldStart: c.oldCount === 0 ? c.oldIndex : c.oldIndex + 1,
        oldLines: c.oldCount,
        newStart: c.newCount === 0 ? c.newIndex : c.newIndex + 1,
        newLines: c.newCount,
    };
}
/** Every contiguous change, without context. `counter` (tests) adds up the comparison's steps. */
function lineHunks(oldText, newText, counter) {
    return changes(splitLines(oldText), splitLines(newText), counter).map(toHunk);
}
/** lineHunks and unifiedDiff of the same texts, comparing the lines once. */
function diffBoth(file, oldText, newText, withDiff = true) {
    const a = splitLines(oldText);
    const b = splitLines(newText);
    const cs = changes(a, b);
    return { hunks: cs.map(toHunk), diff: withDiff ? unifiedFromChanges(file, a, b, cs, 3) : '', newLines: b };
}
function range(start, count) {
    return count === 1 ? `${start}` : `${start},${count}`;
}
function emit(out, prefix, line) {
    if (line.endsWith('\n'))
        out.push(prefix, line);
    else
        out.push(prefix, line, '\n\\ No newline at end of file\n');
}
/** GNU-style unified diff of one file, or '' when the texts are equal. */
function unifiedDiff(file, oldText, newText, context = 3) {
    const a = splitLines(oldText);
    const b = splitLines(newText);
    return unifiedFromChanges(file, a, b, changes(a, b), context);
}
function unifiedFromChanges(file, a, b, cs, context) {
    if (cs.length === 0)
        return '';
    const out = [`--- old/${file}\n+++ new/${file}\n`];
    let k = 0;
    while (k < cs.length) {
        // Changes closer than 2*context lines share a hunk, as in GNU diff.
        let last = k;
        while (last + 1 < cs.length && cs[last + 1].oldIndex - (cs[last].oldIndex + cs[last].oldCount) <= 2 * context)
            last++;
        const first = cs[k];
        const end = cs[last];
        const oldFrom = Math.max(0, first.oldIndex - context);
        const oldTo = Math.min(a.length, end.oldIndex + end.oldCount + context);
        const newFrom = first.newIndex - (first.oldIndex - oldFrom);
        const newTo = end.newIndex + end.newCount + (oldTo - (end.oldIndex + end.oldCount));
        const oldLen = oldTo - oldFrom;
        const newLen = newTo - newFrom;
        out.push(`@@ -${range(oldLen === 0 ? oldFrom : oldFrom + 1, oldLen)} +${range(newLen === 0 ? newFrom : newFrom + 1, newLen)} @@\n`);
        let i = oldFrom;
        for (let c = k; c <= last; c++) {
            const ch = cs[c];
            for (; i < ch.oldIndex; i++)
                emit(out, ' ', a[i]);
            for (let x = 0; x < ch.oldCount; x++)
                emit(out, '-', a[ch.oldIndex + x]);
            for (let x = 0; x < ch.newCount; x++)
                emit(out, '+', b[ch.newIndex + x]);
            i = ch.oldIndex + ch.oldCount;
        }
        for (; i < oldTo; i++)
            emit(out, ' ', a[i]);
        k = last + 1;
    }
    return out.join('');
}

;// CONCATENATED MODULE: ./src/checks/terraform/outcome.ts
const ALL_EXTRAS = { diff: true, lines: true };

;// CONCATENATED MODULE: ./src/report/fingerprint.ts
/** The text of a line as a fingerprint sees it: white space collapsed, so re-indenting keeps it. */
function normaliseLine(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}
/**
 * A fingerprint per finding (same order): sha256 of rule, file, the normalised text of its line and
 * its occurrence among findings with that same rule, file and text — not the line number, so lines
 * added or removed above a finding keep it, as SARIF partialFingerprints do.
 */
function fingerprints(findings, lineText) {
    if (findings.length === 0)
        return [];
    // Indexes in a typed array: an object per finding would cost more than the fingerprints.
    const order = Uint32Array.from(findings.keys()).sort((i, j) => {
        const a = findings[i];
        const b = findings[j];
        return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || i - j;
    });
    // Occurrences counted per file, and a file's count dropped once the order has passed it: a tree
    // with hundreds of thousands of findings would otherwise hold a key for each until the end.
    const seenIn = new Map();
    let current;
    // node:crypto is loaded when a finding needs it: loading it costs every CLI start several ms.
    const { hash } = process.getBuiltinModule('node:crypto');
    const out = new Array(findings.length);
    for (const i of order) {
        const f = findings[i];
        if (current !== undefined && current !== f.file && current.localeCompare(f.file) < 0)
            seenIn.delete(current);
        current = f.file;
        let seen = seenIn.get(f.file);
        if (!seen)
            seenIn.set(f.file, (seen = new Map()));
        const key = `${f.rule}\0${f.file}\0${normaliseLine(lineText(f.file, f.line))}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        // One-shot: a Hash object per finding is native memory only a garbage collection gives back.
        out[i] = hash('sha256', `${key}\0${n}`, 'hex');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/suppression-grammar.ts
/** The marker every inline suppression starts with, in a comment or in the object annotation. */
const IGNORE_MARKER = 'portarium-infra-ignore';
/** The annotation that suppresses findings on a whole rendered Kubernetes object. */
const IGNORE_ANNOTATION = 'portarium-infra.dev/ignore';
/**
 * Reads what follows the marker (or an annotation's whole value). Rule ids contain no `:`, so the
 * first `:` ends the list; a reason is whatever non-blank text follows it.
 */
function parseSuppressionSpec(text) {
    const colon = text.indexOf(':');
    const list = colon < 0 ? text : text.slice(0, colon);
    const reason = colon < 0 ? '' : text.slice(colon + 1).trim();
    const rules = list
        .split(/[,\s]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    return { rules, reason };
}

;// CONCATENATED MODULE: ./src/report/source-lines.ts


/**
 * The lines of a text a check already holds that the suppression pass would otherwise read the file
 * again for: keyed by 1-based line number, each as a fingerprint sees it (white space collapsed);
 * none when `keep` is false (no fingerprints will be made), which still tells the pass the file has no
 * suppression. Undefined when the text names a suppression: its comments must be parsed, so the pass reads it.
 */
function linesForReport(text, wanted, keep = true) {
    if (text.includes(IGNORE_MARKER))
        return undefined;
    const lines = new Map();
    if (!keep)
        return lines;
    const sorted = [...new Set(wanted)].sort((a, b) => a - b);
    let line = 1;
    let start = 0;
    for (const n of sorted) {
        while (line < n && start <= text.length) {
            const nl = text.indexOf('\n', start);
            start = nl === -1 ? text.length + 1 : nl + 1;
            line++;
        }
        // Past the last line the file reads as nothing; a `\r` before the `\n` normalises away.
        if (line !== n || start > text.length) {
            lines.set(n, '');
            continue;
        }
        const end = text.indexOf('\n', start);
        lines.set(n, detached(normaliseLine(text.slice(start, end === -1 ? text.length : end))));
    }
    return lines;
}
/** A copy of `s` that shares no memory with the text it was cut from (a slice would keep the whole file alive). */
function detached(s) {
    return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

;// CONCATENATED MODULE: ./src/report/rules.ts
/**
 * Declares one check's rules. The ids become a string-literal union, so a finding of a rule that is
 * not in the table (a typo) does not compile. Ids must be unique and start with one `<prefix>/`: the
 * prefix names the docs page.
 */
function defineRules(check, rules) {
    const byId = new Map();
    for (const r of rules) {
        if (byId.has(r.id))
            throw new Error(`rule ${r.id} is defined twice`);
        if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(r.id))
            throw new Error(`rule id ${r.id} is not <check>/<name>`);
        byId.set(r.id, r);
    }
    const severity = (id) => {
        const def = byId.get(id);
        if (!def)
            throw new Error(`unknown ${check} rule ${id}`);
        return def.severity;
    };
    return {
        check,
        rules,
        severity,
        severityUnder(id, settings) {
            const setting = settings?.[id];
            if (setting === 'off')
                return undefined;
            return setting ?? severity(id);
        },
        finding(id, at, message, extra = {}) {
            const loc = typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
            const f = { check, rule: id, severity: severity(id), file: loc.file, line: loc.line, column: loc.column, message };
            if (extra.endLine !== undefined)
                f.endLine = extra.endLine;
            if (extra.endColumn !== undefined)
                f.endColumn = extra.endColumn;
            if (extra.help !== undefined)
                f.help = extra.help;
            return f;
        },
    };
}
/** Applies the user's rule settings from `.portarium-infra.yml` to an engine's findings. */
function applyRuleSettings(findings, settings) {
    const out = [];
    for (const f of findings) {
        const setting = settings[f.rule];
        if (setting === 'off')
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}
/** The docs page of a rule, relative to the repository root: docs/rules/<prefix of the id>.md. */
function docsPage(ruleId) {
    return `docs/rules/${ruleId.split('/')[0] ?? ruleId}.md`;
}
/** The anchor of a rule's entry on its docs page: `<a id="compose-undefined-network">` before `## compose/undefined-network`. */
function docsAnchor(ruleId) {
    return ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
}
/** Where a rule is documented (SARIF helpUri): its page and anchor. */
function docsUrl(ruleId) {
    return `${docsPage(ruleId)}#${docsAnchor(ruleId)}`;
}
/** A position (anything with a 1-based line and column: a parsed instruction, a YAML node) in `file`. */
function locationIn(file, pos) {
    return { file, line: pos.line, column: pos.column };
}

;// CONCATENATED MODULE: ./src/checks/terraform/rules.ts

const rules_CHECK = 'terraform-fmt';
/** Every rule of the terraform fmt check; documented in docs/rules/terraform.md. */
const TERRAFORM_RULES = defineRules(rules_CHECK, [
    { id: 'terraform/not-formatted', severity: 'error', description: 'Lines that `terraform fmt` would change (one finding per changed hunk).' },
    { id: 'terraform/syntax-error', severity: 'error', description: 'The file does not parse as HCL, so terraform fmt refuses to format it.' },
    { id: 'terraform/write-failed', severity: 'error', description: 'Write mode could not replace the file with its formatted text (read-only, permissions).' },
    {
        id: 'terraform/changed-while-formatting',
        severity: 'error',
        description: 'Write mode left a file alone because its content changed between reading and writing it (another writer); run again.',
    },
    { id: 'terraform/skipped-file', severity: 'warning', description: 'A file was not checked: unreadable, not a regular file, or a symbolic link leaving the root.' },
    { id: 'terraform/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this file was checked." },
    { id: 'terraform/engine-error', severity: 'error', description: 'The formatter (builtin or terraform/tofu binary) failed on a file for a reason other than its syntax.' },
]);
const RULES = TERRAFORM_RULES.rules;

;// CONCATENATED MODULE: ./src/checks/terraform/report.ts

const severity = TERRAFORM_RULES.severity;
const FIX_HINT = 'Run `terraform fmt -recursive`, or this check in write mode, to fix it.';
/**
 * Strings many findings share, for one run: the same message ("Line 12 is not formatted…") recurs
 * in every file, and the same expected text wherever files share a line (`}`, `source = …`).
 * Each distinct string is kept once; past MAX_SHARED strings, new ones are simply not shared.
 */
class SharedStrings {
    seen = new Map();
    get(s) {
        const known = this.seen.get(s);
        if (known !== undefined)
            return known;
        if (this.seen.size < MAX_SHARED)
            this.seen.set(s, s);
        return s;
    }
}
const MAX_SHARED = 100_000;
/** The line a hunk's finding is on: a pure insertion is reported on the line it follows. */
const findingLine = (h) => Math.max(1, h.oldStart);
/** Findings for one file's outcome (write mode: a rewritten file has none). */
function outcomeFindings(o, mode, shared = new SharedStrings()) {
    const base = { check: CHECK, file: o.rel };
    switch (o.status) {
        case 'formatted':
            return [];
        case 'syntax-error':
            return o.errors.map((e) => ({
                ...base,
                rule: 'terraform/syntax-error',
                severity: severity('terraform/syntax-error'),
                line: e.line,
                column: e.column,
                endLine: e.endLine,
                endColumn: e.endColumn,
                message: e.detail ? `${e.summary}: ${e.detail}` : e.summary,
                help: 'terraform fmt does not format a file that does not parse; the file was left as it is.',
            }));
        case 'skipped':
            return [{ ...base, rule: 'terraform/skipped-file', severity: severity('terraform/skipped-file'), line: 1, column: 1, message: `Not checked: ${o.reason}` }];
        case 'timed-out':
            return [{ ...base, rule: 'terraform/deadline-exceeded', severity: severity('terraform/deadline-exceeded'), line: 1, column: 1, message: `The check's time limit (${o.limit}) ran out before this file was checked` }];
        case 'engine-error':
            return [{ ...base, rule: 'terraform/engine-error', severity: severity('terraform/engine-error'), line: 1, column: 1, message: o.message }];
        case 'changed': {
            if (mode === 'write' && o.written)
                return [];
            // A tree far from formatted has hundreds of thousands of these, kept until the report is
            // written: each is one object of one shape (literal, fields in a fixed order) holding flat
            // strings built by join (a template literal would keep a chain of pieces per string).
            const rule = 'terraform/not-formatted';
            const sev = severity(rule);
            const out = o.hunks.map((h) => {
                const line = findingLine(h);
                const endLine = h.oldLines === 0 ? line : h.oldStart + h.oldLines - 1;
                const span = line === endLine ? `Line ${line}` : `Lines ${line}-${endLine}`;
                const message = h.newLines === 0
                    ? [span, ' would be removed by terraform fmt'].join('')
                    : h.oldLines === 0
                        ? ['terraform fmt would insert ', h.newLines, ' line(s) after line ', line].join('')
                        : [span, line === endLine ? ' is not formatted as terraform fmt would format it' : ' are not formatted as terraform fmt would format them'].join('');
                const help = h.newLines === 0 ? FIX_HINT : ['terraform fmt writes:\n', h.expected, h.expectedTruncated ? '\n…' : '', '\n\n', FIX_HINT].join('');
                return { check: CHECK, file: o.rel, rule, severity: sev, line, column: 1, endLine, message: shared.get(message), help: shared.get(help) };
            });
            if (mode === 'write' && o.writeError) {
                const rule = o.changedWhileFormatting ? 'terraform/changed-while-formatting' : 'terraform/write-failed';
                out.unshift({ ...base, rule, severity: severity(rule), line: 1, column: 1, message: `Not rewritten: ${o.writeError}` });
            }
            return out;
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/finish-file.ts






const MAX_EXPECTED_LINES = 20;
/** A copy of `s` that shares no memory with the string it was cut from. */
function flat(s) {
    // A one-element join returns its element as it is (a slice, which pins its parent).
    return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
/**
 * Compares a file with its formatted text, and in write mode replaces it; `write.readThrough` is
 * closed here either way. `extras`: what the outcome carries beyond its findings.
 */
async function finishFile(rel, real, original, formatted, mode, write = {}, extras = ALL_EXTRAS) {
    if (formatted === original) {
        if (write.readThrough)
            (0,external_node_fs_namespaceObject.closeSync)(write.readThrough.fd);
        return { rel, status: 'formatted' };
    }
    let wrote;
    if (mode === 'write' && !extras.diff) {
        // A rewritten file has no findings, and nothing shows its diff: it is compared only if not written.
        wrote = await replace(real, formatted, write);
        if (wrote.written)
            return { rel, status: 'changed', hunks: [], diff: '', ...wrote };
    }
    const { hunks: lineHunks, diff, newLines } = diffBoth(rel, original, formatted, extras.diff);
    const hunks = lineHunks.map((h) => {
        const from = h.newLines === 0 ? h.newStart : h.newStart - 1;
        const take = Math.min(h.newLines, MAX_EXPECTED_LINES);
        // Joined into a new string: the lines are slices of the formatted text, which they would keep
        // alive, for every changed file, as long as the hunk (the findings outlive the file's text).
        const expected = newLines
            .slice(from, from + take)
            .map((l) => l.replace(/\r?\n$/, ''))
            .join('\n');
        return { ...h, expected: take === 1 ? flat(expected) : expected, expectedTruncated: h.newLines > take };
    });
    const outcome = { rel, status: 'changed', hunks, diff };
    if (mode === 'write')
        Object.assign(outcome, wrote ?? (await replace(real, formatted, write)));
    // A rewritten file has no findings; one that was not still holds what was read.
    if (outcome.written !== true) {
        const lines = linesForReport(original, mode === 'write' ? [1, ...hunks.map(findingLine)] : hunks.map(findingLine), extras.lines);
        if (lines)
            outcome.lines = lines;
    }
    return outcome;
}
async function replace(real, formatted, write) {
    try {
        await rewriteFile(real, Buffer.from(formatted, 'utf8'), write);
        return { written: true };
    }
    catch (e) {
        const writeError = e instanceof Error ? e.message : String(e);
        return e instanceof ChangedSinceRead ? { written: false, writeError, changedWhileFormatting: true } : { written: false, writeError };
    }
}

;// CONCATENATED MODULE: ./src/young-generation.ts
/**
 * V8 doubles the young generation of a thread, up to 128 MB on this machine's Node 24, while much of
 * what it allocates survives — as on a long run that keeps every finding. That ceiling is fixed when
 * Node starts (`--max-semi-space-size`, which a CLI run through `npx` or an action cannot pass), so
 * past HELD_AT this stops the young generation from growing further, for the rest of the process:
 * a tree with 394,000 findings peaked at 473 MB without it and 330 MB with it, at the same speed
 * (docs/benchmarks.md). Worker threads have their own, smaller limit (resourceLimits).
 */
const HELD_AT = 16 * 1024 * 1024;
// Looked at every CALLS_PER_LOOK calls: it is called once per file, and looking costs some µs.
const CALLS_PER_LOOK = 64;
let held = false;
let calls = 0;
/** Call from loops that run long on one thread (no timer fires there); cheap, and a no-op once held. */
function holdYoungGeneration() {
    if (held || ++calls % CALLS_PER_LOOK !== 0)
        return;
    const v8 = process.getBuiltinModule('node:v8');
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < HELD_AT)
        return;
    held = true;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
}

;// CONCATENATED MODULE: ./src/checks/terraform/process-file.ts










/** Files above this size are skipped by the builtin engine unless the caller raises the limit. */
const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
// Files are read into one buffer per thread, grown to the largest file up to SCRATCH_MAX_BYTES:
// only decoding and hashing look at the bytes, both before the next read. A buffer per file is
// memory outside the JS heap that only a garbage collection gives back; thousands of files of
// 21 KB left tens of MB of them waiting.
const SCRATCH_MAX_BYTES = 1024 * 1024;
let scratch = Buffer.allocUnsafe(64 * 1024);
function scratchOf(size) {
    if (scratch.length < size)
        scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX_BYTES, Math.max(size, scratch.length * 2)));
    return scratch.subarray(0, size);
}
// Reads are synchronous: files are small and many, and a thread-pool round trip per file would
// cost more than the read itself. Large repositories are split across worker threads instead.
function load(file, maxFileBytes, forWrite) {
    const { rel, real } = file;
    let bytes;
    let fd;
    let read;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(real, 'r');
        const { size, ino, dev } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (size > maxFileBytes) {
            const mb = (n) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
            return {
                rel,
                status: 'skipped',
                reason: `file is ${mb(size)}, above the builtin engine's limit of ${mb(maxFileBytes)} ` +
                    '(a safeguard against generated files of this size); raise maxFileBytes or use the terraform engine',
            };
        }
        bytes = size <= SCRATCH_MAX_BYTES ? scratchOf(size) : Buffer.allocUnsafe(size);
        let got = 0;
        while (got < size) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, got, size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        // A file that shrank while being read is checked as it was read.
        if (got < size)
            bytes = bytes.subarray(0, got);
        // Write mode checks the file again through this descriptor before replacing it: one open less per file.
        if (forWrite)
            read = { fd, ino, dev };
    }
    catch (e) {
        return { rel, status: 'skipped', reason: `cannot read file: ${e.code ?? String(e)}` };
    }
    finally {
        if (fd !== undefined && !read)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
        if (read)
            (0,external_node_fs_namespaceObject.closeSync)(read.fd);
        const { line, column } = decoded;
        return {
            rel,
            status: 'syntax-error',
            errors: [
                {
                    line,
                    column,
                    endLine: line,
                    endColumn: column + 1,
                    summary: 'Invalid character encoding',
                    detail: `All input files must be UTF-8 encoded; byte ${decoded.offset} is not valid UTF-8.`,
                },
            ],
        };
    }
    return { file, text: decoded.text, toks: lexer_lex(decoded.text), ...(read ? { sha256: sha256(bytes), read } : {}) };
}
const TOO_DEEP = 'expressions are nested too deeply for the builtin engine (tens of thousands of levels; terraform fmt 1.5.7 runs out of stack on 100,000); reduce the nesting or use the terraform engine for this file';
function internalError(rel, message) {
    return { rel, status: 'engine-error', message: `internal formatter error: ${message}` };
}
function isStackOverflow(e) {
    return e instanceof RangeError && /call stack/i.test(e.message);
}
/**
 * The gate and the formatter recurse as hclsyntax and hclwrite do, so stack use grows with
 * nesting. A file nested too deeply for this thread's stack (a few thousand levels) is formatted
 * again on a thread with a larger, still bounded one (deep-format.ts): terraform formats 10,000
 * levels, its growing stacks giving out somewhere below 100,000.
 */
async function format(rel, text, toks) {
    try {
        return formatTerraformSource(text, toks, rel);
    }
    catch (e) {
        if (!isStackOverflow(e))
            return internalError(rel, e instanceof Error ? e.message : String(e));
    }
    const deep = await formatOnDeepStack(text, rel);
    if (deep.outcome)
        return deep.outcome;
    if (deep.error !== undefined)
        return internalError(rel, deep.error);
    return { rel, status: 'engine-error', message: TOO_DEEP };
}
const RENAMES_IN_FLIGHT = 16;
/**
 * The builtin engine for a group of files: read and decode strictly, syntax gate, terraform's
 * rewrites, hclwrite.Format, compare, and in write mode replace. All in TypeScript.
 */
async function processFilesBuiltin(files, mode, maxFileBytes = DEFAULT_MAX_FILE_BYTES, hooks = {}, extras = ALL_EXTRAS) {
    const outcomes = new Array(files.length);
    // In write mode a file's rename is still on the thread pool while the next files are formatted.
    const renaming = new Set();
    for (let i = 0; i < files.length; i++) {
        if (renaming.size >= RENAMES_IN_FLIGHT)
            await Promise.race(renaming);
        holdYoungGeneration();
        const file = files[i];
        const r = load(file, maxFileBytes, mode === 'write');
        if ('status' in r) {
            outcomes[i] = r;
            continue;
        }
        // Closed here unless finishFile takes it, which closes it before the rename.
        const closeRead = r.read ? () => (0,external_node_fs_namespaceObject.closeSync)(r.read.fd) : () => { };
        let result;
        try {
            result = await format(file.rel, r.text, r.toks);
        }
        catch (e) {
            closeRead();
            throw e;
        }
        if ('status' in result || result.kind === 'syntax-error')
            closeRead();
        if ('status' in result) {
            outcomes[i] = result;
            continue;
        }
        if (result.kind === 'syntax-error') {
            const lines = linesForReport(r.text, result.errors.map((e) => e.line), extras.lines);
            outcomes[i] = { rel: file.rel, status: 'syntax-error', errors: result.errors, ...(lines && { lines }) };
            continue;
        }
        const finished = finishFile(file.rel, file.real, r.text, result.output, mode, { expectedSha256: r.sha256, readThrough: r.read, beforeWrite: hooks.beforeWrite }, extras);
        if (mode !== 'write' || hooks.beforeWrite) {
            outcomes[i] = await finished;
            continue;
        }
        const settled = finished.then((o) => {
            outcomes[i] = o;
            renaming.delete(settled);
        });
        renaming.add(settled);
    }
    await Promise.all(renaming);
    return outcomes;
}

;// CONCATENATED MODULE: ./src/checks/terraform/worker.ts



function worker_format(req) {
    try {
        return { id: req.id, outcome: formatTerraformSource(req.text, undefined, req.filename) };
    }
    catch (e) {
        if (e instanceof RangeError && /call stack/i.test(e.message))
            return { id: req.id };
        return { id: req.id, error: e instanceof Error ? e.message : String(e) };
    }
}
// Each worker formats the batches it is sent, one after the other.
external_node_worker_threads_namespaceObject.parentPort?.on('message', (req) => {
    if ('text' in req) {
        external_node_worker_threads_namespaceObject.parentPort.postMessage(worker_format(req));
        return;
    }
    void (async () => {
        try {
            const outcomes = await processFilesBuiltin(req.files, req.mode, req.maxFileBytes, {}, req.extras);
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: req.id, outcomes });
        }
        catch (e) {
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) });
        }
    })();
});

