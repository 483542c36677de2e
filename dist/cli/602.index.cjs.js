"use strict";
exports.id = 602;
exports.ids = [602];
exports.modules = {

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   G: () => (/* binding */ DEFAULT_CHECK_TIMEOUT_MS)
/* harmony export */ });
/**
 * A time budget for one check run. Engines test it between units of work (an overlay, a batch of
 * resources, a child process) and give children only what is left, so a run that would go past it
 * ends with a finding instead of holding the job until the runner kills it.
 */
class Deadline {
    ms;
    end;
    constructor(ms, now = Date.now()) {
        this.ms = ms;
        this.end = now + ms;
    }
    remaining() {
        return Math.max(0, this.end - Date.now());
    }
    expired() {
        return this.remaining() === 0;
    }
    /** `limit` or what is left of the budget, whichever is smaller (at least 1 ms). */
    cap(limit) {
        return Math.max(1, Math.min(limit, this.remaining()));
    }
    describe() {
        return this.ms % 1000 === 0 ? `${this.ms / 1000} s` : `${this.ms} ms`;
    }
}
/** Every check's time limit unless its settings say otherwise: 10 minutes. */
const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60 * 1000;


/***/ }),

/***/ 1628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   d6: () => (/* binding */ KEYWORDS),
/* harmony export */   fT: () => (/* binding */ expand),
/* harmony export */   yM: () => (/* binding */ splitWords)
/* harmony export */ });
/* unused harmony export unquote */
// A Dockerfile reader that keeps positions: every character of an instruction knows the line and
// column it came from, so a rule can point at the exact word a person must change even when the
// instruction spans continuation lines. It follows the Dockerfile reference: parser directives at
// the top, `#` comment lines (also inside a continued instruction), the escape character, heredocs
// (`<<EOF`, `<<-EOF`, quoted delimiters) and JSON (exec) form versus shell form.
const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const KEYWORDS = new Set([
    'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
    'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC_RE = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function parseDockerfile(source) {
    const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
    const directives = {};
    const problems = [];
    let i = 0;
    // Directives are only read at the very top; the first other line (even a blank one) ends them.
    for (; i < lines.length; i++) {
        const m = DIRECTIVE_RE.exec(lines[i]);
        if (!m)
            break;
        const name = m[1].toLowerCase();
        if (!KNOWN_DIRECTIVES.has(name) || name in directives)
            break;
        directives[name] = m[2];
    }
    let escape = '\\';
    if (directives['escape'] !== undefined) {
        if (directives['escape'] === '`' || directives['escape'] === '\\')
            escape = directives['escape'];
        else
            problems.push({ message: `invalid escape directive "${directives['escape']}" (must be \\ or \`)`, line: 1, column: 1 });
    }
    const instructions = [];
    while (i < lines.length) {
        const raw = lines[i];
        const trimmed = raw.trimStart();
        if (trimmed === '' || trimmed.startsWith('#')) {
            i++;
            continue;
        }
        const startLine = i + 1;
        const pieces = [];
        let lineText = raw;
        let lineNo = i;
        // Join continuation lines; comment and blank lines inside a continuation are skipped.
        for (;;) {
            const cont = continues(lineText, escape);
            const kept = cont === undefined ? lineText : lineText.slice(0, cont);
            pieces.push({ text: kept, line: lineNo + 1, column: 1 });
            lineNo++;
            if (cont === undefined)
                break;
            while (lineNo < lines.length) {
                const t = lines[lineNo].trimStart();
                if (t === '' || t.startsWith('#'))
                    lineNo++;
                else
                    break;
            }
            if (lineNo >= lines.length)
                break;
            lineText = lines[lineNo];
        }
        i = lineNo;
        const ins = buildInstruction(pieces, startLine, escape);
        if (HEREDOC_KEYWORDS.has(ins.keyword))
            i = readHeredocs(ins, lines, i, problems);
        instructions.push(ins);
    }
    return { directives, escape, instructions, problems };
}
/** Index where the continuation escape starts, or undefined when the line does not continue. */
function continues(line, escape) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end--;
    if (end === 0 || line[end - 1] !== escape)
        return undefined;
    // An escaped escape (`\\` at the end) is a literal, not a continuation.
    let n = 0;
    for (let k = end - 1; k >= 0 && line[k] === escape; k--)
        n++;
    return n % 2 === 1 ? end - 1 : undefined;
}
function buildInstruction(pieces, startLine, escape) {
    let text = '';
    const pos = [];
    for (const p of pieces) {
        for (let k = 0; k < p.text.length; k++)
            pos.push({ line: p.line, column: p.column + k });
        text += p.text;
    }
    const lead = text.length - text.trimStart().length;
    const kwMatch = /^\S+/.exec(text.slice(lead));
    const keywordRaw = kwMatch ? kwMatch[0] : '';
    let argStart = lead + keywordRaw.length;
    while (argStart < text.length && /\s/.test(text[argStart]))
        argStart++;
    const args = text.slice(argStart).trimEnd();
    const argPos = pos.slice(argStart);
    const lastLine = pieces[pieces.length - 1].line;
    const keyword = keywordRaw.toUpperCase();
    const at = (offset) => {
        if (argPos.length === 0)
            return pos[pos.length - 1] ?? { line: startLine, column: 1 };
        return argPos[Math.max(0, Math.min(offset, argPos.length - 1))];
    };
    const { flags, rest } = FLAG_KEYWORDS.has(keyword) ? readFlags(args, escape) : { flags: [], rest: 0 };
    const ins = {
        keyword,
        line: pos[lead]?.line ?? startLine,
        column: pos[lead]?.column ?? 1,
        endLine: lastLine,
        args,
        flags,
        rest,
        heredocs: [],
        at,
    };
    const json = parseJsonForm(args.slice(rest));
    if (json)
        ins.json = json;
    return ins;
}
function readFlags(args, escape) {
    const flags = [];
    let offset = 0;
    for (const w of splitWords(args, escape)) {
        if (!w.raw.startsWith('--'))
            return { flags, rest: w.offset };
        const body = w.value.slice(2);
        const eq = body.indexOf('=');
        flags.push({ name: eq >= 0 ? body.slice(0, eq) : body, value: eq >= 0 ? body.slice(eq + 1) : undefined, offset: w.offset });
        offset = w.offset + w.raw.length;
    }
    while (offset < args.length && /\s/.test(args[offset]))
        offset++;
    return { flags, rest: offset };
}
function parseJsonForm(text) {
    const t = text.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return undefined;
    try {
        const v = JSON.parse(t);
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
    }
    catch {
        // Not JSON: Docker then runs it in shell form, and so do we.
    }
    return undefined;
}
function readHeredocs(ins, lines, next, problems) {
    if (ins.json)
        return next;
    let i = next;
    for (const m of ins.args.matchAll(HEREDOC_RE)) {
        const strip = m[1] === '-';
        const delimiter = m[3];
        const body = [];
        const line = i + 1;
        let closed = false;
        for (; i < lines.length; i++) {
            const l = strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (l === delimiter) {
                closed = true;
                i++;
                break;
            }
            body.push(l);
        }
        if (!closed) {
            const p = ins.at(m.index ?? 0);
            problems.push({ message: `heredoc <<${delimiter} is never closed (no line "${delimiter}")`, line: p.line, column: p.column });
        }
        ins.heredocs.push({ delimiter, body, line, endLine: i });
        ins.endLine = Math.max(ins.endLine, i);
    }
    return i;
}
/**
 * Splits shell-form arguments into words the way the Dockerfile frontend does for FROM, ARG, ENV,
 * LABEL, USER and friends: blanks separate words, quotes group, the escape character escapes.
 */
function splitWords(text, escape = '\\') {
    const words = [];
    let k = 0;
    while (k < text.length) {
        while (k < text.length && /\s/.test(text[k]))
            k++;
        if (k >= text.length)
            break;
        const start = k;
        let value = '';
        let quote;
        for (; k < text.length; k++) {
            const c = text[k];
            if (quote) {
                if (c === quote)
                    quote = undefined;
                else if (c === escape && quote === '"' && k + 1 < text.length)
                    value += text[++k];
                else
                    value += c;
            }
            else if (/\s/.test(c)) {
                break;
            }
            else if (c === '"' || c === "'") {
                quote = c;
            }
            else if (c === escape && k + 1 < text.length) {
                value += text[++k];
            }
            else {
                value += c;
            }
        }
        words.push({ value, offset: start, raw: text.slice(start, k) });
    }
    return words;
}
/** Removes one level of quotes and escapes from a single value (`"a b"` -> `a b`). */
function unquote(text, escape = '\\') {
    return splitWords(text, escape).map((w) => w.value).join(' ');
}
/**
 * Reads `KEY=value` pairs (ARG, ENV, LABEL). ENV and LABEL also accept the legacy `KEY value`
 * form with a single pair per instruction.
 */
