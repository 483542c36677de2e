"use strict";
exports.id = 808;
exports.ids = [808,908];
exports.modules = {

/***/ 3223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qA: () => (/* binding */ discoverProjects)
/* harmony export */ });
/* unused harmony exports PRIMARY_NAMES, OVERRIDE_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Finding compose projects under a directory, by compose's own file names (compose-go
 * `cli.DefaultFileNames` / `DefaultOverrideFileNames`) plus variant files `compose.<x>.yaml`.
 */


/** In compose's order of preference. */
const PRIMARY_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const VARIANT = /^(docker-)?compose\.(.+)\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules']);
function discoverProjects(root) {
    const out = [];
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
        const primary = PRIMARY_NAMES.find((n) => files.has(n));
        const override = OVERRIDE_NAMES.find((n) => files.has(n));
        const base = primary ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, primary), ...(override ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, override)] : [])] : [];
        if (primary)
            out.push({ files: base, kind: 'primary' });
        const variants = [...files]
            .filter((n) => VARIANT.test(n) && !OVERRIDE_NAMES.includes(n) && !PRIMARY_NAMES.includes(n))
            .sort();
        for (const v of variants)
            out.push({ files: [...base, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, v)], kind: 'variant' });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (!e.isDirectory() || e.name.startsWith('.') || SKIP_DIRS.has(e.name))
                continue;
            walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name));
        }
    };
    walk(root);
    return out;
}


/***/ }),

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* reexport */ rules/* RULES */.y),
  yv: () => (/* binding */ runCompose)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NODES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
// EXTERNAL MODULE: ./src/checks/deadline.ts
var checks_deadline = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/checks/compose/discover.ts
var discover = __webpack_require__(3223);
;// CONCATENATED MODULE: ./src/checks/compose/problems.ts
/** Rules whose findings are about one value: silenced where interpolation of that value already failed. */
const VALUE_RULES = new Set([
    'compose/invalid-port',
    'compose/invalid-duration',
    'compose/invalid-value',
    'compose/invalid-volume',
    'compose/schema',
]);
const locKey = (l) => `${l.file}\0${l.line}\0${l.column}`;
/** Collects problems; drops follow-on errors about values whose interpolation failed. */
class Problems {
    list = [];
    poisoned = new Set();
    seen = new Set();
    add(rule, loc, message, extra = {}) {
        if (VALUE_RULES.has(rule) && this.poisoned.has(locKey(loc)))
            return;
        const key = `${rule}\0${locKey(loc)}\0${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.list.push({ rule, loc, message, ...extra });
    }
    /** The value written at `loc` could not be interpolated: later checks of it would only repeat that. */
    poison(loc) {
        this.poisoned.add(locKey(loc));
    }
    isPoisoned(loc) {
        return loc !== undefined && this.poisoned.has(locKey(loc));
    }
    get size() {
        return this.list.length;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/location.ts
/**
 * Source locations for the compose model.
 *
 * The model is plain JSON-like data (so ajv and the merge rules can work on it), and every object or
 * array in it is registered here with the position of its own text, of each key and of each value.
 * Whatever builds a new object from old ones (merge, canonical forms, clones) copies these entries, so a
 * finding about any value can still name the file and line that supplied it.
 */
const registry = new WeakMap();
function isContainer(v) {
    return typeof v === 'object' && v !== null;
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function locsOf(o) {
    return isContainer(o) ? registry.get(o) : undefined;
}
function register(o, self) {
    const l = { self, keys: new Map(), values: new Map() };
    registry.set(o, l);
    return l;
}
/** The entry for `o`, created with `fallback` as its own position when it has none yet. */
function ensureLocs(o, fallback) {
    return registry.get(o) ?? register(o, fallback);
}
/** Where the value at `container[key]` is written; falls back to the key, then the container. */
function valueLoc(container, key) {
    const l = locsOf(container);
    const child = isContainer(container) ? container[key] : undefined;
    const childLocs = locsOf(child);
    return l?.values.get(key) ?? childLocs?.self ?? l?.keys.get(key) ?? l?.self;
}
/** Where the key `key` of `container` is written; falls back to its value, then the container. */
function keyLoc(container, key) {
    const l = locsOf(container);
    return l?.keys.get(key) ?? l?.values.get(key) ?? l?.self;
}
function selfLoc(o) {
    return locsOf(o)?.self;
}
/** Records that `to[toKey]` came from `from[fromKey]` (key and value positions). */
function copyEntryLoc(to, toKey, from, fromKey) {
    const src = locsOf(from);
    if (!src)
        return;
    const dst = ensureLocs(to, src.self);
    const k = src.keys.get(fromKey);
    const v = src.values.get(fromKey);
    if (k)
        dst.keys.set(toKey, k);
    else
        dst.keys.delete(toKey);
    if (v)
        dst.values.set(toKey, v);
    else
        dst.values.delete(toKey);
}
function setValueLoc(to, key, loc, keyPos) {
    if (!loc)
        return;
    const dst = ensureLocs(to, loc);
    dst.values.set(key, loc);
    if (keyPos)
        dst.keys.set(key, keyPos);
}
/** Builds an array whose element positions come from the given sources. */
function arrayWithLocs(items, self) {
    const out = items.map((i) => i.value);
    const fallback = self ?? items.find((i) => i.loc)?.loc;
    if (fallback) {
        const l = register(out, fallback);
        items.forEach((i, n) => {
            if (i.loc)
                l.values.set(n, i.loc);
        });
    }
    return out;
}
/** Array items with their positions, for rebuilding arrays. */
function itemsWithLocs(arr) {
    return arr.map((value, i) => ({ value, loc: valueLoc(arr, i) }));
}
/** Sets `obj[key]`, safe for the key `__proto__`. */
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    else
        obj[key] = value;
}
function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Deep copy that keeps every position. */
function cloneWithLocs(value) {
    if (Array.isArray(value)) {
        const out = value.map((v) => cloneWithLocs(v));
        const l = locsOf(value);
        if (l)
            registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
        return out;
    }
    if (isMapping(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            setOwn(out, k, cloneWithLocs(v));
        const l = locsOf(value);
        if (l)
            registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
        return out;
    }
    return value;
}
/**
 * The best known position for the value at `path` under `root`: the deepest container on the way
 * that knows where the next step is written.
 */
function locAtPath(root, path, preferKey = false) {
    let cur = root;
    let best = selfLoc(root);
    for (let i = 0; i < path.length; i++) {
        const raw = path[i];
        if (!isContainer(cur))
            break;
        const k = Array.isArray(cur) && typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
        const last = i === path.length - 1;
        const l = last && preferKey ? keyLoc(cur, k) : valueLoc(cur, k);
        if (l)
            best = l;
        cur = cur[k];
    }
    return best;
}
/** `a.b.0.c` as compose prints paths. */
function dotted(path) {
    return path.map(String).join('.');
}

;// CONCATENATED MODULE: ./src/checks/compose/template-scan.ts
/**
 * Finds compose variable references the way compose-go's pattern does
 * (`\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?]([^\n]*))?)\}|()))`, case-insensitive),
 * in linear time. A backtracking regex engine runs `[^\n]*` to the end of the line and back for every
 * `${NAME:-` that has no closing brace after it, which made a long hostile line quadratic (a 36 KB
 * value took 4 s); here the last `}` of each line is looked up instead.
 */
const isStart = (c) => c === 0x5f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isPart = (c) => isStart(c) || (c >= 0x30 && c <= 0x39);
const isOp = (c) => c === 0x2d || c === 0x2b || c === 0x3f; // - + ?
/** Last `}` of each line, computed once per text when a `${NAME<op>` first needs it. */
class LineBraces {
    s;
    lastBrace;
    lineOf;
    constructor(s) {
        this.s = s;
    }
    /** Offset of the last `}` at or after `from` on the same line, or -1. */
    lastOnLine(from) {
        if (!this.lastBrace)
            this.index();
        if (from >= this.s.length)
            return -1;
        const last = this.lastBrace[this.lineOf[from]];
        return last >= from ? last : -1;
    }
    index() {
        const s = this.s;
        const lineOf = new Int32Array(s.length);
        const last = [];
        let line = 0;
        let brace = -1;
        for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            lineOf[i] = line;
            if (c === 0x7d)
                brace = i;
            else if (c === 0x0a) {
                last.push(brace);
                brace = -1;
                line++;
            }
        }
        last.push(brace);
        this.lineOf = lineOf;
        this.lastBrace = Int32Array.from(last);
    }
}
function matchAt(s, i, braces) {
    if (s.charCodeAt(i) !== 0x24)
        return undefined;
    const c = s.charCodeAt(i + 1);
    if (c === 0x24)
        return { end: i + 2, escaped: '$' };
    if (isStart(c)) {
        let j = i + 2;
        while (j < s.length && isPart(s.charCodeAt(j)))
            j++;
        return { end: j, named: s.slice(i + 1, j) };
    }
    if (c !== 0x7b)
        return undefined;
    const nameStart = i + 2;
    if (isStart(s.charCodeAt(nameStart))) {
        let j = nameStart + 1;
        while (j < s.length && isPart(s.charCodeAt(j)))
            j++;
        const d = s.charCodeAt(j);
        // A shorter name never helps: the character after it would be a name character, not `:`, an operator or `}`.
        const argFrom = d === 0x3a && isOp(s.charCodeAt(j + 1)) ? j + 2 : isOp(d) ? j + 1 : -1;
        if (argFrom >= 0) {
            const close = braces.lastOnLine(argFrom);
            if (close >= 0)
                return { end: close + 1, braced: s.slice(nameStart, close) };
        }
        else if (d === 0x7d) {
            return { end: j + 1, braced: s.slice(nameStart, j) };
        }
    }
    return { end: i + 2 };
}
/** The reference starting at offset 0 of `s`, if any (`s` starts with `$`). */
function referenceAt(s) {
    return matchAt(s, 0, new LineBraces(s));
}
/** Like `s.replace(pattern_g, fn)` with compose-go's pattern: every reference, left to right, replaced by `fn`'s result. */
function replaceReferences(s, fn) {
    let i = s.indexOf('$');
    if (i < 0)
        return s;
    const braces = new LineBraces(s);
    let out = '';
    let copied = 0;
    while (i >= 0 && i < s.length) {
        const m = matchAt(s, i, braces);
        if (!m) {
            i = s.indexOf('$', i + 1);
            continue;
        }
        out += s.slice(copied, i) + fn(s.slice(i, m.end));
        copied = m.end;
        i = s.indexOf('$', m.end);
    }
    return out + s.slice(copied);
}

;// CONCATENATED MODULE: ./src/checks/compose/template.ts
/**
 * Compose variable interpolation, ported from compose-go `template/template.go` (Apache-2.0):
 * `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`, `${VAR+r}`, `$$`.
 * Defaults, messages and replacements are interpolated recursively and only when used; the closing
 * brace is found by counting braces; the operator whose first occurrence comes first wins.
 */

class InvalidTemplateError extends Error {
    template;
    constructor(template) {
        super(`Invalid template: ${JSON.stringify(template)}`);
        this.template = template;
    }
}
/** References nested past MAX_NESTING levels (`${A:-${B:-...}}`, or chained `${A:-x}${B:-y}...` on one line). */
class NestingTooDeepError extends Error {
    constructor() {
        super(`variable references are nested more than ${MAX_NESTING} levels deep (defaults inside defaults, or \${VAR:-x} references chained on one line)`);
    }
}
/** A stack overflow while substituting nested references, as the typed error the callers report. */
function typed(e) {
    return e instanceof RangeError && /call stack/i.test(e.message) ? new NestingTooDeepError() : e;
}
class MissingRequiredError extends Error {
    variable;
    reason;
    constructor(variable, reason) {
        super(reason ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`);
        this.variable = variable;
        this.reason = reason;
    }
}
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'];
/** Substitutes variables in `template`; throws the first InvalidTemplateError, MissingRequiredError or NestingTooDeepError. */
function substitute(template, mapping, opts = {}) {
    if (nesting >= MAX_NESTING)
        throw new NestingTooDeepError();
    nesting++;
    try {
        return substituteOnce(template, mapping, opts);
    }
    finally {
        nesting--;
    }
}
/**
 * How deep defaults, messages and the references after them may nest. Each level rescans the rest of the
 * value, so the bound keeps a hostile value linear in practice; compose files written by people stay far below it.
 */
const MAX_NESTING = 256;
let nesting = 0;
function substituteOnce(template, mapping, opts) {
    let firstError;
    const result = replaceReferences(template, (substring) => {
        try {
            return replacement(substring, mapping, opts);
        }
        catch (e) {
            firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : typed(e);
            return '';
        }
    });
    if (firstError)
        throw firstError;
    return result;
}
/** Like `substitute`, but returns the partial result with the error instead of throwing. */
function substituteLenient(template, mapping, opts = {}) {
    let firstError;
    const value = replaceReferences(template, (substring) => {
        try {
            return replacement(substring, mapping, opts);
        }
        catch (e) {
            firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : typed(e);
            return '';
        }
    });
    return firstError ? { value, error: firstError } : { value };
}
function operatorFor(template) {
    let best = ':?';
    let bestIdx = -1;
    for (const op of OPERATORS) {
        const i = template.indexOf(op);
        if (i < 0)
            continue;
        if (bestIdx < 0 || i < bestIdx) {
            best = op;
            bestIdx = i;
        }
    }
    return best;
}
function firstClosingBrace(s) {
    let open = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '}') {
            open--;
            if (open === 0)
                return i;
        }
        if (s[i] === '{') {
            open++;
            i++;
        }
    }
    return -1;
}
function replacement(whole, mapping, opts) {
    const op = operatorFor(whole);
    let substring = whole;
    let rest = '';
    const close = firstClosingBrace(substring);
    if (close > -1) {
        rest = substring.slice(close + 1);
        substring = substring.slice(0, close + 1);
    }
    const m = referenceAt(substring);
    if (!m)
        throw new InvalidTemplateError('');
    const { escaped, named, braced } = m;
    if (escaped)
        return escaped;
    const isBraced = !named;
    const substitution = named || braced || '';
    if (substitution === '')
        throw new InvalidTemplateError('');
    if (isBraced) {
        const applied = applyOperator(op, substitution, mapping, opts);
        if (applied !== undefined)
            return applied + substitute(rest, mapping, opts);
    }
    const value = mapping(substitution);
    opts.hook?.({ name: substitution, op: '', arg: '', value });
    return value ?? '';
}
/** The value for `${NAME<op>arg}`, or undefined when `substitution` does not use `op`. */
function applyOperator(op, substitution, mapping, opts) {
    const i = substitution.indexOf(op);
    if (i < 0)
        return undefined;
    const name = substitution.slice(0, i);
    const arg = substitution.slice(i + op.length);
    const value = mapping(name);
    opts.hook?.({ name, op, arg, value });
    switch (op) {
        case ':-':
            return value === undefined || value === '' ? substitute(arg, mapping, opts) : value;
        case '-':
            return value === undefined ? substitute(arg, mapping, opts) : value;
        case ':+':
            return value !== undefined && value !== '' ? substitute(arg, mapping, opts) : (value ?? '');
        case '+':
            return value !== undefined ? substitute(arg, mapping, opts) : '';
        case ':?':
        case '?': {
            if (value === undefined || (op === ':?' && value === '')) {
                throw new MissingRequiredError(name, substitute(arg, mapping, opts));
            }
            return value;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/interpolate.ts


class CastError extends Error {
}
const INT_RE = /^[+-]?\d+$/;
function toInt(v) {
    if (!INT_RE.test(v))
        throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    const n = Number(v);
    if (!Number.isSafeInteger(n))
        throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: value out of range`);
    return n;
}
function toInt64(v) {
    if (!INT_RE.test(v))
        throw new CastError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
    return Number(v);
}
function toFloat(v) {
    const s = v.replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/i.test(s))
        return s.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(s))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) && !/^[+-]?0[xX][0-9a-fA-F]+$/.test(v)) {
        throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
    }
    return Number(v);
}
function toBoolean(v) {
    switch (v.toLowerCase()) {
        case 'true':
            return true;
        case 'false':
            return false;
        case 'y':
        case 'yes':
        case 'on':
        case 'n':
        case 'no':
        case 'off':
            throw new Yaml11Boolean(['y', 'yes', 'on'].includes(v.toLowerCase()));
        default:
            throw new CastError(`invalid boolean: ${v}`);
    }
}
class Yaml11Boolean extends Error {
    value;
    constructor(value) {
        super('yaml 1.1 boolean');
        this.value = value;
    }
}
const S = ['services', '*'];
/** compose-go `interpolateTypeCastMapping`. */
const CASTS = [
    [[...S, 'cpu_count'], toInt64],
    [[...S, 'cpu_percent'], toFloat],
    [[...S, 'cpu_period'], toInt64],
    [[...S, 'cpu_quota'], toInt64],
    [[...S, 'cpu_rt_period'], toInt64],
    [[...S, 'cpu_rt_runtime'], toInt64],
    [[...S, 'cpus'], toFloat],
    [[...S, 'cpu_shares'], toInt64],
    [[...S, 'init'], toBoolean],
    [[...S, 'depends_on', '*', 'required'], toBoolean],
    [[...S, 'depends_on', '*', 'restart'], toBoolean],
    [[...S, 'deploy', 'replicas'], toInt],
    [[...S, 'deploy', 'update_config', 'parallelism'], toInt],
    [[...S, 'deploy', 'update_config', 'max_failure_ratio'], toFloat],
    [[...S, 'deploy', 'rollback_config', 'parallelism'], toInt],
    [[...S, 'deploy', 'rollback_config', 'max_failure_ratio'], toFloat],
    [[...S, 'deploy', 'restart_policy', 'max_attempts'], toInt],
    [[...S, 'deploy', 'placement', 'max_replicas_per_node'], toInt],
    [[...S, 'healthcheck', 'retries'], toInt],
    [[...S, 'healthcheck', 'disable'], toBoolean],
    [[...S, 'oom_kill_disable'], toBoolean],
    [[...S, 'oom_score_adj'], toInt64],
    [[...S, 'pids_limit'], toInt64],
    [[...S, 'ports', '[]', 'target'], toInt],
    [[...S, 'privileged'], toBoolean],
    [[...S, 'read_only'], toBoolean],
    [[...S, 'scale'], toInt],
    [[...S, 'stdin_open'], toBoolean],
    [[...S, 'tty'], toBoolean],
    [[...S, 'ulimits', '*'], toInt],
    [[...S, 'ulimits', '*', 'hard'], toInt],
    [[...S, 'ulimits', '*', 'soft'], toInt],
    [[...S, 'volumes', '[]', 'read_only'], toBoolean],
    [[...S, 'volumes', '[]', 'volume', 'nocopy'], toBoolean],
    [['networks', '*', 'external'], toBoolean],
    [['networks', '*', 'internal'], toBoolean],
    [['networks', '*', 'attachable'], toBoolean],
    [['networks', '*', 'enable_ipv4'], toBoolean],
    [['networks', '*', 'enable_ipv6'], toBoolean],
    [['volumes', '*', 'external'], toBoolean],
    [['secrets', '*', 'external'], toBoolean],
    [['configs', '*', 'external'], toBoolean],
];
function matches(path, pattern) {
    if (path.length !== pattern.length)
        return false;
    for (let i = 0; i < path.length; i++)
        if (pattern[i] !== '*' && pattern[i] !== path[i])
            return false;
    return true;
}
const CASTS_BY_LAST = new Map();
for (const c of CASTS) {
    const last = c[0][c[0].length - 1];
    CASTS_BY_LAST.set(last, [...(CASTS_BY_LAST.get(last) ?? []), c]);
}
/** Looked up for every string of the model: plain loops, which cost nothing to run before V8 optimises them. */
function casterFor(path) {
    return firstCast(CASTS_BY_LAST.get(path[path.length - 1]), path) ?? firstCast(CASTS_BY_LAST.get('*'), path);
}
function firstCast(bucket, path) {
    if (bucket)
        for (let i = 0; i < bucket.length; i++)
            if (matches(path, bucket[i][0]))
                return bucket[i][1];
    return undefined;
}
/** Interpolates every string value of `cfg` in place and applies compose's type casts. */
function interpolateModel(cfg, ctx) {
    walk(cfg, [], [], ctx);
}
function walk(container, p, r, ctx) {
    const keys = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = container[k];
        if (typeof v !== 'string' && !isContainer(v))
            continue;
        p.push(typeof k === 'number' ? '[]' : k);
        r.push(k);
        if (typeof v === 'string') {
            const out = interpolateString(v, container, k, r, ctx);
            if (out !== v)
                container[k] = out;
            const cast = casterFor(p);
            if (cast)
                applyCast(cast, out, container, k, r, ctx);
        }
        else {
            walk(v, p, r, ctx);
        }
        p.pop();
        r.pop();
    }
}
function applyCast(cast, value, container, k, real, ctx) {
    const loc = valueLoc(container, k);
    try {
        container[k] = cast(value);
    }
    catch (e) {
        if (e instanceof Yaml11Boolean) {
            container[k] = e.value;
            if (loc) {
                ctx.problems.add('compose/yaml11-boolean', loc, `${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`${e.value}\``);
            }
            return;
        }
        if (loc)
            ctx.problems.add('compose/invalid-value', loc, `${real.join('.')}: failed to cast to expected type: ${e.message}`);
    }
}
function interpolateString(v, container, k, real, ctx) {
    if (!v.includes('$'))
        return v;
    const loc = valueLoc(container, k);
    const dotted = real.join('.');
    const hookUses = [];
    const { value, error } = substituteLenient(v, (name) => ctx.env.get(name)?.value, { hook: (u) => hookUses.push(u) });
    if (!loc)
        return value;
    const seen = new Set();
    for (const u of hookUses) {
        const key = `${u.name}\0${u.op}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const where = variableLoc(loc, u.name, ctx.sources);
        const src = ctx.env.get(u.name);
        ctx.uses.push({
            name: u.name,
            file: loc.file,
            line: where.line,
            column: where.column,
            path: dotted,
            required: u.op === '?' || u.op === ':?',
            ...(u.op === '-' || u.op === ':-' ? { default: u.arg } : {}),
            operator: u.op,
            set: src !== undefined,
            source: src?.source ?? 'unset',
            ...(src?.file ? { sourceFile: src.file, sourceLine: src.line } : {}),
        });
        if (u.op === '' && u.value === undefined) {
            ctx.problems.add('compose/unset-variable', where, `The "${u.name}" variable is not set. Defaulting to a blank string.`);
        }
    }
    if (error) {
        ctx.problems.poison(loc);
        if (error instanceof MissingRequiredError) {
            ctx.problems.add('compose/required-variable', variableLoc(loc, error.variable, ctx.sources), `${error.message} (in ${dotted})`);
        }
        else if (error instanceof InvalidTemplateError) {
            ctx.problems.add('compose/invalid-interpolation', loc, `invalid interpolation format for ${dotted}: ${JSON.stringify(error.template)}; you may need to escape any $ with another $`);
        }
        else {
            ctx.problems.add('compose/invalid-interpolation', loc, `error while interpolating ${dotted}: ${error.message}`);
        }
    }
    return value;
}
/** Position of the first `$NAME` / `${NAME` inside the scalar's text, or the scalar's own position. */
function variableLoc(loc, name, sources) {
    if (loc.offset === undefined || loc.endOffset === undefined)
        return loc;
    const text = sources.text(loc.file);
    if (!text)
        return loc;
    const slice = text.slice(loc.offset, loc.endOffset);
    const at = interpolate_referenceAt(slice, name);
    if (at < 0)
        return loc;
    const p = sources.pos(loc.file, loc.offset + at);
    return { file: loc.file, line: p.line, column: p.column };
}
const isNameChar = (c) => c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Index of the first `$name` or `${name` in `s` that the name does not continue past (/\$\{?name(?![_a-zA-Z0-9])/),
 * or -1: a search, not a regular expression built and compiled for every variable of every file.
 */
function interpolate_referenceAt(s, name) {
    const ends = (at) => s.startsWith(name, at) && (at + name.length >= s.length || !isNameChar(s.charCodeAt(at + name.length)));
    for (let i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) {
        if ((s.charCodeAt(i + 1) === 123 && ends(i + 2)) || ends(i + 1))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/checks/compose/merge.ts
/**
 * Merging compose models, ported from compose-go `override/merge.go` (Apache-2.0). Mappings merge
 * recursively, sequences append, scalars are replaced, and a table of paths has its own rules.
 * Positions follow the values: whatever the later file supplied points at the later file.
 */


class MergeError extends Error {
    loc;
    rule;
    constructor(message, loc, 
    /** The rule to report it under, when it is not a merge conflict. */
    rule) {
        super(message);
        this.loc = loc;
        this.rule = rule;
    }
}
const SPECIALS = [];
const special = (p, m) => {
    SPECIALS.push([p.split('.'), m]);
};
/** Merges `override` over `base` (both mutated/consumed), like compose-go `override.MergeYaml`. */
function mergeYaml(e, o, path, eLoc, oLoc) {
    for (const [pattern, m] of SPECIALS)
        if (matches(path, pattern))
            return m(e, o, path, eLoc ?? selfLoc(e), oLoc ?? selfLoc(o));
    if (o === null || o === undefined)
        return e;
    if (isMapping(e)) {
        if (!isMapping(o))
            throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
        return mergeMappings(e, o, path);
    }
    if (Array.isArray(e)) {
        if (!Array.isArray(o))
            throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
        return arrayWithLocs([...itemsWithLocs(e), ...itemsWithLocs(o)], selfLoc(o) ?? selfLoc(e));
    }
    return o;
}
/** Top-level merge of two whole models. */
function mergeModels(base, override) {
    return mergeYaml(base, override, []);
}
function mergeMappings(mapping, other, path) {
    for (const [k, v] of Object.entries(other)) {
        if (!hasOwn(mapping, k)) {
            setOwn(mapping, k, v);
            copyEntryLoc(mapping, k, other, k);
            continue;
        }
        const before = mapping[k];
        const oLoc = valueLoc(other, k);
        const merged = mergeYaml(before, v, [...path, k], valueLoc(mapping, k), oLoc);
        setOwn(mapping, k, merged);
        if (merged === v) {
            copyEntryLoc(mapping, k, other, k);
        }
        else if (merged !== before && typeof merged === 'object' && merged !== null) {
            const self = selfLoc(merged) ?? oLoc;
            if (self)
                ensureLocs(mapping, self).values.set(k, self);
        }
    }
    return mapping;
}
function mergeLogging(c, o, path) {
    if (!isMapping(c) || !isMapping(o))
        return o ?? c;
    const d = o['driver'];
    const od = c['driver'];
    if (d === od || !hasOwn(o, 'driver') || !hasOwn(c, 'driver'))
        return mergeMappings(c, o, path);
    return o;
}
function toBuild(v, at) {
    if (typeof v === 'string') {
        const b = { context: v };
        if (at)
            register(b, at).values.set('context', at);
        return b;
    }
    return isMapping(v) ? v : undefined;
}
function mergeBuild(c, o, path, eLoc, oLoc) {
    const base = toBuild(c, eLoc);
    const over = toBuild(o, oLoc);
    if (!base)
        return over ?? o;
    if (!over)
        return base;
    return mergeMappings(base, over, path);
}
/** A list of names becomes a mapping of each name to a copy of `def` (or null). */
function convertIntoMapping(a, def) {
    if (isMapping(a))
        return a;
    if (Array.isArray(a)) {
        const out = {};
        const l = register(out, selfLoc(a) ?? { file: '', line: 1, column: 1 });
        a.forEach((s, i) => {
            const key = String(s);
            const value = def === null ? null : { ...def };
            setOwn(out, key, value);
            const at = valueLoc(a, i);
            if (at) {
                l.keys.set(key, at);
                l.values.set(key, at);
                if (value)
                    register(value, at);
            }
        });
        return out;
    }
    return undefined;
}
const DEPENDS_DEFAULT = { condition: 'service_started', required: true };
function mergeAsMapping(def) {
    return (c, o, path) => {
        const right = convertIntoMapping(c, def);
        const left = convertIntoMapping(o, def);
        if (!right)
            return left ?? o;
        if (!left)
            return right;
        return mergeMappings(right, left, path);
    };
}
/** Go's `%v` for the scalars a compose file can hold. */
function goString(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'number') {
        if (Number.isInteger(v) && Math.abs(v) < 1e21)
            return String(v);
        const s = String(v);
        return s.replace(/e\+?(-?)(\d)$/, 'e$1+0$2').replace(/e\+?(-?)(\d\d+)$/, (_m, sign, d) => `e${sign || '+'}${d}`);
    }
    if (Array.isArray(v))
        return `[${v.map(goString).join(' ')}]`;
    if (isMapping(v)) {
        return `map[${Object.keys(v)
            .sort()
            .map((k) => `${k}:${goString(v[k])}`)
            .join(' ')}]`;
    }
    return String(v);
}
/** A `K=V` list from a mapping (sorted, nil \u2192 `K`), a list (as is) or a string (one item). */
function convertIntoSequence(value, at) {
    if (isMapping(value)) {
        const seq = [];
        for (const [k, val] of Object.entries(value)) {
            const loc = valueLoc(value, k);
            if (val === null || val === undefined)
                seq.push({ value: k, loc });
            else if (Array.isArray(val))
                for (const x of val)
                    seq.push({ value: `${k}=${goString(x)}`, loc });
            else
                seq.push({ value: `${k}=${goString(val)}`, loc });
        }
        seq.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
        return seq;
    }
    if (Array.isArray(value))
        return itemsWithLocs(value);
    if (typeof value === 'string')
        return [{ value, loc: at }];
    return [];
}
function mergeToSequence(c, o, _p, eLoc, oLoc) {
    const right = convertIntoSequence(c, eLoc);
    const left = convertIntoSequence(o, oLoc);
    return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}
function mergeExtraHosts(c, o, _p, eLoc, oLoc) {
    const right = convertIntoSequence(c, eLoc);
    const left = convertIntoSequence(o, oLoc).filter((l) => !right.some((r) => r.value === l.value));
    return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}
function mergeUlimit(_c, o) {
    return o;
}
function override(_c, o) {
    return o;
}
function mergeIPAMConfig(c, o, path) {
    if (!Array.isArray(c) || !Array.isArray(o))
        throw new MergeError(`${path.join('.')}: unexpected type`, selfLoc(o) ?? selfLoc(c));
    const out = [];
    const subnet = (a) => (isMapping(a) ? a['subnet'] : undefined);
    for (const original of c) {
        const right = convertIntoMapping(original, null) ?? {};
        for (const ov of o) {
            const left = convertIntoMapping(ov, null) ?? {};
            if (subnet(left) !== subnet(right)) {
                if (!out.some((a) => subnet(a) === subnet(left))) {
                    out.push(left);
                    continue;
                }
            }
            const merged = mergeMappings(right, left, path);
            const idx = out.findIndex((a) => subnet(a) === subnet(merged));
            if (idx >= 0)
                out[idx] = merged;
            else
                out.push(merged);
        }
    }
    return arrayWithLocs(out.map((v) => ({ value: v, loc: selfLoc(v) })), selfLoc(o) ?? selfLoc(c));
}
special('networks.*.ipam.config', mergeIPAMConfig);
special('networks.*.labels', mergeToSequence);
special('volumes.*.labels', mergeToSequence);
special('services.*.annotations', mergeToSequence);
special('services.*.build', mergeBuild);
special('services.*.build.args', mergeToSequence);
special('services.*.build.additional_contexts', mergeToSequence);
special('services.*.build.extra_hosts', mergeExtraHosts);
special('services.*.build.labels', mergeToSequence);
special('services.*.command', override);
special('services.*.depends_on', mergeAsMapping(DEPENDS_DEFAULT));
special('services.*.deploy.labels', mergeToSequence);
special('services.*.dns', mergeToSequence);
special('services.*.dns_opt', mergeToSequence);
special('services.*.dns_search', mergeToSequence);
special('services.*.entrypoint', override);
special('services.*.env_file', mergeToSequence);
special('services.*.label_file', mergeToSequence);
special('services.*.environment', mergeToSequence);
special('services.*.extra_hosts', mergeExtraHosts);
special('services.*.healthcheck.test', override);
special('services.*.labels', mergeToSequence);
special('services.*.volumes.*.volume.labels', mergeToSequence);
special('services.*.logging', mergeLogging);
special('services.*.models', mergeAsMapping(null));
special('services.*.networks', mergeAsMapping(null));
special('services.*.sysctls', mergeToSequence);
special('services.*.tmpfs', mergeToSequence);
special('services.*.ulimits.*', mergeUlimit);
/** compose-go `applyNullOverrides`: removes every mapping key at a `!reset`/`!override` path. */
function applyResets(target, resets, path = []) {
    if (!resets.length || !isMapping(target))
        return;
    for (const k of Object.keys(target)) {
        const next = [...path, k];
        if (resets.some((r) => matches(next, r))) {
            delete target[k];
            locsOf(target)?.keys.delete(k);
            locsOf(target)?.values.delete(k);
            continue;
        }
        applyResets(target[k], resets, next);
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/values.ts
/**
 * Parsers for the typed values compose-go decodes into its model: byte sizes (docker/go-units
 * `RAMInBytes`), shell words (mattn/go-shellwords, as compose-go calls it), extra hosts.
 */

class ValueError extends Error {
}
const SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const BINARY = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** A compose byte size (`512m`, `1.5g`, `1024`, or a number) in bytes. */
function parseBytes(v) {
    if (typeof v === 'number')
        return Math.trunc(v);
    if (typeof v !== 'string')
        throw new ValueError(`invalid size: '${goString(v)}'`);
    if (/^[+-]?\d+$/.test(v))
        return Number(v);
    const m = SIZE.exec(v);
    if (!m)
        throw new ValueError(`invalid size: '${v}'`);
    let size = Number(m[1].split('.').slice(0, 2).join('.'));
    const unit = (m[3] ?? '').toLowerCase();
    if (unit)
        size *= BINARY[unit];
    return Math.trunc(size);
}
/** go-shellwords `Parse` with its defaults (no env or backtick expansion): stops at `;`, `&`, `|`, `<`, `>`. */
function shellWords(line) {
    const args = [];
    let buf = '';
    let escaped = false;
    let single = false;
    let double = false;
    let backQuote = false;
    let dollarQuote = false;
    let got = 'no';
    const chars = [...line];
    loop: for (let i = 0; i < chars.length; i++) {
        const r = chars[i];
        if (escaped) {
            buf += r;
            escaped = false;
            got = 'quoted';
            continue;
        }
        if (r === '\\') {
            if (single)
                buf += r;
            else
                escaped = true;
            continue;
        }
        if (/\s/.test(r)) {
            if (single || double || backQuote || dollarQuote)
                buf += r;
            else if (got !== 'no') {
                args.push(buf);
                buf = '';
                got = 'no';
            }
            continue;
        }
        switch (r) {
            case '`':
                if (!single && !double && !dollarQuote)
                    backQuote = !backQuote;
                break;
            case ')':
                if (!single && !double && !backQuote)
                    dollarQuote = false;
                break;
            case '(':
                if (!single && !double && !backQuote) {
                    if (!dollarQuote && buf.endsWith('$')) {
                        dollarQuote = true;
                        buf += '(';
                        continue;
                    }
                    throw new ValueError('invalid command line string');
                }
                break;
            case '"':
                if (!single && !dollarQuote) {
                    if (double)
                        got = 'quoted';
                    double = !double;
                    continue;
                }
                break;
            case "'":
                if (!double && !dollarQuote) {
                    if (single)
                        got = 'quoted';
                    single = !single;
                    continue;
                }
                break;
            case ';':
            case '&':
            case '|':
            case '<':
            case '>':
                if (!(single || double || backQuote || dollarQuote)) {
                    if (r === '>' && buf.length > 0 && buf[0] >= '0' && buf[0] <= '9')
                        got = 'no';
                    break loop;
                }
                break;
        }
        got = 'single';
        buf += r;
    }
    if (got !== 'no')
        args.push(buf);
    if (escaped || single || double || backQuote || dollarQuote)
        throw new ValueError('invalid command line string');
    return args;
}
/** compose-go `HostsList`: `host=ip`, `host:ip` or a mapping; returned sorted as `host=ip`. */
function parseExtraHosts(v) {
    const list = new Map();
    const add = (host, ips) => {
        if (host === '' || /[:=]/.test(host))
            throw new ValueError(`bad host name '${host}'`);
        const clean = ips.map((ip) => (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip));
        list.set(host, [...(list.get(host) ?? []), ...clean]);
    };
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            let done = false;
            for (const sep of ['=', ':']) {
                const i = s.indexOf(sep);
                if (i >= 0) {
                    add(s.slice(0, i), s.slice(i + 1).split(','));
                    done = true;
                    break;
                }
            }
            if (!done)
                throw new ValueError(`invalid additional host, missing IP: ${s}`);
        }
    }
    else if (v !== null && typeof v === 'object') {
        for (const [host, e] of Object.entries(v)) {
            if (e === null || e === undefined)
                add(host, ['']);
            else if (typeof e === 'string')
                add(host, [e]);
            else if (Array.isArray(e))
                add(host, e.map(goString));
            else
                throw new ValueError('unexpected value type for extra_hosts entry');
        }
    }
    else {
        throw new ValueError('unexpected value type for extra_hosts');
    }
    const out = [];
    for (const [h, ips] of list)
        for (const ip of ips)
            out.push(`${h}=${ip}`);
    return out.sort();
}

