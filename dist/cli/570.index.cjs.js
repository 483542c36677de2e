"use strict";
exports.id = 570;
exports.ids = [570];
exports.modules = {

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

/***/ 4714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ memoryLimited),
/* harmony export */   Dy: () => (/* binding */ runCapped),
/* harmony export */   IZ: () => (/* binding */ goRuntimeEnv),
/* harmony export */   S2: () => (/* binding */ DEFAULT_MEMORY_BYTES),
/* harmony export */   _U: () => (/* binding */ helmArgs),
/* harmony export */   e1: () => (/* binding */ kustomizeError),
/* harmony export */   eQ: () => (/* binding */ buildKustomization),
/* harmony export */   ef: () => (/* binding */ parseOrigin),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   hS: () => (/* binding */ ORIGIN_ANNOTATION),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   v7: () => (/* binding */ outOfMemory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
/* harmony import */ var _tools_kustomize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6420);
/* harmony import */ var _tools_process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8722);







const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 120_000;
const MAX_STDERR_BYTES = 256 * 1024;
/**
 * kustomize's address-space limit. A Go binary reserves ~0.7 GiB of virtual memory to start; 3 GiB
 * leaves room for any real overlay while an expansion bomb fails fast instead of taking the runner.
 */
const DEFAULT_MEMORY_BYTES = 3 * 1024 * 1024 * 1024;
/**
 * `kustomize build` of one kustomization through a temporary wrapper kustomization that enables
 * `buildMetadata: [originAnnotations]` (the user's files are never touched), with the load restrictor on.
 * The wrapper references the overlay by a path relative to it; kustomize roots each base at its own
 * directory, so LoadRestrictionsRootOnly still confines every file to its kustomization.
 */
async function buildKustomization(cmd, dir, opts = {}) {
    const wrapperDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'portarium-kustomize-'));
    try {
        const wrapper = {
            apiVersion: 'kustomize.config.k8s.io/v1beta1',
            kind: 'Kustomization',
            resources: [node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(wrapperDir, dir).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/')],
            buildMetadata: ['originAnnotations'],
        };
        if (opts.sortOptions !== undefined)
            wrapper.sortOptions = opts.sortOptions;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(wrapperDir, 'kustomization.yaml'), (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .stringify */ .As)(wrapper));
        const args = [...cmd.args, ...helmArgs(opts.helm), '--load-restrictor', 'LoadRestrictionsRootOnly', wrapperDir];
        const memory = opts.memoryBytes ?? DEFAULT_MEMORY_BYTES;
        const [bin, argv] = memoryLimited(cmd.path, args, memory);
        const running = runCapped(bin, argv, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.maxBytes ?? DEFAULT_MAX_BYTES, goRuntimeEnv(memory));
        opts.onStarted?.();
        const r = await running;
        if (r.code === 0 && !r.overflow)
            return { ok: true, output: r.stdout, wrapperDir };
        const message = r.overflow
            ? `build output is larger than ${Math.round((opts.maxBytes ?? DEFAULT_MAX_BYTES) / 1024 / 1024)} MiB`
            : r.timedOut
                ? `kustomize build timed out after ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)}s`
                : outOfMemory(r.stderr)
                    ? `kustomize ran out of memory (limit ${Math.round(memory / 1024 / 1024)} MiB of address space)`
                    : kustomizeError(r.stderr || r.stdout);
        return { ok: false, message: cleanPaths(message, wrapperDir, dir), wrapperDir, ...(r.timedOut ? { timedOut: true } : {}) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(wrapperDir, { recursive: true, force: true });
    }
}
/** kustomize runs `helm template` for `helmCharts:` only when told to, and with the helm named. */
function helmArgs(helm) {
    return helm ? ['--enable-helm', '--helm-command', helm] : [];
}
/**
 * The command run under an address-space limit. Node's resourceLimits only bound worker threads, so
 * the limit is set on the child: prlimit (util-linux) when present, else the shell's ulimit with the
 * command passed as arguments, never spliced into the script.
 */
function memoryLimited(cmd, args, bytes, prlimit = (0,_tools_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .findOnPath */ .aY)('prlimit')) {
    if (!bytes || process.platform !== 'linux')
        return [cmd, args];
    if (prlimit)
        return [prlimit, [`--as=${bytes}`, '--', cmd, ...args]];
    return ['/bin/sh', ['-c', 'ulimit -v "$1" || exit 125; shift; exec "$@"', 'sh', String(Math.floor(bytes / 1024)), cmd, ...args]];
}
/**
 * A build is a short-lived Go process that allocates a lot and keeps little: with Go's default
 * GOGC=100 a third of its CPU goes to collecting garbage it would free at exit anyway. GOGC=400 makes
 * a typical overlay build about 40% faster for a few MiB more; GOMEMLIMIT (two thirds of the
 * address-space limit) makes the collector work hard again before a large build reaches that
 * limit. What the user's environment sets wins.
 */
function goRuntimeEnv(memoryBytes, env = process.env) {
    const tuned = { ...env };
    tuned['GOGC'] ??= '400';
    if (memoryBytes > 0)
        tuned['GOMEMLIMIT'] ??= String(Math.floor((memoryBytes * 2) / 3));
    return tuned;
}
/** Go's runtime reports allocation failure under RLIMIT_AS this way (fatal error, exit 2). */
function outOfMemory(stderr) {
    return /fatal error: (runtime: )?out of memory|failed to reserve page summary memory|cannot allocate memory/i.test(stderr);
}
/** klog's line header: severity, date, time, thread id and the Go source line (`E1202 17:00:00.000000   12345 run.go:72] `). */
const KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+ +\d+ [^ \]]+:\d+\] /;
/**
 * The error kustomize printed, once and without log decoration: from kubectl's klog line
 * (`err="..."`, or `err=<` with the message on tab-indented lines up to ` >`), else kustomize's
 * `Error: ...` to the end, else whatever it printed with klog headers removed and repeated lines dropped.
 */
