export const id = 459;
export const ids = [459];
export const modules = {

/***/ 4714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ kustomizeError),
/* harmony export */   eQ: () => (/* binding */ buildKustomization),
/* harmony export */   ef: () => (/* binding */ parseOrigin),
/* harmony export */   hS: () => (/* binding */ ORIGIN_ANNOTATION)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, isFile */
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






const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
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
        const r = await runCapped(cmd.path, args, opts.timeoutMs ?? 120_000, opts.maxBytes ?? DEFAULT_MAX_BYTES);
        if (r.code === 0 && !r.overflow)
            return { ok: true, output: r.stdout, wrapperDir };
        const message = r.overflow
            ? `build output is larger than ${Math.round((opts.maxBytes ?? DEFAULT_MAX_BYTES) / 1024 / 1024)} MiB`
            : r.timedOut
                ? `kustomize build timed out after ${Math.round((opts.timeoutMs ?? 120_000) / 1000)}s`
                : kustomizeError(r.stderr || r.stdout);
        return { ok: false, message: cleanPaths(message, wrapperDir, dir), wrapperDir };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(wrapperDir, { recursive: true, force: true });
    }
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
function runCapped(cmd, args, timeoutMs, maxBytes) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        let size = 0;
        let overflow = false;
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        child.stdout.on('data', (c) => {
            size += c.length;
            if (size > maxBytes) {
                if (!overflow) {
                    overflow = true;
                    child.kill('SIGKILL');
                }
                return;
            }
            out.push(c);
        });
        child.stderr.on('data', (c) => {
            if (err.length < 1000)
                err.push(c);
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