;// CONCATENATED MODULE: ./src/checks/compose/consistency.ts
/**
 * The consistency checks `docker compose config` makes on enabled services, ported from compose-go
 * `loader/validate.go` and `graph/cycle.go` (Apache-2.0). compose stops at the first problem; every
 * problem is reported here, each at the text that names it.
 */


const entries = (v) => (isMapping(v) ? Object.entries(v) : []);
function checkConsistency(model, sets, problems) {
    const top = (k) => (isMapping(model[k]) ? model[k] : {});
    const networks = top('networks');
    const volumes = top('volumes');
    const secrets = top('secrets');
    const configs = top('configs');
    const models = top('models');
    const services = sets.all;
    const add = (rule, at, message) => {
        if (at)
            problems.add(rule, at, message);
    };
    for (const name of Object.keys(services)) {
        if (!sets.enabled.has(name))
            continue;
        const s = services[name];
        if (!isMapping(s))
            continue;
        const svcAt = keyLoc(services, name);
        const build = isMapping(s['build']) ? s['build'] : undefined;
        // an image that failed interpolation or the schema is already reported
        const imageReported = 'image' in s && (typeof s['image'] !== 'string' || problems.isPoisoned(valueLoc(s, 'image')));
        if (!build && (typeof s['image'] !== 'string' || s['image'] === '') && !('provider' in s) && !imageReported) {
            add('compose/missing-image', svcAt, `service "${name}" has neither an image nor a build context specified`);
        }
        if (build) {
            if (nonEmpty(build['dockerfile_inline']) && nonEmpty(build['dockerfile'])) {
                add('compose/conflicting-attributes', valueLoc(build, 'dockerfile_inline'), `service "${name}" declares mutually exclusive dockerfile and dockerfile_inline`);
            }
            for (const [ctxName, c] of entries(build['additional_contexts'])) {
                if (typeof c !== 'string' || !c.startsWith('service:'))
                    continue;
                const target = c.slice('service:'.length);
                const at = valueLoc(build['additional_contexts'], ctxName);
                if (!hasOwn(services, target)) {
                    add('compose/undefined-service', at, `service "${name}" declares unknown service "${target}" as additional contexts ${ctxName}`);
                }
                else if (!isMapping(services[target]) || !isMapping(services[target]['build'])) {
                    add('compose/undefined-service', at, `service "${name}" declares non-buildable service "${target}" as additional contexts ${ctxName}`);
                }
            }
            const platforms = build['platforms'];
            if (Array.isArray(platforms) && platforms.length > 0 && typeof s['platform'] === 'string' && s['platform'] !== '') {
                if (!platforms.includes(s['platform'])) {
                    add('compose/conflicting-attributes', valueLoc(s, 'platform'), `service.build.platforms MUST include service.platform "${s['platform']}"`);
                }
            }
            if (Array.isArray(build['secrets'])) {
                build['secrets'].forEach((sec, i) => {
                    const src = isMapping(sec) ? sec['source'] : sec;
                    if (typeof src === 'string' && !hasOwn(secrets, src)) {
                        add('compose/undefined-secret', valueLoc(build['secrets'], i), `service "${name}" refers to undefined build secret ${src}`);
                    }
                });
            }
        }
        const svcNetworks = isMapping(s['networks']) ? s['networks'] : undefined;
        if (typeof s['network_mode'] === 'string' && s['network_mode'] !== '' && svcNetworks && Object.keys(svcNetworks).length > 0) {
            add('compose/conflicting-attributes', valueLoc(s, 'network_mode'), `service ${name} declares mutually exclusive \`network_mode\` and \`networks\``);
        }
        for (const [net] of entries(svcNetworks)) {
            if (!hasOwn(networks, net))
                add('compose/undefined-network', keyLoc(svcNetworks, net), `service "${name}" refers to undefined network ${net}`);
        }
        const hc = s['healthcheck'];
        if (isMapping(hc) && Array.isArray(hc['test']) && hc['test'].length > 0) {
            const first = hc['test'][0];
            if (first !== 'CMD' && first !== 'CMD-SHELL' && first !== 'NONE') {
                add('compose/invalid-healthcheck', valueLoc(hc['test'], 0) ?? valueLoc(hc, 'test'), `services.${name}.healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"`);
            }
        }
        for (const [dep, cfg] of entries(s['depends_on'])) {
            if (sets.enabled.has(dep))
                continue;
            const required = !isMapping(cfg) || cfg['required'] !== false;
            const at = keyLoc(s['depends_on'], dep);
            const profiles = sets.disabled.get(dep);
            if (profiles) {
                if (!required)
                    continue;
                add('compose/undefined-service', at, `service "${name}" depends on service "${dep}", which is disabled: none of its profiles (${profiles.join(', ')}) is active`);
            }
            else {
                add('compose/undefined-service', at, `service "${name}" depends on undefined service "${dep}"`);
            }
        }
        if (typeof s['network_mode'] === 'string' && s['network_mode'].startsWith('service:')) {
            const ref = s['network_mode'].slice('service:'.length);
            if (!sets.enabled.has(ref) && !(isMapping(s['depends_on']) && ref in s['depends_on'])) {
                add('compose/undefined-service', valueLoc(s, 'network_mode'), `service "${ref}" not found for network_mode 'service:${ref}'`);
            }
        }
        if (Array.isArray(s['volumes'])) {
            s['volumes'].forEach((v, i) => {
                if (!isMapping(v) || v['type'] !== 'volume' || typeof v['source'] !== 'string' || v['source'] === '')
                    return;
                if (!hasOwn(volumes, v['source']))
                    add('compose/undefined-volume', valueLoc(s['volumes'], i), `service "${name}" refers to undefined volume ${v['source']}`);
            });
        }
        const refs = (kind, defined, rule, what) => {
            const list = s[kind];
            if (!Array.isArray(list))
                return;
            list.forEach((r, i) => {
                const src = isMapping(r) ? r['source'] : r;
                if (typeof src === 'string' && !hasOwn(defined, src))
                    add(rule, valueLoc(list, i), `service "${name}" refers to undefined ${what} ${src}`);
            });
        };
        refs('configs', configs, 'compose/undefined-config', 'config');
        refs('secrets', secrets, 'compose/undefined-secret', 'secret');
        for (const [m] of entries(s['models'])) {
            if (!hasOwn(models, m))
                add('compose/undefined-model', keyLoc(s['models'], m), `service "${name}" refers to undefined model ${m}`);
        }
        const deploy = isMapping(s['deploy']) ? s['deploy'] : undefined;
        const scale = typeof s['scale'] === 'number' ? s['scale'] : undefined;
        const replicas = deploy && typeof deploy['replicas'] === 'number' ? deploy['replicas'] : undefined;
        if (scale !== undefined && replicas !== undefined && scale !== replicas) {
            add('compose/conflicting-attributes', valueLoc(s, 'scale'), `services.${name}: can't set distinct values on 'scale' and 'deploy.replicas'`);
        }
        if (scale !== undefined && scale < 0)
            add('compose/invalid-value', valueLoc(s, 'scale'), `services.${name}.scale: must be greater than or equal to 0`);
        if (replicas !== undefined && replicas < 0) {
            add('compose/invalid-value', valueLoc(deploy, 'replicas'), `services.${name}.deploy.replicas: must be greater than or equal to 0`);
        }
        const limits = deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['limits']) ? deploy['resources']['limits'] : undefined;
        const reservations = deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations']) ? deploy['resources']['reservations'] : undefined;
        const differs = (a, b, parse) => {
            try {
                return parse(a) !== parse(b);
            }
            catch {
                return false;
            }
        };
        const cpus = (x) => Math.fround(Number(x ?? 0));
        if (s['cpus'] !== undefined && Number(s['cpus']) !== 0 && limits && differs(s['cpus'], limits['cpus'], cpus)) {
            add('compose/conflicting-attributes', valueLoc(s, 'cpus'), `services.${name}: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`);
        }
        const bytesOr0 = (x) => (x === undefined || x === null ? 0 : parseBytes(x));
        if (s['mem_limit'] !== undefined && limits && differs(s['mem_limit'], limits['memory'], bytesOr0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'mem_limit'), `services.${name}: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`);
        }
        if (s['mem_reservation'] !== undefined && reservations && differs(s['mem_reservation'], reservations['memory'], bytesOr0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'mem_reservation'), `services.${name}: can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'`);
        }
        if (typeof s['pids_limit'] === 'number' && s['pids_limit'] !== 0 && limits && s['pids_limit'] !== (limits['pids'] ?? 0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'pids_limit'), `services.${name}: can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'`);
        }
        const effectiveScale = scale ?? replicas ?? 1;
        if (effectiveScale > 1 && typeof s['container_name'] === 'string' && s['container_name'] !== '') {
            const attr = scale !== undefined ? 'scale' : 'deploy.replicas';
            add('compose/conflicting-attributes', valueLoc(s, 'container_name'), `services.${name}: can't set container_name and ${attr} as container name must be unique`);
        }
        const develop = isMapping(s['develop']) ? s['develop'] : undefined;
        if (develop && Array.isArray(develop['watch'])) {
            for (const w of develop['watch']) {
                if (!isMapping(w))
                    continue;
                if ((w['target'] ?? '') === '' && typeof w['action'] === 'string' && w['action'] !== 'rebuild' && w['action'] !== 'restart') {
                    add('compose/missing-attribute', selfLoc(w), `services.${name}.develop.watch: target is required for non-rebuild actions`);
                }
            }
        }
        const mounts = new Map();
        const tmpfs = typeof s['tmpfs'] === 'string' ? [s['tmpfs']] : s['tmpfs'];
        if (Array.isArray(tmpfs)) {
            tmpfs.forEach((t, i) => {
                if (typeof t !== 'string')
                    return;
                const p = t.split(':')[0];
                const loc = `services.${name}.tmpfs[${i}]`;
                const prev = mounts.get(p);
                if (prev)
                    add('compose/duplicate-mount', valueLoc(s['tmpfs'], i) ?? valueLoc(s, 'tmpfs'), `${loc}: target ${p} already mounted as ${prev}`);
                else
                    mounts.set(p, loc);
            });
        }
        if (Array.isArray(s['volumes'])) {
            s['volumes'].forEach((v, i) => {
                if (!isMapping(v) || typeof v['target'] !== 'string')
                    return;
                const loc = `services.${name}.volumes[${i}]`;
                const prev = mounts.get(v['target']);
                if (prev)
                    add('compose/duplicate-mount', valueLoc(s['volumes'], i), `${loc}: target ${v['target']} already mounted as ${prev}`);
                else
                    mounts.set(v['target'], loc);
            });
        }
    }
    for (const [name, sec] of entries(secrets)) {
        if (!isMapping(sec) || sec['external'] === true)
            continue;
        // without a driver, validation.ts has already said "one of file|environment must be set"
        if (!nonEmpty(sec['file']) && !nonEmpty(sec['environment']) && 'driver' in sec) {
            add('compose/missing-attribute', keyLoc(secrets, name), `secret "${name}" must declare either \`file\` or \`environment\``);
        }
    }
    checkCycles(sets, problems);
}
function nonEmpty(v) {
    return typeof v === 'string' && v !== '';
}
/** compose-go `graph.CheckCycle`, reporting every distinct cycle at the edge that closes it. */
function checkCycles(sets, problems) {
    const names = [...sets.enabled].sort();
    const deps = (n) => {
        const s = sets.all[n];
        if (!isMapping(s) || !isMapping(s['depends_on']))
            return [];
        return Object.keys(s['depends_on'])
            .filter((d) => sets.enabled.has(d))
            .sort();
    };
    const state = new Map();
    const reported = new Set();
    const visit = (pathNames) => {
        const cur = pathNames[pathNames.length - 1];
        state.set(cur, 'active');
        for (const child of deps(cur)) {
            const st = state.get(child);
            if (st === 'active') {
                const i = pathNames.indexOf(child);
                const cycle = [...pathNames.slice(i), child];
                const ring = cycle.slice(0, -1);
                const min = ring.indexOf([...ring].sort()[0]);
                const key = [...ring.slice(min), ...ring.slice(0, min)].join('\0');
                if (!reported.has(key)) {
                    reported.add(key);
                    const s = sets.all[cur];
                    const at = keyLoc(s['depends_on'], child) ?? keyLoc(sets.all, cur);
                    if (at)
                        problems.add('compose/dependency-cycle', at, `dependency cycle detected: ${cycle.join(' -> ')}`);
                }
                continue;
            }
            if (st === 'done')
                continue;
            pathNames.push(child);
            visit(pathNames);
            pathNames.pop();
        }
        state.set(cur, 'done');
    };
    for (const n of names)
        if (!state.has(n))
            visit([n]);
}

;// CONCATENATED MODULE: ./src/checks/compose/dotenv.ts
/**
 * `.env` parsing as compose does it, ported from compose-go `dotenv/parser.go` (Apache-2.0):
 * `KEY=VAL`, `KEY: VAL`, `export KEY=VAL`, single quotes (literal), double quotes (escapes, then
 * interpolation), unquoted values (inline ` #` comments stripped, then interpolation), a bare `KEY`
 * line inheriting from the lookup, comments, a leading BOM.
 */

class DotenvError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const EXPORT = /^export\s+/;
const ESCAPES = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const isSpace = (c) => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c) => /\s/u.test(c) || c === '\u0085';
const isLetterOrNumber = (c) => /[\p{L}\p{N}]/u.test(c);
/**
 * Parses dotenv text. `lookup` resolves variables used in values and bare keys (compose passes the
 * process environment); variables defined earlier in the same text are visible too.
 */
function parseDotenv(src, lookup = () => undefined) {
    if (src.startsWith('\uFEFF'))
        src = src.slice(1);
    const out = new Map();
    const values = (k) => lookup(k) ?? out.get(k)?.value;
    let line = 1;
    let pos = 0;
    const n = src.length;
    const skipToStatement = () => {
        for (;;) {
            while (pos < n && isUnicodeSpace(src[pos])) {
                if (src[pos] === '\n')
                    line++;
                pos++;
            }
            if (pos >= n)
                return false;
            if (src[pos] !== '#')
                return true;
            const nl = src.indexOf('\n', pos);
            if (nl < 0) {
                pos = n;
                return false;
            }
            pos = nl;
        }
    };
    while (skipToStatement()) {
        let rest = src.slice(pos);
        const keyLine = line;
        if (EXPORT.test(rest)) {
            // compose trims "export" then any spaces (not newlines)
            let k = 'export'.length;
            while (k < rest.length && isSpace(rest[k]))
                k++;
            pos += k;
            rest = src.slice(pos);
        }
        let key = '';
        let offset = -1;
        let inherited = false;
        for (let i = 0; i < rest.length; i++) {
            const c = rest[i];
            if (isSpace(c))
                continue;
            if (c === '=' || c === ':' || c === '\n') {
                key = rest.slice(0, i);
                offset = i + 1;
                inherited = c === '\n';
                break;
            }
            if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']')
                continue;
            if (isLetterOrNumber(c))
                continue;
            throw new DotenvError(`line ${line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(rest.split('\n')[0])}`, line);
        }
        if (offset < 0) {
            // a key at the end of the text with no `=`: compose treats the rest as the key name
            key = rest;
            offset = rest.length;
            inherited = true;
        }
        if (inherited && !key.includes(' '))
            line++;
        key = key.replace(/\s+$/u, '');
        pos += offset;
        while (pos < n && isSpace(src[pos]))
            pos++;
        if (key.includes(' '))
            throw new DotenvError(`line ${line}: key cannot contain a space`, line);
        if (inherited) {
            const v = lookup(key);
            if (v !== undefined)
                out.set(key, { key, value: v, line: keyLine });
            continue;
        }
        const q = src[pos];
        if (q !== '"' && q !== "'") {
            const nl = src.indexOf('\n', pos);
            let value = nl < 0 ? src.slice(pos) : src.slice(pos, nl);
            pos = nl < 0 ? n : nl + 1;
            line++;
            const hash = value.indexOf(' #');
            if (hash >= 0)
                value = value.slice(0, hash);
            value = value.replace(/\s+$/u, '');
            out.set(key, { key, value: expand(value, values, line - 1), line: keyLine });
            continue;
        }
        let escaped = false;
        let chars = '';
        let closed = false;
        for (let i = pos + 1; i < n; i++) {
            const c = src[i];
            if (c === '\n')
                line++;
            if (c !== q) {
                if (!escaped && c === '\\') {
                    escaped = true;
                    continue;
                }
                if (escaped) {
                    escaped = false;
                    chars += '\\';
                }
                chars += c;
                continue;
            }
            if (escaped) {
                escaped = false;
                chars += c;
                continue;
            }
            let value = chars;
            if (q === '"')
                value = expand(expandEscapes(value), values, line);
            out.set(key, { key, value, line: keyLine });
            pos = i + 1;
            closed = true;
            break;
        }
        if (!closed) {
            const nl = src.indexOf('\n', pos);
            // compose counts to the end of the text; the line where the quote opens is the one to fix
            throw new DotenvError(`line ${keyLine}: unterminated quoted value ${nl < 0 ? src.slice(pos) : src.slice(pos, nl)}`, keyLine);
        }
    }
    return [...out.values()];
}
function expand(value, lookup, line) {
    try {
        return substitute(value, lookup);
    }
    catch (e) {
        throw new DotenvError(`line ${line}: ${e.message}`, line);
    }
}
function expandEscapes(s) {
    return s.replace(ESCAPES, (m) => {
        if (m === '\\$')
            return '$$';
        switch (m[1]) {
            case 'a':
                return '\x07';
            case 'b':
                return '\b';
            case 'c':
                return m; // Go's UnquoteChar rejects \c: kept as written
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return '\v';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '0': {
                // `\0123` is the octal escape `\123`; Go needs exactly three octal digits
                const digits = m.slice(2);
                if (digits.length === 3 && /^[0-7]{3}$/.test(digits)) {
                    const v = parseInt(digits, 8);
                    return v <= 255 ? String.fromCharCode(v) : m;
                }
                return m;
            }
            default:
                return m;
        }
    });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/checks/compose/read-file.ts


/**
 * True after reporting that `file` must not be read: outside the workspace (a finding at `at`, where
 * the reference is written) or a special file. Checked before any existence test, so a missing file
 * outside the workspace is not told apart from a present one.
 */
function refused(file, limits, problems, at, label) {
    const r = limits.guard?.(file);
    if (!r)
        return false;
    if (r.kind === 'outside') {
        problems.add('compose/path-outside-workspace', at, `${label} ${r.reason}; it is not read`, {
            help: 'Keep compose files, env files and build contexts inside the repository; an action reads nothing outside its workspace.',
        });
    }
    else {
        problems.add('compose/unreadable-file', at, `${label} ${r.reason}; it is not read`);
    }
    return true;
}
/**
 * The text of a file, or undefined after reporting why it cannot be had: outside the workspace, a
 * special file, a directory, unreadable, over the size limit, not UTF-8. `label` names the file in
 * messages (`compose file sub/a.yaml`), since the finding may sit in the file that refers to it.
 */
function readTextFile(file, limits, problems, at, label) {
    if (refused(file, limits, problems, at, label))
        return undefined;
    const maxBytes = limits.maxFileBytes;
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (st.isDirectory()) {
            problems.add('compose/unreadable-file', at, `${label} is a directory, not a file`);
            return undefined;
        }
        size = st.size;
    }
    catch (e) {
        problems.add('compose/unreadable-file', at, `cannot read ${label}: ${e.code ?? String(e)}`);
        return undefined;
    }
    if (size > maxBytes) {
        problems.add('compose/file-too-large', at, `${label} is ${size} bytes, over the limit of ${maxBytes} bytes`);
        return undefined;
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        problems.add('compose/unreadable-file', at, `cannot read ${label}: ${e.code ?? String(e)}`);
        return undefined;
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, bad);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < before.length; i++) {
            if (before[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const column = Buffer.from(before.subarray(lineStart)).toString('utf8').length + 1;
        problems.add('compose/invalid-encoding', { file, line, column }, `${label} is not valid UTF-8: invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad}`);
        return undefined;
    }
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b) {
    // The native check answers for nearly every file; the loop below only places the bad byte.
    if ((0,external_node_buffer_.isUtf8)(b))
        return -1;
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let n = 0;
        let min = 0;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            min = 0x10000;
        }
        else
            return i;
        let cp = c & (0x3f >> n);
        for (let k = 1; k <= n; k++) {
            const cc = b[i + k];
            if (cc === undefined || (cc & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n + 1;
    }
    return b.length;
}

;// CONCATENATED MODULE: ./src/checks/compose/environment.ts



function envFromProcess(env) {
    const t = new Map();
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            t.set(k, { value: v, source: 'env' });
    return t;
}
/**
 * Reads dotenv files the way compose does: values may use variables from `base` and from earlier lines;
 * later files override earlier ones; `base` wins over every file (compose never lets `.env` override
 * the shell). Returns `base` merged with the files.
 */
function withDotenvFiles(base, files, source, problems, limits, show) {
    const fromFiles = new Map();
    for (const file of files) {
        const text = readTextFile(file, limits, problems, { file, line: 1, column: 1 }, `env file ${show(file)}`);
        if (text === undefined)
            continue;
        try {
            const entries = parseDotenv(text, (k) => base.get(k)?.value ?? fromFiles.get(k)?.value);
            for (const e of entries)
                fromFiles.set(e.key, { value: e.value, source, file: external_node_path_default().resolve(file), line: e.line });
        }
        catch (e) {
            const line = e instanceof DotenvError ? e.line : 1;
            problems.add('compose/invalid-env-file', { file, line, column: 1 }, `cannot parse env file: ${e.message}`);
        }
    }
    const out = new Map(base);
    for (const [k, v] of fromFiles)
        if (!out.has(k))
            out.set(k, v);
    return out;
}
function lookupIn(env) {
    return (name) => env.get(name)?.value;
}

// EXTERNAL MODULE: ./src/checks/secret-values.ts
var secret_values = __webpack_require__(92);
;// CONCATENATED MODULE: ./src/checks/compose/hardening.ts
/**
 * Isolation and secret-delivery rules: what lets a container reach the host (privileged, the Docker
 * socket, the host network), databases published on every interface, and secrets written into the
 * compose file instead of delivered by `${VAR}`, env files or `secrets:`.
 */


/** Container sockets that hand out control of the engine, so of the host. */
const ENGINE_SOCKET = /(^|\/)(docker|podman|containerd)\.sock$/;
/** Default ports of databases and data stores, TCP. */
const DATABASE_PORTS = new Map([
    [5432, 'PostgreSQL'], [3306, 'MySQL/MariaDB'], [1433, 'SQL Server'], [1521, 'Oracle'], [27017, 'MongoDB'], [6379, 'Redis'],
    [11211, 'Memcached'], [9042, 'Cassandra'], [26257, 'CockroachDB'], [9200, 'Elasticsearch'], [5984, 'CouchDB'], [8086, 'InfluxDB'],
    [7687, 'Neo4j'], [8123, 'ClickHouse'],
]);
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);
/**
 * Secrets in `environment:`. A value holding a `${VAR}` reference (interpolation recorded it in
 * `uses`) is not a literal, and neither is a pass-through entry (`- KEY`, `KEY:`) that the loader
 * filled from the shell: only what is written on the entry's line is judged, so nothing from the
 * environment is ever judged or shown.
 */
function secretLiterals(services, uses, sources, problems) {
    const referenced = new Set(uses.map((u) => `${u.file}:${u.line}`));
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        const env = s['environment'];
        const entries = Array.isArray(env)
            ? env.flatMap((e, i) => {
                if (typeof e !== 'string' || !e.includes('='))
                    return [];
                const eq = e.indexOf('=');
                return [[e.slice(0, eq), e.slice(eq + 1), valueLoc(env, i)]];
            })
            : isMapping(env)
                ? Object.entries(env).map(([k, v]) => [k, v, valueLoc(env, k)])
                : [];
        for (const [key, value, at] of entries) {
            if (!at || typeof value !== 'string' || referenced.has(`${at.file}:${at.line}`) || !written(sources, at, key))
                continue;
            const why = (0,secret_values/* secretLiteral */.qm)(key, value);
            if (why)
                problems.add('compose/secret-literal', at, `service "${name}": environment ${key} ${why}; deliver it with \${${key}} from the environment, an env_file kept out of the repository, or secrets:`);
        }
    }
}
/** The entry at `at` gives `key` a value in the file (`KEY=\u2026`, `KEY: \u2026`, or a block scalar after it). */
function written(sources, at, key) {
    const line = sources.lineText(at.file, at.line);
    if (line === undefined)
        return false;
    const entry = line.slice(Math.max(0, at.column - 1));
    if (entry.includes(`${key}=`))
        return true;
    // Mapping form: the location is the value's own, which a pass-through entry does not have.
    return !entry.trimStart().startsWith(`${key}`) || /:\s*\S/.test(entry);
}
/** The host-access rules, on the normalised services (long-syntax volumes and ports). */
function isolation(services, problems) {
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        if (s['privileged'] === true) {
            const at = valueLoc(s, 'privileged');
            if (at)
                problems.add('compose/privileged', at, `service "${name}" runs privileged: every device and capability of the host, no seccomp or AppArmor confinement`);
        }
        if (s['network_mode'] === 'host') {
            const at = valueLoc(s, 'network_mode');
            if (at)
                problems.add('compose/host-network', at, `service "${name}" uses the host network: it can reach every service bound to the host's loopback and its ports are not isolated`);
        }
        if (Array.isArray(s['volumes'])) {
            s['volumes'].forEach((v, i) => {
                if (!isMapping(v) || typeof v['source'] !== 'string' || !ENGINE_SOCKET.test(v['source']))
                    return;
                const at = valueLoc(s['volumes'], i);
                if (at)
                    problems.add('compose/docker-socket', at, `service "${name}" mounts the container engine socket ${v['source']}: whoever controls the container controls the host`);
            });
        }
        if (Array.isArray(s['ports'])) {
            s['ports'].forEach((p, i) => {
                if (!isMapping(p) || typeof p['target'] !== 'number')
                    return;
                const db = DATABASE_PORTS.get(p['target']);
                const proto = typeof p['protocol'] === 'string' ? p['protocol'].toLowerCase() : 'tcp';
                const ip = typeof p['host_ip'] === 'string' ? p['host_ip'] : '';
                if (!db || proto !== 'tcp' || !ALL_INTERFACES.has(ip))
                    return;
                const at = valueLoc(s['ports'], i);
                if (at)
                    problems.add('compose/database-port-exposed', at, `service "${name}" publishes ${db} port ${p['target']} on all interfaces; bind it to 127.0.0.1 (for example "127.0.0.1:${p['published'] ?? p['target']}:${p['target']}") or drop the port`);
            });
        }
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/checks/compose/paths.ts
/**
 * Relative paths made absolute against a project (or extended file's) directory, ported from
 * compose-go `paths/*.go` (Apache-2.0), and compose-go `loader/environment.go`.
 */




const REMOTE_CONTEXT = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];
function expandUser(p) {
    if (p === '~')
        return external_node_os_default().homedir();
    if (p.startsWith('~/'))
        return external_node_path_default().join(external_node_os_default().homedir(), p.slice(2));
    return p;
}
function absPath(dir, v) {
    if (Array.isArray(v))
        return v.map((x) => absPath(dir, x));
    if (typeof v !== 'string')
        return v;
    const p = expandUser(v);
    if (external_node_path_default().isAbsolute(p) || p === '')
        return p;
    return external_node_path_default().resolve(dir, p);
}
const isWindowsAbs = (p) => /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\');
function maybeUnixPath(dir, v) {
    if (typeof v !== 'string')
        return v;
    const p = expandUser(v);
    if (!external_node_path_default().posix.isAbsolute(p) && !isWindowsAbs(p))
        return external_node_path_default().resolve(dir, p);
    return p;
}
function isRemoteContext(v) {
    return v.includes('://') || v.startsWith('service:') || REMOTE_CONTEXT.some((r) => v.startsWith(r));
}
function absContextPath(dir, v) {
    if (typeof v !== 'string' || isRemoteContext(v))
        return v;
    return absPath(dir, v);
}
const RESOLVERS = [
    ['services.*.build.context', absContextPath],
    ['services.*.build.additional_contexts.*', absContextPath],
    ['services.*.build.ssh.*', maybeUnixPath],
    ['services.*.env_file.*.path', absPath],
    ['services.*.label_file.*', absPath],
    ['services.*.extends.file', (d, v) => (typeof v === 'string' && isRemoteResource(v) ? v : absPath(d, v))],
    ['services.*.develop.watch.*.path', absPath],
    [
        'services.*.volumes.*',
        (d, v) => {
            if (!isMapping(v) || v['type'] !== 'bind' || typeof v['source'] !== 'string')
                return v;
            v['source'] = maybeUnixPath(d, v['source']);
            return v;
        },
    ],
    ['configs.*.file', maybeUnixPath],
    ['secrets.*.file', maybeUnixPath],
    ['include.path', absPath],
    ['include.project_directory', absPath],
    ['include.env_file', absPath],
    [
        'volumes.*',
        (d, v) => {
            if (!isMapping(v) || v['driver'] !== 'local' || !isMapping(v['driver_opts']))
                return v;
            const o = v['driver_opts'];
            if (o['o'] === 'bind' && 'device' in o)
                o['device'] = maybeUnixPath(d, o['device']);
            return v;
        },
    ],
].map(([p, r]) => [p.split('.'), r]);
/** Remote include/extends references compose can fetch (git, OCI); we do not. */
function isRemoteResource(v) {
    return /^(oci:\/\/|git@|https?:\/\/|ssh:\/\/|git:\/\/|github\.com\/)/.test(v);
}
const ROOTS = new Set(RESOLVERS.map(([p]) => p[0]));
const MAX_DEPTH = Math.max(...RESOLVERS.map(([p]) => p.length));
/** The resolvers by the length of their path: every node of the model is looked up here. */
const BY_DEPTH = [];
for (const r of RESOLVERS)
    (BY_DEPTH[r[0].length] ??= []).push(r);
