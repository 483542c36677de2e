export const id = 332;
export const ids = [332];
export const modules = {

/***/ 8951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* reexport */ RULES),
  rd: () => (/* reexport */ buildImages),
  Ij: () => (/* binding */ createBuilder),
  w0: () => (/* binding */ imageOptionsFromConfig),
  pf: () => (/* binding */ lintDockerfiles),
  y6: () => (/* reexport */ planImages)
});

// UNUSED EXPORTS: BuildFailure, BuildahBuilder, BuildxBuilder, buildahBudArgs, buildahPushArgs, buildxArgs, busyboxVersion, computeMetadata, lintDockerfileSource, makeBusyboxBase, parseDockerfile, parseSemver, repositoryProblem, splitReference, tagProblem, writeBuildManifest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
;// CONCATENATED MODULE: ./src/checks/images/builder.ts
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/checks/images/command.ts
// Runs a builder's command with an argument array (never a shell), streams its output line by
// line through a redactor, and keeps the redacted output for error messages.


const command_runCommand = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
    const redact = opts.redact ?? ((s) => s);
    const child = (0,external_node_child_process_.spawn)(cmd, [...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    const pending = { stdout: '', stderr: '' };
    const take = (stream, chunk, flush) => {
        pending[stream] += chunk;
        const parts = pending[stream].split(/\r?\n/);
        pending[stream] = flush ? '' : parts.pop();
        for (const raw of parts) {
            if (flush && raw === '')
                continue;
            const line = redact(raw);
            if (stream === 'stdout')
                stdout += line + '\n';
            else
                stderr += line + '\n';
            output += line + '\n';
            opts.onLine?.(line, stream);
        }
    };
    child.stdout.setEncoding('utf8').on('data', (c) => take('stdout', c, false));
    child.stderr.setEncoding('utf8').on('data', (c) => take('stderr', c, false));
    child.on('error', (e) => {
        if (e.code === 'ENOENT')
            reject(new finding/* UsageError */.eb(`${cmd} was not found; install it first (scripts/tools/install-buildah.sh for buildah)`));
        else
            reject(e);
    });
    child.on('close', (code, signal) => {
        take('stdout', '', true);
        take('stderr', '', true);
        resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output });
    });
});
/** The last `n` non-empty lines of some output. */
function command_tail(text, n = 15) {
    return text.split('\n').filter((l) => l.trim() !== '').slice(-n).join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

;// CONCATENATED MODULE: ./src/checks/images/dockerfile.ts
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

;// CONCATENATED MODULE: ./src/checks/images/stages.ts
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
                for (const kv of keyValues(ins, df.escape)) {
                    if (kv.key in buildArgs) {
                        vars.set(kv.key, buildArgs[kv.key]);
                        origins.set(kv.key, { kind: 'build-arg' });
                    }
                    else if (kv.value !== undefined) {
                        vars.set(kv.key, expand(kv.value, vars, df.escape).value);
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
    const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ ...w, offset: w.offset + ins.rest }));
    const imageWord = words[0];
    const written = imageWord?.value ?? '';
    const exp = expand(written, vars, escape);
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

