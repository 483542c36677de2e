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
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/checks/terraform/syntax-errors.ts
/**
 * hcl2json reports hclsyntax's diagnostics as one string:
 * `parse config: [F:L,C-L,C: Summary; Detail F:L,C-C: Summary; Detail]`. We name the file with a
 * control character that cannot occur in a message, so splitting on it is unambiguous.
 */
const GATE_FILENAME = '\u0001';
const RANGE = new RegExp(`${GATE_FILENAME}:(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): `, 'g');
/** Returns the diagnostics, or undefined when the message is not a parse failure. */
function parseGateErrors(message) {
    const prefix = 'parse config: [';
    if (!message.startsWith(prefix))
        return undefined;
    const body = message.endsWith(']') ? message.slice(prefix.length, -1) : message.slice(prefix.length);
    const marks = [...body.matchAll(RANGE)];
    if (marks.length === 0)
        return undefined;
    return marks.map((m, i) => {
        const textEnd = i + 1 < marks.length ? marks[i + 1].index : body.length;
        const text = body.slice(m.index + m[0].length, textEnd).trim();
        const sep = text.indexOf('; ');
        const line = Number(m[1]);
        return {
            line,
            column: Number(m[2]),
            endLine: m[3] === undefined ? line : Number(m[3]),
            endColumn: Number(m[4]),
            summary: sep < 0 ? text : text.slice(0, sep),
            // Messages refer to other positions in the same file ("already set at F:1,1-2").
            detail: sep < 0 ? '' : text.slice(sep + 2).replaceAll('\u0001:', 'line '),
        };
    });
}

;// CONCATENATED MODULE: ./src/checks/terraform/batch.ts


function countNewlines(s) {
    let n = 0;
    for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1))
        n++;
    return n;
}
const GATE_BATCH_BYTES = 256 * 1024;
const GATE_BATCH_FILES = 64;
/** Syntax errors per input (undefined: it parses). */
async function batch_gateAll(inputs, wasm) {
    const results = new Array(inputs.length);
    const alone = async (i) => {
        const message = await wasm.syntaxErrors(GATE_FILENAME, inputs[i].text);
        results[i] = message === undefined ? undefined : parseGateErrors(message);
    };
    // One call for the group; on failure the first diagnostic tells which file broke it: those
    // before it parsed, it is parsed alone (for its exact diagnostics), the rest are tried again.
    const group = async (members) => {
        if (members.length === 0)
            return;
        if (members.length === 1)
            return alone(members[0]);
        const lastLine = [];
        let line = 0;
        const parts = members.map((i) => {
            const wrapped = `f {\n${inputs[i].reduced}\n}\n`;
            line += countNewlines(wrapped);
            lastLine.push(line);
            return wrapped;
        });
        const message = await wasm.syntaxErrors(GATE_FILENAME, parts.join(''));
        const errors = message === undefined ? undefined : parseGateErrors(message);
        if (!errors || errors.length === 0) {
            for (const i of members)
                results[i] = undefined;
            return;
        }
        const firstLine = Math.min(...errors.map((e) => e.line));
        let bad = lastLine.findIndex((l) => firstLine <= l);
        if (bad < 0)
            bad = members.length - 1;
        for (const i of members.slice(0, bad))
            results[i] = undefined;
        await alone(members[bad]);
        await group(members.slice(bad + 1));
    };
    let batch = [];
    let bytes = 0;
    const flush = async () => {
        await group(batch);
        batch = [];
        bytes = 0;
    };
    for (let i = 0; i < inputs.length; i++) {
        const reduced = inputs[i].reduced;
        if (reduced === undefined) {
            await alone(i);
            continue;
        }
        batch.push(i);
        bytes += reduced.length;
        if (batch.length >= GATE_BATCH_FILES || bytes >= GATE_BATCH_BYTES)
            await flush();
    }
    await flush();
    return results;
}
const FORMAT_BATCH_BYTES = 256 * 1024;
const FORMAT_BATCH_FILES = 64;
/** hclwrite.Format of each input. */
async function batch_formatAll(inputs, wasm) {
    const results = new Array(inputs.length);
    const marker = `#portarium-fmt-split-${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}\n`;
    let batch = [];
    let bytes = 0;
    const flush = async () => {
        if (batch.length === 1)
            results[batch[0]] = await wasm.format(inputs[batch[0]].text);
        else if (batch.length > 1) {
            const out = await wasm.format(batch.map((i) => inputs[i].text).join(marker));
            const parts = out.split(marker);
            // Every input is empty or ends with a newline, so every part but the last must be too;
            // anything else means a marker did not come out on a line of its own: not trusted.
            const settled = (p, k) => k === parts.length - 1 || (inputs[batch[k]].text === '' ? p === '' : p.endsWith('\n'));
            if (parts.length === batch.length && parts.every(settled)) {
                batch.forEach((i, k) => (results[i] = parts[k]));
            }
            else
                for (const i of batch)
                    results[i] = await wasm.format(inputs[i].text);
        }
        batch = [];
        bytes = 0;
    };
    for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        if (!input.batchable || input.text.includes(marker)) {
            results[i] = await wasm.format(input.text);
            continue;
        }
        batch.push(i);
        bytes += input.text.length;
        if (batch.length >= FORMAT_BATCH_FILES || bytes >= FORMAT_BATCH_BYTES)
            await flush();
    }
    await flush();
    return results;
}