/** compose-go `paths.ResolveRelativePaths`, making paths absolute against `dir`. */
function resolveRelativePaths(model, dir) {
    const p = [];
    for (const k of Object.keys(model)) {
        if (!ROOTS.has(k))
            continue;
        p.push(k);
        const r = paths_walk(model[k], p, dir);
        if (r !== model[k])
            model[k] = r;
        p.pop();
    }
}
function paths_walk(value, p, dir) {
    const candidates = BY_DEPTH[p.length];
    if (candidates) {
        // Declaration order: the first match wins.
        for (let i = 0; i < candidates.length; i++) {
            const c = candidates[i];
            if (matches(p, c[0]))
                return c[1](dir, value);
        }
    }
    if (p.length >= MAX_DEPTH)
        return value;
    if (isMapping(value)) {
        // An index loop: every node passes here, in code V8 has not optimised yet, where for-of allocates
        // an iterator result per step.
        const keys = Object.keys(value);
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            p.push(k);
            const e = value[k];
            const r = paths_walk(e, p, dir);
            if (r !== e)
                value[k] = r;
            p.pop();
        }
    }
    else if (Array.isArray(value)) {
        p.push('[]');
        for (let i = 0; i < value.length; i++) {
            const r = paths_walk(value[i], p, dir);
            if (r !== value[i])
                value[i] = r;
        }
        p.pop();
    }
    return value;
}
/** compose-go `ResolveEnvironment`: `environment: [VAR]` takes VAR's value from the project environment. */
function resolveEnvironment(model, env) {
    const services = model['services'];
    if (isMapping(services)) {
        for (const s of Object.values(services)) {
            if (!isMapping(s) || !Array.isArray(s['environment']))
                continue;
            const list = s['environment'];
            list.forEach((e, i) => {
                if (typeof e !== 'string')
                    return;
                const found = env.get(e);
                if (found !== undefined)
                    list[i] = `${e}=${found.value}`;
            });
        }
    }
    const configs = model['configs'];
    if (isMapping(configs)) {
        for (const c of Object.values(configs)) {
            if (!isMapping(c) || typeof c['environment'] !== 'string')
                continue;
            const found = env.get(c['environment']);
            if (found !== undefined)
                c['content'] = found.value;
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/ports.ts
/**
 * Short port syntax `[[IP:]HOST:]CONTAINER[/PROTO]`, ported from docker/go-connections v0.4.0
 * `nat.ParsePortSpec` (Apache-2.0) and compose-go `types.ParsePortConfig`. Error texts keep the
 * library's capitals, as `docker compose config` prints them.
 */
class PortSpecError extends Error {
}
function parseUint16(s) {
    if (!/^\d+$/.test(s))
        return undefined;
    const n = Number(s);
    return n <= 65535 ? n : undefined;
}
function parsePortRange(ports) {
    if (ports === '')
        throw new Error('Empty string specified for ports.');
    if (!ports.includes('-')) {
        const n = parseUint16(ports);
        if (n === undefined)
            throw new Error('invalid');
        return [n, n];
    }
    const parts = ports.split('-');
    const start = parseUint16(parts[0]);
    const end = parseUint16(parts[1]);
    if (start === undefined || end === undefined)
        throw new Error('invalid');
    if (end < start)
        throw new Error(`Invalid range specified for the Port: ${ports}`);
    return [start, end];
}
function splitParts(raw) {
    const parts = raw.split(':');
    const n = parts.length;
    const container = parts[n - 1];
    switch (n) {
        case 1:
            return ['', '', container];
        case 2:
            return ['', parts[0], container];
        case 3:
            return [parts[0], parts[1], container];
        default:
            return [parts.slice(0, n - 2).join(':'), parts[n - 2], container];
    }
}
function splitProtoPort(raw) {
    const parts = raw.split('/');
    if (raw.length === 0 || parts[0].length === 0)
        return ['', ''];
    if (parts.length === 1)
        return ['tcp', raw];
    if (parts[1].length === 0)
        return ['tcp', parts[0]];
    return [parts[1], parts[0]];
}
/** Go `net.SplitHostPort(ip + ":")` keeping only the host, for bracketed IPv6. */
function stripBrackets(rawIP) {
    const hostport = rawIP + ':';
    if (hostport.startsWith('[')) {
        const end = hostport.indexOf(']');
        if (end < 0)
            throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: missing ']' in address`);
        if (hostport.slice(end + 1) !== ':')
            throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
        return hostport.slice(1, end);
    }
    const host = hostport.slice(0, hostport.length - 1);
    if (host.includes(':'))
        throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
    if (host.includes('[') || host.includes(']'))
        throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: unexpected '[' in address`);
    return host;
}
/** Dotted IPv4 as Go reads it: four fields of 0-255 in decimal, no leading zeros. */
function isIPv4(ip) {
    const fields = ip.split('.');
    if (fields.length !== 4)
        return false;
    for (const f of fields) {
        if (f.length === 0 || f.length > 3 || (f.length > 1 && f[0] === '0'))
            return false;
        for (let i = 0; i < f.length; i++)
            if (f.charCodeAt(i) < 48 || f.charCodeAt(i) > 57)
                return false;
        if (Number(f) > 255)
            return false;
    }
    return true;
}
function isHexField(f) {
    if (f.length === 0 || f.length > 4)
        return false;
    for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i) | 0x20; // ASCII letters to lower case
        if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
/**
 * IPv6 as Go's netip.ParseAddr reads it, without a zone: fields of 1-4 hex digits, at most one `::`
 * standing for at least one zero field, and a dotted IPv4 address as the last two fields. Written
 * out rather than taken from node:net, whose import loaded the socket layer on every CLI start.
 */
function isIPv6(ip) {
    const halves = ip.split('::');
    if (halves.length > 2)
        return false;
    let fields = 0;
    for (let h = 0; h < halves.length; h++) {
        if (halves[h] === '')
            continue;
        const parts = halves[h].split(':');
        for (let j = 0; j < parts.length; j++) {
            const f = parts[j];
            if (h === halves.length - 1 && j === parts.length - 1 && f.includes('.')) {
                if (!isIPv4(f))
                    return false;
                fields += 2;
            }
            else if (isHexField(f))
                fields++;
            else
                return false;
        }
    }
    return halves.length === 2 ? fields <= 7 : fields === 8;
}
/** Go `net.ParseIP`: dotted IPv4 (no leading zeros) or IPv6 without a zone. */
function isValidIP(ip) {
    return isIPv4(ip) || isIPv6(ip);
}
function parsePortSpec(rawPort) {
    const [rawIP, hostPortIn, containerIn] = splitParts(rawPort);
    const [proto, containerPort] = splitProtoPort(containerIn);
    const ip = stripBrackets(rawIP);
    if (ip !== '' && !isValidIP(ip))
        throw new PortSpecError(`Invalid ip address: ${ip}`);
    if (containerPort === '')
        throw new PortSpecError(`No port specified: ${rawPort}<empty>`);
    let start;
    let end;
    try {
        [start, end] = parsePortRange(containerPort);
    }
    catch {
        throw new PortSpecError(`Invalid containerPort: ${containerPort}`);
    }
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPortIn.length > 0) {
        try {
            [hostStart, hostEnd] = parsePortRange(hostPortIn);
        }
        catch {
            throw new PortSpecError(`Invalid hostPort: ${hostPortIn}`);
        }
    }
    if (hostPortIn !== '' && end - start !== hostEnd - hostStart && end !== start) {
        throw new PortSpecError(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPortIn}`);
    }
    const lower = proto.toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(lower))
        throw new PortSpecError(`Invalid proto: ${proto}`);
    const out = [];
    for (let i = 0; i <= end - start; i++) {
        const cp = start + i;
        let hostPort = hostPortIn;
        if (hostPortIn.length > 0)
            hostPort = String(hostStart + i);
        if (start === end && hostStart !== hostEnd)
            hostPort = `${hostPort}-${hostEnd}`;
        out.push({ port: `${cp}/${lower}`, containerPort: cp, proto: lower, hostIP: ip, hostPort });
    }
    return out;
}
/** compose-go `types.ParsePortConfig`: one entry per container port, ordered by `port/proto` text. */
function parsePortConfig(value) {
    const mappings = parsePortSpec(value);
    const byPort = new Map();
    for (const m of mappings) {
        const list = byPort.get(m.port) ?? [];
        list.push(m);
        byPort.set(m.port, list);
    }
    const keys = [...byPort.keys()].sort();
    const out = [];
    for (const k of keys) {
        for (const m of byPort.get(k)) {
            const p = { mode: 'ingress', target: m.containerPort, protocol: m.proto };
            if (m.hostIP)
                p.host_ip = m.hostIP;
            if (m.hostPort)
                p.published = m.hostPort;
            out.push(reorder(p));
        }
    }
    return out;
}
function reorder(p) {
    const o = { mode: p.mode };
    if (p.host_ip !== undefined)
        o.host_ip = p.host_ip;
    o.target = p.target;
    if (p.published !== undefined)
        o.published = p.published;
    o.protocol = p.protocol;
    return o;
}
/** A published port or range (`8080`, `8080-8090`) as numbers, or undefined when it is not one. */
function publishedRange(published) {
    const s = typeof published === 'number' ? String(published) : typeof published === 'string' ? published : undefined;
    if (!s)
        return undefined;
    try {
        return parsePortRange(s);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/lint.ts
/**
 * Rules beyond what `docker compose config` checks: unpinned images, a host port published twice,
 * build contexts and Dockerfiles that are not there, container name collisions.
 */






const where = (l, show) => `${show(l.file)}:${l.line}`;
/** The tag of an image reference (`undefined` when it has none), and whether it is pinned by digest. */
function imageTag(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0;
    const name = digest ? ref.slice(0, at) : ref;
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? { tag: name.slice(colon + 1), digest } : { digest };
}
function lint(input) {
    const { services, enabled, problems, show } = input;
    const isDir = (p) => (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory();
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        const build = isMapping(s['build']) ? s['build'] : undefined;
        const image = s['image'];
        if (typeof image === 'string' && image !== '' && !build) {
            const { tag, digest } = imageTag(image);
            const at = valueLoc(s, 'image');
            if (at && !digest && (tag === undefined || tag === 'latest')) {
                problems.add('compose/image-latest-tag', at, tag === undefined
                    ? `service "${name}" uses image "${image}" without a tag, which means "latest"; pin a version`
                    : `service "${name}" uses image "${image}" with the moving tag "latest"; pin a version`);
            }
        }
        if (build && typeof build['context'] === 'string' && !isRemoteContext(build['context'])) {
            const context = build['context'];
            const at = valueLoc(build, 'context') ?? valueLoc(s, 'build');
            if (at && refused(context, input.limits, problems, at, `service "${name}" build context ${show(context)}`))
                continue;
            if (!isDir(context)) {
                if (at) {
                    problems.add('compose/build-context-missing', at, (0,external_node_fs_.existsSync)(context)
                        ? `service "${name}" build context ${show(context)} is not a directory`
                        : `service "${name}" build context ${show(context)} does not exist`);
                }
            }
            else if (typeof build['dockerfile'] === 'string' && build['dockerfile'] !== '' && !build['dockerfile_inline']) {
                const dockerfile = external_node_path_default().resolve(context, build['dockerfile']);
                const dAt = valueLoc(build, 'dockerfile') ?? at;
                if (dAt && refused(dockerfile, input.limits, problems, dAt, `service "${name}" Dockerfile ${show(dockerfile)}`))
                    continue;
                if (!(0,external_node_fs_.existsSync)(dockerfile) || (0,external_node_fs_.statSync)(dockerfile).isDirectory()) {
                    if (dAt)
                        problems.add('compose/dockerfile-missing', dAt, `service "${name}": Dockerfile ${show(dockerfile)} not found`);
                }
            }
        }
    }
    // Container names and host ports only collide between services that run together.
    const names = new Map();
    const bound = [];
    for (const name of Object.keys(services).sort()) {
        const s = services[name];
        if (!enabled.has(name) || !isMapping(s))
            continue;
        const cn = s['container_name'];
        if (typeof cn === 'string' && cn !== '') {
            const at = valueLoc(s, 'container_name') ?? keyLoc(services, name);
            const prev = names.get(cn);
            if (prev && at) {
                problems.add('compose/duplicate-container-name', at, `services.${name}: container name "${cn}" is already in use by service ${prev.service} (${where(prev.at, show)})`);
                problems.add('compose/duplicate-container-name', prev.at, `services.${prev.service}: container name "${cn}" is also used by service ${name} (${where(at, show)})`);
            }
            else if (at)
                names.set(cn, { service: name, at });
        }
        if (!Array.isArray(s['ports']))
            continue;
        s['ports'].forEach((p, i) => {
            if (!isMapping(p))
                return;
            const range = publishedRange(p['published']);
            if (!range)
                return;
            const target = p['target'];
            // `8000-8010:80` lets the engine pick one free port of the range: not a fixed binding.
            if (range[0] !== range[1] && typeof target === 'number')
                return;
            const at = valueLoc(s['ports'], i);
            if (!at)
                return;
            const proto = typeof p['protocol'] === 'string' ? p['protocol'].toLowerCase() : 'tcp';
            const ip = typeof p['host_ip'] === 'string' ? p['host_ip'] : '';
            for (const b of bound) {
                if (b.proto !== proto || !ipsOverlap(b.ip, ip) || b.to < range[0] || range[1] < b.from)
                    continue;
                if (b.at.file === at.file && b.at.line === at.line && b.at.column === at.column)
                    continue;
                const port = range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
                const says = (svc, otherSvc, loc) => svc === otherSvc
                    ? `host port ${port}/${proto} is published twice by service "${svc}" (also at ${where(loc, show)})`
                    : `host port ${port}/${proto} of service "${svc}" is also published by service "${otherSvc}" (${where(loc, show)})`;
                problems.add('compose/duplicate-host-port', at, says(name, b.service, b.at));
                problems.add('compose/duplicate-host-port', b.at, says(b.service, name, at));
            }
            bound.push({ service: name, proto, ip, from: range[0], to: range[1], at });
        });
    }
}
const ANY = new Set(['', '0.0.0.0', '::', '[::]']);
function ipsOverlap(a, b) {
    return ANY.has(a) || ANY.has(b) || a === b;
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
var posix_default = /*#__PURE__*/__webpack_require__.n(posix_);
;// CONCATENATED MODULE: ./src/checks/compose/volume-spec.ts
/**
 * Short volume syntax `[SOURCE:]TARGET[:MODE]`, ported from compose-go `format/volume.go` (Apache-2.0).
 */
class VolumeSpecError extends Error {
}
const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);
const SELINUX = new Set(['z', 'Z']);
/** Options docker itself accepts in a bind/volume mode string that compose-go drops without effect. */
const TOLERATED = new Set(['cached', 'delegated', 'consistent', 'copy']);
const isLetter = (c) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c)));
function parseVolumeSpec(spec) {
    const v = { type: 'volume', target: '', unknownOptions: [] };
    const bytes = Buffer.byteLength(spec);
    if (bytes === 0)
        throw new VolumeSpecError('invalid empty volume spec');
    if (bytes <= 2) {
        v.target = spec;
        return v;
    }
    let source;
    let target;
    let buffer = [];
    let inVar = 0;
    const chars = [...spec, '\0'];
    const flush = (ch) => {
        const str = buffer.join('');
        if (buffer.length === 0)
            throw new VolumeSpecError(`invalid spec: ${spec}: empty section between colons`);
        if (source === undefined && ch === '\0') {
            target = str;
            return;
        }
        if (source === undefined) {
            source = str;
            return;
        }
        if (target === undefined) {
            target = str;
            return;
        }
        if (ch === ':')
            throw new VolumeSpecError(`invalid spec: ${spec}: too many colons`);
        for (const option of str.split(',')) {
            if (option === 'ro')
                v.read_only = true;
            else if (option === 'rw')
                v.read_only = false;
            else if (option === 'nocopy')
                v.volume = { nocopy: true };
            else if (PROPAGATIONS.has(option))
                v.bind = { ...v.bind, propagation: option };
            else if (SELINUX.has(option))
                v.bind = { ...v.bind, selinux: option };
            else if (!TOLERATED.has(option))
                v.unknownOptions.push(option);
        }
    };
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '$' && i + 1 < chars.length - 1 && chars[i + 1] === '{') {
            inVar++;
            buffer.push(ch);
            continue;
        }
        if (ch === '}' && inVar > 0) {
            inVar--;
            buffer.push(ch);
            continue;
        }
        if (ch === ':' && buffer.length === 1 && isLetter(buffer[0])) {
            buffer.push(ch); // a Windows drive letter
        }
        else if ((ch === ':' || ch === '\0') && inVar === 0) {
            flush(ch);
            buffer = [];
        }
        else {
            buffer.push(ch);
        }
    }
    if (source !== undefined)
        v.source = source;
    v.target = target ?? '';
    if (isFilePath(source ?? '')) {
        v.type = 'bind';
        v.bind = { ...v.bind, create_host_path: true };
    }
    else {
        v.type = 'volume';
        v.volume ??= {};
    }
    return v;
}
function isFilePath(source) {
    if (source === '')
        return false;
    const c = source[0];
    if (c === '.' || c === '/' || c === '~')
        return true;
    if (source.startsWith('\\\\'))
        return true;
    const chars = [...source];
    return chars.length > 1 && isLetter(chars[0]) && chars[1] === ':';
}

;// CONCATENATED MODULE: ./src/checks/compose/unicity.ts
/**
 * compose-go `override/uncity.go` (Apache-2.0): in the listed sequences a later entry with the same key
 * replaces the earlier one in place.
 */




/** Go's `%s` / `%d` for values that may be of another type, so keys compare as compose's do. */
function fmtS(v) {
    if (typeof v === 'string')
        return v;
    if (v === null || v === undefined)
        return '%!s(<nil>)';
    if (typeof v === 'number')
        return Number.isInteger(v) ? `%!s(int=${v})` : `%!s(float64=${v})`;
    if (typeof v === 'boolean')
        return `%!s(bool=${v})`;
    return `%!s(${JSON.stringify(v)})`;
}
function fmtD(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (v === null || v === undefined)
        return '%!d(<nil>)';
    if (typeof v === 'string')
        return `%!d(string=${v})`;
    return `%!d(${JSON.stringify(v)})`;
}
/**
 * A value of the wrong type gets a key of its own: compose stops at it ("unexpected type"), the schema
 * check that follows reports it at its line, and nothing may be merged into it.
 */
let unique = 0;
const own = () => `\0${unique++}`;
const keyValue = (v) => {
    if (typeof v === 'string') {
        const i = v.indexOf('=');
        return i >= 0 ? v.slice(0, i) : v;
    }
    return own();
};
const volume = (v, path, loc) => {
    if (isMapping(v)) {
        if (!('target' in v))
            throw new MergeError(`service volume in ${path} is missing a mount target`, loc);
        if (typeof v['target'] !== 'string')
            return own();
        return v['target'];
    }
    if (typeof v === 'string') {
        try {
            return parseVolumeSpec(v).target;
        }
        catch (e) {
            throw new MergeError(e.message, loc, 'compose/invalid-volume');
        }
    }
    return own();
};
const device = (v, path, loc) => {
    if (isMapping(v)) {
        if (!('target' in v))
            throw new MergeError(`service device in ${path} is missing a mount target`, loc);
        if (typeof v['target'] !== 'string')
            return own();
        return v['target'];
    }
    if (typeof v === 'string') {
        const arr = v.split(':');
        return arr.length === 1 ? arr[0] : arr[1];
    }
    return own();
};
const expose = (v) => {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    return own();
};
const mount = (defaultPath) => (v) => {
    if (typeof v === 'string')
        return `${defaultPath}/${v}`;
    if (isMapping(v)) {
        if ('target' in v)
            return String(v['target']);
        return `${defaultPath}/${fmtS(v['source'])}`;
    }
    return own();
};
const port = (v, path, loc) => {
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (isMapping(v)) {
        if (!('target' in v))
            throw new MergeError(`service port in ${path} is missing a target port`, loc);
        const host = 'host_ip' in v ? v['host_ip'] : '0.0.0.0';
        const protocol = 'protocol' in v ? v['protocol'] : 'tcp';
        return `${fmtS(host)}:${fmtS(v['published'])}:${fmtD(v['target'])}/${fmtS(protocol)}`;
    }
    if (typeof v === 'string')
        return v;
    return own();
};
const envFile = (v, path, loc) => {
    if (typeof v === 'string')
        return v;
    if (isMapping(v)) {
        if ('path' in v)
            return String(v['path']);
        throw new MergeError(`environment path attribute in ${path} is missing`, loc);
    }
    return own();
};
function goType(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'string')
        return 'string';
    if (Array.isArray(v))
        return '[]interface {}';
    return 'map[string]interface {}';
}
const UNIQUE = [
    ['networks.*.labels', keyValue],
    ['networks.*.ipam.options', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.platform', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.configs', mount('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', envFile],
    ['services.*.expose', expose],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', port],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mount('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volume],
    ['services.*.devices', device],
].map(([p, i]) => [p.split('.'), i]);
const unicity_MAX_DEPTH = Math.max(...UNIQUE.map(([p]) => p.length));
const unicity_ROOTS = new Set(UNIQUE.map(([p]) => p[0]));
/** Applies compose's uniqueness rules to `model` in place. Throws MergeError on an entry without a key. */
function enforceUnicity(model) {
    const path = [];
    for (const k of Object.keys(model)) {
        if (!unicity_ROOTS.has(k))
            continue;
        path.push(k);
        const u = unicity_walk(model[k], path);
        if (u !== model[k])
            model[k] = u;
        path.pop();
    }
    return model;
}
function unicity_walk(value, path) {
    if (isMapping(value)) {
        if (path.length >= unicity_MAX_DEPTH)
            return value;
        // Index loops here and below: every node of the model passes, in code V8 has not optimised yet,
        // where for-of allocates an iterator result per step.
        const keys = Object.keys(value);
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            path.push(k);
            const e = value[k];
            const u = unicity_walk(e, path);
            if (u !== e)
                value[k] = u;
            path.pop();
        }
        return value;
    }
    if (Array.isArray(value)) {
        for (let u = 0; u < UNIQUE.length; u++) {
            if (!matches(path, UNIQUE[u][0]))
                continue;
            const indexer = UNIQUE[u][1];
            const seq = [];
            const keys = new Map();
            let changed = false;
            value.forEach((entry, i) => {
                const loc = valueLoc(value, i);
                const key = indexer(entry, path.join('.'), loc);
                const j = keys.get(key);
                if (j !== undefined) {
                    seq[j] = { value: entry, loc };
                    changed = true;
                }
                else {
                    seq.push({ value: entry, loc });
                    keys.set(key, seq.length - 1);
                }
            });
            return changed ? arrayWithLocs(seq, selfLoc(value)) : value;
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./src/checks/compose/canonical.ts
/**
 * Canonical (long) syntax and default values, ported from compose-go `transform/*.go`,
 * `loader/omitEmpty.go` (Apache-2.0). New objects take the position of the text they replace.
 */






/** Registers `o` (and every nested object without a position) at `loc`. */
function adopt(o, loc) {
    if (!loc || typeof o !== 'object' || o === null)
        return o;
    if (!locsOf(o)) {
        const l = register(o, loc);
        const entries = Array.isArray(o) ? o.map((v, i) => [i, v]) : Object.entries(o);
        for (const [k, v] of entries) {
            l.values.set(k, selfLoc(v) ?? loc);
            if (!Array.isArray(o))
                l.keys.set(k, loc);
            adopt(v, loc);
        }
    }
    return o;
}
const TRANSFORMERS = [];
/** The transformers by the length of their path: every node of the model is looked up here. */
const canonical_BY_DEPTH = [];
const on = (p, t) => {
    const pattern = p.split('.');
    TRANSFORMERS.push([pattern, t]);
    (canonical_BY_DEPTH[pattern.length] ??= []).push([pattern, t]);
};
let canonical_ROOTS;
let canonical_MAX_DEPTH = 0;
/** compose-go `transform.Canonical`, in place where it can be; returns the new model. */
function canonical(model, problems) {
    canonical_ROOTS ??= new Set(TRANSFORMERS.map(([p]) => p[0]));
    canonical_MAX_DEPTH ||= canonical_BY_DEPTH.length - 1;
    const ctx = { problems };
    const p = [];
    for (const k of Object.keys(model)) {
        if (!canonical_ROOTS.has(k))
            continue;
        p.push(k);
        const e = model[k];
        const loc = valueLoc(model, k);
        const t = transform(e, p, loc, ctx);
        if (t !== e)
            setOwn(model, k, adopt(t, loc));
        p.pop();
    }
    return model;
}
function transform(data, p, loc, ctx) {
    const candidates = canonical_BY_DEPTH[p.length];
    if (candidates) {
        // Declaration order: the first match wins.
        for (let i = 0; i < candidates.length; i++) {
            const c = candidates[i];
            if (matches(p, c[0]))
                return c[1](data, [...p], loc, ctx);
        }
    }
    if (p.length >= canonical_MAX_DEPTH)
        return data;
    if (isMapping(data))
        return transformMapping(data, p, ctx);
    if (Array.isArray(data))
        return transformSequence(data, p, ctx);
    return data;
}
function transformMapping(v, p, ctx) {
    // An index loop: every node passes here, in code V8 has not optimised yet, where for-of allocates an
    // iterator result per step.
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const e = v[k];
        const loc = valueLoc(v, k);
        p.push(k);
        const t = transform(e, p, loc, ctx);
        p.pop();
        if (t !== e) {
            setOwn(v, k, adopt(t, loc));
            const self = selfLoc(t);
            if (self && locsOf(v))
                locsOf(v).values.set(k, self);
        }
    }
    return v;
}
function transformSequence(v, p, ctx) {
    p.push('[]');
    for (let i = 0; i < v.length; i++) {
        const e = v[i];
        const loc = valueLoc(v, i);
        const t = transform(e, p, loc, ctx);
        if (t !== e)
            v[i] = adopt(t, loc);
    }
    p.pop();
    return v;
}
const str = (p) => p.join('.');
const stringOrList = (d, _p, loc) => (typeof d === 'string' ? adopt([d], loc) : d);
const fileMount = (d, _p, loc) => (typeof d === 'string' ? adopt({ source: d }, loc) : d);
on('services.*.build.secrets.*', fileMount);
on('services.*.build.provenance', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.sbom', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.additional_contexts', (d, p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    const l = loc ? register(m, loc) : undefined;
    for (const [i, e] of d.entries()) {
        const s = String(e);
        const eq = s.indexOf('=');
        const at = valueLoc(d, i) ?? loc;
        if (eq < 0) {
            if (at)
                ctx.problems.add('compose/invalid-value', at, `${str(p)}: invalid value ${s}, expected key=value`);
            continue;
        }
        setOwn(m, s.slice(0, eq), s.slice(eq + 1));
        if (l && at) {
            l.keys.set(s.slice(0, eq), at);
            l.values.set(s.slice(0, eq), at);
        }
    }
    return m;
});
on('services.*.depends_on', (d, _p, loc) => {
    if (isMapping(d)) {
        for (const [k, e] of Object.entries(d)) {
            if (!isMapping(e))
                continue;
            const at = valueLoc(d, k);
            if (!('condition' in e)) {
                e['condition'] = 'service_started';
                if (at)
                    locsOf(e)?.values.set('condition', at);
            }
            if (!('required' in e)) {
                e['required'] = true;
                if (at)
                    locsOf(e)?.values.set('required', at);
            }
        }
        return d;
    }
    if (Array.isArray(d)) {
        const m = {};
        const l = loc ? register(m, loc) : undefined;
        d.forEach((k, i) => {
            const v = { condition: 'service_started', required: true };
            setOwn(m, String(k), v);
            const at = valueLoc(d, i) ?? loc;
            if (l && at) {
                l.keys.set(String(k), at);
                l.values.set(String(k), at);
                adopt(v, at);
            }
        });
        return m;
    }
    return d;
});
const envFileValue = (v, loc) => {
    if (typeof v === 'string')
        return adopt({ path: v, required: true }, loc);
    if (isMapping(v)) {
        if (!('required' in v))
            v['required'] = true;
        return v;
    }
    return v;
};
on('services.*.env_file', (d, _p, loc) => {
    if (typeof d === 'string')
        return adopt([envFileValue(d, loc)], loc);
    if (Array.isArray(d)) {
        d.forEach((e, i) => {
            d[i] = envFileValue(e, valueLoc(d, i) ?? loc);
        });
    }
    return d;
});
on('services.*.label_file', stringOrList);
on('services.*.extends', (d, p, loc, ctx) => {
    if (isMapping(d))
        return transformMapping(d, p, ctx);
    if (typeof d === 'string')
        return adopt({ service: d }, loc);
    return d;
});
on('services.*.gpus', (d, p, loc, ctx) => {
    if (Array.isArray(d))
        return transformSequence(d, p, ctx);
    if (typeof d === 'string')
        return adopt([{ count: 'all' }], loc);
    return d;
});
const sliceToMap = (d, _p, loc) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    const l = loc ? register(m, loc) : undefined;
    d.forEach((n, i) => {
        setOwn(m, String(n), null);
        const at = valueLoc(d, i) ?? loc;
        if (l && at) {
            l.keys.set(String(n), at);
            l.values.set(String(n), at);
        }
    });
    return m;
};
on('services.*.networks', sliceToMap);
on('services.*.models', sliceToMap);
on('services.*.volumes.*', (d, _p, loc, ctx) => {
    if (typeof d !== 'string')
        return d;
    try {
        const v = parseVolumeSpec(d);
        if (v.unknownOptions.length && loc) {
            ctx.problems.add('compose/invalid-volume', loc, `volume ${JSON.stringify(d)}: unknown mode ${v.unknownOptions.map((o) => JSON.stringify(o)).join(', ')} (compose ignores it; valid modes: ro, rw, z, Z, nocopy, shared, slave, private, rshared, rslave, rprivate)`);
        }
        const out = { type: v.type };
        if (v.source !== undefined)
            out['source'] = v.source;
        out['target'] = v.target === '' ? '' : posix_default().normalize(v.target).replace(/(.)\/$/, '$1');
        if (v.read_only)
            out['read_only'] = true;
        if (v.bind)
            out['bind'] = v.bind;
        if (v.volume)
            out['volume'] = v.volume;
        return adopt(out, loc);
    }
    catch (e) {
        if (loc)
            ctx.problems.add('compose/invalid-volume', loc, e instanceof VolumeSpecError ? e.message : String(e));
        return d;
    }
});
on('services.*.dns', stringOrList);
on('services.*.devices.*', (d, _p, loc, ctx) => {
    if (typeof d !== 'string')
        return d;
    const arr = d.split(':');
    if (arr.length > 3) {
        if (loc)
            ctx.problems.add('compose/invalid-value', loc, `confusing device mapping, please use long syntax: ${d}`);
        return d;
    }
    const src = arr[0];
    const dst = arr[1] || src;
    return adopt({ source: src, target: dst, permissions: arr[2] ?? 'rwm' }, loc);
});
on('services.*.secrets.*', fileMount);
on('services.*.configs.*', fileMount);
on('services.*.ports', (d, p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const out = [];
    const l = register(out, loc ?? selfLoc(d) ?? { file: '', line: 1, column: 1 });
    d.forEach((entry, i) => {
        const at = valueLoc(d, i) ?? loc;
        if (typeof entry === 'number' || typeof entry === 'string') {
            if (typeof entry === 'number' && !Number.isInteger(entry)) {
                if (at)
                    ctx.problems.add('compose/invalid-port', at, `${str(p)}: invalid type ${goType(entry)} for port`);
                return;
            }
            try {
                for (const pc of parsePortConfig(String(entry))) {
                    if (at)
                        l.values.set(out.length, at);
                    out.push(adopt(pc, at));
                }
            }
            catch (e) {
                if (at)
                    ctx.problems.add('compose/invalid-port', at, `invalid port ${JSON.stringify(String(entry))}: ${e instanceof PortSpecError ? e.message : String(e)}`);
            }
        }
        else if (isMapping(entry)) {
            if (at)
                l.values.set(out.length, at);
            out.push(entry);
        }
    });
    return out;
});
on('services.*.build', (d, p, loc, ctx) => {
    if (isMapping(d))
        return transformMapping(d, p, ctx);
    if (typeof d === 'string')
        return adopt({ context: d }, loc);
    return d;
});
on('services.*.build.ssh', (d, _p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    for (const [i, e] of d.entries()) {
        const at = valueLoc(d, i) ?? loc;
        if (typeof e !== 'string') {
            if (at)
                ctx.problems.add('compose/invalid-value', at, `invalid ssh key type ${goType(e)}`);
            continue;
        }
        const eq = e.indexOf('=');
        if (eq < 0) {
            if (e !== 'default') {
                if (at)
                    ctx.problems.add('compose/invalid-value', at, `invalid ssh key ${JSON.stringify(e)}`);
                continue;
            }
            setOwn(m, e, null);
            continue;
        }
        setOwn(m, e.slice(0, eq), e.slice(eq + 1));
    }
    return adopt(m, loc);
});
on('services.*.ulimits.*', (d) => d);
on('services.*.build.ulimits.*', (d) => d);
on('services.*.develop.watch.*.ignore', stringOrList);
on('services.*.develop.watch.*.include', stringOrList);
const maybeExternal = (d, p, loc, ctx) => {
    if (!isMapping(d))
        return d;
    transformMapping(d, p, ctx);
    const ext = d['external'];
    if (isMapping(ext)) {
        d['external'] = true;
        if ('name' in ext) {
            const at = valueLoc(d, 'external') ?? loc;
            if (at)
                ctx.problems.add('compose/deprecated', at, `${str(p)}: external.name is deprecated. Please set name and external: true`);
            if ('name' in d && ext['name'] !== d['name']) {
                if (at)
                    ctx.problems.add('compose/conflicting-attributes', at, `${str(p)}: name and external.name conflict; only use name`);
            }
            else if (!('name' in d)) {
                d['name'] = ext['name'];
            }
        }
    }
    return d;
};
on('volumes.*', maybeExternal);
on('networks.*', maybeExternal);
on('secrets.*', maybeExternal);
on('configs.*', maybeExternal);
/** compose-go `OmitEmpty`: empty entries of `dns` lists are dropped. */
function omitEmpty(model) {
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const s of Object.values(services)) {
        if (!isMapping(s) || !Array.isArray(s['dns']))
            continue;
        const dns = s['dns'];
        if (dns.some((e) => e === null || e === '')) {
            const keep = dns.map((value, i) => ({ value, loc: valueLoc(dns, i) })).filter((e) => e.value !== null && e.value !== '');
            const out = keep.map((e) => e.value);
            const l = register(out, selfLoc(dns) ?? keep[0]?.loc ?? { file: '', line: 1, column: 1 });
            keep.forEach((e, i) => e.loc && l.values.set(i, e.loc));
            s['dns'] = out;
        }
    }
}
/** compose-go `transform.SetDefaultValues`. */
function setDefaultValues(model) {
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const s of Object.values(services)) {
        if (!isMapping(s))
            continue;
        const build = s['build'];
        if (isMapping(build) && !('context' in build))
            build['context'] = '.';
        if (Array.isArray(s['secrets'])) {
            for (const sec of s['secrets']) {
                if (isMapping(sec) && !('target' in sec))
                    sec['target'] = `/run/secrets/${String(sec['source'])}`;
            }
        }
        if (Array.isArray(s['ports'])) {
            for (const port of s['ports']) {
                if (!isMapping(port))
                    continue;
                if (!('protocol' in port))
                    port['protocol'] = 'tcp';
                if (!('mode' in port))
                    port['mode'] = 'ingress';
            }
        }
        const deviceRequests = (list) => {
            if (!Array.isArray(list))
                return;
            for (const d of list)
                if (isMapping(d) && !('count' in d) && !('device_ids' in d))
                    d['count'] = 'all';
        };
        deviceRequests(s['gpus']);
        const deploy = s['deploy'];
        if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
            deviceRequests(deploy['resources']['reservations']['devices']);
        }
        if (Array.isArray(s['volumes'])) {
            for (const v of s['volumes']) {
                if (isMapping(v) && isMapping(v['bind']) && !('create_host_path' in v['bind']))
                    v['bind']['create_host_path'] = true;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/extends.ts
/**
 * `extends`, ported from compose-go `loader/extends.go` (Apache-2.0): the base service (same file or
 * another file, whose relative paths are resolved against its own directory) is merged under the
 * local definition with the multi-file merge rules. Resources the base refers to are not imported.
 */






function applyExtends(cfg, file, opts, ctx, chain, resets, loadFile) {
    const services = cfg['services'];
    if (!isMapping(services))
        return;
    const run = { file, opts, ctx, loadFile, failed: new Set() };
    for (const name of Object.keys(services)) {
        services[name] = extendService(name, services, file, chain, resets, run);
    }
}
function extendService(name, services, defFile, chain, resets, run) {
    const { ctx } = run;
    const s = services[name];
    if (!isMapping(s) || !('extends' in s))
        return s;
    const ext = s['extends'];
    const fail = (at, message, rule = 'compose/invalid-extends') => {
        if (!run.failed.has(s))
            ctx.problems.add(rule, at ?? keyLoc(services, name) ?? { file: defFile, line: 1, column: 1 }, message);
        run.failed.add(s);
        ctx.incomplete = true;
        delete s['extends'];
        return s;
    };
    let ref;
    let refFile;
    let refAt;
    if (isMapping(ext)) {
        if (typeof ext['service'] !== 'string')
            return fail(valueLoc(s, 'extends'), `extends.${name}.service is required`);
        ref = ext['service'];
        refAt = valueLoc(ext, 'service');
        if (ext['file'] !== undefined && ext['file'] !== null) {
            if (typeof ext['file'] !== 'string')
                return fail(valueLoc(ext, 'file'), `services.${name}.extends.file must be a string`);
            refFile = ext['file'];
        }
    }
    else if (typeof ext === 'string') {
        ref = ext;
        refAt = valueLoc(s, 'extends');
    }
    else {
        return fail(valueLoc(s, 'extends'), `services.${name}.extends must be a string or a mapping`);
    }
    let baseServices = services;
    let baseFile = defFile;
    let baseResets = resets;
    if (refFile !== undefined) {
        const fileAt = valueLoc(ext, 'file') ?? refAt;
        if (isRemoteResource(refFile)) {
            return fail(fileAt, `remote extends file ${refFile} is not fetched by this check; it is not validated`, 'compose/remote-resource');
        }
        const abs = external_node_path_default().resolve(run.opts.workingDir, refFile);
        if (refused(abs, ctx.limits, ctx.problems, fileAt ?? { file: defFile, line: 1, column: 1 }, `extends file ${ctx.show(abs)}`)) {
            run.failed.add(s);
            ctx.incomplete = true;
            delete s['extends'];
            return s;
        }
        if (!(0,external_node_fs_.existsSync)(abs))
            return fail(fileAt, `cannot extend service "${name}": ${ctx.show(abs)} not found`);
        const loaded = run.loadFile(abs, fileAt ?? { file: defFile, line: 1, column: 1 }, { workingDir: external_node_path_default().dirname(abs), env: run.opts.env, skipInclude: true, skipExtends: true, skipValidation: true, skipDefaults: true }, ctx, {}, [], chain);
        if (!loaded.ok)
            return fail(fileAt, `cannot extend service "${name}": cannot read ${ctx.show(abs)}`);
        resolveRelativePaths(loaded.dict, external_node_path_default().dirname(abs));
        const m = loaded.dict['services'];
        if (m === undefined)
            return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: no services section`);
        if (!isMapping(m))
            return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: services must be a mapping`);
        if (!hasOwn(m, ref)) {
            return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found in ${refFile}`);
        }
        baseServices = m;
        baseFile = abs;
        baseResets = loaded.resets;
    }
    else if (!hasOwn(services, ref)) {
        return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found`);
    }
    const link = { file: defFile, service: name, at: refAt };
    const cycleAt = chain.findIndex((l) => l.file === link.file && l.service === link.service);
    if (cycleAt >= 0) {
        const loop = [...chain.slice(cycleAt), link];
        const text = loop.map((l, i) => `${i === 0 ? '' : 'extends '}${l.service} in ${ctx.show(l.file)}`).join(' ');
        // Report where the cycle closes: the `extends` that led back to this service.
        return fail(chain[chain.length - 1]?.at ?? refAt, `Circular reference: ${text}`, 'compose/extends-cycle');
    }
    const base = extendService(ref, baseServices, baseFile, [...chain, link], baseResets, run);
    if (run.failed.has(s))
        return s;
    if (base === null || base === undefined) {
        delete s['extends'];
        return s;
    }
    if (!isMapping(base))
        return fail(refAt, `cannot extend service "${name}": service "${ref}" must be a mapping`);
    const source = cloneWithLocs(base);
    delete source['extends'];
    applyResets({ services: { [name]: source } }, resets);
    try {
        const merged = mergeYaml(source, s, ['services', 'x']);
        delete merged['extends'];
        services[name] = merged;
        return merged;
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add('compose/merge-conflict', e.loc ?? refAt ?? { file: defFile, line: 1, column: 1 }, e.message);
        delete s['extends'];
        return s;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/include.ts
/**
 * `include`, ported from compose-go `loader/include.go` (Apache-2.0): each entry is loaded as its own
 * project (own directory, own `.env`, the including project's variables winning), then its resources
 * are imported; a local definition of the same name is merged over the imported one.
 */







const stringList = (v) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    return undefined;
};
function applyInclude(cfg, file, opts, ctx, included, resets, loadModel) {
    const inc = cfg['include'];
    if (inc === undefined || inc === null) {
        delete cfg['include'];
        return;
    }
    const fail = (at, message, rule = 'compose/invalid-include') => {
        ctx.problems.add(rule, at ?? { file, line: 1, column: 1 }, message);
        ctx.incomplete = true;
    };
    if (!Array.isArray(inc)) {
        fail(valueLoc(cfg, 'include'), `\`include\` must be a list, got ${typeof inc === 'string' ? inc : JSON.stringify(inc)}`);
        delete cfg['include'];
        return;
    }
    inc.forEach((entry, i) => {
        const at = valueLoc(inc, i);
        const e = typeof entry === 'string' ? { path: entry } : isMapping(entry) ? entry : {};
        const pathAt = isMapping(entry) ? (valueLoc(entry, 'path') ?? at) : at;
        const paths = stringList(e['path']);
        if (!paths || paths.length === 0) {
            fail(at, `include entry ${i} needs a path (a string or a list of strings)`);
            return;
        }
        if (e['project_directory'] !== undefined && typeof e['project_directory'] !== 'string') {
            fail(at, `include entry ${i}: project_directory must be a string`);
            return;
        }
        const envFilesRaw = e['env_file'] === undefined ? [] : stringList(e['env_file']);
        if (!envFilesRaw) {
            fail(at, `include entry ${i}: env_file must be a string or a list of strings`);
            return;
        }
        if (paths.some(isRemoteResource)) {
            fail(pathAt, `remote include ${paths.find(isRemoteResource)} is not fetched by this check; it is not validated`, 'compose/remote-resource');
            return;
        }
        const abs = paths.map((p) => external_node_path_default().resolve(opts.workingDir, p));
        const main = abs[0];
        const projectDir = typeof e['project_directory'] === 'string' ? external_node_path_default().resolve(opts.workingDir, e['project_directory']) : external_node_path_default().dirname(main);
        if (included.includes(main)) {
            const chain = [...included, main].map((f) => ctx.show(f));
            fail(pathAt, `include cycle detected: ${chain.join(' -> ')}`, 'compose/include-cycle');
            return;
        }
        for (const p of abs) {
            if (refused(p, ctx.limits, ctx.problems, pathAt ?? { file, line: 1, column: 1 }, `included file ${ctx.show(p)}`)) {
                ctx.incomplete = true;
                return;
            }
            if (!(0,external_node_fs_.existsSync)(p)) {
                fail(pathAt, `included file ${ctx.show(p)} not found`);
                return;
            }
        }
        let envFiles = [];
        let source = 'env-file';
        if (envFilesRaw.length === 0) {
            const dotenv = external_node_path_default().join(projectDir, '.env');
            if ((0,external_node_fs_.existsSync)(dotenv) && (0,external_node_fs_.statSync)(dotenv).isFile())
                envFiles = [dotenv];
            source = '.env';
        }
        else {
            for (const f of envFilesRaw) {
                if (f === '/dev/null')
                    continue;
                const p = external_node_path_default().resolve(opts.workingDir, f);
                if (refused(p, ctx.limits, ctx.problems, valueLoc(e, 'env_file') ?? at ?? { file, line: 1, column: 1 }, `include entry ${i}: env file ${ctx.show(p)}`)) {
                    ctx.incomplete = true;
                    return;
                }
                if (!(0,external_node_fs_.existsSync)(p)) {
                    fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: env file ${ctx.show(p)} not found`);
                    return;
                }
                if ((0,external_node_fs_.statSync)(p).isDirectory()) {
                    fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: ${ctx.show(p)} is not a file`);
                    return;
                }
                envFiles.push(p);
            }
        }
        const env = withDotenvFiles(opts.env, envFiles, source, ctx.problems, ctx.limits, ctx.show);
        const imported = loadModel(abs.map((f) => ({ file: f, at: pathAt ?? { file, line: 1, column: 1 } })), { workingDir: projectDir, env, resolvePaths: true }, ctx, included);
        importResources(imported, cfg, resets, ctx);
    });
    delete cfg['include'];
}
const RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];
function importResources(source, target, resets, ctx) {
    for (const key of RESOURCES) {
        const from = source[key];
        if (!isMapping(from))
            continue;
        let to = target[key];
        if (to === undefined || to === null) {
            to = {};
            const l = selfLoc(from);
            if (l)
                register(to, l);
        }
        if (!isMapping(to))
            continue;
        for (const [name, a] of Object.entries(from)) {
            if (!hasOwn(to, name)) {
                setOwn(to, name, a);
                copyEntryLoc(to, name, from, name);
                continue;
            }
            applyResets({ [key]: { [name]: a } }, resets);
            try {
                const merged = mergeYaml(a, to[name], [key, name], valueLoc(from, name), valueLoc(to, name));
                setOwn(to, name, merged);
            }
            catch (e) {
                if (!(e instanceof MergeError))
                    throw e;
                ctx.problems.add('compose/merge-conflict', e.loc ?? valueLoc(to, name) ?? { file: '', line: 1, column: 1 }, e.message);
            }
        }
        target[key] = to;
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/checks/compose/schema/validate.generated.js
// Generated by scripts/gen-compose-validator.mjs from schema/compose-spec.json: do not edit.
/* eslint-disable */
// @ts-nocheck

const __ajvRuntime0 = { default: equal && typeof equal === 'object' &&  true ? equal["default"] : equal };
"use strict";const validate = (/* unused pure expression or super */ null && (validate21));/* harmony default export */ const validate_generated = (validate21);const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"provenance":{"type":["string","boolean"],"description":"Add a provenance attestation"},"sbom":{"type":["string","boolean"],"description":"Add a SBOM attestation"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."},"initial_sync":{"type":"boolean"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");const schema7 = {"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]};const schema8 = {"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."};const schema9 = {"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;break;}indices0[item0] = i1;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate24.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err1 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "path") || (key0 === "env_file")) || (key0 === "project_directory"))){const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.path !== undefined){if(!(validate23(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate23(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.project_directory !== undefined){if(typeof data.project_directory !== "string"){const err2 = {instancePath:instancePath+"/project_directory",schemaPath:"#/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate22.errors = vErrors;return errors === 0;}const schema10 = {"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"provenance":{"type":["string","boolean"],"description":"Add a provenance attestation"},"sbom":{"type":["string","boolean"],"description":"Add a SBOM attestation"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false};const func0 = __ajvRuntime0.default;const pattern27 = new RegExp("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "u");const pattern34 = new RegExp("^.+$", "u");const pattern46 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");const schema11 = {"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."},"initial_sync":{"type":"boolean"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema12 = {"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]};const schema13 = {"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data !== null){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err1 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate34.errors = vErrors;return errors === 0;}const schema14 = {"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."};const pattern7 = new RegExp(".+", "u");function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern7.test(key0))){const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern7.test(key1)){let data0 = data[key1];if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema14.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs6 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err4 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break;}indices0[item0] = i1;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate36.errors = vErrors;return errors === 0;}function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.command === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "command") || (key0 === "user")) || (key0 === "privileged")) || (key0 === "working_dir")) || (key0 === "environment")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.command !== undefined){if(!(validate34(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.user !== undefined){if(typeof data.user !== "string"){const err2 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.privileged !== undefined){let data2 = data.privileged;if((typeof data2 !== "boolean") && (typeof data2 !== "string")){const err3 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema12.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.working_dir !== undefined){if(typeof data.working_dir !== "string"){const err4 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.environment !== undefined){if(!(validate36(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate33.errors = vErrors;return errors === 0;}function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema11.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "watch") || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.watch !== undefined){let data0 = data.watch;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.path === undefined){const err2 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.action === undefined){const err3 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!((((((((key1 === "ignore") || (key1 === "include")) || (key1 === "path")) || (key1 === "action")) || (key1 === "target")) || (key1 === "exec")) || (key1 === "initial_sync")) || (pattern0.test(key1)))){const err4 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.ignore !== undefined){if(!(validate23(data1.ignore, {instancePath:instancePath+"/watch/" + i0+"/ignore",parentData:data1,parentDataProperty:"ignore",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data1.include !== undefined){if(!(validate23(data1.include, {instancePath:instancePath+"/watch/" + i0+"/include",parentData:data1,parentDataProperty:"include",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data1.path !== undefined){if(typeof data1.path !== "string"){const err5 = {instancePath:instancePath+"/watch/" + i0+"/path",schemaPath:"#/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.action !== undefined){let data5 = data1.action;if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(((((data5 === "rebuild") || (data5 === "sync")) || (data5 === "restart")) || (data5 === "sync+restart")) || (data5 === "sync+exec"))){const err7 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.target !== undefined){if(typeof data1.target !== "string"){const err8 = {instancePath:instancePath+"/watch/" + i0+"/target",schemaPath:"#/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.exec !== undefined){if(!(validate33(data1.exec, {instancePath:instancePath+"/watch/" + i0+"/exec",parentData:data1,parentDataProperty:"exec",rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}if(data1.initial_sync !== undefined){if(typeof data1.initial_sync !== "boolean"){const err9 = {instancePath:instancePath+"/watch/" + i0+"/initial_sync",schemaPath:"#/properties/watch/items/properties/initial_sync/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}validate30.errors = vErrors;return errors === 0;}const schema15 = {"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema16 = {"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key0 in data0){if(!((key0 === "discrete_resource_spec") || (pattern0.test(key0)))){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data0.discrete_resource_spec !== undefined){let data1 = data0.discrete_resource_spec;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((key1 === "kind") || (key1 === "value")) || (pattern0.test(key1)))){const err1 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data1.kind !== undefined){if(typeof data1.kind !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/kind",schemaPath:"#/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.value !== undefined){let data3 = data1.value;if((!(typeof data3 == "number")) && (typeof data3 !== "string")){const err3 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/value",schemaPath:"#/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema16.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate42.errors = vErrors;return errors === 0;}const schema17 = {"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data0){if(!((((((key0 === "capabilities") || (key0 === "count")) || (key0 === "device_ids")) || (key0 === "driver")) || (key0 === "options")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.capabilities !== undefined){if(!(validate24(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.count !== undefined){let data2 = data0.count;if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){const err2 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/items/properties/count/type",keyword:"type",params:{type: schema17.items.properties.count.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.device_ids !== undefined){if(!(validate24(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.driver !== undefined){if(typeof data0.driver !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.options !== undefined){if(!(validate36(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate44.errors = vErrors;return errors === 0;}function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema15.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema15.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.mode !== undefined){if(typeof data.mode !== "string"){const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.endpoint_mode !== undefined){if(typeof data.endpoint_mode !== "string"){const err3 = {instancePath:instancePath+"/endpoint_mode",schemaPath:"#/properties/endpoint_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.replicas !== undefined){let data2 = data.replicas;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err4 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: schema15.properties.replicas.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.rollback_config !== undefined){let data4 = data.rollback_config;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(((((((key1 === "parallelism") || (key1 === "delay")) || (key1 === "failure_action")) || (key1 === "monitor")) || (key1 === "max_failure_ratio")) || (key1 === "order")) || (pattern0.test(key1)))){const err5 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data4.parallelism !== undefined){let data5 = data4.parallelism;if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/rollback_config/parallelism",schemaPath:"#/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema15.properties.rollback_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.delay !== undefined){if(typeof data4.delay !== "string"){const err7 = {instancePath:instancePath+"/rollback_config/delay",schemaPath:"#/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.failure_action !== undefined){if(typeof data4.failure_action !== "string"){const err8 = {instancePath:instancePath+"/rollback_config/failure_action",schemaPath:"#/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.monitor !== undefined){if(typeof data4.monitor !== "string"){const err9 = {instancePath:instancePath+"/rollback_config/monitor",schemaPath:"#/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.max_failure_ratio !== undefined){let data9 = data4.max_failure_ratio;if((!(typeof data9 == "number")) && (typeof data9 !== "string")){const err10 = {instancePath:instancePath+"/rollback_config/max_failure_ratio",schemaPath:"#/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema15.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.order !== undefined){let data10 = data4.order;if(typeof data10 !== "string"){const err11 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!((data10 === "start-first") || (data10 === "stop-first"))){const err12 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema15.properties.rollback_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.update_config !== undefined){let data11 = data.update_config;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(!(((((((key2 === "parallelism") || (key2 === "delay")) || (key2 === "failure_action")) || (key2 === "monitor")) || (key2 === "max_failure_ratio")) || (key2 === "order")) || (pattern0.test(key2)))){const err14 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data11.parallelism !== undefined){let data12 = data11.parallelism;if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (typeof data12 !== "string")){const err15 = {instancePath:instancePath+"/update_config/parallelism",schemaPath:"#/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema15.properties.update_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data11.delay !== undefined){if(typeof data11.delay !== "string"){const err16 = {instancePath:instancePath+"/update_config/delay",schemaPath:"#/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11.failure_action !== undefined){if(typeof data11.failure_action !== "string"){const err17 = {instancePath:instancePath+"/update_config/failure_action",schemaPath:"#/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data11.monitor !== undefined){if(typeof data11.monitor !== "string"){const err18 = {instancePath:instancePath+"/update_config/monitor",schemaPath:"#/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11.max_failure_ratio !== undefined){let data16 = data11.max_failure_ratio;if((!(typeof data16 == "number")) && (typeof data16 !== "string")){const err19 = {instancePath:instancePath+"/update_config/max_failure_ratio",schemaPath:"#/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema15.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.order !== undefined){let data17 = data11.order;if(typeof data17 !== "string"){const err20 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!((data17 === "start-first") || (data17 === "stop-first"))){const err21 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema15.properties.update_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.resources !== undefined){let data18 = data.resources;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key3 in data18){if(!(((key3 === "limits") || (key3 === "reservations")) || (pattern0.test(key3)))){const err23 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data18.limits !== undefined){let data19 = data18.limits;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key4 in data19){if(!((((key4 === "cpus") || (key4 === "memory")) || (key4 === "pids")) || (pattern0.test(key4)))){const err24 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data19.cpus !== undefined){let data20 = data19.cpus;if((!(typeof data20 == "number")) && (typeof data20 !== "string")){const err25 = {instancePath:instancePath+"/resources/limits/cpus",schemaPath:"#/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema15.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19.memory !== undefined){if(typeof data19.memory !== "string"){const err26 = {instancePath:instancePath+"/resources/limits/memory",schemaPath:"#/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19.pids !== undefined){let data22 = data19.pids;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){const err27 = {instancePath:instancePath+"/resources/limits/pids",schemaPath:"#/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema15.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data18.reservations !== undefined){let data23 = data18.reservations;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key5 in data23){if(!(((((key5 === "cpus") || (key5 === "memory")) || (key5 === "generic_resources")) || (key5 === "devices")) || (pattern0.test(key5)))){const err29 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data23.cpus !== undefined){let data24 = data23.cpus;if((!(typeof data24 == "number")) && (typeof data24 !== "string")){const err30 = {instancePath:instancePath+"/resources/reservations/cpus",schemaPath:"#/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema15.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data23.memory !== undefined){if(typeof data23.memory !== "string"){const err31 = {instancePath:instancePath+"/resources/reservations/memory",schemaPath:"#/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data23.generic_resources !== undefined){if(!(validate42(data23.generic_resources, {instancePath:instancePath+"/resources/reservations/generic_resources",parentData:data23,parentDataProperty:"generic_resources",rootData}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data23.devices !== undefined){if(!(validate44(data23.devices, {instancePath:instancePath+"/resources/reservations/devices",parentData:data23,parentDataProperty:"devices",rootData}))){vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.restart_policy !== undefined){let data28 = data.restart_policy;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key6 in data28){if(!(((((key6 === "condition") || (key6 === "delay")) || (key6 === "max_attempts")) || (key6 === "window")) || (pattern0.test(key6)))){const err34 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data28.condition !== undefined){if(typeof data28.condition !== "string"){const err35 = {instancePath:instancePath+"/restart_policy/condition",schemaPath:"#/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data28.delay !== undefined){if(typeof data28.delay !== "string"){const err36 = {instancePath:instancePath+"/restart_policy/delay",schemaPath:"#/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data28.max_attempts !== undefined){let data31 = data28.max_attempts;if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (typeof data31 !== "string")){const err37 = {instancePath:instancePath+"/restart_policy/max_attempts",schemaPath:"#/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema15.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data28.window !== undefined){if(typeof data28.window !== "string"){const err38 = {instancePath:instancePath+"/restart_policy/window",schemaPath:"#/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.placement !== undefined){let data33 = data.placement;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key7 in data33){if(!((((key7 === "constraints") || (key7 === "preferences")) || (key7 === "max_replicas_per_node")) || (pattern0.test(key7)))){const err40 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data33.constraints !== undefined){let data34 = data33.constraints;if(Array.isArray(data34)){const len0 = data34.length;for(let i0=0; i0<len0; i0++){if(typeof data34[i0] !== "string"){const err41 = {instancePath:instancePath+"/placement/constraints/" + i0,schemaPath:"#/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/placement/constraints",schemaPath:"#/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data33.preferences !== undefined){let data36 = data33.preferences;if(Array.isArray(data36)){const len1 = data36.length;for(let i1=0; i1<len1; i1++){let data37 = data36[i1];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key8 in data37){if(!((key8 === "spread") || (pattern0.test(key8)))){const err43 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data37.spread !== undefined){if(typeof data37.spread !== "string"){const err44 = {instancePath:instancePath+"/placement/preferences/" + i1+"/spread",schemaPath:"#/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/placement/preferences",schemaPath:"#/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data33.max_replicas_per_node !== undefined){let data39 = data33.max_replicas_per_node;if((!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) && (typeof data39 !== "string")){const err47 = {instancePath:instancePath+"/placement/max_replicas_per_node",schemaPath:"#/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema15.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}validate40.errors = vErrors;return errors === 0;}const schema18 = {"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern7.test(key0))){const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern7.test(key1)){let data0 = data[key1];const _errs5 = errors;let valid2 = false;let passing1 = null;const _errs6 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs6 === errors;if(_valid1){valid2 = true;passing1 = 0;}const _errs8 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs8 === errors;if(_valid1 && valid2){valid2 = false;passing1 = [passing1, 1];}else {if(_valid1){valid2 = true;passing1 = 1;}}if(!valid2){const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs12 = errors;if(Array.isArray(data)){const len1 = data.length;for(let i1=0; i1<len1; i1++){if(typeof data[i1] !== "string"){const err6 = {instancePath:instancePath+"/" + i1,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i2 = data.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err7 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices0[item0] = i2;}}}else {const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate55.errors = vErrors;return errors === 0;}const schema19 = {"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs2 = errors;let valid2 = false;let passing0 = null;const _errs3 = errors;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs3 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key0 in data0){if(!((((((key0 === "source") || (key0 === "target")) || (key0 === "uid")) || (key0 === "gid")) || (key0 === "mode")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.source !== undefined){if(typeof data0.source !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/source",schemaPath:"#/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.target !== undefined){if(typeof data0.target !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/target",schemaPath:"#/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.uid !== undefined){if(typeof data0.uid !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/uid",schemaPath:"#/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.gid !== undefined){if(typeof data0.gid !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/gid",schemaPath:"#/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.mode !== undefined){let data5 = data0.mode;if((!(typeof data5 == "number")) && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema19.items.oneOf[1].properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate57.errors = vErrors;return errors === 0;}const schema20 = {"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}};const pattern25 = new RegExp("^[a-z]+$", "u");function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(pattern25.test(key0)){let data0 = data[key0];const _errs2 = errors;let valid1 = false;let passing0 = null;const _errs3 = errors;if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (typeof data0 !== "string")){const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs3 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.soft === undefined){const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.hard === undefined){const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!(((key1 === "hard") || (key1 === "soft")) || (pattern0.test(key1)))){const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.hard !== undefined){let data1 = data0.hard;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.soft !== undefined){let data2 = data0.soft;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate59.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false};function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "rate"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){if(typeof data.path !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.rate !== undefined){let data1 = data.rate;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: schema21.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate61.errors = vErrors;return errors === 0;}const schema22 = {"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false};function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "weight"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){if(typeof data.path !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.weight !== undefined){let data1 = data.weight;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: schema22.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate66.errors = vErrors;return errors === 0;}const schema23 = {"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]};function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs6 = errors;let valid3 = false;let passing1 = null;const _errs7 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs7 === errors;if(_valid1){valid3 = true;passing1 = 0;}const _errs9 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.path === undefined){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data0){if(!(((key0 === "path") || (key0 === "format")) || (key0 === "required"))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.path !== undefined){if(typeof data0.path !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/path",schemaPath:"#/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.format !== undefined){if(typeof data0.format !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/format",schemaPath:"#/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.required !== undefined){let data3 = data0.required;if((typeof data3 !== "boolean") && (typeof data3 !== "string")){const err6 = {instancePath:instancePath+"/" + i0+"/required",schemaPath:"#/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema23.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs9 === errors;if(_valid1 && valid3){valid3 = false;passing1 = [passing1, 1];}else {if(_valid1){valid3 = true;passing1 = 1;}}if(!valid3){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate75.errors = vErrors;return errors === 0;}const schema24 = {"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]};function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate77.errors = vErrors;return errors === 0;}const schema25 = {"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]};function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "all")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema25.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities !== undefined){if(!(validate24(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.count !== undefined){let data2 = data0.count;if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){const err2 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/oneOf/1/items/properties/count/type",keyword:"type",params:{type: schema25.oneOf[1].items.properties.count.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.device_ids !== undefined){if(!(validate24(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.driver !== undefined){if(typeof data0.driver !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.options !== undefined){if(!(validate36(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern0.test(key0))){const err6 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate81.errors = vErrors;return errors === 0;}const schema26 = {"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "disable") || (key0 === "interval")) || (key0 === "retries")) || (key0 === "test")) || (key0 === "timeout")) || (key0 === "start_period")) || (key0 === "start_interval")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.disable !== undefined){let data0 = data.disable;if((typeof data0 !== "boolean") && (typeof data0 !== "string")){const err1 = {instancePath:instancePath+"/disable",schemaPath:"#/properties/disable/type",keyword:"type",params:{type: schema26.properties.disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.interval !== undefined){if(typeof data.interval !== "string"){const err2 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.retries !== undefined){let data2 = data.retries;if((!(typeof data2 == "number")) && (typeof data2 !== "string")){const err3 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: schema26.properties.retries.type},message:"must be number,string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.test !== undefined){let data3 = data.test;const _errs9 = errors;let valid1 = false;let passing0 = null;const _errs10 = errors;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs10 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs12 = errors;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(typeof data3[i0] !== "string"){const err5 = {instancePath:instancePath+"/test/" + i0,schemaPath:"#/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err7 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}}if(data.timeout !== undefined){if(typeof data.timeout !== "string"){const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.start_period !== undefined){if(typeof data.start_period !== "string"){const err9 = {instancePath:instancePath+"/start_period",schemaPath:"#/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.start_interval !== undefined){if(typeof data.start_interval !== "string"){const err10 = {instancePath:instancePath+"/start_interval",schemaPath:"#/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate86.errors = vErrors;return errors === 0;}function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema10.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.develop !== undefined){if(!(validate30(data.develop, {instancePath:instancePath+"/develop",parentData:data,parentDataProperty:"develop",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.deploy !== undefined){if(!(validate40(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.annotations !== undefined){if(!(validate36(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.attach !== undefined){let data3 = data.attach;if((typeof data3 !== "boolean") && (typeof data3 !== "string")){const err1 = {instancePath:instancePath+"/attach",schemaPath:"#/properties/attach/type",keyword:"type",params:{type: schema10.properties.attach.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.build !== undefined){let data4 = data.build;const _errs8 = errors;let valid1 = false;let passing0 = null;const _errs9 = errors;if(typeof data4 !== "string"){const err2 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs9 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs11 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((func2.call(schema10.properties.build.oneOf[1].properties, key1)) || (pattern0.test(key1)))){const err3 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data4.context !== undefined){if(typeof data4.context !== "string"){const err4 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data4.dockerfile !== undefined){if(typeof data4.dockerfile !== "string"){const err5 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data4.dockerfile_inline !== undefined){if(typeof data4.dockerfile_inline !== "string"){const err6 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.entitlements !== undefined){let data8 = data4.entitlements;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(typeof data8[i0] !== "string"){const err7 = {instancePath:instancePath+"/build/entitlements/" + i0,schemaPath:"#/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/build/entitlements",schemaPath:"#/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.args !== undefined){if(!(validate36(data4.args, {instancePath:instancePath+"/build/args",parentData:data4,parentDataProperty:"args",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.ssh !== undefined){if(!(validate36(data4.ssh, {instancePath:instancePath+"/build/ssh",parentData:data4,parentDataProperty:"ssh",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.labels !== undefined){if(!(validate36(data4.labels, {instancePath:instancePath+"/build/labels",parentData:data4,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.cache_from !== undefined){let data13 = data4.cache_from;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){if(typeof data13[i1] !== "string"){const err9 = {instancePath:instancePath+"/build/cache_from/" + i1,schemaPath:"#/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.cache_to !== undefined){let data15 = data4.cache_to;if(Array.isArray(data15)){const len2 = data15.length;for(let i2=0; i2<len2; i2++){if(typeof data15[i2] !== "string"){const err11 = {instancePath:instancePath+"/build/cache_to/" + i2,schemaPath:"#/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/build/cache_to",schemaPath:"#/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.no_cache !== undefined){let data17 = data4.no_cache;if((typeof data17 !== "boolean") && (typeof data17 !== "string")){const err13 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.additional_contexts !== undefined){if(!(validate36(data4.additional_contexts, {instancePath:instancePath+"/build/additional_contexts",parentData:data4,parentDataProperty:"additional_contexts",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.network !== undefined){if(typeof data4.network !== "string"){const err14 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.pull !== undefined){let data20 = data4.pull;if((typeof data20 !== "boolean") && (typeof data20 !== "string")){const err15 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.target !== undefined){if(typeof data4.target !== "string"){const err16 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.shm_size !== undefined){let data22 = data4.shm_size;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){const err17 = {instancePath:instancePath+"/build/shm_size",schemaPath:"#/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.shm_size.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data4.extra_hosts !== undefined){if(!(validate55(data4.extra_hosts, {instancePath:instancePath+"/build/extra_hosts",parentData:data4,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data4.isolation !== undefined){if(typeof data4.isolation !== "string"){const err18 = {instancePath:instancePath+"/build/isolation",schemaPath:"#/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data4.privileged !== undefined){let data25 = data4.privileged;if((typeof data25 !== "boolean") && (typeof data25 !== "string")){const err19 = {instancePath:instancePath+"/build/privileged",schemaPath:"#/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4.secrets !== undefined){if(!(validate57(data4.secrets, {instancePath:instancePath+"/build/secrets",parentData:data4,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data4.tags !== undefined){let data27 = data4.tags;if(Array.isArray(data27)){const len3 = data27.length;for(let i3=0; i3<len3; i3++){if(typeof data27[i3] !== "string"){const err20 = {instancePath:instancePath+"/build/tags/" + i3,schemaPath:"#/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4.ulimits !== undefined){if(!(validate59(data4.ulimits, {instancePath:instancePath+"/build/ulimits",parentData:data4,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}if(data4.platforms !== undefined){let data30 = data4.platforms;if(Array.isArray(data30)){const len4 = data30.length;for(let i4=0; i4<len4; i4++){if(typeof data30[i4] !== "string"){const err22 = {instancePath:instancePath+"/build/platforms/" + i4,schemaPath:"#/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data4.provenance !== undefined){let data32 = data4.provenance;if((typeof data32 !== "string") && (typeof data32 !== "boolean")){const err24 = {instancePath:instancePath+"/build/provenance",schemaPath:"#/properties/build/oneOf/1/properties/provenance/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.provenance.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data4.sbom !== undefined){let data33 = data4.sbom;if((typeof data33 !== "string") && (typeof data33 !== "boolean")){const err25 = {instancePath:instancePath+"/build/sbom",schemaPath:"#/properties/build/oneOf/1/properties/sbom/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.sbom.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid0 = _errs11 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err27 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}else {errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}}}if(data.blkio_config !== undefined){let data34 = data.blkio_config;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key2 in data34){if(!((((((key2 === "device_read_bps") || (key2 === "device_read_iops")) || (key2 === "device_write_bps")) || (key2 === "device_write_iops")) || (key2 === "weight")) || (key2 === "weight_device"))){const err28 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data34.device_read_bps !== undefined){let data35 = data34.device_read_bps;if(Array.isArray(data35)){const len5 = data35.length;for(let i5=0; i5<len5; i5++){if(!(validate61(data35[i5], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i5,parentData:data35,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err29 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data34.device_read_iops !== undefined){let data37 = data34.device_read_iops;if(Array.isArray(data37)){const len6 = data37.length;for(let i6=0; i6<len6; i6++){if(!(validate61(data37[i6], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i6,parentData:data37,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err30 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data34.device_write_bps !== undefined){let data39 = data34.device_write_bps;if(Array.isArray(data39)){const len7 = data39.length;for(let i7=0; i7<len7; i7++){if(!(validate61(data39[i7], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i7,parentData:data39,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err31 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data34.device_write_iops !== undefined){let data41 = data34.device_write_iops;if(Array.isArray(data41)){const len8 = data41.length;for(let i8=0; i8<len8; i8++){if(!(validate61(data41[i8], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i8,parentData:data41,parentDataProperty:i8,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data34.weight !== undefined){let data43 = data34.weight;if((!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))) && (typeof data43 !== "string")){const err33 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema10.properties.blkio_config.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data34.weight_device !== undefined){let data44 = data34.weight_device;if(Array.isArray(data44)){const len9 = data44.length;for(let i9=0; i9<len9; i9++){if(!(validate66(data44[i9], {instancePath:instancePath+"/blkio_config/weight_device/" + i9,parentData:data44,parentDataProperty:i9,rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}}}else {const err34 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.cap_add !== undefined){let data46 = data.cap_add;if(Array.isArray(data46)){const len10 = data46.length;for(let i10=0; i10<len10; i10++){if(typeof data46[i10] !== "string"){const err36 = {instancePath:instancePath+"/cap_add/" + i10,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}let i11 = data46.length;let j0;if(i11 > 1){const indices0 = {};for(;i11--;){let item0 = data46[i11];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err37 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i11+" are identical)"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;break;}indices0[item0] = i11;}}}else {const err38 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.cap_drop !== undefined){let data48 = data.cap_drop;if(Array.isArray(data48)){const len11 = data48.length;for(let i12=0; i12<len11; i12++){if(typeof data48[i12] !== "string"){const err39 = {instancePath:instancePath+"/cap_drop/" + i12,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}let i13 = data48.length;let j1;if(i13 > 1){const indices1 = {};for(;i13--;){let item1 = data48[i13];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err40 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i13+" are identical)"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;break;}indices1[item1] = i13;}}}else {const err41 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.cgroup !== undefined){let data50 = data.cgroup;if(typeof data50 !== "string"){const err42 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(!((data50 === "host") || (data50 === "private"))){const err43 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema10.properties.cgroup.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.cgroup_parent !== undefined){if(typeof data.cgroup_parent !== "string"){const err44 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.command !== undefined){if(!(validate34(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.configs !== undefined){if(!(validate57(data.configs, {instancePath:instancePath+"/configs",parentData:data,parentDataProperty:"configs",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data.container_name !== undefined){let data54 = data.container_name;if(typeof data54 === "string"){if(!pattern27.test(data54)){const err45 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+"},message:"must match pattern \""+"[a-zA-Z0-9][a-zA-Z0-9_.-]+"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.cpu_count !== undefined){let data55 = data.cpu_count;const _errs102 = errors;let valid30 = false;let passing1 = null;const _errs103 = errors;if(typeof data55 !== "string"){const err47 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid1 = _errs103 === errors;if(_valid1){valid30 = true;passing1 = 0;}const _errs105 = errors;if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){const err48 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data55 == "number"){if(data55 < 0 || isNaN(data55)){const err49 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}var _valid1 = _errs105 === errors;if(_valid1 && valid30){valid30 = false;passing1 = [passing1, 1];}else {if(_valid1){valid30 = true;passing1 = 1;}}if(!valid30){const err50 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}else {errors = _errs102;if(vErrors !== null){if(_errs102){vErrors.length = _errs102;}else {vErrors = null;}}}}if(data.cpu_percent !== undefined){let data56 = data.cpu_percent;const _errs108 = errors;let valid31 = false;let passing2 = null;const _errs109 = errors;if(typeof data56 !== "string"){const err51 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}var _valid2 = _errs109 === errors;if(_valid2){valid31 = true;passing2 = 0;}const _errs111 = errors;if(!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))){const err52 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(typeof data56 == "number"){if(data56 > 100 || isNaN(data56)){const err53 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data56 < 0 || isNaN(data56)){const err54 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}var _valid2 = _errs111 === errors;if(_valid2 && valid31){valid31 = false;passing2 = [passing2, 1];}else {if(_valid2){valid31 = true;passing2 = 1;}}if(!valid31){const err55 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}else {errors = _errs108;if(vErrors !== null){if(_errs108){vErrors.length = _errs108;}else {vErrors = null;}}}}if(data.cpu_shares !== undefined){let data57 = data.cpu_shares;if((!(typeof data57 == "number")) && (typeof data57 !== "string")){const err56 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: schema10.properties.cpu_shares.type},message:"must be number,string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.cpu_quota !== undefined){let data58 = data.cpu_quota;if((!(typeof data58 == "number")) && (typeof data58 !== "string")){const err57 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: schema10.properties.cpu_quota.type},message:"must be number,string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.cpu_period !== undefined){let data59 = data.cpu_period;if((!(typeof data59 == "number")) && (typeof data59 !== "string")){const err58 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: schema10.properties.cpu_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.cpu_rt_period !== undefined){let data60 = data.cpu_rt_period;if((!(typeof data60 == "number")) && (typeof data60 !== "string")){const err59 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema10.properties.cpu_rt_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.cpu_rt_runtime !== undefined){let data61 = data.cpu_rt_runtime;if((!(typeof data61 == "number")) && (typeof data61 !== "string")){const err60 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema10.properties.cpu_rt_runtime.type},message:"must be number,string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.cpus !== undefined){let data62 = data.cpus;if((!(typeof data62 == "number")) && (typeof data62 !== "string")){const err61 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema10.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.cpuset !== undefined){if(typeof data.cpuset !== "string"){const err62 = {instancePath:instancePath+"/cpuset",schemaPath:"#/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.credential_spec !== undefined){let data64 = data.credential_spec;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){for(const key3 in data64){if(!((((key3 === "config") || (key3 === "file")) || (key3 === "registry")) || (pattern0.test(key3)))){const err63 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data64.config !== undefined){if(typeof data64.config !== "string"){const err64 = {instancePath:instancePath+"/credential_spec/config",schemaPath:"#/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data64.file !== undefined){if(typeof data64.file !== "string"){const err65 = {instancePath:instancePath+"/credential_spec/file",schemaPath:"#/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data64.registry !== undefined){if(typeof data64.registry !== "string"){const err66 = {instancePath:instancePath+"/credential_spec/registry",schemaPath:"#/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.depends_on !== undefined){let data68 = data.depends_on;const _errs137 = errors;let valid33 = false;let passing3 = null;const _errs138 = errors;if(!(validate24(data68, {instancePath:instancePath+"/depends_on",parentData:data,parentDataProperty:"depends_on",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid3 = _errs138 === errors;if(_valid3){valid33 = true;passing3 = 0;}const _errs139 = errors;if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key4 in data68){if(!(pattern1.test(key4))){const err68 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}for(const key5 in data68){if(pattern1.test(key5)){let data69 = data68[key5];if(data69 && typeof data69 == "object" && !Array.isArray(data69)){if(data69.condition === undefined){const err69 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}for(const key6 in data69){if(!((((key6 === "restart") || (key6 === "required")) || (key6 === "condition")) || (pattern0.test(key6)))){const err70 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data69.restart !== undefined){let data70 = data69.restart;if((typeof data70 !== "boolean") && (typeof data70 !== "string")){const err71 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data69.required !== undefined){if(typeof data69.required !== "boolean"){const err72 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data69.condition !== undefined){let data72 = data69.condition;if(typeof data72 !== "string"){const err73 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(!(((data72 === "service_started") || (data72 === "service_healthy")) || (data72 === "service_completed_successfully"))){const err74 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum",keyword:"enum",params:{allowedValues: schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}}else {const err76 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}var _valid3 = _errs139 === errors;if(_valid3 && valid33){valid33 = false;passing3 = [passing3, 1];}else {if(_valid3){valid33 = true;passing3 = 1;}}if(!valid33){const err77 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}else {errors = _errs137;if(vErrors !== null){if(_errs137){vErrors.length = _errs137;}else {vErrors = null;}}}}if(data.device_cgroup_rules !== undefined){if(!(validate24(data.device_cgroup_rules, {instancePath:instancePath+"/device_cgroup_rules",parentData:data,parentDataProperty:"device_cgroup_rules",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.devices !== undefined){let data74 = data.devices;if(Array.isArray(data74)){const len12 = data74.length;for(let i14=0; i14<len12; i14++){let data75 = data74[i14];const _errs155 = errors;let valid38 = false;let passing4 = null;const _errs156 = errors;if(typeof data75 !== "string"){const err78 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}var _valid4 = _errs156 === errors;if(_valid4){valid38 = true;passing4 = 0;}const _errs158 = errors;if(data75 && typeof data75 == "object" && !Array.isArray(data75)){if(data75.source === undefined){const err79 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}for(const key7 in data75){if(!((((key7 === "source") || (key7 === "target")) || (key7 === "permissions")) || (pattern0.test(key7)))){const err80 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data75.source !== undefined){if(typeof data75.source !== "string"){const err81 = {instancePath:instancePath+"/devices/" + i14+"/source",schemaPath:"#/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data75.target !== undefined){if(typeof data75.target !== "string"){const err82 = {instancePath:instancePath+"/devices/" + i14+"/target",schemaPath:"#/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data75.permissions !== undefined){if(typeof data75.permissions !== "string"){const err83 = {instancePath:instancePath+"/devices/" + i14+"/permissions",schemaPath:"#/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}var _valid4 = _errs158 === errors;if(_valid4 && valid38){valid38 = false;passing4 = [passing4, 1];}else {if(_valid4){valid38 = true;passing4 = 1;}}if(!valid38){const err85 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}else {errors = _errs155;if(vErrors !== null){if(_errs155){vErrors.length = _errs155;}else {vErrors = null;}}}}}else {const err86 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.dns !== undefined){if(!(validate23(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.dns_opt !== undefined){let data80 = data.dns_opt;if(Array.isArray(data80)){const len13 = data80.length;for(let i15=0; i15<len13; i15++){if(typeof data80[i15] !== "string"){const err87 = {instancePath:instancePath+"/dns_opt/" + i15,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}let i16 = data80.length;let j2;if(i16 > 1){const indices2 = {};for(;i16--;){let item2 = data80[i16];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err88 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i16+" are identical)"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;break;}indices2[item2] = i16;}}}else {const err89 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data.dns_search !== undefined){if(!(validate23(data.dns_search, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.domainname !== undefined){if(typeof data.domainname !== "string"){const err90 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.entrypoint !== undefined){if(!(validate34(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate75(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);errors = vErrors.length;}}if(data.label_file !== undefined){if(!(validate77(data.label_file, {instancePath:instancePath+"/label_file",parentData:data,parentDataProperty:"label_file",rootData}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}}if(data.environment !== undefined){if(!(validate36(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.expose !== undefined){let data88 = data.expose;if(Array.isArray(data88)){const len14 = data88.length;for(let i17=0; i17<len14; i17++){let data89 = data88[i17];if((typeof data89 !== "string") && (!(typeof data89 == "number"))){const err91 = {instancePath:instancePath+"/expose/" + i17,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema10.properties.expose.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}let i18 = data88.length;let j3;if(i18 > 1){const indices3 = {};for(;i18--;){let item3 = data88[i18];if((typeof item3 !== "string") && (!(typeof item3 == "number"))){continue;}if(typeof item3 == "string"){item3 += "_";}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err92 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i18+" are identical)"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;break;}indices3[item3] = i18;}}}else {const err93 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.extends !== undefined){let data90 = data.extends;const _errs184 = errors;let valid46 = false;let passing5 = null;const _errs185 = errors;if(typeof data90 !== "string"){const err94 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}var _valid5 = _errs185 === errors;if(_valid5){valid46 = true;passing5 = 0;}const _errs187 = errors;if(data90 && typeof data90 == "object" && !Array.isArray(data90)){if(data90.service === undefined){const err95 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}for(const key8 in data90){if(!((key8 === "service") || (key8 === "file"))){const err96 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data90.service !== undefined){if(typeof data90.service !== "string"){const err97 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data90.file !== undefined){if(typeof data90.file !== "string"){const err98 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}else {const err99 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}var _valid5 = _errs187 === errors;if(_valid5 && valid46){valid46 = false;passing5 = [passing5, 1];}else {if(_valid5){valid46 = true;passing5 = 1;}}if(!valid46){const err100 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}else {errors = _errs184;if(vErrors !== null){if(_errs184){vErrors.length = _errs184;}else {vErrors = null;}}}}if(data.provider !== undefined){let data93 = data.provider;if(data93 && typeof data93 == "object" && !Array.isArray(data93)){if(data93.type === undefined){const err101 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}for(const key9 in data93){if(!(((key9 === "type") || (key9 === "options")) || (pattern0.test(key9)))){const err102 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data93.type !== undefined){if(typeof data93.type !== "string"){const err103 = {instancePath:instancePath+"/provider/type",schemaPath:"#/properties/provider/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data93.options !== undefined){let data95 = data93.options;if(data95 && typeof data95 == "object" && !Array.isArray(data95)){for(const key10 in data95){if(pattern34.test(key10)){let data96 = data95[key10];const _errs202 = errors;let valid50 = false;let passing6 = null;const _errs203 = errors;if(((typeof data96 !== "string") && (!(typeof data96 == "number"))) && (typeof data96 !== "boolean")){const err104 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type",keyword:"type",params:{type: schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}var _valid6 = _errs203 === errors;if(_valid6){valid50 = true;passing6 = 0;}const _errs205 = errors;if(Array.isArray(data96)){const len15 = data96.length;for(let i19=0; i19<len15; i19++){let data97 = data96[i19];if(((typeof data97 !== "string") && (!(typeof data97 == "number"))) && (typeof data97 !== "boolean")){const err105 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i19,schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type",keyword:"type",params:{type: schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}}else {const err106 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}var _valid6 = _errs205 === errors;if(_valid6 && valid50){valid50 = false;passing6 = [passing6, 1];}else {if(_valid6){valid50 = true;passing6 = 1;}}if(!valid50){const err107 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}else {errors = _errs202;if(vErrors !== null){if(_errs202){vErrors.length = _errs202;}else {vErrors = null;}}}}}}else {const err108 = {instancePath:instancePath+"/provider/options",schemaPath:"#/properties/provider/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data.external_links !== undefined){let data98 = data.external_links;if(Array.isArray(data98)){const len16 = data98.length;for(let i20=0; i20<len16; i20++){if(typeof data98[i20] !== "string"){const err110 = {instancePath:instancePath+"/external_links/" + i20,schemaPath:"#/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}let i21 = data98.length;let j4;if(i21 > 1){const indices4 = {};for(;i21--;){let item4 = data98[i21];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err111 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i21+" are identical)"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;break;}indices4[item4] = i21;}}}else {const err112 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data.extra_hosts !== undefined){if(!(validate55(data.extra_hosts, {instancePath:instancePath+"/extra_hosts",parentData:data,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data.gpus !== undefined){if(!(validate81(data.gpus, {instancePath:instancePath+"/gpus",parentData:data,parentDataProperty:"gpus",rootData}))){vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);errors = vErrors.length;}}if(data.group_add !== undefined){let data102 = data.group_add;if(Array.isArray(data102)){const len17 = data102.length;for(let i22=0; i22<len17; i22++){let data103 = data102[i22];if((typeof data103 !== "string") && (!(typeof data103 == "number"))){const err113 = {instancePath:instancePath+"/group_add/" + i22,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema10.properties.group_add.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}let i23 = data102.length;let j5;if(i23 > 1){const indices5 = {};for(;i23--;){let item5 = data102[i23];if((typeof item5 !== "string") && (!(typeof item5 == "number"))){continue;}if(typeof item5 == "string"){item5 += "_";}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err114 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i23+" are identical)"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;break;}indices5[item5] = i23;}}}else {const err115 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data.healthcheck !== undefined){if(!(validate86(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData}))){vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);errors = vErrors.length;}}if(data.hostname !== undefined){if(typeof data.hostname !== "string"){const err116 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data.image !== undefined){if(typeof data.image !== "string"){const err117 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data.init !== undefined){let data107 = data.init;if((typeof data107 !== "boolean") && (typeof data107 !== "string")){const err118 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: schema10.properties.init.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data.ipc !== undefined){if(typeof data.ipc !== "string"){const err119 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data.isolation !== undefined){if(typeof data.isolation !== "string"){const err120 = {instancePath:instancePath+"/isolation",schemaPath:"#/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.links !== undefined){let data111 = data.links;if(Array.isArray(data111)){const len18 = data111.length;for(let i24=0; i24<len18; i24++){if(typeof data111[i24] !== "string"){const err121 = {instancePath:instancePath+"/links/" + i24,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}let i25 = data111.length;let j6;if(i25 > 1){const indices6 = {};for(;i25--;){let item6 = data111[i25];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err122 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;break;}indices6[item6] = i25;}}}else {const err123 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data.logging !== undefined){let data113 = data.logging;if(data113 && typeof data113 == "object" && !Array.isArray(data113)){for(const key11 in data113){if(!(((key11 === "driver") || (key11 === "options")) || (pattern0.test(key11)))){const err124 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data113.driver !== undefined){if(typeof data113.driver !== "string"){const err125 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data113.options !== undefined){let data115 = data113.options;if(data115 && typeof data115 == "object" && !Array.isArray(data115)){for(const key12 in data115){if(pattern34.test(key12)){let data116 = data115[key12];if(((typeof data116 !== "string") && (!(typeof data116 == "number"))) && (data116 !== null)){const err126 = {instancePath:instancePath+"/logging/options/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema10.properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}}}else {const err127 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data.mac_address !== undefined){if(typeof data.mac_address !== "string"){const err129 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data.mem_limit !== undefined){let data118 = data.mem_limit;if((!(typeof data118 == "number")) && (typeof data118 !== "string")){const err130 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema10.properties.mem_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data.mem_reservation !== undefined){let data119 = data.mem_reservation;if((typeof data119 !== "string") && (!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))))){const err131 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema10.properties.mem_reservation.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data.mem_swappiness !== undefined){let data120 = data.mem_swappiness;if((!((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120)))) && (typeof data120 !== "string")){const err132 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: schema10.properties.mem_swappiness.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data.memswap_limit !== undefined){let data121 = data.memswap_limit;if((!(typeof data121 == "number")) && (typeof data121 !== "string")){const err133 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema10.properties.memswap_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data.network_mode !== undefined){if(typeof data.network_mode !== "string"){const err134 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data.models !== undefined){let data123 = data.models;const _errs257 = errors;let valid64 = false;let passing7 = null;const _errs258 = errors;if(!(validate24(data123, {instancePath:instancePath+"/models",parentData:data,parentDataProperty:"models",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid7 = _errs258 === errors;if(_valid7){valid64 = true;passing7 = 0;}const _errs259 = errors;if(data123 && typeof data123 == "object" && !Array.isArray(data123)){for(const key13 in data123){if(pattern1.test(key13)){let data124 = data123[key13];const _errs262 = errors;let valid66 = false;let passing8 = null;const _errs263 = errors;if(data124 && typeof data124 == "object" && !Array.isArray(data124)){for(const key14 in data124){if(!(((key14 === "endpoint_var") || (key14 === "model_var")) || (pattern0.test(key14)))){const err135 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data124.endpoint_var !== undefined){if(typeof data124.endpoint_var !== "string"){const err136 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data124.model_var !== undefined){if(typeof data124.model_var !== "string"){const err137 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/model_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/model_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}}else {const err138 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}var _valid8 = _errs263 === errors;if(_valid8){valid66 = true;passing8 = 0;}const _errs270 = errors;if(data124 !== null){const err139 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}var _valid8 = _errs270 === errors;if(_valid8 && valid66){valid66 = false;passing8 = [passing8, 1];}else {if(_valid8){valid66 = true;passing8 = 1;}}if(!valid66){const err140 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}else {errors = _errs262;if(vErrors !== null){if(_errs262){vErrors.length = _errs262;}else {vErrors = null;}}}}}}else {const err141 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var _valid7 = _errs259 === errors;if(_valid7 && valid64){valid64 = false;passing7 = [passing7, 1];}else {if(_valid7){valid64 = true;passing7 = 1;}}if(!valid64){const err142 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}else {errors = _errs257;if(vErrors !== null){if(_errs257){vErrors.length = _errs257;}else {vErrors = null;}}}}if(data.networks !== undefined){let data127 = data.networks;const _errs273 = errors;let valid68 = false;let passing9 = null;const _errs274 = errors;if(!(validate24(data127, {instancePath:instancePath+"/networks",parentData:data,parentDataProperty:"networks",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid9 = _errs274 === errors;if(_valid9){valid68 = true;passing9 = 0;}const _errs275 = errors;if(data127 && typeof data127 == "object" && !Array.isArray(data127)){for(const key15 in data127){if(!(pattern1.test(key15))){const err143 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}for(const key16 in data127){if(pattern1.test(key16)){let data128 = data127[key16];const _errs279 = errors;let valid70 = false;let passing10 = null;const _errs280 = errors;if(data128 && typeof data128 == "object" && !Array.isArray(data128)){for(const key17 in data128){if(!((func2.call(schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key17)) || (pattern0.test(key17)))){const err144 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data128.aliases !== undefined){if(!(validate24(data128.aliases, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",parentData:data128,parentDataProperty:"aliases",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data128.interface_name !== undefined){if(typeof data128.interface_name !== "string"){const err145 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/interface_name",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data128.ipv4_address !== undefined){if(typeof data128.ipv4_address !== "string"){const err146 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data128.ipv6_address !== undefined){if(typeof data128.ipv6_address !== "string"){const err147 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data128.link_local_ips !== undefined){if(!(validate24(data128.link_local_ips, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",parentData:data128,parentDataProperty:"link_local_ips",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data128.mac_address !== undefined){if(typeof data128.mac_address !== "string"){const err148 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data128.driver_opts !== undefined){let data135 = data128.driver_opts;if(data135 && typeof data135 == "object" && !Array.isArray(data135)){for(const key18 in data135){if(pattern34.test(key18)){let data136 = data135[key18];if((typeof data136 !== "string") && (!(typeof data136 == "number"))){const err149 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}}}else {const err150 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data128.priority !== undefined){if(!(typeof data128.priority == "number")){const err151 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data128.gw_priority !== undefined){if(!(typeof data128.gw_priority == "number")){const err152 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}else {const err153 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}var _valid10 = _errs280 === errors;if(_valid10){valid70 = true;passing10 = 0;}const _errs301 = errors;if(data128 !== null){const err154 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}var _valid10 = _errs301 === errors;if(_valid10 && valid70){valid70 = false;passing10 = [passing10, 1];}else {if(_valid10){valid70 = true;passing10 = 1;}}if(!valid70){const err155 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}else {errors = _errs279;if(vErrors !== null){if(_errs279){vErrors.length = _errs279;}else {vErrors = null;}}}}}}else {const err156 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}var _valid9 = _errs275 === errors;if(_valid9 && valid68){valid68 = false;passing9 = [passing9, 1];}else {if(_valid9){valid68 = true;passing9 = 1;}}if(!valid68){const err157 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}else {errors = _errs273;if(vErrors !== null){if(_errs273){vErrors.length = _errs273;}else {vErrors = null;}}}}if(data.oom_kill_disable !== undefined){let data139 = data.oom_kill_disable;if((typeof data139 !== "boolean") && (typeof data139 !== "string")){const err158 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: schema10.properties.oom_kill_disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data.oom_score_adj !== undefined){let data140 = data.oom_score_adj;const _errs306 = errors;let valid73 = false;let passing11 = null;const _errs307 = errors;if(typeof data140 !== "string"){const err159 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}var _valid11 = _errs307 === errors;if(_valid11){valid73 = true;passing11 = 0;}const _errs309 = errors;if(!((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140)))){const err160 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(typeof data140 == "number"){if(data140 > 1000 || isNaN(data140)){const err161 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(data140 < -1000 || isNaN(data140)){const err162 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}var _valid11 = _errs309 === errors;if(_valid11 && valid73){valid73 = false;passing11 = [passing11, 1];}else {if(_valid11){valid73 = true;passing11 = 1;}}if(!valid73){const err163 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}else {errors = _errs306;if(vErrors !== null){if(_errs306){vErrors.length = _errs306;}else {vErrors = null;}}}}if(data.pid !== undefined){let data141 = data.pid;if((typeof data141 !== "string") && (data141 !== null)){const err164 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: schema10.properties.pid.type},message:"must be string,null"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data.pids_limit !== undefined){let data142 = data.pids_limit;if((!(typeof data142 == "number")) && (typeof data142 !== "string")){const err165 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: schema10.properties.pids_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data.platform !== undefined){if(typeof data.platform !== "string"){const err166 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data.ports !== undefined){let data144 = data.ports;if(Array.isArray(data144)){const len19 = data144.length;for(let i26=0; i26<len19; i26++){let data145 = data144[i26];const _errs320 = errors;let valid76 = false;let passing12 = null;const _errs321 = errors;if(!(typeof data145 == "number")){const err167 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}var _valid12 = _errs321 === errors;if(_valid12){valid76 = true;passing12 = 0;}const _errs323 = errors;if(typeof data145 !== "string"){const err168 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}var _valid12 = _errs323 === errors;if(_valid12 && valid76){valid76 = false;passing12 = [passing12, 1];}else {if(_valid12){valid76 = true;passing12 = 1;}const _errs325 = errors;if(data145 && typeof data145 == "object" && !Array.isArray(data145)){for(const key19 in data145){if(!((((((((key19 === "name") || (key19 === "mode")) || (key19 === "host_ip")) || (key19 === "target")) || (key19 === "published")) || (key19 === "protocol")) || (key19 === "app_protocol")) || (pattern0.test(key19)))){const err169 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}if(data145.name !== undefined){if(typeof data145.name !== "string"){const err170 = {instancePath:instancePath+"/ports/" + i26+"/name",schemaPath:"#/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data145.mode !== undefined){if(typeof data145.mode !== "string"){const err171 = {instancePath:instancePath+"/ports/" + i26+"/mode",schemaPath:"#/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data145.host_ip !== undefined){if(typeof data145.host_ip !== "string"){const err172 = {instancePath:instancePath+"/ports/" + i26+"/host_ip",schemaPath:"#/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}if(data145.target !== undefined){let data149 = data145.target;if((!((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149)))) && (typeof data149 !== "string")){const err173 = {instancePath:instancePath+"/ports/" + i26+"/target",schemaPath:"#/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema10.properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data145.published !== undefined){let data150 = data145.published;if((typeof data150 !== "string") && (!((typeof data150 == "number") && (!(data150 % 1) && !isNaN(data150))))){const err174 = {instancePath:instancePath+"/ports/" + i26+"/published",schemaPath:"#/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema10.properties.ports.items.oneOf[2].properties.published.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data145.protocol !== undefined){if(typeof data145.protocol !== "string"){const err175 = {instancePath:instancePath+"/ports/" + i26+"/protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data145.app_protocol !== undefined){if(typeof data145.app_protocol !== "string"){const err176 = {instancePath:instancePath+"/ports/" + i26+"/app_protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}}else {const err177 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}var _valid12 = _errs325 === errors;if(_valid12 && valid76){valid76 = false;passing12 = [passing12, 2];}else {if(_valid12){valid76 = true;passing12 = 2;}}}if(!valid76){const err178 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}else {errors = _errs320;if(vErrors !== null){if(_errs320){vErrors.length = _errs320;}else {vErrors = null;}}}}let i27 = data144.length;let j7;if(i27 > 1){outer0:for(;i27--;){for(j7 = i27; j7--;){if(func0(data144[i27], data144[j7])){const err179 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;break outer0;}}}}}else {const err180 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data.post_start !== undefined){let data153 = data.post_start;if(Array.isArray(data153)){const len20 = data153.length;for(let i28=0; i28<len20; i28++){if(!(validate33(data153[i28], {instancePath:instancePath+"/post_start/" + i28,parentData:data153,parentDataProperty:i28,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err181 = {instancePath:instancePath+"/post_start",schemaPath:"#/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data.pre_stop !== undefined){let data155 = data.pre_stop;if(Array.isArray(data155)){const len21 = data155.length;for(let i29=0; i29<len21; i29++){if(!(validate33(data155[i29], {instancePath:instancePath+"/pre_stop/" + i29,parentData:data155,parentDataProperty:i29,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err182 = {instancePath:instancePath+"/pre_stop",schemaPath:"#/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data.privileged !== undefined){let data157 = data.privileged;if((typeof data157 !== "boolean") && (typeof data157 !== "string")){const err183 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema10.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data.profiles !== undefined){if(!(validate24(data.profiles, {instancePath:instancePath+"/profiles",parentData:data,parentDataProperty:"profiles",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.pull_policy !== undefined){let data159 = data.pull_policy;if(typeof data159 === "string"){if(!pattern46.test(data159)){const err184 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/pattern",keyword:"pattern",params:{pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"},message:"must match pattern \""+"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"+"\""};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}else {const err185 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data.pull_refresh_after !== undefined){if(typeof data.pull_refresh_after !== "string"){const err186 = {instancePath:instancePath+"/pull_refresh_after",schemaPath:"#/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data.read_only !== undefined){let data161 = data.read_only;if((typeof data161 !== "boolean") && (typeof data161 !== "string")){const err187 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: schema10.properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data.restart !== undefined){if(typeof data.restart !== "string"){const err188 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}if(data.runtime !== undefined){if(typeof data.runtime !== "string"){const err189 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}if(data.scale !== undefined){let data164 = data.scale;if((!((typeof data164 == "number") && (!(data164 % 1) && !isNaN(data164)))) && (typeof data164 !== "string")){const err190 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema10.properties.scale.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data.security_opt !== undefined){let data165 = data.security_opt;if(Array.isArray(data165)){const len22 = data165.length;for(let i30=0; i30<len22; i30++){if(typeof data165[i30] !== "string"){const err191 = {instancePath:instancePath+"/security_opt/" + i30,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}let i31 = data165.length;let j8;if(i31 > 1){const indices7 = {};for(;i31--;){let item7 = data165[i31];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j8 = indices7[item7];const err192 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i31+" are identical)"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;break;}indices7[item7] = i31;}}}else {const err193 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data.shm_size !== undefined){let data167 = data.shm_size;if((!(typeof data167 == "number")) && (typeof data167 !== "string")){const err194 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema10.properties.shm_size.type},message:"must be number,string"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data.secrets !== undefined){if(!(validate57(data.secrets, {instancePath:instancePath+"/secrets",parentData:data,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data.sysctls !== undefined){if(!(validate36(data.sysctls, {instancePath:instancePath+"/sysctls",parentData:data,parentDataProperty:"sysctls",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.stdin_open !== undefined){let data170 = data.stdin_open;if((typeof data170 !== "boolean") && (typeof data170 !== "string")){const err195 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: schema10.properties.stdin_open.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data.stop_grace_period !== undefined){if(typeof data.stop_grace_period !== "string"){const err196 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}if(data.stop_signal !== undefined){if(typeof data.stop_signal !== "string"){const err197 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data.storage_opt !== undefined){let data173 = data.storage_opt;if(!(data173 && typeof data173 == "object" && !Array.isArray(data173))){const err198 = {instancePath:instancePath+"/storage_opt",schemaPath:"#/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data.tmpfs !== undefined){if(!(validate23(data.tmpfs, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.tty !== undefined){let data175 = data.tty;if((typeof data175 !== "boolean") && (typeof data175 !== "string")){const err199 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: schema10.properties.tty.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data.ulimits !== undefined){if(!(validate59(data.ulimits, {instancePath:instancePath+"/ulimits",parentData:data,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}if(data.use_api_socket !== undefined){if(typeof data.use_api_socket !== "boolean"){const err200 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data.user !== undefined){if(typeof data.user !== "string"){const err201 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}if(data.uts !== undefined){if(typeof data.uts !== "string"){const err202 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data.userns_mode !== undefined){if(typeof data.userns_mode !== "string"){const err203 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data.volumes !== undefined){let data181 = data.volumes;if(Array.isArray(data181)){const len23 = data181.length;for(let i32=0; i32<len23; i32++){let data182 = data181[i32];const _errs394 = errors;let valid88 = false;let passing13 = null;const _errs395 = errors;if(typeof data182 !== "string"){const err204 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}var _valid13 = _errs395 === errors;if(_valid13){valid88 = true;passing13 = 0;}const _errs397 = errors;if(data182 && typeof data182 == "object" && !Array.isArray(data182)){if(data182.type === undefined){const err205 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}for(const key20 in data182){if(!((func2.call(schema10.properties.volumes.items.oneOf[1].properties, key20)) || (pattern0.test(key20)))){const err206 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data182.type !== undefined){let data183 = data182.type;if(typeof data183 !== "string"){const err207 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}if(!((((((data183 === "bind") || (data183 === "volume")) || (data183 === "tmpfs")) || (data183 === "cluster")) || (data183 === "npipe")) || (data183 === "image"))){const err208 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}if(data182.source !== undefined){if(typeof data182.source !== "string"){const err209 = {instancePath:instancePath+"/volumes/" + i32+"/source",schemaPath:"#/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data182.target !== undefined){if(typeof data182.target !== "string"){const err210 = {instancePath:instancePath+"/volumes/" + i32+"/target",schemaPath:"#/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data182.read_only !== undefined){let data186 = data182.read_only;if((typeof data186 !== "boolean") && (typeof data186 !== "string")){const err211 = {instancePath:instancePath+"/volumes/" + i32+"/read_only",schemaPath:"#/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data182.consistency !== undefined){if(typeof data182.consistency !== "string"){const err212 = {instancePath:instancePath+"/volumes/" + i32+"/consistency",schemaPath:"#/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data182.bind !== undefined){let data188 = data182.bind;if(data188 && typeof data188 == "object" && !Array.isArray(data188)){for(const key21 in data188){if(!(((((key21 === "propagation") || (key21 === "create_host_path")) || (key21 === "recursive")) || (key21 === "selinux")) || (pattern0.test(key21)))){const err213 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}if(data188.propagation !== undefined){if(typeof data188.propagation !== "string"){const err214 = {instancePath:instancePath+"/volumes/" + i32+"/bind/propagation",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data188.create_host_path !== undefined){let data190 = data188.create_host_path;if((typeof data190 !== "boolean") && (typeof data190 !== "string")){const err215 = {instancePath:instancePath+"/volumes/" + i32+"/bind/create_host_path",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data188.recursive !== undefined){let data191 = data188.recursive;if(typeof data191 !== "string"){const err216 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}if(!((((data191 === "enabled") || (data191 === "disabled")) || (data191 === "writable")) || (data191 === "readonly"))){const err217 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data188.selinux !== undefined){let data192 = data188.selinux;if(typeof data192 !== "string"){const err218 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}if(!((data192 === "z") || (data192 === "Z"))){const err219 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}}else {const err220 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data182.volume !== undefined){let data193 = data182.volume;if(data193 && typeof data193 == "object" && !Array.isArray(data193)){for(const key22 in data193){if(!((((key22 === "labels") || (key22 === "nocopy")) || (key22 === "subpath")) || (pattern0.test(key22)))){const err221 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data193.labels !== undefined){if(!(validate36(data193.labels, {instancePath:instancePath+"/volumes/" + i32+"/volume/labels",parentData:data193,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data193.nocopy !== undefined){let data195 = data193.nocopy;if((typeof data195 !== "boolean") && (typeof data195 !== "string")){const err222 = {instancePath:instancePath+"/volumes/" + i32+"/volume/nocopy",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}if(data193.subpath !== undefined){if(typeof data193.subpath !== "string"){const err223 = {instancePath:instancePath+"/volumes/" + i32+"/volume/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}}else {const err224 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data182.tmpfs !== undefined){let data197 = data182.tmpfs;if(data197 && typeof data197 == "object" && !Array.isArray(data197)){for(const key23 in data197){if(!(((key23 === "size") || (key23 === "mode")) || (pattern0.test(key23)))){const err225 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data197.size !== undefined){let data198 = data197.size;const _errs433 = errors;let valid93 = false;let passing14 = null;const _errs434 = errors;if(!((typeof data198 == "number") && (!(data198 % 1) && !isNaN(data198)))){const err226 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}if(typeof data198 == "number"){if(data198 < 0 || isNaN(data198)){const err227 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}var _valid14 = _errs434 === errors;if(_valid14){valid93 = true;passing14 = 0;}const _errs436 = errors;if(typeof data198 !== "string"){const err228 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}var _valid14 = _errs436 === errors;if(_valid14 && valid93){valid93 = false;passing14 = [passing14, 1];}else {if(_valid14){valid93 = true;passing14 = 1;}}if(!valid93){const err229 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}else {errors = _errs433;if(vErrors !== null){if(_errs433){vErrors.length = _errs433;}else {vErrors = null;}}}}if(data197.mode !== undefined){let data199 = data197.mode;if((!(typeof data199 == "number")) && (typeof data199 !== "string")){const err230 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}else {const err231 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}if(data182.image !== undefined){let data200 = data182.image;if(data200 && typeof data200 == "object" && !Array.isArray(data200)){for(const key24 in data200){if(!((key24 === "subpath") || (pattern0.test(key24)))){const err232 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data200.subpath !== undefined){if(typeof data200.subpath !== "string"){const err233 = {instancePath:instancePath+"/volumes/" + i32+"/image/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}}else {const err234 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}}else {const err235 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}var _valid13 = _errs397 === errors;if(_valid13 && valid88){valid88 = false;passing13 = [passing13, 1];}else {if(_valid13){valid88 = true;passing13 = 1;}}if(!valid88){const err236 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}else {errors = _errs394;if(vErrors !== null){if(_errs394){vErrors.length = _errs394;}else {vErrors = null;}}}}let i33 = data181.length;let j9;if(i33 > 1){outer1:for(;i33--;){for(j9 = i33; j9--;){if(func0(data181[i33], data181[j9])){const err237 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;break outer1;}}}}}else {const err238 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}if(data.volumes_from !== undefined){let data202 = data.volumes_from;if(Array.isArray(data202)){const len24 = data202.length;for(let i34=0; i34<len24; i34++){if(typeof data202[i34] !== "string"){const err239 = {instancePath:instancePath+"/volumes_from/" + i34,schemaPath:"#/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}let i35 = data202.length;let j10;if(i35 > 1){const indices8 = {};for(;i35--;){let item8 = data202[i35];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j10 = indices8[item8];const err240 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i35+" are identical)"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;break;}indices8[item8] = i35;}}}else {const err241 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data.working_dir !== undefined){if(typeof data.working_dir !== "string"){const err242 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}}else {const err243 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}validate29.errors = vErrors;return errors === 0;}const schema27 = {"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.model === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "name") || (key0 === "model")) || (key0 === "context_size")) || (key0 === "runtime_flags")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.model !== undefined){if(typeof data.model !== "string"){const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.context_size !== undefined){let data2 = data.context_size;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err4 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.runtime_flags !== undefined){let data3 = data.runtime_flags;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(typeof data3[i0] !== "string"){const err5 = {instancePath:instancePath+"/runtime_flags/" + i0,schemaPath:"#/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/runtime_flags",schemaPath:"#/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate102.errors = vErrors;return errors === 0;}const schema28 = {"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema28.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema28.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern34.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema28.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.ipam !== undefined){let data4 = data.ipam;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((((key2 === "driver") || (key2 === "config")) || (key2 === "options")) || (pattern0.test(key2)))){const err6 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.driver !== undefined){if(typeof data4.driver !== "string"){const err7 = {instancePath:instancePath+"/ipam/driver",schemaPath:"#/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.config !== undefined){let data6 = data4.config;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!(((((key3 === "subnet") || (key3 === "ip_range")) || (key3 === "gateway")) || (key3 === "aux_addresses")) || (pattern0.test(key3)))){const err8 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.subnet !== undefined){if(typeof data7.subnet !== "string"){const err9 = {instancePath:instancePath+"/ipam/config/" + i0+"/subnet",schemaPath:"#/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.ip_range !== undefined){if(typeof data7.ip_range !== "string"){const err10 = {instancePath:instancePath+"/ipam/config/" + i0+"/ip_range",schemaPath:"#/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data7.gateway !== undefined){if(typeof data7.gateway !== "string"){const err11 = {instancePath:instancePath+"/ipam/config/" + i0+"/gateway",schemaPath:"#/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data7.aux_addresses !== undefined){let data11 = data7.aux_addresses;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){if(!(pattern34.test(key4))){const err12 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}for(const key5 in data11){if(pattern34.test(key5)){if(typeof data11[key5] !== "string"){const err13 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ipam/config",schemaPath:"#/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.options !== undefined){let data13 = data4.options;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key6 in data13){if(!(pattern34.test(key6))){const err17 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key7 in data13){if(pattern34.test(key7)){if(typeof data13[key7] !== "string"){const err18 = {instancePath:instancePath+"/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.external !== undefined){let data15 = data.external;if(((typeof data15 !== "boolean") && (typeof data15 !== "string")) && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){const err21 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema28.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key8 in data15){if(!((key8 === "name") || (pattern0.test(key8)))){const err22 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data15.name !== undefined){if(typeof data15.name !== "string"){const err23 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}if(data.internal !== undefined){let data17 = data.internal;if((typeof data17 !== "boolean") && (typeof data17 !== "string")){const err24 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema28.properties.internal.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.enable_ipv4 !== undefined){let data18 = data.enable_ipv4;if((typeof data18 !== "boolean") && (typeof data18 !== "string")){const err25 = {instancePath:instancePath+"/enable_ipv4",schemaPath:"#/properties/enable_ipv4/type",keyword:"type",params:{type: schema28.properties.enable_ipv4.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.enable_ipv6 !== undefined){let data19 = data.enable_ipv6;if((typeof data19 !== "boolean") && (typeof data19 !== "string")){const err26 = {instancePath:instancePath+"/enable_ipv6",schemaPath:"#/properties/enable_ipv6/type",keyword:"type",params:{type: schema28.properties.enable_ipv6.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.attachable !== undefined){let data20 = data.attachable;if((typeof data20 !== "boolean") && (typeof data20 !== "string")){const err27 = {instancePath:instancePath+"/attachable",schemaPath:"#/properties/attachable/type",keyword:"type",params:{type: schema28.properties.attachable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}validate104.errors = vErrors;return errors === 0;}const schema29 = {"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema29.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "name") || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "external")) || (key0 === "labels")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern34.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema29.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err6 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema29.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((key2 === "name") || (pattern0.test(key2)))){const err7 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.name !== undefined){if(typeof data4.name !== "string"){const err8 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}validate107.errors = vErrors;return errors === 0;}const schema30 = {"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((((key0 === "name") || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.environment !== undefined){if(typeof data.environment !== "string"){const err2 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.file !== undefined){if(typeof data.file !== "string"){const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.external !== undefined){let data3 = data.external;if(((typeof data3 !== "boolean") && (typeof data3 !== "string")) && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){const err4 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema30.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name !== undefined){if(typeof data3.name !== "string"){const err5 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err6 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.driver_opts !== undefined){let data7 = data.driver_opts;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(pattern34.test(key1)){let data8 = data7[key1];if((typeof data8 !== "string") && (!(typeof data8 == "number"))){const err7 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema30.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}else {const err8 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.template_driver !== undefined){if(typeof data.template_driver !== "string"){const err9 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate110.errors = vErrors;return errors === 0;}const schema31 = {"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "name") || (key0 === "content")) || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.content !== undefined){if(typeof data.content !== "string"){const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.environment !== undefined){if(typeof data.environment !== "string"){const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.file !== undefined){if(typeof data.file !== "string"){const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err5 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema31.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name !== undefined){if(typeof data4.name !== "string"){const err6 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.template_driver !== undefined){if(typeof data.template_driver !== "string"){const err7 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate113.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="compose_spec.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema6.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.version !== undefined){if(typeof data.version !== "string"){const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.include !== undefined){let data2 = data.include;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.services !== undefined){let data4 = data.services;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(pattern1.test(key1))){const err4 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data4){if(pattern1.test(key2)){if(!(validate29(data4[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}}else {const err5 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.models !== undefined){let data6 = data.models;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(pattern1.test(key3)){if(!(validate102(data6[key3], {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key3,rootData}))){vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);errors = vErrors.length;}}}}else {const err6 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.networks !== undefined){let data8 = data.networks;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key4 in data8){if(pattern1.test(key4)){if(!(validate104(data8[key4], {instancePath:instancePath+"/networks/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);errors = vErrors.length;}}}}else {const err7 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.volumes !== undefined){let data10 = data.volumes;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key5 in data10){if(!(pattern1.test(key5))){const err8 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key6 in data10){if(pattern1.test(key6)){if(!(validate107(data10[key6], {instancePath:instancePath+"/volumes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key6,rootData}))){vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);errors = vErrors.length;}}}}else {const err9 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.secrets !== undefined){let data12 = data.secrets;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key7 in data12){if(!(pattern1.test(key7))){const err10 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key8 in data12){if(pattern1.test(key8)){if(!(validate110(data12[key8], {instancePath:instancePath+"/secrets/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key8,rootData}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}}}}else {const err11 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.configs !== undefined){let data14 = data.configs;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key9 in data14){if(!(pattern1.test(key9))){const err12 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}for(const key10 in data14){if(pattern1.test(key10)){if(!(validate113(data14[key10], {instancePath:instancePath+"/configs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data14,parentDataProperty:key10,rootData}))){vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);errors = vErrors.length;}}}}else {const err13 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate21.errors = vErrors;return errors === 0;}
;// CONCATENATED MODULE: ./src/checks/compose/schema.ts


/**
 * Compiled ahead of time (scripts/gen-compose-validator.mjs): compiling the Compose schema at start-up
 * cost more than everything else the CLI does on a typical project.
 */
function validator() {
    return validate_generated;
}
const COMPOSITE = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const TYPE_WORDS = { object: 'mapping', array: 'list' };
function humanTypes(want) {
    const words = [...new Set(want.map((w) => TYPE_WORDS[w] ?? w))].sort();
    if (words.length === 1)
        return words[0];
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
const isUnder = (p, base) => p === base || p.startsWith(base + '/');
/** Validates `model`; every error becomes a `compose/schema` problem. Returns how many were found. */
function validateSchema(model, problems, fallback) {
    const validate = validator();
    if (validate(model))
        return 0;
    const errors = (validate.errors ?? []);
    const concrete = errors.filter((e) => !COMPOSITE.has(e.keyword));
    const kept = [];
    for (const e of errors) {
        if (COMPOSITE.has(e.keyword)) {
            // A composite failure says nothing more than the branch errors under it, when there are any.
            if (!concrete.some((c) => isUnder(c.instancePath, e.instancePath)))
                kept.push(e);
            continue;
        }
        if (e.keyword === 'type') {
            // A type mismatch next to deeper errors, or other errors at the same place, comes from a branch
            // of a oneOf that the value was never meant for: the value has the type of another branch.
            const other = concrete.some((c) => c !== e && (c.instancePath.startsWith(e.instancePath + '/') || (c.instancePath === e.instancePath && c.keyword !== 'type')));
            if (other)
                continue;
        }
        kept.push(e);
    }
    const typeGroups = new Map();
    const out = [];
    for (const e of kept) {
        const path = pathOf(e.instancePath);
        const dotted = path.length ? path.join('.') : '(root)';
        const p = e.params;
        switch (e.keyword) {
            case 'type': {
                const list = typeGroups.get(e.instancePath) ?? [];
                list.push(...(Array.isArray(p['type']) ? p['type'] : String(p['type']).split(',')));
                typeGroups.set(e.instancePath, list);
                break;
            }
            case 'additionalProperties': {
                const extra = String(p['additionalProperty']);
                const loc = keyLoc(valueAt(model, path), extra) ?? locAtPath(model, path) ?? fallback;
                out.push({ path, loc, message: `${dotted} additional properties '${extra}' not allowed` });
                break;
            }
            case 'required':
                out.push({ path, loc: locAtPath(model, path, true) ?? fallback, message: `${dotted} missing property '${String(p['missingProperty'])}'` });
                break;
            case 'enum':
                out.push({
                    path,
                    loc: locAtPath(model, path) ?? fallback,
                    message: `${dotted} must be one of ${p['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`,
                });
                break;
            case 'const':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be ${JSON.stringify(p['allowedValue'])}` });
                break;
            case 'pattern':
                out.push({
                    path,
                    loc: locAtPath(model, path) ?? fallback,
                    message: `${dotted} '${String(valueAt(model, path))}' does not match pattern '${String(p['pattern'])}'`,
                });
                break;
            case 'minimum':
            case 'exclusiveMinimum':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be greater than or equal to ${String(p['limit'])}` });
                break;
            case 'maximum':
            case 'exclusiveMaximum':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be less than or equal to ${String(p['limit'])}` });
                break;
            case 'uniqueItems': {
                const dup = [...path, Number(p['i'])];
                out.push({
                    path: dup,
                    loc: locAtPath(model, dup) ?? fallback,
                    message: `${dotted} must not contain duplicates: items ${String(p['j'])} and ${String(p['i'])} are equal`,
                });
                break;
            }
            case 'minItems':
            case 'minProperties':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must not be empty` });
                break;
            case 'oneOf':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} matches more than one of the allowed forms` });
                break;
            default:
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} ${e.message ?? e.keyword}` });
        }
    }
    for (const [instancePath, want] of typeGroups) {
        const path = pathOf(instancePath);
        const dotted = path.length ? path.join('.') : '(root)';
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be a ${humanTypes(want)}` });
    }
    for (const o of out)
        problems.add('compose/schema', o.loc, o.message);
    // Later checks of these values (durations, ports, sizes...) would only say the same again.
    for (const o of out)
        problems.poison(o.loc);
    return out.length;
}
function valueAt(root, path) {
    let cur = root;
    for (const k of path) {
        if (!isContainer(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}

;// CONCATENATED MODULE: ./src/checks/compose/validation.ts
/**
 * Structural checks of the merged model, ported from compose-go `validation/*.go` (Apache-2.0).
 */


function validateModel(model, problems) {
    const at = (container, key) => valueLoc(container, key);
    const volumes = model['volumes'];
    if (isMapping(volumes)) {
        for (const [name, v] of Object.entries(volumes)) {
            if (!isMapping(v) || v['external'] !== true)
                continue;
            for (const k of Object.keys(v)) {
                if (k === 'name' || k === 'external' || k.startsWith('x-'))
                    continue;
                const l = keyLoc(v, k) ?? at(volumes, name);
                if (l)
                    problems.add('compose/conflicting-attributes', l, `volumes.${name}: conflicting parameters "external" and "${k}" specified`);
            }
        }
    }
    const fileObjects = (kind, keys) => {
        const top = model[kind];
        if (!isMapping(top))
            return;
        for (const [name, v] of Object.entries(top)) {
            if (!isMapping(v))
                continue;
            const present = keys.filter((k) => k in v);
            const l = keyLoc(top, name);
            if (!l)
                continue;
            if (present.length > 1) {
                problems.add('compose/conflicting-attributes', l, `${kind}.${name}: ${keys.join('|')} attributes are mutually exclusive`);
            }
            else if (present.length === 0 && !('driver' in v) && !('external' in v)) {
                problems.add('compose/missing-attribute', l, `${kind}.${name}: one of ${keys.join('|')} must be set`);
            }
        }
    };
    fileObjects('configs', ['file', 'environment', 'content']);
    fileObjects('secrets', ['file', 'environment']);
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        if (Array.isArray(s['ports'])) {
            s['ports'].forEach((p, i) => {
                if (!isMapping(p) || !('host_ip' in p))
                    return;
                const ip = p['host_ip'];
                if (typeof ip === 'string' && isValidIP(ip))
                    return;
                const l = at(p, 'host_ip') ?? at(s['ports'], i);
                if (l)
                    problems.add('compose/invalid-port', l, `services.${name}.ports: invalid ip address: ${String(ip)}`);
            });
        }
        const develop = s['develop'];
        if (isMapping(develop) && Array.isArray(develop['watch'])) {
            develop['watch'].forEach((w, i) => {
                if (isMapping(w) && w['path'] === '') {
                    const l = at(w, 'path') ?? selfLoc(w);
                    if (l)
                        problems.add('compose/missing-attribute', l, `services.${name}.develop.watch.${i}.path: value can't be blank`);
                }
            });
        }
        const requests = [[s['gpus'], `services.${name}.gpus`]];
        const deploy = s['deploy'];
        if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
            requests.push([deploy['resources']['reservations']['devices'], `services.${name}.deploy.resources.reservations.devices`]);
        }
        for (const [list, where] of requests) {
            if (!Array.isArray(list))
                continue;
            list.forEach((d, i) => {
                if (isMapping(d) && 'count' in d && 'device_ids' in d) {
                    const l = selfLoc(d) ?? at(list, i);
                    if (l)
                        problems.add('compose/conflicting-attributes', l, `${where}.${i}: "count" and "device_ids" attributes are exclusive`);
                }
            });
        }
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/compose/yaml-load.ts


/** Default size limit of one compose (or env) file. */
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Default bound on the number of YAML nodes one document may expand to once aliases are followed. */
const DEFAULT_MAX_NODES = 1_000_000;
/** The text of every file read, to turn offsets into lines and columns later. */
class Sources {
    files = new Map();
    add(file, text, lines) {
        let lc = lines;
        if (!lc) {
            lc = new dist/* LineCounter */.HN();
            lc.addNewLine(0);
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                lc.addNewLine(i + 1);
        }
        this.files.set(file, { text, lines: lc });
        return lc;
    }
    text(file) {
        return this.files.get(file)?.text;
    }
    /** The text of a 1-based line, without its line break. */
    lineText(file, line) {
        const f = this.files.get(file);
        const start = f?.lines.lineStarts[line - 1];
        if (f === undefined || start === undefined)
            return undefined;
        const end = f.text.indexOf('\n', start);
        return f.text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
    }
    /** 1-based line/column of an offset. */
    pos(file, offset) {
        const f = this.files.get(file);
        if (!f)
            return { line: 1, column: 1 };
        const p = f.lines.linePos(offset);
        return { line: p.line, column: p.col };
    }
}
const REMOVED = Symbol('removed');
/**
 * Deepest nesting of mappings and sequences a document may have: the later steps (merge, interpolation,
 * canonical form) recurse per level, and no compose file comes near it.
 */
const yaml_load_MAX_DEPTH = 500;
const TOO_DEEP = 'YAML syntax error: the document is nested too deeply to parse (thousands of levels)';
function isStackOverflow(e) {
    return e instanceof RangeError && /call stack/i.test(e.message);
}
/**
 * Parses the text of a compose file into plain data, one entry per YAML document.
 * Everything wrong with the text is reported; a document with errors is left out.
 */
function parseComposeYaml(text, file, sources, problems, limits) {
    const lines = new dist/* LineCounter */.HN();
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, {
            lineCounter: lines,
            prettyErrors: false,
            uniqueKeys: false,
            merge: false,
            version: '1.2',
            schema: 'core',
            logLevel: 'silent',
        });
    }
    catch (e) {
        // The yaml parser recurses once per nesting level: a few thousand levels exhaust the stack.
        if (!isStackOverflow(e))
            throw e;
        sources.add(file, text);
        problems.add('compose/invalid-yaml', { file, line: 1, column: 1 }, TOO_DEEP);
        return [];
    }
    sources.add(file, text, lines);
    const out = [];
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { file, line: p.line, column: p.col, offset };
    };
    let lineOf = null;
    for (const doc of docs) {
        if (doc.errors.length) {
            for (const e of doc.errors)
                problems.add('compose/invalid-yaml', at(e.pos[0]), `YAML syntax error: ${e.message}`);
            continue;
        }
        const root = doc.contents;
        if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && !root.tag))
            continue;
        try {
            if (lineOf === null)
                lineOf = lineTable(text, lines);
            const loaded = loadDocument(root, file, text, lines, lineOf, problems, limits, at);
            if (loaded)
                out.push(loaded);
        }
        catch (e) {
            if (!isStackOverflow(e))
                throw e;
            problems.add('compose/invalid-yaml', at(root.range?.[0] ?? 0), TOO_DEEP);
        }
    }
    return out;
}
function loadDocument(root, file, text, lines, lineOf, problems, limits, at) {
    const targets = new Map();
    // Aliases are written `*name`: without a `*` in the text there is nothing to resolve.
    if (text.includes('*') && !collectAnchors(root, new Map(), targets, problems, at))
        return undefined;
    const bomb = targets.size ? checkExpansion(root, targets, limits.maxNodes) : undefined;
    if (bomb) {
        const where = bomb.alias ? at(bomb.alias.range?.[0] ?? 0) : at(root.range?.[0] ?? 0);
        problems.add('compose/yaml-alias-limit', where, bomb.cycle
            ? `YAML alias ${bomb.alias ? `*${bomb.alias.source} ` : ''}refers to a node that contains it (recursive alias)`
            : `YAML aliases expand this document to more than ${limits.maxNodes} nodes (an alias bomb?); refusing to expand it`);
        return undefined;
    }
    const ctx = { file, text, lines, lineOf, problems, targets, resets: [], budget: limits.maxNodes };
    const value = convert(root, [], ctx);
    if (ctx.tooDeepAt !== undefined) {
        problems.add('compose/invalid-yaml', at(ctx.tooDeepAt), `YAML nesting deeper than ${yaml_load_MAX_DEPTH} levels; refusing to load this document`);
        return undefined;
    }
    if (value === REMOVED)
        return undefined;
    return { value, resets: ctx.resets, loc: at(root.range?.[0] ?? 0) };
}
function collectAnchors(node, anchors, targets, problems, at) {
    if (node === null || node === undefined)
        return true;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const t = anchors.get(node.source);
        if (!t) {
            problems.add('compose/invalid-yaml', at(node.range?.[0] ?? 0), `YAML syntax error: unknown anchor '${node.source}' referenced`);
            return false;
        }
        targets.set(node, t);
        return true;
    }
    const n = node;
    if (n.anchor)
        anchors.set(n.anchor, n);
    if ((0,dist/* isMap */.jh)(n)) {
        for (const p of n.items) {
            if (!collectAnchors(p.key, anchors, targets, problems, at))
                return false;
            if (!collectAnchors(p.value, anchors, targets, problems, at))
                return false;
        }
    }
    else if ((0,dist/* isSeq */.oP)(n)) {
        for (const item of n.items)
            if (!collectAnchors(item, anchors, targets, problems, at))
                return false;
    }
    return true;
}
/** Counts the nodes a document expands to, without expanding it. */
function checkExpansion(root, targets, max) {
    const memo = new Map();
    const active = new Set();
    let biggest = { size: -1 };
    let cycleAt;
    let cycle = false;
    const size = (node) => {
        if (node === null || node === undefined || cycle)
            return 0;
        const cached = memo.get(node);
        if (cached !== undefined)
            return cached;
        if (active.has(node)) {
            cycle = true;
            return 0;
        }
        let s = 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const t = targets.get(node);
            active.add(node);
            s = t ? size(t) : 1;
            active.delete(node);
            if (cycle && !cycleAt)
                cycleAt = node;
            if (s > biggest.size)
                biggest = { alias: node, size: s };
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            active.add(node);
            for (const p of node.items)
                s = Math.min(s + size(p.key) + size(p.value), Number.MAX_SAFE_INTEGER);
            active.delete(node);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            active.add(node);
            for (const i of node.items)
                s = Math.min(s + size(i), Number.MAX_SAFE_INTEGER);
            active.delete(node);
        }
        memo.set(node, s);
        return s;
    };
    const total = size(root);
    if (cycle)
        return { alias: cycleAt, cycle: true };
    if (total > max)
        return { alias: biggest.alias, cycle: false };
    return undefined;
}
const LINE_TABLE_MAX_CHARS = 1024 * 1024;
/**
 * The 0-based line of every offset of `text` up to its length, for the positions of every node of a
 * document: two array reads each instead of LineCounter.linePos's binary search and the object it
 * returns (the loader places thousands of nodes, in code that has not warmed up). Undefined, to use
 * linePos, past LINE_TABLE_MAX_CHARS (the table is four bytes a character; the binary search stays
 * cheap on a large file) or if the line starts are not strictly increasing.
 */
function lineTable(text, lines) {
    const starts = lines.lineStarts;
    if (starts[0] !== 0 || text.length > LINE_TABLE_MAX_CHARS)
        return undefined;
    const table = new Uint32Array(text.length + 1);
    for (let i = 1; i < starts.length; i++) {
        if (!(starts[i] > starts[i - 1]) || starts[i] > table.length)
            return undefined;
        table.fill(i, starts[i], i + 1 < starts.length ? starts[i + 1] : table.length);
    }
    return table;
}
function nodeLoc(node, ctx) {
    const range = node.range;
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    const table = ctx.lineOf;
    if (table !== undefined && start < table.length && end < table.length) {
        const starts = ctx.lines.lineStarts;
        const a = table[start];
        const b = table[end];
        return { file: ctx.file, line: a + 1, column: start - starts[a] + 1, endLine: b + 1, endColumn: end - starts[b] + 1, offset: start, endOffset: end };
    }
    const a = ctx.lines.linePos(start);
    const b = ctx.lines.linePos(end);
    return { file: ctx.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: start, endOffset: end };
}
/**
 * A non-string key for a message. A mapping or sequence key is quoted from the file, shortened:
 * serialising it grows fourfold per nested `? ` (24 of them made a 16 MB message, 30 a string past V8's
 * limit).
 */
function describeKey(v, ctx) {
    if (v === null || v === undefined)
        return '<nil>';
    if ((0,dist/* isMap */.jh)(v) || (0,dist/* isSeq */.oP)(v)) {
        const [start = 0, end = start] = v.range ?? [];
        const src = ctx.text.slice(start, Math.min(end, start + 200)).replace(/\s+/g, ' ').trim();
        return src.length > 60 ? `${src.slice(0, 60)}\u2026` : src;
    }
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function convert(node, path, ctx) {
    if (--ctx.budget < 0)
        return null;
    // A key without a value (`{web}`, `? key`) has no value node at all: YAML's null.
    if (node === null || node === undefined)
        return null;
    let n = node;
    if ((0,dist/* isAlias */.Vj)(n)) {
        const t = ctx.targets.get(n);
        if (!t)
            return null;
        n = t;
    }
    if (path.length > yaml_load_MAX_DEPTH && ((0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n))) {
        ctx.tooDeepAt ??= n.range?.[0] ?? 0;
        return null;
    }
    if (n.tag === '!reset') {
        ctx.resets.push(path);
        return REMOVED;
    }
    if (n.tag === '!override')
        ctx.resets.push(path);
    if ((0,dist/* isMap */.jh)(n)) {
        const obj = {};
        const locs = register(obj, nodeLoc(n, ctx));
        const seen = new Map();
        const merges = [];
        const pairs = n.items;
        // An index loop: every pair of the file passes here, in code V8 has not optimised yet, where for-of
        // allocates an iterator result per step.
        for (let i = 0; i < pairs.length; i++) {
            const pair = pairs[i];
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN' && !keyNode.tag) {
                merges.push(pair.value);
                continue;
            }
            const rawKey = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : (0,dist/* isAlias */.Vj)(keyNode) ? undefined : keyNode;
            const kLoc = keyNode ? nodeLoc(keyNode, ctx) : nodeLoc(n, ctx);
            if (typeof rawKey !== 'string') {
                const where = path.length ? `in ${path.join('.')}` : 'at top level';
                ctx.problems.add('compose/non-string-key', kLoc, `non-string key ${where}: ${describeKey(rawKey, ctx)}`);
                continue;
            }
            const first = seen.get(rawKey);
            if (first !== undefined) {
                ctx.problems.add('compose/duplicate-key', kLoc, `mapping key "${rawKey}" already defined at line ${first}`);
                continue;
            }
            seen.set(rawKey, kLoc.line);
            const v = convert(pair.value ?? null, [...path, rawKey], ctx);
            if (v === REMOVED)
                continue;
            setOwn(obj, rawKey, v);
            locs.keys.set(rawKey, kLoc);
            const valueNode = (pair.value ?? null);
            const target = valueNode && (0,dist/* isAlias */.Vj)(valueNode) ? ctx.targets.get(valueNode) : valueNode;
            locs.values.set(rawKey, target ? nodeLoc(target, ctx) : kLoc);
        }
        // `<<` merge keys: explicit keys win, then earlier merged mappings win over later ones.
        for (const m of merges) {
            const sources = (0,dist/* isSeq */.oP)(resolveAlias(m, ctx)) ? resolveAlias(m, ctx).items : [m];
            for (const s of sources) {
                const merged = convert(s, path, ctx);
                if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) {
                    const where = (0,dist/* isAlias */.Vj)(s) || (0,dist/* isMap */.jh)(s) || (0,dist/* isSeq */.oP)(s) || (0,dist/* isScalar */.jn)(s) ? nodeLoc(s, ctx) : nodeLoc(n, ctx);
                    ctx.problems.add('compose/invalid-yaml', where, 'YAML syntax error: map merge requires map or sequence of maps as the value');
                    continue;
                }
                const ml = locsOf(merged);
                for (const [k, v] of Object.entries(merged)) {
                    if (Object.prototype.hasOwnProperty.call(obj, k))
                        continue;
                    setOwn(obj, k, v);
                    const kl = ml?.keys.get(k);
                    const vl = ml?.values.get(k);
                    if (kl)
                        locs.keys.set(k, kl);
                    if (vl)
                        locs.values.set(k, vl);
                }
            }
        }
        return obj;
    }
    if ((0,dist/* isSeq */.oP)(n)) {
        const arr = [];
        const locs = register(arr, nodeLoc(n, ctx));
        n.items.forEach((item, i) => {
            const v = convert(item ?? null, [...path, String(i)], ctx);
            if (v === REMOVED)
                return;
            const itemNode = (item ?? null);
            const target = itemNode && (0,dist/* isAlias */.Vj)(itemNode) ? ctx.targets.get(itemNode) : itemNode;
            locs.values.set(arr.length, target ? nodeLoc(target, ctx) : nodeLoc(n, ctx));
            arr.push(v);
        });
        return arr;
    }
    if ((0,dist/* isScalar */.jn)(n)) {
        if (n.type === 'PLAIN' && !n.tag && typeof n.source === 'string') {
            const g = goYamlNumber(n.source);
            if (g !== undefined)
                return g;
        }
        const v = n.value;
        if (typeof v === 'bigint')
            return Number(v);
        if (v instanceof Date)
            return n.source ?? v.toISOString();
        if (v === undefined)
            return null;
        return v;
    }
    return null;
}
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/**
 * Numbers as go-yaml (which compose uses) reads a plain scalar, where that differs from YAML 1.2:
 * underscores are ignored, `0b1010` is binary and `0755` is octal.
 */
function goYamlNumber(src) {
    // Every plain scalar of a file comes here; most are words, turned away by their first character.
    const c = src.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45))
        return undefined;
    const plain = src.replace(/_/g, '');
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (m) {
        const body = m[2];
        let v;
        if (/^0[xXoObB]/.test(body))
            v = Number(body.toLowerCase());
        else if (body.length > 1 && body[0] === '0')
            v = parseInt(body.slice(1), 8);
        else
            v = Number(body);
        return m[1] === '-' ? -v : v;
    }
    if (GO_FLOAT.test(plain))
        return Number(plain);
    return undefined;
}
function resolveAlias(node, ctx) {
    return (0,dist/* isAlias */.Vj)(node) ? ctx.targets.get(node) : node;
}

;// CONCATENATED MODULE: ./src/checks/compose/loader.ts
/**
 * Loading compose files into one model, in compose-go's order (`loader/loader.go` `loadYamlFile`):
 * per file and YAML document: interpolate, include, `!reset`, extends, merge, uniqueness, schema,
 * canonical syntax; after all files: defaults, structural checks, absolute paths.
 */












/** compose-go `loadYamlModel`: all files of one (possibly included) project merged in order. */
function loadYamlModel(files, opts, ctx, included) {
    let dict = {};
    for (const { file, at } of files) {
        dict = loadYamlFile(file, at, opts, ctx, dict, included, []).dict;
    }
    if (!opts.skipDefaults)
        setDefaultValues(dict);
    if (!opts.skipValidation)
        validateModel(dict, ctx.problems);
    if (opts.resolvePaths)
        resolveRelativePaths(dict, opts.workingDir);
    resolveEnvironment(dict, opts.env);
    return dict;
}
/** compose-go `loadYamlFile`: one file merged over `dict`. */
function loadYamlFile(file, at, opts, ctx, dict, included, chain) {
    const text = readTextFile(file, ctx.limits, ctx.problems, at, `compose file ${ctx.show(file)}`);
    if (text === undefined) {
        ctx.incomplete = true;
        return { dict, resets: [], ok: false };
    }
    ctx.files.add(file);
    const before = ctx.problems.size;
    const docs = parseComposeYaml(text, file, ctx.sources, ctx.problems, ctx.limits);
    if (ctx.problems.list.slice(before).some((p) => p.loc.file === file && LOAD_RULES.has(p.rule)))
        ctx.incomplete = true;
    let resets = [];
    for (const doc of docs) {
        if (!isMapping(doc.value)) {
            ctx.problems.add('compose/top-level-not-mapping', doc.loc, 'top-level object must be a mapping');
            ctx.incomplete = true;
            continue;
        }
        const cfg = doc.value;
        resets = doc.resets;
        interpolateModel(cfg, { env: opts.env, problems: ctx.problems, sources: ctx.sources, uses: ctx.uses });
        if (!opts.skipInclude) {
            applyInclude(cfg, file, opts, ctx, [...included, file], doc.resets, loadYamlModel);
        }
        applyResets(dict, doc.resets);
        if (!opts.skipExtends)
            applyExtends(cfg, file, opts, ctx, chain, doc.resets, loadYamlFile);
        dict = mergeSafely(dict, cfg, ctx);
        // Only what this document touched needs the per-file steps again: the rest of `dict` already went
        // through them (compose re-runs them on everything, with the same result).
        let view = touchedView(dict, cfg);
        view = uniqueSafely(view, ctx);
        if (!opts.skipValidation) {
            validateSchema(view, ctx.problems, doc.loc);
            if ('version' in dict) {
                const l = keyLoc(dict, 'version') ?? doc.loc;
                if (l.file === file) {
                    ctx.problems.add('compose/obsolete-version', l, 'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion');
                }
                delete dict['version'];
                delete view['version'];
            }
        }
        view = canonical(view, ctx.problems);
        omitEmpty(view);
        view = uniqueSafely(view, ctx);
        writeBack(dict, view);
    }
    return { dict, resets, ok: true };
}
/** Top-level sections whose entries are independent of each other. */
const NAMED = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
/** The part of `dict` that merging `cfg` into it may have changed, sharing its objects. */
function touchedView(dict, cfg) {
    const view = {};
    const dl = locsOf(dict);
    if (dl)
        register(view, dl.self);
    for (const k of Object.keys(cfg)) {
        if (!hasOwn(dict, k))
            continue;
        const d = dict[k];
        const c = cfg[k];
        let v = d;
        if (NAMED.has(k) && isMapping(d) && isMapping(c) && d !== c) {
            const sub = {};
            const sl = locsOf(d);
            if (sl)
                register(sub, sl.self);
            for (const name of Object.keys(c)) {
                if (!hasOwn(d, name))
                    continue;
                setOwn(sub, name, d[name]);
                copyEntryLoc(sub, name, d, name);
            }
            v = sub;
        }
        setOwn(view, k, v);
        copyEntryLoc(view, k, dict, k);
    }
    return view;
}
/** Puts what the per-file steps replaced in `view` back into `dict`. */
function writeBack(dict, view) {
    for (const [k, v] of Object.entries(view)) {
        const d = dict[k];
        if (NAMED.has(k) && isMapping(d) && isMapping(v) && v !== d) {
            for (const [name, e] of Object.entries(v)) {
                if (d[name] === e)
                    continue;
                setOwn(d, name, e);
                copyEntryLoc(d, name, v, name);
            }
        }
        else if (d !== v) {
            setOwn(dict, k, v);
            copyEntryLoc(dict, k, view, k);
        }
    }
}
/** Rules meaning "this file's content never made it into the model". */
const LOAD_RULES = new Set(['compose/invalid-yaml', 'compose/yaml-alias-limit']);
function mergeSafely(dict, cfg, ctx) {
    try {
        return mergeModels(dict, cfg);
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add('compose/merge-conflict', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
        ctx.incomplete = true;
        return dict;
    }
}
function uniqueSafely(dict, ctx) {
    try {
        return enforceUnicity(dict);
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add(e.rule ?? 'compose/invalid-value', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
        return dict;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/duration.ts
/**
 * Durations as compose reads them: Go `time.ParseDuration` syntax plus the `d` (day) and `w` (week)
 * units of xhit/go-str2duration, which compose-go uses. Values are nanoseconds (as JS numbers).
 */
const UNITS = {
    ns: 1,
    us: 1e3,
    '\u00b5s': 1e3,
    '\u03bcs': 1e3,
    ms: 1e6,
    s: 1e9,
    m: 60e9,
    h: 3600e9,
    d: 86400e9,
    w: 604800e9,
};
class DurationError extends Error {
}
const quote = (s) => JSON.stringify(s);
/** Parses `1h30m`, `10s`, `1.5s`, `-2m`, `0`; throws DurationError with Go's message otherwise. */
function parseDuration(input) {
    const orig = input;
    let s = input;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        throw new DurationError(`time: invalid duration ${quote(orig)}`);
    let total = 0;
    while (s !== '') {
        const num = /^(\d*)(?:\.(\d*))?/.exec(s);
        const intPart = num[1] ?? '';
        const fracPart = num[2];
        if (intPart === '' && (fracPart === undefined || fracPart === ''))
            throw new DurationError(`time: invalid duration ${quote(orig)}`);
        s = s.slice(num[0].length);
        const unitMatch = /^[^\d.]*/.exec(s);
        const unit = unitMatch[0];
        if (unit === '')
            throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
        const mult = UNITS[unit];
        if (mult === undefined)
            throw new DurationError(`time: unknown unit ${quote(unit)} in duration ${quote(orig)}`);
        s = s.slice(unit.length);
        total += Number(`${intPart || '0'}.${fracPart ?? '0'}`) * mult;
        if (total > 9.223372036854776e18)
            throw new DurationError(`time: invalid duration ${quote(orig)}`);
    }
    return neg ? -total : total;
}
/** Go `time.Duration.String()` of a number of nanoseconds. */
function formatDuration(ns) {
    if (ns === 0)
        return '0s';
    const neg = ns < 0;
    let u = Math.round(Math.abs(ns));
    let out;
    if (u < 1e9) {
        let unit;
        let div;
        if (u < 1e3)
            return `${neg ? '-' : ''}${u}ns`;
        if (u < 1e6) {
            unit = '\u00b5s';
            div = 1e3;
        }
        else {
            unit = 'ms';
            div = 1e6;
        }
        out = trimFraction(u / div) + unit;
    }
    else {
        const h = Math.floor(u / 3600e9);
        u -= h * 3600e9;
        const m = Math.floor(u / 60e9);
        u -= m * 60e9;
        const sec = trimFraction(u / 1e9) + 's';
        out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
    }
    return (neg ? '-' : '') + out;
}
function trimFraction(v) {
    return v
        .toFixed(9)
        .replace(/0+$/, '')
        .replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/checks/compose/model-json.ts
/**
 * The final model in the shape `docker compose config --format json` prints: compose-go decodes the
 * canonical YAML tree into typed structs (`types/*.go`) and marshals them with `omitempty`. The values
 * that fail to decode (durations, byte sizes, shell words, extra hosts) are reported here.
 */




const SKIP = Symbol('skip');
const fail = (ctx, container, key, rule, message) => {
    const l = valueLoc(container, key);
    if (l)
        ctx.problems.add(rule, l, message);
    return SKIP;
};
const strValue = (v) => (v === null || v === undefined || v === '' ? SKIP : typeof v === 'string' ? v : goString(v));
const model_json_str = (v) => strValue(v);
const bool = (v) => (v === true ? true : SKIP);
const boolPtr = (v) => (typeof v === 'boolean' ? v : SKIP);
const num = (v) => (typeof v === 'number' && v !== 0 ? v : typeof v === 'string' && v !== '' && Number(v) !== 0 && !Number.isNaN(Number(v)) ? Number(v) : SKIP);
const intPtr = (v) => (typeof v === 'number' ? v : SKIP);
const strList = (v) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.length ? v.map((x) => (typeof x === 'string' ? x : goString(x))) : SKIP;
    return SKIP;
};
const passthrough = (v) => (v === null || v === undefined ? SKIP : clone(v));
const nonEmptyObj = (v) => (isMapping(v) && Object.keys(v).length ? clone(v) : SKIP);
/** `types.Mapping` / `Labels`: `map[string]string` from `K=V` lists or mappings. */
const stringMap = (v) => {
    const out = {};
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            const i = s.indexOf('=');
            setOwn(out, i < 0 ? s : s.slice(0, i), i < 0 ? '' : s.slice(i + 1));
        }
    }
    else if (isMapping(v)) {
        for (const [k, e] of Object.entries(v))
            setOwn(out, k, e === null || e === undefined ? '' : typeof e === 'string' ? e : goString(e));
    }
    else
        return SKIP;
    return Object.keys(out).length ? sortKeys(out) : SKIP;
};
/** `MappingWithEquals`: `K=V` \u2192 "V", `K` \u2192 null. */
const envMap = (v) => {
    const out = {};
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            const i = s.indexOf('=');
            setOwn(out, i < 0 ? s : s.slice(0, i), i < 0 ? null : s.slice(i + 1));
        }
    }
    else if (isMapping(v)) {
        for (const [k, e] of Object.entries(v))
            setOwn(out, k, e === null || e === undefined ? null : typeof e === 'string' ? e : goString(e));
    }
    else
        return SKIP;
    return Object.keys(out).length ? sortKeys(out) : SKIP;
};
const duration = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return SKIP;
    try {
        return formatDuration(parseDuration(goString(v)));
    }
    catch (e) {
        const msg = e instanceof DurationError ? e.message : String(e);
        return fail(ctx, c, k, 'compose/invalid-duration', `${ctx.where}.${k}: ${msg}`);
    }
};
const bytes = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return SKIP;
    try {
        const n = parseBytes(v);
        return n === 0 ? SKIP : String(n);
    }
    catch (e) {
        return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e.message}`);
    }
};
const command = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string') {
        try {
            return shellWords(v);
        }
        catch (e) {
            fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e instanceof ValueError ? e.message : String(e)}`);
            return null;
        }
    }
    if (Array.isArray(v))
        return v.map((x) => (typeof x === 'string' ? x : goString(x)));
    return null;
};
const extraHosts = (v, ctx, c, k) => {
    try {
        const l = parseExtraHosts(v);
        return l.length ? l : SKIP;
    }
    catch (e) {
        return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e.message}`);
    }
};
const fileMode = (v) => {
    if (typeof v === 'number')
        return `0${Math.trunc(v).toString(8)}`;
    if (typeof v === 'string' && /^[0-7]+$/.test(v))
        return `0${parseInt(v, 8).toString(8)}`;
    return v;
};
const fileRefs = (v) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.map((e) => {
        if (typeof e === 'string')
            return { source: e };
        if (!isMapping(e))
            return e;
        const o = pick(e, ['source', 'target', 'uid', 'gid'], strValue);
        if (e['mode'] !== undefined && e['mode'] !== null)
            o['mode'] = fileMode(e['mode']);
        return o;
    });
};
const healthcheck = (v, ctx, c, k) => {
    if (!isMapping(v))
        return SKIP;
    const hc = {};
    const t = v['test'];
    if (typeof t === 'string')
        hc['test'] = ['CMD-SHELL', t];
    else if (Array.isArray(t) && t.length)
        hc['test'] = t.map((x) => (typeof x === 'string' ? x : goString(x)));
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    for (const d of ['timeout', 'interval', 'start_period', 'start_interval']) {
        if (v[d] === undefined || v[d] === null)
            continue;
        const r = duration(v[d], sub, v, d);
        if (r !== SKIP)
            hc[d] = r;
    }
    if (typeof v['retries'] === 'number')
        hc['retries'] = v['retries'];
    if (v['disable'] === true)
        hc['disable'] = true;
    void c;
    return hc;
};
const dependsOn = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, d] of Object.entries(v)) {
        const e = isMapping(d) ? d : {};
        const o = {};
        if (typeof e['condition'] === 'string' && e['condition'] !== '')
            o['condition'] = e['condition'];
        if (e['restart'] === true)
            o['restart'] = true;
        o['required'] = e['required'] !== false;
        setOwn(out, k, o);
    }
    return sortKeys(out);
};
const networks = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, n] of Object.entries(v)) {
        if (!isMapping(n)) {
            setOwn(out, k, null);
            continue;
        }
        const o = {};
        const aliases = strList(n['aliases'], {}, n, 'aliases');
        if (aliases !== SKIP)
            o['aliases'] = aliases;
        const dopts = stringMap(n['driver_opts'], {}, n, 'driver_opts');
        if (dopts !== SKIP)
            o['driver_opts'] = dopts;
        for (const f of ['gw_priority', 'priority'])
            if (typeof n[f] === 'number' && n[f] !== 0)
                o[f] = n[f];
        for (const f of ['interface_name', 'ipv4_address', 'ipv6_address', 'mac_address']) {
            if (typeof n[f] === 'string' && n[f] !== '')
                o[f] = n[f];
        }
        const ll = strList(n['link_local_ips'], {}, n, 'link_local_ips');
        if (ll !== SKIP)
            o['link_local_ips'] = ll;
        setOwn(out, k, o);
    }
    return sortKeys(out);
};
const ports = (v) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.filter(isMapping).map((p) => {
        const o = {};
        for (const f of ['name', 'mode', 'host_ip'])
            if (p[f] !== undefined && p[f] !== null && p[f] !== '')
                o[f] = goString(p[f]);
        const target = typeof p['target'] === 'number' ? p['target'] : Number(p['target']);
        if (target)
            o['target'] = target;
        if (p['published'] !== undefined && p['published'] !== null && p['published'] !== '')
            o['published'] = goString(p['published']);
        for (const f of ['protocol', 'app_protocol'])
            if (p[f] !== undefined && p[f] !== null && p[f] !== '')
                o[f] = goString(p[f]);
        return o;
    });
};
const volumes = (v, ctx) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.filter(isMapping).map((m) => {
        const o = {};
        for (const f of ['type', 'source', 'target'])
            if (typeof m[f] === 'string' && m[f] !== '')
                o[f] = m[f];
        if (m['read_only'] === true)
            o['read_only'] = true;
        if (typeof m['consistency'] === 'string' && m['consistency'] !== '')
            o['consistency'] = m['consistency'];
        const bind = m['bind'];
        if (isMapping(bind)) {
            const b = pick(bind, ['selinux', 'propagation', 'recursive'], strValue);
            // docker compose v2.40 (compose-go v2.9) prints create_host_path only when it is true
            if (bind['create_host_path'] === true)
                b['create_host_path'] = true;
            o['bind'] = b;
        }
        const vol = m['volume'];
        if (isMapping(vol)) {
            const x = {};
            const labels = stringMap(vol['labels'], ctx, vol, 'labels');
            if (labels !== SKIP)
                x['labels'] = labels;
            if (vol['nocopy'] === true)
                x['nocopy'] = true;
            if (typeof vol['subpath'] === 'string' && vol['subpath'] !== '')
                x['subpath'] = vol['subpath'];
            o['volume'] = x;
        }
        const tmpfs = m['tmpfs'];
        if (isMapping(tmpfs)) {
            const t = {};
            if (tmpfs['size'] !== undefined) {
                try {
                    const n = parseBytes(tmpfs['size']);
                    if (n)
                        t['size'] = String(n);
                }
                catch {
                    // reported by the schema or left as written
                }
            }
            if (typeof tmpfs['mode'] === 'number' && tmpfs['mode'] !== 0)
                t['mode'] = tmpfs['mode'];
            o['tmpfs'] = t;
        }
        if (isMapping(m['image']))
            o['image'] = clone(m['image']);
        return o;
    });
};
const ulimits = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, u] of Object.entries(v)) {
        if (typeof u === 'number')
            setOwn(out, k, u);
        else if (isMapping(u))
            setOwn(out, k, pick(u, ['soft', 'hard'], (x) => (typeof x === 'number' && x !== 0 ? x : SKIP)));
    }
    return sortKeys(out);
};
const logging = (v) => {
    if (!isMapping(v))
        return SKIP;
    const o = {};
    if (typeof v['driver'] === 'string' && v['driver'] !== '')
        o['driver'] = v['driver'];
    const opts = stringMap(v['options'], {}, v, 'options');
    if (opts !== SKIP)
        o['options'] = opts;
    return o;
};
const build = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    return model_json_convert(v, BUILD_FIELDS, sub);
};
const deploy = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    const o = model_json_convert(v, DEPLOY_FIELDS, sub);
    // Resources and Placement are structs, not pointers: compose always prints them.
    if (!('resources' in o))
        o['resources'] = {};
    if (!('placement' in o))
        o['placement'] = {};
    return o;
};
const resources = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const o = {};
    for (const which of ['limits', 'reservations']) {
        const r = v[which];
        if (!isMapping(r))
            continue;
        const sub = { ...ctx, where: `${ctx.where}.${k}.${which}` };
        o[which] = model_json_convert(r, RESOURCE_FIELDS, sub);
    }
    return o;
};
const updateConfig = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    return model_json_convert(v, UPDATE_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};
const restartPolicy = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    return model_json_convert(v, RESTART_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};
const SERVICE_FIELDS = [
    ['profiles', strList],
    ['annotations', stringMap],
    ['attach', boolPtr],
    ['build', build],
    ['develop', passthrough],
    ['blkio_config', passthrough],
    ['cap_add', strList],
    ['cap_drop', strList],
    ['cgroup_parent', model_json_str],
    ['cgroup', model_json_str],
    ['cpu_count', num],
    ['cpu_percent', num],
    ['cpu_period', num],
    ['cpu_quota', num],
    ['cpu_rt_period', num],
    ['cpu_rt_runtime', num],
    ['cpus', num],
    ['cpuset', model_json_str],
    ['cpu_shares', num],
    ['command', command],
    ['configs', fileRefs],
    ['container_name', model_json_str],
    ['credential_spec', nonEmptyObj],
    ['depends_on', dependsOn],
    ['deploy', deploy],
    ['device_cgroup_rules', strList],
    ['devices', passthrough],
    ['dns', strList],
    ['dns_opt', strList],
    ['dns_search', strList],
    ['dockerfile', model_json_str],
    ['domainname', model_json_str],
    ['entrypoint', command],
    ['provider', passthrough],
    ['environment', envMap],
    ['expose', strList],
    ['external_links', strList],
    ['extra_hosts', extraHosts],
    ['group_add', strList],
    ['gpus', passthrough],
    ['hostname', model_json_str],
    ['healthcheck', healthcheck],
    ['image', model_json_str],
    ['init', boolPtr],
    ['ipc', model_json_str],
    ['isolation', model_json_str],
    ['labels', stringMap],
    ['links', strList],
    ['logging', logging],
    ['log_driver', model_json_str],
    ['log_opt', stringMap],
    ['mem_limit', bytes],
    ['mem_reservation', bytes],
    ['memswap_limit', bytes],
    ['mem_swappiness', bytes],
    ['mac_address', model_json_str],
    ['models', passthrough],
    ['net', model_json_str],
    ['network_mode', model_json_str],
    ['networks', networks],
    ['oom_kill_disable', bool],
    ['oom_score_adj', num],
    ['pid', model_json_str],
    ['pids_limit', num],
    ['platform', model_json_str],
    ['ports', ports],
    ['privileged', bool],
    ['pull_policy', model_json_str],
    ['read_only', bool],
    ['restart', model_json_str],
    ['runtime', model_json_str],
    ['scale', intPtr],
    ['secrets', fileRefs],
    ['security_opt', strList],
    ['shm_size', bytes],
    ['stdin_open', bool],
    ['stop_grace_period', duration],
    ['stop_signal', model_json_str],
    ['storage_opt', stringMap],
    ['sysctls', stringMap],
    ['tmpfs', strList],
    ['tty', bool],
    ['ulimits', ulimits],
    ['use_api_socket', bool],
    ['user', model_json_str],
    ['userns_mode', model_json_str],
    ['uts', model_json_str],
    ['volume_driver', model_json_str],
    ['volumes', volumes],
    ['volumes_from', strList],
    ['working_dir', model_json_str],
    ['pre_start', passthrough],
    ['post_start', passthrough],
    ['pre_stop', passthrough],
];
const BUILD_FIELDS = [
    ['context', model_json_str],
    ['dockerfile', model_json_str],
    ['dockerfile_inline', model_json_str],
    ['entitlements', strList],
    ['args', envMap],
    ['provenance', model_json_str],
    ['sbom', model_json_str],
    ['ssh', passthrough],
    ['labels', stringMap],
    ['cache_from', strList],
    ['cache_to', strList],
    ['no_cache', bool],
    ['no_cache_filter', strList],
    ['additional_contexts', stringMap],
    ['pull', bool],
    ['extra_hosts', extraHosts],
    ['isolation', model_json_str],
    ['network', model_json_str],
    ['target', model_json_str],
    ['secrets', fileRefs],
    ['shm_size', bytes],
    ['tags', strList],
    ['ulimits', ulimits],
    ['platforms', strList],
    ['privileged', bool],
];
const DEPLOY_FIELDS = [
    ['mode', model_json_str],
    ['replicas', intPtr],
    ['labels', stringMap],
    ['update_config', updateConfig],
    ['rollback_config', updateConfig],
    ['resources', resources],
    ['restart_policy', restartPolicy],
    ['placement', passthrough],
    ['endpoint_mode', model_json_str],
];
const RESOURCE_FIELDS = [
    ['cpus', (v) => (v === null || v === undefined || Number(v) === 0 || Number.isNaN(Number(v)) ? SKIP : Math.fround(Number(v)))],
    ['memory', bytes],
    ['pids', num],
    ['devices', passthrough],
    ['generic_resources', passthrough],
];
const UPDATE_FIELDS = [
    ['parallelism', intPtr],
    ['delay', duration],
    ['failure_action', model_json_str],
    ['monitor', duration],
    ['max_failure_ratio', num],
    ['order', model_json_str],
];
const RESTART_FIELDS = [
    ['condition', model_json_str],
    ['delay', duration],
    ['max_attempts', intPtr],
    ['window', duration],
];
function model_json_convert(v, fields, ctx) {
    const o = {};
    // Index loops over the field tables (here and in serviceJson): each service goes through all ~80
    // fields twice, in code V8 has not optimised yet, where for-of allocates an iterator result per step.
    for (let i = 0; i < fields.length; i++) {
        const k = fields[i][0];
        if (!(k in v) && k !== 'command' && k !== 'entrypoint')
            continue;
        const conv = fields[i][1];
        const r = conv(v[k], ctx, v, k);
        if (r !== SKIP)
            o[k] = r;
    }
    return o;
}
function pick(v, keys, conv) {
    const o = {};
    for (const k of keys) {
        if (!(k in v))
            continue;
        const r = conv(v[k]);
        if (r !== SKIP)
            o[k] = r;
    }
    return o;
}
function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}
function sortKeys(o) {
    const out = {};
    for (const k of Object.keys(o).sort())
        setOwn(out, k, o[k]);
    return out;
}
function serviceJson(name, s, problems) {
    const ctx = { problems, where: `services.${name}` };
    const o = model_json_convert(s, SERVICE_FIELDS, ctx);
    const ordered = {};
    // command/entrypoint are never omitted (compose prints null), everything else only when set
    for (let i = 0; i < SERVICE_FIELDS.length; i++) {
        const k = SERVICE_FIELDS[i][0];
        if (k in o)
            ordered[k] = o[k];
    }
    return ordered;
}
const RESOURCE_KIND_FIELDS = {
    networks: ['name', 'driver', 'driver_opts', 'ipam', 'external', 'internal', 'attachable', 'labels', 'enable_ipv4', 'enable_ipv6'],
    volumes: ['name', 'driver', 'driver_opts', 'external', 'labels'],
    secrets: ['name', 'file', 'environment', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
    configs: ['name', 'file', 'environment', 'content', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
};
function resourceJson(kind, r) {
    const o = {};
    const src = isMapping(r) ? r : {};
    for (const k of RESOURCE_KIND_FIELDS[kind] ?? []) {
        const v = src[k];
        if (k === 'ipam') {
            o['ipam'] = isMapping(v) ? clone(v) : {};
            continue;
        }
        if (v === undefined || v === null || v === '' || v === false)
            continue;
        if (k === 'labels' || k === 'driver_opts') {
            const m = stringMap(v, {}, src, k);
            if (m !== SKIP)
                o[k] = m;
            continue;
        }
        if (k === 'enable_ipv4' || k === 'enable_ipv6') {
            o[k] = v;
            continue;
        }
        o[k] = typeof v === 'string' || typeof v === 'boolean' ? v : goString(v);
    }
    if (kind === 'networks' || kind === 'volumes') {
        // enable_ipv4/ipv6 are pointers: printed when set, even false
        for (const k of ['enable_ipv4', 'enable_ipv6'])
            if (src[k] === false && kind === 'networks')
                o[k] = false;
    }
    return o;
}

// EXTERNAL MODULE: ./src/checks/images/dockerfile.ts
var dockerfile = __webpack_require__(1628);
// EXTERNAL MODULE: ./src/checks/images/stages.ts
var images_stages = __webpack_require__(7581);
;// CONCATENATED MODULE: ./src/checks/compose/healthcheck.ts
// What we can know, offline, about a service's healthcheck when the compose file defines none: an
// image's own HEALTHCHECK cannot be seen without pulling it; a Dockerfile in the repository can be read.






/** The compose file turns the healthcheck off (`disable: true`, `test: ["NONE"]`). */
function healthcheckDisabled(s) {
    if (!isMapping(s) || !isMapping(s['healthcheck']))
        return false;
    const hc = s['healthcheck'];
    const test = hc['test'];
    return hc['disable'] === true || (Array.isArray(test) && test[0] === 'NONE');
}
/** Whether the image a service runs defines a HEALTHCHECK, as far as the repository shows it. */
function imageHealthcheck(s, limits) {
    const build = isMapping(s['build']) ? s['build'] : undefined;
    const image = typeof s['image'] === 'string' && s['image'] !== '' ? s['image'] : undefined;
    if (!build)
        return image ? { kind: 'unknown', image } : { kind: 'none', why: 'it has neither an image nor a build' };
    const context = typeof build['context'] === 'string' ? build['context'] : '.';
    const built = image ?? `the image built from ${context}`;
    let source;
    if (typeof build['dockerfile_inline'] === 'string')
        source = build['dockerfile_inline'];
    else if (!isRemoteContext(context) && typeof build['dockerfile'] === 'string')
        source = readSmall(external_node_path_default().resolve(context, build['dockerfile']), limits);
    if (source === undefined)
        return { kind: 'unknown', image: built };
    const args = {};
    if (isMapping(build['args']))
        for (const [k, v] of Object.entries(build['args']))
            if (v !== null && v !== undefined)
                args[k] = String(v);
    const { stages } = (0,images_stages/* stagesOf */.ZL)((0,dockerfile/* parseDockerfile */.Ai)(source), args);
    const target = typeof build['target'] === 'string' ? stages.find((st) => st.name?.toLowerCase() === build['target'].toLowerCase()) : stages.at(-1);
    // The last HEALTHCHECK of the stage wins, else the one of the stage or image it is built FROM.
    for (let st = target, hops = 0; st && hops <= stages.length; st = st.parent !== undefined ? stages[st.parent] : undefined, hops++) {
        const hc = st.instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
        if (hc)
            return /^\s*NONE\s*$/i.test(hc.args.slice(hc.rest)) ? { kind: 'none', why: 'its Dockerfile sets HEALTHCHECK NONE' } : { kind: 'defined' };
        if (st.parent === undefined) {
            const base = st.base.resolved;
            if (base.toLowerCase() === 'scratch')
                return { kind: 'none', why: 'its Dockerfile builds FROM scratch and sets no HEALTHCHECK' };
            if (st.base.unresolved.length === 0 && base)
                return { kind: 'unknown', image: base, base: true };
            break;
        }
    }
    return { kind: 'unknown', image: built };
}
/** The file's text when it may be read and is small enough; undefined otherwise (then: unknown). */
function readSmall(file, limits) {
    if (limits.guard?.(file))
        return undefined;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile() || st.size > limits.maxFileBytes)
            return undefined;
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/normalize.ts
/**
 * compose-go `loader/normalize.go` (Apache-2.0): the implicit `default` network, build defaults,
 * implicit depends_on from links / `service:` namespaces / volumes_from, resource names.
 */



function resolveValues(a, env, keepEmpty) {
    if (Array.isArray(a)) {
        const out = [];
        for (const v of a) {
            if (typeof v === 'string' && !v.includes('=')) {
                const found = env.get(v);
                if (found !== undefined)
                    out.push(`${v}=${found.value}`);
                else if (keepEmpty)
                    out.push(v);
                continue;
            }
            if (typeof v === 'string')
                out.push(v);
        }
        const l = locsOf(a);
        if (l)
            register(out, l.self);
        return out;
    }
    if (isMapping(a)) {
        const out = {};
        for (const [k, v] of Object.entries(a)) {
            if (v !== null && v !== undefined)
                setOwn(out, k, v);
            else if (env.has(k))
                setOwn(out, k, env.get(k).value);
            else if (keepEmpty)
                setOwn(out, k, null);
        }
        const l = locsOf(a);
        if (l) {
            const nl = register(out, l.self);
            for (const k of Object.keys(out)) {
                const kl = l.keys.get(k);
                const vl = l.values.get(k);
                if (kl)
                    nl.keys.set(k, kl);
                if (vl)
                    nl.values.set(k, vl);
            }
        }
        return out;
    }
    return a;
}
const implicit = (restart, at) => adopt({ condition: 'service_started', restart, required: true }, at);
function normalize(model, env, projectName) {
    normalizeNetworks(model);
    const services = model['services'];
    if (isMapping(services)) {
        for (const [name, s] of Object.entries(services)) {
            if (!isMapping(s))
                continue;
            void name;
            if (s['pull_policy'] === 'if_not_present')
                s['pull_policy'] = 'missing';
            const build = s['build'];
            if (isMapping(build)) {
                if (build['context'] === null || build['context'] === undefined)
                    build['context'] = '.';
                if ((build['dockerfile'] ?? null) === null && (build['dockerfile_inline'] ?? null) === null)
                    build['dockerfile'] = 'Dockerfile';
                if ('args' in build)
                    build['args'] = resolveValues(build['args'], env, false);
            }
            if ('environment' in s)
                s['environment'] = resolveValues(s['environment'], env, true);
            let dependsOn;
            if (isMapping(s['depends_on']))
                dependsOn = s['depends_on'];
            else {
                dependsOn = {};
                register(dependsOn, valueLoc(services, name) ?? keyLoc(services, name) ?? { file: '', line: 1, column: 1 });
            }
            const depLocs = locsOf(dependsOn);
            const addImplicit = (svc, restart, at) => {
                if (hasOwn(dependsOn, svc))
                    return;
                setOwn(dependsOn, svc, implicit(restart, at));
                if (at && depLocs) {
                    depLocs.keys.set(svc, at);
                    depLocs.values.set(svc, at);
                }
            };
            if (Array.isArray(s['links'])) {
                s['links'].forEach((l, i) => {
                    if (typeof l !== 'string')
                        return;
                    const parts = l.split(':');
                    addImplicit(parts.length === 2 ? parts[0] : l, true, valueLoc(s['links'], i));
                });
            }
            for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
                const ref = s[ns];
                if (typeof ref === 'string' && ref.startsWith('service:'))
                    addImplicit(ref.slice('service:'.length), true, valueLoc(s, ns));
            }
            if (Array.isArray(s['volumes'])) {
                for (const v of s['volumes']) {
                    if (isMapping(v) && typeof v['target'] === 'string' && v['target'] !== '')
                        v['target'] = posix_default().normalize(v['target']).replace(/(.)\/$/, '$1');
                }
            }
            if (Array.isArray(s['volumes_from'])) {
                s['volumes_from'].forEach((v, i) => {
                    if (typeof v !== 'string' || v.startsWith('container:'))
                        return;
                    addImplicit(v.split(':')[0], false, valueLoc(s['volumes_from'], i));
                });
            }
            if (Object.keys(dependsOn).length > 0)
                s['depends_on'] = dependsOn;
            const hooks = s['pre_start'];
            if (Array.isArray(hooks) && typeof s['image'] === 'string' && s['image'] !== '') {
                for (const h of hooks)
                    if (isMapping(h) && !('image' in h))
                        h['image'] = s['image'];
            }
        }
    }
    setNameFromKey(model, projectName);
}
function normalizeNetworks(model) {
    const networks = isMapping(model['networks']) ? model['networks'] : {};
    let usesDefault = false;
    const services = model['services'];
    if (isMapping(services)) {
        for (const s of Object.values(services)) {
            if (!isMapping(s) || 'provider' in s || 'network_mode' in s)
                continue;
            const n = s['networks'];
            if (n === undefined || (isMapping(n) && Object.keys(n).length === 0) || n === null) {
                s['networks'] = { default: null };
                usesDefault = true;
            }
            else if (isMapping(n) && 'default' in n) {
                usesDefault = true;
            }
        }
    }
    if (!('default' in networks) && usesDefault)
        networks['default'] = null;
    if (Object.keys(networks).length > 0 && model['networks'] !== networks)
        model['networks'] = networks;
}
function setNameFromKey(model, projectName) {
    for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
        const top = model[kind];
        if (!isMapping(top))
            continue;
        for (const [key, r] of Object.entries(top)) {
            if (r !== null && !isMapping(r))
                continue;
            const resource = r ?? {};
            if (r === null) {
                const at = valueLoc(top, key) ?? keyLoc(top, key);
                if (at)
                    register(resource, at);
            }
            if (resource['name'] === null || resource['name'] === undefined) {
                const ext = resource['external'];
                resource['name'] = ext === true || ext === 'true' ? key : `${projectName}_${key}`;
            }
            setOwn(top, key, resource);
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/project.ts
/**
 * One compose project (a list of `-f` files): load and merge, name, normalise, apply profiles, check
 * consistency and the toolkit's rules, resolve env files, and build the `compose config` model.
 */














const PROJECT_NAME_INVALID = /[^a-z0-9_-]/;
function normalizeProjectName(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
function loadProject(input) {
    const problems = new Problems();
    const first = input.files[0];
    const workingDir = external_node_path_default().dirname(first);
    const start = { file: first, line: 1, column: 1 };
    let env = envFromProcess(input.processEnv);
    if (input.envFiles?.length) {
        env = withDotenvFiles(env, input.envFiles, 'env-file', problems, input.limits, input.show);
    }
    else {
        const dotenv = external_node_path_default().join(workingDir, '.env');
        if ((0,external_node_fs_.existsSync)(dotenv) && (0,external_node_fs_.statSync)(dotenv).isFile()) {
            env = withDotenvFiles(env, [dotenv], '.env', problems, input.limits, input.show);
        }
    }
    const ctx = {
        problems,
        sources: input.sources,
        uses: [],
        limits: input.limits,
        files: new Set(),
        incomplete: false,
        show: input.show,
    };
    const model = loadYamlModel(input.files.map((file) => ({ file, at: { file, line: 1, column: 1 } })), { workingDir, env, resolvePaths: true }, ctx, []);
    if (Object.keys(model).length === 0 && !ctx.incomplete && problems.size === 0) {
        problems.add('compose/empty-file', start, 'empty compose file');
    }
    const name = projectName(model, env, workingDir, problems, start);
    if (!ctx.incomplete && isMapping(model['services']))
        secretLiterals(model['services'], ctx.uses, input.sources, problems);
    normalize(model, env, name);
    model['name'] = name;
    const services = isMapping(model['services']) ? model['services'] : {};
    const sets = serviceSets(services, input.profiles ?? profilesFromEnv(env));
    const out = { name, variables: ctx.uses, problems, services: Object.keys(services).length, filesRead: ctx.files };
    if (ctx.incomplete)
        return out;
    checkConsistency(model, sets, problems);
    checkHealthyDependencies(services, sets, problems, input.limits);
    lint({ services, enabled: sets.enabled, problems, show: input.show, limits: input.limits });
    isolation(services, problems);
    for (const n of sets.enabled) {
        const s = services[n];
        if (isMapping(s))
            resolveEnvFiles(s, env, problems, input);
    }
    out.model = composeConfigJson(model, services, sets, problems);
    return out;
}
function profilesFromEnv(env) {
    const v = env.get('COMPOSE_PROFILES')?.value ?? '';
    return v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
function projectName(model, env, workingDir, problems, start) {
    const fromEnv = env.get('COMPOSE_PROJECT_NAME');
    if (fromEnv && fromEnv.value !== '') {
        if (PROJECT_NAME_INVALID.test(fromEnv.value) || /^[_-]/.test(fromEnv.value)) {
            const at = fromEnv.file ? { file: fromEnv.file, line: fromEnv.line ?? 1, column: 1 } : start;
            problems.add('compose/invalid-project-name', at, `invalid project name "${fromEnv.value}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
            return normalizeProjectName(fromEnv.value) || 'default';
        }
        return fromEnv.value;
    }
    const fromFile = typeof model['name'] === 'string' ? normalizeProjectName(model['name']) : '';
    if (fromFile)
        return fromFile;
    const fromDir = normalizeProjectName(external_node_path_default().basename(workingDir));
    if (fromDir)
        return fromDir;
    problems.add('compose/invalid-project-name', start, 'project name must not be empty: set `name:` or COMPOSE_PROJECT_NAME');
    return 'default';
}
/** compose-go `HasProfile`: no profiles means always on; `*` turns every profile on. */
function serviceSets(services, active) {
    const enabled = new Set();
    const disabled = new Map();
    const all = active.includes('*');
    for (const [name, s] of Object.entries(services)) {
        const profiles = isMapping(s) && Array.isArray(s['profiles']) ? s['profiles'].map(String) : [];
        if (profiles.length === 0 || all || profiles.some((p) => active.includes(p)))
            enabled.add(name);
        else
            disabled.set(name, profiles);
    }
    return { all: services, enabled, disabled };
}
function hasHealthcheck(s) {
    if (!isMapping(s) || !isMapping(s['healthcheck']) || healthcheckDisabled(s))
        return false;
    const test = s['healthcheck']['test'];
    return test !== undefined && test !== null && !(Array.isArray(test) && test.length === 0);
}
/**
 * `condition: service_healthy` on a service with no healthcheck makes `docker compose up` fail. An
 * error only when we know there is none; an image's own HEALTHCHECK cannot be seen offline: a warning.
 */
