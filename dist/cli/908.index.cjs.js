"use strict";
exports.id = 908;
exports.ids = [908];
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