;// CONCATENATED MODULE: ./src/checks/terraform/lexer.ts
/**
 * A tokenizer for HCL native syntax that produces the same token boundaries and types as
 * hclsyntax's scanner (scan_tokens.rl) wherever terraform fmt's rewrites look at tokens:
 * string templates split at `$`/`%`, `${`/`%{` sequences and the brace stack that ends them,
 * heredocs with their closing-marker rule, comments that include their newline, and `::`.
 *
 * It is only ever run on text that hclsyntax has accepted (or, for the pure formatter, on text
 * where any mistake shows up as a formatting difference), so malformed input yields `Invalid`
 * tokens rather than errors, and it never throws.
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
const NUMBER = /[0-9](?:[0-9.]|[eE][+-]?[0-9])*/y;
const HEREDOC_START = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
const SELF_TOKENS = new Set('[](){}.,*/%+-=<>!?:&|~^;`\''.split(''));
const TWO_CHAR_OPS = new Set(['==', '!=', '>=', '<=', '&&', '||', '=>']);
function isSpace(c) {
    return c === 0x20 || c === 0x09;
}
class Accumulator {
    count = 0;
    type = new Uint8Array(256);
    start = new Uint32Array(256);
    end = new Uint32Array(256);
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
    finish(selfContained) {
        return { count: this.count, type: this.type, start: this.start, end: this.end, selfContained };
    }
}
/** Offset where tokens begin: hclsyntax skips a leading UTF-8 byte order mark. */
function contentStart(src) {
    return src.charCodeAt(0) === 0xfeff ? 1 : 0;
}
function lexer_lex(src) {
    const out = new Accumulator();
    const n = src.length;
    let p = contentStart(src);
    const modes = [MODE_MAIN];
    const heredocs = [];
    let braces = 0;
    const retBraces = [];
    let clean = true;
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
                    p += isHighSurrogate(e) ? 3 : 2;
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
            NUMBER.lastIndex = p;
            NUMBER.exec(src);
            let e = NUMBER.lastIndex;
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
            clean = false; // an unclosed /* would swallow whatever text came next
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
        if (TWO_CHAR_OPS.has(src.substr(p, 2))) {
            out.push(T.Punct, p, p + 2);
            p += 2;
            continue;
        }
        const ch = src[p];
        if (SELF_TOKENS.has(ch)) {
            out.push(selfTokenType(c), p, p + 1);
            p++;
            continue;
        }
        if (c === 0x5f || c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
            IDENT.lastIndex = p;
            if (IDENT.exec(src)) {
                out.push(T.Ident, p, IDENT.lastIndex);
                p = IDENT.lastIndex;
                continue;
            }
        }
        const len = isHighSurrogate(c) ? 2 : 1;
        out.push(T.Invalid, p, p + len);
        p += len;
    }
    out.push(T.EOF, n, n);
    return out.finish(clean && modes.length === 1 && braces === 0 && retBraces.length === 0 && balanced(out));
}
/** No invalid tokens, and ( [ { never close more than they opened and all close by the end. */
function balanced(toks) {
    let depth = 0;
    for (let i = 0; i < toks.count; i++) {
        const t = toks.type[i];
        if (t === T.Invalid || t === T.QuotedNewline)
            return false;
        if (t === T.OParen || t === T.OBrack || t === T.OBrace)
            depth++;
        else if (t === T.CParen || t === T.CBrack || t === T.CBrace) {
            if (--depth < 0)
                return false;
        }
    }
    return depth === 0;
}
/**
 * Replays hclwrite's formatIndent (lines split at newlines and line comments, bracket counting
 * that stops at a heredoc opener in the lead cell) and tells whether its indent stack is empty at
 * the end. Only then does the text leave the formatter exactly as it found it for what follows.
 */
