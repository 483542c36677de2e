export const id = 902;
export const ids = [902];
export const modules = {

/***/ 3308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   j: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Largest file a kustomization may read: far above any valid manifest set, well below the heap. */
const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Reads a regular file of at most `max` bytes, deciding on the open descriptor's stat so the file
 * cannot be swapped between the check and the read. FIFOs and devices are opened non-blocking and
 * never read: a committed symlink to /dev/zero or a FIFO would otherwise never end.
 */
function readBounded(file, max = DEFAULT_MAX_FILE_BYTES) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch {
        return { ok: false };
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            return { ok: false, special: true };
        if (st.size > max)
            return { ok: false, size: st.size };
        const buf = Buffer.alloc(st.size);
        let n = 0;
        while (n < st.size) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, st.size - n, n);
            if (r === 0)
                break;
            n += r;
        }
        return { ok: true, bytes: buf.subarray(0, n) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 4714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ memoryLimited),
/* harmony export */   Dy: () => (/* binding */ runCapped),
/* harmony export */   S2: () => (/* binding */ DEFAULT_MEMORY_BYTES),
/* harmony export */   e1: () => (/* binding */ kustomizeError),
/* harmony export */   eQ: () => (/* binding */ buildKustomization),
/* harmony export */   ef: () => (/* binding */ parseOrigin),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   hS: () => (/* binding */ ORIGIN_ANNOTATION),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   v7: () => (/* binding */ outOfMemory)
/* harmony export */ });
/* unused harmony export isFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8815);
/* harmony import */ var _tools_kustomize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6420);







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
    const wrapperDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'portarium-kustomize-'));
    try {
        const wrapper = {
            apiVersion: 'kustomize.config.k8s.io/v1beta1',
            kind: 'Kustomization',
            resources: [node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(wrapperDir, dir).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/')],
            buildMetadata: ['originAnnotations'],
        };
        if (opts.sortOptions !== undefined)
            wrapper.sortOptions = opts.sortOptions;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(wrapperDir, 'kustomization.yaml'), (0,yaml__WEBPACK_IMPORTED_MODULE_5__/* .stringify */ .As)(wrapper));
        const args = [...cmd.args, '--load-restrictor', 'LoadRestrictionsRootOnly', wrapperDir];
        const memory = opts.memoryBytes ?? DEFAULT_MEMORY_BYTES;
        const [bin, argv] = memoryLimited(cmd.path, args, memory);
        const r = await runCapped(bin, argv, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.maxBytes ?? DEFAULT_MAX_BYTES);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(wrapperDir, { recursive: true, force: true });
    }
}
/**
 * The command run under an address-space limit. Node's resourceLimits only bound worker threads, so
 * the limit is set on the child: prlimit (util-linux) when present, else the shell's ulimit with the
 * command passed as arguments, never spliced into the script.
 */
