export const id = 45;
export const ids = [45];
export const modules = {

/***/ 6045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kustomizeCheck: () => (/* binding */ kustomizeCheck),
  kustomizeOptions: () => (/* binding */ kustomizeOptions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/tools/install.ts + 1 modules
var install = __webpack_require__(1433);
// EXTERNAL MODULE: ./src/tools/manifest.ts
var manifest = __webpack_require__(2518);
// EXTERNAL MODULE: ./src/tools/schemas.ts
var schemas = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/tools/kubeconform.ts





/** Pinned kubeconform (tools/manifest.ts). */
const KUBECONFORM_VERSION = manifest/* TOOLS */.It.kubeconform.defaultVersion;
function kubeconformVersion(bin) {
    return (0,install/* toolVersion */.fX)('kubeconform', bin);
}
/** The tools dir (scripts/tools/install-kubeconform.sh) first, then PATH. */
async function locateKubeconform(opts = {}) {
    for (const bin of candidates(opts)) {
        if (!bin || !(0,external_node_fs_.existsSync)(bin))
            continue;
        const version = await kubeconformVersion(bin);
        if (version)
            return { path: bin, version };
    }
    return undefined;
}
function candidates(opts = {}) {
    return opts.path ? [opts.path] : [external_node_path_default().join(opts.toolsDir ?? (0,schemas/* toolsDir */.xt)(), 'bin', 'kubeconform'), (0,install/* findOnPath */.aY)('kubeconform')];
}
/** For actions: kubeconform at the pinned version when present, else the manifest's verified download. */
async function installKubeconform(hooks, version = KUBECONFORM_VERSION) {
    const k = await installTool('kubeconform', hooks, { version, candidates: candidates() });
    return { path: k.path, version: k.version };
}

// EXTERNAL MODULE: ./src/tools/kustomize.ts
var tools_kustomize = __webpack_require__(6420);
// EXTERNAL MODULE: ./src/checks/deadline.ts
var checks_deadline = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/checks/map-limit.ts
var map_limit = __webpack_require__(4677);
// EXTERNAL MODULE: ./src/checks/kubernetes/build.ts
var build = __webpack_require__(4714);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
// EXTERNAL MODULE: ./src/checks/kubernetes/kustomization.ts
var kustomization = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/checks/kubernetes/rules.ts
var rules = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/checks/kubernetes/discover.ts
var discover = __webpack_require__(9415);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/checks/kubernetes/bounded-read.ts
var bounded_read = __webpack_require__(3308);
;// CONCATENATED MODULE: ./src/checks/kubernetes/input-bounds.ts





/**
 * go-yaml's allowedAliasRatio (v2.2.4+ and v3, the decoders behind sigs.k8s.io/yaml and kyaml): a
 * document may be almost all alias expansion while small, at most 10% of it once it is large.
 */
function allowedAliasRatio(decoded) {
    if (decoded <= 400_000)
        return 0.99;
    if (decoded >= 4_000_000)
        return 0.1;
    return 0.99 - (0.89 * (decoded - 400_000)) / 3_600_000;
}
/**
 * Expanded size of each document, in time linear in its written size: an anchored node's expanded
 * size is computed once and an alias adds it without walking it again.
 */
function aliasStats(text) {
    const lines = new dist/* LineCounter */.HN();
    const out = [];
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, uniqueKeys: false, version: '1.1' });
    for (const doc of Array.isArray(docs) ? docs : []) {
        const anchors = new Map();
        const stats = { decoded: 0, viaAliases: 0 };
        // Iterative post-order walk: a crafted deep document must not overflow the stack.
        const size = (root) => {
            const stack = [{ node: root, children: kids(root), i: 0, total: 1 }];
            let result = 0;
            while (stack.length > 0) {
                const f = stack[stack.length - 1];
                if (f.i < f.children.length) {
                    const child = f.children[f.i++];
                    if ((0,dist/* isAlias */.Vj)(child)) {
                        const n = anchors.get(child.source) ?? 1;
                        stats.viaAliases += n;
                        if (!stats.worst || n > stats.worst.nodes)
                            stats.worst = { offset: child.range?.[0] ?? 0, nodes: n };
                        f.total += n;
                    }
                    else
                        stack.push({ node: child, children: kids(child), i: 0, total: 1 });
                    continue;
                }
                stack.pop();
                const anchor = f.node?.anchor;
                if (anchor)
                    anchors.set(anchor, f.total);
                if (stack.length > 0)
                    stack[stack.length - 1].total += f.total;
                else
                    result = f.total;
            }
            return result;
        };
        stats.decoded = doc.contents ? size(doc.contents) : 0;
        out.push(stats);
    }
    return { docs: out, lines };
}
function kids(node) {
    if ((0,dist/* isMap */.jh)(node))
        return node.items.flatMap((p) => ((0,dist/* isPair */.tO)(p) ? [p.key, p.value].filter((x) => x !== null && x !== undefined) : []));
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.filter((x) => x !== null && x !== undefined);
    return [];
}
/** Whether a document's aliases expand beyond what go-yaml would decode. */
function excessive(s) {
    return s.viaAliases > 100 && s.decoded > 1000 && s.viaAliases / s.decoded > allowedAliasRatio(s.decoded);
}
/** Files a kustomization tree makes kustomize read, with the entry that names each. */
function readFiles(tree) {
    const out = [];
    for (const k of tree) {
        out.push({ file: k.file });
        for (const e of [...k.resources, ...k.components, ...k.files]) {
            if ((0,kustomization/* isRemote */.Vx)(e.value, k.dir))
                continue;
            out.push({ file: external_node_path_default().resolve(k.dir, e.value), by: { k, line: e.line, column: e.column, value: e.value } });
        }
        for (const p of k.patches)
            if (p.file)
                out.push({ file: p.file, by: { k, line: p.line, column: p.column, value: external_node_path_default().relative(k.dir, p.file) } });
    }
    return out;
}
const YAML_FILE = /\.(ya?ml|json)$/i;
/**
 * Problems in the files an overlay would make kustomize read: any file over the size limit (at the
 * entry naming it, or the file's first line), and any YAML document whose aliases expand like a
 * bomb (at the alias that expands most).
 */
function inputProblems(tree, maxFileBytes = bounded_read/* DEFAULT_MAX_FILE_BYTES */.C) {
    const out = [];
    const seen = new Set();
    for (const { file, by } of readFiles(tree)) {
        let st;
        try {
            st = (0,external_node_fs_.statSync)(file);
        }
        catch {
            continue; // missing files are kustomize's to report
        }
        if (st.isDirectory() || seen.has(file))
            continue;
        seen.add(file);
        if (st.isFile() && st.size > maxFileBytes) {
            const at = by ? { file: by.k.file, line: by.line, column: by.column } : { file, line: 1, column: 1 };
            out.push({
                rule: 'file-too-large',
                ...at,
                message: `${by ? by.value : external_node_path_default().basename(file)} is ${(st.size / 1024 / 1024).toFixed(1)} MiB, over the ${maxFileBytes / 1024 / 1024} MiB a kustomization may read here (the API server refuses any object over 1.5 MiB); the overlay was not built`,
            });
            continue;
        }
        // Generator inputs (.env, .properties, certificates) are data, not YAML kustomize decodes.
        if (by && !YAML_FILE.test(file))
            continue;
        const p = aliasProblem(file, maxFileBytes);
        if (p)
            out.push(p);
    }
    return out;
}
/** An alias bomb in one YAML file, or undefined. */
function aliasProblem(file, maxFileBytes = bounded_read/* DEFAULT_MAX_FILE_BYTES */.C) {
    const r = (0,bounded_read/* readBounded */.j)(file, maxFileBytes);
    return r.ok ? aliasProblemIn(file, r.bytes.toString('utf8')) : undefined;
}
/** An alias bomb in YAML text already read, or undefined. */
function aliasProblemIn(file, text) {
    // Without an alias there is nothing to expand; most files stop here.
    if (!text.includes('*'))
        return undefined;
    let parsed;
    try {
        parsed = aliasStats(text);
    }
    catch {
        return undefined; // unreadable YAML is reported by kustomize
    }
    for (const d of parsed.docs) {
        if (!excessive(d))
            continue;
        const pos = parsed.lines.linePos(d.worst?.offset ?? 0);
        return {
            rule: 'excessive-aliasing',
            file,
            line: pos.line,
            column: pos.col,
            message: `YAML aliases expand this document to ${fmt(d.decoded)} nodes (${fmt(d.viaAliases)} through aliases; this alias alone ${fmt(d.worst?.nodes ?? 0)}), more than go-yaml decodes; kustomize would exhaust memory, so the overlay was not built`,
        };
    }
    return undefined;
}
function fmt(n) {
    return n >= 1e15 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/targets.ts







const posix = (p) => p.split((external_node_path_default()).sep).join('/');
/** The kustomization directories to build: those asked for (a file names its directory), else every overlay found. */
function overlayDirs(root, paths, discovery) {
    if (!paths?.length)
        return discovery.overlays;
    return paths.map((p) => {
        let d = external_node_path_default().resolve(root, p);
        if ((0,external_node_fs_.existsSync)(d) && (0,external_node_fs_.statSync)(d).isFile())
            d = external_node_path_default().dirname(d);
        if (!(0,kustomization/* kustomizationFile */.Oi)(d))
            throw new finding/* UsageError */.eb(`${p} has no kustomization.yaml`);
        return d;
    });
}
function targetsOf(root, dirs, discovery) {
    return dirs.map((dir) => ({ dir, rel: posix(external_node_path_default().relative(root, dir)) || '.', tree: (0,discover/* buildTree */.H6)(dir, discovery.all), resources: [], refused: false }));
}
/** Where a finding about the overlay as a whole goes: its own kustomization file. */
function overlayFile(t) {
    return { file: t.tree[0]?.file ?? (0,kustomization/* kustomizationFile */.Oi)(t.dir) ?? external_node_path_default().join(t.dir, 'kustomization.yaml'), line: 1, column: 1 };
}
/**
 * Refuses before building: remote targets, paths leaving the repository, unreadable kustomizations,
 * and (decided on the files, before kustomize or a parser holds them) sizes and alias expansion.
 */
function refuseUnsafe(targets, sink, root, opts) {
    for (const t of targets) {
        for (const k of t.tree) {
            if (k.parseError) {
                sink.add(rules/* RULE */.xZ.buildFailed, { file: k.file, line: k.parseError.line, column: k.parseError.column }, '', `kustomization cannot be read: ${k.parseError.message}`, { overlay: t.rel });
                t.refused = true;
            }
        }
        for (const p of (0,discover/* referenceProblems */.Wx)(t.tree, root, opts.allowRemoteBases ?? false)) {
            t.refused = true;
            const at = { file: p.kustomization.file, line: p.entry.line, column: p.entry.column };
            if (p.rule === 'remote') {
                sink.add(rules/* RULE */.xZ.remoteBase, at, '', `${p.entry.field} entry ${p.entry.value} is remote; remote bases are refused (allow them explicitly to build)`, { overlay: t.rel });
            }
            else {
                sink.add(rules/* RULE */.xZ.outsideRoot, at, '', `${p.entry.field} entry ${p.entry.value} resolves outside the repository`, { overlay: t.rel });
            }
        }
        if (t.refused)
            continue;
        for (const p of inputProblems(t.tree, opts.maxFileBytes)) {
            t.refused = true;
            sink.add(p.rule === 'file-too-large' ? rules/* RULE */.xZ.fileTooLarge : rules/* RULE */.xZ.excessiveAliasing, p, '', p.message, { overlay: t.rel });
        }
    }
}
/** Ends an overlay with a finding when the check's time limit ran out before it was checked. */
function markTimedOut(t, sink, deadline) {
    t.timedOut = true;
    sink.add(rules/* RULE */.xZ.deadlineExceeded, overlayFile(t), '', `the check's time limit (${deadline.describe()}) ran out before this overlay was checked`, { overlay: t.rel });
}

// EXTERNAL MODULE: ./src/checks/kubernetes/yaml-source.ts
var yaml_source = __webpack_require__(3429);
;// CONCATENATED MODULE: ./src/checks/kubernetes/build-failure.ts







/** Paths mentioned in a kustomize error: quoted absolute paths and `in File: x` (relative to the last directory named). */
function pathsInMessage(message) {
    const out = [];
    let lastDir;
    const re = /'(\/[^']+)'|in File: (\S+)/g;
    for (let m = re.exec(message); m; m = re.exec(message)) {
        if (m[1]) {
            out.push(m[1]);
            try {
                if ((0,external_node_fs_.statSync)(m[1]).isDirectory())
                    lastDir = m[1];
            }
            catch {
                // a missing path is still worth reporting
            }
        }
        else if (m[2] && lastDir)
            out.push(external_node_path_default().resolve(lastDir, m[2]));
    }
    return out;
}
/** The innermost cause of kustomize's nested "accumulating resources" chain. */
function rootCause(message) {
    const yaml = /MalformedYAMLError: (.*?)(?:' *:|$)/.exec(message);
    if (yaml)
        return yaml[1].trim();
    const causes = [...message.matchAll(/(?:accumulating|merging) resources from '[^']*': (.*?)': (?:must build at directory|recursed)/g)].map((m) => m[1]);
    const inner = causes[causes.length - 1];
    if (inner && !inner.includes("must resolve to a file"))
        return inner.replace(/^evalsymlink failure on '[^']*' : /, '').trim();
    return message.replace(/^(accumulating resources: )+/, '').trim();
}
/** The file or `resources:` entry the error is about, when it is inside the repository. */
function blame(message, root, t, all) {
    const line = Number(/yaml: line (\d+)/.exec(message)?.[1] ?? 0);
    for (const p of [...new Set(pathsInMessage(message))].reverse()) {
        if (!(0,path_guard/* isInside */.FK)(root, p))
            continue;
        let isFile = false;
        try {
            isFile = (0,external_node_fs_.statSync)(p).isFile();
        }
        catch {
            // missing: find who lists it
        }
        if (isFile && !(0,kustomization/* kustomizationFile */.Oi)(external_node_path_default().dirname(p))?.endsWith(external_node_path_default().basename(p))) {
            // kustomize's YAML line is where go-yaml noticed; our parser names the line that is wrong.
            const src = (0,yaml_source/* loadYaml */.yv)(p);
            const own = src?.docs.flatMap((d) => d.errors)[0]?.linePos?.[0];
            const at = src?.encodingError
                ? { line: src.encodingError.line, column: src.encodingError.column }
                : own
                    ? { line: own.line, column: own.col }
                    : { line: line || 1, column: 1 };
            return { at: { file: p, ...at }, detail: (cause) => `kustomize build failed here: ${cause}` };
        }
        if (!isFile && !(0,external_node_fs_.existsSync)(p)) {
            for (const k of [...t.tree, ...all.values()]) {
                const e = [...k.resources, ...k.components, ...k.files].find((x) => external_node_path_default().resolve(k.dir, x.value) === p);
                if (e)
                    return { at: { file: k.file, line: e.line, column: e.column }, detail: () => `${e.value} does not exist` };
            }
        }
    }
    return undefined;
}
/**
 * One finding per failed build: at the file or entry the error is about when there is one, else at
 * the overlay's kustomization. kustomize's own words are quoted once, in the help, and only when
 * they say more than the cause the message already gives.
 */