function keyValues(ins, escape) {
    const words = splitWords(ins.args, escape);
    if (words.length === 0)
        return [];
    const first = words[0];
    if (ins.keyword !== 'ARG' && !first.raw.includes('=')) {
        const valueStart = words[1]?.offset;
        const kv = { key: first.value, value: valueStart === undefined ? '' : unquote(ins.args.slice(valueStart), escape), keyOffset: first.offset };
        if (valueStart !== undefined)
            kv.valueOffset = valueStart;
        return [kv];
    }
    return words.map((w) => {
        const eq = w.raw.indexOf('=');
        if (eq < 0)
            return { key: w.value, value: undefined, keyOffset: w.offset };
        return {
            key: unquote(w.raw.slice(0, eq), escape),
            value: unquote(w.raw.slice(eq + 1), escape),
            keyOffset: w.offset,
            valueOffset: w.offset + eq + 1,
        };
    });
}
/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}` and `${VAR+word}` as the
 * Dockerfile frontend does for FROM, USER, ENV and the like.
 */
function expand(text, vars, escape = '\\') {
    const unresolved = [];
    const used = [];
    let out = '';
    for (let k = 0; k < text.length; k++) {
        const c = text[k];
        if (c === escape && text[k + 1] === '$') {
            out += '$';
            k++;
            continue;
        }
        if (c !== '$') {
            out += c;
            continue;
        }
        if (text[k + 1] === '{') {
            const close = text.indexOf('}', k + 2);
            if (close < 0) {
                out += text.slice(k);
                break;
            }
            const body = text.slice(k + 2, close);
            k = close;
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
            if (!m) {
                out += '${' + body + '}';
                continue;
            }
            const [, name, op, word] = m;
            const has = vars.has(name);
            const val = vars.get(name) ?? '';
            const set = op?.startsWith(':') ? has && val !== '' : has;
            if (op === undefined) {
                if (has)
                    used.push(name);
                else
                    unresolved.push(name);
                out += val;
            }
            else if (op.endsWith('-')) {
                if (set) {
                    used.push(name);
                    out += val;
                }
                else {
                    const inner = expand(word ?? '', vars, escape);
                    unresolved.push(...inner.unresolved);
                    used.push(...inner.used);
                    out += inner.value;
                }
            }
            else {
                if (set) {
                    used.push(name);
                    const inner = expand(word ?? '', vars, escape);
                    out += inner.value;
                }
            }
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(k + 1));
        if (!m) {
            out += c;
            continue;
        }
        const name = m[0];
        k += name.length;
        if (vars.has(name))
            used.push(name);
        else
            unresolved.push(name);
        out += vars.get(name) ?? '';
    }
    return { value: out, unresolved, used };
}


/***/ }),

/***/ 1585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Dn: () => (/* binding */ SHA256_DIGEST_RE),
/* harmony export */   JA: () => (/* binding */ canonicalRepository),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   Y1: () => (/* binding */ normalizeRepository),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
/* unused harmony export TAG_RE */
// Image reference grammar, as the registry distribution project defines it:
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [domain "/"] path-component ("/" path-component)*
// Registries reject names outside it, and they reject upper case in the path, so a name is
// lower-cased before it is checked (a GitHub owner such as "MyOrg" is common and harmless).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;
/**
 * Splits a reference into its parts without judging them. The first component is a registry
 * only when it looks like a host (has "." or ":" or is "localhost"), the same test docker uses.
 */
function splitReference(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    let domain;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first;
            rest = rest.slice(slash + 1);
        }
    }
    const out = { path: rest };
    if (domain !== undefined)
        out.domain = domain;
    if (tag !== undefined)
        out.tag = tag;
    if (digest !== undefined)
        out.digest = digest;
    return out;
}
/** The only digest a deploy pins images to. */
const SHA256_DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/**
 * Reads a reference the way deploy pins one; undefined when it is not one: white space, a digest
 * that is not sha256, a tag outside the grammar, an empty name or one that begins or ends with `/`.
 * `127.0.0.1:5000/app:v1` is repository `127.0.0.1:5000/app` with tag `v1` (Azure/k8s-deploy splits
 * at the first `:` and gets this wrong).
 */
function parseImageRef(ref) {
    const s = ref.trim();
    if (!s || /\s/.test(s))
        return undefined;
    const r = splitReference(s);
    if (r.digest !== undefined && !SHA256_DIGEST_RE.test(r.digest))
        return undefined;
    if (r.tag !== undefined && !TAG_RE.test(r.tag))
        return undefined;
    // A second `:` after the last `/` is a malformed tag, not part of the name.
    if (r.path.includes(':'))
        return undefined;
    const repository = r.domain !== undefined ? `${r.domain}/${r.path}` : r.path;
    if (!repository || repository.endsWith('/') || repository.startsWith('/'))
        return undefined;
    return { repository, ...(r.tag !== undefined ? { tag: r.tag } : {}), ...(r.digest !== undefined ? { digest: r.digest } : {}) };
}
function formatImageRef(r) {
    return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** `nginx` and `docker.io/library/nginx` are the same repository: both give the long form. */
function canonicalRepository(repository) {
    const parts = repository.split('/');
    const first = parts[0] ?? '';
    const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasRegistry)
        return first === 'index.docker.io' ? ['docker.io', ...parts.slice(1)].join('/') : repository;
    if (parts.length === 1)
        return `docker.io/library/${repository}`;
    return `docker.io/${repository}`;
}
/** Why `name` (a repository, without tag or digest) is not a valid image name, or undefined. */
function repositoryProblem(name) {
    if (name === '')
        return 'the image name is empty';
    if (name.length > NAME_MAX)
        return `the image name is longer than ${NAME_MAX} characters`;
    if (name.includes('@') || /:[^/]*$/.test(name.replace(/^[^/]*\//, ''))) {
        return 'the image name must not carry a tag or digest (tags come from the metadata)';
    }
    const ref = splitReference(name);
    if (ref.domain !== undefined && !DOMAIN_RE.test(ref.domain))
        return `"${ref.domain}" is not a valid registry host`;
    if (!PATH_RE.test(ref.path)) {
        return `"${ref.path}" is not a valid repository path (lower-case letters, digits and single separators . _ __ - between them, components joined by /)`;
    }
    return undefined;
}
function tagProblem(tag) {
    return TAG_RE.test(tag) ? undefined : `"${tag}" is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128 characters)`;
}
function isDigest(value) {
    return DIGEST_RE.test(value);
}
/** Registry host a repository is pushed to; docker.io when the name has no domain. */
function registryHost(repository) {
    return splitReference(repository).domain ?? 'docker.io';
}
/** Lower-cases a repository name; the registry host part is case-insensitive anyway. */
function normalizeRepository(name) {
    return name.trim().toLowerCase();
}
/** Makes any text usable as a tag the way branch names are usually mapped: invalid characters become "-". */
function sanitizeTag(text) {
    return text
        .replace(/[^\w.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)
        .replace(/[.-]+$/, '');
}


/***/ }),

/***/ 7581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ finalStage),
/* harmony export */   OZ: () => (/* binding */ lineage),
/* harmony export */   ZL: () => (/* binding */ stagesOf)
/* harmony export */ });
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1628);
// Groups a parsed Dockerfile into build stages and resolves what each FROM really names:
// global ARGs (those before the first FROM) with their defaults, overridden by build args.

/** The ARGs BuildKit defines for every build; a FROM may use them without declaring them. */
const AUTOMATIC_ARGS = [
    ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
];
function stagesOf(df, buildArgs = {}) {
    const globalArgs = [];
    const misplaced = [];
    const stages = [];
    const vars = new Map(AUTOMATIC_ARGS);
    const origins = new Map();
    for (const ins of df.instructions) {
        if (ins.keyword === 'FROM') {
            stages.push(newStage(ins, stages, vars, origins, df.escape));
        }
        else if (stages.length === 0) {
            if (ins.keyword === 'ARG') {
                globalArgs.push(ins);
                for (const kv of (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValues */ .K7)(ins, df.escape)) {
                    if (kv.key in buildArgs) {
                        vars.set(kv.key, buildArgs[kv.key]);
                        origins.set(kv.key, { kind: 'build-arg' });
                    }
                    else if (kv.value !== undefined) {
                        vars.set(kv.key, (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .expand */ .fT)(kv.value, vars, df.escape).value);
                        origins.set(kv.key, { kind: 'default', at: ins.at(kv.valueOffset ?? kv.keyOffset) });
                    }
                }
            }
            else {
                misplaced.push(ins);
            }
        }
        else {
            stages[stages.length - 1].instructions.push(ins);
        }
    }
    return { globalArgs, stages, misplaced };
}
function newStage(ins, earlier, vars, origins, escape) {
    const words = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .splitWords */ .yM)(ins.args.slice(ins.rest), escape).map((w) => ({ ...w, offset: w.offset + ins.rest }));
    const imageWord = words[0];
    const written = imageWord?.value ?? '';
    const exp = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .expand */ .fT)(written, vars, escape);
    const base = { written, offset: imageWord?.offset ?? 0, resolved: exp.value, unresolved: exp.unresolved };
    const single = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(written);
    const singleName = single?.[1] ?? single?.[2];
    if (singleName !== undefined && origins.has(singleName))
        base.origin = { name: singleName, ...origins.get(singleName) };
    const stage = { index: earlier.length, from: ins, base, instructions: [] };
    if (words.length >= 3 && words[1].value.toLowerCase() === 'as')
        stage.name = words[2].value;
    const parent = earlier.find((s) => s.name !== undefined && s.name.toLowerCase() === exp.value.toLowerCase());
    if (parent)
        stage.parent = parent.index;
    return stage;
}
/** The stage a build produces: the named target, or the last stage. */
function finalStage(staged, target) {
    if (target !== undefined && target !== '') {
        return staged.stages.find((s) => s.name !== undefined && s.name.toLowerCase() === target.toLowerCase());
    }
    return staged.stages[staged.stages.length - 1];
}
/** The stage and every earlier stage it is built FROM, nearest first. */
function lineage(staged, stage) {
    const out = [];
    const seen = new Set();
    let cur = stage;
    while (cur && !seen.has(cur.index)) {
        out.push(cur);
        seen.add(cur.index);
        cur = cur.parent === undefined ? undefined : staged.stages[cur.parent];
    }
    return out;
}


/***/ }),

/***/ 2418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImages: () => (/* binding */ runImages)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/images/index.ts + 1 modules
var checks_images = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/images/builder.ts
// The one interface both image builders (docker buildx, buildah) implement, and the pieces they
// share: the request and result types, the failure type, and registry credentials as data.


/** A build or push that the builder reported as failed; `message` is already free of secrets. */
class BuildFailure extends Error {
    phase;
    failedStep;
    outputTail;
    name = 'BuildFailure';
    constructor(message, phase, failedStep = {}, 
    /** The last lines of output, secrets removed. */
    outputTail = '') {
        super(message);
        this.phase = phase;
        this.failedStep = failedStep;
        this.outputTail = outputTail;
    }
}
/** Replaces every secret (and its base64 `user:secret` form) in text. */
function redactor(credentials) {
    const secrets = new Set();
    for (const c of credentials) {
        if (c.password) {
            secrets.add(c.password);
            secrets.add(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
            secrets.add(encodeURIComponent(c.password));
        }
    }
    const list = [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const s of list)
            out = out.split(s).join('***');
        return out;
    };
}
/**
 * Writes a containers/docker style auth file (`{"auths": {host: {auth: base64(user:pass)}}}`,
 * mode 0600) in a fresh directory under `tempDir`. Both buildah (`--authfile`) and docker
 * (`DOCKER_CONFIG/config.json`) read this format. Returns the file and a cleanup function.
 */
async function writeAuthFile(tempDir, credentials, fileName = 'auth.json') {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'portarium-auth-'));
    const auths = {};
    for (const c of credentials) {
        auths[c.registry] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
    }
    const file = external_node_path_default().join(dir, fileName);
    await (0,promises_.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
    return { dir, file, cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}
/** Platforms as the host would default them, in `os/arch` form. */
function hostPlatform() {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
    return `linux/${arch[process.arch] ?? process.arch}`;
}

// EXTERNAL MODULE: ./src/tools/process.ts
var tools_process = __webpack_require__(8722);
;// CONCATENATED MODULE: ./src/images/command.ts
// A builder's command: the shared process runner (never a shell) with the builders' redactor
// applied to every line before it is logged or kept, and the redacted output kept for messages.


const command_runCommand = async (cmd, args, opts = {}) => {
    const redact = opts.redact ?? ((s) => s);
    let stdout = '';
    let stderr = '';
    let output = '';
    let r;
    try {
        r = await (0,tools_process/* runProcess */.R3)(cmd, args, {
            cwd: opts.cwd,
            env: opts.env,
            // Lines are kept here, redacted; the raw bytes are not needed.
            maxStdoutBytes: 0,
            onStdoutOverflow: 'truncate',
            maxStderrBytes: 0,
            onLine: (raw, stream) => {
                const line = redact(raw);
                if (stream === 'stdout')
                    stdout += line + '\n';
                else
                    stderr += line + '\n';
                output += line + '\n';
                opts.onLine?.(line, stream);
            },
        });
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new finding/* UsageError */.eb(`${cmd} was not found; install it first (scripts/tools/install-buildah.sh for buildah)`);
        throw e;
    }
    return { code: r.code ?? (r.signal ? 128 : 1), stdout, stderr, output };
};
/** The last `n` non-empty lines of some output. */
function command_tail(text, n = 15) {
    return text.split('\n').filter((l) => l.trim() !== '').slice(-n).join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/checks/images/dockerignore.ts
// .dockerignore / .containerignore as buildah reads them, so the build-input fingerprint hashes
// exactly the files a build can see. The rules are Docker's: one pattern a line, `#` comments,
// `!` re-includes, patterns are cleaned and anchored at the context root (no basename matching),
// `*` and `?` stop at `/`, `**` crosses directories, a pattern that matches a directory excludes
// everything below it, and the last matching pattern wins.
//
// Mistakes here only matter in one direction: excluding a file the builder does see would let a
// change to it go unnoticed. So a pattern this reader cannot compile excludes nothing.