function checkHealthyDependencies(services, sets, problems, limits) {
    for (const name of sets.enabled) {
        const s = services[name];
        if (!isMapping(s) || !isMapping(s['depends_on']))
            continue;
        for (const [dep, cfg] of Object.entries(s['depends_on'])) {
            if (!isMapping(cfg) || cfg['condition'] !== 'service_healthy' || !sets.enabled.has(dep))
                continue;
            const target = services[dep];
            if (hasHealthcheck(target))
                continue;
            const at = valueLoc(cfg, 'condition') ?? keyLoc(s['depends_on'], dep);
            if (!at)
                continue;
            const waits = `service "${name}" waits for "${dep}" to be healthy`;
            if (healthcheckDisabled(target)) {
                problems.add('compose/healthcheck-required', at, `${waits}, but the healthcheck of "${dep}" is disabled`, {
                    help: `Enable the healthcheck of "${dep}", or wait with condition: service_started.`,
                });
                continue;
            }
            const image = isMapping(target) ? imageHealthcheck(target, limits) : { kind: 'none', why: 'it is not a service definition' };
            if (image.kind === 'defined')
                continue;
            if (image.kind === 'none') {
                problems.add('compose/healthcheck-required', at, `${waits}, but "${dep}" has no healthcheck: none in the compose file, and ${image.why}`, {
                    help: `Add a healthcheck: to "${dep}" (or wait with condition: service_started).`,
                });
                continue;
            }
            const whose = image.base ? `the base image ${image.image} of its Dockerfile` : `image ${image.image}`;
            problems.add('compose/healthcheck-required', at, `${waits}; "${dep}" has no healthcheck in the compose file, and we cannot see whether ${whose} defines a HEALTHCHECK`, {
                severity: 'warning',
                help: `Add a healthcheck: to "${dep}" (or wait with condition: service_started). If the image defines a HEALTHCHECK, this warning can be turned off: rules: compose/healthcheck-required: off.`,
            });
        }
    }
}
/** compose-go `WithServicesEnvironmentResolved(discardEnvFiles)`: env_file contents folded into environment. */
function resolveEnvFiles(s, env, problems, input) {
    const explicit = new Map();
    const e = s['environment'];
    if (Array.isArray(e)) {
        for (const item of e) {
            const str = String(item);
            const i = str.indexOf('=');
            explicit.set(i < 0 ? str : str.slice(0, i), i < 0 ? null : str.slice(i + 1));
        }
    }
    else if (isMapping(e)) {
        for (const [k, v] of Object.entries(e))
            explicit.set(k, v === null || v === undefined ? null : String(v));
    }
    for (const [k, v] of explicit)
        if (v === null && env.has(k))
            explicit.set(k, env.get(k).value);
    const list = s['env_file'];
    const fromFiles = new Map();
    if (Array.isArray(list)) {
        list.forEach((ef, i) => {
            const p = isMapping(ef) ? ef['path'] : ef;
            if (typeof p !== 'string')
                return;
            const required = !isMapping(ef) || ef['required'] !== false;
            const at = valueLoc(list, i) ?? valueLoc(s, 'env_file');
            const where = at ?? { file: p, line: 1, column: 1 };
            if (refused(p, input.limits, problems, where, `env file ${input.show(p)}`))
                return;
            if (!(0,external_node_fs_.existsSync)(p)) {
                if (required && at)
                    problems.add('compose/missing-env-file', at, `env file ${input.show(p)} not found`, { help: 'Create the file, fix the path, or mark it `required: false`.' });
                return;
            }
            const text = readTextFile(p, input.limits, problems, where, `env file ${input.show(p)}`);
            if (text === undefined)
                return;
            try {
                const lookup = (k) => env.get(k)?.value ?? explicit.get(k) ?? fromFiles.get(k) ?? undefined;
                for (const entry of parseDotenv(text, lookup))
                    fromFiles.set(entry.key, entry.value);
            }
            catch (err) {
                const line = err instanceof DotenvError ? err.line : 1;
                problems.add('compose/invalid-env-file', { file: p, line, column: 1 }, `cannot parse env file: ${err.message}`);
            }
        });
    }
    if (!Array.isArray(list) && explicit.size === 0)
        return;
    const merged = {};
    for (const [k, v] of fromFiles)
        setOwn(merged, k, v);
    for (const [k, v] of explicit)
        setOwn(merged, k, v);
    s['environment'] = merged;
    delete s['env_file'];
}
function composeConfigJson(model, services, sets, problems) {
    const out = { name: model['name'] };
    const svc = {};
    const used = { networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() };
    for (const name of Object.keys(services).sort()) {
        const s = services[name];
        if (!isMapping(s))
            continue;
        const json = serviceJson(name, s, problems);
        if (!sets.enabled.has(name))
            continue;
        setOwn(svc, name, json);
        if (isMapping(s['networks']))
            for (const n of Object.keys(s['networks']))
                used.networks.add(n);
        if (Array.isArray(s['volumes'])) {
            for (const v of s['volumes'])
                if (isMapping(v) && v['type'] === 'volume' && typeof v['source'] === 'string' && v['source'])
                    used.volumes.add(v['source']);
        }
        const refs = (list, into) => {
            if (Array.isArray(list))
                for (const r of list)
                    if (isMapping(r) && typeof r['source'] === 'string')
                        into.add(r['source']);
        };
        refs(s['secrets'], used.secrets);
        refs(s['configs'], used.configs);
        if (isMapping(s['build']))
            refs(s['build']['secrets'], used.secrets);
    }
    out['services'] = svc;
    for (const kind of ['networks', 'volumes', 'secrets', 'configs']) {
        const top = model[kind];
        if (!isMapping(top))
            continue;
        const res = {};
        for (const k of Object.keys(top).sort())
            if (used[kind].has(k))
                setOwn(res, k, resourceJson(kind, top[k]));
        if (Object.keys(res).length)
            out[kind] = res;
    }
    for (const k of Object.keys(model).sort())
        if (k.startsWith('x-'))
            out[k] = JSON.parse(JSON.stringify(model[k]));
    return out;
}