function buildFailureFindings(sink, t, message, root, all) {
    const full = message.split(root + (external_node_path_default()).sep).join('');
    const cause = rootCause(full);
    const found = blame(message, root, t, all);
    const detail = found ? found.detail(cause) : `kustomize build failed: ${cause}`;
    const help = detail.endsWith(full) ? undefined : `kustomize said: ${full}`;
    sink.add(rules/* RULE */.xZ.buildFailed, found?.at ?? overlayFile(t), '', detail, { overlay: t.rel, ...(help ? { help } : {}) });
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var re2js_build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/checks/kubernetes/go-regexp.ts

class GoRegExp {
    re;
    source;
    constructor(pattern) {
        this.source = pattern;
        this.re = re2js_build/* RE2JS */.L3.compile(pattern);
    }
    /** Unanchored search, like Go's MatchString. */
    test(s) {
        return this.re.test(s);
    }
    /** ajv keys compiled patterns by this string: it must differ between patterns. */
    toString() {
        return `/${this.source}/`;
    }
}
// Schemas repeat the same few patterns (DNS names, quantities) thousands of times.
const cache = new Map();
const CACHE_LIMIT = 10_000;
/** A Go regexp; throws (as Go's regexp.Compile fails) on syntax RE2 refuses. */
function compileGoRegExp(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    const re = new GoRegExp(pattern);
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(pattern, re);
    return re;
}
/** Whether Go's regexp.Compile accepts the pattern (the `regex` format). */
function isGoRegExp(pattern) {
    try {
        compileGoRegExp(pattern);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * ajv `code.regExp` engine. The flags ajv passes (`u`) are ECMAScript's; Go patterns carry their own
 * inline flags. A pattern RE2 refuses makes the schema fail to compile, which is what kubeconform's
 * compiler does (the registry lookup then falls through to the next location).
 * `code` would name the engine in ajv standalone output; no Kubernetes schema is compiled standalone.
 */
const goRegExp = Object.assign((pattern, _flags) => compileGoRegExp(pattern), { code: 'goRegExp' });

;// CONCATENATED MODULE: ./src/checks/kubernetes/source-map.ts





/** List items kustomize/strategic merge match by key rather than position. */
const MERGE_KEYS = ['name', 'containerPort', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'conditionType', 'port', 'key', 'type'];
/** `/a/b~1c` -> ['a', 'b/c']. */
function parsePointer(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function valueAt(obj, segs) {
    let cur = obj;
    for (const s of segs) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = Object.hasOwn(cur, s) ? cur[s] : undefined;
    }
    return cur;
}
/**
 * Follows a pointer through YAML nodes. List indexes in the built resource are translated through
 * merge keys (a container named `web` is found by name even if patches reordered the list).
 */
function walk(doc, start, segs, built, builtPrefix) {
    let node = start;
    const w = { depth: 0 };
    for (let i = 0; i < segs.length; i++) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        const seg = segs[i];
        if ((0,dist/* isMap */.jh)(node)) {
            let pair = (0,yaml_source/* pairOf */.cF)(node, seg);
            let used = 1;
            // kubeconform's paths do not escape `/` in keys (annotation names): try joining segments.
            for (let j = i + 1; !pair && j < segs.length; j++) {
                pair = (0,yaml_source/* pairOf */.cF)(node, segs.slice(i, j + 1).join('/'));
                used = j - i + 1;
            }
            if (!pair)
                break;
            w.anchor = pair.key;
            w.value = pair.value ?? undefined;
            w.depth = i + used;
            i += used - 1;
            node = pair.value;
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items;
            const index = Number(seg);
            let item;
            const builtItem = valueAt(built, [...builtPrefix, ...segs.slice(0, i + 1)]);
            if (builtItem && typeof builtItem === 'object' && !Array.isArray(builtItem)) {
                for (const key of MERGE_KEYS) {
                    const want = builtItem[key];
                    if (want === undefined || typeof want === 'object')
                        continue;
                    item = items.find((it) => (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(it, key)?.value) === String(want));
                    if (item)
                        break;
                }
            }
            if (!item && seg !== '-' && Number.isInteger(index))
                item = items[index];
            if (!item)
                break;
            w.anchor = item;
            w.value = item;
            w.depth = i + 1;
            node = item;
            continue;
        }
        break;
    }
    return w;
}
function anchorPosition(src, w, preferValue) {
    const node = preferValue && w.value && (0,dist/* isScalar */.jn)(w.value) ? w.value : w.anchor;
    const off = (0,yaml_source/* nodeStart */.f)(node);
    return off === undefined ? undefined : (0,yaml_source/* positionOf */.df)(src, off);
}
function docKind(doc) {
    const c = doc.contents;
    const meta = (0,yaml_source/* pairOf */.cF)(c, 'metadata')?.value;
    return { kind: (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(c, 'kind')?.value), name: (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(meta, 'name')?.value), namespace: (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(meta, 'namespace')?.value) };
}
/** The document of a multi-document file that a built resource came from (kind, then name). */
function findSourceDoc(src, res) {
    const sameKind = src.docs.filter((d) => docKind(d).kind === res.kind);
    const exact = sameKind.find((d) => docKind(d).name === res.name);
    if (exact)
        return exact;
    // namePrefix / nameSuffix change the name: the source name is inside the built one.
    const within = sameKind.filter((d) => {
        const n = docKind(d).name;
        return n !== undefined && n !== '' && res.name.includes(n);
    });
    if (within.length > 0)
        return within.sort((a, b) => (docKind(b).name?.length ?? 0) - (docKind(a).name?.length ?? 0))[0];
    if (sameKind.length === 1)
        return sameKind[0];
    return src.docs.length === 1 ? src.docs[0] : undefined;
}
/** The resource's name in its source document, before namePrefix and nameSuffix; undefined when that document is unknown. */
function writtenName(res) {
    const src = res.origin?.path ? (0,yaml_source/* loadYaml */.yv)(res.origin.path) : undefined;
    const written = src ? findSourceDoc(src, res) : undefined;
    const k = written ? docKind(written) : undefined;
    return k?.kind === res.kind ? k.name : undefined;
}
function anchoredMatch(pattern, value) {
    if (pattern === undefined || pattern === '')
        return true;
    try {
        // kustomize matches target fields as Go regexps; RE2 keeps a crafted one from hanging the check.
        return compileGoRegExp(`^(?:${pattern})$`).test(value);
    }
    catch {
        return pattern === value;
    }
}
function labelsMatch(selector, labels) {
    if (!selector)
        return true;
    return selector.split(',').every((term) => {
        const t = term.trim();
        const ne = /^([^!=]+)!=(.*)$/.exec(t);
        if (ne)
            return labels[ne[1].trim()] !== ne[2].trim();
        const eq = /^([^=]+)==?(.*)$/.exec(t);
        if (eq)
            return labels[eq[1].trim()] === eq[2].trim();
        if (t.startsWith('!'))
            return !Object.hasOwn(labels, t.slice(1));
        return Object.hasOwn(labels, t);
    });
}
function targetMatches(t, res, sourceName) {
    const [group, version] = res.apiVersion.includes('/') ? res.apiVersion.split('/') : ['', res.apiVersion];
    const meta = (res.object.metadata ?? {});
    const nameOk = t.name === undefined || anchoredMatch(t.name, res.name) || (sourceName !== undefined && anchoredMatch(t.name, sourceName)) || (t.name !== '' && res.name.includes(t.name));
    return (anchoredMatch(t.kind, res.kind) &&
        anchoredMatch(t.group, group) &&
        anchoredMatch(t.version, version) &&
        nameOk &&
        (t.namespace === undefined || t.namespace === res.namespace) &&
        labelsMatch(t.labelSelector, (meta.labels ?? {})) &&
        labelsMatch(t.annotationSelector, (meta.annotations ?? {})));
}
/** Patch text as a YamlSource whose positions are those in the file that holds it. */
function patchSource(p, k) {
    if (p.file) {
        const src = (0,yaml_source/* loadYaml */.yv)(p.file);
        return src ? { src, file: p.file, lineOffset: 0, colOffset: 0 } : undefined;
    }
    if (p.inline)
        return { src: (0,yaml_source/* parseYamlText */.cd)(p.inline.text), file: k.file, lineOffset: p.inline.line - 1, colOffset: p.inline.indent };
    return undefined;
}
function shift(pos, ps) {
    return { line: pos.line + ps.lineOffset, column: pos.column + ps.colOffset };
}
/** Where a patch sets `segs` of this resource, if it does. */
function locateInPatch(p, k, res, segs, sourceName) {
    const ps = patchSource(p, k);
    if (!ps)
        return undefined;
    if (p.type === 'json6902') {
        if (p.target && !targetMatches(p.target, res, sourceName))
            return undefined;
        if (!p.target)
            return undefined;
        const doc = ps.src.docs[0];
        if (!doc)
            return undefined;
        let best;
        for (const op of (0,dist/* isSeq */.oP)(doc.contents) ? doc.contents.items : []) {
            const opName = (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(op, 'op')?.value);
            const opPath = (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(op, 'path')?.value);
            if (!opPath || (opName !== 'add' && opName !== 'replace' && opName !== 'copy' && opName !== 'move'))
                continue;
            const opSegs = parsePointer(opPath);
            if (opSegs.length > segs.length)
                continue;
            if (!opSegs.every((s, i) => s === segs[i] || s === '-'))
                continue;
            const valuePair = (0,yaml_source/* pairOf */.cF)(op, 'value');
            let pos;
            if (valuePair && opSegs.length < segs.length) {
                const w = walk(doc, valuePair.value, segs.slice(opSegs.length), res.object, opSegs.map((s, i) => (s === '-' ? segs[i] : s)));
                if (w.depth === segs.length - opSegs.length)
                    pos = anchorPosition(ps.src, w, true);
                else
                    continue;
            }
            else {
                const node = valuePair && (0,dist/* isScalar */.jn)(valuePair.value) ? valuePair.value : (0,yaml_source/* pairOf */.cF)(op, 'path')?.value;
                pos = (0,yaml_source/* positionOf */.df)(ps.src, (0,yaml_source/* nodeStart */.f)(node) ?? 0);
            }
            // The last op that sets the path is the one whose value ends up in the output.
            if (pos)
                best = { file: ps.file, ...shift(pos, ps), via: 'patch' };
        }
        return best;
    }
    for (const doc of ps.src.docs) {
        const dk = docKind(doc);
        if (p.target) {
            if (!targetMatches(p.target, res, sourceName))
                continue;
        }
        else if (dk.kind !== res.kind || (dk.name !== res.name && dk.name !== sourceName && !(dk.name && res.name.includes(dk.name))))
            continue;
        const w = walk(doc, doc.contents, segs, res.object, []);
        if (w.depth === segs.length && segs.length > 0) {
            const pos = anchorPosition(ps.src, w, true);
            if (pos)
                return { file: ps.file, ...shift(pos, ps), via: 'patch' };
        }
    }
    return undefined;
}
/**
 * Maps an instance path of a built resource to the file and line that produced it: the patch that
 * sets it (outermost kustomization first), else the field in the resource's source document
 * (origin annotation + kind/name), else that document's start, else the overlay's kustomization.
 */
function locate(ctx, res, pointer, opts = {}) {
    const segs = Array.isArray(pointer) ? pointer : parsePointer(pointer);
    const origin = res.origin;
    const originFile = origin?.path ?? origin?.configuredIn;
    const src = origin?.path ? (0,yaml_source/* loadYaml */.yv)(origin.path) : undefined;
    const doc = src ? findSourceDoc(src, res) : undefined;
    const sourceName = doc ? docKind(doc).name : undefined;
    if (!opts.missing && originFile && segs.length > 0) {
        for (const k of patchOrder(ctx)) {
            if (!appliesTo(k, originFile, ctx))
                continue;
            for (const p of [...k.patches].reverse()) {
                const hit = locateInPatch(p, k, res, segs, sourceName);
                if (hit)
                    return hit;
            }
        }
    }
    // An `images:` entry that rewrote this container image is what a person edits.
    if (segs[segs.length - 1] === 'image' && originFile) {
        const built = valueAt(res.object, segs);
        const sourceImage = src && doc ? (0,yaml_source/* scalarString */.Cg)(walk(doc, doc.contents, segs, res.object, []).value) : undefined;
        if (typeof built === 'string') {
            for (const k of patchOrder(ctx)) {
                if (!appliesTo(k, originFile, ctx))
                    continue;
                const entry = [...k.images].reverse().find((i) => {
                    const name = (sourceImage ?? built).replace(/[@:][^/]*$/, '');
                    return name === i.name || built.startsWith(`${i.newName ?? i.name}:`) || built.startsWith(`${i.newName ?? i.name}@`) || built === (i.newName ?? i.name);
                });
                if (entry && (entry.newTag !== undefined || entry.newName !== undefined || entry.digest !== undefined)) {
                    return { file: k.file, line: entry.line, column: entry.column, via: 'patch' };
                }
            }
        }
    }
    if (src && doc && origin?.path) {
        const w = walk(doc, doc.contents, segs, res.object, []);
        const pos = w.depth > 0 ? anchorPosition(src, w, !opts.key && w.depth === segs.length) : undefined;
        if (pos)
            return { file: origin.path, ...pos, via: 'source' };
        return { file: origin.path, ...(0,yaml_source/* docStart */.tN)(src, doc), via: 'document' };
    }
    if (origin?.configuredIn) {
        const k = ctx.tree.find((t) => t.file === origin.configuredIn);
        const gen = k?.generators.filter((g) => res.name === g.name || res.name.includes(g.name)).sort((a, b) => b.name.length - a.name.length)[0];
        if (gen) {
            if (segs[0] === 'data' || segs[0] === 'stringData') {
                const lit = gen.literals.find((l) => l.value.startsWith(`${segs[1]}=`));
                if (lit)
                    return { file: k.file, line: lit.line, column: lit.column, via: 'generator' };
            }
            return { file: k.file, line: gen.line, column: gen.column, via: 'generator' };
        }
        return { file: origin.configuredIn, line: 1, column: 1, via: 'kustomization' };
    }
    if (src && origin?.path)
        return { file: origin.path, line: 1, column: 1, via: 'document' };
    return { file: ctx.overlay.file, line: 1, column: 1, via: 'kustomization' };
}
const subtreeCache = new WeakMap();
const orderCache = new WeakMap();
/**
 * Kustomizations in the order their patches win: the overlay itself, then its components (applied
 * after its resources), then the bases beneath it, recursively.
 */
function patchOrder(ctx) {
    const hit = orderCache.get(ctx);
    if (hit)
        return hit;
    const byDir = new Map(ctx.tree.map((t) => [t.dir, t]));
    const out = [];
    const seen = new Set();
    const visit = (k) => {
        if (seen.has(k.dir))
            return;
        seen.add(k.dir);
        out.push(k);
        for (const e of [...k.components].reverse()) {
            const c = byDir.get(external_node_path_default().resolve(k.dir, e.value));
            if (c)
                visit(c);
        }
        for (const e of k.resources) {
            const c = byDir.get(external_node_path_default().resolve(k.dir, e.value));
            if (c)
                visit(c);
        }
    };
    visit(ctx.overlay);
    for (const k of ctx.tree)
        visit(k);
    orderCache.set(ctx, out);
    return out;
}
/** A kustomization's patches apply to resources accumulated beneath it; a component's, beneath whoever includes it. */
function appliesTo(k, originFile, ctx) {
    let dirs = subtreeCache.get(k);
    if (!dirs) {
        const owners = k.kind === 'Component' ? ctx.tree.filter((t) => t.components.some((e) => external_node_path_default().resolve(t.dir, e.value) === k.dir)) : [k];
        dirs = [...new Set(owners.flatMap((o) => reachable(o, ctx.tree)))];
        subtreeCache.set(k, dirs);
    }
    return dirs.some((d) => (0,path_guard/* isInside */.FK)(d, originFile));
}
function reachable(k, tree) {
    const byDir = new Map(tree.map((t) => [t.dir, t]));
    const out = new Set();
    const visit = (t) => {
        if (out.has(t.dir))
            return;
        out.add(t.dir);
        for (const e of [...t.resources, ...t.components]) {
            const child = byDir.get(external_node_path_default().resolve(t.dir, e.value));
            if (child)
                visit(child);
        }
    };
    visit(k);
    return [...out];
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/findings.ts




const findings_posix = (p) => p.split((external_node_path_default()).sep).join('/');
/** Collects findings, merging the same problem reported by several overlays or versions. */
class FindingSink {
    byKey = new Map();
    root;
    rules;
    versionCount;
    constructor(root, rules, versionCount) {
        this.root = root;
        this.rules = rules;
        this.versionCount = versionCount;
    }
    add(rule, at, subject, detail, ctx = {}) {
        const severity = (0,rules/* ruleSeverity */.uK)(rule, this.rules);
        if (!severity)
            return undefined;
        const file = (0,path_guard/* isInside */.FK)(this.root, at.file) ? findings_posix(external_node_path_default().relative(this.root, at.file)) : findings_posix(at.file);
        const key = `${rule}|${file}|${at.line}|${at.column}|${ctx.same ?? detail}`;
        let entry = this.byKey.get(key);
        if (!entry) {
            entry = {
                finding: { check: rules/* CHECK */.fi, rule, severity, file, line: at.line, column: at.column, message: '', ...(ctx.help ? { help: ctx.help } : {}) },
                overlays: new Set(),
                versions: new Set(),
                detail,
                subject,
            };
            this.byKey.set(key, entry);
        }
        if (ctx.overlay !== undefined)
            entry.overlays.add(ctx.overlay);
        if (ctx.version !== undefined)
            entry.versions.add(ctx.version);
        return severity;
    }
    findings() {
        return [...this.byKey.values()].map((e) => {
            const where = [];
            if (e.overlays.size > 0)
                where.push(`${e.overlays.size > 1 ? 'overlays' : 'overlay'} ${[...e.overlays].sort().join(', ')}`);
            if (this.versionCount > 1 && e.versions.size > 0 && e.versions.size < this.versionCount)
                where.push(`Kubernetes ${[...e.versions].sort().join(', ')}`);
            const message = `${e.subject ? `${e.subject}: ` : ''}${e.detail}${where.length ? ` (${where.join('; ')})` : ''}`;
            return { ...e.finding, message };
        });
    }
}
/**
 * `Kind name` with the name as written in the resource's source file: a base shared by overlays
 * with different namePrefix, nameSuffix or namespace is one finding, and its name is the one a
 * person finds in the file the finding points at.
 */
function subjectOf(r) {
    return [r.kind, writtenName(r) || r.name].filter(Boolean).join(' ');
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/checks/kubernetes/go-yaml-schema.ts

/*
 * Scalar resolution of go-yaml v2 (the decoder behind sigs.k8s.io/yaml, which kubeconform and
 * kubectl use), as a js-yaml schema. It is YAML 1.1-ish and differs from both YAML 1.2 and the
 * `yaml` package's 1.1 mode: y/n/on/off are booleans, 0755 is octal, `_` is ignored in numbers,
 * sexagesimal (1:20) and timestamps stay strings, `08` is the float 8.
 */
const { Type, FAILSAFE_SCHEMA } = js_yaml/* default */.Ay;
const BOOL = Object.create(null);
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    BOOL[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    BOOL[s] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOAT = Object.assign(Object.create(null), {
    '.nan': NaN,
    '.NaN': NaN,
    '.NAN': NaN,
    '.inf': Infinity,
    '.Inf': Infinity,
    '.INF': Infinity,
    '+.inf': Infinity,
    '+.Inf': Infinity,
    '+.INF': Infinity,
    '-.inf': -Infinity,
    '-.Inf': -Infinity,
    '-.INF': -Infinity,
});
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|(0[0-7]*)|([1-9][0-9]*))$/;
/** strconv.ParseInt(s, 0, 64) / ParseUint, as a JS number (undefined when Go would fail). */
function goParseInt(plain) {
    const m = GO_INT.exec(plain);
    if (!m)
        return undefined;
    const sign = m[1] === '-' ? -1 : 1;
    const [hex, bin, oct, leadingZero, dec] = [m[2], m[3], m[4], m[5], m[6]];
    let v;
    if (hex !== undefined)
        v = parseInt(hex, 16);
    else if (bin !== undefined)
        v = parseInt(bin, 2);
    else if (oct !== undefined)
        v = parseInt(oct, 8);
    else if (leadingZero !== undefined)
        v = leadingZero.length > 1 ? parseInt(leadingZero.slice(1), 8) : 0;
    else
        v = parseInt(dec, 10);
    // Beyond uint64 Go gives up on integers (and then tries a float).
    if (v > 2 ** 64 - 1)
        return undefined;
    return sign * v;
}
// go-yaml's resolve table: only scalars starting with a digit or a sign can be numbers.
const startsNumeric = (s) => {
    const c = s.charCodeAt(0);
    return (c >= 48 && c <= 57) || c === 43 || c === 45;
};
const nullType = new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (s) => NULLS.has(s),
    construct: () => null,
    predicate: (v) => v === null,
    represent: () => 'null',
});
const boolType = new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (s) => Object.hasOwn(BOOL, s),
    construct: (s) => BOOL[s],
    predicate: (v) => typeof v === 'boolean',
    represent: (v) => String(v),
});
const intType = new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (s) => startsNumeric(s) && goParseInt(s.includes('_') ? s.replace(/_/g, '') : s) !== undefined,
    construct: (s) => goParseInt(s.includes('_') ? s.replace(/_/g, '') : s),
    predicate: (v) => typeof v === 'number' && Number.isInteger(v),
    represent: (v) => String(v),
});
function goFloat(s) {
    if (Object.hasOwn(SPECIAL_FLOAT, s))
        return SPECIAL_FLOAT[s];
    const c = s.charCodeAt(0);
    if (c !== 46 && !startsNumeric(s))
        return undefined;
    if (s.startsWith('.'))
        return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) ? Number(s) : undefined;
    if (!startsNumeric(s))
        return undefined;
    const plain = s.replace(/_/g, '');
    return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : undefined;
}
const floatType = new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (s) => goFloat(s) !== undefined,
    construct: (s) => goFloat(s),
    predicate: (v) => typeof v === 'number',
    represent: (v) => String(v),
});
// go-yaml decodes !!binary into a Go string; JSON then sees that string.
const binaryType = new Type('tag:yaml.org,2002:binary', {
    kind: 'scalar',
    resolve: (s) => /^[A-Za-z0-9+/=\s]*$/.test(s),
    construct: (s) => Buffer.from(s.replace(/\s/g, ''), 'base64').toString('utf8'),
});
const GO_YAML_SCHEMA = FAILSAFE_SCHEMA.extend({
    implicit: [nullType, boolType, intType, floatType, js_yaml/* default.types */.Ay.types.merge],
    explicit: [binaryType],
});

