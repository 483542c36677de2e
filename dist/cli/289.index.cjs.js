"use strict";
exports.id = 289;
exports.ids = [289,951];
exports.modules = {

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


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


/***/ })

};
;