function indentSettles(src, toks) {
    const { type } = toks;
    const indents = [];
    let lineStart = 0;
    for (let i = 0; i < toks.count; i++) {
        const t = type[i];
        const endsLine = t === T.Newline || (t === T.Comment && src.charCodeAt(toks.end[i] - 1) === 0x0a);
        if (!endsLine && t !== T.EOF)
            continue;
        const lineEnd = t === T.EOF ? i : i + 1; // exclusive
        if (lineEnd > lineStart && type[lineStart] !== T.Newline)
            applyIndentLine(type, lineStart, lineEnd, indents);
        lineStart = i + 1;
        if (t === T.EOF)
            break;
    }
    return indents.length === 0;
}
function bracketChange(t) {
    if (t === T.OBrace || t === T.OBrack || t === T.OParen || t === T.TemplateControl || t === T.TemplateInterp)
        return 1;
    if (t === T.CBrace || t === T.CBrack || t === T.CParen || t === T.TemplateSeqEnd)
        return -1;
    return 0;
}
function applyIndentLine(type, from, to, indents) {
    // Cells as hclwrite's linesForFormat splits them: a trailing comment (when not alone), then
    // "assign" from the first `=` after the first token when the rest of the line is balanced.
    let leadEnd = to;
    if (to - from > 1 && type[to - 1] === T.Comment)
        leadEnd = to - 1;
    let assignFrom = leadEnd;
    for (let k = from + 1; k < leadEnd; k++) {
        if (type[k] !== T.Equal)
            continue;
        let net = 0;
        for (let j = k; j < leadEnd; j++)
            net += bracketChange(type[j]);
        if (net === 0)
            assignFrom = k;
        break;
    }
    let net = 0;
    for (let k = from; k < assignFrom; k++) {
        net += bracketChange(type[k]);
        if (type[k] === T.OHeredoc)
            break;
    }
    for (let k = assignFrom; k < leadEnd; k++)
        net += bracketChange(type[k]);
    if (net > 0)
        indents.push(net);
    else if (net < 0) {
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
}
function selfTokenType(c) {
    switch (c) {
        case 0x28:
            return T.OParen;
        case 0x29:
            return T.CParen;
        case 0x5b:
            return T.OBrack;
        case 0x5d:
            return T.CBrack;
        case 0x3d:
            return T.Equal;
        case 0x3a:
            return T.Colon;
        default:
            return T.Punct;
    }
}
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
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

;// CONCATENATED MODULE: ./src/checks/terraform/shrink.ts

/**
 * The WebAssembly modules spend their time in hclsyntax's scanner, which walks every character of
 * every token (counting grapheme columns). Comment bodies and string literal text are most of a
 * file's characters, yet they rarely change what the gate or the formatter decides, so they are
 * shortened before the call wherever that is provably without effect.
 */
function hasBackslash(src, from, to) {
    for (let k = from; k < to; k++)
        if (src.charCodeAt(k) === 0x5c)
            return true;
    return false;
}
function shortComment(src, s, e) {
    const hash = src.charCodeAt(s) === 0x23;
    if (hash || src.charCodeAt(s + 1) === 0x2f) {
        const nl = src.charCodeAt(e - 1) === 0x0a ? (src.charCodeAt(e - 2) === 0x0d ? '\r\n' : '\n') : '';
        return (hash ? '#' : '//') + nl;
    }
    return '/**/';
}
/**
 * For the syntax gate: whether hclsyntax accepts a file does not depend on a comment's body, nor
 * on a string literal part without escapes (`\`) or template introducers (`$`, `%`). Only for
 * self-contained text (see Tokens.selfContained) without a byte order mark; positions change,
 * so diagnostics must come from the original text.
 */
function reduceForGate(src, toks) {
    if (!toks.selfContained || src.charCodeAt(0) === 0xfeff)
        return undefined;
    const parts = [];
    let pos = 0;
    for (let i = 0; i < toks.count; i++) {
        const t = toks.type[i];
        if (t !== T.Comment && t !== T.QuotedLit)
            continue;
        const s = toks.start[i];
        const e = toks.end[i];
        let short;
        if (t === T.Comment)
            short = shortComment(src, s, e);
        else if (src.charCodeAt(s) !== 0x24 && src.charCodeAt(s) !== 0x25 && !hasBackslash(src, s, e))
            short = 'x';
        if (short === undefined || e - s <= short.length)
            continue;
        parts.push(src.slice(pos, s), short);
        pos = e;
    }
    parts.push(src.slice(pos));
    return parts.join('');
}
/**
 * For hclwrite.Format, which only ever changes the spaces between tokens: a token's own text
 * matters only through its width, and widths only count (a) before the `=` of a line that has
 * one (aligning `=`), and (b) on lines that end in a comment (aligning the comments). So comment
 * bodies that end a line and string literal parts elsewhere shrink; restoreShrunk puts them back
 * into the formatted text, token by token.
 */
function shrinkForFormat(src, toks) {
    const { type, start, end } = toks;
    const parts = [];
    const indexes = [];
    const originals = [];
    let pos = 0;
    const shrink = (i, short) => {
        const s = start[i];
        const e = end[i];
        if (e - s <= short.length)
            return;
        parts.push(src.slice(pos, s), short);
        pos = e;
        originals.push(src.slice(s, e));
        indexes.push(i);
    };
    let lineStart = 0;
    for (let i = 0; i < toks.count; i++) {
        const t = type[i];
        const endsLine = t === T.Newline || t === T.EOF || (t === T.Comment && src.charCodeAt(end[i] - 1) === 0x0a);
        if (!endsLine)
            continue;
        // hclwrite's format line: [lineStart, last]; the EOF token belongs to none.
        const last = t === T.EOF ? i - 1 : i;
        const commentCell = last > lineStart && type[last] === T.Comment;
        let assignFrom = -1;
        for (let k = lineStart + 1; k <= last; k++) {
            if (type[k] !== T.Equal)
                continue;
            let net = 0;
            for (let j = k; j <= last; j++)
                net += shrink_bracketChange(type[j]);
            if (net === 0)
                assignFrom = k;
            break;
        }
        // Widths used: the lead (before `=`) of a line with an assign cell, and everything before
        // the comment cell of a line that has one.
        const widthMatters = (k) => (commentCell && k !== last) || (assignFrom >= 0 && k < assignFrom);
        for (let k = lineStart; k <= last; k++) {
            const tk = type[k];
            if (tk === T.Comment) {
                if (isLineComment(src, toks, k) || !widthMatters(k))
                    shrink(k, shortComment(src, start[k], end[k]));
            }
            else if (tk === T.QuotedLit && !widthMatters(k)) {
                const c0 = src.charCodeAt(start[k]);
                if (c0 !== 0x24 && c0 !== 0x25)
                    shrink(k, 'x');
            }
        }
        lineStart = i + 1;
    }
    parts.push(src.slice(pos));
    return { text: parts.join(''), indexes, originals };
}
function shrink_bracketChange(t) {
    if (t === T.OBrace || t === T.OBrack || t === T.OParen || t === T.TemplateControl || t === T.TemplateInterp)
        return 1;
    if (t === T.CBrace || t === T.CBrack || t === T.CParen || t === T.TemplateSeqEnd)
        return -1;
    return 0;
}
/** Puts the shortened tokens back into hclwrite's output (same tokens, new spacing). */
function restoreShrunk(formatted, shrunk) {
    if (shrunk.indexes.length === 0)
        return formatted;
    const toks = lexer_lex(formatted);
    const parts = [];
    let pos = 0;
    for (let n = 0; n < shrunk.indexes.length; n++) {
        const i = shrunk.indexes[n];
        if (i >= toks.count)
            return undefined;
        parts.push(formatted.slice(pos, toks.start[i]), shrunk.originals[n]);
        pos = toks.end[i];
    }
    parts.push(formatted.slice(pos));
    return parts.join('');
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

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./src/checks/terraform/diff.ts

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
// Myers' diff costs about (lines × edit distance); past this budget a large file is compared
// line by line instead (formatting keeps most lines in place), or as one change.
const DIFF_BUDGET = 50_000_000;
const MAX_EDIT_LENGTH = 20_000;
function changes(a, b) {
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre])
        pre++;
    let suf = 0;
    while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
        suf++;
    const midA = a.slice(pre, a.length - suf);
    const midB = b.slice(pre, b.length - suf);
    if (midA.length === 0 && midB.length === 0)
        return [];
    const maxEditLength = Math.min(MAX_EDIT_LENGTH, Math.floor(DIFF_BUDGET / (midA.length + midB.length)));
    const parts = midA.length > 0 && midB.length > 0 ? diffArrays(midA, midB, { maxEditLength }) : undefined;
    if (!parts) {
        if (midA.length === midB.length)
            return pairwise(midA, midB, pre);
        return [{ oldIndex: pre, oldCount: midA.length, newIndex: pre, newCount: midB.length }];
    }
    const out = [];
    let i = pre;
    let j = pre;
    let cur;
    for (const part of parts) {
        const n = part.count ?? part.value.length;
        if (!part.added && !part.removed) {
            if (cur)
                out.push(cur);
            cur = undefined;
            i += n;
            j += n;
            continue;
        }
        cur ??= { oldIndex: i, oldCount: 0, newIndex: j, newCount: 0 };
        if (part.removed) {
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
    return out;
}
/** Same number of lines: runs of differing lines at the same positions. */
function pairwise(a, b, offset) {
    const out = [];
    let cur;
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) {
            if (cur)
                out.push(cur);
            cur = undefined;
        }
        else if (cur) {
            cur.oldCount++;
            cur.newCount++;
        }
        else {
            cur = { oldIndex: offset + i, oldCount: 1, newIndex: offset + i, newCount: 1 };
        }
    }
    if (cur)
        out.push(cur);
    return out;
}
function toHunk(c) {
    return {
        oldStart: c.oldCount === 0 ? c.oldIndex : c.oldIndex + 1,
        oldLines: c.oldCount,
        newStart: c.newCount === 0 ? c.newIndex : c.newIndex + 1,
        newLines: c.newCount,
    };
}
/** Every contiguous change, without context. */
function lineHunks(oldText, newText) {
    return changes(splitLines(oldText), splitLines(newText)).map(toHunk);
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
    const cs = changes(a, b);
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/checks/terraform/atomic-write.ts



/** Thrown when a file must not or cannot be replaced; the message is meant for the user. */
class WriteRefused extends Error {
    name = 'WriteRefused';
}
/**
 * Replaces `file` with `data` so that a reader sees either the old or the new content, never a
 * mix: write a temp file in the same directory, give it the old file's mode, rename it over the
 * original. (No fsync: like terraform's own os.WriteFile, durability across a power cut is left
 * to the file system; atomicity towards readers and a crash of this process is what matters.) A file without write permission is refused even where the directory would
 * allow the rename (and even for root): read-only is taken as the owner's intent.
 */
async function writeFileAtomic(file, data) {
    const info = await (0,promises_namespaceObject.stat)(file);
    if ((info.mode & 0o222) === 0)
        throw new WriteRefused('file is read-only; not rewritten');
    const mode = info.mode & 0o7777;
    const dir = external_node_path_default().dirname(file);
    // A hidden name, so a concurrent discovery never picks the temp file up as a config file.
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(tmp, 'wx', mode);
    }
    catch (e) {
        throw new WriteRefused(`cannot create a temporary file in ${dir}: ${e.code ?? String(e)}`);
    }
    try {
        await handle.writeFile(data);
        await handle.close();
        handle = undefined;
        await (0,promises_namespaceObject.chmod)(tmp, mode);
        await (0,promises_namespaceObject.rename)(tmp, file);
    }
    catch (e) {
        await handle?.close().catch(() => undefined);
        await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
        throw new WriteRefused(`could not replace the file: ${e.code ?? String(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/checks/terraform/finish-file.ts


const MAX_EXPECTED_LINES = 20;
/** Compares a file with its formatted text, and in write mode replaces it. */
async function finishFile(rel, real, original, formatted, mode) {
    if (formatted === original)
        return { rel, status: 'formatted' };
    const newLines = splitLines(formatted);
    const hunks = lineHunks(original, formatted).map((h) => {
        const from = h.newLines === 0 ? h.newStart : h.newStart - 1;
        const take = Math.min(h.newLines, MAX_EXPECTED_LINES);
        return { ...h, expected: newLines.slice(from, from + take), expectedTruncated: h.newLines > take };
    });
    const outcome = { rel, status: 'changed', hunks, diff: unifiedDiff(rel, original, formatted) };
    if (mode === 'write') {
        try {
            await writeFileAtomic(real, Buffer.from(formatted, 'utf8'));
            outcome.written = true;
        }
        catch (e) {
            outcome.written = false;
            outcome.writeError = e instanceof Error ? e.message : String(e);
        }
    }
    return outcome;
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

;// CONCATENATED MODULE: ./src/checks/terraform/doublecolon.ts


/**
 * Provider-defined function calls (`provider::ns::fn()`, terraform 1.8+) use a `::` token that
 * hcl v2.19's formatter does not know: it splits it into two colons and spaces them out, which is
 * invalid syntax. Before formatting, each `::` is replaced by two copies of a letter that does not
 * occur in the file, glued to the identifiers beside it, so hclwrite sees a single identifier of
 * the same width (hclwrite measures width in grapheme clusters). Afterwards the letters become
 * `::` again. hcl v2.20+ prints `ident::ident` without spaces, which is what this reproduces.
 */
// Letters (category Lo, so valid anywhere in an HCL identifier) that almost never occur in
// Terraform code; one absent from the file is chosen.
const PLACEHOLDERS = [
    ...'ǂǁǀǃ',
    ...Array.from({ length: 27 }, (_, i) => String.fromCodePoint(0x05d0 + i)),
    ...Array.from({ length: 80 }, (_, i) => String.fromCodePoint(0x3041 + i)),
];
function doublecolon_hasDoubleColon(src) {
    return src.includes('::');
}
function doublecolon_pickPlaceholder(src) {
    return PLACEHOLDERS.find((p) => !src.includes(p));
}
/** Replaces every `::` token (with the spaces between it and adjacent identifiers) by `ph ph`. */
function doublecolon_glueDoubleColons(src, toks, ph) {
    const edits = [];
    const { type, start, end } = toks;
    for (let i = 0; i < toks.count; i++) {
        if (type[i] !== T.DoubleColon)
            continue;
        const from = i > 0 && type[i - 1] === T.Ident ? end[i - 1] : start[i];
        const to = type[i + 1] === T.Ident ? start[i + 1] : end[i];
        edits.push({ start: from, end: to, text: ph + ph });
    }
    return applyEdits(src, edits);
}
function doublecolon_unglueDoubleColons(src, ph) {
    return src.split(ph + ph).join('::');
}

;// CONCATENATED MODULE: ./src/checks/terraform/format.ts





/**
 * terraform's rewrites (rewrite.ts) and the `::` protection (doublecolon.ts) for a file that
 * passed the syntax gate. `toks` may be passed when already lexed from `src`.
 */
function prepareForFormat(src, toks) {
    let text = src;
    let tokens = toks;
    // hclsyntax drops a byte order mark but keeps counting its 3 bytes, so hclwrite sees them as
    // spaces before the first token: gone when that token is indented, kept when it is the end of
    // the file (a file holding only a BOM becomes three spaces).
    if (contentStart(text) > 0) {
        text = `   ${text.slice(1)}`;
        tokens = undefined;
    }
    const placeholder = doublecolon_hasDoubleColon(text) ? doublecolon_pickPlaceholder(text) : undefined;
    if (placeholder) {
        text = doublecolon_glueDoubleColons(text, tokens ?? lexer_lex(text), placeholder);
        tokens = undefined;
    }
    tokens ??= lexer_lex(text);
    const edits = terraformRewrites(text, tokens);
    if (edits.length > 0) {
        text = applyEdits(text, edits);
        tokens = undefined;
    }
    tokens ??= lexer_lex(text);
    const batchable = (text.endsWith('\n') || text === '') && indentSettles(text, tokens);
    const shrunk = shrinkForFormat(text, tokens);
    return { text: shrunk.text, full: text, shrunk, placeholder, batchable };
}
/** The file's formatted text from hclwrite's output for `prepared.text`. */
async function finishFormat(formatted, prepared, wasm) {
    let out = restoreShrunk(formatted, prepared.shrunk);
    // Should the formatted text not lex back into the same tokens, format the full text instead.
    out ??= await wasm.format(prepared.full);
    return prepared.placeholder ? doublecolon_unglueDoubleColons(out, prepared.placeholder) : out;
}
/**
 * What `terraform fmt` (1.8+) writes for one file's text: the syntax gate, terraform's rewrites,
 * then hclwrite.Format. A file that does not parse is reported and never formatted.
 */
async function formatTerraformSource(src, wasm) {
    const [errors] = await gateAll([{ text: src }], wasm);
    if (errors)
        return { kind: 'syntax-error', errors };
    const prepared = prepareForFormat(src);
    const [out] = await formatAll([prepared], wasm);
    return { kind: 'formatted', output: await finishFormat(out, prepared, wasm) };
}
/** hclwrite.Format as of hcl v2.20+ (v2.19.1 plus `::`), without terraform's rewrites or gate. */
async function formatHclwrite(src, wasm) {
    const ph = hasDoubleColon(src) ? pickPlaceholder(src) : undefined;
    if (!ph)
        return wasm.format(src);
    return unglueDoubleColons(await wasm.format(glueDoubleColons(src, lex(src), ph)), ph);
}

;// CONCATENATED MODULE: ./src/checks/terraform/process-file.ts







/** Files above this size are skipped by the builtin engine unless the caller raises the limit. */
const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
async function load(file, maxFileBytes) {
    const { rel, real } = file;
    let bytes;
    try {
        const { size } = await (0,promises_namespaceObject.stat)(real);
        if (size > maxFileBytes) {
            const mb = (n) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
            return {
                rel,
                status: 'skipped',
                reason: `file is ${mb(size)}, above the builtin engine's limit of ${mb(maxFileBytes)} ` +
                    '(its WebAssembly formatter needs minutes and gigabytes for files this size); raise maxFileBytes or use the terraform engine',
            };
        }
        bytes = await (0,promises_namespaceObject.readFile)(real);
    }
    catch (e) {
        return { rel, status: 'skipped', reason: `cannot read file: ${e.code ?? String(e)}` };
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
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
    return { file, text: decoded.text, toks: lexer_lex(decoded.text) };
}
function internalError(rel, e) {
    return { rel, status: 'engine-error', message: `internal formatter error: ${e instanceof Error ? e.message : String(e)}` };
}
/**
 * The builtin engine for a group of files: read and decode strictly, syntax gate, terraform's
 * rewrites, hclwrite.Format, compare, and in write mode replace. WebAssembly calls are shared
 * between files where that is provably equivalent (batch.ts).
 */