function kustomizeError(stderr) {
    const lines = stderr.split('\n').map((l) => l.replace(KLOG_HEADER, ''));
    const text = lines.join('\n');
    const quoted = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
    if (quoted)
        return JSON.parse(`"${quoted[1]}"`);
    const block = /"command failed" err=<\n((?:\t.*(?:\n|$))*)/.exec(text);
    if (block) {
        const message = block[1].split('\n').map((l) => l.replace(/^\t/, '').trim()).filter(Boolean).join(' ');
        if (message)
            return message;
    }
    // The standalone kustomize prints `Error: ` and the message, which may run over several lines.
    const at = lines.findIndex((l) => /^(Error|error): /.test(l.trim()));
    if (at >= 0) {
        return lines
            .slice(at)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' ')
            .replace(/^(Error|error): /, '');
    }
    // kubectl may log the error and print it again; say it once.
    const plain = new Set(lines.map((l) => l.trim()).filter((l) => l && l !== '>'));
    return [...plain].join(' ') || 'kustomize build failed';
}
/** Messages name the temporary wrapper; say the overlay instead. */
function cleanPaths(message, wrapperDir, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(wrapperDir, dir).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
    return message.split(`'${rel}'`).join(`'${dir}'`).split(wrapperDir).join('<build>');
}
/** Runs a build with a wall-clock limit and an output cap; either one kills it. */
async function runCapped(cmd, args, timeoutMs, maxBytes, env) {
    const r = await (0,_tools_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)(cmd, args, {
        timeoutMs,
        env,
        // Its own process group, so a kill also reaches what kustomize started (exec plugins, helm),
        // which would otherwise hold the pipes open past the timeout.
        processGroup: true,
        maxStdoutBytes: maxBytes,
        onStdoutOverflow: 'kill',
        // The error is parsed with regexes and shown in findings: 256 KiB is plenty and keeps both bounded.
        maxStderrBytes: MAX_STDERR_BYTES,
    });
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), overflow: r.overflow, timedOut: r.timedOut };
}
function parseOrigin(annotation, wrapperDir) {
    if (typeof annotation !== 'string')
        return undefined;
    const o = {};
    const lines = annotation.split('\n');
    let inBy = false;
    for (const raw of lines) {
        if (raw.trim() === '')
            continue;
        const m = /^(\s*)([A-Za-z]+):\s*(.*)$/.exec(raw);
        if (!m)
            continue;
        const [, indent, key, value] = m;
        const v = value.replace(/^["']|["']$/g, '');
        if (indent === '') {
            inBy = key === 'configuredBy';
            if (key === 'path')
                o.path = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(wrapperDir, v);
            else if (key === 'configuredIn')
                o.configuredIn = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(wrapperDir, v);
            else if (key === 'repo')
                o.repo = v;
            else if (key === 'ref')
                o.ref = v;
        }
        else if (inBy) {
            o.configuredBy ??= {};
            if (key === 'apiVersion' || key === 'kind' || key === 'name')
                o.configuredBy[key] = v;
        }
    }
    // Remote resources carry repo-relative paths; they cannot be opened here.
    if (o.repo) {
        delete o.path;
        delete o.configuredIn;
    }
    return o;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   Wx: () => (/* binding */ referenceProblems),
/* harmony export */   k4: () => (/* binding */ discover)
/* harmony export */ });
/* unused harmony export findKustomizationDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _path_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1472);
/* harmony import */ var _kustomization_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6455);




// Hidden directories (.git, caches) and node_modules hold no manifests of the repository.
const SKIP_DIRS = new Set(['node_modules']);
/** Visits every directory under root in name order with its entries, hidden ones and node_modules left out. */
function walkTree(root, visit) {
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        }
        catch {
            return;
        }
        visit(dir, entries);
        for (const e of entries)
            if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name));
    };
    walk(root);
}
/** Directories under root holding a kustomization file (kustomization.yaml, .yml, Kustomization). */
function findKustomizationDirs(root) {
    const out = [];
    walkTree(root, (dir, entries) => {
        if (entries.some((e) => e.isFile() && _kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILES */ .Ct.includes(e.name)))
            out.push(dir);
    });
    return out;
}
function localDir(k, e) {
    if ((0,_kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .isRemote */ .Vx)(e.value, k.dir))
        return undefined;
    const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(k.dir, e.value);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory() ? p : undefined;
    }
    catch {
        return undefined;
    }
}
function discover(root) {
    const all = new Map();
    for (const dir of findKustomizationDirs(root)) {
        const k = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .loadKustomization */ .oe)(dir);
        if (k)
            all.set(dir, k);
    }
    const referenced = new Set();
    for (const k of all.values()) {
        for (const e of [...k.resources, ...k.components]) {
            const d = localDir(k, e);
            if (d && d !== k.dir)
                referenced.add(d);
        }
    }
    const overlays = [...all.values()].filter((k) => k.kind === 'Kustomization' && !referenced.has(k.dir)).map((k) => k.dir);
    return { all, overlays: [...overlays, ...unreachedCycles(all, overlays)] };
}
/**
 * Kustomizations that reference only each other in a cycle (a \u2192 b \u2192 a) are all referenced, so none
 * would be built and the cycle would pass unseen: the first of each such cycle is built as an
 * overlay, and kustomize's cycle error is reported at the entry that closes it.
 */
function unreachedCycles(all, overlays) {
    const reached = new Set();
    for (const o of overlays)
        for (const k of buildTree(o, all))
            reached.add(k.dir);
    const out = [];
    for (const k of [...all.values()]) {
        if (reached.has(k.dir) || k.kind !== 'Kustomization')
            continue;
        const tree = buildTree(k.dir, all);
        if (!tree.slice(1).some((d) => [...d.resources, ...d.components].some((e) => localDir(d, e) === k.dir)))
            continue;
        out.push(k.dir);
        for (const d of tree)
            reached.add(d.dir);
    }
    return out;
}
/** The kustomization and every local kustomization it reaches, the root first. */
function buildTree(start, known) {
    const out = [];
    const seen = new Set();
    const visit = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        let k = known.get(dir);
        if (!k) {
            k = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .loadKustomization */ .oe)(dir);
            if (!k)
                return;
            known.set(dir, k);
        }
        out.push(k);
        for (const e of [...k.resources, ...k.components]) {
            const d = localDir(k, e);
            if (d)
                visit(d);
        }
    };
    visit(start);
    return out;
}
function real(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * Entries that must stop a build before kustomize runs: remote bases/components (refused unless
 * allowed) and local paths that leave the repository (kustomize only restricts files, not bases).
 */
function referenceProblems(tree, root, allowRemote) {
    const out = [];
    const realRoot = real(root);
    for (const k of tree) {
        for (const entry of [...k.resources, ...k.components, ...k.files]) {
            if ((0,_kustomization_js__WEBPACK_IMPORTED_MODULE_3__/* .isRemote */ .Vx)(entry.value, k.dir)) {
                if (!allowRemote)
                    out.push({ rule: 'remote', kustomization: k, entry });
                continue;
            }
            const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(k.dir, entry.value);
            if (!(0,_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, p) || !(0,_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real(p)))
                out.push({ rule: 'outside-root', kustomization: k, entry });
        }
    }
    return out;
}


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   Oi: () => (/* binding */ kustomizationFile),
/* harmony export */   Vx: () => (/* binding */ isRemote),
/* harmony export */   oe: () => (/* binding */ loadKustomization)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3429);