function memoryLimited(cmd, args, bytes, prlimit = (0,_tools_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .findOnPath */ .aY)('prlimit')) {
    if (!bytes || process.platform !== 'linux')
        return [cmd, args];
    if (prlimit)
        return [prlimit, [`--as=${bytes}`, '--', cmd, ...args]];
    return ['/bin/sh', ['-c', 'ulimit -v "$1" || exit 125; shift; exec "$@"', 'sh', String(Math.floor(bytes / 1024)), cmd, ...args]];
}
/** Go's runtime reports allocation failure under RLIMIT_AS this way (fatal error, exit 2). */
function outOfMemory(stderr) {
    return /fatal error: (runtime: )?out of memory|failed to reserve page summary memory|cannot allocate memory/i.test(stderr);
}
/** The error kustomize printed, from kubectl's klog line (`err="..."`) or kustomize's `Error: ...`. */
function kustomizeError(stderr) {
    const klog = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(stderr);
    if (klog)
        return JSON.parse(`"${klog[1]}"`);
    const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    const err = lines.find((l) => /^(Error|error): /.test(l));
    if (err)
        return err.replace(/^(Error|error): /, '');
    return lines.join(' ') || 'kustomize build failed';
}
/** Messages name the temporary wrapper; say the overlay instead. */
function cleanPaths(message, wrapperDir, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(wrapperDir, dir).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
    return message.split(`'${rel}'`).join(`'${dir}'`).split(wrapperDir).join('<build>');
}
/** Runs a build with a wall-clock limit and an output cap; either one kills it. */
function runCapped(cmd, args, timeoutMs, maxBytes) {
    return new Promise((resolve, reject) => {
        // Its own process group, so a kill also reaches what kustomize started (exec plugins, helm),
        // which would otherwise hold the pipes open past the timeout.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
        const kill = () => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const out = [];
        const err = [];
        let size = 0;
        let overflow = false;
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, timeoutMs);
        child.stdout.on('data', (c) => {
            size += c.length;
            if (size > maxBytes) {
                if (!overflow) {
                    overflow = true;
                    kill();
                }
                return;
            }
            out.push(c);
        });
        // The error is parsed with regexes and shown in findings: 256 KiB is plenty and keeps both bounded.
        let errSize = 0;
        child.stderr.on('data', (c) => {
            if (errSize >= MAX_STDERR_BYTES)
                return;
            err.push(c.subarray(0, MAX_STDERR_BYTES - errSize));
            errSize += c.length;
        });
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), overflow, timedOut });
        });
    });
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
                o.path = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(wrapperDir, v);
            else if (key === 'configuredIn')
                o.configuredIn = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(wrapperDir, v);
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
        return existsSync(p) && statSync(p).isFile();
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
/* harmony import */ var _kustomization_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6455);



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
        if (entries.some((e) => e.isFile() && _kustomization_js__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILES */ .Ct.includes(e.name)))
            out.push(dir);
    });
    return out;
}
function localDir(k, e) {
    if ((0,_kustomization_js__WEBPACK_IMPORTED_MODULE_2__/* .isRemote */ .Vx)(e.value, k.dir))
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
        const k = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKustomization */ .oe)(dir);
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
    return { all, overlays };
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
            k = (0,_kustomization_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKustomization */ .oe)(dir);
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
function inside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
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
            if ((0,_kustomization_js__WEBPACK_IMPORTED_MODULE_2__/* .isRemote */ .Vx)(entry.value, k.dir)) {
                if (!allowRemote)
                    out.push({ rule: 'remote', kustomization: k, entry });
                continue;
            }
            const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(k.dir, entry.value);
            if (!inside(root, p) || !inside(realRoot, real(p)))
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
        const value = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(item);
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
    const k = { dir, file, kind: 'Kustomization', resources: [], components: [], files: [], patches: [], images: [], generators: [] };
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
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'patchesJson6902')?.value)) {
        const p = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'path');
        const inline = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'patch');
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0);
        const t = target((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'target')?.value);
        if (p && (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value)) {
            k.patches.push({ type: 'json6902', file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value)), target: t, ...pos });
            k.files.push({ value: (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value), field: 'patchesJson6902', ...pos });
        }
        else if (inline)
            k.patches.push({ type: 'json6902', inline: inlineOf(src, inline.value), target: t, ...pos });
    }
    for (const item of (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .seqItems */ .Sg)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(map, 'patches')?.value)) {
        const p = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'path');
        const inline = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'patch');
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(src, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeStart */ .f)(item) ?? 0);
        const t = target((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pairOf */ .cF)(item, 'target')?.value);
        if (p && (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value)) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value));
            const text = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)(file)?.text ?? '';
            k.patches.push({ type: looksJson6902(text) ? 'json6902' : 'smp', file, target: t, ...pos });
            k.files.push({ value: (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(p.value), field: 'patches', ...pos });
        }
        else if (inline) {
            const il = inlineOf(src, inline.value);
            k.patches.push({ type: looksJson6902(il?.text ?? '') ? 'json6902' : 'smp', inline: il, target: t, ...pos });
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
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3308);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(buf) {
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
        const read = (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .j)(file);
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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { lineCounter: lines, uniqueKeys: false, version: '1.1' });
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return undefined;
    let found;
    for (const item of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key)
            found = item;
    }
    return found;
}
function scalarString(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
function seqItems(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) ? node.items : [];
}
/** Position of the first key of a document (its `apiVersion:` / `kind:` line), or its start. */
function docStart(src, doc) {
    const contents = doc.contents;
    const offset = nodeStart(contents) ?? doc.range[0];
    return positionOf(src, offset);
}