async function processFilesBuiltin(files, mode, wasm, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
    const outcomes = new Array(files.length);
    const loaded = [];
    for (let i = 0; i < files.length; i++) {
        const r = await load(files[i], maxFileBytes);
        if ('status' in r)
            outcomes[i] = r;
        else
            loaded.push({ index: i, item: r });
    }
    let gate;
    try {
        const inputs = loaded.map(({ item }) => ({ text: item.text, reduced: reduceForGate(item.text, item.toks) }));
        gate = await batch_gateAll(inputs, wasm);
    }
    catch (e) {
        for (const { index, item } of loaded)
            outcomes[index] = internalError(item.file.rel, e);
        return outcomes;
    }
    const ready = [];
    loaded.forEach(({ index, item }, k) => {
        const errors = gate[k];
        if (errors) {
            outcomes[index] = { rel: item.file.rel, status: 'syntax-error', errors };
            return;
        }
        try {
            ready.push({ index, item, prepared: prepareForFormat(item.text, item.toks) });
        }
        catch (e) {
            outcomes[index] = internalError(item.file.rel, e);
        }
    });
    let formatted;
    try {
        formatted = await batch_formatAll(ready.map((r) => r.prepared), wasm);
    }
    catch (e) {
        for (const { index, item } of ready)
            outcomes[index] = internalError(item.file.rel, e);
        return outcomes;
    }
    for (let k = 0; k < ready.length; k++) {
        const { index, item, prepared } = ready[k];
        let output;
        try {
            output = await finishFormat(formatted[k], prepared, wasm);
        }
        catch (e) {
            outcomes[index] = internalError(item.file.rel, e);
            continue;
        }
        outcomes[index] = await finishFile(item.file.rel, item.file.real, item.text, output, mode);
    }
    return outcomes;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/checks/terraform/wasm.ts





const wasmApi = globalThis.WebAssembly;
/** Asset files, as the lead copies them into `<bundle dir>/hcl-wasm/` for dist. */
const WASM_ASSETS = {
    format: { pkg: '@cdktf/hcl-tools', file: 'main.wasm.gz', bundled: 'hcl-tools.wasm.gz' },
    parse: { pkg: '@cdktf/hcl2json', file: 'main.wasm.gz', bundled: 'hcl2json.wasm.gz' },
    runtime: { pkg: '@cdktf/hcl-tools', file: 'wasm/wasm_exec.js', bundled: 'wasm_exec.js' },
};
const BUNDLED_ASSET_DIR = 'hcl-wasm';
/**
 * Finds an asset: first `<dir of the running module>/hcl-wasm/<bundled name>` (the layout of a
 * bundle in dist/), then `node_modules/<pkg>/<file>` in this directory or any parent (source tree).
 */
function locateWasmAsset(name, fromDir = moduleDir()) {
    const asset = WASM_ASSETS[name];
    const tried = [];
    const bundled = external_node_path_default().join(fromDir, BUNDLED_ASSET_DIR, asset.bundled);
    tried.push(bundled);
    if ((0,external_node_fs_namespaceObject.existsSync)(bundled))
        return bundled;
    for (let dir = fromDir;; dir = external_node_path_default().dirname(dir)) {
        const candidate = external_node_path_default().join(dir, 'node_modules', asset.pkg, asset.file);
        tried.push(candidate);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    throw new Error(`terraform fmt: cannot find the ${asset.pkg} WebAssembly asset; looked at ${tried.slice(0, 3).join(', ')}, ...`);
}
function moduleDir() {
    return external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
}
let goClass;
/** Evaluates Go's wasm_exec.js once per thread and keeps the `Go` class it defines. */
function goRuntime() {
    if (goClass)
        return goClass;
    const g = globalThis;
    const previous = g.Go;
    const file = locateWasmAsset('runtime');
    (0,external_node_vm_namespaceObject.runInThisContext)((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'), { filename: file });
    goClass = g.Go;
    if (previous === undefined)
        delete g.Go;
    else
        g.Go = previous;
    return goClass;
}
async function startGoProgram(module, rootName) {
    const Go = goRuntime();
    const go = new Go();
    const instance = await wasmApi.instantiate(module, go.importObject);
    const root = {};
    globalThis[rootName] = root;
    // main() registers its functions on `root` before it first blocks, which happens inside run().
    void go.run(instance);
    return root;
}
/** The Go functions call back synchronously; this turns that into a return value. */
function callGo(root, fn, args) {
    const f = root[fn];
    if (typeof f !== 'function')
        throw new Error(`hcl WebAssembly module has no function ${fn}`);
    let outcome;
    const cb = (error, result) => {
        outcome = error ? { error } : { result };
    };
    f(...args, cb);
    if (!outcome)
        throw new Error(`hcl WebAssembly function ${fn} did not answer`);
    return outcome;
}
let compiling;
/** Compiles both modules once per process; worker threads get them through workerData. */
function compileHclModules() {
    compiling ??= (async () => {
        const compile = (asset) => wasmApi.compile((0,external_node_zlib_namespaceObject.gunzipSync)((0,external_node_fs_namespaceObject.readFileSync)(locateWasmAsset(asset))));
        const [format, parse] = await Promise.all([compile('format'), compile('parse')]);
        return { format, parse };
    })();
    return compiling;
}
let loading;
/** One running instance of each module per thread, started on first use. */
function loadHclWasm(modules) {
    loading ??= (async () => {
        const compiled = modules ?? (await compileHclModules());
        const formatRoot = await startGoProgram(compiled.format, '__hcl_helpers_config_wasm__');
        const parseRoot = await startGoProgram(compiled.parse, '__parse_terraform_config_wasm__');
        return {
            async format(src) {
                const r = callGo(formatRoot, 'format', [src]);
                if (r.error !== undefined)
                    throw new Error(`hclwrite.Format failed: ${String(r.error)}`);
                return String(r.result);
            },
            async syntaxErrors(filename, src) {
                const r = callGo(parseRoot, 'parse', [filename, src]);
                return r.error === undefined ? undefined : String(r.error);
            },
        };
    })();
    return loading;
}

;// CONCATENATED MODULE: ./src/checks/terraform/worker.ts



// One WebAssembly instance of each module per worker, reused for every batch it is sent.
external_node_worker_threads_namespaceObject.parentPort?.on('message', (req) => {
    void (async () => {
        try {
            const wasm = await loadHclWasm(external_node_worker_threads_namespaceObject.workerData?.modules);
            const outcomes = await processFilesBuiltin(req.files, req.mode, wasm, req.maxFileBytes);
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: req.id, outcomes });
        }
        catch (e) {
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) });
        }
    })();
});