const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function kustomizationFile(dir) {
    for (const f of KUSTOMIZATION_FILES) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile())
            return p;
    }
    return undefined;
}
function entries(src, map, field) {
    const pair = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, field);
    if (!pair)
        return [];
    const out = [];
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)(pair.value)) {
        // A path as written: YAML 1.1 would read a plain `.` as NaN.
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) && item.type === 'PLAIN' && typeof item.source === 'string' ? item.source : (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(item);
        if (value === undefined)
            continue;
        out.push({ value, field, ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0) });
    }
    return out;
}
function str(map, key) {
    return (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, key)?.value);
}
function target(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        return undefined;
    const t = {};
    for (const k of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']) {
        const v = str(node, k);
        if (v !== undefined)
            t[k] = v;
    }
    return t;
}
/** An inline patch's content start: a block scalar's text begins on the line after its header. */
function inlineOf(src, node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node))
        return undefined;
    const text = String(node.value ?? '');
    const start = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(node) ?? 0;
    const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, start);
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    if (!block)
        return { text, line: pos.line, indent: pos.column - 1 };
    const firstLine = src.text.slice(src.text.indexOf('\n', start) + 1).split('\n').find((l) => l.trim() !== '') ?? '';
    const indent = firstLine.length - firstLine.trimStart().length;
    let line = pos.line + 1;
    // Skip blank lines between the header and the first content line.
    const lines = src.text.split('\n');
    while (line <= lines.length && lines[line - 1].trim() === '')
        line++;
    return { text, line, indent };
}
/** kustomize's own test: a patch whose YAML is a list of `op` objects is JSON 6902. */
function looksJson6902(text) {
    try {
        const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
        return Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && 'op' in x);
    }
    catch {
        return false;
    }
}
function loadKustomization(dir) {
    const file = kustomizationFile(dir);
    if (!file)
        return undefined;
    const k = { dir, file, kind: 'Kustomization', resources: [], components: [], files: [], patches: [], images: [], generators: [], charts: [] };
    const src = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)(file);
    if (!src) {
        k.parseError = { message: 'cannot read the kustomization', line: 1, column: 1 };
        return k;
    }
    k.source = src;
    const doc = src.docs[0];
    const err = doc?.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        k.parseError = { message: err.message.split('\n')[0], line: pos?.line ?? 1, column: pos?.col ?? 1 };
        return k;
    }
    const map = doc?.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(map))
        return k;
    if (str(map, 'kind') === 'Component')
        k.kind = 'Component';
    k.namespace = str(map, 'namespace');
    const sort = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'sortOptions');
    if (sort) {
        try {
            k.sortOptions = doc.toJS().sortOptions;
        }
        catch (e) {
            // toJS refuses excessive aliasing; that is a broken kustomization, not an internal error.
            const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(sort.value) ?? 0);
            k.parseError = { message: e.message.split('\n')[0], ...pos };
            return k;
        }
    }
    k.resources = [...entries(src, map, 'resources'), ...entries(src, map, 'bases')];
    k.components = entries(src, map, 'components');
    k.files.push(...entries(src, map, 'crds'), ...entries(src, map, 'configurations'), ...entries(src, map, 'generators'), ...entries(src, map, 'transformers'), ...entries(src, map, 'validators'));
    const openapi = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'openapi')?.value;
    const openapiPath = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(openapi, 'path');
    if (openapiPath && (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(openapiPath.value)) {
        k.files.push({ value: (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(openapiPath.value), field: 'openapi', ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(openapiPath.value) ?? 0) });
    }
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'replacements')?.value)) {
        const p = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'path');
        if (p && (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value))
            k.files.push({ value: (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value), field: 'replacements', ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(p.value) ?? 0) });
    }
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'patchesStrategicMerge')?.value)) {
        const v = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(item);
        if (v === undefined)
            continue;
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0);
        // An entry is a file path unless it holds YAML (multi-line, or a mapping).
        if (!v.includes('\n') && !/^\s*[\w"']+\s*:/.test(v)) {
            k.patches.push({ type: 'smp', file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, v), ...pos });
            k.files.push({ value: v, field: 'patchesStrategicMerge', ...pos });
        }
        else
            k.patches.push({ type: 'smp', inline: inlineOf(src, item), ...pos });
    }
    // `patchesJson6902` entries are JSON 6902 by definition; a `patches` entry is whichever its text is.
    for (const field of ['patchesJson6902', 'patches']) {
        const typeOf = (text) => (field === 'patchesJson6902' || looksJson6902(text()) ? 'json6902' : 'smp');
        for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, field)?.value)) {
            const p = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'path');
            const inline = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'patch');
            const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0);
            const t = target((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'target')?.value);
            const rel = p ? (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value) : undefined;
            if (rel) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, rel);
                k.patches.push({ type: typeOf(() => (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)(file)?.text ?? ''), file, target: t, ...pos });
                k.files.push({ value: rel, field, ...pos });
            }
            else if (inline) {
                const il = inlineOf(src, inline.value);
                k.patches.push({ type: typeOf(() => il?.text ?? ''), inline: il, target: t, ...pos });
            }
        }
    }
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'images')?.value)) {
        const name = str(item, 'name');
        if (!name)
            continue;
        const namePair = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'name');
        k.images.push({
            name,
            newName: str(item, 'newName'),
            newTag: str(item, 'newTag'),
            digest: str(item, 'digest'),
            ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(namePair.value) ?? 0),
        });
    }
    // A local chart is read from helmGlobals.chartHome (default `charts`) under the kustomization.
    const chartHome = str((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'helmGlobals')?.value, 'chartHome') ?? 'charts';
    for (const [index, item] of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'helmCharts')?.value).entries()) {
        const name = str(item, 'name');
        if (!name)
            continue;
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0);
        const repo = str(item, 'repo');
        const strings = (key) => (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, key)?.value).map((n) => (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(n)).filter((v) => v !== undefined);
        const flag = (key) => str(item, key) === 'true';
        k.charts.push({
            name,
            repo,
            index,
            chartHome,
            version: str(item, 'version'),
            releaseName: str(item, 'releaseName'),
            nameTemplate: str(item, 'nameTemplate'),
            namespace: str(item, 'namespace'),
            valuesFile: str(item, 'valuesFile'),
            additionalValuesFiles: strings('additionalValuesFiles'),
            inline: (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'valuesInline')?.value),
            valuesMerge: str(item, 'valuesMerge'),
            kubeVersion: str(item, 'kubeVersion'),
            apiVersions: strings('apiVersions'),
            includeCRDs: flag('includeCRDs'),
            skipTests: flag('skipTests'),
            skipHooks: flag('skipHooks'),
            ...pos,
        });
        // The repository is what a remote chart is fetched from: judged like a remote base.
        if (repo)
            k.files.push({ value: repo, field: 'helmCharts', ...pos });
        else
            k.files.push({ value: `${chartHome}/${name}`, field: 'helmCharts', ...pos });
        for (const key of ['valuesFile', 'additionalValuesFiles']) {
            const v = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, key)?.value;
            for (const f of key === 'valuesFile' ? [v] : (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)(v)) {
                const rel = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(f);
                if (rel && !isRemote(rel, dir))
                    k.files.push({ value: rel, field: `helmCharts.${key}`, ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(f) ?? 0) });
            }
        }
    }
    for (const field of ['configMapGenerator', 'secretGenerator']) {
        for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, field)?.value)) {
            const namePair = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'name');
            const name = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(namePair?.value);
            if (!name)
                continue;
            k.generators.push({ field, name, literals: entries(src, item, 'literals'), ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(namePair.value) ?? 0) });
            for (const f of ['files', 'envs']) {
                for (const e of entries(src, item, f)) {
                    // `files` entries may be `key=path`.
                    const v = e.value.includes('=') ? e.value.slice(e.value.indexOf('=') + 1) : e.value;
                    k.files.push({ ...e, value: v });
                }
            }
            const env = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'env');
            if (env && (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(env.value))
                k.files.push({ value: (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(env.value), field, ...(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(env.value) ?? 0) });
        }
    }
    return k;
}
/** Whether an entry is a remote target (git repo, URL) that kustomize would fetch. */
function isRemote(value, baseDir) {
    const v = value.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v))
        return true;
    if (/^git@|^git::|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(v))
        return true;
    if (/\?(ref|version|submodules|timeout)=/.test(v) || /\.git(\/\/|\?|$)/.test(v) || /\/_git\//.test(v))
        return true;
    // host.tld/org/repo that is not a local path
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[^/]/i.test(v) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, v)))
        return true;
    return false;
}