// EXTERNAL MODULE: ./src/checks/compose/rules.ts
var rules = __webpack_require__(3921);
;// CONCATENATED MODULE: ./src/checks/compose/index.ts
/**
 * The compose check: finds or takes compose projects, loads each one the way `docker compose config`
 * does (interpolation, merge, include, extends, profiles, schema, consistency) and reports every
 * problem at the file and line that has to change. Pure TypeScript: no Docker engine is needed.
 */













async function runCompose(opts) {
    const root = external_node_path_default().resolve(opts.root);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
        throw new finding/* UsageError */.eb(`compose: root ${opts.root} is not a directory`);
    const rel = (f) => {
        const r = external_node_path_default().relative(root, f);
        return (r === '' ? '.' : r).split((external_node_path_default()).sep).join('/');
    };
    const limits = {
        maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        maxNodes: opts.maxYamlNodes ?? DEFAULT_MAX_NODES,
        guard: (0,path_guard/* pathGuard */.JV)(opts.workspace),
    };
    if (!(limits.maxFileBytes > 0) || !(limits.maxNodes > 0))
        throw new finding/* UsageError */.eb('compose: maxFileBytes and maxYamlNodes must be positive');
    const envFiles = (opts.envFiles ?? []).map((f) => {
        const p = external_node_path_default().resolve(root, f);
        const no = limits.guard(p);
        if (no)
            throw new finding/* UsageError */.eb(`compose: env file ${f} ${no.reason}; it is not read`);
        if (!(0,external_node_fs_.existsSync)(p))
            throw new finding/* UsageError */.eb(`compose: env file ${f} not found`);
        return p;
    });
    let planned;
    if (opts.files && opts.files.length > 0) {
        const files = opts.files.map((f) => {
            const p = external_node_path_default().resolve(root, f);
            if (!(0,path_guard/* isInside */.FK)(root, p))
                throw new finding/* UsageError */.eb(`compose: file ${f} is outside the scanned directory ${root}`);
            if (!(0,external_node_fs_.existsSync)(p))
                throw new finding/* UsageError */.eb(`compose: file ${f} not found`);
            return p;
        });
        planned = [{ files, discovered: false }];
    }
    else {
        planned = (0,discover/* discoverProjects */.qA)(root).map((d) => ({ files: d.files, discovered: true }));
    }
    const sources = new Sources();
    const loaded = [];
    const deadline = new checks_deadline/* Deadline */.B(opts.timeoutMs ?? checks_deadline/* DEFAULT_CHECK_TIMEOUT_MS */.G);
    for (const p of planned) {
        let out;
        if (deadline.expired()) {
            const problems = new Problems();
            problems.add('compose/deadline-exceeded', { file: p.files[0], line: 1, column: 1 }, `the check's time limit (${deadline.describe()}) ran out before this project was checked`);
            loaded.push({ files: p.files, out: { name: '', variables: [], problems, services: 0, filesRead: new Set() } });
            continue;
        }
        try {
            out = loadProject({
                files: p.files,
                processEnv: opts.env ?? {},
                envFiles,
                ...(opts.profiles?.length ? { profiles: opts.profiles } : {}),
                limits,
                sources,
                show: rel,
            });
        }
        catch (e) {
            // A bug of ours must not hide the other projects' results, nor print a stack trace at the user.
            const problems = new Problems();
            problems.add('compose/internal-error', { file: p.files[0], line: 1, column: 1 }, `internal error while checking this project: ${e.message}`);
            out = { name: '', variables: [], problems, services: 0, filesRead: new Set() };
        }
        loaded.push({ files: p.files, out });
    }
    // A discovered file that another project includes or extends is part of that project, not one of its own.
    const pulled = loaded.map((l) => new Set([...l.out.filesRead].filter((f) => !l.files.includes(f))));
    const kept = planned.length > 1
        ? loaded.filter((q, qi) => !loaded.some((p, pi) => pi !== qi && q.files.some((f) => pulled[pi].has(f)) && !p.files.some((f) => pulled[qi].has(f))))
        : loaded;
    const findings = [];
    const seen = new Set();
    const projects = [];
    const filesRead = new Set();
    const serviceKeys = new Set();
    for (const { files, out } of kept) {
        for (const p of out.problems.list) {
            const file = p.loc.file || files[0];
            const f = {
                check: 'compose',
                rule: p.rule,
                severity: p.severity ?? rules/* COMPOSE_RULES */.z.severity(p.rule),
                file: rel(file),
                line: p.loc.line,
                column: p.loc.column,
                message: p.message,
            };
            if (p.loc.endLine !== undefined && p.loc.endLine === p.loc.line && p.loc.endColumn !== undefined && p.loc.endColumn > p.loc.column) {
                f.endLine = p.loc.endLine;
                f.endColumn = p.loc.endColumn;
            }
            if (p.help)
                f.help = p.help;
            const key = `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(f);
        }
        for (const f of out.filesRead)
            filesRead.add(f);
        const model = out.model;
        if (model && typeof model['services'] === 'object' && model['services'] !== null) {
            for (const s of Object.keys(model['services']))
                serviceKeys.add(`${external_node_path_default().dirname(files[0])}\0${s}`);
        }
        projects.push({
            name: out.name,
            files: files.map(rel),
            ...(model ? { model } : {}),
            variables: out.variables.map((u) => publicUse(u, rel)),
        });
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    const summaryMarkdown = variablesMarkdown(projects);
    return {
        check: 'compose',
        findings,
        // Every file read (includes, extends, env files too): their comments may suppress findings.
        sources: [...filesRead].filter((f) => (0,path_guard/* isInside */.FK)(root, f)).map(rel).sort(),
        artifacts: {},
        stats: { files: filesRead.size, services: serviceKeys.size, projects: projects.length },
        ...(summaryMarkdown !== undefined ? { summaryMarkdown } : {}),
        projects,
    };
}
function publicUse(u, rel) {
    return {
        name: u.name,
        file: rel(u.file),
        line: u.line,
        column: u.column,
        path: u.path,
        required: u.required,
        ...(u.default !== undefined ? { default: u.default } : {}),
        set: u.set,
        source: u.source,
        ...(u.sourceFile ? { sourceFile: rel(u.sourceFile) } : {}),
    };
}
const MAX_ROWS = 200;
function variablesMarkdown(projects) {
    const rows = new Map();
    for (const p of projects) {
        for (const u of p.variables) {
            const key = `${u.name}\0${u.file}\0${u.line}`;
            if (rows.has(key))
                continue;
            const from = u.source === 'unset'
                ? u.required
                    ? '**unset (required)**'
                    : u.default !== undefined
                        ? 'unset (default used)'
                        : 'unset'
                : u.sourceFile
                    ? `${u.source} (${(0,report_escape/* mdCode */.xs)(u.sourceFile)})`
                    : u.source;
            rows.set(key, `| ${(0,report_escape/* mdCode */.xs)(u.name)} | ${(0,report_escape/* mdCode */.xs)(`${u.file}:${u.line}`)} | ${u.required ? 'yes' : 'no'} | ${u.default !== undefined ? (0,report_escape/* mdCode */.xs)(u.default) : ''} | ${from} |`);
        }
    }
    if (rows.size === 0)
        return undefined;
    const list = [...rows.values()];
    const shown = list.slice(0, MAX_ROWS);
    return [
        '### Compose variables',
        '',
        '| variable | used at | required | default | set from |',
        '| --- | --- | --- | --- | --- |',
        ...shown,
        ...(list.length > shown.length ? ['', `\u2026and ${list.length - shown.length} more.`] : []),
        '',
    ].join('\n');
}


/***/ }),

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

/***/ 8808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeCheck: () => (/* binding */ composeCheck),
/* harmony export */   composeMemoKey: () => (/* binding */ composeMemoKey),
/* harmony export */   composeOptions: () => (/* binding */ composeOptions),
/* harmony export */   composeProjects: () => (/* binding */ composeProjects)
/* harmony export */ });
/* harmony import */ var _compose_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5674);

/** The `compose:` settings as compose options. */
function composeOptions(s) {
    return {
        ...(s.files && { files: s.files }),
        ...(s.envFiles && { envFiles: s.envFiles }),
        ...(s.profiles && { profiles: s.profiles }),
        ...(s.timeoutMs !== undefined && { timeoutMs: s.timeoutMs }),
    };
}
/** Identifies a compose load within one run (the environment is the run's own, the same for every check). */
function composeMemoKey(o) {
    return `compose\0${JSON.stringify([o.root, o.files, o.envFiles, o.profiles, o.workspace])}`;
}
const composeCheck = {
    name: 'compose',
    rules: _compose_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0,
    run: async ({ root, config, env, workspace, onTarget, memo }) => {
        const options = { root, ...composeOptions(config.checks.compose), env, ...(workspace !== undefined && { workspace }) };
        const running = (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runCompose */ .yv)(options);
        // The otel check reads the same projects to see who mounts what.
        memo?.set(composeMemoKey(options), running);
        const result = await running;
        // Projects are checked together (one may include another's files), so they are told afterwards.
        for (const p of onTarget ? result.projects : []) {
            const findings = result.findings.filter((f) => result.projects.length === 1 || p.files.includes(f.file));
            const errors = findings.filter((f) => f.severity === 'error').length;
            const services = Object.keys(p.model?.['services'] ?? {}).length;
            onTarget({ check: 'compose', target: p.files.join(' + '), failed: errors > 0, problems: errors, detail: `${services} service${services === 1 ? '' : 's'}`, findings });
        }
        return result;
    },
};
/** The compose projects of a run: those the compose check loaded, or loaded now. */
function composeProjects(options, memo) {
    const known = memo?.get(composeMemoKey(options));
    return known ?? (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runCompose */ .yv)(options);
}


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

/***/ 92:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qm: () => (/* binding */ secretLiteral)
/* harmony export */ });
/* unused harmony exports namesSecret, credentialFormat */
/**
 * What counts as a secret written into configuration (docs/rules/compose.md#compose-secret-literal
 * and docs/rules/kubernetes.md#kubernetes-secret-literal define it for users):
 *
 * 1. a value in a known credential format, whatever its key: a PEM private key, an AWS access key id,
 *    a Google API key, a GitHub token; or
 * 2. a key naming a password, secret, token or key, whose value is a literal: not empty, not a
 *    boolean or a number, not a path (`/run/secrets/db`, `./key.pem`, `file:\u2026`) and not a reference
 *    resolved elsewhere (compose `${VAR}`, Kubernetes `valueFrom` \u2014 the callers skip those).
 *
 * A key names a secret when one of its words (split at `_`, `-`, `.` and lower-to-upper case changes)
 * is password, passwd, pwd, passphrase, secret, token, credential(s), apikey or key (not after sort,
 * cache, partition, primary and other words that make it a data key, nor alone) \u2014 unless its last word says the value is about the secret rather than the secret: a file, path, URL, name, id, size,
 * lifetime, and so on (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `KEY_ID`, `TOKEN_TTL`).
 *
 * Never put the value itself in a finding: only the key and which of the two made it fire.
 */
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'apikey', 'key']);
const ABOUT_WORDS = new Set([
    'file', 'path', 'dir', 'url', 'uri', 'endpoint', 'host', 'port', 'name', 'id', 'ref', 'arn', 'header', 'field', 'type',
    'algorithm', 'alg', 'ttl', 'expiry', 'expiration', 'lifetime', 'timeout', 'length', 'len', 'size', 'bits', 'prefix',
    'suffix', 'enabled', 'enable', 'disabled', 'required', 'mode', 'format', 'count', 'policy', 'issuer', 'audience', 'scope',
    'scopes', 'kind', 'version', 'location', 'provider', 'store', 'env', 'var', 'hash', 'rotation', 'interval', 'secs',
    'seconds', 'minutes', 'hours', 'days', 'public', 'pub', 'template',
]);
/** Credential formats, each anchored on a prefix the issuer documents. */
const FORMATS = [
    ['a PEM private key', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/],
    ['an AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
    ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
    ['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/],
];
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .map((w) => w.toLowerCase())
        .filter(Boolean);
}
/** `key` after these names a data key, not a credential (`SORT_KEY`, `CACHE_KEY`, `PARTITION_KEY`). */
const DATA_KEY_WORDS = new Set(['sort', 'cache', 'partition', 'primary', 'foreign', 'routing', 'shard', 'idempotency', 'lookup', 'dedup', 'dedupe', 'group', 'label', 'annotation', 'message', 'translation', 'i18n', 'index', 'row', 'map', 'object', 'bucket', 'public', 'pub', 'host', 'ssh_host']);
/** The key names a secret (see the rules above). */
function namesSecret(key) {
    const w = words(key);
    // A bare `key` is a map key as often as a credential; `API_KEY`, `SIGNING_KEY` are not.
    if (w.length === 0 || ABOUT_WORDS.has(w[w.length - 1]) || (w.length === 1 && w[0] === 'key'))
        return false;
    return w.some((x, i) => (x === 'key' ? !DATA_KEY_WORDS.has(w[i - 1] ?? '') : SECRET_WORDS.has(x) || /^(api|private|access|secret|signing|encryption)key$/.test(x)));
}
/** The credential format `value` is in, described for a message; undefined when none. */
function credentialFormat(value) {
    // Every format is ASCII and short; a long value is only scanned as far as a key could reach.
    const text = value.length > 65_536 ? value.slice(0, 65_536) : value;
    return FORMATS.find(([, re]) => re.test(text))?.[0];
}
/** A value a person wrote in, rather than a placeholder for one resolved elsewhere. */
function isLiteral(value) {
    const v = value.trim();
    if (v === '' || /^(true|false|yes|no|on|off|null|~)$/i.test(v) || /^-?\d+(\.\d+)?$/.test(v))
        return false;
    return !/^(\/|\.\.?\/|~\/|file:)/.test(v);
}
/** Why `key: value` is a committed secret, or undefined. The reason never contains the value. */
function secretLiteral(key, value) {
    const format = credentialFormat(value);
    if (format)
        return `holds ${format}`;
    if (namesSecret(key) && isLiteral(value))
        return 'names a secret and has a literal value';
    return undefined;
}


/***/ })

};
;