;// CONCATENATED MODULE: ./src/checks/kubernetes/manifest-stream.ts


const SEPARATOR = '\n---';
/**
 * Splits a YAML stream on `\n---` exactly like kubeconform's `SplitYAMLDocument` + bufio.Scanner:
 * the rest of a separator line (`--- # x`) is dropped, and a trailing separator line without a
 * final newline drops the chunk before it (the scanner stops without emitting it).
 */
function splitYamlStream(data) {
    const chunks = [];
    let start = 0;
    let line = 1;
    while (start < data.length) {
        const i = data.indexOf(SEPARATOR, start);
        if (i < 0) {
            chunks.push({ text: data.slice(start), line });
            break;
        }
        const afterSep = i + SEPARATOR.length;
        if (afterSep === data.length) {
            chunks.push({ text: data.slice(start, i), line });
            break;
        }
        const nl = data.indexOf('\n', afterSep);
        if (nl < 0)
            break;
        const text = data.slice(start, i);
        chunks.push({ text, line });
        line += countNewlines(data, start, nl + 1);
        start = nl + 1;
    }
    return chunks;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let k = from; k < to; k++)
        if (s.charCodeAt(k) === 10)
            n++;
    return n;
}
function yamlError(e) {
    const err = e;
    const line = err.mark ? `line ${err.mark.line + 1}: ` : '';
    return `yaml: ${line}${err.reason ?? err.message ?? String(e)}`;
}
/** Decodes one chunk like sigs.k8s.io/yaml (go-yaml v2 scalars, non-string keys as strings). */
function parseChunk(text) {
    try {
        return { value: js_yaml/* default.load */.Ay.load(text, { schema: GO_YAML_SCHEMA }) };
    }
    catch (e) {
        const reason = e.reason ?? '';
        if (!reason.startsWith('duplicated mapping key'))
            return { value: undefined, error: yamlError(e) };
        const mark = e.mark;
        const key = mark?.buffer !== undefined ? (/^\s*["']?([^"'\n:]*)/.exec(mark.buffer.slice(mark.position))?.[1] ?? '').trim() : '';
        const duplicateKey = `yaml: unmarshal errors:\n  line ${(mark?.line ?? 0) + 1}: key ${JSON.stringify(key)} already set in map`;
        try {
            // json: true makes js-yaml keep the last value of a duplicated key, like a non-strict go-yaml decode.
            return { value: js_yaml/* default.load */.Ay.load(text, { schema: GO_YAML_SCHEMA, json: true }), duplicateKey };
        }
        catch (e2) {
            return { value: undefined, error: yamlError(e2) };
        }
    }
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/manifests.ts



/**
 * Largest rendered document decoded. Ten times etcd's 1.5 MiB limit, so every object the API server
 * could accept is parsed and sized exactly; beyond it the heap would grow with the attacker's input.
 */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
const str = (v) => (typeof v === 'string' ? v : '');
function parseBuildOutput(output, wrapperDir, maxDocumentBytes = MAX_DOCUMENT_BYTES) {
    const resources = [];
    const problems = [];
    const oversized = [];
    for (const chunk of splitYamlStream(output)) {
        if (chunk.text.length > maxDocumentBytes) {
            oversized.push(identify(chunk.text, wrapperDir, maxDocumentBytes));
            continue;
        }
        if (chunk.text.trim() === '')
            continue;
        const parsed = parseChunk(chunk.text);
        if (parsed.error) {
            problems.push(parsed.error);
            continue;
        }
        if (!isPlainObject(parsed.value))
            continue;
        const object = parsed.value;
        const meta = isPlainObject(object.metadata) ? object.metadata : undefined;
        const annotations = meta && isPlainObject(meta.annotations) ? meta.annotations : undefined;
        const origin = (0,build/* parseOrigin */.ef)(annotations?.[build/* ORIGIN_ANNOTATION */.hS], wrapperDir);
        if (annotations && build/* ORIGIN_ANNOTATION */.hS in annotations) {
            delete annotations[build/* ORIGIN_ANNOTATION */.hS];
            if (Object.keys(annotations).length === 0)
                delete meta.annotations;
        }
        resources.push({
            index: resources.length,
            object,
            kind: str(object.kind),
            apiVersion: str(object.apiVersion),
            name: str(meta?.name),
            namespace: str(meta?.namespace),
            origin,
            json: JSON.stringify(object),
        });
    }
    return { resources, problems, oversized };
}
/**
 * kind, name and origin of a rendered document from its text alone. kustomize prints top-level keys
 * in order with two-space indentation, so each is a line of its own.
 */
function identify(text, wrapperDir, max) {
    const top = (key) => {
        const i = text.startsWith(`${key}:`) ? 0 : text.indexOf(`\n${key}:`);
        return i < 0 ? -1 : i === 0 ? 0 : i + 1;
    };
    const scalar = (key) => {
        const i = top(key);
        if (i < 0)
            return '';
        const end = text.indexOf('\n', i);
        return text.slice(i + key.length + 1, end < 0 ? undefined : end).trim().replace(/^["']|["']$/g, '');
    };
    const metaAt = top('metadata');
    let metaText = '';
    if (metaAt >= 0) {
        const nextTop = /\n[^\s#]/g;
        nextTop.lastIndex = metaAt + 1;
        const m = nextTop.exec(text);
        metaText = text.slice(metaAt, m ? m.index : undefined).slice(0, 1024 * 1024);
    }
    const name = /^ {2}name: (.+)$/m.exec(metaText)?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '';
    const namespace = /^ {2}namespace: (.+)$/m.exec(metaText)?.[1]?.trim() ?? '';
    const originBlock = /^ {4}config\.kubernetes\.io\/origin: \|\n((?: {6}.*\n?)+)/m.exec(metaText)?.[1];
    const origin = originBlock ? (0,build/* parseOrigin */.ef)(originBlock.replace(/^ {6}/gm, ''), wrapperDir) : undefined;
    const kind = scalar('kind');
    const apiVersion = scalar('apiVersion');
    const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return {
        index: -1,
        object: { apiVersion, kind, metadata: { name, namespace } },
        kind,
        apiVersion,
        name,
        namespace,
        origin,
        json: '',
        // YAML size bounds JSON size only loosely (deep indentation), so this says what is known.
        message: `the rendered document is ${mib(Buffer.byteLength(text))} of YAML, more than the ${mib(max)} this check decodes, so it was not validated; etcd refuses objects over 1.5 MiB (1,572,864 bytes) as JSON`,
    };
}
/** The build output as the user would see it without our origin annotations (for diffs and rendered files). */
function stripOrigins(output) {
    const docs = (0,dist/* parseAllDocuments */.hR)(output, { version: '1.1' });
    const list = Array.isArray(docs) ? docs : [];
    return list
        .map((doc) => {
        const annotations = doc.getIn(['metadata', 'annotations']);
        if ((0,dist/* isMap */.jh)(annotations)) {
            annotations.delete(build/* ORIGIN_ANNOTATION */.hS);
            if (annotations.items.length === 0)
                doc.deleteIn(['metadata', 'annotations']);
        }
        return doc.toString({ lineWidth: 0 }).replace(/^---\n/, '');
    })
        .join('---\n');
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/build-targets.ts








/** Longest a single build may take, within what is left of the check's time limit. */
const BUILD_TIMEOUT_MS = 120_000;
/** Builds every overlay not refused and reads the rendered resources into `t.resources`. */
async function buildTargets(targets, kustomize, ctx) {
    const { sink, deadline, limits } = ctx;
    await (0,map_limit/* mapLimit */.s)(targets, limits.concurrency, async (t) => {
        if (t.refused)
            return;
        if (deadline.expired())
            return markTimedOut(t, sink, deadline);
        t.build = await (0,build/* buildKustomization */.eQ)(kustomize, t.dir, {
            maxBytes: limits.maxManifestBytes,
            sortOptions: t.tree[0]?.sortOptions,
            timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
            memoryBytes: limits.kustomizeMemoryBytes,
        });
        if (!t.build.ok && t.build.timedOut && deadline.expired()) {
            t.build = undefined;
            return markTimedOut(t, sink, deadline);
        }
        if (!t.build.ok) {
            buildFailureFindings(sink, t, t.build.message, ctx.root, ctx.discovery.all);
            return;
        }
        const parsed = parseBuildOutput(t.build.output, t.build.wrapperDir);
        t.resources = parsed.resources;
        for (const p of parsed.problems)
            sink.add(rules/* RULE */.xZ.invalidManifest, overlayFile(t), '', `kustomize printed a document that cannot be read: ${p}`, { overlay: t.rel });
        for (const big of parsed.oversized) {
            const at = big.origin ? locate({ overlay: t.tree[0], tree: t.tree }, big, ['kind'], { key: true }) : overlayFile(t);
            if (sink.add(rules/* RULE */.xZ.objectTooLarge, at, subjectOf(big), big.message, { overlay: t.rel }) === 'error')
                t.oversized = (t.oversized ?? 0) + 1;
        }
    });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/tools/process.ts
var tools_process = __webpack_require__(8722);
;// CONCATENATED MODULE: ./src/checks/kubernetes/render-diff.ts








const DIFF_OVERLAY_LIMIT = 256 * 1024;
const DIFF_SUMMARY_LIMIT = 60 * 1024;
async function run(cmd, args) {
    const r = await (0,tools_process/* runProcess */.R3)(cmd, args);
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
/**
 * The scanned root as it was at `ref`, extracted with `git archive | tar -x` into a temporary
 * directory: the user's checkout, index and worktree list are left alone.
 */
async function checkoutBase(root, ref) {
    if (ref.startsWith('-'))
        throw new finding/* UsageError */.eb(`invalid base ref ${JSON.stringify(ref)}`);
    const top = await run('git', ['-C', root, 'rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new finding/* UsageError */.eb(`a rendered diff needs a git repository: ${root} is not in one`);
    const topDir = top.stdout.trim();
    const verify = await run('git', ['-C', topDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (verify.code !== 0)
        throw new finding/* UsageError */.eb(`base ref ${ref} not found in ${topDir}`);
    const rel = external_node_path_default().relative(topDir, external_node_path_default().resolve(root)).split((external_node_path_default()).sep).join('/');
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-base-'));
    const cleanup = () => (0,promises_.rm)(tmp, { recursive: true, force: true });
    try {
        // git's stdout feeds tar's stdin through a pipe with backpressure: the tree is never held in memory.
        const pipe = new external_node_stream_.PassThrough();
        // A tar that ends early must not leave git blocked on a full pipe: drain what is left.
        const untar = (0,tools_process/* runProcess */.R3)('tar', ['-x', '-f', '-', '-C', tmp], { stdin: pipe }).finally(() => pipe.resume());
        const [archive, tar] = await Promise.all([
            (0,tools_process/* runProcess */.R3)('git', ['-C', topDir, 'archive', '--format=tar', verify.stdout.trim(), ...(rel ? ['--', rel] : [])], { stdoutTo: pipe }),
            untar,
        ]);
        if (archive.code !== 0 || tar.code !== 0) {
            throw new Error(`git archive ${ref} failed: ${(archive.stderr.toString('utf8') + tar.stderr.toString('utf8')).trim()}`);
        }
    }
    catch (err) {
        await cleanup();
        throw err;
    }
    const dir = rel ? external_node_path_default().join(tmp, rel) : tmp;
    return { dir: (0,external_node_fs_.existsSync)(dir) ? dir : tmp, cleanup };
}
/** Unified diff of one overlay's rendered manifests, base vs head, capped in size. */
function overlayDiff(overlay, base, head, limit = DIFF_OVERLAY_LIMIT) {
    const a = base ?? '';
    const b = head ?? '';
    if (a === b)
        return { overlay, diff: '', truncated: false, changed: false };
    const patch = (0,create/* createTwoFilesPatch */.ss)(base === undefined ? '/dev/null' : `a/${overlay}`, head === undefined ? '/dev/null' : `b/${overlay}`, a, b, '', '', { context: 3 });
    if (Buffer.byteLength(patch) <= limit)
        return { overlay, diff: patch, truncated: false, changed: true };
    const cut = truncateUtf8(patch, limit);
    return { overlay, diff: `${cut}\n... diff truncated at ${Math.round(limit / 1024)} KiB\n`, truncated: true, changed: true };
}
function truncateUtf8(s, bytes) {
    const buf = Buffer.from(s);
    if (buf.length <= bytes)
        return s;
    let end = bytes;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    const text = buf.subarray(0, end).toString('utf8');
    return text.slice(0, Math.max(0, text.lastIndexOf('\n')));
}
/** The summary block: every overlay's diff, cut to the summary budget. */
function summaryDiff(diffs, limit = DIFF_SUMMARY_LIMIT) {
    const changed = diffs.filter((d) => d.changed);
    if (changed.length === 0)
        return '';
    const all = changed.map((d) => d.diff).join('\n');
    if (Buffer.byteLength(all) <= limit)
        return all;
    return `${truncateUtf8(all, limit)}\n... ${changed.length} overlay diff(s) truncated for the summary; see the diff file\n`;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/base-diff.ts









/**
 * The same overlays built from the root as it was at `baseRef`, each diffed against what they build
 * to now. The base is held to the same refusals and bounds as the head before kustomize sees it.
 */
async function diffAgainstBase(targets, rendered, kustomize, run) {
    const { baseRef, deadline, limits } = run;
    const base = await checkoutBase(run.root, baseRef);
    try {
        const baseDiscovery = new Map();
        return await (0,map_limit/* mapLimit */.s)(targets, limits.concurrency, async (t) => {
            const dir = external_node_path_default().join(base.dir, t.rel);
            let before;
            if (deadline.expired())
                before = `# not rendered at ${baseRef}: the check's time limit ran out\n`;
            else if ((0,kustomization/* kustomizationFile */.Oi)(dir) && (0,kustomization/* loadKustomization */.oe)(dir)) {
                const tree = (0,discover/* buildTree */.H6)(dir, baseDiscovery);
                if ((0,discover/* referenceProblems */.Wx)(tree, base.dir, run.allowRemoteBases).length === 0 && inputProblems(tree, run.maxFileBytes).length === 0) {
                    const b = await (0,build/* buildKustomization */.eQ)(kustomize, dir, {
                        maxBytes: limits.maxManifestBytes,
                        sortOptions: tree[0]?.sortOptions,
                        timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
                        memoryBytes: limits.kustomizeMemoryBytes,
                    });
                    before = b.ok ? stripOrigins(b.output) : `# kustomize build failed at ${baseRef}: ${b.message.split(base.dir + (external_node_path_default()).sep).join('')}\n`;
                }
                else
                    before = `# not rendered at ${baseRef}: remote or out-of-repository references, or inputs over the size bounds\n`;
            }
            return overlayDiff(t.rel, before, rendered.get(t.rel));
        });
    }
    finally {
        await base.cleanup();
    }
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/ajv-errors.ts
const TYPE_ORDER = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];
function jsonType(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'number' : 'string';
}
function quote(s) {
    return "'" + JSON.stringify(s).slice(1, -1) + "'";
}
function display(v) {
    if (typeof v === 'string')
        return quote(v);
    if (v !== null && typeof v === 'object')
        return 'value';
    return String(v);
}
function ajv_errors_valueAt(root, pointer) {
    if (pointer === '')
        return root;
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = Object.hasOwn(cur, key) ? cur[key] : undefined;
    }
    return cur;
}
/**
 * ajv errors as kubeconform reports them (santhosh-tekuri/jsonschema messages): one entry per
 * instance location and keyword, branch errors of a failed oneOf/anyOf folded into it.
 */
function formatAjvErrors(errors, data) {
    const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
    const out = [];
    const grouped = new Map();
    for (const e of errors) {
        if (combinators.some((p) => e.schemaPath.startsWith(p)))
            continue;
        const path = e.instancePath;
        switch (e.keyword) {
            case 'type': {
                const want = String(e.params.type).split(',');
                want.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
                out.push({ path, msg: `got ${jsonType(ajv_errors_valueAt(data, path))}, want ${want.join(' or ')}` });
                break;
            }
            case 'required':
            case 'additionalProperties': {
                const name = e.keyword === 'required'
                    ? e.params.missingProperty
                    : e.params.additionalProperty;
                const key = `${e.keyword}\u0000${path}`;
                const g = grouped.get(key);
                if (g)
                    g.names.push(name);
                else {
                    const entry = { path, keyword: e.keyword, names: [name] };
                    grouped.set(key, entry);
                    out.push({ path, msg: '' });
                    out[out.length - 1].group = entry;
                }
                break;
            }
            case 'enum': {
                const allowed = e.params.allowedValues;
                const primitive = allowed.every((v) => v === null || typeof v !== 'object');
                out.push({
                    path,
                    msg: !primitive ? 'enum failed' : allowed.length === 1 ? `value must be ${display(allowed[0])}` : `value must be one of ${allowed.map(display).join(', ')}`,
                });
                break;
            }
            case 'const':
                out.push({ path, msg: `value must be ${display(e.params.allowedValue)}` });
                break;
            case 'oneOf': {
                const passing = e.params.passingSchemas;
                out.push({ path, msg: passing ? `oneOf failed, subschemas ${passing[0]}, ${passing[1]} matched` : 'oneOf failed, none matched' });
                break;
            }
            case 'anyOf':
                out.push({ path, msg: 'anyOf failed' });
                break;
            case 'format':
                out.push({ path, msg: `${display(ajv_errors_valueAt(data, path))} is not valid ${e.params.format}` });
                break;
            case 'pattern':
                out.push({ path, msg: `${quote(String(ajv_errors_valueAt(data, path)))} does not match pattern ${quote(e.params.pattern)}` });
                break;
            case 'minLength':
            case 'maxLength': {
                const v = ajv_errors_valueAt(data, path);
                out.push({ path, msg: `${e.keyword}: got ${typeof v === 'string' ? [...v].length : '?'}, want ${e.params.limit}` });
                break;
            }
            case 'minItems':
            case 'maxItems':
            case 'minProperties':
            case 'maxProperties': {
                const v = ajv_errors_valueAt(data, path);
                const got = Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : '?';
                out.push({ path, msg: `${e.keyword}: got ${got}, want ${e.params.limit}` });
                break;
            }
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'exclusiveMaximum':
                out.push({ path, msg: `${e.keyword}: got ${String(ajv_errors_valueAt(data, path))}, want ${e.params.limit}` });
                break;
            case 'multipleOf':
                out.push({ path, msg: `multipleOf: got ${String(ajv_errors_valueAt(data, path))}, want ${e.params.multipleOf}` });
                break;
            case 'uniqueItems': {
                const p = e.params;
                out.push({ path, msg: `items at ${Math.min(p.i, p.j)} and ${Math.max(p.i, p.j)} are equal` });
                break;
            }
            case 'false schema':
                out.push({ path, msg: 'false schema' });
                break;
            case 'propertyNames':
                out.push({ path, msg: `invalid propertyName ${quote(String(e.params.propertyName ?? ''))}` });
                break;
            default:
                out.push({ path, msg: e.message ?? `${e.keyword} failed` });
        }
    }
    for (const v of out) {
        if (!v.group)
            continue;
        const names = v.group.names.map(quote).join(', ');
        v.msg =
            v.group.keyword === 'required'
                ? `missing propert${v.group.names.length === 1 ? 'y' : 'ies'} ${names}`
                : `additional properties ${names} not allowed`;
        delete v.group;
    }
    return out;
}
/** kubeconform's Invalid message: `problem validating schema. Check JSON formatting: jsonschema validation failed with '<uri>#' - at ...`. */
function invalidMessage(uri, errors) {
    const causes = errors.map((e) => `- at ${quote(e.path)}: ${e.msg}`).join(' ');
    return `problem validating schema. Check JSON formatting: jsonschema validation failed with ${quote(uri + '#')} ${causes}`;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/validator.ts
/** A validation stopped because its time ran out (the check's deadline). */
class ValidationTimeout extends Error {
}
/** kubeconform's `-skip`/`-reject` matching: `<apiVersion>/<Kind>` or the bare Kind. */
function kindMatches(set, apiVersion, kind) {
    return set.has(`${apiVersion}/${kind}`) || set.has(kind);
}
function splitKinds(values) {
    return (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/builtin-validator.ts







const MANIFEST_EXT = /\.(ya?ml|json)$/i;
/** In-process validation with kubeconform's per-resource flow (pkg/validator.ValidateResource). */
class BuiltinValidator {
    engine = 'builtin';
    skip;
    reject;
    schemas = new Map();
    opts;
    constructor(opts) {
        this.opts = opts;
        this.skip = new Set(opts.skipKinds);
        this.reject = new Set(opts.rejectKinds);
    }
    async validateFiles(paths) {
        const out = [];
        for (const p of paths) {
            let st;
            try {
                st = await (0,promises_.lstat)(this.resolve(p));
            }
            catch (err) {
                out.push(fileError(p, `lstat ${p}: ${describeFsError(err)}`));
                continue;
            }
            const ignored = (this.opts.ignoreFilenamePatterns ?? []).map((x) => compileGoRegExp(x));
            const files = (st.isDirectory() ? await builtin_validator_walk(p, this.opts.baseDir) : MANIFEST_EXT.test(p) ? [p] : []).filter((f) => !ignored.some((re) => re.test(f)));
            for (const f of files) {
                let bytes;
                try {
                    bytes = await (0,promises_.readFile)(this.resolve(f));
                }
                catch (err) {
                    out.push(fileError(f, `open ${f}: ${describeFsError(err)}`));
                    continue;
                }
                if ((0,yaml_source/* firstInvalidUtf8 */.vE)(bytes) < 0)
                    out.push(...(await this.validateStream(f, bytes.toString('utf8'), 'file')));
                else
                    out.push(...(await this.validateInvalidUtf8(f, bytes)));
            }
        }
        return out;
    }
    resolve(p) {
        return this.opts.baseDir ? external_node_path_default().resolve(this.opts.baseDir, p) : p;
    }
    async validateDocuments(docs, opts = {}) {
        const out = [];
        // Tested per document: a schema location that answers slowly for each kind must not outlast the check.
        const end = opts.timeoutMs === undefined ? Infinity : Date.now() + opts.timeoutMs;
        for (let i = 0; i < docs.length; i++) {
            if (Date.now() > end)
                throw new ValidationTimeout(`validation did not finish within ${opts.timeoutMs} ms`);
            const results = await this.validateStream(`document ${i}`, docs[i]);
            // One resource per document is the contract; a document that expands (List) keeps its index.
            for (const r of results)
                out.push({ ...r, document: i });
            if (results.length === 0)
                out.push(emptyResult(`document ${i}`, i));
        }
        return out;
    }
    /**
     * Every document of one stream. kubeconform reads files and stdin slightly differently: in a file,
     * zero-length chunks are dropped and a file with no resource still yields one empty result.
     */
    async validateStream(filename, text, mode = 'stdin') {
        const out = [];
        let index = 0;
        for (const chunk of splitYamlStream(text)) {
            if (chunk.text.length === 0) {
                if (mode === 'stdin')
                    out.push(emptyResult(filename, index++));
                continue;
            }
            const parsed = parseChunk(chunk.text);
            const items = listItems(parsed);
            if (items) {
                for (const item of items)
                    out.push(await this.validateValue(filename, index++, { value: item }));
                continue;
            }
            out.push(await this.validateValue(filename, index++, parsed));
        }
        if (mode === 'file' && out.length === 0)
            out.push(emptyResult(filename, 0));
        return out;
    }
    /**
     * go-yaml refuses bytes that are not UTF-8, per document: split on the raw bytes (the separator is
     * ASCII), fail the documents holding bad bytes, validate the others.
     */
    async validateInvalidUtf8(filename, bytes) {
        const out = [];
        let index = 0;
        for (const chunk of splitYamlStream(bytes.toString('latin1'))) {
            if (chunk.text.length === 0)
                continue;
            const raw = Buffer.from(chunk.text, 'latin1');
            if ((0,yaml_source/* firstInvalidUtf8 */.vE)(raw) >= 0) {
                out.push({ ...fileError(filename, 'error unmarshalling resource: error converting YAML to JSON: yaml: invalid UTF-8 octet'), document: index++ });
                continue;
            }
            const parsed = parseChunk(raw.toString('utf8'));
            const items = listItems(parsed);
            if (items)
                for (const item of items)
                    out.push(await this.validateValue(filename, index++, { value: item }));
            else
                out.push(await this.validateValue(filename, index++, parsed));
        }
        if (out.length === 0)
            out.push(emptyResult(filename, 0));
        return out;
    }
    /** One decoded resource (ValidateResource after the YAML decode). */
    async validateValue(filename, document, parsed) {
        const base = { filename, document, ...lenientSig(parsed.value) };
        const result = (status, msg = '', extra = {}) => ({ ...base, status, msg, ...extra });
        if (parsed.error)
            return result('error', `error unmarshalling resource: error converting YAML to JSON: ${parsed.error}`);
        if (this.opts.strict && parsed.duplicateKey) {
            return result('error', `error unmarshalling resource: error converting YAML to JSON: ${parsed.duplicateKey}`);
        }
        const value = parsed.value;
        if (value === undefined || value === null)
            return result('empty');
        if (!isPlainObject(value)) {
            return result('error', `error unmarshalling resource: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonType(value)} into Go value of type map[string]interface {}`);
        }
        const kind = value.kind;
        const apiVersion = value.apiVersion;
        if (typeof kind !== 'string')
            return result('error', "error while parsing: missing 'kind' key");
        if (typeof apiVersion !== 'string')
            return result('error', "error while parsing: missing 'apiVersion' key");
        if (kindMatches(this.skip, apiVersion, kind))
            return result('skipped');
        if (kindMatches(this.reject, apiVersion, kind))
            return result('error', `prohibited resource kind ${kind}`);
        const schema = await this.schemaFor(kind, apiVersion);
        if (schema.kind === 'error')
            return result('error', schema.message);
        if (schema.kind === 'missing') {
            return this.opts.ignoreMissingSchemas ? result('skipped') : result('error', `could not find schema for ${kind}`);
        }
        if (schema.validate(value))
            return result('valid');
        const errors = formatAjvErrors(schema.validate.errors ?? [], value);
        return result('invalid', invalidMessage(schema.uri, errors), { validationErrors: errors });
    }
    schemaFor(kind, apiVersion) {
        const key = `${kind}-${apiVersion}-${this.opts.kubernetesVersion}`;
        let p = this.schemas.get(key);
        if (!p) {
            p = this.download(kind, apiVersion);
            this.schemas.set(key, p);
            void p.then((l) => {
                if (l.kind === 'error')
                    this.schemas.delete(key);
            });
        }
        return p;
    }
    /** kubeconform's downloadSchema: registries in order; a miss, a non-JSON body or a schema that does not compile falls through. */
    async download(kind, apiVersion) {
        for (const reg of this.opts.registries) {
            const o = await reg.lookup(kind, apiVersion, this.opts.kubernetesVersion);
            if (o.kind === 'found') {
                const c = await this.opts.compiler.compile(o.uri, o.doc);
                if (c.ok)
                    return { kind: 'schema', uri: c.uri, validate: c.validate };
                continue;
            }
            if (o.kind === 'not-found' || o.kind === 'non-json')
                continue;
            return { kind: 'error', message: o.message };
        }
        return { kind: 'missing' };
    }
}
/** kubeconform's Resource.Resources(): a `kind: List` (any case) with a valid signature expands into its items. */
function listItems(parsed) {
    if (parsed.error || !isPlainObject(parsed.value))
        return undefined;
    const { kind, apiVersion, items } = parsed.value;
    if (typeof kind !== 'string' || kind === '' || typeof apiVersion !== 'string' || apiVersion === '')
        return undefined;
    if (kind.toLowerCase() !== 'list')
        return undefined;
    return Array.isArray(items) ? items : [];
}
/** The lenient signature kubeconform prints for every result (Resource.Signature()). */
function lenientSig(value) {
    if (!isPlainObject(value))
        return { kind: '', name: '', namespace: '', version: '' };
    const meta = isPlainObject(value.metadata) ? value.metadata : {};
    const str = (v) => (typeof v === 'string' ? v : '');
    const generateName = str(meta.generateName);
    return {
        kind: str(value.kind),
        version: str(value.apiVersion),
        namespace: str(meta.namespace),
        name: generateName ? `${generateName}{{ generateName }}` : str(meta.name),
    };
}
function goJsonType(v) {
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return 'number';
    if (typeof v === 'boolean')
        return 'bool';
    return 'value';
}
function emptyResult(filename, document) {
    return { filename, document, kind: '', name: '', namespace: '', version: '', status: 'empty', msg: '' };
}
function fileError(filename, msg) {
    return { filename, document: -1, kind: '', name: '', namespace: '', version: '', status: 'error', msg };
}
function describeFsError(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'EACCES')
        return 'permission denied';
    return err.message;
}
/** filepath.Walk order (lexical), manifests only. */
async function builtin_validator_walk(dir, baseDir) {
    const out = [];
    const entries = (await (0,promises_.readdir)(baseDir ? external_node_path_default().resolve(baseDir, dir) : dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await builtin_validator_walk(p, baseDir)));
        else if (MANIFEST_EXT.test(e.name))
            out.push(p);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/kubeconform-validator.ts





const STATUS = {
    statusValid: 'valid',
    statusInvalid: 'invalid',
    statusError: 'error',
    statusSkipped: 'skipped',
    statusEmpty: 'empty',
    '': 'empty',
};
/** Runs the real kubeconform (`-output json -summary -verbose`) and reads its results. */
class KubeconformValidator {
    engine = 'kubeconform';
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    args() {
        const o = this.opts;
        const a = ['-output', 'json', '-summary', '-verbose', '-kubernetes-version', o.kubernetesVersion, '-n', String(o.workers ?? 2)];
        if (o.strict)
            a.push('-strict');
        for (const l of o.schemaLocations)
            a.push('-schema-location', l);
        if (o.skipKinds.length)
            a.push('-skip', o.skipKinds.join(','));
        if (o.rejectKinds.length)
            a.push('-reject', o.rejectKinds.join(','));
        if (o.ignoreMissingSchemas)
            a.push('-ignore-missing-schemas');
        if (o.cacheDir)
            a.push('-cache', o.cacheDir);
        for (const p of o.ignoreFilenamePatterns ?? [])
            a.push('-ignore-filename-pattern', p);
        return a;
    }
    async validateFiles(paths) {
        const json = await this.run([...this.args(), ...paths]);
        return (json.resources ?? []).map((r) => toResult(r, -1));
    }
    async validateDocuments(docs, opts = {}) {
        if (docs.length === 0)
            return [];
        // One file per document: kubeconform's output order follows its workers, and file names are the
        // only stable way back to the document.
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-kubeconform-'));
        try {
            const width = String(docs.length).length;
            const names = docs.map((_, i) => `${String(i).padStart(width, '0')}.yaml`);
            await Promise.all(docs.map((d, i) => (0,promises_.writeFile)(external_node_path_default().join(dir, names[i]), d)));
            const json = await this.run([...this.args(), dir], opts.timeoutMs);
            const results = (json.resources ?? []).map((r) => toResult(r, Number(external_node_path_default().basename(r.filename, '.yaml'))));
            return results.sort((a, b) => a.document - b.document).map((r) => ({ ...r, filename: `document ${r.document}` }));
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async run(args, timeoutMs) {
        // A schema location that never answers must not hold the check past its deadline.
        const r = await (0,tools_process/* runProcess */.R3)(this.opts.binary, args, { cwd: this.opts.cwd, timeoutMs });
        if (r.timedOut)
            throw new ValidationTimeout(`kubeconform did not finish within ${timeoutMs} ms`);
        const stdout = r.stdout.toString('utf8');
        try {
            return JSON.parse(stdout);
        }
        catch {
            const stderr = r.stderr.toString('utf8');
            throw new Error(`kubeconform exited ${r.code}: ${(stdout + stderr).trim().split('\n')[0] ?? ''}`);
        }
    }
}
function toResult(r, document) {
    const status = Object.hasOwn(STATUS, r.status) ? STATUS[r.status] : 'error';
    const result = {
        filename: r.filename,
        kind: r.kind,
        name: r.name,
        namespace: '',
        version: r.version,
        status,
        msg: r.msg,
        document,
    };
    if (status === 'invalid')
        result.validationErrors = leafErrors(r.msg) ?? r.validationErrors ?? [];
    return result;
}
/**
 * kubeconform's `validationErrors` only hold the top-level causes (often a bare "validation failed" at
 * a `$ref`); the message carries the whole tree as `- at '<path>': <msg>` segments. Keep the leaves.
 */
function leafErrors(msg) {
    const start = msg.indexOf("#' ");
    if (start < 0)
        return undefined;
    const body = msg.slice(start + 3);
    const re = /- at '((?:[^'\\]|\\.)*)': /g;
    const marks = [];
    for (let m = re.exec(body); m; m = re.exec(body))
        marks.push({ path: m[1], from: m.index, to: re.lastIndex });
    const out = [];
    for (let i = 0; i < marks.length; i++) {
        const text = body.slice(marks[i].to, marks[i + 1]?.from ?? body.length).trim();
        if (text === 'validation failed' || text === 'allOf failed')
            continue;
        out.push({ path: marks[i].path, msg: text });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
var _2019_default = /*#__PURE__*/__webpack_require__.n(_2019);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var ajv_draft_04_dist = __webpack_require__(905);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_draft_04_dist);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var ajv_formats_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./src/checks/kubernetes/ajv-classes.ts
// ajv and its plugins are CommonJS with `exports.default`; under NodeNext the default import is the
// module object, so unwrap once here.





const unwrap = (m) => (m.default ?? m);
const Ajv = unwrap((ajv_default()));
const Ajv2019 = unwrap((_2019_default()));
const Ajv2020 = unwrap((_2020_default()));
const AjvDraft04 = unwrap((dist_default()));
const addFormats = unwrap((ajv_formats_dist_default()));

;// CONCATENATED MODULE: ./src/checks/kubernetes/formats.ts


/*
 * Formats as kubeconform v0.7.0 asserts them (santhosh-tekuri/jsonschema v6 + kubeconform's duration):
 * only for draft-04/06/07 schemas; unknown formats (int-or-string, quantity, byte, int32, ...) are
 * annotations. Keeping the same set keeps verdicts identical to kubeconform.
 */
function validDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return d <= days;
}
/** RFC 3339 full-time, ported from santhosh-tekuri/jsonschema validateTime (with leap-second rule). */
function validTime(str) {
    if (str.length < 9 || str[2] !== ':' || str[5] !== ':')
        return false;
    const hms = str.slice(0, 8).split(':');
    if (hms.length !== 3 || hms.some((t) => !/^[+-]?\d+$/.test(t)))
        return false;
    let [h, m] = [Number(hms[0]), Number(hms[1])];
    const s = Number(hms[2]);
    if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 60)
        return false;
    let rest = str.slice(8);
    if (rest.startsWith('.')) {
        const digits = /^\d*/.exec(rest.slice(1))[0].length;
        if (digits === 0)
            return false;
        rest = rest.slice(1 + digits);
    }
    if (rest !== 'z' && rest !== 'Z') {
        if (rest.length !== 6)
            return false;
        const sign = rest[0] === '+' ? -1 : rest[0] === '-' ? 1 : 0;
        if (sign === 0 || rest[3] !== ':')
            return false;
        const zh = rest.slice(1, 3);
        const zm = rest.slice(4, 6);
        if (!/^\d+$/.test(zh) || !/^\d+$/.test(zm))
            return false;
        if (Number(zh) > 23 || Number(zm) > 59)
            return false;
        let hm = h * 60 + m + sign * (Number(zh) * 60 + Number(zm));
        if (hm < 0)
            hm += 24 * 60;
        h = Math.floor(hm / 60);
        m = hm % 60;
    }
    if (s >= 60 && (h !== 23 || m !== 59))
        return false;
    return true;
}
function validDateTime(s) {
    if (s.length < 20)
        return false;
    if (s[10] !== 't' && s[10] !== 'T')
        return false;
    return validDate(s.slice(0, 10)) && validTime(s.slice(11));
}
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
/** kubeconform's validateDuration: a Go duration, or an ISO-8601 duration. */
function validDuration(v) {
    if (GO_DURATION.test(v))
        return true;
    if (!v.startsWith('P'))
        return false;
    let s = v.slice(1);
    if (s === '')
        return false;
    if (s.endsWith('W')) {
        s = s.slice(0, -1);
        return s !== '' && /^\d+$/.test(s);
    }
    const allUnits = ['YMD', 'HMS'];
    const parts = s.split('T');
    for (let i = 0; i < parts.length; i++) {
        let p = parts[i];
        if (i !== 0 && p === '')
            return false;
        if (i >= allUnits.length)
            return false;
        let units = allUnits[i];
        while (p !== '') {
            const digits = /^\d*/.exec(p)[0].length;
            if (digits === 0)
                return false;
            p = p.slice(digits);
            if (p === '')
                return false;
            const j = units.indexOf(p[0]);
            if (j === -1)
                return false;
            units = units.slice(j + 1);
            p = p.slice(1);
        }
    }
    return true;
}
const ANNOTATION_ONLY = ['int-or-string', 'quantity', 'byte', 'binary', 'int32', 'int64', 'float', 'double', 'password', 'string'];
/** Registers the asserted formats on an ajv instance used for draft-04/06/07 schemas. */
function addAssertedFormats(ajv) {
    addFormats(ajv, {
        mode: 'full',
        formats: ['ipv4', 'ipv6', 'hostname', 'email', 'uri', 'uri-reference', 'uri-template', 'json-pointer', 'relative-json-pointer', 'uuid', 'regex'],
    });
    // kubeconform asserts `regex` with Go's regexp.Compile.
    ajv.addFormat('regex', { type: 'string', validate: isGoRegExp });
    ajv.addFormat('date', { type: 'string', validate: validDate });
    ajv.addFormat('time', { type: 'string', validate: validTime });
    ajv.addFormat('date-time', { type: 'string', validate: validDateTime });
    ajv.addFormat('duration', { type: 'string', validate: validDuration });
    ajv.addFormat('period', { type: 'string', validate: (s) => s.split('/').length === 2 });
    ajv.addFormat('semver', { type: 'string', validate: (s) => /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(s) });
    for (const f of ANNOTATION_ONLY)
        ajv.addFormat(f, true);
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/schema-compiler.ts



/**
 * Which draft kubeconform (santhosh-tekuri/jsonschema v6) applies: `$schema` when it names a draft
 * (`http://json-schema.org/schema#` means the latest, 2020-12), draft-04 otherwise.
 */
function draftOf(doc) {
    const s = doc?.$schema;
    if (typeof s !== 'string')
        return 'draft4';
    const u = s.replace(/^https?:\/\//, '').replace(/#$/, '');
    switch (u) {
        case 'json-schema.org/schema':
        case 'json-schema.org/draft/2020-12/schema':
            return 'draft2020';
        case 'json-schema.org/draft/2019-09/schema':
            return 'draft2019';
        case 'json-schema.org/draft-07/schema':
        case 'json-schema.org/draft-06/schema':
            return 'draft7';
        default:
            return 'draft4';
    }
}
/** Compiles each schema once per URI; external `$ref`s are loaded through the document loader. */
class SchemaCompiler {
    instances = new Map();
    compiled = new Map();
    loader;
    constructor(loader) {
        this.loader = loader;
    }
    compile(uri, doc) {
        let p = this.compiled.get(uri);
        if (!p) {
            p = this.compileUncached(uri, doc);
            this.compiled.set(uri, p);
        }
        return p;
    }
    async compileUncached(uri, doc) {
        const draft = draftOf(doc);
        const ajv = this.instance(draft);
        if (typeof doc === 'boolean')
            return { ok: true, uri, validate: ajv.compile(doc) };
        if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
            return { ok: false, uri, error: 'schema is not an object' };
        const schema = { ...stripIds(doc), [draft === 'draft4' ? 'id' : '$id']: uri };
        try {
            return { ok: true, uri, validate: await ajv.compileAsync(schema) };
        }
        catch (err) {
            ajv.removeSchema(uri);
            return { ok: false, uri, error: err.message };
        }
    }
    instance(draft) {
        let ajv = this.instances.get(draft);
        if (ajv)
            return ajv;
        const opts = {
            allErrors: true,
            messages: false,
            strict: false,
            validateSchema: false,
            logger: false,
            inlineRefs: true,
            code: { regExp: goRegExp },
            loadSchema: async (ref) => {
                const o = await this.loader.load(ref);
                if (o.kind !== 'found')
                    throw new Error(o.message);
                return stripIds(o.doc);
            },
        };
        switch (draft) {
            case 'draft4':
                ajv = new AjvDraft04(opts);
                addAssertedFormats(ajv);
                break;
            case 'draft7':
                ajv = new Ajv(opts);
                addAssertedFormats(ajv);
                break;
            case 'draft2019':
                ajv = new Ajv2019({ ...opts, validateFormats: false });
                break;
            case 'draft2020':
                ajv = new Ajv2020({ ...opts, validateFormats: false });
                break;
        }
        this.instances.set(draft, ajv);
        return ajv;
    }
}
/** The URI a schema was loaded from is its base; an embedded `$id`/`$schema` would fight with it. */
function stripIds(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return doc;
    const { $schema: _s, $id: _i, id, ...rest } = doc;
    // draft-04 `id` at the root is a base URI; a non-string `id` is not ours to drop.
    return typeof id === 'string' ? rest : id === undefined ? rest : { ...rest, id };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/checks/kubernetes/schema-fetch.ts






/**
 * Largest schema read from a file or URL. The biggest real standalone schema (a full CRD catalogue
 * entry, a core kind with every definition inlined) is a few MiB; a location from a pull request
 * must not be able to fill the heap.
 */
const MAX_SCHEMA_BYTES = 64 * 1024 * 1024;
function defaultSchemaCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'portarium-infra', 'schemas');
}
function cacheKey(url) {
    return (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex');
}
/** Loads JSON documents by URI: file:// and plain paths, http(s)://, and registered in-memory prefixes. */
class SchemaDocumentLoader {
    prefixes = [];
    inflight = new Map();
    /** URLs downloaded over the network in this run (not served from the disk cache). */
    downloaded = [];
    http;
    constructor(http = {}) {
        this.http = http;
    }
    registerPrefix(prefix, handler) {
        this.prefixes.push([prefix, handler]);
    }
    load(uri) {
        let p = this.inflight.get(uri);
        if (!p) {
            p = this.loadUncached(uri);
            this.inflight.set(uri, p);
            // Errors are retried on the next lookup, like kubeconform (only successes are cached).
            void p.then((o) => {
                if (o.kind === 'error')
                    this.inflight.delete(uri);
            });
        }
        return p;
    }
    async loadUncached(uri) {
        for (const [prefix, handler] of this.prefixes)
            if (uri.startsWith(prefix))
                return handler(uri);
        if (/^https?:\/\//i.test(uri))
            return this.loadHttp(uri);
        return loadFile(uri);
    }
    async loadHttp(url) {
        const cacheDir = this.http.cacheDir === false ? undefined : (this.http.cacheDir ?? defaultSchemaCacheDir());
        const cacheFile = cacheDir ? external_node_path_default().join(cacheDir, cacheKey(url)) : undefined;
        if (cacheFile) {
            const read = (0,bounded_read/* readBounded */.j)(cacheFile, MAX_SCHEMA_BYTES);
            const cached = read.ok ? read.bytes.toString('utf8') : undefined;
            if (cached !== undefined) {
                const parsed = parseJson(cached);
                if (parsed.ok)
                    return { kind: 'found', uri: url, doc: parsed.value };
            }
        }
        const fetchImpl = this.http.fetch ?? globalThis.fetch;
        const retries = this.http.retries ?? 2;
        const backoff = this.http.backoffMs ?? 500;
        let last = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await sleep(last.startsWith('429:') ? Math.min(retryAfterMs(last) ?? backoff * 2 ** (attempt - 1), 10_000) : backoff * 2 ** (attempt - 1));
            let res;
            try {
                res = await fetchImpl(url, { signal: AbortSignal.timeout(this.http.timeoutMs ?? 30_000) });
            }
            catch (err) {
                last = `failed downloading schema at ${url}: ${err.message}`;
                continue;
            }
            if (res.status === 404)
                return { kind: 'not-found', message: `could not find schema at ${url}` };
            if (res.status === 429 || res.status >= 500) {
                last = `${res.status === 429 ? `429:${res.headers.get('retry-after') ?? ''}:` : ''}error while downloading schema at ${url} - received HTTP status ${res.status}`;
                continue;
            }
            if (res.status !== 200)
                return { kind: 'error', message: `error while downloading schema at ${url} - received HTTP status ${res.status}` };
            const body = await boundedText(res, MAX_SCHEMA_BYTES);
            if (body === undefined)
                return { kind: 'error', message: `schema at ${url} is larger than ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB` };
            const parsed = parseJson(body);
            if (!parsed.ok)
                return { kind: 'non-json', message: `failed parsing schema from ${url}: ${parsed.error}` };
            this.downloaded.push(url);
            if (cacheFile)
                await writeAtomic(cacheFile, body).catch(() => undefined);
            return { kind: 'found', uri: url, doc: parsed.value };
        }
        return { kind: 'error', message: last.replace(/^429:[^:]*:/, '') };
    }
}
function retryAfterMs(last) {
    const v = /^429:([^:]*):/.exec(last)?.[1];
    if (!v)
        return undefined;
    const secs = Number(v);
    return Number.isFinite(secs) ? secs * 1000 : undefined;
}
async function loadFile(uri) {
    const file = uri.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(uri) : uri;
    let text;
    try {
        // Opened first and judged on the descriptor: a location naming a FIFO or /dev/zero is refused.
        const st = await (0,promises_.stat)(file);
        if (st.isDirectory())
            return { kind: 'error', message: `read ${file}: is a directory` };
        const read = (0,bounded_read/* readBounded */.j)(file, MAX_SCHEMA_BYTES);
        if (!read.ok) {
            const why = read.special ? 'not a regular file' : read.size !== undefined ? `larger than ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB` : 'cannot be read';
            return { kind: 'error', message: `read ${file}: ${why}` };
        }
        text = read.bytes.toString('utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'not-found', message: `could not open file ${file}` };
        return { kind: 'error', message: `read ${file}: ${code ?? 'cannot be read'}` };
    }
    const parsed = parseJson(text);
    // kubeconform's file loader returns the JSON error as is: a broken local schema is an Error, not a miss.
    if (!parsed.ok)
        return { kind: 'error', message: parsed.error };
    return { kind: 'found', uri: toUri(file), doc: parsed.value };
}
function toUri(location) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
        return location;
    return (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(location)).href;
}
/**
 * V8's JSON errors quote the text they choke on ("Unexpected token 'r', "root:x:0:0"... is not valid
 * JSON"): a schema location pointed at a secret file would print it. Only the position is kept.
 */
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (err) {
        const m = /position (\d+)/.exec(err.message);
        const at = m ? ` at byte ${m[1]}` : text.trim() === '' ? ': empty' : '';
        return { ok: false, error: `not valid JSON${at}` };
    }
}
/** The body as text, or undefined once it passes `max` bytes (reading stops there). */
async function boundedText(res, max) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > max)
        return undefined;
    if (!res.body) {
        const t = await res.text();
        return Buffer.byteLength(t) > max ? undefined : t;
    }
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function writeAtomic(file, body) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, body);
    await (0,promises_.rename)(tmp, file);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/schema-location.ts

/** kubeconform's default registry (used when a user asks for `kubeconform-default`). */
const KUBECONFORM_DEFAULT_LOCATION = 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';
const STANDALONE_SUFFIX = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';
const FIELDS = ['NormalizedKubernetesVersion', 'StrictSuffix', 'ResourceKind', 'ResourceAPIVersion', 'Group', 'KindSuffix'];
/**
 * A location as kubeconform's registry.New reads it: one that does not end in `json` gets the
 * standalone layout appended. Throws UsageError for a template kubeconform would refuse.
 */
function normalizeLocation(location) {
    const full = location.endsWith('json') ? location : location + STANDALONE_SUFFIX;
    parseTemplate(full);
    return full;
}
/** Template variables, computed like kubeconform's registry.schemaPath. */
function templateValues(kind, apiVersion, k8sVersion, strict) {
    const groupParts = apiVersion.split('/');
    const versionParts = groupParts[0].split('.');
    let kindSuffix = '-' + versionParts[0].toLowerCase();
    if (groupParts.length > 1)
        kindSuffix += '-' + groupParts[1].toLowerCase();
    return {
        NormalizedKubernetesVersion: k8sVersion === 'master' ? 'master' : 'v' + k8sVersion,
        StrictSuffix: strict ? '-strict' : '',
        ResourceKind: kind.toLowerCase(),
        ResourceAPIVersion: groupParts[groupParts.length - 1],
        Group: groupParts[0],
        KindSuffix: kindSuffix,
    };
}
const schema_location_cache = new Map();
/** Parses the subset of Go text/template kubeconform templates use: `{{ .Field }}` actions. */
function parseTemplate(tpl) {
    const hit = schema_location_cache.get(tpl);
    if (hit)
        return hit;
    const parts = [];
    let i = 0;
    while (i < tpl.length) {
        const open = tpl.indexOf('{{', i);
        if (open < 0) {
            parts.push(tpl.slice(i));
            break;
        }
        if (open > i)
            parts.push(tpl.slice(i, open));
        const close = tpl.indexOf('}}', open + 2);
        if (close < 0)
            throw locationError(tpl, 'unclosed action');
        // Go templates allow trim markers `{{-` / `-}}`; they eat adjacent whitespace we never have.
        const action = tpl.slice(open + 2, close).replace(/^-\s/, '').replace(/\s-$/, '').trim();
        const m = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(action);
        if (!m)
            throw locationError(tpl, `unsupported template action "{{${tpl.slice(open + 2, close)}}}"`);
        if (!FIELDS.includes(m[1])) {
            throw locationError(tpl, `template: tpl: executing "tpl" at <.${m[1]}>: can't evaluate field ${m[1]}`);
        }
        parts.push({ field: m[1] });
        i = close + 2;
    }
    schema_location_cache.set(tpl, parts);
    return parts;
}
function locationError(tpl, why) {
    return new finding/* UsageError */.eb(`failed initialising schema location registry: ${why} (in ${JSON.stringify(tpl)})`);
}
function expandLocation(tpl, values) {
    return parseTemplate(tpl)
        .map((p) => (typeof p === 'string' ? p : values[p.field]))
        .join('');
}
/** kubeconform: `-kubernetes-version` must be `master` or a full x.y.z. */
function checkKubernetesVersion(v) {
    if (v === 'master' || /^\d+\.\d+\.\d+$/.test(v))
        return v;
    throw new finding/* UsageError */.eb(`invalid value "${v}" for kubernetes version: ${v} is not a valid version. Valid values are "master" or full version x.y.z (e.g. "1.27.2")`);
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/schema-registry.ts




/** A kubeconform `-schema-location` template over files or http(s). */
class TemplateRegistry {
    location;
    template;
    strict;
    loader;
    baseDir;
    constructor(location, strict, loader, baseDir) {
        this.location = location;
        this.strict = strict;
        this.loader = loader;
        this.baseDir = baseDir;
        this.template = normalizeLocation(location);
    }
    lookup(kind, apiVersion, k8sVersion) {
        const where = expandLocation(this.template, templateValues(kind, apiVersion, k8sVersion, this.strict));
        if (/^https?:\/\//i.test(where))
            return this.loader.load(where);
        return this.loader.load(toUri(external_node_path_default().resolve(this.baseDir, where)));
    }
}
const BUNDLE_HOST = 'https://k8s-schemas.portarium.invalid/';
/**
 * The offline default: kubernetes-validate's schemas (directory or bundle). The package's refs
 * (`/api/_definitions.json#/$defs/...`) are made relative and served from memory under a private
 * base URI, so `_definitions.json` is parsed and compiled once per version.
 */
class DefaultRegistry {
    location = 'default';
    source;
    strict;
    loader;
    constructor(source, strict, loader) {
        this.source = source;
        this.strict = strict;
        this.loader = loader;
        loader.registerPrefix(BUNDLE_HOST, (uri) => this.serve(uri));
    }
    /** The packaged version a request resolves to, or undefined when none fits. */
    schemaVersion(k8sVersion) {
        return (0,schemas/* resolveSchemaVersion */.mk)(k8sVersion, this.source.versions);
    }
    lookup(kind, apiVersion, k8sVersion) {
        const version = this.schemaVersion(k8sVersion);
        const v = templateValues(kind, apiVersion, k8sVersion, this.strict);
        if (!version)
            return Promise.resolve({ kind: 'not-found', message: `no packaged schemas for Kubernetes ${k8sVersion}` });
        return this.loader.load(`${BUNDLE_HOST}${this.source.packageVersion}/v${version}-local${v.StrictSuffix}/${v.ResourceKind}${v.KindSuffix}.json`);
    }
    async serve(uri) {
        const m = /^[^/]+\/v(\d+\.\d+\.\d+)-local(-strict)?\/([^/]+)$/.exec(uri.slice(BUNDLE_HOST.length));
        if (!m)
            return { kind: 'not-found', message: `could not find schema at ${uri}` };
        const doc = await this.source.read(m[1], m[2] !== undefined, m[3]);
        if (doc === undefined)
            return { kind: 'not-found', message: `could not find schema at ${uri}` };
        return { kind: 'found', uri, doc: (0,schemas/* relink */.Qj)(doc) };
    }
}
/**
 * Registries in the order given. `default` is the offline kubernetes-validate set;
 * `kubeconform-default` is kubeconform's own default (yannh/kubernetes-json-schema over https).
 */
function buildRegistries(locations, opts) {
    return locations.map((loc) => {
        if (loc === 'default') {
            if (!opts.defaultSource)
                throw new MissingDefaultSchemasError();
            return new DefaultRegistry(opts.defaultSource, opts.strict, opts.loader);
        }
        if (loc === 'kubeconform-default')
            return new TemplateRegistry(KUBECONFORM_DEFAULT_LOCATION, opts.strict, opts.loader, opts.baseDir);
        return new TemplateRegistry(loc, opts.strict, opts.loader, opts.baseDir);
    });
}
class MissingDefaultSchemasError extends Error {
    constructor() {
        super('offline Kubernetes schemas not found: run scripts/tools/install-k8s-schemas.sh, set PORTARIUM_K8S_SCHEMAS, or give schema locations');
    }
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/engine.ts












function sharedSchemaState(http = {}) {
    const loader = new SchemaDocumentLoader(http);
    return { loader, compiler: new SchemaCompiler(loader) };
}
/** Checks what kubeconform checks before validating anything (flag parsing, templates, cache dir). */
function checkEngineOptions(opts) {
    checkKubernetesVersion(opts.kubernetesVersion);
    for (const l of opts.schemaLocations ?? ['default'])
        if (l !== 'default' && l !== 'kubeconform-default')
            normalizeLocation(l);
    const dir = opts.http?.cacheDir;
    if (typeof dir === 'string') {
        try {
            if (!(0,external_node_fs_.statSync)(external_node_path_default().resolve(opts.baseDir, dir)).isDirectory())
                throw new finding/* UsageError */.eb(`cache folder ${dir} is not a directory`);
        }
        catch (err) {
            if (err instanceof finding/* UsageError */.eb)
                throw err;
            throw new finding/* UsageError */.eb(`failed opening cache folder ${dir}: stat ${dir}: no such file or directory`);
        }
    }
}
/** The Kubernetes version the offline schemas give for a request, or a UsageError. */
function packagedVersion(source, requested) {
    const v = (0,schemas/* resolveSchemaVersion */.mk)(requested, source.versions);
    if (!v) {
        throw new finding/* UsageError */.eb(`no offline schemas for Kubernetes ${requested} (${source.description} has ${source.versions.join(', ')}); give a schema location`);
    }
    return v;
}
async function createValidator(opts) {
    checkEngineOptions(opts);
    if (typeof opts.http?.cacheDir === 'string')
        opts = { ...opts, http: { ...opts.http, cacheDir: external_node_path_default().resolve(opts.baseDir, opts.http.cacheDir) } };
    const locations = opts.schemaLocations?.length ? opts.schemaLocations : ['default'];
    const strict = opts.strict ?? true;
    const common = {
        kubernetesVersion: opts.kubernetesVersion,
        strict,
        skipKinds: splitKinds(opts.skipKinds),
        rejectKinds: splitKinds(opts.rejectKinds),
        ignoreMissingSchemas: opts.ignoreMissingSchemas ?? false,
        ignoreFilenamePatterns: opts.ignoreFilenamePatterns,
    };
    let source = opts.defaultSource;
    if (locations.includes('default')) {
        source ??= (0,schemas/* locateKubernetesSchemas */.nt)();
        if (!source)
            throw new finding/* UsageError */.eb(new MissingDefaultSchemasError().message);
        packagedVersion(source, opts.kubernetesVersion);
    }
    if ((opts.engine ?? 'builtin') === 'builtin') {
        const shared = opts.shared ?? sharedSchemaState(opts.http);
        const registries = buildRegistries(locations, { strict, loader: shared.loader, baseDir: opts.baseDir, defaultSource: source });
        return new BuiltinValidator({ ...common, registries, compiler: shared.compiler, baseDir: opts.baseDir });
    }
    const bin = await locateKubeconform(opts.kubeconformPath ? { path: opts.kubeconformPath } : {});
    if (!bin)
        throw new finding/* UsageError */.eb('kubeconform not found: run scripts/tools/install-kubeconform.sh or put kubeconform on PATH');
    const kcLocations = [];
    for (const l of locations) {
        if (l === 'default') {
            kcLocations.push(await (0,schemas/* ensureKubeconformLayout */.iZ)(source, packagedVersion(source, opts.kubernetesVersion), strict, { requestedVersion: opts.kubernetesVersion }));
        }
        else
            kcLocations.push(l === 'kubeconform-default' ? KUBECONFORM_DEFAULT_LOCATION : l);
    }
    const cacheDir = typeof opts.http?.cacheDir === 'string' ? opts.http.cacheDir : undefined;
    return new KubeconformValidator({ ...common, binary: bin.path, schemaLocations: kcLocations, cwd: opts.baseDir, cacheDir });
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/missing-tool.ts


/**
 * No kubectl and no kustomize: one finding naming the overlays left unbuilt and how to get the tool,
 * at the first of them. Refused overlays are not listed; they would not have been built anyway.
 */
function reportMissingKustomize(sink, targets) {
    const detail = 'kustomize not found: neither kubectl (for `kubectl kustomize`) nor a standalone kustomize is on PATH, so the overlay could not be built or validated';
    const help = 'Install kubectl (https://kubernetes.io/docs/tasks/tools/), which includes kustomize, or a standalone kustomize ' +
        '(https://kubectl.docs.kubernetes.io/installation/kustomize/; scripts/tools/install-kustomize.sh of portarium-infra puts one in ~/.cache/portarium-infra/tools/bin). ' +
        'The kustomize-validate action installs a pinned kustomize itself.';
    reportMissing(sink, targets.filter((t) => !t.refused), rules/* RULE */.xZ.kustomizeMissing, detail, help);
}
/**
 * The kubeconform engine was asked for and no kubeconform is there: the overlays are built (their
 * build failures are reported) but not validated, and one finding says so.
 */
function reportMissingKubeconform(sink, targets) {
    const detail = 'kubeconform not found: the kubeconform engine was asked for, so the overlay was built but not validated';
    const help = 'Put kubeconform on PATH (https://github.com/yannh/kubeconform/releases; scripts/tools/install-kubeconform.sh of portarium-infra puts one in ' +
        '~/.cache/portarium-infra/tools/bin), or use the builtin engine (kubernetes.engine: builtin), which validates the same way in-process. ' +
        'The kustomize-validate action installs a pinned, checksum-verified kubeconform itself.';
    reportMissing(sink, targets.filter((t) => t.build?.ok), rules/* RULE */.xZ.kubeconformMissing, detail, help);
}
function reportMissing(sink, targets, rule, detail, help) {
    const at = targets[0] && overlayFile(targets[0]);
    if (!at)
        return;
    for (const t of targets)
        sink.add(rule, at, '', detail, { overlay: t.rel, help });
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/rendered-dir.ts


/** Writes one file per overlay, its path flattened into the name (`overlays/prod` → `overlays__prod.yaml`). */
async function writeRendered(rendered, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const [rel, text] of rendered)
        await (0,promises_.writeFile)(external_node_path_default().join(dir, `${rel === '.' ? 'root' : rel.replace(/\//g, '__')}.yaml`), text);
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/api-limits.ts

/**
 * Size limits the API server (and etcd behind it) enforces, so an object that would be refused at
 * apply time is a finding at review time. Values from k8s.io/kubernetes pkg/apis/core/validation and
 * apimachinery ValidateAnnotationsSize; etcd's default --max-request-bytes.
 */
const API_LIMITS = {
    /** core.MaxSecretSize: ConfigMap data+binaryData values, Secret data values. */
    dataBytes: 1024 * 1024,
    /** TotalAnnotationSizeLimitB: keys + values. */
    annotationBytes: 256 * 1024,
    /** etcd's default request limit, 1.5 MiB. */
    objectBytes: 1.5 * 1024 * 1024,
};
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
/** Decoded length of base64 text without decoding it (what Go's []byte field holds). */
function base64DecodedLength(s) {
    const t = s.replace(/[\s]/g, '');
    const pad = t.endsWith('==') ? 2 : t.endsWith('=') ? 1 : 0;
    return Math.max(0, Math.floor((t.length * 3) / 4) - pad);
}
function map(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
const api_limits_str = (v) => (typeof v === 'string' ? v : '');
const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
/** Sizes the API server would refuse in one built resource. */
function apiLimitHits(res) {
    const hits = [];
    const o = res.object;
    const core = res.apiVersion === 'v1';
    if (core && res.kind === 'ConfigMap') {
        let total = 0;
        for (const v of Object.values(map(o.data)))
            total += utf8(api_limits_str(v));
        for (const v of Object.values(map(o.binaryData)))
            total += base64DecodedLength(api_limits_str(v));
        if (total > API_LIMITS.dataBytes) {
            const field = Object.keys(map(o.data)).length > 0 ? 'data' : 'binaryData';
            hits.push({
                rule: rules/* RULE */.xZ.configMapTooLarge,
                resource: res,
                pointer: [field],
                message: `data and binaryData hold ${total} bytes (${mib(total)}); the API server refuses a ConfigMap over 1 MiB (1,048,576 bytes)`,
            });
        }
    }
    if (core && res.kind === 'Secret') {
        const data = map(o.data);
        const stringData = map(o.stringData);
        let total = 0;
        // stringData is merged over data before validation: a key in both counts once, as stringData.
        for (const [k, v] of Object.entries(data))
            if (!Object.hasOwn(stringData, k))
                total += base64DecodedLength(api_limits_str(v));
        for (const v of Object.values(stringData))
            total += utf8(api_limits_str(v));
        if (total > API_LIMITS.dataBytes) {
            hits.push({
                rule: rules/* RULE */.xZ.secretTooLarge,
                resource: res,
                pointer: [Object.keys(data).length > 0 ? 'data' : 'stringData'],
                message: `data and stringData hold ${total} bytes decoded (${mib(total)}); the API server refuses a Secret over 1 MiB (1,048,576 bytes)`,
            });
        }
    }
    const annotations = map(map(o.metadata).annotations);
    let annotationBytes = 0;
    for (const [k, v] of Object.entries(annotations))
        annotationBytes += utf8(k) + utf8(api_limits_str(v));
    if (annotationBytes > API_LIMITS.annotationBytes) {
        hits.push({
            rule: rules/* RULE */.xZ.annotationsTooLarge,
            resource: res,
            pointer: ['metadata', 'annotations'],
            message: `annotations total ${annotationBytes} bytes (${kib(annotationBytes)}, keys and values); the API server refuses more than 256 KiB (262,144 bytes)`,
        });
    }
    const objectBytes = utf8(res.json);
    if (objectBytes > API_LIMITS.objectBytes) {
        hits.push({
            rule: rules/* RULE */.xZ.objectTooLarge,
            resource: res,
            pointer: ['kind'],
            message: `the object is ${objectBytes} bytes as JSON (${mib(objectBytes)}); etcd refuses requests over 1.5 MiB (1,572,864 bytes)`,
        });
    }
    return hits;
}

// EXTERNAL MODULE: ./src/checks/images/reference.ts
var reference = __webpack_require__(1585);
;// CONCATENATED MODULE: ./src/checks/kubernetes/policies.ts


const POD_SPEC = new Map(Object.entries({
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    PodTemplate: ['template', 'spec'],
}));
/** Built-in API groups; kinds in them are namespaced unless listed in CLUSTER_SCOPED. */
const BUILTIN_GROUPS = new Set([
    '', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io',
    'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'scheduling.k8s.io', 'node.k8s.io', 'admissionregistration.k8s.io',
    'apiextensions.k8s.io', 'apiregistration.k8s.io', 'certificates.k8s.io', 'flowcontrol.apiserver.k8s.io', 'resource.k8s.io',
    'storagemigration.k8s.io', 'internal.apiserver.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io',
]);
const CLUSTER_SCOPED = new Set([
    'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
    'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass', 'PriorityClass', 'RuntimeClass', 'IngressClass',
    'IPAddress', 'ServiceCIDR', 'APIService', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
    'CertificateSigningRequest', 'ClusterTrustBundle', 'FlowSchema', 'PriorityLevelConfiguration', 'DeviceClass', 'ResourceSlice',
    'DeviceTaintRule', 'StorageVersion', 'StorageVersionMigration', 'PodSecurityPolicy', 'SelfSubjectReview', 'SelfSubjectAccessReview',
    'SelfSubjectRulesReview', 'SubjectAccessReview', 'TokenReview',
]);
const WORKLOAD_LABEL = 'portarium.io/workload';
const CONFINED_WORKLOADS = new Set(['agent', 'execution-plane']);
function group(apiVersion) {
    return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function at(o, segs) {
    let cur = o;
    for (const s of segs)
        cur = obj(cur)?.[s];
    return cur;
}
function crdScopes(resources) {
    const m = new Map();
    for (const o of resources) {
        if (o.kind !== 'CustomResourceDefinition')
            continue;
        const spec = obj(o.spec);
        const kind = obj(spec?.names)?.kind;
        if (typeof spec?.group === 'string' && typeof kind === 'string')
            m.set(`${spec.group}/${kind}`, spec.scope !== 'Cluster');
    }
    return m;
}
function selects(selector, labels) {
    if (!selector)
        return true;
    const ml = obj(selector.matchLabels) ?? {};
    for (const [k, v] of Object.entries(ml))
        if (!Object.hasOwn(labels, k) || labels[k] !== v)
            return false;
    for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
        const x = obj(e);
        if (!x)
            continue;
        const key = String(x.key);
        const values = Array.isArray(x.values) ? x.values.map(String) : [];
        const has = Object.hasOwn(labels, key);
        switch (x.operator) {
            case 'In':
                if (!has || !values.includes(String(labels[key])))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(String(labels[key])))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
/** The policy rules over one overlay's built resources. */
function runPolicies(resources, scopes) {
    const hits = [];
    const egressPolicies = resources.filter((r) => {
        if (r.kind !== 'NetworkPolicy' || group(r.apiVersion) !== 'networking.k8s.io')
            return false;
        const types = at(r.object, ['spec', 'policyTypes']);
        return Array.isArray(types) && types.includes('Egress');
    });
    for (const r of resources) {
        const podPath = POD_SPEC.get(r.kind);
        if (podPath && BUILTIN_GROUPS.has(group(r.apiVersion))) {
            const spec = obj(at(r.object, podPath));
            for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
                const list = spec?.[field];
                if (!Array.isArray(list))
                    continue;
                list.forEach((c, i) => {
                    const container = obj(c);
                    if (!container)
                        return;
                    const cname = typeof container.name === 'string' ? container.name : `#${i}`;
                    const image = container.image;
                    if (typeof image === 'string') {
                        const ref = (0,reference/* splitReference */.mQ)(image);
                        if (!ref.digest && (ref.tag === undefined || ref.tag === 'latest')) {
                            hits.push({
                                rule: rules/* RULE */.xZ.imageNotPinned,
                                resource: r,
                                pointer: [...podPath, field, String(i), 'image'],
                                message: `container ${cname} image ${image} is not pinned (${ref.tag === 'latest' ? 'tag latest' : 'no tag'}); use a version tag or a digest`,
                            });
                        }
                    }
                    if (field === 'ephemeralContainers')
                        return;
                    const res = obj(container.resources);
                    const missing = ['requests', 'limits'].filter((k) => !obj(res?.[k]) || Object.keys(obj(res?.[k])).length === 0);
                    if (missing.length > 0) {
                        hits.push({
                            rule: rules/* RULE */.xZ.missingResources,
                            resource: r,
                            pointer: res ? [...podPath, field, String(i), 'resources'] : [...podPath, field, String(i), 'name'],
                            message: `container ${cname} has no ${missing.map((m) => `resources.${m}`).join(' or ')}`,
                            missing: true,
                        });
                    }
                });
            }
        }
        const g = group(r.apiVersion);
        const namespaced = BUILTIN_GROUPS.has(g) ? !CLUSTER_SCOPED.has(r.kind) : scopes.get(`${g}/${r.kind}`);
        if (namespaced === true && r.namespace === '') {
            hits.push({
                rule: rules/* RULE */.xZ.missingNamespace,
                resource: r,
                pointer: ['metadata'],
                message: `namespaced ${r.kind} has no namespace after the build; set metadata.namespace or the kustomization's namespace`,
                missing: true,
            });
        }
        if (podPath) {
            const labels = { ...(obj(at(r.object, ['metadata', 'labels'])) ?? {}), ...(obj(at(r.object, [...podPath.slice(0, -1), 'metadata', 'labels'])) ?? {}) };
            const workload = labels[WORKLOAD_LABEL];
            if (typeof workload === 'string' && CONFINED_WORKLOADS.has(workload)) {
                const podLabels = obj(r.kind === 'Pod' ? at(r.object, ['metadata', 'labels']) : at(r.object, [...podPath.slice(0, -1), 'metadata', 'labels'])) ?? {};
                const covered = egressPolicies.some((p) => p.namespace === r.namespace && selects(obj(at(p.object, ['spec', 'podSelector'])), podLabels));
                if (!covered) {
                    const own = obj(at(r.object, ['metadata', 'labels']))?.[WORKLOAD_LABEL] !== undefined;
                    hits.push({
                        rule: rules/* RULE */.xZ.egressNotDenied,
                        resource: r,
                        pointer: own ? ['metadata', 'labels', WORKLOAD_LABEL] : [...podPath.slice(0, -1), 'metadata', 'labels', WORKLOAD_LABEL],
                        message: `${WORKLOAD_LABEL}: ${workload} workload is not selected by a NetworkPolicy with policyTypes [Egress] in namespace ${r.namespace || '(none)'}; add a deny-by-default egress policy`,
                    });
                }
            }
        }
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/result-findings.ts



function errorRule(msg) {
    if (msg.startsWith('could not find schema for'))
        return rules/* RULE */.xZ.missingSchema;
    if (msg.startsWith('prohibited resource kind'))
        return rules/* RULE */.xZ.rejectedKind;
    if (msg.startsWith('error unmarshalling') || msg.startsWith('error while parsing'))
        return rules/* RULE */.xZ.invalidManifest;
    return rules/* RULE */.xZ.schemaError;
}
/** Findings of one resource's validation result, each at the line of the user's files that made it; returns the errors. */
function resultFindings(sink, ctx, where, r, res, locations) {
    let errors = 0;
    const count = (s) => {
        if (s === 'error')
            errors++;
    };
    const subject = subjectOf(res);
    const opts = { overlay: where.overlay, version: where.version };
    if (r.status === 'invalid') {
        for (const v of r.validationErrors ?? []) {
            const segs = parsePointer(v.path);
            const extra = /^additional properties (.+) not allowed$/.exec(v.msg);
            if (extra) {
                for (const name of extra[1].split(', ').map((q) => q.replace(/^'|'$/g, ''))) {
                    const at = locate(ctx, res, [...segs, name], { key: true });
                    count(sink.add(rules/* RULE */.xZ.schema, at, subject, `${[...segs, name].join('.')}: unknown field ${name}`, { ...opts, same: `unknown ${name}` }));
                }
                continue;
            }
            const missing = v.msg.startsWith('missing propert');
            const at = locate(ctx, res, segs, { missing });
            count(sink.add(rules/* RULE */.xZ.schema, at, subject, `${segs.length ? segs.join('.') : '(root)'}: ${v.msg}`, { ...opts, same: `${segs[segs.length - 1] ?? ''}: ${v.msg}` }));
        }
        if ((r.validationErrors ?? []).length === 0)
            count(sink.add(rules/* RULE */.xZ.schema, locate(ctx, res, ['kind'], { key: true }), subject, r.msg, opts));
    }
    else if (r.status === 'error') {
        const rule = errorRule(r.msg);
        const detail = rule === rules/* RULE */.xZ.missingSchema ? `no schema for ${res.apiVersion} ${res.kind} in ${locations.join(', ')}; the resource was not validated` : r.msg;
        count(sink.add(rule, locate(ctx, res, ['kind'], { key: true }), subject, detail, opts));
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/validate.ts







const VALIDATE_BATCH = 500;
/**
 * Runs the policies once per overlay and validates its resources once per Kubernetes version,
 * reporting each overlay × version as it ends.
 */
async function validateTargets(targets, validators, run) {
    const { sink, deadline, stats, report } = run;
    const scopes = crdScopes(validators.crds);
    for (const t of targets) {
        const ctx = { overlay: t.tree[0], tree: t.tree };
        if (!t.refused && !t.timedOut && t.build?.ok && deadline.expired())
            markTimedOut(t, sink, deadline);
        const status = t.refused ? 'refused' : t.timedOut ? 'timed-out' : t.build && !t.build.ok ? 'build-failed' : undefined;
        let policyErrors = t.oversized ?? 0;
        if (!status) {
            for (const hit of [...runPolicies(t.resources, scopes), ...t.resources.flatMap(apiLimitHits)]) {
                const at = locate(ctx, hit.resource, hit.pointer, { missing: hit.missing, key: hit.missing });
                if (sink.add(hit.rule, at, subjectOf(hit.resource), hit.message, { overlay: t.rel }) === 'error')
                    policyErrors++;
            }
        }
        for (const v of run.versions) {
            if (status) {
                report({ path: t.rel, version: v, resources: 0, errors: 1, status });
                continue;
            }
            const results = await validateInBatches(validators.byVersion.get(v), t.resources, deadline);
            if (results === undefined) {
                markTimedOut(t, sink, deadline);
                report({ path: t.rel, version: v, resources: t.resources.length, errors: 1, status: 'timed-out' });
                continue;
            }
            let errors = policyErrors;
            for (const r of results) {
                const res = t.resources[r.document];
                if (!res)
                    continue;
                if (r.status === 'valid')
                    stats.valid++;
                else if (r.status === 'invalid')
                    stats.invalid++;
                else if (r.status === 'error')
                    stats.errors++;
                else if (r.status === 'skipped')
                    stats.skipped++;
                errors += resultFindings(sink, ctx, { overlay: t.rel, version: v }, r, res, run.locations);
            }
            stats.resources += t.resources.length;
            report({ path: t.rel, version: v, resources: t.resources.length, errors, status: errors > 0 ? 'failed' : 'passed' });
        }
    }
}
/** Validates in batches so the deadline is tested between them; undefined when it ran out. */
async function validateInBatches(validator, resources, deadline) {
    const out = [];
    for (let i = 0; i < resources.length; i += VALIDATE_BATCH) {
        if (deadline.expired())
            return undefined;
        let batch;
        try {
            batch = await validator.validateDocuments(resources.slice(i, i + VALIDATE_BATCH).map((r) => r.json), { timeoutMs: deadline.remaining() });
        }
        catch (e) {
            if (e instanceof ValidationTimeout)
                return undefined;
            throw e;
        }
        for (const r of batch)
            out.push({ ...r, document: r.document + i });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/crd-schemas.ts






function addAdditionalProperties(node, isRoot) {
    if (Array.isArray(node))
        return node.map((v) => addAdditionalProperties(v, false));
    if (!isPlainObject(node))
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node))
        out[k] = addAdditionalProperties(v, false);
    if (!isRoot && 'properties' in node && !('additionalProperties' in node) && node['x-kubernetes-preserve-unknown-fields'] !== true) {
        out.additionalProperties = false;
    }
    return out;
}
function replaceIntOrString(node) {
    if (Array.isArray(node))
        return node.map(replaceIntOrString);
    if (!isPlainObject(node))
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        out[k] = isPlainObject(v) && v.format === 'int-or-string' ? { oneOf: [{ type: 'string' }, { type: 'integer' }] } : replaceIntOrString(v);
    }
    return out;
}
function crdToSchemas(crd, strict) {
    if (crd.kind !== 'CustomResourceDefinition')
        return [];
    const spec = isPlainObject(crd.spec) ? crd.spec : undefined;
    const names = isPlainObject(spec?.names) ? spec.names : undefined;
    const group = typeof spec?.group === 'string' ? spec.group : undefined;
    const kind = typeof names?.kind === 'string' ? names.kind : undefined;
    if (!spec || !group || !kind)
        return [];
    const topLevel = isPlainObject(spec.validation) && isPlainObject(spec.validation.openAPIV3Schema) ? spec.validation.openAPIV3Schema : undefined;
    const out = [];
    const emit = (version, schema) => {
        const converted = replaceIntOrString(strict ? addAdditionalProperties(schema, true) : schema);
        out.push({ file: `${kind}-${group.split('.')[0]}-${version}.json`.toLowerCase(), group, kind, version, schema: converted });
    };
    const versions = Array.isArray(spec.versions) ? spec.versions.filter(isPlainObject) : [];
    if (versions.length > 0) {
        for (const v of versions) {
            if (typeof v.name !== 'string')
                continue;
            const s = isPlainObject(v.schema) && isPlainObject(v.schema.openAPIV3Schema) ? v.schema.openAPIV3Schema : topLevel;
            if (s)
                emit(v.name, s);
        }
    }
    else if (topLevel && typeof spec.version === 'string')
        emit(spec.version, topLevel);
    return out;
}
/** CustomResourceDefinitions in YAML/JSON files under root (a cheap text test first). */
function findCrdsInTree(root, maxFileBytes = bounded_read/* DEFAULT_MAX_FILE_BYTES */.C) {
    const out = [];
    (0,discover/* walkTree */.Ir)(root, (dir, entries) => {
        for (const e of entries) {
            if (e.isDirectory() || !/\.(ya?ml|json)$/i.test(e.name))
                continue;
            const p = external_node_path_default().join(dir, e.name);
            try {
                const r = (0,bounded_read/* readBounded */.j)(p, maxFileBytes);
                if (!r.ok)
                    continue;
                const text = r.bytes.toString('utf8');
                if (!text.includes('CustomResourceDefinition'))
                    continue;
                // js-yaml shares aliased nodes, but the schema conversion walks them: a bomb would expand there.
                if (aliasProblemIn(p, text))
                    continue;
                out.push(...crdsInText(text));
            }
            catch {
                // unreadable files are reported by the checks that need them
            }
        }
    });
    return out;
}
function crdsInText(text) {
    const out = [];
    for (const chunk of splitYamlStream(text)) {
        const v = parseChunk(chunk.text).value;
        if (!isPlainObject(v))
            continue;
        if (v.kind === 'CustomResourceDefinition')
            out.push(v);
        else if (typeof v.kind === 'string' && v.kind.toLowerCase() === 'list' && Array.isArray(v.items)) {
            for (const i of v.items)
                if (isPlainObject(i) && i.kind === 'CustomResourceDefinition')
                    out.push(i);
        }
    }
    return out;
}
/** Writes the schemas into `dir` and returns the schema location template for them. */
async function writeCrdSchemas(crds, strict, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    let count = 0;
    for (const crd of crds) {
        for (const s of crdToSchemas(crd, strict)) {
            await (0,promises_.writeFile)(external_node_path_default().join(dir, s.file), JSON.stringify(s.schema));
            count++;
        }
    }
    return { location: external_node_path_default().join(dir, '{{ .ResourceKind }}{{ .KindSuffix }}.json'), count };
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/validators.ts





/**
 * A validator per Kubernetes version over the schema locations, plus schemas generated from the
 * repository's CustomResourceDefinitions (in `tmp`), sharing one schema loader and the disk cache.
 */
async function createValidators(targets, opts, run) {
    const { root, locations, strict, http, log } = run;
    const crds = [...findCrdsInTree(root, opts.maxFileBytes)];
    for (const t of targets)
        for (const r of t.resources)
            if (r.kind === 'CustomResourceDefinition')
                crds.push(...crdsInText(r.json));
    const engineLocations = [...locations];
    if (crds.length > 0) {
        const crd = await writeCrdSchemas(crds, strict, external_node_path_default().join(run.tmp, 'crd-schemas'));
        if (crd.count > 0)
            engineLocations.push(crd.location);
        log(`schemas generated from ${crds.length} CustomResourceDefinition(s): ${crd.count}`);
    }
    const usesHttp = engineLocations.some((l) => /^https?:|^kubeconform-default$/.test(l));
    if (usesHttp) {
        await (0,promises_.mkdir)(http.cacheDir, { recursive: true });
        await opts.schemaCache?.restore?.(http.cacheDir);
    }
    const source = locations.includes('default') ? (opts.defaultSchemas ?? (0,schemas/* locateKubernetesSchemas */.nt)()) : undefined;
    if (source)
        log(`offline schemas: ${source.description}`);
    const shared = sharedSchemaState(http);
    const byVersion = new Map();
    for (const v of run.versions) {
        byVersion.set(v, await createValidator({
            engine: opts.engine ?? 'builtin',
            kubernetesVersion: v,
            strict,
            skipKinds: opts.skipKinds,
            rejectKinds: opts.rejectKinds,
            ignoreMissingSchemas: opts.ignoreMissingSchemas,
            schemaLocations: engineLocations,
            baseDir: root,
            defaultSource: source,
            http: usesHttp ? http : { ...http, cacheDir: false },
            kubeconformPath: opts.kubeconformPath,
            shared,
        }));
    }
    const saveCache = async () => {
        const downloaded = shared.loader.downloaded.length;
        if (usesHttp && downloaded > 0)
            await opts.schemaCache?.save?.(http.cacheDir, downloaded);
    };
    return { byVersion, crds, saveCache };
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/index.ts



























const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const MAX_CONCURRENCY = 8;
/**
 * Builds every requested kustomization (or every overlay found), validates the rendered resources
 * against Kubernetes JSON schemas with the chosen engine, runs the policy rules and, with a base ref,
 * diffs the rendered manifests.
 */
async function runKustomize(opts) {
    const root = external_node_path_default().resolve(opts.root);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
        throw new finding/* UsageError */.eb(`${opts.root} is not a directory`);
    const log = opts.log ?? (() => { });
    const versions = opts.kubernetesVersions?.length ? opts.kubernetesVersions : [schemas/* DEFAULT_KUBERNETES_VERSION */.qQ];
    for (const v of versions)
        checkKubernetesVersion(v);
    const strict = opts.strict ?? true;
    const locations = opts.schemaLocations?.length ? opts.schemaLocations : ['default'];
    const http = { cacheDir: opts.schemaCache?.dir ?? defaultSchemaCacheDir(), fetch: opts.fetch };
    for (const v of versions)
        checkEngineOptions({ kubernetesVersion: v, schemaLocations: locations, baseDir: root });
    (0,yaml_source/* clearYamlCache */.rJ)();
    const discovery = (0,discover/* discover */.k4)(root);
    const dirs = overlayDirs(root, opts.paths, discovery);
    const sink = new FindingSink(root, opts.rules, versions.length);
    // Each build may use up to its memory limit: a configuration from a pull request cannot multiply that without end.
    const limits = {
        concurrency: Math.min(Math.max(1, opts.concurrency ?? 2), MAX_CONCURRENCY),
        maxManifestBytes: opts.maxManifestBytes,
        kustomizeMemoryBytes: opts.kustomizeMemoryBytes,
    };
    const deadline = new checks_deadline/* Deadline */.B(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const overlays = [];
    const report = (o) => {
        overlays.push(o);
        opts.onOverlay?.(o);
    };
    const stats = { kustomizations: discovery.all.size, overlays: dirs.length, resources: 0, valid: 0, invalid: 0, errors: 0, skipped: 0 };
    const artifacts = {};
    if (dirs.length === 0)
        return { check: rules/* CHECK */.fi, findings: [], artifacts, stats, overlays };
    const targets = targetsOf(root, dirs, discovery);
    refuseUnsafe(targets, sink, root, opts);
    const kustomize = opts.kustomize ?? (await (0,tools_kustomize/* locateKustomize */.oM)());
    if (!kustomize) {
        // The other checks of the run still report; this one says what is missing instead of ending the run.
        reportMissingKustomize(sink, targets);
        return { check: rules/* CHECK */.fi, findings: sink.findings(), artifacts, stats, overlays };
    }
    log(`kustomize: ${kustomize.kind === 'kubectl' ? 'kubectl kustomize' : kustomize.path} (kustomize ${kustomize.version})`);
    await buildTargets(targets, kustomize, { root, discovery, sink, deadline, limits });
    if (opts.engine === 'kubeconform' && !(await locateKubeconform(opts.kubeconformPath ? { path: opts.kubeconformPath } : {}))) {
        reportMissingKubeconform(sink, targets);
        return { check: rules/* CHECK */.fi, findings: sink.findings(), artifacts, stats, overlays };
    }
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-k8s-'));
    try {
        const validators = await createValidators(targets, opts, { root, versions, locations, strict, http, tmp, log });
        await validateTargets(targets, validators, { versions, locations, sink, deadline, stats, report });
        await validators.saveCache();
        let diff;
        if (opts.renderedDir || opts.baseRef) {
            const rendered = new Map();
            for (const t of targets)
                if (t.build?.ok)
                    rendered.set(t.rel, stripOrigins(t.build.output));
            const renderedDir = opts.renderedDir ? external_node_path_default().resolve(root, opts.renderedDir) : undefined;
            if (renderedDir) {
                await writeRendered(rendered, renderedDir);
                artifacts.rendered = renderedDir;
            }
            if (opts.baseRef) {
                const diffs = await diffAgainstBase(targets, rendered, kustomize, {
                    root,
                    baseRef: opts.baseRef,
                    allowRemoteBases: opts.allowRemoteBases ?? false,
                    maxFileBytes: opts.maxFileBytes,
                    deadline,
                    limits,
                });
                diff = summaryDiff(diffs);
                const file = renderedDir ? external_node_path_default().join(renderedDir, 'kustomize.diff') : external_node_path_default().join(external_node_os_default().tmpdir(), `portarium-kustomize-${process.pid}.diff`);
                await (0,promises_.writeFile)(file, diffs.filter((d) => d.changed).map((d) => d.diff).join('\n'));
                artifacts.diff = file;
                stats.changedOverlays = diffs.filter((d) => d.changed).length;
            }
        }
        const findings = sink.findings();
        const summaryMarkdown = renderOverlaySection(overlays, diff, opts.baseRef);
        return { check: rules/* CHECK */.fi, findings, artifacts, stats, overlays, ...(diff !== undefined ? { diff } : {}), summaryMarkdown };
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** The kustomize section of a job summary (overlay table, manifest diff): report/summary's renderSummary appends it. */
function renderOverlaySection(overlays, diff, baseRef) {
    const icon = { passed: '✅', failed: '❌', 'build-failed': '❌ build', refused: '⛔ refused', 'timed-out': '⏱ timed out' };
    const lines = ['| Overlay | Kubernetes | Resources | Errors | Status |', '|---|---|---|---|---|'];
    for (const o of overlays)
        lines.push(`| ${(0,report_escape/* mdCode */.xs)(o.path)} | ${o.version} | ${o.resources} | ${o.errors} | ${icon[o.status]} |`);
    if (baseRef !== undefined) {
        lines.push('', `### Rendered manifest diff against ${(0,report_escape/* mdCode */.xs)(baseRef, { table: false })}`, '');
        lines.push(diff ? (0,report_escape/* mdFence */.F)(diff, 'diff') : 'No rendered changes.');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/checks/definitions/kustomize.ts

/** The `kubernetes:` settings as kustomize options. */
function kustomizeOptions(s) {
    // The settings are named as the options; the compiler holds the two together.
    return { ...s };
}
const kustomizeCheck = {
    name: 'kustomize',
    rules: rules/* RULES */.y0,
    run: ({ root, config, onTarget }) => runKustomize({
        root,
        ...kustomizeOptions(config.checks.kubernetes),
        ...(onTarget && {
            onOverlay: (o) => onTarget({ check: 'kustomize', target: `${o.path} @ ${o.version}`, failed: o.status !== 'passed', problems: o.errors, detail: o.status === 'passed' || o.status === 'failed' ? `${o.resources} resources` : o.status }),
        }),
    }),
};


/***/ }),

/***/ 4677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    }));
    return out;
}


/***/ })

};