/***/ }),

/***/ 3429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   rJ: () => (/* binding */ clearYamlCache),
/* harmony export */   tN: () => (/* binding */ docStart),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2091);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);



/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(buf) {
    // The native check answers for nearly every file; the loop below only places the bad byte.
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        return -1;
    let i = 0;
    while (i < buf.length) {
        const b = buf[i];
        let n = 0;
        if (b < 0x80)
            n = 0;
        else if (b >= 0xc2 && b <= 0xdf)
            n = 1;
        else if (b >= 0xe0 && b <= 0xef)
            n = 2;
        else if (b >= 0xf0 && b <= 0xf4)
            n = 3;
        else
            return i;
        for (let k = 1; k <= n; k++)
            if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80)
                return i;
        i += n + 1;
    }
    return -1;
}
const cache = new Map();
/** Reads and parses a file once per run; undefined when it cannot be read. */
function loadYaml(file) {
    if (cache.has(file))
        return cache.get(file);
    let src;
    try {
        const read = (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .j)(file);
        if (!read.ok)
            throw new Error('not a readable regular file within the size limit');
        const bytes = read.bytes;
        const bad = firstInvalidUtf8(bytes);
        const text = bad < 0 ? bytes.toString('utf8') : bytes.toString('latin1');
        src = parseYamlText(text);
        if (bad >= 0) {
            const pos = positionOf(src, bad);
            src.encodingError = { message: 'not valid UTF-8', ...pos };
        }
    }
    catch {
        src = undefined;
    }
    cache.set(file, src);
    return src;
}
function clearYamlCache() {
    cache.clear();
}
function parseYamlText(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseAllDocuments */ .hR)(text, { lineCounter: lines, uniqueKeys: false, version: '1.1' });
    return { text, docs: Array.isArray(docs) ? docs : [], lines };
}
function positionOf(src, offset) {
    const p = src.lines.linePos(offset);
    return { line: p.line, column: p.col };
}
function nodeStart(node) {
    return node?.range?.[0];
}
/** The map pair for `key` in a mapping node, if any (last wins, like decoders). */
function pairOf(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        return undefined;
    let found;
    for (const item of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key)
            found = item;
    }
    return found;
}
function scalarString(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
function seqItems(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node) ? node.items : [];
}
/** Position of the first key of a document (its `apiVersion:` / `kind:` line), or its start. */
function docStart(src, doc) {
    const contents = doc.contents;
    const offset = nodeStart(contents) ?? doc.range[0];
    return positionOf(src, offset);
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

/***/ 7379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ locateHelm),
/* harmony export */   i: () => (/* binding */ HELM_VERSION)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1433);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2518);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9567);





/** The helm kustomize's `helmCharts:` render with (tools/manifest.ts). */
const HELM_VERSION = _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLS */ .It.helm.defaultVersion;
/**
 * The pinned helm: the tools dir (scripts/tools/install-helm.sh), then PATH, each only at the pinned
 * version, so a chart renders the same on every machine. Undefined when there is none.
 */
async function locateHelm(dir = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .toolsDir */ .xt)()) {
    for (const bin of [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'bin', 'helm'), (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .findOnPath */ .aY)('helm')]) {
        if (!bin || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bin))
            continue;
        const v = await (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .toolVersion */ .fX)('helm', bin);
        if (v && (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .sameVersion */ .r1)(v, HELM_VERSION))
            return bin;
    }
    return undefined;
}


/***/ }),

/***/ 1433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ findOnPath),
  r1: () => (/* binding */ sameVersion),
  fX: () => (/* binding */ toolVersion)
});

// UNUSED EXPORTS: downloadVerified, installTool

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/tools/checksum.ts
var checksum = __webpack_require__(9024);
// EXTERNAL MODULE: ./src/tools/manifest.ts
var manifest = __webpack_require__(2518);
// EXTERNAL MODULE: ./src/tools/process.ts
var tools_process = __webpack_require__(8722);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/tools/terraform-zip.ts


/**
 * Reads one entry from a zip archive (the single-binary zips HashiCorp and OpenTofu publish).
 * Only stored and deflated entries without zip64 are supported; anything else is refused.
 */