;// CONCATENATED MODULE: ./src/checks/images/fingerprint.ts
// The build-input fingerprint: one sha256 over everything that decides what a build produces —
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
    const df = parseDockerfile(source);
    if (df.problems.length > 0)
        return { refs: [], uncacheable: `the Dockerfile does not parse: ${df.problems[0].message}` };
    const staged = stagesOf(df, buildArgs);
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
            hashes[i] = e.file ? await fileSha256(e.file) : '';
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
function fileSha256(file) {
    return new Promise((resolve, reject) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (c) => h.update(c))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
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

;// CONCATENATED MODULE: ./src/checks/images/reference.ts
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

;// CONCATENATED MODULE: ./src/tools/buildah.ts
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
    const cacheHosts = [...(opts.cache?.from ?? []), ...(opts.cache?.to ? [opts.cache.to] : [])].map(registryHost);
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
    if (req.insecureRegistries.includes(registryHost(req.image)))
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/tools/buildx.ts
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
        if (req.insecureRegistries.includes(registryHost(req.image)))
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

// EXTERNAL MODULE: ./src/checks/deadline.ts
var checks_deadline = __webpack_require__(6777);
;// CONCATENATED MODULE: ./src/checks/images/rules.ts
const RULES = [
    { id: 'images/unpinned-base-image', severity: 'error', description: 'A base image (FROM, directly or through an ARG default) has neither a tag nor a digest.' },
    { id: 'images/latest-tag', severity: 'error', description: 'A base image uses the moving "latest" tag.' },
    { id: 'images/root-user', severity: 'error', description: 'The last USER of the final stage is root (root or 0).' },
    { id: 'images/missing-user', severity: 'warning', description: 'The final stage never sets USER, so the container runs as the base image\'s user (usually root).' },
    { id: 'images/missing-healthcheck', severity: 'warning', description: 'The final stage EXPOSEs a port (it is a service) but has no HEALTHCHECK.' },
    { id: 'images/remote-add', severity: 'error', description: 'ADD fetches a remote URL, which is not verified or cached; download in a RUN step with a checksum instead.' },
    { id: 'images/secret-in-arg-or-env', severity: 'error', description: 'An ARG or ENV is named like a secret (*_TOKEN, *_PASSWORD, *_SECRET, *_KEY); its value stays in the image history.' },
    { id: 'images/dockerfile-syntax', severity: 'error', description: 'The Dockerfile cannot be built as written (no FROM, an instruction before FROM, an unknown instruction, an unclosed heredoc).' },
    { id: 'images/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this image's Dockerfile was checked." },
    { id: 'images/missing-dockerfile', severity: 'error', description: 'An image listed in .portarium-infra.yml names a Dockerfile or context that does not exist, or a Dockerfile is a special file (/proc, a device, a FIFO).' },
    { id: 'images/context-outside-workspace', severity: 'error', description: 'In the actions: an image\'s build context or Dockerfile resolves outside the workspace (../x, /, a symlink out).' },
    { id: 'images/invalid-name', severity: 'error', description: 'An image name is not a valid reference even after lower-casing.' },
    { id: 'images/duplicate-name', severity: 'error', description: 'Two images have the same name, so their tags and manifest entries would overwrite each other.' },
    { id: 'images/build-failed', severity: 'error', description: 'The image did not build; the finding points at the failing instruction.' },
    { id: 'images/push-failed', severity: 'error', description: 'The image built but could not be pushed (registry unreachable, credentials refused, ...).' },
];
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function rules_finding(rule, file, at, message, extra = {}) {
    const def = BY_ID.get(rule);
    if (!def)
        throw new Error(`unknown images rule ${rule}`);
    const f = { check: 'images', rule, severity: def.severity, file, line: at.line, column: at.column, message };
    if (extra.endLine !== undefined)
        f.endLine = extra.endLine;
    if (extra.endColumn !== undefined)
        f.endColumn = extra.endColumn;
    if (extra.help !== undefined)
        f.help = extra.help;
    return f;
}

;// CONCATENATED MODULE: ./src/checks/images/lint.ts




const SECRET_NAME_RE = /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|API_?KEY|PRIVATE_?KEY)$/i;
const REMOTE_RE = /^(?:https?|ftp):\/\/|^git@|^git:\/\//i;
function lintDockerfileSource(input) {
    const { file } = input;
    const df = parseDockerfile(input.source);
    const out = [];
    for (const p of df.problems)
        out.push(rules_finding('images/dockerfile-syntax', file, p, p.message));
    for (const ins of df.instructions) {
        if (!KEYWORDS.has(ins.keyword)) {
            out.push(rules_finding('images/dockerfile-syntax', file, ins, `unknown instruction "${ins.keyword}"`));
        }
    }
    const staged = stagesOf(df, input.buildArgs ?? {});
    for (const ins of staged.misplaced) {
        if (KEYWORDS.has(ins.keyword)) {
            out.push(rules_finding('images/dockerfile-syntax', file, ins, `${ins.keyword} before the first FROM (only ARG may come before FROM)`));
        }
    }
    if (staged.stages.length === 0) {
        out.push(rules_finding('images/dockerfile-syntax', file, { line: 1, column: 1 }, 'the Dockerfile has no FROM instruction'));
        return out;
    }
    for (const stage of staged.stages)
        out.push(...baseImageFindings(file, stage));
    const final = finalStage(staged, input.target);
    if (!final) {
        out.push(rules_finding('images/dockerfile-syntax', file, { line: 1, column: 1 }, `target stage "${input.target}" is not defined in the Dockerfile`));
    }
    else {
        out.push(...userFindings(file, staged, final, df.escape));
        out.push(...healthcheckFindings(file, staged, final));
    }
    for (const ins of df.instructions) {
        if (ins.keyword === 'ADD')
            out.push(...remoteAddFindings(file, ins, df.escape));
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            out.push(...secretFindings(file, ins, df.escape));
    }
    return out;
}
function baseImageFindings(file, stage) {
    const { base, from } = stage;
    if (base.written === '')
        return [rules_finding('images/dockerfile-syntax', file, from, 'FROM needs an image')];
    if (stage.parent !== undefined || base.resolved.toLowerCase() === 'scratch')
        return [];
    // Point at the text a person edits: the ARG default when the image comes from one.
    const at = base.origin?.kind === 'default' ? base.origin.at : from.at(base.offset);
    const via = base.origin ? ` (from ${base.origin.kind === 'default' ? 'the default of ARG' : 'the build arg'} ${base.origin.name})` : '';
    if (base.unresolved.length > 0 && base.resolved.replace(/[:@].*$/, '') === '') {
        return [
            rules_finding('images/unpinned-base-image', file, from.at(base.offset), `base image "${base.written}" cannot be checked: ARG ${base.unresolved.join(', ')} has no default and no build arg`, {
                help: 'Give the ARG a pinned default (ARG BASE_IMAGE=busybox:1.37.0) so the file builds reproducibly on its own.',
            }),
        ];
    }
    const ref = splitReference(base.resolved);
    if (ref.digest !== undefined && isDigest(ref.digest))
        return [];
    if (ref.tag === undefined) {
        return [
            rules_finding('images/unpinned-base-image', file, at, `base image "${base.resolved}"${via} has no tag or digest, so every build may get a different image`, {
                help: 'Pin the base image by tag (busybox:1.37.0) or better by digest (busybox@sha256:...).',
            }),
        ];
    }
    if (ref.tag.toLowerCase() === 'latest') {
        return [
            rules_finding('images/latest-tag', file, at, `base image "${base.resolved}"${via} uses the "latest" tag, which moves without notice`, {
                help: 'Use a version tag or a digest.',
            }),
        ];
    }
    return [];
}
function userFindings(file, staged, final, escape) {
    for (const stage of lineage(staged, final)) {
        const users = stage.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        if (!last)
            continue;
        const vars = stageVariables(stage, escape);
        const words = splitWords(last.args, escape);
        const exp = expand(words[0]?.value ?? '', vars, escape);
        const user = exp.value.split(':')[0].trim();
        if (user === 'root' || user === '0' || (user === '' && exp.unresolved.length === 0)) {
            return [
                rules_finding('images/root-user', file, last.at(words[0]?.offset ?? 0), `the image runs as root (USER ${words[0]?.value ?? ''})`, {
                    help: 'Switch to an unprivileged user last, e.g. USER 65534:65534 (numeric works without /etc/passwd).',
                }),
            ];
        }
        return [];
    }
    return [
        rules_finding('images/missing-user', file, final.from, 'the final stage never sets USER, so the container runs as the base image\'s user (usually root)', {
            help: 'Add USER with an unprivileged user after the steps that need root.',
        }),
    ];
}
function healthcheckFindings(file, staged, final) {
    let expose;
    for (const stage of lineage(staged, final)) {
        if (stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))
            return [];
        expose ??= stage.instructions.find((i) => i.keyword === 'EXPOSE');
    }
    if (!expose)
        return [];
    return [
        rules_finding('images/missing-healthcheck', file, expose, `the image exposes ${expose.args} but has no HEALTHCHECK, so nothing tells when the service is unhealthy`, {
            help: 'Add HEALTHCHECK CMD ... (or HEALTHCHECK NONE to say it is deliberate). Build with the docker format: the OCI image config has no healthcheck.',
        }),
    ];
}
function remoteAddFindings(file, ins, escape) {
    if (ins.heredocs.length > 0)
        return [];
    const sources = [];
    if (ins.json) {
        const srcs = ins.json.slice(0, -1);
        for (const s of srcs)
            sources.push({ value: s, offset: Math.max(ins.rest, ins.args.indexOf(JSON.stringify(s).slice(1, -1))) });
    }
    else {
        const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ value: w.value, offset: w.offset + ins.rest }));
        sources.push(...words.slice(0, -1));
    }
    return sources
        .filter((s) => REMOTE_RE.test(s.value))
        .map((s) => rules_finding('images/remote-add', file, ins.at(s.offset), `ADD downloads ${s.value} at build time, unverified and uncached`, {
        help: 'Download it in a RUN step and check its SHA-256, or COPY it from a build stage that does.',
    }));
}
function secretFindings(file, ins, escape) {
    return keyValues(ins, escape)
        .filter((kv) => SECRET_NAME_RE.test(kv.key))
        .map((kv) => rules_finding('images/secret-in-arg-or-env', file, ins.at(kv.keyOffset), `${ins.keyword} ${kv.key} looks like a secret; ${ins.keyword} values are kept in the image and its history`, {
        help: 'Pass secrets with RUN --mount=type=secret (buildx: --secret; buildah: --secret) instead.',
    }));
}
function stageVariables(stage, escape) {
    const vars = new Map();
    for (const ins of stage.instructions) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
            continue;
        for (const kv of keyValues(ins, escape))
            if (kv.value !== undefined)
                vars.set(kv.key, expand(kv.value, vars, escape).value);
    }
    return vars;
}

// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
;// CONCATENATED MODULE: ./src/checks/images/plan.ts
// Which images to build: the `images:` list of .portarium-infra.yml when there is one, otherwise
// every `<dockerDir>/<name>/Dockerfile` under the root. The plan also becomes a GitHub matrix.







const DEFAULT_DOCKER_DIR = 'infra/docker';
async function planImages(opts) {
    const root = external_node_path_default().resolve(opts.root);
    const configAbs = external_node_path_default().resolve(root, opts.configFile ?? config/* CONFIG_FILE */.g2);
    const configRel = toPosix(external_node_path_default().relative(root, configAbs));
    const dockerDir = opts.dockerDir ?? DEFAULT_DOCKER_DIR;
    const guard = (0,path_guard/* pathGuard */.JV)(opts.workspace);
    const candidates = opts.images === undefined || opts.images === null
        ? await discover(root, dockerDir, guard)
        : await fromConfig(root, dockerDir, readEntries(opts.images), configAbs, configRel, guard);
    const findings = [];
    const images = [];
    const seen = new Map();
    for (const c of candidates) {
        if (c.outside) {
            findings.push(rules_finding('images/context-outside-workspace', c.target.declaredAt.file, c.target.declaredAt, c.outside, {
                help: 'Build from a context inside the repository; an action reads nothing outside its workspace.',
            }));
            continue;
        }
        if (c.missing) {
            findings.push(rules_finding('images/missing-dockerfile', c.target.declaredAt.file, c.target.declaredAt, c.missing));
            continue;
        }
        const t = c.target;
        t.image = normalizeRepository(t.image || joinRepository(opts.registry, t.name));
        const problem = repositoryProblem(t.image);
        if (problem) {
            findings.push(rules_finding('images/invalid-name', t.declaredAt.file, t.declaredAt, `image "${t.name}" -> "${t.image}": ${problem}`));
            continue;
        }
        const key = t.name.toLowerCase();
        const first = seen.get(key) ?? [...seen.values()].find((o) => o.image === t.image);
        if (first) {
            const what = first.name.toLowerCase() === key ? `name "${t.name}"` : `repository "${t.image}"`;
            findings.push(rules_finding('images/duplicate-name', t.declaredAt.file, t.declaredAt, `image ${what} is already declared at ${first.declaredAt.file}:${first.declaredAt.line}`, {
                help: 'Give each image its own name: tags and the build manifest are keyed by it.',
            }));
            continue;
        }
        seen.set(key, t);
        t.buildArgs = { ...(opts.buildArgs ?? {}), ...t.buildArgs };
        if (t.platforms.length === 0 && opts.platforms)
            t.platforms = [...opts.platforms];
        images.push(t);
    }
    let selected = images;
    if (opts.only && opts.only.length > 0) {
        const known = new Set(candidates.map((c) => c.target.name.toLowerCase()));
        const unknown = opts.only.filter((n) => !known.has(n.toLowerCase()));
        if (unknown.length)
            throw new finding/* UsageError */.eb(`unknown image ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...known].join(', ') || 'none'})`);
        const wanted = new Set(opts.only.map((n) => n.toLowerCase()));
        selected = images.filter((t) => wanted.has(t.name.toLowerCase()));
    }
    return { root, images: selected, matrix: { include: selected.map(matrixEntry) }, findings };
}
function matrixEntry(t) {
    const e = { name: t.name, image: t.image, context: t.context, dockerfile: t.dockerfile, platforms: t.platforms.join(',') };
    if (t.target !== undefined)
        e.target = t.target;
    return e;
}
function joinRepository(registry, name) {
    const prefix = (registry ?? '').trim().replace(/\/+$/, '');
    return prefix ? `${prefix}/${name}` : name;
}
/** Judges context and Dockerfile before either is looked at, so nothing outside is probed or read. */
function refuse(c, contextAbs, dockerfileAbs, guard) {
    const t = c.target;
    for (const [what, p, shown] of [['build context', contextAbs, t.context], ['Dockerfile', dockerfileAbs, t.dockerfile]]) {
        const r = guard(p);
        if (!r)
            continue;
        if (r.kind === 'outside')
            c.outside = `image "${t.name}": ${what} ${shown} ${r.reason}; it is not read`;
        else
            c.missing = `image "${t.name}": ${what} ${shown} ${r.reason}; it is not read`;
        return true;
    }
    return false;
}
async function discover(root, dockerDir, guard) {
    const dir = external_node_path_default().resolve(root, dockerDir);
    let entries;
    try {
        entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const out = [];
    for (const name of entries) {
        const dockerfile = external_node_path_default().join(dir, name, 'Dockerfile');
        if (guard(dir)?.kind === 'outside')
            continue; // a docker-dir out of the workspace holds nothing of the project's
        const rel = toPosix(external_node_path_default().relative(root, dockerfile));
        const c = {
            target: {
                name,
                image: '',
                context: toPosix(external_node_path_default().relative(root, external_node_path_default().join(dir, name))) || '.',
                dockerfile: rel,
                buildArgs: {},
                platforms: [],
                declaredAt: { file: rel, line: 1, column: 1 },
            },
        };
        if (refuse(c, external_node_path_default().join(dir, name), dockerfile, guard))
            out.push(c);
        else if (await isFile(dockerfile))
            out.push(c);
    }
    return out;
}
function readEntries(value) {
    if (!Array.isArray(value))
        throw new finding/* UsageError */.eb('images: must be a list of {name, context, dockerfile, target, build-args, platforms}');
    return value.map((raw, i) => {
        const where = `images[${i}]`;
        if (typeof raw === 'string')
            return { name: raw };
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            throw new finding/* UsageError */.eb(`${where}: must be a mapping with at least "name"`);
        const e = raw;
        const known = new Set(['name', 'context', 'dockerfile', 'target', 'build-args', 'platforms', 'image']);
        for (const k of Object.keys(e))
            if (!known.has(k))
                throw new finding/* UsageError */.eb(`${where}: unknown key "${k}" (expected ${[...known].join(', ')})`);
        const str = (k) => {
            const v = e[k];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new finding/* UsageError */.eb(`${where}.${k}: must be a string`);
            return String(v);
        };
        const name = str('name');
        if (!name)
            throw new finding/* UsageError */.eb(`${where}: "name" is required`);
        const entry = { name };
        for (const k of ['context', 'dockerfile', 'target', 'image']) {
            const v = str(k);
            if (v !== undefined)
                entry[k] = v;
        }
        const args = e['build-args'];
        if (args !== undefined && args !== null) {
            if (typeof args !== 'object' || Array.isArray(args))
                throw new finding/* UsageError */.eb(`${where}.build-args: must map names to values`);
            for (const [k, v] of Object.entries(args)) {
                if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                    throw new finding/* UsageError */.eb(`${where}.build-args.${k}: must be a string`);
            }
            entry['build-args'] = args;
        }
        const platforms = e['platforms'];
        if (platforms !== undefined && platforms !== null) {
            if (typeof platforms === 'string')
                entry.platforms = platforms;
            else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string'))
                entry.platforms = platforms;
            else
                throw new finding/* UsageError */.eb(`${where}.platforms: must be a list of platforms such as linux/amd64`);
        }
        return entry;
    });
}
async function fromConfig(root, dockerDir, entries, configAbs, configRel, guard) {
    let text = '';
    try {
        text = await (0,promises_.readFile)(configAbs, 'utf8');
    }
    catch {
        // Findings then point at line 1 of the configuration file.
    }
    const occurrences = new Map();
    const out = [];
    for (const e of entries) {
        const n = occurrences.get(e.name) ?? 0;
        occurrences.set(e.name, n + 1);
        const declaredAt = { file: configRel, ...locateName(text, e.name, n) };
        const contextAbs = external_node_path_default().resolve(root, e.context ?? external_node_path_default().join(dockerDir, e.name));
        const dockerfileAbs = external_node_path_default().resolve(contextAbs, e.dockerfile ?? 'Dockerfile');
        const target = {
            name: e.name,
            image: e.image ?? '',
            context: toPosix(external_node_path_default().relative(root, contextAbs)) || '.',
            dockerfile: toPosix(external_node_path_default().relative(root, dockerfileAbs)),
            buildArgs: Object.fromEntries(Object.entries(e['build-args'] ?? {}).map(([k, v]) => [k, String(v)])),
            platforms: typeof e.platforms === 'string' ? e.platforms.split(',').map((p) => p.trim()).filter(Boolean) : [...(e.platforms ?? [])],
            declaredAt,
        };
        if (e.target !== undefined)
            target.target = e.target;
        const c = { target };
        if (!refuse(c, contextAbs, dockerfileAbs, guard)) {
            if (!(await isDirectory(contextAbs)))
                c.missing = `image "${e.name}": build context ${target.context} does not exist`;
            else if (!(await isFile(dockerfileAbs)))
                c.missing = `image "${e.name}": Dockerfile ${target.dockerfile} does not exist`;
        }
        out.push(c);
    }
    return out;
}
/** Line of the n-th `name: <value>` in the configuration text (1 when it cannot be found). */
function locateName(text, name, n) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^(\\s*(?:-\\s+)?)name:\\s*(["']?)${esc}\\2\\s*(?:#.*)?$`);
    let seen = 0;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]);
        if (!m)
            continue;
        if (seen++ === n) {
            const valueCol = lines[i].indexOf(name, m[1].length + 'name:'.length);
            return { line: i + 1, column: valueCol >= 0 ? valueCol + 1 : m[1].length + 1 };
        }
    }
    return { line: 1, column: 1 };
}
async function isFile(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/checks/images/metadata.ts
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
            const t = sanitizeTag(name);
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
        const t = sanitizeTag(branch);
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
        const problem = tagProblem(t);
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
;// CONCATENATED MODULE: ./src/checks/images/manifest.ts
// The build manifest: what was built, by digest, for the deploy workflow to deploy by digest.


async function writeBuildManifest(file, manifest) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    await (0,promises_.writeFile)(file, JSON.stringify(manifest, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/checks/images/build.ts
// Builds every planned image with one builder: metadata from the injected context, the build and
// push, the manifest. A failed build or push becomes a finding at the failing instruction (or the
// image's declaration); the other images still build.











async function buildImages(opts) {
    const plan = opts.plan ?? (await planImages(opts));
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
            findings.push(rules_finding('images/build-failed', t.dockerfile, at, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
        }
        else {
            findings.push(rules_finding('images/push-failed', t.declaredAt.file, t.declaredAt, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
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
    const df = parseDockerfile(source);
    const { line, stage, step, instruction } = e.failedStep;
    if (line !== undefined) {
        const ins = df.instructions.find((i) => i.line <= line && line <= i.endLine);
        return ins ?? { line, column: 1 };
    }
    const staged = stagesOf(df, t.buildArgs);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/tools/buildah-base.ts
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
        out = (await promisify(execFile)(busybox, ['--help'], { encoding: 'utf8' })).stdout;
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT')
            throw new UsageError(`${busybox} not found: install Debian's busybox-static (scripts/tools/install-buildah.sh)`);
        out = err.stdout ?? '';
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

;// CONCATENATED MODULE: ./src/checks/images/index.ts
// The images capability: plan (which images), lint (Dockerfile rules), build (metadata, builder,
// push, manifest). No @actions imports: the CLI, the action and the tests call these directly.
//
//   const plan = await planImages({ root, ...imageOptionsFromConfig(config.checks['images']) });
//   const lint = await lintDockerfiles({ root, plan });
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
/** Runs the Dockerfile rules over every planned image (plan findings included). */
async function lintDockerfiles(opts) {
    const plan = opts.plan ?? (await planImages(opts));
    const findings = [...plan.findings];
    const seen = new Set();
    let instructions = 0;
    const deadline = new checks_deadline/* Deadline */.B2(opts.timeoutMs ?? checks_deadline/* DEFAULT_CHECK_TIMEOUT_MS */.Gv);
    for (const t of plan.images) {
        if (deadline.expired()) {
            findings.push(rules_finding('images/deadline-exceeded', t.declaredAt.file, t.declaredAt, `image "${t.name}": the check's time limit (${deadline.describe()}) ran out before ${t.dockerfile} was checked`));
            continue;
        }
        let source;
        try {
            source = await (0,promises_.readFile)(external_node_path_default().resolve(plan.root, t.dockerfile), 'utf8');
        }
        catch (e) {
            findings.push(rules_finding('images/missing-dockerfile', t.declaredAt.file, t.declaredAt, `image "${t.name}": cannot read ${t.dockerfile} (${e.message})`));
            continue;
        }
        instructions += source.split('\n').length;
        const input = { file: t.dockerfile, source, buildArgs: t.buildArgs };
        if (t.target !== undefined)
            input.target = t.target;
        for (const f of lintDockerfileSource(input)) {
            // Two images built from one Dockerfile would otherwise report each problem twice.
            const key = `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(f);
        }
    }
    findings.sort(finding/* compareFindings */.Eg);
    return {
        check: 'images',
        findings,
        artifacts: {},
        stats: { images: plan.images.length, dockerfiles: new Set(plan.images.map((t) => t.dockerfile)).size, lines: instructions },
    };
}
/**
 * Reads the `images:` section of .portarium-infra.yml (as the config loader hands it over) into
 * plan options: `images` (the list), `docker-dir`, `registry`, `platforms`, `build-args`.
 */
function imageOptionsFromConfig(section) {
    const out = {};
    if (!section)
        return out;
    const known = new Set(['images', 'docker-dir', 'registry', 'platforms', 'build-args', 'timeout']);
    for (const k of Object.keys(section)) {
        if (!known.has(k))
            throw new finding/* UsageError */.eb(`images.${k}: unknown setting (expected ${[...known].join(', ')})`);
    }
    if (section['images'] !== undefined)
        out.images = section['images'];
    const timeoutMs = (0,checks_deadline/* timeoutSetting */.aA)(section, 'images');
    if (timeoutMs !== undefined)
        out.timeoutMs = timeoutMs;
    const str = (k) => {
        const v = section[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw new finding/* UsageError */.eb(`images.${k}: must be a string`);
        return v;
    };
    const dockerDir = str('docker-dir');
    if (dockerDir !== undefined)
        out.dockerDir = dockerDir;
    const registry = str('registry');
    if (registry !== undefined)
        out.registry = registry;
    const platforms = section['platforms'];
    if (platforms !== undefined && platforms !== null) {
        if (typeof platforms === 'string')
            out.platforms = platforms.split(',').map((p) => p.trim()).filter(Boolean);
        else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string'))
            out.platforms = platforms;
        else
            throw new finding/* UsageError */.eb('images.platforms: must be a list such as [linux/amd64, linux/arm64]');
    }
    const args = section['build-args'];
    if (args !== undefined && args !== null) {
        if (typeof args !== 'object' || Array.isArray(args))
            throw new finding/* UsageError */.eb('images.build-args: must map names to values');
        out.buildArgs = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
    }
    return out;
}


/***/ })

};