/***/ }),

/***/ 6420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   oM: () => (/* binding */ locateKustomize)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_VERSION, KUSTOMIZE_RELEASES, platformKey, sha256File, downloadVerified, installKustomize */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9567);







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Pinned standalone kustomize (matches the kustomize embedded in kubectl 1.32, v5.5.0). */
const KUSTOMIZE_VERSION = 'v5.5.0';
/** Release archives and their SHA-256 (from the release's checksums.txt), per `${platform}-${arch}`. */
const KUSTOMIZE_RELEASES = {
    'v5.5.0': {
        'linux-x64': {
            url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz',
            sha256: '6703a3a70a0c47cf0b37694030b54f1175a9dfeb17b3818b623ed58b9dbc2a77',
        },
        'linux-arm64': {
            url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_arm64.tar.gz',
            sha256: 'b4170d1acb8cfacace9f72884bef957ff56efdcd4813b66e7604aabc8b57e93d',
        },
        'darwin-x64': {
            url: 'https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.5.0/kustomize_v5.5.0_darwin_amd64.tar.gz',
            sha256: '874224e75229821b1e571aefa45703789b77336302a34692eac65adbe0dc1cee',
        },
    },
};
function platformKey(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
async function sha256File(file) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Where `which` would find `name`, without a shell. */
function findOnPath(name, envPath = process.env.PATH ?? '') {
    for (const dir of envPath.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().delimiter))) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(p))
            return p;
    }
    return undefined;
}
async function kubectlKustomizeVersion(kubectl) {
    try {
        const { stdout } = await run(kubectl, ['version', '--client', '-o', 'json'], { timeout: 20_000 });
        const v = JSON.parse(stdout).kustomizeVersion;
        return v || undefined;
    }
    catch {
        return undefined;
    }
}
async function standaloneVersion(bin) {
    try {
        const { stdout } = await run(bin, ['version'], { timeout: 20_000 });
        return stdout.trim().replace(/^kustomize\//, '') || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `kubectl kustomize` when kubectl with an embedded kustomize is on PATH, else a standalone kustomize
 * from the tools dir (scripts/tools/install-kustomize.sh) or PATH.
 */
async function locateKustomize(opts = {}) {
    if (opts.prefer && opts.prefer !== 'kubectl' && opts.prefer !== 'kustomize') {
        const v = await standaloneVersion(opts.prefer);
        return v ? { kind: 'kustomize', path: opts.prefer, args: ['build'], version: v } : undefined;
    }
    const tryKubectl = async () => {
        const kubectl = findOnPath('kubectl');
        if (!kubectl)
            return undefined;
        const v = await kubectlKustomizeVersion(kubectl);
        return v ? { kind: 'kubectl', path: kubectl, args: ['kustomize'], version: v } : undefined;
    };
    const tryStandalone = async () => {
        for (const bin of [node_path__WEBPACK_IMPORTED_MODULE_4___default().join(opts.toolsDir ?? (0,_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .toolsDir */ .xt)(), 'bin', 'kustomize'), findOnPath('kustomize')]) {
            if (!bin || !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(bin))
                continue;
            const v = await standaloneVersion(bin);
            if (v)
                return { kind: 'kustomize', path: bin, args: ['build'], version: v };
        }
        return undefined;
    };
    if (opts.prefer === 'kustomize')
        return (await tryStandalone()) ?? (await tryKubectl());
    return (await tryKubectl()) ?? (await tryStandalone());
}
/**
 * Downloads a release archive, verifies its SHA-256 before extracting (fails closed: no pinned
 * checksum, no install), and returns the directory holding the binary.
 */
async function downloadVerified(asset, what, hooks) {
    if (!asset)
        throw new Error(`no pinned SHA-256 for ${what} on ${platformKey()}; refusing to download an unverified binary`);
    const archive = await hooks.download(asset.url);
    const actual = await sha256File(archive);
    if (actual !== asset.sha256) {
        throw new Error(`checksum mismatch for ${asset.url}: expected sha256 ${asset.sha256}, got ${actual}`);
    }
    return hooks.extract(archive);
}
/** For actions: use kubectl/kustomize when present, else download the pinned kustomize and verify it. */
async function installKustomize(hooks, version = KUSTOMIZE_VERSION) {
    const found = await locateKustomize();
    if (found)
        return found;
    let dir = await downloadVerified(KUSTOMIZE_RELEASES[version]?.[platformKey()], `kustomize ${version}`, hooks);
    if (hooks.cache)
        dir = await hooks.cache(dir, 'kustomize', version.replace(/^v/, ''));
    const bin = path.join(dir, os.platform() === 'win32' ? 'kustomize.exe' : 'kustomize');
    const v = await standaloneVersion(bin);
    if (!v)
        throw new Error(`downloaded kustomize at ${bin} does not run`);
    return { kind: 'kustomize', path: bin, args: ['build'], version: v };
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);






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
    return process.env.PORTARIUM_TOOLS_DIR ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir(), '.cache', 'portarium-infra', 'tools');
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
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root);
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
    const dirOf = (v, strict) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `v${v}-local${strict ? '-strict' : ''}`);
    return {
        kind: 'directory',
        description,
        packageVersion,
        versions,
        async read(version, strict, file) {
            if (file.includes('/') || file.includes('\\'))
                return undefined;
            try {
                return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dirOf(version, strict), file), 'utf8'));
            }
            catch {
                return undefined;
            }
        },
        async list(version, strict) {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dirOf(version, strict)).filter((f) => f.endsWith('.json') && f !== 'all.json');
        },
    };
}
function bundleSource(file) {
    let bundle;
    try {
        bundle = JSON.parse((0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.gunzipSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file)).toString('utf8'));
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
    const lib = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'venv', 'lib');
    let pys;
    try {
        pys = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(lib).filter((d) => d.startsWith('python'));
    }
    catch {
        return undefined;
    }
    for (const py of pys) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(lib, py, 'site-packages', 'kubernetes_validate', 'kubernetes-json-schema');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root))
            return root;
    }
    return undefined;
}
function venvPackageVersion(root) {
    const site = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(root));
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(site).find((d) => /^kubernetes_validate-.*\.dist-info$/.test(d));
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
        starts.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)));
    }
    catch {
        // bundled without import.meta: the entry script's directory below still works
    }
    // dist/<action>/index.js is the entry point of an action run.
    if (process.argv[1])
        starts.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(process.argv[1])));
    for (const start of starts) {
        let dir = start;
        for (let i = 0; i < 6; i++) {
            out.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'schemas', BUNDLE_FILE), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'dist', 'schemas', BUNDLE_FILE));
            const up = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir);
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
    if (venv) {
        const version = venvPackageVersion(venv);
        const s = directorySource(venv, `kubernetes-validate ${version} (${venv})`, version);
        if (s)
            return s;
    }
    for (const file of bundleCandidates()) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            const s = bundleSource(file);
            if (s)
                return s;
        }
    }
    return undefined;
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
    const dir = opts.dir ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(toolsDir(), 'k8s-schemas', 'kubeconform');
    // Named for the version kubeconform is asked for (its {{ .NormalizedKubernetesVersion }}), filled
    // with the packaged schemas that version resolves to.
    const requested = opts.requestedVersion ?? version;
    const normalized = requested === 'master' ? 'master' : `v${requested}`;
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${normalized}-standalone${strict ? '-strict' : ''}`);
    const from = requested === version ? '' : ` v${version}`;
    const stamp = `kubernetes-validate==${source.packageVersion}${from} ${LAYOUT_STAMP}`;
    const marker = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(target, '.source');
    const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(marker, 'utf8').catch(() => '');
    if (current.trim() !== stamp) {
        const defsDoc = (await source.read(version, strict, '_definitions.json'));
        const defs = defsDoc?.$defs ?? {};
        const direct = directRefs(defs);
        const tmp = `${target}.tmp-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tmp, { recursive: true });
        for (const file of await source.list(version, strict)) {
            if (file === '_definitions.json')
                continue;
            const doc = await source.read(version, strict, file);
            if (doc !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, file), JSON.stringify(standaloneSchema(doc, defs, direct)));
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, '.source'), stamp + '\n');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json');
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