/** buildah reads `.containerignore` and, when there is none, `.dockerignore` in the context root. */
async function readIgnoreFile(contextDir) {
    for (const name of ['.containerignore', '.dockerignore']) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().join(contextDir, name), 'utf8');
        }
        catch {
            continue;
        }
        return { file: name, text, patterns: parseIgnore(text) };
    }
    return { text: '', patterns: [] };
}
function parseIgnore(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        let exclusion = false;
        if (line.startsWith('!')) {
            exclusion = true;
            line = line.slice(1).trim();
        }
        let pattern = external_node_path_default().posix.normalize(line);
        // Docker strips one leading slash after cleaning: `/foo` and `foo` are the same pattern.
        while (pattern.startsWith('/'))
            pattern = pattern.slice(1);
        if (pattern.endsWith('/') && pattern.length > 1)
            pattern = pattern.slice(0, -1);
        if (pattern === '' || pattern === '.')
            continue;
        out.push({ pattern, exclusion, regex: compile(pattern) });
    }
    return out;
}
/** Docker's pattern syntax as a RegExp; undefined when the pattern is not valid. */
function compile(pattern) {
    let re = '^';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/')
                    i++;
                // `**` at the end matches everything; elsewhere any number of directories, even none.
                re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
            }
            else {
                re += '[^/]*';
            }
        }
        else if (ch === '?') {
            re += '[^/]';
        }
        else if (ch === '\\') {
            i++;
            if (i >= pattern.length)
                return undefined;
            re += escapeRe(pattern[i]);
        }
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let cls = pattern.slice(i + 1, end);
            if (cls.startsWith('^') || cls.startsWith('!'))
                cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
            else
                cls = cls.replace(/\\/g, '\\\\');
            re += `[${cls}]`;
            i = end;
        }
        else {
            re += escapeRe(ch);
        }
    }
    re += '$';
    try {
        return new RegExp(re, 's');
    }
    catch {
        return undefined;
    }
}
function escapeRe(ch) {
    return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
/**
 * Whether a context-relative path (`/`-separated, no leading `./`) is excluded: each pattern is
 * tried against the path and each of its parent directories, and the last one that matches decides.
 */
function isIgnored(rel, patterns) {
    if (patterns.length === 0)
        return false;
    const parts = rel.split('/');
    const prefixes = [];
    for (let i = 1; i < parts.length; i++)
        prefixes.push(parts.slice(0, i).join('/'));
    let ignored = false;
    for (const p of patterns) {
        if (!p.regex)
            continue;
        const hit = p.regex.test(rel) || prefixes.some((d) => p.regex.test(d));
        if (hit)
            ignored = !p.exclusion;
    }
    return ignored;
}

// EXTERNAL MODULE: ./src/checks/images/dockerfile.ts
var dockerfile = __webpack_require__(1628);
// EXTERNAL MODULE: ./src/checks/images/stages.ts
var stages = __webpack_require__(7581);
// EXTERNAL MODULE: ./src/tools/checksum.ts
var checksum = __webpack_require__(9024);
;// CONCATENATED MODULE: ./src/images/fingerprint.ts
// The build-input fingerprint: one sha256 over everything that decides what a build produces \u2014
// the Dockerfile's bytes, every file of the context the builder can see (.dockerignore honoured:
// path, type, permission bits, content or link target), the ignore file itself, build args,
// target, platforms, labels, annotations, the image format, the builder's version and the id of
// every image the Dockerfile builds on. A builder records it as a label on the image it makes; an
// identical request later finds that image and only re-tags it, as BuildKit does for a fully
// cached build. Any change of any input gives another fingerprint, so the build runs again.
//
// Some builds have inputs no local hash can see; those are never served from this cache:
// `ADD` of a URL or a git repository, `RUN --mount` from an image, a base image named through a
// variable with no value, and a Dockerfile that does not parse.







/** The label a builder writes the fingerprint to. */
const FINGERPRINT_LABEL = 'io.portarium.build.fingerprint';
/** The images a Dockerfile builds on, or why its inputs cannot all be known locally. */
function externalImages(source, buildArgs, target) {
    const df = (0,dockerfile/* parseDockerfile */.Ai)(source);
    if (df.problems.length > 0)
        return { refs: [], uncacheable: `the Dockerfile does not parse: ${df.problems[0].message}` };
    const staged = (0,stages/* stagesOf */.ZL)(df, buildArgs);
    if (staged.stages.length === 0)
        return { refs: [], uncacheable: 'the Dockerfile has no FROM' };
    if (target !== undefined && target !== '' && !staged.stages.some((s) => s.name?.toLowerCase() === target.toLowerCase())) {
        return { refs: [], uncacheable: `no stage named ${target}` };
    }
    const names = new Set(staged.stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
    const isStage = (ref) => names.has(ref.toLowerCase()) || /^\d+$/.test(ref);
    const refs = new Set();
    for (const s of staged.stages) {
        if (s.base.unresolved.length > 0)
            return { refs: [], uncacheable: `FROM ${s.base.written}: ${s.base.unresolved.join(', ')} has no value` };
        // Only host-platform builds are fingerprinted; a base pinned to another platform may resolve
        // to an image other than the one a local look-up by name finds.
        const pinned = s.from.flags.find((f) => f.name.toLowerCase() === 'platform')?.value;
        if (pinned !== undefined && !/^\$\{?(BUILDPLATFORM|TARGETPLATFORM)\}?$/.test(pinned)) {
            return { refs: [], uncacheable: `line ${s.from.line}: FROM --platform=${pinned}` };
        }
        const ref = s.base.resolved;
        if (s.parent === undefined && ref.toLowerCase() !== 'scratch')
            refs.add(ref);
        for (const ins of s.instructions) {
            const from = ins.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
            if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from !== undefined) {
                if (from.includes('$'))
                    return { refs: [], uncacheable: `line ${ins.line}: --from=${from} uses a variable` };
                if (!isStage(from))
                    refs.add(from);
            }
            if (ins.keyword === 'ADD') {
                const remote = /(^|\s)(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i.exec(ins.args.slice(ins.rest));
                if (remote)
                    return { refs: [], uncacheable: `line ${ins.line}: ADD of a remote source` };
            }
            if (ins.keyword === 'RUN') {
                for (const f of ins.flags.filter((x) => x.name.toLowerCase() === 'mount')) {
                    const m = /(?:^|,)from=([^,]+)/.exec(f.value ?? '');
                    if (m && !isStage(m[1]))
                        return { refs: [], uncacheable: `line ${ins.line}: RUN --mount from image ${m[1]}` };
                }
            }
        }
    }
    return { refs: [...refs] };
}
/**
 * Hashes the build context as the builder sees it: every entry not excluded by the ignore file,
 * sorted by path, with its type, permission bits and content (files) or target (links).
 * Modification times are left out: the builders' own layer caches ignore them too.
 */
async function contextDigest(contextDir) {
    const ignore = await readIgnoreFile(contextDir);
    const reincludes = ignore.patterns.some((p) => p.exclusion);
    const entries = [];
    const walk = async (dir, relDir) => {
        const names = (await (0,promises_.readdir)(dir)).sort();
        for (const name of names) {
            const rel = relDir ? `${relDir}/${name}` : name;
            const abs = external_node_path_default().join(dir, name);
            const st = await (0,promises_.lstat)(abs);
            if (st.isDirectory()) {
                // An excluded directory is still walked when a `!` pattern may bring files below it
                // back (and then counted, as the builder recreates it); otherwise it is skipped whole.
                if (isIgnored(rel, ignore.patterns) && !reincludes)
                    continue;
                entries.push({ rel, line: `d ${mode(st.mode)} ${rel}` });
                await walk(abs, rel);
                continue;
            }
            if (isIgnored(rel, ignore.patterns))
                continue;
            if (st.isSymbolicLink())
                entries.push({ rel, line: `l ${rel} -> ${await (0,promises_.readlink)(abs)}` });
            else if (st.isFile())
                entries.push({ rel, line: `f ${mode(st.mode)} ${st.size} ${rel}`, file: abs });
            else
                entries.push({ rel, line: `o ${mode(st.mode)} ${rel}` });
        }
    };
    await walk(contextDir, '');
    // File contents are hashed a few at a time: a large context should not open every file at once.
    const hashes = new Array(entries.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < entries.length; i = next++) {
            const e = entries[i];
            hashes[i] = e.file ? await (0,checksum/* sha256File */.Q3)(e.file) : '';
        }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`ignore ${ignore.file ?? '-'}\n${ignore.text}\n`);
    entries.forEach((e, i) => h.update(`${e.line} ${hashes[i]}\n`));
    const out = { digest: `sha256:${h.digest('hex')}`, files: entries.filter((e) => e.file).length };
    if (ignore.file)
        out.ignoreFile = ignore.file;
    return out;
}
function mode(m) {
    return (m & 0o7777).toString(8).padStart(4, '0');
}
async function buildFingerprint(inputs, dockerfileBytes) {
    const bytes = dockerfileBytes ?? (await (0,promises_.readFile)(inputs.dockerfile));
    const ctx = await contextDigest(inputs.contextDir);
    const sortedEntries = (r) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // A fixed shape and key order, so equal inputs always serialise to the same bytes.
    const doc = {
        v: 1,
        builder: inputs.builder,
        dockerfile: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
        // Where the Dockerfile sits relative to the context decides which files it can name.
        dockerfilePath: external_node_path_default().relative(inputs.contextDir, inputs.dockerfile).split((external_node_path_default()).sep).join('/'),
        context: ctx.digest,
        target: inputs.target ?? '',
        buildArgs: sortedEntries(inputs.buildArgs),
        platforms: [...inputs.platforms],
        labels: sortedEntries(inputs.labels),
        annotations: sortedEntries(inputs.annotations),
        settings: sortedEntries(inputs.settings),
        images: sortedEntries(inputs.images),
    };
    return { digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(doc)).digest('hex')}`, contextFiles: ctx.files };
}

// EXTERNAL MODULE: ./src/checks/images/reference.ts
var reference = __webpack_require__(1585);
;// CONCATENATED MODULE: ./src/images/builders/buildah.ts
// Daemonless builds with buildah (Debian's buildah 1.28 is what scripts/tools/install-buildah.sh
// installs). Everything is passed as argument arrays; credentials go through an auth file in a
// private temp directory, never through argv, so they do not show up in `ps` or in logs.







/** Options that go before the subcommand and select the image store. */
function buildah_buildahGlobalArgs(opts) {
    const args = [];
    if (opts.root)
        args.push('--root', opts.root);
    if (opts.runroot)
        args.push('--runroot', opts.runroot);
    if (opts.storageDriver)
        args.push('--storage-driver', opts.storageDriver);
    return args;
}
/**
 * Whether `--layers` is safe. buildah 1.28's layer cache does not key on the platform: after an
 * amd64 build, an arm64 build of the same steps reuses the amd64 layers (seen here). So the cache
 * is only used for a build of the host platform alone.
 */
function layerCacheSafe(platforms, host = hostPlatform()) {
    return platforms.length === 0 || (platforms.length === 1 && platforms[0] === host);
}
function buildahBudArgs(req, opts, files, host = hostPlatform()) {
    const format = opts.format ?? 'docker';
    const args = [...buildah_buildahGlobalArgs(opts), 'bud'];
    args.push('--isolation', opts.isolation ?? 'chroot');
    args.push(layerCacheSafe(req.platforms, host) ? '--layers' : '--layers=false');
    // A failed step otherwise leaves its working container (and, with overlay, its mount) behind.
    args.push('--force-rm');
    args.push(`--pull=${opts.pull ?? 'missing'}`);
    args.push('--format', format);
    args.push('-f', req.dockerfile);
    if (req.target)
        args.push('--target', req.target);
    for (const [k, v] of sorted(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    // The fingerprint label goes last: buildah adds one LABEL step per label in this order, so the
    // image's last history entry names its fingerprint (what findByFingerprint checks).
    const labels = sorted(req.labels);
    const fp = labels.findIndex(([k]) => k === FINGERPRINT_LABEL);
    if (fp >= 0)
        labels.push(...labels.splice(fp, 1));
    for (const [k, v] of labels)
        args.push('--label', `${k}=${v}`);
    if (format === 'oci')
        for (const [k, v] of sorted(req.annotations))
            args.push('--annotation', `${k}=${v}`);
    if (req.platforms.length > 0)
        args.push('--platform', req.platforms.join(','));
    if (files.manifestList)
        args.push('--manifest', files.manifestList);
    else
        for (const t of req.tags)
            args.push('-t', `${req.image}:${t}`);
    if (files.iidFile)
        args.push('--iidfile', files.iidFile);
    if (files.authFile)
        args.push('--authfile', files.authFile);
    for (const c of opts.cache?.from ?? [])
        args.push('--cache-from', c);
    if (opts.cache?.to)
        args.push('--cache-to', opts.cache.to);
    const cacheHosts = [...(opts.cache?.from ?? []), ...(opts.cache?.to ? [opts.cache.to] : [])].map(reference/* registryHost */.U$);
    if (cacheHosts.some((h) => req.insecureRegistries.includes(h)))
        args.push('--tls-verify=false');
    args.push(req.context);
    return args;
}
function buildahPushArgs(req, opts, tag, files) {
    const dest = `docker://${req.image}:${tag}`;
    const args = [...buildah_buildahGlobalArgs(opts)];
    // `manifest push` has no retry flags in buildah 1.28.
    if (files.manifestList)
        args.push('manifest', 'push', '--all', '--digestfile', files.digestFile);
    else
        args.push('push', '--digestfile', files.digestFile, '--retry-delay', opts.retryDelay ?? '2s');
    if (files.authFile)
        args.push('--authfile', files.authFile);
    if (req.insecureRegistries.includes((0,reference/* registryHost */.U$)(req.image)))
        args.push('--tls-verify=false');
    args.push(files.manifestList ?? `${req.image}:${tag}`, dest);
    return args;
}
class BuildahBuilder {
    opts;
    kind = 'buildah';
    run;
    exe;
    versionLine;
    constructor(opts = {}) {
        this.opts = opts;
        this.run = opts.run ?? command_runCommand;
        this.exe = opts.buildah ?? 'buildah';
    }
    /** `buildah version 1.28.2 (...)`, logged so a run records the exact tool. */
    version() {
        this.versionLine ??= (async () => {
            const r = await this.run(this.exe, ['--version'], { env: this.env() });
            if (r.code !== 0)
                throw new finding/* UsageError */.eb(`${this.exe} --version failed: ${command_tail(r.output, 3)}`);
            return r.stdout.trim();
        })();
        const line = this.versionLine;
        line.catch(() => (this.versionLine = undefined));
        return line;
    }
    /**
     * The build-input fingerprint of a request, or why it has none. Only single-image builds of the
     * host platform with local base images qualify: a manifest list cannot carry the label, a
     * foreign platform may resolve its base differently, and a base that would be pulled (or
     * re-checked with pull=always/newer) has an id no local look-up can know in advance.
     */
    async fingerprintOf(req, files) {
        if (this.opts.inputCache === false)
            return { off: 'disabled' };
        if (files.manifestList || !layerCacheSafe(req.platforms))
            return { off: 'not a single build of the host platform' };
        const pull = this.opts.pull ?? 'missing';
        if (pull === 'always' || pull === 'newer')
            return { off: `pull=${pull} may change the base image` };
        let source;
        try {
            source = await (0,promises_.readFile)(req.dockerfile);
        }
        catch {
            return { off: 'the Dockerfile cannot be read' };
        }
        const ext = externalImages(source.toString('utf8'), req.buildArgs, req.target);
        if (ext.uncacheable)
            return { off: ext.uncacheable };
        const images = {};
        for (const ref of ext.refs) {
            const r = await this.run(this.exe, [...buildah_buildahGlobalArgs(this.opts), 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', ref], { env: this.env() });
            const id = r.stdout.trim();
            if (r.code !== 0 || !id)
                return { off: `${ref} is not in the local store yet` };
            images[ref] = id;
        }
        const settings = {
            format: this.opts.format ?? 'docker',
            isolation: this.opts.isolation ?? 'chroot',
            layers: String(layerCacheSafe(req.platforms)),
        };
        try {
            const inputs = {
                builder: await this.version(),
                dockerfile: req.dockerfile,
                contextDir: req.context,
                buildArgs: req.buildArgs,
                platforms: req.platforms,
                labels: req.labels,
                annotations: settings.format === 'oci' ? req.annotations : {},
                settings,
                images,
                ...(req.target !== undefined ? { target: req.target } : {}),
            };
            return { digest: (await buildFingerprint(inputs, source)).digest };
        }
        catch (e) {
            // An unreadable context file: buildah will say what is wrong with it.
            return { off: `the context cannot be hashed (${e.message})` };
        }
    }
    /**
     * The image in the store that was built with this fingerprint, if any, with the names it has.
     * Labels are inherited, so an image built FROM ours by other means carries the same label; only
     * an image whose last history entry is the fingerprint's own LABEL step was built from these
     * inputs. The primary name is tried first (one look-up, usually a hit); then every image with
     * the label (a scan of the store).
     */
    async findByFingerprint(fingerprint, primaryName) {
        const primary = await this.builtWith(primaryName, fingerprint);
        if (primary)
            return { id: primary, names: new Set([primaryName]) };
        const g = buildah_buildahGlobalArgs(this.opts);
        const r = await this.run(this.exe, [...g, 'images', '--no-trunc', '--filter', `label=${FINGERPRINT_LABEL}=${fingerprint}`, '--format', '{{.ID}} {{.Name}}:{{.Tag}}'], {
            env: this.env(),
        });
        if (r.code !== 0)
            return undefined;
        const candidates = new Map();
        for (const line of r.stdout.split('\n')) {
            const [id, name] = line.trim().split(/\s+/);
            if (!id || !/^(sha256:)?[0-9a-f]{64}$/.test(id))
                continue;
            const names = candidates.get(id) ?? new Set();
            if (name && !name.startsWith('<none>'))
                names.add(name);
            candidates.set(id, names);
        }
        for (const [id, names] of candidates) {
            if (await this.builtWith(id, fingerprint))
                return { id, names };
        }
        return undefined;
    }
    /** The image id when `ref` names an image built with this fingerprint (label and last step). */
    async builtWith(ref, fingerprint) {
        const format = `{{.FromImageID}}\n{{index .OCIv1.Config.Labels "${FINGERPRINT_LABEL}"}}\n{{range .OCIv1.History}}{{println .CreatedBy}}{{end}}`;
        const r = await this.run(this.exe, [...buildah_buildahGlobalArgs(this.opts), 'inspect', '--type', 'image', '--format', format, ref], { env: this.env() });
        if (r.code !== 0)
            return undefined;
        const [id = '', label = '', ...history] = r.stdout.split('\n').map((l) => l.trim());
        const last = history.filter(Boolean).pop() ?? '';
        if (label !== fingerprint || !last.endsWith(`LABEL "${FINGERPRINT_LABEL}"="${fingerprint}"`) || !/^(sha256:)?[0-9a-f]{64}$/.test(id))
            return undefined;
        return id;
    }
    async build(req) {
        if (req.tags.length === 0)
            throw new finding/* UsageError */.eb(`image ${req.name}: no tags to build`);
        const redact = redactor(req.credentials);
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join(req.tempDir, 'portarium-buildah-'));
        const auth = req.credentials.length > 0 ? await writeAuthFile(work, req.credentials) : undefined;
        try {
            const multi = req.platforms.length > 1;
            const files = {};
            if (multi)
                files.manifestList = `${req.image}:${req.tags[0]}`;
            else
                files.iidFile = external_node_path_default().join(work, 'iid');
            if (auth)
                files.authFile = auth.file;
            if (files.manifestList) {
                // `--manifest` adds to an existing list, so a list left by an earlier build must go first.
                await this.run(this.exe, [...buildah_buildahGlobalArgs(this.opts), 'manifest', 'rm', files.manifestList], { env: this.env(), redact });
            }
            const fp = await this.fingerprintOf(req, files);
            const fingerprint = 'digest' in fp ? fp.digest : undefined;
            const reused = fingerprint ? await this.findByFingerprint(fingerprint, `${req.image}:${req.tags[0]}`) : undefined;
            let imageId;
            let stats;
            if (reused) {
                // Identical inputs: the image exists already. Only its names are missing (or stale).
                const names = req.tags.map((t) => `${req.image}:${t}`);
                const missing = names.filter((n) => !reused.names.has(n));
                if (missing.length > 0) {
                    const tag = await this.run(this.exe, [...buildah_buildahGlobalArgs(this.opts), 'tag', reused.id, ...missing], { env: this.env(), redact });
                    if (tag.code !== 0)
                        throw new BuildFailure(`buildah tag failed (exit ${tag.code}): ${failureReason(tag.output)}`, 'build', {}, command_tail(tag.output));
                }
                imageId = reused.id.startsWith('sha256:') ? reused.id : `sha256:${reused.id}`;
                req.log(`--> Using image ${imageId.slice(7, 19)} built from identical inputs (${FINGERPRINT_LABEL}=${fingerprint}): not rebuilt, ${missing.length ? `tagged ${missing.join(', ')}` : 'tags already in place'}`);
            }
            else {
                if (fingerprint)
                    req.log(`--> build inputs ${fingerprint}: no image built from them yet`);
                else
                    req.log(`--> build-input cache not used: ${fp.off}`);
                const budReq = fingerprint ? { ...req, labels: { ...req.labels, [FINGERPRINT_LABEL]: fingerprint } } : req;
                const bud = await this.run(this.exe, buildahBudArgs(budReq, this.opts, files), {
                    cwd: req.context,
                    env: this.env(),
                    redact,
                    onLine: (l) => req.log(l),
                });
                const s = stepStats(bud.output);
                if (bud.code !== 0) {
                    throw new BuildFailure(`buildah bud failed (exit ${bud.code}): ${failureReason(bud.output)}`, 'build', s.failed, command_tail(bud.output));
                }
                stats = s;
                imageId = files.iidFile ? (await (0,promises_.readFile)(files.iidFile, 'utf8')).trim() : undefined;
            }
            const platforms = req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()];
            let digest = imageId ?? '';
            if (req.push) {
                digest = '';
                for (const tag of req.tags) {
                    const digestFile = external_node_path_default().join(work, `digest-${tag}`);
                    const pushFiles = { digestFile };
                    if (auth)
                        pushFiles.authFile = auth.file;
                    if (files.manifestList)
                        pushFiles.manifestList = files.manifestList;
                    const r = await this.run(this.exe, buildahPushArgs(req, this.opts, tag, pushFiles), { env: this.env(), redact, onLine: (l) => req.log(l) });
                    if (r.code !== 0) {
                        throw new BuildFailure(`pushing ${req.image}:${tag} failed: ${failureReason(r.output)}`, 'push', {}, command_tail(r.output));
                    }
                    const d = (await (0,promises_.readFile)(digestFile, 'utf8')).trim();
                    digest ||= d;
                }
            }
            const result = { image: req.image, digest, tags: [...req.tags], platforms, pushed: req.push };
            if (stats)
                Object.assign(result, { cachedSteps: stats.cached, steps: stats.steps });
            if (reused)
                result.cached = true;
            if (fingerprint)
                result.fingerprint = fingerprint;
            if (imageId)
                result.imageId = imageId;
            return result;
        }
        finally {
            await auth?.cleanup();
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    env() {
        return this.opts.env ?? process.env;
    }
}
/** Counts `STEP n/m` and `Using cache` lines and remembers the last step started. */
function stepStats(output) {
    let steps = 0;
    let cached = 0;
    const failed = {};
    for (const line of output.split('\n')) {
        const m = /^(?:\[(\d+)\/\d+\]\s+)?STEP (\d+)(?:\/\d+)?:\s*(.*)$/.exec(line);
        if (m) {
            steps++;
            if (m[1] !== undefined)
                failed.stage = Number(m[1]);
            else
                delete failed.stage;
            failed.step = Number(m[2]);
            failed.instruction = m[3];
            continue;
        }
        if (/^--> Using cache /.test(line))
            cached++;
    }
    const at = /error building at STEP "([^"]*)"/.exec(output);
    if (at)
        failed.instruction = at[1];
    return { steps, cached, failed };
}
/** The most telling error line of buildah's output. */
function failureReason(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    const err = [...lines].reverse().find((l) => /^(Error:|error)/i.test(l) || /level=(error|fatal)/.test(l));
    return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^Error:\s*/, '');
}
function sorted(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/images/builders/buildx.ts
// Builds with `docker buildx build`, as on GitHub-hosted runners. The arguments are an array built
// by one pure function (tested as such); provenance and SBOM are explicit choices rather than
// buildx's defaults, which add an `unknown/unknown` platform entry many registries display.








function buildxArgs(req, opts, files) {
    if (opts.load && !req.push && req.platforms.length > 1) {
        throw new finding/* UsageError */.eb(`image ${req.name}: --load takes one platform; got ${req.platforms.join(', ')}`);
    }
    const args = ['buildx', 'build'];
    if (opts.builder)
        args.push('--builder', opts.builder);
    args.push('--file', req.dockerfile);
    if (req.target)
        args.push('--target', req.target);
    for (const [k, v] of buildx_sorted(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of buildx_sorted(req.labels))
        args.push('--label', `${k}=${v}`);
    if (req.push) {
        // Annotations only exist on pushed manifests; a multi-platform push also annotates the index.
        const prefix = req.platforms.length > 1 ? 'index,manifest:' : '';
        for (const [k, v] of buildx_sorted(req.annotations))
            args.push('--annotation', `${prefix}${k}=${v}`);
    }
    if (req.platforms.length > 0)
        args.push('--platform', req.platforms.join(','));
    for (const t of req.tags)
        args.push('--tag', `${req.image}:${t}`);
    if (opts.cache) {
        const mode = opts.cache.mode ?? 'max';
        if (opts.cache.type === 'gha') {
            const scope = opts.cache.scope ?? req.name;
            args.push('--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,scope=${scope},mode=${mode}`);
        }
        else {
            args.push('--cache-from', `type=registry,ref=${opts.cache.ref}`, '--cache-to', `type=registry,ref=${opts.cache.ref},mode=${mode}`);
        }
    }
    args.push(opts.provenance === false ? '--provenance=false' : `--provenance=mode=${opts.provenance}`);
    args.push(`--sbom=${opts.sbom ? 'true' : 'false'}`);
    if (req.push) {
        if (req.insecureRegistries.includes((0,reference/* registryHost */.U$)(req.image)))
            args.push('--output', 'type=image,push=true,registry.insecure=true');
        else
            args.push('--push');
    }
    else if (opts.load) {
        args.push('--load');
    }
    args.push('--metadata-file', files.metadataFile);
    args.push(req.context);
    return args;
}
class BuildxBuilder {
    opts;
    kind = 'docker';
    run;
    exe;
    constructor(opts) {
        this.opts = opts;
        if (opts.provenance === undefined || opts.sbom === undefined) {
            throw new finding/* UsageError */.eb('the docker builder needs explicit provenance (false, min, max) and sbom (true, false) choices');
        }
        this.run = opts.run ?? command_runCommand;
        this.exe = opts.buildx ?? opts.docker ?? 'docker';
    }
    /** `docker buildx ARGS`, or `buildx ARGS` for a standalone buildx. */
    argv(args) {
        return this.opts.buildx ? args.slice(1) : args;
    }
    async version() {
        const r = await this.run(this.exe, this.argv(['buildx', 'version']), { env: this.opts.env ?? process.env });
        if (r.code !== 0)
            throw new finding/* UsageError */.eb(`docker buildx is not available: ${command_tail(r.output, 3)}`);
        return r.stdout.trim();
    }
    async build(req) {
        if (req.tags.length === 0)
            throw new finding/* UsageError */.eb(`image ${req.name}: no tags to build`);
        const redact = redactor(req.credentials);
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join(req.tempDir, 'portarium-buildx-'));
        const baseEnv = this.opts.env ?? process.env;
        try {
            const env = req.credentials.length > 0 ? await privateDockerConfig(baseEnv, work, req.credentials) : baseEnv;
            const metadataFile = external_node_path_default().join(work, 'metadata.json');
            const r = await this.run(this.exe, this.argv(buildxArgs(req, this.opts, { metadataFile })), {
                cwd: req.context,
                env,
                redact,
                onLine: (l) => req.log(l),
            });
            if (r.code !== 0) {
                const pushing = /failed to push|pushing .* to|unexpected status from PUT|401 Unauthorized|authorization failed/i.test(r.output);
                throw new BuildFailure(`docker buildx build failed (exit ${r.code}): ${buildxReason(r.output)}`, pushing ? 'push' : 'build', buildxFailedStep(r.output, req.dockerfile), command_tail(r.output));
            }
            const meta = JSON.parse(await (0,promises_.readFile)(metadataFile, 'utf8'));
            const digest = typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
            const configDigest = typeof meta['containerimage.config.digest'] === 'string' ? meta['containerimage.config.digest'] : undefined;
            const result = {
                image: req.image,
                digest: digest || configDigest || '',
                tags: [...req.tags],
                platforms: req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()],
                pushed: req.push,
            };
            if (configDigest)
                result.imageId = configDigest;
            return result;
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
}
/**
 * A private DOCKER_CONFIG holding the given credentials (mode 0600), merged over the user's own
 * `auths`/`credHelpers` so an earlier docker/login-action still counts for other registries. The
 * user's `credsStore` is left out: docker would send every registry to it and ignore our entries.
 * The user's buildx builders (BUILDX_CONFIG) and CLI plugins (cli-plugins) stay reachable.
 */
async function privateDockerConfig(env, work, credentials) {
    const original = env['DOCKER_CONFIG'] ?? external_node_path_default().join(env['HOME'] ?? external_node_os_default().homedir(), '.docker');
    let base = {};
    try {
        base = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(original, 'config.json'), 'utf8'));
    }
    catch {
        // No config of the user's: ours is the whole config.
    }
    const auths = { ...(base.auths ?? {}) };
    const credHelpers = { ...(base.credHelpers ?? {}) };
    for (const c of credentials) {
        // Docker Hub's key in config.json is the v1 index URL, not its host name.
        const key = c.registry === 'docker.io' || c.registry === 'index.docker.io' ? 'https://index.docker.io/v1/' : c.registry;
        auths[key] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
        delete credHelpers[c.registry];
    }
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(work, 'docker-config-'));
    await (0,promises_.chmod)(dir, 0o700);
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'config.json'), JSON.stringify({ auths, credHelpers }), { mode: 0o600 });
    const plugins = external_node_path_default().join(original, 'cli-plugins');
    if ((0,external_node_fs_.existsSync)(plugins))
        await (0,promises_.symlink)(plugins, external_node_path_default().join(dir, 'cli-plugins'));
    return { ...env, DOCKER_CONFIG: dir, BUILDX_CONFIG: env['BUILDX_CONFIG'] ?? external_node_path_default().join(original, 'buildx') };
}
/** buildx prints `Dockerfile:6` above the failing instruction, and `#N [s/m] RUN ...` for steps. */
function buildxFailedStep(output, dockerfile) {
    const failed = {};
    const base = external_node_path_default().basename(dockerfile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`^${base}:(\\d+)\\s*$`, 'm').exec(output);
    if (m)
        failed.line = Number(m[1]);
    const steps = [...output.matchAll(/^#\d+ \[[^\]]*\d+\/\d+\] (.*)$/gm)];
    const last = steps[steps.length - 1];
    if (last)
        failed.instruction = last[1].trim();
    return failed;
}
function buildxReason(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    const err = [...lines].reverse().find((l) => l.startsWith('ERROR:'));
    return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}
function buildx_sorted(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/images/metadata.ts
// Tags, OCI labels and annotations for an image, computed only from an injected context: the
// engine never looks at the environment, so the same inputs give the same tags in a push, a pull
// request, a workflow_dispatch or a workflow_call, and in tests.


const SEMVER_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver(text) {
    const m = SEMVER_RE.exec(text.trim());
    if (!m)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
    if (m[4] !== undefined)
        v.prerelease = m[4];
    if (m[5] !== undefined)
        v.build = m[5];
    return v;
}
function semverTags(v) {
    const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
    // Build metadata (+...) is not allowed in a tag; "+" becomes "_" by convention.
    const tags = [v.build ? `${full}_${v.build}` : full];
    if (!v.prerelease) {
        tags.push(`${v.major}.${v.minor}`);
        // 0.x makes no compatibility promise, so a bare "0" tag would mislead.
        if (v.major > 0)
            tags.push(String(v.major));
    }
    return tags;
}
function computeMetadata(ctx, image) {
    const inputs = ctx.inputs ?? {};
    const revision = (ctx.prHeadSha && ctx.prHeadSha.trim()) || ctx.sha.trim();
    if (!/^[0-9a-f]{7,64}$/i.test(revision))
        throw new finding/* UsageError */.eb(`the commit SHA "${revision}" is not a hexadecimal commit id`);
    const shortLen = inputs.shortShaLength ?? 7;
    if (!Number.isInteger(shortLen) || shortLen < 4 || shortLen > 40)
        throw new finding/* UsageError */.eb('the short SHA length must be between 4 and 40');
    const tags = [];
    let version;
    if (inputs.version !== undefined && inputs.version.trim() !== '') {
        const v = parseSemver(inputs.version);
        if (!v)
            throw new finding/* UsageError */.eb(`version "${inputs.version}" is not a semantic version (1.2.3, v1.2.3, 1.2.3-rc.1)`);
        tags.push(...semverTags(v));
        version = tags[0];
    }
    const ref = ctx.ref.trim();
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        const v = parseSemver(name);
        if (v && version === undefined) {
            tags.push(...semverTags(v));
            version = tags[0];
        }
        else if (!v) {
            const t = (0,reference/* sanitizeTag */.iP)(name);
            if (t) {
                tags.push(t);
                version ??= t;
            }
        }
    }
    else if (pr !== undefined) {
        tags.push(`pr-${pr}`);
        version ??= `pr-${pr}`;
    }
    else if (branch !== undefined) {
        const t = (0,reference/* sanitizeTag */.iP)(branch);
        if (t) {
            tags.push(t);
            version ??= t;
        }
    }
    const short = revision.slice(0, shortLen).toLowerCase();
    tags.push(`sha-${short}`, `sha-${revision.toLowerCase()}`);
    version ??= `sha-${short}`;
    if (inputs.latest === true && branch !== undefined && ctx.defaultBranch !== undefined && branch === ctx.defaultBranch) {
        tags.push('latest');
    }
    for (const t of inputs.tags ?? []) {
        const problem = (0,reference/* tagProblem */.qH)(t);
        if (problem)
            throw new finding/* UsageError */.eb(`tag ${problem}`);
        tags.push(t);
    }
    const labels = {
        'org.opencontainers.image.created': ctx.created,
        'org.opencontainers.image.revision': revision,
        'org.opencontainers.image.version': version,
        'org.opencontainers.image.title': image.title ?? image.name,
    };
    if (ctx.repositoryUrl) {
        labels['org.opencontainers.image.source'] = ctx.repositoryUrl;
        labels['org.opencontainers.image.url'] = ctx.repositoryUrl;
    }
    if (inputs.licenses)
        labels['org.opencontainers.image.licenses'] = inputs.licenses;
    if (Number.isNaN(Date.parse(ctx.created)))
        throw new finding/* UsageError */.eb(`created time "${ctx.created}" is not an RFC 3339 date`);
    return { tags: [...new Set(tags)], version, revision, labels, annotations: { ...labels } };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
;// CONCATENATED MODULE: ./src/images/manifest.ts
// The build manifest: what was built, by digest, for the deploy workflow to deploy by digest.


async function writeBuildManifest(file, manifest) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    await (0,promises_.writeFile)(file, JSON.stringify(manifest, null, 2) + '\n');
}

// EXTERNAL MODULE: ./src/checks/images/plan.ts
var images_plan = __webpack_require__(4453);
// EXTERNAL MODULE: ./src/checks/images/rules.ts
var images_rules = __webpack_require__(2907);
;// CONCATENATED MODULE: ./src/images/build.ts
// Builds every planned image with one builder: metadata from the injected context, the build and
// push, the manifest. A failed build or push becomes a finding at the failing instruction (or the
// image's declaration); the other images still build.












async function buildImages(opts) {
    const plan = opts.plan ?? (await (0,images_plan/* planImages */.y)(opts));
    const redact = redactor(opts.credentials ?? []);
    const log = (line) => opts.log?.(redact(line));
    const findings = [...plan.findings];
    const meta = new Map();
    // Metadata first: a bad version input is a usage error before anything is built.
    for (const t of plan.images)
        meta.set(t.name, computeMetadata(opts.context, { name: t.name }));
    if (plan.images.length > 0 && opts.builder.version)
        log(`using ${await opts.builder.version()}`);
    const results = new Array(plan.images.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= plan.images.length)
                return;
            const t = plan.images[i];
            results[i] = await buildOne(t, meta.get(t.name), opts, plan.root, log, findings, redact);
        }
    };
    const n = Math.max(1, Math.min(opts.concurrency ?? 1, plan.images.length || 1));
    await Promise.all(Array.from({ length: n }, worker));
    const manifest = { images: {} };
    for (const r of results) {
        if (!r.result)
            continue;
        manifest.images[r.name] = { image: r.result.image, digest: r.result.digest, tags: r.result.tags, platforms: r.result.platforms };
    }
    if (opts.manifestPath)
        await writeBuildManifest(opts.manifestPath, manifest);
    const checkResult = {
        check: 'images',
        findings,
        artifacts: opts.manifestPath ? { manifest: opts.manifestPath } : {},
        stats: {
            images: plan.images.length,
            built: results.filter((r) => r.status !== 'failed').length,
            pushed: results.filter((r) => r.status === 'pushed').length,
            failed: results.filter((r) => r.status === 'failed').length,
        },
        summaryMarkdown: summaryTable(results),
    };
    return { manifest, results, findings, checkResult };
}
async function buildOne(t, metadata, opts, root, log, findings, redact) {
    const start = external_node_perf_hooks_.performance.now();
    const base = { name: t.name, image: t.image, metadata };
    log(`==> ${opts.builder.kind}: ${t.name} -> ${t.image} (${metadata.tags.join(', ')})`);
    try {
        const req = {
            name: t.name,
            image: t.image,
            context: external_node_path_default().resolve(root, t.context),
            dockerfile: external_node_path_default().resolve(root, t.dockerfile),
            buildArgs: t.buildArgs,
            platforms: t.platforms,
            tags: metadata.tags,
            labels: metadata.labels,
            annotations: metadata.annotations,
            push: opts.push,
            credentials: opts.credentials ?? [],
            insecureRegistries: opts.insecureRegistries ?? [],
            tempDir: opts.tempDir,
            log: (l) => log(l),
            ...(t.target !== undefined ? { target: t.target } : {}),
        };
        const result = await opts.builder.build(req);
        if (result.cached)
            log(`==> ${t.name}: cache hit, nothing rebuilt (${result.imageId ?? result.digest})`);
        return { ...base, status: result.pushed ? 'pushed' : 'built', result, durationMs: external_node_perf_hooks_.performance.now() - start };
    }
    catch (e) {
        if (!(e instanceof BuildFailure))
            throw e;
        const message = redact(e.message);
        if (e.phase === 'build') {
            const at = await failingInstruction(t, root, e);
            findings.push((0,images_rules/* finding */.gk)('images/build-failed', (0,rules/* locationIn */.zZ)(t.dockerfile, at), `${t.name}: ${message}`, { help: redact(e.outputTail) }));
        }
        else {
            findings.push((0,images_rules/* finding */.gk)('images/push-failed', t.declaredAt, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
        }
        return { ...base, status: 'failed', error: message, durationMs: external_node_perf_hooks_.performance.now() - start };
    }
}
/** Maps what the builder said failed back to a line of the Dockerfile. */
async function failingInstruction(t, root, e) {
    let source;
    try {
        source = await (0,promises_.readFile)(external_node_path_default().resolve(root, t.dockerfile), 'utf8');
    }
    catch {
        return { line: 1, column: 1 };
    }
    const df = (0,dockerfile/* parseDockerfile */.Ai)(source);
    const { line, stage, step, instruction } = e.failedStep;
    if (line !== undefined) {
        const ins = df.instructions.find((i) => i.line <= line && line <= i.endLine);
        return ins ?? { line, column: 1 };
    }
    const staged = (0,stages/* stagesOf */.ZL)(df, t.buildArgs);
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const text = (i) => norm(`${i.keyword} ${i.args}`);
    if (step !== undefined) {
        const s = staged.stages[(stage ?? 1) - 1];
        const candidate = s ? (step === 1 ? s.from : s.instructions[step - 2]) : undefined;
        if (candidate && (instruction === undefined || text(candidate).toLowerCase() === norm(instruction).toLowerCase()))
            return candidate;
    }
    if (instruction !== undefined) {
        const byText = df.instructions.find((i) => text(i).toLowerCase() === norm(instruction).toLowerCase());
        if (byText)
            return byText;
    }
    return { line: 1, column: 1 };
}
function summaryTable(results) {
    if (results.length === 0)
        return '';
    const rows = results.map((r) => {
        const digest = r.result?.digest ? (0,report_escape/* mdCode */.xs)(r.result.digest) : '';
        return `| ${(0,report_escape/* mdText */.bC)(r.name)} | ${(0,report_escape/* mdCode */.xs)(r.image)} | ${r.status} | ${cacheCell(r.result)} | ${digest} | ${r.metadata.tags.map((t) => (0,report_escape/* mdCode */.xs)(t)).join(' ')} | ${(r.durationMs / 1000).toFixed(1)} s |`;
    });
    return ['| image | repository | status | cache | digest | tags | time |', '|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
/** What the cache did for one image: re-used whole (identical inputs), or how many steps it served. */
function cacheCell(result) {
    if (!result)
        return '';
    if (result.cached)
        return 'hit: inputs unchanged, image re-used';
    if (result.steps !== undefined)
        return `${result.cachedSteps ?? 0}/${result.steps} steps`;
    return '';
}

;// CONCATENATED MODULE: ./src/images/builders/buildah-base.ts
// Makes a tiny base image from a static busybox (Debian's busybox-static) so images build with no
// network: FROM scratch, copy the binary, let it install its applet links, add passwd/group with
// root and nobody. Built with the same chroot isolation as every other build, so it needs neither
// root's mount namespace nor a daemon, and `--timestamp 0` makes it byte-identical on every machine.






const DOCKERFILE = (/* unused pure expression or super */ null && (`FROM scratch
COPY busybox /bin/busybox
COPY etc/ /etc/
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN ["/bin/busybox", "sh", "-c", "mkdir -p /tmp /root /home && chmod 1777 /tmp"]
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/sh"]
`));
/** `1.35.0` from `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.` */
async function busyboxVersion(busybox = '/bin/busybox') {
    let out;
    try {
        // Some busybox builds exit non-zero after --help; the text is what counts.
        out = (await runProcess(busybox, ['--help'])).stdout.toString('utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new UsageError(`${busybox} not found: install Debian's busybox-static (scripts/tools/install-buildah.sh)`);
        out = '';
    }
    const m = /BusyBox v(\d+\.\d+\.\d+)/.exec(out);
    if (!m)
        throw new UsageError(`${busybox} does not look like busybox`);
    return m[1];
}
async function makeBusyboxBase(opts) {
    const run = opts.run ?? runCommand;
    const exe = opts.buildah ?? 'buildah';
    const env = opts.env ?? process.env;
    const busybox = opts.busybox ?? '/bin/busybox';
    const image = `${opts.repository ?? 'localhost/portarium-base'}:${opts.tag ?? (await busyboxVersion(busybox))}`;
    const global = buildahGlobalArgs(opts);
    const existing = await run(exe, [...global, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', image], { env });
    if (existing.code === 0 && existing.stdout.trim())
        return { image, id: existing.stdout.trim(), created: false };
    const ctx = await mkdtemp(path.join(opts.tempDir, 'portarium-base-'));
    try {
        await copyFile(busybox, path.join(ctx, 'busybox'));
        await mkdir(path.join(ctx, 'etc'));
        await writeFile(path.join(ctx, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
        await writeFile(path.join(ctx, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
        await writeFile(path.join(ctx, 'Dockerfile'), DOCKERFILE);
        const iid = path.join(ctx, 'iid');
        const r = await run(exe, [...global, 'bud', '--isolation', 'chroot', '--pull=never', '--format', 'docker', '--timestamp', '0', '--iidfile', iid, '-t', image, ctx], { env });
        if (r.code !== 0)
            throw new UsageError(`making the base image ${image} failed: ${tail(r.output, 5)}`);
        return { image, id: (await readFile(iid, 'utf8')).trim(), created: true };
    }
    finally {
        await rm(ctx, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/images/index.ts
// Building and pushing images (changes registries): metadata from the injected context, the builder
// (buildah or docker buildx), push, the build manifest. The plan and the Dockerfile rules it builds
// from are the read-only images check (src/checks/images).
//
//   const { manifest, findings } = await buildImages({
//     root, plan, builder: createBuilder({ kind: 'buildah' }), context, push: true,
//     credentials, tempDir: RUNNER_TEMP, manifestPath: 'build-manifest.json',
//   });










/** One constructor for both builders; `kind` picks buildah (daemonless) or docker buildx. */
function createBuilder(choice) {
    if (choice.kind === 'buildah')
        return new BuildahBuilder(choice);
    if (choice.kind === 'docker')
        return new BuildxBuilder(choice);
    throw new finding/* UsageError */.eb(`unknown builder "${choice.kind}" (expected buildah or docker)`);
}

;// CONCATENATED MODULE: ./src/cli/git-context.ts

/**
 * The build context of a laptop run, read from git: the commit time as `created` keeps rebuilds of
 * the same commit byte-identical and cacheable.
 */
function localBuildContext(root, inputs) {
    const git = (...args) => (0,tools_process/* outputOf */.jH)('git', args, { cwd: root }) ?? '';
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    return {
        eventName: 'local',
        ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
        sha: git('rev-parse', 'HEAD') || '0000000000000000000000000000000000000000',
        created: git('log', '-1', '--format=%cI') || new Date().toISOString(),
        ...(inputs ? { inputs } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/images.ts








/** `portarium-infra images`: plan and lint by default; `--build` builds, `--push REGISTRY` also pushes. */
async function runImages(ctx, flags, log) {
    // --push REGISTRY is already laid over images.registry (settings-flags.ts).
    const options = (0,checks_images/* imageOptions */.c$)(ctx.config.checks.images);
    if (flags.image?.length)
        options.only = flags.image;
    const plan = await (0,checks_images/* planImages */.y6)({ root: ctx.root, ...options });
    for (const t of plan.images)
        log((0,report_escape/* logLine */.BP)(`image ${t.name}: ${t.image || '(invalid name)'} from ${t.dockerfile}${t.platforms.length ? ` [${t.platforms.join(', ')}]` : ''}`) + '\n');
    const lint = await (0,checks_images/* lintDockerfiles */.pf)({ root: ctx.root, ...options, plan });
    if (!flags.build && !flags.push)
        return lint;
    const kind = flags.builder ?? 'buildah';
    if (kind !== 'buildah' && kind !== 'docker')
        throw new finding/* UsageError */.eb(`--builder must be buildah or docker (got "${kind}")`);
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-images-'));
    try {
        const built = await buildImages({
            root: ctx.root,
            ...options,
            plan,
            builder: kind === 'buildah' ? createBuilder({ kind }) : createBuilder({ kind, provenance: false, sbom: false }),
            context: localBuildContext(ctx.root, flags.version ? { version: flags.version } : undefined),
            push: !!flags.push,
            insecureRegistries: flags.insecureRegistry ?? [],
            tempDir,
            ...(flags.manifest ? { manifestPath: external_node_path_default().resolve(flags.manifest) } : {}),
            // Build output is the pull request's (RUN steps print what they like).
            log: (line) => log(`  ${(0,report_escape/* logLine */.BP)(line)}\n`),
        });
        for (const r of built.results)
            log((0,report_escape/* logLine */.BP)(`${r.status}${r.result?.cached ? ' (cached: inputs unchanged)' : ''} ${r.image}${r.result ? `@${r.result.digest}` : ''}`) + '\n');
        // The build repeats the plan's findings, which the lint already has: each finding once.
        const key = (f) => `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
        const linted = new Set(lint.findings.map(key));
        return { ...lint, findings: [...lint.findings, ...built.findings.filter((f) => !linted.has(key(f)))] };
    }
    finally {
        (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File)
/* harmony export */ });
/* unused harmony exports parseSha256Sums, ChecksumError, verifySha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** Hex SHA-256 of a file, streamed. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * A `SHA256SUMS` file as published with HashiCorp, OpenTofu and most Go releases:
 * `<64 hex>  <file name>` per line (`*` before the name marks binary mode). Returns name \u2192 hex.
 */
function parseSha256Sums(text) {
    const sums = new Map();
    for (const raw of text.split('\n')) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(raw.trim());
        if (m)
            sums.set(m[2].trim(), m[1].toLowerCase());
    }
    return sums;
}
class ChecksumError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ChecksumError';
}
/** Fails closed: a missing expected value is an error just like a mismatch. */
async function verifySha256(file, expected, what) {
    if (!expected || !/^[0-9a-f]{64}$/i.test(expected))
        throw new ChecksumError(`no SHA-256 published for ${what}; refusing to use it`);
    const actual = await sha256File(file);
    if (actual !== expected.toLowerCase())
        throw new ChecksumError(`checksum mismatch for ${what}: expected sha256 ${expected.toLowerCase()}, got ${actual}`);
}


/***/ }),

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gh: () => (/* binding */ runProcessSync),
/* harmony export */   jH: () => (/* binding */ outputOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
// Every external program the toolkit starts goes through here: an argument array handed to the
// program as is (no shell, so `;` or `$(\u2026)` in a path or a ref is only text), a deadline, and bounded
// output, so a hung or chatty tool cannot hold a check or a deploy past its limits.


const DEFAULT_KILL_GRACE_MS = 1500;
/**
 * Runs a program to its end. Resolves for every exit (the caller decides what a code means);
 * rejects only when it cannot start (ENOENT, EACCES). An already aborted signal starts nothing.
 */
function runProcess(cmd, args, opts = {}) {
    const empty = Buffer.alloc(0);
    if (opts.signal?.aborted) {
        return Promise.resolve({ code: null, signal: null, stdout: empty, stderr: empty, timedOut: false, aborted: true, overflow: false });
    }
    return new Promise((resolve, reject) => {
        const group = opts.processGroup === true && process.platform !== 'win32';
        const stdinMode = opts.stdin === undefined ? 'ignore' : 'pipe';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, [...args], {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: [stdinMode, 'pipe', 'pipe'],
            detached: group,
            shell: false,
            windowsHide: true,
        });
        // Both are pipes (stdio above); the types cannot tell from a computed stdio array.
        const stdout = child.stdout;
        const stderr = child.stderr;
        const out = [];
        const err = [];
        let outSize = 0;
        let errSize = 0;
        let timedOut = false;
        let aborted = false;
        let overflow = false;
        const kill = (sig) => {
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                // Already gone, or the group is: fall back to the child itself.
                try {
                    child.kill(sig);
                }
                catch {
                    // gone
                }
            }
        };
        const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
            timedOut = true;
            kill(opts.timeoutSignal ?? 'SIGKILL');
        }, Math.max(1, opts.timeoutMs));
        const onAbort = () => {
            aborted = true;
            kill('SIGTERM');
            setTimeout(() => kill('SIGKILL'), opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS).unref();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const decoders = { stdout: new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8'), stderr: new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8') };
        const pending = { stdout: '', stderr: '' };
        const lines = (stream, chunk) => {
            if (!opts.onLine)
                return;
            pending[stream] += chunk ? decoders[stream].write(chunk) : decoders[stream].end();
            const parts = pending[stream].split(/\r?\n/);
            pending[stream] = chunk ? parts.pop() : '';
            for (const line of parts) {
                if (!chunk && line === '')
                    continue;
                opts.onLine(line, stream);
            }
        };
        if (opts.stdoutTo)
            stdout.pipe(opts.stdoutTo);
        else {
            stdout.on('data', (c) => {
                lines('stdout', c);
                const max = opts.maxStdoutBytes;
                if (max === undefined) {
                    out.push(c);
                    return;
                }
                if (outSize + c.length > max) {
                    if (outSize < max && opts.onStdoutOverflow === 'truncate')
                        out.push(c.subarray(0, max - outSize));
                    outSize += c.length;
                    if (!overflow) {
                        overflow = true;
                        if (opts.onStdoutOverflow !== 'truncate')
                            kill('SIGKILL');
                    }
                    return;
                }
                outSize += c.length;
                out.push(c);
            });
        }
        stderr.on('data', (c) => {
            lines('stderr', c);
            const max = opts.maxStderrBytes;
            if (max !== undefined) {
                if (errSize >= max)
                    return;
                err.push(c.subarray(0, max - errSize));
                errSize += c.length;
                return;
            }
            err.push(c);
        });
        child.on('error', (e) => {
            settle();
            reject(e);
        });
        child.on('close', (code, sig) => {
            settle();
            if (!opts.stdoutTo)
                lines('stdout', undefined);
            lines('stderr', undefined);
            resolve({ code, signal: sig, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut, aborted, overflow });
        });
        if (child.stdin) {
            // EPIPE when the program exits before reading its input shows in the exit code instead.
            child.stdin.on('error', () => undefined);
            const input = opts.stdin;
            if (input !== undefined && typeof input !== 'string' && !(input instanceof Uint8Array))
                input.pipe(child.stdin);
            else
                child.stdin.end(input);
        }
    });
}
/**
 * The synchronous form, for the few quick callers (git rev-parse and the like) that sit in
 * synchronous code paths. Same rules: no shell, stdin closed, a deadline.
 */
function runProcessSync(cmd, args, opts = {}) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(cmd, [...args], {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        shell: false,
        windowsHide: true,
        maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
        ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs, killSignal: 'SIGKILL' } : {}),
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
}
/** stdout of a program that must succeed, trimmed; undefined when it cannot start or fails. */
function outputOf(cmd, args, opts = {}) {
    const r = runProcessSync(cmd, args, opts);
    return r.error || r.code !== 0 ? undefined : r.stdout.trim();
}


/***/ })

};
;