async function terraform_zip_readZipEntry(zipPath, entryName) {
    const fh = await open(zipPath, 'r');
    try {
        const { size } = await fh.stat();
        const tailLen = Math.min(size, 22 + 0xffff);
        const tail = Buffer.alloc(tailLen);
        await fh.read(tail, 0, tailLen, size - tailLen);
        let eocd = -1;
        for (let i = tailLen - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            throw new Error(`${zipPath} is not a zip archive`);
        const entries = tail.readUInt16LE(eocd + 10);
        const cdSize = tail.readUInt32LE(eocd + 12);
        const cdOffset = tail.readUInt32LE(eocd + 16);
        if (cdOffset === 0xffffffff || cdSize === 0xffffffff)
            throw new Error(`${zipPath}: zip64 archives are not supported`);
        const cd = Buffer.alloc(cdSize);
        await fh.read(cd, 0, cdSize, cdOffset);
        let p = 0;
        for (let n = 0; n < entries; n++) {
            if (cd.readUInt32LE(p) !== 0x02014b50)
                throw new Error(`${zipPath}: corrupt central directory`);
            const flags = cd.readUInt16LE(p + 8);
            const method = cd.readUInt16LE(p + 10);
            const crc = cd.readUInt32LE(p + 16);
            const compressed = cd.readUInt32LE(p + 20);
            const uncompressed = cd.readUInt32LE(p + 24);
            const nameLen = cd.readUInt16LE(p + 28);
            const extraLen = cd.readUInt16LE(p + 30);
            const commentLen = cd.readUInt16LE(p + 32);
            const localOffset = cd.readUInt32LE(p + 42);
            const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
            p += 46 + nameLen + extraLen + commentLen;
            if (name !== entryName)
                continue;
            if (flags & 0x1)
                throw new Error(`${zipPath}: ${name} is encrypted`);
            if (compressed === 0xffffffff || uncompressed === 0xffffffff)
                throw new Error(`${zipPath}: zip64 entries are not supported`);
            const local = Buffer.alloc(30);
            await fh.read(local, 0, 30, localOffset);
            if (local.readUInt32LE(0) !== 0x04034b50)
                throw new Error(`${zipPath}: corrupt local header for ${name}`);
            const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
            const raw = Buffer.alloc(compressed);
            await fh.read(raw, 0, compressed, dataStart);
            let data;
            if (method === 0)
                data = raw;
            else if (method === 8)
                data = inflateRawSync(raw);
            else
                throw new Error(`${zipPath}: ${name} uses unsupported compression method ${method}`);
            if (data.length !== uncompressed || crc32(data) !== crc)
                throw new Error(`${zipPath}: ${name} is corrupt (size or CRC mismatch)`);
            return data;
        }
        throw new Error(`${zipPath} has no entry named ${entryName}`);
    }
    finally {
        await fh.close();
    }
}

;// CONCATENATED MODULE: ./src/tools/install.ts
// Locate a tool at the pinned version, else download it through injected hooks (tool-cache in the
// actions; src/tools never imports @actions/*) and verify its SHA-256 before anything is extracted.








/** Where `which` would find `name`, without a shell. */
function findOnPath(name, envPath = process.env.PATH ?? '') {
    for (const dir of envPath.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const p = external_node_path_default().join(dir, name);
        if ((0,external_node_fs_.existsSync)(p))
            return p;
    }
    return undefined;
}
/** The version a binary reports, read as the manifest says; undefined when it does not run. */
async function toolVersion(tool, bin) {
    try {
        const r = await (0,tools_process/* runProcess */.R3)(bin, manifest/* TOOLS */.It[tool].versionArgs, { timeoutMs: 20_000 });
        if (r.code !== 0)
            return undefined;
        return manifest/* TOOLS */.It[tool].parseVersion(r.stdout.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
const bare = (v) => v.trim().replace(/^v/, '');
/** `v5.5.0` and `5.5.0` are the same release. */
function sameVersion(a, b) {
    return bare(a) === bare(b);
}
/**
 * Downloads the archive and verifies it (fails closed: no digest, no install), then returns the
 * directory holding the binary. A zip is read in-process, so only the binary is ever written.
 */
async function downloadVerified(asset, hooks, workDir) {
    const what = `${asset.tool} ${asset.version} (${asset.fileName}, ${asset.platform})`;
    let expected = asset.sha256;
    if (!expected && asset.sha256SumsUrl) {
        const sums = parseSha256Sums(await readFile(await hooks.download(asset.sha256SumsUrl), 'utf8'));
        expected = sums.get(asset.fileName);
        if (!expected)
            throw new Error(`no SHA-256 published for ${what} in ${asset.sha256SumsUrl}; refusing to use it`);
    }
    if (!expected)
        throw new Error(`no pinned SHA-256 for ${what}; refusing to download an unverified binary`);
    const archive = await hooks.download(asset.url);
    await verifySha256(archive, expected, what);
    if (asset.archive === 'tar.gz')
        return hooks.extract(archive);
    const binary = await readZipEntry(archive, asset.binary);
    const dir = path.join(workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'portarium-tool-'))), `${asset.tool}-${asset.version}`);
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, asset.binary);
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, binary, { mode: 0o755 });
    await chmod(tmp, 0o755);
    await rename(tmp, target);
    return dir;
}
/**
 * The tool at exactly the requested (default: pinned) version: one already present, one cached,
 * or a download verified against the manifest. Logs which and the exact version.
 */
async function installTool(tool, hooks, opts = {}) {
    const spec = TOOLS[tool];
    const version = opts.version ?? spec.defaultVersion;
    const go = opts.platform ?? goPlatform();
    const asset = releaseAsset(tool, version, go);
    const done = (p, v, source) => {
        opts.log?.(`${tool} ${v} (${source === 'found' ? 'found' : source === 'cache' ? 'tool cache' : `downloaded, sha256 verified`}: ${p})`);
        return { tool, path: p, version: v, source };
    };
    const candidates = opts.candidates ?? [findOnPath(asset.binary)];
    for (const bin of candidates) {
        if (!bin || (path.isAbsolute(bin) && !existsSync(bin)))
            continue;
        const v = await toolVersion(tool, bin);
        if (v && sameVersion(v, version))
            return done(bin, v, 'found');
    }
    const cached = hooks.find?.(tool, bare(version));
    if (cached) {
        const bin = path.join(cached, asset.binary);
        const v = existsSync(bin) ? await toolVersion(tool, bin) : undefined;
        if (v)
            return done(bin, v, 'cache');
    }
    let dir = await downloadVerified(asset, hooks, opts.workDir);
    if (hooks.cache)
        dir = await hooks.cache(dir, tool, bare(version));
    const bin = path.join(dir, asset.binary);
    const v = await toolVersion(tool, bin);
    if (!v)
        throw new Error(`downloaded ${tool} ${version} at ${bin} does not run`);
    return done(bin, v, 'download');
}


/***/ }),

/***/ 6420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* reexport safe */ _install_js__WEBPACK_IMPORTED_MODULE_2__.aY),
/* harmony export */   oM: () => (/* binding */ locateKustomize)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_VERSION, installKustomize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1433);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2518);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8722);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9567);







/** Pinned standalone kustomize (tools/manifest.ts). */
const KUSTOMIZE_VERSION = _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLS */ .It.kustomize.defaultVersion;
async function kubectlKustomizeVersion(kubectl) {
    try {
        const r = await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R3)(kubectl, ['version', '--client', '-o', 'json'], { timeoutMs: 20_000 });
        if (r.code !== 0)
            return undefined;
        const v = JSON.parse(r.stdout.toString('utf8')).kustomizeVersion;
        return v || undefined;
    }
    catch {
        return undefined;
    }
}
function standaloneVersion(bin) {
    return (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .toolVersion */ .fX)('kustomize', bin);
}
/**
 * The pinned standalone kustomize (tools dir from scripts/tools/install-kustomize.sh, then PATH) when
 * present, else `kubectl kustomize`. The pin comes first because its version is the one the docs and
 * tests name, whatever kubectl the machine has, and the standalone binary starts about 60 ms faster
 * per build than kubectl (it does not load kubectl's command tree).
 */
async function locateKustomize(opts = {}) {
    if (opts.prefer && opts.prefer !== 'kubectl' && opts.prefer !== 'kustomize') {
        const v = await standaloneVersion(opts.prefer);
        return v ? { kind: 'kustomize', path: opts.prefer, args: ['build'], version: v } : undefined;
    }
    const tryKubectl = async () => {
        const kubectl = (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .findOnPath */ .aY)('kubectl');
        if (!kubectl)
            return undefined;
        const v = await kubectlKustomizeVersion(kubectl);
        return v ? { kind: 'kubectl', path: kubectl, args: ['kustomize'], version: v } : undefined;
    };
    const tryStandalone = async () => {
        for (const bin of [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.toolsDir ?? (0,_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .toolsDir */ .xt)(), 'bin', 'kustomize'), (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .findOnPath */ .aY)('kustomize')]) {
            if (!bin || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bin))
                continue;
            const v = await standaloneVersion(bin);
            if (v && (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .sameVersion */ .r1)(v, opts.pinned ?? KUSTOMIZE_VERSION))
                return { kind: 'kustomize', path: bin, args: ['build'], version: v };
        }
        return undefined;
    };
    if (opts.prefer === 'kubectl')
        return (await tryKubectl()) ?? (await tryStandalone());
    return (await tryStandalone()) ?? (await tryKubectl());
}
/**
 * For actions: a kustomize at the pinned version \u2014 standalone from the tools dir or PATH, or the one
 * the runner's kubectl embeds when it is that same version \u2014 else the manifest's checksum-verified
 * download. Another kubectl's kustomize is not used: it changes with the runner image, and a build
 * must not change meaning when the image does.
 */
async function installKustomize(hooks, version = KUSTOMIZE_VERSION) {
    const found = await locateKustomize({ pinned: version, prefer: 'kustomize' });
    if (found && sameVersion(found.version, version))
        return found;
    const k = await installTool('kustomize', hooks, { version, candidates: [] });
    return { kind: 'kustomize', path: k.path, args: ['build'], version: k.version };
}


/***/ }),

/***/ 2518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ TOOLS)
/* harmony export */ });
/* unused harmony exports PLATFORMS, goPlatform, platformKey, renderTemplate, releaseAsset */
// The one list of binaries the actions may download. A digest appears here only when it was copied
// from the release's own checksums file; a platform without one is refused, never fetched unverified.
const PLATFORMS = (/* unused pure expression or super */ null && (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']));
const firstLine = (s) => s.trim().split('\n')[0]?.trim() ?? '';
const TOOLS = {
    kustomize: {
        name: 'kustomize',
        // Matches the kustomize embedded in kubectl 1.32, so both build the same way.
        defaultVersion: 'v5.5.0',
        archive: 'tar.gz',
        url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F{version}/kustomize_{version}_{os}_{arch}.tar.gz',
        binary: 'kustomize{exe}',
        sha256: {
            'v5.5.0': {
                'linux-x64': '6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77',
                'linux-arm64': 'b4170d1acb8cfacace9f72884bef957ff56efdcd4813b66e7604aabc8b57e93d',
                'darwin-x64': '874224e75229821b1e571aefa45703789b77336302a34692eac65adbe0dc1cee',
            },
        },
        versionArgs: ['version'],
        parseVersion: (out) => firstLine(out).replace(/^kustomize\//, '') || undefined,
    },
    helm: {
        name: 'helm',
        // v3: the CLI kustomize's helmCharts runs (`helm template`); scripts/tools/install-helm.sh builds the same version.
        defaultVersion: 'v3.21.4',
        archive: 'tar.gz',
        url: 'https://get.helm.sh/helm-{version}-{os}-{arch}.tar.gz',
        binary: '{os}-{arch}/helm{exe}',
        sha256: {
            // get.helm.sh cannot be reached from where this was written: the digest is the one two
            // independent public installers pin for this archive, and it is checked before extraction.
            'v3.21.4': { 'linux-x64': '61f88ab166748cb19604d7884cb100ae9ccb13804ddeb98e08af167eacbb6a14' },
        },
        versionArgs: ['version', '--template', '{{.Version}}'],
        parseVersion: (out) => firstLine(out) || undefined,
    },
    kubeconform: {
        name: 'kubeconform',
        defaultVersion: 'v0.7.0',
        archive: 'tar.gz',
        url: 'https://github.com/yannh/kubeconform/releases/download/{version}/kubeconform-{os}-{arch}.tar.gz',
        binary: 'kubeconform{exe}',
        sha256: {
            'v0.7.0': {
                'linux-x64': 'c31518ddd122663b3f3aa874cfe8178cb0988de944f29c74a0b9260920d115d3',
                'linux-arm64': 'cc907ccf9e3c34523f0f32b69745265e0a6908ca85b92f41931d4537860eb83c',
                'darwin-x64': 'c6771cc894d82e1b12f35ee797dcda1f7da6a3787aa30902a15c264056dd40d4',
                'darwin-arm64': 'b5d32b2cb77f9c781c976b20a85e2d0bc8f9184d5d1cfe665a2f31a19f99eeb9',
            },
        },
        versionArgs: ['-v'],
        parseVersion: (out) => firstLine(out) || undefined,
    },
    terraform: {
        name: 'terraform',
        defaultVersion: '1.13.3',
        archive: 'zip',
        url: 'https://releases.hashicorp.com/terraform/{version}/terraform_{version}_{os}_{arch}.zip',
        binary: 'terraform{exe}',
        sha256: {},
        sha256SumsUrl: 'https://releases.hashicorp.com/terraform/{version}/terraform_{version}_SHA256SUMS',
        versions: ['1.5.7', '1.6.6', '1.7.5', '1.8.5', '1.9.8', '1.10.5', '1.11.4', '1.12.2', '1.13.3'],
        versionArgs: ['version'],
        parseVersion: (out) => /^Terraform v(\S+)/m.exec(out)?.[1],
    },
    tofu: {
        name: 'tofu',
        defaultVersion: '1.10.10',
        archive: 'zip',
        url: 'https://github.com/opentofu/opentofu/releases/download/v{version}/tofu_{version}_{os}_{arch}.zip',
        binary: 'tofu{exe}',
        sha256: {},
        sha256SumsUrl: 'https://github.com/opentofu/opentofu/releases/download/v{version}/tofu_{version}_SHA256SUMS',
        versions: ['1.6.3', '1.8.0', '1.8.5', '1.8.8', '1.8.11', '1.9.1', '1.9.4', '1.10.6', '1.10.10'],
        versionArgs: ['version'],
        parseVersion: (out) => /^OpenTofu v(\S+)/m.exec(out)?.[1],
    },
};
/** Go's names for a platform, as release file names use them. */
function goPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const goArch = arch === 'x64' ? 'amd64' : arch === 'ia32' ? '386' : arch;
    return { os, arch: goArch };
}
/** `linux-x64` and so on: Node's names, as the manifest keys digests. */
function platformKey(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
function fromGo(p) {
    return platformKey(p.os === 'windows' ? 'win32' : p.os, p.arch === 'amd64' ? 'x64' : p.arch === '386' ? 'ia32' : p.arch);
}
function renderTemplate(template, version, p) {
    return template
        .replaceAll('{version}', version)
        .replaceAll('{bare}', version.replace(/^v/, ''))
        .replaceAll('{os}', p.os)
        .replaceAll('{arch}', p.arch)
        .replaceAll('{exe}', p.os === 'windows' ? '.exe' : '');
}
/** Everything needed to download and verify one tool for one platform (Go's names for os/arch). */
function releaseAsset(tool, version = TOOLS[tool].defaultVersion, go = goPlatform()) {
    const spec = TOOLS[tool];
    const platform = fromGo(go);
    const url = renderTemplate(spec.url, version, go);
    const sha256 = spec.sha256[version]?.[platform];
    return {
        tool,
        version,
        platform,
        url,
        fileName: decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)),
        archive: spec.archive,
        binary: renderTemplate(spec.binary, version, go),
        ...(sha256 ? { sha256 } : {}),
        ...(spec.sha256SumsUrl ? { sha256SumsUrl: renderTemplate(spec.sha256SumsUrl, version, go) } : {}),
    };
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


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ relink),
/* harmony export */   iZ: () => (/* binding */ ensureKubeconformLayout),
/* harmony export */   mk: () => (/* binding */ resolveSchemaVersion),
/* harmony export */   nt: () => (/* binding */ locateKubernetesSchemas),
/* harmony export */   qQ: () => (/* binding */ DEFAULT_KUBERNETES_VERSION),
/* harmony export */   xt: () => (/* binding */ toolsDir)
/* harmony export */ });
/* unused harmony exports KUBERNETES_VALIDATE_VERSION, BUNDLE_FORMAT, BUNDLE_FILE, relaxStrict, venvSchemaRoot, LAYOUT_STAMP, standaloneSchema, directRefs, isDirectory */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);







/**
 * Offline Kubernetes JSON schemas from PyPI's kubernetes-validate: either its installed
 * `kubernetes-json-schema/v1.X.0-local[-strict]/` directories (tools venv), or the compact bundle
 * scripts/build-schemas.mjs generates from that package into dist/schemas/ for the actions.
 */
const KUBERNETES_VALIDATE_VERSION = '1.37.0';
/** The Kubernetes version validated when none is given; its strict schemas are bundled. */
const DEFAULT_KUBERNETES_VERSION = '1.37.0';
const BUNDLE_FORMAT = 'portarium-k8s-schemas/1';
const BUNDLE_FILE = `kubernetes-v${DEFAULT_KUBERNETES_VERSION}-strict.json.gz`;
function toolsDir() {
    return process.env.PORTARIUM_TOOLS_DIR ?? node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().homedir(), '.cache', 'portarium-infra', 'tools');
}
/** strict schemas differ from the non-strict ones only by added `additionalProperties: false`. */
function relaxStrict(node) {
    if (Array.isArray(node))
        return node.map(relaxStrict);
    if (node && typeof node === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === 'additionalProperties' && v === false)
                continue;
            out[k] = relaxStrict(v);
        }
        return out;
    }
    return node;
}
function versionKey(v) {
    return v.split('.').map(Number);
}
function compareVersions(a, b) {
    const x = versionKey(a);
    const y = versionKey(b);
    for (let i = 0; i < 3; i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0))
            return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
}
/**
 * kubernetes-validate's rule: the newest packaged major.minor not above the request; `master` is the
 * newest. Undefined when the request is older than every packaged version.
 */
function resolveSchemaVersion(requested, available) {
    const sorted = [...available].sort(compareVersions);
    if (requested === 'master')
        return sorted[sorted.length - 1];
    const [maj, min] = versionKey(requested);
    let best;
    for (const v of sorted) {
        const [a, b] = versionKey(v);
        if (a < maj || (a === maj && b <= min))
            best = v;
    }
    return best;
}
function directorySource(root, description, packageVersion) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root);
    }
    catch {
        return undefined;
    }
    const versions = entries
        .map((e) => /^v(\d+\.\d+\.\d+)-local-strict$/.exec(e)?.[1])
        .filter((v) => v !== undefined && entries.includes(`v${v}-local`))
        .sort(compareVersions);
    if (versions.length === 0)
        return undefined;
    const dirOf = (v, strict) => node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, `v${v}-local${strict ? '-strict' : ''}`);
    return {
        kind: 'directory',
        description,
        packageVersion,
        versions,
        async read(version, strict, file) {
            if (file.includes('/') || file.includes('\\'))
                return undefined;
            try {
                return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dirOf(version, strict), file), 'utf8'));
            }
            catch {
                return undefined;
            }
        },
        async list(version, strict) {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dirOf(version, strict)).filter((f) => f.endsWith('.json') && f !== 'all.json');
        },
    };
}
function bundleSource(file) {
    let bundle;
    let digest;
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.gunzipSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file));
        digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(json).digest('hex');
        bundle = JSON.parse(json.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (bundle.format !== BUNDLE_FORMAT || !bundle.strict)
        return undefined;
    const relaxed = new Map();
    return {
        kind: 'bundle',
        description: `${bundle.source.package} ${bundle.source.version} (bundled ${bundle.source.directory})`,
        packageVersion: bundle.source.version,
        versions: [bundle.kubernetesVersion],
        digest,
        async read(version, strict, name) {
            if (version !== bundle.kubernetesVersion || !Object.hasOwn(bundle.files, name))
                return undefined;
            const doc = bundle.files[name];
            if (strict)
                return doc;
            if (!relaxed.has(name))
                relaxed.set(name, relaxStrict(doc));
            return relaxed.get(name);
        },
        async list(version) {
            return version === bundle.kubernetesVersion ? Object.keys(bundle.files) : [];
        },
    };
}
/** site-packages/kubernetes_validate/kubernetes-json-schema inside the tools venv, if installed. */
function venvSchemaRoot(dir = toolsDir()) {
    const lib = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, 'venv', 'lib');
    let pys;
    try {
        pys = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(lib).filter((d) => d.startsWith('python'));
    }
    catch {
        return undefined;
    }
    for (const py of pys) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(lib, py, 'site-packages', 'kubernetes_validate', 'kubernetes-json-schema');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(root))
            return root;
    }
    return undefined;
}
function venvPackageVersion(root) {
    const site = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(root));
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(site).find((d) => /^kubernetes_validate-.*\.dist-info$/.test(d));
        return info?.replace(/^kubernetes_validate-/, '').replace(/\.dist-info$/, '') ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** Candidate bundle paths: next to the running bundle (dist/<action>/index.js -> dist/schemas/) and up the tree. */
function bundleCandidates() {
    const out = [];
    if (process.env.PORTARIUM_K8S_SCHEMA_BUNDLE)
        out.push(process.env.PORTARIUM_K8S_SCHEMA_BUNDLE);
    const starts = [];
    try {
        starts.push(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(require("url").pathToFileURL(__filename).href)));
    }
    catch {
        // bundled without import.meta: the entry script's directory below still works
    }
    // dist/<action>/index.js is the entry point of an action run.
    if (process.argv[1])
        starts.push(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(process.argv[1])));
    for (const start of starts) {
        let dir = start;
        for (let i = 0; i < 6; i++) {
            out.push(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, 'schemas', BUNDLE_FILE), node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, 'dist', 'schemas', BUNDLE_FILE));
            const up = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(dir);
            if (up === dir)
                break;
            dir = up;
        }
    }
    return out;
}
/**
 * Finds the offline schemas: an explicit directory or bundle, then $PORTARIUM_K8S_SCHEMAS, the tools
 * venv (scripts/tools/install-k8s-schemas.sh), then the bundle shipped in dist/.
 */
function locateKubernetesSchemas(opts = {}) {
    if (opts.schemaDir)
        return directorySource(opts.schemaDir, `schemas in ${opts.schemaDir}`, 'unknown');
    if (opts.bundle)
        return bundleSource(opts.bundle);
    const env = process.env.PORTARIUM_K8S_SCHEMAS;
    if (env) {
        const s = directorySource(env, `schemas in ${env}`, 'unknown');
        if (s)
            return s;
    }
    const venv = venvSchemaRoot(opts.toolsDir);
    const bundle = shippedBundle();
    if (venv) {
        const version = venvPackageVersion(venv);
        const s = directorySource(venv, `kubernetes-validate ${version} (${venv})`, version);
        if (s)
            return bundle?.packageVersion === s.packageVersion ? withBundle(s, bundle) : s;
    }
    return bundle;
}
function shippedBundle() {
    for (const file of bundleCandidates()) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
            const s = bundleSource(file);
            if (s)
                return s;
        }
    }
    return undefined;
}
function withBundle(dir, bundle) {
    const fromBundle = (version, strict) => strict && bundle.versions.includes(version);
    return {
        ...dir,
        bundled: bundle,
        read: (version, strict, file) => (fromBundle(version, strict) ? bundle.read(version, strict, file) : dir.read(version, strict, file)),
        list: (version, strict) => (fromBundle(version, strict) ? bundle.list(version, strict) : dir.list(version, strict)),
    };
}
const API_DEFS = '/api/_definitions.json';
/** Makes a package schema self-contained on disk: refs relative to its directory, no https `$id`. */
function relink(node) {
    if (Array.isArray(node))
        return node.map(relink);
    if (node && typeof node === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === '$id')
                continue;
            out[k] = k === '$ref' && typeof v === 'string' && v.startsWith(API_DEFS) ? '_definitions.json' + v.slice(API_DEFS.length) : relink(v);
        }
        return out;
    }
    return node;
}
/** Version of the kubeconform-layout format; install-k8s-schemas.sh writes the same stamp. */
const LAYOUT_STAMP = 'standalone-1';
function defName(ref) {
    return ref.slice(ref.lastIndexOf('/') + 1);
}
function collectRefs(node, acc) {
    if (Array.isArray(node))
        for (const v of node)
            collectRefs(v, acc);
    else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
            if (k === '$ref' && typeof v === 'string')
                acc.add(defName(v));
            else
                collectRefs(v, acc);
        }
    }
}
function toLocalRefs(node) {
    if (Array.isArray(node))
        return node.map(toLocalRefs);
    if (node && typeof node === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === '$id')
                continue;
            out[k] = k === '$ref' && typeof v === 'string' ? `#/$defs/${defName(v)}` : toLocalRefs(v);
        }
        return out;
    }
    return node;
}
/**
 * A standalone schema like kubeconform's registry serves: the kind's schema with every definition it
 * reaches copied into `$defs`. Same JSON content as the package, only the reference targets move.
 */
function standaloneSchema(doc, defs, direct = directRefs(defs)) {
    const todo = new Set();
    collectRefs(doc, todo);
    const seen = new Set();
    for (const x of todo) {
        if (seen.has(x))
            continue;
        seen.add(x);
        for (const y of direct.get(x) ?? [])
            if (!seen.has(y))
                todo.add(y);
    }
    const out = toLocalRefs(doc);
    if (seen.size > 0)
        out.$defs = Object.fromEntries([...seen].sort().map((x) => [x, toLocalRefs(defs[x])]));
    return out;
}
function directRefs(defs) {
    const m = new Map();
    for (const [name, d] of Object.entries(defs)) {
        const acc = new Set();
        collectRefs(d, acc);
        m.set(name, acc);
    }
    return m;
}
/**
 * A directory in kubeconform's registry layout (`v1.X.0-standalone[-strict]/<kind><suffix>.json`) with
 * the same schemas, so the real kubeconform reads exactly what the builtin engine reads. Written on
 * demand under the tools dir (install-k8s-schemas.sh writes the default version up front, same format).
 * Returns the `-schema-location` template.
 */
async function ensureKubeconformLayout(source, version, strict, opts = {}) {
    const dir = opts.dir ?? node_path__WEBPACK_IMPORTED_MODULE_4___default().join(toolsDir(), 'k8s-schemas', 'kubeconform');
    // Named for the version kubeconform is asked for (its {{ .NormalizedKubernetesVersion }}), filled
    // with the packaged schemas that version resolves to.
    const requested = opts.requestedVersion ?? version;
    const normalized = requested === 'master' ? 'master' : `v${requested}`;
    const target = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${normalized}-standalone${strict ? '-strict' : ''}`);
    const from = requested === version ? '' : ` v${version}`;
    const stamp = `kubernetes-validate==${source.packageVersion}${from} ${LAYOUT_STAMP}`;
    const marker = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(target, '.source');
    const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(marker, 'utf8').catch(() => '');
    if (current.trim() !== stamp) {
        const defsDoc = (await source.read(version, strict, '_definitions.json'));
        const defs = defsDoc?.$defs ?? {};
        const direct = directRefs(defs);
        const tmp = `${target}.tmp-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(tmp, { recursive: true });
        for (const file of await source.list(version, strict)) {
            if (file === '_definitions.json')
                continue;
            const doc = await source.read(version, strict, file);
            if (doc !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(tmp, file), JSON.stringify(standaloneSchema(doc, defs, direct)));
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(tmp, '.source'), stamp + '\n');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json');
}
function isDirectory(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
;