"use strict";
exports.id = 913;
exports.ids = [913];
exports.modules = {

/***/ 1913:
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
// EXTERNAL MODULE: ./src/checks/kubernetes/kustomization.ts
var kustomization = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/checks/kubernetes/yaml-source.ts
var yaml_source = __webpack_require__(3429);
;// CONCATENATED MODULE: ./src/checks/kubernetes/kustomization-entry.ts



/**
 * kustomize nests its errors one kustomization at a time (`recursed accumulation of path 'D': \u2026`,
 * `couldn't make target for path 'D': \u2026`): the last directory named is the kustomization the
 * innermost error is about, and what follows it is that error.
 */
function innermost(message) {
    let found;
    const re = /(?:recursed accumulation of path|couldn't make target for path) '([^']+)': /g;
    for (let m = re.exec(message); m; m = re.exec(message))
        found = { dir: m[1], tail: message.slice(m.index + m[0].length) };
    return found;
}
/**
 * The kustomization entry (or key, or patch) a build error is about, for the errors kustomize
 * describes by entry rather than by file: a resource that does not exist, one the load restrictor
 * refuses, the entry that closes a cycle, an unknown field, a broken alias in the kustomization, a
 * strategic-merge patch that matches no resource. `root` is stripped from the words quoted.
 */
function entryCulprit(message, root, kustomizationAt) {
    const words = (s) => s.split(root + (external_node_path_default()).sep).join('').trim();
    // The load restrictor names the file and the kustomization directory it must stay in: a resource, patch or generator file.
    const security = [...message.matchAll(/security; file '([^']+)' is not in or below '([^']+)'/g)].pop();
    const confined = security ? kustomizationAt(security[2]) : undefined;
    const refused = confined ? entryNamed(confined, security[1]) : undefined;
    if (refused) {
        const said = words(security[0]);
        return {
            at: { file: confined.file, line: refused.line, column: refused.column },
            detail: () => `${refused.field} entry ${refused.value} is a file outside this kustomization's directory, which kustomize's load restrictor refuses (kustomize: ${said})`,
        };
    }
    const inner = innermost(message);
    if (!inner)
        return undefined;
    const k = kustomizationAt(inner.dir);
    if (!k)
        return undefined;
    const tail = inner.tail;
    const file = (pos) => ({ file: k.file, line: pos.line, column: pos.column });
    const from = /^(?:accumulating resources: )?(?:accumulation err=')?accumulating resources from '([^']+)': (.*)$/.exec(tail);
    if (from) {
        const e = entryNamed(k, from[1]);
        const rest = from[2];
        if (!e)
            return undefined;
        const at = file(e);
        const cycle = /cycle detected: .*$/.exec(rest);
        if (cycle)
            return { at, detail: () => `${e.field} entry ${e.value} closes a cycle of kustomizations (kustomize: ${words(cycle[0])})` };
        const missing = /^evalsymlink failure on '[^']*' : ([^']*no such file or directory)/.exec(rest);
        if (missing)
            return { at, detail: () => `${e.field} entry ${e.value} does not exist (kustomize: ${words(missing[1])})` };
        return undefined;
    }
    const invalid = /^invalid Kustomization: (.*)$/.exec(tail);
    if (invalid && k.source) {
        const said = words(invalid[0]);
        const field = /^json: unknown field "([^"]+)"/.exec(invalid[1]);
        const key = field ? keyNamed(k.source, field[1]) : undefined;
        if (key)
            return { at: file(key), detail: () => `kustomize does not know the field ${field[1]} (kustomize: ${said})` };
        const anchor = /^yaml: unknown anchor '([^']+)' referenced/.exec(invalid[1]);
        const alias = anchor ? aliasNamed(k.source, anchor[1]) : undefined;
        if (alias)
            return { at: file(alias), detail: () => `the alias *${anchor[1]} names no anchor defined before it (kustomize: ${said})` };
        const line = Number(/^yaml: line (\d+):/.exec(invalid[1])?.[1] ?? 0);
        if (line)
            return { at: { file: k.file, line, column: 1 }, detail: () => `the kustomization cannot be read (kustomize: ${said})` };
        return undefined;
    }
    const id = /no matches for Id (\S+?);/.exec(tail);
    const patch = id ? patchFor(k, id[1]) : undefined;
    if (patch) {
        const said = words(tail);
        return { at: file(patch), detail: () => `this patch matches no resource of the build (kustomize: ${said})` };
    }
    return undefined;
}
/** The resources, components or other path entry of `k` that names `value` (compared as paths). */
function entryNamed(k, value) {
    const p = external_node_path_default().resolve(k.dir, value);
    return [...k.resources, ...k.components, ...k.files].find((e) => external_node_path_default().resolve(k.dir, e.value) === p);
}
/** The first key `name`, at any depth, in document order. */
function keyNamed(src, name) {
    for (const doc of src.docs) {
        let at;
        (0,dist/* visit */.YR)(doc, {
            Pair(_, pair) {
                if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === name && pair.key.range) {
                    at = pair.key.range[0];
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            },
        });
        if (at !== undefined)
            return (0,yaml_source/* positionOf */.df)(src, at);
    }
    return undefined;
}
/** The first alias `*name` of a file (go-yaml names the anchor, not where the alias is). */
function aliasNamed(src, name) {
    for (const doc of src.docs) {
        let at;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, node) {
                if (node.source === name && node.range) {
                    at = node.range[0];
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            },
        });
        if (at !== undefined)
            return (0,yaml_source/* positionOf */.df)(src, at);
    }
    return undefined;
}
/**
 * The strategic-merge patch of `k` that names the resource kustomize found no match for. kustomize
 * writes the resource as `Kind.version.group/name.namespace` (`[noGrp]`, `[noNs]` when empty); a
 * name may hold dots, a namespace may not.
 */
function patchFor(k, id) {
    const m = /^([^.]+)\.([^.]+)\.([^/]+)\/(.+)\.([^.]+)$/.exec(id);
    if (!m)
        return undefined;
    const [, kind, , , name, ns] = m;
    const smp = k.patches.filter((p) => p.type === 'smp' && !p.target);
    const names = (doc) => {
        const meta = (0,yaml_source/* pairOf */.cF)(doc.contents, 'metadata')?.value;
        if (!(0,dist/* isMap */.jh)(doc.contents) || (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(doc.contents, 'kind')?.value) !== kind || (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(meta, 'name')?.value) !== name)
            return false;
        const own = (0,yaml_source/* scalarString */.Cg)((0,yaml_source/* pairOf */.cF)(meta, 'namespace')?.value);
        return ns === '[noNs]' || own === undefined || own === ns;
    };
    const docsOf = (p) => (p.file ? (0,yaml_source/* loadYaml */.yv)(p.file)?.docs : p.inline ? (0,yaml_source/* parseYamlText */.cd)(p.inline.text).docs : undefined) ?? [];
    return smp.find((p) => docsOf(p).some(names)) ?? (smp.length === 1 ? smp[0] : undefined);
}

// EXTERNAL MODULE: ./src/checks/kubernetes/discover.ts
var discover = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __webpack_require__(2091);
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
                sink.add('kubernetes/build-failed', { file: k.file, line: k.parseError.line, column: k.parseError.column }, '', `kustomization cannot be read: ${k.parseError.message}`, { overlay: t.rel });
                t.refused = true;
            }
        }
        for (const p of (0,discover/* referenceProblems */.Wx)(t.tree, root, opts.allowRemoteBases ?? false)) {
            t.refused = true;
            const at = { file: p.kustomization.file, line: p.entry.line, column: p.entry.column };
            if (p.rule === 'remote') {
                sink.add('kubernetes/remote-base', at, '', `${p.entry.field} entry ${p.entry.value} is remote; remote bases are refused (allow them explicitly to build)`, { overlay: t.rel });
            }
            else {
                sink.add('kubernetes/outside-root', at, '', `${p.entry.field} entry ${p.entry.value} resolves outside the repository`, { overlay: t.rel });
            }
        }
        if (t.refused)
            continue;
        for (const p of inputProblems(t.tree, opts.maxFileBytes)) {
            t.refused = true;
            sink.add(p.rule === 'file-too-large' ? 'kubernetes/file-too-large' : 'kubernetes/excessive-aliasing', p, '', p.message, { overlay: t.rel });
        }
    }
}
/** Ends an overlay with a finding when the check's time limit ran out before it was checked. */
function markTimedOut(t, sink, deadline) {
    t.timedOut = true;
    sink.add('kubernetes/deadline-exceeded', overlayFile(t), '', `the check's time limit (${deadline.describe()}) ran out before this overlay was checked`, { overlay: t.rel });
}
/**
 * The files the overlays were made of \u2014 kustomizations, the resources' source documents, charts'
 * templates and values files \u2014
 * relative to the root: their comments may suppress findings, and one that suppresses nothing is reported.
 */
function sourceFiles(root, targets) {
    const files = new Set();
    for (const t of targets) {
        for (const k of t.tree)
            files.add(k.file);
        for (const r of t.resources) {
            if (r.origin?.path)
                files.add(r.origin.path);
            // A chart's objects are written in its templates and values files.
            if (r.template) {
                if (!r.template.userValuesOnly)
                    files.add(r.template.file);
                if (!r.template.userValuesOnly && (0,build/* isFile */.fo)(external_node_path_default().join(r.template.chartDir, 'values.yaml')))
                    files.add(external_node_path_default().join(r.template.chartDir, 'values.yaml'));
                for (const v of r.template.values)
                    files.add(typeof v === 'string' ? v : v.file);
            }
        }
    }
    return [...files].filter((f) => external_node_path_default().isAbsolute(f) && (0,path_guard/* isInside */.FK)(root, f)).map((f) => posix(external_node_path_default().relative(root, f))).sort();
}

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
            const src = (0,yaml_source/* loadYaml */.yv)(p);
            const anchor = /unknown anchor '([^']+)'/.exec(message)?.[1];
            const at = src?.encodingError ?? (src && anchor ? aliasNamed(src, anchor) : undefined) ?? (src ? yamlErrorAt(src, line) : undefined) ?? { line: line || 1, column: 1 };
            return { at: { file: p, line: at.line, column: at.column }, detail: (cause) => `kustomize build failed here: ${cause}` };
        }
        if (!isFile && !(0,external_node_fs_.existsSync)(p)) {
            for (const k of [...t.tree, ...all.values()]) {
                const e = [...k.resources, ...k.components, ...k.files].find((x) => external_node_path_default().resolve(k.dir, x.value) === p);
                if (e)
                    return { at: { file: k.file, line: e.line, column: e.column }, detail: (cause) => `${e.value} does not exist (kustomize: ${cause})` };
            }
        }
    }
    return undefined;
}
/**
 * Where our parser finds the file's YAML error. go-yaml counts kustomize's `line N` from the start
 * of the document it read (kustomize splits a file at `---`), and it names the line where it
 * noticed: when that line falls inside our error's span (a key indented too far on the next line),
 * it is the line to change; otherwise our parser's start of the error is.
 */
function yamlErrorAt(src, kustomizeLine) {
    const errors = src.docs.flatMap((d) => d.errors).filter((e) => e.linePos);
    if (!errors.length)
        return undefined;
    const lines = src.text.split('\n');
    const starts = [1, ...lines.flatMap((l, i) => (/^---(\s|$)/.test(l) ? [i + 2] : []))];
    const open = unclosedFlow(src, errors[0]);
    if (open)
        return open;
    for (const e of errors) {
        const [from, to] = [e.linePos[0], e.linePos[1] ?? e.linePos[0]];
        const hit = kustomizeLine ? starts.map((s) => s + kustomizeLine - 1).find((l) => l > from.line && l <= to.line) : undefined;
        if (hit !== undefined)
            return { line: hit, column: lines[hit - 1].length - lines[hit - 1].trimStart().length + 1 };
    }
    return { line: errors[0].linePos[0].line, column: errors[0].linePos[0].col };
}
/**
 * A `[` or `{` never closed: both parsers notice only where the text runs out (the next key, the end
 * of the file), but the bracket to close is where the collection opens.
 */
function unclosedFlow(src, error) {
    const close = /end with an? ([\]}])/.exec(error.message)?.[1];
    if (!close)
        return undefined;
    let start;
    for (const doc of src.docs) {
        (0,dist/* visit */.YR)(doc, {
            Collection(_, node) {
                const [from, to] = node.range ?? [];
                if (node.flow && from !== undefined && from < error.pos[0] && !src.text.slice(from, to).trimEnd().endsWith(close))
                    start = from;
            },
        });
    }
    return start === undefined ? undefined : (0,yaml_source/* positionOf */.df)(src, start);
}
/**
 * One finding per failed build: at the file or entry the error is about when there is one, else at
 * the overlay's kustomization. kustomize's own words are quoted once, in the help, and only when
 * they say more than the cause the message already gives.
 */
function buildFailureFindings(sink, t, message, root, all) {
    const full = message.split(root + (external_node_path_default()).sep).join('');
    const cause = rootCause(full);
    const kustomizationAt = (dir) => all.get(dir) ?? t.tree.find((k) => k.dir === dir);
    const found = entryCulprit(message, root, kustomizationAt) ?? blame(message, root, t, all) ?? yamlCulprit(message, t);
    const suspects = found ? [] : yamlFilesOf(t).map((f) => external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/'));
    const from = suspects.length ? ` (kustomize does not say which file; it reads ${listed(suspects)})` : '';
    const detail = found ? found.detail(cause) : `kustomize build failed: ${cause}${from}`;
    const help = detail.endsWith(full) ? undefined : `kustomize said: ${full}`;
    sink.add('kubernetes/build-failed', found?.at ?? overlayFile(t), '', detail, { overlay: t.rel, ...(help ? { help } : {}) });
}
/** The YAML files an overlay's tree reads (resources that are files, patch files), in tree order. */
function yamlFilesOf(t) {
    const files = new Set();
    for (const k of t.tree) {
        for (const e of k.resources) {
            const p = external_node_path_default().resolve(k.dir, e.value);
            if (/\.(ya?ml|json)$/i.test(p) && (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile())
                files.add(p);
        }
        for (const patch of k.patches)
            if (patch.file && (0,external_node_fs_.existsSync)(patch.file))
                files.add(patch.file);
    }
    return [...files];
}
/**
 * kustomize names no file for some YAML errors (`yaml: unmarshal errors: line 7: mapping key "A"
 * already defined at line 6`). The tree's files are read with the rules that error comes from
 * (go-yaml v3 refuses duplicate keys, tabs as indentation, broken syntax); the file with such an
 * error at the line kustomize names, else the only file with one, is the culprit.
 */
function yamlCulprit(message, t) {
    if (!/yaml: /.test(message))
        return undefined;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 0);
    const hits = [];
    for (const file of yamlFilesOf(t)) {
        const src = (0,yaml_source/* loadYaml */.yv)(file);
        if (!src)
            continue;
        const errors = (0,dist/* parseAllDocuments */.hR)(src.text, { uniqueKeys: true, version: '1.1', lineCounter: new dist/* LineCounter */.HN() }).flatMap((d) => d.errors);
        for (const e of errors) {
            const pos = src.lines.linePos(e.pos[0]);
            hits.push({ file, line: pos.line, column: pos.col, why: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') });
        }
    }
    const hit = hits.find((h) => h.line === line) ?? (new Set(hits.map((h) => h.file)).size === 1 ? hits[0] : undefined);
    if (!hit)
        return undefined;
    // kustomize's line numbers count in its own stream of the tree's files, not in this file.
    return { at: { file: hit.file, line: hit.line, column: hit.column }, detail: (cause) => `kustomize build failed here: ${hit.why} (kustomize: ${cause})` };
}
function listed(files) {
    return files.length > 6 ? `${files.slice(0, 6).join(', ')} and ${files.length - 6} more` : files.join(', ');
}

// EXTERNAL MODULE: ./src/report/suppression-grammar.ts
var suppression_grammar = __webpack_require__(1105);
// EXTERNAL MODULE: ./src/checks/kubernetes/rules.ts
var rules = __webpack_require__(1025);
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
 * `code` names the engine in ajv standalone output: code compiled ahead of time
 * (scripts/gen-k8s-validators.mjs) is handed `goRegExp` by precompiled.ts.
 */
const goRegExp = Object.assign((pattern, _flags) => compileGoRegExp(pattern), { code: 'goRegExp' });

;// CONCATENATED MODULE: ./src/checks/kubernetes/helm-template-map.ts




const helm_template_map_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `replicas: {{ .Values.web.replicas }}`, optionally piped (`| quote`, `| int`): the value comes straight from values. */
const STRAIGHT_FROM_VALUES = /:\s*["']?\{\{-?\s*\.Values\.([A-Za-z0-9_.]+)\s*(?:\|\s*(?:quote|squote|int|int64|float64|toString|toYaml)\s*)?-?\}\}["']?\s*$/;
/**
 * Where a field of a chart's rendered object is written. A template is not YAML until rendered, so
 * the field's keys are looked up line by line, each after the one before it; where the value is
 * straight `{{ .Values.x.y }}`, the values file that sets x.y (the last one helm merges) is the place
 * to change it. Undefined when the template cannot be read, or for a pulled chart when the field
 * is not set by the values the user gave.
 */
function locateInTemplate(t, segs, object) {
    const read = (0,bounded_read/* readBounded */.j)(t.file);
    if (!read.ok)
        return undefined;
    const lines = read.bytes.toString('utf8').split('\n');
    let at = -1;
    let from = 0;
    for (const [n, seg] of segs.entries()) {
        if (/^\d+$/.test(seg)) {
            const item = itemLine(lines, from, valueAt(object, segs.slice(0, n + 1)));
            if (item !== undefined)
                [at, from] = [item, item];
            continue;
        }
        const key = new RegExp(`^\\s*(?:-\\s+)?["']?${helm_template_map_escape(seg)}["']?\\s*:`);
        const next = lines.findIndex((l, i) => i >= from && key.test(l));
        if (next < 0)
            break;
        [at, from] = [next, next + 1];
    }
    if (at < 0)
        return t.userValuesOnly ? undefined : { file: t.file, line: 1, column: 1, via: 'document' };
    const fromValues = STRAIGHT_FROM_VALUES.exec(lines[at])?.[1];
    if (fromValues) {
        // The last source that sets the key is the one whose value helm used.
        for (const { source, keys, chart } of valuesSources(t, fromValues.split('.')).reverse()) {
            if (chart && t.userValuesOnly)
                return undefined;
            const hit = valuesLine(source, keys);
            if (hit)
                return hit;
        }
    }
    if (t.userValuesOnly)
        return undefined;
    const column = lines[at].search(/\S/) + 1;
    return { file: t.file, line: at + 1, column, via: 'source' };
}
function valueAt(object, segs) {
    let cur = object;
    for (const s of segs)
        cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, s) ? cur[s] : undefined;
    return cur;
}
/**
 * The line a list item starts on, for an item with a literal `name` (containers, ports, volumes,
 * env): the `- ` line at or above its `name:` line. Undefined when the name is not written as is.
 */
function itemLine(lines, from, item) {
    const name = item !== null && typeof item === 'object' ? item.name : undefined;
    if (typeof name !== 'string' && typeof name !== 'number')
        return undefined;
    const named = new RegExp(`^(\\s*)(?:-\\s+)?name:\\s*["']?${helm_template_map_escape(String(name))}["']?\\s*(?:#.*)?$`);
    const at = lines.findIndex((l, i) => i >= from && named.test(l));
    if (at < 0)
        return undefined;
    const indent = named.exec(lines[at])[1].length;
    for (let i = at; i >= from; i--) {
        const dash = /^(\s*)-\s/.exec(lines[i]);
        // Above the name line, a dash indented as deep as the name's key is a list nested in the item.
        if (dash && (i === at || dash[1].length < indent))
            return i;
    }
    return at;
}
/**
 * Where `.Values.<keys>` of a template may be set, in the order helm merges them: the innermost
 * chart's values.yaml, each enclosing chart's under the subchart's name, then the given values
 * (the top chart's). `global` is shared by all charts, so it is never under a subchart's name.
 */
function valuesSources(t, keys) {
    const chain = t.subcharts ?? [];
    const global = keys[0] === 'global';
    const out = [];
    for (let i = chain.length; i >= 0; i--) {
        const dir = external_node_path_default().join(t.chartDir, ...chain.slice(0, i).flatMap((n) => ['charts', n]));
        out.push({ source: external_node_path_default().join(dir, 'values.yaml'), keys: [...(global ? [] : chain.slice(i)), ...keys], chart: true });
    }
    const own = external_node_path_default().join(t.chartDir, 'values.yaml');
    for (const v of t.values)
        out.push({ source: v, keys: [...(global ? [] : chain), ...keys], chart: v === own });
    return out;
}
/** Where a values source sets the dotted key; undefined when it does not. */
function valuesLine(v, keys) {
    const file = typeof v === 'string' ? v : v.file;
    const src = (0,yaml_source/* loadYaml */.yv)(file);
    let node = src?.docs[0]?.contents;
    for (const step of typeof v === 'string' ? [] : v.at) {
        node = typeof step === 'number' ? ((0,dist/* isSeq */.oP)(node) ? node.items[step] : undefined) : (0,yaml_source/* pairOf */.cF)(node, step)?.value;
    }
    let pos;
    for (const k of keys) {
        if (!src || !(0,dist/* isMap */.jh)(node))
            return undefined;
        const pair = (0,yaml_source/* pairOf */.cF)(node, k);
        if (!pair)
            return undefined;
        pos = (0,yaml_source/* positionOf */.df)(src, (0,yaml_source/* nodeStart */.f)(pair.key) ?? 0);
        node = pair.value;
    }
    return pos ? { file, ...pos, via: 'source' } : undefined;
}

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
function source_map_valueAt(obj, segs) {
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
            const builtItem = source_map_valueAt(built, [...builtPrefix, ...segs.slice(0, i + 1)]);
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
        const built = source_map_valueAt(res.object, segs);
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
    // A chart's template (helm's `# Source:`), after the patches and images entries kustomize applied over it.
    if (res.template) {
        // A missing field is named either by its own path (policies) or by the object that lacks it (schema).
        const absent = opts.missing && source_map_valueAt(res.object, segs) === undefined;
        const hit = locateInTemplate(res.template, absent ? segs.slice(0, -1) : segs, res.object);
        if (hit)
            return hit;
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
        // A chart's resources carry no template path once kustomize has inflated them: the helmCharts entry is what names the chart.
        if (origin.configuredBy?.kind === 'HelmChartInflationGenerator' && k) {
            const chart = k.charts.find((c) => c.name === origin.configuredBy?.name) ?? k.charts[0];
            if (chart)
                return { file: k.file, line: chart.line, column: chart.column, via: 'generator' };
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
        const ignore = ctx.resource && this.ignoreOf(ctx.resource, entry.finding);
        if (ignore !== undefined && entry.finding.objectIgnore === undefined)
            entry.finding.objectIgnore = ignore;
        if (ctx.overlay !== undefined)
            entry.overlays.add(ctx.overlay);
        if (ctx.version !== undefined)
            entry.versions.add(ctx.version);
        this.collecting?.push(entry.finding);
        return severity;
    }
    collecting;
    /**
     * Collects the findings added until `stop` is called (each as added, a finding shared with another
     * overlay included): an overlay's own findings, so its progress line counts what the report will.
     */
    collect(into) {
        this.collecting = into;
        return { stop: () => (this.collecting = undefined) };
    }
    ignores = new WeakMap();
    ignoresAt = new Map();
    /** Records a resource's suppression annotation and where it is written, before its findings are added. */
    noteIgnore(res, at) {
        const text = objectIgnore(res);
        if (text === undefined)
            return;
        const file = (0,path_guard/* isInside */.FK)(this.root, at.file) ? findings_posix(external_node_path_default().relative(this.root, at.file)) : findings_posix(at.file);
        const s = { text, file, line: at.line, column: at.column };
        this.ignores.set(res, s);
        if (!this.ignoresAt.has(`${file}:${at.line}`))
            this.ignoresAt.set(`${file}:${at.line}`, s);
    }
    /** Every annotation recorded, one per place it is written (a base shared by overlays is one). */
    objectSuppressions() {
        return [...this.ignoresAt.values()];
    }
    /** The annotation as recorded, or (an object too large to map) its text at the finding. */
    ignoreOf(res, f) {
        const noted = this.ignores.get(res);
        if (noted)
            return noted;
        const text = objectIgnore(res);
        return text === undefined ? undefined : { text, file: f.file, line: f.line, column: f.column };
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
/** The object's suppression annotation, read by the one suppression pass in src/report. */
function objectIgnore(r) {
    const annotations = r.object['metadata']?.annotations;
    if (typeof annotations !== 'object' || annotations === null)
        return undefined;
    const v = annotations[suppression_grammar/* IGNORE_ANNOTATION */.Z];
    return typeof v === 'string' ? v : undefined;
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
/** kind, apiVersion, name and namespace of a decoded object ('' where absent or not a string). */
function identityOf(object, defaultNamespace = '') {
    const meta = isPlainObject(object.metadata) ? object.metadata : undefined;
    const text = (v) => (typeof v === 'string' ? v : '');
    return { kind: text(object.kind), apiVersion: text(object.apiVersion), name: text(meta?.name), namespace: text(meta?.namespace) || defaultNamespace };
}

// EXTERNAL MODULE: ./src/tools/helm.ts
var tools_helm = __webpack_require__(7379);
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
    reportMissing(sink, targets.filter((t) => !t.refused), 'kubernetes/kustomize-missing', detail, help);
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
    reportMissing(sink, targets.filter((t) => t.build?.ok), 'kubernetes/kubeconform-missing', detail, help);
}
function reportMissing(sink, targets, rule, detail, help) {
    const at = targets[0] && overlayFile(targets[0]);
    if (!at)
        return;
    for (const t of targets)
        sink.add(rule, at, '', detail, { overlay: t.rel, help });
}
/** An overlay with `helmCharts:` (or a chart the settings name) and no helm at the pinned version: the overlay is not built, one finding says why. */
function reportMissingHelm(sink, t) {
    const chart = t.tree.flatMap((k) => k.charts.map((c) => ({ k, c })))[0];
    t.refused = true;
    sink.add('kubernetes/helm-missing', chart ? { file: chart.k.file, line: chart.c.line, column: chart.c.column } : overlayFile(t), '', `${chart ? 'helmCharts needs' : 'the chart needs'} helm ${tools_helm/* HELM_VERSION */.i}, which was not found (tools dir or PATH), so the overlay could not be built or validated`, { overlay: t.rel, help: 'Run scripts/tools/install-helm.sh of portarium-infra, or put helm ' + tools_helm/* HELM_VERSION */.i + ' on PATH. The kustomize-validate action installs it itself.' });
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/helm-chart.ts







/**
 * One target per chart and Kubernetes version: helm renders a chart for a `--kube-version`
 * (`.Capabilities.KubeVersion`), so each version validates its own render.
 */
function chartTargets(root, charts, versions) {
    return charts.flatMap((c) => {
        const dir = external_node_path_default().resolve(root, c.path);
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'Chart.yaml')))
            throw new finding/* UsageError */.eb(`charts entry ${c.path} has no Chart.yaml`);
        const values = (c.values ?? []).map((v) => external_node_path_default().resolve(root, v));
        const rel = external_node_path_default().relative(root, dir).split((external_node_path_default()).sep).join('/') || '.';
        const tree = [
            {
                dir,
                file: external_node_path_default().join(dir, 'Chart.yaml'),
                kind: 'Kustomization',
                // Containment and size checks of overlays apply to the chart folder and the values files.
                resources: [{ value: '.', field: 'charts', line: 1, column: 1 }],
                components: [],
                files: values.map((v) => ({ value: external_node_path_default().relative(dir, v), field: 'charts.values', line: 1, column: 1 })),
                patches: [],
                images: [],
                generators: [],
                charts: [],
            },
        ];
        return versions.map((v) => ({
            dir,
            rel,
            tree,
            resources: [],
            refused: false,
            onlyVersion: v,
            chart: { dir, release: c.release ?? external_node_path_default().basename(dir), namespace: c.namespace, values, kubernetesVersion: v },
        }));
    });
}
/**
 * `helm template` with the limits of a kustomize build. Helm's home directories point into a fresh
 * temporary folder, so no repository list, plugin or registry login of the machine is used; a chart
 * whose dependencies are not vendored under charts/ fails instead of fetching them.
 */
async function renderChart(helm, c, timeoutMs) {
    const home = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-helm-'));
    try {
        const args = [
            'template',
            ...(c.release ? [c.release] : ['--generate-name']),
            c.dir,
            ...(c.kubernetesVersion ? ['--kube-version', c.kubernetesVersion] : []),
            ...(c.namespace ? ['--namespace', c.namespace] : []),
            ...c.values.flatMap((v) => ['--values', v]),
            ...(c.extraArgs ?? []),
        ];
        const [bin, argv] = (0,build/* memoryLimited */.AZ)(helm, args, build/* DEFAULT_MEMORY_BYTES */.S2);
        const env = (0,build/* goRuntimeEnv */.IZ)(build/* DEFAULT_MEMORY_BYTES */.S2, {
            PATH: process.env.PATH ?? '',
            HOME: home,
            HELM_CACHE_HOME: external_node_path_default().join(home, 'cache'),
            HELM_CONFIG_HOME: external_node_path_default().join(home, 'config'),
            HELM_DATA_HOME: external_node_path_default().join(home, 'data'),
        });
        const r = await (0,build/* runCapped */.Dy)(bin, argv, timeoutMs, build/* DEFAULT_MAX_BYTES */.fS, env);
        if (r.code === 0 && !r.overflow)
            return { ok: true, output: r.stdout };
        const message = r.overflow
            ? 'helm template printed more than the output limit; it was stopped'
            : r.timedOut
                ? `helm template did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`
                : (0,build/* outOfMemory */.v7)(r.stderr)
                    ? 'helm ran out of memory'
                    : (r.stderr.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^Error: /, '') || 'helm template failed').split(home).join('<helm home>');
        return { ok: false, output: '', message };
    }
    finally {
        (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
    }
}
/**
 * The rendered objects, each with the template file helm's `# Source:` line names as its origin;
 * `values` says where the values helm was given are written (default: the files themselves).
 */
function chartResources(output, c, values = c.values) {
    const resources = [];
    const problems = [];
    for (const chunk of splitYamlStream(output)) {
        if (chunk.text.trim() === '')
            continue;
        const source = /^# Source: (.+)$/m.exec(chunk.text)?.[1]?.trim();
        const parsed = parseChunk(chunk.text);
        if (parsed.error) {
            problems.push(`${source ?? 'a rendered document'}: ${parsed.error}`);
            continue;
        }
        if (!isPlainObject(parsed.value))
            continue;
        const object = parsed.value;
        const template = source ? templateFile(c.dir, source) : undefined;
        const subcharts = source ? subchartsOf(source) : [];
        resources.push({
            index: resources.length,
            object,
            ...identityOf(object, c.namespace ?? ''),
            json: JSON.stringify(object),
            ...(template ? { template: { file: template, values, chartDir: c.dir, ...(subcharts.length ? { subcharts } : {}) } } : {}),
        });
    }
    return { resources, problems };
}
/** `web/charts/db/charts/tls/templates/x.yaml` \u2192 ['db', 'tls']: the subcharts a template belongs to. */
function subchartsOf(source) {
    const chain = [];
    let rest = source.split('/').slice(1);
    while (rest[0] === 'charts' && rest.length > 2) {
        chain.push(rest[1]);
        rest = rest.slice(2);
    }
    return chain;
}
/** `web/templates/deploy.yaml` \u2192 `<chart dir>/templates/deploy.yaml`; a subchart's path stays inside the chart. */
function templateFile(chartDir, source) {
    const rel = source.split('/').slice(1).join('/');
    const file = external_node_path_default().resolve(chartDir, rel);
    return file.startsWith(chartDir + (external_node_path_default()).sep) && (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? file : undefined;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/kustomize-charts.ts








const INFLATOR = 'HelmChartInflationGenerator';
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
/**
 * kustomize keeps no trace of the template an inflated chart object came from (its origin names
 * only the kustomization with the helmCharts entry). Each chart an overlay inflates is rendered
 * again with the pinned helm and the flags kustomize gives it, and every inflated object takes the
 * `# Source:` template (and the values sources) of the rendered object it matches by kind and name.
 * Objects that match nothing, and charts that fail to render, keep pointing at the helmCharts entry.
 */
async function mapChartTemplates(resources, tree, helm, timeoutMs) {
    const inflated = resources.filter((r) => r.origin?.configuredBy?.kind === INFLATOR && r.origin.configuredIn && !r.template);
    if (inflated.length === 0)
        return;
    const started = Date.now();
    for (const k of tree) {
        const mine = inflated.filter((r) => r.origin.configuredIn === k.file);
        if (mine.length === 0)
            continue;
        const rendered = [];
        for (const c of k.charts) {
            const left = timeoutMs - (Date.now() - started);
            if (left <= 0)
                return;
            // Only where findings point depends on this render: if it cannot run, the build's result stands.
            rendered.push(...(await renderEntry(k, c, helm, left).catch(() => [])));
        }
        const generated = k.charts.filter((c) => !c.releaseName && !c.nameTemplate).map((c) => external_node_path_default().posix.basename(c.name));
        for (const r of mine) {
            const match = matchRendered(r, rendered, generated);
            if (match?.template)
                r.template = match.template;
        }
    }
}
/** One helmCharts entry rendered as kustomize renders it (the agreement test compares the two); [] for a chart not found, or when helm fails. */
async function renderEntry(k, c, helm, timeoutMs) {
    // A remote chart (remote bases allowed) is where kustomize pulled it during the build.
    const dir = external_node_path_default().resolve(k.dir, c.chartHome, ...(c.repo && c.version ? [`${c.name}-${c.version}`] : []), c.name);
    if (!isDir(dir))
        return [];
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-chart-values-'));
    try {
        const file = c.valuesFile ? external_node_path_default().resolve(k.dir, c.valuesFile) : undefined;
        const valuesFile = file && (0,build/* isFile */.fo)(file) ? file : undefined;
        const additional = c.additionalValuesFiles.map((f) => external_node_path_default().resolve(k.dir, f)).filter(build/* isFile */.fo);
        // kustomize merges valuesInline into valuesFile (override by default; `merge` keeps the file's
        // values; `replace` drops the file) and gives helm the result: two helm values files merge alike.
        const inline = c.inline ? inlineValues(k, c.index) : undefined;
        let files = valuesFile ? [valuesFile] : [];
        let sources = [...files];
        if (inline) {
            const inlineFile = external_node_path_default().join(tmp, 'values-inline.yaml');
            const mode = c.valuesMerge ?? 'override';
            await (0,promises_.writeFile)(inlineFile, (0,dist/* stringify */.As)(mode === 'replace' ? inline : withoutNulls(inline)));
            const at = { file: k.file, at: ['helmCharts', c.index, 'valuesInline'] };
            if (mode === 'replace')
                [files, sources] = [[inlineFile], [at]];
            // Without valuesFile, kustomize merges into the chart's values.yaml: under `merge` those win.
            else if (mode === 'merge') {
                const base = valuesFile ?? external_node_path_default().join(dir, 'values.yaml');
                [files, sources] = (0,build/* isFile */.fo)(base) ? [[inlineFile, base], [at, base]] : [[inlineFile], [at]];
            }
            else
                [files, sources] = [[...files, inlineFile], [...sources, at]];
        }
        const render = {
            dir,
            release: c.releaseName,
            namespace: c.namespace,
            values: [...files, ...additional],
            kubernetesVersion: c.kubeVersion,
            extraArgs: [
                ...(c.nameTemplate ? ['--name-template', c.nameTemplate] : []),
                ...c.apiVersions.flatMap((v) => ['--api-versions', v]),
                ...(c.includeCRDs ? ['--include-crds'] : []),
                ...(c.skipTests ? ['--skip-tests'] : []),
                ...(c.skipHooks ? ['--no-hooks'] : []),
            ],
        };
        const r = await renderChart(helm, render, timeoutMs);
        const resources = r.ok ? chartResources(r.output, render, [...sources, ...additional]).resources : [];
        // The pulled chart is not the user's to edit: only the values they gave it are places to point at.
        if (c.repo)
            for (const res of resources)
                if (res.template)
                    res.template = { ...res.template, userValuesOnly: true };
        return resources;
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/**
 * The entry's valuesInline as kustomize reads it: YAML 1.1 (go-yaml v2), where a date stays a
 * string. Undefined when the kustomization cannot be decoded (aliases beyond the limit).
 */
function inlineValues(k, index) {
    try {
        const doc = (0,dist/* parseDocument */.Tp)(k.source?.text ?? '', { version: '1.1', customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== TIMESTAMP) });
        const all = doc.toJS({ maxAliasCount: 100 });
        const charts = isPlainObject(all) && Array.isArray(all.helmCharts) ? all.helmCharts : [];
        const entry = charts[index];
        return isPlainObject(entry) && isPlainObject(entry.valuesInline) ? entry.valuesInline : undefined;
    }
    catch {
        return undefined;
    }
}
/** mergo, which kustomize merges valuesInline with, skips a null: the key keeps the file's value (or stays unset). */
function withoutNulls(v) {
    return Object.fromEntries(Object.entries(v).flatMap(([key, x]) => (x === null ? [] : [[key, isPlainObject(x) ? withoutNulls(x) : x]])));
}
/**
 * The rendered object an inflated one came from. kustomize's transformers may have added a name
 * prefix or suffix and changed the namespace, so the name helm gave is found inside the built one
 * (the longest such name wins). A release without releaseName is named by helm `<chart>-<unix
 * seconds>`, different in each render, so that part of a name is not compared. Failing names, the
 * only object of its kind.
 */
function matchRendered(r, rendered, generatedFor = []) {
    const plain = (name) => generatedFor.reduce((n, chart) => n.replace(new RegExp(`${chart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{9,11}`, 'g'), `${chart}-*`), name);
    const want = plain(r.name);
    const same = rendered.filter((c) => c.kind === r.kind && c.apiVersion === r.apiVersion).map((c) => ({ c, name: plain(c.name) }));
    const exact = same.filter((x) => x.name === want);
    if (exact.length > 0)
        return (exact.find((x) => x.c.namespace === r.namespace) ?? exact[0]).c;
    const within = same.filter((x) => x.name !== '' && want.includes(x.name)).sort((a, b) => b.name.length - a.name.length);
    if (within.length > 0)
        return within[0].c;
    return same.length === 1 ? same[0].c : undefined;
}
function isDir(p) {
    try {
        return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/plain-manifests.ts







const MANIFEST_FILE = /\.(ya?ml|json)$/i;
/** Kinds that configure tools rather than describe cluster objects: never plain manifests. */
const TOOL_KINDS = new Set(['Kustomization', 'Component']);
/** `v1`, `apps/v1`, `example.com/v1beta2`: what a values file that merely has the keys does not hold. */
const API_VERSION = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v\d+((alpha|beta)\d+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
/**
 * Plain manifests: folders (walked like kubeconform walks them, for .yaml, .yml and .json) or files
 * of Kubernetes objects with no kustomization, validated with the same engines and rules as the
 * overlays. Each entry is one target; its "build" is reading its files.
 */
function manifestTargets(root, entries) {
    return entries.map((entry) => {
        const at = external_node_path_default().resolve(root, entry);
        if (!(0,external_node_fs_.existsSync)(at))
            throw new finding/* UsageError */.eb(`manifests entry ${entry} does not exist`);
        return plainTarget(root, at, (0,external_node_fs_.statSync)(at).isDirectory() ? manifestFiles(at) : [at]);
    });
}
/**
 * Where a repository has no kustomization at all, its folders of Kubernetes objects, as kubeconform
 * would be pointed at them: a file counts when every document in it is an object with an
 * `apiVersion` and a `kind` shaped as Kubernetes writes them (so compose files, workflows, collector configs and values files do not),
 * outside Helm charts. With kustomizations present, plain folders are validated only when the
 * settings name them.
 */
function discoverManifestTargets(root, discovery, maxFileBytes = bounded_read/* DEFAULT_MAX_FILE_BYTES */.C) {
    if (discovery.all.size > 0)
        return [];
    const targets = [];
    // A chart's templates are not manifests until helm renders them; parents are visited first.
    const charts = [];
    (0,discover/* walkTree */.Ir)(root, (dir, entries) => {
        if (charts.some((c) => (dir + (external_node_path_default()).sep).startsWith(c)))
            return;
        if (entries.some((e) => e.isFile() && e.name === 'Chart.yaml'))
            return void charts.push(dir + (external_node_path_default()).sep);
        const files = entries.filter((e) => e.isFile() && MANIFEST_FILE.test(e.name)).map((e) => external_node_path_default().join(dir, e.name));
        const manifests = files.filter((f) => isManifestFile(f, maxFileBytes));
        if (manifests.length)
            targets.push(plainTarget(root, dir, manifests));
    });
    return targets;
}
function plainTarget(root, at, files) {
    const rel = external_node_path_default().relative(root, at).split((external_node_path_default()).sep).join('/') || '.';
    return { dir: at, rel, tree: [asKustomization(at, files)], resources: [], refused: false, plain: files };
}
function isManifestFile(file, maxFileBytes) {
    const read = (0,bounded_read/* readBounded */.j)(file, maxFileBytes);
    if (!read.ok)
        return false;
    const text = read.bytes.toString('utf8');
    if (!/apiVersion/.test(text) || !/kind/.test(text))
        return false;
    let objects = 0;
    for (const chunk of splitYamlStream(text)) {
        if (chunk.text.trim() === '')
            continue;
        const { value, error } = parseChunk(chunk.text);
        if (error || value == null)
            continue;
        if (!isPlainObject(value) || !API_VERSION.test(String(value.apiVersion)) || !KIND.test(String(value.kind)) || TOOL_KINDS.has(String(value.kind)))
            return false;
        objects++;
    }
    return objects > 0;
}
/** Every .yaml, .yml and .json file under `dir`, in a stable order. */
function manifestFiles(dir) {
    const files = [];
    (0,discover/* walkTree */.Ir)(dir, (d, entries) => {
        for (const e of entries)
            if (e.isFile() && MANIFEST_FILE.test(e.name))
                files.push(external_node_path_default().join(d, e.name));
    });
    return files;
}
/**
 * The files as the resource list of a kustomization-shaped record, so the refusals an overlay gets
 * (paths leaving the repository, oversized files, alias bombs) and source mapping apply unchanged.
 */
function asKustomization(at, files) {
    const dir = (0,external_node_fs_.statSync)(at).isDirectory() ? at : external_node_path_default().dirname(at);
    return {
        dir,
        file: files[0] ?? at,
        kind: 'Kustomization',
        resources: files.map((f) => ({ value: external_node_path_default().relative(dir, f), field: 'manifests', line: 1, column: 1 })),
        components: [],
        files: [],
        patches: [],
        images: [],
        generators: [],
        charts: [],
    };
}
/** The objects of a plain target's files; each keeps its file as origin and its text for the engines. */
function readManifests(files, maxFileBytes = bounded_read/* DEFAULT_MAX_FILE_BYTES */.C) {
    const resources = [];
    const problems = [];
    for (const file of files) {
        const read = (0,bounded_read/* readBounded */.j)(file, maxFileBytes);
        if (!read.ok) {
            problems.push({ file, line: 1, message: 'not a readable regular file within the size limit' });
            continue;
        }
        for (const chunk of splitYamlStream(read.bytes.toString('utf8'))) {
            if (chunk.text.trim() === '')
                continue;
            const parsed = parseChunk(chunk.text);
            if (parsed.error) {
                // An error at the end of the stream names the line after the last; say the last.
                const last = chunk.text.replace(/\n+$/, '').split('\n').length - 1;
                problems.push({ file, line: chunk.line + Math.min(lineOf(parsed.error), last), message: parsed.error });
                continue;
            }
            // kubeconform skips empty documents; anything else, a scalar included, is the engine's to judge.
            if (parsed.value == null)
                continue;
            const object = isPlainObject(parsed.value) ? parsed.value : {};
            resources.push({
                index: resources.length,
                object,
                ...identityOf(object),
                origin: { path: file },
                json: JSON.stringify(object),
                text: chunk.text,
                textLine: chunk.line,
            });
        }
    }
    return { resources, problems };
}
/** The 0-based line offset a `yaml: line N: \u2026` message names within its chunk. */
function lineOf(message) {
    const m = /^yaml: line (\d+):/.exec(message);
    return m ? Number(m[1]) - 1 : 0;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/build-targets.ts












/** Longest a single build may take, within what is left of the check's time limit. */
const BUILD_TIMEOUT_MS = 120_000;
/** Builds every overlay not refused and reads the rendered resources into `t.resources`. */
async function buildTargets(targets, kustomize, ctx, events = {}) {
    const { sink, deadline, limits } = ctx;
    await (0,map_limit/* mapLimit */.s)(targets, limits.concurrency, async (t) => {
        if (t.refused)
            return;
        if (deadline.expired())
            return markTimedOut(t, sink, deadline);
        if (t.plain)
            return readPlain(t, sink, events);
        if (t.chart) {
            const helm = await (ctx.helm ??= (ctx.resolveHelm ?? tools_helm/* locateHelm */.N)());
            if (!helm)
                return reportMissingHelm(sink, t);
            return renderChartTarget(t, t.chart, helm, ctx, events);
        }
        // Without kustomize only plain targets are left (the others were reported).
        if (!kustomize)
            return;
        const helm = t.tree.some((k) => k.charts.length > 0) ? await (ctx.helm ??= (ctx.resolveHelm ?? tools_helm/* locateHelm */.N)()) : undefined;
        if (t.tree.some((k) => k.charts.length > 0) && !helm)
            return reportMissingHelm(sink, t);
        t.build = await (0,build/* buildKustomization */.eQ)(kustomize, t.dir, {
            helm,
            maxBytes: limits.maxManifestBytes,
            sortOptions: t.tree[0]?.sortOptions,
            timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
            memoryBytes: limits.kustomizeMemoryBytes,
            onStarted: events.onStarted,
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
        if (helm)
            await mapChartTemplates(t.resources, t.tree, helm, deadline.cap(BUILD_TIMEOUT_MS));
        for (const p of parsed.problems)
            sink.add('kubernetes/invalid-manifest', overlayFile(t), '', `kustomize printed a document that cannot be read: ${p}`, { overlay: t.rel });
        for (const big of parsed.oversized) {
            const at = big.origin ? locate({ overlay: t.tree[0], tree: t.tree }, big, ['kind'], { key: true }) : overlayFile(t);
            if (sink.add('kubernetes/object-too-large', at, subjectOf(big), big.message, { overlay: t.rel, resource: big }) === 'error')
                t.oversized = (t.oversized ?? 0) + 1;
        }
        events.onBuilt?.(t);
    });
}
/** A plain target's "build": its files read, each unreadable document a finding at its line. */
function readPlain(t, sink, events) {
    const read = readManifests(t.plain ?? []);
    t.resources = read.resources;
    for (const p of read.problems)
        sink.add('kubernetes/invalid-manifest', { file: p.file, line: p.line, column: 1 }, '', `the document cannot be read: ${p.message}`, { overlay: t.rel });
    t.build = { ok: true, output: read.resources.map((r) => r.text ?? r.json).join('\n---\n'), wrapperDir: '' };
    events.onBuilt?.(t);
}
/** A chart's "build": `helm template` for the target's Kubernetes version. */
async function renderChartTarget(t, chart, helm, ctx, events) {
    const running = renderChart(helm, chart, ctx.deadline.cap(BUILD_TIMEOUT_MS));
    events.onStarted?.();
    const r = await running;
    if (!r.ok) {
        t.build = { ok: false, message: r.message ?? 'helm template failed', wrapperDir: '' };
        ctx.sink.add('kubernetes/build-failed', overlayFile(t), '', `helm template failed: ${t.build.message}`, { overlay: t.rel, ...(chart.kubernetesVersion ? { version: chart.kubernetesVersion } : {}) });
        return;
    }
    const parsed = chartResources(r.output, chart);
    t.resources = parsed.resources;
    for (const p of parsed.problems)
        ctx.sink.add('kubernetes/invalid-manifest', overlayFile(t), '', `helm printed a document that cannot be read: ${p}`, { overlay: t.rel });
    t.build = { ok: true, output: r.output, wrapperDir: '' };
    events.onBuilt?.(t);
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
                rule: 'kubernetes/configmap-too-large',
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
                rule: 'kubernetes/secret-too-large',
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
            rule: 'kubernetes/annotations-too-large',
            resource: res,
            pointer: ['metadata', 'annotations'],
            message: `annotations total ${annotationBytes} bytes (${kib(annotationBytes)}, keys and values); the API server refuses more than 256 KiB (262,144 bytes)`,
        });
    }
    const objectBytes = utf8(res.json);
    if (objectBytes > API_LIMITS.objectBytes) {
        hits.push({
            rule: 'kubernetes/object-too-large',
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
/** Each container of a pod spec, with the list it is in and its index there. */
function containersOf(spec) {
    const out = [];
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec?.[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((c, index) => {
            const container = obj(c);
            if (container)
                out.push({ field, index, container });
        });
    }
    return out;
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
            for (const { field, index: i, container } of containersOf(obj(at(r.object, podPath)))) {
                const cname = typeof container.name === 'string' ? container.name : `#${i}`;
                const image = container.image;
                if (typeof image === 'string') {
                    const ref = (0,reference/* splitReference */.mQ)(image);
                    if (!ref.digest && (ref.tag === undefined || ref.tag === 'latest')) {
                        hits.push({
                            rule: 'kubernetes/image-not-pinned',
                            resource: r,
                            pointer: [...podPath, field, String(i), 'image'],
                            message: `container ${cname} image ${image} is not pinned (${ref.tag === 'latest' ? 'tag latest' : 'no tag'}); use a version tag or a digest`,
                        });
                    }
                }
                if (field === 'ephemeralContainers')
                    continue;
                const res = obj(container.resources);
                const missing = ['requests', 'limits'].filter((k) => !obj(res?.[k]) || Object.keys(obj(res?.[k])).length === 0);
                if (missing.length > 0) {
                    hits.push({
                        rule: 'kubernetes/missing-resources',
                        resource: r,
                        pointer: res ? [...podPath, field, String(i), 'resources'] : [...podPath, field, String(i), 'name'],
                        message: `container ${cname} has no ${missing.map((m) => `resources.${m}`).join(' or ')}`,
                        missing: true,
                    });
                }
            }
        }
        const g = group(r.apiVersion);
        const namespaced = BUILTIN_GROUPS.has(g) ? !CLUSTER_SCOPED.has(r.kind) : scopes.get(`${g}/${r.kind}`);
        if (namespaced === true && r.namespace === '') {
            hits.push({
                rule: 'kubernetes/missing-namespace',
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
                        rule: 'kubernetes/egress-not-denied',
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

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/controls.ts
const controls_obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const arr = (v) => (Array.isArray(v) ? v : []);
const controls_text = (v) => (typeof v === 'string' ? v : '');
const plural = (one, many, n) => (n === 1 ? one : many);
const quoted = (items) => (items.length === 0 ? '' : `"${items.join('", "')}"`);
/** Go's sets.String List(): distinct, sorted by bytes. */
const sortedSet = (s) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const containersPhrase = (names) => `${plural('container', 'containers', names.length)} ${quoted(names)}`;
const seen = new WeakMap();
/** Init containers, containers, then ephemeral containers: the order the messages list them in. */
function containers(spec) {
    // Every control walks them: list them once per pod.
    const known = seen.get(spec);
    if (known)
        return known;
    const out = [];
    seen.set(spec, out);
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        arr(spec[field]).forEach((item, i) => {
            const c = controls_obj(item) ?? {};
            out.push({ c, name: controls_text(c.name), path: ['spec', field, String(i)], sc: controls_obj(c.securityContext) });
        });
    }
    return out;
}
const podSC = (pod) => controls_obj(pod.spec.securityContext);
const isWindows = (pod) => controls_obj(pod.spec.os)?.name === 'windows';
const inUserNamespace = (pod) => pod.spec.hostUsers === false;
function fail(reason, detail, at, missing = false) {
    return missing ? { reason, detail, at, missing } : { reason, detail, at };
}
// --- baseline ---------------------------------------------------------------------------------
const hostNamespaces = (pod) => {
    const set = ['hostNetwork', 'hostPID', 'hostIPC'].filter((k) => pod.spec[k] === true);
    if (set.length === 0)
        return undefined;
    return fail('host namespaces', set.map((k) => `${k}=true`).join(', '), set.map((k) => ['spec', k]));
};
const privileged = (pod) => {
    const bad = containers(pod.spec).filter((r) => r.sc?.privileged === true);
    if (bad.length === 0)
        return undefined;
    return fail('privileged', `${containersPhrase(bad.map((r) => r.name))} must not set securityContext.privileged=true`, bad.map((r) => [...r.path, 'securityContext', 'privileged']));
};
const DEFAULT_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const capabilitiesBaseline = (pod) => {
    const bad = [];
    const at = [];
    const caps = new Set();
    for (const r of containers(pod.spec)) {
        const capabilities = controls_obj(r.sc?.capabilities);
        if (!capabilities)
            continue;
        let ok = true;
        arr(capabilities.add).forEach((cap, i) => {
            if (DEFAULT_CAPABILITIES.has(controls_text(cap)))
                return;
            ok = false;
            caps.add(controls_text(cap));
            at.push([...r.path, 'securityContext', 'capabilities', 'add', String(i)]);
        });
        if (!ok)
            bad.push(r);
    }
    if (bad.length === 0)
        return undefined;
    return fail('non-default capabilities', `${containersPhrase(bad.map((r) => r.name))} must not include ${quoted(sortedSet(caps))} in securityContext.capabilities.add`, at);
};
const hostPathVolumes = (pod) => {
    const bad = [];
    arr(pod.spec.volumes).forEach((v, i) => {
        const vol = controls_obj(v);
        if (vol && vol.hostPath !== undefined && vol.hostPath !== null)
            bad.push({ name: controls_text(vol.name), at: ['spec', 'volumes', String(i), 'hostPath'] });
    });
    if (bad.length === 0)
        return undefined;
    return fail('hostPath volumes', `${plural('volume', 'volumes', bad.length)} ${quoted(bad.map((b) => b.name))}`, bad.map((b) => b.at));
};
const hostPorts = (pod) => {
    const bad = [];
    const ports = new Set();
    const at = [];
    for (const r of containers(pod.spec)) {
        let ok = true;
        arr(r.c.ports).forEach((p, i) => {
            const hostPort = controls_obj(p)?.hostPort;
            if (typeof hostPort !== 'number' || hostPort === 0)
                return;
            ok = false;
            ports.add(String(hostPort));
            at.push([...r.path, 'ports', String(i), 'hostPort']);
        });
        if (!ok)
            bad.push(r.name);
    }
    if (bad.length === 0)
        return undefined;
    return fail('hostPort', `${containersPhrase(bad)} ${plural('uses', 'use', bad.length)} ${plural('hostPort', 'hostPorts', ports.size)} ${sortedSet(ports).join(', ')}`, at);
};
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
const allowedAppArmorType = (t) => t === 'RuntimeDefault' || t === 'Localhost';
const allowedAppArmorAnnotation = (v) => v === '' || v === 'runtime/default' || v.startsWith('localhost/');
const appArmorProfile = (pod) => {
    const setters = [];
    const values = new Set();
    const at = [];
    const podProfile = controls_obj(podSC(pod)?.appArmorProfile);
    if (podProfile && !allowedAppArmorType(podProfile.type)) {
        setters.push('pod');
        values.add(controls_text(podProfile.type));
        at.push(['spec', 'securityContext', 'appArmorProfile', 'type']);
    }
    const bad = [];
    for (const r of containers(pod.spec)) {
        const profile = controls_obj(r.sc?.appArmorProfile);
        if (profile && !allowedAppArmorType(profile.type)) {
            bad.push(r.name);
            values.add(controls_text(profile.type));
            at.push([...r.path, 'securityContext', 'appArmorProfile', 'type']);
        }
    }
    if (bad.length > 0)
        setters.push(containersPhrase(bad));
    const annotations = [];
    for (const [k, v] of Object.entries(controls_obj(pod.metadata.annotations) ?? {})) {
        if (k.startsWith(APPARMOR_ANNOTATION) && !allowedAppArmorAnnotation(controls_text(v))) {
            annotations.push(`${k}=${goQuote(controls_text(v))}`);
            at.push(['metadata', 'annotations', k]);
        }
    }
    const list = sortedSet(values);
    if (annotations.length > 0) {
        list.push(...annotations.sort());
        setters.push(plural('annotation', 'annotations', annotations.length));
    }
    if (setters.length === 0)
        return undefined;
    return fail(plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length), `${setters.join(' and ')} must not set AppArmor profile type to ${quoted(list)}`, at);
};
function seLinuxOptions(allowed) {
    return (pod) => {
        const types = new Set();
        let user = false;
        let role = false;
        const at = [];
        const valid = (opts, base) => {
            let ok = true;
            const type = controls_text(opts.type);
            if (!allowed.has(type)) {
                ok = false;
                types.add(type);
                at.push([...base, 'type']);
            }
            if (controls_text(opts.user) !== '') {
                ok = false;
                user = true;
                at.push([...base, 'user']);
            }
            if (controls_text(opts.role) !== '') {
                ok = false;
                role = true;
                at.push([...base, 'role']);
            }
            return ok;
        };
        const setters = [];
        const podOpts = controls_obj(podSC(pod)?.seLinuxOptions);
        if (podOpts && !valid(podOpts, ['spec', 'securityContext', 'seLinuxOptions']))
            setters.push('pod');
        const bad = [];
        for (const r of containers(pod.spec)) {
            const opts = controls_obj(r.sc?.seLinuxOptions);
            if (opts && !valid(opts, [...r.path, 'securityContext', 'seLinuxOptions']))
                bad.push(r.name);
        }
        if (bad.length > 0)
            setters.push(containersPhrase(bad));
        if (setters.length === 0)
            return undefined;
        const data = [];
        if (types.size > 0)
            data.push(`${plural('type', 'types', types.size)} ${quoted(sortedSet(types))}`);
        if (user)
            data.push('user may not be set');
        if (role)
            data.push('role may not be set');
        return fail('seLinuxOptions', `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`, at);
    };
}
const SELINUX_TYPES_1_0 = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const SELINUX_TYPES_1_31 = new Set([...SELINUX_TYPES_1_0, 'container_engine_t']);
function procMount(relaxForUserNamespace) {
    return (pod) => {
        if (relaxForUserNamespace && inUserNamespace(pod))
            return undefined;
        const bad = [];
        const types = new Set();
        const at = [];
        for (const r of containers(pod.spec)) {
            const pm = r.sc?.procMount;
            if (pm === undefined || pm === null || pm === 'Default')
                continue;
            bad.push(r.name);
            types.add(controls_text(pm));
            at.push([...r.path, 'securityContext', 'procMount']);
        }
        if (bad.length === 0)
            return undefined;
        return fail('procMount', `${containersPhrase(bad)} must not set securityContext.procMount to ${quoted(sortedSet(types))}`, at);
    };
}
const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';
const validSeccompType = (t) => t === 'Localhost' || t === 'RuntimeDefault';
const validSeccompAnnotation = (v) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
const seccompBaselineAnnotations = (pod) => {
    const annotations = controls_obj(pod.metadata.annotations) ?? {};
    const forbidden = new Set();
    const at = [];
    const judge = (key) => {
        if (!Object.hasOwn(annotations, key))
            return;
        const v = controls_text(annotations[key]);
        if (validSeccompAnnotation(v))
            return;
        forbidden.add(`${key}=${goQuote(v)}`);
        at.push(['metadata', 'annotations', key]);
    };
    judge(SECCOMP_POD_ANNOTATION);
    for (const r of containers(pod.spec))
        judge(SECCOMP_CONTAINER_ANNOTATION + r.name);
    if (forbidden.size === 0)
        return undefined;
    return fail('seccompProfile', `forbidden ${plural('annotation', 'annotations', forbidden.size)} ${sortedSet(forbidden).join(', ')}`, at);
};
/** The seccomp control of baseline (explicit bad types only) and restricted (a type required). */
function seccompFields(required, windowsExempt) {
    return (pod) => {
        if (windowsExempt && isWindows(pod))
            return undefined;
        const setters = [];
        const values = new Set();
        const at = [];
        let podSet = false;
        const podProfile = controls_obj(podSC(pod)?.seccompProfile);
        if (podProfile) {
            if (!validSeccompType(podProfile.type)) {
                setters.push('pod');
                values.add(controls_text(podProfile.type));
                at.push(['spec', 'securityContext', 'seccompProfile', 'type']);
            }
            else
                podSet = true;
        }
        const explicit = [];
        const implicit = [];
        for (const r of containers(pod.spec)) {
            const profile = controls_obj(r.sc?.seccompProfile);
            if (profile) {
                if (!validSeccompType(profile.type)) {
                    explicit.push(r.name);
                    values.add(controls_text(profile.type));
                    at.push([...r.path, 'securityContext', 'seccompProfile', 'type']);
                }
            }
            else if (!podSet)
                implicit.push(r);
        }
        if (explicit.length > 0)
            setters.push(containersPhrase(explicit));
        if (setters.length > 0)
            return fail('seccompProfile', `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${quoted(sortedSet(values))}`, at);
        if (required && implicit.length > 0) {
            return fail('seccompProfile', `pod or ${containersPhrase(implicit.map((r) => r.name))} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`, implicit.map((r) => [...r.path, 'name']), true);
        }
        return undefined;
    };
}
const SYSCTLS_1_0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [...SYSCTLS_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS_1_37 = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];
/** The sysctls each policy version allows, newest first (exported for the docs and tests). */
const ALLOWED_SYSCTLS = [
    { since: 37, names: SYSCTLS_1_37 },
    { since: 32, names: SYSCTLS_1_32 },
    { since: 29, names: SYSCTLS_1_29 },
    { since: 27, names: SYSCTLS_1_27 },
    { since: 0, names: SYSCTLS_1_0 },
];
function sysctls(allowed) {
    const ok = new Set(allowed);
    return (pod) => {
        const bad = [];
        const at = [];
        arr(podSC(pod)?.sysctls).forEach((s, i) => {
            const name = controls_text(controls_obj(s)?.name);
            if (ok.has(name))
                return;
            bad.push(name);
            at.push(['spec', 'securityContext', 'sysctls', String(i), 'name']);
        });
        if (bad.length === 0)
            return undefined;
        return fail('forbidden sysctls', bad.join(', '), at);
    };
}
const windowsHostProcess = (pod) => {
    const at = [];
    const setters = [];
    if (controls_obj(podSC(pod)?.windowsOptions)?.hostProcess === true) {
        setters.push('pod');
        at.push(['spec', 'securityContext', 'windowsOptions', 'hostProcess']);
    }
    const bad = [];
    for (const r of containers(pod.spec)) {
        if (controls_obj(r.sc?.windowsOptions)?.hostProcess === true) {
            bad.push(r.name);
            at.push([...r.path, 'securityContext', 'windowsOptions', 'hostProcess']);
        }
    }
    if (bad.length > 0)
        setters.push(containersPhrase(bad));
    if (setters.length === 0)
        return undefined;
    return fail('hostProcess', `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`, at);
};
const hostProbesAndHostLifecycle = (pod) => {
    const bad = new Set();
    const hosts = new Set();
    const at = [];
    for (const r of containers(pod.spec)) {
        const handlers = [
            [r.c.livenessProbe, ['livenessProbe']],
            [r.c.readinessProbe, ['readinessProbe']],
            [r.c.startupProbe, ['startupProbe']],
            [controls_obj(r.c.lifecycle)?.postStart, ['lifecycle', 'postStart']],
            [controls_obj(r.c.lifecycle)?.preStop, ['lifecycle', 'preStop']],
        ];
        for (const [h, where] of handlers) {
            for (const kind of ['httpGet', 'tcpSocket']) {
                const host = controls_text(controls_obj(controls_obj(h)?.[kind])?.host);
                if (host === '')
                    continue;
                bad.add(r.name);
                hosts.add(host);
                at.push([...r.path, ...where, kind, 'host']);
            }
        }
    }
    if (bad.size === 0)
        return undefined;
    const names = sortedSet(bad);
    return fail('probe or lifecycle host', `${containersPhrase(names)} ${plural('uses', 'use', names.length)} ${plural('probe or lifecycle host', 'probe or lifecycle hosts', hosts.size)} ${quoted(sortedSet(hosts))}`, at);
};
// --- restricted -------------------------------------------------------------------------------
function allowPrivilegeEscalation(windowsExempt) {
    return (pod) => {
        if (windowsExempt && isWindows(pod))
            return undefined;
        const bad = containers(pod.spec).filter((r) => r.sc?.allowPrivilegeEscalation !== false);
        if (bad.length === 0)
            return undefined;
        return fail('allowPrivilegeEscalation != false', `${containersPhrase(bad.map((r) => r.name))} must set securityContext.allowPrivilegeEscalation=false`, bad.map((r) => (r.sc && r.sc.allowPrivilegeEscalation !== undefined ? [...r.path, 'securityContext', 'allowPrivilegeEscalation'] : [...r.path, r.sc ? 'securityContext' : 'name'])), bad.every((r) => r.sc?.allowPrivilegeEscalation === undefined));
    };
}
function capabilitiesRestricted(windowsExempt) {
    return (pod) => {
        if (windowsExempt && isWindows(pod))
            return undefined;
        const missingDrop = [];
        const adding = [];
        const caps = new Set();
        const at = [];
        for (const r of containers(pod.spec)) {
            const capabilities = controls_obj(r.sc?.capabilities);
            if (!capabilities) {
                missingDrop.push(r);
                at.push([...r.path, r.sc ? 'securityContext' : 'name']);
                continue;
            }
            if (!arr(capabilities.drop).includes('ALL')) {
                missingDrop.push(r);
                at.push([...r.path, 'securityContext', 'capabilities', 'drop']);
            }
            let forbidden = false;
            arr(capabilities.add).forEach((cap, i) => {
                if (cap === 'NET_BIND_SERVICE')
                    return;
                forbidden = true;
                caps.add(controls_text(cap));
                at.push([...r.path, 'securityContext', 'capabilities', 'add', String(i)]);
            });
            if (forbidden)
                adding.push(r.name);
        }
        const details = [];
        if (missingDrop.length > 0)
            details.push(`${containersPhrase(missingDrop.map((r) => r.name))} must set securityContext.capabilities.drop=["ALL"]`);
        if (adding.length > 0)
            details.push(`${containersPhrase(adding)} must not include ${quoted(sortedSet(caps))} in securityContext.capabilities.add`);
        if (details.length === 0)
            return undefined;
        return fail('unrestricted capabilities', details.join('; '), at, adding.length === 0);
    };
}
function runAsNonRoot(relaxForUserNamespace) {
    return (pod) => {
        if (relaxForUserNamespace && inUserNamespace(pod))
            return undefined;
        const setters = [];
        const at = [];
        let podNonRoot = false;
        const podValue = podSC(pod)?.runAsNonRoot;
        if (podValue !== undefined && podValue !== null) {
            if (podValue !== true) {
                setters.push('pod');
                at.push(['spec', 'securityContext', 'runAsNonRoot']);
            }
            else
                podNonRoot = true;
        }
        const explicit = [];
        const implicit = [];
        for (const r of containers(pod.spec)) {
            const v = r.sc?.runAsNonRoot;
            if (v !== undefined && v !== null) {
                if (v !== true) {
                    explicit.push(r.name);
                    at.push([...r.path, 'securityContext', 'runAsNonRoot']);
                }
            }
            else if (!podNonRoot)
                implicit.push(r);
        }
        if (explicit.length > 0)
            setters.push(containersPhrase(explicit));
        if (setters.length > 0)
            return fail('runAsNonRoot != true', `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`, at);
        if (implicit.length > 0) {
            return fail('runAsNonRoot != true', `pod or ${containersPhrase(implicit.map((r) => r.name))} must set securityContext.runAsNonRoot=true`, implicit.map((r) => [...r.path, 'name']), true);
        }
        return undefined;
    };
}
function runAsUser(relaxForUserNamespace) {
    return (pod) => {
        if (relaxForUserNamespace && inUserNamespace(pod))
            return undefined;
        const setters = [];
        const at = [];
        if (podSC(pod)?.runAsUser === 0) {
            setters.push('pod');
            at.push(['spec', 'securityContext', 'runAsUser']);
        }
        const bad = [];
        for (const r of containers(pod.spec)) {
            if (r.sc?.runAsUser === 0) {
                bad.push(r.name);
                at.push([...r.path, 'securityContext', 'runAsUser']);
            }
        }
        if (bad.length > 0)
            setters.push(containersPhrase(bad));
        if (setters.length === 0)
            return undefined;
        return fail('runAsUser=0', `${setters.join(' and ')} must not set runAsUser=0`, at);
    };
}
const ALLOWED_VOLUME_SOURCES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
/** Restricted volume sources in the order the API server names the first one it finds. */
const RESTRICTED_VOLUME_SOURCES = [
    'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
    'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos',
];
const present = (v, k) => v[k] !== undefined && v[k] !== null;
const restrictedVolumes = (pod) => {
    const bad = [];
    const types = new Set();
    const at = [];
    arr(pod.spec.volumes).forEach((item, i) => {
        const v = controls_obj(item) ?? {};
        if (ALLOWED_VOLUME_SOURCES.some((k) => present(v, k)))
            return;
        bad.push(controls_text(v.name));
        const type = RESTRICTED_VOLUME_SOURCES.find((k) => present(v, k));
        types.add(type ?? 'unknown');
        at.push(['spec', 'volumes', String(i), ...(type ? [type] : [])]);
    });
    if (bad.length === 0)
        return undefined;
    return fail('restricted volume types', `${plural('volume', 'volumes', bad.length)} ${quoted(bad)} ${plural('uses', 'use', bad.length)} ${plural('restricted volume type', 'restricted volume types', types.size)} ${quoted(sortedSet(types))}`, at);
};
/** Go's %q for the strings the messages quote. */
function goQuote(s) {
    return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, (_, h) => `\\x${h}`).replace(/[\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/**
 * Every control with the policy versions its behaviour changed at. The checks run in the API
 * server's order: baseline ids sorted, then restricted ids sorted.
 */
const CONTROLS = [
    { id: 'appArmorProfile', level: 'baseline', versions: [{ since: 0, run: appArmorProfile }] },
    { id: 'capabilities_baseline', level: 'baseline', versions: [{ since: 0, run: capabilitiesBaseline }] },
    { id: 'hostNamespaces', level: 'baseline', versions: [{ since: 0, run: hostNamespaces }] },
    { id: 'hostPathVolumes', level: 'baseline', versions: [{ since: 0, run: hostPathVolumes }] },
    { id: 'hostPorts', level: 'baseline', versions: [{ since: 0, run: hostPorts }] },
    { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ since: 34, run: hostProbesAndHostLifecycle }] },
    { id: 'privileged', level: 'baseline', versions: [{ since: 0, run: privileged }] },
    { id: 'procMount', level: 'baseline', versions: [{ since: 0, run: procMount(false) }, { since: 35, run: procMount(true) }] },
    { id: 'seLinuxOptions', level: 'baseline', versions: [{ since: 0, run: seLinuxOptions(SELINUX_TYPES_1_0) }, { since: 31, run: seLinuxOptions(SELINUX_TYPES_1_31) }] },
    { id: 'seccompProfile_baseline', level: 'baseline', versions: [{ since: 0, run: seccompBaselineAnnotations }, { since: 19, run: seccompFields(false, false) }] },
    {
        id: 'sysctls',
        level: 'baseline',
        versions: [
            { since: 0, run: sysctls(SYSCTLS_1_0) },
            { since: 27, run: sysctls(SYSCTLS_1_27) },
            { since: 29, run: sysctls(SYSCTLS_1_29) },
            { since: 32, run: sysctls(SYSCTLS_1_32) },
            { since: 37, run: sysctls(SYSCTLS_1_37) },
        ],
    },
    { id: 'windowsHostProcess', level: 'baseline', versions: [{ since: 0, run: windowsHostProcess }] },
    { id: 'allowPrivilegeEscalation', level: 'restricted', versions: [{ since: 8, run: allowPrivilegeEscalation(false) }, { since: 25, run: allowPrivilegeEscalation(true) }] },
    {
        id: 'capabilities_restricted',
        level: 'restricted',
        versions: [
            { since: 22, run: capabilitiesRestricted(false), overrides: ['capabilities_baseline'] },
            { since: 25, run: capabilitiesRestricted(true), overrides: ['capabilities_baseline'] },
        ],
    },
    { id: 'procMount_restricted', level: 'restricted', versions: [{ since: 35, run: procMount(false), overrides: ['procMount'] }] },
    { id: 'restrictedVolumes', level: 'restricted', versions: [{ since: 0, run: restrictedVolumes, overrides: ['hostPathVolumes'] }] },
    { id: 'runAsNonRoot', level: 'restricted', versions: [{ since: 0, run: runAsNonRoot(false) }, { since: 35, run: runAsNonRoot(true) }] },
    { id: 'runAsUser', level: 'restricted', versions: [{ since: 23, run: runAsUser(false) }, { since: 35, run: runAsUser(true) }] },
    {
        id: 'seccompProfile_restricted',
        level: 'restricted',
        versions: [
            { since: 19, run: seccompFields(true, false), overrides: ['seccompProfile_baseline'] },
            { since: 25, run: seccompFields(true, true), overrides: ['seccompProfile_baseline'] },
        ],
    },
];

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/levels.ts
// Pod Security Standards levels and policy versions, spelled as the API server's
// `pod-security.kubernetes.io/<mode>` and `<mode>-version` namespace labels spell them.
const LEVELS = ['privileged', 'baseline', 'restricted'];
/**
 * The newest policy version whose checks we know (k8s.io/pod-security-admission at Kubernetes
 * 1.37). `latest` means this one, as it means the API server's own minor on a server.
 */
const LATEST_MINOR = 37;
const VERSION_LABEL_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;
function isLevel(s) {
    return LEVELS.includes(s);
}
/** `latest` or `v1.N`, as the API server accepts in the `-version` labels; undefined otherwise. */
function parseVersion(s) {
    if (s === 'latest')
        return 'latest';
    return VERSION_LABEL_PATTERN.test(s) ? s : undefined;
}
/** The minor the checks run at: `latest`, and versions newer than we know, run at LATEST_MINOR. */
function minorOf(v) {
    if (v === 'latest')
        return LATEST_MINOR;
    return Math.min(Number(v.slice(3)), LATEST_MINOR);
}
/** How much a level forbids, for choosing the stricter of two. */
function strictness(l) {
    return LEVELS.indexOf(l);
}
/** `restricted:latest`, as the API server names a policy in its messages. */
function policyName(level, version) {
    return `${level}:${version}`;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/evaluate.ts
// Runs the Pod Security Standards on a pod (or a workload's pod template) at a level and version,
// as the API server's PodSecurity admission does: the controls of that version, baseline ones
// replaced by the restricted ones that override them, in the API server's order.


const evaluate_cache = new Map();
/** The checks a level runs at a minor, in the API server's order. */
function checksFor(level, minor) {
    const key = `${level}/${minor}`;
    let out = evaluate_cache.get(key);
    if (out)
        return out;
    const active = CONTROLS.flatMap((c) => {
        const v = [...c.versions].reverse().find((x) => x.since <= minor);
        return v ? [{ control: c, version: v }] : [];
    });
    const overridden = new Set(level === 'restricted' ? active.flatMap((a) => (a.control.level === 'restricted' ? (a.version.overrides ?? []) : [])) : []);
    out = active
        .filter((a) => (level === 'baseline' ? a.control.level === 'baseline' : !overridden.has(a.control.id)))
        // CONTROLS is already baseline-then-restricted, each sorted by id.
        .map((a) => ({ id: a.control.id, level: a.control.level, run: a.version.run }));
    evaluate_cache.set(key, out);
    return out;
}
/** The failed checks of a pod at a level and version; empty when it is allowed. */
function evaluatePod(level, version, pod) {
    if (level === 'privileged')
        return [];
    const results = [];
    for (const c of checksFor(level, minorOf(version))) {
        const f = c.run(pod);
        if (f)
            results.push({ ...f, id: c.id, level: c.level });
    }
    return results;
}
/** `reason (detail), reason (detail)`: what the API server prints after `violates PodSecurity "\u2026": `. */
function forbiddenDetail(results) {
    return results.map((r) => (r.detail ? `${r.reason} (${r.detail})` : r.reason)).join(', ');
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/pod-templates.ts
const pod_templates_obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** Kinds with a pod, by API group, and the path to the pod template (metadata + spec). */
const TEMPLATES = {
    '': { Pod: [], PodTemplate: ['template'], ReplicationController: ['spec', 'template'] },
    apps: { Deployment: ['spec', 'template'], StatefulSet: ['spec', 'template'], DaemonSet: ['spec', 'template'], ReplicaSet: ['spec', 'template'] },
    batch: { Job: ['spec', 'template'], CronJob: ['spec', 'jobTemplate', 'spec', 'template'] },
};
/**
 * The pod PodSecurity judges in an object, or undefined for kinds it does not judge and for a
 * ReplicationController without a template (which it lets through).
 */
function podTemplateOf(apiVersion, kind, object) {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    const prefix = TEMPLATES[group]?.[kind];
    if (!prefix)
        return undefined;
    let cur = object;
    for (const s of prefix)
        cur = pod_templates_obj(cur)?.[s];
    const template = pod_templates_obj(cur);
    if (!template)
        return kind === 'ReplicationController' ? undefined : { prefix, view: { metadata: {}, spec: {} } };
    const view = { metadata: pod_templates_obj(template.metadata) ?? {}, spec: pod_templates_obj(template.spec) ?? {} };
    return { prefix, view: kind === 'Pod' ? asAdmitted(view) : view };
}
const pod_templates_APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
function appArmorField(annotation) {
    if (annotation === 'runtime/default')
        return { type: 'RuntimeDefault' };
    if (annotation === 'unconfined')
        return { type: 'Unconfined' };
    if (annotation.startsWith('localhost/') && annotation.length > 'localhost/'.length)
        return { type: 'Localhost', localhostProfile: annotation.slice('localhost/'.length) };
    return undefined;
}
const sameProfile = (a, b) => !!a && !!b && a.type === b.type && (a.localhostProfile ?? '') === (b.localhostProfile ?? '');
function appArmorAnnotation(field) {
    if (field.type === 'Unconfined')
        return 'unconfined';
    if (field.type === 'RuntimeDefault')
        return 'runtime/default';
    if (field.type === 'Localhost' && typeof field.localhostProfile === 'string')
        return `localhost/${field.localhostProfile}`;
    return '';
}
/**
 * A Pod as admission sees it (Kubernetes 1.33, the version the differential test runs): with
 * hostNetwork each container port without a hostPort gets its containerPort as hostPort, and the
 * AppArmor profile of each container is synced between its deprecated annotation and its field
 * (an unset annotation from the container's or the pod's field, an unset field from the
 * annotation when it differs from the pod's profile).
 */
function asAdmitted(view) {
    const spec = { ...view.spec };
    const annotations = { ...(pod_templates_obj(view.metadata.annotations) ?? {}) };
    let annotated = false;
    const podProfile = pod_templates_obj(pod_templates_obj(spec.securityContext)?.appArmorProfile);
    const windows = pod_templates_obj(spec.os)?.name === 'windows';
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec[field];
        if (!Array.isArray(list))
            continue;
        spec[field] = list.map((item) => {
            let c = pod_templates_obj(item);
            if (!c)
                return item;
            if (spec.hostNetwork === true && field !== 'ephemeralContainers' && Array.isArray(c.ports)) {
                c = { ...c, ports: c.ports.map((p) => (pod_templates_obj(p) && !pod_templates_obj(p).hostPort ? { ...pod_templates_obj(p), hostPort: pod_templates_obj(p).containerPort } : p)) };
            }
            if (windows)
                return c;
            const key = pod_templates_APPARMOR_ANNOTATION + (typeof c.name === 'string' ? c.name : '');
            const sc = pod_templates_obj(c.securityContext);
            const own = pod_templates_obj(sc?.appArmorProfile);
            if (!Object.hasOwn(annotations, key)) {
                const value = own ? appArmorAnnotation(own) : podProfile ? appArmorAnnotation(podProfile) : '';
                if (value !== '') {
                    annotations[key] = value;
                    annotated = true;
                }
            }
            else if (!own) {
                const profile = appArmorField(String(annotations[key]));
                if (profile && !sameProfile(profile, podProfile))
                    c = { ...c, securityContext: { ...(sc ?? {}), appArmorProfile: profile } };
            }
            return c;
        });
    }
    return { metadata: annotated ? { ...view.metadata, annotations } : view.metadata, spec };
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/resolve.ts

const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';
const resolve_obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/**
 * The enforce policy of each rendered Namespace that has the label. As the API server does, an
 * unreadable level means restricted and an unreadable version latest.
 */
function namespacePolicies(resources) {
    const out = new Map();
    for (const r of resources) {
        if (r.kind !== 'Namespace' || r.apiVersion !== 'v1')
            continue;
        const labels = resolve_obj(resolve_obj(r.object.metadata)?.labels) ?? {};
        const level = labels[ENFORCE_LABEL];
        if (typeof level !== 'string')
            continue;
        const version = labels[ENFORCE_VERSION_LABEL];
        out.set(r.name, {
            level: isLevel(level) ? level : 'restricted',
            version: (typeof version === 'string' ? parseVersion(version) : undefined) ?? 'latest',
            from: `namespace ${r.name} label ${ENFORCE_LABEL}`,
        });
    }
    return out;
}
/** The policy a workload in `namespace` with `labels` must meet. */
function policyFor(settings, namespace, labels, labelled) {
    const version = (parseVersion(settings?.version ?? 'latest') ?? 'latest');
    let chosen = { level: settings?.default ?? 'baseline', version, from: 'kubernetes.pod-security.default' };
    const nsLevel = settings?.namespaces?.[namespace];
    if (nsLevel)
        chosen = { level: nsLevel, version, from: `kubernetes.pod-security.namespaces.${namespace}` };
    const index = (settings?.workloads ?? []).findIndex((w) => Object.entries(w.selector).every(([k, v]) => labels[k] === v));
    const w = settings?.workloads?.[index];
    if (w)
        chosen = { level: w.level, version: parseVersion(w.version ?? '') ?? version, from: `kubernetes.pod-security.workloads[${index}]` };
    const label = labelled.get(namespace);
    if (label && strictness(label.level) >= strictness(chosen.level))
        return label;
    return chosen;
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/pod-security/hits.ts




const hits_obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
function podSecurityHits(resources, settings) {
    const hits = [];
    const labelled = namespacePolicies(resources);
    for (const r of resources) {
        const template = podTemplateOf(r.apiVersion, r.kind, r.object);
        if (!template)
            continue;
        // A workload is selected by its own labels and its pods' (as the egress rule selects it).
        const labels = { ...(hits_obj(hits_obj(r.object.metadata)?.labels) ?? {}), ...(hits_obj(template.view.metadata.labels) ?? {}) };
        const policy = policyFor(settings, r.namespace, labels, labelled);
        for (const f of evaluatePod(policy.level, policy.version, template.view)) {
            hits.push({
                rule: f.level === 'restricted' ? 'kubernetes/pod-security-restricted' : 'kubernetes/pod-security-baseline',
                resource: r,
                pointer: [...template.prefix, ...(f.at[0] ?? ['spec'])],
                message: `violates PodSecurity "${policyName(policy.level, policy.version)}" (${policy.from}): ${f.id}: ${f.detail ? `${f.reason} (${f.detail})` : f.reason}`,
                ...(f.missing ? { missing: true } : {}),
            });
        }
    }
    return hits;
}

// EXTERNAL MODULE: ./src/checks/secret-values.ts
var secret_values = __webpack_require__(92);
;// CONCATENATED MODULE: ./src/checks/kubernetes/secret-policies.ts


/**
 * Secret delivery and the isolation of confined workloads (`portarium.io/workload: agent` or
 * `execution-plane`, the untrusted execution): secrets written into env values and ConfigMaps,
 * Secret data committed in manifests, a service-account token mounted into a confined pod, a
 * confined pod no NetworkPolicy restricts ingress to. Messages name keys, never values.
 */
function secretPolicies(resources) {
    const hits = [];
    const ingressPolicies = resources.filter((r) => r.kind === 'NetworkPolicy' && group(r.apiVersion) === 'networking.k8s.io' && coversIngress(r));
    for (const r of resources) {
        if (!BUILTIN_GROUPS.has(group(r.apiVersion)))
            continue;
        if (r.kind === 'ConfigMap' && r.apiVersion === 'v1')
            hits.push(...configMapSecrets(r));
        if (r.kind === 'Secret' && r.apiVersion === 'v1')
            hits.push(...committedSecret(r));
        const podPath = POD_SPEC.get(r.kind);
        if (!podPath)
            continue;
        hits.push(...envSecrets(r, podPath));
        const templatePath = podPath.slice(0, -1);
        const podLabels = obj(r.kind === 'Pod' ? at(r.object, ['metadata', 'labels']) : at(r.object, [...templatePath, 'metadata', 'labels'])) ?? {};
        const labels = { ...(obj(at(r.object, ['metadata', 'labels'])) ?? {}), ...podLabels };
        const workload = labels[WORKLOAD_LABEL];
        if (typeof workload !== 'string' || !CONFINED_WORKLOADS.has(workload))
            continue;
        const token = mountedToken(r, podPath, resources);
        if (token)
            hits.push(token);
        if (!ingressPolicies.some((p) => p.namespace === r.namespace && selects(obj(at(p.object, ['spec', 'podSelector'])), podLabels))) {
            const own = obj(at(r.object, ['metadata', 'labels']))?.[WORKLOAD_LABEL] !== undefined;
            hits.push({
                rule: 'kubernetes/ingress-not-denied',
                resource: r,
                pointer: own ? ['metadata', 'labels', WORKLOAD_LABEL] : [...templatePath, 'metadata', 'labels', WORKLOAD_LABEL],
                message: `${WORKLOAD_LABEL}: ${workload} workload is not selected by a NetworkPolicy that restricts Ingress in namespace ${r.namespace || '(none)'}; add a deny-by-default ingress policy`,
            });
        }
    }
    return hits;
}
/** A NetworkPolicy restricts ingress when policyTypes lists Ingress, or is absent (then Ingress is implied). */
function coversIngress(p) {
    const types = at(p.object, ['spec', 'policyTypes']);
    return Array.isArray(types) ? types.includes('Ingress') : true;
}
function envSecrets(r, podPath) {
    const hits = [];
    for (const { field, index: i, container } of containersOf(obj(at(r.object, podPath)))) {
        const env = container.env;
        if (!Array.isArray(env))
            continue;
        const cname = typeof container.name === 'string' ? container.name : `#${i}`;
        env.forEach((e, j) => {
            const v = obj(e);
            // valueFrom (a Secret or ConfigMap reference) is how a secret should arrive.
            if (typeof v?.name !== 'string' || typeof v.value !== 'string')
                return;
            const why = (0,secret_values/* secretLiteral */.qm)(v.name, v.value);
            if (!why)
                return;
            hits.push({
                rule: 'kubernetes/secret-literal',
                resource: r,
                pointer: [...podPath, field, String(i), 'env', String(j), 'value'],
                message: `container ${cname} env ${v.name} ${why}; reference a Secret with valueFrom.secretKeyRef`,
            });
        });
    }
    return hits;
}
function configMapSecrets(r) {
    const data = obj(r.object.data) ?? {};
    return Object.entries(data).flatMap(([key, value]) => {
        const why = typeof value === 'string' ? (0,secret_values/* secretLiteral */.qm)(key, value) : undefined;
        return why ? [{ rule: 'kubernetes/secret-literal', resource: r, pointer: ['data', key], message: `ConfigMap key ${key} ${why}; ConfigMaps are readable by anyone who can read the namespace: keep it in a Secret` }] : [];
    });
}
/**
 * A Secret whose data is written in a file of the repository (its origin is a file, not a
 * generator reading a file kept out of it). Empty Secrets, filled in the cluster, are fine.
 */
function committedSecret(r) {
    if (!r.origin?.path)
        return [];
    for (const field of ['data', 'stringData']) {
        const values = obj(r.object[field]);
        const keys = Object.keys(values ?? {}).filter((k) => values[k] !== '' && values[k] != null);
        if (keys.length) {
            return [{ rule: 'kubernetes/secret-committed', resource: r, pointer: [field], message: `Secret ${field} (${keys.join(', ')}) is committed in a manifest; deliver it at deploy time (an external secret store, sealed-secrets, or a secretGenerator reading a file kept out of the repository)` }];
        }
    }
    return [];
}
/**
 * The API server mounts a token unless the pod says false, or says nothing and its ServiceAccount
 * (in the same output) says false.
 */
function mountedToken(r, podPath, resources) {
    const spec = obj(at(r.object, podPath)) ?? {};
    const own = spec.automountServiceAccountToken;
    if (own === false)
        return undefined;
    const saName = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName ? spec.serviceAccountName : 'default';
    if (own === undefined) {
        const sa = resources.find((x) => x.kind === 'ServiceAccount' && x.apiVersion === 'v1' && x.name === saName && x.namespace === r.namespace);
        if (sa?.object.automountServiceAccountToken === false)
            return undefined;
    }
    return {
        rule: 'kubernetes/service-account-token',
        resource: r,
        pointer: own === undefined ? podPath : [...podPath, 'automountServiceAccountToken'],
        message: `${own === true ? 'automountServiceAccountToken is true' : `the pod mounts the token of ServiceAccount ${saName}`}: a confined workload must not hold API credentials; set automountServiceAccountToken: false`,
        ...(own === undefined ? { missing: true } : {}),
    };
}

;// CONCATENATED MODULE: ./src/checks/kubernetes/result-findings.ts


function errorRule(msg) {
    if (msg.startsWith('could not find schema for'))
        return 'kubernetes/missing-schema';
    if (msg.startsWith('prohibited resource kind'))
        return 'kubernetes/rejected-kind';
    if (msg.startsWith('error unmarshalling') || msg.startsWith('error while parsing'))
        return 'kubernetes/invalid-manifest';
    return 'kubernetes/schema-unavailable';
}
/** Findings of one resource's validation result, each at the line of the user's files that made it; returns the errors. */
function resultFindings(sink, ctx, where, r, res, locations) {
    let errors = 0;
    const count = (s) => {
        if (s === 'error')
            errors++;
    };
    const subject = subjectOf(res);
    const opts = { overlay: where.overlay, version: where.version, resource: res };
    if (r.status === 'invalid') {
        for (const v of r.validationErrors ?? []) {
            const segs = parsePointer(v.path);
            const extra = /^additional properties (.+) not allowed$/.exec(v.msg);
            if (extra) {
                for (const name of extra[1].split(', ').map((q) => q.replace(/^'|'$/g, ''))) {
                    const at = locate(ctx, res, [...segs, name], { key: true });
                    count(sink.add('kubernetes/schema', at, subject, `${[...segs, name].join('.')}: unknown field ${name}`, { ...opts, same: `unknown ${name}` }));
                }
                continue;
            }
            const missing = v.msg.startsWith('missing propert');
            const at = locate(ctx, res, segs, { missing });
            count(sink.add('kubernetes/schema', at, subject, `${segs.length ? segs.join('.') : '(root)'}: ${v.msg}`, { ...opts, same: `${segs[segs.length - 1] ?? ''}: ${v.msg}` }));
        }
        if ((r.validationErrors ?? []).length === 0)
            count(sink.add('kubernetes/schema', locate(ctx, res, ['kind'], { key: true }), subject, r.msg, opts));
    }
    else if (r.status === 'error') {
        const rule = errorRule(r.msg);
        const detail = rule === 'kubernetes/missing-schema' ? `no schema for ${res.apiVersion} ${res.kind} in ${locations.join(', ')}; the resource was not validated` : r.msg;
        count(sink.add(rule, result_findings_yamlErrorAt(res, r.msg) ?? locate(ctx, res, ['kind'], { key: true }), subject, detail, opts));
    }
    return errors;
}
/** A plain manifest's YAML error (`\u2026 line 6: key "a" already set in map`) at that line of its file. */
function result_findings_yamlErrorAt(res, msg) {
    const m = /\bline (\d+):/.exec(msg);
    if (!m || res.textLine === undefined || !res.origin?.path)
        return undefined;
    return { file: res.origin.path, line: res.textLine + Number(m[1]) - 1, column: 1 };
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

;// CONCATENATED MODULE: ./src/checks/kubernetes/validate.ts










const VALIDATE_BATCH = 500;
/**
 * Runs the policies once per overlay and validates its resources once per Kubernetes version,
 * reporting each overlay \u00d7 version as it ends.
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
        const policyFindings = [];
        if (!status) {
            for (const res of t.resources)
                if (objectIgnore(res) !== undefined)
                    sink.noteIgnore(res, locate(ctx, res, ['metadata', 'annotations', suppression_grammar/* IGNORE_ANNOTATION */.Z], { key: true }));
            const collecting = sink.collect(policyFindings);
            for (const hit of [...runPolicies(t.resources, scopes), ...secretPolicies(t.resources), ...podSecurityHits(t.resources, run.podSecurity), ...t.resources.flatMap(apiLimitHits)]) {
                const at = locate(ctx, hit.resource, hit.pointer, { missing: hit.missing, key: hit.missing });
                if (sink.add(hit.rule, at, subjectOf(hit.resource), hit.message, { overlay: t.rel, resource: hit.resource }) === 'error')
                    policyErrors++;
            }
            collecting.stop();
        }
        for (const v of run.versions) {
            if (t.onlyVersion !== undefined && t.onlyVersion !== v)
                continue;
            if (status) {
                report({ path: t.rel, version: v, resources: 0, errors: 1, status });
                continue;
            }
            const results = await (run.early?.(t, v) ?? validateInBatches(validators.byVersion.get(v), t.resources, deadline));
            if (results === undefined) {
                markTimedOut(t, sink, deadline);
                report({ path: t.rel, version: v, resources: t.resources.length, errors: 1, status: 'timed-out' });
                continue;
            }
            let errors = policyErrors;
            // An oversized object's error is not among the findings collected: then the count stands alone.
            const findings = t.oversized ? undefined : [...policyFindings];
            const collecting = findings && sink.collect(findings);
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
            collecting?.stop();
            stats.resources += t.resources.length;
            report({ path: t.rel, version: v, resources: t.resources.length, errors, status: errors > 0 ? 'failed' : 'passed' }, findings);
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
            batch = await validator.validateDocuments(resources.slice(i, i + VALIDATE_BATCH).map((r) => r.text ?? r.json), { timeoutMs: deadline.remaining() });
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

;// CONCATENATED MODULE: ./src/checks/kubernetes/early-validation.ts


/**
 * Validation started while kustomize builds keep the main thread waiting: the validators are made as
 * soon as the first build runs, each overlay is validated as soon as its build ends, and the source
 * files its findings will point into are parsed. Nothing here decides a result on its own: validators
 * made before a build printed a CustomResourceDefinition are made again with it (and their early
 * results dropped), so the verdicts are those of validating after every build, only sooner.
 */
class EarlyValidation {
    early;
    results = new Map();
    queue = Promise.resolve();
    make;
    versions;
    deadline;
    // Plain fields, not parameter properties: the benchmarks load this source with Node's type stripping.
    constructor(make, versions, deadline) {
        this.make = make;
        this.versions = versions;
        this.deadline = deadline;
    }
    /** The first builds run: make the validators now. */
    started() {
        if (this.early)
            return;
        this.early = this.make();
        // Surfaces in `finish`, where the run would have met it without the head start.
        this.early.catch(() => undefined);
    }
    /** `t` is built: validate it one step at a time, behind the overlays built before it. */
    built(t) {
        const early = this.early;
        if (!early || !t.build?.ok)
            return;
        const byVersion = new Map();
        this.results.set(t, byVersion);
        for (const v of this.versions) {
            // createValidators makes one validator per version.
            const result = this.queue.then(async () => validateInBatches((await early).byVersion.get(v), t.resources, this.deadline));
            result.catch(() => undefined);
            byVersion.set(v, result);
            this.queue = result.then(() => undefined, () => undefined);
        }
        this.queue = this.queue.then(() => warmSources(t));
    }
    /** The validators of the run, and the results already known for them. */
    async finish(targets) {
        const madeBeforeCrds = targets.some((t) => t.resources.some((r) => r.kind === 'CustomResourceDefinition'));
        if (!this.early || madeBeforeCrds)
            return { validators: await this.make(), early: () => undefined };
        const validators = await this.early;
        return { validators, early: (t, v) => this.results.get(t)?.get(v) };
    }
}
/** Findings name resources as written in their source files: parse those files while there is time. */
function warmSources(t) {
    for (const r of t.resources)
        if (r.origin?.path)
            (0,yaml_source/* loadYaml */.yv)(r.origin.path);
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
            const pre = reg.precompiled?.(kind, apiVersion, this.opts.kubernetesVersion);
            if (pre)
                return { kind: 'schema', uri: pre.uri, validate: pre.validate };
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
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$/;
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
    keepSource;
    /** `keepSource` keeps ajv's generated code, for scripts/gen-k8s-validators.mjs (standalone output). */
    constructor(loader, opts = {}) {
        this.loader = loader;
        this.keepSource = opts.keepSource ?? false;
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
    /** The ajv instance schemas of this draft are compiled with. */
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
            code: this.keepSource ? { regExp: goRegExp, source: true, esm: true } : { regExp: goRegExp },
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/checks/kubernetes/aot/validators.generated.js
// Generated by scripts/gen-k8s-validators.mjs from dist/schemas: do not edit.
/* eslint-disable */
const identity = {"packageVersion":"1.37.0","kubernetesVersion":"1.37.0","strict":true,"digest":"3ee7595315245132f0c2056bdfcbaf516f0ec6de27e4296c6d599f80e4c7f8da"};
// [name, chunk, offset, length (UTF-16 code units of the chunk text), dependencies (unit indexes)]
const units = [["schema0",0,0,919,[]],["schema3",0,919,186,[]],["schema4",0,1105,194,[]],["validate1",0,1299,11252,[0,1,2]],["schema6",0,12551,557,[]],["schema7",0,13108,763,[]],["validate4",0,13871,10790,[5,1,2]],["validate3",0,24661,3142,[4,6]],["schema11",0,27803,633,[]],["schema12",0,28436,662,[]],["func0",0,29098,46,[]],["validate6",0,29144,11598,[8,9,10]],["schema13",0,40742,744,[]],["schema14",0,41486,1358,[]],["schema15",0,42844,65,[]],["schema20",0,42909,362,[]],["schema17",0,43271,429,[]],["schema18",0,43700,44,[]],["validate9",0,43744,3642,[16,17,14]],["validate8",0,47386,12976,[13,14,15,10,18]],["schema21",0,60362,564,[]],["schema22",0,60926,213,[]],["validate12",0,61139,6000,[20,21]],["schema23",0,67139,370,[]],["schema24",0,67509,324,[]],["validate15",0,67833,3112,[24,14]],["validate14",0,70945,1685,[23,25]],["validate7",0,72630,3189,[12,19,22,26]],["schema26",0,75819,693,[]],["schema27",0,76512,593,[]],["validate20",0,77105,12980,[13,14,15,10,18]],["validate23",0,90085,6000,[20,21]],["validate25",0,96085,1685,[23,25]],["validate19",0,97770,3159,[29,30,31,32]],["schema35",0,100929,353,[]],["schema36",0,101282,141,[]],["validate29",0,101423,4056,[34,35]],["validate18",0,105479,3495,[28,33,36]],["schema37",0,108974,729,[]],["validate31",0,109703,6526,[38,2]],["schema39",0,116229,554,[]],["schema44",0,116783,385,[]],["validate33",0,117168,12980,[13,14,15,10,18]],["validate32",0,130148,6627,[40,41,42]],["schema45",0,136775,782,[]],["schema50",0,137557,662,[]],["validate37",0,138219,12980,[13,14,15,10,18]],["schema51",0,151199,342,[]],["schema52",0,151541,402,[]],["validate41",0,151943,3514,[48,14]],["validate40",0,155457,2073,[47,49]],["validate36",0,157530,10346,[44,45,46,50]],["schema55",0,167876,720,[]],["schema56",0,168596,619,[]],["validate47",0,169215,2073,[47,49]],["validate45",0,171288,10025,[53,45,30,54]],["validate51",0,181313,4056,[34,35]],["validate44",0,185369,3519,[52,55,56]],["schema61",0,188888,751,[]],["schema69",0,189639,641,[]],["schema62",0,190280,249,[]],["schema63",0,190529,380,[]],["schema64",0,190909,275,[]],["validate55",0,191184,5547,[61,62]],["validate54",0,196731,1755,[60,63]],["validate58",0,198486,12980,[13,14,15,10,18]],["validate53",0,211466,9046,[58,59,64,65]],["schema70",0,220512,779,[]],["schema75",0,221291,236,[]],["schema76",0,221527,275,[]],["validate62",0,221802,12980,[13,14,15,10,18]],["validate61",0,234782,8686,[67,68,69,70]],["schema77",0,243468,688,[]],["schema78",0,244156,631,[]],["validate66",0,244787,8397,[73,68,69,30]],["validate69",0,253184,4056,[34,35]],["validate65",0,257240,3503,[72,74,75]],["schema83",0,260743,660,[]],["schema84",0,261403,610,[]],["validate73",1,0,1755,[60,63]],["validate72",1,1755,8798,[78,59,79,30]],["validate78",1,10553,4056,[34,35]],["validate71",1,14609,3489,[77,80,81]],["schema89",1,18098,650,[]],["schema94",1,18748,187,[]],["validate81",1,18935,12980,[13,14,15,10,18]],["validate80",1,31915,4814,[83,84,85]],["schema95",1,36729,670,[]],["schema100",1,37399,188,[]],["validate85",1,37587,12980,[13,14,15,10,18]],["validate84",1,50567,4851,[87,88,89]],["schema101",1,55418,693,[]],["schema102",1,56111,512,[]],["validate89",1,56623,4692,[92,84,30]],["validate92",1,61315,4056,[34,35]],["validate88",1,65371,3510,[91,93,94]],["schema106",1,68881,713,[]],["schema107",1,69594,527,[]],["validate95",1,70121,4724,[97,88,30]],["validate98",1,74845,4056,[34,35]],["validate94",1,78901,3520,[96,98,99]],["schema111",1,82421,743,[]],["schema112",1,83164,242,[]],["validate101",1,83406,12984,[13,14,15,10,18]],["validate100",1,96390,6060,[101,102,103]],["schema117",1,102450,621,[]],["schema118",1,103071,620,[]],["validate105",1,103691,5896,[106,102,30]],["validate108",1,109587,4060,[34,35]],["validate104",1,113647,3481,[105,107,108]],["schema122",1,117128,763,[]],["validate111",1,117891,12984,[13,14,15,10,18]],["schema127",1,130875,730,[]],["schema136",1,131605,198,[]],["schema128",1,131803,346,[]],["schema129",1,132149,45,[]],["schema130",1,132194,45,[]],["validate115",1,132239,1816,[114,115,116]],["schema131",1,134055,237,[]],["schema132",1,134292,132,[]],["validate117",1,134424,2825,[118,119]],["schema133",1,137249,350,[]],["schema134",1,137599,45,[]],["schema135",1,137644,170,[]],["validate119",1,137814,2978,[121,122,123]],["validate114",1,140792,6475,[112,113,117,120,124]],["schema137",1,147267,347,[]],["schema138",1,147614,413,[]],["validate123",1,148027,4128,[127,14]],["validate122",1,152155,1694,[126,128]],["validate110",1,153849,3436,[110,111,125,129]],["schema140",1,157285,705,[]],["schema141",1,157990,604,[]],["validate129",1,158594,6475,[112,113,117,120,124]],["validate134",1,165069,1694,[126,128]],["validate127",1,166763,3389,[132,30,133,134]],["validate138",1,170152,4060,[34,35]],["validate126",1,174212,3526,[131,135,136]],["schema147",1,177738,689,[]],["validate141",1,178427,12984,[13,14,15,10,18]],["validate140",1,191411,4729,[138,139]],["schema152",1,196140,597,[]],["schema153",1,196737,589,[]],["validate145",1,197326,4707,[142,30]],["validate148",1,202033,4060,[34,35]],["validate144",1,206093,3469,[141,143,144]],["schema156",1,209562,664,[]],["schema157",1,210226,45,[]],["validate151",1,210271,12984,[13,14,15,10,18]],["validate150",1,223255,3636,[146,147,148]],["schema162",1,226891,647,[]],["schema163",1,227538,533,[]],["validate155",1,228071,3583,[151,147,30]],["validate158",1,231654,4060,[34,35]],["validate154",1,235714,3497,[150,152,153]],["schema167",1,239211,644,[]],["validate161",1,239855,12984,[13,14,15,10,18]],["schema172",1,252839,563,[]],["schema173",1,253402,221,[]],["schema174",1,253623,1148,[]],["schema175",1,254771,237,[]],["schema176",1,255008,394,[]],["schema177",1,255402,304,[]],["schema178",1,255706,170,[]],["validate169",2,0,7112,[161,162,163]],["validate168",2,7112,1800,[160,164]],["schema179",2,8912,677,[]],["schema183",2,9589,236,[]],["schema180",2,9825,360,[]],["schema181",2,10185,45,[]],["schema182",2,10230,45,[]],["validate173",2,10275,1830,[168,169,170]],["schema184",2,12105,237,[]],["validate175",2,12342,2825,[172,119]],["schema186",2,15167,364,[]],["schema187",2,15531,45,[]],["schema188",2,15576,145,[]],["validate177",2,15721,2714,[174,175,176]],["validate172",2,18435,5100,[166,167,171,173,177]],["schema189",2,23535,234,[]],["schema190",2,23769,197,[]],["validate181",2,23966,3256,[179,180]],["schema191",2,27222,220,[]],["schema192",2,27442,4660,[]],["schema251",2,32102,225,[]],["schema252",2,32327,237,[]],["schema253",2,32564,156,[]],["schema254",2,32720,134,[]],["schema211",2,32854,84,[]],["schema256",2,32938,152,[]],["schema257",2,33090,236,[]],["schema258",2,33326,134,[]],["schema259",2,33460,216,[]],["schema266",2,33676,296,[]],["schema193",2,33972,291,[]],["schema194",2,34263,369,[]],["schema195",2,34632,237,[]],["schema196",2,34869,415,[]],["schema197",2,35284,276,[]],["validate189",2,35560,7936,[197,198]],["validate188",2,43496,2087,[196,199]],["schema199",2,45583,289,[]],["validate192",2,45872,1896,[201,199]],["validate187",2,47768,2458,[195,200,202]],["schema200",2,50226,440,[]],["schema201",2,50666,246,[]],["schema202",2,50912,659,[]],["validate198",2,51571,4695,[206,63]],["validate197",2,56266,2122,[205,207]],["validate196",2,58388,2920,[204,208,207]],["schema203",2,61308,440,[]],["validate205",2,61748,2920,[210,208,207]],["validate186",2,64668,1994,[194,203,209,211]],["schema204",2,66662,2534,[]],["schema228",2,69196,334,[]],["schema229",2,69530,200,[]],["schema242",2,69730,178,[]],["schema243",2,69908,497,[]],["schema205",2,70405,232,[]],["schema206",2,70637,452,[]],["schema207",2,71089,238,[]],["schema208",2,71327,217,[]],["schema209",2,71544,280,[]],["schema212",2,71824,238,[]],["schema210",2,72062,293,[]],["validate213",2,72355,3295,[224,188]],["validate212",2,75650,10894,[219,220,221,222,223,225]],["validate211",2,86544,2144,[218,226]],["schema213",2,88688,263,[]],["schema214",2,88951,162,[]],["schema215",2,89113,162,[]],["validate217",2,89275,4570,[228,229,230]],["schema216",2,93845,261,[]],["schema217",2,94106,331,[]],["schema218",2,94437,194,[]],["schema222",2,94631,158,[]],["schema219",2,94789,456,[]],["schema220",2,95245,168,[]],["schema221",2,95413,85,[]],["validate221",2,95498,6491,[236,237,238]],["schema223",2,101989,217,[]],["validate223",2,102206,2953,[240,238]],["validate220",2,105159,4619,[233,234,235,239,241]],["validate219",2,109778,1992,[232,242]],["schema225",2,111770,724,[]],["schema227",2,112494,223,[]],["validate228",2,112717,7968,[244,234,245,10,239,241]],["schema230",2,120685,503,[]],["schema231",2,121188,171,[]],["validate233",2,121359,7154,[247,248,188]],["schema234",2,128513,220,[]],["schema235",2,128733,261,[]],["validate235",2,128994,3896,[250,251]],["schema236",2,132890,798,[]],["schema237",2,133688,296,[]],["schema238",2,133984,292,[]],["schema239",2,134276,226,[]],["schema240",2,134502,296,[]],["schema241",2,134798,274,[]],["validate237",2,135072,15195,[253,254,255,256,257,258,10]],["validate210",2,150267,24718,[213,214,215,216,217,10,227,231,243,246,249,252,259]],["schema244",2,174985,439,[]],["schema245",2,175424,158,[]],["validate241",2,175582,4552,[261,262]],["schema246",2,180134,2583,[]],["validate243",2,182717,25123,[264,214,215,216,217,10,227,231,243,246,249,252,259]],["schema260",2,207840,1008,[]],["schema264",2,208848,168,[]],["validate256",2,209016,16031,[266,254,256,257,267,258,10]],["schema267",2,225047,612,[]],["validate258",2,225659,5122,[269,63]],["schema268",2,230781,2291,[]],["schema269",2,233072,274,[]],["schema270",2,233346,330,[]],["schema271",2,233676,227,[]],["schema293",2,233903,426,[]],["schema296",2,234329,171,[]],["schema297",2,234500,270,[]],["schema298",2,234770,223,[]],["schema299",2,234993,215,[]],["schema300",2,235208,168,[]],["schema301",2,235376,168,[]],["schema304",2,235544,209,[]],["schema305",2,235753,183,[]],["schema306",2,235936,170,[]],["schema307",2,236106,217,[]],["schema318",2,236323,322,[]],["schema327",2,236645,274,[]],["schema272",2,236919,428,[]],["validate262",2,237347,4542,[288,186]],["schema274",2,241889,288,[]],["validate264",2,242177,3418,[290,186]],["schema276",2,245595,404,[]],["schema277",2,245999,268,[]],["validate266",2,246267,5785,[292,293]],["schema278",2,252052,391,[]],["validate268",2,252443,4442,[295,186]],["schema280",2,256885,343,[]],["schema281",2,257228,386,[]],["validate271",2,257614,4470,[298,221,225]],["validate270",3,0,2515,[297,299]],["schema283",3,2515,254,[]],["validate275",3,2769,3133,[301,188]],["schema285",3,5902,179,[]],["schema286",3,6081,258,[]],["schema287",3,6339,689,[]],["schema288",3,7028,237,[]],["schema289",3,7265,243,[]],["schema290",3,7508,339,[]],["validate281",3,7847,4937,[308,188]],["validate280",3,12784,9329,[305,306,307,10,309,63]],["validate278",3,22113,1793,[304,30,310]],["validate277",3,23906,1349,[303,311]],["schema294",3,25255,371,[]],["validate287",3,25626,4295,[313,186]],["schema302",3,29921,660,[]],["validate289",3,30581,6660,[315,186,10]],["schema308",3,37241,340,[]],["schema309",3,37581,555,[]],["schema314",3,38136,536,[]],["schema317",3,38672,289,[]],["schema310",3,38961,385,[]],["validate293",3,39346,3296,[321,63]],["schema311",3,42642,286,[]],["validate296",3,42928,4923,[323,293]],["schema313",3,47851,225,[]],["validate298",3,48076,1659,[325,299]],["schema315",3,49735,286,[]],["validate301",3,50021,4923,[327,293]],["validate292",3,54944,11055,[318,319,320,322,324,326,328]],["validate291",3,65999,2529,[317,329]],["schema319",3,68528,495,[]],["validate305",3,69023,5391,[331,186]],["schema321",3,74414,543,[]],["validate307",3,74957,5884,[333,186,10]],["schema323",3,80841,410,[]],["validate309",3,81251,5821,[335,293]],["schema325",3,87072,320,[]],["validate311",3,87392,3694,[337,186]],["validate261",3,91086,46779,[271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,10,289,291,294,296,300,302,312,314,316,330,332,334,336,338]],["validate185",3,137865,37484,[183,184,185,186,187,188,189,190,191,192,193,10,212,260,263,265,249,268,270,339]],["validate183",3,175349,1586,[182,30,340]],["validate167",3,176935,7576,[159,10,165,178,63,181,341]],["validate165",3,184511,1586,[158,30,342]],["validate164",3,186097,4727,[157,343]],["schema328",3,190824,382,[]],["validate319",3,191206,5963,[345,41,14]],["validate160",3,197169,3387,[155,156,344,346]],["schema332",3,200556,607,[]],["schema333",3,201163,506,[]],["validate324",3,201669,4727,[157,343]],["validate327",3,206396,5963,[345,41,14]],["validate322",3,212359,3361,[349,30,350,351]],["validate330",3,215720,4060,[34,35]],["validate321",3,219780,3477,[348,352,353]],["schema341",3,223257,595,[]],["validate333",3,223852,12984,[13,14,15,10,18]],["schema346",3,236836,813,[]],["schema347",3,237649,207,[]],["validate336",3,237856,7956,[357,358,10]],["validate332",3,245812,3097,[355,356,359]],["schema348",3,248909,637,[]],["schema349",3,249546,470,[]],["validate341",3,250016,7956,[357,358,10]],["validate339",3,257972,3067,[362,30,363]],["validate344",4,0,4060,[34,35]],["validate338",4,4060,3492,[361,364,365]],["schema354",4,7552,668,[]],["validate347",4,8220,12984,[13,14,15,10,18]],["schema359",4,21204,347,[]],["schema360",4,21551,355,[]],["schema361",4,21906,142,[]],["validate351",4,22048,4043,[370,371]],["validate350",4,26091,1816,[369,372]],["schema362",4,27907,339,[]],["schema363",4,28246,285,[]],["schema364",4,28531,373,[]],["validate356",4,28904,3540,[376,14]],["validate355",4,32444,2228,[375,377]],["validate354",4,34672,1715,[374,378]],["validate346",4,36387,3398,[367,368,373,379]],["schema366",4,39785,629,[]],["schema367",4,40414,528,[]],["validate363",4,40942,1816,[369,372]],["validate366",4,42758,1715,[374,378]],["validate361",4,44473,3370,[382,30,383,384]],["validate370",4,47843,4060,[34,35]],["validate360",4,51903,3488,[381,385,386]],["schema372",4,55391,898,[]],["validate373",4,56289,12984,[13,14,15,10,18]],["validate376",4,69273,5551,[61,62]],["validate372",4,74824,6576,[388,188,389,390]],["schema381",4,81400,673,[]],["schema382",4,82073,721,[]],["validate379",4,82794,6358,[393,188,30,63]],["validate383",4,89152,4060,[34,35]],["validate378",4,93212,3510,[392,394,395]],["schema387",4,96722,841,[]],["validate386",4,97563,12984,[13,14,15,10,18]],["schema392",4,110547,647,[]],["schema397",4,111194,462,[]],["schema393",4,111656,246,[]],["schema394",4,111902,353,[]],["schema395",4,112255,279,[]],["schema396",4,112534,262,[]],["validate392",4,112796,4860,[403,404]],["validate391",4,117656,2394,[402,405]],["validate390",4,120050,1809,[401,406]],["schema398",4,121859,908,[]],["schema399",4,122767,339,[]],["schema411",4,123106,142,[]],["schema400",4,123248,199,[]],["schema401",4,123447,3903,[]],["schema402",4,127350,21,[]],["schema404",4,127371,21,[]],["schema405",4,127392,21,[]],["schema408",4,127413,163,[]],["schema409",4,127576,21,[]],["schema410",4,127597,339,[]],["wrapper0",4,127936,41,[420]],["validate398",4,127977,24442,[412,413,414,415,416,417,418,10,419]],["validate397",4,152419,1329,[411,420]],["schema412",4,153748,321,[]],["schema413",4,154069,265,[]],["schema414",4,154334,45,[]],["validate401",4,154379,4423,[422,423,424]],["validate396",4,158802,11112,[408,409,410,10,421,425]],["validate389",4,169914,9074,[399,400,407,426]],["schema415",4,178988,615,[]],["schema417",4,179603,391,[]],["validate406",4,179994,3589,[429,14]],["validate405",4,183583,8373,[428,400,430]],["validate385",4,191956,3444,[397,398,427,431]],["schema419",4,195400,750,[]],["schema420",4,196150,678,[]],["validate412",4,196828,9074,[399,400,407,426]],["validate416",4,205902,8373,[428,400,430]],["validate410",4,214275,3393,[434,30,435,436]],["validate420",4,217668,4060,[34,35]],["validate409",4,221728,3534,[433,437,438]],["schema427",4,225262,649,[]],["validate423",4,225911,12984,[13,14,15,10,18]],["schema432",4,238895,480,[]],["schema433",4,239375,200,[]],["schema434",4,239575,251,[]],["validate430",4,239826,3911,[444,238]],["validate429",4,243737,1666,[443,445]],["validate426",4,245403,3315,[442,63,341,446]],["schema437",4,248718,991,[]],["schema438",4,249709,314,[]],["validate435",4,250023,2827,[449,14]],["validate434",4,252850,6329,[448,10,450]],["validate422",5,0,3389,[440,441,447,451]],["schema440",5,3389,611,[]],["schema441",5,4000,510,[]],["validate441",5,4510,3315,[442,63,341,446]],["validate446",5,7825,6329,[448,10,450]],["validate439",5,14154,3362,[454,30,455,456]],["validate450",5,17516,4060,[34,35]],["validate438",5,21576,3479,[453,457,458]],["schema446",5,25055,6814,[]],["schema447",5,31869,167,[]],["validate452",5,32036,9427,[460,461]],["schema448",5,41463,654,[]],["validate454",5,42117,12984,[13,14,15,10,18]],["schema453",5,55101,676,[]],["schema454",5,55777,201,[]],["schema455",5,55978,251,[]],["validate460",5,56229,3911,[467,238]],["validate459",5,60140,1666,[466,468]],["validate457",5,61806,4555,[465,63,469,341]],["schema458",5,66361,846,[]],["schema459",5,67207,392,[]],["validate466",5,67599,3229,[472,14]],["validate465",5,70828,5073,[471,10,473]],["validate453",5,75901,3391,[463,464,470,474]],["schema462",5,79292,615,[]],["schema463",5,79907,514,[]],["validate472",5,80421,4555,[465,63,469,341]],["validate477",5,84976,5073,[471,10,473]],["validate470",5,90049,3363,[477,30,478,479]],["validate481",5,93412,4060,[34,35]],["validate469",5,97472,3481,[476,480,481]],["schema468",5,100953,587,[]],["validate484",5,101540,12984,[13,14,15,10,18]],["schema473",5,114524,420,[]],["schema474",5,114944,166,[]],["schema475",5,115110,228,[]],["validate489",5,115338,2130,[487,147]],["validate488",5,117468,1284,[486,488]],["schema477",5,118752,155,[]],["schema478",5,118907,146,[]],["validate492",5,119053,2389,[490,491]],["validate487",5,121442,2817,[485,489,492]],["validate483",5,124259,2896,[483,484,493]],["schema479",5,127155,607,[]],["validate496",5,127762,12984,[13,14,15,10,18]],["schema484",5,140746,430,[]],["schema485",5,141176,171,[]],["schema486",5,141347,228,[]],["validate501",5,141575,2130,[499,147]],["validate500",5,143705,1284,[498,500]],["schema488",5,144989,160,[]],["schema489",5,145149,146,[]],["validate504",5,145295,2409,[502,503]],["validate499",5,147704,2817,[497,501,504]],["validate495",5,150521,2906,[495,496,505]],["schema490",5,153427,607,[]],["validate508",5,154034,12984,[13,14,15,10,18]],["schema495",5,167018,430,[]],["schema496",5,167448,171,[]],["schema497",5,167619,228,[]],["validate513",5,167847,2130,[511,147]],["validate512",5,169977,1284,[510,512]],["schema499",5,171261,160,[]],["schema500",5,171421,146,[]],["validate516",5,171567,2409,[514,515]],["validate511",5,173976,2817,[509,513,516]],["validate507",5,176793,2906,[507,508,517]],["schema501",5,179699,649,[]],["schema502",5,180348,459,[]],["validate522",5,180807,2817,[485,489,492]],["validate520",5,183624,2863,[520,30,521]],["validate527",5,186487,4060,[34,35]],["validate519",5,190547,3498,[519,522,523]],["schema506",5,194045,669,[]],["schema507",5,194714,474,[]],["validate532",5,195188,2817,[497,501,504]],["validate530",5,198005,2868,[526,30,527]],["validate537",5,200873,4060,[34,35]],["validate529",5,204933,3508,[525,528,529]],["schema511",5,208441,669,[]],["schema512",5,209110,474,[]],["validate542",5,209584,2817,[509,513,516]],["validate540",5,212401,2868,[532,30,533]],["validate547",5,215269,4060,[34,35]],["validate539",5,219329,3508,[531,534,535]],["schema516",5,222837,713,[]],["validate550",5,223550,12984,[13,14,15,10,18]],["schema521",5,236534,251,[]],["schema522",5,236785,195,[]],["schema523",5,236980,276,[]],["validate554",5,237256,2705,[541,14]],["validate553",5,239961,3565,[539,540,542]],["schema525",5,243526,347,[]],["validate557",5,243873,1694,[544,128]],["validate549",5,245567,3416,[537,538,543,545]],["schema526",5,248983,743,[]],["validate561",6,0,12984,[13,14,15,10,18]],["schema531",6,12984,263,[]],["schema532",6,13247,195,[]],["schema533",6,13442,276,[]],["validate565",6,13718,2705,[551,14]],["validate564",6,16423,3595,[549,550,552]],["schema535",6,20018,347,[]],["validate568",6,20365,1694,[554,128]],["validate560",6,22059,3428,[547,548,553,555]],["schema536",6,25487,738,[]],["validate572",6,26225,12984,[13,14,15,10,18]],["schema541",6,39209,261,[]],["schema542",6,39470,195,[]],["schema543",6,39665,276,[]],["validate576",6,39941,2705,[561,14]],["validate575",6,42646,3590,[559,560,562]],["schema545",6,46236,347,[]],["validate579",6,46583,1694,[564,128]],["validate571",6,48277,3426,[557,558,563,565]],["schema546",6,51703,665,[]],["schema547",6,52368,564,[]],["validate585",6,52932,3565,[539,540,542]],["validate588",6,56497,1694,[544,128]],["validate583",6,58191,3379,[568,30,569,570]],["validate592",6,61570,4060,[34,35]],["validate582",6,65630,3506,[567,571,572]],["schema553",6,69136,689,[]],["schema554",6,69825,588,[]],["validate597",6,70413,3595,[549,550,552]],["validate600",6,74008,1694,[554,128]],["validate595",6,75702,3385,[575,30,576,577]],["validate604",6,79087,4060,[34,35]],["validate594",6,83147,3518,[574,578,579]],["schema560",6,86665,685,[]],["schema561",6,87350,584,[]],["validate609",6,87934,3590,[559,560,562]],["validate612",6,91524,1694,[564,128]],["validate607",6,93218,3384,[582,30,583,584]],["validate616",6,96602,4060,[34,35]],["validate606",6,100662,3516,[581,585,586]],["schema567",6,104178,607,[]],["validate619",6,104785,12984,[13,14,15,10,18]],["schema572",6,117769,492,[]],["schema575",6,118261,298,[]],["schema573",6,118559,305,[]],["validate623",6,118864,5938,[592,41]],["validate622",6,124802,5538,[590,591,593]],["validate618",6,130340,3266,[588,589,594]],["schema576",6,133606,880,[]],["schema587",6,134486,287,[]],["schema577",6,134773,623,[]],["schema578",6,135396,205,[]],["schema579",6,135601,349,[]],["schema580",6,135950,134,[]],["schema581",6,136084,134,[]],["validate629",6,136218,4547,[600,601,602]],["validate628",6,140765,10188,[598,599,41,603]],["validate632",6,150953,12984,[13,14,15,10,18]],["validate627",6,163937,6933,[596,597,604,605]],["schema588",6,170870,661,[]],["schema589",6,171531,723,[]],["validate637",6,172254,10188,[598,599,41,603]],["validate636",6,182442,6726,[608,597,609,30]],["validate642",6,189168,4060,[34,35]],["validate635",6,193228,3504,[607,610,611]],["schema596",6,196732,597,[]],["schema597",6,197329,490,[]],["validate647",6,197819,5538,[590,591,593]],["validate645",6,203357,3244,[614,30,615]],["validate652",6,206601,4060,[34,35]],["validate644",6,210661,3469,[613,616,617]],["schema602",6,214130,1437,[]],["schema605",6,215567,162,[]],["schema606",6,215729,66,[]],["validate655",6,215795,12984,[13,14,15,10,18]],["schema613",6,228779,258,[]],["validate658",6,229037,2183,[623,621]],["validate654",6,231220,16306,[619,14,620,621,41,10,622,624]],["schema615",6,247526,1384,[]],["validate661",6,248910,12984,[13,14,15,10,18]],["schema625",6,261894,227,[]],["validate664",7,0,1787,[628,621]],["validate660",7,1787,16399,[626,621,14,41,620,10,627,629]],["schema628",7,18186,617,[]],["schema629",7,18803,1215,[]],["validate669",7,20018,2183,[623,621]],["validate667",7,22201,15856,[632,14,620,621,41,10,30,633]],["validate672",7,38057,4060,[34,35]],["validate666",7,42117,3482,[631,634,635]],["schema640",7,45599,581,[]],["schema641",7,46180,1169,[]],["validate677",7,47349,1787,[628,621]],["validate675",7,49136,15956,[638,621,14,41,620,10,30,639]],["validate680",7,65092,4060,[34,35]],["validate674",7,69152,3461,[637,640,641]],["schema652",7,72613,713,[]],["validate683",7,73326,12984,[13,14,15,10,18]],["schema657",7,86310,184,[]],["schema658",7,86494,232,[]],["schema659",7,86726,164,[]],["validate687",7,86890,3013,[646,647]],["validate686",7,89903,1495,[645,648]],["schema660",7,91398,1184,[]],["schema661",7,92582,203,[]],["schema667",7,92785,259,[]],["schema662",7,93044,520,[]],["validate692",7,93564,3452,[653,14]],["validate690",7,97016,8759,[650,651,652,128,654]],["validate682",7,105775,3416,[643,644,649,655]],["schema668",7,109191,579,[]],["schema669",7,109770,6705,[]],["validate696",7,116475,9331,[658,461]],["validate698",7,125806,12984,[13,14,15,10,18]],["validate695",7,138790,2924,[657,659,660]],["schema675",7,141714,665,[]],["schema676",7,142379,564,[]],["validate704",7,142943,1495,[645,648]],["validate707",7,144438,8759,[650,651,652,128,654]],["validate702",7,153197,3379,[663,30,664,665]],["validate712",7,156576,4060,[34,35]],["validate701",7,160636,3506,[662,666,667]],["schema683",7,164142,748,[]],["validate715",7,164890,12984,[13,14,15,10,18]],["schema688",7,177874,269,[]],["schema689",7,178143,239,[]],["schema690",7,178382,164,[]],["validate719",7,178546,3055,[672,673]],["validate718",7,181601,2528,[671,674]],["schema691",7,184129,413,[]],["validate722",7,184542,2164,[676,128]],["validate714",7,186706,3430,[669,670,675,677]],["schema692",7,190136,693,[]],["schema693",7,190829,592,[]],["validate728",7,191421,2528,[671,674]],["validate731",7,193949,2164,[676,128]],["validate726",7,196113,3386,[680,30,681,682]],["validate735",7,199499,4060,[34,35]],["validate725",7,203559,3520,[679,683,684]],["schema698",7,207079,723,[]],["validate738",7,207802,12984,[13,14,15,10,18]],["schema703",7,220786,543,[]],["schema704",7,221329,134,[]],["schema705",7,221463,134,[]],["schema706",7,221597,538,[]],["schema707",7,222135,320,[]],["schema708",7,222455,563,[]],["schema709",7,223018,490,[]],["schema710",7,223508,134,[]],["schema711",7,223642,176,[]],["schema712",7,223818,134,[]],["validate743",7,223952,6389,[694,695,696,697]],["validate742",7,230341,11665,[691,692,693,698]],["validate741",7,242006,5518,[688,689,690,699]],["schema713",7,247524,346,[]],["schema714",7,247870,325,[]],["validate748",7,248195,2972,[702,14]],["validate747",7,251167,1694,[701,703]],["validate737",7,252861,3422,[686,687,700,704]],["schema716",7,256283,677,[]],["schema717",7,256960,576,[]],["validate754",8,0,5518,[688,689,690,699]],["validate757",8,5518,1694,[701,703]],["validate752",8,7212,3387,[707,30,708,709]],["validate761",8,10599,4060,[34,35]],["validate751",8,14659,3512,[706,710,711]],["schema724",8,18171,754,[]],["validate764",8,18925,12984,[13,14,15,10,18]],["schema729",8,31909,410,[]],["schema730",8,32319,239,[]],["validate767",8,32558,5405,[715,716]],["schema731",8,37963,468,[]],["validate769",8,38431,3649,[718,14]],["validate763",8,42080,3431,[713,714,717,719]],["schema733",8,45511,754,[]],["validate772",8,46265,12984,[13,14,15,10,18]],["schema738",8,59249,554,[]],["schema751",8,59803,206,[]],["schema739",8,60009,233,[]],["schema740",8,60242,423,[]],["schema741",8,60665,254,[]],["validate777",8,60919,6620,[726,727,188]],["validate776",8,67539,1609,[725,728]],["schema743",8,69148,525,[]],["schema744",8,69673,252,[]],["schema745",8,69925,353,[]],["validate783",8,70278,4760,[732,188]],["validate782",8,75038,2514,[731,733]],["schema748",8,77552,258,[]],["schema749",8,77810,215,[]],["validate787",8,78025,1783,[736,63]],["validate786",8,79808,2011,[735,737,733]],["schema750",8,81819,367,[]],["validate792",8,82186,4874,[739,724,737,733]],["schema752",8,87060,258,[]],["validate796",8,87318,2011,[741,737,733]],["schema753",8,89329,210,[]],["validate800",8,89539,1987,[743,733]],["validate781",8,91526,3061,[730,734,738,740,742,744]],["validate775",8,94587,5872,[723,724,729,745]],["schema755",8,100459,793,[]],["schema756",8,101252,391,[]],["validate806",8,101643,3589,[748,14]],["schema758",8,105232,525,[]],["schema759",8,105757,259,[]],["schema760",8,106016,308,[]],["validate810",8,106324,4265,[752,188]],["validate809",8,110589,2521,[751,753]],["schema763",8,113110,265,[]],["validate813",8,113375,2018,[755,753,737]],["schema764",8,115393,374,[]],["validate817",8,115767,4881,[757,724,753,737]],["schema766",8,120648,265,[]],["validate821",8,120913,2018,[759,753,737]],["schema767",8,122931,217,[]],["validate825",8,123148,1994,[761,753]],["validate808",8,125142,3061,[750,754,756,758,760,762]],["validate805",8,128203,4384,[747,14,749,763]],["validate771",8,132587,3431,[721,722,746,764]],["schema769",8,136018,695,[]],["schema770",8,136713,594,[]],["validate833",8,137307,5405,[715,716]],["validate835",8,142712,3649,[718,14]],["validate831",8,146361,3383,[767,30,768,769]],["validate838",8,149744,4060,[34,35]],["validate830",8,153804,3521,[766,770,771]],["schema777",8,157325,695,[]],["schema778",8,158020,594,[]],["validate843",8,158614,5872,[723,724,729,745]],["validate847",8,164486,4384,[747,14,749,763]],["validate841",8,168870,3383,[774,30,775,776]],["validate852",8,172253,4060,[34,35]],["validate840",8,176313,3521,[773,777,778]],["schema785",8,179834,663,[]],["validate855",8,180497,12984,[13,14,15,10,18]],["schema790",8,193481,472,[]],["schema798",8,193953,232,[]],["schema791",8,194185,240,[]],["schema793",8,194425,204,[]],["schema794",8,194629,210,[]],["validate860",8,194839,3096,[785,786]],["validate859",8,197935,3772,[784,306,787]],["schema795",8,201707,195,[]],["schema796",8,201902,237,[]],["schema797",8,202139,255,[]],["validate865",8,202394,2369,[791,788]],["validate864",8,204763,1800,[790,792]],["validate863",8,206563,1621,[789,793]],["validate858",8,208184,4853,[782,783,788,794]],["schema799",8,213037,174,[]],["schema800",8,213211,238,[]],["schema801",8,213449,297,[]],["schema802",8,213746,227,[]],["validate873",8,213973,4627,[798,799]],["validate872",8,218600,1673,[797,800]],["validate871",8,220273,1314,[796,801]],["validate854",8,221587,3197,[780,781,795,802]],["schema803",8,224784,599,[]],["validate878",8,225383,12984,[13,14,15,10,18]],["schema808",8,238367,218,[]],["schema809",8,238585,278,[]],["validate881",8,238863,4837,[806,807]],["validate877",8,243700,2902,[804,805,808]],["schema810",8,246602,661,[]],["schema811",8,247263,468,[]],["validate886",8,247731,4837,[806,807]],["validate884",8,252568,2866,[811,30,812]],["validate889",8,255434,4060,[34,35]],["validate883",9,0,3504,[810,813,814]],["schema816",9,3504,641,[]],["schema817",9,4145,520,[]],["validate894",9,4665,4853,[782,783,788,794]],["validate898",9,9518,1314,[796,801]],["validate892",9,10832,3166,[817,30,818,819]],["validate902",9,13998,4060,[34,35]],["validate891",9,18058,3494,[816,820,821]],["schema823",9,21552,607,[]],["validate905",9,22159,12984,[13,14,15,10,18]],["schema828",9,35143,186,[]],["schema829",9,35329,248,[]],["validate908",9,35577,4110,[825,826]],["validate904",9,39687,3103,[823,824,827]],["schema830",9,42790,649,[]],["schema831",9,43439,479,[]],["validate913",9,43918,4110,[825,826]],["validate911",9,48028,3070,[830,30,831]],["validate916",9,51098,4060,[34,35]],["validate910",9,55158,3498,[829,832,833]],["schema836",9,58656,604,[]],["validate919",9,59260,12984,[13,14,15,10,18]],["validate922",9,72244,7576,[159,10,165,178,63,181,341]],["schema842",9,79820,904,[]],["schema848",9,80724,294,[]],["schema844",9,81018,402,[]],["validate930",9,81420,3517,[840,14]],["validate929",9,84937,7809,[838,14,839,10,841]],["validate918",9,92746,3172,[835,836,837,842]],["schema849",9,95918,591,[]],["schema850",9,96509,470,[]],["validate937",9,96979,7809,[838,14,839,10,841]],["validate934",9,104788,3150,[845,30,342,846]],["validate941",9,107938,4060,[34,35]],["validate933",9,111998,3469,[844,847,848]],["schema857",9,115467,579,[]],["validate944",9,116046,12984,[13,14,15,10,18]],["schema862",9,129030,506,[]],["validate947",9,129536,3894,[852,621]],["validate943",9,133430,2892,[850,851,853]],["schema865",9,136322,659,[]],["validate950",9,136981,12984,[13,14,15,10,18]],["schema870",9,149965,435,[]],["validate953",9,150400,3775,[857,621]],["validate949",9,154175,3129,[855,856,858]],["schema873",9,157304,655,[]],["validate956",9,157959,12984,[13,14,15,10,18]],["schema878",9,170943,435,[]],["validate959",9,171378,3775,[862,621]],["validate955",9,175153,3127,[860,861,863]],["schema881",9,178280,701,[]],["schema882",9,178981,518,[]],["validate964",9,179499,3775,[857,621]],["validate962",9,183274,3083,[866,30,867]],["validate967",9,186357,4060,[34,35]],["validate961",9,190417,3524,[865,868,869]],["schema888",9,193941,697,[]],["schema889",9,194638,515,[]],["validate972",9,195153,3775,[862,621]],["validate970",9,198928,3082,[872,30,873]],["validate975",9,202010,4060,[34,35]],["validate969",9,206070,3522,[871,874,875]],["schema895",9,209592,641,[]],["schema896",9,210233,453,[]],["validate980",9,210686,3894,[852,621]],["validate978",9,214580,2861,[878,30,879]],["validate983",9,217441,4060,[34,35]],["validate977",9,221501,3494,[877,880,881]],["schema902",9,224995,539,[]],["validate986",9,225534,12984,[13,14,15,10,18]],["schema907",9,238518,232,[]],["schema908",9,238750,771,[]],["validate990",9,239521,11537,[886,188]],["validate989",9,251058,1808,[885,887]],["validate985",9,252866,2869,[883,884,888]],["schema914",9,255735,601,[]],["schema915",9,256336,421,[]],["validate996",9,256757,1808,[885,887]],["validate994",9,258565,2846,[891,30,892]],["validate1000",10,0,4064,[34,35]],["validate993",10,4064,3474,[890,893,894]],["schema919",10,7538,773,[]],["schema931",10,8311,259,[]],["validate1003",10,8570,12988,[13,14,15,10,18]],["schema924",10,21558,559,[]],["schema925",10,22117,157,[]],["schema926",10,22274,521,[]],["schema927",10,22795,294,[]],["schema928",10,23089,276,[]],["validate1008",10,23365,4968,[902,903]],["schema929",10,28333,294,[]],["validate1010",10,28627,4965,[905,62]],["validate1007",10,33592,4019,[901,10,904,906]],["validate1006",10,37611,5886,[899,900,907]],["validate1002",10,43497,6083,[896,897,898,908]],["schema932",10,49580,687,[]],["validate1015",10,50267,12988,[13,14,15,10,18]],["schema937",10,63255,901,[]],["schema938",10,64156,178,[]],["schema945",10,64334,196,[]],["schema946",10,64530,211,[]],["schema939",10,64741,673,[]],["schema940",10,65414,699,[]],["validate1019",10,66113,15549,[916,917,63]],["schema942",10,81662,316,[]],["schema943",10,81978,129,[]],["schema944",10,82107,129,[]],["validate1023",10,82236,4075,[919,920,921]],["validate1018",10,86311,9777,[912,913,914,915,918,922]],["validate1014",10,96088,2956,[910,911,923]],["schema947",10,99044,711,[]],["validate1027",10,99755,12988,[13,14,15,10,18]],["schema952",10,112743,931,[]],["schema953",10,113674,178,[]],["schema960",10,113852,196,[]],["schema961",10,114048,178,[]],["schema954",10,114226,685,[]],["schema955",10,114911,699,[]],["validate1031",10,115610,15705,[931,932,63]],["schema957",10,131315,328,[]],["schema958",10,131643,129,[]],["schema959",10,131772,129,[]],["validate1035",10,131901,4111,[934,935,936]],["validate1030",10,136012,9873,[927,928,929,930,933,937]],["validate1026",10,145885,2968,[925,926,938]],["schema962",10,148853,707,[]],["validate1039",10,149560,12988,[13,14,15,10,18]],["schema967",10,162548,926,[]],["schema968",10,163474,178,[]],["schema975",10,163652,196,[]],["schema976",10,163848,211,[]],["schema969",10,164059,683,[]],["schema970",10,164742,699,[]],["validate1043",10,165441,15679,[946,947,63]],["schema972",10,181120,326,[]],["schema973",10,181446,129,[]],["schema974",10,181575,129,[]],["validate1047",10,181704,4105,[949,950,951]],["validate1042",10,185809,9857,[942,943,944,945,948,952]],["validate1038",10,195666,2966,[940,941,953]],["schema977",10,198632,715,[]],["validate1051",10,199347,12988,[13,14,15,10,18]],["schema982",10,212335,291,[]],["schema983",10,212626,329,[]],["validate1056",10,212955,2480,[958,63]],["validate1054",10,215435,2032,[957,918,959]],["validate1050",10,217467,2970,[955,956,960]],["schema984",10,220437,739,[]],["validate1061",10,221176,12988,[13,14,15,10,18]],["schema989",10,234164,303,[]],["schema990",10,234467,329,[]],["validate1066",10,234796,2480,[965,63]],["validate1064",10,237276,2032,[964,933,966]],["validate1060",10,239308,2982,[962,963,967]],["schema991",10,242290,735,[]],["validate1071",10,243025,12988,[13,14,15,10,18]],["schema996",10,256013,301,[]],["schema997",10,256314,329,[]],["validate1076",10,256643,2480,[972,63]],["validate1074",10,259123,2032,[971,948,973]],["validate1070",11,0,2980,[969,970,974]],["schema998",11,2980,777,[]],["schema999",11,3757,555,[]],["validate1083",11,4312,2032,[957,918,959]],["validate1081",11,6344,2902,[977,30,978]],["validate1088",11,9246,4064,[34,35]],["validate1080",11,13310,3572,[976,979,980]],["schema1003",11,16882,802,[]],["schema1004",11,17684,574,[]],["validate1093",11,18258,2032,[964,933,966]],["validate1091",11,20290,2913,[983,30,984]],["validate1098",11,23203,4064,[34,35]],["validate1090",11,27267,3589,[982,985,986]],["schema1008",11,30856,798,[]],["schema1009",11,31654,571,[]],["validate1103",11,32225,2032,[971,948,973]],["validate1101",11,34257,2912,[989,30,990]],["validate1108",11,37169,4064,[34,35]],["validate1100",11,41233,3587,[988,991,992]],["schema1013",11,44820,750,[]],["schema1014",11,45570,535,[]],["validate1113",11,46105,9777,[912,913,914,915,918,922]],["validate1111",11,55882,2900,[995,30,996]],["validate1118",11,58782,4064,[34,35]],["validate1110",11,62846,3563,[994,997,998]],["schema1021",11,66409,774,[]],["schema1022",11,67183,553,[]],["validate1123",11,67736,9873,[927,928,929,930,933,937]],["validate1121",11,77609,2906,[1001,30,1002]],["validate1128",11,80515,4064,[34,35]],["validate1120",11,84579,3575,[1000,1003,1004]],["schema1029",11,88154,770,[]],["schema1030",11,88924,550,[]],["validate1133",11,89474,9857,[942,943,944,945,948,952]],["validate1131",11,99331,2905,[1007,30,1008]],["validate1138",11,102236,4064,[34,35]],["validate1130",11,106300,3573,[1006,1009,1010]],["schema1037",11,109873,874,[]],["validate1141",11,110747,12988,[13,14,15,10,18]],["schema1042",11,123735,1212,[]],["schema1046",11,124947,556,[]],["schema1043",11,125503,259,[]],["schema1044",11,125762,263,[]],["validate1145",11,126025,4702,[1016,1017]],["validate1144",11,130727,13872,[1014,913,1015,10,1018,63]],["validate1140",11,144599,3377,[1012,1013,1019]],["schema1047",11,147976,770,[]],["schema1048",11,148746,716,[]],["validate1153",11,149462,13872,[1014,913,1015,10,1018,63]],["validate1151",11,163334,3312,[1022,30,1023]],["validate1159",11,166646,4064,[34,35]],["validate1150",11,170710,3573,[1021,1024,1025]],["schema1054",11,174283,616,[]],["schema1059",11,174899,198,[]],["validate1162",11,175097,12988,[13,14,15,10,18]],["schema1060",11,188085,374,[]],["schema1061",11,188459,326,[]],["validate1166",11,188785,3126,[1031,14]],["validate1165",11,191911,2057,[1030,1032]],["validate1161",11,193968,4590,[1027,1028,1029,1033]],["schema1063",11,198558,598,[]],["schema1064",11,199156,482,[]],["validate1172",11,199638,2057,[1030,1032]],["validate1170",11,201695,4498,[1036,1028,30,1037]],["validate1176",11,206193,4064,[34,35]],["validate1169",11,210257,3484,[1035,1038,1039]],["schema1069",11,213741,604,[]],["validate1179",11,214345,12988,[13,14,15,10,18]],["schema1074",11,227333,575,[]],["schema1075",11,227908,363,[]],["schema1076",11,228271,257,[]],["validate1184",11,228528,3181,[1045,238]],["schema1078",11,231709,326,[]],["schema1079",11,232035,239,[]],["validate1186",11,232274,3889,[1047,1048,63]],["validate1183",11,236163,2331,[1044,1046,1049]],["schema1080",11,238494,365,[]],["validate1191",11,238859,2345,[1051,1049,1046]],["validate1182",11,241204,3505,[1043,1050,1052,63]],["validate1178",11,244709,2918,[1041,1042,1053]],["schema1081",11,247627,666,[]],["schema1082",11,248293,472,[]],["validate1200",11,248765,3505,[1043,1050,1052,63]],["validate1198",11,252270,2879,[1056,30,1057]],["validate1206",11,255149,4064,[34,35]],["validate1197",12,0,3521,[1055,1058,1059]],["schema1086",12,3521,591,[]],["validate1209",12,4112,12988,[13,14,15,10,18]],["schema1091",12,17100,667,[]],["schema1094",12,17767,208,[]],["schema1092",12,17975,166,[]],["schema1093",12,18141,311,[]],["validate1213",12,18452,4684,[1065,1066]],["schema1095",12,23136,277,[]],["validate1215",12,23413,2711,[1068,14]],["validate1212",12,26124,6233,[1063,1064,1067,1069]],["schema1097",12,32357,1767,[]],["schema1098",12,34124,173,[]],["schema1107",12,34297,145,[]],["schema1108",12,34442,250,[]],["schema1113",12,34692,179,[]],["schema1101",12,34871,407,[]],["validate1219",12,35278,3540,[1076,14]],["schema1104",12,38818,326,[]],["validate1221",12,39144,2307,[1078,1067]],["schema1105",12,41451,161,[]],["schema1106",12,41612,153,[]],["validate1226",12,41765,2467,[1080,1081]],["schema1109",12,44232,706,[]],["schema1110",12,44938,146,[]],["validate1228",12,45084,7893,[1083,1084,10]],["schema1111",12,52977,200,[]],["schema1112",12,53177,189,[]],["validate1230",12,53366,3121,[1086,1087]],["validate1218",12,56487,18037,[1071,1072,188,1073,1074,1075,10,1077,1079,1082,1085,1088]],["validate1208",12,74524,3179,[1061,1062,1070,1089]],["schema1114",12,77703,578,[]],["schema1115",12,78281,462,[]],["validate1236",12,78743,6233,[1063,1064,1067,1069]],["validate1240",12,84976,18037,[1071,1072,188,1073,1074,1075,10,1077,1079,1082,1085,1088]],["validate1234",12,103013,3160,[1092,30,1093,1094]],["validate1248",12,106173,4064,[34,35]],["validate1233",12,110237,3474,[1091,1095,1096]],["schema1127",12,113711,651,[]],["validate1251",12,114362,12988,[13,14,15,10,18]],["schema1132",12,127350,2472,[]],["schema1135",12,129822,273,[]],["schema1153",12,130095,264,[]],["schema1157",12,130359,171,[]],["schema1137",12,130530,424,[]],["schema1138",12,130954,196,[]],["validate1255",12,131150,4973,[1104,1105]],["schema1139",12,136123,284,[]],["validate1257",12,136407,3843,[1107,1105]],["schema1142",12,140250,751,[]],["validate1259",12,141001,12031,[1109,1105,10]],["schema1149",12,153032,367,[]],["validate1261",12,153399,4725,[1111,1105]],["schema1155",12,158124,656,[]],["validate1263",12,158780,7100,[1113,1105,10]],["schema1159",12,165880,152,[]],["validate1265",12,166032,1299,[1115,202]],["schema1163",12,167331,491,[]],["validate1268",12,167822,5826,[1117,1105]],["schema1165",12,173648,539,[]],["validate1270",12,174187,6318,[1119,1105,10]],["schema1167",12,180505,316,[]],["validate1272",12,180821,6257,[1121,41]],["validate1254",12,187078,50885,[1100,272,273,1101,188,41,275,276,277,1102,280,1103,282,284,285,286,287,10,1106,1108,1110,1112,1114,1116,1118,1120,1122]],["schema1170",12,237963,285,[]],["validate1275",12,238248,2502,[1124,14]],["validate1250",12,240750,3203,[1098,1099,1123,1125]],["schema1172",12,243953,676,[]],["validate1278",12,244629,12988,[13,14,15,10,18]],["validate1281",13,0,9333,[305,306,307,10,309,63]],["schema1180",13,9333,1109,[]],["schema1189",13,10442,200,[]],["schema1183",13,10642,403,[]],["validate1286",13,11045,3524,[1132,14]],["schema1186",13,14569,443,[]],["schema1187",13,15012,212,[]],["validate1288",13,15224,4427,[1134,1135,14]],["validate1285",13,19651,10689,[1130,188,1131,10,1133,1136]],["validate1277",13,30340,3213,[1127,1128,1129,1137]],["schema1190",13,33553,646,[]],["schema1191",13,34199,530,[]],["validate1295",13,34729,10689,[1130,188,1131,10,1133,1136]],["validate1292",13,45418,3174,[1140,30,310,1141]],["validate1300",13,48592,4064,[34,35]],["validate1291",13,52656,3508,[1139,1142,1143]],["schema1198",13,56164,626,[]],["schema1199",13,56790,510,[]],["validate1305",13,57300,50885,[1100,272,273,1101,188,41,275,276,277,1102,280,1103,282,284,285,286,287,10,1106,1108,1110,1112,1114,1116,1118,1120,1122]],["validate1316",13,108185,2502,[1124,14]],["validate1303",13,110687,3172,[1146,30,1147,1148]],["validate1319",13,113859,4064,[34,35]],["validate1302",13,117923,3498,[1145,1149,1150]],["schema1221",13,121421,586,[]],["validate1322",13,122007,12988,[13,14,15,10,18]],["validate1325",13,134995,37488,[183,184,185,186,187,188,189,190,191,192,193,10,212,260,263,265,249,268,270,339]],["schema1237",13,172483,2706,[]],["schema1260",13,175189,131,[]],["schema1267",13,175320,131,[]],["schema1268",13,175451,182,[]],["schema1239",13,175633,469,[]],["validate1337",13,176102,3998,[1159,14]],["schema1242",13,180100,1338,[]],["schema1244",13,181438,309,[]],["schema1245",13,181747,220,[]],["validate1340",13,181967,4170,[1162,1163]],["schema1246",13,186137,306,[]],["schema1252",13,186443,163,[]],["schema1247",13,186606,163,[]],["validate1343",13,186769,1366,[1167,14]],["schema1249",13,188135,476,[]],["validate1345",13,188611,3845,[1169,14]],["validate1342",13,192456,3241,[1165,1166,1168,1170]],["schema1253",13,195697,155,[]],["schema1254",13,195852,333,[]],["validate1350",13,196185,4077,[1172,1173]],["schema1255",13,200262,329,[]],["schema1256",13,200591,154,[]],["schema1257",13,200745,143,[]],["validate1353",13,200888,2379,[1176,1177]],["validate1352",13,203267,3140,[1175,1178]],["validate1339",13,206407,9276,[1161,188,10,1164,1171,249,1174,1179]],["schema1258",13,215683,327,[]],["schema1259",13,216010,247,[]],["validate1358",13,216257,5178,[1181,1182]],["schema1261",13,221435,785,[]],["schema1262",13,222220,222,[]],["validate1362",13,222442,3092,[1185,188]],["schema1264",13,225534,289,[]],["validate1364",13,225823,4298,[1187,188]],["validate1361",13,230121,3766,[1184,1186,1188]],["schema1270",13,233887,488,[]],["validate1368",13,234375,4925,[1190,1135,14]],["validate1336",13,239300,17787,[1155,188,1156,1157,1158,14,10,1160,1180,1183,1189,249,1191]],["validate1321",13,257087,3177,[1152,1153,1154,1192]],["schema1273",13,260264,764,[]],["schema1278",13,261028,664,[]],["validate1372",14,0,12988,[13,14,15,10,18]],["schema1279",14,12988,617,[]],["validate1375",14,13605,3282,[1197,14,128]],["validate1371",14,16887,11338,[1194,1195,1196,1198,10]],["schema1283",14,28225,789,[]],["schema1288",14,29014,786,[]],["validate1379",14,29800,12988,[13,14,15,10,18]],["schema1289",14,42788,617,[]],["validate1382",14,43405,3282,[1203,14,128]],["validate1378",14,46687,12398,[1200,1201,1202,1204,10]],["schema1293",14,59085,706,[]],["schema1294",14,59791,605,[]],["validate1388",14,60396,3282,[1197,14,128]],["validate1386",14,63678,10932,[1207,1195,30,1208,10]],["validate1392",14,74610,4064,[34,35]],["validate1385",14,78674,3541,[1206,1209,1210]],["schema1302",14,82215,726,[]],["schema1303",14,82941,625,[]],["validate1397",14,83566,3282,[1203,14,128]],["validate1395",14,86848,11953,[1213,1201,30,1214,10]],["validate1401",14,98801,4064,[34,35]],["validate1394",14,102865,3551,[1212,1215,1216]],["schema1311",14,106416,690,[]],["validate1404",14,107106,12988,[13,14,15,10,18]],["schema1316",14,120094,433,[]],["validate1407",14,120527,4732,[1220,238,63]],["schema1319",14,125259,791,[]],["validate1410",14,126050,4869,[1222,14,128]],["validate1403",14,130919,3223,[1218,1219,1221,1223]],["schema1321",14,134142,660,[]],["schema1322",14,134802,539,[]],["validate1416",14,135341,4732,[1220,238,63]],["validate1419",14,140073,4869,[1222,14,128]],["validate1414",14,144942,3182,[1226,30,1227,1228]],["validate1423",14,148124,4064,[34,35]],["validate1413",14,152188,3518,[1225,1229,1230]],["schema1330",14,155706,719,[]],["validate1426",14,156425,12988,[13,14,15,10,18]],["schema1335",14,169413,969,[]],["schema1339",14,170382,237,[]],["schema1336",14,170619,329,[]],["schema1337",14,170948,46,[]],["schema1338",14,170994,46,[]],["validate1430",14,171040,1805,[1236,1237,1238]],["schema1340",14,172845,238,[]],["validate1432",14,173083,2831,[1240,119]],["schema1342",14,175914,333,[]],["schema1343",14,176247,46,[]],["schema1344",14,176293,161,[]],["validate1434",14,176454,2905,[1242,1243,1244]],["validate1429",14,179359,9034,[1234,1235,113,10,1239,1241,1245]],["schema1346",14,188393,640,[]],["schema1347",14,189033,182,[]],["validate1437",14,189215,4245,[1247,1248,128]],["validate1425",14,193460,3435,[1232,1233,1246,1249]],["schema1348",14,196895,714,[]],["validate1441",14,197609,12988,[13,14,15,10,18]],["schema1353",14,210597,964,[]],["schema1357",14,211561,237,[]],["schema1363",14,211798,199,[]],["schema1354",14,211997,327,[]],["schema1355",14,212324,46,[]],["schema1356",14,212370,46,[]],["validate1445",14,212416,1803,[1256,1257,1258]],["schema1358",14,214219,237,[]],["schema1359",14,214456,133,[]],["validate1447",14,214589,2828,[1260,1261]],["schema1360",14,217417,331,[]],["schema1361",14,217748,46,[]],["schema1362",14,217794,161,[]],["validate1449",14,217955,2900,[1263,1264,1265]],["validate1444",14,220855,9023,[1253,1254,1255,10,1259,1262,1266]],["schema1364",14,229878,639,[]],["schema1365",14,230517,182,[]],["validate1452",14,230699,4240,[1268,1269,128]],["validate1440",14,234939,3433,[1251,1252,1267,1270]],["schema1366",14,238372,670,[]],["schema1367",14,239042,569,[]],["validate1458",14,239611,9034,[1234,1235,113,10,1239,1241,1245]],["validate1463",14,248645,4245,[1247,1248,128]],["validate1456",14,252890,3395,[1273,30,1274,1275]],["validate1467",14,256285,4064,[34,35]],["validate1455",15,0,3523,[1272,1276,1277]],["schema1375",15,3523,666,[]],["schema1376",15,4189,565,[]],["validate1472",15,4754,9023,[1253,1254,1255,10,1259,1262,1266]],["validate1477",15,13777,4240,[1268,1269,128]],["validate1470",15,18017,3394,[1280,30,1281,1282]],["validate1481",15,21411,4064,[34,35]],["validate1469",15,25475,3521,[1279,1283,1284]],["schema1384",15,28996,574,[]],["schema1385",15,29570,458,[]],["validate1487",15,30028,17787,[1155,188,1156,1157,1158,14,10,1160,1180,1183,1189,249,1191]],["validate1484",15,47815,3156,[1287,30,340,1288]],["validate1498",15,50971,4064,[34,35]],["validate1483",15,55035,3472,[1286,1289,1290]],["schema1394",15,58507,548,[]],["validate1501",15,59055,12988,[13,14,15,10,18]],["validate1504",15,72043,1590,[182,30,340]],["validate1500",15,73633,2905,[1292,1293,1294]],["schema1400",15,76538,606,[]],["schema1401",15,77144,429,[]],["validate1509",15,77573,2876,[1297,30,341]],["validate1513",15,80449,4064,[34,35]],["validate1508",15,84513,3488,[1296,1298,1299]],["schema1404",15,88001,702,[]],["validate1516",15,88703,12988,[13,14,15,10,18]],["validate1515",15,101691,4226,[1301,1302]],["schema1409",15,105917,666,[]],["schema1410",15,106583,587,[]],["validate1520",15,107170,4187,[1305,30]],["validate1523",15,111357,4064,[34,35]],["validate1519",15,115421,3521,[1304,1306,1307]],["schema1413",15,118942,804,[]],["validate1526",15,119746,12988,[13,14,15,10,18]],["schema1418",15,132734,427,[]],["schema1419",15,133161,225,[]],["schema1420",15,133386,398,[]],["schema1421",15,133784,309,[]],["schema1422",15,134093,264,[]],["validate1531",15,134357,3722,[1314,1315]],["validate1530",15,138079,3001,[1313,1316]],["validate1529",15,141080,3704,[1311,1312,1317]],["schema1423",15,144784,363,[]],["schema1424",15,145147,326,[]],["validate1536",15,145473,2980,[1320,14]],["validate1535",15,148453,1703,[1319,1321]],["validate1525",15,150156,3471,[1309,1310,1318,1322]],["schema1426",15,153627,742,[]],["schema1427",15,154369,641,[]],["validate1542",15,155010,3704,[1311,1312,1317]],["validate1545",15,158714,1703,[1319,1321]],["validate1540",15,160417,3418,[1325,30,1326,1327]],["validate1549",15,163835,4064,[34,35]],["validate1539",15,167899,3559,[1324,1328,1329]],["schema1433",15,171458,655,[]],["validate1552",15,172113,12988,[13,14,15,10,18]],["schema1438",15,185101,379,[]],["validate1555",15,185480,2690,[1333,63,341]],["schema1439",15,188170,738,[]],["schema1440",15,188908,315,[]],["validate1560",15,189223,2836,[1336,14]],["validate1559",15,192059,4618,[1335,1337]],["validate1551",15,196677,3408,[1331,1332,1334,1338]],["schema1442",15,200085,616,[]],["schema1443",15,200701,515,[]],["validate1566",15,201216,2690,[1333,63,341]],["validate1570",15,203906,4618,[1335,1337]],["validate1564",15,208524,3378,[1341,30,1342,1343]],["validate1574",15,211902,4064,[34,35]],["validate1563",15,215966,3496,[1340,1344,1345]],["schema1448",15,219462,676,[]],["validate1577",15,220138,12988,[13,14,15,10,18]],["schema1453",15,233126,395,[]],["validate1580",15,233521,3062,[1349,341]],["schema1454",15,236583,682,[]],["schema1455",15,237265,326,[]],["validate1584",15,237591,3126,[1352,14]],["validate1583",15,240717,4141,[1351,1353]],["validate1576",15,244858,3213,[1347,1348,1350,1354]],["schema1457",15,248071,646,[]],["schema1458",15,248717,530,[]],["validate1590",15,249247,3062,[1349,341]],["validate1593",15,252309,4141,[1351,1353]],["validate1588",15,256450,3177,[1357,30,1358,1359]],["validate1597",16,0,4064,[34,35]],["validate1587",16,4064,3508,[1356,1360,1361]],["schema1463",16,7572,684,[]],["validate1600",16,8256,12988,[13,14,15,10,18]],["schema1468",16,21244,154,[]],["schema1469",16,21398,510,[]],["schema1471",16,21908,287,[]],["schema1470",16,22195,273,[]],["validate1605",16,22468,2067,[1368,488]],["schema1472",16,24535,350,[]],["schema1473",16,24885,801,[]],["schema1476",16,25686,179,[]],["schema1477",16,25865,297,[]],["schema1474",16,26162,216,[]],["validate1610",16,26378,2970,[1374,188]],["validate1609",16,29348,9931,[1371,1372,1373,1375,492]],["schema1478",16,39279,791,[]],["validate1614",16,40070,10035,[1377,1372,1373,1375,492]],["validate1608",16,50105,2536,[1370,1376,1378]],["validate1604",16,52641,5472,[1366,1367,1369,1379]],["validate1603",16,58113,1297,[1365,1380]],["schema1481",16,59410,631,[]],["schema1492",16,60041,243,[]],["schema1482",16,60284,314,[]],["schema1484",16,60598,389,[]],["schema1485",16,60987,322,[]],["validate1624",16,61309,2573,[1386,488]],["schema1486",16,63882,949,[]],["validate1627",16,64831,11737,[1388,188,1373,10]],["validate1623",16,76568,2373,[1385,1387,1389]],["validate1622",16,78941,2054,[1384,14,1390,202]],["schema1489",16,80995,571,[]],["schema1491",16,81566,279,[]],["validate1632",16,81845,6583,[1392,147,1393,128]],["validate1621",16,88428,5736,[1382,1383,1391,1394]],["validate1599",16,94164,3222,[1363,1364,1381,1395]],["schema1493",16,97386,709,[]],["validate1637",16,98095,12988,[13,14,15,10,18]],["schema1498",16,111083,159,[]],["schema1499",16,111242,525,[]],["schema1501",16,111767,287,[]],["schema1500",16,112054,278,[]],["validate1642",16,112332,2067,[1402,500]],["schema1502",16,114399,993,[]],["schema1505",16,115392,179,[]],["schema1508",16,115571,297,[]],["schema1503",16,115868,216,[]],["validate1646",16,116084,2970,[1407,188]],["schema1506",16,119054,811,[]],["validate1648",16,119865,10100,[1409,1405,1406,1408,504]],["validate1645",16,129965,10842,[1404,1405,1406,10,1408,1410,504]],["validate1641",16,140807,5502,[1400,1401,1403,1411]],["validate1640",16,146309,1297,[1399,1412]],["schema1510",16,147606,646,[]],["schema1521",16,148252,243,[]],["schema1511",16,148495,319,[]],["schema1513",16,148814,399,[]],["schema1514",16,149213,327,[]],["validate1659",16,149540,2573,[1418,500]],["schema1515",16,152113,954,[]],["validate1662",16,153067,11772,[1420,188,1406,10]],["validate1658",16,164839,2373,[1417,1419,1421]],["validate1657",16,167212,2054,[1416,14,1422,202]],["schema1518",16,169266,576,[]],["schema1520",16,169842,279,[]],["validate1667",16,170121,6613,[1424,147,1425,128]],["validate1656",16,176734,5781,[1414,1415,1423,1426]],["validate1636",16,182515,3232,[1397,1398,1413,1427]],["schema1522",16,185747,709,[]],["validate1672",16,186456,12988,[13,14,15,10,18]],["schema1527",16,199444,159,[]],["schema1528",16,199603,525,[]],["schema1530",16,200128,287,[]],["schema1529",16,200415,278,[]],["validate1677",16,200693,2067,[1434,512]],["schema1531",16,202760,360,[]],["schema1532",16,203120,821,[]],["schema1535",16,203941,179,[]],["schema1536",16,204120,297,[]],["schema1533",16,204417,216,[]],["validate1682",16,204633,2970,[1440,188]],["validate1681",16,207603,9996,[1437,1438,1439,1441,516]],["schema1537",16,217599,811,[]],["validate1686",16,218410,10100,[1443,1438,1439,1441,516]],["validate1680",16,228510,2536,[1436,1442,1444]],["validate1676",16,231046,5502,[1432,1433,1435,1445]],["validate1675",16,236548,1297,[1431,1446]],["schema1540",16,237845,646,[]],["schema1551",16,238491,243,[]],["schema1541",16,238734,319,[]],["schema1543",16,239053,399,[]],["schema1544",16,239452,327,[]],["validate1696",16,239779,2573,[1452,512]],["schema1545",16,242352,954,[]],["validate1699",16,243306,11772,[1454,188,1439,10]],["validate1695",16,255078,2373,[1451,1453,1455]],["validate1694",16,257451,2054,[1450,14,1456,202]],["schema1548",16,259505,576,[]],["schema1550",16,260081,279,[]],["validate1704",17,0,6613,[1458,147,1459,128]],["validate1693",17,6613,5781,[1448,1449,1457,1460]],["validate1671",17,12394,3232,[1429,1430,1447,1461]],["schema1552",17,15626,658,[]],["schema1553",17,16284,537,[]],["validate1711",17,16821,1297,[1365,1380]],["validate1714",17,18118,5736,[1382,1383,1391,1394]],["validate1709",17,23854,3185,[1464,30,1465,1466]],["validate1719",17,27039,4064,[34,35]],["validate1708",17,31103,3517,[1463,1467,1468]],["schema1559",17,34620,678,[]],["schema1560",17,35298,557,[]],["validate1724",17,35855,1297,[1399,1412]],["validate1727",17,37152,5781,[1414,1415,1423,1426]],["validate1722",17,42933,3190,[1471,30,1472,1473]],["validate1732",17,46123,4064,[34,35]],["validate1721",17,50187,3527,[1470,1474,1475]],["schema1566",17,53714,678,[]],["schema1567",17,54392,557,[]],["validate1737",17,54949,1297,[1431,1446]],["validate1740",17,56246,5781,[1448,1449,1457,1460]],["validate1735",17,62027,3190,[1478,30,1479,1480]],["validate1745",17,65217,4064,[34,35]],["validate1734",17,69281,3527,[1477,1481,1482]],["schema1573",17,72808,628,[]],["validate1748",17,73436,12988,[13,14,15,10,18]],["schema1578",17,86424,235,[]],["validate1751",17,86659,1594,[1486,30,1465]],["validate1747",17,88253,2930,[1484,1485,1487]],["schema1579",17,91183,648,[]],["validate1756",17,91831,12988,[13,14,15,10,18]],["schema1584",17,104819,240,[]],["validate1759",17,105059,1594,[1491,30,1472]],["validate1755",17,106653,2940,[1489,1490,1492]],["schema1585",17,109593,648,[]],["validate1764",17,110241,12988,[13,14,15,10,18]],["schema1590",17,123229,240,[]],["validate1767",17,123469,1594,[1496,30,1479]],["validate1763",17,125063,2940,[1494,1495,1497]],["schema1591",17,128003,690,[]],["schema1592",17,128693,490,[]],["validate1774",17,129183,1594,[1486,30,1465]],["validate1772",17,130777,2885,[1500,30,1501]],["validate1779",17,133662,4064,[34,35]],["validate1771",17,137726,3533,[1499,1502,1503]],["schema1596",17,141259,710,[]],["schema1597",17,141969,505,[]],["validate1784",17,142474,1594,[1491,30,1472]],["validate1782",17,144068,2890,[1506,30,1507]],["validate1789",17,146958,4064,[34,35]],["validate1781",17,151022,3543,[1505,1508,1509]],["schema1601",17,154565,710,[]],["schema1602",17,155275,505,[]],["validate1794",17,155780,1594,[1496,30,1479]],["validate1792",17,157374,2890,[1512,30,1513]],["validate1799",17,160264,4064,[34,35]],["validate1791",17,164328,3543,[1511,1514,1515]],["schema1606",17,167871,805,[]],["schema1611",17,168676,289,[]],["validate1802",17,168965,12988,[13,14,15,10,18]],["schema1612",17,181953,556,[]],["schema1613",17,182509,889,[]],["schema1614",17,183398,293,[]],["schema1615",17,183691,430,[]],["schema1616",17,184121,392,[]],["validate1809",17,184513,6342,[1524,188]],["validate1808",17,190855,3055,[1523,1525]],["validate1807",17,193910,9915,[1521,1522,10,1526]],["validate1805",17,203825,2969,[1520,128,1527]],["validate1801",17,206794,6457,[1517,1518,1519,1528]],["schema1620",17,213251,730,[]],["schema1621",17,213981,640,[]],["validate1817",17,214621,2969,[1520,128,1527]],["validate1815",17,217590,6283,[1531,1518,30,1532]],["validate1822",17,223873,4064,[34,35]],["validate1814",17,227937,3553,[1530,1533,1534]],["schema1626",17,231490,636,[]],["validate1825",17,232126,12988,[13,14,15,10,18]],["schema1631",17,245114,384,[]],["schema1633",17,245498,282,[]],["schema1634",17,245780,289,[]],["validate1829",17,246069,4607,[1539,1540]],["validate1828",17,250676,4037,[1538,188,1541]],["schema1635",17,254713,334,[]],["validate1832",17,255047,4890,[1543,188]],["validate1824",18,0,3197,[1536,1537,1542,1544]],["schema1638",18,3197,614,[]],["schema1639",18,3811,498,[]],["validate1837",18,4309,4037,[1538,188,1541]],["validate1840",18,8346,4890,[1543,188]],["validate1835",18,13236,3169,[1547,30,1548,1549]],["validate1843",18,16405,4064,[34,35]],["validate1834",18,20469,3492,[1546,1550,1551]],["schema1647",18,23961,616,[]],["validate1846",18,24577,12988,[13,14,15,10,18]],["schema1652",18,37565,834,[]],["schema1674",18,38399,275,[]],["schema1653",18,38674,1279,[]],["schema1654",18,39953,684,[]],["schema1655",18,40637,264,[]],["schema1656",18,40901,394,[]],["schema1658",18,41295,323,[]],["validate1853",18,41618,5330,[1561,188]],["validate1852",18,46948,4549,[1560,188,1562]],["validate1851",18,51497,2919,[1559,188,1563]],["schema1664",18,54416,377,[]],["schema1665",18,54793,184,[]],["validate1858",18,54977,2576,[1566,188]],["validate1857",18,57553,3299,[1565,1567]],["schema1667",18,60852,242,[]],["schema1668",18,61094,301,[]],["validate1862",18,61395,4292,[1570,188]],["schema1671",18,65687,244,[]],["validate1864",18,65931,3806,[1572,188]],["validate1861",18,69737,1615,[1569,1571,1573]],["validate1850",18,71352,15304,[1557,1558,10,1564,1568,1574,202,542]],["schema1675",18,86656,248,[]],["validate1871",18,86904,2380,[1576,1567]],["validate1849",18,89284,8614,[1555,1556,10,1575,202,1577]],["validate1845",18,97898,3121,[1553,1554,1578]],["schema1676",18,101019,636,[]],["validate1876",18,101655,12988,[13,14,15,10,18]],["schema1681",18,114643,849,[]],["schema1706",18,115492,275,[]],["schema1682",18,115767,202,[]],["schema1683",18,115969,1259,[]],["schema1684",18,117228,684,[]],["schema1685",18,117912,269,[]],["schema1686",18,118181,399,[]],["schema1688",18,118580,323,[]],["validate1884",18,118903,5330,[1589,188]],["validate1883",18,124233,4549,[1588,188,1590]],["validate1882",18,128782,2919,[1587,188,1591]],["schema1694",18,131701,382,[]],["schema1695",18,132083,184,[]],["validate1889",18,132267,2576,[1594,188]],["validate1888",18,134843,3299,[1593,1595]],["schema1697",18,138142,252,[]],["schema1698",18,138394,301,[]],["validate1893",18,138695,4292,[1598,188]],["schema1701",18,142987,244,[]],["validate1895",18,143231,3806,[1600,188]],["validate1892",18,147037,1615,[1597,1599,1601]],["schema1704",18,148652,277,[]],["validate1899",18,148929,2711,[1603,14]],["validate1881",18,151640,14902,[1585,1586,10,1592,1596,1602,202,1604]],["validate1880",18,166542,1779,[1584,1605]],["schema1707",18,168321,253,[]],["validate1904",18,168574,2380,[1607,1595]],["validate1879",18,170954,8654,[1582,1583,10,1606,202,1608]],["validate1875",18,179608,3131,[1580,1581,1609]],["schema1708",18,182739,636,[]],["validate1909",18,183375,12988,[13,14,15,10,18]],["schema1713",18,196363,849,[]],["schema1735",18,197212,275,[]],["schema1714",18,197487,1304,[]],["schema1715",18,198791,684,[]],["schema1716",18,199475,269,[]],["schema1717",18,199744,399,[]],["schema1719",18,200143,323,[]],["validate1916",18,200466,5330,[1619,188]],["validate1915",18,205796,4549,[1618,188,1620]],["validate1914",18,210345,2919,[1617,188,1621]],["schema1725",18,213264,382,[]],["schema1726",18,213646,184,[]],["validate1921",18,213830,2576,[1624,188]],["validate1920",18,216406,3299,[1623,1625]],["schema1728",18,219705,252,[]],["schema1729",18,219957,301,[]],["validate1925",18,220258,4292,[1628,188]],["schema1732",18,224550,244,[]],["validate1927",18,224794,3806,[1630,188]],["validate1924",18,228600,1615,[1627,1629,1631]],["validate1913",18,230215,15374,[1615,1616,10,1622,1626,1632,202,562]],["schema1736",18,245589,253,[]],["validate1934",18,245842,2380,[1634,1625]],["validate1912",18,248222,8654,[1613,1614,10,1633,202,1635]],["validate1908",18,256876,3131,[1611,1612,1636]],["schema1737",18,260007,658,[]],["schema1738",18,260665,486,[]],["validate1941",19,0,8614,[1555,1556,10,1575,202,1577]],["validate1939",19,8614,3084,[1639,30,1640]],["validate1947",19,11698,4064,[34,35]],["validate1938",19,15762,3517,[1638,1641,1642]],["schema1743",19,19279,678,[]],["schema1744",19,19957,501,[]],["validate1952",19,20458,8654,[1582,1583,10,1606,202,1608]],["validate1950",19,29112,3089,[1645,30,1646]],["validate1958",19,32201,4064,[34,35]],["validate1949",19,36265,3527,[1644,1647,1648]],["schema1749",19,39792,678,[]],["schema1750",19,40470,501,[]],["validate1963",19,40971,8654,[1613,1614,10,1633,202,1635]],["validate1961",19,49625,3089,[1651,30,1652]],["validate1969",19,52714,4064,[34,35]],["validate1960",19,56778,3527,[1650,1653,1654]],["schema1755",19,60305,643,[]],["validate1972",19,60948,12988,[13,14,15,10,18]],["validate1971",19,73936,8703,[1656,59,1657]],["schema1761",19,82639,760,[]],["validate1976",19,83399,12988,[13,14,15,10,18]],["validate1975",19,96387,8696,[1659,68,69,1660]],["schema1768",19,105083,662,[]],["schema1769",19,105745,619,[]],["validate1980",19,106364,8410,[1663,68,69,30]],["validate1983",19,114774,4064,[34,35]],["validate1979",19,118838,3519,[1662,1664,1665]],["schema1774",19,122357,634,[]],["schema1775",19,122991,526,[]],["validate1986",19,123517,8458,[1668,59,30]],["validate1989",19,131975,4064,[34,35]],["validate1985",19,136039,3505,[1667,1669,1670]],["schema1779",19,139544,711,[]],["validate1992",19,140255,12988,[13,14,15,10,18]],["schema1784",19,153243,216,[]],["validate1995",19,153459,2970,[1674,188]],["schema1786",19,156429,346,[]],["validate1997",19,156775,5290,[1676,193]],["validate1991",19,162065,3831,[1672,1673,1675,1677]],["schema1788",19,165896,638,[]],["schema1789",19,166534,560,[]],["validate2002",19,167094,2970,[1674,188]],["validate2004",19,170064,5290,[1676,193]],["validate2000",19,175354,3733,[1680,30,1681,1682]],["validate2007",19,179087,4064,[34,35]],["validate1999",19,183151,3507,[1679,1683,1684]],["schema1796",19,186658,645,[]],["schema1801",19,187303,146,[]],["schema1802",19,187449,199,[]],["validate2010",19,187648,12988,[13,14,15,10,18]],["validate2009",19,200636,5847,[1686,1687,1688,1689]],["schema1803",19,206483,715,[]],["validate2014",19,207198,12988,[13,14,15,10,18]],["validate2013",19,220186,5090,[1691,1692]],["schema1808",19,225276,586,[]],["schema1809",19,225862,618,[]],["validate2018",19,226480,5069,[1695,30]],["validate2021",19,231549,4064,[34,35]],["validate2017",19,235613,3478,[1694,1696,1697]],["schema1812",19,239091,775,[]],["validate2024",19,239866,12988,[13,14,15,10,18]],["schema1817",19,252854,270,[]],["validate2027",19,253124,3069,[1701,900,907]],["validate2023",20,0,6085,[1699,897,1700,1702]],["schema1820",20,6085,640,[]],["validate2031",20,6725,12988,[13,14,15,10,18]],["schema1825",20,19713,158,[]],["schema1826",20,19871,384,[]],["validate2034",20,20255,4978,[1706,1707]],["validate2030",20,25233,2944,[1704,1705,1708]],["schema1827",20,28177,770,[]],["schema1832",20,28947,129,[]],["validate2037",20,29076,12988,[13,14,15,10,18]],["schema1833",20,42064,504,[]],["schema1834",20,42568,318,[]],["schema1835",20,42886,530,[]],["validate2040",20,43416,10860,[1713,1714,1715]],["validate2036",20,54276,4445,[1710,1711,1712,1716]],["schema1836",20,58721,606,[]],["validate2043",20,59327,12988,[13,14,15,10,18]],["schema1841",20,72315,1618,[]],["schema1842",20,73933,402,[]],["validate2047",20,74335,4522,[1721,238]],["schema1844",20,78857,154,[]],["schema1845",20,79011,152,[]],["validate2049",20,79163,2249,[1723,1724]],["validate2046",20,81412,11297,[1720,10,1722,1725]],["schema1846",20,92709,420,[]],["schema1847",20,93129,226,[]],["schema1848",20,93355,321,[]],["schema1849",20,93676,228,[]],["validate2055",20,93904,4909,[1729,1730]],["validate2054",20,98813,1682,[1728,1731]],["validate2052",20,100495,2038,[1727,128,1732]],["validate2042",20,102533,3185,[1718,1719,1726,1733]],["schema1850",20,105718,957,[]],["validate2060",20,106675,12988,[13,14,15,10,18]],["validate2059",20,119663,9161,[1735,186,41,1736]],["schema1857",20,128824,618,[]],["schema1858",20,129442,818,[]],["validate2064",20,130260,8928,[1739,186,41,30]],["validate2067",20,139188,4064,[34,35]],["validate2063",20,143252,3494,[1738,1740,1741]],["schema1863",20,146746,684,[]],["schema1868",20,147430,193,[]],["validate2070",20,147623,12988,[13,14,15,10,18]],["schema1869",20,160611,348,[]],["validate2073",20,160959,1700,[1746,128]],["validate2069",20,162659,4610,[1743,1744,1745,1747]],["schema1870",20,167269,658,[]],["schema1871",20,167927,537,[]],["validate2079",20,168464,1700,[1746,128]],["validate2077",20,170164,4505,[1750,1744,30,1751]],["validate2083",20,174669,4064,[34,35]],["validate2076",20,178733,3517,[1749,1752,1753]],["schema1876",20,182250,590,[]],["schema1877",20,182840,474,[]],["validate2088",20,183314,11297,[1720,10,1722,1725]],["validate2092",20,194611,2038,[1727,128,1732]],["validate2086",20,196649,3163,[1756,30,1757,1758]],["validate2097",20,199812,4064,[34,35]],["validate2085",20,203876,3480,[1755,1759,1760]],["schema1882",20,207356,660,[]],["validate2100",20,208016,12988,[13,14,15,10,18]],["schema1887",20,221004,974,[]],["schema1888",20,221978,143,[]],["schema1889",20,222121,171,[]],["schema1890",20,222292,211,[]],["schema1891",20,222503,231,[]],["validate2107",20,222734,2881,[1768,238]],["validate2106",20,225615,1675,[1767,1769]],["validate2110",20,227290,3174,[1140,30,310,1141]],["validate2103",20,230464,8252,[1764,1765,1766,10,63,341,1770,1771]],["schema1894",20,238716,881,[]],["schema1895",20,239597,315,[]],["validate2117",20,239912,2836,[1774,14]],["validate2116",20,242748,5565,[1773,10,1775]],["validate2099",20,248313,3410,[1762,1763,1772,1776]],["schema1897",20,251723,620,[]],["schema1898",20,252343,519,[]],["validate2123",20,252862,8252,[1764,1765,1766,10,63,341,1770,1771]],["validate2129",21,0,5565,[1773,10,1775]],["validate2121",21,5565,3379,[1779,30,1780,1781]],["validate2133",21,8944,4064,[34,35]],["validate2120",21,13008,3498,[1778,1782,1783]],["schema1905",21,16506,712,[]],["schema1906",21,17218,436,[]],["schema1907",21,17654,198,[]],["validate2136",21,17852,5330,[1786,1787]],["validate2138",21,23182,4064,[34,35]],["validate2135",21,27246,4368,[1785,1788,1789]],["schema1910",21,31614,1079,[]],["schema1911",21,32693,286,[]],["schema1912",21,32979,237,[]],["validate2141",21,33216,4154,[1792,1793]],["validate2143",21,37370,12988,[13,14,15,10,18]],["validate2140",21,50358,6757,[1791,10,1794,1795]],["schema1917",21,57115,650,[]],["schema1918",21,57765,942,[]],["validate2148",21,58707,4154,[1792,1793]],["validate2147",21,62861,6649,[1798,10,1799,30]],["validate2152",21,69510,4064,[34,35]],["validate2146",21,73574,3513,[1797,1800,1801]],["schema1923",21,77087,790,[]],["schema1928",21,77877,46,[]],["validate2155",21,77923,12988,[13,14,15,10,18]],["schema1929",21,90911,544,[]],["schema1932",21,91455,435,[]],["schema1930",21,91890,393,[]],["validate2159",21,92283,3896,[1808,14]],["validate2158",21,96179,7260,[1806,1807,1809]],["validate2154",21,103439,3604,[1803,1804,1805,1810]],["schema1933",21,107043,724,[]],["schema1934",21,107767,627,[]],["validate2165",21,108394,7260,[1806,1807,1809]],["validate2163",21,115654,3534,[1813,1804,30,1814]],["validate2169",21,119188,4064,[34,35]],["validate2162",21,123252,3550,[1812,1815,1816]],["schema1940",21,126802,774,[]],["validate2172",21,127576,12988,[13,14,15,10,18]],["schema1945",21,140564,195,[]],["schema1946",21,140759,177,[]],["validate2175",21,140936,3321,[1820,1821]],["schema1947",21,144257,393,[]],["validate2177",21,144650,2114,[1823,128]],["validate2171",21,146764,3258,[1818,1819,1822,1824]],["schema1948",21,150022,799,[]],["validate2181",21,150821,12988,[13,14,15,10,18]],["schema1953",21,163809,195,[]],["validate2184",21,164004,3321,[1828,1821]],["schema1955",21,167325,393,[]],["validate2186",21,167718,2114,[1830,128]],["validate2180",21,169832,3268,[1826,1827,1829,1831]],["schema1956",21,173100,730,[]],["schema1957",21,173830,609,[]],["validate2192",21,174439,3321,[1820,1821]],["validate2194",21,177760,2114,[1823,128]],["validate2190",21,179874,3203,[1834,30,1835,1836]],["validate2198",21,183077,4064,[34,35]],["validate2189",21,187141,3553,[1833,1837,1838]],["schema1963",21,190694,750,[]],["schema1964",21,191444,629,[]],["validate2203",21,192073,3321,[1828,1821]],["validate2205",21,195394,2114,[1830,128]],["validate2201",21,197508,3208,[1841,30,1842,1843]],["validate2209",21,200716,4064,[34,35]],["validate2200",21,204780,3563,[1840,1844,1845]],["schema1970",21,208343,759,[]],["validate2212",21,209102,12988,[13,14,15,10,18]],["validate2215",21,222090,5886,[899,900,907]],["validate2211",21,227976,6077,[1847,897,1848,1849]],["schema1978",21,234053,709,[]],["validate2219",21,234762,12988,[13,14,15,10,18]],["schema1983",21,247750,474,[]],["schema1984",21,248224,231,[]],["validate2222",21,248455,6243,[1853,1854]],["schema1985",21,254698,208,[]],["validate2224",21,254906,1760,[1856,14]],["validate2218",21,256666,3232,[1851,1852,1855,1857]],["schema1987",21,259898,724,[]],["schema1992",21,260622,244,[]],["validate2227",22,0,12988,[13,14,15,10,18]],["schema1993",22,12988,340,[]],["validate2230",22,13328,6492,[1862,1707]],["validate2226",22,19820,5550,[1859,1860,1861,1863]],["schema1995",22,25370,809,[]],["validate2233",22,26179,12988,[13,14,15,10,18]],["schema2000",22,39167,1127,[]],["schema2001",22,40294,187,[]],["schema2004",22,40481,267,[]],["validate2236",22,40748,14708,[1867,1868,913,914,1869,915,918]],["schema2006",22,55456,421,[]],["schema2007",22,55877,252,[]],["schema2008",22,56129,181,[]],["validate2241",22,56310,3688,[1872,1873]],["validate2239",22,59998,2509,[1871,128,1874]],["validate2232",22,62507,3272,[1865,1866,1870,1875]],["schema2009",22,65779,744,[]],["validate2245",22,66523,12988,[13,14,15,10,18]],["schema2014",22,79511,432,[]],["validate2248",22,79943,3195,[1879,918,959]],["validate2244",22,83138,3185,[1877,1878,1880]],["schema2015",22,86323,786,[]],["schema2016",22,87109,582,[]],["validate2255",22,87691,3195,[1879,918,959]],["validate2253",22,90886,3116,[1883,30,1884]],["validate2260",22,94002,4064,[34,35]],["validate2252",22,98066,3581,[1882,1885,1886]],["schema2020",22,101647,758,[]],["schema2021",22,102405,637,[]],["validate2265",22,103042,14708,[1867,1868,913,914,1869,915,918]],["validate2268",22,117750,2509,[1871,128,1874]],["validate2263",22,120259,3210,[1889,30,1890,1891]],["validate2273",22,123469,4064,[34,35]],["validate2262",22,127533,3567,[1888,1892,1893]],["schema2031",22,131100,882,[]],["validate2276",22,131982,12988,[13,14,15,10,18]],["schema2036",22,144970,1164,[]],["validate2279",22,146134,13471,[1897,913,1015,10,1018,63]],["validate2275",22,159605,3381,[1895,1896,1898]],["schema2039",22,162986,778,[]],["schema2040",22,163764,722,[]],["validate2287",22,164486,13471,[1897,913,1015,10,1018,63]],["validate2285",22,177957,3314,[1901,30,1902]],["validate2293",22,181271,4064,[34,35]],["validate2284",22,185335,3577,[1900,1903,1904]],["schema2046",22,188912,714,[]],["validate2296",22,189626,12988,[13,14,15,10,18]],["schema2051",22,202614,265,[]],["schema2052",22,202879,218,[]],["validate2300",22,203097,1786,[1909,1147]],["validate2299",22,204883,2543,[1908,1910]],["schema2053",22,207426,376,[]],["schema2054",22,207802,252,[]],["validate2305",22,208054,2129,[1913,14]],["validate2304",22,210183,3161,[1912,1914]],["validate2295",22,213344,3433,[1906,1907,1911,1915]],["schema2056",22,216777,666,[]],["schema2057",22,217443,565,[]],["validate2312",22,218008,2543,[1908,1910]],["validate2315",22,220551,3161,[1912,1914]],["validate2310",22,223712,3394,[1918,30,1919,1920]],["validate2320",22,227106,4064,[34,35]],["validate2309",22,231170,3521,[1917,1921,1922]],["schema2062",22,234691,689,[]],["validate2323",22,235380,12988,[13,14,15,10,18]],["validate2322",22,248368,4150,[1924,1925]],["schema2067",22,252518,686,[]],["schema2068",22,253204,560,[]],["validate2327",22,253764,4037,[1928,30]],["validate2330",22,257801,4064,[34,35]],["validate2326",23,0,3531,[1927,1929,1930]],["schema2071",23,3531,4599,[]],["validate2332",23,8130,2201,[1932,147]],["schema2073",23,10331,628,[]],["validate2334",23,10959,12988,[13,14,15,10,18]],["schema2078",23,23947,580,[]],["schema2082",23,24527,205,[]],["schema2079",23,24732,1008,[]],["wrapper7",23,25740,42,[1942]],["schema2080",23,25782,862,[]],["validate2340",23,26644,7065,[1940,1235,1239,1241,1245]],["validate2338",23,33709,5395,[1938,10,1939,117,1941,120,124]],["validate2337",23,39104,5205,[1936,1937,1942,1941]],["validate2333",23,44309,3127,[1934,1935,1943]],["schema2083",23,47436,624,[]],["validate2351",23,48060,12988,[13,14,15,10,18]],["schema2088",23,61048,577,[]],["schema2100",23,61625,205,[]],["schema2089",23,61830,1003,[]],["wrapper8",23,62833,42,[1963]],["schema2090",23,62875,345,[]],["schema2091",23,63220,46,[]],["schema2092",23,63266,46,[]],["validate2356",23,63312,1821,[1951,1952,1953]],["schema2093",23,65133,858,[]],["validate2358",23,65991,7059,[1955,1254,1259,1262,1266]],["schema2095",23,73050,237,[]],["validate2363",23,73287,2828,[1957,1261]],["schema2097",23,76115,349,[]],["schema2098",23,76464,46,[]],["schema2099",23,76510,171,[]],["validate2365",23,76681,2980,[1959,1960,1961]],["validate2355",23,79661,5404,[1949,10,1950,1954,1956,1958,1962]],["validate2354",23,85065,5198,[1947,1948,1963,1956]],["validate2350",23,90263,3125,[1945,1946,1964]],["schema2101",23,93388,670,[]],["schema2102",23,94058,495,[]],["validate2373",23,94553,5205,[1936,1937,1942,1941]],["validate2371",23,99758,3087,[1967,30,1968]],["validate2378",23,102845,4064,[34,35]],["validate2370",23,106909,3523,[1966,1969,1970]],["schema2107",23,110432,666,[]],["schema2108",23,111098,492,[]],["validate2383",23,111590,5198,[1947,1948,1963,1956]],["validate2381",23,116788,3086,[1973,30,1974]],["validate2388",23,119874,4064,[34,35]],["validate2380",23,123938,3521,[1972,1975,1976]]];
const kinds = {"apigroup-meta-v1.json":3,"apigrouplist-meta-v1.json":7,"apiresourcelist-meta-v1.json":11,"apiservice-apiregistration-v1.json":27,"apiservicelist-apiregistration-v1.json":37,"apiversions-meta-v1.json":39,"binding-v1.json":43,"certificatesigningrequest-certificates-v1.json":51,"certificatesigningrequestlist-certificates-v1.json":57,"clusterrole-rbac-v1.json":66,"clusterrolebinding-rbac-v1.json":71,"clusterrolebindinglist-rbac-v1.json":76,"clusterrolelist-rbac-v1.json":82,"clustertrustbundle-certificates-v1.json":86,"clustertrustbundle-certificates-v1beta1.json":90,"clustertrustbundlelist-certificates-v1.json":95,"clustertrustbundlelist-certificates-v1beta1.json":100,"componentstatus-v1.json":104,"componentstatuslist-v1.json":109,"compositepodgroup-scheduling-v1alpha3.json":130,"compositepodgrouplist-scheduling-v1alpha3.json":137,"configmap-v1.json":140,"configmaplist-v1.json":145,"controllerrevision-apps-v1.json":149,"controllerrevisionlist-apps-v1.json":154,"cronjob-batch-v1.json":347,"cronjoblist-batch-v1.json":354,"csidriver-storage-v1.json":360,"csidriverlist-storage-v1.json":366,"csinode-storage-v1.json":380,"csinodelist-storage-v1.json":387,"csistoragecapacity-storage-v1.json":391,"csistoragecapacitylist-storage-v1.json":396,"customresourcedefinition-apiextensions-v1.json":432,"customresourcedefinitionlist-apiextensions-v1.json":439,"daemonset-apps-v1.json":452,"daemonsetlist-apps-v1.json":459,"deleteoptions-meta-v1.json":462,"deployment-apps-v1.json":475,"deploymentlist-apps-v1.json":482,"deviceclass-resource-v1.json":494,"deviceclass-resource-v1beta1.json":506,"deviceclass-resource-v1beta2.json":518,"deviceclasslist-resource-v1.json":524,"deviceclasslist-resource-v1beta1.json":530,"deviceclasslist-resource-v1beta2.json":536,"devicetaintrule-resource-v1.json":546,"devicetaintrule-resource-v1alpha3.json":556,"devicetaintrule-resource-v1beta2.json":566,"devicetaintrulelist-resource-v1.json":573,"devicetaintrulelist-resource-v1alpha3.json":580,"devicetaintrulelist-resource-v1beta2.json":587,"endpoints-v1.json":595,"endpointslice-discovery-v1.json":606,"endpointslicelist-discovery-v1.json":612,"endpointslist-v1.json":618,"event-events-v1.json":625,"event-v1.json":630,"eventlist-events-v1.json":636,"eventlist-v1.json":642,"eviction-lifecycle-v1alpha1.json":656,"eviction-policy-v1.json":661,"evictionlist-lifecycle-v1alpha1.json":668,"evictionrequest-lifecycle-v1alpha1.json":678,"evictionrequestlist-lifecycle-v1alpha1.json":685,"flowschema-flowcontrol-v1.json":705,"flowschemalist-flowcontrol-v1.json":712,"horizontalpodautoscaler-autoscaling-v1.json":720,"horizontalpodautoscaler-autoscaling-v2.json":765,"horizontalpodautoscalerlist-autoscaling-v1.json":772,"horizontalpodautoscalerlist-autoscaling-v2.json":779,"ingress-networking-v1.json":803,"ingressclass-networking-v1.json":809,"ingressclasslist-networking-v1.json":815,"ingresslist-networking-v1.json":822,"ipaddress-networking-v1.json":828,"ipaddresslist-networking-v1.json":834,"job-batch-v1.json":843,"joblist-batch-v1.json":849,"lease-coordination-v1.json":854,"leasecandidate-coordination-v1alpha2.json":859,"leasecandidate-coordination-v1beta1.json":864,"leasecandidatelist-coordination-v1alpha2.json":870,"leasecandidatelist-coordination-v1beta1.json":876,"leaselist-coordination-v1.json":882,"limitrange-v1.json":889,"limitrangelist-v1.json":895,"localsubjectaccessreview-authorization-v1.json":909,"mutatingadmissionpolicy-admissionregistration-v1.json":924,"mutatingadmissionpolicy-admissionregistration-v1alpha1.json":939,"mutatingadmissionpolicy-admissionregistration-v1beta1.json":954,"mutatingadmissionpolicybinding-admissionregistration-v1.json":961,"mutatingadmissionpolicybinding-admissionregistration-v1alpha1.json":968,"mutatingadmissionpolicybinding-admissionregistration-v1beta1.json":975,"mutatingadmissionpolicybindinglist-admissionregistration-v1.json":981,"mutatingadmissionpolicybindinglist-admissionregistration-v1alpha1.json":987,"mutatingadmissionpolicybindinglist-admissionregistration-v1beta1.json":993,"mutatingadmissionpolicylist-admissionregistration-v1.json":999,"mutatingadmissionpolicylist-admissionregistration-v1alpha1.json":1005,"mutatingadmissionpolicylist-admissionregistration-v1beta1.json":1011,"mutatingwebhookconfiguration-admissionregistration-v1.json":1020,"mutatingwebhookconfigurationlist-admissionregistration-v1.json":1026,"namespace-v1.json":1034,"namespacelist-v1.json":1040,"networkpolicy-networking-v1.json":1054,"networkpolicylist-networking-v1.json":1060,"node-v1.json":1090,"nodelist-v1.json":1097,"persistentvolume-v1.json":1126,"persistentvolumeclaim-v1.json":1138,"persistentvolumeclaimlist-v1.json":1144,"persistentvolumelist-v1.json":1151,"pod-v1.json":1193,"podcertificaterequest-certificates-v1.json":1199,"podcertificaterequest-certificates-v1beta1.json":1205,"podcertificaterequestlist-certificates-v1.json":1211,"podcertificaterequestlist-certificates-v1beta1.json":1217,"poddisruptionbudget-policy-v1.json":1224,"poddisruptionbudgetlist-policy-v1.json":1231,"podgroup-scheduling-v1alpha3.json":1250,"podgroup-scheduling-v1beta1.json":1271,"podgrouplist-scheduling-v1alpha3.json":1278,"podgrouplist-scheduling-v1beta1.json":1285,"podlist-v1.json":1291,"podtemplate-v1.json":1295,"podtemplatelist-v1.json":1300,"priorityclass-scheduling-v1.json":1303,"priorityclasslist-scheduling-v1.json":1308,"prioritylevelconfiguration-flowcontrol-v1.json":1323,"prioritylevelconfigurationlist-flowcontrol-v1.json":1330,"replicaset-apps-v1.json":1339,"replicasetlist-apps-v1.json":1346,"replicationcontroller-v1.json":1355,"replicationcontrollerlist-v1.json":1362,"resourceclaim-resource-v1.json":1396,"resourceclaim-resource-v1beta1.json":1428,"resourceclaim-resource-v1beta2.json":1462,"resourceclaimlist-resource-v1.json":1469,"resourceclaimlist-resource-v1beta1.json":1476,"resourceclaimlist-resource-v1beta2.json":1483,"resourceclaimtemplate-resource-v1.json":1488,"resourceclaimtemplate-resource-v1beta1.json":1493,"resourceclaimtemplate-resource-v1beta2.json":1498,"resourceclaimtemplatelist-resource-v1.json":1504,"resourceclaimtemplatelist-resource-v1beta1.json":1510,"resourceclaimtemplatelist-resource-v1beta2.json":1516,"resourcepoolstatusrequest-resource-v1alpha3.json":1529,"resourcepoolstatusrequestlist-resource-v1alpha3.json":1535,"resourcequota-v1.json":1545,"resourcequotalist-v1.json":1552,"resourceslice-resource-v1.json":1579,"resourceslice-resource-v1beta1.json":1610,"resourceslice-resource-v1beta2.json":1637,"resourceslicelist-resource-v1.json":1643,"resourceslicelist-resource-v1beta1.json":1649,"resourceslicelist-resource-v1beta2.json":1655,"role-rbac-v1.json":1658,"rolebinding-rbac-v1.json":1661,"rolebindinglist-rbac-v1.json":1666,"rolelist-rbac-v1.json":1671,"runtimeclass-node-v1.json":1678,"runtimeclasslist-node-v1.json":1685,"scale-autoscaling-v1.json":1690,"secret-v1.json":1693,"secretlist-v1.json":1698,"selfsubjectaccessreview-authorization-v1.json":1703,"selfsubjectreview-authentication-v1.json":1709,"selfsubjectrulesreview-authorization-v1.json":1717,"service-v1.json":1734,"serviceaccount-v1.json":1737,"serviceaccountlist-v1.json":1742,"servicecidr-networking-v1.json":1748,"servicecidrlist-networking-v1.json":1754,"servicelist-v1.json":1761,"statefulset-apps-v1.json":1777,"statefulsetlist-apps-v1.json":1784,"status-meta-v1.json":1790,"storageclass-storage-v1.json":1796,"storageclasslist-storage-v1.json":1802,"storageversion-apiserverinternal-v1alpha1.json":1811,"storageversionlist-apiserverinternal-v1alpha1.json":1817,"storageversionmigration-storagemigration-v1.json":1825,"storageversionmigration-storagemigration-v1beta1.json":1832,"storageversionmigrationlist-storagemigration-v1.json":1839,"storageversionmigrationlist-storagemigration-v1beta1.json":1846,"subjectaccessreview-authorization-v1.json":1850,"tokenrequest-authentication-v1.json":1858,"tokenreview-authentication-v1.json":1864,"validatingadmissionpolicy-admissionregistration-v1.json":1876,"validatingadmissionpolicybinding-admissionregistration-v1.json":1881,"validatingadmissionpolicybindinglist-admissionregistration-v1.json":1887,"validatingadmissionpolicylist-admissionregistration-v1.json":1894,"validatingwebhookconfiguration-admissionregistration-v1.json":1899,"validatingwebhookconfigurationlist-admissionregistration-v1.json":1905,"volumeattachment-storage-v1.json":1916,"volumeattachmentlist-storage-v1.json":1923,"volumeattributesclass-storage-v1.json":1926,"volumeattributesclasslist-storage-v1.json":1931,"watchevent-meta-v1.json":1933,"workload-scheduling-v1alpha3.json":1944,"workload-scheduling-v1beta1.json":1965,"workloadlist-scheduling-v1alpha3.json":1971,"workloadlist-scheduling-v1beta1.json":1977};
const chunks = ["W3z/E0V9EKxiRgYCvRUrOlWgGRkop2TPEB0L8fYrZhU3aAP5iFOTw/jMftnUXl95U0VRAdwgyfX29DE32JFz6yI8kkWKZmOu/WPK15XCY77JRunj/H9svatazq+wncy1J5SufVTYBDGLli4yQeGwCImwuDQr+JnbPUpvqqm6f5RWhUSCRlgQzr+MkfifpvbfGjfUo9L4k40m65Vclj4BbJxvNetN5c5FAO4FrqQhe6z0jYvWmSAINw4vOPPrNVtrKGrWmO/6JYRgaNSyUmLtfQoR6sA426T7jkz4LeXO9/d7ja1sO1PXvy6AJr6gucHWl+Hv34NX3jZtdX8ptaQ/CyQ0oC9jr9Vd7fbnvgoB8gJGWzHqLhraLrlb7+MTxa5ZBDKroY7QHTDBcODSJNQL4GY/ZNBa3NI2A2PDftTSQUNLGfB79yEGXv38xDOGQ16KAvrx3LGpqjx1Zn0R/jUzidLyhxN5emvWXmIvtjMvugOya4l7FIft3aAfvNibYycGLZIhZEfe9+6ITQxSBmyVqqbz9WNDTxNvPr39zSKilYyUnOhPbHhXzlBCLTt/8ZBvw9I4a47G5zv0x9xvPZTddlwF1uLn05xs3u3fW3RRuQUFiobJBohIEGdpW4gohb0p/2jMxXFgEWFENFgziKgXQEO+ZoAUl1Nrah1zYC3EvLn2UyQQs152cjvzeSGq9wZErOkchr1AW6Gsl1qUU6Hk8LeGvHAGNuIxKbsDJhcMTedE4BFQUzALlQwW/tQrBMiJsWnuxrQQMmDy1aIHgGzeJNLeVD1fCTX9ERe3zPSH9FKhhfKAGrMKnSC068vVpZvjpAenYqkTstW68GDK2L90d2wxvcGwxmsSUhW7Zujm/HUk+vsijzI5WUOLZnYnUq6qsEQ2O9M4PJgvBYZwYLO5NikEVWOov50qeE60iBEfGlxf+pJDzICsP/Q8jgL6oOwnqtc3FJaPea3OeirYEQooHjL/wgGyvxOCMUY2jA7gYQf6vzHMEOcxNMzliIyl3MVjptudy24c5sYMAfxjpoYTKXtN2cksOgAD3VkPaoqqi4pBZ80qsHYirnnuN14/X+ARj/pFGvrbhmY4dIzTUfCc4RzYk6bMUKtKdpapEtQXjXkvMlacztVq/7BL/PKteVQMLcbEr2N0+RNjGFFMN6GqbEeyfj+CDxcgwGSXVioIP0wNIOkbnLHjQhjaFHSFFEBCewA8wRuc418BbMyK2QIyFzC+0BVs9ImqBJ5QjkKekRaZNZUfCK3VOvedWMZoSi0D85aH6n8+TEEKQ4i3ZupjvdXLtFgOc4DnKN6aa534gCCRJcrEHnC4uJZyBRnnu4rSJf3DhJLyhSq46TjAdzKv5xodNXAWN2zgAp2Z17C02ZLMkrMJvLekhJmgGa1iI2Ey1nmQkCobuJQ8mcUgR4CmG/942ZVxUUmyVErJkFk1FCb4nG5C7y3ZmbCZrdpGwuycB4nOBi7VmfUazcPkFJLFz4nIII63K3m8Tcrbpuq/Qb+c/81qNclERVionAMuBGhfAtBsZsZfJVh+FQnc+OYPeVrm6CwCIrptPEdcABazbV6vtzOvDwbwtMtvkZmFNdGvif4YX1NvvyYAqKnPCZC+y2cEwejwom9OoQ8AY8gX8xPVB+0unaFmon1j4hvislBd3SJcBUjhZD2OPXd6gDyXgMRQJuoBH9DYZABiseUODhgMc2C/YTmnxPOaYkkCS6uaTDICd/oVMSG/MdGcmid30lXPjJmpznKDSSi5TJITUQI0w2qmsi8UQ8G639wZu4zj+aQxNzsxsrD9VVTXaBiqK2/2r6+kKZ7T6d+dLFC1evG8advpzHSNKb5LGv/bEljK8FgBZZ13bRWSit6Mt2HnVQyGq0jg2ndfBFOxG7/BRETTC3hQxBnO7IDPMYuY7uGylzj5RZzhrrmK9TG/sCeMEcfHhKk0ppTr8Xvo6NO2F0HD1/jiCoj5QfqlP17ugXTpKhQQ9ZCFOkgYuTblz/Bmj1NvsREivdPuwonYV10ujl+ZOx3xacL9TN6nyrvn4Qq990sr4av36P3tQH8m0sfEVLrhSULF9gQmRwn+GnJDKtSvAciEKd4MhCNO+AwzvIaYn83oN4HhrmB4HdSYARehbksbV9Y2Q8mGmidJuT+PaWTUOUMNS/A2/4VuDG3gvMehZYQqP56OOSVzrFfBYCxTPXJWA/rHBeh07MnsfYH3u4P3++To5anxBwNGwzGZ3AGcfF0sdrd/xXOsAcOds/azYw6EuMGzRMudZRzOS3SGb/aFVqY+iS6OR6tcM5ndUCOsRmFu/Guvb+rm4yPDVBhvRzantN3yMAoI4bZHbVb3MOiRgwUUxmnYQ1H34taGXJFZPvKr2zTfyY5rnj8ejZrxfQZYpkZszHaDwmhCvqCXB7zQWAb9dz46YsgmOcjCLpt8lYTAI6iMoL9e7nk49zuxqFZAHqGgHaxBzw3CIAB+Esarh5SUCFMOIk6TbGMuZvKQbGPhDfEUSTVWhYuwSaqxBruymmg/VtUQEQwIY5+5rsW+z4ALwTX+mpe+KX/z+Ap9OICrL2/VQwA0EBX5UYj6AAqQHCRWSdw+XgIUhUjA+joxDY8AHdgUIGT+ZSlt03on0RA5lYI1gb0+SoGG/AI/gMM5FGjJVawDuHIb6JG30Abw8TwKdOQ9kgG86EerJahZ4II5e/j2u8gkZ3EKIOOQutESv35NWSQM79Wl7r+dffsy7Huz+nqBLzRW9Apq6WSj+bB+qddvI8//0g/G7GxEVVnTP6fvRXrJpu1Ex1Y+tGEArsmP9tiLVkb/VU2rfIWnQpaM+T+YtXW4eWMoG2ZSMDDEkAOIkyRbGIuRXCRbmAC1ydU2xp/AyHXJEPcCJqyrTJjC7Vgk1q1VdH1mq6REyJfy2sOtpwkYyJdxb96mmfxQ4R0c8r/yQRLhU9iHXTL6s4Bb3j/+f9P/nMsjKatv/dYLdiJ0XN883kXpt7z95m2eN77TnDJ5edwDkbmrsUzUrN0J7Ux5Jp9RB/ar3Tv5wIuIgsfAGpcrb5yLcZEamGiPwJAVsywm0zej14Fk7XX1lD4AMDKUe/DbgsIiKML2QlI1P/zyZT3eBoWg3Tyol7umSCnJr7DF1lTfAx7M+ZdrKjCK+UeX/ctn92+/6F0rgnYrjNoX0c7m/ZN+f3b7+u3sds0nduumNTmLPTdurerxzpx3vYudtWfgwHXj5YhF3GnIz5lk02p24YrV1VafCAne+cGf+d+9/u7enjgRlTAjW4TNVNtj9IvCXXZttTHIXWPrZl7/dQ3IupYh94t8GSwfUItF+iDYMNlTEQyPDAzRZphdLQV2zU2VRZllVVJJrne4YaoMWmxME+466dGA4Zhx+at6iPGjAQMOhFm1d+BFZbK+hsmQD1e04BJZvZCEvnbGSNmQ1cqtBU1MfZvwIfPc1jNudi+rKm0u6MPNspSOhydYs5SU0W1ixz0jAGmLeQhSiWT+JX/VCHwhjjgpWkxdsGYIM6iCYY4jLgoWUlWjYRCkOygzRTjiJps9XZBiCM9V+DGHEQ+55RPHCOd6JZja1X7as2CCI2Fw0fs2VMLeZgQq5nqdERi2udf8sUCwzpUnibm500yacz+YEGKzkPkQbzQXrF/Irty5+IyCNDTieUnhkwCf/tJfVTyM4fnhOlXMbq6vF1bP/tndobZd5b20zl1Kk0MVZvg6bbquWoa11U67Y0wq06QNetHP5ax9a3U5iajNRZ8c+trrwokV174fXCJtdNHytySV/7qMqm94a1P7lFvf4b4JOVuSyjuXUe044bisxfyjeWFyEAl9CexSVi96ZJerACylMjwwNABrDaaBrA8RO87X5PG3+ROy194hO6EuSENfs1n07TUwTPlmMBxpomec0TXE/Gx+8TYodDda28uyf3ZHpHPR8zakRHTioGF0dMVf1l4U3Owj16ITJa19A0WGCo9khjEJYWjG26NOQ0ZLb29GMciiS8yIciVS2Ypsc0RamLQ1FYbaOZaCJwUny3fGTI81v0ee+JlmfTw/1ReU+2qjMZhFj81l98Swvdp0+cntoV0ihXfOhpNjov914Qp2B25Eqg1ubLhr7mbFt4i5sRP9t9aGNXaFX8KzsSvXjc9LakWHdY0ujDgNgN+tayDO8JpvkTWwoq8vHGyA6Er83Fr2vcb+Vltg3RX+uW8rkbbA6ICarMzMf/cbc7z99jflD/fvJm4f+v/88m6VXnl5faQW30YVLEr3ccra6FZXJ6j8e5XR148I5MLRaAh9QZbVol66IvYe3nZJL2vdl6YE9im6nk57/qoiYDTGeZseseciIttmm4IEhMgdr3uQXPzMdXfv71Wr7KUsaLsjZvdFDWjfVCBtYs+p7z2tpHS0PvJ/Pv7n/nUNm6u9kWIan9l8sW4yetrTqICrmnXpjjb71gTHwPTIolx0pkvqEpvOilW3VyPCW/W78Y2e21cTsTXs8m2axALFDI/OYk7YHSqc15s/KBbM5+/uu1cXgz6t/+884D1mXHYMQXTSZwl91rtrGWn1Sl3+OpzWsE5rIiffn0sBe5UvcWMYfw7tUWasevJrlyOuLsaKOibRC+3zDNedcxaBOrC/9nEdFj5h4XT4nt6fixddvcqtdAg28w16DHPUxdLRdBTKbArTCWmiOBYDS2arrrZud7WHMxk21+fX5VddhK/eU0A1uME1StiAmlNmfjHcKWMZzkmv2IRQQ8maPBYpqjGq0dpNlj58FyEaFYTM1jDzQ7T7WIP/982/6i/sANK/2OiJKdzQ05PbuD8EOq56HNgAoE2wHmeB40JmwbGVgqyYY8gmIuIgDT1gTPp2p181MA6sIYhmHttyhs1sZT8zkQIkTnpKqWdoz5cWFNHteXPgZODU7A2qy4f58Dwia3eXgFq0Jw5ZLKkeG7zJycTNblXIiTuBS2RCEpi0XQtneMzPMeuOuZMSNklzWnWYF3cK+USmIBG918tplSd2G2ZgEzSl3mh6G0kk0sJFtGKyHljRpaEb40XuEJdGa8qOD+ChcQzRiKe5eZic/oXD15ryhpA7PNmdd7Y9J6ekF+JwfrhDyJc9UKtAtOAKPRHLyDG5bh/jBWcx8GfPf16G+78ICLWguQMba3AR/v+OZ3mXMXhWwJ/9+b8y/JTO1yO5fckrl0xZXQEz+E6/GMsva9JxBP2xtHI6x8pPd+RLlcxXrfkFTX5kv1dMFD/tdfVx0P6Yd837a2dMP/XnRui/7b67O5EtovLmkLufZEaT2baYaWot2yLfvG1qYjqO5rIucqztrrbkGxhb5P2CWQ7MvFH3yIi96oNNZlUP7qqKvPlwY6OT7/sn7Jap+hlN+C5fH670I60Vl5K+kjNW/siwJwsWHLMLgoM32j7KjLkRxIwiU3RX5jUpFnZO5eV0QmbqyGw0jTM7zXMfgEJynAaCTVAZqOhU5UYJt5WpGUsRkwVjVGCct213Zpv3TmBYzQtT+h2LiORX8SeHNn9LMrJLFhKP+aJtx/bL+97AtRDWgDbaC39Lpk9TTfHQDdklQ3l/UPEUWVxmIo7jCJLTmeAoO+4GFXPKaCG6l5O7oXs1QtgMtE+XuNWeT/YymGhatHDDkmy9hxGWrNtt681/UwjvDId3gnc4Bt6dPO6EBHkvXZhgvJyFlA2ZRfGx7YDMmJIFl4x4kYS+y+6AjFN233zIKhWFu8+drYhXrlSGTJkneUUkHydUjSett6OeGRbY45kWLeXPndYzOyJet2Kxkh4b5NAFhZS9d4SHLP8jJOTnMY3QhE7gmjx0S1zIpWOwcLouvQMSzHEoOsInO5stXX6sIDXX8boDTJDNliqvVOHtOwx4rx9fkoPASPuRyr76gtvmQg5NhInEGt3KuUJ4UfhfuuWaF+tCECdyokhd58EOS6f1/hnKQDiQ5Y1g5o8vwfInmoeR14aIyTwWTpWvp1DyxHbCO6mfPjpeuhx187nUi4bZB60tJ8T8qNMelVG5U8kgrYZjcihzJQVFB7s6noKnF/OnFWt2BrecBvOhTqFhBiKKDNLQ6x3qjhj3rGBj7ROXM5awOhW4qf7r29h0HLPeARNezkrYElbXuaneC9qIT39zBAwu+nc5bw8Drr5fr4C9vL8kohmpnPbf3HkRGSVtGreWw4sd+qHz57yW4GJeqdd2UwlNDlUuoKAB79SBJ/ppwJuWuVGacybB58UUNphEpOxTKCXe0wknC9gxkJKdtGNLC9WoBjUnvTNJ7RIkRGnTX0yKhlyHiJVFztIn5S6kiTnfrroPg7337L7vnpcuH984Idn/NsqVST80EvlM14IuhCok7UG/E+37osVBJxn8+eufT6zNNDn+STpXV6GDCil3Yd0PDk0lGgoHm1/w3CVOe0ShJUekLf92Td9CBSUujGxzZUwZkE6jBkLv4HS0hN16+kLhkJDkj5rkVlpVm+XkXCi+kHGfXYXXM44ZqOuyxsOAIyrdSDtxJ9VE8NFHvPSAgxzrwsZZ/4Ls3lMufNxrJmsEq+bRZ8QcwVRofI0MPgWMKls9L9Dcufp2zrMaOBcRpouuFgxE7giyEHZ0NOsS9uNGbOSEpTBC5Fww9UBHyFYLzgU1QoLoXWwevo6Ox3DqgjJJ1tCq6Wy5QqdjiGwKdHJqvWd0B7UcbBw4lbcM3mq6eYl0oqewWUp5wxGYSL5N8IzmXP01ZuOVfvRHCIuWt/J/uuJkvPva5VWW/kZe5fFKaIuNDYgEn6QHoPsANIOXZvSpR8iq+sIoQ+S1p5flRygcJJtl7YVaQpY6VSVppn2xlCGb+RV74ucDLMFHQf6MurFn26B7kUZtotQr02UlokcbWjOuKavtmq9Nz+rXmb73gTLxrsJSrnGZs5LywCVWVREbkknGIMo3Rtu40/VyX0T8I0/+4BUq1shfVXtQk1wS9pinfYNsk6GPBlpygbwkF6i8SkaYgRtO+O5cl7i/fIq4aYo9fBCBzq8cw3VJmSWdyqBzonlWGpFgu4JoH5juCsrlSQlwr8MnLXo+GK/GEz2AizEKbNCq4oVsrBrjgVbLX1XRP6vxVhXrg1/EijUd+4M1ZbL3a8fUK5iqlOnI934SS0OEJT++hh5IdcwNMcrKmWLJx+V0c2lOD5ea+248zN67KdXPpPNAbb9avDPiceBQc1G1VqNh9p0TkfB0w2vlVY6tCzcRM5yx7hv1ZeUBM5g6J4LpjuXjRWw0/NCAI7prNTY4s3MOJDt5NuD3idp9RO3BQuzTF7EHkwb2C6ODKe8lrL8xkXk3OMZNIUtvjIh7g7Nit0/R+FF4I4OHZNnZ81kC5J9HPcQ9NzRZxUAe5Im7ofbOqA03SwvNEIOR7fKd8gVSy5fydKQb/C2C5Pk1QlI88ZoT8s47SBFviwGntjnYmcNZlHVO4LywxQCjttwDnzfI1gsVKmuMvDyFRh7hXLDFhKvcIF4w7nfNoANBbdFU/co9OS/FO2y3jOucJ7YXyX018hpsXYR32Tab64ZzRdjYiRs/XF6BnOY8rKcCAeLcSu+9tlQrZR9kC39uxHFW75wV6L1r4b5lWoUq8MvAUhAS+QPO6BbZA2vsMwdIKIJ/VVwUEFbKEYEimaAk8NqKZWJpuy6VNKILqqG3ZRnBNNZenhGXRkfaEco0Mkpu2V0aKapLwyVzaawgLt+n52lyPlY+B+5hEXaAhL14ogCIBj0lYc9N2O9zreRlZGhcshoAZCLukl4lfcQ9ryLD4tcPqRG7ZGNSlFFehyv4kNbCvuiKJfBklggIJUMuzMvFxCvwGHNxMRc3YTAXF4tUBkjYnxF2NYQdFI1p9IpoDI3FNHYy+3GH+ZjC6IKdXIg+wUmqrzNXfsEQUNkWlr6rTIxyp5ip8NQgXaXaffne6cGQ0WMrvFBQ3IeTNM991dDnFZ4BbrWUm+Fg8fD05eEwqx8jsYJJduQ6hacaGZ5GZbCmIF7zC/d7ygdMH7hZHZxq7vyImB0cFeo+pXof1J4hITFr8j9A0QORUedGaMQEouzziXfGpA7lXIROhF/aBAuWzdrHuUqyvK/9cQZV+pOxQLeBrrJnWaj/cbKq9YmNV56BW+XFbWtVeDdRL7JHXopAAxzl3Mhr28Xv0vPYju1Qh6sE2yc/IZpKUcEvghx+hW8gmiN3Z1BtAeLMxmR8kDFLpkG4JDk29LOhfHXLM/HgDtfY8FmIkYBoKuQ4enihN8jDGL8yBfCFQsrXg8vIP+s9rujuRluPAu/yrX9rPfJoaLWf/D+UqPbuqcuJWN6xgVsq2Xe4U6zxOxsH++ZciMxwbvCtqu+7O+Msgq+uy91wlycezu4eLRI5bIV+iLRiCR3G8NDyWt3WVYnefeLZPcOzOyjls/uGPPsgaStHihsWWvSthxFzw1GP8vVAu2qLbeCnO6HPOVJnmCNLi+lTdRl7XnzoVNX7MSvqc1WZXFV5H3nvZesoss6tmD4cV7bTU1FrPwZo7ePTWuxtVf98BForotvrZXGGzRynvg5FRlxQeyMXx6kmrLzun0Co7V3JOfVXBlR29zDbq7xC4Yt0DzhAf7VB0aYlxo/YpnUJVca01oNVMFSzFqYF6AkLI4sBmZDZoK6iNQylv7sHrdVfWVBG4Hcw6IRU9SamBGmaGEj1IEkS54/CUygmYhX3EmNlRYujP09x30Ts2KFrkhHq1di0qgvHgt7b7yKkwDOw0U3G6vkfFdF2CJkqo+y6qrLkFKju6+poyseWPjkl3Moq2Sg/B7m80ojkVRVERpVuL2FOYyh87okCUAC585T3UcZBldj7xXmh5Ln6jb2wyvFWVbcab72SBOTl1vtp+RAoSuCpqKsknI8BOlH0j0wH5Dyu/XFYdDiAMs4mn12Ot/d8SQhwqJz7W6tavZVoppTL71+Kj1sxa1aDKeRwvvJildfEXs4Rwqz7YTHUqB2gVGHW8m2WWOZ1oAKsXeqZoSIGWoLFyNtUJ7g6NVzLqla1h6EJsS8iTR7JPbmLdcxmnaESlivWbZrQsaByNvpYGmGE+m7wX+QGL7Tq93B9iQCaFNxJlj2uD9DFRqaDJEL7pyc6OnPRrC/VhUx7Kjm+WX2QFDYyUSNdLr8LcwzZzJaajqFMxmB6EFFw00UZkVTaptbJmLFIlNDVUirLvHCvzAxmfZheqfGqoppgjNISLF4jlWxtTLkNBdzJ6sWxjxBrrwJudUrHm5haNjsJn4fgbhWGNehCNTDhgt2wXV68lNdn2Rq27Z2uFYJ1TRpjm6jLHctKONWWJG8KMrXkLj8e53+Sy6GbNMmOpC/YHjIJVycjxOgNr97TJ9cbl9c4fBJPCroWHe8yt3N00n4GybUsDY461QVl2fEVru5IqL1WqLoQZuqqq7ta3xaU7/r+9VvNk9Nv1LXKDe1T9dcJ/v6VXWVqaUNARJOppfQ+h0vLPPK/i1IAFgtdbVpnOiEMM5MV02zxXShTS6RY1rkatBGp4aQi9j7SIKTzc9XyMN+D9RF5sEw8fU38D4MI5WxyxfufbrjCIhNzcV6hsOMBVKsvMhjdlgpys/QfDVGaUF6jkfrNWSP5Z75pIRM1a7caFxeZ9TAb4zQwm+ENxmdhtiZ7nuY+mjhYBp6+Bg5miMjiuBQ+DtDqo3wvsWEIZN7hWve5K2Fc/CfclXp+OoQnSp/5WrpcFGbQjN0ULjY0047ovA1OMEXMIIGzmedonqexjwYOkcbKs76TF4s19gPbRGJVnY1VU/eDCWdy+jhdROutLfX4GODisbngJQyoXp7WgXExhouW+xL3rE7jDs5q72xCok4bR+tSH8lGBvK1QrELbppEzshNf2CL7GZ2U6fprFoQeAGTY95zrAfBBGqKC8iV7RZagvl4UsZbx108KXfNX2r9OzkGgpF8D/NMb8QtPdi3xZ10aDubOOjzVYvD1nRv1gd+3hbhwkDMpjeN3OhZvxQfOHrL/nTyNOMdqmBE7OUmYQGp+YfmbWi58p2xnTl4DJWPeTFI2TM/vjmxdumpBV8XowimLrhGy/aE0OB1L0pjlXgTsv68J0Er9qRfFuiKXk5AKjl9X/q/h2MkN7c3WEvLL6XwVLvYuMXOyoQnNNxTrQX5m+hbMWM6G6mfmea5OyIXLqpapv1dlCIguvC1mKPfOIub6TaOyRpvPqpwFWErWUgdFc3W7SeXN5BL2IBScsEE0IqRaT8doUqKm49T4jFm8s2nEcso2Gt7k37pnZzYfHkekKrEhdFqc4bb924L01xGMlD+IiZ86MVDYNXQsweS7Z+F4LiFNjw3tffKfBDQTznzjLptfgCtIqvEdVHKOBeecPJtrtHMpk9m2gJ9nIllT3t5P8DWf+6QEBZV3h2VWDNQlHRecbHxh0yzqgwudJymoVEN2p5+hJUsnxipSO990Nc8zvojzSYcNANnM+7bOCnM/aOsOB869Oep2TMNBhrxy/l6eZZfiBWo45k3gu2onWd5wckH52sUnnwfzx4LUB7jESeuRHq4PmHhemWD0zwwtoyQcDr/FmVei4eqi6IbcjN251VcwQXTQD/bGDeAITFgEWzzKq+YweGG3PgLyJwz8Aoz0DaEhYg5R/4lQBVAFi+F26NcYljzNQqPg5nCsJGZwutjHjBsr7/FiQHrdp6v+gw/vvfi7IxMXiATJETkdJ4uUDkLHEb3ZOECnatBFnRVji0wCQQydTuDFthcC8npgvxY4EQfCK2D2a/ADb+Qez7mtgIf94PAOZy5Cjz6wzyE13mp6vPXeGwk2QVZp0DmQUjJ9ZxSoMSU22LL3Xr37rvXooplHKRxsEIcwBCfCxcA6ATuPMN9DHGgHMizn5AXYnbhzg+G6gfuQRtxZR8H0sdhT3HAXJzNfeK5eGwp+CzM6s8JOS7FAQxxtvDJEeoK7jydPXNwUtHX0trlYP8rqhdk5vh7bnn7biWupfy5HEuy53N+BV8IKLladeu+BC7//3/sdw1i6BtdeHbiIBIhuPrarvjAE9IunBxrSSYVwHQvCt5K2Umu3sWz65cvieYwjTxF3S58dvoqv2/7Fz+aQxnaR/k197t9HGkld90jE2vMdWU1ctdd5OtSvrGurRahr/10lF64IQe57wOD91BwHSI/6U12rSA9+PYyaJrs8AshLzi3uXc6tK/bKdHwqd0CnVRxtVJMlW7Mt9l1+mWrgOzSfYX4ufeKd6ZGRb0HK8XTN8XhLAO/E6u/ZIKycL3znsLYNRkOWWVziQfRXcGr0egymJCmHZebhwOfZo+tp75zSkFCKR2/zYM55JnH0vQjcwvL72CUovbwwphOLKCvogff4bc1tfY/Dg5uCS47bkdC0RFzBJ3fO+GF37gH2AGTPdabm+5mioA5kSNgkh0R3lb66XdV4w3nOBQZ1CfhkT/ejBUDP2ctHNE1biwR7pf/s6ArC/5ws23jqLsmj8M1SE5AwyUrtJc03nPFQY4RVV4+tp/Ht5bIYHsFl9jTFGhHejKUWY1ecdeNptx+TDD8J4e+hqdHBjjJGGNxnmZi0XrMlyRu93+GTxK7j/mShHa+KCyKQkIjdeEH4Lxn6Dr85DGvDKosv6tWDN4Q/zMj3Al+XBzs1+04RigoeeZFxWoKN7G+L1Gm8D2flOS+nTh9lRcLgU5jvNDqzDs8XsHDNziYJYT5hskYuveSQ7LU5GYdlqUHU3xolhold2NLD1Buzg18azq23GHaZPKwqF6uy4Z1XTV03TKLzEIzyOBw5W3cRvDhc08UAD3tnWfePubhoMagWcTKC3Y5eDFkpacm+UJ7djy0oBTJgrt1LJTfT9qVRyowMzi5vzhD5eTbS7nP5+ueprF01r2WaZVyImbMIJEFZDdhHlmxQX58gpjv9zZ7HpAijGnCXSceTRFHDNnH138/LEWMYeyGsb3Fur0Afn4WuBPjztUqbhzcec25EFnO3OCqZOjkM88yOHMyUsDA6C0i1sZFHopTo4isjVKEHN6dbJRUcMJskhYmvEMdrKpbkrC0nN9pEsWhg2SQJOfRpCAPggFpJHiD6YB40U92/Nlnl4ZiW1PA8C/lo1MWm7jQsVhpx3pbelw+EcxH4sQJtzzwutxqK/Di+NDAvHG71n/EywAtu/85TFLU/YjSVTOvRiyBibUhv0Bh5CCCJQvrk0RMrroVmdQIZEzKI2V5rPILHWZGIjEybZZavDzRt3tpuKIyFldxWpdeaA1lpnj/hK9KPmIIyS81y33CVI3GrmqJjb2X6WJvatGO0AyO1SOame4xm2HEZn6dEPr6F4ZqKmN5FaZ16c4wrcJdUueKvZTOykBLqNIlVJZmtRTc7zXITv1myB5lkmeeyS/BQ352VMnlGHwJQ1P/P4cZysovkRWU42+TNA7gacwzk+PMz1EnfZbZHven0jA2anN7wCEhumEAD6DzhmArAD5jnWDGL765b7wQFF9byjb3X/HcWPyW47tbgCEMcJ+x3bPYntCoX2B2LTXwYh+d8/340awvX/09vP3y3/kvURncX/3jk5amFI+p3JFWLjeoWL14bq8uY66U7tN0VbV3+DR5wnaFW0OLwn0UPVNborpj6gsUqk3Cj5a4Yv8fUQpACedZ2scSDnIRdM4s+e/SyNjTdpn2qtLcVjfibf/E1BBP5NX8ANg/tgZK8qzeceFjQEOPW4+tgdBsi+qQOSwNHMASzlY6eyneZci5w2Xt9+69RPfy7BdKLbsjVV1tZUSd70QHp6ZWhyyvii3+Y9QmbHbJ6liL5ifd303l2IQBvBOLLaq7LB+yfFkBsVvBCqy5D4ASYOkrSxKST3CxlS3JIFixMrFym8rw+rreCxjOlo5wGGuKvpE/Xe+sG1zxgnEhsnSEjbo4GuF8FP4oQ05RleCUmSN10qIaq/LjYX4IgCORj0Leh0rySryws6MurqdzW8sWmTfmI69EqphUkqIVwEesFDmHOFqgkgpR7B+3mMeEBqz6tjlt2MZuMNcDiAkl7DHLp/mn+2Mej7NGbOYs8f+J+mSKyLBLi3q/b12G27ybzZ71dGdGjN9/P48keGIWESWP5D72UsfwNb+202J6vhC3FGVDe+t8JUjazjInDlDcZM3W+e6PfMHkMa4PXct+H0F6JhUwenlSSOV6PLFHp3KhtrAmnc6zuG9Fbs0DX+Ahx8KYiqySV6AT4fNW1JyTPCvl4FY/O2XHeJrNUnmEH3dxPczEhXmHV8sqnGS7rH1WF9aa08GqwdO3Bo+sH+QT5+lAD2DIDlgE9eTzAv2gZtiNW8DTls/r9MPhhrGw4S0xavLxxZRvm2nxsCZrlB/7Se+wKT3l135KO2wpF2sEAtQvDfGYT1snSOeS0oEMSQjJfso5UCEFIdtPKAc6AYMwEH1gro9ArEbTxYFlK8TGgWRw4BQfsXUg1Ru4+SzEnmeJ3MCXwkOIg3Np2sCLeJidsJSETT/Nlb4Rp/0UayDzIGII7iVQA7VJH6Lpj5rqK+Tw+MnrkjNc0gwAmjRU0QpZGGUVh2cD0n/8H67iDe5lz3sb2J+x92JgNZhW8+bV4MV6UZN13H6elFwWA6zDtLrro5o21C6rK6titGPmG21x3eggdhsu8Nk4iMHG6SZKtOkEndk0pyKb1jViY4+lxnF5aQA=","W4PnE0W9WqSUUeR2IWS3VTNGIgTdueORLDUH0OLAbvzxIYQxWLztqghgDQxssohj/9bhCapAx2ho5NHcptq0EqUSy1gkHb7W6UenNNIbp0+RvT5TzY3jd2BFbK3PjmykS3O+NJutdLrmMi+wVtcq1SzKkWOxPeNL2R0jOVM5zfIKooWT9H/fXivtPEl6hoYG9AyY2Um/v7SbqRFcVbeq35NmtBdSYN5jTtXd1V2KM5vzMacAsCkxMsWtHfKli4FAX04LadoRHgS/rO0024xrftbpNMMrIBkuS7I3pTSCoLTnz0vrLzr50i6hASTLWFlapd153NnraQiQ8ApE5zEZK2z2SdvTde9HQPAFEwJaiFrN+kyfiC0xpAKZsQDo/qeqxVz3wIEnNbz1QI8AdmOAxkPODZ9+KNAX1m7eIukabcQuvbm7jXl6p/RztxfHFiW92/qmnl09cNNjZKWlY63V9QMStzY8qrZdZyfDHOCWMhKsdP5O+o0QCgC5Ze2pLevWLa9+ETjefPdwLkElCAHdhFSv6p54v2F9Dzb3E68k38PY/a51PSxlPGEwPJK4JcDTUno3AxHAtS7pNzFMwv++ZCAZGfko4FupswmrzPtt0/PzI0ZoeqpSUF8PMdPJEhxNHfIs6MUmP9W0nMzhNhMy4GdV6tUPBYHzZf4M/KmtGqf+dCaXpydLsbHnnwkorNY23IKYHJrYmWB9w2q7AyqV0SSyIO3hKNXCIJaK/uvDF2PlBKRU040a1UTlYO01rJczAQbu4Dt4GjetxwwQf4R83WRSTQsjZsWlA4jY4qM8iXvCWtL5XYKvUKXy22qFZoUw+ZBQz81lyYGj1H0PvDSw580J3cL+1rsBhMejQeCvMdJ6pFxG+QeOQU2k9r+IQARiQhjl9syXs9L61w4oxsJjMP69gKUkkJd454l7YeVHlAAMDOioOuWMi3f3ObCLSeuwIol6/A+Ntr2wmAUZcna5JNnjefChfZH4w2CEgjpR/RacbyC94YZTsE3eltdwpfHeV/jUjAD+IZs4W3oveEx4AUg0YCbfgXk0jfnDI5u9CjKxgS26ay0YGdiqRcS+J5EJqI+c3rTTjYdP7dYXEyV7GeadgrOfy8Kx8sG5D9ZtiWf9GSu/UQMF17kMGjr60L8Jp1VJgv8OIJ9BDGPmLihgugiDYLlfyTAnYSLQLYTB68z+WA51reXb/3u3+xfoMBXZ2koxhX5Z4nYzq3DsFuSNRNk4UoH+BKMaT8GBGOI0li9cIwT0+j8VKqZSAsZwaQsgIn4O9KfybWqiIBs0dMg7up5rp9X5sh4KEKXySmqqoJgI8hOBkxA0xMT+CJog2kcd0vH9wREOFUHnA1gBbU0QklmObJBiKWXaFOZkYERuGkGqm5rNaEXDQikvSPua9qRY2L2abZ4c6KyqRpRBxVrasazpY9OvpQZyXgZo6vUypbEkbM9MxSdvHHI5qcr32/UYpebNXIx+g1C8/U0yH2zkhBZLxyrHgHtpKS3takvP7k5xksPug8W3oXuoRWO4JZo6xqiq4ZE0CqQnhZkNPBf1XrPw5K/nD4xXYQUB7Ovnfvs3o8Pdsk2Fk0X5lY1aALUszsf0Ywwv7q8ZAWcmAA1WbGcN4EBnFfE5qdlB4n6CK100RJDUS7IE5PQAdYaAarAamts617iKBtZ8xTYKGvdN4/njKZx9baFZXQkyEXZISbMSUKVjqCIbOXwg88RvvKBWC68mZoBrCIVopTzmSwY7H0YZrnlQpRsVFbtjvyFq1DzWtaZVGlEQrOVKNC9VUiF30Aw1GysjtkoGRw/C1IFS0Wp28hO8u06qQnrCIdLcnNtpAKqVccyXvLv4ZO4OonR3xZTMCYCq8cmBad1rXuUGPw7qPbI0r04HVKcBqh0rQ81UFbNV8O6gS31XbKlyQ2JTsUNhoxTUhskjBMoyKR1rFGfWCXkNqktzrWctq9KYuldUUCtZwW1YXF2JsFI8xCUPbYqrtlASZoa09VjYKd55iIbUtXnWu9ZVbWy9KylolKrQVp52o1m1g/UMgE3SIwCa1J5A8ZqcAaUka/nb4Y5Y8WTqw3Iu1RQpofiaPbeFSUsVRynkOtbvUWgu7qDe5sn+piW2KTMwSzfVDjQZwUSM1wYFWilDe+PQVmjiDM2odyktTpC8cU00EdibGI7WWbZhJhrFrVdDsESPvbiII7fmEpa0Ac8Z0S4lrM2UIXxNVGA2zd1/iO0znk4LvfIdCfSf6bph9FfWCM+z8ey3G5M/IQ0inApgWys5ttvwRRTsJhxBPTm35vCZyOeBCy3010WVW3MPS32MgVlkr7EF9tJbhYu5lKJRXEIjmAiFEcdaybEFiU2+4hpKWGhaa99MFCSvJhXWPlG5+W4PoV+Z/yvJva3sL81gIH8/eOFJxaLqTUsLMXIOQvHo17ea59XjL45TVqRaH52S4qHmZb0mWMFOreAsixPUm9sad7UoDOr1Qk3Q0EcHYDEmpnRuTQ4GdPIEp3E24o4e0RUZNWRwy/YtvUpe5agy8XqUT4qMsxNuVYrxldnu38dybzkv9V/bz+N2K4h++82hKJV/+TD9c7/n+fTohobMRKszdB/t9ft0Vns4i5B3UeQzm5qw2ITML9xmoNXOgpsoSUFkBa8drlCXvhCTRhBmMPH16LmUbCe7kSP+eDaJklWlLpWKBTOWbcWCGXrR5KeKoEluRqr7Fji41q4wA9eYEZnrtAX5cUoEQyR4CndZeLnK1jULOHsxAFmsvPkogXau1q7pLDsAJkx88P/RlGEK0ItZvbiX48P/ENl2mjLMmrIC+qGdX0s/c/buJ+u5WujGOWKfdicInhQFkhbSKsBBkwk97+Bhw3zjCabM7iMm6jxm0HEk9BACAZ6GJoYN2EiFAA3v8iBPNxkzwdF4MFzrw4cd8zTGwdzhQL8G089SWzc8HtrykHShLF3h3UgC+p/4K0MXGGG3dn30I8rBgDRg+d4f4vOYsVQDjocNjzaRGOi5/hPCOZwdem67dHu3C4UMbYXihzZD+j0de9h0ZAnSegBkDhGx8+ii64D8DY4auIklBfQwD6UmyPIoQWtRUP2edUZC69vCtMc37q9eAnFN34FWeMwR/Mrw3ukWGGcfP1wNli2DWCHmMMG4ezo+tWq6BcNn35oePjV1aQB/2KOXNdY6gZzFBGjbnexnIKLeZtwpAk9roJqRAuUlFIrYiF0upJDp/DBBc3+V3w4JIUp6fXddT6Ay+kMUA+1gU4rGNhUZY8qbYC6RMvhf/EcjFPBPINc/0ojUio7nZDCEybM3iDu7hgzkB+VH2qPk8n/CunJe/GZKVfgAnlS8qmy5KcMK95zbeu/iMM2prnUPHcrfv8DXHmoEpHTpXMg1lts5wbMjN6ZkapQJXUysubalQJMjQ9WIsJQ/qkixzGwsupeM8jtUtCTbyxz/b+Ij62rBMdRkKFPCGsX2/BZQxrOTKT/REkECBXcgl1d//3sr/4P6ehUrtu0JXuAUzxEo/0jzJbxrX775hf3BZ6MGZWxWAKi5q0Gw5/xMOTvGMYOBCyqyOBMuuUmWIE85LarLOwUPpc1KURiNsRMhgoJYis8QBBS6I5b8RErYLy0EnBfhr6cFpUXGZlk2G3InUo6EsQ2X/gZIhPYGQ3aSH/CPAPV8xcQ6Tcp+6b28FdBUUDsBCRGGYFhKbDMh1mwKiOZWVDIUF0GTle5hUcxx+jlKe3u/Fm41vEftBAVCOAayg5QLK8IHZ8pJigO/jt5VdcxOKTnubTO/OqNy4SUuSrfx19YzVJuL2XLcvpynjTmiHr4spGzv7VKZYZkL2qmY+wH9+YmscImpD6gR19XaggfIqhSFlCoax6YtwgkRGJHkJzUCv/XzwLSH02E+avVp4sa6jVVoqfEZyVx80DKLg2qOhEM0tE7bV/FIj2P02sXkP0+GUWeKUSdiOKkwLdyw5KSE9fAuzkTs/tgRJEPgHyEyHw2L0/i18ZbSfIFvEGl/TRuGZCWawdLQNJTjUW8JvwEclpcgB0s3nd7wxk9hwgAOSzEeGOFACJc54jQvYQ5XZcRpVuSU7CBR58cxP+ZHkTdYH1xNu7W3q0vQYF7lPxuWkXl7uDfFOhuf4t/y0Ahwh6sLrCG/thUt4NMjqVOTlJuU8bvm+cHDj3NA5oC/Z4I8P4R6fKDzUtBe0UoOhBRetr52YZ3+ktTG/Tmjj2vb31XjWb61Jz4b5ci/kFHpMpMEW7OSsvfOlFFThdUksuOxuPZcHX7Wqj2F154Sm2THUmqECCsJlmQsVKxSIT2KixsRMBwrtmcAdX5MgCW3mFBxlAZS9jgaI2B4bM8C6vxGWHIbFVdlIQMcdUW48LU99zE8wAN/7EbMiuevVk8s5mdbrKaymmz1SaenDieCfFB8O/CWM6Ko06JQvTifPMbjcCKnx1CnZiiMGsK0XS0C+smqVIWqMxyd+CIFEWJ2tCejoyKb0Pbl2tbo/PXfHIPSOUocGNz7F9EL6ih9YFA9z4K6KnODv5IeAla5ZRGU0pHmG0YRFFfyOQR5hzAFA4LkMSTzhvPQu/+GfyRTWd5QwODQLtg6qGcF3LsIIaDe6uD9eP6oPH9E7glUyZRVRh7Sm575M4XlPDPSOkmoi+O3+BtcRvDwmtYk2Ufdcf6L8NzxSA1CB8yH5XzvEMfqKtmgN5sSPx/hgcRT+riN4Ql7t33kZNG7BhO95Jaerupf88VLGpZd8bjryji+ce8f043Nxu3Jx18diA/NNu973UmaVHp6JhWLHKMsQSLm78Chy0BmAWSZhTrVo31InpFyLpdCjZSVuZBshGFoE290ygGQXMVDUQpAUWujLOQP7FxG9EKO7ggHJclCRVa8SDo6BmSxDbMoTBYSFhW7WgsV0RKLOzr5AMj/EF9OhB6px1Im+QijzDvxR/+oARBGy9IhBKnWRBb8dQEqc/QyXH+1f/FJb6LXOpZXc6X4MHaUwpfUOWJ5KIBJYVd3sxSeq0DyXzrSeFK5UPlInTfhZLWPTiogDaQ8EdLlpX5RZoFPwSsa5ZxWL9eTL7WCHw4KIvJcgrQBGMQBhCLASAZCmoxfFhDB+BPlchDSFWAo0fYwSVeQhAJDk6qHaWOalgHDw0PtEPfCCl0xnElQs7NS8gHM03TUHNwVdACLRAI1J7/lGsBSisQ3BxC/5RhMF6rv/9AguSu4AMiLqaWXzJoYHuM7/1OurKuohIkb4QKA2mR0mcoxheLGYfoJUvRsnY3f9dDKZXwvQNondVf4dwBgxTJOO0AqWDy0i7fx4uHvCZDMp9aHfyKRLEQBU2iX2hypKmZ0GZdZHP6ywBTO7hl/ksK8gDApKWpzwqnkXox7tDszc8+zhAHIK+PS9LnRfqaJXMX6Lf7LCuzHvSTFAjfa3LAw3Q4s1uLibsTCD5FmeyUjEwbwYsHNpB5LFUuTzwLK9lvGJowHjrmbusxmmYVch4c0A4BDrRfjYQNk4G2pdY/ltWEWJ8DshyXXYVAtBXxOsg8KlkW77ObLYk0OhBlIeKh4q+PQZSa3DHomKbql1timJxTiaXpK51YCt83yPHi1NljOUpjhQh/LvRTo2b/siKBDjxk22S3n6KKBnr90Uy3+pA8PvTVcg24WCZrEFkOHWY+0fR0/DE6suSAXmavbvIMX72SZU7y+n9NCnNAvawuvwKZC6kUtQofl7tXS5Rs0zpMO3xjgkcovAwTalYv6y99aAOmrohQAoHLvZxWgXJYAFRUgOy8SvfCQUw2A6IVtDMyFlAUKC1UBqzJUJAo0TBjgMBUenDqhYcIIQGbJchin9pk1Ltc2faWYOMUMbGpQZo4j1mQgPDRbiRv+Ol6OQ1NjN6Oy1EDFtE0SYYFq+4nyhyeL3epJaopQ8JK8WuM7Xh7QwmooS3xNbOQkGARDzOxr8YZla0Am8IxEhzDYGkdpP2wDekS/amXIBz9G/k/0sr8zUe/ufS2sx8jcysxU82LvlugcwzqHRgXlBm1vRExnvZlNcokhusU2DiRcpRMb1kt2Dc9l46e7NLCGmqDhnOv/Ho6jrus5DuiEzGDsyFb9Zbt14BctgyZllF4OR4CxN8vOuDC/NX1391eiQhnNhT/X1U6F1cePwh92sT3TJcedc8pmIE9IfUuSmvtjGHZuklc0DoYULTauNUnAk0EznECA9KMBEpqbu88TIVpGBhx+JgCEY3nXN7zUenqb1/K4sNMr522ymN2vu/g2ZTQLItyUbD43MW4pnLTCfVk4IbEsQrOcuwCFEtozIgWrAL0VXBSJR/T5osusklWHyQM3ClVlzEP4z1QFzR5MVoegQQ0/GxSmiSkaNFZyPWFWvzXozGRywlwWR4PBY54mLNIOxJDgMAsTlukn8gCIqSxL+gw1+iEKgpk8SiCjJCIQWMmSBCpxISWjsQO6IScZNHbArOVU+EHPsptVcY8sASoXQH+mGQAA9LUClCVABQXI/axReoEb14lV9diO3BPlbglWI4+yc1EygL4iQJsPoAPjwspMFP63LFyUEKCvCND2AOhrBSg7gHqW2OAFr+8AEC2B9GWy3G5mgDx2Gdf2Vflae92LWoSOTjNO7PjP/0afc9S1Ij9XjO3ZtTkd8YP/4/eK26GP5+WFflp5mikjEzDovWSO2oPpEkuMimt8ZJQCQLSWHzuSbato78tY5u25wmeFhLIcJeUwGrOzrHM1uYJ+3p/INtl+O3Wt3awzl/g1Ygy81QMA0txlmPc1EFcWjtq9Bw6CZH/bIvCdIgHg3Ovhf6z9eF+XMLMcWWG7XUdtSMi7R60Fo+ATF/CPfH3sT9/l78rgZwFuqb2cZa4TgekSUiXenbv358FbScATvfimUx82FJ4YO8YoupDDlOxPd5XJX6Pmcvf+umyae4Ugsc3917icP1OVmKfvYYL+wjto7jaCm/SD9jeRzPPtZZ36B+1/I97u8wcYmDB01x7Li74RDsII8QMuseI9cLFEVQ6f/aGXFn9d/0y3S2mBvjP0V71iPun+ekHqgEM0sKVX5Mnm68q+yv+ZGS2mbDk0SqOjGRSQl0YuxjOpYwQ3gMJ/fswMJV3c443WtmrF/kx6/9we/a9M48R/br2tIfvLCcs37u7n/RwNj9t4lN8FLRIc/ThqxxIAs6lNR1guLjYwF8U0SVp2v4Ms47uSHicybu8DDed76zOgQ1xuETSWcAYkltTLPe6+ZgjJEkC2wTne8cBgDBSrKLXlSxap1ZNaUELhSs+ivL3PyX8nZy2ehK7IOZOQnAuLVoyUHN4cYLozVy6gYg6Eh0uz4OO8xy99D42Fu22yUMYvMCqHwKbr+M6UmcxwNWtq7tFHa7dyiyLrOxdDKhG994Ij+IUP2oaU3fA5/fG+80pNxRDom5JB5/EeCyRNTT1kzqRGx9MB9/wIXfYON98G3/7jJteSfI6gltjDe+GHpWkQMuKg6t+ZCwF2l3LX7uZPFnLeF8Mld5FPTZL58Mpmpy54OP4dAef9DlZx7/IpcLJxWbVw5aaUAsWsTAktcnMdNn8lLq89HF+7gDrcQwtfLgnZb2xpSAv89YjIUaJCWiXKs9I2OtgiNw7SEp1rXHRkhPnkzAp39Lu1r+0vnEtfYtnyHjgsJS0KCm2wNlerGkm9z2lxIzGC3vZ3vFhWkPC3/8vofGzcTvQ7Xz7spq/eghe/+ar3INz+Jqt+KGxuyt1qG6IGwMKNT9mgHJu43sxNDJcUFyrVWIE9zI045MkpWX0xBz7xaEhw+BPPJH4QlINkD5ZF2nF9PbtQGKU/57eXims6s2aUrTNhSkbwqpZs37Fcb/zDzlWHNQm+U7yl1GskkzN+cBl2eJFlexRrjMPjJHIjcP7vBm8pQxsxWYJgQqxAJNm+BSfeJJR/6jhhXZLnkDOTz34zY8lu4WXpb7Hl9qqtWEaEMykxqe+0qz0mEQ7rS5AWhyf5JLnsllxehj2GpFM8nSmoiVoSEhIneRqWfWVfsDQXJe2awtNd2828rDd4sZcKaiMnuhDqlpVsr3arRi0KQoamOJ7gXycs3nWxksRihX50Uk4fVABLNuyoxh8/HQHluEn+3IEjKwFqTpVrE1vQbgID4Nw+WSCtM68eEJcczvGz/CZaLrzUSVJRso8MWHPgAc3gURPm+Lyp/JFqNMURnj+2zBZrfiOakOOo6GldndLaVC6t5Ao25RnH8gXj3GtPPTaP3kBFd52nZf18k8ExlUSoq/WTJ/0e7tmOn+Yg8hks8za0OwOLcATzsdH2G5DZE4mfiPSxlrBuzaah36eXPHwWlodldNWIoHmu6g/B3BwrDk1gnavqQmNyTpWE6KxAtMNzYvV4CEZ8+TUk2yyRKW+qngwYhef3HDbwhBd57qqgDsZo6eeKkbLeGr/DHset5A2fJuh6DeUL/HDIOXdb+BRDleoSsKpk+coFL8WZt1oNafPeVGobashXzPeBb+UrFTCc88ulLiTSNc3OVt6JfEqcnCdaIsOTVJ1QAnFEZW9YGyyybSijaoVLZcBuzCWkIdWyly+ALtNTWcXUl++LEVDoGV4ADj4JDdDcPyGL+FNIlZ3DZ4u6BgydAerUmW62R9f1lBH9TfUD31nTxnqX7WkEgglrWKh1wxejoifFcj+QKKUOqwSsfYE+nt3L620i9TNBJpxSJ22c4qxoKbeW9S1Ut1KUgrisduB0VWvolaPrnVhArrqJp+SYjuXpZnUpuSNA/paQyFVrKS4+GFJLwPU4+btBIjM3SfDP0wLpWUSwRlBVuSPFn+bweVdMTwkbBTZDuKiJPkyqpq5cbeonDJ+RzE8ZrgzOMOCL+kimqmZvVdmkDDC73H4mEIRj+dZnGyg4R/yaXuCLBx+z1Zx19OrJ4ZcNFeXUaD1+tnfFCzX08/9Dr3+fv+r2mU9s5ETvPntWiWAPEj7cxDwASGPpVC9OCbYXzBDR+I0QrpNOnTwdnkjBFit48ZzCBeQKcgXG8bIIXlqubEOQP1IXHAXC9pk/tBDmR/jd8SqE4VsqPbTUy0kPZXPQ0mnt6EcF8ybvxbkQ7HCjZgBQMdl6HadRXA3MYgW8FcnXu+aaaJOib95A+N6RIOjKHuCUQVuH2ZbarafFIQYYZ4/zMBQmgIhGVa8Qo1NNbhpEkrZheqfBfT//txNpZhenNS6H9VdmXdvb6IK9NFr8vx+B3Znf3tcRbttvvQHdErzg+wRyA/9vxvP49olSc6Gjv0NtaSZli0duQ23hrUkPgqXusQ9GKQBBvYkzDWYubTDmyaGXilHqANPk3E8nZJizC7W3i7rXmNQW2dY134xZHFgW2oI76aEbD72iSJqHHKNEN0gzX2rWMFMvJAcuqDPY0Q7+ss3oIe7LrUCq22zvqCOX9AETkKhfpvHcqNHze6qhkn6EwXL2ifESphD4J26DKNTcTh09w6/I+zz7yTyjL1VNU1y8PH3SvCTBDGTDLuS0W1B0MG2MrkfUlrdBxH4zOObaDeZowhxt8VbvAHdxPzAj46Tx/9HUwgIQOxvkUIymPskU8dPUwrKxLGGIluHHn9bfTgsAAoB6E11QlAq4jNOr54VWcqyWl10CjzI0cCk8zq28fZypRUex0Zjb6F/qZtwWLFjDQTFr+J9mv8Tes8kqOOyLjdqYbQ0+X4lK69NvDROhBdGVDGtgKp2SkPHsNe0/00/iOlnVwFwIJ8mg1xoW6QYJJX3VsKw7DxF4e/aa+pre/XuFpOtNnEGw8KBmABDqTZyhzEnvSp/WRvoucdiMFUeCisJXiBaqZvWFg6vAGzB5mFO8MBUihqpZIaHTJLeEnjtvUXouj68r0s48T3bjfR3fLk+a1ZTHjH2McLxEFKMs79dW+sXOv1nvubKxi5IKI+m3yo+h04ctQULtqoTB2c0v9uF167T0se6ahpWr5MEoBaDzjNfbOIusxb07D/24GKUvuLIV0LfyN5jveZ6VPWL5C8MytwgujMdBdsCOq8wMmpHW4D4LxDmEPt+K8Ym6n/GsBTeOHXnDfxEOC3/AiEQG/LH2gA5/1AhhhhKWtCzblphGeLZi2joMomHbAMkguVR2QjcXC4bItYyiMZpDFR3xbfIU86AdSQWwAESnRW4FOYwgnydYOaaebLUt/YTBFrc5njnYfWwOjBsX43OocS7dx+jIdzx2DBdDxTAyMox5OBSPiiL15MCClTVckhror1pLG8AgG1gE74HvQY6xP6Uu9DuGiWxCzcrGNWkwTVdJyOhrDLPGLEWnrzHMV6HPHMn7f4JBn2NYfLho0lBv4yyMTdz5oGYAUOptnEXYYm/d4FeXhevE03huy1HXhNuCmctT+kG0UrWrr6Q32BvBht9FozQjRDyq3h4yqWe9ja70PMuiZ5acOfEjZvn/ou5xf69mK3N1vMC1blA9K6cn6WCuG5SrvbPNtjGh57S7wLHd4/77ceiDxr/fv0ts+MgoBWBo7VRu9ht3f6sOFModd/Tm3hoR7AYVA9AVX26t3wCSbvXtc1YPSgWAdk9i90YaOtqy3ZvMEnQxdt0Gpaf7t3ZCp+t4b7IHlHTrbYj0dotG22qYkpglXYJhp0HbyzEzwt8TC5PCSdostsB2P+u5Wip0tyCYAlCBI1gUIwDfkkUHxOT7qj/O58Li2n/6q3SaOyCpO0Q0wy/7k3KBcs1v6+JVVwr+ZnmpN4yghaN8asccBc8E+qfmKXTkt7eFi6pKj6s7Ljfrj+pJ+1JgbRhfMsferRrnqAIVsE7Gb2dwqgPC/rh6WQZeMMUljtPrzmRatpHaMF3qjL7sJaoI408e8E48XvSu/P3sMFwPXq3yBlBxDiQrE/6qtkpD5VrU67rx2iYskyiCJ3wfhUsBX+O33pXG2YQni/9pprLl7GrRQxp1YMG78qrcEmLoiytU+RMY9zvw4183V0nIM9fJruK2YE4RlzYzMK1y+ClaK9vlkZuujGJ7Hs46ONNKy3C6Qy5Vob14L+unDRuGJIs0KzjsV89MrHS7ryQUWg==","W8P/MzIQ6K0qOhiVQSMDgfPAkfcb6VCBcvsExB0CV0irAVIPB9wYEjVU/wdgQ1DR6pwtNDPa1lgQcLdnFPTZpLWujrLzmRimUYkXaG/H/GX3IAhxsQqwW4ePiKFsrDTfj+XeTlegFqLzIPHq2m39WFH+7nwxaD3+vtQ8XkrS71urdlM6nvmSeB4BASTHaS2ytde391hS+uZOyp7TFkr3KUChp/Qyq9+v95WPipo9DUMVieVfhEG+mw+d0qXD0un0vh1U5WmYmO1qaYnfEVAzetqVk+ynBswAn7p7pnVBug85IceZ3u0ZhZM+70eHkAQdmQFMjJ4BsRlfyTEhP3IZIF9vap/pkvzDkzNh8oHpGRaXJBjI2Cj4O/MwfY4rZ4NISpJ+/bpfHwlguIbLsyYIV4qURAoDxWEPsFKBgzM4rpy3aGoC5Es65NLNntMFgcuhdEhsndZr/7+UdALCAzhf6buW2B10zhDKo+5m7rH3tbTvPbp93dYCKhijxiBx99ibffZI25lJX/ZvW4IJqIigPXzbm1biUduF4P42Qjh6Pi5YI9dfvuojp06v7yLJRRkTZEyW/d4KpzjTq2h/twFpUFQIvD1+0YZ9G+p9vG1g653P8HcHWqHSbRig5ZD3Yfc9FJgLz8weETDuks6lvf7I+D5x5i6Ip+Yk00crm6aHp1rutIqoSrerrJ7wQOLIe3PxwuMG7iOoZu4e+Odirz/BPACUWbBnH0ZMaN010YO8K/vlkWQRxH+zGMVfjdn9ZPgZvDQjx5FvOce/iLFcl0oQ9gp5FPqNOgFett0G1ef7bDpHwo/berVTKKlrpgnppEFX+mvbTL+fV/QCYRuaikdz3OVBZrd1sm0BTJ87u+5y+FLOPk8zBtwWaXxqeZKEPcq9CZcGngC9wlx1OVANbGx2ucBPMSdM4mFj5oZeKFcHoNiRDhNhjXUljx8/wysJXh4wqNtkFEVPwhe7jgm6+/QylfahOOoaPfSLF/3SOkgXHRrRdFKNcQpMxyfQpVj200w995cX8FcA4qUzE023J4gJEmnISUwAmlXv5M4lR0Xb0f/PxkQVDJCo5JSXBkCbvzj6ANRIZ1NYN00IJKGCE2BgFhFh24ZiqRumfjF1YOqNqa+Sxu7WiIT+fLsPbuIL1nzd+pyM89VtuP+fL8jvtI6SR+PXtf1E4nr6Biv3yOriKcwlNqEsLs/xRklkPw81iWxStHY7leMOy8lEooWaj+wythXCLuWYYbVkSaNjXMP0AbAC2KouKHgKdPy8wTO42bEkeqhNfn9irgbAurxfxkd1UdlekANvF1ryXKckJEV3Oeua67d4XXEMRS4bUcYSnmCZjFxFP2wmBycsvBU1lRguvfS23OiQeWUExuGs9gPb0sXCXpQ7mt5oCwd+yBC5c077tySYY0m0Kg+7AMkk0Lsv09EQTIdA8MMpSRLRjdXB8pyfX9atPC7PVJKflGnKfvUAPbF+T+CBEyTHD7p5sENXr5KrwkDJgnb//7NQIhFMSYPjQTXYmk0WDUiO8ly/dwMdXwGaAhglZs3YbkVGff5qB5/PQSEgCaYBFQxGr5RltaJY+JAZUrnuWqVxQFVkHJlQYWMhsyXOiTB48i1ATjJdSk1Ugel1hEMcYAJFP6ljhMcZPaVqX2v2AbpOhfLppBCjm4+kno3VvR0/gZomKzKjOhgUVWFD2AiY2gYqTuBKDsIDvaSPxyy6OX/A0LRNVJsjho26Lk2PwAZ3mkwfJD9wF+/99/qjr0x2FNPBsdoLZCYHWXQCefYxTwaumEXFUIghY5FEVj+KfEIHmCXCrN4gdoXSwjAuV1wG3DYFsmWdEX9J1BYmcspOLP3nG6csIrOmNbW2tcJF2aCXbc4CLs+wVS1X/asfeRatpnpj1e6fffBsIzveT9iEn8MTfooyoP15pM4Y6aj88sVG/XXDCMfczCfPbySCytHokkhVExFa9D+YppqXPlKxA97hRhCnIJvu8b0HmIL1mC3buqSl2iVjo6FI3yuJE1HI39hjK+RT3N+GCOaMmkCwJMlotZivPfP+5tWJ6fkIrQyxTZiuHFy89dz2QyKHy87mouLs9fH91AP77eM68Gr5Xat75qV3t26iaiZ2xNDjePkvX+BgtMzmGnSgsU590Nmnyxd8m8Z4PuGwRBgnip/IUXX8QQzvyNuVfexclhLfJ1SXeclmj3duu3TB+WzOPmSL23U2c68eGloM5YAifFPC3dTT6LfWnn3tCkBnEjpnQ9nhU+EMCEgTZ/e8b3Lhub7lZZh7/0Xrx0dVyZJExRjbRgZYqcl/mYV7nkRaoxUSF/4l/Fx7ldJW5w+oZhNvhQhux35SrYYTyWI3ucTf16TzGN+2OXeucNbmGZGc9mKzHvEI+BXs93MF+hTCnLfiXXn/PUkWVtmgrpvdpy0dnueszdWWz4gaHAtI5+uQa/NE4NTMVC3+uhqFv8GNwl9Je4LCn849n7HNb5RjxMa9MVVBT4cUeATU5heCca0AlQh7VZqgclrJnBvpUEI7KdKzJW0I7JWlkNYU7nkI5twzr5ING2LMFBSFRguM9orHTBvtW6NwVmv66dZu61UhuHpEQSq7GbWAAPlXx22uFnxfgU1XCUYswy6cYTQd8Ezy1kYi/rsdVNUBEHAudhyK+C4SYVsUgmRMfATBce5NkHtqwIwlP7ZdDn1GHvB+YlYSJxdDt8FKe3+++F/a2r1aLx5eSVkTo0hTH2fb3yGTKzleQsxRinx4VRisGzisKqkw3YmN8QiS/u2zpvAzpxGSA0LT8r2hamB4N+7qwM8zbXLvmqz1l1Xbp9e4CbJ9aQC+CfpZNVuiG6Nv+rNgz65aOJEWn/I9J3bb/kmO5z3V1ouGMX+24GWX9eYtfHiqv6bHEqx5tNvzoT1w8qMyjZiKhl24YTQT6BRyI9eOGvLkZjK3+yw/IdTQ74FD5ve0+MiWyLe27alNnBPPCDT0ufFGcrYXudkOI3O6VRa1AUVvRPkH7DBUHQJmiDsC6nqRImSqDxuIpZxkOVdOFj6/bZJPXlI1BSPLmLMIguM4DE86YazD1NsTb7pmOmIMOzDD49kX6JVz0uMrqbFbU2LsnLS3mRAMC44Npd7L0JMRG6wD7murdTSuuBzD2CV5Zpls7Zp7weqCFdKNSWiKOioPLjPBTOAEEEcldwqOATMWHwTNlBiEUaYU9aHgNExjVU6wIpWMSzaEm3sHZ6vvbJ80CSsio5XmLeAn9P39NFRaW9htmrD5/1vEMYAWytA/vHcxf5R6FMfCcwSSNevRNISJXfGHMAZ/aaI/89vE4Iv4VAq1MQzVXoQk5lO4YqiZ9Cpsd2aIy30rzSRmO3xzjI8uo0ghmKbHYTgcZuv1/AooMacBiaumOA7J8jz5we3xz/l0tPYpADG6HLArGuwmrQhq1J9ld1WNFpReJ4MylD7Z60RVt65ltWYNOZfoWmpKUvB8RMSTPf2qtmJpW99sy62jv0LJi4K6OetdlN2BG8z7iaQb2DXAbsmtn/XeyG63M9qQMvwlPu+dsId2A2hrbXw7Bmd5f3WoK5/TwF/XIfwdPoSK79tFozqMJadolCuKf1oBFyqv/6W+sdQ7kyQk5QYjWQr6jUA/AvNijNrumWRqC74PP/p2fJlv9VVKJJE46WqhEtKA+c1BUyGui1J6douZIRdvE2TWENsZ0ihZAy+2ubGX6M5oo94ZEd/LkqGKwQwtPD9BPaXrVL1YD3+0w1TrAe2Bg5icv4Bperc6Bse3e7YenlgWe3gQA6k/rO3XSFL08QgM5Qr9gBkVg9MdcBmUt9R6pH63wJagnY0FdlGL5cu78dY86s/PgnBug9Ua0PXy95gREjvT95fpKg0NJvJKqW+0Um0gcZSV6bs1AHr32aQgVcF/9JURbagSpl6HiTMbjm6CQegm5VPo3pEsHcG+5zTc/wKBjZjg1A7F0L0ojFEtUeuxcH0Hm3sVlgECgbH6Dn0CDul+YwoEvLUxIwX4ArNdC2S7PoLzO8wUCGW6WNRCPtK7cx7Q3irtrS/Rr8VHsKzqkThXaOymEezfItvPg8oYjbqiBR93QDpG4zcso+IkbuM4TXtkolXjGkHNdXt4CJCZWRAFBf2WesgNod69TjEaC8Lltx3CugXewWgunwbM1fHqwdbesO5nhodDut8cmNoNqhfDtqfakBX8jMdWlymcMftgNVSIOKVMvZmxHQ/4sbS6xFFA6fplHOuZbO7suhqYGudxIUS47d3twsWQwf5z1VFtOHyW5AkxxnZHPBgHrbsxYldHR2CMLjTcwGOzhZBhZjz4sD0emz0nCERKONLBK1xpxOfDasW9EXmWsXhH9uPknp1Xwa6fzc4dAHXsA1qFs2Je9f6s8Iq12/WBySqnTgX7phCjTLs/tcFpBY3CcxczYtLIioJo3x6cphZhPZSHTpxZi3227BI40Gn4yifZp8LnmmnV5joxpQ5kmvlCn+VZuRP2dMKAF0NecvDtEGidiH1jhK/Qy4XCX332Bc9pzb2UxC2VS8wXwBJiSYlEJcXDah5/NRsnedbsBZs0IVI1CHEviH4c05wqff75l8BfquC2VxEiEzq+1K3NwsONhawsaPXAJx8vuiDG4C5iw45TZd4Y1nrOrS/K3pU1cdUwx5GCG97dF939mvP42peJ4cF2CEUsaZd9UgDs31kBRfJqFpm9Zj2Shvn2a2BK1Nam9Le/AuVaYzSL3XvUSuCJ2fNXVpK/YyQXLCrrHKOZGWFndkhhab5rQOFpNDU2a5Gzo07oNhapmmXeMQnJ5mW94LHizQfDIRvqbDN7rONdMPcjd1aww7w2b3hoW1uW1vARajIuRp/MYaf1MYbH4KnW/Nmh+2cIecBfCK/xMqI7pxcN3blL0D1n39l42/qU+mtbakk9Ym/agd80xk/9Gp9E8kouaHK1oSim4Liga6zMI/jVc805Jm31xYNmjMKE0NTY1PVfc6xUtjTWL/WzSTapNm/9KsD2z9p18WFlsot/Vg3dWpf8xqcEWRmanPIAi+OD3cwAVttXasb7bxajunE7TnvXMw7rbW7jT25pGNuRtuWuf9NPYHPiI8z3Tbjct7RCCI67+QwU82UqeONKsmUSYVtxJ1ygPxutUWRhK8Uan1WMIMPvtwdx2lvM8qDeFKvJIEVNnT0oFNbQFpRKIA4pyl0IZVTkQhr5uA1En7D/BMYjHvKAEG49p74osjBnjQDLWna2u9jbeiIvbe0rxFj/JS17c1qUj8cRZlQXliHZwIIXtqQFI5A/XFh+r1NLWJTlLHDfM8LgYZexfFqqkuMBa2RrzfVcwhqqlSr4qNJ/gLlU6pcwlztg8gs13/r+QskAb8V7vIS5FHo15nKkQx1oQn8E4H2k6boLcLkDcLmtJ8vw+06gUhbwlT26Rf5s7/m0D2fEbtqFbxqlN4UWR4P6CK56+uiCRNpOyYK1hZxoqy1Hq4JztFagHuDaKSDL44LDSKmJAkwAUanLNZ2+8h68RscpAcyg3ZSczPWaXvDeRe8xM7yijwwEayTFqLECoRSHyLW+OrgqrUcMAOqEF9tYOlrjTLMJs71zZz5P6btJmqVaNKVEfGtNsbyXXG7olM5HPV6P0/vw4zRGb+Jj96CyVLwHhqeplffGZmKLFy9xXaNIHsO1jV41Heu1gdnrVfVO9vRhF+Y/eNjh2/E108f9fKyvGLFOu3AngNdae/2sG8yxxeScG69tKC3+c/JRsezLTM/v9gI5/SJcHGSllHEGJO7UGcPZGME+pwI4Y+ENLB9T9SofzosZ0yRF9de9P9LUyCQjsQzVaDlP1pK74OOFH2l2I28V0ZZ1+rfFmU3Lw5BnfATd4N7t0dzLbrxqv4X6L8gB402TsNlvpc5R3YJCXcZ2jzq6kpeJOvJrV0RwW/P22VaplG+dR/+mJr6cfC6a5nwxDyl7DwXViqbUW0OB3WyK/ni9m95/302/AIfDr0Km0XZQlcfU6QHtfEn8FqfxbMmcTatv9vob8fXGp4XSA48ec2lD2c+TWAjyssTrcjE0JYUYNkNBIEaxzue/We65t+xolYl0uhXrMbid8QmVFBsRlfTAAWYsS+mRQeOvT73/o9mHuOjPTEEzSxbWtGLXBYNaZM4+h0vcZe0e+MofH9N98PUzoXJVSoxNuSCs8RIwGSywrJgTKtCfOoYWLhXE5e63uBMOq4NH9jkG8dkssAIV1kHyiWG6ll4UI3xGcYyrrSuRjNuo7CeLoHa/K/UZoxH/IpBReiUonL17A/8dZPkiBdLl3c8wAjvCKdlhWogQREfh8O0U8GqkpstbDGnzKWgoDmnKplAD/fgytF1+pu8u/V26WWnEGnbhBhDeNfTwYOwOg+rmwUU/vL4e/FZsVh0+uP3XmL0X30qaKjIHnWHmTvaW6ar33ZfrBDLT1/18rUmMWMIunDB1/h6l7+V/mDgT3g9ew8VeEcb/ITYwxejscqL9O5xrN8U6IyIiz78ZoxmE9XGCBVanRSWtoXySq1WcuNtiLpyKco4GtJW4nl1vti6etN8dU+D1o3+HOKsArt4mTN/TKXwvqPDdYeGXh7OYw6cOiBELduFgNAX6ERuWxrnzevHUenN+Ew+2Q+gNRb9DxCKNwsQFxdA8ItAMj+hk/6jaukpjjaalwfRkamWQt4WBfeuCqqkrOBNp+fVFOIuk5BlCZ+Ubnux594vlLMJk1BlQb7YuU5n/tcskHzb2nQ9Wg3OHvqKQxXKt/zdleUemLYVKoYT/ag4hQ0pY9Ef5icZnsqgqiNFVagt+YEQccGgfQlhkxeCIu0AsEETcua7wERSOOc0/eWzU01AqGMusSDGqs5CZxI4pRNxYJlLWRzc2sSkGh2mQKigOROFnxwONSBF3BI1T8kFx8LjisIEoAY1YXIhjj1HWHf1T+Gzx4plEVjaLj2BgpL40cK6xRGbosTFTkSEWBY5amI8kc+sXMtyHRhU1gvk+hBsp/Ziu+MSBqCmGSyvEF59w3MwCnxk10vv0hB7/nUmFejcjwPEPPGK3DiaJfsKvVxDEZuIpzbBjkqFsPNMZeMcLvVBM9ANZCm4mPF6G9L7JPEhJvla7jU9Pwi5DOGqY7syd+RnMpJyO0SqDj5MEw3iCqQMN/Ww5Sy7rAnnn2T+DDfzqflejYTGi8EM2N23u6hHdSluu2D92wBN4wQN8lnNsZhh7XAOE/fQGTayYOeUQeI3ZPFzTWrljQaicFKggaEtHJU2g78Jkwel5uCa7xPYBfcaQkVw1XmQpkZ6KY9EpdiAmECmswTOzE94lwenawE78w1lu+UEDtxLs1gwGP8qhxi+McS/6hZ0diZf8SYBsoMto2BVWa24jGY+nS/6wUWTMkYaKQWLQ0QjYgJ4Y9UKq09uCytni/m8Wqi6sofijOTAV+N8mMHrXwvGHN0PxbceLfVLRba+0TwbKM45MlzvXIANN7L2vv4drkcGZbKQeKWWJ1t0R+uK7kNiIB05f5qX3xulriupC/dCd3EiKcxpKpmqsYrROIg+2yT1gcGJugm/imkbnIcOZ5HjftfOtL9YQRUizKVVumVGVg6fMqA+1KGl3kW9uRLmlQTKqKo3HPYnFWF7PFIYVFlaQUJcjkGA4kEqmpA9Gz2jmmu2LyLK14+hmXl6h36VjBgKWBYNrod3PCt08Zb+RqtOPq5puddxqSFdVVaXogIn0YBHZGcj9aJ3/fEoqFkV66c5iVp+VAK54flT15MqFfucP492Zvx+TzalGiZTzEQydrFA6ageUgmPZcDa8/OzEjTwQj3OyS9/oVqfIBoUCLwSLv7LvxJB2x8QGat4PbeU6U2gfoenfMQMWb3ZgTo8o1YHe2Hpg9hurdvkTra8VFhSW+oYd161uKE1kOe5qCxQx/ND3TJWNH1QYeVcVZJultq+VYJix8jl0uYU3D8Yy1LltN8LzqtYqtDpoMZDsgBzW4qY7gPfP4LW5wykrHgtlwKfPZCzaJmPCXOsv++IS5eBKMmBLCGWo4r/X4nXjpIuPlli+tJjVROxOdznKoJvtNWr+KaRgZ1pwjY/qo9cWRueuC4EgQRuhdAS8aeymRcouL6iy3A0Baf5lmqt6wuWuNJ1XIlllbZ2QTSxbdpq5w92Ghc+h/9a3uluWe9naZadprgW9b6zUW2tn1bHxTFsg8NZWod+4sszWD0OHa0kVcMrnBX981OypYQxraUFeL5DEZ9ycNBMKTd8pxWyPiSMk/Bkut+CJhCIrSQFltln1Q5YjLRfvSNCbNVZALsVFJ1aWyB5FU9DBD/QT8Y1aNNgwz6LUP15vFJ9IIykDu+UsGWq6/CTe92WqHLKoaTomZM447RTavLkyHi6DTYAjFa48C5sbASfMbh3ruNvbItUV3axaofiVIEL+WRrruazZlpbtfj+3TkbD2Zu4t/pxFCuPTLjq3KA94AFOV2tRLKxBO7nI7bpe56YBy40rK6o/e0vc4ksvihRjM/Kkw6w4DSHr0Hpn4Xyc83DIfFOjRMopU2VdIOKsFUq9N7UCIbPKGntoVFG1yR2gVJrAsmcIbGceLgj1hoa6RweOZc8rUcwdXaf4jaKVRddFS+iIqo5wmPL0WLLIoJ8ZKCWWDHWJP3eHaN8pjfpfST4fdU7q2L8PUXBlXuwDqmDvK61e1yvDNfh89Nn0G0J0Z4jug6tXjAa69RtRgcCFrPxo6h9g6fUQ3QVLd8DOdmsJPgzUbdnPGkQUgIFE1/0RgoQs3gmhOyBw1FZ8GEBi3V8muCTpZhL1xGhL+yU16naSjRjYLgy2jvIJGg4HQxKNm4MMZLdQwtaFaCR4gVFHbCaTts4L5LySGmRNyvhDr/XR1qDlod0QynPAtHYdQoSFz/PZO3yWe91lDKP7xT1G44ByE8E1LicIl8HJBB/2biVVWZH0/GK2wLYhJtg7Q1HQZH5+znNZYhUNFXuriDIhnG3mjMcF1+JCnAE7ic7CXofjsix9qjpiZTtw2SgjeYDY7uKHYCGJwjxtQM98z3XyzP/Eg0Uu8cjATBGShw+0o+cPQagfbHAdmPpWYJMJuL4SwAGfRkZgJS4LhvkkXI0glrOeNHyiWViKy4RhCcpw6FQE/UEwz4XoDyuRXiEHgGwYnVCQ7jMsFfp+60LsIKT/KYfPQGa/xvxH4O3ZIFP24XW04VGSDzC3e5A+hEAo9kVQWt7H3iLLDcm+UyDeLbwk7Y+6J7WwLd9qLgpmUJXX/WCMAIWBMRgv8LUPjJX2hKy37rKYeibyZxQaWcPfOdPpmbdA3Nx9sPm7nhgp8In4Dg0a57uUq7/QS/Re8KvWE5o+YMMd//dseivGTDsF6ppxK3/GTGS3NV2ew720ASUy35Ys1mlZr/nPLwzezR5QWXb+EwZz8Q3OIpeKUtrqct2KUj0U93iZV/pnMU7DRhlq4zxXYi24hQaZlqkRrWIJFYTUuHLFr/y3mJPbHktG+t655K13KqrTFcFyv+cr3vG2WJIjvddp0kHQp9IRoF3oM3PxonFPIFPSO+HxItj7MMHWUskOmpl1UJQvjZsDzYhrOA6wHiDU6ud9R4KlnPjXX0D/3NFSTdf01q7yPYLqhq9ijxUE8hwddeOE0Gms/TibmHgNsts4p+lmqHJ/p7B2GW2tZLIe8UKhbLBL1XDgvr5xVO5WX2le6UV9FpvLCPeN4+7uv+q2tr4w6Z08FFaLC6mB4kyGltFq1mrdOArmTBXWpeJBR5yTtnsM+nufLDxWK1e/i1JcMqPWkDjXnev0FScFBsNDNN0/ZmzVNJyCGmaTfVlDu98mOy/2YUEgz/F6JYPmsyHubc6lGmSf8XHhpaPYrwSBosRNXodLGqWWuhveOFnGtYDeeDwyGxuXttxpo4BoH/tXer473litXkmMsemICtZVWoelMsEHJVY76gNQlfQmRDoqRZ1QVaprZUIPw8x4sI9sLD2/AW68E258U9zYuTepIu9DQKssKOsjSuvWIzywIYjNwa1T4DBclqs09PZGRQWjI5jrV1iLFKkBwEYE6f5qAZ3658+U2DeCnUUdjP693tx4mKX9jEZMbAcW+0cbiin8i9p99p2aV86+U0x/eTyBNZlw6PCXNf6yLXCmyvDGKy+LN7+0Rf2bzub0olcYs6VOXOkT8REbtgMPmzU6/DosDeTZSVqn170E7VIgq+YXpJneUAKHN3wS0y4h0NADg7dmGuNaT3WfbYMf1Qv8jRyp6COUbqPYGg3UPceM6o2ALonKEONXtxVlxzy5kOtUybh9E/lFrGWKM8PkHntLg0JaFXPjas8HbA2tVcVfwG/6Nz9gKqLzepkA1og5VAaBD2NxQeKCBOKmPWeQB+JGKOcBuCtVq49MYSgb6LxHzz0gA877S2hxHs5KJrazMWhC8TfXsdv5mIUxzDquXSuscbRGQ6rPcaN6I2DzbdqENdQYqu/VbeXZjYMetjplLApnbk8LSCxdvCLTHJKuC1w3I1yGGR/2c1X1pxgmZ8rZT04M1iP22C78nIJGNAw5ia0gGSfgN3tI/TVi5AIbyoRo0dikNwy4akC4DAM+7IeqU3UQR2EDUQsEVokAlUHgY90I3Ed0kbVRUMNL9krEFYlp8BAo3zwRooQz58I4Eph637Y9ti/c+E/mzbL2N5XlcXTEqK3mGvMrMbit93/FOka8K/PWYWvb5RarZCyjxkPDsllInrcZmwHWjGN/8VUXeW8VT9A5keEqTp9SflmT1hyJZsk6KdY7n3TyTQ45YpGO7cLHRnNPvZto+Mnzf+WY6J+0jXmD4/Ss+h+u9E5lr31UcWrzElKEtCCVqpBdJNysroQX2zxoxtMeotDUcBtFd1PEFHvsItDQI+ZuvMHgX39FnM0cRqbRcXfSFbG4beMgz3v0b7DpbfLJQ8frU1XeL2ZMbkfEK1eFp6MtMgfu8wtbyDZclC8I5bVytRDdn7w5lBvn1IZulchoGxDJh3EYPjMmpIxsA6EaH9hGvkCNoDoalw2HVglr73XznAbNd31VmHoEtBxWJ4rn67J8B1WMtvW5fHfxkmzEJHcpV3hN3k7SclJn0aAt3cm9jY2mJaUz4Zl0EtrmnVLLX2QtaHCR34eyAqRi8HTgweVmXDzjwShrTKqSUV8Ks0I4Q1NCVbKaD9AAs95LsncBXkbyDUM5pgCASstqTfjmQW3erELu4mfZfKngEEdy/0pFJlV00pMbO0zlmiKAKkWuT+mWz8uzt7LEqjpuaLur8FJWGXBhhBeaKMzlnmKAKxU1pjFCBLQ0M1QmryEBu1zjQar3tu3YWZreS40ND+XZUA8NITvAqj/u2pp2IGt3RfXRl2r/Fr+vQRFe7Ck4Hi+JvQdLbNaa4RNPByuRX4ItxL/QhthQRECIIsQ8gvmt7p6VStuDBICMmymRfhQbewV4Ll0aV0N/OpHN7EYKld1p0I4ghnhco20EUkDB0X5l+PYlAtdzS35URQXoEWqS2sI6a6WPJwgbmYo4BQENk3zvtZE9X6vtu1MooyVL5BfhL3/H9C+cayl+EGzoImhEeF4SAIyGIN19lo7tk4hP1r1mA3D9n7zDokZ/WbH5pCW8poyOZhv2xSYMpBml/w7/nw07wv/n/Nvvf3k2PnmxLgvaAdtKe3fcWK3vyhkhWZ6PG8Ysa0cBa3oTVbISVaboE+pKPdEjBSP1nA4FEBVRpbACS/86Vw8VmRIC0qP0tKpa9o19G/QiPlAjiM3cKeCxbkCNEMgero/1oSr6sCZVytdixjJM0I5+qg+ZMtoJY69Dtn3qQR9D+V1hfhVmnA6wIA3okbOBup+BXsnDOTRhaOf59ErM+GFMQr9d4BQgomlU1mCt5zoA3GpbhTDCSf2kZyrtncTKHJpGPO09eYV2T7YqQSxtPGU+cZ6wZouZ/24lm63Cs/VxBJiW9pJFAWrQj5fuiC3bhZeB/E6khd9VHO3Hd6Ot994PfscCvwvxa3Ykz2aLjfe21/uwULs+6/06WcXXBtw1WtdR5V57ro3qSr0YDZFuj3D/daQr5AJeBVfiBcyqEKynQX5YmQthVjW6v3LUCrmWLxKF1uxeq/CHFL9kFPdpjtyssrH7Qquu2xt2UrzkiWrkqEjJPDVlh5Fbd39wyxLzFaWwNd3cOS/cMOA4CjVK1tLEP4jM9n1S73tPIRr4RpAE1RNeH0II4f7iygAKLdN7P1XLr8xcy3U7d3ARsh/woJon3NDHEDRq7/dZ9qOZFIJF4cgy192oOKdeCfzZX4K+lgc6yguX81uf7bHOkoOqvHql6GQm3pEffJk+tBBOL7P/j1RmfqtEKcI0JBW7oAIWzJ2/tSJLZcrsY9Gng67RHripHvAUxtp2OdvyIVv/Z3D1T2Hb9KGW7o9OtT4a/gOrq2VurZYe9lsshd0zON3EsiH+5XPA83L3N9izt9QyvsSHKejQUSHJ1DpDwVQWfP83jbpjWlMlyGFF11Ao6ieTyyPWExXbhcUuRxl+lLrvSQoTnegrwmBJJQpyYYY2jG3ALNF6hZRWMikZN2miICjcNiQpd2mlcYTn4YceYou9OKTvbO9s81iVNbiKwTsyrbpAwDDDbvHnY7Gze7orBDyEROcaDcnFIlKV1Awvw3WZQG8i7OLqTY2JHhxQzfzWC1FoaniNQ3dV9HsAOHpt1DfErNFt36sB7Iv2SZ0YlcG/KPDgA4FR7eTyOaGSsm3kAyzfp31+oZv0ln0F9yIm8l3f+F6j0fB+OfTuHQ9AMh/CIu1CUN1U8GeA+GD1dO0oI+N4T9IehL+SUeljgaVZXxZVpNk1rfUKpPAony1eeDzPBjXa+6rXl341iYq8Ry7ZRDPRgK6PjXNmAYXYhAZ5IH92EKVdXxdTtNm1d/UrsNBSn8aQWU45DYnMAaglVQSfHKpVVTdMWU3bkljJJCvhniXKZLMviYhwXAktHudWVhCMrPz1Hi01dBtTmyxmJVUy8th4lOC44ljBOQKK2n6F6XjlL4VR/A4AVYogYyEUkgQ2uAjEOa7JlJyTIQOmIOVN1mAKYzmn8CRIBkoMFDIZgYMiHNZaioDQU11kcUIdNz+FwARQtaPZKdSNbGYRhWSLwAMcHttVVuSLrAOpw7fSw2GSIoI8Nj1K8Ntq0xviLCxN4wF5/uiwzo1LKy89WWVTA6tNPFSpXn06WTao8MLHzRuDSqOdKmUVH7wO29jfcOoPG8PZPmyjfoMu2N+Gs3qYK//efkDlvJ2/9o1QRTw/+fFa1yBEZEz3uOKr9RUZq7PN1QQLnGnN5WScjkjqo/DXclKKRBO/Zf64gY/3oAJapxpHbX0QY+Mb5GweKIha8TJ3fIGPd6ADXJ1u3LJ1QYyNa17K5oAGeel5Dax4cz7+AXqAV+c2jtq6IMbGNcjZHHBl7S9izl8XwfGTHI6frn89jXNRzinOOTjVEg9VJhcny+Vm5gGmJFaqxNNr3oBDe89q1P5h3wxTPh77RQ5VMsj7z1PocJvUC7zyuyfOOTZXoDfk0FKgJTD7qONZBgTLUXeZHgQQ+CBP+3N3Dt2PRvvoDDTu3t9N87iThpjSXbJJoBDHHy1jp6qyJlWuCwnMUEXOqJhatskg3/9BsCRoAchIs+wuj+M8TR1lqswKLluELNzd+j7KuCgL/2JceoVrmt+DI9D+Flw15PnEc4iv0QeDLBZOp+IjyEt4uqxRC26D4AFBnLcm88g4IRNRJZFtMgeqJyEr/6vNuVqSpeQRBi1gT8w4GJ5Rxny8IJ3V1ExLmpYy2nQ2KYP4ODE7j6usHWp3YEKdSzN3hiYVbgMhlZENN+CCNl6CyWJRNgEfl+o0CWidiXN3Bl4s3ibGUrJFYCbCCUfwUW+3sxnFG7FhO/Cwc43fdRR1PBFS+IzxRlIOq980/fl4IZBZuoyV1DggFO3HucSpcYPsLcCo/xQZnWbNHdGOZP1y5Ld2q5kRuK9if1WmhQtquH3BqiTZFTbMivAljmG5tVm9yzgUesICPks9G+dCeArMcxicNgv3VeL/ZeDHPyEbA4xZc+NV6i8RP/7ZsJtXbRD5LO8gqmu/1FXNl83+CJ/0mO2vFuK6ytbnsgux0ONnnVkc+6qoDNwG5/Uoqkm8CeHM2hOg0szXIVw6CKNtMsgfRKShE1Vo1WpLMX67POqTAosiMWybU1VeJ66qra9t9ZmKRDEByjAo2Er7065DKMLnNqKV7bWMuzdFPaRqwlCMi+dnlQvZ29iSxFx2Gj1TTjuNUzl+L+Lpt8Kwqxq7INz02DUO+TI47Oxd1Vf1oY6oAVs1enoNL4lOV5Q3j75oZ3+NL1Wv+tmbL+IxAMi+RWqKi5rBiDs/DEzpUg1tJkKlhddt5ltt6oEU2H4JosKvhujIhz7whD8D6T7SdV+awo2mlU3XTbflZqLNQ2Xz1q3N5baSfwtOhmrEn6+Dv/LWLIzJZK9WEx+/AesffeVnz03Xon/xoLCPzqisC/0+JFAboy1ucWyE0Hbvh/tK1OxLfafHbU0JPj5B8naxLbe0eOlgI4xqy7OVGaEMQCNLESrO46XXAbNUQAqTha4EGHKahvtEQQjZGms/yMm49CDJPwivRb5Rx/KppSjlTZZAhrW8Uwpo3wed/aSDkozgCwIcFyC/gjkBdAXIMNq5+8TDo3HUAAsrswKcwfNacPzN4DYatnrjeG3LkfU5WHQZG+Bh2bzDC/Lsi47z1yzwFXz97vP+BkyjD8icK2C3pkJkyWZdSZmYW3iE9gmUJWQqAfNS7EBENrMeO+yNy8UrN8ZPEUU+nTjawz3Iif1J8keIiXwaeVHyFHkHEr3aGGZNPe//QWYA7T7ymSLKUKvoPo/8jGNsYJMof0o22VKP3o4vM0URrcU2RBaGkfQHfT9ZAtDqW3v6ByShY+DjK++NB5IrgfqgVtPOa/W1L+uentBVZRqRWWHmsL6j8/BbgrEdBimri5rZPsy+FLtoJqFVOeWWhRMpFe4mULHeArBTmrQ52QrXuverJPYcVibL8YcPgg/zle0LSrOSEDl5OE7c8eVLQCnPBXiK0dVu/EuvcqMUDC7rBFgQxiqXuaKpNMLtnckCWu3xOaoxQGZjIFCUiwL+2i2giR7X9B7lMAd1GG7GcrRvK/vj+qfqMNO+OXcfZHHp1mvmUnWrLvniDKCumREvbiKN5jjuDDNltjPXXtVWLH6i0df1e49oCvUTWfM8sVtLz9aK7aLZ6I8JyMafTS6rVxmgC2nafITzy/C6zSyyTX0YrqrswE+0CrxMp8dEVl6vMAJYCZiXVLfIY6NflOCvvg3UscCi8jKFF5Kk47UvKySxhHwlCvIVIiFJYAOLQFw2jICshWEpLYsQY0o+ggxwncKc80XL1WmRQL9VW3yJkQnMx3ZBYrDczqkAW8l3z9T3baVq9zf/rzLiWlhXX+YKxezia8a4HjKpLyLOTKrgmM9G1bEUf/U9pDdDTilFP1056mEP+rAIEEn3eT/uAzFPUy+ihmcMIKD1JWzmXCuMWUz3nwvTPTJrekDoLLX5WyQoruD1h0JVqtcLeUX9AgvoZ3x2zxfqaNTug7yJLJoC3qpnXs7nIvyMBoKvdX6B1JP2IJ5OB1uZ/Pn0ztaLx0jFLn2WNd3fu0fPzy5FM7/WyZKOinK2B/98nrt4NKwre4JMMq2eBBqiBvr0XXQF6MLJYyH0ZjHI1udOewK30J/ynO25oIl5KTyymXnssvnzmRc0T3mKebrn6A7vYCbuJ40f8UzM04yLGi8b6AFQm4Kv6TBpNt+bgANqmgx1iY8LGD8Etkq9P89nn2G3usG7mSBU0IjtB76DLFoC7qpbN/tPGWhsoCPzd+mBraGdDupCL8U31WF1xtTESyBKvYI3zkHEgjfLIfUC3iAHzuzVDyAjw2CrlD+fc7bzBY0Pe5H7MTOdRrpknySAfReaZy4/1maHiyzTeXkZlyVE0NTItpwBVl21zDXS8d5MOnqH72APHyJ9rG/CH+8NhlxKtITgPfmbv7JND2Ssf8ke6ty1jS15tMQRLv10m4zIKfe38PBBwZbTHQpyt7UIfKUPNUaXaLI5YrGpNPxEA9ryvYQcdjjssaHybCYUVlC22uOWHBJs8l/UONtABOpGZo8inHrUIxAgdKtpsomgKOXlR/7rPSIWBUBPgN0AWOof5diM7Z2AbGM5kCCSVWUVTBOHiSR4LXUzK8CdgPgBMQ28QJvAS8oWgAJpvuEiw+/4ISuPGugB3gl4nr0lVp0YG4Tm6bPhAjTQuEEpwuZUDrKz+Jwn5xw5J7I4CMYYoSgrnFBGNqyAK220J97LGyFYBSgv34MAQKWQvIQ7pimTzeIYsYh8sgZmuWzudr2zbYOl7BHQeTDJOu8w4ALdsTU5I+Un3HS0dMlciHHWR/D91XfBW7CbRJvRZxC9x3u8DLwHG5ixPfzNeYrPxfiQZ+3up2f/gGcDm0kX84hYdPYjKK/jzXui9Ugv3ylXrmHSpIw1u7VP9rYlelJb6ExMxLztWZx9u7QluXPaD/laQR+rmSfkMzM4UcnzOqQUOIyEO8/vsPvb/g1O4LNl2aRM9vvY+Jo+hAKA+kpqtibcvjUQYiRGmXtebkk+dHsQJfi12etuheOqr5ww2UcImV78eO+8TTNYKXQ72+uwd94fSJSKPJLroB3jG6Gt1Gow87IxwG5Da6y7Tq6yWoKMZkOl7SoRDshic4HdFeDASsRa3QHK94BpA+UvMuJo1h44+naI6EwNAVk3A8dJnf1n9x/oz8f396e7POu62A63Sz2812OChYXcXN1YsN/jOdjvONg7ONgTOdgHODgwcXBw4mCv4uAIh4OTzwGAg9PKAICDfZCD4zYO9hgONs1B6jXNrDmdSfmcqrTyXM4t1BSpslSYrJfvVgDBbTJXr5/WyAGouyCEXWiB7SFjrRyADmw4WIDcm0VRDrhDW7gyVulbTcU7YKjxN2Dd5Tb3yJc94Pq9AOupmDQjUc4MB/D8Rz9jPICP/IZ5W9wDnUbvGzoin2UAEADIRzhrECCHSRQyhulbTIU7oKjyIyAcc5FLMrME2OcGaI/FZBmJQiMswPUvmZYIwJBjNsI6BViggegUilkBsuIBPOr5FVDOfkEGbNcH8EEvDIncujnQaZG+IZILkVCAWBEAAYBMAm1BgARIpDuQ2AFnLQEUoFB0D6CggfpLJIEGTOLzHEdhs/WXKgIXWDodcEIAYLYAzPBCJUSA97Qo2AEL9Z1a62bhNRkd7khqvHfiUcw2fm82MiyxdKa/kBj/Tic5GGnmzeny9fU3Cc/0u4AtB/GeGKTXgi/Hf2yvt/dvK8ydRrm+0aNDd/llaQvFu/Aubbpme22wA29QTKb9fg3aOTKQc5cPdJQ7EL4bqf0hiMCg3hfkZ3myjoHZ7zBnANpB4IcJE1j6k3rwY4gCVlBNbstynAcX+fS7Up7WPD+JNDv5fikzya+1Ywjnxb0InJ46pPMI9tuBNKkaeWKf55ZsgvmyFPQPQcR/KOdlUv82e7mn6zmUN8nIdydBaDy/kujuNW3xWHgGnGFM7U4X6nRup9VOF+h0L4FiMyBwsC8OBpPMI+nbHhJTVVaUfpJbph1SZamwByLmwZV6m87aVHdT7XWVeweO0sY+hMRYzalQbuNXwnErfvoJcUvDuJP0WtCF9zfOkU/h3P1uWxE0EVJjfwe4wKYM2H4L6mLSO9TY3wEvsAmin9sahU6rHzX2d6ALbILk15bGQd5uhyC9EazfuFo/P+Lb8lBnYI1zsMEAHHCcXoRJwtSngH5HATVjeoxN5xEO7QEL8gDSz7eF3xzexhQkDUPMUuJ5aowNdU3nqbot1Nn6+1Z0osbKdzGVMwv9lhelwlNAXIOzmbrTYHv3+PHyxalsw2qx81/O+e/vcpuU2SXI8ixzL+WUb944KfZEUKUnhzI277VyTtmNfSWlUs2LOyFK3uFbqUC9YabwPp6Uy3IYUWScnMhEPEBE67iaioKfcgjJeZxfS4gosLTZZ8ahuenY5RLzlU0/Iz5+TXws3BpbA9dci+tmZHxO98Ja8M55YwbHSUyC0XYXZ5M51pZPkNIabZQYdIgS4exH362jGUbrLO5DILbLkjwo6f8n5rUVpNcOpS/yCtxrs9P9BP5FUZ6Le2F8lKvy18SDAhRPqCzxRa70EFaj8oSGcX6RQV4P+qJ9g0R0rsnOGrAdDNAeC0m2IvWSYasFuMAGs1uyoQXWrAEYIEHtEsRQgJi4AAuUblfcWIFa8AAecCHsjmLogLPjA/jAl8dMN3u3UZuxozRsUN8K+u9hjX/3J9yfT/zjfSCX1RfycRS+abQ5IP+nXsVlvW7UxfBpKpjqdVoOUDBM4YmiHKlAGLHDLnwAdNj+Z5ofqQe1zKv1tGQLbtQHRtgrBLg5zm5k/+IWCuwK+H2F/vHpkps4TsXjYeoPeLnGL6lLrjRPfGmlCvDU+I8JGbOKBtaUxhGYv6vnGFB94InLT2E5qokRKVxOaq9vYX6GriHka5xlyqdZYV6tkDoOS/ev2GtQIJeBKsUJlNW/A+UrDVkfqaiRyeoIjkW41Z2QuMKh0KGQzuJ5J7wkKhRKPsVs0wKJotwqT2Cv1qkUKPAZLH0KXGlIfcpGQFbjMS7InT4FjyGH+rgAH/baDvjbDxpR8fxGoZrEFyUVG8874CBMondr5b2XeesOZbfDR6DTJo4bRXJ5ux4+K12qa2g+8/vkJMXlToisvDvo9+w44lgXadmzyxnQifJoexAPr0qBjb0v++u8Zz7pSrg3WCocSSSOtpAQL+ltweV3EcEqnDGSuxBU3ciGvO7faZ6jBFktvIkRizhinDQLWpz51tQIoYwFFx8F9IWfeULmhoZf/xZCBYZ3Z5gTioAvBCw+LhoKbj/XQPvOZRZKmqzuUHA+wFQ1ApbVeFe0ORLex58Fl2aiDHoUKMdXc0NLLy5biHaZFqi8DCb2obOo+8sZ0fVABEE92oKZM0OkT6jNzfSq9bRUWf1XfdRU2cJ6Waas+tCp50Z9R+qwHFctc0MyFoGqjAUXp6H4Oetqm5qZfYHFVxG+0sVlz0O5wxGFGs5v44snYF8N7kcywZ6iCuYOcSxC4z8C7367fQ7bEjbCYcCznxRz40U6m03Ju6BerbxH1sdjQw1sN/JcR0h/aE5HVV+Wj/M7P/InZsgyYKRWZ6YQEEjSmw3XTQP7rVSOdce+Cx9+0acHcT3Ov/U1S4XQI5fFH2oZNegCkyXQT7g7y36+EzGSd6A8qhKV5+Erfjaedp+9bPOOE3Jy86/9/fumXfn/cLPhWjDMs16asvgbBm4HjQ7wN/v0JLrQ6oOqnXwHq/uSgY0SlPOxi5Ud3qyWKuvw60yD4eLv1t06l5na9o6q6OLrlb0/h9TbyTKlbewkI/ZmRVc1V9j+a/0C8TUj0nhYYSZD8KPPUuToqpDYGdAVerd/lNhyQwiNE/yG7/8cQgOcpw1kqW17QT9WEaroQtu3Ert51XouG6A86LSurssT9F9IuPbW2rT/XvOb0F9yxHjrEz9e/7g3YQePOuUvagWlOMBg/9w0yCVysBvR6NXAuFNrkKLvHoYU1sWlShnn98ZnxhNc5Oa9XSXj1VJw/td3tiGru51FuYVzpoV4dEOn/XiF7D04ZI9RybptdlBTt96hdhAV1IK+H6igFcV/Qm0l0ZzsgHjBdtlMqie1w64qpT8EHP0nZScOX0a54CPvcqoMyrhdAlSutOhwt9J9eWf9jh3mSev7iAiUNu3F7P91RukzNTddTiSuxPHXsrfUwUuY2wjLjEScWTrvPEHf3guevx8R1HV5gMmKpNglQDYzUcJlWm767ikEzmlZNSeyPOufrBc42Yxm/1Y1aGqERFlJpItkOUXv9i8bRFqq9uTHy2d5o4sq0pLQ2L47CumNwKqs0Rdb2RMfk79V5pTcEMiyaMVVkEy3wio9iksrgVgKNLYzDfctZPtbO0vbO3HZuW7bu26NmNkubDZGZt02O6ihW++QBvztLBqNG5benQq/zIbiVhWwpRAI5rlb84SVSOcAkGs+VQfpHme9e0AlAGCwOB1O0jDfhq9WAXTcT3nW9+B/lg0VOdrFHLqLLc+h0AStW+t1/b/sm2oIz6oUYT8RzOb+NOkUENrbCDLQm8qEXnnONt46s7LM77/fQNifj2i2k5o9i0pfWb6/b2Lov7jE6ysVtWVWiUZDejVZb+09q71OhiSmle1zNrZ0t0QN6vu58h+xsF04rPYMv+NpUiuRv1CO7Tz+3RqXoNfdJ/4VLZnNJGtHBI/KS2gKm4rQB3RKz+QpP5VINSSdKFSu6VRD1XDbLmV0y9VdgFNY/50WppKohuSmgVBWA6rh1S0k2Oziy3WEclzFKO0ahCJ8boPMVvbwKhcFcDQUYXR40Ieh6QQBnvRpcjZTG5nWKEonXd4BA7e3MOim2wXad/+SFdSLHcensdF42X+PbSqk69Sfv8Ck71jq3qVAjLu9g+W12a2btB1RUM5XXkxa3NY5iFA3HVDQnqhmdXWfhEJDv+2DeXNofGYwWXS3hAdUtqp6aCNc9wmgtCFmN7QqDD4qwNVEsYRQQ8h3Up80i8ZnBoMJLdSJFUhhqRDkXiXFILduXDGronkbXVo3yH679EGezjXpg1exqKeoWXYAtUttgF7OHif1ZuvCyi7cyNo2URk1Omzn/3eSuO0Hir2swdbJHelvfqeXyfwIApL8+A+M2LFd+Bjghk0ZGLbYQYmw1iEJHHH97BAsMl6kLa9cAWN5O2hDoSAMiFVcSiCQRfdCDNKlcwAY7KynpwTAfvY/AM7lO94L9RSAaUnDJwaMtPUOgy4wwvQ7GxLByBw2KmpBPTl4JYNc7oc4DHBOU+9hz65UgpfgPChzpWW1JDQTHtTGbFiFHKTr4zNs88eYbE7IBsB07nNMyaTN9fXGmjrtd2PWKdW9V+fVTHP7lmOP9w1lMJ/0SBsNxcCjXD7jYNwjsf1QAnvqm9jmhMW+SIofr4K9BxfsMTmwKK6oQTkYNm4OU6AdRh9pypryk+6Jx5tTRHj6PusLOG7zuj/aGmDaOi3aYfzN7JuHt+QkBzjGOfk2IsP0WlEAeiAoxy5T3L6zGGcRFc/IN7d3MZTTTRZC7jtX+/ARkEla0UCecfDphqhd5HwbN15T/5S67wh6RK2YErQo5M67jN0DmijuLu0AHNDMtNiDggE=","W677E0XNorRMRwYC5wEkEsvPfXYwho2DsQ2+mTAtDuIxaNcDFuyoONFvoChrtBsTK6NrGf0o5Qxwp0aRn1dxM5e9vo6KbkxysuQs/Et8BO6dF8gparTMluPyuv0qFTMOwjU9Ikgq5lxGde3Dw6CamKSqj82UnS6zNLMo39hHsdFoAFOO/v9iejnrZRX1nCg/Ov9xv9dJIDs74Wbk/yVQc6b/5ObeAoEagapK8vKSApAwmzCkZucmpCiBWnf/plame9QAWqXZAP0/eIbgeY5cqCQ4fnT/WsuV8SZ19etX/RrTAPd2uJwzfE/RhfJBqFRpoChTlFaD1LvuxhkOOHJc/a/VynQo6NqrcRhvVX2JB63CkTeKZ4oq/T1Y8DHj6wy9SaD6+tIfGnXP1TTr4zomdJ45DoSdNEQwoe3LflVJW5kDr7/ZXQ2IL4LxHIrqPfZjfVi6+6qs+3p3V8OADJoiEMLMtpfVhzvYvWdl/V8D2EDRBhKiM8+kpgaO9woE/L0iaYmG7jYsikziJR/1PfylDGwklNHqQO2g7mBAvCGr4XceCqfF/9ePnOu50hOXXuYRMddfSppDK14uJqkd7WqqbV5ojHWn60HpfMKq+a/7bQWu6Y0+0KR4yNNg5gbbbMySaswBwCtiXb5hd4jblZ1B7bxz22EBEHy/3oiq/9CZ7qdsn+GNuqIU+dqw/qn426RMI8htezFa9gEpaXFbt9sJtVGvV/ER/zEaYMca1gEqGa36T/pBn7VNLfXtQbCP+j7e2MrsRAI2z3ACwV/7xdDebw1/xvFYihb4vStJLq1lOeVxfjVSvlZpKZ/O4L0vLcXoWjoM0LbDw1G1Izx6nUTFWqgEMGEKYr7dcZISVW6kiWZh0EhWjCvnTHSTJwrabtv2HpYsAOIFw2xkmmhQUWuOrJEUoXCH53FywiZwX1NcdY4oI3BqfcxNptFjewJJ8E2q5+5o1CS50k7vKE8/KfzrphKsSF0SMNIsiyfgim74kGlCrf8F8zPyspD10MtkoeZMMgXCfDEb88dCVhIcfyM8sYz4EMoUrCpApSK+lxTue+HR+CekUJM8rPn7QtXKf09AaWocKJXbUCAWrM6q0SeBIYv9bA5Lp0bJratYlsN1xyc3QiOSG4LgXx1lmaAb2+t6+va1X3D2TYE3YkGU3QSlX9QF1+Z/SmqbY2KVYwqlbGxiKcFwArVQTBSKu6RpjYHrO4yX5Z9f7SHHVrKJPjIgtfyPraW42FjnnhADsr2L9Rr4sjpQWtogPAbXUm0aIIeNZsOj6ll3ktWn0R7xxmsgEHwcUvW04vWHL5A1xlYFLjMevrGChfyN71OuEp8PkLitvDjQxzwswrqoukIe2l7tbuEJPP8fd//CU7ZJzLDIxmnSWD/Zvhsd/v1vo3lQOBfqSRfzbFivYDsDtU3mZU9SZ6+xrm7CXV3HrjiyuZRVil9uFVZi0AlFjSU0UmiwwgTzbc1VueLkKq5WSrPw3F7rycGaLJPjQ6uGwhN565/CcgwonjNf6P9qYhyoofXQ6pgSM9PpmcKnE/6PfsSyzf1p5Cc+HSj9b/RXe+IFfTSq0W1ETKdPBs74kO3jKrAScFtGEbbiv5RdcbyI1smzD/mcIKDykOm5CNer+wH7XSewThr91BM7JElHn6MQwSiVzWyXQKTJxU87eqUyV61TFTkWGRasU6jOChAJrkgdC0kikdk0fvm3BUpsodLLtx6jfH0x2ZTPFetWpmDov6TRwa27aarqRyLERrtg3ayu5qAvlsqkvvePC7gsTcxZe89IXLFnDmXZueNUtH3pusqv6Qi+ut2Yb6T139VB6cMOmPe5uWN5mnsPogzuAOcX9eAlLHEC7pK1ZqML9qYTD6/OoP2CLbz90vhnefVbJVLLyuck0CkfL8G35c9v6NwLwgPxP/oosfe+r4xXJ4LMYPzF23hmv+N2GduY9Rxzq/lqYRdZa/rjPHBoOt0UACTsJKr7e7c2tXJm0eFVbmSoIckjOdETwBOSGJ8ZtO4eV+uAZEUkyhqlbmJvuPECT31+TG5w9xeOjoPGff3hHMEXpOZK49uhiLD5bd8vTacRUwQSezSN6fyqYWOHm1+uOEeONat31LPX+K0W7nE6vcIt6hW4Skarc6G+3vojEl+65R3oTDJ+Er2Jq5535un1zv57fSv70PD0bq8l/Acv4fY8gHg+gF1Ojq0TCu+OdjuFEyR0uhFONYbZjmG+x3FnXU1+DCd9d6hY6kCJDxl/j30Eqrma8WNMM7IGW8ff25M+VtN0yafSuBC6lQuqsT7rtR4sDPZH86n+Hf/TfiTgfwZ+85MP0/DafFtytdzoRffypCtcUI0R83q0zwNzcz/3wYSHRC8+zLFRbdrnmLnJTx7plM4Jz8nxVQcrTgzQcJxnvjZj1eYV8YEwIyDoxJi8VHSLitCgHemm9pBNeGCz9kyEyqhCSwQXVnMTWb8Qdw4Dt3TJKVogTDAv5sPZXFjNUauqtB/daq1yRzCAm8TceBgzkLeH1D0cI9LqUz8uAG7Nr62D0A6hPQIe3zrW5ad9mWejjRhgBwbszR0InvCtsTID0aNHi5cFHdcTBhoajZRx0TBmfH43yCRDpXBfjWOcYrdP2EE5GOSZZcmTncnuP9K8shCJXZ2tJa8JmAovr49V36VfK6t8zE2kQ99oYFu0YUTj56xejh5KEhUG+IvVVI+W1aR+AhsTh6r1fsqoDoGewxHAWC6iKfwC6NqIFqOuvh72NcQCAtqEfck8N3YB9Wi4Id4JY3DiCZs8/wAwOwDiAZpSEkPmAE1IU8VhMAmwPTWkRzgOgVbMiCwrAT5gyqd4vGhDJYiz3fyUJYK3luBnwYQXOZ8O1g4pPMnJKSmR00mAOnAk0GOUF9UCFkMIB3xSdCHYhvboqWSXjyFw5M1lARTQGDIBnzFzMYAuDKhqcBUiaxBdCeR1h7pQjUo0x4VBwuBEHKT0NdVDmQA5j50UkmgU4lZDgOZvEVugmhXQ3WkYHHmLBuhEd6VNoieQNVvF6HF4BSdxKGhTC/3s1TkNthqKXowitZgkLCBZTZSEvpZQ6nKqoRcuFmADOrSDx/oQmGNrdfkrdGMQgQEktFOI5Y2JPVwxhQ44KfOFDtyv8iSHjxFGmDTXMwkhAT2FxsVi89gwP5kN00fbgFuz+I1vzIaoH1K5SrEj5BANK4g19+bq9a7QkLSeFdVVXaSQlULiX56jRg25WqQIF8QVvlxM7del9pREFfM4n5jGp492kAFWOrI85sgTjSgzzEFlE+8wBl718IuUVAusjLL8Cf21AqrmamUgCw6tHjqFcD2R+UWvMDODsYGtZu8hOoww6SoBNaA1MESDHqKIEj2q/rxEhmRSmX8k1MTf9EEBRIPC27p0447amoGqaDzdSC8i1EvA/pqFu/AsjEkAXvRcUfst306w9xqstlp/gaG5QiXEEEG5AxWbR5QyzUbKZlC5mYPFnRacGj0FqJJrRCpwAVzty5rwm4IPhJecMz4GPAlNAkABetR/tU8SfeEJ/PR3rLO3cxZGbGAXHlhEd3++LTwr5BUYXUvm2eb2VNArXmw2maSTzOEX6DOzf9V1Gvuu7+KvxU7fBj7VVb2ySV4NzI/HGiYsUC7TrJbBUonCT8pXtfLj01zSjuT2T3VyXPt0CPVKIGUUPGWnjZDKfSI5+rLClREb2IUHHKrbp211e+1UrMvsTsS6oaF0ysUui4zQTdG/ho6G3qBvuaacC9YkZA8KAwprW4t/6sRMfmBzt+Lgrr6W4rrlsH4eICIpSrJ4eV0Ek2bN3QV7L5T4wWBNMgJo2RxvEhkVwDL+46XmcTBJHu/X2ZrUFnQAm9Sp4IXXoDeZfQNRD5p6UPIVl+2clWszl6U5xRl4jkN80mIdXBMHNLK+Hnh8TY22avfKWArz2AEEnS0mt6ZjAsgKz/msbSrAwx3XPPlqRtXyKngkZeb7aErVHVfbrSpKg4Q8xTDviY+TzphNiNvHBvYnxBqUAalWKrAAOGTHwhpWZvhLAGhfdkqhupRI2t7JyWzQ/g3JjmC+0WK3bwufj1DzMXX99iNr9wadSVg1gN0Yai/4krOe4L00fsjjWYH118f/DhyuP8HtdltMSBPk8Hoy5rpe0Qec9Xq2plWmd4hLdtrXi+HWxvoLtWSnuDX9awqaYayN2MHue3AfEYKkBXeKvZaUbInJFnfuavjfYZ96aBAWAva0/V5xSLYr/SOEZZklTlRB3T9fBKERcNDnJtGvNmQagGh8xpJ48Hwp2rxEFsc+FaYxC/aWKJ/5gy3mEl0H8BpOwiqlsUn6O6Ea3oELk10BT/MKuVjg+ZTmTnuYi1XbsBJOhpA+myc9d+Cr8aBxLavySEriEjjFUqJzmoc1lk7yWoM5zgT3q+jlONXJJFR4r+N6NZ4ynGvK2IspMt3kXHQe4rEQZXEpmaIptbo0E4ucFPzKkM3Iihjh/pTiD2ud18o4iGLqNS6crMkunwz4DqYUZgDxGm6GQDAesJjqFmeyOtdDaIpgUi3er9Mum9QHgzE1GVmqZLUsLi4nVZku1aIqYAGW/QBWCJfQrQysWlFbOYfKqJpXc2rV7eVDhUdJiK9hQyNeGAgfBIQPC4TXAaF4/Wj3Ta5VA6IeJcnbFO8Dggv2NRJ6CcUcFwduPwWG5wPhImC4ABh2ngHHmTt5Vi//NIVGzKtL8dokD2bfniJZU4HiuO1WKnax17sblazahWLGTGAzPEybW5wJKxHFuj5kwC/UWsHaNCiEVkUbDIy/rO6LiNNGYikLv7/FY+N5XaJ5ynUq156S3VB78c5pZozsyAOFcULhn/bg0cnu94QNdEfcqDKbNR5itW47hSM36kgD5FJ3julIrc2M0jZbKcvNg2TlTmbkeygaSrksgxLKPnUszlKMfv/Glz73w2WZ1gaSEn/3A1xREICYPOj/Obm/zz51Mf6r4fD++4J2FfRmtIlBh3a2gI1aF9KkQGasG5KpIQfn8YNHlOrBraJqomVdgofeFupETsAz/atZGzS56nwtkKcKZ2lldzvLw6/HMVqRlptBIiYrNCN+KZbIrz91ZH+d4Q58hn1EQPCtnZoyEkzskkQWDmkPRktm1T0R5/qB0xqaXSF/B71NLqe6h7meyGoBbeWK+2h8iRg2YBZS4QcJtpAePz5XJXr4MrosUZaLosQXOQkS+iJx8eBkxYkBGhlbGTv8HGyLpTAjIOiQNCa3KB0HTw58JhMg5JlLa8kHrVwKhTcVeUn6s4lQXy6SY8KI2Qgkkl28AhXDjICideCiDMzOGWprhvZN1cIs7HNSpWZVLa9sb6b1re7UIXfQam1CEWaLHuv5tp3hU5DAlSzGnvz9ffj6KkTQ4ktaOQntC5/7jVhgFw4smt03bm5F8bJnSFte31RpOyQdRsXVXO27z0NyS6/dChMxSC/2ijbQQd1kJx3Jn8AK1dn/Mps5oYpegXLAVPqR4Q1w7a/TT4UndQrav5v1V9cAi22oooU+h85NjpriPYRk7c+vgOvNV96gxmeD+dYKDLb+Bo2tT+XRP9OCI5N/Rg8IebexpOPp/wRKliVnujjRi4Or15fDaA9LHCdsheDESs6ympusSgjWUtg0jHc8yow5qY11wadqj7DJRs2ASdEF/R2X9lgfnJeBIFwmUA/BXgpOgVtzAjajrWJDPkYwDW0tJ0Pi5kBlERGF6JVOWZ0vIxR8qS8qkrIVF5veBfxcdgJePQUyHAOgHovRDGdwxBZ24YWxNNBfN2t8vtE15C0OP8xxREc41ttbd/vMutP2kN29RRA+ChOEb2dp+O4MAUDDtyIahtZwkgQfOcH8iNaICXZgwX7EAS0cnFUiQzLSQB8MPQU+UfJC30XpbWEt5Uj/Nqtf5ZoyxZ6mvmRN54ucU4lSLc1ewtK1vl3yvOQZUIRVVALe08IswQy4CkAFtT5CvllUcFyVdE9fdkmH+Qp0uNbvfHdRm/pT1yU5paaRsVDGPPpyhtX0MqrrxbfyerOKvarrX7Hl1Wh5RomxdK94WRL7hFWRWEA7Ymm5EyBVo4CK9zOGDs1eKDPOpeIdE4Yh+S+vgo2W+chrXSMZx2Fq8r+G3aRdXrUaxuEqcZlB7nepbrT0RdqQ1Dg6K5Tipmo9l681sLUtMNOYVbxA19Ezd+XrVhxmzuSzL/jkg7KqHKzqdXgu3/HLFjZgplFcWmKTWalk+bYcnb2ay2ZlcVkaeCJk1+MkAE1RKmGTVXVNkWZqK+aoU0FNaqsyUPDyRHADJI0bTesmMzMu5thx8ajn8r1SYLX6aeXT5EZinKqyZsuv5JWXfZxmajKfvc5BlM3KoPRV5gxJdlgBHu92mWCADA3dIFPVm75YVnvKIP4UEJx4ISA8FwivA9L1Njapmgp2064jJT1SfqU/dgR1Rp3syFaHoPETbR10kAcitGA1Ltr4MdqqUZyzWuXiXOwtORT/KVUMx9qB94NNY6IfB0ttMd8uAoULQHV9eKX/hhn0GwffEgz9FpPN2uDqSl/6SX7z+e1fRRBz7QdrwRTgssc/ugz2L47gSRHMjfKJzIjMJ0m6VKbaUq5qAUqpfQ9s1I8KLQ0RrfVv4ixQJUncU0ofooH7eobG2Wv3TkxITCj5EPU9uB3iIg7Im91hKjB8z6c6IRDvEqZWcmbqbiSN0f0q6tUG100aMX0O1OodXjsnu7Llq2n0pI75Ruy4nOTlkJ9hum5V0UdIkPWe/iTeMzRYmlMTQJZ+tUw/2syqmy5Apt7pfPI1afbCKE1K6RXWbqiSDl9WtSCvZEne7tgLoDgck10NFWDbvDVbXawp7ewsKOfkmR1qI2/R7FgKX68aeT81WXbECLsw4XB2G3+YA7AO5c1q/P8iYgHqojuuOfQFEbAMx6YEZoz365C0Sb1dP9iBpU+YhB2LS56O83Ssx1t2hM9HntzcrCvsp59rvf7CANfIT9x8ahsFrcICL1XX9MNVOa6dMherZuwVeg/BQJ1I576sN2rEGnbhBofr9lKfseV2arnPWKpJ+7DCXNitGIy0FIVCis86tCE19fFhkVfo+skLVA39+7qfVrBEVbji6eAJ9i0y9RhdxjEY4X8/eUAczFzmM2DorDm5Ssvc6nu7vjVHrOQ0CbAUbanyiqYM5hbv12lZTWqrwgjwBCiSXgS0Zz88x6qkP2kBlrB5pSiv4pVxV0Sm8AAabArVGDP5nsGcFEKDAwRYSK13s+vynW7OdyzaoBU+d9kSMoCiKBDj2S56XMkV3tRpIUHrwWBs0r7cRCKvcAqHGCDg08pzxGGgdfqnpV8zvdwmqzHn1ZEV1KAi72fd9LuOwFHVap8eLN6Cq9Vt+18d7WL+vIp3m4ev5F+bRn6HNqRaF9zv9KdmQzwZogHfmnsRIu/7X967S/8zXb/Rh2VUf95JW4MH/Uu1rp/6Nbs0+CglZB9zBKCt95HZXn9WSDl60R+VhJw/DhUA+WIS2eGVj9jADjywj0RoWnGnLk2hFi/1Admpv3WZljb6VKRTdtVCsR22rvbOIUK3+ewDEywv6nOXcf/G57QDDit6RZOaGeP9ilGfOUy+QBQx3ml0y/bMkoUxSUoj6rRCMhsDzFwFlp0XnVjNAZY/qqjJT9a4Ovs89/UZr/aRbl7OkIarEgl5ztdHG2CSdd3e3UTV7iIH7TwERzoR8TpEYzMYUTV6CRXEjBhFp7dHGdjVzfL4wCiSjdJgTM03jOtlXBCXyhhHaYMcDLKf4Qtz2iSjACmm5liAV+GC+HQGHC0HOdjjT5PcC/75CqBw9G95dZ2aSbDmbmtqsxz7fPpdVjpA763eDjPuBCiqK51IB0YWO70bGAVbk9rRVZ8L2QNZv76SjV9YGZMYsYNd+GAh7r5ErpWPWK+U6Yv42LppleN9ZSTDKwL5g9m7bylDyiIHwV3j6+6Mr8whc1PvtMoO3415gFtUhgdHPcEtfXMAhPEv0F8zQeicOa4N9BdF4LuJpjRvNdZ23/QdRF+6c8+Cwf5yBGulb5X+memfTL/Z9FvfKDJHOUhszZdXOZVDDdBwBNnukBawdkRyFRjRtHQFKodJXoyiE1EGtuUtFnu9O/Dq7ktJyOURMBZ8SHD2Wf/7i4S7MAnj3BAPWHWdLfgQ4twDh9f25/53e8L50AwOr93sHGx6rxecUI0hEg6z3XgYdDDDH7fR9nb2P2gjnvO00ZY3KNHS3q4TTk3x3SFv/4u+9Eyx2WhrutdXfmT/x6HNSsgQr7skDFgaW3NG+1rlibJk5AY8VZpDLtZkaPC5+rGS/aStNPsrhLtvCPeJZSGxOLdTsu/BREshsC9ZVGVHyF473qrJv+L+bM+S2y7LbXlRr8oqXrKfm3divCQYvZgLVCGV62svr8+d1hm+bcr/qVRk7t/l708LWTDvjlvKS361kX8R+yCrpBlxoexnZ+ShMbyYPegGpv4ESMPsTF6QkT8e9wCwLOKsg9iXyxbdA9zEWEQG5z/SxkMq+DievnD0itzg05dzizZhIE6IjlRhxtwpdiertFmrts2nJCGE9gbwW2cA91b3STczPrhhGCPlRRVnbc6C1wrW/oMgsArAvzAIc+lc9paHP/ppzoDXXb06DuvWv/7/r3NvzAXRARrgUy2jA/WL5CAoheQT+TUU5ts0uAxOv5wOouPQHO/87FHdVhBRde04ht/WxXIpQlf8drb7GjNVTfBtFTmZoLQX4qn7B/a2f8t8T/l5397EogRRf2AQcHo07JKIy2gs3R1JxNZ/V+aLnUH/2jjosKQkjzBJWVXfnsFmShiP72apKRi8fcVeFkzfkQ8PD3afFYETbvaAuXQGDHr0yUYP/nX+cROQ0AsBBaa8XVAaj2zY6F3ni7xsHR2qmLSpFC+v3dBgXs9NweoflTjKwGRGJc5UQmvcp6gAk+3SMsOCCKYZaQMunTZotZsBiTV1hVikliImtaAsFnRxliry0D9qsOxAP18Q9A5tOAYOnmQOlDImeZGZK2/NqlpLGSA4haQW+VX2ahdFR6swNShh+CnoUkD+4GL6uKobfEeIqYw/YJhef50ErzFTBQtQxDpqbWXNZir8gqQTG/pJMvQUCDdxIn4Ixruz+a05mvkI5jW1AZ34ghC5udqXYyUMMDpS0TeulEvGsZwKVnPJPikwsgdPA8SRXzY68NHcrqmjOViSSvMH4OMju6CAVzYseGjOOmZOcHaC/w5wur/bfn1ZxCnpvSt6lgi9rYX7ltFhRS/F42HuZ1TO1FeI6VkiGFtLG9XasMp+8k2ZSjXa8qP4umBzumxB9Rrqgkd3EkdCdTdus+L8Sh1ULQeHNTj68Ep+lKdYYJrTvCG9ZYrQYy3eq7a2/pec7vu+n6eV5g1zSINcERqs5RvV0TUrRb9vUNjA4R67Ocjc1rzPbGBWmvVEr1ddxtb6aM2hnYHTMELgkfcHvuZzfP83wHf8mWSXoMK8cFuuN7/g3+ujOuX3fXws87Yjvjkrvrx3vXU4cJv3QuYCcDkuQj5Pl1SUUFFH8fBcjoAA5Ep0S7/RAA9y7JI0+YJ1bweKVrO+rPT8pjlN5zddlJBRN4vK9h0Omf6By1i9GWFChB2a2rWYmY0sK1jAV6Wdl4QEREsRC+pwWQAJopPM87pyXF5uppzODiWMMFTlzEq4c72S6RwPonVALaqnAZ8/tLyhz9uSv+BVkoxWsBWdPo8fISovQHyes6gYY5eFM5dY9BXzU5h4/fERsjFjVvUAp1qdKdKRqvdFRgyd3njYAyv40dpnjkrMP9pmwS1UeQpX97v5iEomhAGxjJbVEIs2gBITjUAdhthxB9i17e6ofjX1v4sSsDdf7Jg7pHHYIjROLd6orr7t2J+ddQPOsQjZ3F37g6i21D5qNtWKGQITKTHquUV28nXFjJnBCMFImlK7VPdnR92rJ9u5cvsipjz32+X9o7eRI4W899U1yIwzm/Nx6gHJizWFaWY63QcZ4GWsNB7fzVJOMk7q7XoYM+I4Prx9iBafgJu4MsJVmmcqhcy0ARWgNB3OMhODHkoZ9CGaAR7v4sCP9b5/LiTs+95OSB4Hoy1SbSt3tZu7lYMOVhyJfp/t9aY7ka2UrjFzzHCIQXtK7n/4p+GCuDvixFj+HrB+aWJYM6ehs4zH+XU01n/wPjGeI1EEBtmt2bdz3RWXRPLWCzSEmcvAFXRbxiOGkkirMLQCkyLpNR7UlxOP/DF+/YMGaJAxRvCG14b/HImVOPRCDr3BcaUJGM2FRnaQ741vwsUKLFgtFq7fQya6R/A1d+9fbv0Ghcv4EFtgQzrs7Msuz4xtxFuBFxU0x85a1sqfm4FOeAtMWvTph3j5znJkCWrqQDZXdz7I0daxz2HgUJohMJHk1nOL6MnaFjgNIwUjmn9bxytwOm7L5XguFYlNXEzF9WIn9FESJuAmrm5c5tTRv3YSv5MM8HeRo9C5zU7az7GOUoM38cDOW+XVkcCrO1xLEV9egjPhiJV+fHMS6XzSOgRJnO5mKCcTd0OA3kVrKovuYzVmwgGCPwXhK0Y0oz+PnEsh4OhTFo3rX2557EwkJRFXmz7wVvnSDidtQQZYi+z8crDom4y1zqNZoNKk+/RvtHG1u60rCxlHXW0pV7Waq5WMwYnUWX6RTteZyTNkMSjRfFQPDvOHGch73VYVrOJqEC5AlNQIWAkFc0hxkdwAjY98yZFwiUunpSJWqqiRfNCcX381cnIdJb2tCsh5K4gaykwxUNwozNdBaD6/Xc5AfLLzShRsdzOIHuamhAAHMMFvu0PB16RFs8MiCGTuBXWUuJSyGIYd3dr1MfMy8pntsyYd7naWMtjLH83ayzPTGem6dpHkv63HD5eQb6TN1a7yVrd5WwVsaOLYD3fYBew7RcAsMCMgBiSaBVZJue1BPPNvzYKGwddaud1rrh6Cr53WEYMqtJrNFIR5KyAamlnIILTwbibhu5YwrGgFsM3XIoJAg5zaTm1PBctFtibCCkLiql4ITRZgL7MV7mYFS2w/VowSQU2FZHUdm4I4uNvBg8S24j7RQBTIPDuvf38XVqTXRmA3tBCE9F/YeQJ6JNIR2Uz0f9XW9ds3A5N7nIKfJimV6G9aJJB3vQ6AgGnO6yJiyIsrE4156XQLJIAWH0E8tpufkEzc2vUtYmxxPHjbEC0OASdpRIMrMc+WdllpCzLAGhZnJ28dz2Qsuo9mgVuzVEmOhtwwc3KMgQ+YWQ9uP4cv6TtkVE/ThX7CGPzX7YorHx95/Q94zffLDRy3X0UGlpHSURvlVNOcVoll8WHWn8jR1rnCoavMEjMSYvCdkvv+20CbmXuiTSWOIrYPcZQukZRAUEMylHRNBYi8TdRXqgjpCwr1Y32HIFLx1xL2ZGU4bm9TGtnMtVQNNEsbpBfNcQlzpVXWsvjQPUKa/9EIxA1YkAo7aL+rNVOMtLO1F87G2s5MBG/RUlDdyzLLnp2NG5mANRmZeJ1yeh+EO+tPbh0wvEt3z9XPSJK1ck8DHEeuDnZQoG1gX8AgoDT+oEV6d8RetyJ6mrYGTsNIQYzmc4HvXDL+/XF3LRducd0FFyxK9AFu6iowpaaB/rUjDIOrxNRrhPZ1uypzfUaHgNd8uAqH7TMjH3fXef0F7E933spLgd5koOeZDWaFVQp4h+lBuyGzgFFodugSipKxs5e38rrSXrZZ8YAi/jz63lFbwuHe992w381oO19rZVfd7FYlb8giWZ9TEasrZqUZJTGA0fyyfhoyVHC3yjiLN90URUnigE71lv01V5zg2+Dt2M5aVE4Wr1fhm/kGXYPNqgyqgp5PWwYoQAGINVeLB29tF5WS/PDOE0ELbFCvrOGvaEcWZr/+CuodwvzaDm1uGhYwNSEKi/qH+XM8P1QOI8IkFPdoC10b5VQDiNqMwxRJYuhIYHusbYDTMGJwolkw2Ry5/bXI5p+rEQQauKnbnRTNiZMEKdUkVpdcGRi5zXWIZ75N1lHAA5xSygEFNM2zxgZh4NZYQCbSW+C9G7MGg4bAcxJlAAMWNYFy0Uk7X5FOfq8bOuHSARLCwKxs2D6sWaYQt95JmvyzrpEoShIN/0+KBhSMzjwyh7TIFaHFWr5VpS7+kdmOP65lofMwScjmao0HJdsm9yVnJ1s1D4GJs+Ien3JLaIuHxTVrntEsBSOaR8n/PQBg19vYClFxLdGGPUpiAKyEAnhIPJng3FRd9SGP0gKbXTJmJ02nSfbncdO8/nMuTGwlumiUqnfC32xwmA6XH05Gr+kWETgrldjEVJlr4RrarGV2y1eST0osO00hG2lNUgapZYwIPtjNTEwQrqrRexUxBXfcbg/RknTgVMehMMV7N22WNEobpJeywrAzFBjkFe5PKhe4zetuKdmGZvObpRzS1p8cDPqWm6INvKTDs0/KeWv5pJGPbpM6xWnuHwsA088uh3bwS6btHcfLKhKbklDzc/59GlkMHdWCAokWdoaJtWLvQ1P7ogygBBAVzqA0Bpn87Y8FEPXe5NAOfmX3CT+mipJEFyjdXvw3iGYL2X9/MD3Cnnt3Fi9lFdXW1i/FT2t/dYzG2WENQWTgiYAK1tLIqI7axCyZlxvuKtVb8n3cehc4bsA8j2QOGZArwoC1+NCSPCzyZbzX030/9xOq0xJ+0fagUtvSvtIqpU2tkjFM8b6Or9wM398SUtc6rU+zWYV6njtBaNE8Km1w0z+WWsydQOEsf4AIlyfORhha7FxknoSeU6JzQzjWxvz+fu5ux2rA9P6aaLpzF3OOeHEtusr82NBSIkFoV9uJPSFnaXfLJiWT8irlJEtT0IjKR/58LVThFhpQqHjCO95wKotWoAEDFaQ0DpV7ZsiR9mUgpKzEwxI6SoPzNF7X0KhCd6CGtPZ188+1wxxkO7QTr4MuaJ3lUMAG/liQuZG/xAPHMZgZKq7p7Lb+oZd45RZzqOFtDKv/Wdiu/v/FdvUqwp0RI4yBzmu1/XDyvYokthGY/5LqPhQ+OvYe+lXW5dALrQhbv07+8bShRP+AcV9RyC8dcSp2bDUP2R65BH4PdPzyh+Vy3bH2fbCRDWmsUIQGP4SbTw2bdwobJ5KVf8Cvw6UYhcIINPNVsz4JAuycmSMzX0lmnGabzLUwO3BBFFriGCiYVUc+YvMtYlGW7AwOEeu2maxaEi0JuqgwVIRfMrtDkdw6mAD6auAtvI34j9SdFAqH1CgVocYP8Vq11MvxUMDLhx7HFeWwl2Bqu1BcMRfuOIYSMrM91M+2VEWowB86CsUW/pGT+RWe4MOi9l4or578mG73icr432MoUx7mLpWtxZ4sd8ryaDAZqJyp6xMoYuae3PhA0LJCrc9SfqeIzus2L/WURetKz8S3/X49l6jcjEvxWjbXXqNluW3ZHcM/93vZn4SRQ5W+cbb1a+AILnE2hhZrHZEdvyFF5RraUIaHNO/3mvsxsecDaVuFtqyQ71QC3e/vgn3lw7dMYImT0VK083jupnq0Y/jZRPJjF/Qq3n4D4ONLps7N/gBUuCmBfrahNcv01A2pyn4pGZNmL/EITPQxUY0PoAOHKojJeu5+vbpFIwB0sy8Kvjr66uDPy0H5GF87XcTXOb/MenQO6u4UH0rG1pH0nOWvleD0Qjg9D05PrGGxQyUPDdrK7syBAbumyfele3mPEk5b34pc0BXFVUiJIhRUipMRd+XRlRFaa3QtZHQk9fwVxkqVrK9tF95i1WXfqyprW7mrDeglDXDDVLQcv6uV1Yu2hqhNwGkYMTdi/Uv2w9OPTV9fyhT11GadTlMVp1QkH+/Vmx3rpvrotHTTBwTxPDyt3Wz6efBqHqWDQFn2faGf9wKLMRBF2TP1apqzZgMO3UsIdGRQ3EUBGon0ud8a9bOkr+73qrsYKL0+21XUllernHuZ78zsTDArYEDcM9p/2ICCEunaiQJ6ZCXLcvIbzer5GxEo4P9cv8nvl4in6ea24YlqNVALaG30h3t1sp5lTc6K0WM6j58NAK3MQz7MlVD7/zIroIN2tFET6KrHfh3ieojl26lhLEr618hgYFAszIvvY5SR8jNayJTuOr6LN/Mh+FMjitE+hhFApR7yYfrX/r+MbwftaH4FNrCPgkuN97MUCtIdTAApBXPidigh06F+tA4YYNjHE3piCeXIW4IlKSLMNh+md1FAprHq0RrgKEzHumw/2nmZGRPT8sLMiZWWyi/Q5ygo6ns0Ew8D4KZucat1jPvWn9u1tO1SNiXPZata7eZuZUfmxkSAFpSpSTMZEVbmc1StdKn63u6it1TpT1judSEk8V0b5VTTnHUSOA4r7jdMH/tvOLNl7OTcSt5e42NJEN4t0uFX9Wg4BCgur563AC8GpTyfoGmey6DweDX/w3ECh3Ncxo44u52BD1I7tTSW5i50ipXlsDzOi73IGYsJfY6N5ERJmb+4qWwZ9budIluRlseVf9qWwEE7d5gE5uZBaQmWbo54dDnWvzzL3HnEToBysuSRlcrmwxx7UUBmvLXq+RF5HvuWdWLZ0L8VWtkRpdRaKrPKZrZij4YoAA0UEkMETWRH0NmCIuJO3lENvIgkrPwBiwa53kEEcG0MQrYgkDU7H1L/6lMGOHvtZsd2eVwID+kbceJBYjQJ1lrZVQOsNMuT0nxe24fzNaillaOBQ94DL+gzrC9AP0rzVnFdJ/cYzKzoJHPoVU+MV99G1kadW64uTWrgAW5RPyzQnG7lOJZNlphulH/Enzyz4vEc8eX97uf7Ps0EmFHuKvBeVqIdGubqCQrILLCsejFIky3Oid8yi66xn/zv+z+IcQTPzCqeb6lpnFESYRS8FGFtV3Ru5IjiGXn2x/5Y20lXupglmVatwCQeoDedK+1zfQi0mheq0HM6SXpSSYslnQmsN1NV8rG3I08S2d9doJhWKqaLF9N3tfS+L3OTgCeQH216+OXp2ThoAKPUZH7MhTctKLMQJ80UQ5bElcOeRLHLxR9eptewbd6aBSw8zGdP+J4SIQSGVc+PkzINQlisW0x5PgV6YgAd4NSGzJDb0pIyLW0nWgscwAyxofwv6dv2wrW+cYSmpYdpQ4QCtNISeTG9T4nJ9ISRaD1wQ5/W/4wjTfL5jrQ9xWxlMT5Wxff7Z/IjvVhLZVaZQAT13XAXzbJm6/zMZ+1o+9EqEea5jLWcQ23d3TEM2/lnBOPuCA4WacZfyobcUFjmE7yeEH9QAzEaUe+MWOVP21qewLJ/XOTvpfPL+rmkLl8OfzCWAFEGAWfOPrYns4NPnpyyN4pH+jCS5HOHpqW5S9+qm91OHufFr10xqXpsJEMqyv5LxWXVe3uL3arqlnXPRWVPInp5heBw0beudrQaMvIMl+WpRPPvx7o7ar+K3cl1FZkyY0eTZEa/ONyK2AIY2BSD4AiD65PqPyqR5tB71My91q9xLz7QUMLNAve45c2emR5tecvjSUgV754JE89sz6VoEaEHRB4e2mbEhYBjp34ohlyJPPNmMsHMnv2qfnhBA5g9Pxyg/GBG2/Jw0/YyZAkdO0BeXpF21dI+LPtB/StcpvPlHompHyVMTwKga762AcyMu9MbpQTviBjbyI44tev0l2aHy7Lve7+nAi0vzKZYiWR+TO/TgjI30ky0G5AA2oAPTD9fSqKwvwcRQCVhZiE9Ssn1aCNqDxRcP/xy+HmPw1Qai/PbfdJsqVV4lBm/deUEW9cKttKsrQPrfdKkHSxtX3FbrXK78utSpR0kt5WflUEEWFthq+tOv6hHbTdoKV9jLehSrBfRI3jvUrRnc9/zAQxolG0qdz+VNvLaNUqVI+f2PBlYBz/+V0GXEONg3Fkh4ujMW2DUxf2f/mUpm3PIVE2Lj2bWta3c1Qa08roDJYFTpzHafFrbAbdhhbzJJYc+6dH1czJ/0fPfz4yuyXn8CpNBBx7g7rXrNF5XhpCmu2qkiUrPq84dQywEkjsPGxuMOME4JipDfqSn3fmcjUfHIa5d+ft0XtxRCdmzQ8lG2L9DfYjv5WnZuZzOaaEJoUdMS9NjO2gBq8ZxbuwNrrGYUDP+wCYTXtk8z/PnNpPzadAIgA5wGhW0z4EWzQGJqPMRoJKExqPLyxdHeomP6tbpxhGdYlqBxCItXscPEK3SdI7cCy0p09B2ojVAQ9xVUMQQd9xhxVH2MJg4SjQiMAKoVP5cuaj4pWWQ8duKhg6wIPXD24+5FKNPI6EgjQLr6fWAaJWNGXEdjxIyzkb9fFlynwyhj9yt/X70orjbHt7fIe9A/DCcQpR9z10wCs8M7w/PDqslfyi5KPK1ZJDl24yGNjCQfEfWfr4ysS3LFfXv9O7bMTyAUhvMiA8Gygi53rWQI/1uv4/Gb533IdILotIx0gdI/R+6EbGZ9N+K+iHwETmtbeWudkLDp2nt+/MtB2HxhIqxtgPXlmAH3LqVcyS966TkJJBT3Q77iOt006jATOl/s9Hs6fsPx/12puaROIqwTpJPeP645ngcBHmyBn/YD5YwXrUoR692gNKcdRdgeDBuGH0iA+LOVgcTESc+R3lnKIY8WYWfdBGmMrmlopBIj0jsAbtZVq7v9Mv0D/ij9UCCaOc+YWRSXUl/7YcCsHsgm7sgHmhEBhSrnh8JcBcZevbPg6i8kQp3lR12zVdzCQfqHpgeXkl0aWsyMNN2ouENNMhHC3MWxtMEipFToUnCILEHdZS1YN9bkOmPdKP1wOKeFTL3O0Tq+Bqa76NvCsQ/YVoOl41dK1vRTowSPFpbVbOy5W6D8TSEtsh49vIjKO7fPtufnHBGcofbLOh7i/NHvUYfNJiiYmAnIvq9zldIJvHUsvfweof4aQ3hwYli3HG+aoCVMmQSVraPQuPzoB1t7AVGNVWXavCOtlWoQdNwy3ChN+24Wi+A91otw66YTeZcVZ8MtkHeJtOkEXO1C7saE1b6IVy19UvN9cahvqewXX1x2D4xbJ8M1iBvsd5fSHUHRqq9hAmFpximtZ36GXPtMC+xV+VT1cs7VQUuyr368e4uLFAnSEXth2OqlyfDw9xST4V0kElMWGXTlebyCx+hxMu3iAJZXsV+eWJ6KTtcYqCwsDpgYMrs2QZBcejLLjPDA9LCpstql8iK6X9KTMfzhBGrxKxwPkxozp4s4+DZvVitvH+m9+94r1hxu9g6coqc9/bHbtmsGr4s/nCPv6oEE+As19cumMJ1XoDQuYN+s20cUjOKsOgLws6iB2AYtVoXY63WE2axnToFU3LvFInZhnb6RXJ/BX5h9fnRvhf8LA/egfoz9wJpKSaFaECdkURjuNmesHiCXHnZ9iVCIyE70GqxXsT24RIGw+jQBGMwzI4Mv6Qyy5EDZOHDDRK8QFaPJHiQBC4QVEie1YMNl8wum8Wuh/lfHVxQUBC0vB7d2nz0UtZMpi/OA+t45ywqy21PAilXBT76A0fQG3mQtLaAL0Yndf+75OjVwIjJ9d42tpUULxm/fKlB/gDIQo/krP9YcnlcS5CQHFERpgCMXuy1q2KjVJcfGnOYXXxfZ+nW6LZbH/YQai/xhk8xrCjiUjl2YoOTur/z9aL8S62tIbIrBpaPbDDPL3URW1tHmpDUqxj24/pnDryS/+Zgs1w5+SeDDJxt7pUdsVa7cKu5/s9L8Xj2VUYtmTm+zLGmb2dajVipXbjU+EhBkEW3umiqxTYi+4be5MfXGEo9NIUM7nDbSp7yRS7fJqtuoulrHucOPPzf8Ad3ZOzmFCqdHvItIGPuEbmKm4rrkgFDfMsttEncDKdfDrl2B+EFuKY00SRNTlnx8Gl4yw03iU2TBQ1jyMKPGdF4zEbdYcwxrPEATE32Y1h5iWEzJuE44DrUYyAzG4kHL84k671PNLg4KAzgijzxWX9l2Ld9m1w94GeaDEDMsUQv/p6BrjeyGuOTjR85iatrG0RU4liNSQ8WvM6CgIHNbmQm5qoHO3aTRKP91oJZq3qm7ZgE5WrReTIRGoxIJd+H1DJ6/ahT9h8OshlLKq5iS2JHAZhqQ4x5IZrCfACAjqtG7faiNeFAp+NN9a5aUaVq61QLJdtJiyrXmWZraYX6c48i8hAk1UaDdaOCTsAGyyXd0U4brIzYqV341Iiugp84s1MdPQPSYTC5Weqakjq8dqISx+hjl5mGagOYt+btUrdP0NaS+ngdH4A8JW86ZYTcM14MeiLjnCCSp2obLpSnf1f8Id8c+18phqulX4O808k34PtSwXxy+Fq2zNUwZ5z6FrseIpD0fXj0EyVsxJCaTc+4OREh/B/yZBokSRexgKvcjIr0PzRYDfv8GbwZSJB8MQU0nHSRpguYqn4FVCpX0G41jWN7VNz7u97PQLutWeSkCAaqUyFgUSFA0Gk1EHB9tKjiYWOj5fbBQIVO7QwdXK2G1LUHu7fCkwJUPLKlTTYqlGb2VkN83np5Xr0+XxVRK0KiQD8a3HLgH00hynBtOpEIVahFIbGbRPLvgGfLnDayATnHh623uFFS54Xb8jESkKhcTx1abBlK/EuEkogaH4sG122CLC+RpiUkKRz0WSxgvcedYi8T+iRMSZnRoXv3MmHitiKAo9u5gXkWe3089b8ZgYH6TXu0IxbsKxGkTeSF9Tdni6xdu2GsvL+4Tc8Lg2ytv2zRVL3n7Mvfb2txGCDEZuw/kvZPWS2nq9/6t2v//NcvczOtqyWII9tE1B0ulHXmWR22U25uMS4GhDm6Z7vQLjqv1uyQj6R5R2mf2RhAGg4FV3y12gha7GAn1dCkK2B3BntB902YeuONVour1yxR6FhTDvH9Iz8v6v+JXSMDCrUwQgldJGg1GFWXH5QzQeht8rdnPuRGIUAG3FHn5la3qH3VA/yn12W1PJauP+/OVCt7pIDjwCiH0yqlWrsHscvhqtjlABCGbqNVyrc2Va5Rf5Dzx6+q8CAlYw1SYIxn7YP6971N30GTnm83YgesqBraBYBX0cvGAOsb1KeqBB+b7FbHflstRMPLsDLAb2bTx38IX1jYzsmFB63whFv8HOBEIwNGnJfbrkEVpJcmPGE5J7aafKM84K3ZEp9oXezGBaAZsaEn4sCt6qfjJ/WLe7+jJ+oXvhC8+KVYO+4ZTC2eloCm0XM69ht4mQNHP/t1BbtJv43t1hB5j9p2JT1XT6zKkzxoMc94+nxPXPOa/plabBbUWesoyan66v5L4LfkkRv31xgq9V2CBAClaD5W6tNP5QOdRmzUx+ab1Q0AaWqPVXM7NQHpIya1A0sdi33jwCPnXU7ku70r0Kj73TCpHi1tNy6YA3f1aGm7+XBdDUfqUdF202I1wFCPirZbfMshipm1r6jHktStotR+06glNUtrEPBmtXnUS6n9Zag7sKG2dSOqR0lwon9BapwCmVZS8URvKnB31T8Yf73CelcLSLnXgzQ5BYnVvJ5EUIoOKxoBzHJeQtEQ5h0Ayvl8pHsyGG5XddpbCtar8xq2gBQBZWzFpEwOVIVGGTxWCxZWJGvYiZG9WTkBkmUEq5+/61Jsi9uccdkryr0dwBTvXoqGMJ0YAFTcNuo2m4AOPrhkX+IIcMYZjMQrwCZa+YeenWMoRZz+JCt8fTYjiZpBlA6EDNpg301V8p2ME2GfaRsmjv6A4YlvHE6pbcmEDdjTCVKVplD5m18D14mI1J0aL60Ba2dboRlv2R+rcSsNtWfFDIUhWyZTmQrf8xRVRNqh28rI7tzkp2itDdoLaXVj/8Yk++CPlrTUI6VlSWS0FoAZDBkKXLKbXSUWC4j8dJ7oegYFo3Tfirfk+7md6cLhUw1GaoZ1Tp3d39c9LlL7kB4uTA8AUTqr4kGlcsvqPBmKAG+t+/QWY7WzrraVLxmPmcr+5Pmu8Moq5COslc+sHHGsGtGACSzKE3UozXyJKZdE2ceCuR3NnvgX6jKb/+4/NoRTfg/+iFntvlb7EaXyRc3elUrucICr86QdQHZeiJewXdiboMU5po/oEYItL9JLtsUUJ8MOfYsFn4bZeUufsDmshsUdJ8qrPIjlpWxnPg1veaRN6/j3Jervyn8tbLAfehv0TI32+ffXSzzbcZeRTC068xUTn9W4BGCmbH6aOg1vmQkgU9O6f9YPX1hJzv3fbfm/n7cCHAEg95ietZktGgxhe3sA0fHmcDZXXqZ8gGql/EW3MD+U1MMoiz2C80CArJAWEMCtS5EVFnPZfcBvFH999jF+nmWPQTWLabRW6xODmDNACqQy4rPZr8aPD268x0lhwG3APY/IOmxSAIjm3e633QP7dbfaxoMGQMnG4rzm22baebRvxa/twXT55m0VV6/1WuTbLy13o7qpPat9KftZY6RFs0XaBkroMswiTTpDm4Y1wsrB4Nfp06X9rwUDmfeYMAWOc5pNlndMjOLOTCmUDgWSs0lWdcw7VLbOVS8ZHN5t2NBJ7qys2la9leCwXvtZv/3I+VP8PQ/qEiUznHq+EFRfvho4pVJ5Mylu71QO5d7ccploFrfkEKHAC0sryTOErO2YS9tJU+DccbYd2iuEYdyRgtMZUyTdqdXNmZ7aBrsiYKeZ23PjndlsPh1NQ3kFofJ3T6fYChH6Nhrqe1PTgaF7PHH9FOp907prq0Q/RhNmqmo4wf1Fclw0Xudu+rJd5HiVtw6GPWxwsTBJ6pzJyDld0Za5H2Gqv3VbZnZAEPO5wfcmueAFBD2upLlxNZVvP92LEADIgRa/1SfO7+QTEzybZXVrw/K2vbQmenaZmw4c5aDkQ4yfNI0GzD9fgNntM3H19SkhT/CgXQmejm5lV8/MIzLuiczrobeheO0x44AXY0Uxyi4mKZcxpNxqJMJTMRhmiIT35S3mZJUdmsIq13jo+TRRkR3sERMhVyEi0m+3EjrXhuwrrYHhwBSIEJAacH77MrHkaA62JgYA4bnu4UxAaq8Lo7XOcSoGVn0lV4DIXw9nw3qZtWvAau3quPQO9cLZ3LTxoFudokO/5xIo/YrlVBifYzUoVqnoy0c8j4CyyssA7ILirdYsIgjtoE7t0O7ML0h0Snx3WHDkLNPcKRbr3jkhVFUoce2OYhYskweUVW16NIX35/Mn0r/FMvdHKR1vp8v0Y+1iWx4jVyoIlcHbkgvJT3xgaSKW2LOR/s+0ikF+6lWUy3OBzhj08kvbZ5ACURnnJ63kkVhqqSyjE//0K67zUzlf7EUpG5bAvtUQR+EmlpfLOk0F9viFZs1TfeTPQVqHV2IHaleQDf9XVLiI1cIGSnwSYq8rNQlUSjswyAxD8e0vR92BHbW/K0nWPiqxMqQfrsJnCqwpKSdeRpjFfFBgpR6fUCGQmM0rNl1NkeWSksJaTnWWmsR18BRK55riMJvZq3BlT5JgTIzA/gHNernQlkyiSrXqUFqI2GwyNWLdXJI0jQTWZJQcLxFmMYlDgekQgkBiNhUZfytHlqKMr1dTVnm8gm80l0J8XToE4+M0mxqN3taUJUqj4Uk6OUgneRptHJc2NKQOPWg8dg/zBG/BC4vPgkE1y9DiV9gkpqOnQDrujc92D72EHQYiS5XG1aravg5ejW0ykzR8TTqkYqM0m66NCoWSJG6joc/zIX+CeYEyjUkUEk6HDhQWw2nZkmA9YZK2BDauPFtMs5YaxHXzFErnnuAwmZIt607Z9MyLa+9BE9yMS1bKxkS7XOLnYqHFxSjas0mdpi9eKaAfuFJXJk5x9l1W5QZhyaaSpEnkUAWGLM/6OiJx3cGUsv99AvrprVLPKYo9A2BKDOCTd+TTkUBVDQdX4CFf43zgc1kAp/hOtQC4qVpz5KDzCAHppxYl9dnD170MJvJKo/Rkd1lKUojm9bAT3M3awV6TM5G77pUFVloFy6KymGAr73z5hM/+ThOkru4H1k2MuumlFiSgLkizsPvSEuVWCA0yv08682yYxaaXWa3lJbdAX0utvvu0WzcgRuDb9DeCS7W8lEWgdHxvnTVbXgUUjb4HOnbHgbL4zsf7hUW4F2mvkOHr3tjdU3Tgi6ADGNcL8+ZPiBbgG3O3r3bFENrOee1VOgzYOg+ZdTKaXVMEdqvj64qEmOr0ORvZ9Mbplquxbwd9vpEr/J93a6f9aBs2v7+K8H3Fb3pWAMy+P9bi7SzCFvssE3Zhwyetu0ExFdmmvxG0CPnW1oGWKMDgHb4lcKYhv2x1AK778VVZHeyrIixZXK6YCt4u9npwAA==","W2r0MwqBjQNhbNreYNvwcztmXHnfPpkZDDYOPMzjnsGoxYHd7OMTHArKBGyjPJcVvo6vuqglJuYFQuyZVX32zYgN9gxwJzFeOuf56je/vn5JP9EZh9iKn8muc0Zg8qorpIca4ZZKsdCSI31tC6gnjuhWpDmXz+M2F8pD9WLMMnf8FL6+vbRXfhXq7VTXrZ7pgwQJP7uvCCH6fWamEemBS/UUKUoVndnZpTlHf3q5kuDQU/NbhNmjcS7SYyTbprqLC9wCPHobyVgbxoqUxtUAzWBWdo8WlAlSxfJD1de1kiltXE3i4cuFtKZsw6eoQ2rZVuBwwP1CufLbaW3sy7BBttO0xVMup+XwhkLBl5WdZhuFkZsbGQVyr7TSpt2lNMLoSv4mOUUnf6ov+2XpruyhdPycCYd5oFRBKNGXvVk+xmbSOUi+2o0AW4ovsATxdhlTe3RP7fYlJJAAEsTTs2VNMlS8VT2fLSASF8swojWF528yljsLBw5PjDZ3PNAlcL8Qg6k65HW48qGGu2bU4mMMDWFa6dKd8THzhnuL3qVirE8y/3hu0/x23NCdL5O/rnTMs3peJ4vH7jt0mTxni/trsCVO0DjosfGGs4kEBrWV7INvZ6t1xauPNgLfdbz4esEjEwGa6Wj9d7Pf/bTnZ8ZsYXFD8l2M8ZfaysU3SibI+iWLx96/9kb4+KIQ/OozfvE+Sprfb9rAmaB3Kfie1FmEv+nutpk/NZdsChtXmfI6XTSPSZbdIHkfBDBfk73q75+ncjCgiGGej78hyVx0d+d3mZche7ZK/vzQwU1XIxUm81wRUPNh+tqJQ1jJXp0CumcbIY2k6hUOriAgCuxNLIu8mLhmYk3MyERUkxjMeVco/SgndXIq4LlCiptboYXfLp42HMoguWpqZ4UWuy9Rhz4bqilSmt4EQB/SOKPJUxBEbXUR9qbOCc4ry3aXemTz1/V3IGQdYqqTlFmYfIHfQTDLc0WIavowNF8jIZPF4RkVs1PzenTxepEqGkq0jzlIQSZXX5wac68Fxl+bX8eO3CQwK6t2LCOSiMOYwolBi4gpgiqXwKqZSsZPJViXGR20EIwVVXRv3ZcNkeMLwAcVuvh4cl2q2QoWyS+L57MGkEFmVzG9TV8l6HC5DBgR9gJBLr5WK6uUmHaxullrQZv0hkwDk/RxbTtiE5vetq/KOibI/j943rl9FOj5YRV5M2A+95PCxIfDw5hfFvnRpYaPir9Fkks+q1XJolq1U4VGgpdD7F/O43ae5yL6krRs3UTLA9QHl7V2nGVvo605eZgh+GMVgM3Vljsv/WzkrFq0rbmcrCx9L0BuntVBX8ZwAKraqufKDXfBbo4CwTkMaJNhl8mDWQ8FLnluuwk2ECcf4YUMfK223nltPnyNFVgaeyh/uY+j9wk5x3Vcw88FUGAvhqwS3VNzl2BvS90OYx9kfuX+H9mcwzXi9mxdA/UVRvD27vyWwyoyKf+OyAcfUhMwHzmSyz5TKG6WlxTjLwus8CKwkcNbRBux2MqUgiyxgpTzGa1ZH/6reLdiW57wz23OQeYFUw3g9aJupkIFkSS+ptoiKGHglxL4zfXNgCq+38Bl4YspAoyMNkmJIbJB0fkdViUNLqzmwaHEHFyoXMMR9rQODm2DCZV11/RN6lRPt74CejEqYEqrzOFjHeUj/Y1jU1hPa41P5I6xrU/XRuLELw4BWKOSRNK6MVXBRl+2JsFkLQHIhLTaujLF2TRRfsDn1/WOYu8htV4pk4gaBn8qysfYHspHUOa3S+/uUlJn6rc4CL/QWv5t/t0ooLgL97nPICxsELhjbJo2R4c8wzL3uYXHzRI/grx6bPG0cCEyTzObukDvRdomXQM90c07pODJ/eYFSDMd4Jc+AEpzyYOhwQ2PxlzmzdjWVtxgU7yTzTUv3/6wSRFzCxX5qr+492VTOIMmV9pWrapQIfMQeA/GsgewgKfENJsjCV6ijZN/kY5te2nZWwux0S2ykJ2rhcywpuIEVw3IqqTtf3NIObHlhkNwIdd4/5yyuubPmjuXpU6HLjIw4Gqo4weZBLMhV3fO/SbbN5HarPyjtoXQZWx+5Dy4/f3h33n5tQ6WT1+nudh/Fn9xqYEZ4uBa3EvcdwZZ49Lm2neZjmZmCz8TnvP3gBJU88uQOb7EP4TG32X4yg555wK55CKbw77E5r0vMpZfXZ9g/MFXSDJDEIpl+XWGUc5fO4wKVisSNjxddI7W5VVsU90jrFxHCxCmmN2VAybffZiayh5MMJyXN32Xdb+zpmtjZ2OivTvVgcaLrQvsztzZlexXzkgxHd91DrdzwfIFYPfk4tDXSbExFLRn1QpSBb5I1hDL/q11VFG91SoZqZAyZ4g6NdH+hG/i4b6AbxI08pK/RHu8ShdjNHrJyzaKWF0dAecZdQztkpTs57gVzUOYoNS8FIMkl6BaW9YSOL6bdx6757vQtG5ziM3qpTqMXHWX243Vr4GO2ujKenq/zIHSZFJoSydqCVGWWk2ByCZGqTPIU35EMLNxy2d7jyWWVaxqO/+0V7+ffY5CdRyssEC2EXOstqMjDvkOSieke+dc/MX2hrt41hj7kDCq/uH8Vp4AaXPfmiMIKt5NFQcVl+sKJV5wrl+zwT3THgsPyxSIQn+1Q2iW88g2b6sJaAnjQAinApohGMKgf74Dz2tpXWN1fNrYhhk6xtM85vMgBHnI6998Kk1ZZKySnCf4GcLHSlFEtravZqQLjhfbxnYaY55LiX6cFCnzRwoVxo/RszEdZIM0KrCOO0as68p5G/5gDDUJfgKEYS93X3BRksUcHY4/piufnEFN0jZlrTo7tuUu8qvXPE8vreVmvMBfSvZBbtLlKSTUEUIw5GM76E1dAx76WhF/qAPtq13rj5MPWDxnx52l81UVLvALVuJnxs+ptDv0tn5GMn59Axmw1duAdoFuF+36DJazvTDB13whJ1dKlzJ21s/R8jyFHvCshvISM5aIdLhLKeRjMTjArJSFPT1cGaOr4WJIV7nNAcYqTH7SwJHqBCadfAGMbRpTV/sc1kHt10E5Qb2biN/91f+dz3sp/rKKv1sRI5Dj3HENf5uq+OfsbwlmkvUDKwgU3LbV5PG7JBGcUtp87DP8X1yonNXsn22RQwRggY7noMlYt4MPg6+yMA085IaJjcw9hQsYzjlct0KXwlfMr56OO5j4RvKrpyPIiVQ7qP2pchtvoI+8MsCxmtE37s9IWNGwnm8x4cznJ+M6Cgdev0z4P/4gv4INRPovFso7seIYPK/k71/y4XZMqvUWpw0exP4FmD/zX18YSnoUNG85GA8acmQxke3TV41H4w+jjvpHO//h7bNH732zTmiLedzklCi8WD759iS9pAxXtrNlJj4/6cnZW9PJ5FtdSM7LFTvgFjPeZBQnTz99FTl6SWSTHzjQDBMj+YqRqGSrxMVkwFueBIahtNUgGCjDZF3OYKKSucXsgLc8NwylOXCh/Vr51dORiOLfi+n/Lr96Og6IS/sGy9epZ7agc0vsJ9lfbP9fr/PL1CMhgHcbLlyqnp9Vj+Xm998zHsvUm2f4GYan9UKUsftDVDxPoQEGZ3xdwq0RVDh5EjcbE0E2GBq+ON79x61Sleks2JggNi+LKMa1ikPpekL0f1LZoakE1TZDg2Nts+KmYzOwvR+8JPWh/Iola9KZow7+1hZj78sueJp5PTjQGCdDxyVMU8cIKzJhxu1jWHurCsY4UI/zdnfVMktmXtw2pkbzsJV6RmdebYPE5rWeU6u1htGYzJE++A+vgnsNAeanDU5b+XJV36wMh7WnZ9hiMmvEPRJb7lrxYupU8LiXaiu15kxv+vbbBJCS0TdZNibJrTduFZiciBLY9Kp7iKPfIbYSB76JzCvqT1fuki+Jl9fhwkjrA94cta+AtZCsMpSEeR53KxD6IWaHB0xxOPgrdL/Au6Os51fNFewyLM25xMpdX7iT47ncm/xsK68WUP1Iu6pf0DQhbb39+yYJk4u9V0vvPN31tZaUQaffevJqtagWbyUtKDC/9DinfeUjQl9HV6diZG+pRZr8z82wzxNE3op0gUIbfD4jQMUKfR2Kzw1EoSxUOxWOt/1O0vbzqZsFOr/h4b7Gy4nJRp8u25K3E7xUlCnfmCbGpKgO2uCYSU+qZC0yuB+JamguNYK0cPDQp5XjlYvt0+F+H8aP5TsMmICBaTSHpryxqEeTr6YH//DX/mNz92TdUXWsWq0qFISacpwKwpXvbqF6rtVeJiwvGSaY6miKWKGdC3s5fKSHdvVmnDTLzF0ckCSvbJrycVXmVty1fd4NY9tQX7S7qDlKo85XZ641Gn0bP0uVQ/nVR/KVGL1MDdk5nVCSZKtNaY1uanR4dU7xqh4VNTy9HjUXaHYuKqHqymwk0OnZk1nhiGVfbmMl5tI0DJiQL7V7GOMT7DDGn6PmD5PmKsBqJGgzbUsrsjosmISDLnqg125RgbLVGGgpLMrRUJLzb1gfh7/Dq+BY3RZWqsEfzFnwCQgx7NxV6EalKgzMTv0GrWQrlX1hc2IHS5UtHJHnnTTUWteLvGbZdSycOIKGKvtKJMfCDbHJm8BrVgZJpiRBKGhAsq+mbLgva5DI3JsEtNU8hbZKfAcqmUDxuYEoSg+08eA7UMk4is91RFG6czaZrN+ZuLRC1R3pH05O3F9LJbTsOWkoq3fyS24Gm3amRqPDBhPwYDOeKr4CODnR4ehnPOIwl9JRTuabJXUdxvknH5JYY+izGPyfeqdkU27UDbKZ1uOyOEnpokucBXbJFUbQ0BkcWs2RapQi5hyt/AAYb8ZOS7NzNwcZe1jCDzkRPJywYKrcnCUN6eDZdAuYnG0rrlQ4K+odE3q7nxNORk5rOfI33rCh8zWwu+ooz3Sb1e+8O/lQ05d25HUrd9JakK/9CzYbOAzqe0M0nG/3D+eW4vFjOyekWrwrwXbl1+o8HNY80NvxBgsgRyfeDTUPBoBTbVugFdV+OcNriasFb1jaSxYXqqu6eL+Azpx3BqQujNnAeGDKduDeEVeFElxrVzFLXnrELmFL5SHogTuoPu8tvSfVgDWge30p7QVFJtAnUet/42wQnXQ+tf9W5Tf7iSCwZfkN6u2v4QTiLRukNt2u5yvo5tvt3aMxvuqytt0LENKbAMbOA7D2FYB6nnqonQawl+XUK65+qGGMG390QHuNB4/tG8aMBTkMbjKplu81KTPZZmWMWMJEThbuZwmkLcCUQSHuh4rhu0SNYbMwt+XUwbBZGOmChIKhsrA0mxQbdcl2862ChfHzCmM5hVMEahWjY1xSjLol6Jh0Tib0fg2f3s0gY4s8Lm6DCwD6uN7rosgFahwoJ0v8/YU4wFpNcE+QoPIJahaiY7j2QhxgAq3hF/5vZRLUcIGOi/WxQK9BaQGKXMEgvHEySY1iW0w8vP6CiXOqtzatUuGN3NdT17wtNWrf2Vxje2WTqby37kZFXfqvvVQdedTvZn/p38IM896I177T/UxNRYXj6tT6Dku5WOXvZjKxAKT34n16rfFuUQrAGvt03c5tk6fDFhPwYmq2R9fVF3PEvQxuvu1OS1HrtG1U2v332JCs0RKOobc/HcHcmI8wbb6XsJPQLq/1rV8dUb2VI9cb8QqOyaPstecIiy/eF2AhBVP3ytHlEnb7XusNYnxGgywfn76D+9URcFuiYmWOun03XTwf6i8shse+bg9wUZal1UDSrBPO6ND1jeRnN5Eny07VsnqK/nrD/O1mN7QUiu03e7Xu1Vgv8AulQBP/XYvN9jlnZK6M++5W25Aou5N97gqE/3AJeQ8hZiNtzRxHPoV35u8SfSuJFHUzEAr2IF1IMJS74l/KJdsu606PopfXGfVqipzlG3enrCRli7OG9UvYaPmCctbcr3VPR8s9/mV9z7RH7B547Kr77Z26dz9c0WN6+IeMIBM8Wmztg/eiK8RJntuhl/a4rSW06/CbLBhdiixuutFdO2HxFqTS4pbX7ttNO4OulSVmvkEleYPM036FoLWtojqPFZyAojqSleOG11GWq5ESNhWXq4lZ30Rb+Okwy9QWUb9mcsFTjlZX+CdbAQt92gOUzebirn/d589fcsiUqJmm0FZjWJcE0YxrLlnWcG163NjbtuZOb2HSPcGpsGX5Q3Tr3z/7cy/kMnBzkV+s91qNWqg2NwbXwr+SOGGB0yOPb83zl/xBYM11Lbayqne53F/BBfOGi3et4zSkHjSuGiMsSgGMtOErBUgNS5n3M/z9x/V/j9OQLvDjWa8vicKV2CZvuKKiP7A/zRws/PtzcLArGzUl1SCiAXIa6RxmF4bZ9LzNrCk4shFDcXnSajGLQXS4kDLXv2hjWStsA7su3vhtwIN/47GLvqwVdoDD76XLre3HowSb7ftpNvpGTJqneMRmWw0/F4/uzT82yNS6v+IrtdGuuapHbPZTQJCb+q6Afum0XHJA3d5ARStXyii5+EN3BvEtgtu/X/BPUul1PFxC42dp/DyNz9vGxU40bJ2tPwNBoVIKky5IlBRGBbQZmBUM+gyzjW1EBaPymrBoDLWrvZFcpcJmKNwd42l19k7ZlMqrB+GbZYlXpOyZDWKNoddVaStUruyPovnQg79ripaE50UvFe2zGItGS5z7rphMmw6KT0tBYhoGEtYOkMhmf/To1NoPvceN4Q/2KvKMnUbT8j38q648fzV9PgSYFpVwJdg1rLVa4ZAqxN+1kIiVy8OSydTKt9BBFr3zVu9GtRK+hR2bOnfYXjwbCR20Vthp7aQ4aK2wWSgD/trb4Dfm/JW18axlT5OCkl+pDmRmiTYVnTp0oBIU5mL/CPnvlc2Mn5cZv3pmNKvX239JWvYHLNeK64kSVY2MFf+avTt5yFj7F5DF4la4AKB3hb3WRdao/Naoj8SOFn5PvFcSd62WuCcoUfkSWVuo7uJbHFwJu5Ja+H0urEyJGtboWK+PGr1uS9ti2O45yMA7igRvKfHR36hD8tGzNY6oetafnsZ1N/j8rtif1K32cCZEYeixti7wCePK84PWHs31l3CRSZaPCi16XI8zYVs3yjaE33TC6dUM7xalADTDPm1a165G2d3JEVSYWyhJUxkk52HIvWT3hYbi/QJYCy9fpT/ckke1lFQNyauH4GxphCJPPTrvlWJDV0O7NUrW0iCLb0CzlbaWS/0bg3fM/B7oTe+1XEIGOGBL7Xap6Cve3d060idW3VW7KKkYBdDAm3sHNsHpr3noc2h6G2qBm1Ho0r0ZpgT1Fcp9Ez4YGbxOLFABZy+j/xjjXLrif7d7/ofxh8ix+NFOd0cT3HZ4ScVm93ok9TWSHL+6zfPsn+ucXTcJsK3ZE6SHPdm9Bc95FRzuOV+5eZGp612HB9+0m5JreFvaSLZNDSSNKN3smxNzeRo59HFRni89wu0cY/TKfnw19yFcyq7uEfahc4ndUOL6gHyjptMep9dpOAo+DV160omzf7A7Co/Y44Tr9Kz3ERuTArrgR9oXKDV/7lq4w9WgyaVPcwMb1AoUrglOSdVTgrD0xpuSV3zOKzvo5kOtq9J0U3uQ5DbgtHyOi3zZLVTZhlN+N0F3fMm9khpuahU5H14soOGF0pTBb1M6MtSe0/JRWT+/krsJnj+txpLrpsq0atavL7117O6J07kMyjirB7KCVeXwG44W35BTk2LwtSUTlPbNqqwhMbRKQcPQy5iScXi6T+TaCrrkoucc+ZBmSlIWIzhTqexZzpSCJTYFGo2bShGGnowwtlUWytQ2Y/wehX6pkgZIssg5iW0Yv4ehN8YyPrE5zfpytLqxePv0tN9P8cCvDiNMwoR1qcFqWaH7RRUbhGWRcooPYgPw/BieULAf07IblIJ7eKv8SDBT/CCnKCmmij3aDOaKvUHcZPFenvb2lLRYscv2+DFbtDXlHmqtDlbcBU239WU4c5d29bdZMTOb3T/NPVa6J3FtJYlhk9ZrYnm2usAtZdf7uZo9PLtrNVi2k+gwYBIGusgAQmREKSopBYdLTDrB/WCyCbmBNiipJIs4/6yipWPpvgxs4B4EQCN65k+61twG95Rk4yipU1KMDVmGxCJ+i6cT+2WfdI+I+/bQOmQY7lE/duEJxKFni0R9pldyyq0/QDAHpfPcZc+3LOPn+LWUhmbzkJfw800xM2QRY5VyaOFDeABvqPJKcwP0I1+zNoiWeeuKJCaGnocHJrdpcJyfXp538utVyuCRt87EewLcboP1sIoMkb3OFewvP0giBx+fyGzqwqSlvKyE8Z9A+MMZ8wnild674s3kelGep2dnSTiS5jlV3tkdMNf/76Lnv//wwfzbdZg71ZisNScKz+Lb0YPkaX7oWzw3z6dyvUFHLaXs+J5/Cy+872GbXoLLL6vvf9vvs+WhFxy3voYmj0JCzJp8SHYjSWIYUFSYOUyIuXNG9lG9WGp9UVaAJgFE12+Gk7yafjRDPWIaQ5xkMGuEIq1usHJ8bh5tGHaq1affWySIAfq988q3TMXjxeA/p2w50iQPBzsC3ccBCrjUIE8cdfyEzp5WjwzSExiTW9komt1ZgG41iYXaUcib4f16FJC2cn8g7S+kfY4ECV0/or/tjb53yacdOblllKmU2Lr1eXIH3Ube2fxYDCobENaZg2hHDX7DO5JYoT9MghjWouNOLUnIJyHJdGPfwg7avpc+1x13rutcx951ZzN9b6TEfGC+4ZtkC1tAI2N5NHw++oaME3POKO1+CcvqYbO98u1ozjjqLOXunMIyD4kKIQEZHOCQe7KmmPHDFgp+t+frOWvV00T6i7A+mcV5fHdEHTzH+r2UarqcCkDlfJinBHrIIf2q3/ru4XjBjyIQSAHfSgpLKSeVEG4FGd0IF71mKZ5iYPd6xcq97t1hHSbfDgfEguXXZ/sByYLKTDP5hWVBpbmgrKHBvWp85YWASNZREOstUFs8tjlznDSCULNQTRtnEvhJPxRa6dtqZWJen3zml8uxZGKfra4vWzvB5CYRyHCyNl5E+zp62gFZHNaH3z+yNqmVHeBiP0My/qPswPtTljkiSpqp0p7VZQdxmRYikwbRRmWu7MoeNC2NpptHE1Zalo2qUptWn85PPu5VduplmlplrnacGvyrQkl1D/rEpctfc6Nq8r0jDdo+mU4A9y0poP3JZdZG+IwSBncSyya90jisUPc8F0OM6wHlI+/lLk4mik4zJA/ucsKrdMUogbJaBn6SxxVHp7Y4W2gpT2oQ/umiRKFg+tSqssHcaDX5jsmZ7ci0ZmcJzcV9eqRhRrZcUpiOTCi2yubTKPw+0JDydDDXYeZgu1g5szKXxaUcrZY3wofcaStkPvP2UuDclHM7pNXiPGtTaWXM4zh0RzL0xkhYgR4T+yMRrf54U5FAIvSzcSSJWjAkDw+prWd9zbsdV+Fy4KkAoCLzomRD9p/Xj6vzMHHP9iknoUVW51eV5Q5tocQiRXcn3ClGq3i5QipX1OxBmpyaekljtrq/XTRmaES143phuql4JLWTbGALreN4trp7qXyg2To6HkOIAI9vhghcOnY6t2x5VRbVryzZ+ztm7pLBVWlNyC+QAFlldEia7BgpdBIbo/nyZMDqmCqVh2BtN+lUatNLrXymKTcT46NypcOOgZSRNFGqhEQau7fWNK0u1uocraZoZVXyk5T3RKODANmQDQewSClfrmyp42ijCxZzWgLE7shT4oWIlBayItsCHnZeek0GSL0hfRQUbM3bsubtqeF7TA6MT6gGjvTTRGvXnhwCJH5PX2uiHEEJp2Z9bgO1ZcJbeCJR43DON+ygRjTluJcxtzoijYd47MzXcsBZifwkRYFodBayIdsCClPC4eBOg0U2djK4ocG1BjMMFlsnjktF6o8UrqAxJ46vGAb0UVAwmtlCgLYvw6+lIy0BCXzI64z0ilEHpC5GHYzsphfSEpFuKhI4yLiiSTL2PmNHHFshA7aLc068Oiql1dmRbQUD5F7kzwvILusTfcrXCUiWD97xVEpwaZ7+UDE0WTCsfXmIdOjDP+fP1RtagLFackuqiUZHkw3ZNLjAzvbvo3iVkU526fca50ZOetXN099H6pFAh6Er49m+wG7YLGxnrSpfYHXoA+/bxq+7RU2spLHVE6x2nId16UxZcK1KlPyeYErP/N3Y7VW3dkkYaIlE5zVaULDUXsmV1LRudbyZ4KJtq63dNOBeBu+zNHTUE728VcVVhU2TBoP5y7M1Gzgn4ZtWMHHWU4bCxTDJascxbDZEp1dgNB5dD/aF18AO0I7pEUg75uSPMiANVOIlO9bpDp+HduHjymLSBe64DFTsVKZrE6ksLXoNvjHuZZFD0pVodFayIdfazeppXYMrro8POWCfiiAG/Tz/+H+H2FtiDo+p1E3h86okbGm3i5UqTnl/v2LCr29Ja0Y6vrKoSaMkzVGweit3hK+RQCecroxn+wKf4DzegF3IzoMQGT9DAWI1w1k4D+Za84ObPk7gAOPf3UTG0WoDap6xsozHAL0c3zkpg30yHT77lmRjNxhzNvr/FjHTCkLVRDt4aLACtdoEPwjRSjGpAmAiU7LBCq71hvfukUIKXGg+Bid2wNk37n4ylLwpbRh5SzNCCNa64Q15hOMNA968LOl5TdAhsDqh48n48aa0R97SjCN4qd10c1egqtw7UIc5yH4uSJr12QDLQwLQjKnYWx6AikzXdgNdQBT0gbg00mAis3y/6EySuliqF5Q4nQ0OtWSdcNuz3c9hItWm3MsNASoJLMBkNDZDBmwt3uX0mQzoz2Rf7hkUoPT73klxA57MJh7Gsy+NESzAs3KyTxJhlZvXRVlufUbQQdvav1GhGGhgPNPy1EdzzNOXF3c6XYdm9HVoZU7UwLfpS3c0pu72OeyD3u+Ddph6Bj/3657suleiLpuouxOUgSxkxmRMo4u6iWauUPHACLjBaRtNBN7FiuFxUixsKMWuChAqNbcNXs6SAgUzMfW21X1uHnOBo3Z34vTmSS3P0KPmb7jJ0/A32Qx1XCaiB71myVnFwF21Q3mlVo+hu7E3YMdI5vCWHTirDaj5RNCkTcoCezsL4gmIF1LLRdQ/FjsnM+5nPSueubLtfMFOKq7rOCnTdR0tr6ECXfCt/bIVmhzU0WsLsmnw4At3sDJcq4ua4hGGznxLDnhfbRPWvtOaqPtW5cK/W9Ap4A6eIv1KgzXD6lmN96wzGsuCyXlqKzTrsI7mLMqmQUIcU0QytGsSKQ+y6A4EQD/kaB69sh3Qju7pIDqazwYkKEzz89tGxjiqEK8AmQV7ILAdeqBWmOUQ927xdeOQwC5bD7btLMX5DluYfBcOAEDJfX4ZJDG6MZlDG5pCeXzl6krKAhJQniFDWGiQp0jebwfYwW7LFs4OqmbGLP1En+f/JeVW4k7/Sm2l7eRpHvfySN8IL4kEd35qHJ49+ccNb189efQFnNv501CXTlE5YnLQHDXEn098rCV2od6yAOEDMCBMTQrckc5zG6quxaw3m08mxyorvaZ3hCTXvXVfjrLt+h1jntiB/mW/kz8vkq9TjAShqL3gRmsqbId1XFxFU+dJAQhvtqYS7PC5vMAvRmH4DitYpkJ/XyAVgTG+Pf5Zv2OCunWUwwzCWGLTFOPoESQvNn7jcPnb1RaEVcfzELFKxsuRY9SuL5W9hB2/2nADY+MaJErYCAx65hX7E7ZJ4aVw9K9W6eiBluR5AAcmFj+H7VJqqR35XRsWXqw65cwFtsrTS93Kw2yynQzb+7pl+zwChBaVYnpd4Cj4Am9hXMEr/fE/1bOn3WxPq1Ukgm27wtuoNhpo0uTLzkjg+lz42lFANSrAKikWOziPq1OwuYD7CmOt7HwYLD3pIrpD8LZcHwnY9b8dgdeg8RotXaLu4opl2y9acB5glQXWZp69O3NjRL5M1vIeYOu65zBNHyedA4YDmnyu9g+K7MVz4UlnAK4gzOdq2UoVjk8uHbqTRVSMwiHg1uLh/6IDMvzPKJlaeKDfQJRpVwLzZYSry5MGHV9E8CD5kiUZci2J0wjJYf0oliePd6B9V5EVmEJybei/EIJtZrXGQjFZpBzsihF8O4C+q6jewlWTHw7vK2S2vZIwvrCSMmfYoNC2XpIvET5wcgo/Q6BIfMgXHV+eLihegQJ+mTR8pTFiNYfVcsWWoy1Xbvkoa1AMG5eJZthA5kQJE/QRHPU9b/zjEYp44hSOIVCkMNRlhDyVUi+S0ineaRIDWrmlaYNJEt6dHxlTf3LcYp5ZdKlkziVaOzTXZxppG2tia0fCZoJsZxVDZkx7pUacTOS+Sy2KgmuXylpN5R/pgSmgU8JVio4dC/mMLHGS6EVzFelpSSzJ0+9mE+J5sEm4vDxuS1JhI8ymaOystVAtqiEHuWuYViaehmxSWJ0qo6nuI1KzWj11ifflskG8cNVlWauxrUatxnMVrelQJnWWt3zzg7Nlumkdq3bFJMT6Q1iReL566pRQED8zLV/Pa/y1rZaszNjwOWaXy53jQd9Z4HbWk760Kj6PNJ7Vo1EPEO8Ekl5wtJwxkq+71XwEcxTxYQCV/+YnX42sZAN3Jork2fpAZ72ryJHEZ4ol4y39haxgLiBRt1RMlbit3eanpZ8E0EhSitqlzZGudn9Lp67PBSCIshWTH2zaGbxpersOO5iEL6FtFwnqyoIW9bdeq8K/VKurooZ6UPnz/mo/fPwwJ1UTtmissRY6LQSwYuEMpDJsh+LW0jYgcFAso3/HrhUU8QrPhtUBj+Fh5bFOOx0VqJYqsS6dMi0LDUmTVZljsoP81C/6hn/+598yW0Vxf9xYLWvtzJtlUiDmr5LPTooLBz9lE5S5YXPLlRy35FJJsZYHry3i/VVdy+JsNzvt23YLF3PwIfoXv7rzCqTNLc/lRS53tKUK0+COUfxONhmMKxp/6k9hW6Gc6jQHf8hu4QlVXw4L7BDh2a3rcnhG3ZTZyWzLR/A6mpj2fvUhNiWRpa+YWYoIX0okpF0gl8TqSkKge0cAK2S96DhmbLtUdslDFAnRXFeD8wwnWqKijMD3IIXER4Vj3ZTyyOPeYFLNN3bjFlOFHX7JR0BGlUFS4DFJKy8+rexl9V3g+Ak0faWSlWFchYcerK5IFMECMgcOTNBb7j7cf/MPGKuMNw9gyJgCZ6xe21xxqoxzk8eaZ49VzL3f2OlUOAMIVleogBWkBMwohm/rVjpJjh65R0cORxsmqcSbq7n4Rmx+yViXvd+ASdlFxa228JPx0vzNwFEry1yAq1DsYoVFHsqwgMwEExQm73U+46H3/JIzM/WFsXt4LG9tBfZ18RVzg3TjGrJhZSfFjVNbkkFEufFvUqyi+LRXhVo/0xFJgcTdg3xC13B0XWIposcYq7M54nG2xjWj8YVjbZZi5NP6VUFhYCu0j02weRJX9nhK115e9vZCGMuWaBcLmxt55CqOKZ/I1p33ae8frkeYoteAf3c31x+tWmFZfr2klqiw/HEjU28X0pYiDHqwUa/D/OBZa49kX7ENVINUcXNN6CDf0WPLY/wmYRSkV5uFz0NO6TXIo/+GQSLEQ+L0QDosMAkHumTBK6BPUenrDFFdP+kc8LS5CvSzi1OcJ5xyyNgpVpRtnAjF6z7DOImyM1O1Jc1ATuu/qMbgqSL5Fq/XLw4g3GqpkMgpgJ3QjKMnWmJcnozLgBR4EGfEYkzcxFTLoClilnr+c+KnzcAs9/gr/XzqxHdal1byax/865T4eBm+3AxTCjOsWyk1g8GmjYEtDIwvcBIeWE/bIMUd/VDGoOfCDQkUWNYCh5LNFTKT2BndPA1YeehkJ0cLRTZxf/jUJ51EnowB+Yn8Yb7UCmtZ4Job/wZAWzKWif3zFDzHkyyla4r/EykvfpoaGnUzJ+E/f/BA7BrpYT8b6fMy9b97RkQ8qS742t/BV/yzADCGnuy2phPOLbENzjLiaPbkA+Cv69fua1JaewNq4p8bgD/z4a5LnLTy4u+tvxFZsy5XAJB3lXV/tHYHYNn6GPE+M3MHAAWR2np+JGy9yZFvcKSnMJWZlkUAaJAnIb5uz2Ef1RLP0ecGMEpv15YrxaaqPIbbT8w4c8nLi2g/cZ6bk9rzJE1/AHYbqR2UOt/JGTqCzsB7GocvJ45vKJZPJIymkTDWQpPSQWXkNkUpjhtyfpI81sA4dVLw6ugTVsnj/NicYLjw9ZxOvbuqvGF/gvyR+Vq5dY+LHl1pDg9I0jdX/KiSnPtymgbBK5OZlQmgRp2OG+BvrnH+DhwYvnOdlZG/DrML+MwVrc4d+Caw7Px1aF0ghXCEz99flelCDRvo2JTTQK160LFXUA/+a2DgmcBoRfNC9NoprAN/E7xuF+DpVj2ZAeYC+l+PZHz4vbAnv08E9ObGpV8ENrP3Kb5t0+5eY6GTEYT0KUIIXYggfpXcfA0Wftch2HPv1IuCClJwi5UBQCKJ7nkEBS0qn5c7vRh4V+gCgIF9xEDoTLXQYYAJGLBnwutYWenyPYsAss/p3bwA3Oi1AIa6hFPqEsLP6d18DXEn+YuU47DLLQoKzgUUFKkR0w3CXsJ9B88jCGjRKKYXgnfTDAAQ7CMEoVJsUeBAnsaJPEHRAw7u9aGMd/lBFR7pULjRawPdwr61w4MtDALODQQUbeTE+wwe8OnllR9PPl140ImM4zIefSB+vDyPwEGLNjKl+137yH6ciIQa/x961bijp7cu9f76PPeVwWQtGiDDKGqc1j5ZN8QcSopYZaHURRc6Kxwf55nT2J2rvmVZGf5LlAJgZTiPrAwtysRura8+Ir0Jynit93J2kiLeqNPmjTKtXznlrIbg6SU6OHQMb408/x05uLr14evW3333TgdyTtErZ4r3atk1JznD1Oh73ZGMU7CplbL9aQYE93LzhqeSrTJsysifepxcWan9KNeCeUN6vR+qY/P1bQ4Pbi/5Yzlhz5FSTIH/QKmjB5u+8rv8Pb1S2PKGtmSuuOn0UmLAUbAB+8Gv6HbcxLEWXoKHzcYkrxlcIOkXKn12zVoz2C0M5FzEPoVWWx0JntOfbybNgoo3r9p0Ol1vMwwXduFGI61XTezSIAkyOWOwcdUYYVZyTjZfhqUDigTPMNRQAIQq+IrjWHFXrB6flb+eyENfSYgLzvAmxPTsDAskp/qqEv98nXuhv1pVGJMxPUvDercWOXkM9pXexhT/xJklzz6pEEYgp0FdvRp31FRdMnawhM8fnWGDKejNVs/tueKFxhvv8Ai4E2M9Ls+Bw4o9PAwOD+xPhFO1qt37u+IlScab0ITqt4PN7uHHkS3Ig7123iWowwKTcGBdKr894pKKWrBijQvixYpaMEgvAnSng7GxwbuGeHRrjOQ08BP+L2xiWISiPDcoFfAPOTH7N6pBf+BvX4RsxbxaB5VmPOs5Bu3qUltL/+hOzr4v4unSHxLUV6JWY2Isrl4GbVHT1JLkwpknnXfcoDrlXh/qMtzmQ/l6wy9uOPnyXecJVA8pf6Eug8AgLZ6e6tEqSv8buASlPDZ8xdOU4lgB1RmcLDDIP0i83+v73Bv5vH4ebby7cfZ4r3r79lWzuvfeArukZgJJT42lvsU/0jvq1gDnEHOyeUOa6cVttu9wPNf9II3t5qWS3g50dbRvW3xGlEG/+X+bz7/i+i4jnxaE3ue0rHwDgdD5QYXZqdn40YKEervT0nCN3VNE8sKE27QjDA0zwtcvxHJS9WVsYAkPZLPA39Qf7s34MZviN8IXi6AAVqkXJGcY0IV5724VDnAxkoKXL4ZzYcChk1UbZ/5Z/svPZXfOrX6poUr0eFEgXA9Ely/aKqxB3aunSA/Uyw/WsB/kaIHghw4qlpRgDYlxppbQgaBiT41WkNk434Qwj6BaEZFgDYnNijgNzQlqma5b9vJy8n63vpH3saQCa2GoudhvGVNffhy1VTOWEv5wKrP9NJYxp7SbqVwl8jwuNWTWv3TLHl719Orl0/bu7wmdc8sIfPf09Pck3AyJPadSfScIV6Yblosij8Aa4r08riN5j6eImbKa90J+25LksSV9aYiAMNKC1fjWSBeko3CBDTBc/KaYdUSiGh4FTCTCWUuIClapzsmfM6jYrjqOe2fkBZSO6xkcp9t40T5W7BnaQb6QatXDQ59yT9SvkUYizFcccW1oG3fbthWtXO7MTllx7gsKVmqm5upEtGzBC+hrZd5iYjyQYv3zUGhUcc1Vkb0ww7du5KSRF458CPOn2M5bOfXzlkqGRpAoR15lKqnGaCriaRgvxriPxKbosxqBDYVYlOjQwaTAvBJ7yNgPjs8bc/EPeAA=","W33PE0WwcQA3wl5tZCB3qxNxCEgjA8HGgcExvyPQeWC7TdlAp8OKqfG5NRQ6xoX9J+0JIRyhpUdi/zKnvb45FR2QtAKn4xwA/YqKvUk3IHkEBdLmQmWvcfkPrLOtkuXkRGHChThtUdJcNtACHZT+PLy+e3kR/2i0TZ8kXzs5JWwBNMYwa7kZHMLhLNo9m+QovfpSuwRjEB5hHf6nmaXkuTzuyAWRFCkK7LDRw7NcGReFRwCNV0Xe8pzLZH3kgY//8UkuZ3nGWkXOhVIaKA7RS5meoQyXko9C+aXTrygK0iWJS9A19rBtiyOXctPVksBjscJz6yd+wsfYDLZ+4xuPCRiT6bKJVQxjrf5hjJn/NdvjQg5TE7DSxgMV9K538QD/zr3nQp9sQX5rFkRrnsbZzCAlg5xRvt1H0GV54/4DBdh4XwZsQTTmqHMQRSYjwPGCkUTPupeq6YUTp0F/hju7JdCxJY8dCGphfZQmxdCXeMfocpHKlpOPYa8ArqdLiqvf9kl7TrCH8FN0DrfBJ8wT1/dpEhQ683rrEbM/5sHVJiy2Fyu4iOTCSmhu9exqNdlHJwcvssS9AG+zuzikdvJ2hAxeU+Uy+jtEYC5M12fhQNt6GVPuT+aALEUPJ+Nt+luO85+PNA0Q+7hwfX5KvylksqJ5VHnqsYWj/DUaSb0vxnSP57dj3CnwV6nBjtAh59RAXCOO1Phu3zjdy6ruIdYUoo6xRHbmXHC8qJ9UzhfbSUjsdGdEq4K530RdXxGpNBrNcoCsHH/DGm/95LOE0usbh19ApsiKcD0dahsNSkchGBxoxIlV2kkJXCdTOCqv5gTRjr+B1j5igbaBKC+LrPVi4ebxIOjYxRcbrwJHMxiHkO228JS8hcGzDGR7Igu13Q9FYhPUlUK843hcgu3XuZdkxZ99fON0XFZta3561xET0qUEHBV+Mfa6SFAsZvdziNV+XNUUu4cYNYvVe/BFXkDQZmpc2ULrvO5kh1sLYhsTyKA0+Gj0Zet+Dtg93P0sc8K0sUwKQDO9C535bC/KynbHANhkhjOBZmhlrChmCjs8nUxmmZTKXmbGwCzBxvsH48K/1N9rKwDlTGW5lcpOZtbAhiKdzFJOVNEn/A6hmmIsoIBv0xzKPxsNfaY8dJMGVKFktMO4THS3R/JySVHcdPCqLLIQH2izCf5j8Db41uXDoPdQ7R9vVEAhJl8uEIhoS1NIxGOhBUTjHW2xtO1Jtf9MF/g300Uj8T12AT84yv5F1HVRdXV3HQqPKerqjTRPRJW1wJ1vVo/XSWWdTFZo5m7BMDcnJVW9t+ncQOn9Sramnk7K+CfZrjZjL/z2kscmRMjvrjUXy64cd9PlMqn916XSNes8sq4Q5HAja+WnFhCqBV/oCBTmFv/kB+5GXLCF83q1a/D8+h2x2+EiCQp8ffTYXucMF/gW/olwbRQN18wNByvSPQDE8QRbu2uKY4Eir5zT1V+/Jt7yfr0kbKQC2SbcRvBVPzA7FhiaHDYJPj02Ozkhc/0m4WayLnOMHjOmSWP35KQZfMkkgTce4/cX+y6lN1nCiWStHTvyH58tXAFLq3KOrHHFLvGqpR5r5/eJuiyZ1YYhoKB+nurLydq3afiPDX1CxBzFmXr9X6uWhc9HS/qemMpmPjpwN88bRKKd3YpmtVt53K00h9kIKLacnOVGwFWJFb5EtQjqIG81KVU/uFa7PlCJrkS/1Qi7TeC1HA0QQDj/cJhuA4eg/+Qlb4AKBKcENFN7orRiN27JD1DtpumnW8ZCS37Xku2GutItX5ATHQAXmoFe3xzG1BKtZnNAA30NBiVotu4sS7cxy7soHZqteJ39a6A/unGvvr/5hkHpp/v52/tVkXq2VoaKHFMfQFIUzP0ifsvx2vQjUFT2WhfpnPLEOZUZQSOMQzO0stkYMiWXJ9NRXpbpIq9RrxNyID68BWuJJG7ALwBBpQxvn7WHO8raQyiC+al0D3AUKokX8AtAOGoQEZZ5CCr3iE8iSevXKQ+tRGQEUQHBEY5+21jb0/ZsS3W+ZNvKCTfK133mWIODcIN5NKAzovC2HRjm0aeaECM2NdaLfLnFKvORJXuACmRiUlFdCUnuDAOLKHmAGiA2xaGZNtWulM273AEaEEdhQKxUz6/72pHHurxKYlGhE82KbsOmNdE5ZYGZNbDpljJd6dyZ4vJdmqx+t1VNxI3pUgTF3LEh2JVyzWqDOjK35Tc8U5JOOpnH15RQj2w1jcJjixvYSqIGq1JiNpuOTW0lJySI460b9NK9hWquHZJY2X8zyReY1ZXPwfaPWx6NOn7P4fnAMcnT9zjFvk82eAdX1gZOCehOv7Lvty2tmSJVItYVPCoMg9zmO1HAGKUxC0kyeLudjw07s+cJ5V3b3diPEshsj+9M5UWujlGBXAKNqrGWqVYHsSkBQVg3NDsGx6cVhkxzJDGCoss9ZI1oZJxmbpeAqNgxPZJCx6P4lfJum4BuLiBuo4alrrEGKedmMerGXqZvl4gyUWGrB0S13SWQgSHNiDoHR/Tj42kyqW40jbPctBzEgS9sBK4unQ3HeO7XC+9yotEGJdc32o17fBvsdov4yX3QKPrgWNw3XIMNA36iaXrfodHJkOYkZ3Qaz/gxOK2UiSDXyxDpeBmWxTxDNQjt/mUqXO4zl0uf7SjcHdCpgXYA2gUk2cqMiDKlySHUkSiDbTGpGnrMKWUDBlO+8TJwbUXwFiLR/kf4jVvSiU9hytKZBxtplCumS74ZeylXTFfjLSNCWWI68maMrSwxXRfVAI3G3xkNOUYDlUhRlCTCplBUlJX27P9Rl5REbuEyxK8BSRz5ELtUwyLM60O/Yw4g28G8dQLdaAhTHaFpkhs+sf5GUU8ugNUNZPUP7VNmEwlpLDqCoOZjCI95BG65eyDiM1qLq8a6XCaDCqrYedL6BzS0Ch0//pEmUlFWhuPiqnGYEJVbsODIFB15c5i42a2KOitfDSmF0illV+3wn1AIi8xYQECK3CTNaUUIj5nawFURcuBT7dAcPMJkZimg2PKkRLNToWkLbSu0B2VpiDglSig5gH3zH69SchpYjAzDQSNNN81GOOh3dka4fRhDbDa7nPbpkU4Wcn+ixsjGApydDeqrHg5QNm67rrF9uKrJ4CiMY1FP5mDon3qqx8U2+EshLqQmk7WkiU+g1RBpAMz75hN9XJ/e/5xTFPw+0LC3yFuFbo93+FsTwW/IHklTm/3DyeyhcSmAKxPA6l4sHdtDYL3BNa3KnYnp+GA62cxxqafOXP9omtZFOvZtIE3btq68z9s4Jpn9gJkBGEuYpa///d7zBeAoLKPbUUYIWnam0pkaYDYGs6r7Dt0+sLKx2gvt4FpnqMLNPt8nRQoi0FobSSGJFQrApZTOyIfUgeCb9GQzBDCaIs8gFwE8fuSYQMM/AER/L6r1YlLknjK1/DgQZAQXCJHRGRYRLk2RZ/BtIbVuQ34ZLiUcU5+du9xe+vgrYhJbU4kylwlAW+VhcKODsEoreQC470rBgGGUBQ1GIFr0BlPQyJLgo4jFRGuNprPTYqeOvbEW8JBSgqEQPgF1TDvjMd56TC6Hgn2bLCeArSEZZxEn9xGZHgKIQ0Z7WutD+AAhFQH6DBefJscA/wH0nOLctbwfYXsQzwcjurCaCxQZInhv0xAhR+Rzty9gmpV5MqLLg+B1VopQIYPAMRuK9mGiCJQ8ENisZ7XETV28/Vu86utZx0vTlFpPV9dLC/Q4hA3mrOykPlguVJQDD7aYlRCSSDakZCJoIp9rcxOReW+/0ViIC36OFtrATf4vus7DsdnIbqTVVm3M+7AZS9L3z0PYoPPzcPNGlNXSXrqmEPtL5/fos08640sfceKC/5i7e+03d0h65CVA8D9vT3lmlXqAe5ipvTHfMiEkes7lLSIlKyx9YBWu+Tw/VDBK8q6ILe53bebsy8+Xx+Q8ueyUo6YqDfj1COz294lHhrzesPE2rlBN1UxN8NPPyuCqrRiUqDUvFOz0o4Yqu5yVIpcx5ZsEcvoG0Eh4tgYhZ6nPDVlNnyd9RDNGwdXkhuaUOs9cIlHjUjqBlWKU0JhTOIGP5gmfYxqc+M0+OW81trVHFW9DU2Bcx01jzWIhV5NW5YxGtypDuiku9/R50VkEtXqN6ICLRrqAl15ifNaRc1FiQIfPbJmQM66HJ8SrzzmfbOhGirHT5QRtii4/7YTlC8RYy1OOoS4viEidI+2jxamUq8gICWOw0z+hJawcW32OiGBvFjlzUVoKz22yxexgw9Ajrfi6wftdqGtvohf5Krwa19xMea10vjr0bRyPag8QmQQWMQsMemzSy+md6aBlNctFrA9pPTEdMG0Zpk+5Ft3UjnFOXcDsmg8XmFWBlY2ZGqT3VWwEedUV3IDxn/J2CVMycHgockny/f5lKVG5kNPLI5q3ZpBRyEOQXjr8crGHnUQ+QPAkeA3m2UaUIoGk5ITsKOf7iUUU8hBiswwZZoOC8QYLhxuJvL2GnABClvPnH9EaKXL5diJSMn5schYjssB8xqRRiQiXzxK3PBNbYidSlFIhxEC+Am4I264lS0Xr6aTEaIkT0mQNXqT4fLGm9i8yTEQxjy87K2xpmEGYTNg2M8XIAMsRc+NHW9eIsaHvEJHAKeM2OG+zIz8hvnwikU9b+siCIgZiCv4pbypUjAjhpFOE9H6QzMrGzAb2DVOBB3w1r1V8WEzPYyo1YzybKqbzqHSkTDrtBwbJVDvXB6QQRtmIZOH0LJoSqXPgUjziJqNfEYy/yZPaJOquVaM7aCcTP+4dQxMpSS3Dstr5Q4q2dbGnGSnPmLzdliqYS+pONVI0Xkxpl2WpkxWKhljrkmn8MXTGmNDMLA1YqZiNwSyR9gSlcCY3aE6N62iR7d/shYHyhNZN31lFRnO3OuR5mYKnSXSuQZLh4qpxAa20e0G2RFBKFU8atdy0nbHZi1k5K41YcqzGZL6cQgd3a2mFg4K4qT60kTYHud+mtWDaWZJdhUuuo9V/WfVjhiX9dblOy8w6eHxPNchkN+87TKM8em7BOpWpP5/h/SodqnJBsOc8X6FXa0oBm1SjyTE4E1zb+1auOnc+HXWt8ahw9a/og+4sFy4jRZPSayDsCmgvsLIXHTbXpWl0Sh80x/qW9aInBzh8MtJftgrvq+oZnncwNZNve0k/5yLYb8LtFv2eouQbTtLYThUiTG1BSZWtfFNK+lueQth9PSEqxClvaDfHaoGAg2+BIxMMoDeTcMtgDvuTSfyi7YdOlxBo0ib7crKtXJC60/vHseJ+iQMX+nIeMDGr+ib7UxImr0F+Ctnrd4U8Bu7h6ZJbp0tLx/U/2aijna/+Dk9iOS48ScY/XXUi0ALIlZm9y/RlnOVf3ToB0UfY0yx2bs/+yFPW7NPn1ZpP2fIqpa7B2pUCFrp1bL/T/KlPESzORH2LvHhyC0smsc4dBs696XLE2WV31jYjVz40Mc1m6lpOvYTV9uW53RU/P7rDmHr0QMKcoXWhBd1ePYTHvgGArZPh4fRj1yONtIbuBjsl1igm3dynaatDZpESk7gmkLJqyhqmmG2jHbZI7bZ1Len5SolICZhM87Q6SZjMWyHFV/ETp9ZexnCSdnTEJD3YEUMrRBFjSwXYOkdwqngTHm5j2lP87KMAflxvXO60PdOeDS60oo8RVwUeU0X8nsviqqm3LxwUBEjVFUc+1emlWD/OglW7JqYflaChuMIOnKupJXqvcVXY+YeP7l/qz786GqtzacSUjGnXS6C9YI9gEir3tkqD66gidSrq1uMb/KZopAw6R4s6pp01KX73voaMgU5hX2XaWXPjM9AKg/C94PtufaVoXQ4C0/mO0RpsK03hK0J75StAlkd9PZxpirpN3vOEOhJI6LQ1koFaGWEyxYugOqkMRvXtIgSCdk8nEO37nyfukQlCbsE7bgO3ChEu16codHyCXTnfMG0z5pGX9zle9DEvGuq6NPQP/SP1XwW9JQXdXgXdXFGmQSZ5PqffI7cCbf/Ft5DM7zBDrYa33Gmm9aXmFI+WYm53ZIaf2FUWN4uSWMTMxPDt4inCG9bzBDiHC2zqiojOsAb11RYWPIINYMsl4IUzLoxxHwu9OsxdAm+ZXMI1JHfHM6Ncq3x4ZJiluCf+cJfrBnw4XBLRL2i5448g/l6i/+ivlhTmTbTPYo9i67OvmEBumwfdugeljzP+yrc0Sf7LneBVAj3aWV8lOtMRIYklxG+4Rpu5W3hl++MvT003pnZ8g4LgNb87x1IdFasaVZgLr1yJMuLYsIoZzexSaFeSd5Tj8eQ8akJFy9esBl0ZR7GpTq5xOCryjDgVk6Ohm4zSqqh4BHa+YFyZWPbVScL5tRWGhmkKSrYiMQM7D1fmLPvqoPNrg4bXcCgFS1wEzbsr8w5hoUx86AodDB/dtV54Fx2nZdGuFp160dnuohMoQRWG3YP6t8tCt8kSfLPOvuDLiZRuW4BuPUDswX1X2ygLb5OdtgY2Zz5P0RmGdydJhwsX3qZw63+rah02azTVBXmx2X3GenMXIXMFvncn+CVZ2y28+pc9ifknY0Mez2nXtz+w1Dr67M7wS/LCVjpUXizEvRz95j9m9jNssz1mLB+XFeipMVfu+d22TLifxN+Wnj27fSsWu6Hnw7e1IeInf4fuP6EfVkaNAoNQ4hD2oCcxJ6/VpuqeXc7/7RAVSLltf0khRDxtjOJs7PIENfEztXU3/0pc4tX020umDSefU478i8+/4jPUrUHLNdpAqDrvaiain2P1BroOwDU4Qo1F+B9uORKSd8/+ZNxcSAnRCQTdffO5c4wxDY09b9tz+dtnUz0BuCV1Tyi4Ke/BmMkbbM375goXkECdQvBnSgSPvxZCtkvdqLSI/9OO5+m4O3uuhxvnCliQEPC2Fx8d3tWVJdW9tiZU5EqX8XHsYU3lm2ufuUhy4jAxmaVVDMbK0/tBprjnYm/z+Fc3+VWhIL8aFsBNxOYxY0XNWoFYRv7X8LqYbzzzLnZQ1FQzxi4E9U5Qz7YKaTRsJnu8NTc1JAR9YEtVSBJNEfHgkc15m5KlufOtiaixmnStBtW8m830Qs6kubQZJox06xp0XMvV8rpWQvXvgm4WW6L159ZmPV1DA8E7XsvWe6pR/Ksihe9Zwx+J6RfZE5DZtBvgL0T0RyL6QxG19XZaA5nBPjQZKwjh1qc5FmimVAdHN6mt+H1KQzoVgWCvO8eTkkpG06Q0BXa9kzrqW99pm5aB6GzXzi/rAluxKtrKNgJmv5HDK+TdvIysX1mzP3Um20p3QjvHDhyE75PIbH///1p/xf4feo+za7rmO4xpAnQJD4ovDYieVBoG7/e9rwt4NnqBv4EEJS3g531YESu39/mzcStbHlNHvJ5NtbNxcYod9ix3XPps652RGz3uFTAnkkx1sSh1JMjhW+3sXuHBIJodDwT1z4XXakKsmFICro5SAqMKZv9Sfo3JVqX8TEiAzTVHNjgsXmC2D9obTJ9e0HHJoJK8BfwCEI76Tgfb9oDf17yMdTqr6xvc2QA3PfQc7cVTC1viaeXKcsGKKthZW1GrWPx3Yii38baPbd23R9d9wYayofnbc1sjYhjdxv/Uy2v8rGNdmWmuI7QJzjxLUNF9vrm/0gXIrw8G1eGvyu1J+fX+y9so3LnFZ77u+X0U2NRg5NtUe10cor/MKqv6VsVo3PG4MuLs2/zVuXZ/sw6Cnar4vzgIblCsMMKGdRpb5y2O51jAQThgfhakms9cEUB+oW5qWs+I25TECLcm74WA9lGds7TAJYbOedKa7ZMzIZ+B5lA3s4HTa5nf35sjq3lhjyjUM1TKm8UgXe4g0UwieM2LbXRnY7aIhIAF8/+Iz/FVrS7d56uC9kLg17wXZh8a1/eYOunq2VTbku4fRgKdH/BrXrnCh8YVqsfUgZ5Nra3ZfCuaBrTXma8fmlcfJnBVk0OZgKMrBn8Px2DCr//rBeIy9kkerWni1xTylPWPkmtlOnrcvJmmKZjJI47LrwpqFmpPCN2o/j8rUP3wxPuZZUUyKY+52TNa4MT6mVXLavSk/ZZkxT1Mg4uYXNSk+DOuGlb9ZghzAnf1/fTrkGlXlqzxk1LV//LKU/UhjRr3mAbXkVLCrb8mVY2t/ILKgPOjwUw9kOtsZa/Zl6OFdJRfZBmweVrtJIIyNaVUqjLL8azWmirXvy1ZADBPW/9KgFOdQxxBqfJiKl2Y41ntao2ESQF/rcAsXQ+eiLkVqNgxT6BQlRfFr751HGPNnli9sZc2Mli9V9i6O3UT3T8UvietpRAVl3pmAT1Xp4e+Ge2PwOhBaFG05FhQ+Sj6JPlgiynG8RHT6pXmhSaDvhKMiKi37o+2TJbtKXQ6sCiiMGXTjGV+RMPTQUQ9sSyiUeg8wnUD4o0z7AHA6Yu03pR+s3uVDmOHxXO2TQA4lk7rncy7FXuMQQDDq2VPWYsfKi6zZoGsq8uifcjtj+ayLFQ3FG8k3cB2R/FO353Wg8gDXI8e0gwAHml9FPkIc3oqUfOiO8SpuMyYCTLAZyA7UDzE3sHVZdB8mRsiMBkIHyk+xscjram0VLl59Sbz0V/2RJK+ok1dnWqciXIdGibUMo1HGmlFVjr/KL/ESdDHnp6H1I3K4svNR0PMzyboHHv+ZpQC8Ez2De5pPF/xgLx0ussPE0p/zkOKJeQa6iwwVA2hNUMSpEg8XK53b36ODbLvqTUONVyB+gWdrgx9tagXmriNX535SUyfozpGtsm+ig+j56xr2NSNaq2w1FWTvD2WL7/ef3r9ddd18UymWiT0Pe3XQPoa1I+uV38HvzpKzsJMjH8Z96omLfzAa6zgo+gN2auKPYpGoDd1Hoa/iF/ylLjx6O1PrtXDTwN2brTRNCuaqm58d5j7R/omdU9Mpn5dHHjmhTn6QTtJKUGQDXFDu3q/oqFKYlvhK7vYcR8Du1NrpPPhk+0we/73OfYcfJ//mXX6hYewSLEvOVjcj6fk5DHb2onkzjdd4C7cat+1bevGb/Cyn4WDe+siGu8Owk8Luffw7sP3pfc6Fm6bXlTzofQCLrlMGndSzaLo0dXx93DH/L0vDnuP7k8e7nOLn9IUFVrte0ljWWXEU7zwh2WxV+yceWWMFboT/RCtmPVoVvdUVVlREX9RVLQ4zjvHSlpfDMmQpPfDrpir/Gzt+kvx9IuNvWKD7iC/dmNa4njL4+5pTu9oJibutcaKEf1l8fjPqnYOZ8ccOwfhMzdXvMo4bH6lQn4rKDOTm/uVeqD18SSYS0Pz3WOFs2C+X9y1z77Jgq/eqDtLq75Zr2zMZE90PenrLe+1uhCTnGiYl4v43uq9l3ubirJwlG9bMz9HrZLtN/eVnG1P53Wd7Wq1F5vDh6LsxGjogPe5MZbmtCoMjPuIVnUecduLM+SP5bhOb0ojCuu1pk2EseWca2BgaWBoufdoVXwfzwhbhdZ3Mt9xaGrn9z9Tc/dJFYF+a//ZT3OrMWsQLJLn68lzWLH4OqQAdcXmsbfmskYUZeWlS/q091jevB9jKSsvXX2/SlCFRckqf/SI6h3Fd//6XQIzo0I6UqD1rbS3yr7uLqHlnnKZmfVk2p7UzHqIrL7gzPph30RncDUeilIAGlobaY3yn9pHDTn90jM0Qa5Jfqa8ZxpH0y9CE0EvFgvQDQzo3rYX9QBShyaGBQOYswhhmOQcFg1QNcDaAOsBoFvTQknv0ZKuqQnRwHm1YEDfHiEslxIv7POJebSXbRj2cjQUsz06SRqafoPIhWkozh2ZOE09QNShkQFXK4Jbd26egH+yZAAqAFCrvT7MHk/wP1k4IBWAKBwtaG1FtvDXmiUiEy5Rc2erhuGKavjQJY1Z4JpMTexdgblC2FBs5DRQtRTb+GhpraXVRBZCxliw8Vs6LxB4aDjPRCkAoR7wqEPTgqRaGBgzJqDhucVQDy6uCOa6v61HK1ckFy6OCOaY5xrYuBS5+rhaOdI4ym79tOUBgIsRwYy7FK3CfGMCCHCbSoxT08NQMHMxnTEKYbq48Q36GjQORU7sc8wetQiooWMoMhqZeiDpxsRwK4BTrCl2TrYCkgIvNgsUYq+ApbCA4KkAHrVqRlgoSFUgKfSKUA846tCw8LgAdVmTEPtnet+I6oSgLlsaGZ6kjc11C0H/rqLtuUfb+oLkb4qKzZBLI3VTEGzb990x7BXUcU1B4GJAZJzNAQAy+1kPM9ShiQEYc91vATwWCQyLt535I0PJf3vmxw7G4cEdZQpKsTQEVEISxahNgVZmWR89QjAGh59K5VIxs81McUZ5pj0veNzZZj+BscPgOQsXABTNdT3MUYcmBrDQ/nsxdn8AV2nsaWn5XN+ugJvXpgEW1fWyA0LGUGRij/H0ANHmXidEywJoAZlTgTlqtV8ErVAa9ChBUqxnzGGB6x4PB8cGrqas7QcINk/x7qMEvbwXqZMPFWxizRHHC65H7PgHDTK2WFxncwCANJj/Wzb4uRhbQbwuiw4Dh9bbuGYT5yDwv6bg5gN35OBUdthaWTfHzXf9XIyt/2oGACvf9XOxPozMl9SdYubwwcDNhrapIMcQMh+srawbfisIg5lgcWXdAFn5jndDJMkvmxSMB0u2SA6+jRfL3YwJi3I+BwBIH4tWjZ8KjEkIy2URLziIhBN4sWmAiQ4GH01mxJZkVY7KV34KY/JfzQBA8pWfEhQbvLBL4hW55Ia2oSD5Qe6JNcmq4JMgJG6IRcmqAJF817sFgbkCzAr8P/fc0ZdfT8vmdUF57PSNeO6wh9JFn7/Cc0qsvq8Y4tLnIxld/5WcYz/kdyj3fxAGQjz/RJQCgD88GAhZGf5ADLd3J2td7AM78aQXssMSynMj90HyLDXOZJ/OArPhX+sPXFkONu1j7sPXT7UBJC1N6981z/yF77j3Nf4P/nimz69fOWHVB+LSdqdsl8pXF7NNJbyWCxRwdFno718L/S9hFmHv+rMK/99C3DWiGn3fG/bq3uH6yPtz33CjOuJBYC9tWn0uBpM0xA/49ik3GddLi40B1sGeDRd7YH8x+n52loAy77dijQfTt1SV+WYYgD5CdjbhCKG4s1erRnRehmf2XVLcgIWvuAXUik6rcVExHU9XyjnPrONS70NL+eHBQsga8f8wvBOmB+FF84jIzSD3ynPCtb3yFzcmXVZBTc+FOO5PXuk4Qgrsy0+Qa61yNQitQsQs+Sy+sKlYjzyMOdefurUhxFdjYZsKf4R30F2QpoL9wqi0X5iB6kBn4JsQ62UguQWMoFf8PI10kO5v1XyJJ+M853LO2Hg2tWr+v+r6irdkjgP09bp0vvioq8Gesw72bKqbQ0HJDlb4JVDXi+k8sRHX4jq+Oq5lUt/szfZM8vE75NGy/VCtHOKuaI/gr8ud+1+r6reToTmtXnHe9WoJ3vlUznaywsW9T+esL1nBw9ihED6Ur+2/8jTtPrqXaNNvpfUg3G6lu/vBa+cjClqBsROP5qK6Zg/HXl6ogmaJ9mhHZaDVJ9OHHGuFZn99t90boClep6yPtOUbML3yTLhmAeYEk6+SQW3t9PYf9gEvQQhx9S9xVRCuovIiRa8g7yPxhQ0jBUy0PeMRt/y3yFKMd0IFz36vdlB/sRfTpNY8qzEUidNsxzTJtd2CTBOnxo4M","W+j/E0UeBzjLpaMQtwNROfI7Zkcs2DigQcO/D6FFAm+I+rwVmIBDbKtvvNCIMSDf5YJOiDPAXZqHhbNeS7XXV95UF6FdEHZGypVSXteJhX3rAqi5K53CstfHUz2/hWJas1Ypoi6jfzzdLbUkO0GhAezqYL531x2I50u0fPq5VbTTItRBDbv3bYJ7I/l1Uc9WSsavN7WM5JYE5FwkZdGB0wPUik7GReHx98y8quUuKWNsqrpQ5k9/0zQA1nFX1kU2SC9VKUiURcqUpj3gVd0ATEhcJvnh1Bd/WMr1oy5JnWak4wgpA9nqRt2EobNsJ7lThvLkrj8IXC1H2Fe+5RJs7OE2NmYyNc9K0qpjCpvzMy/IVLjLWFbYyuyuLe19GoImfAJB+5zSXvMTSZzJuL2vO5rLbkcIWMRyvvlFbdyJB3qPpMZHDxSGkRgDGg+13PjLDwV9MdP9AAdzmna7VKof1F030so20aZFifagvknL53rtNYp5b+m81uqlwJsHa+hby55ynl0DepaTWKXjun+8IhgAueDt5ryzTJpeOYLl0nXoukclBAGWkpI57Mz76bmfYaneeyv5Qlz/K7EU6vcjCoog3HtAAPlqT9scrKqtbSW9exQo8V/FDM4SFyMw+ix13DCHfuA22nEMZ5GdJMW6BLuOTILg3NGhIwu0nw4nr3mXzvFFNGjgl/GezA0Oh1s/mN/ezm2VbqltafcpdtEy7fhSQOERNXyDO8QWbOPJszpbp+5JVYa8OMNrFueTLgwBUsrTx/fZSmSgJ41GqdHeOT8c1t4C3q0KLe7ufIYIfiL3i2ehnhX1KdTno95Snsr++yeHkKzQWcADj4EtwHxe2MPyTJHLZ9NkgdQgpPgc0glk4IA+hheYwyvvfKcOif534RT1PL4U07jU1xOIhuvlpTf/wX0yH0Vwj8DsT/xK9CspnZHBAKbP3RDqbCynqVF14uDX5CRQXxITCIdStiRylCKLZalUdlIMbP/yvLCzOmEvljeHMIFzBd9T7UVYzuc9Ty3WtjFiQwtNLlbNK8lPS0dT/LyzsCt751XGqOr0sG5EGsOFgYq03USL4AhbdFOV83nZs/epln3+IqJ5z+lx/dF8nH/qPmYsVqV03CrGRpSR9nQCVyTSXKylaaJOD1SnUo7GD5S0OJ15zKFFN9DGhDHv0/xhfLBVIBpqQDeBJpC4ndJhoViXmsClaL8POB2/7l1zUZg2GZm4MUQfUOIdK+uQL5Dtd3kCR/XvMr5H/sWdd3Du+cDjkB2D8e/WF8ZcASXfxZ5Ts4KnJ2cwhHd/tNnCqHIxh9ZTdUreFExwYUqM/x9UG16kPaWKq9S0XIsMBW1IFdO65jK0GRmZ2r/Qtz+/f0aboUNJM6kLe7SL+4kA7a1TND8Ap3MHklz3iwH6AsCVi4Pi4vvhMGRrj3GrKTsjUzxPBOpqZSLJX8OokL5CkI3sRI6QRxXiiXuJQz5z7kHfmgJOBT0F2FF+8Jg0Gamh/cPqVrTycZo4U02qUleQVRJbMZp9vWwjMl/1GtBnH4Gl1HIvNkS1QXXY0LrmIzxRMyqXBVoBtRXrQW2miUYYyMoVeamxZ1D+iM+F6TqiLcsuLdFTYbc7wzXhqfhbXqL0ZMaMir5Puj7UaUu5XPQoWlf6NQv0ZoCj4my/zprmGuhcP7coOWWWa/niaV2GiP0ZAOUYhySCSsUMLhN0v1zmx1nP5jWJMRptWnLVShxBhwFomaqkIESphGuRpAWYDn2BIxuRiUlIrhL0atviSD1IyU5spDuahCxlwcVYIwHrGAFTPkN0WY/kUG6dG/KWfJW8JcGqY1v9zQvLa/bzUWT9pGT9MJmRBI+x6jj+PskCoNOfUGbi9lOTm6XE2rIUqXwcErepdUu10w+Co0/yZW7V1G37ZMdckL5uSuBV5p2ArZsHMIHYhHZnHBhJvBU8ym1XFrIRhzCc3MQNa1hu5a45hp3JvRO5f8GWi3EFQ/1KWi5GIkbR3gkfqk+Sdxf4L17oXGvFEtwOy1/KzWx4U+88r0pgKFHL/SKcUy3mYCQuYI8iDkyLg6cWU5eYyl7TijGoi0nqx0vqdkom3g7UkEoGoZFX9xkwAR28+X7KBDv8fCdcSC+2xNblID1RJAUCSlyuftBhi/KO1Gb/ozvvV9Y4PRpZsG0yllbIIvtCLuXLS3rICla29jJTWk9lTntxXRyHB9e2IHOWdoSbTLwVMcdR3wUVTnpIsnGQGFJccpQUNQIuHClO5jvM5njAxlpESPyk7xL2JBIDLjxMpg6zuYGNtYFYQjn/mzIBLDxNZl3mzNrkUFubiLvFtkqQmzb8EXkoRPJvpEQ7ctu4qaSnUDRf6lpuJtTrSsAqBXPSNVsUTbzic2cF7AR8omg/MIBlopNc7F0JjWOR1AaUCpkbFLnouzNhewExQ5C0gzg4maqkEEJnODaR4gQVWh70nY2MRGJJcETz8hht66K4dNGQdfEy5ktwgDg6iGeEIDvgf4sQhwdeS0zzjc/3dFIidMuzWsDGdzvT2RFkaqhwUNBXM9+eV3YGsbUI2imxIUmisFpH5C5/N+waLMVOaOYNCt0TdFsMEsl+4gz9lrGYxwpq5QV8wrJOu9VdUcI14j+4I9T3iiG9IBrWAxhEyrr++YO3wpmo0JQdG8GSy0u7XwTRphvjvpPBrtxtOx0u512jCSixlNfpaLTSOpwNCWatsFRX31T/S7SkmyTxQCJrLBIooFHSy6HFjlQVxioExm1S/6Rqwr0h8aRoybm62PoWYg1QjLyBTOgz+/MRQ8pL6zivXfC8opS8HU0RVEWohB1HwEXcZkovFYbIfF0No7Kvpy+Hg4CfQA0AhR6l9EHvkQ8HoPjQl1hBYEiT/QKwosxXqTGcugxIpnCcEi/WBUCRuBRVrEpN2JlYT8kgGdNzD8GGMCaD0t7jGm9OPMN50hUW6iocahVB8b5xpwy7q2xyZeLwIxZZyLk2Xrt21mxFSUWTBCkQIKErBNmG8WcpJTHQfyqVOWULyT2gqLz9rhHY87MeIc/Xb1BTMnVmfxGXRrUDw9KlHLIXxHpImf17eIsKW5sEUMVuKuaoOVLPscAYP0/HqPPdRlhhsCov/wlcvjxl9wOghu8yY9hZawOjVhoYg7mdFlxcHBN/AaDdQWaKc9TWnRHr3J19e/s9p88LilfIeKF8HNApUl5VVkqU6wr+1LkuNdEurGKCAVia8WzMN/YGexeVb0WJDuh4Bu8eqdTE4L1s9auYuIs+f/w3dvGyvbOVs42t4xXXTbw2IV7afW2BLYYB64qjA/2zAII7ajwZv89gDtWzoxrDgE1/gQcN2+FaPhs1Pyus1VW4FSEXUId82O9sBeZLSQd82Mq0CdCYDHasB5diJx8uo0/0L8BicAoSKNhzTnlsp/lvJ+oOdp8zjxFB0f2NlPqfjxLdE0OsaIIBWJrx0/69dfezi4H7vNUXksHZyWvwOxDRersAvrG8OWJf/U9qEXzVmIrbtWC3bt+fkFCThcnmXw/j3nCFs+au89Sct3M98B7F+eVXx+5MK/+c0SDJE8cl3kq/GLb9Ksvixh6ics7mmGg4Hmxkv4h4PspubaLLqzqE4sJ6W+QF1csuvqT0ZwsaJk6AFnekCaiSpnpuRQ4+XK7hNtrDYm9AITf7pSby4v2oL7FP4rB2Xq1Xijofbl275jkY6j7iq5OVTCSTs2+xoYcLrtGlnYBTfNDTCDmX7NIqYWI6+9b6aIVX2yS//Mi9Z80+Cfa70sq+yiG6JSy2Emli+ZRiqDNgIeXZQGZ44qr+LIuyaGUUUshzIoBTSOOgMpCFr+okKRtjC07lU8ypBk8yDJfD8FXflO2yXQc4rypCt2QFuVhDdQB+/j3vblbvdvlqkb00NLZh+qExqVsWyCm4g78cylb9HEGn4hGTAbaPWMkr3D3591AvvCuVUS6OufrcD7Yx0BnAk7GH6z54MzHVa16/VTuMnUOJKcN4ZQkPxrUlCAxhKpmbs9yL27bcjRPz+Z9HuOVZI2bxCHInZuYA9WoOft2keoannb82gnP2zerBdfOccQQnEopw3aSY5gZY2H6iAPSc8VqUVrDu2TOK4getjX8ob1lquCoVXDkabqLMa1VkBVepgkuHnUbTRLFiP2EvEtQrBeWFT2S60cIrstsoI5xCGQNWcaz8VV7L0kr7DMPVquDWAYjt+8xrW2QLfNf8v8SNH789d6khL97C0hL7AclC0UYQFhyLcgqoSo5lSSVsLce2Plpeu6V17Z6BuZIf/b9xWaHtithxJaojuF5rG1fUXoPtbZznbpZPyeBnxnqPGGyi1Cemmy1ifuvnt+OMJoR9s3dmr/2RkW5HuV4Lcl8jnTWldzCSzywxuKfKe2nm3zMKcC1V8NJh5xQMxqwV3E+MXqlMkFeFYMYPXsWBWT441QUqM4DlOeb95Se79nfx8Z5ikcMxACle2/cNr5syNx9Qip0MPhBsa6uekw1m0A6SP6PZ/kWohLXNNEnNfkuUHoVzYW2zkBsEpVC2WdpJiRbKNrMtAyTG1xGjHGKotS67O7WwbThunDdTj/i8d9S0kwfXQf0eIFGG6FygrYzG0We5g1PQjit2ejqwBSE6JiHrNHmOh37pnIV2DklfUkx3mtRNEuhaliamSIFWvtHfC2K4bi2Lm3WBcTNhJTvcV8hTSxIKMYCeD8OBQYukJ6SvQlQgMGsbiXnNDneRMmqcBkrXH7tSdHdAFe5TaFSpYV++fOyVoi/AhNQr7QxMAOyfU9BWUTZGojhKGaujdXydo29ocnGoZ7/1CI9K1DwKwydf3U4jrmB5eYqwOuXUTcM6Q61DIk5sexD48dag5SWXp1Vnz1Gb1oXt+7yETsIF0OBRzOYzZD56waZObz/KBmq1g2tpXiygpPXwfk8P1/KA9b3g8ginXdIf1/0C7HOnvjnc7kzpX03c5sjrlFYf/L9wog51ZRiLha9j2Qy+REZPsBhbotj2j8Ljaw4kdueyFZ2TjT2wR9kR3CNBTc9jxhtySwB7MErOcy+BXebuPjf9lXCyKFp+YWmEYnFa9+6/Gr5ahLWYxyFT9giXwA2yVAVaEWpPF9dtgf3PhaUqW2EIaXx9QYInpD5mXWcLkbWai+dsTx+LmjkEu02bPwT+LSwWkfzncPjdKCcqZqhobOEHAAq65PVc4vnNC1eWMY8Gr0RjsBGkNEbNGEOOeCabU4zIX+KXmR8GsUwjGPJYXBok6YFRIM83UoN5jGV5oDrD8VzQGVeaMXgOY8jaup7Zmyx3k1DscUIzAPivZownRywN+nswLabunfuhMOvIPbkOWiDdkSDHPQI+B2RHOB5r74hazAFLDleg8XgO48laxzBe70u7R5l/Cr/LZ3zhaS8xvti/aRhfRGjxCOlvSY35j/HLYby6d6kkHVn99F38jhTFChWLrfoAgNThZoySI5bpEnARgEhgI4ge32ZM0BfPVHOKGV2YF/niD3DpRhD8Bb1WmZZxFPiLGvyLkewvriijeA6jZI2NwUbAkfBGNGOYHLE0uCj8TTMAoOCVKpHCVW8ILMspc4vY0HjPn+5ZIpmR4M+I/Q+uMMN4DsNkrdOZWvwDMH+AkIIjVR0UmjFEjtgZy15roVLe0L1wRYu9sK9KM2q69jh0J56j+wRlHN4m2offfMxYH5OV5f+CYBq/5il0l3cGJAzeruxmsWaObCQgBSz8yv8KG6zAwYueKABVXPbBGWPgyJrZrojG5A+nJ0pNPlS31qfecKD9cd+0tfjyP4mQExlSiYT7sMnV/ixUg9l2lV8yIbQieUJVnbks6y+xqFPJNdX/qNmPZMCuUbw1BKv/gdqcdmKs4vF+OYI8+FlrE9IxX2IVyZXkZ2I6PJ7DqUP7y5wv7Mf+qwL8/GW/2tkoBhtArBAFTjtCP0OaBS3g1hd1uQrTB9p1VLrcKA7dTeLQocEMR5bHcOgwg5GBmcolxc/ZJrGSBLqWpYkpUqCVS24rNWGYzeP1STicxbPHc2jSneOZOtyWPZSZTTNVJbnsB11Fe7ZSU7KJKTLpoKUzYjVhmHUgD/OkKAwFZR9bqaxGNAFhcAJIXz3LRcv1CzuNp5aCMaa6x1p01fcpcZirTXCp1LrkE4r7JJSl3CZ4Xhr8Be+e1/5tklue06C03fpd/Hc2J1NaFdes+oN+B9FSVyzN0fk0DX5+bSqMqPoa/eMNN7SeponBxBP1NEhfW3yiZHGOaRCp+hPCU3lCGFYLyHN65Xo28LFaJSvFpwRQ4SJUYUEpq7THhhub9lvTq8Qjjyr1w5imQKgx0UWoDQ5KA3n36CeymDOqvdeYUpimMUU3cxoeEKsmGSo2ABMO4hTPXPSA473BTMK500SaL85JFElxaxKl+AhlmbBlrwVMrWJJeyNwT62iPeOczM+Ps2XXkXzkrnkrG9oCSS2zp3P7PhcuNF9hUFdhKAIW0mvgxo9X2Svf5ApY+VrXil5O+pcDeZLuADb8gcHAocgJYNmm2wpcF+pU0jI1uzWVdXl7XlUOrGml1rCU5nVHWMxSgoOpXhjgul5ZRmbvqOlBqgU/0Nj5coSXnpEXmXJRMvh94Gjfa3MKE10KCcBILzwSxVEq2JFIb8sgSl6VEXTiMAcjMeD84jNfPUqL0v2sHKfOMVNfabMngzLILIabZmXjXf94BAA1Ch6Fgb1SXAuJXpuQKm0snNM5DM1ED3E69SZazd/S6554lUMLgKfle3tdamHWLL0qQe+kkvM2vOEPTbrNh4OftHxFdra08+NAN7efZoQ+Gqs1TLNnqfqkc57DEueoKi8Yjw4T+uo6BkTkHV+gDsCDQVDuDTC9cinMD56jOjCe5AEtho1VJYH4KVHScACsWVo+V9LcRGx0X8PvBofBGiapkHa86CXUGmUO+CkfrUT/wJ5rllHp5aEmz88HB+Rpx7kraheQ0vZq2O8uzJJCTfjTQIf0st6XnWp/v2lcXr6bMEskNbFPE104olbbby1lHFpwUqbF5GIlVpVttlPMqZOulPbZAK3v+dtdl8ramUhv1wDphLkahb2SvSBdgrVdY9cGSgl0jLr3VKosymLRvuN/HxwzsGROvpuoXwL0fR/kUbMeHxNffgXpLdjDLonKwSmB29/H1ZOozn4UT/6exxg/kidEzfWppS+ALgsW+35I9S0NxCrLtzbpO37kT7cix/EKR72RgTe3S8b+6KeGtUzC9vYF62ev7iZiVxYj/HGc/62PX4sThGyFpiyB5/iZfYfN+3954fmnprHFdx/8ys/3WEMUSN8In9pYeOe/b8u9qoevrToc6b0U2O+O4KD5lR28e5PT4Rk0HrKPK2r+9kb464XPItrf+PprKpEC2HzVhWZpgE1031E0/2Dmq4++CD2ZvM/dl9YVk1K3Eh+SH97xpet9o2zXWwhKzSj6Wwbswe8VWb6PXRVumrzCqq7CVauzCiPiNnFClHNJaXjcbH3CBFjLU+NO5ASobNNIGxyLbQoemfphxo89XxyTR+330ghsCH/vF9LzArk4eP12yqnViHgUhoRPl773QUu1Ax7oFnyntoYbQGzu5pOq76k624CNlsU5Mz7j8fhxniYqWj9lJq7yxziuXyYq94vbJN8p1QuA1buVqsadyBugtBI3xtGN76vEiAaYXdIHcu8eTvDA+BnOzaE5BZmGjCGCredL3Hqz7SwNndhcwqXnQ0vzA22IM+QzgsJrDtDK4K2XbAo5axh6PE2Qrgo3RqM3mG67ON72s9LlKyzqKhy1SqxkAelOdcsKtzv11hQmys7Lr6pAWhysRZLBuB5IXoLaHYX+X8WlXD2z8HuFNSO9b724yHD7RFm0Pa2vgNxn6XZbDVQby1rZkNwCaLmir4Sqakq5fEblo6mlkQGkqHw26nTR/vuQH2Bt7gr2fB6wjxHDVaFlXAepQ/plbVwBLUqbospZfLZrmdvR9ZKYPZ0tqaO52B/no3FCGRMgI85GD3X4uoVM/mvTYCd1mYEYrMaZMeR4CDaWsXIpnxW1r07qwAGwIjtIURzj6tpRIwZYdUyNwqqM74N80UlSJ7Jt+LABc5Rv/gCH7TAImNWY5KMxJw7s5QcCOwkJ8vJhW37+YCuX9cB6/dIGViwyQxaC18mTBrCZ64+WRxUKx31TSM6x2P2RJ6td2YYZZuUrQxJyIJyxsMJ23e8SCZEk8s57gmzRYBg65cFgGR58VX+UnXKT6/gshNERsl/GuVGs3/WvwkFKHgNozQ5ll1FPivW76dUwFwb12WjLkqQznefOCvYBS9I77YXRI6T4HOqRoCaKqGIVi6hSomgNI7qX+mqZPCn45ARCtiBHjKQhzFXkH79E90xpYJ4Q1Jy+iPC631iVld/jmNg65RmYi4OaUxsfVPfbrnKF2cOZELd4Lw7qTyMsgGkPpBByhTlDvGluSLxxFC/Cy8wg/eL/EoM4sIn2GdpgeCqg5lg+wpbMJ1IJvcLx6CY7I7cnLw7qwT4e1KQt3jXPUdpnbYNf7jvHHP8NHQGgTH3SEa6UnEORBQEMoVMI4OxnIydRI2o35xtvepk3gPUlYA0KePETBUBa9J4K/ZR+hrU8RjjPT301Det6jCatmZ8LbKeaAcAPvVOfHxUM7Yi0J/HJKvF/4xTL3V4AlyoBZtjJiQusm25GEC+w2H++xXzJHEfkf+OWt3uNxFMSFKwU4IZV2ARuThbVdMMq4Eoxif8alpvRILE1Aord0bCmc/bhuxPqEwo5dm6kHLE345aeEmXTjxRynBhKqWXsm/2qaCZ4M4Ts/Vs7YBlLhsh+VbSaWK1DAbsUdiuka78jODeN8XK1mZhoXbJHPMD8nDngoLbyVlW2hqWvFay9amqlyJZf4LhMm4LR2a8xad+XrPTP3UDgEHYnxwrdJEMzlzC6QZOL0ve5tYhNwUn1eOnrpdvLtb4S5ulrGcygDFNa+9OABg8S+65zdGwzYh/WbWr8CpvhmoKZDsP5GF4FVdJs+RDyfzFo2Hcd4+xnM0SRlHJV+AB4GGPmh8FBl01bnnoc/u5r+Gv8sKmkWc6Q7RoigozUk7Ng2dPxdRtjm4220iLNuo4Mn594hK7fAqMtXxfUrK9XSH/UfwmT51TdQnOpTqjmpwvyoBavGihz4p8Wh9YnWV9M50U/hXkzRytmKGhsZzsA8sD2KpcpQzEhf4V/MLcDf0ojFQAzZASQ+jflrW5IbenceTnNpeJEVURxic+V0342IqGBsFuzsBfSE2G3Zik/IdIIujWzFAOdDEcZjgxBhVBbs7JREhuhtmadn92s0u1fRQ2Cbc0mEwbxuWzaRD0U+z196V/sMI1cQ4ZUhNiJQWqphQxH9MCu0sckZCg1BbtOH3GQobUw7CedPEGG+eioovcqFSkBlwGABrbDBQAVM+3VKNIATBGrs7XGz3EyuDgQrZLps9tg9XcOihf2BKmOafAbIJPgKNWehHPbYD63f/tnMBsgNOBo1IcBr2JpIoKfKN8THpUevUNHdicKH1mdLK566SRka/JFx5mRiTpXw9cMK/Q6Vv1dxy9ccdwTKnb+HooZOhrbwwWAutPxapdpp7dTjMhf4p/L85D+Ct3ZHaA3+TwPn+cZqXnb3Chw/uQOF3/G6t8SE9bOLPM0Gczav4ozbJ6ZpRjYbDjaHuwpN5+XD1d2ksAV4KRmABBukMlmNwPUfpRynGwgh8RuB/J6PL2Q2Rd81GyUP1xhNvEcNslapzPiDvTCehqIP8CcoGJw2WRI4NVfmB9PNeBo+PGanZqoq7o7kfTnyWLiJ+1zVqOb7wN3pDT0KB0bnB4O6enbsG7AR/NT9ZkjFfIUR272hD3mvc+hmIgy94I29jQbNQfHzHx13f0Rzp+fzt+q6yAlWEMnTtI4EKHKd6v7NpIRP9HJlI4/FKcoYbvgpunFbQm/Vc9Gyhnl+tKOc5G9Ae9JprqHw6mrSp5Tx0kWN+qWdJNBh+N19zl2MQQ678sg+stS7E9d7XS2P8KvbzeEK26XVn3suWHbVAYefrPPCiNWIPHiJwpAYer3NLxuYdrJ7Xjcgf1yNLfXt1bmOPumqJRATyM9npSGqo6QGJihWqleXwle+iZYS2b7cvFp3Kl/HK7F3pEkXh471U+SxCh05yMsjl/ey+Iox++y0hOSeBdEF6IfFkMtTEHahXu4syQASfnQN7IV/dai0EzRIZ4wSRK1ZTeWP+GaYoit3apyO5/rav26QZws/n2xvU36mdwCFiyjoJwEXH9c+QES/3eKVBBhm9QYlZ4W+f8lAwNfmBNuDGHTtEQoDify1q+2kzwFD2a9HS8MVB0DdnDXTHXdvXBW7J6OGYnSKUWyvewklPMEiYUcZTFLpRevlFW0rHPuSl6ZJeiPYs2KZiiMd6vIWljKUSGnlPV7MSeplcjGkpM0Rzu1LDa/FfCCPT60ohcY2pLq7Fd2Y7xphkq1GKvW4dIhmst25dczVq+CquyIhNYJ8n/BviXPTLjVvpu+hHMwOpLbg7ZYAOzSJEH/vm3LDfcmH5njl8D1j1HrLgQ8z3gR8jx59bLbuG8fy+fD4w0smjbyEXLumjo47K/OcXH2TSoLkJ8kSdGN71s2vSKsjAfE/lOf6kl10xm9CaMoB9/+9IEaUE57i2UwTMTZ3vYutnrMB2pAIZWn1rIOQ+wy3KvQdeUbLyEfFo2rx3cORZ51bEPn4ubsG+7ghUx5nFAFv0iiat73yCqq2CStdHReqhDseg95vLKIThJfu3UykrdUaY2KoFLFMCUvrs07Z6pui6qXsmL1am4pIoksZjGJLEUSl2vHi26VuYCm25PJxSx5hPY0WtW8F+Zz/EgPH+hT1Xn3TYlHuLIahipSivOUCL4Axacu+3Oq6jblDMLwb0rVi835kCJUKux00sFTTYcoZxCGJYjU+ffF5wSVCjrr8amW4fCswnCpIi1h5yR2gHSKFqALqEQRNB4Nr5xIR7j5mDgRyvR13ydUZVviqYU3EYXaCbEDYj6hDFCmqZNOohJDSnVwpEhKNgldf1v6XZG7JW8jtyd3yc9D1HHRNSYG9NJVxFBXAZ7k8xvDjhXdzgKF2OLOTJfHhySTRAKfBpedxb0VrW11DeySfCO1M9KYpTXYWvzb0KqW2RclAYGqaQFBC3YLWt+W+6Ik8AZV029gZHFvPwNEUpiIN/LvkLwQPzeEP7ZZ/OJTRRzKZMEb2V2RF2JpI3QcusQIiCSKongMdnuStFMsYePwgpedyTuU5UMAx5EzuGB/MlWkI1zJyPHG7wEg96C1O4AcXDZmiBkNOvkwy1Fym9DuS5SdCDsQSv92rKkCdV1BYNmE+Am/OoR1yi5Wp6KeIpVeBmlqbSmbMYXTPQpv1LCiPC6ShjCl6sKPrFlDB+632UYyYmcorAFkbpRWdMLFtMMFtMN407tgH0iNskPMdyovwbhugh7PNCs03Sa5um+jLzlARe5Bf1eiGeqelBy5mFackKwnwbD4A6RQ6fCIGMtzH2o5E7lVJODgi5cKVVUJi0NIQvznX2Z9/cWLRikAHYp5vO6d8T48VEjIZ0xmgZJ0ag==","W//tE0VuB6Ws3y8chcDGAQTELZhsm/RuB0inX91idCbYxooefSIJbhWTSf0i6PYg91LIeA6m28iXy5qe11Lt9ZXX7gkSIKfU8vNlbjBaK+sCGhalNFDlSK9LCvQTn2ip0xZK9ynQHqD0Mie/5FX+1O+6PiCExFe4Vpg9/e/3a3mHUGiVuBb7cu6TFbfE0PSuiERINEqBxhBq//jfq1lvut1ctgwlH0ZoXDTX0Mi5KNgBXuP84lIceZu50EUP17y7HLZZQw5lvMkTxeEDKINuJjPcH/1IizMTD47iUxwUG7VDvJdNeyjJ52jvQxi1nHaNlQFH6b6YyPR96wV3OKR/THmgM2AUcx3LWFZ2avfpt/e1kgQIvyJljN6yhgYd7u601uctgAalChBC7KCsnLWCx/6G1gFcayaq06rK8uXV1XpYOdD/zWgIHigKyysxoOpQz01986HgLiZ5dyhIjUWjSy3e6a/nx+kcY/JWn8S9s7TJvTXNj+e4vLbS1TKrD4VMdswXuFXebdGkBya3cwAMdM39fiEQgLR22cNbv6hU8eouHNwyR3oNHiEAyHSU3st+94uen0HN09iQfBHiF4QS6SeaEOjRxo71c/3UxuEQ7NrLeO9ykMTr8iY0M/1igCR1vPBeiNvG/T1GNxOM8qr2/Qj/yiXNb6XnVF3APdI3/XK/yZxSECEDP019mhZZWrL8RH7527VVYdHbGX5GyCE7HvhOQN29iWQ+D7TBR5EffyA8qIp0aEdvJnyzR7EIhNWR43wcrK752v8a+dy0wxh4a5syV+pCXZAg36F9nQg0uMODMDAYANzjjuGRF9HNN/Jt9xBCpdIeFffpEt+a26kzfS+5WF4s6pnNd9klyFysH8tZXCQAxuh1GfpNOi6/bJteQjO8r9caivcmNRiDnIH/8igSXuhwHuOvdWVX3le/vqz+s1XghDPy6WydU1NRmvAgfKbVrJzyDacLjCZ9U2nlYRAZl3OcSzb3bcst5LNG6IqGxFLZkynUzSnT4CQA3PNA/B6BbTG0JxXwQWcE+U1NPfR7aZ+Rz5DNBs1V8ag/5T2dH67O1lnw2839D3liAtWLlJzJnmcqzddumb298Ii0vc9nAHmydN4l1NA87GfOINtKXv/xGSaXxEhk8u8SjRMfVzKrskw8iOhpOpjIHCpLFPygsfEg1VU9URF5weFsZ0A19NHeQJD6DZ85QEB1y23fIiOlGZVEeJaRevMDO9pTeqBpgg45dcMFcGxaRJHHIIMu2rQ+QKS6FVXAzy7BATu/t6Lilymdj2EdU/hKQ+ikZS2gvNgLGslYTBsWh01QDVyY7HwzeFMwqpXhm6KrF817aLAsXRWBM9dojho7gdBGe9MezVciiaUsspw71eH4QGtCNwMi9TB+JqiyuzdF5aoUVMSkD/53ijWjtwEZydOyQizfeJIw50hj/klJ+iwGlCqvSsPUlg0QCT9eFm6hDWGYEZpKJhb026NPUGEG3+s6XvOhp9yVlmlRWpjqnl7VjhIKgIs+ET5nVUvbwobFw6qs12yGK8fm91opnHXjsygcaG+icfvW3HxPiY31vHHhP38bnPn+vnExC9I6/NEENv5G9ed3brtdnE6R3xXAAnA7TPxkTFzXw9bDXtWR0sUGOgsEN4TzB8p1BHw/tQvwIoIC7GyqNEukyyZKCFkkUXF+CcW7JJSQLBFJYR33qVCaDtRYgChDmEWq1jM7bJqSXWCpkZMhQhRFdQKjkulCjRXKEnaRW+uZnTQlu0iNnEyIS1mc8VWwNGdxTpn3mKw0cYWBZ5GHqrPDCMX7AIUSkqFFPMpxYzAdZhPIWXjkSCBgkY9rQHb4sZW4oMiVkwxL4qO831r9+R1+E0KNx4xEAhfpV7D+fGq6n/rz8vLqzwvRc4wP/VDheyGR5VYQIgRViTQ62FLzHP+71rhIzCrxEF8qNt+hY3fTj7vOruGazPROYQNiV+qcA6uz7CPYVScrIa6AeEfOY2Dldpx4C05czoHT2X92S03e8qQjXCUsa1L28FbFZ/deFpDMskQQgPffuWdzCIimGrwA6muBl40T9JrtXE6/eH8zozAd40OboN5OzHjB8pSMX/ebbCprhl+b7CUtbWeozDb/E6n1zprYU/oN+oeFgvw5NlCYNqrreAcbGop8IpngSgwVaVPQ8Ekhf7JEJIHLSbs6q86y1Iwd3h+HxLsi8fOR2PiEVFNozyC5uwEJUTfo5WRV9rcZPxaJRBJZznISWYkU3iu3T/Tf270Anoz77ty7IrEZKfLq/KGSVEI3cdgMva9bRot4lDM+P8RJutdtOPEWHKwW8Qbf081/Iz7K0z+/m4hQ5OEhgYBFeLj93MCDaIrxlOXziFdXSCRwERluLzeEGHL0zyOqqy0gQxJBC+vwO7hjoIilNMnziCvm4UEjbfmeheYB5Ns+mebdNbdG4hGv1ePhIh3hFoGBd2ufTDiRgHuEwYGvQ+bgyZl4mEiP8KqRr1Ttr+C1nXwXfFnJICGyQOlTy3GmWqaW8/CJZIIXItRpTVD2TSgqWSKKoMCpYnBiXltlyxq0Eqzh4b9W3UVtOFWo5IiFYuxoeyf2tOzb2HdnT6UNzXFKzbtVgUcg2ZzrjV0nJW5hw+JkUdbJNtOXsM1/Drdj44gL39abqhswYOLrocMhR7/WJoQV8YoXxTt99hx7pIG2fHI9ieYEmkrvku2JKv3h6d4zkvo8XJyN29Mv8a30QKo9tQ6fKaAoQEMCAYtwrVtWqDSl+gBSYyfDgmjVjIumfN3HhFDjVxIJrJSaunKQ0/x/n3FNrZbMmMTMSdCLN3S7ZRfB2SVFa4ktFsPvQB8vH4ABJghDSZBiTFn63LGtZL/fa8Jbsk98R/0sDLAgA8+UE6gIgh3aI38in70peAGqdOr7n76gFXACO7UoUr+ccNfNINIiuVBN5FsduZ1UFj5jjPLpt8510yY56wOkIzd4V3yAO82hsbCA/7dBda3fgA8xq8cYHEZkQVvkE4RGXrFVztGF/rvj1sfIfthsvVGgJzNP6T8PC28KfIYG6Bvf1SICOTAz1C03XYo2gqSB7WmlexsbexkA9u+N0a9C44UNOQ17V30LP4/Ef2OBXMz11cOWLIf43M1//fQWu7jzpJ0gdB0KfvWuzRLOh3GB9hNoUwru50R2FxKWzcJe2t1DPRoQnFVhl3w21j0P03e0MH3DoAS6OaZVdn9ZsOvSD+dTALwDS462384cQ5t5J4ZeP1yRx+0zHp7DD8oKB2ll+eyREX0sOjpejWKbKY/DZNJDpMybs8euLWXcI7jhKYFCh0WhX4Q3Ta0Z8dzoOMd0GzdCBp5TLCPymmyp/vaUAk3HLteFJ6XJnwcEA0dfvpnhoe97NDjQTPNiO86GPeZxyCPY4SliAwbmvRqLoOYe0+59VpANn7Vgw2vJBs7NNzQkfK8ZG2I3p52OL84wEMR8XKuUCLGqPj03Lihr2j6VJ1nN4qfPmTOpn6peBpbe3RzrT+bHOeDtrH5yxvzp/TrVDhsYtKEP3rUwEfvxOfr+YtvEvHKbdjWsRH7Nf1VNuCLhFceYfmDZ8mBCY4Ju1ikGQj/daoBmV/nT4unTRUao5UuGx8MhT7Hq/Ywqf667VNzIhMmR9Q7P/rtF/Xns7GxB13ZxZbHr0XpuLHEJu9ouu3jh3Fjibeu4VJ5AznI3zvKyOEtdeUXPcQe1zHntam2UHa75/z57Wo2dJd2cnZKGRH/KufzllKw/ZxwE3wWv7Tfodmhp5qqyJnJmmEOLGAx6wUPjTzfnZ0blxyNA4f7QTtB/4hl/Uj5IZc2WoBxXgKHz0Q8o0wxxCFNRX4IjKEPWPoCj4poZTGoZIgig60vwynUSvBPgbYZ4SK+B45IhkkC6vgSeyZFNcDMCQGKTGTjyGKIIqqgvQYg6CXICZGMLhfwaTLYY4hJ2IfoSlKB8KeWAkp4vZvjoYfwfq0tmM1XuNHLAhyeI6T8fjD9LXBoa1RMS70SclvgSwp1Prj+Xq/7McBA/I7Iy0zsSRBFVrnIRVUkEJaKwG451lGKsuyshRySn7ksmuIgO7aWqP0vdHQk5ohhtVzbBs9AM6oWqP+3c7Qk54kLRlyZwERiky1R/qjnIyYkjHhR9af8WwWG7SPWnlbsjIUd8jLYvsV8S/vtBvUT1p5h7KYQc0WIeX7a/JHz0w3yB6s+5Bjk5cZh3J0hZIegs4gZ1tTOo8SKRPJh4COVcPC6kElrx8bXaCUuh7vXWNl9YFqRpnpSlp9C4kdztBcu5svaHl+y5hqqt1gcPldzrwDJSEeY36wrfo7R6ukz16ddUe1SMSl3r/Wu5AeP/gXOw2qVCjb1rAVKng+JVdwqs7t6X9KO6R2F1r8UeLGxQBdyaFkA68j5Tia0/yhkwiebrMq0D2XI7JeyZppm3I1eJJaEURZSjkrorZlkkaJdgEpzKlWGdNEkES2P7VhnZGI0+UcD/Wv8cdL6Uhdro11QJGZCOlY4rufVHiWXAuKC3dWB651gbH+9dturEAI2zmV9UZt0y18psoarfY2W8aipdPTmSSL9ietXug3HBJcjh/Hh93CF92p/dCVpdqOu025FipIWYGS7rEVfrhf+dZYcGdfnX8PWvEB/vd1JCB3ZnFhDRcIzkxezVc7fcsR1H2HDYqrEJGVVrv+bF/Zmar6Spntj3WLGTKX77c2W3558K7vbq1fia08uQQAAjF7PCHNYsvrKXi1gdHFTCHPzLfRe+3AjH65K/p/p8GRoJXPdQCNt5KWpyu8pG3KRPCAHY8mJEqjRoTNKoVI0XStQGAJ8drbGeHxE6ER/Y8h/HztEV224zZ+o4tGbwrya5M1tDchuqfvXxS0s5Vgf5Z1Ujki/g7x+aQbKUkFxuVMO904Env6qqqzqBvfkjCPJ8ziH/rwrxf6IBP4eCEkz3AX8hy/wRgJA+wCcz4qGhSUWzotktjDWzLOifRGj+mH1zezjeIdfBwlRMU/AnPsJXgxSvHCwozmnv1ypbhaXyNJuJOlaXEVcCxSQC6anZzNW4npjdGdSGoMSuvKWswhGiwgx/fL6wed0/H4BFz8YWsMKTrfPcGoagVWAaVnrZqGjzExzX41btmbofrWDH8j3+t14s6e2Ypw9gKA1SEBhLY4VFhDUbeUdihbsFrGQoEjVuFzAbc+qN2wWsBWySCs4WsEgQJBzJAfpekfzdlxfb2ElkwVbeNVv+AzDLsDOnUcv+TGR75aUhhm7KgRADGGTs06f56xTxN09euvgnUKPXNGLtldz88k+hRi+GxNoaeXnHP4kavRQTfyfkBl9MM6nR6xfxNz5u0PFMp0avksTb57jh8M+pRi+OxN3WeELF2QJYo10jh2oLepEe/lEQXJ+Hotff4e9iPDnicgHkcqX0Jv+/xITDBVByColXfAO4C3odi4t7YYLAk+UMii+oF8AnyfMjLryDXtaIv/1weTOjVgvi7zZc4M7o9YD4mwvHiP+cNmLlJXy5YQZE6rAOvkwYQEpGp+BCiEwWACWVEGHJYwFwS1rdbCraqtsYP87GwIEn4GH8xc4HOPBJ8ijm+DtTGq6bxN/2d7FEy5QSvZ4QP22mhIqzBbCgWvVl6UOvDH/TDAAyWM1kmUFnL6GIMv1G7GWdO8RGhulGsIPyO2jmo6Jv6/nYdjsos4OGGSpmtkcGq97cvDg+up9a8jdNCbMhBdnUT2ejkE16n4keHXp+2eVb/iS5QisUFY1mO35XaZMvnpx7NoQa6OSyx2EPOU2U0HpHmSf+RIMKCk6H7oCTtC/aT6Edz0VTr8RPeNgtdxXYY+LxK55MNYSvZjTMb6GG5sFxXR8JmGg9HmLgOKtnnqwqJ9L36h+rsypPMVi6HTh+xG7kNzmhUUe09AZJM/275AhixC/i6YnxHa76ak0j2Sb9F/6ycjmBPwn5z+/5lw1vKHswioeXf9iKDmdXYgB/2pvWZCOTg5m3kvMMD4eFVI5jmYE3igu02M+dBWNRwN5LgUXqr/H1diUi8aS8NJ/kvgkEuhXURpNKWz6HltLJXPlJgbd26uecFf9lI6vhMxSLf8JGIz+rvx59YWD654BtD5n0VM3XmhQDf9R7PqB89vToK7e2E+R03FJXN0/Tup6F60jMejMTEEgHNgYH0tV9A6VxKLvWFvCnvQdejeC+LHSqu9CO81prOn4pj4EunMvc+cq1pYX2pS1gOZsIVnpjJk3pFGcb08hCtEbq0ACU5zMlsVbilE9z58HW+EuDGnDx9eK8rbqF3cb2uiSsihb5AcIF8cF6dr0mCcYDdTqKZDctreqLLSRO6Emnen0GBi4Rj5nByYyuDsNUemfdO5OlMOaCdPBtBKy78FqmRJhhG2j/oOOb9njqAvoEQvcrqzYNtFnl3WEGYTjAFBPMx+U+nj3I4DEbTpZejDxzxXDMWG+/N7ffekbkMeHpRky6yorEpZxoRu0QhC5jNYerNaQ9htXRifIk/7RrkJRMc/fpIsnOWcgn8za0UW7xCFfpMf5pZw7UZ2bcSTcTX9VXuBnn3wGnnHBCqZsJf+5+xD9p3Lmv8iu+8vcy4WAMMfyWmPxz/c7BRGH9ynFacQjGDcfP60SHpqqumegdDsJdmmqOi2Zk1ZIDEBhGHer2btWS5nFWLTYAac2bjU4/wRzVnPlk1cQDHg0BPt24d6ECyeusGmhQEFL6Erw07Pg3Ih1sNvTixYIEmV/+55bXYy+e/WXa3zvIIO0/W/5ElvPd8dg6cCKsvNwDhX6uioBjYDhTBMe25dkHk09432Fia0dBtqbqlck/99j//Pb+9Y/BJ9C41ckx8CR/0p1JRk6V3Bn36OS39z7L+PcUPDgfrrQSejwXrUZ24Rm77xKOkRO59uwEZ6mmiBFQcpR4PK+mm10INLNfNOjf+AHOaE0IBpSsj8c13ex0M+emiSY4nP0aRgDJ47EENKZzGmvCuY3E8HnqiVkdXkWDszRe+r6cI9beUoHDfHvu4C9Ll/yXc8B6tTdgJ1zv/02HHJf4UKEfPcTV0iWDsViNTjWwyhxELCryV2avOHT5yj6ng7N6xsnEq2DVipfldwdY+eLvr733BfdrG5G7s0bGpu9z5aYgDdM/QEQvbnLAj+Ph56r9ENz72TMJN7RkQ5oHKrW15rsl2YP9ARsQwXoAdggMBZnUPZa3evxafc7sy4BXc4Q9SKo5/TYq/656UwDqe7Wm2hliTLtFwsl22j3Tqk2tfUPWzI4Io/7ZMP7ViPBc/Zg9V8hp3kR9a/lYCfodHpbrFhvjLLtiLPaWwB/N5V73pDCtfsy6jVokJXnh13/MsN7Mmue18jFrB4e1n/Ye/ZOL/GvG8PQQF+txuq2DPfbUY/idxRPcb/75QhpAr57B25ye9gsTeP7wkOgrQtRCD+qagS3PAJXgGb78n1Vd2dGSls/l0UWVPohUWWJbOWWGDO7OhMi7spxk1hCv/SnKwlRiMzrX4I01GWyZkPUMmqUv1Ige+vPF4rtKJPSeCUYGa++ASz02NmqjtmJsjm4+BctX8SlWh0t5NN8CAxLtZylXj444Ye8b2ZlFmNNoCLDabdtbRwKVqQHFQIh5tv2Ihxc8OzWYevsm5L/bKnCzHcUk7rCKKabgUCJWjRuMLl3+l2eiX5CFbdlY0upboWNr+bmGWRJ3S7TlcH1psx84KGHTvGZEN8KV2epWxNnjOXK2kY72z47RRNcy5wdb3jOWQb3dsB7iw2E3+MEyGJjfWRMgS+jp2qlUn4JL9QQ9Xk0iab03z1rT3jz5Tpp1Yz2uKT9N5CgQ/Ed0J/8cERj3k7D5/CuOsR4mgmtmEG/IjePhcxZkM+PbAFFkookgxa6s5qxWay9nmTfD16ELCVoRqhtX2Ej8dcEdyftVMjwbKHTTvHmzwHWDjBe1/p3r1zk8+tB2M2b06c1IQ54h95wmoAFv0iYCdwDl9y6Ky11p4NEAHbu00fUn80zLV7JUT1jn4usxPGpfz4RcBnaWkt8ljQR2/odIgRY1nzj7MKF+DgzbRsBizLD8X+SP8i0xhkp4JERuzO4caZqL6BHJlm74tD71laCqHmymqgmqUR719QP1DQdKOOgNlxOynfw5Ga8kYcWU+7sE7bPfC25lew2OGNhIVhywyviloHJVKvij1oBy0nCjH43bFXSItUWwjycKfqHG+jJvy3wzDi1QA4zCLG0GebKwHA2u0HNqzFyfZr07jdPsksA9m4q//DJsdRjaf1FhK/rTBU8M8F7Do3mMzd0ZNaCNvwcs6o+2Qs1n5Q38bOISPj9TxyfDUF5Pf0qeMKnVDbd6xZeOsWdN0nX1d+X5k5d3GQZwgWsh7YeuenRWyDZCUY6KtMMzaHkJHlnylYsWEpk9183CToY9Ki/yZxMYFFRk3PVfeY6ZX78uv+G65PwyFu59Pgd6rwO/fiWiOlsfhq5vT+ZKypCXXe7PhT3U/D3QVBNNJNLuf5REUzt3Kk9xCLNR4RiedNlnZiZDeYymeve07/MWYZk6s4trZs+Lkqw4zCN7tdMplTbbrxcwRdSfmFy2WzP1VEn12q9PhbK0WdES17BcPBuWRWLOICj5MawwlwGym0Z7f2VoRDTBaw8NOvrcB4JtTJ5Yz/8KhphipCjVxi9/DCyIjfFW4PCJ4PAFYCeAjqntamUUSHDXRRyN/nTFuUjcdhQATJ7OidO4nNEUHHWZ/JnMZyqAx6128uwoWckPz/CG+unZ49E+VKdeG7AaT5qyGf0f/mzwtJd6S/oLvuf7738Bk7NJR8ZXeVTDONiIDC896zqq4bzLgAGAnw5fOzjSidQRmetobTlL+cO5Og40ZGYXO2JdpqiKqnWC4IOclx6oD2JOMCMgpf6iRkjRZ+rV7+4e8ycdYJ+5hhpjrr/Is3KKzugs7iTVCtaAthrmFirHLxIJt8MqknTwzzLPMeIN4cqDQ53rx84OEOc8W5TrnIBHE685veMyJ6yaqpvh97+6fVWvl4atlsLYQk5TM7mWqFdXrSNpLcBZQJCRtQJCxw9VJBcvqPNKMqZEGg+Ttt9VMSxeQiV6P9X/iTq+ootkNYGayAEtBPSK9iIO5s4ryZi/yrM1c3IlAjdloi/GTbgExeVrYMcSA4u4qlSBdWR13CNBA3dHWQVkV9LqOEHwYPglTwYGv4EYME2Chd+Kp9YSF1t+pFAdKQWBhAHZBGKnBLgF6EneCEgsRBmS07QyHJZJAApFTkkxEq8ZLprpsGAtYTNcu1NAG4ACOpI3vIlV/yphbGwaBPQP6KuHgkbt55NASZgKotdyNSMpOHArs+MuD+Xp0EhWxWMpiTOM7ESQYsHlJ8RwBhClKvBDjuQXw+dj7VrB0iZIydq34toheoZ7Q9krmJStti13FYtGSLG14GGbbGEtf9ilxP1bccRC1rCxXfAJa8k3yUA3d9Xg/hIfqlfj5FC7Dmv141XA9YF8Guu7fk/lGdlox5aoxyBxfbXbjctveL7LFj4X9hwcPovSDxrBk8uEkKVwMZc/PQRwZ6p6i8v5LzsxLR1nM7m6Ah75sOruFSM74Pnoia/iLxAZU08ugpC/HwY5dydB2u9oRdDxNxMy6XYajugFHQoBdkSCSm1jscRgp+VPBn7Mnxh/R8HF4epJBgUoZ2Ky7VDCcnqChqNZUHxzeIKA5xMJmAcJfUHPTtSJXv5mxNfYOBQVF4Y9IwSp5OxKEsVsV0p84dt+8yfC+w2U4h3MAXQHfoCIpy2Cn7GjO2Hy+kqzIhxY6U0MjPUnKdsX80KS0fElgbknnoT8bSRHhfFcHR/WxEQ8HzEpxwdmMaW6OlKAjRR0/J+Y9eVgL09SMNmGv/3lPfaGx/Ab9mjbAEtUDTPMN+Yf0nxeHijtnNwUm6eIny/Lg3RnxUpPfp7qfwtWEH2NXge3v7gemQdPGk2UKwKsGbCQGulh5QXtaVGQrNsR7SaUqw/YQO2UrZbGI52xUTFBVmpvFvUS6iojpIKFC9kx1GaVF8yaQO2U43oQNogSjdoSKjWt7nIFCTsk2GsnrL9jNqDpqq+YYYXXG0OqoqEHs1Fka3EoYay0ENaVUJaKGUlRXHQKeMfAEukrkvDg0vwxKxZmgRmB5RomejgjQ7sVTmwQMJsMZ9MOlVeUikpsdSWVZPA4pcPSGoyvzmKGwnwGEyzOaa4llCvJmJ8wqB7a9uCr1tiAoLUa1P6U6+Ykgwb9QUlc1+g1e1XhktQwAy5f8WkFP5RTgHC6gAn2B67vDl2qwOi2Q7ZNiwD7JoZvW7gmbckzJNJyekszzYnZhd7Bkk3oSr2xkj1oHtoptAS3sm26JGkil5pd6PQuKriJRvlE01QpSVdIGcpp3fLZB5L6lBtfzfaqsQQ7tuWSvz6vV9oQ5sBcFkxn83t5H+/O61VpNIZN+DaJE4S3IfJhLUcW22gOlFkflTjnYX32PtaljJlS7mQtGOm6dsFjAowvilk3xp8AbGeNuotbMfVk3UgeownCOuFV18WBq+SXaYWiYjO7xyDpr4hUiCznRsKL2cWMoo2s5YbfDSWJLzP/UMuht9yb9uAvspOV87hcE6DylUI+H151qMwhjLz6z72OB396qLHmM7kNYiSR7WR+Wy15P7WnDDywz8Q7lR8D98dx/rgj2O2b55MdFCwIGK6fKABvgMZqk2cz4YrI53ugLR1Jb3dA6x7ktfNoC6xS1jVeqAPsyHBIFJT8YICjmUiueWQkz6Rc5QZGCJsXRy9B7je83Xjpcre2PIY8d3tOr9Jd9BV8/plhwITwbqYkygpMAD3gIM8EKRauXmBVWmnYULH53o0WflIGZoCt9nLrkbGv2hv9pXinL4VGEIV5r/cuusNwQav2qMWgchv3GsKDXOF0njNlfGUICaTqICEUGSS0moJ0KwxzLy5I/zMHemX+v1xUzHDh/YZ5jpNZ3Al59F+vC2ZENNcNDAD75MfJGOdh9hsRjCxgookf/ibO0wYwyAgi3uGQfyQq3PrBVLZSL9z6wSrdIiHjyg9mw06xceUH6yXddez3/9upzHJAZnFLocSuZcwBGWOM1dXeLGdJ9AJREOQqXABQXOXvGzy4nydQdBD+yYOoc6w+8gwuROutvHV97x3rRuArw7LuPnYsQw7IELc06WJ9Pur7anEYdPGxgwE5ICDOp0UcJwPcSWihS8TjZAJRLcgytrwjZ2pY+8+0PMvYiCgk+60nXx849Hc9EOwQ8Lh6ogCYFTtOcLiT4CbSeo8pliaqOvZuTFjlZZwEyKPYy61GYD026SvAfECnJGMUo0IwK9hhh4KC7ZvA8btGSl9IXDzWvrtBO/JgRsROVLEwI46mvnSYEZnnDCExI5onvKyYEZNxExnzcYKilTBbcBAsagHnceNIVLdkFVl90ArQ5/ldJ8de8hucoTar9jaIk1F/qqBo0PthDDjho4fFseYgVClYAcpbeoI+Bu5BghIkZd4jPGL5uCf4YAQBO0wOoxuc8a6OJLe7hGN7Ydu1oBwW9HhBrSK5Ia833B6K2lHPxCfb9SLZwCRaFtDUePUM6CXu96uCdRU07xFaJedJWReVsdSPfoIdnGMvWkuFt3UjbgIRK43ARO/sK4anS8QuBiexUfTmc4YTtEKoiOSEoBtJRXJzkLPjBIs7CS00Lm3S460FvVv6rn2dKKbpcQyjoqcymoV68aofxN9Jfb86EOne0fmq568K1P/6lmDh6gYA0LnMLAGkfi1RL+EO3kPhp7/9l6wKWQroxXenYwvzAdJFq0nPrVtxE6hYaUV/96kUm7t6nvLqKRb/inJWRDeBisL3E8IqX5Z86KXjb5oBgA6ruix1aM7L6hCyZc/fiHls3ZIbQYnyJZrxUZFv6/Gx1hKc4DkKr4zLQlSM8ooUFUBRd+5plZcbD7eNTwVZx1x6K+CfjlOnFy8NF6OuezateyLYMHD3Svn0ZEPtqKf/JrVuugjPLd1/MmmN+vIzQ+Nmy+ivbyBYBgEzXD9RADroaVXJTBnE/rVl1D1I7S7p4ZA37Xzcp31NopuOidTrVv20ifa1fZ2fQotFCply51DF5u9ojqXB7jEUl86Qq93TYXYo1F9Tz/GDh9NpETam+sUjhVrcAu3/ImmcJIrFrpGlZoZ/l0W/ljVZgbCpr55BOQdjlDiRWN3zOJV27WFCMzFbevQrH7glE3kbN5/SjL7myuvXJQcCD/Msg1A0YkwZcGCQLLwGKWhAaEMsazC7zb6bkRH/394wjGnzHAsavQhb5cFAzQrB4VBrzZB1ywMWrTnKFC2SDMNe0TI+FhgZDIUw+wDwLbETRnbLw8+UbFjJOF2c0hgQEQtWGRe6p7s8Us+Whz1awnirixvr9idXMwZS9SHHCAIM14PRN/19/417/PszPsBSWpkuAWNl7oZ9NwB3XgB2vgK7XoANUnYj+OhNQS9TfxhjMYijDLMhATseDLxzZJvcUt/TtVot/tPvavhckuml0+BRr7YxSq1pn04Yl/GvfeuicHEzDxDuD5PPKWtYpd+MKADLvFGASgoOG/M7aRYmVXA+KwxNO6YeJ4+8+OhcYSn/7hPzY8ymcXt4KO47F2AoHi5cHYRuENtaFMQDd4+Tf0uB+csjv5uUGlpY5OHj5GWeqqqgclUaxkQdhjuUYlMmOOODSFy8WIqvaK/gV6Y6O7PsdU2HUKTM7xCcWEPp81OK4ZX7djuzSsf4SqNlhPOxe5Nq3/jaX/kXE1GOdTWuoXGD5DLSezdW+yf8+azKy0eMdq4CUmbtIgWSWfEXpLNjMlErKXtVF8HVsssBVJyJmNdVu9DbaFmy1AZJ5SSYbZ06xzBGHtwSbhy8Kr4lERzxMTL/BI94xJvpza7Hgjp8GuUbsk3ARqn9KHXdPlXotc1RJFsObM0+sSJa28n8M129kqvhCVsu9XgMc9hHb2gPuMU+PVqNe7T0AyNf4UrqxnxXmbvAAg+UhR4si9TLP0QMv/0toZJY3ZQz/njYhOE2ojT3zmTRR4495xEbQP4oHZHFs6Nx9BfyGMtLQeJgPvUdk7nv+PxJRF6sRcz83fiqP+nuu2oWu0T6jZVy+m4DwC+mSqGSc/u2B85yzotorAsHD4ELbw7+u6wJDtx97GrY3dsli7SUh/fApm1YzWPcvJV2FHiIzXHvWjjUlJ67dbGHd4ASrBuu24c/4fMK0CZpA7y/LuMLRy7PZnj5T5AaxzJ6xMBiO3OXtYeza00XCa2+iXTAaUJZoQ65udr1sa6MhruPzNLuCeP8jS3D+zHR6QNxzyDVEJneOQqkLMDF3DxOjO7io0O4cV5MJqygbC4hXusn+3RYwFCJmwj37YdfHTJ92ZcNSntx/e0Zp527KNUq6YYQmDapMORYJtxYzkSNRAMeVfKqY/mbeYHQf9Hc9+Vbb0jLsP15A2yU17I3XmRsWqbtzzfg3IfNr3mVsfsTTsfX04nXH1TvAbgr/r3wanJJ/PWD3W1A93yDONKwCUsOsJpSQWEOa/4c1LQmVajDfWPmF2UJu/G4/7MnrBmmbbe8RJz9AvXU5YJCQChx2YCYKtlqeTq+i5u+pQPvDcD5kXwRm15GcgK8JB85VYuDhNnGOE3HGPn86ZL28ecdKvkepi0fSE08404MB+j7fPv+fh+Ew0UmyOgeEfa5RzRy24GM7R/cQfSBp554ajjwhO39Xv3fb5fvl3TcMHGEdmLXNAiUlP/L5E1Wl7+5g+ojdCYAa85VPgINh/3x0HDQ0550ob8fa/G9edKeHwTlLWjG/y/1aFrBdVcNh3TamRYwr++Vi9PxXdj0frhS0kXSiv4TJAdA1YFUuFnm30GmmWS1NNwxiedv2sw27hHnBSwy+f0lx51Cr17fCx8ek78y/utLXhc6LkBo+hAxA1R18BQ8m/k+mOlM5oZh1uWLVp/xUGnatQrL/LnZw3HPKVenXfH7agVjq7UZI4DJbD8jep4jRGyWJbLHSbXHoB7DUPtISkmLs1dltJWr0kuSNSJFWbbktkQali2+rd42HjiQbn2glPOWcGpZZEt9p3sj7h1xyHhRHE4WseyrJYhTIzvojBHsEUWFgOghpZz6yuie4m9ASejUrFNqADnp1Yoj2B/d7IfJt/+0dYR3PUMJYtnOAHxW5oUVU16oSNAJTwIjt0ruXG9gr/o8T08SSG+37+SBlGvXCUZvyvpJA3uPHeEgM82g/uPcn2SAfxluPYEc3sQofTIwQ48LyRBnlEMeZ0vAP4gO5BQIuRMjIEL5e52oLlj9edYXqC74WGwqSJ20AHVRmRec9ucdhk9qPuBnbKgHGFSxhThOq1MuT72Mk2PPdjE2NDl0r1AfvfW8yw3vOAKJvpft75mbv/9++djz/6xw2X9t+cC0nh7IobEhZ5r1eyzqERz1FGFVjdkrXWvaIx0PYjyU5jO8FSITrSTMuz8Im/pASfkXUGkYZTs5y8tc8HGAeG+jafP6tGNVAQXl2LVS34jB0mrj9csPJhv/2+ie/+sbJlh/7ulDpGhIjARczh/GreCLdgwQPugM9nO9n+3WTA+9GWk+89b5C/AD31mrmzw3JXkEs1rAVmWAtbRumkkVNWbOd73r2/VACmPc2OkDskGg8VI2zXqWfnvSVO6WwHBGh+l7IuBcvmgVMcEqG+XDC3hseinwSyCCJlhboxqZjfxlTKBMozRUVEUlH0VptVAVFzktlG5rVXG9PdbKqpyZrP7p4HUagFLSBMOLpQQgYIKGgxGTLQE9+/+4ody7AHBf+qf38rhzL5XJPVsIXKgERP1WoHCFQoQE/PurgBM=","W6X1E1HNaiuKYOMAAiT/aEYhsHGQGbCTKqMzwaZTV/AnLAYNTI3yh4sYW/pcXtlHIBQcA+4MHmt672/Z1y+koiQzMawnYl+cUcj2zUoIspxSUOVIr00K9BOfaJlz70NO+01XKB+NUfOmudQyVataQ73pm9k0B5cfM/qDxHeixQf5+T5TfVsJX6BT0bhq3emwe6AT6RBf76YQ53ZnFaFEhxCqlHdnd3YICQdF0CHlKsTOv21cl3ukwwFsKMjOlQ9npTwPBlePfPnsRbtBOF573P6AlAURW7Y0+W77vwSB0drpyaNN62gvn/sBXgBQ9/d73zBtt6PY/u3egBosIs8AdhlL/7HKtl/n+v5VDQETDNy6iyBqs6rX9HUCRIxMAtOI24o7/4bU7G/jwMk/QsM3HmiXXTZigKpDwYyffChQF1ZdvIPBWmw6XXr7eCdLx/cmWzdFc32S83dKm86X6yZufAlcX+lYZvVlLUR33Hf52/IlJa1OwS5xC8FBnzqeZYSDAFA7zt67XIw2Fa+eFBg+erx+GtMIDgAbjjbP7XX3mys/g20X4i8k33Ua/6cxcv0MMWGM78Z3dv/VZ2SPrw3DvoaEv3h5SML/v6FgB8K+FzMl6ZmfmBfz7bY5/2/aLSITb0hB33JtKZUcvdHOPeHA+creV3y7JZjDDebIgNeTZ826axcXOy/zdimG8cohmspoYSQU3OdI7ZOlDqIX90nj1jnyWImC3vVzLCLmlDkwuulhFfGqXs3evOfG/YGI/NDQ5Gp8+gdWN7ZMs/K5i8NP+0QTDvhAjVRpduWDXONa5xs3Ebf0faOBm54Ep/CHdaQnkL06hz7149sdJ4I7PsA5GYiuJ6sSPevNOE3viGKfZkQSAMPhl2RoT3ng3wh0W9BToG8OeqSaKp591gsmfAfFmT962LrVKKjjm2zkdaAr4LAXh/mKGXmN2Js8xpNNsIxr9ZRCyVAWHxfAaWliZEk1gSVElGFEBlrr6Rm1MNrAi6DhbYDW7sB/LqlR5QmcMaCeURr0hdUYqOs8dgh0kV2Xok/p+jZ2BBdBbi8e2eBlSwfcjwxE1bMjrCfGI6Fe0n0oY2bsPeDFBSljzGUxNiLaSvl3yuhocM17xTS+rd+unTqT42pZK404jLr7HIhBZ4wEergUPJco10uracvG85I4N1AMs34oPErVVRWlVrWyRNdlPf5me4/K5S9kY/a8zE69rJLhJEFsDJhfRMV9vVsdOc1Fwurni693erlmviFPUwNp7Q6GNYJA0+LC7zHI+0PQ90DQ6F05gwOKD58kRPqfF5hLY4IfqIAdxYTqSGpNnAmXJvGZFCIMjAOzwj8iaqaMWFebhVDqxo7EgNgAyIS9jfEBz0FMTVmR8BYlCe78m7fOAxkvm45nQK4AjT+c4A7KIbiCgv978cWFbHG5bbt6EH6/FcE3Kfh6waKLZc9l7uCFAoG/xh3FO3CYYXiDy6zCT1uAIiS1PjW6F7lw93ObJwXgL8Cbzjf1dAr0mc7OIUWanF/+BHmMJCTmmO9xbvnscM2VBK92gWU5Xmd7EosgY/ISuz5ef8a191ouO3aFVR2Bq1YKquQ8Sf/NKyUgYhgHVAahHmqgt4+8fEEHi6FR/oy+WtLZkxoi+VAZ/aGH4zSey3fqSW7IpISxwyNXF9xuJgVPPQVV98Z6420/q1bYqKPwqFVShcL5/2oMrikWBEu7VADo61fXgeoH0AV/UIchUnzX9KwI6MhNdk/o1abU/5BS3udRkBWe+7AwhDn0YdpetuTOsykxRPehsg2VejjKK6Szssz6JD8TAmw2dU+aLIpvp07MGGHslSbRCzu/35nnONiaSuaUWUxagemCCtmcb4RjNskfDhChSB+og2qsZcCOVMrCdhlfB6Zz+Tc9o2FO4cmn5vR0ode61Xbfhb0ToMnlkfSshkUpT3qmMFZ8FwnQnIcLOcgIcXTywhnhePFiEqZFJUxBLCGdMp+SmgXlfABMBpKYUTiVsEWz+2WWICaI5yxTBeYsBirDgqP0Urc166edttdML0etL0v18Gup1okyU660BtZlpl9cvWfgVFOvO5KOwOrdLrVCaqjSDJWTY5ugPjScc/lIQqYi0pb3jpCCKZBaEu1JfUeYfJ7fQ7DBB7zExF3EZzJi13EzsVpAWqjEKqqxloo4LHGIQYuwKYKqtKSiYxglJThVtmgD5FGhI9WylqasS2dACCr0EeLBj+JSnih+eZWtEJIkto5Sq1oG7UmlMsKIkBcRlJYYdXR1YVfSvKEdqF9nbZSuqytarWtZ5xhWxRLbnOjdhj88bG5uF8bUJNQxmXxCkos/05YX8mlinCRoOYn5l/LxchrTspeXJyWrSG417kcPWDVORi3x0drZH3jI5clUZyuH62XKzPd3jPplIWC8jtl8ciJPBC55avsCGxFLVCWTriAZlotuq+XxtFR9pnqVOD84pVPzebkGn0TjmzbZmHD5UUYeumGqB9rvOHmXfbRArtIPxPw/F5I2osS1pJ0XufnGKLQ23Ztk7p9LDMC1h3wz51yU5bHLSyVfJol4U+YegmpszTHrwbiAf0OXzZeyyoM/4d/90sdllWpzoyf7IdXSK6Wb4pLfKKoYOSQIllafrYJqrKUbKxJJawBk/F1jvLS0dLwCmxLHjU8wUweRfkl11/qJaotmtmyGXxqurXTU8iu1NFEjFZwc6AAoEV8tUf/dUkuNLmUeblu1tGT0sjFkS7owblxSFoMnRfIm3PpgVEMl9L8vlYvLRiJv338xX3jaUOclWwmiazICvJK9xwdsaXq9enlTbzdDJOSVX2PCfMPeqbne/L5rH2C65gYszqvB7YmHg1vdzn70qdSkz/Il6E1vQu/9xk01qzUZ8uHey3cVEKa4/vwnzDsPWymgPDsM7nN9uIQU0BmsPvGG7uiFH032O9nsr93g3eTGpEekS0lfSRcTVr2y+sfWn1kCdk4YJ9P4dEZYRDtAP/WMrG/KxPnIa4eETjjh7vXo9NbQtbWD9iaudyn4eDWEFbbq6LtqbaJW4A3Pw9cy1rnfu3QJMHM4ySLw+ndrN2ofuPDuh2pJ3zmp8UcfLJ8H9nAMeVkNk+T7GkrqP4dOWV+DCuIWfqvZOyfFFZNGBEu9rgX/hFtxcxmxW2Cs3P0q9AnkszF6eMnzNoq4uNoI3it2GulOjct7pY2UvNAWSpXaAJJcjOqtqY9woj3vduxdz4a6cde3Zs8XmpojwDEbq8mjtTNT2sBEsxPSHJgqJhNNyRxaiShLrRCB1jIPqSnnZ/qg42pvnfzp7lBiDkjTfe3Xefd/3rrPcLByfWi0qsnZk+zzHZSMT/fGArqvKrc7DWTGILEnDdLL66Q65yNGYK4xlx2YCy/LlHh+vHwdCveKn4IadBKd5PuHFUKTlNcpddXqgV2Jx0AIJ7IEIy6F1KygaZ1aoDmUDxsLmLWkVFVq7QfAD0axngclyQss9yyyW6rmE39Lk/bDbuH89OKoXrdXurovBGrjlETiWwgRwhvjg6mkDqrwTYB0VBpxg6f3S9CDruBM0DOAGfXHfWwyEWUxqUMzK6YS+87ywxR7LhRzcv4U3fh5Gj618JzQCXohSAe2pR5PIaAME4IxH9k11VYF66HeQEQ/ggFOYjQu9tvOrQ6GFLORpRujhD1BbzK26y/z6y+z+ujQBHMDRssbLWmo1rbwUaBb5aM+YDibx9Tc6oaUbM6ikUbO4TrYCE21VmNrGe1KJywCiVAXMeQjsaY13Jz9xTuxShqhh6ZMpIrcqjVcK4R9qQsFKrMQePItmqmbijc42o9wwJMc0DHqcgx+6T+S/yOfd0P0ooi+E2GjRsZYK+FvEbN/pj8gzMTrfSMYqtlRlaTx5aDAConp52BZ4iO4SNVpvw5HDhZonsaZqm1ppFvBT8FeZSGa5tN4jD7B1zAxwJhjePqIp4f4HH/RaVrBVF+QPZ0mTaZ2uLZhL0Ferda0U9acUa3Z0QtPCxIAhtT0JbBMbRvjDSGmrcP2cLWhBNEt2xIPS8urWDEGuz+OvjdHh+EYo31dCJv0+CRQ5KcbFMgzQ6ixBu5bDsJrSkuRwyQtTj+8uDE6GXXqftz1ui7zOGv1fXK4TKOcUyLzYvbki0l6qBRTttoyM66eafnsSbo0/g5fCE7zVe9pvM2x54zi+OnjF+GjhyIb/zStZQiMeIIRoeIicXMCeMvjACyliUHN6IR52hCESiPw5hTwljfAUtqgWVUx9su7I1D0vjkHUbPS7oC4tLvm0WXqmfvqmYv0TNI3l37Q+fQzEotM0Hy34C0LcfV9cUmu3gfP8HhGYu/PoO9t0CgX4oQd2ELRNNWyhvUZlyWURBCh5I7ZbETUZIVhFxvj3d5tUy3V+wO78fezC8vdcTw3Xw2VT1hG/qfNT0sg+6W6gVZVi96djUwq7dps7ZhtGtmYz6niUz+7VcMmZjum5koWrUQxzbBc0ACuujBhfb8n7798mehc9t51P+ZzKNUminT1tDRzbaUmlUY8qQ2ZaNZ8UoRGdHRTOZx2a3YJvYXaP2PeQifvTtgE7MpuPC3en0c9rY93x8P+RltQrbCqo2/Vf5OapzHsIo7bbp0MI7S+pNNi4D76kijto39UoRCUbWck0b2O7wh69kOpWEe6IXdoAFZoEmY2ryhrY6dnGuZRlDf4wDBQ1Va1mqrBnK+xj293apzQB2PLMxcPKLElj+cjmV3L+MDld7rbLki+1buzD5YxBPGQnDaV2/6GEAGM5mw0vF9R40ac2nJqyVOh10rCRQFTJCPTuTh3/IRuSsUIi0ML1ixYzqKvfJ0C+SY7+N6C00oVrUxKRrYNDbdX1yEnp68pReI3R5F2FT7Jl7OrAnuELbCFTVt2GTi0AFiwi6x9BLhDl2jLM0q2/8FtFOQb4rRlQdrsnPYTJD9gK5HwgLu7p4IP5TeLrAgUH8Y5gE14KLXUTL5lCyMRmCRzBsk0H4vWa6Uyq3krsoUMw5WJUX2OSZnYPwNvca1qwriYfrztWz0t0eYpVUAB98Tu5Sz5tymi5Wztndux//zy8Sm0m8v8M49BAHTDjLC8PM7JrbFPuWX79B7hdqRoAX+8xHuFPUfgZx2JKC3f3KmZsr/EGQ/QLuZ749i9vG9fs0IETH6SBhIzxcldo+dQkNPbY6L5kJJRzqE+L/OcgwAcLZmjzuy2rpajK/NGD9Go9PwUIgdxqf1wod3sLPyoAXCUbC5+rgx7yn4ms+SLSuQz52kZz5lpAzBLXqpUvrx4tJ9HbAQtddBLjQylOiMjjQQXXFrVFFp2APU9plcaFQkkGd2+xc3EggctV3rV1V5LEYcl+vwYtEwgEMFVXp9ZfrIob65AL9+0dqy1E5Efy7Z8NVnrOsLP3GO5Gvmv7sefBSvPejBn+edbB05dWcd2VncT9Vgit6VZ+Z8w0qrIKKqOJoHjllQlRVFYnF6IuFTXn03cI1apjOmcUnHLkzHv886rzGpSCZaAzDWaW2ROkjAiz0lOkoSAjFfHi6IUgI5cO3PruJkOG6FCn81URjSJirBzwO9o24VkvTk3zdmibxOU2Nukt96pxoRTmGpsW7nSXgUybZnPbc9OFtUFp2uFa0XBBPqiwhJeScbiS9Jh8ch//+ODT//d9og5GvsX+C3o88F3T2+2UBGr9Oo+WBKbapr8TPDjZXm4tnqlH0auwSJtjnWmDdKQ1bGcn8tfy2ld5m2cjznpOpfdZGr/kTLMSckgBjzfysQfxT5qTc1rubqQnz7ze9Rg2q0qJ2Pf9dXCQ3AL62QBeUpCQ3uRfoV2FD0n20s0srN5Din5KCEZWRIxC67LGK4lUSJONvkUC9ThYJPRlJV3EnBMQ47sUbo6EkjDCMtw2Z0k2Yyyf6yqkhg1HWM0AtXJLZGoB0UVch2BIMBMnFdgQLMXJeUC7EgUOtfSSLUCE8K9Ec5Dh1s4mQrhZlBve7xTAg05nJeoiN7ZUsn0SlH0ccvIuprGL2qapwwKVoWHiKTJhU4VX+fiMr7Wk1ptUddkfcy5k9eX8lQFhB2tQwR1NuOk+UY8cIJo5tW+Mewz8ACHFDMbHcWOarn0gXQgXnDRx2JxNMQms7XQiVsRfC0GK0u8rAnxZC5tgqG85IGO3olX0cmFxHHUdqCAuFqTuIWJBpiqSsg4k/Qskb9FfDpfD14Kc4dq/eLe7Ycbtp1vRl/IsTN+cpNspxpYZ9vRYNI89gLlj6Eg/6ULQQ/c/PAl4bP8a3TV+fnDSoBpv5Hkp+rfrsIX8rfz8srt4scbCO2oO3Xnr0XY/RNTsi0s5wyoCdMM5AhNx3/CDytPLNvC2HF81Nx6qyGgpVnQqPDzFMyT6j+3/R0bnW/KJ7DJmNlgBKa0ZAbfeOwPcLabfOHLfGZ09khBnCcilhmc2UxhJRsxENggwBAmUfWUUutFa4+okM62tseyhTXWBO4cgQPrUw/c0wvaJ2cMqz+khMe4fWdk7H23Fp/1RsQcbxzE31tst9qGRFr8W3giNkdatAwSh4NC+meS7W02O3QcCZVcU3JgI+Lmi2NFKrdxxoxWOwu2U202bbFxyyjd0DrLJk3EL1J+48J62p/nPpog5dwHiiURKh7tJBqVpIgIXPe9ezRki2uGTC/ljltoYtyR+2nW5PTd43YVsfMq26Ya8Yv0zBkpCrVoWsxX8s2IiiS+CvmjK9nNur5O8BB8gnWyBqu42axOFS4OlnayaUliVhQ9hXaQH3kqHrZaaYeU6mTTZGNErIqrKb8o7FoW2bBE/+8YdsZPvaeXYiq2zqHBQZz0GiLADv28b5bjWHi5xpJLi/M3/6Dz8+ZHNGLJ2Wusx1n7qAM1li2Mp/xhthC1ok1/DblJrMXTuSRpSPKLfFyq+NAix5lynDFHtHK5kVDSxxoVj3FSeAQSvVIXYxyaHX0b6V7wuUbpKtwf8tAxtdXSSp3PMnrS0QbujTyGGOWjcb+4h46prVZfqfMJRq+36yajcW4e+kg/HRXwjTcU8/OYW0s8n1v6hEha8WUB+HFf8GNxOCx1W0/H8gRr7MZj6ig8sIoW/rP8eASwtCBBMaDVJQZ30PO/vJqjud6TStut/hn4IRnynid8T8RwdFsQeB1Gs4EcNGcO4fvYCeW+gzAHeE0Qk+ufGrHXRZBS1Fr0vRKqkZhdDsEiOUzZees/epk1TOHfbEU6288gXsNHTsgmU4llYcKBeMp4yu+U683sbiDhqlxvbAdI/0971brzz7vvd/MWro3bhQuL0OyE1zOsvq5LOC42X9vWS333iy5dIfeMwpAFK4Rw4YDx3OoGQufI045oJQyOIGB6t8y0DejDVdGg+7tmPiaMbTIjnoUF0amXzxYeP8fwkG79rBeVYIEQDkh0ULpEnVrK1Q7PxfrpHAlq4GczMJgeLPfb5Jr8viKbiBLLgsCBWqhWqQPYryLd+Ba4mdHuS5QypQKTDG4l0htEv8v1KnCT2fggxOsNHMFvIEYG6I5mp9xUuvUPXMeVDSfwdAz4B/7pjxadyxE3b2AFAuoIY5I8QK+AOTM8SqHbJJuZSnFgwz8vExbeRbMSGohJJoH5z7BMTIUmUhGLfoaVannYYKKi+d5smpWzNk78rwLaIEjGLrvp0Ah/CbmZ9Bk2nrVJhbZLUN/2PGUCEMlQbQptl6QrzqyE+y3dN9r7POb6ZnZvQPaJJEXvGShYIIQDoPkNpWDVdJ9/DxLkUFZl7FwriyUA/gwLAJDG6VSKRLG5h4s7hV7K4wDzkPZkaRsSgEp4RuMWjBDCBJBGkAwwW3/1uVXrJ8xwWh+PBY8o/S+KzqD7tY5en1w0B0piKT2JTU4zjzLqTM44egUWTj76gf48pDqqg0TEg9CEdg8IugnJEM8CpXCgJ5Bq0kr5UTSQH3mDbCJLLAsSB2KZ8U1ebwpRZCLvCaqJLGAsyGKkl6pJK2ce7KCvEYBuQpjdDTaOJ4NFs56A9QXQ59sojwHM+lWYLtfjPI8FNQlmCGED6B5HqE1y81Fzj6N/3eL4i5zefFDUQHmgeBwiUU1KqLo/6GfZZsSzMONAP6tGKRZr3KwOEBIRPIDqo2lSCj8i9uTm4wSTqRTVSnpOiGJruk5XacAvMUgnVTpZ+VCl/nr8Ms/G9pxDKvZa/CRkPGY92qsNdpLzr/vZZFOsWAfLU0u1eK1IDCKm6+mF++nQYJVQNIRFoRA+anB/gilRCuFjF+5PsK7aPQyYCTC7L1gmwDlrLFcTGpA8kTRVkh4Cgp51irPGohA7HPLv2wk4yaMaCrFDkXXfTkCdkI4xgXTtnaPeJrnZ8t3IGx05F4R1d2hZ5JWu+PJQFN+3Cizftj9HdXegH3T4/bavL+69vFXVCkTvHky9Ew27nK6YtiruOdRv+gN+x4UhVi2LbMHtIeDFcGjUuxp3iRWnh0kp6NDowi9yYlQ9gNGX5T9qihXTZxg7e4pYpzL9YrNkc9SIT0R6wQIhHABlBIiFp6nBoFN/ytW6I9phbl22szb0Da1b4wpn65HQEu1XI9TuSIbDJDSug9xmmW7p1VC2t7KSd6xxCFR+qzqQjYL5EJFzs4ZXq+n5RhRb7+ucSgMGb9LqNAPJv2crhEiRv0Mf0FLaxyZl/SIe5/plF7b0JnOFQUPaUj2vQBHjWo/WVKux2rSzFvZRqu9JpgqDwI+GOOCCSaxMebr5YB3SNylkfsLw4dO4pGfK4yh5YNdoA7tEF9gV+sCuuRe5+mGZme0iu21OArhrbSTqXDaGG8su95m4BdikOMOkJClehCOYEJOAQTkFm/RfCvPb/2kT7/VEX4SgeQRgDBoKEgMzIU2QOJiL6sIhwGJ6wTzFFSBPT7CFMJlhkWCplqe60ECYzLAosFIrSUJyPRmWxBp+qQgmZW1IBLbCMRZLeP4EC88hw5XmY+BiS3Ppudzc0eQT93L9b+HpPrp+VccIg9ELXWXVtMlH1ZiFD3yk/lClGodh+i91bEh42Aq3m7FvFtHfNsmhpuh+Fbng1mRzp+54UY5gyi1FI0NNLnu1N5f+Gze+x7iS9v4drIdwn81Areim2a+TKzU7iq+Lbb4N/HujtDuBUY+VYBXCdYhfVrOaEMPQ58tg3Puoz6Ohx/PeL1Icwv2XlpOJUAH9hIQNzKCfqLChHIEOhxtQxVVCAeEhgVQR2KCKwz80SxV323JI7yoYc5NrvIaO4aHfj4pch7MbUiv/EV9w7HcRzELYQB0RMmkYjvcUK6ylEfZruCUa0exHyXfsp4dsFOyE8AHdCDAu79EuoYZlF541hIcNMYoFFGUNURhsYtHEWktsM+hjoTS0hoYYnCKGYxnHR/bYhoTDVnj29QtmIWySmNX5uDtd4H9dAGvu05aDaauxmzzzdHf/Z+Dj/sIMnqhZrQ2ziZilE2I9IWsL0d5esIt3OS5g88SpLih5e7N6H3XbTRIdfdvdcWNx5p3gVeyYC10HS1ff5aeVvbbXp298wK1qejRO/aykwoCfvNNh4D+vhWmP8+3UGByeF8PpBCgSIyyDekIyuFN6BarEOlmilafVtiHB2ArLOD5KXtAzz6UISGShCwHJMSmJjCSGHRk78+mIVS1jPaPaogm2hmBsaGhEruXcSnPKcwl1Jij4J26L1rJXuij084K46LZQhvODuNC6kNqhhKq9iv2MFG7uyL2yYDAL1l6651u47ngbz2JxeDKZY8jMFnYn42XbqR/Gze2F3Nn7DjnxksRQci6wALC0ZDYkCVthObSiYCKjnJcQACxZlw1Jxgee1yAFowCmWyseZ10bP2ZbIFmoL1N3FwLFyvcxwwJtTDHdpBil1sSPhZJkDUnYEJ/ByIQTVamr0fxueb3JTxLsCHjOhQsA1sSPz1eqAcRPiZEQ9GPuoB/L5W2X8JjoavmRIW+gLVq0C4K8tfAj7nkWTKI1JGJDwy6esjy9R/zm/k3jccmzbNI94zY1Pe0Fx62SHxuSgK1wizm1fOK4Mw8lJA0B6NMJAfKLBKbUKdiScZ1TMwBMG/qGtMJH8ugu8BasJKxzgwOA3G1y2uIjzwISwWgQj+33ydwjwBGGDgMnKM+h7Ii1VNerFbetjNv8tumunyteHi/SDAA8cvXM0iNQlhf0JPGKQEsWuiBoRb4l2lLd4FvHZisyrRh6ZPQcHx7prndrxefGSg6MawKg1bxD/xu98DfbvO9rKkNjBxb6VVtWM/ZU+k5iEObKqj846tGk4v7sZnasb9MWePdyOxqsJHeLJdu/RCkAsm1INrbCLW72UK3u88VH/95ffHk+n9IKWUkahErvDFUamvoriWHQxM9fHn4ttzuC7VUXP5QJlO1X/cVNyyb8UF9ffxpZ3KgIN3tX/CTZN3aur1EQUrC8Ye1NTJvFjibQRvvR3m3WbS7s5e6/MJ++Bxtd7W1W3fj2tg+Et78oxc8Cix221xE1RXM3a9uu2eg3Pxrv0/mO9Dujst2HJlZ2weI9rufInZ4XMaUNZ0M4cEtPI0BbwND1QE0h2bi2zsH405WQwgOTk3mBQazS27OsloM7Am+N/CfbbLZT/zZfHTEitkgTg+FIf6RPwZ7Ww6X/QfcD86bBx3bQSk5qiWiltoMrEr+JSSdrAkK3/Oc96z2KTCe2i+8oZeWUhIjl33ew7cug7CpLWayeMotRX1ybBwTeLNsaHM+gSJEV9uAo/C4MVibnaGfzkCN6chxO8gnBXee9ELPrL9yW4JXPHyt77NrjdpcfaPm9K7gMRlDROKAFfh0KGK+V5sSx1wSylzNCvSfYfBsbZJ5LEhQ+MK9WXtI+0nKu431UwSaSnkuaxORqhdJG4juKUduMdq6nw8ZU5GWMfI8IzqfIDGgKIjGg7HQvjot3f+B8RERAIyjk4yEVl/mEdXkyMoe9M8DmTBYtw4SD9LTFYMuBf0WWN4pA7x7M4qBkRjAd9L6ZK+wRfust/UD8JtfiMkJNVfmSMH7ehoZLbCt4Oy+4H0d+KL8fqmo3poRZ1Vt+HZcDnJlq6hal/df2lneoEzeumOZYW2GBo3BgJT3Aw7dTjC/gikvsglX7UezUbNfbobriuxHXT/qLGfvupvz46PK14yQsQThZ9k8/bM5k0TJMOIhPdV/dF3zy069mEavkW3oA7EjNvga2Z7RoPdWDqdS+oUDbk3P9hHhp71qBOqQSCnG62hPmftDTfB1Y1UvD+srCw3AWVlVcUEu3/+tM41dRzoaHj/0QYQ2NkxG6hmg9vm4iqe2JwT0dax2pLcZzT0ubtLbzYZv9X+v9n/XmkHd+xk+E491+LqwwwVFYoPDBF2kDMlrpK1PIWz2kxNaAfU4/mSBWyRWvATtS7UvYnvEQ9FQPpmI5sQAvwglW2bOonBfAZHjBKP+qu+PbbY2OZxQTcIUdHIUPVicg+OtS+Ma9PulEu0lfBRb65/+jTMt+ZnJU4/uPRhVxbFrEzuZbisNB5WlKHk4sD1RahaBnai2S60s869O4Ga0LT6eRU3GuAf5XJ2QMrFDNpbJxCw/yV6YFM/3/vCtC+nVLPm+Knn+KFpiWtm+zSGkHY8XVXsvvd1qesFlGPhjTUuR9xYdo7c0yR7Pyf96/InOFM/DfMgwGCw/wjSdf5hvZTK5/Vx68EAXTUlEqwmTmQc5+3htEW8IVTvnORk3WS3Vej49+Sa9BOrxEq6iS6pxTUX7nmTFVESMg/Sfmtj9GXjdum/JKDjm/vLOsJ6XMSqmSyeYrE7P/7wnNDRLFkqZXetlxu/FZN8nTUIgcnXRUQ3wD8i1E6cnXT2ayepRY1hzFdM94r3cXhVj13rxdx+n7ijjvLV7q3rfqkREB+djCz0nARZrdIrnJ9mcdzyjsuRHIzIhpAQoI0PJcjmTQ5BwNt+OUUk3zMWKSIUcfxuF3cYgbfRqweiqKiTu9vip4+K1gjQrJ1P0H2j60uAcFH+fGkjmkLEgMXoAoYpYeKMppVGDEyXiwejoMp3L9RBek4Avd59BbR/dNwaf51gQCtqDUo9K5cnF8kxFNTPBz3EoVBkGGiGC8ZH88ed9kFANDj+TCv/s+rcN4eDfEFN/tl88QezgeevLfbB+gSZpYlqSoTPTZY7VujXDnqIMu2TQKrboC3IvyW+5fZY0iyk8Y88qkf4xbGzqelkV0PjA5Q7QhXJxwK8QTvFP559YNYee5MXZJ0/DPnUbHbKIyjfLi/LZCq5TRNKOIVlKDjO4bYDb2/8VMgLDDd14VbWUzUnGFiPF5P0Gioo7FEBbfHb4FCEK/25K5Viuvuv2EBBsI4QExAfroiEFy8OWpdtBkQkTGt+FZtRLDOHDWDrzOqG/cvHcYJy3Lo0IqOrZkrLJW7TNRuuPngGCE8CUsb70H7TDrYXI6au2lQST3T+goMZEtXAuyPZBbkqqjOs1nuvSSEDsva8PmPBbSczEcay/stXuKV6gGsCZDg4kCVnuGAY5u3jvb1yiuswS82jOM0+WdxTshg1WdYQa3h73wMZiis1u7qjPMT89FNKg6wVR1kYmVDzL65uSDuJWQsfy8y1x1JhVs+cICELl6Z+aFpRAEy/hkW/Pmi1uMDPqyZaYXV+Y4R73f03EZbPXGqwcvilIAepBrb3a99FBJVzv0TIoMaHxpqO0WmoDpe977qEVtqfMoByHpIdtS9DeXbvs3VWCPgc6/ejyuP3C43aa6nQmV4nWE4/cISynco5kLSNOC0YumnTJMki019t9oauJyLjChsabOheoK/fsU7kHP5wUeRqY80CCu8zetbb01LWMgPqlaMy/fXsYX/Luad4JOXv4S5mm7QEEqegmL1IKY70L9j9GNqP9d5S40KweVvxntzdJRzwa+Da8SBgiTuaMyl+ZCb0D0XBzeTuHBKrlUAceORHRcOBK8QO8OP4Ice6F3V52kBSKeokDv/q1yW9vORuU1NHEpb8vaXcEUcKUMjYIkvuv3KbwHfR8Mb0+XJiViIx7ru0imaUiFhTwNqNKfxnC2yvml72nnwZ3rcZ5HkLg5zL6Ux2VkM3uMtMB3HANzk/1TKgiQQGOAeAUFAbom3M9SdmEEQQx7kLE3nx7E6ggZjwFyWafm2s6thRkSQNGGueZXVQy6/KulpaP9/MU/w9XCFe5nulpcIEPnVZD2qBSR+fkyyb6XLLdefewR57Pt7Y6kIljgj7kEgEC68TIQsVtfrgBeiAsJ7seV8QcwlnwPQl9akUAopm5wEUB2I+pLKBIIxBQDVkXC4uAQ373exdLlpRrlNN2Bdp3Mfi4I9kDAB+fDBQCtnZjrvRncAw==","WyL9E0WwcUABnk8aGcjtIDrNuVOzA7XHAUv26RitEngy/TX0DFjxMtws45fldQ/GoApxDrhrs+KFw19rVq8vshED0Oom3fDeC/nnTU3hDHPX5hLwAsXq/+tep92dv/Oki1rLcPaAQ2AnKUeP0wam/PTn0rZAQell5mEihxJQ5Cf6qhgZv//9fl8lJCqtPQ+ZFO/bM2fm6UFcGj6IaHqsTjILhZrIjfgXIf1DNcvKQTqRTm0jEoPdT9I1vYvKAkHMJ51z7uzaLTAYYC5wdy/tOeU2de5L1+VIcljxwv/r7HzvzDfc0lL0L/9eUk+3CFfx9/S4Af0Al8e2kunNrl0ClgA8UpyNLWfb8cj/0nsLyK5v+1kwmr2Kn6f0KG9bYAvcImtVGajeIuh9CmkKSVr6g7u+7KfZ3liO3z4CJRG1DUjSg3/Zz/gOry/Tvi3olGYuIbi6Vna++/6+uK4c6D2h8QcPVEvTSgwoOrTsIV8+FNTFotwTBmcxN7o0ZJ58CP0o8yI+q49AF5W87ApQe/t7k8lfteFcmKNWdCPHacvmC+B2x4fY3mSzHVzhRAh5ccairKEsiLUlE/d0ZgIt580nsagHbclWkCXzlM1Fy7we6mXdSLtklt06SvJEmAq+pqDG0zVYnu8pKHHVMN/D9QG1itTpdTCKcmXhBpIW2YCwcHbu6E2f3dX+8/WmYV02+u3rq0Hzhoy0MeYNC96t92Cr2+3qdd3h5WzPpRzB+/6Knomm5PKpXx6sNTf+Q7/Je5crYtFSEWprHQ3fvlAZkLsfYZ4lmWYbmnd1OODKCnajuBczWtafJHW4UFbe8NJe/6vBa2rQnlZF139jMdnSR9WCV9xGPqquc1sWTCtqeBardFSFCZYkV1maxQPG6zKl8yz9Vl+vtLSjvrBFG9DHBuHgg3QYUp1AIhGBOwEMJGQlWGyKC3S4HoZz9HLr6Fux6greUEu/iPm26tPVhAr2rURa49tZqIzYFEtg+qwExZir6rgV3IPkOEJ4Cd8AEseWh+cklXi4yTTH+4P+3nCcxQaULv9UocrryY30WTt3ZOcm5tZJIJjegC62IrzYHvynNUlfCSgYCd4p0bV3dwUYm6JDXCVZsUbSMsDmCBsZ3yg5i62MVK5KD93zskFPkpZqJVT4oyDwTBxPVRMcjyvoXV2SeKbmAJgrEd61QblL6dclKEnmLWlIIVshsEvUW0vCSeBhhzTYcC0wRo8VaXWUvByhi0pe7SvAd/DDPB2UvQa6idUaqdDkSAgCiUMBnjXu/RhDKNIbhJjZrMLZwe3depnRma41wmJCeHoH9uZrKG3/2d771MPbdFJA2JNzaGp5b7AEZAhCEC/aod0m4CWODcMl5DM7RKEYcQdnG+t4MqI4rFCBqlJRxyBxBVbCqltJZIDcn0QSp96i7fLSyErRB+xflsYNaiabuV4Wg8hPV9BpH7I0/z+KIvLrhUvCjkf1AV58JOrU23hF1VACtEzDfWDN6oGRll2EjgmjvnvxfNXHk3Qfn6fYVdMTcb6sZ9vDGUehWs5mtG0bPMefnjrZIIpkywD74PrWv8WMjT0RmFSZ3rhNdDHnaevveelPlmQ3F4fNBeopH7Tdn5olggOrmRJ+eyFC9h30b9a7g2W9Xu6XbRfRzu+i4LndfrU0ni4PzCoE99PO210DVociueLeG3zCiCyotFSfY+9JGiLTzHg0KYE7eKq+SLDEoR73fULLcD8Zfo1ZlkNUZZI+fiUUZ96nsFS/e5M35WKCtIWHKqmrKXEP+F+nHL2dAyWYgPMOD5QLE0m8okBkftjwOGh6E1+sVHBQTXqNYOJVpbSeMUHT1Wx8fUnDoYbRc8N6lJlEniFRNbP8/xQ7bMk+BNUKAqcNCUMlQVQCukJAlejFg6u2tCUSjhSnonQL2gQZaYTADCuS9jHjTzRsRe8iwtQ7a0tMQwYMjpVF9T0iGDOxqEMzrcxZwe08gAxJnfFqPcwszchF80NaCyL9WN1uUh1Re3zah7ODODbugHhTx81u5Q9rh5tbLTO9M+yQZNnxBv1+zb497EGKN/Fd/yL8tF9BhEBWDX1LMMYctuFl/GbsqRQf+Jl9//Cdc7vn9DwhCpKBuBanod3tAC5b/KYt6HYAn1k+Btpiyu94Kn2BuR1EEuMn4tGP5w/tJ8IxX50055qK8iefPFdlWBD7YQ5VvbljZ7zaDCvL6mTD/rx2/x47m3pvHuSx25tS4UVzrbk55j/vSL65SLEg9ypnnsG62zfniiLvhuWU2o6BSQZB2tyLU+whSo8xPpkxwlFrhKlP7leclFM1+f26B/lUrxmzehy2msuo+C9XbHA8P+BzyTolUSV7WTA94MZIyZTAVpiSXnw64s0Rb2Iv8njj3bSasVGPv6P+Z3afKi0DWl7Yk365LEF6ccjpU5pJ8BeUoqGPs6cu1yl+UTwwuhDolHYWJ//ErotUri5llMBb1sFiWXEFsoatWAPClGdoukMbnzI/0AFoydPBVCCJ68WD0UcMHlVAEH9QL5lvMXDJ7KEqzKGXnm29RkcvFju7OOrqUqnnYJW6oo1DqBJK37D6qOPUUD02E3MItWQxfkJqVzPU1fHMrXLVSl3V1QtKvCPQtmhCSM1TsIc5IUw94Y8QNLPiojO0ZBYErfNmfPYhFdZ2g69i/K4Q8vziBYEl3xOh+ag+VdQq0laW2TAmc3LQImzKoNqfNUZ+KF+ipNATbYB0FRCaaeWUdXwGpKBCzxSPtigTkj54v0WVwBBSc0WwYA+TyggjQt6AYH/WGBHDY1dZiSkEjUvx9Lmtd9zsVhkdcfNdef2CG9+R1OLPDfFCSZGRMEjQ8sbNf/aZqxLmtSlweYqsIk0UhP3QVGGMUeyp8WhA+xOBvDytzmw5J1gbO5a7XPQcxZkERG84JvJidGMPlzi1Yw8bEZd2uAvKilfEMdY6ExqB0YSm8LYUDVkVmpPEaYas2BaIwAvJMihmoi9DL4U3BGjCIhKoGnKoBgZaMZLWNLc045/V/6hKp19UgKX1YMolQeTEcLC4rpUQWmPG0deace5n9Hi6CNRm/+S/4Z8x8vhLrkwAJ4avD28rY/kj54pc45m5mOS6Ry1QT95+kcBxDk3fsB17QzSeHm8O9xGD1RPg+CfGofAhQ0ZeXes7jFz9T4wvxAZ/JWbXZFzxsTFnadT4+Z/xJn6lhL5JyhZ+6qfQ74VyNmadlzxvs4jVZfRH99CsPZ68r+hOG9E80xZKZYg4JLUYtbPM6n/v8fVlx77zalWHyxV4jlc0wI97883mCsmAzGiNyUXceRvI9SaZpmScFhOl1rIGaG2Zk2ocjfA6iJt95eTPedfBEpDDCTZ+s7M/y+qE2kBYZqMUnVhCoD1syUcoGUnH/my0NdGJZqwc6avYNfne6JeQBGY5IzB9tpgdLvIjzBT1TUiEL8nJ1k2l0IKNfFgpsYvpBlI4kRl7fU1C0LTmlotsOobNHZhBbexum/tRoPjBz0CLoSR5UTFb8eFQ+iFQP8O5iXi+fSsPF8cX+2SrjszaCq39pnCJ7yFECO+NVyM6sDsdBgHSUXHElod1WnpfBk4qPaGYYT/4XDIDSjWxQ/8wzfX4DJxJc0wZz9boLx+apQeZp+G550ohNENvhdWJbVz3lALKMCHp65EduKtuFnaqW6ze7RKmjzfVn/RQoCmLDdmRedkMvWRYTbf16TZ5aiXXPRCM7CZBT4DeCtDOGm63qSno4wxXE0wgukgpOZznj0fOFghL0xQEAKyIdjEJi0Ay1EUM1UgMJIDD+SmjUz/yCN2QNMH0crsE0EqEfdyZApWZCTz1ZqBs1WHL9bEhxc9CBv2Mgc/7QXpbSN8LsRGgRV55g4v8rOoUYSVePzIWQ4HXd5I0/uhRJOcm7D7FBL/MVhKVT+ICEzVYADTAvhAZj3QzHOX2qgrRgIHEHWx43RXMUq6v0b0y1ith/YQOj4YZbvUzcXg0AHtiVw1r7dOQDm0MTLQGzA5sOOfzsKNvPM9IcDCkpi/S67brSu+I6MVeTOjuEw5hE5Ze4lH6ClYswB6Oox/M0elxjF91jYbNv74PXPLTRfflmSFzQl7ctxqEBy5oM86EF6ZvnDdGR6MO/Mfa+eZy2b/WXSPTlgNqczQyL2dPvZBkhMowVystMxF6Evgc+XQ8/jZJwWm+wgLIchhthjp+xvhF+BihqMY/IEF0B6MijxGh8l7icuTw6uOAm7V5g0CB5A7rRQRGqHy3nHN49XVu1tYBz3AY+i0aESg7LsdvQ4fS+7ZzOABN56lXbgZnLasnrb7z6nc6o68jgEwAZgOZtyL0QxEkN+OdZ/W6nsDDWekHW+ms34GEbegeNE1BBBDeeb+E8hFEKHlithoRgd3ptPWKxXLnWC/KZJ9L9zP7qk/nA/ZfGwn9ZrK+UIx14k4VnI0HszbdkFCxiFcV61ORYIAgYXBrMFeIjyD4ZDQSepcR1CMX2fF8VaMZs3r8tfpf0mMdPHl0rcyUeH0X4BJ7E4rqDJWfpCa2P33OFBWMAOIultWYQlDlk5XhxiRT5aNSNbe5O6k/I19fKpjH0DTPeV4Gp6iIO8djo6I6MkghfobYjAV1fGhBUSUTXk27uP2nA/gwVHRa03w2ywEwzESvQxbTZ0HVT/tz81SonxyP5qyuwQgnWAdyPcWAN/ask2RDFDr3+Cp6wJHxa7O2OirIhNIUx+ljWFOT1uERGFWmKgo3dLniKOp3akMMK9gM0JpEc7RSCeERp4xUIwqttU4wsFAi3QjIk/BHhNIBmQ5yI0oRUZevPpIm4FiarbtpBjWLBBXqo6CtQu+YehUwDew4lU2krmf8ug9bwRyxs0wCs3Ucjm0WEDpz/yTLLElUUebxoOwML4lSmRwqw0BLlb3sVbK/3Dvzq1AdhVqScMvtMngUxD/B9FaNU3XhHBbHXJb7ZUJs66/SP+GrqxL3qQyKgXxKl3q3SjjbNADoRWsvy14E6/44YAA3Em1jv31Ev8H+EArg+48T3E89NW7t9v7sEK3vzq3d3p/31+lRcKu29xdZRx+TW7W9v9w6pBNIqVLvWbFXuXdu+K/bL/+72QRMBFBshgsAnB3S2uLYIr3qsjeme/oXsbqI2C22BdvmrsAvCVM3OdQNA610qXdL1azR/XNglgSqRQ614OdqkfKrqzoKtXTY+9e26v7w1Mo2Re/m1r2h2QIZUn/ybm4bPoWVoQFUiCbfs2mCYa7JRTeNu4+7+WBXHntvh+TqcFaUAtBBa4dlR74iYNMMxwE8pASH30cjl72W45Q4fTlj0gL1tbDAIGfC/b54CM37oPU4Rxz+Npdn14sP/u2gDR+Mo5EOGsbRHeZhZXTaSpTR8wEqrsQROfOstgFH97sK9MWb42NXKZY11x6jz0Ajm1aeJInJpRQnw5yEilbbFtKITsbBf4xFhkXkQ+V4BKKRXZppG3TSinkV48V5htTUmq8Q+WXJ/U6j8dvFoPGCLWRYJREbkwUUUibzCTpaTVeIo+L9tR6Dc+sHyI3edbNbVZyicqZsevvWZukC3fX17Z7+syMCoaToQ8IcVo0Rcd8QJJO/SKLWCGtYf/th//Jb06YFnoOg8Tk7IeJnEsr+rEREx87tFCmW5TEdtWYrfGlUvxxgPmxCtlm2ijN0iGxhAypjdWsTZcICmS4mk2is1ERQUmzVQvxyPfx0Z9uVhREx+Az8WXWcJO5fDJNhS0xEXS2QmCOfno/8qu49ns5v3ekngByspJUnEl+htSf6TUwvHe8Bd0JQ6RRnYOwP0mwm5uyAyAdTbhVENlqmIOfxMhKdpabPygf8DK9POl+o73sToEScI2QFQY7exEX4iDfHdINWvfKz6T5BdMkccBVGhAuP2wXfH1XwfXTtWHHheB93mOIZwZVmfFMxH9F9XG58xYCKzGlAJGPEPd/SP6sdo2KOASJTwI0E9JnQcdseuC+RxNssvEQIA66C/OGbuOjZ7qL2y9ZePig7OHQ2uIWRJYqNWCGzj6JO08ed9bGnwgofVmAkkSvSnCBCIs4hqM84j/iJ2WOdebvNNFb5chj/fIB7618v0D9BVRQnW+S0VzSjN/uSPgKNj/TgIRezyUqEo0lbIh3BGQKfoENXxuV7RVTSjiT6QZfZBSKqRcnhZAZjm5MfprLziIc3llYc439AjY9MX9b/qETmYcGR1G4YQrjt8I6vq8cDDFY+D36oqxrB4CM6cYaNXgOsfBeDh7Bft7tTM+yn3eTUwdMfRH4n+vhlPgrKlB/Bv/8h9Kn45cp7z08Uae5UXXJ/0GjLC70R6cgmU/n1QRlr8vveasl02CIvCIuTHJ2oV7Y6TjdNA0ft5SIovGPelvSK2d+MhLT0ifnqusqt4Tl4a7iKgMGZPFNKPc5SRQo9lM8wePdo9ziE9V6RRk6ZByTij7SgJjvSkCt56RP8YllK3hLKT6bHVdIbRu6m2lEzZQPMAJbmdJlWVAoXPGmQlaeRXQSaSc1IboFGUz6M5t4oEDGeU7kPC0CMRUKJohICBVsCtsoxGuajFwFScascEWhmtXotvjAt0CJCnKD2kFX5WLgZ6hEyvz68Ur0U3Nhzq5ghSqZ/yz48N5s84ox3VXnIaX5mICY/WsmZ5o5u/Zn1oAJ+HuvW23OrVsaMZXgcztEbaM6/04n8P9SYD6yIUKO+gv4KCgtgWY2EihJLV0FQ28cH8vmJopEOodkEajI+ZmbTWJlspyjprfORPuNTsstO41WfwiON7SIwR0+Kle3NI5Zpk+KmzcZojIct3YiSkmukoe/8mdnsyZ7MddH2oS1bw7vJOqPrbtpwxK3j2/JPdhVo7yMut1EEhTG6YQ6r9InhXjxC5uLD67W+uli9vM0ULmj9s1WlkZXksfCGMCWj9vGA4Wl3vh4/wvQr76/U70NamAzwAJmMd8b11lxBjYUStXyE6vbQG0Z0Du1mwAQQ6g+wflshNCfaIBnV1SZULQUTxJVvBMnIOJJQXAMlVowp1NOP0VldQFiZq6cAZdVxsrgsiWEyU0xEcTWUvM5RiWXO7JCJTbK9bd3dBrTVsHSp0qn2Uo2lO+d6FuFdKHs5Jxt9ANqLheMOJP2HBVP69o7EsuWs9IRGWp18G/TBxCDfKZRpiHF3ALMJcAaPICQZJHjMAXP5BYjiTlDcMh8t1jd+fPwsNmCY5E6VskEyNJjgrYytw9MToswdqCg0jDpeCQt3DD8LLPHCW7oAYCnCFMgusruPVlZ9ehEzFoiWLdJ1EkQAN3mcDcuu5a/sgoQqL8DrvTRX85PFZjfj1NKsGnTTQY0XSzNkzv8o+83UADbmYXBJwfVdwQAH+mCSrItLTweQlisYLy/9qr1MxrIEM7i5DqaoiiagwO1Iys0emC/PZzHYhrU7aXCOVDMozjCaCaxfojQByrjoill6+KN7Fewv9o78aldHoZY4IO4YoTe+p2p4jt/iHrM9cb+tPfieF5kInfW+yFRcrntvV3d7kobl3RMRZ54QfHdabET0UEXj++xkb8ccsOPSbRYqADaF17rHcg/BFt9AD2Bwq1hrNEHwHieL5u3z+25MAqxW4Y+MRX3qY3ADVisV9O5EQUc+6M4TdGfZ9lDc+2576cFoAaOQTHKhOUszAECjFc0RTUK1C1hX0xLOumW7a6atv4tM5CvFiQCJb7fsCAnTghxawEArXRoZAgjtON/WO2EQJESjiI4PNFp3ue1yi3lznYf+yARKeGX+iz5otS1tv6ssoKE4K6xpSQq15XaNqw5EoYp14qaY2NMh+g92JbRv0p1cAGdFKQAAWoHOIcChN9JkH7tfXsxx9mHX9Qjes7/xuyvlwy7PUeAg+2Bz86nnrhNDQhPKajmJjxOJXGWuOwHslvk3Xpe8oMTjjoStY11hMwK4M92RnH6/unA8B+O4UjX6ovHfmLq8oReq7KBbCc2XFzSMLhFoCL3O07+4nmduw5X2gtLXXWRRcYd3Eay5/ZI4quRPpPyttML9x2ap/VJC6As67EPjNdeRImJjKiRSyIqFWUSnZ1bbCmm2KCnq4G4+lH7T+aw8mzTmJY+X4VqWmtquAZDle0k9KDrEefDiHZHJ4vMrxUryKqaktp/31Ea2xN4+OoDm1+aIio6Z+yRU5pcipLaPuLj7UtYjAYQKGtZnVRjRubXthhWgwr5gUTd8Ean55TcK8TDFGTEychwoaEvpAm78gQmVXhzNKv6CCeFOeyUTfPXOYAM344fZCjq3N0oejdJJ3nF1bxLgMTIehQaX+ydheEgIoAjwAZAKhyIuPnBO3WnFcsPCUtRdnO0fFl+b6ouwB+d4T4axXNCPvLLbxsOatFIjFKIq2VgW1CXhxpeHpal541MeLHUc5WJxVpQCwEIrixuLG1290+L1/vr7bVdzyDGO9fhwuTkIDLWQNuNso6HmiT1Z3hDQQaSrqmgfXY35ZfwY629uMmSCriEXlwjmItEVcIN2KvIaMGeK4deo3judisJGsnTumoKxQUsJsRZuBw18mJNVFZCJMUc6nL50Rx+06AmFj+7xKCXdwOdMuYI5wD3JyxOKEZj/WCl+YjT8eEsKKB4zlKzdQYofa2xAmxBsoNMqSfuYMw1ba37RFYlJbUt26LhLxBQBWSJqVYiCS0MEUiaasAJU8NuKWr9ESEF5PnZZdZjPuSXwB+tNtJCinUPc7PMvYLIR/26OR1YWmT1KIZF+1/nBH61cllykQcCXBsEXRjz0rIP2ot8oRexFrvzi5uQkIDacYGQidTpe7rehQBYRCcXf3yj+5iP+FkvsNp6DMj64XeqnFeGGwPJW9vH/zb++38evYjm9lsurw/1crjTLHDDx2ygFQGSrzoltnAlYGMLhV6rmV00m23QyyE9SrwyCn08KkwhyS/FY5Ze8Hbi9JyICb5M0twRRHFQdEsEKB83wCFpJbiTM3W4+2odzEN+rRgJhHqyZqMMRH6QvCmlS4g9nII37Eqxl/2tvvYEdHzWJqJNi3FnQdsgI913RbP7oI2Bq3XcYxYaUAKCuRq0CSwHBNO9fB/BwU5510N0Jgq8H/Ioi++5MAp7dCmJcHuxTH5MbeNqpfQtCKgFFQZ+gVcNSg1w6ztIMAHRo1bHUIZAa/A208a10b7l6TXRHg1Bwr4Se2UwE7viTCe9GMg2KmtjTMDI3jYZ+7n8LHJYmhdJZjyvq4kMXijKtam5q+Nre8ZAyli4m207k2er1RC6v7+bc3dxyPZ7LNefFXK71ZWe5bhDxhg0pAYC+udYbljfIdZVi+Ip/tIZQBPiY2TN5OxCGYNiWBaluULzRd6P1iuUVch05SzMAOKL1yPNI4APdmoxPEit5+PoyFdg58EayKxSvou+KoWgCYyQ8oniMkCPZpmuBYwgt8+jC4pNK3dGrSpXRJgHuxvm7+V11s62zYFG4yOlbN9sHg5y+7TJ2X+HJ5UJCFxuOAoDw52l1ddSmEQEzw9ekpaPfbb7LZoJEeGYLh0kgap3rKCPcd9LsBlEr1a9ZqZLrrOj6ji474mzdSSOXl7M0AwAvWr0svUh6h/2WzviWwyeI74jb8Du1LQGNhqUPCZo5qIeeGWOIJ2yFhQmR0IuiNz68aL1jdsdDVs1yzTKPcTy7/9940k/hhHi7LpTmSorfjVfz5pkwZUctek0aLq/2HXYll8VvoxQAx/0hW3fN3Et1s9eSd2lutXBxASBj36vpGxopXKSzrNU2FVhGA390atxD5XKkOJq50asltn8HhfjL+R/MlWXrdY9WHYV+NFBOHYzExRzVr5CNwJTJnw1BZhejMja8npbXPdPIvEK4cqVU/KbUfancAvTKtNBary8twghVly1Vwucqt3mw+rWWLhlz1h4Sxan/ol1AHtDemJ0lC1o8692Rf4wK806bwUrFAz/yoOFKKmM9m4J9T7PtKXu9ruZuHccERw7GBl+MbGMscyPv1UuAsa5D7n/tWO5T7m7esJTajPMVX0rMk/58EvJa0hYA7up/a+SuBpyRTa1kz6hiKYzY9uG21zHPTzd8a5WVdFHH/p4AkvYYVby8LvPHLRkq4ZAwsUVccQYUge5shK16lNof3/xx5I+A7/r3iCKg6mzYhuXo35bKspJX6I9LYPbbT9BrWfZrqsARSzwJH7dVCJK0keOF334yphXFoEMqzFDqEgPshTizw/sOc2o/Aes+2rJDM60LY1SE2WhTErrRH31jPUooQ3liF4d4anPDpPDOQrgxTZgEkn0AxnymY3Hx2EEohzWkW0wANejLfoAJMbPNoHiqH9JhWkn6FbBQN9mbh9FB+Y6R6sN55aA4Kw/tuwQZxrxZBTQNtAbQTzWqX69BpANS3mrBtuhuJVnQkyRlQPvEsMYXRlAoy0jd2iE/jXnfbzWsNtIoE4GExIRgq+2Eo36uDaGFBS1j0xLAhn3qJ9i6UcbLGVu1cFgc4FrtK7BCbG7Uq8PssHyHSHVH8wCGygPyIgiEHWwI42JI30xQ9B7h5V3FkN2XttlJQNqSjlgBhtP2xUCd9k1f53856WRymUT51g9lU/vZdaM9EEMmAxqkALV27QqhcHn8cNwHCqLWANbY/TDUb2CHFKDm87ir/5wA8FY6/Qq8UH8aQ/fF0GHrWvlOkv7cg6GZMpflzx4swoC2s43BbBE2HV9Y0mApBv++tu1OA9ouU/G+x261ELSfYqsyuoRuhbKMRPI2DnWj/e6G2Y00OdAhMmtbFl/DYT/XAdzC8saxbh3grfex38HRVRkzZ6zVwmFxgG3VryAqwumWvTzsHS/dJ2h9C5m6sDnnYLlxUTFnvrZxmFu5fDdHZBCASzgyzvMm23QzKmBWMezcIzpEpwoxFqdMEaxzYzYJAl9BFuCo/QL2zLPpPrKNrQNmPa6kDjqKCNn8dHMoxdT3TrVatsMsU2yLiIWNxU0hw4Z/H+tmYcBs080AomdfkS9onYtKy9O3zFznieyE0oupGrzR4aSwOtqAdNFUA1imu9/rpIlRDRJaKFp8LKRyUHTiw0GryczkIauB7it0vQ4HhTNM0MveQjdXJWyidL06YdMMio1f0MlQs7Zp+o5A19+I8c/4lUrbi2oETFzS35p9hqw1YhkhWPCEOIDBDZrrOx69Xkw18YyrQZOAumtdRqTG/nPtPgZTWdOFV6kiFCN9kdaAQQA=","WyL8MwqBjQMIGl1ydqB1O6B0snPMaGQEGweEBtYMUMsD7lAy/UYoDKAwFgEzzMegj/V0iwmmfpvrI9HbIzQ50rF/mdNeX2eLJrH5CF7lpy9zoySbjgKyOVzQ7EhfmwzonnhEzWy2UroLzMsq3TTK4Fs/Sen+5S0sgK8y7VxF7KWmjAGHuo4yyKGFhza8/kzj/7ff/zDPREjRNFkmxff3npnz9CKmif8TOnbvPEFMEilRC4maL6qJyGJp6n/Ral+jZCeW493O6H7LL7q6pcIF7BpAo5Fm9EqcvP6vVUSPHYBczrU4V5uls+S4knWHEjNcDQjFuceGZSUMj5Ppc7+z3vS1cpoAICtVguBbASiMtA6wCaIlTZHW88qePX8uJsNUaKCf6+xLBDgnIAIj6LZlrJFW3GOZ9+QYujk0yDEI/s23+Scz6ltk0k9WC9MlxORaQQDM+qMenjhBMDsRG18+0GoITmTAx4ecu6mAKCiMV5ufkejAleKlA93n02XXgbjB3hk/U1L/nONUL17O8LqWFfrSTb7VgwvmfF7GZd/c+wqzvAdtkUCxUNd3rjMhCUAv7L10cfHNT19NCa7PvVt1P6ETpEDvTPmSNr5fsb8OsxuT1uRbZbp/09cql7hCYVg9+UyCLS6u9cq2XV+X+M1ALvHfnTlc0SDXQL5OnSa8pGRuZX66rc4dTxtl9F1WXkYnIbkJtU0m1MuQN06Ly67OzFPSgZ+jXb680vdXP82vTPNW1apOXB82GevMrFsbUPyBB5cyA017jAbtq0glmEWtgz2AU1u8FrXALwgcRCc0F9IKjYAd8GVBuBVFWZ/Cs/kUBhG++YdVh5xIBTBv/vic3LiMGFh4mQElY6uCiQe2QZcYS6IFC0XE0E34luqsHN2b+bmKjvyGbT5QdvtwteozISsu/1txTCBFlYn5E6choA1kziiQJ/BAMMLdOflYyZ2bqrmHV46k7tx04/AbB0xM96gf7+hw65je3POOklwRjk3JHymACaeE2ErxDCZBklcUqmstUmGSBQMimkUrlUpRzwNObXTlUZW6whRArWpgFeyVJOIk3hDZLFtFq6SUQBOZCcKrOEpBC4sAET19qbZaEfV5lYMEqWf1scpfUvVNs2oV0/EkOfBLrxe47KipyDrtiK6NsPtN7YHU6/cXf1FHtthrMnLyFk8pFm0qZgcsDmJ0RnC+ZRQfk26xZzwoYmaM7IwSs2pDxOjSzYTweZMtEmPegoeyAUAaloQJlyRr/mXl++cZp0NgeXI+qfEnGy6Bw9LmNM56fENsKUdzWlYTxzgvJ3uLRmcOeFxnU9y5lh5FAWhhWZh1Bv7wtFpNTDqs6YVpwzSrzCMauiBqA1qxq+BmRnfaui34pkvtzdxx8ctv4//NWUa3mXpXUw7w743gfJPnu9dpF7J6bUfWlOvfmmFLjD244yknMvkYHX/fCPswPGsdNmjXC3tCkBpSC+GgD/9ZPY8W3QmE4/X+TPIuzxkmaqfgFtSlkKSC5yz1JepfiO8jcN02XZsGvuvMwfmvSAIM3IOIBOG8pbT4LbRy7C55mXcrscjdJixovyHj8lY0ZduZMXHXXxeOXNj4pCQQS6MdtrxJrO6dV9PE50QECMrYtGYRjO/9EErdAgnUb2fI+zEWSDGVWHRJkyZ3MYaStZNxC0EiD37yxjLeIRNJIeIEjY827PMUjmGfAPGfNb5fe1rPeE3F+bylYdMAwh0UHH9sC6SBRh5Hj0A8qExrWbB3CUSDGy4AiReu652vzkEaUWl8zv67R8x1f093M/djvAaW8y7Lk4j7ozsbhLDMHQ0IJjJLkiTNJxCUrXdBarlxkgrw1EdHmxS5Tf3UECR+Aaai6rf5i+cjNhKD9wfBcqR3T5A8xU3kEO816CypJW2R49FGb0KYeyOYdi9F2hNZIgSXqAfBFv8LbJYxVPpPAiW5uPWiE2nx/DuJuHiFAK29sjpaGaDBJmhKCWZa308LT6Kz2XysqejIoYvsmz8iThqh15FRZ+zVSXJ6k/OAbdJ1i8vz4f95fTbJimu5qzPar8QH7DUs0NU4j76TPG5gDR2+/rt5IQh1qrt0byry2ibTbiLOCHtUFe4mL78osA/Xwwxbiz124Rn5VniuvhmyalN5grsqc5ivGbA0kmFbA2PmwVHpbaxpkphMuvLaoEzcSucNehSCGu6gxiJ0ho9FWu++grBQuarWt65HwayqNqgtWx9YoDX3Z6WX3N0HaI3/YBmPLQpk4uXrrsz5OC3HKD9apZdQsfiHe2f+Z5wNR198/dL8Mbky2BbrrHXB5CFYk4nD29tJH4k14upMOu/S22fP5sYWlE1gqXpS7COK3BzKgjbPix1N+V4SIenN3RN4D9bvsJKVQF2nTb354fPmZ0syhi1ohGsN9nuJD/oeOPDBgNtX/6N+FM/PyWAJS8/eYNylG4RhvZlhnKKsGv0WDlXm3Z9mqpNVwFMUrz7ZaBjGqEUd1+3w31bPccVJPYOXZvT9Jfrg0gAmkGyUtTTrbNEdo7amVAa0KV3KWL2OA8GU80vVJcVSvYWoZjU6ZtF0rcf+IRxQ/rOZI7alqD5vIlf2ggdudqumpNSZnwhtMnt0KQUxrEd2n3ijW5v4UdVP9s9cYgGkmmszwwvqU8/mCLZ/jPkin62wHzpCb6tvChk1WTQFoG4WIAk+pJu71bLklMWAk5rs7MJ3+wElabi1Z3Tricil52bQNE44zfMUDEv0Jz1jQkt2FDzx+zDGP4B5QV0cXYVfL5KyJuOibbvBNu+jWD8cjRb/gcgE+yGGYrgDN1h0Juglm4m1XrhfGX+yDVpr/BrDj/aga9fCWB01EIet6ZRjNRBr4WnlXDt5mC5X4zHbC0GUQwsSXuEfBT1LUFukOK0NH9ilHPJAjuWwA+5rBH+6J3tMww4vzy41+eAO8tLVO/5A4bsm87Xc67pWInqLDSnTVQ6IALbSCCsFbctKP73/YnkTqFAcTNRr1SFai8jTsIIEUFtjclpsic4MYIykHMpAA4z62JGqsw7r2olA2lo3NMCtkkhSu6eobfZEVOV2YNomcK3FPsUJjnUC4tXbCfujP6O//HkX8Y8l/jbhJCDL7FDJbwk9QJef4izE7ifT8BTYRbWE+W1jYQN3g88M8xmfMRg7zkdvl+AC8ACHg8GU6B3gZ/oVK4Ib8EEeyiwq+zdYY/prCfvqNK9G8z0O99sd4DU/kOF+O+CuucoddXxM3oY3YJwFznGCj/WLX3kJSJb06UUprv7cj+UofQ/mFMG+N9zgjKszhvE3tmIJ8TDB3y94/lSmVCuUyekH40AHFNQtzPlho61CD68E9kCCKJQUnVhfnRwy3ZI6PRpuF2/hEd+6kXBE7vgnJVVOmIxiazjFBsysKb+WWB1VdjoW14+FSLMW9gCvG0dH4o6lcRImrIxiKcZCoCFGQTWrbiRCuVbsJj1qd0zA3VtNCAwkKNRmYUyEsu2mPWp3FndvFlhAUQDO+SQ6+bOb+48b7rfrcXv7BF76tHrhKYo2Qr8W/fX0f+16/g1GyAfg28LbHyX5B0moN+uvL+bHG4keFuPvj/Fi9UHYVu7vaVhBBhi+cnWSqhRMwHzmvRiOwA2XzyyyZLrTY4tfGMTJT/GfCD2YFvw0WUO0Xo7cyzlZg06UbuSFOlQJ0/Apa3HaEa2FdITuq62Z37bayk6da60xbauZ5dYq6/0YD1WNUsYe8Y4NPh4TaJWN14JKoO7kzTLzcq1+5jjAf33EdmbmFc6am73NV1QgOzr+hHd5ovJrjp3jMFKkztXCp4MyqhD9J51+1JJSbs36/KQbZh92fCYVR++ZoamftHr3qj9UNuUyVUjEw5JSK89G8T+BsVU15gKppvuWNR4QOnf98q6mCpcJcHJqz5V3UlsXjzY6NkfqnIfszO+/Z/5XZqI+nieL1VfpjVdRv5rod8Yo5FhO73kGrDg15cYoS20vEY0vjme/pgyVNfsTD2A3CVQryRJTYs1JbbY4Ig9qk25nhuKqlTQpVDxU6Crhxgr3lnB2E18TlLK+jL3gVIzR+3fTfJnh/JZR/GxkjYfxB/OP0LYZ7PIfhAfQkSTgVtKe7nK4Y/RImLVVdMyddbkSF+7fkH0kb5xxOrCruHcl9nMZZP4JEyY7eTMsaU6wOtCfjSEy+XPTKerP5vTsdgY+P5/4/PDg7KfGpnpDb4lWbQ2wXkXtGXBMasKzZhPqWDfk6FITrd31OVQwjBlS9/yFCZUTTIMbonCmCJmvml2TqzUk265A7na2w237vzzG7hFTTmNE/hQwh5/4qSfohu/TnTn910s7dLcz2vw9kobtmBbeMTczz1xFnrlqPQMhIZ9t35ID2PPbAj3ZWDBBLhbgS8QCcCFZsIXJ+lDJgcV8dskl1+9O/J39w/7OWc0lXLOVlL+Ewz9pEV8LfHh+1uJc1124nInpOH2BZboSwezX6mp9LY+gQ/UD/YA9ojRcNaGVMB3tID2kKViAoxhOj9sBkKSkkZsHb++Ey7dIX9DyYPb2te68xp38GRK5M1yacT5x/WEt4tcLu41wgjOc4H+GeSVs9Zt9p6igg50xEoWIBXghbnYrr5LKU7W2AncVid/vVOJRww+8dcX0hgNCRpWj1NQgI6Xpj/jidkmK/mQ69Xz8RGg4D3+r7oNRoookNnD2CJytO8FxHPnMtk+0STQh0zztJmuqhRWVFaYYh78FI1hDtGyz/S90ag5ZzO/DMQdTJvUNL+F0CekrNl+E72ZBnn1AIh3XvuM0h9Id/6c8vx+9QMRbrxFIlFNf5xGPRVvtI02xr0AYw45f1tGvKiHi5GY5R4xULjaWvJSi3c0KiZZLO3pk7DPfNNCiMIfxCdYJn51/QxL4E+80XOvxYSjVMrYdizwOyWRdjNDGzd1KjXLpCaJic6E5UWUdXpdwRIBIRSKDDabZfojo9LhrL0dvsliV1/sjh4wFh0VuafvFH8Vj42XGaIaqcgzdPy8KaQSvbjmwi55A40w4JRVJx2fCDg1uZzv88Cd776FUKd/zR1V9rx9RGvb3bX7Z8sVX4C54Q/XYEHXBchNFcHK8rig53j2F27Z/Dgxj+tA9WLOex3a2X10yehPa71lnt9dq4JxTjEKgAucZpbD2J7tbt13zpxtdd906665fNxvM81pYIAEMxXWfSearQUrna2f2ISmxRBKbrUfgcW1L1qdbuAd8T2MOKwiJNWj5tqbYW4lGdNr1994qmUld+3AnM+Rf8s1B49OwMtIctP/GbWL5r0+MR5vn62QLjnaORWnzep3egi8wIQa9077Fs39SX6EyG8mVKWMG25eVLV8wd+jDyK4125IdNGSR6ELAc8jTgxUgDULbk6V1lhbc6Wd83pJAJ29dKy4Me7oyfqtUtPe3imtz63m8ZDH4J7fJgfj56k3HDNdYKyQtRFoz5GDEl/BI2e0lAA22eglJ8VNm0g419/WcMxkDB6UiAgteBvqc4/LLAzqGoCCzoyhaM4fJ7B/kt63nZH4QrGYk8ufcn4JhCoY4jWHoC+4xIhRnx2G6O/EqFfeoc0ZkT5aZJJtY5qVCngAX03cbdqZw+U28/nJ+QX/6z3ATrFmPXFwGhgAnwbzhbsOzAYXDlHHBcMi/OOjsTSWh8ednBi7hzdv9jSYmawEXlU3Q9Z9IZ0XkgYeh1/3s7Dti1SgVbyIjIsOrD+wxq6IMijx3s+wxnuYZkDuKmK+ngY+t7TJN0GPr3uEaSf5LhC7SL5m7L6C7j6AoAEYuLtn1r7buFiar6/etzs/JYW8IawIuzXKT/3f8WUouygLtDNm51XVYHXP4wP423hqRPg/dAIRVWG8Pv4FZ4Ko4dQtDmpqU993oqR3Igfn3ztieDNJ+OUN4olJ6Cmtk5xCMhOSbKjQ8T4pFyZ5x4N6/RWPHag6Qe6OT2rMnJYhp/x6vZOrmBjbKqFrsomGBuH0KM5OWAA5bMcO3/S71c1A+SzP71Es1YTlXUOoTQ7n1mE0o73+1Xlm+r843wwKjlef9OggQNgVRj61vsaGoPYas5Ili0eyIgMpKpPJAzS3c6Rdj4JAv1IesZcA05G6NiTtm8Ne+1Tiach0gGYbpf6CNrN8+JhKk++CwvQqmt8uQz/Q+ZJ/zut9/X/c/c/kcVwKs2KmnFf/S/vTq/0nah3KwaKF1T75X+1VFX7BI75xy9mSPK9WJDgvUkwLVnjEgeykoPxHCxuNPv7BIP7GAtuVdFdW1isGuwo3E2ZfMJ5JUKJ/N/KCx2PUvT1Pmnhm1NSoErqIw0jPoODOtspEdFq7hWvkoz+eHXcpJnD0c1vB480DktjFdpY+wbM4jVtzVV7ORgysj5EDNWrZjS/yijdEV6+JYnkIqKecRlvpMo8jARi1PVTQKEqCw5/Tw8gyW33hIbsp1/2UTXkTTfpbyae6BxLe4cumtdk9L4niksKxGwjONCiwGWWlzWcenr7g/ysWCGGh7fg8zZgCuGwsyYfOuQ+ACX8WJ6lYVwasFOajm6nBpQfwOFJTVEKHxVlqiLMVBVbG4TnnC4whY9VHVYVO8oj236bLn5Ln1QMhocFooI478rYxaq7DkRSfLwTTPc2QdWxi/Ew/NaOKYPOpbELnB5LrKxXOqEx1noGqPpk6TIiX3BYwfZs1C7DeVboav9AREO4x6irqkq77ie+EAZvt8TEGujVk6mfpLBlN78Zz6xMc+MXG93p8yP2PFmjqncM8fsXz18gzMeHtpLi7JQMGEaYY6Ka4xwKaZCgIAHRoXxK/8Yig2DEQMDmseybSrxXlwukvN2INttTlbJQ5QrwaHIG2yh2I83iobKeoayTdZ7G7bZ/5IfgoaLiZ4NdZ68zjbPZV9pRzfMhQkb/lP8lDqSf520nN0mzH8EXHj2ixhL1o7NtFmB2+/zQfmmDzWQ1OmFzsmqmtxTnOS4wpT9yiXKxv4yrrRdZfrNOkbre6adg97gJIJbKj7w47ayZzgT+mqOpjAgqqFgILpr5+3bfg3wcNUBwq5kc0H/ohzY+tuc2LcfK+7ZvfnAptrY5HHW5yr+m7Onfakxx30Y57fN/fFfTfPZZw1v9Xl9fDygW8+sLlWGT6OrvtI48bX3dK4B2g42wF2fUawsc4Y/XhL46q5W+NO7+SOJ7iPtX7f3BfP/VqHF5njHXOYceAvK9hUd408jq1DueM+MmQ5BAAdaLfnBRtrptELcoB6F+P0nbzjDV/NI9RrpNpgu2b38PqBf5nBhnpt5H4DdSh0oielLIcCqIPs+qxga106uUId6CPGLdb7O+69Hfdl/svH2ke6h3EgA7z1cn+Y/qbvZAhbK/7JE3KtgDdEK9xhAOngdnVesL1yIb1Ah6m3IWd7uicbbt3jNCyogHb4SJgP+l4NNRvJ/Yg6lDYGnGYo6JrvdY/ZydnA5qqSBEvel/y6fPK5903Axvvj35ahgVKCS9+RkZaZvrhsbBZmA8z9FyWIOHqEqHoH26swTwMHgbvQdzKaukLkfg+2EJ3KvrJFf8PA7u9gsPtbInSrPHUSXmXpCf5s+opjDUdnkuec108/pNg4/aAYVXjQKqQq9r+jTsWHCSCBSBkP2Zvzwt9bhcTsmDOme95iEcF+8KRu12XCJ5vALt798XHGyYCdeeb0jeujo+peweAN7RHbsJn01it8T/yKjqcolKIiFKF5wXFnY3z0k/YDqkstgnZe/9FWRctjxEV6O1CMTfsn26yMyKn7wNIFxXJwzabJ7fCDQB4ri5kbp1URyE5PwGaGJfZRGXHHOAYDyOv5wvwQX6ndn8PaVDmTsGg//Epwk21MwejH6wu+8aCs6e6QXff78HWHtB3/yVWRJ98UJ7WPC2+NUzq5RajvZfj7RkB6roXZgtZqAY40Vf+Koh2PcyjvHTn34bkq2jw87chhS40hOSa3Y2Kj10+SH8dTIjztlIS2IX0Kl2GKxq9g9dOW+SdNZsU4FOPxzqqXtr4dYeZrMts/7NMrxLdkOsId3uqilZtObbQ1KaBctyRyNTXMtwm9Q+ubHRFX/yaVQ6vGLQztn82MWWzNCZMET/910M5ty5L1ddvKUpoGexrbD/aJCizJJfkWKKsWX2s8rzlT0kuBSfBpPrV+y3rf/3b402+H0MaPRzGOglIeZCOc4eE1YZlILbsbq22lt+XPgSOrZa6IWiqjRfaxbrik6okAy02UbKFX5Mah43cgi6bt2Gt6owUyipOpULFi6eD7aD1sRhTVZRJVg05pCHogzojZoJvuGeRANGPstCVqtQzeUhfeZsiV+MxAawbZtkXqa5XtNaFxRvUbdoYeOwK1ra/BhsSfPViLjZXV5a+TbK+S7JqTBp7TlGmyP1vdc60shKs8cpI82BxCCegct3MY5TfkaYkjcG2C8GW4bUDPGAWmfRCcDbUJy1SaMqwZS0TNhVjI1gzZAYkpplrPqXjVYlHZPkZ1lCFpKRX4EdD9dXEUtkv7danMaTSnv4k8gvE0X3sdRpqxjpvQAQMUf1UaAk+4CbeAAxjaTjN7Alf3G12iGyf1chYYJ/Jaq/mRx8dC93DonlogcY/UAXE9W3ABxAicXWj9hu+T3ofGzpmqXJPf+uf8P6m8xugVhz+Hi1mpzPhZchP1XKqw6zxcQ9l8ohCXCCOY47YKffyNVOnKZOISYTpdcUJBLCIsguOgzV0f+ykmsYiw3F6auKbruqI1Zu3Rde+198Zc+aRMmJ969G1dwoKTsZW6Ve0EyEbC/FJQgFs/iToKhmBNkZqCoUoP1FRgGMq3UQoASr9obShmGGBFm9mnrACVQauvABdSvMqC4QqVrrVg8OlQXGCqifEZTM3WfOWWoIKhlQhHVgFpGIpoYmseW1yBYVwamMtKz8LRLA7/1jFd8K+NlliAe4jkhBYggJwb2+hMttwCRJ15gxt9xRZdgNCybnWjQ9nSCzLEPnGjlooAg0T+AtV343qSYZA08jkatGrEGCDKvNvi6Fe2JIMMd4LkLV0vwgwShzhhYFUlzyBt+NO3bIWINEBA+bbT0UdsqQZraAsvs2BZpKxGwQaYNCfbgLrISbxBAbNYJByQF0kJOShi1oqcA+4iKFEHJRTNSDugP6hL4EEhi5elIvOAesmyqsQeFDCJQ/JBOQuV+YUf9MutjUt899DQMco/wPlPhAiEJftYvh+G0TQwzfrX5bCvwskeDi73k4KAMOhMEAKixicLwU18IJYZxCE0tx+odFVJRNgZo8yPadelJxShX7pOGsM4NDCH1aGBvxi4l8H+16ZIFulLmHIRUNkzXDQCqk8g0hFQ3QoSkIB4aENGAmp6hohJMJ1LV25zcmkDA/NoutINTINH5gySEhwhA8IhLGEJozDll5fgAxmG+GQWmeA8GVzEwLsMdr2ubLIHtIt4pSagnme04ARUmzBkJ6CapSM+AYEQhQQFVPEEClHol1Mnh6ZBwN2DRI7CagvBJBU09YkRpeACKjSSVGGjQhHFFk0IhRYHW45AOLhFUkNIO2CArYb1JdZb2KxC7+nE+DgapQDw4ZYvNT5orAw/TC82vYzy+/T6lNyXXiFOdQf5TGSU+YPse/pW9JWjVaHHsVpPOUAgJiJgkbreQNrIH4djiUAY53ClGJpKCYJqHCzlBUEtjqiSg6Acx0oZQtCKA6o0IejGYVOuEBTjwCphCOpxwJQ1BKU4rEodgmocIuUPQSEOkpKIUIseMBshHEuR5ZhJhGcrOm0KxEVPOUWgn9WSWATqoqnsIhQwiyXFCMxFUXlG4C+iSTYC+UFeGUcoYomyVtKOQLwwWVa5R6Cf1JGAhGKWI/MLUuhXrE0kbjg8cpT+V2BLjiw/wUVMRcAq7d9ArpjcIyMaphDDSelJyAMXd2K0wvRgYCpbCW7VNFWICQhYoH44ADPwNXLDJbxjiGNjCDYKYSMHNkQw6iK2ojhFZLBCT8VWFbBKHhgSSmjCmIXrwUBQahM04OgpvwkYGfAaOeAiLgxpbMzAxh1srMD6EHMrpCkgGh5asNYWD0oDfYNhYHlQiMoRnEGRD1u+hPigJWArCETALS81HgTr/mM0f7NOVWn5wLtF5S7Lqq2SncpoN7tqj75vGRHzcjRKAfDi1pual4sOL7a6BwqyjxRNvxnP4xV3pvvns5ie3XSNnckS4AV/OeULjgXZhc2vvZffrh4rb7Kx2Tvj8AEn9Kfb94FKNIj4xBwE7MD0yAfIhgas2996hH4/NO1UODK1zV9F1rvKeHrE1THjV2Xy//nD6fFDv8aUyUFllqs/2X/a1S0Wv7ulrqa9qrNxrz6t5xWVNJesDIXqVDaBEc/T9zvwp9T2G27g2x64OmqJ7iR2zEgYs2/2C48MQofWf892yMTvw+KAArJkoEkqSWjYNhREsril+KvJzgEq9h+ITQGzvyhAqS8Kt5O+VpknB7g7nCA5kK1IC4BFIcxheq3O6+ZQKcoUoojcUG5qJSgxtcRKhOW2ABSNuwYBf87PalieSpUATmepT9+fz9PPrS0PjCoV01MqBhqclzDEsju78neYyqZC0YutNyEvtCxsLYFYuPWk5oHXKWm01d9t6rQSKrjz1GUEK6sL1YcnlJZYlsNRCkA6UjUc/8JJvvuvl1Sw7lSnZ13STlWbgz+ELMRwaAn9oYH4Q9P0hybrD4bjaQhZiOIA3gdHLk8/hP5PP4UxZE6shr/3MBxPQ2SE4o98dn0rXatK+jQ1AicEeupglc2JMIbM8SmEK2ROjATD8S6k/ZfhhvUz1mPYwwdHO2T1w1EKQDFc70qKP+jCpudcWsdBCVmJ4lIXKogocCrIKobraQlZieHS8P7AUeTph4bk6acwlsyN1PL/fjBcHwo=","W4z0YxQCugO8GHuEnBnM4wCi+z4Y54HtGuekdBTThaLxOFhs9BxwV0eIWf9+On9aydWE8E1nk7FK8699FwFiCqYd6eslBdqIJ/pyqSp7aK8sOcUF8rK2W7cmoBQ58+K/AP39f3Pmr7Y5LqAV3ftAUlIgWAfcqQecOZbK//u90+laiePVuv67JOyt2Bo3k7CnDE5wZWr58nQLGRcrCxfbu3gHXqogUabKedOz23UO8i7TK1J9JDumZ5oGAO//eCfr4lckHyRKE8VhA7wqLfYdSclHKl1NTZ50GMiadEo7PYoRzv95smkUyPXSWSbwWTrjAYxKq3N82pPH8u75W73fjxWW1D4Mva/bBtAZRECZUFqT4YyZ/nsJdgQI0imE7Jff2Hdru79bvBDtgYEEkchlbB6uihZ9DkQQl0TpysAPUVvf5w5M1UjjnQcqwHwuBowdMk7y2YcCXkxK3LZBuMy3ujSot9u6Gkn5tMd8RI8q2XgIqG3v5t+CAXM1RMPYZh5/nAVSXptciuX59WPz7I/4IoSWe0L4twzStmnjdLTZI8dgiISe7qcbga/1mUgEOTw3rDf5pvzex7bIxrnEHnvBaFoK1yV7b8Nd9qX97uO3R9zSj5azpuNVuuQDBID6rteqg9QJuxXLPV63RmlEWCg40b8CdyRLUbrT/+LZAPDjUYNe3Hp5+/IU/0FGWtfSx53KwRvz8E/8Rv8tdGJ9mp7BJ11jj3Y1pRkfwBplULoebmRvb5Y06w9sW6BlPoSHYFlMgc3+nT8sbJe4yRH421lBj2cE2mtdkeSN5TkC9PndyNlfr/N/VsHN/W98qahPPO6urpUZYiu/1b62lQSkBmce2HmfNK17Y3bfxsNWQOp7YT3GVO5a2QonBNdGC6+IIpxpyHACHrwcPcdUpcEe1fHzxc7qv+8bwGPPBq2Wd+hUsaVXdIDpfwUojonVHGNOCR47wkL5TsgAMQxlGKbEU3eOpu+vC97NvyXpZTI/8oFTr6jeGdWPM/yfFm25aW/ALREwYzrDAsY5yJImgbKYsQBSBdkQgmrUEuMGE1nUl2E9YzoX08EEIHu481HkjO7vvtt74LPbaSsewixmrMnFXDAFaJfNBxkMkXNLyWNAv8BNbKjwOIS4cWtlMCJ+3LUC8k4QOeamCPId/ychDaLwjMVzeb4Fqz+7o/y9gqOn3aZdpfou1xatJaHPwciUd0n4HGraFGwMTQZckFQek9pdt1vmokSygBX8qdkBCTkZGBxmZfPlu2CAumrUIXRsZpsJioQmhLdA3vtANzdt7EmFd7pHTemeuqm3/5c7KV3Pzq5Owrl7aqnM/Iv4fHhWGfb7AQg+0R35htFJKTKf9nEC5IdD9V+/sR/ht25gV51D6fljF3h/2hfqkrQdP4c0Y3DhB8nEk3F+RHyPtTBaX9fBfDI5eAmOmLkp8IOyi3xha2tcXzb/CcY7mnKrZmYmcMbqb3yNyaZToNZlfGQhnN2qY9U/BxQLL90O8zS0ofYVtDt91e12H9xPrGqYfqD5kTbr4EkO/MGjdeT37wYy8eEhOBNPvr9PNquupZlKLq+mZo/BlNDvKDWMx2K6fDxmmwHs7jY5e8gq+YR486PNh02NlmXptGKsm5Nt7/X/Nmxc5JOSbEG45CeFYq7Ah1MvoHWuun0uif8DRwlfTb1dbeuJu8b2QJrnLvyBwT14/4RjU4nNK7Gl2W8wGSgoGAAIoJMiKd8TMZVUnfCpc1QqfEPycvS0yJQIYddxTgpqzzKmT8Gro8uAFJGLYzTteN/GlIRYTSAFXdpgQwiE1axFxyVm/d+lyphHOnZM7gpXQpmal96zCJtuJWnjT6MLfMqgAhiKwUSVv7cE/9K/+oumUmWbZMyMg03XjZeOkmyTTJorqkmqskoy9UJVI01llWSWlTHI2n4da9sh1patk9I9aZ+KBr4wxGpPoSg7Fb6nOJVZU7qLbhBeeEsD9kxM4YDEiCDdjUskwTy4MWPxzKi6mJYZyGcGC55TBPEO26QzUWo+d+4wz0STj/kdC0ZhJ2gcehPhzAQBM24GsT7OkjjN2g7qfDXJX58YMDHlaRbFb+Tn1B/tZzJ6J+IxZuTEqEWiKWLVTtBYBQjlEuw2w6gBwYbDWhpyjh8BPqnQ1beHrtoGEnXZLwvzQogyCDZEqqWWde4wUSYaEXg7C3aCxnoHlV0sYEdKpG1+g7qhIn1R3RzRzKZaazl5xoM/Z5/57M+SXPGzLMcFzEuOayEsZzX/kSd+HHjoIzcmCdYNSopGujjQ0jSCt52bw5FhZhCOHAO2YKmcfDFyhNu6MdcduO57DLk5WekTDBsALFdml+9i9XNi5yAhZcMuyM2U2dIucbTdDJssTl1QEDLgCitjSqCC3/D19NS6nP1HfmSZ/HGwT7WGO3u9FJ6p7UGkJEBXe9Q1RMj30FmfLTEdd1qbBh6idNE9Tz61YacwcfJPRNbWYyI534JoDaml6AQXWiSQ4Ts0rq+XLooHhfwdPk4Rp3Y9EiZLNQB/JdXvumdUv6jMX/f4Meuj2cW7gj9kf1mAfk1gM0bVVXMiNt96sq+1URvpvcYAkWyx0L+Y1MEMYLWE5mLwMNlI7zme1MF8Ak5Vg/V2Ia/yL0SVGaE42UYlYAmSGr6+Hf/bqNIXpsyhVaoMR/CwSbYMF8walDCz04qX47tVZAOa2Foibgbei7nQmZkNC6JnlIUgDi1vYFpAV+iYAI0mtUPVNC8ojqeBshC2AZ78zxJ1Jkxj08HLYDQiuMDLXIAMGvhlXezAZ5xZR1dIHZVRHE8DZWG5ZgAQFMfTEEzBvPFdElm0BeJwuUaVouzaAcmkgW8i3tEWUifgAgTJ2tmB72DT0RhSJ0SC4ngY/D726IvtYobvnFqzXLBrzaSO13qf1aOutH3Pxbs1c2GhZQyFhFFE3himW+i2OtaCxiX1BuqycjH5orqJgjEUMkaxYBRICgfPi+3TCeSIttkFaXBmN7ZQ6KJyROWL6iYKxlDsqhkAoMgX1U0U4kBRfq0In99miz+D+iLsHEH+aJsa+441FLooAaKE0YL1wObGIgpdlEBQ5IvqHgppQBo3llfVxvqlYyM6yjVOV6vGCxCF/iq5QJnt1QwLITLbGjQyBiBhAEa1KB5glDfV1qrb+uvwhOWUnLbtmysQt2o1xU9sElehuGnEpzmXuGjFgp4ap5+HndFu5oKSqjR+Tjl+3SdP2uSDa558x7iTD5hxtXKsKQe1dQsK+Xj2GDMg9/n4tSTkGBPrQVAZHbJIQSWB1OYO+cXuKF/IrXzNONZlidVcohKPcqEcEuaMIvn2ZSNw/y6LTwi5zp6hdxsfJc+GzTUci+x4MsukqRbNhC+nCvs8rA2vC2fJetLlbjGP3ihI0p8Finbs4XhVb9gNTlhWfJiHfEZU1NPy677jg7L0KWTEX3/Hpa8GMribX9d6ySNAZA+soVCVj2wCiqN5MsVYqw3BqFf32JpgfJHSP9kq2uuaS9YufC7tGltLmhKIrMh24QTKjGaXvNrvCyXJHWYMm4CE4tZkRbZzOpiz5IIVry55gfG+ix1s4yQwAH0zteVwQeikgOFY+N0TXX7LSXjWaalpKedJeRasbpQJ1E1+jMt1cylX5/sCJM2NUIA8+7Yjl59/YD3eG4hxEEJnMINsxFmW5rfM47aOsOJKPhU2hkJftG8ZpBSQZZJM/VzgosybJaTMUdaLZuQelyRNHdkq7V7bnjNCVIKIX1XbWRGIoecqOUcRp6HugbfOSFXcZ797iBTALre7oYlkgPMoUyBmKEwmEACoNRFHmdGmGLRM/CliVzaSAKc89KCdDTw6FCRYbm7wUco5iPxaJpe4OCcgGVSTFdkwDPSizgA+Qjni8ZS73OE2S/wIZPBAl86eDZL3C8lnQlQDqJm142TYnUl3tnBsaSYicMetIF4pC/g+IHm5cOjVmvFLmAYe4JKnqwfBlnyG79kQeUZEjuRuSAIFJJeLhV19Uf4G5Mmxnpj1YKC83rNCkjDeKMTzeV38q87hJVwDAUHaRFA8/DZNY6MezCK5l7aeAjmGoX9OduULdRNCGZJHgxgWjDAIC0mAzZ8YWwKMwEIFIJA22pph9hW+gCc1VEIxPAXKYLlmAACK4SkEAZR/84I1YsBlGQX9MOcMBl2hHlgD6ALyA1ABSKSKcgOhEVIjREAx/AMBEHsXOJyEUQxWLLCzWwEDJFwzR6GvCCaP2l+jgDGQhEG3hjOG+aPxZSh6DZmvHbZSSKU7Ap2u2Vmk0DsHkkhqeu2CcknNZbiNdFJoc83IKGVdoCuIUyCDIfY0dDXC1YCPZQtJpRHBxdyFw8orhTsqRWppHHCBy7GcXRp5XKLIUOwaMh9v008wFa8BmlyTc0yhZw4jzdT02OlkmppbcBTJptBf5PJNFdNTooyCmNaLSBpkzdwaIg6Qe/6Jkkw5jWYkuig1VVIxPSXKaLlmAECK6SkFBJV/s7+1YpCoCbGAwDyBNZAuKD+QOInEU24INFJqhggppodEfVb6czlvBLb3s7K2HwMqyIad9ruKYNnf0I8yCWFZPPSkpS2MtV+2bS+2pFPZ+kCj63VB61xIHQm92M4Rx4vtQJfrRbHeotsSZ4sMvNjrpdsr4F7b8WI7bcIOY3qU9WKr4hXZr5ZgxzLdCy+2ant2NtN2xFov24YXWwl3DXpcjwta5jLqaOfFdo4qXmwH2otbKZanQpkEsawXqWio6uUKinFAVaJUiWYqdElqqZRieSqUyXLNAEAUy1MJCCn/kviLxaqQzhMNmKI+aJPUCkAJz6AmaJTUChFRLP+EI21Pc77svuxzf8XD98PhpJH/JE/KPp3N4+3cYZVnsk9LFj2D/TjHR0zJfj6Q530ThBlwPKI4DtaePP53DeT5Dzbb2Bv64P1Hg0UHve3jYF3rAZseTfy7d3pe+nzKr/bQegu/ySEXmYZ4/sqQ9YHJz4dbDGY/jEe8Gb97vzT/TlNbm/v5pN4ETnukLValC+wyrxgX68YiiuVwuLPDHVywXMORfrh26BuE0Bj02iOcEM8M/v3xD0Sfv9r+y0UWplmNo05TuP0FHT/NGXQ25JcfXHO5JdLJGF295GkbtVhdI2Q4z66R46gpd/nPuBHNOuyg1O4mY0kuQvV2miFj6//msGBfehrJ3fB9DGjbt5afP8E3GzsECSSVUohc5gZvBrnBJNOUzKrFtFLrkRzkbNoqdUTpye8gWq0LO33WXQdzgGNz6/18499hXoVGRrBMhm0lq7aFUk/usG8EJePTnXsu/MLSgikbutLqWoR33k3LgA56eYhX+3IyISgXO5kcmPiRJkp8B4H4wR/07L4yQeyLblckgo5qSKpOtQq5xdc+nAjGvbuPbXnemuEXt5Y3RXZhYxtmUK7M5XwamX+kM0fMwYWSoQVZoY+DJN2wpQp5of2oWDg3vTiu1C2lchqF16GdFS7yLYQI4q1xjbW2FEIdrzupnEr3zZJILCg1LE5iUBJx0kQrFaUO7ZCeMJQ/OXVXt213aRuTOelEu3147llelwFALXmucdcnH1CGCP5d0dmm8/f0+3KEJYMp7p1iIb0yYJbFFvdCAnKx8rO88jOvig6hLyOwcHgDEkC1egEVBTotFfUxhvWde7uPSWz1eSY6iybYCE5BDehaQ24xEUtAMtglGxSfSzu2VqbTEJg8RBcTMsENcssDmFoOuMfVIVAZ7duzOifaXj0NzshjZ6xru+xJ2MdqCvu89B3zvoWZaH0RWUwdJXFM3WEfUyrA2lE5wmVYPDrLppPR420faMe8r2HU/eo9mvY6jrQERqJXMKvDmI/8KbXHb99nSvt+gCF+5Cntz4w9+aTvR24LXgBlT7AFUHFBbz7akYAwQRlusvET5jephEb0dPL9XyMmQueYv7kk6QqfcD6QANJ2LK0jWH53CkJ/pIyDPDHipSO0cdwEai4hPrKa8OL0xcWNhZNRe/dcB304HTaTLB8RbTIdmh2NxIu5ky8m6VhVEbIdLTNny7mazk5Ix6NvER88TFdYAJnMOLOhjp6u/SJ0dKzIRj/gQAZjqUkBI0HFg8TJ2NirjgKotQWDQEOcfA0Oavh0FsHGXnUdam0dcAGLsd8URUBxNZkzUTNtylisTQEvvE89cxOdLUVyLsmTJS87I68hmogAzClE3xdbnomN8uq+fFLTtUSfTUqeQUpS2BFDbDFmCOMUNICBIx6WhEIEEUxeN5sNiUDMh8uwu7+NC9coJvZETSr/YpsiuV1tnZJT3PJeVKKIyj7xSjOZ1lt+2rjrBNon2RYMkrjOYV3hItcqY7Vfk4OE+Q58lnismJjYNRdal4XCOlwkIw3tJZCut+/Y/V+zj01lJlFTE/xWKXS2mMlmx+uy1/vQtuRFxzZuFvUk5nu2YL4wC87XYSHRo/DXJNOgzu03AyZOlzck9KnDj3Y8sxntl/PvNwyQasIP59um46Zn8Lq2Ie1D625gDuYjIJnz6sQSzQvjBV6V/oAZWzo6PbiSQ7eb3andtZn2JNpVF1/TrrAtq9nW90HPUqXf6sgHqdqfDmvCFw5lG3rW4rZNUy2x0t/+M07JGIOFf/s0On1UdGoQHn/bNPh1gqcwxXEFQxiaAzs3MsFGvLjukI14Hjziv2a1nm4ldij0CbIoowAmqDGcOJ8U5+3wkTISpO72fbTucDuCyelhHSuKoLeFH1v/lHL53QjQO+go2Cf28hfnzc6Kj3q5jWxGCvWvL82bGEbp+CLnsELeayMUu8JHeNAGXl+dbhZBpWzWJaLk62CTyE25wMG/0CVai1y3NaLdcXkPY4aRX2Ns0N92bZgTYFX5MsOcsxMsuef3y0gIph1e0ljWPzBvnJ5CzWSEEmQcq41kskohasn+Fb8obu/Hs8rzC6sTmGAB9aUU7Bu39CEerc4ZmXCM7wStRUxvgQMWvww7gcUKloKs0so2CSOS/fvpuQm0WqgzxhWWRXWe33canVYTpwMSLOq+IHanPcno1Lwtk8oxs6+vcKm/Q63hmfzEs5eGrMXz4hZDQtEaTqk7RAIG1FfxgdlH+yNhNxKv6yGXy9+FpY9D2uGwW4y3eD0U4bqdQ8GkWhh7+ZhL2kMVnPnQlLuQkx3jD1DN50CZgBnAOCRg5+iyDZ68Lmd5UmQhtH+bWKAyQlCNWs5YuDR+QhyDuT9z4DFNjr27QReTrSgHbwmMLbXDVTqW7B5rjTkP/lYthbn7PXrMpPBc8GAzMHn3jMgzep+2Z7qenFUHrS8QqZZNzYLWVOkBlieXG9WSVusmF0GIlx9gpWYpaYGFlWcLdYVtaUmMs7p26pa7Ex8GAJdpVL4+elL4pZTcIiY3F2hWn1Tkyrhc3OqCNHBEnPzFuwMSyBFO0y7X6IOH5KBCyF8UxuWYrmsPHi0HEkKeCdWipuH24DFyaCDk+U/FdUKUvcgEHHtBcnW+f5gqSYrA5F6uLfoYTtEt0S8n9H1bdnPSHg+4nLR1uHwJP4F9FhtjKVPYQIaEdticdGp7QXsszR42hpoNfWQmfSToXCMZWiNj/guJ2RRBBHAYTlBIKD8AD3BYCovPqpPguKwOywKoVtAV7h0BhHCL5neCMkZicazE2Rk2qFGP1diu3eWu7vtlkSrK4Umy7F5G4s5MS138zaTQy+O4/Szo1o7fI5W1oyFytVevvxmSVJQtdqOiZzGFRcVCfL02EcTWl/LsJ69q5Ef6oVUai1gXWoI9LJGnMV7/v+OhtNDKDYTJhawrq2PH68NOkGbBlpW1LFB2taNtgemE8/2ec1nOYeJORHbqs0hMu0plCe3uHNXF+M1fRSnMZOrSEjxTlxewjTY5rVSTG2KabMmngV23SzvS8bvbO72t5R7d1lZcgA5wpzQktrrfTWhhTXbl1sABDkVkmGoUAuercgBp0uSySkVOiCmyJJ8Cuq5LGdn47M7ObFtp3sbayvjLJ8N6EqxTWPqS6u9QWVxZqwQUcIFLyQqWejtB0Ez1GOJJEE0eOaxRkQtSiuzIpoBX8x5DFP74xK53vO1lF3wDUXEFIoCnEuJa1WeTWFaRTZkVMMBg6j6JVSJBirJIfJBSBERnVa6YaLsQsdC8Pq5/+C92EHvKPigXlLUraiqBYws7V9UFk9gxJc/aj7oAgy0+p8SYgVixvPkoT6acUSZwV6xFf87YJPAhpTK4AxZl889AzskCYw13T1uswbpZyVefQrxeVoPaYrXrGdwS6oXA+qWm+X+E0sq18YWmIWQ9DBgIl6s3xCsQs8ovwsuaGa5EtJgWvW/oboOXUoiIIJm5PactNZvoXGH6PYIRWhu7u74aXEUxEy2KWVciPnW3F5MqhREqWVNPRUzbPW13pFjkRnm9pmAO8Ya7fy2u/N5GL4lvy+RbvoTtxPmm+Uv4i75+6hqVuyFMrvq+mn1prMjXeareXvrvx6hU/gIWP3onhygbrsz8lgUgvaR8R90cwdlAYCyIgX8H/okz+QNcSR0qM+G65nbgWS6gO6eovq8JE2dqpBGH+i7VSZapic5G9iXzxjjcjdAd5TAq9vKF8YLHU0BZIDDMhwsAKrZZTzHZk5ggB0z+LxU4ukoLxYOQe4kFvXDfC21D6gm/YUV7GR2Tj4Rp7tz0wuIE3YlAJige/wbVrvF01kw6Zp9aCWk2tZ0KVDPjsM0fw4qxiSbUlp7mQW+rgqrs4HAwsgavO5li0KBXM1sZSjiJl1PME03Iwljd1h30RYX9rzCTq9Dkr58oAOa176954UyeyLWwY2Q6X5xJ2K507E24Qcd5Gqw+4dotnX4i48d8WdupRmAOsxRRR80YNsvT1lTwBPEpWxHD2Y5Ixo2a7pP8I3RPWMs6vJsGpMZQ6ivM5m9hm6vEoO0ZJ2uldDMzjmps7Eq4UkYs2tFqMl8xU733jW5dQ4n80uYy3NpNZOQOO1ORBpeem1fKf6m/swATgIS9MsUi7ng/gskA1dLY4j4HiP/YQJpkKzc5FJSZq2V2NNwdaTonOR8I3Es7BLUF22XXb3b5kJE70QI2rec4Fq6PWhdCrR2A2tLqsptFtgrm5ErINmjsn+tP1sWKG/eMPs30DHIjY9CzMc30CLx/RW1w9l/yNuzJO/6yYciG58XDGi2kafp232QJN/g2xDklsz1n1tOaEx07LpUlyEDj4bauq5wB1BlIERR+COvXyE/B74P2EKlJ9VBWMn49jUxr75+NayT/GSI5E2xrCY6E26IDoQCK/esrmD3vsS3zM4GeDoOKpK1JfkFNatVXtQH/MVdzwYjH3xR6SGjFwOWcZu0YKvD3gWku2zQUQbsGrBK4aqa5Ek2mNffLNBs1djpS5MrNCGqc1BR5mwXMfHihUioZ13wrbv+S1rWQX/IKqvJYqbnPbtKq/m1T3K/XZiFXLColr1jowvJV0gnozRiLzsg0LBfZclv8D67JT6U2p4VVKsTqWPpypDdK1CxN0YSp/sNq8pMakeQ/Wh8Z1ylX6yrDtXMsfq09y5407TeqACuQsr/GhTO4xpao5RXxVVaBVRU0vDVsQkU85Xrj4oqnXo/7nLJSsB8c55SgJGMEuXwQ8mZ7EN8lVDYYiRsAkcLYktvL/5DGF+e77OYSzraeCQRxQVVT/VhsR6ju1Wq6QSdz4pbANTLHfzP5RyONFst1MKeK8deKvdrR1cmcCkdxQi92OlmiIZFdxjMyOlkmNZN1wTnuOVnJsjC3RHepvSz28IXrLRlPC8oMgWZOXACge1q+626uYdVh9K7D9qX0M8usqUppgrT2zHAGVfKHfMPaFrpb4tuicQaiJ5FQEY0bCxbX6K4FsiZfp3MOG+wUTqwiK4bdv/0cRN8CSYwURyvM5pZ9g5P8+qOyqfLZCG8sCEEOjq2iorT9ybh6/k4/vRMcrhTGNuwapQBsyHfTuQ1P2v4LPM1DVaZsegJDbx4PaOu6Htg8DCNdIDVJnXiuvvaW0ftjZtKXOTKnjyc2tuSMDj8Pmq3yVrbbH/lOR20pfetET8e5R5w7v36QvyOq/bvjAgLHEmRawfYf0mQ8DaRabXN4mZK30Z8+bS9OPr5xw2l57BZi7BoBX8NybYX2dzutdGE9ePB/Q1+0hpxTFORpPSThHzmMpsMKipWxHKtjLdqp4Sa+2jnJGaidIRRBbcK48xqPL4Cu2q3WF3cYzXVDYgeGmzbceM14Kmqa37WnyuAsbgFdIU2/Pmkuj3ecIY/MZupPaKnV8PbIbUp+gcRj6t9tVRs2uU99OS92aN+KhNYjj8/2/Y98ljommv+eNWEwbeC+Xl/0N333Rin1GheNAaa1FFAMEq3u6EgrmTvMVv+56ycLedO9wJZA9jEWwiXPJplw6WJ/QUM7u7c+Dgf3gmm6AHAWyN46ohxxF0YWYhbfv6589ipkMORmFwR6hV+7TXpSDZsIUnCq5Z07zIlghLZmnRX6LtKbF3/OmzFy8a5F1X2AzB/SYra05Ade3plR2oRH6jIjlCRaq/KzHdrPdTO1fymL2rM+3Nog2NnpzSVRh8ziebHFEJ+ggCrURYKgSHrVDUvOKVOLoJSOAFe9gWs7krpYz7T1yefrBybtWtuZv/kE1sz23tCLRJGjpnH7IpuATGXSX0SS1vHgRXTrtrK+7q/ibmU59cO0SsmT8WvASUDxYRmGzJtLWwQw6kbtjTXaOPHDbB7Dm/VXKWkiAuR9qmeJ1VyKY9i6JaytRTlDUceCvbAS1yujknUZYdp7k3yMBbslJmq1DJFV0Axjn7KUQ2u01Qvq+r+HBRfgn2KuqSMZSB8JNMtIJtbG6GezNOzJO55iHjKJ58USgzkitOv2+DoejOeUH1xk9ovAFFdlFp3g5lwjQL6xNGh+zdZdduprwuCqVVt22uv9uz57on8sjFjSoZacNdF+8VuU6J9Lkehvp3mJBZbMtqqljOxFqc+SaKYvfWNP85fsBWvbjxs1rN5pD9QTXZk/9vcVP6RxEDjGU8+xhVdYIP4WDsQQXyW7cf2OH1d4XqnckFlodkyUoPQq4wJT4fvZ1GOujPF1q2qb0KdT6Y8CpCeMABSNiurvprhag3HS+k2dzkl/53b7G1zQIMduyCieF1MMZwv3acsohgcqKcg+sCX2LhW8O6/EtCzKEjTB6dXWDa62ENn0Y7atBetW15aLxFXTtdWc7FqboglQsbaOsDWCiHlPa8O6jX9NHbh4XDU9bTBtcF7et0yYog1pWsvfu8ByQy11HGIPDpjUmu3YshqfXV6yghmbSLvrnV7mE3WWZdSww+KkCQ7ylMk8waxkwf0IDVNrNUCvEXmV0pg8aCa89vXTYHoPeKnk5E/i3fOJcr4KKzRaR7khDjismsNgVDMCFmRw48DiBt1Nvpvx/YetYz260T3K43ie7vYIe9BP+fbW8Q7qRVjW33/8vW9KoMn/4DAx1uZ/cqUkYAarr5iE2Rtq1Auj4UGTNiq+UX47AEavCDZqlZv9sGRbz/+Di1XcYdX8hgAgJranrNqbrCJVKi1jFMQHRcTJn6fAJkyXtbMYIdx4oSW4SqPq42GjaaTRml1VUT2oWMUzsqqHrMo318kcBxfLnKYZALBMr1iGfuw3","W1DuMwpxO1BBlPYcA+6w2wGg+lShzQ7UbgeQSi/fE6TOw9hY2fhTTm2nFrkMzhZLJAtSQ8Mfxu+9zy3nRYDbxKPUIY3PTfX30+qIKiIXJXnNIcfIBMMSzK+G8yvNj+oT23z30+7+y7BaK3rOeRB8OUlAQmzOvQ827Z1aOB4aYxKn+XP+i82s6qN+PI8+tMdYB6zTbsLe0Fm5LJFTANBlhj7soS+jjEzwXWuk+bC3H0J0QClrtVrp9hxygC6jDE2Jjdm+M4AG0P6/mn6237LJX2nK2iQv6GMLyrJV9XwK4pvVzr6UaRoAesAbWSC9yc66nT59irqGlU3xNHYZ/8u0NN86HJkpTLU7f4BirSN9lN41evrRLmVdEKtyVZvf/ffuBpAzJogUxMHvWZrBQAbEyi0vivTY+9pcm/W529ddDaIBQTE1ZzKYsoX5qLMetv2wHu9kurO27d+9NYAmgAhJjPv82A+ZtF2VA/lt5+HeKaKgE7Wu/cqvSXQ2pTj523rTgIIn3N2EZ6pl386c/e0cGBVC4xcP1AXUiQFvHYo91M6HgrrwCQcEMmLa6NK2PBSR7MRib876I4hBJcdGgDq1mmed/3qy2eD87sf0tjEkKTvSstHswb7/3aIX0PAfIZTt4hEFQK0Knd+btIFN5x2pbmy/jif1/k6W5mE9l/CK4rnH9VtpV2vL7v3v1ECZ1jfnrj7FazB5iAVAiqszlhmQP6DmTHXhXkLinWW1M/Ja3RmUheDJ8lu8lOP9pxGnYVZLdQD7Okn/FiGGEUtYhbZyuBRnysXuOB4XOM73kFiCf854OLMbkyuTNi96al/0a78pF9lV+WLQK4i0G2T/C5kB4XA5CwtLmsckDIReilzlT1KKy2IkXs3UdS9DZaXb7iv8ciptiSEWtL26/vAVkUzDn5LG3CZ0Ks9SCauK3lAXCWfRiQlxlDY6yQphTXlp78/TyZc8m0mp3/kHCXJwCsa1OZLMoVHqPKrKIZATgCCDmECRElntoJMIG8KA68R+sbI/pVMnX51Nxr+4ugbLPRNlNX2nAzXblOj0pZeKnriHvpfbU+yOD0cNs9Q4IHGwpnaDXCke8qltkfcb7vNsKNt3Brr8Ve3HllHeNvRSOVm401bm0hIIoR24YG3tNisKyir7LWWGEjnvAtW1vruKEZ/1c0GdiMGStDTfU24TwV1ltGBdXV0iPXjJR9a4FeFW7okKTQoCH5rcgF4ldwuEf3TXtTrVy8DwEL7qSP+BCDhuQdW3gqoLLT78Caj+UHQ9//RdheoO1wgiPYy0OkfdldKLj2ZHHjBrhkxyoz+na6DrYR+xKqqcJZInUR5Y3Ze2CsioC4O09bcFTRCF7QmzPd0R2tU92OQkJppvebv8kbZXife2x69nekoC36oOaFwpuWDTAFNVlTD8GKXtOg0GPI3EcQXF+CfxrFVnfEvdRjYYBrJ3kpCcI05hVr9Km9+5duyAmcFmtWdxw8C4PMrErohxVXNBuK6PBWwBQ6ET/GavY+ZEGUbUqT+UZ1kMFs7E0eBSNcmzfan+4pWgT48fVVIHAQkGIZCUYMZu7wxBqAqcHh59hXDh/IRQa86P8eVs+GX6CzPsM2f2/H98yTblas8wlGTC7nL8MmX16tGSc/uQefIx72h6eO8gCEHex3+oMfgfIEIS5W564ElWr7dPQtAkJdqo3PUlgk+9evsbj9t4ilkb3GVtioeanINjAe+SFAGJiYDFr+idR+DAagmJlgFnho7zFNSz7YyWHraRLyB9e8C/3CAfXqxyTt88dyjhPPzo9VTTOb1B7qq0z3Rlu38b3GODhL39jnzY7I53Dydf27wVgvyYWOFaG+Cp5UmHFQ/KiNXcdKpuWuz82up6amwfOpSrR6b70lHk7+GJisacvZJP4KzYDjcCVA1GQxCun09TyxSyxhCn1vz8FT/2lRT8OEC/ric7Leb0XEyULv+sTcS71OSp7UG7qBUL/PZJGwlc2ZhDGNkZpKm/Kagzx2eQNHc1LOBwxae/bdJewZRfG+I6Nt+vJ6H/A0H2KbW2vO2DKp1oMMlxphUhC5R9Onih2GOPKukj7DzvLCKa7X7kpY+rJZmBZCSLiTE3s9/la7hErY0yO/kOcbMHF3t2ncMKqMUqzj/v7v/rOwkqQ6DMNtVKmqPUFA074xOQTEa3TrHIi/XAbmBtjHKIF0W9l6ZVb45HqrnGGT5Q+2wgN6jFW5InkZu+sUmaYry3RDmFriABa+Qv2mX2Ao90cyutExRzEnDZRJzziOWwrawfam6eYTE266r5MjSNU53meQhAHfw8NJtJUhURcxa3A2gL4MeidAgvsp8ssTmLi3WrupVt3nuBZIaEi71hEMHd9B0Nc5AV9k8J5DyLiCWP74egyTYwCZQAXagXdSfMXmI2C4fm1XTEUzNYSTVLWZaXNTtw4dBilPezczOqPcSge0HkBMadnFw+GR04j3iogxqqPGyXSqygQ0xwgHp8sL/fBIYfWJNWuhx52Qw6YQzb3+Pt71RJDb2HF3H5oxtIgJR6gKSArmqb8un6jTZegl1tF8hFSUsemmUTqx9SqIFWMgXFxJV4ZMAlAdEQBg14UULYKnzLw7mwrwdujFs1YKXxBMd1Pk4Z5xETz4GjOhWXrPchJzzghKSni+nv9z/i/7TnbRi6L4ZuYrQITJtrIvgr4tqf9b28SKp+MEKf4NatJMQXRYJTNLQ6GLeP9wZfI1I62S8gUUIDxCOcLULGQ26C05gPVQQzYigx8xqe2cNEYx4lzMmIkxDfot09e04wm++I3T17EtmTmw/c1gcwv7pfRN3Scqub5ed86at8BMMSpfhuEu959156W4MDdWNJ/G/fY3esgUY3uBp95SrmoC+NRV+cReFsLFX0ErPIJCsS6j76C1C89L68LmS2h8BHK4E7USQlphJekn526b7iS1G37vd1+fWL6+NXdPigs8V0bGg06i4VTLmEpCep4ShWWKZnU69WsxfR8dQ7S8gdVysthCzG3lCoU6cvXkSNnoRi6iOaZDMvYseLYOLFiIsZI1afAozTFgsShzRmrs7GF0w8s5g1YvUZ47QZ4hLWJn6ZLXh47WLOpMy0tUautpZ4R1yw+tht0p+ziegyVZTsIV4wrpeoh+L4VgkC5GfqhpxSObvBo+TslZjmmEoCmO39ecDPGpxxxEnd3KcSXEhMqMEigrHrvxS4JxNOIKSiDuA6s3nFISWZYDrTUUksQhAB8q5aDEMij+A94upLYxQShUIQddNxodXwYfWB+CJAORI/l8vjUEaEyKnP+FKXEwGpu9ynSg5jZvWTX26eFTlmg2PNUkkJ5pjo0VIHRiec9IUVv5ZKaC5+tJzcZfxfp9LLg435K4eKyKVRFgnNQmh6wCGwidOpcsnC1s82IGloyE/3xXOgtQ/wYtTavId80A+YXBnWqE7xtxEnH1i8dFzfOZZ0TwcrazbZXbHVGtPj4VFtttCxP/1Y1L4DWyhfF2PwaIFTspVNMtj5WMKW4Nes8YNlN7+Pr1BfXHoFBlyTa6ONET4BTaXPBbgz6Cg1by/hbuseQHvyWQhoS8sA7jHKXWsph6I6mC+o3vFrkyvJhD3M+wZk7QJ/2JbgKVDRl8vGEyOpPxccHDLMocvNEFqlhilxiFEkaxegiYmhCbQrghyaCY4ezXmImrq4eNNEkaQZR9zWDeTa+QCpTcEI64Mx7noLKAzxVfFWXgiQHrPdlCKZvkPg6CCvls71/L7cNHy6X3c9jfH7XqKUJoF3xhGPXaBrV1yKLVIP5yCaPySxpkGuiUYaofJjD/ICZ/FjfjYmAZhG55wWcenBKaLVhljaErbImMMrnuMBBEWHv0IANWIJS9NEfrjiO43oIS+P1vvsVHfzA8+JNfUIleZEczSWpYxQf/x3CdGDiKMQPs6W2j3KNdkqxE73oPW5d8g92mh5XXz0LZaW0jcRLfVhl+p3Mxt0QVusp4Ntyuy2YrspsYMKU+5J5Aih9duUFj29ZZhtCeTtz/joXLmX7XUSUGPuko/rKv8i+HlGDRlf1dV54RnpRKkflSaCLJbYzXAAsZrgrWyDcwfpLYBg+1leqVLv+0k0IDh4aJW7LvNt1ip700IISkKeIi9ACirwalVI5yqgZmhZofB1dAFKUD12q16mwVzs+mLLY+JlcG0ahcK2+py9eKebpVNWbisuNyV0Wc2esOkT8m1FG0A+O1a8sQMWLNaKB6qPszGlgMDUFF/nGJniPw/5jK4o15AJaJWj3v6LUEFyFHIEoAXU3Ach4JJXdT8vNSdFKLNycNB1T2xQQa2xSrQSYrdzCShmZWTFcezIbUyfULws7yGNQIITfCppmQoTsz2E0HsZQWbacv04TVJfJ6ZSjoFSsqrkPpHAv1er/nFcuKdRyvIPjZxLr6TQcMigTITgkCcB0lOQHpEnLFBWNQzYgxusMDbXVl1UU0lzlGrVVjmlJjqndzwS7lmfjvazAEpZOts/EkbEI7DYtB38/6+1e7SMHlg39zZ5WGQVp6J4AXkHlko1l+r4sc3ZDlEq2lUkK4mYBc2KEDlyU8S7+lBWqQKDS3sfTUW/qgKSmnrlqd7rBcyb9nS0zCgHxD14Ylu79oNOmYP0BNugXiIDI6MA2EqJOdlAUg0ViiNjFcDJUOeD/cRgasqjcl9Kw3YiAE84pfB5VO+biJVERXinvLO542OZm1cX3qkSFpWgubHD44Trrzyxl6NgF2rtEe8Bs/uwj4ObPydHDSH1c51Q8fRs820czlP2jUeTR+3Fsa5yxwMLf18xAdW3bKawK/lPPpZKGxAcSoFOZBjKj1ECgEYoe2HJEmwhQysEZxFP8dDsRtK2B9KdvCmR08TmuUPmJubsi37/50hYCk6WNsrWgHmYOlso4JzgbN7kd/RBHdFOxc7pcpOYjgyAnGUqwdoDRxFlJwHFx2w2orID07+Ysb2UtbI4wdFmq21DaLKGwWVeYUM3xf33eNx+XCgThkI4msjOCoTBS9zWkD12964mjRhvk8Z5ycieYvC5x9Ikj4lha3Cccrk5Khjd9UwONuU/XspFMavmRNz8JB35HeYSmFo5UeMKIwcqVTkc0ZkPG7s+YjVbNboev7jrHDpRzbuKhPUQR1JYOa+pcHI89MXntNDv1ectHujVQ/VPxNLqm3zteUMUWQeCpqi9ggL7rENQGYorF7mnPsKAEWFALcxgAbuSV15tRPheembMivvOCpKMjGSNPOHC4JrSoqUa8ehhLJ+yuC047s5MEScTsKo/Jk2Niy2DVU021Zom/xGvruNsVqn6N87ihBo1usLVorFv7HdssgS+ovCox5HN1/mRDiFodEsrx9Orn1dZmB8+kYnZHFecIIKcV60SSXCgkE8LIV3tkMODBTjBqVV1qTAnB1FqeizRRaCW+d5WrBkLwDQvNhHuYgGE8GnDa+PAjx392SIzAJLRh2CDc9FkASpXa7BENBMXAJFRZWACM/FgVteqgyAcPJlzxhb3VERbQ7+E9Jk6a9GEYlgiIeMc2RzVlhbRG3vmRVIai5wZ77GiuxYX3ZS0KyPS60pudEKBjJ8XLTcw8eOwcF1RREssurKFSgCcw11hgQoIkjjY4REhcVmmAHIAnvNyYAVegB6el4Xkn3wASvDZiss0mE+7vtzzUC+DqxWmCaqb3BwXD5OV7QLYEnkvCDIkGdBvSD67Vdy9outpbdiOU6BAKy3CXSDzjG9g05i784iOyr1DhTk2vmLDjSY0Hqds3FY8bjLt8BUvqleSJl9sP9kd5Un42lVkRynlE6NUvVouT0/VaMc2VTFXMbZ+ZIqM0pltF1aHXUp5MeTObNKRIRz9qFIvVyY/uoPMxR/QAZRJP2J/CgmNOIBHjXnmpQs9JUjitYlMNPlVA1pGmoZ2Io3bOc/4xjUlMIg2zapjjPn94t9PVsFkWstgCR2vDKWVP/K7V9cXECYv/Oq/1d2nzx+bYdjPbtiPs80wkNfyoTJgXr6xxibXdcbiLnkuP/DuF53AfOa/vygCfT1+wyF7l/b4m61Jul/s78v+RBv0/q6H4UDEKBm8XWUSM47zFKUSaL2XMpYKlrpjCLDsC/Alyp/2TNm5rfgcIXVzk6FgV8VShoRV8pWhlqqKt8yvH/WdEphfght3t0YoZ1NVeHWae4+jB2/PRmgXJq7wCjOvHIdD3q6NMK5LVlEzFDuVOrLz6Te+crwGhjqFJ+jxyNrXEbaLpK7oIiXYRTTDsl7jHBemr4jfBnOsacnbyxGuiyWviJ0GOxm0lnnvHQR82FRXpYOhpEGj3w6Rx2B5rud4H/dsprI0qDsNLCfO78fC/vbBRLjN5IX1Y80pPooAxEJOK9nwXLRYAG0IIYogzvGUjyF+qDTKWjUnQiYOWSG0IZXYhEYjMxeVgOUjsJURTQ7aAKcRWURTjAZA/gfgWZ9Wg5gyPwBV+iFO/xm+y37infVsvYiH/wSgxidxCYtuiBxcAY6HplaHKLgYAow25BCPcLEWKh9FcWgeololFhETXVFIbUgjhhB3ps9GFqBYSDodYSNgIsdBSCBF3kwqTIzBDbbaNG6wKLcgz3YdztyK6WS5qOYEKNlB7MVHOA4OVXZZgURmKIlFkOX5IaACa+KORGscRjNOxTLbEhCl1PhXMdJ8xQjEE+tQuVkEgzwdul8Y8BjICvE7VrlK2Bjk7aW6U4eiPC15PmzKqNae4GpgeOP9okBg6764bJcEzfwKDVGVLCdeDLcPhRZQPVDGefhHXB+Q92llLw7mxwfS9iH6sENGkTnf6M4dQ0JTmYjaLegti2vmuRi9LqVBTeV+L32ffvfh+gfCszt+Xt5D9io3Do577AifBFbIWbDHBHcdFtwJyAFiqPY8in1UGs+W4auJTJ3b7SzOagDWzlINUvl4l6iky2XtiSm+6gz+Yc/zjgZxcyXC+j+pg0c/Yaposcsr9PlSzoddNi8yP2C0S4GEZqzFhOpxSV+cgGiC8lIpWvi8CCnHwaGSuTxSMtiCpCn4OEVJbOZ8EiaripBh5FL0C+PRfN0mttXL4SyoHmeD6v2tk3zIMxmFZ21nK+yocGnaKTu3FZ9bzNZ/YzIPScg+cDuZORMg3VPhmQBS4VasgCmZK70oHjn0nQAkcZO87uP8zhlmJ4ZIonP2HM7peS0iVfrikPmX+ChIwJHdpU/dLIFCWFOdoTN37MakdsW7NDf6AoWM95qq4KVLWr9lU7eBLyQfnsyn1eiOvZA4mEZHIdtljNYAjPVca+PV+9G6H6E4dXyr3JaoVaEwsj/8ugeLJj7Rt4mjVn2bwdmqf2GoHGOXVhcX1j7A11nVFTdbae2tYbfGCOqKri87EnplI6oghEfevX0c84eZCxvgn/7Cd+9uzI1mS7qzTXM+ed6/FITuR8ublj0/T0qd0K9P0qKmsUBsuVsGkbi62D/QZffq+mu0Lgv9hOQL1N0Eb3aX4OzuGvf9X/Q6OIkea8Njuf5rf4Wuy1tgJpIuuk/s5xnEevXHZe0Im55Auta5PQapRA2iw755EXH7Qmsv5+O/r/1TGxGeLz7gw+wHFYBD16evnE1Q89+0LHfy/T+Xt0P1W0byNT2Q+UsFdG3TKKsFScx6Sm957m2F9CXbV8fu0TyMjeu83vS23nWlWpW6irqbGA7fliQ/1mdFNscbiBHCoPcIXupYFT2pqhp5J+CbABJpoEdpMvfvjx9yYCNdAmCB2wBfD1hIA/20maD5v0EP8qQh0PQ1wN8K+OOoIjxfuMsNwD8hQ1j5dxsAR21UiLEN0mWKWa9yCJQ54DF0bllMaa10mJMNJHWApjhyvDeZlRhaaSOE8vjVTh9m6NzjE+0o671vM9NmBiuZVo3XAKMQtdw3isDhRhdFM7dIXgP3vMU5i4Qa3yW0g3C0eUKFIMsHHQFr3kDy6FOetsZ31XAme9sH5b0h2LflVC2glM6THnvxgkrVlL6Y4tWX4Cne3ah7c2qxShUleOtfY4ZIZNxEJFKRHSTyBGNZDyQvhhuJ03pbtL8N7e+L9jfQfgu03z/46BzWGljZuyMSw6G/T7/0NbRo45F5F013Mb63dBmOv+6lBX1/LfRDGv+uz0LC+quxNLNQb/YMp4dhTaw0CHCPFBUTcUyZsjBCR35dim3lZwbwwHtOpoejp8R+n81FmViYlQMDIFXCmPDRiAoqeOcIK1Oqfg410YEmIi5cbLhf/EjvGbt0p8E7re+UsMxS7v4TE3/sF/HkZe+ui3B/FaGktwx6nWK76SI91px+bEehcS34diFr382A/Iqk/cyeEH2w47QO2EUpAmTrq+oBN95w4E0MgwVY4e1zMNptOgsXUcmBozqVK11/h574wFWXeXUbbO1ASQjv2t7+5V6Yg2QPyfCRZwTJ76GRI1mkhljSNSUc4FXbttAiZhKnCQ1i1GOopVdln4RL6kko6JnnDiH1Y6IJake75MBDGtB6sAgtZwQt32SmfG3dYtg3vJw+KQLz6iIdlgZLKYtomNVeM1/ovgie8T4w+cbIE7oPUm4AZkl9ippNzSX4omPS2gspRHUfovx2k2l1eXyKKnI2dZhJDrIp62u+JqB8+4HHT+OlJr402uJuarXNiWde4RMn+IZbxN8ZqZUBmDm7asBK9EXHdF5IIedDFM2BVGXFZdX7sCZ1UJMiTlnhfuGjMqfP4szDMU+Xj8C0WUZ61oqbUWAP6ynm9sqjSX9g1ZUkpOdFQkh9Q1+KhGy2lVIhjEEB+sg7eCQmTk9eN9YHiYIW2Im91VZZ1zk0KXcgyCfVTodeioxrhitsWihQgNwxk7sB0mpWSl/bWJ/AvKmtUwHk7TmpLSyTrZMIZXCACa7AogJB8ZElI4tpJyY3NMFN3CVo58DWeCm+SnpuZlcNENWjsAI6YpPrSEq0DjzVq6Ts+hz2pA+60m8Jr3J5r0/UEbYQFNNazMQxQquH1hKKK2khK5qqwCSn7iItn9bGeTud2a+4vwO0Mfru52dXGhjBBoZa8HN2yaYZUTZxiKK/lnAtvJpvZeaqU39OMbRzGk5SEm0sYLFDAx0xwhFtPmGxQyOBbCL9ECBKbxP9YlFDE0EzfJs5XKsboJ8uP4samhfoaQy0TsvAiszlLMd6PoeFmmM1BqWAtVhM8TQXratVZdcaLLSUew45Z7FIBRaHK760vnUfFYc2KkALIc9S4aBEm/ifIBtQU1L8jwTVg3gVeC1MKyJD8iWF9CIyOlsZqy2C3fjRBIINGbPqJdqQqbsqHuzie9CEmA5ISsh+JELlo3yiHrErL6Seukf8AjKmbGAaB97UcQBois3ZanZTE6dxyrrk7YlseNOKB6AgvbNtnH8jnZv9lDVswQ03hDQMfxl/4wG8ZsIukptJGoaGOSQ3hjTU87VBhqcgLf4uKDYx8FyRpmVR2YPE60skXkBRJPeWBk6swaJK7LkGnLZx6kZwp1w4M8uRNkzZwfZ7MNV6qnAsIoq/wE4i41BLdhmFTwx8aoICAfQWTnxi2ExkInBcUZ43nNVmSSBqls4YpgRKIXmvXk69WnIeJHZM9i02R8nSqkVbVC5b9nZivZhuk0IWcaWETsrK6C5Mh2fOIMmfjtrfJ5bln5wEZE8N8vzg0f8+mazxiQyXrrwa7wNTuWxVWBcp8rxcOD1KOc/ohnpugjn1OeW2E6x+ma/fNUNZv62K1A7IbYam/D0Z2dDO7A0wPtgfN2ig1qxnadM8/m7Hn0O89LyeteOLi1bilu2fr6FvtYRvCcMN53wjPZhcVcDFL6tdvhIu5ya9zpQRXQ+RZIcs/o2g2c4Fyxxs8XZWangGpQbS1U7cOLLhpudw5TYXrGBoxF7sg9P2XT/64FkqCUq0iRvGWvB4P2xrdjdknOeKrW60firymirjSFfUgDorOvPqfkUOPuRwqmuPmfBfoxQAE87W3DUTnoqqmIhj5P98y20OFK/+DLx0mkAbea6gix5p4YLK2+e/OpWUZkgnL+3E1yp2WX4HWir0ZH22xowSKmFIzcQ6znMamD8WLH0kZXiJvdiZ25LXQRKw6iW+bMX2BMQnXdItnFSObzSMac5GGMr+Bsa/T1qCasblUFrZi3TLn8sQvSbnn41VDiV8/5sLHUq87Xpg33di/eEM2ajH2Te/ozo6Wq4zH0+VmfV9J5JpwxpVP4VuubXgXDsuAA7m8gLbOF8e0n3g4pfuP5Fi0MFv8wbV+CtYK6/4JJ/vc+1pEZe47m7m1rRZ6i3YEtOJnoaPJvRTuVMHfaoVu+w84TEvq79tv+WCBfKnXfbU6KDS9hepQ2/fK9dDM3NQo+v1Rjwsd5+mSXhENk63oXZB/U2eRpMdVLCO/jIs9/+FDtlSN8lMeu4NHtbuxdiXI6vpNJ/s/lJDKXG1bvWRekVYGW5o0uDNaOnxJsLFTk5KJOv4jftVPigS25BSrvQnSkNVK+L2vcGW1BD7mCKspLAhwel7vK++I/m5b6ynTgeRMo+LLrBOQOkNxaclfvsUkqfn23vUNrxVsxrrsIem/mjU85K9dXxH1LOqjer48F/w4och65qH7eTqWfAwcs8AHO2AV+Ye9mWHDtGRwasQY5BghTrcqUmZW01OsohXJ0BzMNa9O9yycLNl9pgN12AbnoLa+ikG6g69qiZnrvAkQ7R1rEK84TTLJoVG/xUn2fgn/nk1vuBcGp/sSTIsbWKiCDQS6Gw3SwDRCOU1kNacB4PbmCwWrgCxrHgCtU6fsoKmw4rn8bUW28Fqj7Y+f7u7WyWNZRKYY51dBASQBMt9aBVjBNfCzMdCO4lRrbYEAndqZE0zAZGR4yLuWbPmVuXMYdooUIRs1emglkDt3qUls3AHoAqyqaZVewYxrddHElq8b7VEa8cVOo8dNcBU3vKZVoN1Cdyg1GNaQWcZzbWtRH07Z6I8yWMPvrWPe6HakiFo27x9kpAwlo8FhND8lQEs3jVkWMD2pSiGdnKdqkT+K4ZNzi/3EKBKUj1nTXQGGCntFtBMykGghUaWwOF6YR7b2DlgAEmS+zKtypjBvQKbj4WuvUa1bq6qnK29azZ8a1T8oCV9XuV9VBEAlEvcZWDqodj4PvN6RG7FC1MUcLttVcKZW5PAy51mcrwb870UsTFXFG9Fa1t8CTTJAmxbyRrClRah5OHpf1n1Cjz1BHxu2kCctIb6xSJD82fD3gpkHsW2PMRmTnSAloZIWCBPLJDTXaDKU7M/xUwzCvPcYvgneb/OFSlnJpLiZm8xM0jnYYo7X37xq0CTmZwGzEsrUAaAbxhn6905LxzX5aXWtX2H7bP65zO+r2PX+9+ER9tpTZJxAHO9N2yUafmt6/QS3y7Myy6fJPvK98JJRdzlpXrhW2jaQwb6uwo75nnyOHeNKFPk4zNlgW04sI+6wO7DVUlrqkYytQdHY1VLYLbwIkeb7xN0XTm4kcO7DeD7UfFVKqcR7K4r2b9uu8lfAPO+m1KwgmLcOMPO9ifA0hz8LNB8ImjGuDXvcH8DrJpL8SwIngibeTXtJrvfHwFrqJmPj2y/Nr5S91pUJ1VV1KyWhr4f7ywf903IRr2i5HE1UoHC7vD4r0Z7yMhwuAo3CzFiAZeQuh7t1thxiioCCgkSKXeRvybt1uhy9JTP9tsmJCFi5Rv1XI9tg/CoCZQfGoMBaIn4nI9u1unKk8L5q3yp+RE0SQ3vsbtu4InVrCalptV6tE/cwuWo0CJkm15R6vg0CteLgN3gEWWbLV0YS/rc4hTbPMgCO9I4wk6/twGneRTna8AITPyS40ZfN9n99zXgQrsyOJPfEnCeKqd5RbWEGLdwucHnvDvhCVu+SBZBK+W1tqggjd4LkIKVs7sesffS5PbfHvz9Gmq8Gxy3QY13o0ac5BS7/xkbJMD7gheiQtuCI6QEOUvr3P2zHqlHUmSYMFn0KjWPoZVfSkVr9lgvQrIl0uTY5K9K6KsxeJ4p5Qz5y/0M9wAGtCgNNGTA47RD7HQJNtCqXQ7a0AAzth1l90vQgEPTEA3bMW3HzTu+RM6o2ZVjcTKXHjFP+c3BWq3CubTXnvJVDzildcmi68V0nDiqkCPFdNJHo0P8SNhu9Dr/SPU42isaHOFlredgruWvc6x8F07dJuhx9oT2Ool8mI4Pyg0CS6MmS4VqlUAX/tEFNHUc5SCGm9pjzhlfoCGiCSlsL7eSTzRQW/YT6cQHelIb7LEhXIuH8DeOQKHqlLtDFTKW50RsxGlq3ZgbxZXkWz4KywRokEvwkC8pkG9IhP6JEJX5RHSHXI4EXu2yWxOmrTsMobnTYCizh4hnX4DOqSQ1r15Ooae6b9AydQaWdtCkrgoSLoj4Tq3k4V4PAtnnqpeNeU0749xGNnLrIPzdI8H3sFvzlBo8voHj7M+I+B7K0FrfPR1zvNWA33U72YxXvjchegb2l5lriYBfhB5szUPJoOgQjxl6PJoskx+QrmjJnYZUwGc1GeraXr1mex1tZn4rIba1fGt9ejxBp0ywDQv2UQLBblxVxiuB2RqzX7lJ9JBcV8yZQCNf8G5SMvkxJzTht1zOMafwMdgTZaCZ4PjtBj/HmLQKRgbHuGBmza0SNZDtaRHHLXnG9LQ6+lBbeFXsLo7tsZ3El8wQuVXFjMtzAGCKSmikwH+ueGACgfIZiugXx9hqveTC54e8XD9CbEGf6lYTmMW14xBPyqoDbfRl3+rfcjADBoEhkmXrXZdpV+bTyjuZyH2OB06WnCWGrprRGhHTuHYZIorteKE+mjssVn/r8wUOJ8GsT1I11hGVW9vTvrbXmk9lee4pz1K/zk8jIycG4DGJK3BPD5+NLsypM4T56zCEds1OA32lOqXL7m3s+fVsZi1WoNYa5AZ5X8DDJOgemMRzyBAJBm21pG3etyJ6PIktn72FxPJFgFE/290mFyV+5GdgoZ/5bpL5e04yCv5QmbXFKsjT0419MPJGxjjRKABEJYsEv1wgTd3tooJUzXWdwgWREu/IS/vP8x8rQ1Qh5gwGujDfIVq17zAsec4an6Ah8G4vRURVr9V0asIUp8ywFRvmm/pZrYwD4UrSihO3gRnNQ/oCKeycyaEVEPiWFl9maviyU0NwkBc+VY/OcNwoP2IOj9G/H73j54WtXHsdgZ6j/PpF/XX/cZasJ0bNlB1swwcnGr2GUH+ekOEYdcWlMYbW1IsLcsvidisWfePUD5moWVB8fAb59QuB6gMNdbFKdZfzvWmGt9AoleGqxMTQ3vRaKcMK9LKf196jabqDNkcCT7PsTGHam8MQ2rk6DTTG4smv6xNNQ0Uj3E1vcf4jWrfoyRqgDWWeVn794iAOSTBWykr7ZYzgCvOx0E5iVJf6pu0CtlWRqrneisB4kpF8jB6JgOTePdyvhxV7yI+8MtWURDZQwg55789mD1tMAbGaq38PiCwEqXEefklUs1bs4eUdfFTRgkK2qQ41Jvbau0ZKnweMsmWEbJKXcxsRTfPZzu3cHJzH+I+/wcP14+PPwRVejza1nRJ1CAINPq76ole+s41CjWzzakILxNV+CxjpqQyet9lkIi12foAGbB86+/ajJ3Bjjy3gWryAKTJ0u3JVU2esXlbC1/TlzgWK5vhjY1UJhmFwzcmGt4+BukNGNi5Asb7wAJzj+GEjwGItrapTz1wchuAi75sfvUVkB5WkFWhOpxs1jmmpcVShHTGqkwbf9/qrU7qJA+c5ps1nY/xXCVZM0dqhnGonZS3kIj3FAJWhD/0tZplZviT94RfyqZFXtJgV0ZQi1DZVQCxSeT5TmWFyQI26S6R8K+ly+z2jmNdkH0lo8fRQXIa/56+XF7zj44oG8rRq3yiuRftYQrP/rTi1su8zmhOOE+JKzq3sG8W3amCJCXzrC06I+TXlszJciMv5Vn0eC8Pr52g+fNTz0gADV386YM8srj0CSeoohx4qC6gP/N/LBmTt3gJGv7WrFWlzTaGAHuAJtBNBKqRnygq24gLCDlAiTq31lMVxxP0MD+3DnnC0bo/8jSMsbmmcAFZldhMF5zlL01QK5u/MG4PiYmfcaXf0S3dy7wlirt3CsssrWy57hR+BvjK1dQK9Ecfxh7SidKuSXUwzBbjihZPlex56Roo4hyiRaNbpl3w1d3HkZIU2+ajiaZby3QQmik/QTGSCBmprv8unCMxBgCUYvrGmGYxhIi4gREWYdfglH+q6OpuRsGiObQfYu7iAgNSaVGtNlOMgzBkC7iAsvnLul3wY61pIfq7ZrMSRMp/dCXmNGSziSvKt8SRbb8Bsb3bDvtk2krKf1Q2MhRByjcJNzCRYZcBrflABAXIpXDZWgrCKg14jHm5FAmagQDh0pn3DwDx7B6aw5WtOwhV4oRcOrFlgsSv/PGUN23DDglQ/NXAelqiqtl+otWymAa/qS8SPcPgOXPkurdzgI2nLJxj62qX5MOd5nxdeWDFqPSaDZH162TkPvJ5qz4RIDlYwHclVD7iQRt9mOMmhcL1nVv1lcwOz6prFyF/W/nv5IuAW7L+bpfs95LTwcvN748emlmYGtdYbVhsZDnyirrhe/FIA8uoRKz/wHeLkKZ85gKkiM7cGrKnTdkhyow+72esfXWIY9XlIl/GQoDbnIa9QyCz9SKQ0Z/2rLBe4uhbCZVonQG1eRYlakKxG+soDGnBiNRn5apXI50D4CWxUKZ2fLRRyVr+XOQxMIR25PiRSzXtnsas517v5dwzX+5eLrrqrKEzFk8juE+g62uoQo2/x79PyOWlq7AfQdX/IMA4D5nbfeQS/XvK1tX/xv1UA8SOCgQ7vh+9g0MM2ffhZD2Z5svuzCxQ3/m5qOfAY+a27PtBPV7lb0oFZ+rUeq+PyJVBB1fjzWF9oyRjek/HOh9rtwvyom+99Phnvw+5k6eggsfpNyxDVZ0IKtnQ7r7WidLROYPX30sxKfaBnlsAonA28pgPehijQyq+dOMlC5d07s0KfvN8Xi8Am+12da4oqTHhKrJEmY03PxSwxhGRuZPKKqGdTP9GDRV8hQhsuUBGNyK89OMlC/lil+Uu17JoSvwoCaw3HvNyKGKBAb2LnZ6JcZt/IfIDS8oe+DAnddkX8ZV0C1YIsuNdELPfqO97o5T9ovwzEplENPoz4qavJPj08sw5/InKNWl+h/fC9+NZPt4TPFjuAyk1q7dRTWwX5o4POnBvP7PFKX9n89VgxwexYXkOy1eAkWuXZpkHszV/cZbCmfEsCfk+aNudLr/7+SAZ4mQV5Z4temI60zfuV5CoHQWvVEIIQmlJigvQdQnR03p03vYCT387pIExdC+H13pDJTH6kS+K0LUK3Iola5azFb4NchvZH+Pq8qBI+7Gcycigyq2axMdfB/sv5eNzbzGJm2MimUy+1DUF3E/QJFT52uNETdITynJ0qzzrWn7rpOwjiq/RkuPNfZECqEWjLlLwi3ioe9wLpBqjY9mv3W1CKmiPUCucPzdnACTlDqzds5hBrmCLYnlfazmvPaRM05uTmBJm1ZQ4xhimC6XnFjfK2tf252gm7Dv7EaacBz6JmUBIXyl9J/fA8wn0byV8UeTkQeRUjuZXawxEYMM1pDhilIHlW6lEgf7NXuRz05IaKvs4mh1v2Nq4eblXs4h0dyV9A+oHyX6dpXSR4kp2Gj2p27v6O5C85fbr81zlk+PzagAYY9d1Zuz2Sv7QW5NJF17jwk3MMtMCq3y51ZMCDj++/zqNE0VY8RQDXQnb/S0/RUEYRfZ2hQaKtGB01Z37jn5KXnqFhJIsWqzEtNpHruE/aUefO3ReSnqll/kZe7xbgL8IZ1D2A3v3uGOU75bSV7aIfDydleOxl9bNU86pOqWar5nI9TPQj6M9iNt5S6RMV6blmuITg41Vr6BbVLuaBOqobyZaY02pL9Un1Bxr9J/697vS9H79ed8/+2lHgXqp5vLcBgp412xqmTdR7ShPxKEETj2JTYW8BFYiV8v7ER2TAhvrXS/bq96SJbdXG52mizaJLRFuotaTqbiKV7TopMt0bN1oHGnFYgbNSeipMNSL4VacPTUAHoiW+P5nRlh5tQGNF9DxXjs3NvZF214cShoauOqzAhJ0tTMZZIqI5cEPPle9GXSjnB3wsOhdtFiWJttAqr73rzwRrJiqknXGJKjKy3c5H2/imOX1H9apMPAErrgdkylb1gFNNF4+0WBk8MozoQsejPpihEabKlRx+v7RlcmVeXQOhNOchAm7RASCV55moCHU4IkuPXnBmYJuqdKjsQgz4W4cBQux4CzCCOW/By1v18w4/YUNzaO9YqmZq9oC2fX+WOa95ypxtzhea5ETSSAZexNJva/TCGaEQIb2u7KnZXY+68z+/9Zfpz555t/592dLcc0zxIW+DvYXWS81O/bz5SMmTm6I84F7lr+PScI0hfqxd2C3GG0uF2yhjio6F4/gRTaJAJYpLlKl5riIC9ztIgFpqijQTRyilHOGI5sDmDaPJfwwJebwqekUQp0yqbeWuNtBK9ifM4anQITGMxsbRll+gK+6vQsS9KBh+/VdC/9iXkqGyeC/ZhyrhqpfRzJRT44RpwU+cLc5OhhJt+7O3+vRSsjzJu2bQxoAL7JBuyp/aOm4dewtbJ7V71LIvxyD5hv72lxx4yIWavr/Zi/EBLm1o89AlQwmjz5ZDP2S9fKedDVcsGCwDwqabxMbuHrgAv5GYW7eH4aFX2KaAblgWzNSn59bynfaRNlpmH7isk8+gOcnVK6ZVsRU6e5o8ZRWxWJ0UdG2UU01z5qqiAYqkv74P4V3yfKIsvaoZVVK4kvm+804HZNqtffYljOUNfZgoMReoBEFuzjQfD6unsZvuc0SBCWzuxcq72GWMao6WlEXe/87K3e1s3pN7WL+OVvbfTd7LGS2sXlmjbMcD/ASPy8nz4wzc5xdh4sD7Z7AkPLc0DzjDBuOwfbtMQ6cvntcJZ4dI8RVEPl9NxfenLJIV3YMFVD9L4E42xMSbYlq6Tk5mKjByc5tOwEMubNngrQiLVqQRjRQd9IHK6kF+qeBvCloEBkp/CmR5aiqaOO2FgrPS86ZPpWen52r0w+O0cc/fbCQF/bYE6EKvcarR/xaC8qJICEjWPvcmovknZfWams2vA/RW2vy1lRilZxpu3+Hn2YVj5t+nNgYQBmtz+fum56D66QdpIUutALz5zjUJQ1CQUls+wTRj+PxWJ7NFJopVbwInB7g7YRHjXbfMZcyvnkts4mU+35Nu23hdG/EGuY4nhjOs8mXClNWWFmcnmGWnOcPmJBJqT/mqB5ySFwMT3tFJFRbo/mqgl0A3WAxFMiq3xwNm/ikDcNB5zcqxvrp1nauvHAz3bZvMUwVtEFxgh1ze9zTRyekksxO8SQWU3y2iCcnKaJ7gJp5BLjh9pnDDAy11Ajb3DgxvQdk5t86ssXladLiZm2GcKs4uzjVwwmLuh9ZlE9oXrSMl2rfFJoJC78+lU8VCD1e8KbCmVdOiG9HoVG1RpZi2SPecVbB6aKMKeSXFvfIniaQk0pYSJ4pS65KjfFZp3tKp0uyS2gyXXCI6fdUiq4zaar2pGVNCABpjrPl/NobnntMISfEEoRnmMR7BCgpQQDr5ZU5DIp9G1pvWnS5rWjK0uVaf+b8v1PcWaXEdJ9x9cpN52rmF0hvPHt+3lGLTL913Bs/eCoCapyXkwEEmLPdpWtYraZVnl+89i3YfnADiovlMv0uhn3qzZ8z6ZzP8cZnYeE75jAxh10vKzYHH+44MJ9oRMw9qm9zgICFNlA5ohJZKN4R8g6Wy2zL74KAzNUNx/OArlAVru4RAqQ0/eq6dxw8nZFOw0cZTH2Cas/E4Uus89hVZHcoxP2qjnGqaM9diZdoclsodfvZohcFYwzm9xaVrw0uSmAyUPzevhMHIvKwlpcUf3TKNMSA6SPa67lKnKilq0Z5omTDXvawtCmdeZ29BelsaW0PS3j1t6FR0Gls0lE3rouZvQT7Jt4b/7oQ5661mrUitsB0BsdzDb9O9Q5nfs0OcWVVVb1tr2z32+UxRKMoHb5fRZ3XN23WqS6NLzW6qIvGMggmUyK0t6AZLEZTc0B4i1PPfoW3+I4IiUoOTOt/nPZ33ZFxKu8RuN0vuwT89512aZ14qt9HgNu9cXYW0uiABGvHYQeWxAFeky+ATXPBS7h7WSDft1uvS6t6imzNtphcbsoiTX2mHbrh+wACJchhIg5vGBOi9RFGT/2EfsYlHy4u6wHt8MA9idOyl8xg8j/WhhKFhoOXwxHjQBWkQsF8w8VJBCXjIYEn+w/kPNyjxMz1HFKziXT/4UUwqKAH04cQRXISeKjVm4ONYVKlKLL7261n+ObK5wolWC3piUu7Kt/6Ohq8ev3r42Vdn12MJBV/Nbfa79ZalH8WU2rS56Ts9T1W86L3YntGfruEd6zGLxrAe3r+EJ6YNe75qhEWMz62+D494ETzqqi0KTGiWBw52KaeRVqYPMwdP8gS8SA1LU4c2DrmzTn4a02ZkmlEW7l5UDobkZZe2RDdpQTURO2tsnw6I02uTZh10w5i2lTMBZmGNNBlreo9n0YOOf5riL6gNhk8ipVAXraQLLgvbyZKxXc/xLBoglALlRzTExrOfEMIIysIaablZTYJ53IK/Ue2elUK5OM6QwidviAhlTjpG+aImytfWLS+MSggkNxfcIbAsuSJAQ8zS8My7+EQtvFd6hRcZFvb34Y8WIQOei/QGySxj42cVKlbjSopasTEucagP716vb6PqZcUf4ogvhiN2eadcSsU9z4OBY26xzF79ozC0yCoVL+xYZ3dQeqT2ihQYu9ECygTMP9zCnoh3leU9Uk4x6gqquhgxSUFPMiJijQqRfXlrmL6My+6c3tlLQ4ND66GEUCA5Q+WqRuoy3cRKBj9crZbQrnT/FAL3okhYjlL8G3Xwhv8L0DYt751LWxTnJhk1u07Q5zPeMhk3zkj/3l8gTfTaRWA/H6M7ufoXd0N9dOPZ/3Gv/GPzjTJuiM7mWZSmXGigbVjjNO2tCeoXdSH5OARohU/oQus7UnguVdKvxO9kEBG2eD7zM3M7rwkyjujTJ55roqd+7Bvu6dZKRX4XhQopkYsKvhQuMEPBUva+nJrmhDcRGR5wISrPE45YaefxtFTmLr7m2nznqHVkhSS8nHOPruG4xf+3BLeH3/o/t+vfQcajpRf4U8lQ2aTAKTNsw4Z9ugAMvAOyyN/FhT2q4pM7kq4m7QRh2Bu/JYFcdaqbFshy5eHhZjCN6+dfZQUZwg0E0S/OcUETQfxef5kzyPDgWP/7KbiQb5hH3X/fFpsWOL8FLT3TTqM5e6SGiQRD9/k86ZZn7P65Ga9P6l2JD4GsBVjHawICVlmPiBWFUnVPS4RVDI3Yiyac1twhE/aWG07r3ik37Lk1nHZ9DVnD2Ro7Z8DJt/RzMH/51+s9lGzMxzrr4mU+dNbL0HyYMghczbdZwmWwNn+P7cF/jVIA9uBs93ZgDwA=","Wzv+E0V5qK3YaGQMGwcGeLv9C+TmjXI7qEChdQKm5QFPJjX+HkCwQcG30UymaAzQTSm3cd9ycIFfg6GLKhYBbtuCp26TVdfCOZVNroRvi0qMMEUa+H7TKc/zGLOnvpErn5Ec/U1B0Skse32s/lWtr98tfjkJfN0z0zNP2r07bUgZMmAbDhQLoAOvyk7b86jsMjX1UqBwRemfNZmZE91O2dNh6Vd7nQ1VI+WvMQolmPf3blN6sVhm9iitG4URaIQ14X9N/bdWosR5z2HsrnXpmbkYmRqMvnNVWyCI6yA/OqUuxNanHwAXuAogXyIpB/l/2xtzUW7R9pA2UdpEeauQinLvNbPedN3Ml3yY7rALPU9vNZTzSX6LQaPO8HjyLoicRwEFFM308L4h5V2sVHHs07y6uV+vjQw5/M4va1lSzRxU5L1tOJooBlREZ9/7K3M62unTdft3KTkEEpUQPLr5+0V0bT0PRX9vdtMUE56FIk3i+bVf1qMW5yCa/O90ABuDckoIFsDFs/SSz8DDv6qBqQ+a8WcHKsCuwgDFIWPQlx4K3OL3xHvOVbBkcmm6vdfvfjsV8+mdSZskFpc1xa4mpB7Pkh9aStclVpmp/ZqxS3/Tv12J5x2g5BAcovN8u/uZjDQAj5mwd1/93EG7y76B3s5bXucYAv+r1WjwizrtfjrxM8yI8/vIl0f/NYDP3zVyCXJb4PHCN+8aLW9uXZfURHviQYrED71LSJ6RuqT9h9RJ4Bf6a9vEPm3isgZPj/W+V+7tD0WMbR3gsQ/+Y7tAa3+Fv7WcnkoJA6/QXSJM7r615EfzkerMVmkpN3I558XB5VaPCwEFG8ba7e0QsRfVWeHixF08+YHIMoRWnMTb3jMZj7v3+fNl+IeAS2+wQ3d0cxCgSxjfeIJ5jdIK/oEtdoVMXDHiHrg+0bjs7NY58sTlj8/vwwvltB1iBVUMmEPkTOGDdTgshvVGJ+6JHkZEq5ADYtOtYh74FFifiPbeXOlcexcE367dt8ixhnn7A/5fdJDpIQ6MJ3DKeYIS7giX/YQ9mMVEo0eQdx09VeDPodHGm9nt2EkAT1pR76tfpwBUPc3bJU+6KLsTTCbu9OUiKrv2v8v3+dG2F/XwrM0NzTIYI871ODGQ+KSiS/FZrbM4eWicuqxjhje3uf45CkKmcgxh650S85DpuTjRaelH0pRfYLoqYVMk9TEcL/YQvr2FPZg2mzuML+Z/Tx36/zCUN9llCgfrSBLyuv4akugjNEstu0H+iK3i2GlGTzE1BYeFSQKXn58Y0gJg2Zxf4kBZ0ji2AZ5zxQexZltSMeLZPjxmjgzXluhnxIR34LwYYiXGsKoWgk5Oa/jpLKQ6YlikH1K5ra6wZERhhS+UuhjtCDSEdUDXyS5dIYZfbQoNFJqMlMKXmVoNDdZEE9Vu9L30WxHiDm2dRFVRs9YGAKMT0XLJa6JFngBxGQwXJVEJaKdBguavkbZANjPAPGoYcfg1KqAlmik4lgYQm1mh97XpGQ4cRUHb6tTPXpxrgavB4fVwENM4YYJkNZET7QWHUJdTD204W4ABiFAD1+YgMseW6vIX6GwiAgVQqBHQ8lLFtrdMoANmSj4wXSWlEl9GA8R0PldBgxXQoMVC+xBsHgP6xzOg+2gDsGoKX3irPm36zNa0pnzsdHABL/AAvwilltUU6X3y0oPhb7iqOg9gU9p3yYNyvp94a7C0Tkx8+Z20LG/a6nnPAqiLw9nN/YzxdAfip90NHz4acf0AQ3OeJAu9fUUEaMg/AxShR1jmfr2IdlMR7awUGtXISel8bG54d2oHGcCEujM8YsmTG5CnmMPlTbxkDOzVju9aC2BglSSQGIX7HfqpAvJm78XmDDiUPG4XzHRy+xebYHJs0myqHIxGoSIQ0kMSUABCCBgSmQYIwoR09CAeloEAg54SauRnfZAAaoHhvM7N3FG5GcgaXlyJxrm6IGulsGOP0N7hhz+9G+ArDqWa/C44UKOhepPcnQO+HPSkxFvlHrX4Q+DGJ95TbgcfFDzTL/jEN8JjKdgRNmcDHePdYacHulvc/kksF/nLm3k9zKd5uyiW7XQBF4NW247l4e4nLoVunVaEo+OiUcB77ssfkvnx8II3zvCT5Xh8s/qQf/XL5+P64kfhn5S7+dFu47dRC/sF63mozx7/ituCp8Od80pGFBfBK6J1MGxUX0PaZwSH2/qBYTB3rL2tYTC8GV7luMTSx2otWljrhs9LL1Ev2s3canqevbhREdaX1wbXpmG8wWHbbsFtPBudvt1+Xu3yedDpCTo+LoA5F8zZT13ZOPjTjDg5t8X8OvfVEx9b1U52tLmpJ8mFvCylqk7dMQjbtzZEvKFQAoh+CSh7tTNdEEM4LEWVrGboS3ffezOrkxZMht+3DXa4LXWsS7vc1qvANpy4f41qaQZzOs1ZPgSTWh6z0ckxSvjUJkqQpIrslKWZtWkwefXJ0Li0ceIWNmUsvkT5kEOTHgVXbF0K5C3O8Nj4dK9InZSvxfy2XuL1rNGMGou9cB7NeR1ArMO8NDrZ55+xHpc4+nCkpUVmE2X60zADGEVz1khh4zuPu7T2CppyKAmJ+5m/ci30vGuIFnEdYVs2wpdIOBDUmDaKSHA9hXpYAMLlBzkq0ggVRzKE1TSSC4MrFfHzS66TA+eLoRRGYQLIZaWsfmkOSFDf0ShdEFx0utlCvXONvSolUlzXs4tkEYQ1tKo355iLJDdbrmhVXnVzi2ZmjwAyvXXKxYKd2VHVSypxrDnDS1MVJy9p84HgKV94Ii1v8sztt/JERU/oXe6oTiygQ65T8QQEDr5FOUOmOCFOEjXjlF0zi68BpH+q3ZJd1Wj2l/95K6mQG0UFe48yCa64am4sKO5GUBywJCMH/hw19HVVXcxHLkLXFt0jyFbnjZMkXqe38JZGObIO7NXk9R8SGD3NcZakcHSOWk3yR/k6uqfYaWXhaTKjcUsiXeE2s0ppFVDKij2nPwohtkenprO1S2Gq1l4guhoAuqtIchCplhhlRIVggKdSavMOBu6AMLxBCOXOWyW9863jAqD2kIe1QXdFHa3OWyUP51tnZUp7vyyipoBEdRxOtE6+LjCV69V867+0IGXK3MxiN3VP9y2YYfRfTQ6WtK+eBiRLBweeLjl/j4fvrusmzlgx48odeS6kKMnzsGcsofGsWcUNKb35x+wr/Ov/lQT53C6CDT8wSPuv+HuvBwx/f8eU79973SMqTe+UiEIhEyRD0aWKw0/tzGQOcpq+j3JTX/Fqr1XlErYeUg5s0/PxrQRqI0l5yed8EU/8ER3oLzg9unUD4l087D6C2ws41WEe7YTGDPVp25Ugbt+Tgjuo+03yY8ZQOyWqBf0L2tfV/E3x/PHnCHxOrHFzZaIxawv8rRPFHjekyLn41cz9/rsfyjbnNYRE3e74kn9H9Av4m23ddTq3Mh7TWU3tVBvByqwA3eLfjZ68mHTD4XT30089YBSDfM44ITHhCZ8dUnYyexOS1P2GQ7Ogb/0wvNZjXqdGIOgh3BPpeU7+L7kliptrn9RWQuAuFqbPmCOCR19JMsv+HYJpN31n1HxMmGt3BBBap3v3mgSP8gbv6Lp8ac9pkU+0apWs7FVYoZyJrb2Axj4/mGBbhcvbSKTjEgAucFQ/GmACkkXNqWNTO9VHQJoR0HHtvehH9uexgnyWoI9znaT1Ws+ttIcEA5Lp0YQw1sE8tb53asxU6FupHSp5m3muLl8IIrVijuvvydud5I8rtcDR9RRP8BhPgIa7aMXrf/b6A/SXjU8sB78Q5rsure73TpDdLowke0SQ3DF4ZdmD4Nvty3YvbM3PKLLCZ3J+nkOh9JDlr14zoOcGQx0xAsZZ/5JzkJMECGAB+3UUXj4lGJ/h4XvCJgmP85dMuCBqwBeya83uPLsdmCKMlIgXSQMljawUexS0Rw5UhcQwiprArdjdHyRqlSgBy9tupbuxS383WLPjiWPwqMP6zPlWb+KVO8ZTmNan1joot86K4x6o4deG3Q2jo/j3dN9jWpFmn7ChTMQosqeEwUzqgX7DmfnkyomRPB0xDPmtpZWit50xxYmv7d+Hiv0fgbSb4LSBcDda3VyhLVPrWKHRTaq+WbOH6eYuv9f8uGdKZ8S5va1R5B4E/Xxem0ODN7fLAP9N47q8fDGgitdv3dNg+bX99PWti0PsRi7F68z+iMTOguf2iMRvXCDaq7b4u2SmF2qM3t/3GrX1T6m9pJ8IzXJ4ZPKRPEoImkf63tPoV2KgF4jOfM9UWO1+tVVYA7QAfRkVVimgoAUkIwTBMHPJEKRYVvlVHoMn5pd6LJm5XcWGj/5Ajx0OBsXmWz+qly/cL/7RHIzdXRVELjKsW0U1dZHfbKpkW39CEM3HyLUBcPFqZwrxlXWrTW0UOeoZ0uZrKZNdtSNBmrGsJ08GjQbGfKaeIw5bPA+cIwrzQAXEYAgrLgIzfrU9u3bLkhaeAWAOYixAAaQ4OHGpoDHqQnuKUM8ZNAcpDqTEqEVgamxTu0RH9IRFK+fg5p4ijVqypVt2V+TOvWcl6kUdXKWyjRe/ZY5qJ3/fBNtDdns6bVDq7OniqOy+QlHj5jwLUzZQm0nnRzLtsT3xUOsJ5oPZsc6vv2j9/cu/ko8Glhxy0KwSthGjVdtzmfj+i4kIJxeL+PoOthNfOjnFYnMX6idtTDS0FGqxwaaffQBZ+KZxP9Ha8sJ9xTgPrh3SzMBihHJ0d0ficuOJaxIhw/7Nrfcj5ruEvHHO2TbK1PBfSd5Lj44imbKWcf1/JhCAouYOtDhkZfbNOUwcuALdL23b89lBuy/GSmxQyN/zxegNX7MFzMZrGJPja6qA+Tp9lIGvqQIW64oDyPZ1PbavO8P29QmKNfI1CR2kUKWmrjCueUPqPTOMMUjiE5fN4JNfm8GBtvjyDbhmgvgXXl+BZdP2+hESuQe/iyXmUaJgq05gK0GQet3Wu8DW7eCWkvfwhM0aEU3z6ANhjohQbs4PXC+HJ4PGCm0Ss2WGuJ120BzsQOXv8JQATqMw+mMKo3/+Ki76r8PamSALiVgxOZNCFeFRwp8ng8YMUSyJYJ9oMYkteI55I4+Fxac+xROaqCdqGwLl096slhMhmqAxCh8I0yCCCG29a7VNfMIVF8ssHfG6fmwVxkTqzOanP/hQijkTo/MFesfYxFjepv3xJE1FtP8QJQxz4PZLnPhg/QI+cDI3jqe6zjazAlZVRWc6fmXUFCv93E+nMLaSV5zUYWqNvna4sQk0v5qfu6cOVKpP9CxqyqX1H8nXlnuoi65x6T3lrDYG2JpMaJMsomGtrpa/NdJHa4/GRkqtGf9XKZsdZ+R0I5oOEyP2E3GYJ0pbQmqz49Z/5tO9KzRnbR3r2/KYpkaqbiNjxLe2POWbOMGptjb53LEiR7ZqrN3ftNy4zN8UDjDRUgf9al0DC0BADKvKJIQYpzaHr2tgWpc+scHmG+PJN4hSukLhUeUhYAnJ4y3uXmHCjsJL+JbRCPfHIJyRB4+8+uMNFi+DO7IFS0fBB8zGg9jGIRd9qFL0oSjRvRX9xLx9ZFD/KoNvPbzi0O3VbmfsnpF20vkr/UtGqswx7H/49e0Hp40ssd24UoiffwyqHOv+pf85iXTvacOfjVslmT+RWbaKmA+VfwMlC1rw+bJdiKxT6XsI+trT8qtqiqpEveF+HT+Lq/2St5cvd2ZDJr/AgRchJY+IxWiXnlw524ebCXMGaxDtccz0auD4cBgNWV7HIC4TpGfhA0Tf/pogb/SqN/vyi5MYw/ws+s1j0X2+F0FoUjN68x5tPEqTqf7q4u3t83k8wPI7q0zQ2Wn0mkcb57E0rEO6WbsE7H1kY/nV5tHobzzNTqHXd8GVGP4gbC/XWSIw9Ot7s/GGgnRdiuaT5Kq4FaMSiUMGn0Nm3sWcyy/kIiOqT6ZM19O/vsbA7SdFmSYT//yuwRAp9Ob/dPzM3n49i/5teBTp+P5UKmL//R9/ZWaLHLzEeB0j7taYKwm+rEM7R2Kxbfu9u1Mv3vDFHDhFsuOyUZ0WUtAKZ8b5fZBsjLF7y8tYdiJn6EOm1k64qbKOjUVTSxLRjU95TOjfrb+qQ0zoAywisVibntqjPLTx7tZf3uEiWVrxBQBkxlwFgBWA9KOl0uExUJ2/bKJ/TibVKC6QdbjMjymywm+SCAlkREtVqWUyKlw8o4qa74X4LZalCV+EAJYrQfB6CDbE4YUJkoUf/GUHPd5kWPnhlARKokoBdV/aiFZznmpXeKvbvL0IjE4krhn8wc4fDFnc3y5ABiAbyEZVtF/A/s8XoP/uPkli9gzd4LNs1e56/YYEe3ofA4aHUR1+lCgaKGomuLAXsKB+68qGYv50ZDY7k7yDFyHsfhs/2UVJxvZvl3c+twUDEsA1sevisVfEAswAL8dsQcXGH/7VMib0rE+ga+xJu+mZXRuRagWJxB/4lZtBv7PL/QIJoE26gKvyHT+PA/eikfSyDQlPt/QcAefKHwyAaTlxeRNtcQE+0MMVAl0jHl23dOhVbhq9zk4Dr3LR2mG7KgqvREVa4V5sVgHQ+9jG2L6RohzbwTLR0GkLfwGFL3Lgc2ioelfgtQA0NbngKhx4PQdO1OYfHd7J2cjYFK07OG6vAqC+yca+zIFAhh4J7v4nKiDEAFhUXwZ4y9S06rUAeAlg61Hwrj7bNPISyMVoegSkAicQ+C3J8cmj6oVHRtQQpVEiKIPJrYQtbCTM9PYvCq0XHmqI0igRlMFkV8KvtadKq1PvRsOXKDB4QwnwOKovNUF1U71MJjZx5HSee9CwKd9BztRhYiKhUwAs4iVq/xUVEqOWoMOY3uAYRb/h4+rYH+XquNEIDYFvBNVIfBg/xZep8A9o/DNAjmV9LQTQALYuddqUz3GDE9ctoIMWsEsxI6xqfDh4wnq6levx/ULWAA0yLkE0XXiI6tYgA9xOMER2jV6xaHQeTQMDCX2fgZKZYbl5AQogrTx8MLCBZW+B6/Id5OytZI/4ao5AU8XTWG4FeoDXzqnE2JXCwqJUzGgKeOCjl4SXPAvVzQbQAa6lxi38zujGNFyL74BcARbSOJWvz8ubMJtUSCgsZzjkCpeFT/yVtu+Cb5c4kDQ8u5EvU1/aaCQnb2RsJGzawbX7shpRSFj0qcNodAciDZsq1uKSfZ8XL2jaAJcfBcY/CbetrlbSXDiixhjm1I8z9jVOGLuNvZybKWn2vI7p6Dilk6rknB1OJuI58+iFSuPsK0FHqx/qpZfnl9N0nPoFtVD8N/jltuU7v8/3u0yb2VEX+7LLYLcgOVe3azE7QN1AmgENErToCC7u6s3AALZ9vE++QgVc0N7s5Yef0SKS79DzNIOrDc4MkEeAFbUaRXknhYNnOnUZbQIa4MCDyZ8ZJBqkGaxgJr5oTFgMHGDd37tvRecFMKAMknmaKWLh+mua1k97WQBE9A2CYmbH0CseM/AgmgG+BV891S9ZYIz1LZfwgfwr3s/KD5e8lvQg4bGutcOLAMmEgVgVFysbI4+r+cEqfv3XjZ/ARFu8itNo1CWreoATrUqFe6HSvvCwQcWNR3tgF+2iVLmC9XfAEfdZZdG9ayCozd1IDK/0UrQF5BjrAqQwRF525GJWjLnSVPO36dUfJST7/soAPSQXP0CLkJm3sLnz9H2DEwuUof1REprSYdCGufvjHH0dE45uR7+Ajkyk9Ehjs+Tz24pcoCPAREanKrJ0qNthqt8+246WMYPjnVf+dKlnbieDXMg6u95CygW7gz/u+AhJW2rGtJHdGXcZ5wrOpaINXdgzm40zgwTc8jDigjPw4b2HaMsTUIniEc7SNFURIrsVSAC1tBhkJgo95FLoQzQF3KQtYn+xSQcxkCvH+pxv8Duw1ki1K7zVBayQ3dGKw9GfMhtN3LGspVp7QDeYjbTz3N/8q/no2McSoTH7MbKbqvlHLiIZKarGE6r8PrHqmx0VRtl6lVrn02OJx5G85YI2CvgAb5EtyC/dMr4y7kk38qXdw3J9PvbwF/PDXrgCHuRCa5udxwaYtMDVgUsCCeFmy8UHr+WfevfR2QosrAvkAzcRiTxtWEN87V9u0xbmXk6zioa2YRtgSj85Xym/ST/kRcswQfMa/s0zR/nkhNUEefov7/VyO83rI116B4iW/Fxb4Vbb3F4iRicS9ww+c4U8J2XJiR0iF1VR/Yj3k8N0Dylpw85LFOZX+FGipFtAJYjgSheXREo9jNupdxGFSMBN3BzGk17tYUdWoXW/7q1sZ9R15K3XyHmN3Zd5kncuo4UuJ3fKdipAF3dsPJpdTog933vFTXb36hW9zk3iAWaxUDisZpcyYLmhWZlAdwAiOnvQ5sun+HbCQp+iW6AAMiuEkIUGUfzLS0unsGTGAO1rbksJ8CAXljN4VwhWqZBEaEnlgAmSlwv8eYLfUcACYEFVgkwlHyhYxiLeMEtwXGzf2InY7theOSY2cfSn5+gM2YA3y2YGuZyOHC5ColojVqjd9QQ98xdk5RKSiS9h4F2x+sWBKIpDGu67024mqZj52dSWMfQFssrB3Bu6/pSP3UiKrqgZiJvvOhMpCBRIqd1WgjKisdyjTGQygsQWXyRNDkqhipnqWntcxjzxXOICbdPzmtiO8PpShBloFEQMoxHZTd/opKLpOexJtozTSJaIUHvCVz3ACXkalTjT9A5u8pQStvXk0h1pNhqidCByWxxS5i8XAAPNE1SOdOLWiyi8sii4ba/LXCZoA8AHeIvclu8yKhMnE+2OwhMZgFu7GfjAuIX7LQQMwATk2nHSmcAtXsLixDDmPgFLyyZPb+Hy6t/Ui47/ggCIG2BeEuD1AvSqwZDoxkZiqonW8iPW7CpXs2bN8RYTwtiOFw400r5VVIpPhXqTEVcQ2dIa9DEXi4s5eEgFP4sUpniMAoK2bXlFLYtEoYu6Pfk4qa80IXVLYrUs3Ub0lmynpwKjtlau2FHkIh+qL0j/59Bo37tUoiO7OKhjvIwdUYECKEBKfpy1BOGXkOVqZWsLlpKGq1l45j5bqOsN5OFFi+02uctccm6BcuXu8rqSvCYvrVuhphkZSJrniHQDBpKwbU+lLCdJyZMy0lr4mcAY6M26lemttNlBrt4x9dwrGfqcjEg0I3zaB2Zj/MnNAC/t5Ksf2jRfl6Y2LXQumbzCDkIKKC3ECOWUNj5/caWw2/JldSvt2fdtVdR/azlaujA+umNPUkGqlRAgsaIHTs3l0V0x5SjInsZLPIBt7vTvdr6Ew9Fgpep3Y2U+aivcapvbq483ZnHSq6v2TlmyJ21Frk9HHzYCo/rN9qu5KTKPq4PO7E/1jpYxIDkQ5C3dhSbUFJVnj6V6y1aPq5O+mUvsLUiuU6JzkZZ2lzkyqkzOZA6yp3Vh4Tcjl/jLwt86mwxyXV1dmKjQFaJQ1Ob7Ul0hzG9UaDMTVOX6SvVVZ0N3k9e3a00ruCCM6cIerqGPS/ZNTiQlkmK24xSJY+iIYX3c2gO6wVzkRLVoNhBq93som397oJDQwKTGPFs4l6BfJajELTVL3qY/7XJ/FM98ndzGAl/z65UcSyoJEkBLPGbg2piBJ9xr4CN8wEs5HVZEV+bKJaVyV8jlS5s14bIY/iI76AvnDrCARmkE0sIJyxySG/9YVf6NPiIDDf7yPn57cz7Nj7M8EM0aL02/cPqLgYTAYgOz2MTpzw7YDONHzXCpAwnT81AS7afznw8x8Qy7OCQq+2QiH2d2hzKBNJ6lEFT6PFTqdNTjjFClSlR84ieZ/R5YNzh0qIEeGVnrfeMv1MlhPJy+lHYi3F9Ig0skF9u4Xebi5lLMTegmrPlU/sf2kobxM2huDXopL9luw5/ah8bEC3utqr2KmJoP3B4M8ZJ3qKseQKCYWRwwsEs5frQSEyKD5Zcve+PojIEGFJM4kSVMG42olvKIbTzKQaFv2UmW0Jf0SKqTddK8XtYgnnNMqhLoSlm6ldPBZTFqv3hG7TjeCD3QqbkpjRcFNJZ7BAGCVqoSy2JUmHhGFTXeCC2gKH/SkxlEoo0ngtHeZDFqv3IbJTHEVgv+XG2c9kGZH17Irien8yPscaLA+Hc0Eb62bvr3RVnnsx1BXn6DG0KUGU4EwiAq+71OEZ5tm1vXfiJlmbJE+fED8H8CEIHexkUb3HxY63abUS8jdohBrBgGkfmNMIXIdpffT7beSvVmYMh7gPjEWZr/ifM2lM+FpmfdSnVsgdy90xMJz/RESkMF0bd5fDK3spRoi1rIVlH2cdW+1YmqRLUX1opTrLuFqt3M/to9XHvfbY6PR9C9bA0jaVHtlZ6hEr49IsbQ+V644y/Mxc8TR0SGmtwi6GeBV1ThygC+alaPeudatak/4H01aXUb+2NeYrm4F+kyL8RtI5JIN7JQ7c1XdFCBeqVbjGnv6Q39rPzh34MAynANfaDnWk5ofCrgduBmGAgQtHiu0DPjnNN/Hha6fInHS+iJH1ncLjvbYdJJnJ8gQriu4kOhwRAUmLJSObTVpSJExkvZbxSQlwUHZJo5AUJlXAlRa8ubg3LJdDXHavYg3RwwQeL2D2Khmcwn7Z6UNOetOM5igtwtI7P5L6p3nijnbyk1FUtSLV9M8+lYqqswimn2nrh+d6PfP6UHD4awyL70u6/BNzADGF8ecTvSC9Y0VP8T8IRrntFtOcyPLabja+4NLFaCHsMdL3I3ERywER7CI3wNtx8c85b3Z2TxPwTF2Is+eLf7/0NWfOGBxhPajX1DEk23T2xC8E0QgqKU+GbSCJ+gUxwwFB9VMwBAcUwoCpXiE7qGkH+v+5QfH1QsZuThfwwOE3/4RKYRvkkaIcntToz90Bdvc39qDgcRxabowwPFN5OG6KeJoM3dO1JmqTdj6pgv2YpUtv99mFYIC23lK7h/T0199n/IprXh9Br/hFFUVg9hsZnGvaarLz+T9hooIhi8RSHDLTJHNUjTJQ1V7Be+Q5hi7vxeEYFCJ0RDnmBGn2sLLJtwMa98lqhROAZBmhy35Bmbwqq5xvReu8mow3X2LQ2vuZRZPLUeKhsJc4A7Ey/6Lcvt4ZM2PJwNsaUxbAP+Wjc/YvLEznk+7dFLrbLz+o47jWRGkRmvmPi0rfJTruaPT+ecmXwH8WpvLeb0nYMJoK2epf96y//ndfxZBgIyT3fi7fBiEkDFRNiDPYLIDObBRVs159OZq5VhHlFJfl4aSk2GqFr7KS5ktgiIrSRHCj9gBSqvLG32IYhO8kJBXScjNM9W3ZOEmCMABRLpyEVrdeP9k7sf5LICwNRcGVSVtVrVdRMYZvC3n4UgMozA+PpUsoE/WxV18yb1TzoCkZXFo7ppX+lX0esh7/qDS3n3ZxGqu7gaKx4vRDeeUlsu63pjOOl3WblZticnZMX7GmedolVDh7By0KbqDDpDaZT27qxIJ68q1xSYK5KdSGCEa0GBJMUdmSiUDAfIpRzNgWqr7dc0LLFnKLLi7Y6NPHLJynrdSSC067f99Vt7VTzrlauyWU02WW8qoepQrQfla4af+fhyLF5klV2wCcyrAZVkxaYg0Cuy0K2a4gMNwPOrJZwC505vVw2wUSKJsbsInEwXQVKuA8Y0K15yf64uxZcjXw5j/V+PjHFWs0N4WOfj160if1s1Yiupn+i9jQe+iidFYHy9G9kPknkY+dEetYWOJx+8sWxXrM75SP8sFU9PV+kmr/ZpYCvbBuEAcyi2L617OXB2GffH9GXyE4zmT8WXyQPRGrVVX4b8QyYQ8W6r+v/tu3zrw60IFiAa4rbaccH6l1SpgsutXpy7WN027y3Jzy7Xcx1IAOlMjH8gcwrIcr8HFO0Te+7LcyK9z7+2OmIDtZOonhhHeAv0i0vHia9D8T7XF4DfGy7HYv2ikXOpRMotRgZ4KoYiC5kC1ch/V77JHK9blsDGO1ghlWFq0A/6mBkgF2FiEF9x9fKz1eLdAgFOPhMsUn3kt133q5WfqS9vBOFRdz3PItXnbKfNAR/guUXfnBYhku16zi6XaWst1i7X8r6wpBf3orCTwuUK950NG2Dlq3gv0L1PbpCtr/H45vVCrLo60GPHrpHpl9N4FatnMRzpCYlM7UrXBaCtGj1axfGSd5NspozC95rDbCalvomJ9hw5qk1hyEG6mtSGXLJUzjXKMFFsYATQmfWENVWcv8nz5TDvm75sqTjp3dJBrbKttupmZOke48560tAFx+IAV/Wg9riN7cMJWL6PC2ybBxQsd96VQwnnXHnNi7+piw+s8vcnXh5OtmvRmPrF1uB3+KVgsqLGF5lo3o5wiRh2ysyBmR9JZphmo1RbegZnBzmlZSjgDlc1pCR+2QofKuTHiPGmhn3EOlzIIK354xLjEUJW3y/8t8wdRhEkfzrbSI5PZVGe79fNVMf4E9A/jAvgnDtCFbiHF2Heb7jYbEEplHOOqt4jnGBhDyNhKtxhDCFkJnsYX22JppgR42zNSoRfuCMdIV3EA2dGeXejTKTHJHsKVIb+CURqNQ39X0yOT+YX8zo+/2C+s6xEDDnNvrUqn0iNz4g4rNQ9jklVgSfdotD/43Dl88ncKZHo//G58ghRqv0xebXkKKEVJLXcFP0Wj8HdFXV1qqdV9/HkuK8oqNwAHkekppQZf4/U6kHXFqdA7dRCGFUAsNzhZdQq/14yiR5vq/MuGkpD5KTqvPghxiBxz0DcnHYD5C+V9iXATFCJlHog2Zi3wi7dsmAtFWNAp5nlfGJfOQ5FdM9E17yPF89frmswdAbvCQHHtWBpjC8eWuez9wN/mSR7jA8p4mVDql5xSco5TeFqhX1ZbDkym77iZw3iCmfPzJyU8yrT5Kyy1x/2+oVxc8UOQKmLkNV9HlueaZAQdeHRguFZakQMt6cQU2ULW97WQaSESyy6Wgu7arDDGWdVVCS8sk8mXrQlxG1kUSVOMqL7nfGHYxElflryyP93u47lj+x2zsWb9/Yh1buelu10y6XuVTgu3Wx7KXg7hUXHoC+/L/ujXoABPdigOFHnKOC4YQ4f1K+Q0XGZYs0KEEmkxySN8fGRT5kov6uk8Poc7Gj3vbrF28ueswp76rmBieYXW7CsxKM8MTLU6/iLbmGHk3r6SgQC+B+bJ+l+jTiON7uG4z69QMI45dbP9dl+VFoDwZgLaghplg5xIdT8nWkBVMceDbMr84TkmtkoDom2JccCddJXiiPBEVxMi05jhOGiM2LItOgRVnCSeAJhBQ2Ym8YwACBmnQ6RvubvTLTVsfMsFYTkmhrKF42yBRHQ3cEIoFAwJWqHEDwdxo/WAQMM+eA8BRGOtyyF0DPpEKmLADytiR6tBT6Bp8ww7IbrMtG4shY8azmKXjxXeoE0R0BW2iOaeDwAHuCmtvLziW8/tQEepm2usAueuKo0QUvQQnWmRuSAG5DHOdHkKCYyP8ms9aBxHE8feOT9qLhkntKjQKlO1UY41QCy1OGjXnBfihfZOQ1EZ4esokrYsZGVqH7hZzzmhevoEzbB7xWa/A8uwV/6CbkSQ0hJR5/rMPIDt31x8SX6C0cNNtklAUldxVV73AfupDZnsKGpM53qNV8vk50W+WGDcT1sJDkKpctPLGt2U6j+DjLKvtKyX/lneACXm7h6FLg0O6UlMDwY2rvcrk4Y/cjm09mjDccqR6RetiYd4tCLADzDrYkebYgFbnVt2qb8IMR9pG8FBtYSlFEthFFFM3qZrT4K4AYCsXEEUWQnGy/jWchJk3He+xhKY2lwji0gAri0cIhLynF0lvoXn/j5zHoEbjmLlGUN2wRqpCGsUbBWwqoKIKG3Kdvqv/Km+ea0BLV1K24v45loNi9+wF6aO2VHujz2wWSXmxdBoG6FqV+RVrK2qmS5vcJpA7a565p2C5Q39fI5s1WWiGTMYo8/flFy4T/KsqRv+GQe/x0b4aypY62FXXWzezlM3xAXTxCAZ4ZlomcnVi5zYyEhUaZXV1ruSp/zD8IWvmJjnQgDLBlLt2UjTl4b948ONXLOXk6B6seAa9ISyNAj0d3v0AElpiBXMm8Q04t5iWFr+3v3Oznffr4iBasW6oe1necXNX8OKEA+XfXww/OKdUrIzvSIM283IM9M3IkmX+l0hRWiKO3sqytI2XXaPbULFesUPMTSEyxFIvzMMNHzFUsXphFWe4vS6onAKpipXv7cCYaSHSF56Y948hNGFzJiZue+f4nztn0Svntz6WNDU18TPt0+vfwcaRGp7wLjedpIMpQbl3/ryYTPOI/3OXijt597zyf8qf+HfX7I/1fkYIvVm2iW9dbOL3wfO1o+2pZF8lz8QqDC+ANVAib/aJg0jyeGwCy5bfZb2aqdwLgCJGeF3tkT1oD6aALNLZaTFRAg2HSj59L5YXHGaxG8fZ6ODibycGAwZbfxsWTw8Ysmy3/gbW0SryRfdYSmzn2ralavkJ0W2dlgXM5GkpHIseg/FRVVr4Mb3X5Vr9g9jSp7MVctcTmof1o7K3Y0txVPGFl5CrcqXa/3x3Tl3sjFL0GscHFWodepux82XbAONEQAY0KPM0CLB/cnze0VYRUwkIRuUZP33Xw88uKOhhxkzmyLG79EsNyDbbDgqewofrmhgQLIczmOuHuEnz1unBFnAgM8tUPeEsTyT2TobAU8jOpnL+gB3pEXeyg/NiNufna78WUoYazYpl31a1JqekonJZ0+fwuncT1tkSi9DmD3KABqc/tqMDFqpjdCMW6IQBz4zFJEW3+VQ+uH0/Ki3n1lDMKTnExMd8xi8phemHMD8jDAiSbaCwgAjPHapa8/BSxgZjExCRETCyE9QvE9EUfUJ5Bw3nw5PN7iUAYtcPp9Itgd7CVZidHvFhzf3cKCd2YhawW6ieC4Hx886Kj7vdIy9DRY6ceF+oZeDjERoNYW7211/kP0qPfKMct/Cx0jSdEtEnvwPiaZsrnnfAAFVdHfGVLXSreodo/S3GJBeAHTnIVj/1+BuAY9AmNmBQuhM78DVaePffvnpeSKTZdhJ7g1sa61sKsGWPDsnuLgk4oYbTrdWoHXcGzUTEpAUmNb/vM2venLv54Y3ZNS/PZKRUpOlVD3PCBaqGSfbGhmCT8tc/hycc9iJiZZ0zALYcQRZoCiMmQnhi1rOmdsa3Bmo6P0PJ3XO1FCcnZcsBHyd1wX9lyens5JORf5gWV0YUH5oN1DO+gAJwY7NfIKlw3G1NoXbDORcReN8vSpzbieGMzyVxKiJ8VgLiBoDpyIOh0BMonc+OLp04Mj/SVdc3oYb9tS44ngbNN0HD+AeqXcKVJ/3JA8rRtPtBYoiJTE82c2FB0muLlChEhujsAAgND6U6VyxQ/NwxkvrhyF7oXc+YLfGLQijSMFEZBVgEu90pgQlfAIwUNsjJ+f/LiQwMaMeyOeH+dcwYoc/EpTuFrhTAE5BpBQ6H1J5SI9Fg9n6TijcRsYSL5pz+fVE3lbLIKSxVVV3ebtlQ8TIrcWDBPpEUM8QgPfok9UVZX9EibU7+cx4XOYcIb/sLvCe3sRpu/0KjmsK4eXZfYB3MrhZTm4zM8RY60H7lwiGS/jWQjpzjopUMhU9fkQ2nok3/MQpz987CV3MJY56fvDgPxmouaBUKds4BRc3faXrxm6NgBsc78hf2yhTSLHQTj3Ygcozdl0DRtOp80Gn8gMsSarGkXEkW8Q+XDITfJfNj9u9pTzbfQQyP0EPcA7AqhRlu+p4vM8T+GjPYEAwUx9QuSkZEPyCkXpOZAVJnVGfiASHqaY6LlJ/cvmjHvyHyYNJTsKdZEd1ubWNKFMPQK5+5eTu25sPGx244nGb6BAUjPzIKESIRhvew217JomzcgijYGHLdO40VgB3MTdFDr8thudnc2M3PqC8105Cl4TGTQGLSJxrWsi0Z3oVSYlS10Ho8VgWiOj4YvGMqAX9PrZZGKMjsQhDjCC7yPOv+hDejpgiMoDMxK5P+t8hURgDz19fX1OCSwQx4JL9KQO81UBJJRZImFSV2AannXseEMvMKKpqmCDDnnAERv4zmBfcCI1zbBaT4COmj2D3oF9tkkte+tc544Ovf6KYpPi02/UewfZmPCeP9w3WstTwfd9wSj2Fe7s3C9xcgzd7ylvIaW0nI97lRk6dvwIg03Afc4atwopCFGUECdzvELvP3OAuyEcr+QY893nbb5prjlBsLmJlD11EMpDiffQbotQZkISLzAsPVWJXwpxPPgaFXzvPL3hTMMA9OaIGhgRs4V29oNqh7W/dzhp/9LFfxi57zKM+A8Bvqs2fbYvOyOwUYTYdjM48kl+ZPz+j8ktRNgW/pyRreZASI80j/Z6RpSr13FjPzo6vP3g++tgv2+0IUFKvHd/I/bybMO2qJ24bQSe7Q0rrDBfiFmGKWaICnON+4aYuQ6OphaHI6p8D4z8NRXnuBDvomNxMfMjRNbKPz4hU22UzgD733wJP3FJr/kkWHrNpxtQbfSH1CT4v0+xccKPJ6pNdHKbJWWLdAT9NZkyytScg8eZFKgQkxKY9J3aXL4sNAwc4tW+/hIgrISD1TDLKg2nqTewPrzeHBhMEDFfuW8m6WEEdZtvD9SySfWFyxsumY3p4/ZqxjLdnHuNz8ZZP9vPPE+0/vcYOeh8bpglyr7n7XS279g5ir9vnM6/x2KGSnLImwPSOZEWxDLTvtLoPWaqv3ue6Ih9Fd6vjOSwtjvsvnYMfG45cdUVTMGejkeQo7810PQ6t+3NRRQdF958o7ATWeERAhGVGCvSOdB+gIsNFn68wLFARVb1je9msEtMuUS3wGDq7t3zmaU2f//L1wk7aOSPLPmZ7OQtZuV0h5B6ngdsp3kI7zSHaLexI2OnnE1Rk8u3Ecb4AfSPaA+SbXfO3bnHguNfh2/10MpfVRKXOUSeEuARTrEi4DENLuEQouDEJnlY8L6rJnkkg9RXkFy55pz3EoxKVfWx1PJWOQ5qsMJNfTpy9sTgdiMQQUVmQUH/d9IQjP1yKn2kNzg+AenhWJn2DtC5Ry3B2JE254FQih9x8qPFr1zBjhH0NKaKT1fiZjGpVu3JWSJ7WjiCCW4J2HfnRZOsxF1yQ9rGa/mc8/jEm79ISOFE8tHT1A6QCr9CVN3Njo+VqTrenTu307xo09jSdfFcyZPvI9q8I39kpxufJzTv/BjXvhpTzi7+c/JLRB37/L7A1GAXrip68AX7fHb0PbzuTN0znX81ZWpmsZr+tMdszNoJxwhsbxMVncf3l/dAOM0CKMNUulkFbPm8M+oS+/KaNTyhooVSda1Fh78mbsKcvukH+veBuO5GVS2mhcZszy/uIL9fjKf5IC/1zFNmzGJjigq/0XYq1cebKpzyI1MegPiT8RltF82WT3xB2RFO6/2vuEAf6paSCBXyPudQhVIKLkYWmsNMhiE05ZaVhlpofYtG+PrOSuVCMttKDvWRcule3lSmQgLJNsfLF6UIXv0Zb+CIEgr2YIJRoDECx9j9WmTCxCA2FYaBLrqdAX9sCcDqLM/gdtwssQxHlCppAorKWI3qMCpnEy7P3Z+FhHu2ytSj/OgNM0FUrSnvgHVgr9nrdzoIPGXELCb6czTRhhOmj8UCaWGKVzwAhylYt5NONWlYktPXNu+9os1RDU0BhaTSatPVhitkTrBlZD0uNHnOIyAr8Aip5R/GrsvNCyUnNIVUyjMAGrGxB93hl02hLqU+dmgmacjn/+PnbSs2IGUJ44dv6GzuNZgBrEhYeACc9uH8x0CxnDtIhqG/WqbCyJ998Hb1nPYSDuGMUqKcbgJKc29g0mBKzdTXQ0QvsrYD079ADqY314C0MKaS7EtV+8dsMNUSRxN9g2He/33j8zNOB6UMy9UzJ1jxbnu3bTxJ1kZ6a6uqJk32gHnwEPbgeK3u52Jy3sqtJFS5XTd+giDSdL2DhpxLEGYX9OXLba0Ts10z5J/M7yaFQRsP5ftBQf6YHbkBbSbJUU8D87ZeAKqi2ZSj9+SxBy0Ile7ChUEHb7WHHeUTUnEzZKf8I4mmVP/2coM39zwXcocwxGLxaMsdANMu4nZii82J1ko/o9mxlY+82kMyPmGkAndIaVtyHxfoVDF0ogeCKlkfF7ak7toGr6IcHguDqnR+u5KgZiNQ3elBeEjDjudBEvuUHGwfxA1r6MNwn7Nm19lBg8fruXueKJ0qY31S8WqA2FWW4UfSkFM9mL8A+/7i8mr+njqd/R1r6yo5Ms6RnlXXFa19Sz4CqiJYqVyuld9cAMbtLW8v0PuTfS9V9IR0iiKXpkyYxcL0Bm6bvp2I7brxBdJ0XTiXSIp8b7KcmqoH788KRDBJ81FEeWsLRzIVilTBr9Bwmr6rmVOdjR2BOcQ9gzIqv6BU6bl98PR0r4kQc8PDdtRLuq4L+fTY47W+5q30gdSUEbOYAPkVQI2Z/tAIA36dGt7uaGyXHiiJBTB9gdYTGpswQJ/6fwzDswhouP2WMpTdkaEZe1ZKlRZGjs/P+sjvxDqmXv6YQ74K1ukJwAIQ/gWUlTyCZJLdXmEi1kfPIvlhdn5z0ZYv6hf3gPhZR9P0qseGO5qWy3GklGV9XCO1JQSJH59TBuD9WE/IWQhhgYXQyy+bWhtaNARRM4dJHDAVD2EVHwJZYnuqlE6FHrZGKgo54OqQc77w1mqABmKypghEGh3O+2fgcpGiwofWvNXhj9khpYv8mBoS6zya63Cn0Qryh7jFx6s1sClP4pmIFB8bXAKWY82+36TispS12G4lIajGmmp2ALAyqt1LGhp0IKjGmvrsAGDdrJvMwtZkRva8/R5hxHQC8twOdp/uWqTfKS/t07M+vZWdjciOJrez9bWAwEmz0EweI8jP6ik+HdJ8VLs/dfyIGU/nLYrBR4DyHKH4DJRSNN50Z9OdcsfQNHWIV/s9BgOE+gQWSVcqc7bYIET6vn/soRTf10PTrbi0SXANm39HGKF7E51JEP93bR1wAYufeJ11vJ+LCJ3TIlSBNgCWb41pTvktnxOEsCPCrghtznRACNzGSSmRvz0z65Z9w8RVmUnR7bveOBl23IeBwKYKdzIDI8TCtfACSZ05BFIgdWJlAb7d30FGWdf3BYbodTfslrADwk3gjjLKdP7vQgtSTXS91mJ0EwNnjwiZq3uIfcy+r2aJwbkd5MgwhkLKisDTqEFKzEsIIjXoIQa9hnKE2mdj74lxZgBzhj0LUKB1cNLtpp7j8pCTfuB1y4SwumWtQlJiDn0USKgjODopPRUI8g0K/CdkIsR7PmFZ3d1EwrVlff1PY0cav1JzB1e8yNdcxkrNJVQp05bJaAMxT77XFFtw8c5lbsVq6Qba8Qu9xlcipYWOgsP8E5xxLHs6+7H+irbNX9uYabHn0ruiYsBTdpjFhym6fGexl3GnTgEWM1zj9RoS95k6lTMtbnxnSrjgT5zZ8UIucVveUoqlRBjBzzSUpJ4DVxd3hJFH1jql5A5XyvmgKocJm/hlHkEPD5i5DjvMaxHPi66apryNyD88oGKrCRZwzQopmCByFuSrSU7gigl3Nb/EJTVBXwGxOiqJ/bjt9EjsTkdcrtGXn4gH9WBz0g7TpOnmzwkw/+XkyLagwjVIdBbVv+Ptq0PfJZP1SMiefy8wE/63ypno3t32Y8T3i7mMR0r+bT1AzTXecNF4A+IIJHoe8SZBprFTOymdaCckymdtoiG/zA0tTi2V5SmuEZNvccruZoWiJVZrvsFdrPMHHESX6rwEeX6UcrqdvDdoweat27Ei8CT6tFGF2AUfcgw4+UaP3l0EUhSUph/cWNiWPn85lgk3PjJdsyrqrieZ4ICFeAiH+J+QFFD3r8FOPbyp8g/59u4FNrp1RPXL5zYet0v5+qa8K2edCQTJSEnYS9UrLkXkELIYrVHghtyXZWFhYRTwNOMwuhyT3EV/eVaYjNSmywXXRCM+z2Gn6wgXSZWP2OfPBgIJLHKMWzYC4O6FKNd62JcQGEEnG+Zxun3sfWtCT4qCTFO2mMWLVzetac2ZqOcSrwTXexVKmzj06qelrWQLyHpQ0n4JgBg5sXtvBkJgPpGOsYXb6A+IwGJSA6OQC+kPjMA0OgH9W7dXzagLB4no2EevUqVXArYQroHO3r3pv8ISkku8f+y0wFF+ND5QZIKwmoMsd+nHEYhOBSAoFn5Ffp1uGHlLF/KOI++tDh2XyoiJYNqHInpq3vVvOh5jyoBZDEwJULgA1agA/a1GTP5cuEnM+hRVmCMoOqfWqvcjQkR60xvQRK48pFFZX3HT13G6gjotfXHemwONfz/uDpkKCVHJuklhBXOQN15DToAMqcRqI20VsjGBuc37vwvdm6eriuHIr1cUgvwKNJ6lHSUykVN1xkApjWOWcp1et4tLDaOvWH9H1v2JGUzypfKSbEl2sXVrl/FN9Ok+chMik9ztSFb7+mm8pqu9kMK0pJSPS6Lz8QZ3LsCnVt78uWaxOC2T0J7LYsoOc/jwoZo3kL24saIU80OjGrp/yWNNgOFjgW8As9lhmA8OmI/OMU8CsKg/5okA01iFWZWA5fgTM64Aq6EWZk4HrA+140BjJvnabXpsmQcAECtQcjqeCSKA3JFRpDXfQK/pAVMWzOHguPW6/2FRovVvHUt/n1V8Koi7oQcY5yMxJw0wm0rDnHTAfFodMy8kP5JU9yx6IS0BKJJNb6RS3wTqyUfi6j8T+OZ6lJtdO/f3pnpfA3pZF2bY0uP0Ypn4jDJqVs5GTCkFt2WqUTcaDLviC+zdM6F+qQpxPos52VEH6thUPT6VqZqAT9gVP0lFzB/WV1Qto+IlWkpDMvJDPw9jNxQms6IF964dXb9UXUiA+pxdXwHqp/EhLReW/FPLanfxcyibjlfsxLPY0eU/TdL4zC6qxgWWj/moZwmJjeHbd/0ttNt7iQkGOq3VDG3wZ2n7BsEkVXxzAxiCtmO4UoahUQE0+Vq8gRlfJSPUjcKaPYBbZZXfUXasGG4sq1leYTc3jONDnorKtTACpDEXiKhahPjBijzdVbEIUAC1hKo3oLgBLCVF1LyhtYqZ9VMOK4n1y6YnTEk0/kjU+VxVAAnZn2S4TPz510X8yDLSdSd9jlhR4YtJOyXEVZHPQABwOs1RrSTuj1lv1oPj6yHBdreR4MDzzZV6dMjro0Y9/jMgCRUeUdgJGoTj4Dxxg154wX1AZFZ4ZCZOBuPOTSc34SeAAAu32ih87t1BETwMwulVvZtz5NE3OLnALVekAGVJ+iP4n/5pGOCEzp0gdfRwQzKNC25EWZz/CavsTjaHhtXQ05lp7qgDpgH6YFSCJ2KP/8xJotuGyMUJrOYHXGH+rw9KvZy/jK9TsUEF6NcFgfwPpGZoK4RpIsQf/VcupyJHc0BAkcZQJXXDvSMk8CLOhXh5ngxLYwByUW6xt0OhxaltDOTBXLGUpjEyNlteZJW4UJUZkQQ9GjNrcYuegnTQMZIPnTS1k1wa5v6Q40pyC3sfqtl2kiZOjo+tNAXnrEc5WWpzDB2DW5uambdyjCRjZOwVpsgZhGPVnmUvPpMOcTaGAEydiR+tA774Muh5BRNYjY73/vEFeJkqIUdLcyxARy8Ixet6sToVKkn1n5mcjh3NAQtptGy/kuePxKpsF6HxJ0mmfkY5eX5kuWkLJ1wFL7Cki5C/ZI/jHcf2ZV9m+Qpo22AQz70bSbxF5i06JYui4yQvukWqmpF7Sipnr8QRIIEsvGRVuNI/SGwJfnZC905EvuVf8Dg5U5cJB1fyA0FIj2uzpTWWCOejec4lyBmsQXlJlWV7aejJThpCVVrDyR5H/7Dzil+w7b8lMBf4NWbzN3gBp6OU8cL0S4OAvDbb28uCCd1BR+6Qs0hYLCHshVlnrw1LWymYsJWwFXpWSsR1ARuIaRXAwpGjIm/8dPKqr6C3rXuz/cE9tYWWm7BG8P5O5Y5eveHoCnuUfEeQuGdu2HIyte6dB5ZfRo+dsckQP94w4u8mfU3r/tNIovkvARLNvzsSzeM3X8q6/2BINP8Rimw+ApEIkov79SWazo4wt4vNQ6dGWP/2UNyGxY/B2UI2z1lu+LXP/xTZ8i7ebNR7Y/OYf4AETyb3DjI/D+vdKnT+Pg8wTA9+/P4KtOq3w/hN7fDy89mOlRRG3VZb9xj269naLxcueh/XR91DftP92eX45qNfs4iSOKp0by6vJIdq/OxPKT8JrO5mze0Ua68heY8Y1UOBaKhWXh6f1fBf059e3ny7+uAHDN9t0mi7ovPEeWms/g/t9qfM0098rP9fhsjoW4HtGhGsNzKgLNLRTzUvjYbsHDDPRwemj6wC","W/z4E0WwcWDmWL+jENBbiahYOGgUAhsHiEH+i2N0HsYOtA2zCVZ6UvmG+0xJy8L8C6+UcoyORh5/2dReX0cpFaFVAcdO775c6Tisb5YiMUh4zDXVTWW3qvdfcrCgJEFekFy4pqqN5jSG3PptVZpgX2P6ynaiipdbeFRwkZ88AG6/16mxNRrlcN1S/0vy8zrWUCC5nk/HXMLUCDzC4BT3mfrafpECraJ1133g5gAlgpVCVX7uHmafRX04xz52eWd2docBIBVyLt25qF107R74/Xh3SvApmpWb0n7vzASoF8VRVr0ko10G+ve5B4MFyPe0NythWJ5RXmSZaCWlR2AXWVbCgmfueDb3tAVZNpJ/LEMyFB7Z78s/tPbt9PcuIhPA3nElCTIQWrqG8hpx+qeADX2Tc4raywf/BSqeSwd6RWn4yQOF2Y4UA9Qdqpj53YcCeWGTex+DbjK1uvTp92UP5dSPYTCvUOLcP93kHG/z4hBts7F0Pml1mYuzfQv61q6z8ZltwHmWiWCjdb+pPeANALfi7eyxtWLVq4/ActM+dCWRwAvoMSn+b/3O++nez2CfKz9KvhD5/4JaQpsMKEh7eGn/+FOb1CEDDeBgKynv3vGU8N+LIyzH5kVYhaXaFvoiDxccaQyPQkcSvH4F/5lIit5sZJs44FzGJl9Ox3O8g7wGfD9c4Lbg9vaxt+YPr+5tlY7zrcQ+RXawx6m3AgoO0Sk+4A5lfyHPCno6LghlDYgwQ1SLk4SrvV8RsvoU6kdWaAI1LQNjYCXu+cHlHYVybORZYAF3URW4bewSuwk1qFAdQvUWyqTsGP2v9W0WW6cb44BgXwVY8xywwGHIm+WuLZNmZCvIWPX1Cm2CfS8QFM8hXC85Jw1yAfXduEU9wRXzYCtVitngsZWIb/7xP/61E/gvGDeGv8bqHhpnY03v1Xre1kLcNIZbpoxVmz0fpyRUfem6vOCLrKGlKj8tkealVbq6gVW92q8rOc58TI6Xw/88ayhV8K3teVP+2vKD5zWGjM9hIWkWo4YVxLdMG2v19Z5jhc7LhBE1eqhXIq2HBy+qTr0cKCp+oDaYKOVzo0HQntRq9C1lSf4he9jacREuHlesShmZBaXBpFSXitcSokzFWJgBmngvdUDzU95DdLFeOuHPquthCSCxeZpnRr+x9UJbxsGilwlEbQeMTyg2pVJnjtjlOygdl+4NqegLS4dSMwapg3T4aoVW2F9Ott+kCAzN/5TEwxvHEfdQ5r/d4WqbGYPkqc1z2hZpAkgW5zE1I+x072mzw2Z+tJliEaViDawX6ngcCyZsYYrE9Q+KQrOUh1RxlRpiltQPEDiVlQypVtgMDUtrE4CKluG2sKGIGdSFPdzFfa/wlGcjOTcQSm+xKFIt9wxP3QO8wRYHyUL7wVRwJL84asrO0BTPvcKoyipS4lcQKoSvtCcjOnCGxo4qpGPziFu8eC4/tTEFXOipBR4zysP9njQtyoxyh9VctNLxGYiFEKfMTpBVElsSZd08Dy9MVV2D8ZkHmFIkpkn9EwXUYQIZ0pEdyCWZxroTRg1w1xi1iQ1chQ1wYKkiFxp7BuG15M8JXhZlKbE0Btdl3e4Rph7Xpd9aH4XrtctOyffGP5I2VemWGxwObEqPWaB3BNbJ7/brfg+ZhQ2Qh9qcH0KkC3HDi9rkkHVlDowPb0ACqJSXsEmgk7JJH6M5mcMEJmpYlJL21IqMnAM52ABNQQKorK1ZYsIikBp1LYZ0JAYaYHtK0DvbJiP0wJwOaZA7bIBLhTFPunKgOiuDJ90KTNkMeYujvckNXsUNOkZ9PRqf+CP5T3zeFaLuLaLujLARkHFuFcKfEIt/Dj4iTMTr+4yPocAdtZo0/rpQmAOd1VQ7sO8ZCcHbfB2e2/aJ7rY5ws+qEnin8vaxYzuOAwuABzhzx4FC0nVwO3NUSYgGLKA2spH1PczXmSFFf+P4bgzfI+zow9jB0z0mHX0YgTM8NAu+pe8imQX7l91lzCJhhK2H5e+z1Wzsgd52OpFgYVjFt4twxL+d1hOxm60zYXtLid2JsLTF6PKrWDEG3TNC3T2haDzGzrtAGEeGYTGlTsg/Ae6+fBeVBTNIqhPxxxdaumNLQXggQQx4E1mafnBhbXw26up7s6n7/ePj21+q+O4fimmcdXJkXsicdClJD1XBSlZbZkGphcRnL6ST8XdQCs7zFVZAJ2PPGtnx08evwkcPRTL+AQ2yiYziAkaECgeJk4nBmx0H7JpbMAgMKCZajyMwQoX7yazBm11v19x64ALWpn6jJgQKT5M5kzTLbTKIc5uAN+JI+THW4XfJonAQv/e2D+rga8YtRLUAA/lSJSbKz+pSUK1Tu9yQLIAGtrjmroCNgI+I8gM5UJ7kIBVrW3polJTWCKNCZESQiro3Tu+G9TBcCBN2YAPF0xRkgOETDku4EEGFkrt6kxEROCNGbSdFi2NUPRXF4kVtaOAebVqCA4jjZHZOeTYu+V8hxOFh7yZGymfwVvc/MRE+8jRrkIl8Z2oIYjKhF5TvCR6HTddeaXHGKvmdMxeEhbDVYkCIzIiO5R6CBdoG2AYXEjYAiJWgWmID1aAvWIONRDklNf6psIjKboqtxYA+qsiHqM6aqMTeg6O22mCE0AHobmw/Squ1Rx+2CiDSRhprg/FFU2AEHUiwlHWhoeIWEh4RkShZC5UgHheFq7lYwgUXzqUFpaS6LLr3wdGdl6z5xlLKTcEGb670cFMEwqvDCeLCKH6n873BBf3j6UQkiyGt+BWCZ5MMB8WoK3TFmLaC6q7DJECyjlVE8wHwOnIWquLMk2Y1eNiUwZGHaiTPThTKfbmwIFICCmGFtS7mclQTfHLmiKntoLTo7JBkJu9kxhB9guID5SWt2fYToBBemuGC0rP6PVIcLceJCmtN8YpA6VaMnuKEixBSUaaolEFzVlB4DDMA4+L4OEkiB8pSGGKKTbkEDVpBMyxZMMk7jzkmH+EsTZPR/eTdWr4OpX0z0eSdv/6mHP6PKP49z2808I9b6mpO1mp/GQNX6RLx/L/sRQ1bMDfA+MS4cXkUOWvtYn+07Zs+0mhunOh5jTseZ6lajE4vV+GKFB9Bg2/VRSKzVSq1OYyhDWIZrPhMkrAmx9GiJsbVwoQWBh2/yx5JYHPVjMopJS/kUTAiH0Rhs80DiWtTKNWJcGnDIXlIMmx2oioiCWTY93x09ibk4jkcSNMo1d0abVfb/+36WZNP1b0HxdLIaM8xf2I8qzxTiFCKGUG4lpy1TnvuWURLoz27PAg6tKvhgU8uv+zdrJkvOp60oYO22zJ4NniOyVwM69nJUoxvEcvBx+S0XAzC5rCCoxff6Ga0rFXlM0LFziTFIG+PAwe/iv9halxWjUuqZjdKJcYejKvc/6PpOZsSDOQXDvBg1+QSwt5j9iEvpPPYTevMw/12ZvSdS795BzmPGNuHytZtTomt0nvH1iTWCgRS75E3Lv+ji4edPbA0v2FD2PCRvV6fxk7e7exxpZhgu4DdWfuMs8Yu5e6uj2GrwEE2hLWXICeo2EH2PWCyx5hkAgIA00hshKPsYnZ4aEmIBySQcgfY1ZpSOTugAPonPnTTp9vTCWzrConYxe74Y2wUE2wXtFi5mGqM9SFZ/T0C2hzEzq9MrZEg7v6XatXZ4nzRUCtBMe0eDnRQW7jJQ5Au1MO6WC8Pua8jYwtmy3XPUYbNTpll89AV8QxF8Pn4VC4v4AClLzg4XiGeOvDHmpef4AAQAODi34gXhQuTunzP0NRjssblNgEb0phblvcULtyXnxmaGvRoXG49cIDj3LN8kk73idxT/hNOSpO+oL04Ny4kuFhLmPjlEcBYA0aETM6NKUCUh3XdySaxdyhPHmH9OJKhJwESRFf+GscJChpmQXl5mGpBe2di3UXtgzni0DDPb3Em2jGBqPLmMdaBGbzBufEEaIjv1NkP9/HNMH/12B5f3kPeGJ9cM2lDa6RKa1jFuvcyOC6zZg04L7SAUp5PhjM7IXw7arFS1qTsHUFq4HsCUiAvYNcxuVRobLa2zilYrJSfG4tv4Fa/cQKyVnXXoqo/HAjomKWCSrAgsPpSOspGRUbaAIOqrBl657waQiCVUxNXJW4cpHBvqOWqiIklZveqhpDZI6gHZ65YuAeCtdeUFI8p7PktDqx14wRKxaFLfIMO9tfX7v+nEVg1waDDnTzgsocrDb2sKdb/ZLpa/FZqFk9aWGob4+dbkhZHTiTYXmvwcnQVwtsjhv14CdsvrUEOzxlfJVy79DVDtwuCjmEJy+3+agcrhDH/iuZIS1vbnPcVRR0qYrY7qg9y4u8HyAbFQ7nz2WWGiYi5K8R13gHH2V6TIw1Ov2lKWtwN+oNvsTf2CdM+4BgSa39kjcuXC41otNcAvcPj7MbGEr5CRR+8MTycyDJeFi68n89VBO3Ka5NF7kZ78CUNw4SS6px/JMfi8cZxIky4IJl8t+S5nCApGrNl6Lusae+BLixnoCgAhkbH3MaVD08cPXbgk/CBj444PgA5PvrhmO5hTQ90/iFWAKNubfTDz0enHPYwtmJMjn5AcLyfPLrn6MZSuqN7teCg64Ld0d17QOJCNz4K+QncAilkJ3wzpJCjV7BF+oaoHsAgKUQpdKukEKD4TZNCkgKyT6r/6CXuYY2UtkXvuqXSPX6gkDyJuVKIm1ubpVjUNoJ4KBGh+AqPlHZO6S5r0yronpUOWTSdjaVtGFXfAK3yo04HKtznCrCQqm+FdgKTuajtLleA2VPemIrMruDghTZSGGBEWgup/I5rU2r83pUOW3xaG0vblGrtzA1PkPqFV3+bw0C2jExANS2WDA+JQDVehocnYMUCqL31YaDbZyYW/RKpvwliYJoRxuiRLu1hAzz51S/+/O0QN+wAbsEqlacwXOytQAwKIJ162DpVa2PEbTiAN8nruQPbPUz90K4CLKhjvsYdzSz2i6k1H+pyn4udcpG3z9pmkNfyEZlCNqjtytoqtXKqme1gYyHGfnCtTQff9Y+vvyW/17Gqwtla0s7EcLZCw2FNZCunGG8MO6DtIeuqzVfr5PoluuzoxOOMVgDAj+3p3q3nHX12eUnzfjj0QkUyvRbtBjB0J+goAmM3kLaKna1gOlE50d16s7MVzO01bQp2qoLFJKOVyU5VsJxU9iDf93vH972H+b6PuVaPt9ywamUx5l59znHDegI95llxvnDDZvzTh3hiss+jFt5ayytWX2G+6Tu7DZzJTsdCfPYpZawKwfAnnz8rz5VtICfBMWvVea4N1GQ1Zq9OR7WBbrIZc6Z49ktbMXsghLAIxA1txQ160XXceZ2teAEfmrp6J7P57+RPIFcxd+fnzYVsxdncoB98eoytiI0B7WTTQWxFBk/0iT9/sBW1PaHdbLp/rei9YYIJovH2WjGxD9tdhOjcteLqXJyeu2O7d9u+8zc45ly02szQYwWffAt6Qf6euBMe3tgm/gpPdxOcDKfsTT7nr9/kHHgIxEAPE0IfMh+Ok/kAnk4pRs1QtnErxsx5xf1IV4yTrvJ7CWytbIeMG6iZEY/wNqFPU4BQiAH0uuUFMiZ8hGKrFFMgqcyu0E08mnjRouj9bt3/bkvWvfBXYV1Ky0EtCm7rZr1OTVbvXeb+7RKFLbuo/sv4w7ws6+Uaf1Sd0nWZ0TIhPZ8kkqp8mhfTZGqyxHDBbm51Ir/nL1aVCzLweSjbH4u9CmNg+x+NGd7+SYVsT5P99Ra63uQG6p38ZDiNGF6PZ4Q8P6alLm1ywMaE9U7BKvqNS1/gT7dYz4JeP9s8l2uu0v/d92dsurX6avdanz/xXzBnx8g+o7meCLiCMpLi97mlbcW2SvkfjCYc3v0QJgC7C+lXG0GpwtntazGe+0KMG6i+Yo4/MRIUKcFpIrBZjP58TOnE90wGC6IOEK0hUPXDI+qd3C3kfAQ7wufSPfZql25VLfHnH+g63fO6nfnS8mGYS3npl7bJXklRMm1lvlo0TVM/Zfhq3ViyMnVO6w/NSiHZVax9Wl7fIy5+6bKlE5czWgEAD+em213T7uX8XWbe9xp7RoR9bHISq4L6avCRcc/qtm0gKC+ghxqylGKAQE4hgjMu1ElTGTUELGON1BCXgNVS46+0dVNDcIJXUA0ZiltLNSQnZFXVkJe09VVDcAJSWq3hqAXsPzVXr8Y3OQGrr0aZ+Akd1uv3PE6xcSmN8vHtaBy9tmz6oGk49CtOcYId9IBBN+IUES+gnfLwGk6RmyP6xayTcIramNBuXn2CU3TwRl+YdAFOMdsL2pdXj98Ud28swRzycfBN8WJ/bLdI0p83xeps5rqYdo273Q1+sK9YD9JcL73hCuoN5+ECAP3zd6g32MbNUAIVTg+77Vl1KqyE/hZ8kN8A2yAoT6CJ/trzgazVmNZlV4MqKctwZfjANdQbbqU3iCWQYLdKrqLhmfuJA1rcKeyPTubk267p72dImqN7K+Yb1TM0uEKZDivt1k/aKe5WdHm82glRx83uqr7+jX89z8zm9PYow840nOCKgy4zXWjOPFEAbv3WzertNfTublWUv62zxaudTNVU4V/oAlWcbPCh5dc2PLaTm0n8P1STPU4SHXRU8ZrIzjv9fJJK1J3Zml32Xd0X49mU4v7Rk8vP59QVqHqreki7mWUzVUPnlXdhM3gKDuepkLiFO0qwgTZ4Xi2Ja7z8h6St65TiRiOVpdyp5lD8WVP8vR/Ytl7DVDuw7dW2yLmcfnOzbTY9uHPRrP2tv2Jy9taZE3U6hHMqEcI/VOwsPs5iUXjwY2Lp+rJ9ad/aTjE/b929Hwy4IByBD+x/z/Z/50J8mj06Eo5FNgHgLyNSpl4oSBSKYVEsWqr4OHYYW4epUgqQGnJWK3IUPR6Z5+t/3OE6gol4x3Ch2/Yo0BDHqHbqzudQtcHNM4vvTeZLgwt2smkvBoGqAdlzQJuwtWRpbPfvTrS1BqeRMxMDSCL1RuI0+e1mInQwjL47gCrURfB9oMr5HQ1eqDv4eIC9DEhs4e6BYYBRHo3vQ0P+92HevuRj/mE0LJfLHiA3DzzSF6MQcsdA+4vd9OKT/jIGwKpc3QuMukeY4d5iFGYt5M0S3UUYOmZBuAQ9gmv39y78dV+F37yjMHcllh6O0avYcFipFposlIiR6kqZPfeQAlduPeaBlp4tHPM2bynoaW9O2GZTVT17n+EkvePxs+n9Vtm8Ulb0yj5+eOby+/KuOMds4YXu3xb/7L1Uk/QZ4Fxl2yXlxjgL2d57B4JN4gZSGZ6T7bF5fCKeR3cW8y3x2pJZuOMUf+qVHInCEeixhv8dOhbwkWhr5z8cas8r/5yvikuN8K2glaqGYfsc/d/hULgntCe+O3PDHDwivcCk8UOnQkAs5DCLWUpMpsSVnMbUqug0oWwNgdFDt/y1XCh+/tOLXdIuU/LiwZi6gUko27Gq0H844wZWQqNnbt2qVNAMSQuGRlT6TdPJT6W3kjhl02J+kQcxcL6Ob1Kp60yM+UpW4OX9CPy/p6idDTK0TehACMrCHM7iLFd8xqIaHY2t2fJoYrl5DeeKjLwSiHIMhsYOFROoCmu4iqtUkywJC4jGUyoakkx2pxqxULzXX9GqqoLb1EJl1VKzBDImLKZQbKXCCiSW2bR105PD0523lvPMsp23ekSu713fCtt5rUdW2l1V6KgNbHfDpqXgluUMDGD4NkKINFpP02U7OwNje3kjFVokbinOwARW0J4JXdtobinOwHyCNhDVjaK0TlA3U4GXz76NGyMbA5NALjaqvkxKb7lN6GVJ87ppHrfSPMRa2pzYpgK1UIg71CO2cS4EBQgqPIoVffNaWdwcJT7lVbzGGwozNlgZxsIe+sfX/68g+UrZeTBxl4lFuzwM2Onaq+Mv9Kmn4Tr5tURdFroxnHUhAHTvnO5k5yfhk09dVrqxnJ0jAPRjG3Mb2rNgXSbeD4teBbgyP8vn/2UEkHema734VACY2PMvIQH0QiuDNQTWKwG3JI/tMdZZ6Ua33cl6Tei6Urql629wzHq50UzRYyA9CHJGXAAwVoHpgmsJ0vcarZh2zU0z5uTm302HJ/DJE/NpyA8KZjACPY/hPNOIm6SRjXXqC/+BGMLa8Oq/9g2GXgTZLvjJA+Rm1NBuk13YYT58g0bu7vVGTGLf1mHHK82N9n0YtooGJOA/T3yC82+eg/oc9VPOdT7Hvf3yK+6eqnrEzNVH+Wj1JLy8zm+yIR2nQI8hfGGUAoAwXWTtEG6I9pRUGKU9s7q0jxckOuQMwe5UnQz8W7BTVzfOU0BZH3yuRqSPEMkLW8S6uXqpHByfNOS0d/uKGt1TsxthDgbxu/AL0D2rpJS4OvCCUekmbW9pm9UWTXx/eef53zfPa6+xtXeIPzp1FvjxIhuocvQEHzUIHYWqGYjKoDdPPeZ7uXJZ/oIzzPMPujGVEpCi48xUeUxKeJ9cNAvZ59aEOuGULh4fC98YfdyRW8vkcbRF+RhnVcWxhzmuquCqeoA3E2Pbm2hkXqnuksU+T5x7Xl6yevI3nyIKLnqgk3+OJ/2BvgDHVcWsugezjWkpKblRIgvy4OAOy0X2mHb3vli379ufys61hWz9C99ysp1OKXfB+4izqrrPOQSq+0PBadhDKK0TcKdzzI2tJpQr1xVz028I5/NgFJSFk4ZPFL6ySWo2YIyn9WpYt41MM1rT1V477e6GvP3/DzudVJ+FuPwOh5dGTph/qED/7yALrqY3dufePSZ2n4TFrje9OxfNe/7rVDLjEcZF9giZ7x0CoCnSBWGSLdfxxmHVLTTKx7vbrvuCNAw83Zta0U4yljaP9wqpRtS59D+zVWJfMax9mrQq9TVNaZ5u042xTZaPBGs0cZLtM11tWy2HmWJjHZ70s0ejMKET3seZkHh3k+FSBpT2Q3iDVu8zLlO95DuT+h8zm8euiPYBfk2c4r/tRF+w4No8ZrKJ8ZmH05od8yqzxIPdg+3nzLK3wfS0ZZZTs+7Opv2Pa7LX3JKeJ8KRL8B3mhuz80pdVlnd+2J1nYnOV9aLsgWl1qOeUhZ70PLBgdV9tRYhq2Kckc5ZN5YFpsaVyReEqvti7EEWvYg2Wd9XUq4JI8XIrFP+hFXJMuFx1DHf5MwnTrI90a3QTBNSTH6/QRTUWETzDXMQ7pTO+dH0PNhEclyIPT7b5RK1Oc30a8zK9RrQXdbuVHzbZatldad7Od9Zq5/2IWuBvH/yh+L2py2j+PVU8pM6ZOrJxlwk4275dMVcKoOBTnDBDEaT/mUztsu3XT6knbRCsDgvEKU55zaipUZLz3pJtaUMAj2s0JXt5abZ+tjiOawj55k1TzjzsErM4FDl+6Z3sKp6XGvPCLkCHnJetI6cIRZGixGIItvPaJ0XFZC/8aCwlpwfWF7ewFiiO2Bl6jtc2T68vLRCeuQDzEvhM36IeRmzhLTnIJV+U0Qr/JHmxfcAxKTHl021ZN5a2TE26wLnohWletJxuGF9Ozpm1CLvXPojWhtq81BZf1Js+Fle6jfIy+ffXhs2OG4iJKCzKGGoUA5br73Fjyk1KlNUbRw6uvGBiPG+xxCcTPqEVx30m4Hmycs7bHlr6GE9fAIK0sV9vwAMYmySJ7d4c1LGHR6u0SvDx6A3zF4XJonZDBjUG2Q3ZAAzeTob5c92Z54y+8M4M3sse9k2MMKiwFElZItCc0xBWVhTgvIygV79YrPSKAtRYXMUSReQvkhqUviUhERt+jQsrXHJF++WlTTOoXxoUvngUKiloQ5CnQSejF/fTiQk0pFQTxfANC4Pzq8ZFen6daFwLIv4rMvbZTKrLOSA8vr0wT26zUP0IO+7MR0eULDXbf9b8inn7ketug1y9nAZuE063obybO1aSueXTWskP7xv6mTl+TUKrfcxflOqHziizIAFJDXo0Nc/nY9KemSNFzjGloex1SWZX8DkcwzAyr2tefMNN7z2X9ifGZ52/wXWvc38kD5qg2oT5lgnVABW95OkVrcRvZKi6T07Yrbs4iW6YYbH/+NHMFf7e3iToWFXPYXx5jnrgqvxzejeeq1HaXSXc6986G9AVbfH03Ovs8ysKcU5gIm2Foev2PrA6yw6PrXPP97l2dp0pC/300c74AWzHsA2q3NvW2tMbxQRiwi56y0k1OLYeKTFz92gxyJZQwsI+pZ136uLun5ahd6lVhDtCNxqC0Fb4P4P0uVRHCmVOBw/s1M1cH1czBt9qwhbWvrWdsOzIrnhDXSnimN3EwNOL8qIvmbCxuGT1v2o558kH1OLFuNExMkLHP5B8oF3VgxUdZ8XPv6PEFK33tEJKLXdZwvFFE0KJXNcTLm/mlvl4KYStVRJu3ByMAnqwGqhFoq4fa6JATMkrtuKbQM00Yxp+GOUAqDBriY5DY2b/amIpCsCJUkRFHfFKFwTA16rpeTlVeHXwxVrz93MjncxnKl+55/X4N1I2s9ViYa435HbDoxbrdl2nYzJlLDMBYgFnmoJLXobZIHWlB3sysnJNO0bzsDaHb+1h4pPR3PeOKIrZ/49RszELhb2fKcEJSLWIh946aO0ON0jQivsI+LmO0Sg2dSuNjktTech/vS+HRy3WstkLyBjKiWscjGSB57jiS30DMgBrSUZgLiKW0TOa4ksMatdNU2VjEmUsEQFMylRk0zLmMoVQ6YSmVQgk1pjUmFMapQJPrITW6peEGSPJHLiWUTcfZhIlsvWJC9t1p03115KQoupNlEtWVcxVYtXBU9ElO5bHhFmWR8RNt8hAu1tRAY8iYg3u9qVkpOoGBG4iwrVPMdkzKCEDS5oIi6TIupXRPuult7CjUHEPYr48zYiA35NpM19H3SMXSNNg+zr0d6FnPDyWY8M6GBsXx+oAzrLTkdudGRRg6kmIQ3ZkjCVkpLInIGpUSAGdvWS0yPZZFUX0m43l+k1GbshBsfwtnKZX89he1j7WitEc45pVRIP3z0juSti0ZGaJOlWsyLRgEj2zbD1rl7F6Q1aYnZE8TizZAAsXKtdX5q+SbFili0VEcdwvjMAWExQu2Hz4fj0PTELezi8XvakdddEfJBZpk7Yy4x1IMtDyzI+n5pNJq/I+qKdEXFwZizRujnUmPqS8pG5ENPQOOx9Klj4h91AQ8yWCC5n4gKALdBkN5tAFg==","Wyr2E1HJ6hRFnVacrh8ZCJwHqPjvi5zR8oAbMrAPtCdMSVEdsMWIEj4cbxCoY7aqHx7t0BtiP9kgxBHaeAz1mzl9fROVFpIjOy2P3/Rnr1V3Kjk8DKhypNcmA/qJT7Q0RCJNXSZuawLhkFVcpvmJlapZtR7WFoTbvQCUDjEoYGR+4NOEHGK5zN3rq2Xl96SvFR1i07ro7M6ff0Dt7pF3pWNVrAD8gZ9EUhdSqpwigBlgRImkLqRYOsSicdu4cltDcqLotMHpcFpJvzIQAu8te9NsozvE3+sfpx5NY8TySJ6ve2kNP6ABnI613pwlf9GO99seC0Awmz9WX1bi3iic9/U0TTEplbQlAecda6pt7DIdr0TguAUCFXBBH3ubQ49T/S4hMR4VhX0bQGeKxN9PWfJTO3D8x2l95oGuhLgWg153KLjj3odq9upZw3MIrc+21aX7qvN2Xh6kKuxVSDBblRxsAuqd+1mVKODlFYrh+2wpzRHlhNoPKkJNH1T7YDuhMNITwh0qdxvyNKfGSTWPr5PTZ9KSVlxusPG8H5xQLQ9ce+26LFvn/+ky88Y8Xp1eO+34/7KXb1LvnDc7z+glS9me2RshsZoZT62CmugQqGE7tXr0ZefUrPX12VrbuleatzrotUtw87zd4n+7zWnabNs/hH1XSPXAOLkpoI4R7u7zjzOvtnRfvpQUh5IfxkLRj+9eQE81JzdKfH7mWe/dnvib0V/oRc24YeGBr9eDss1JYHj+8ZCgMtl6wuH6l+sWumhgw6n+WA3MvLujaNltLKtF/FN7/rlCJm4YSi/zz/7p2caXu8DmstVtJlZ1ZojZnszXEQYxmmpM2pPNl3yeqZAXfXlr6Pn8o80dL4MJ/zRGGW4wqtNY7fBY9QieryI6oGg7WkNidjUqbcLD3ozjIWxyndkzVjSwiAb866onFs+eGoESX4y1Xozn29pSqPgMts+RoXoaLuq5vYVM9wPyOVhhBh7DdF1rtTT39tuLqH4E97MKxan4agLYs1Bm+EI+NUf7HF/ahbxtbS6VT9p5hheYqZtJ4ymWFlbkrBkFfBT/LNp7CgV8N5NSZrxg8tZaEFI64z6XvsGyrhnJECT95gOfQvIO1UjVEarm8HdLPsdyJK9eMI+uiqJY1V8UDhvi+31KX8LB2xR40bwrTjZsLwD4c1wEt4mHKYk94jTE0zpgSJRZD/MuF9Yrbc3HC5u/Eq7daW3rM1vPFByDRbY8pFMpdTaSM1YGbUWjRIhpNkpj7Qf3ps2FJu081wQbTzGOAE+YGx7dJrWsV28Po7yDnpAvHc1pOLkiONgEMMHEROQvHtIeocd+SmhzSZToLznugHXxEDdoz8A9lpNOJWaYprCSdR3TxxmkCZvWp2HWIEoQ5rJ3sWfj1E00N6Ep3M4qXAHb8nWQoRjBRnX6d5w76rIsqMVXTYC5tORD9y8BrJ8aBl29T9HR5QEe3ACfYKJNyLSJLjF4gOBNktmAdY9+br/kLSy8ZfRNnuu6nuo/d0elxAF6qc0FYbdAxxgT3AIGN5MHx1H7qoNjOvJhvKKdopJnxLTNWX9N+YP5/nPOdhUEb8eWEPTPuePagibzc9U+MWT8ZKDO/a7Ad7JvPrg8cc1VklUdJVn0YULYDU9/MP/MTDB/DNSHtG3+bWFsvoLi+ZBPZydQgS7vC6BCc9woUzPFVXNRexDQEpaG5FMIWzZjPjbHl1U5r0HlCwPtvqRoKLZoRujDuo8pqMXNTeOnV+RPWYqaXUkfrbsiqbN5OEiWC53Lw8FmgCT+/DwSMSYWCWVLaT5ClLIULweSLxTz1NnWo2KVjy0gDVEEFgjKd/hFZTrEbaXHlsgXlNeYnHYVFnktKT3ANEB/+kaqsslrvTZfQnL8UZ3XlER5xHaGpHnEkXwCfVBnUAd5ZzG/+dYd+xEdc8Svddd6k1Jzw48c1Z4h1ExKhps0U61kR8tZBHpUoVhhiXVrD+Ql8zF32eKGJa1KkzGiIoLoZq2URdNjyiWOKySMKKnSKuWcBLD5NK0yCTFtFWesTkmPtkHvA1jBcsNg6Jlv8KW6t/fPvrgB1Dvh4jAFgjhSgkASJdVB0QJwXao5kqi3UzEKWUpBtFmVPJ5gKtMdsjD3Ha0qlVgFhl0ErIsdlgwqI/B5lf41azaliKTF5H0MU+hvhFCuv7CYMdoDGk3dUDzrvmUtAbtOEdnLYVaHCYf9HeZXRIfNDr4As+rSE08J5hPwvEaMsNKtiHF33Pj6mBF5Os7xrUwWUaH0e8qhNsEqsHZk7D0M9FhJm7rrLXBCQj5tP0ThA9rmaXF9kZy7AihPn+uBPDYBPIoAMHuTipxbYxAp/MgO+N372jQwGaEMvvsfNPM4fazj28nBXWBBKnzv7G2nqhBxyDuk1IuTz4YwuiQFCitMJu/2WG3itHBIli6QysQCiS1lQMW4pLQhFVA3Xm6Jypc6JleK9JFm1lwAVF3mH1EfGnzxFu9rM07HXjc27UROqSKjI2WoKWPEla8wUx7VYVUzJ7F0iouXg5uIn5ORGE2eh8rXq9MdmHVf6ef2lLd1jGOCj+3rJo8khMcrhKuEgETo4krJ/jJlL4hGr+K7PRDy9fOZm4oOoKNdzST5ulMSTmRTP9RQzikJm0W0kuD9ZNkoA6Yej21o1V+hLcUO+JNtAPaUrdV1cJUQ9FAhthxOdTsBZBalrR2rYXR5ClovAJz6kBk2RVOjsWmVbV7L9Ik1SXkJBFuCjnqBKhtwm9cvVdP5jdj8oWfnSBY3IPUSB+DVT/8LeoTk7Q54yQ/p/jPLbMLfwhPOJ+2QsAuWd/V2NvxMqg7U9ly7QGl9ByuPFWmDw2U2dlVZcvcqLx3m4GPlG2r2iBQ4UPwhG7jmnfd3uYIaIZnmJ2ufl8XM4XFS4xNHjfTqmdRfhI7GzMU1NEOJZJLcDE1HkMrbNL3SuvDQ2byGdemOtapqVaqKdjh5GT5pxu1GVdbYTubmVZ71CnXxVX0LdHsU+vSyox4Zq88b36JNNxDGce4NvGqW1m6z97HN80B4YNiAy7BX0JNyUueFBecZNeICffqmXPp+QDBlxNuWkiqWbBdZJNW9PNzERt+oW0KHqKPQQ62QyHgmOiFkCHMYQZLpAHpLtavboPbhqRIdzH479iZu7G3Z6I/6nXQ/Dfskun4/IDdYvvGVYcWjxkxZfxrrN+81pB96RdDeyIiyqIj/EvyZcAdxgIGRwEwQELj+MuD6S4GrtoVg0/3qe0NcG75UOD3wpEal7lqVd1jUsP6Et+LKA4NtM9dYPcyATD6nnpSjq1AZY5oIgm2F5bsVJGGufWkcYAm3+9pYza0ktT4qSNBUtPo6nSUK2iCuNm1LvaSt6WqLvX+kNBIjb9MmxCzZACemw50QJ1/m9wh0UpVKVPGInJmwnU3HofbEBkmj1KVZlEgsGFM4FLaImAhSxZopiJUS7BsZoeRbLDnmLYoqxP2QTrH2CbD4TRsQs2R7l5gOl8uII8JeJFCs2QH32ZVmbsCh+o3x3VRVK5U0ReAWJmB/Thtp42dEcsknP7G2PQAjBS/PG/+r10/GxqyS2Z9gK0mdNbwP6lZGy4b12wpjO30tQ/pTAuu2cfrWPCTfmbeP64h4G/lmKpPP17Toud0usIEws7ZwtWrcZbvYrTi3KAjep8GBmwSl/3mVuA8xJtRXV475ORRMkH6CaAPyDhbfgOU3QZoJIm6Rd2uBbFFsX3R9lLy+6O9SG9WuL3z+vYgzD2kNJ6tq6OIEiH7GgKQz1nnkL9s8cffZZ+Xp95TlroRhfhbFlC/spwOlC0pVC/yM0suZxLykRsiG+Tv8Nwo1n7imwymo2R6qrA7FhqMzd9m4W0/K3vZ0HL/trVtWzPL75hNLxdzsprBzZnCPWEMqrz5GiLvRNaAj++RuHJfnD2P0XxLe/8bL0jdo7ZLo4tIWiGMeepN+rnUNPs6lqh/7g6VgTxWESK0Wr9+O5z789/i/PsQD/zNPXvl+DSuStd3G9TMYp2Ms/C1au6k92qo0O92BqhdL+5svrIeIds++/SazlexkMnH+275+1W9F2x5qgpOq0QT86REEMKXfwSdpXp4aek49E5gq6WMQgBaBnVHCuO4G9/HTfzzkbz5B0jPHCpnaEovhC3dpWvClap9w9/a9bj+7n7msz8Lk+iZEsj8o0olIoeNrsdjXN6ewLsJFjKWJxbKuG8xmXAcAEbskx9SHzy81MFf0RvQaN0gDG47FRHju0gBi5bu7Q3FIsq1TKRkFM3D+zl9KEU0uJR+HyILZOaR1ODyi1HRdZlNbOmSuXrsVBQvNZZu5u1azbrwoX+/uD0ibv7TztmzOruXyyvlxMbsX6DyGSDcx3xOxpFcAJtHynMrQ/PTXhHV09zVWXAWQK74CAQHgKtGVzb6UEPBQUChjIwmNUM9PWRJJzKWj5tpDj01BnOODZgfN4lUfYcvjufPougLxBN1UzFRHmwq3HLEYQmWGJVAppp9knJ9ThUcQAPeoLCYB+wOeAAFPZwsHGsZB1F9Rav+QCUCHewPWVGmVlZwodiriyz7+uz7oWspVL0DNowRmy/IJiY3dyjPf2yvGE9YQGLC6lSQPd0riOb5xtk6zsGSkzOHbnCXz4HWIb4h/vXA0iYc5bWEVDq8tfaCahHmJvzeAw6ENuc/RzNSdyZ7AeWBp2FVv0WYb7UBPaRdHuqtCHs3EZDpePO5HXV0AKQVTzaKTeBHk1RGaXpVKc2lCc9H/UOxod6258qpOaW3kUhHAlWa700S6+tFFsJQ0tMd/xcvw60HMeEvXVIEpksmVuk2Jma0RRSgjtxSqVJRbGcdafeRkwyvNAPpIvEJ1Ka2cqTqdDL/YqTeglSZ5IZjySo8vJMxk8lWSdmOTWkbVumPdey1VVq0pH+ta6coEZYRFVvc094bboF0XX5d3ruCXt/2pCfCPMGG8EI1DFGOgBazSxtNkriEEstDqEKdVpSJdCuH3meMdhixLGutHRSJNaUx3sP/BHgccH6JKRywdU3AUttCdIJbtDjzAmWPrY0nrw4DDi68u/QAXDQwEmHSYrLYIQtw18XMxtD+gH+Arc/s7j1U5vPgAKkCplU6HOVgEqUHHzzYAC1rThTq5bfcRmIIXdc70cpBhbgHIWdloH0LHCVjrqle9aieGdb0N/Lx+8XTQoNDDIWkBpCy8qTb2Ic95m9uIC6hukuQg/vQNnZUwG0uf+oP7hDs8CWrmWYnwp8SpB+wPuWhkMKhf6IlDsxJveRha+K0/dJ/oG766fuwkvM+wThA1vl0ACiBKg0lxH4gj9EAS2R7AAYw94lLQpao9xDhvQQ1opbUJcSeLITRZAtkm4IL2K+vj71aNhxgfQAMYpbMJcQeLITRYAtkG4NVOxHPeQSxMLkyxsFQA/z/UhCkBswImFjqx98LaVLMatbkGF/HMXItHxG3UKd/kiRZwB1UulOY1n7eCjvNeMPaKE1jdSpLDOyWR4D7v3CIZXb6/PGQ5kFNy7uhDcdCo6nqOUnwub/u8B9ofdZEU5tiU2WHR85NGsxsd5QmwvXTHeMhcoCHO9LiKBY8TB4+FBY/OgieLAcCIikveId7nl70oX2C6hHRrnNDv9pkg4c/hskBydKl1P+IOUh6nBE+g5A/ktS7H55L714W4VJ4HCSCldmlJGSTV8XPl17klQwKb02PAHhV4exTuLF5XjqLz9IJT6D5opQkSY6oDIZ6QFhCQycZx4KS23J9Cr5fT02tb7Wpp3LX9EA0pNG9tib3nlhlTcH+fDS+D9g7cGxrR7fEkJzoyIjkhM/PXHEvRfg5fl3M6wnjikPp+bgjNd7u3HiyDE+D0SSlro6apVD9XeWmmRVe2avbswbQ3pdq8/cLNW1Sbt9AtqTfLLXYd5xrBbnmjZgBwS7G3cd4i7Yq2oAi9xuarxCsW5PpRxWcFFtOUfo1oa/KuF9+aPVzjCB1NadaIeEve2wVyS7Gr6Fbs31kJERxtp5S5tJdIPD/OjEbZExa31k+ciiqZkPRglTJhBTW5WzTTLljgDNMCDihHPHyFxZnkj9Y2qtoKKzaRh6+oCIsjhK/IhNEy/k74w0vjqJdOLFrn0EXNLCl3aXwxkquXvGxJwsW1zbtf/N673en9s3/pKCXP8QSPhn31BFvnV/Zb7Y09eKu0u/YdvbXfeQhfi+bHPQJO7Im3gNxikhlLZtVikixNhQ8Fm75KVUpHKflkoDDBo+wCc4CbU3B+nePvtpz8k8Mt+MSfXDrsnO+wZHK6uxzhp/rkZ3mIN/t8iiCwrjVdHFr5EReKIVTgYfli3sfz6GablxjHHGBHOQ+J5lCqQVrMdSDEE5mDS7GOq2Y7mKneKZxmW6eeqoz7lnGyjAdRnFx5S8R8+FgysshvfxoIAMzZi0/fXbI5vEBf7FZVa60eRHVaZReFy3yLIcJ4G71Ef1VirIvoiB3sV/29bdV7AyYBiQ7f5kBhoIq4wUCSxWiH9t6YCjx3J/fb/u8cYL7fH6aPkaqi+LiyiTh/U1KQGnd9ChFlhBBeCjpZJn57dAgdmXO5Dx5Vgjjl4CzLcfBZKQWJfzL+mXpy7PFBkb48QAJIzSnuO6Q2fXTk8k7FKOSk+SbAmOzsGHEJnoIMsFIwLTZjEUmIu0ihPBdljsXmGyzwvhwCvistKga3yK0i61Arlh6T5VFUEcbH6BTkZotf8NbSwazxVk353nq75IPT1K4Nb3knXLQYnR9soeqfyUcEM8n6bAS8aUnyeKck/H6NTOeqx3gZLmLM1XtvZZ0mkmOg7Q7GY90SvqDfVVnneuSYlmA2+DwMDGbLR95lEv3zHL+N+3EJV3izv437wSlSqheTj0ujoTEgT9B8KxTmjW5fb0jQOFGIf41PE8uLtKGyijabRJ+2nIicIsAxpkgPr98VIJsZfo6lOHaO4tJ+WA5A7Cd64ssLg+7DX5rvFqCmEuOJ1STNwyQdjfX4SW7dxVnbTPDkwEIjFqc44VHp5NuS9Eg1pCoV5RDKl7NX0qX5rAzR43KFHeA2Jt5iFCdPn76IHD0SVSrRKxVupfJnxJKY2XLQdMuTgJ4PrQer2BZtGoMRix42ZjTd8gY9lzYABzSP79uYfxGJvm3Mrozw2zhG14yj4na3qfd8xOgbETwosPRS6fvNOcT0Tq8I5l8Ew8+CWZ7s/SMeucX0PqtghnLBzKsgYJE6FMzBQsuSrhKBhJN33fLzFNU2OHFWQUEcloNggZH6JRwEMa9G1N48Prp+F5ax3kKz9hmwYX9sTNQhtDBTBHtzcjFVdHwDBHs3IgxHEENH2R6oHNRyGPKJfPkqodyzmmxMjPt4j7DiU4O/8BjiE0NZZzWmYmN6gJW7FIIcRWZMRU1XpscwqHDKoBose38Z8BFmxaOHGN9mALwehgadfkjtTdvejFcW1EzBzioAxOE2HBcDh20OJSGPwzcHis4/jHP93QzeSo3xYZ0fH6OsGTEyXtSTrSLiIzanN1pkrmSH7KpmZ/AFgQwYvuI/HQmjiafQq6BRAfgxCgzvoFEBv3hmAdgwDnkM7UHll3A1/sLV+GuuGqgyvmmeSwhWuvEsYInL4QIAmcyzSgmmYVoANdQLvVymvjZ2iMNV0ACwHwnCkTfAMQuOUwQHsba88A4aAB7udYNs5pExwDFMiVOkBK9bRzirYGEabqFkA90u3rrsabtNYQ1TqmzWTQwL7bPf+gR7SQQlmLW2qWOvz9ndDH3mR7oS5mfNTt0T4+/dcTqSMNG9foJv3qdpU1HqK2ugxaPvLcaNnbZV2OaCnoJV88YoBaCaYqvjrEbIimkM+0o69DYySqs4TKetn+927TnEbmRHjbmLxNw7UnWtO0rFr3FQBW4/DbDaoq7Rhds3g/Yl3k4erh2Zs0oczMpifUM0ujNiOxW2ljj1K0+7nR4d3zX3AhH/6nMz3ekRida4ng4zwyJbjjEM34xeV9sFu+CYMDapO1X33WD/mZiKJVsAgrfBMGqhEOvby0aHG95Eww5KnujXnbbGzXpZDE+HOgLRyl9Pz8tFTsz4i1cVtapSi63EV2F6B6te/3jw/ctjEPQ0naxvaW/QBY7g8I26IK19Z6B/ueAKZokcZ4XIXoqT/uxLrs4pGMESJhCvgPvv7h0JtT+jLUAYvCcelM3igQd/lZILahoUxW+j9IKa+Wv45JRVUPNVuJdBWQW1mM/hetHw7+gNQSGGAmolgAW/KvkK5PJG7Y9iiTgJQkbx4pdrBgAkY06USFqHfZEb+mpaK7udUyXjOXsFBQ4GOG3j0B+iEeQllh+B11efyxX70BxhJKk5R0ixddHVUXJJqD4lpO1giduMa0dMnLuVIlD63/SretifxqULFFsfrTO+oSaOT7670wQQB2S3OG+4JypQsjYNX9CuagJXgoe7hs3WGU613e4VUQl9KC8zDv86SgHg0GMCKFrBq2kvbz+bfw16U0mrcbR9ww23cs9XhfaqOcgHeHjfUcLdiNbVHsMxVsfJGuc5F+vmqkTY7hWcIheDzc0Xy1AjcHhZIbx0VbuVjae1qz8sHDJm90D9iKbHNdgPS1RWTfdDZzztN9uzdpVQ5euIZnO0hzFb3/DqSbBXpFQJHdpkpPCiiO/fumW5+DFOB74J0CnJJis8vBhcMuuvc1oMx33VjiG4CC+OpjLXOs/mNR8Thk8cHXXB1pE3QjpvIL0o8kNfrL5qYLLqncZn2K4rKqNI2QGUGJbT+4w6j6mGC2HVcD5hDa1jg9ahOumM2tPD8+I+MYKK/Vqc/kg5TYwt2Um/aLHwY96kRBSUz3WRJWW+cLog7PS95FqexAn9xsVk/KyPEsvB/bESOyKrx0aldFgb3oRps16dH6f5nWaFVstvJ3weJrHxGi150XlJNQc4Z5jzQHRSqe0uP2J+4YHfIxfthJInCI2ooxk98Sh6Jck17oGQfKOgyum8ipZz2nGOQovlH9So+YVMF69L8iC7/Bau91nvPjT0lKP5gGbg0NNMZdSxuTsC6dcFjBDL+3Typ4tXdXaqwvlMUEX/JkZYRghBHdzh0kmD1A+Rchr80lW1cWUV62IdQhzCdxOdeDWof6QowDRjk9RhOhq56QfKjbnKovoxvWzcjzU6Qs5iw6PXnIo9XJpYnmcrXmSE8tUvJcWlSpQXospKKkapWB/HYamTYkP10VSRUgyphsgZrKmGceRNqg6qGlSFfOOUxny9hR3zKPhy1jiLx514cYSyP4tkabUL4ZZ7j7GYCOcxXrgQ5oW+av/k0YbkAXZNif5g/5S/oWhcsuxIuSHeYb/ZJQlu4r2z8q3Jy/RamXCktU8c5yba5fFQMR3RzUxZtZ7jl2EOJkqu9iMv2hLUp0ugTrZRKq8iUIEf9fA3UqH8WUtZakaQ1ygugTrhdqyYav242l6pngR6kjpt0TIo0ogtr0IrQx3yLUbLJ1AAC1hcvLzFo+RJI10vmNEOeYkJcoyvJU265UUXcjWClLcf7by6wAexjCwdrS1bu4m91/B3Myhydq+e0xcaEBaQpaPh2DzTo5liMYYS301+yZntx6GzpVsbFnHrSjvWbMWODuL7cWW7fYMdCaVZuOHWBMWa6QvbhqyZxc0zG/PA2TdyVdR5vwlct3QHuD4xaTz+rep+FmRVWtzngk/DuefHsZPbPZIRalSgVc9DGb3R+0fF/3Bq0/T3b9j3ikvXG53UiWd2OFPThOoX9dWizcOGEI+zz1P1XEz3dQyi9VknwCvbvXXmKotVR6ouhhiyMIuDmlyjEoiPCQe2qoCjyGBvuAqY4uhF/f6LIz+DU6vj/1TGmWYIMz2qtxfwpffcQ3oG8yE74EGGerej0Dcg76ZL4GrqznLt4zBQag+cPSthLMw//ObBkaXEcZTQRfbUVCBJr4Icq/De/3547xCL0+9xi8IpokDo2fsOrxw1V/FimegYYmRD42k6WVEXLn6n4zNwqRPq9H5zwBF3je8c1RpIeP67+2we9vExhYlLKWw8SKFPlfPAVqK/CJA7uC6YiYgml1oEAFXNijXLN/GMZ8hCEMO/iZQKzNgTNSGzCd15bJRmp3UAsbz95kBaHNF75SDAGUYsb6k5kAYvnY/gjFMDi0WsmLxxVDHSxQURUzu92xP0bON4oiZk5k2aAYDv9azig2lYBrki6Ct10dtUKV23I9oHcldks62nPCvgaH+U3kS2eLtoUnv+Gf8YzE0GuOBx9HA0kBtwolWfvL4F4ttImow1PbFqPd3NPHdLFf8TPeX8bNxtnnG98TMVWRWk1pIiRiro0uO6OTOVby3rE808B2pr5YtyGa71z1bIWWyPjGAhb4xSAEKKDaMLSdR35zIN9Pt7JSl73Q4OqDjT64TQqiMkQr/rcYN//iwV+g5c0is5QdJs/IgTLGEJJ0ikBc63g3KSHGY8SP/Iu6/GOu2kwvUUEmDZTfuYaTvReOhabcZ+w6ETOMDj8a6lMryF2xm1z4t8K6U7JbbGPeGca+dhHMR0gEfjsDiGJwfEoTodIAm2zsjB9YO5WYMfscS22UG8HgJEpw6/zPJxQLD0ZFKxSXzJrf+ka8bM9wU8vR3fp++muJkB5zppendcj9vwe88ZF5LVhwyXoc4kcrjXYzQc5s8t89a83cWHp7zE0z+O02GWnZksmD+LjepaNIbHqxCF4SZlCdZgCTeQxMBpfqG6XB3DTWEWADX4DvwjJRpq9Jv4ppRnqKnfim9GeYaapTbMjgPsKU03kPuPSrMeK0N+Lq1rN/P6zTGX38AfswnZMYuPEB2QDR5UgBkPKOjfSLb6p+65qWBCZrQKBkHDKlmQSa9GwV43egmtE9lSmos6xWU+41FcMHcul+ncjdzjfOI6abGdbQ/LIis5Icniq4YcOkdapr/d5MNEJeRtbLDN02PluZV6gsdywXkuYYtmmvNRfKp1ACPHQfsh/T+oa3M6PpaOj9TxXEc7BWr409lbR2+uX9vmsTSGp6NjglKyRDtpyZYq9GUylZGOSCQezUvpcNjORYISH0lO226X7TXvUynb0TxOyLEJNLXb6Dbr9kbgE+HneqVIjJORHKmqtmSWp0M7OvElAEuNc0NqFpuLM4eMKalBc00Dej3B0lO7rS5aeyr+ezbz3HfPCOSKtXeiLTY0fNergyNEDMkbRhQiVkLeJKoE4XLkzS2QHMWmoksRkanpp7tYTax7x8CX6laCDvadGhfpgyM0eKG+Pzsbe862+4zmKO1IJlKRhMqQ9pNTuinNXxHSvGR7yJowNpdjAAAVr4vtnmhvnZhgA2QccLl+AFCOvNhB+QP8wciQmTlsPp610+rr+15a4OXavVcOA5ZP7/Fb2AcvnSSPVD68i9VN3u6ouhFuQN5BgYNi23G2EWzMGzUDgDHFjuMcI2oLvRIyM+tapbd2RZ11X5imHa1DgdlXEdKbiNYmb3vxtdkzk/aD4I44SGMi4pi84wUypthWdC1K9lIYUaqb8QjcEXKRK+7gVga+0AbGl+iTrpNkMk7q8NkM2tZX9dNyi8nCM3fBZnhjlAIwQ7Ez0c0gTwRaz8fKYVl7Mfhq433rqP/kzfHifNx58M7HFdqQLbN4ESpiwNLqbq+P5OjgP4ggQg3BBD6SMiM1pqR5bSGI2TbMeCekxQkkI5XCspiufYhDFCAJfrZTiNafWcuoPQKmQs4xwFn57mFNsRndrJAofiA+UUl/1CzJtmKV/mIX8S1yYP7bO3pzcw9jmKP0nL2cFzwB3npszecmocl8Nj9kZhYbpYwArVLYJZtkVmSLn4sRcNFnlB11o0v6gSJqDBOZBYqa+q74Z5SYqJnfhm9OeYmap3HDQiewMwoehKv5TFvTb9vs7pBi13GukWyVbZjFQsmjikv4jn0bm529P4DELIIY+dbkXR9K1hzYYg5WMYe7GC3rv2HdWzBNIfG0uCGuukC/l3oaxzSH+Cg48DmvgvYC62MUCO+aveBl2IY/BDqPjb2IOEPemYhmXG4Xa0HeRVQLhFuRd7VAVqPBs9jp6KYRJIPBvwd6x9vxtF3sg7u5Nh8cL3fo85mPGs+gRUeSiWwkoUokVUpMn0FY+PzI/XMX7MDLQAGAq26d8a3wzG/2h0xc4hoAFKTO+BSOvtZ1yJZZvKxqd2ie+y5XQWeB9TEKhLfQWSiLdHtpJGWceja8yJUrzJ36pnWE7kh9Gz0j0BnvBBY=","Wwf5E0WdoKx6jQ7EoDsOf0hNdYoi2Dg4Bux/f0CLA7vZxyc4FJQJ2EQplxW+NoOZ5RtMxQtxhJY+kr9saq8vbCpVWiRKu/5N+o/zeGQsZ+QiGASkElDlSK9LCvQTn6gZTOFQ31LKDiWNkcq/oja9nbAskJEA7LSF0i2FAleU/sz/d2lvWvWngYEhtDTvyHbSWU4QtN+TrvaMveNfSoc5H6U+SSNpS0vvqLKgwNIgDwrFSq0wOZrav/Q937PgBzgIRtasnGYfeojnpNtRWoPhIXR3dmbniqVX71JQJQiMnSatUy7+7F/OyjhPNGMkBW0W0ZRTaXwQ7q2/+9gL0BHC21JPlae7vadt6T5bm7OdkFsdtKXRt4xhiV/53lq121ZD0AQQEAL6I4LS6azLq77sJFiXIshRtMgCYP9PY7x9WUGw+SQ2/eEDbQW/IgMVH3LeuABRojB9O6mRGMu14KVTpnapnBmPcrTmMiV1fcapLr9u5GM7PXnpOG/1yi216m2c2tqXlWp3DWpudgBt1NON40ryCYTesvexy8U0l766OnF9ZrPl2qYT+QJzMOWvTOf7dffPaPXYvpt8W5T5dzY163z00Ri22jUJ9jhxr4kMtL8u8Se+v6T/PFzAGRFVN0dwOizq39rPbS4+x62FZWg3i+3X5qV0siSHrfNkQt3YvHt1y6EO67TvoOfFDn+92fN2P89PY/dW9a5ecZDve5S2VtZeDSj9jae6xgdJexwMyof1lcQsljq4ROC0izdeLfBDHo68Tmgt+VYKEUaUfOkFRRAlSuFJPoVBLN/8ry3vBZESME8NuxEa9zCOHKB12Npj0kRu0AWmLTERCwNEpifQpTrhopemesZoQfHFAQ8Iu310FeGZBUvn/gWOTpjKT6hFy4hIG3CcrYjcwYAxJvdC+6/NaI065D5vNKRX7rkY/PIMW5lbcbtigRPGLI2aN4pxJbFtTP6kDKhwKoEtF89gDMTigIK1VBFlhvQYkKg5cuKUjXwexNBKS4wq1wLjAI4hMIvsFUNgkt4Q1sycYrSKS2gEU6Ew4shFWlgMifHwxXpXPEoLPa+MzCzG9Uq5XsD10lyvLGEAtsf7/tLzrdwZorrwkJlQ9Cqye6/hPewPL19+lAlPchThjOETnlQsWq2EHWpJV4IxBzkbUewITWPPo12XmZayv6BUIQ0hqWu/thQ2STYRjWlgV1YBKK2WdqduTLKDE65puQTlJjhu8peTqfLihn1Atawyk07P+x4NwUUHYBESSzr3J28IuvwEl2E2cEcP2IsEpFXLu3P6myfVCkzGLHJh5kk7Z6m1SOgSUceQit0CKxndSevOQadL5RsrHmu5NP7PetRe4p7JHOALR3B6eX70kJmA17XpaNH9xKCmU6j01j2QYMhSo2T+93GQieFp7PAqMsj+yJlE/jLn9ZAzcjiYMZSN/1aOS8qshV/4qDw/OIAAteOLE+UvZAntWWR9QZkNMRkGcjwgepXad0dsnH+h/MDAGgpVyJ7vKMl/Qa2oWYKXPAvLWs4SMNH8CuTZT4GntJlcJr/N9MwZIdldFCXuKfV00l9hMHn1Wmh8LEkIQ4kpbfaEEZkhgDQJkkAIt0LM1uiJsy1tycswmdwXoygs3UxjkCbY+/1HqT3tFAVLUdhJRL6vovWVo2gFSP+xzfMCUHnUmwzSt9tEVxDxEAHL83l+7GBc4FjCjy4MsZ368yJ+VOEZS0ITL72eYf20thKRp05BOXqv1YrxGvBRnYtpgTLrlrpLOgK0z38AYMl5D2RNW2dJIJlehKG0HAcb1l3G5j1Gzjb8pVtW5OYE5CZH7mCPUKUK8NQShQSRCM/H7/MeZdtIjO+zURPvEhxFRCa7D7yj23d02xBT5GLkPdGFeHFJOQwyZEmcbvs5jNKkgkPeXo4Pccj1+xnxpW+YRtu3CZ42A2TYA49PoZXI4uVE9f1VR2aEL5HheByXP7KwDTYOx0Yorjwf5G49rE/1c8osXWJen+T+WryRo4ACppctepuNTQjdba6fXqPQp7zLwKwxzjYMCeEoPw94Cw7TRg5ajtIEp97ngpPyk4Dqsw151fB6udMAYzxkH71mZjlFMJ9Hn+QF3Nbmc4Unc+obm8ilLJrgG5v0DuYx/Hcl55Qh+P+bnKP+NZErcos1vUdedheESGwy9t0kcS/KDa3MaAkvzwHNRHulHZorC0BuUdu3hEz2dn5LNOW9M1HS67o7uARNLm+mDdCiq9SJClbjajHGcLKP7BVF1r7CN3nxLfimkO+3/if6onYYz8mgD8vP3iDu4ooSiCcKI1qRa3FPv6mSZ7+duU65EJ5UvPrZujDBRdv61b7Vj8tW6nYTjRwqe/CT+HzjqWI4IG/0ytXyB3jbyA0pmQZ1fBcTq9XSDGiz0FfdC5byB0g0x+hi0akbYAWovlj0X/fu/6vvvqjKAZyZeVvL5nTqwSq24x8AdRx78MhFYliP7JzcxnRP5Me6/nx+XbQAUs01zfACM4LlHOnSP9p8Seex6xeAGJ7YteGu8gHLA1QdGSCJD+nmdtrIOqY3iEFV5uiBs5FiETS5uaciqwnAU8dm0DROfZrnOTQs4Z+sCwE12ZHxhOXnafRnaH71NUp4AX61t6BhknHTum5tm/dJgr7dGib9PZAK7W8xZKM7EDXgqEA9KplY8fX749GrbeCg0QcMP9w5LFsGsZpJIN6+mywfq4E8iIcVX8f2VugrR/fOnjbCPSNOaIZ+klZHFnK9VAyrw4fokY/ywB27J8tjXSmhr1jxWpv50f7cCBSauD6+9DAnzRl6y4zbn+n251AdI/qJ3j0kHeSAFrBOGqFjQe9Kx34689ncJlB1xcTsa2fyKFoJwRNkBQkgJ6N1bNoinA6BEUk+KgMNcF+rOKiwy6N1ZcIQN9StG2CnEFZyZwpaZyZQ5ZuBcU3NFZt9tdVes9rAq5/G7B9/7R///Jiin6roDxVOAtLi84H8O1oO0P07nJnY/WwMT4Fv09Mk80/FEpU4rdchzRd8SqXQc1gCIwcXgAe4vsgSk3oFrup2LAvdgIW0O97whgvMqLDokWK4fcztYZ7n1MvxVxjqRZl6OSpimaiV0PHtytM8Ff0yZ0kdvK/1g3MJDObVoqqLd73xR741xqX4h81T4A5Xf8FU5ZWt6IM/PqgfHWr/oSyicpwL7v+AAwNYfzWB/PzIVM0Cu5eC9oqrtAGf0i5af/mFTfpTUpfd+226Lx9fPfusu8/ybTDybVGJ/AtZlS4yKbBVWLICM8uUXpZYLQK7dizu1DHhZ61aFToYiy0pjqXSiiysFFiSsVDRCjYR1aiwEYDhUHEwIdTlMYHm0kJCxSjERGqjaAzA8DCYR6jLG2gubVB8Ko8iwFEvwIVfg7m/4ZQD/ttNjYrnP62eWNDOqqxe1uqlV//Tqb4rJfBBsWvQ+Qkh/bgQ1av1z/P53JXS4/PRj+2jETSEaXu5CdBPViUrWB3h4MQXKGQh5mg9GR0V0Q0pH+PuygyMlVfXquqM6E9ZcSimnpDuyhv/lvWDpo1G9apgYrfd1lVVyyulkUpIZdhK9yrA5BazFFQ7+mo1sfANDV2DfNjN714Y580mkatP0c8fG2bx5NwgiKXN82PE3+b6KcMF3NaDv9nXbXdHebZtq/LNliyLNho+SL+2n288iapmS/fdWEnE+PGdGc1+j8f4tiNKuB7er5nVb2Grf8s3TymaB97QK2kHHuo7yqB3vr0ggGfEFT5m0YAJJjzyTi8griPg4l6gDbgfJRIGwPk+PQGLWn4Alu5zizd4FFDrsFzxMG5NNQiGyVg5bTWcD3HVCgCMKStPMBRXN9BN3vTZPzur23o0LRncQNw/DH8UmVsRsP2JyBPpfsmBT9Pmr9H4enGK5Iqsriknjwk5Q/4cPhZa5dxehW76QkYZcYrCeW8Xx2YdqEMZEfFLtBGRiMLoVYZzE6gJGwnZpkVfO/oHLCg9JvyCLKZlI2cTnFvtaxMTmdJYi/3DlpHxJqlu+8gRcgNThMKukXGnBkvOaYi5YwWPTJszfcaTa/b6DJeUxXiSqhItmvg5ltIrLwBfEZtd1br1lghf+gIO8h0IDea0h5TuBHV/U3pXbuylrT1lJMErwk01h/HBxUef+ZBeAHf+u+UOXONJSRumo4pYR3EZajDFnBrj9IShA12V3Br8yUeHiLvAmgq1gdNrOQzmyKo3hsM6Ds0a1usJ+tq0ytbQIFEi2JAVLAMHHMy45Di8fahIp+XdjtDiP3tQZpAa+CssWUvt4Y3XmvgCZiyonwZkmyNPTduelp2czpXToyDVy7QbPYqaf+246jv2DdV4T/xxINVEez2DtfCqzrtp/vuAP4+F7Yh3FRfBEmU1kOTqr1wqyU7zHd5mJ3VP2ofHhmjFSMsBnH6Alwvako7N/GCQkbmZs9YsUPqiopydBTZ67hdz/Zj0Oa6SVZ3FVSVZhbFTKj+EWRvLXrsadHaMoTi4rDnO+K8wP5P8kDmYdMsamGuZWptuwTORz0jPNH1oIMzuS5iPM+Di05CFQsEAEDBNmLgK4RnNfWC+tezt5KF13HcIme39TW/Dh9mWJAkfIDi7SRtRTMk4BWEhm+gxsNYnxmVW+iMGLAJp+38gGCOSAUEzDGhCfXjLYN42mIFM7GZoK+8hT4DYyzFtY7M9jJID7VGYlVxJH7tkA23KM8Nga5u0jVx60/BKtKfRGWx8M0W3ZHmI9mKdVXiP8FBGLsel1heImWINXXhC4xRsPh7PL3Iy1aj7E1EIhAAsdYisX/9fX/DlQK/gzCmPaoVdFeyZpWY9GXnfd7P040rxVgwpkJU8S4nHUofM9tuo1RdYGTpaYXV8hE6/kPZbwY2HXFbmRHjwReRKNfH1xVXiMC6roCIcj9LbYodcm8ZGap/qS4jEJ53LxKd12kSa6o4bI2NHBUNog8QDLifVjdk7QsG1CI0fBam0TkKr2B+E04pLDw97sgrTsejarjXxStD8dZQ48S2lKEt85tx2xA1lzwiXbw7yG4UiYEMDqpOTA+u4Uwip5XTDhzURkHLhr0D4QggrbsRGOrNOACcK/yTSmeQFSPMxd45PjKQiYVnisT8i9i7mCizHOUxvuMm+Wyc1Ftek16aKaNJg3Rk6Mr6/oMdhe3H8WSF3ctC/4o9BMqHDA7Su4OGJjyk3De+O1NgTBrYeZU7vGOB4YyszJZFy0K/4FPlPfjGC6sounr6c6byxhaXDp7TcrGVbgAUVQyeZpOMQnmYNyM3eP4ObYIM/iFSJSYhlZaaEa4acoo8UPJZVSRlMdgzosOjHox+IPiBMbh/0RtvgNo1die00umz8BwKEPgrA4/n6ITDtP0EP8Npnb7+NpceotPQocDEk0ZOsm9ly51fVcH8fqRN4ruvKgj39EqSezde/KpnanMVSopvluTQ9tXNmej5n1kmrxQCMLUFPTD36p3no2arFcPYnUbZwIKdQx7/hjhMgGqlTBBTotOw1L5pb/mn09nwdNde/xXkCqZnlb4BeKkcBgo6E64QGhEtjTxEm/q4ceMJ8Xc2LLwxHMaDZpHdq3Z6jldLuOLo+x8glRPA4Ppk9UjqOx8MRWDn2zst8xvLzFOMRsYEjRAASJUdyQNJajuu+YaFMoQtG5OyI+CgGp801QDKjbJiHhXpsJ4csRUY2fJMu8PU3iohBTxmJBLYPpiZELw+Z4YUG1F+7Tvc1jR2IRDAgbUSt4TMnj63jZtRTwDmDrwDXBjMjjdF+L5nfMlCavsfVXea3CYSA8kH/fNEJGpnjgdFQdcs304vrlUzqHJa6JKnKEjnCFsipV9wQ+JmV5l9vKSMpyY6geLS3107NrTXMyQNlm74pvcVxFI2bNp7Jz1H9V2OksgHpyDmaz/SoXcf7G4eeU1qufYDnudMazbg62iVwrAip52IR0VFERGusNR4JWmRh9z/hi1PHD/k4zkd5KfiJgmkooiv8lbebB/lSFvNDD/uVKMprC+ueHzDfiO6wASkblOqjQXj4BGtByTSDIkMN1ij5uP8IL5DJnTZmtyu5SRbdNBIORo9vYWhKY8/pCwN0m81qz3R/7DdST8bLKgczjAWSzdl+41YYWhC17kLgslYjZeCfrJHHdY30pv9r1VzTD8fQdj1e6TYBuU3AZuTEWGq1Zroq6vaTNomTVs941ViJZyYVGarfAYHtA7abd6I2rwqYlAMZPb3nPcaWU3dO9YWRpz1Pbda+ea5c+dofNXV6da8GLu3aH3Runu3rfM4X57G2rJlKlWzVWbyqlKdogSJ/o7T87fdRdBL5vkxIBg+ZYUAD+oOzHBUHii3v7FZM3dK3/5BIJNn0tzl9I8KEqLbUAs6Aceurl7E3XJBJMilnh0/i6+0rUyUT+g/HAFs1SugSWkfCF1b6+J/+k5O2+yS+2o4rK32xH3XDTrmXfIIb0WE7+ZZp717Y1Msd8M18mbLzb/8pWxKqofIYBsTNsqGRzZTRs6fHUV74DN9it5a/W8v2A8mDALSbkV3OsFiMTWw0i+Q7v29Tp73eAOuuUi+0tzm6NRb0wwd091LeYQTOPW33Hd+CW1PeggkH87JOfSQLd9lMR8lu78GmctfEKH4cf1fFvgyc++J1o7cbJQwT/G8zoi9LRnUWU12is+od7nHNvc3H05R5xg6JxWtxk09+Md6/V3VUbImurvMM86K6Wnqo6z/DYmPExwNRMd8BMD07ZY+CO3sgYzMsYblf6uVReS/vLh0L85c5P9wLHuMRZ7TW3/fCo7Ed79vVT172d+zYuh6Faet0BgNmMSU+Pq8pudIHBekP5kzxidpdp32X5O7vuZBdbnyFGfmzyQKk5/DL0x4ZZygVV7KnzuKnShTlnfRRvb3VJpsw6H3nMbVcgGGCvU5WdX8KB7ydmqGrPmyzFZMPz8XxHrONtiUs1e/KejmBT7g8C5UKlsXIDsQst9Q1X2AFKDqeLvrQpvRyIJyatJFLexpeiwM0OgNlVE9q5sSkwyJZLkXKVBdDs8Iu+1drxklr8puMYBvWaznCaUmL5f4pbUyXVzRWWwVR5c1JgMSvDzUMOCjVzfhtaBiH5Y2zsk/fs6VxX5nB60QLnmQei6gWBm3IeP9pniRocruYnpAGV+Idic3i1aUpUZccKj2a1xpI9+nwUelW+kBpSDXXs4ou4NR371BZpH56HiHt1mAAxeJtKVe1ju0BXKcdRWcP172ldup7zeBWdYJ7fajfdEF6HiN9mPTh0lSuj7htDWabEU7ucci6ImOu3QigAfYZlRKiDIDpwS09DubggawNwADSZTlKJgRLT06vw8CdOhBrE/ABHubL8z8Iyfs4nUciLBRijTDAA5w/VynrAA0C0wJsQWjGTqq3jElDhFKK93skdiWpP2IneHmErkibwziaRjMTOzEJW9nEpw1o8YHGZ0iWOj8r8R51xYRsN6TaFXWaKEB2tYyhKrWcafpZHQmsV2ZNxHrezhq1p7qa9f8LMztd9C/UnJ+aKh+vs1APqfxKdTfa2XU3e79scSS//HOM3oJlpiy2X1RA6W+52SinCsigNGe/uKzS3yyzw53qVda7voh2U0Sjvw1nI53qgAYd4Np9Z4KAD/DactUWDGtzNxTQdu/8EfAA5+AvGIC/E+Y7YNpt2QUsvPvle5l8Fw1UMjqL6VKeSMWWvN5LFvj7nGz1i39Sl41Su1L7o7z3E8hVR1jLMtW9PczcQoRScqEeyYmTo0470av3CieQUP17I81sH+fn/OKIVMs701UlozqLqYpJFeq0XC1Gl64SwkFisVd/ozRmkyKTpD5Q2pxiJ63cOXm3NwTGO0NI5uXjql25u3KRRJFHFNDpE6UpCa0i8AwEix7qVHtiOT5jKVR0v+TLI1VTH2klRqiIOhwqSCjJzexMiqV+do9cm/q1Yfr8891v7FG8/q9tpCM8wt/Wvc61ZRK08ONbg72tnXEUQ6EhaoIStqAtYoEvGLQJeLv8/M0gFIi3GO60H/YMkgtezr/ozwu2VF+Gl+qSXFUOIQ1Ll4KpZS0bBaN1lu4K5u042eXHMAZBp+U6k6wOO9Lr0MHRQ3i8JQE8U+k1ePyMk4mFCgULQASEF6UOQ3C1dk/dUlzB+h20VaprHfDYuRU69vPqn407IrWOKrtenGp8Pu7U/Yts6YawDOlDjOMY5Zn5TtUZjxaF5EW2/IyZPlkn+jXJCtCjcqt4+lMBZtS+83x37egqkywQwhsXKjBqx3CLImJnToZnOxa9gEJsh3kZAnRbuGRynZziFHrq9VH1zccvYxh1Ui+XhSC3qAVO2pCqTIapwJyH7livyKwwpCOR5/RsAbJNtjKjF96CXkF8P4pCI2oz8q41xpYbmWLUSlOMKtsEJIiHf0ubCKjYyuZ0y5+ZvF/qEGrxYil/23cenXG6ETa13saBLGAnFNuw3Ikd5nXZoXoszC1oCqiNMiJPoEBWQJfAVecXGLXNAnNYpPzvd/lCl0WiSgZ1FkMVHipTSaihvcu/gV6isjgP0pDkEwBn+IRm9D/ObIvesUiEGCOs4bs74O2R5QdmPAlQg0dy2m7tAO1aVyvv0xQS6sg6M7Xrcn/LMMySiQoO4dWkAzt5aBfXvYaQSm42RGSs+L59sb/We5A+VTAtkVjTbOQ5XyJtluwQjXYf0p8yyDYmF5ukVinngLZYan0sQ8/bC1VU059hBSj2XUsqbhMsXOzfKdv4zAy2rM65YElyDVKEWJu+30iLHX6c0Btwi4yQnAgNoRW7tjPdsgeHwblYYVUY30Ersi3fVCIWA2dKTfbrffphQIdWlfimb8qPbi/1cR9EE8IqTWk6I2qLtEaTR3+BnyPj/gcNYGkqt8/uQGGPwB32o+6dflzppmXME0nvvxe1xW8fVP/9Urf4J/FKS/KVt+FLf3S35pT+DJZrGq//FeqcGAw7ZTjd+S5VrjcLE1jJrlqjJbN4uvS93iwMAOzecgHSbEfCfq4rC3OAVwrXKuLfYouMrnKvKwuLrcVXYWa8ZWYGCqD8nFZ3rBOR6M6CS8jTgWUgTQ+tTxbnbW37A71k/oAwIJp7wAwzwmvPuxLPTRxZs72LSrCEpEsO22bX2l71d7Y/Yert7fcSY8e98NOvv+heGM9Vt90Li2Zk5b2G7fOPUQrAPmH3ZbdPp4WzDSHsvbf7Pj2o0Sm/Fw7d+hvwhYMUmRp8y9XjQ3pg9GEbPFKhC1/DRAUsqo4eh5YDD8kBfF0ypiJ5vFqPsGJuogPysK1dWAmLSGW7cMjw97Y7epEu2TQwfC+Y6wZevkUmOLDrr5IJDhP2Ppm28MeGWHXbvCfYc86KZ1mmHFcVcexbNl+v9KywSn7KSUbvCYmcEPTliRJOakFc25tluiOyIj4v0yTH5QkTFb5KMSvaiydalSdGz2OYb6BF6u7eYEmndIFvsOhiXoMwawGWdcS7EI5/lW8wHJEtRPjSYCDAgr5JLvXtDHji4HLkATmCr0vZNCpPjJjrPd8Ia9Y1+zY0zHRU7xuMEZaNEDrxnuv4bfrY9EhnfCeEot8mDhL8zDOOFEW1/TZxyJ//JWYce2qo/G3iuH3+aRcYqxX1/hZWl6eOZfK8OxEb0eTZq1SHMRn/thkQy30G0VY81OA8nD+XMIHoC/MJWsXELMvfcRBJHS1IipKuk2qQLk3FSE9vk/zw27P/HfdT5ukH5wn1PLvFVie//ZNhuyXy8xb/6L4LTEW7c714eGJ6p0X8QUX3PLyEVzM/DQ7u5LPSXXpIeiJmyBzdhX+9+Lz8vQCBe2Zpt3TMlrP17MNv34i85t65nxefORz827P+ivXSNR2fWF4C62IVxxPZbdR6YDXicSwP3bL160/8M/7q29e+eetXRtQfHMEHtnG9M8Y/jhQBN3T9yptIcVwOdmvXr634x1EX6MreqHEGAobHUXtj0TQs/2WbyFcsWJEq1fB1as942ga11A3bc47eOoeFD4TFw9YQDxhKbO3DVgUPGDA8FcTWGg8YVWw9xNYODxmUdTJfOagcVshUOAWWsyHiQXexT+ArBBTCanLTeHRjYF1r+TJih3/a+DcSC99ZUtYSe6pMOBgD4Pdo5LqJfXRjn37fsSkoFg5e5FqKPX5DN5Vo/VXFGuYqYNdbHkOI43Yk3aOrR1DakCFh3dxcb6gMe3J0N/59xRoWKuLwqNwu3GmXhrUaw5qYYe3LsIZnWHsz7P/VAQDD2o5hzc2wJmNYozJs8ct4p6zSYodCR83FIkxS1xeLP4TQYSzKUFSRsbhDDW3GRiaOdW/YMM+QYT4F7PMRjb1dqDT28I1lm8vXLUfX8RvLuJBvGDQM68vUtyLF2SPiZ9+J2Ofj66sYPmH9cvPTaIzTZw/GvNfYk2oOw/LIOCvYL0xdvgponDHHxWf7B6l+cMqN7blFZA3Hwojhqzm2VZgDhg9b17Hn2xwwNHgKj20k5oARRNJ6LIzjDUT+c8YJm5dp3qwpzkLEobQTQ/34+pWin+M3hnF5fPPKNU9LMsbkK5Ke75iaQFF9LCzvlO4/FhZdIpcgC0uNjpqQ7ZlCYnXIwnhh7UT2dJoAI0Ajxcj2BCeMdmRhKce4ItmwTpaOM5AN+L2xcE+ysHBu0MJG9d4+NmXJKkFJsNgpE/fx3ZfRPmZp+Gqy0jDO4euUh+NjZQM/DFv+lSbJBhsFI+AArhj26B+jFIBHoR4h2PJvMJ/N4d9kHp7ACJhBue7IgCUMGPaeEn5PdWTZhuWJLUqsisR6raxQ70HQ5Xdd7DS4sLaEbs/BhZ8/7rsPrmXeUmr5wcaBsd1ZTsAtuxSusd6iZ0t4QyzLsKMSPtq7rBcsV9hjnsdYdlg7FzG8AMDUFm9FYIwtE498j+V8pDFLtVbXyHYJHBoCJYJ6QD+p1zWNdjjcM+Clg0vEAxKBr0vZNCovjZhjOt8Ia1b2OtzBYSajXQ8XxgjNtuEU/Gb/w4VsBhVhsxPi9sO2UKM2eyJuP2wUtWGzO+L2w4bw4TaOdGfYQ36Hs36+51HLGQ2lr8+BiP9ODzDsooQv/qZmnwq3b2Zm+qTC7FOz9lk+aRsmQQVRlDBXyCDTc3MRak2++xDlFNU7DsV6WTTUFa0CwhBAMIUYgi5UFbyhiCAP/oS9ZHq5uEbOhoiHYiD0saPj2nfgeyjhg9PgBRsvfC8FfhH2Js8bhr0o4BdvZMxz+Oax7T2+75Xre1qSeUbcUoX5jl4oy+ztuJ9Hjtx2eVz4wFhBcCXZsUXUhh3bQsXZsUXUjR2nwDzW3fC9CXoT9iXTl1NgOTMRm9q92PfC9yXgS9jn7J5tRTYGeUCUEJZxJcxhU8IUmMMWRHowrFHCjX2P0MatM1tlNEmUSMI22TX2ViIEGNYq4dZOXDRT9EaUTDRMVE80Tv5sHQAQ7RGFE6URzZLuqF0bmgVk1+VDAMEUYgi6UFXwhiKCPPgTts2zZVithGv7EeFfbGv4NgXZEIAY1/Jtg7Zh60zrFSnORMRy4xn7ar51xaiFrbKraI5wDhEa","W2D3E0U5GcUz2Dbp3Q6E0vkcNjrQuh0Scb3/RQmdBXabywtAkaaEKamx3fqOg4CfWrAbPOh70JxHaOMh7taX31aq7AFn0sRCv+rg+7ozs6+cfqerM6c4MHrdj2bsD8twZIPyS7Wxk5W8gJDaRESjSgVWDVCCcMDDkQ2txDqnLcrpN5vCUChKX94P91NdK+eK0rcv+ZcCsFv1CC4p0QDdJgyB8LNmWgJeqVZGcrwD03hJNMi3Lgp/Z4iet5S3kcmNRff0TB+XBKm/Jd9uJvlMqtzmCsK8sXdVIvFub+Xf+uX8lLd/iivLSDK6Y8DT6FAhv7+nwxtYgrAsK3fSyjfZvLXzcbIMXf/0as77dviWhmEClN1K/cswNejYl6zxnkuxBBL4q8UTiyMYlungVp/uSRdChzZRz9PLbyHFruUDo19a49oDpdGrx4Czh7SJ3n8oCIwnwy/VsPSW7S4tLi/zZ1yqmOKyehQpCS4/4RTcPhstxuxomkunbKvLR1m9NGKsPnlh+ymvMSNVT4Tp7LLOc8gIgK64e/gWyaLw1UIw3fmSuiYyIRNY21LxiHXs/fLoz/DREHUmX4qvfxWSUmt5FVKBNL2kQGmtvGhQAdHVaR++c5b4r+bmCocYM8VnUyd8PSKdXHITl96UnBbcWv2R/A9CKZqTtgPhQnCLuvjD/Nd19JR0HvhuW4tHk7e38e/PTyTSZU8kCNMoynIqeAKy05wS6lFFDcsLIetZ3hQ0nkGhiHtwCTS4orPX9A8pgLYXs3t0Tekhdfb1D1VIjXuxuKeOSgdVK82+SY9/yWo6rywkXPqq9QsfE+MA2kUUG2C+YEbv4wYgU5sXsm/mwfKMx7+nHnjaZhZ+e+Lj94AzwRNjG01WLpQzpD2GYo52ozuC1APeuGeOpuwbC4wOk50TGwv4wnLRhB3eesRtvJoh8WXHCzj1oc2/z96WoU0wkZZtZTleL/1lpoxd7ZVv7Z478/YUIlpUzXgmbUyqpSK/gO7rWV7OtlhePCX+nrl9HI3aFKepSl7Jd9PoB1O0MZSgOw/chR+CGzjaY8rW+TApSDHiLjBx7j+JLEaSnV2tVwZN1xEhOkMF3dX/Cw67yzXay62nUBZJ83NgY93fIrs6pLPXbMMKJxHaEhYIywmtwi67uVlb/HejvHhYhslXPVlqIlMw8m/Mf1XRb+rlfi4X+qub5I/y99ms+LpyhMVosFumMXSMgNTl8J7BcT82qVYtvQpCp1/jJJMFTZCBILCEpN/MJA2IFx+qNa+CePA4xgZYAzTcuEod6NADOnWn47yqj3i5V+pooFTnOq8N6//kY7wfLzvWL+R7e+mgZHOvz5cLwPpIx0GDoIsJsg0xd3CPq8CIcp0M1JiuIkSrfSLNycK4jizBqlsIwix74bQJYDsInA6B63klucihFcHLcUEj3tNieEwNl1QezxcAJw26azOM+HucBjldXUOtcXVQc/AQCAiomxDNRXIy2BmSgJwYqd6WZqq80kxVyjYDCeJq4twGDfFksaKRtkLj0eR0n8RROaBa/FifOB6gttQ41EgrML5dwQAfwQDIuKL/3vbdNP7BbUE6oK/RljoStmdgoDtWqslGByUfM4E2au43Ta6TB5wDVnzeCQ4OgHR2PozN28FhC/hYJy6J/JdPARBwWdu6DQBbAFApar2E9EMkpVSXWo1sNg0Y44LmVLAJCpjzdk2h5RlGQ+aGI9bTJefik6X3hkPyN54tB9rcnPDxU/6bfJ23rugq3hZHV9EnIsRJ7DR5/TPH7L5IkJC+ZAHMrXy5D57m6No5lQQOAwAN2jADm+j6stFNTkraa5PqbKpr9EK4pJ38evboBoiXOuFY2xXRvQCiygLFIyjHGphW2G6BfOGiUavVwNlOXl+UMNHsgUkDixG0w4SUFK37CXH2FAPEyzc1vSyRNS2UoMus6oiWayVtaiW0rgRRyco21cllbWFaUUe0wPo0RlZYoRgWOMmgrcGCwXKDdRnPVCJsWKzLN46EzRqFgmv5ImrrAjNhNs7UaDyPCvjShWUVDtvJrVIcAnXap5ItjNQ74zk5Ua6fQ7gKMQ1lQAaqne03Pl76OcX/0p+PeZSCTJzCKHzxyFRoks++Wf7NtUGqRJ50EaFxhMNuPDGYw2MwA/UzVpkhnykymyC06BfFjNE4i44fD1bGErtIYAi1ybbezoGKWMtf5fxweUImokmm9QsTHFSzDHAoNNNH9XM8Q/giic6IKqT15IEqm6U3yrZGcyAgcKtYObkDVpzSk6dbdxglssNgjb5AjnL2i6S05kqXRlk2h4ucEN8adsKAWf4dLJK3m/YtPVnuuf7U0uLjH9nN02+nys5wPz6galYZ3r8+fV+bgjnqouBmfKWT+f0D83ur4arp/01WZ5gniN+6CWE3TZhePy1TfZixxcnsRH78nkQEZbHpEUFHvme1XJjAYU9J6jFMIBJomFB6mmKzYTeIlEslNPQSpjg18bLdbkc2RrwZqtvx7BUhaOzDbxe+zH5w9QuFOntF8djR/Xbyj4ShrpI32zd8KpkcAEPpyMEmuvwqT5ZHPNb2QVCOSuqwSInrfCjZOAfAXMIm2rWroMELasM2bRTQtlUO0qBarBGC3nxKfth1kjJSZsTMMKME/fnuJu+ppFvfJVHoGsdOoY7zlYEyHlmfKpV9Yu439inLc7riJy0eL8OC6Or5ppW1qtYuj6SHaxZEwACgpXRpEvbNG0W5AAkRW1JKpelEqRyF8vb2N8SKJwSJsr3dfiUNKpTK2lvFx9qEGpaUxWCdB75/fzG6FA+lcawqL2ITXcRGDRHRWsGGEnXY6QKsWGp3b2pdVVQ9gZvyEHtoXL1qEZ4LLd41Ag/guz4fL7sCTqfGm6RKdF8N2bjXjFf/l/t+nM/jZVzua7NH7uu5h+9fX2n7xTPexUj6aCFBmxfoWyyFfAj3fowL6yC+sjzJiEG9p6gkRPy16KS8mS3lv1PRLxvSke3onWWQTRvIa9ibGLNi3TsB642YA4rlGfdjkfIHcE5kCWl6d5axhxaxfWrKi0xuKeh1uw0CBsRSylfE71ApvkFSTu/uJZ6yfp07Caesjmynrw6/87XyVJxdopxnuwBLwJIF+jmxhGWiPQRQkikpRdLi62DZ/GgFP7qXG6zxkaQDT9Kd36kqDexM5+Gc5ByN8ptjWGqzx1nN71KVokhCc7zIZQ5zGvO6ArnX8vOvmoFNCXhqyXaf/qdSh3+Ar/+RKzW7T406uTtqnL1mUTe7T03zVTmZpvapWR2WpWtqn5rX5QA5V//GueLDuVqqAFYJ4F7On1i2QFYI5OJ8uS12p0ynKKvyLdC6f+K4FFwHjb8Ka6a5gnjl9wnHxyZCGDDEWVhw1aG5is0EO8N56lhf2w1KXASpm/aFuJbjIaiTdEasfNa/ocSwDqrFOooRu5kQ3I7LqsstMOFv52b71fsABka/eBce+56rafli90U5HN1qjhGjCdkTw1dhVESxQbUYIeL8CfEed6JSWHcBYTkrGaehnAUUWWmlKuFqrgImesBpBXoQlyU3RMu1kqNOUjojlgqBUYlBtRgpC1svEWmHFpCNN0ZYKYJxCANyVvKZf6tMLg7tgfcjZa8ozkeXt+IEmw8nCatSkgRfSXeaf8OfpgmIlTycJs7RJtqQZklZ5IgqyiZfTyfzfFBNnd7Ey0alFfIVtUsdsHmKE+6eVvT2tYsUrc+qf3urzpyopaPKko3HHsqedb2+OW4wmZSkZ0+i2daoXEur0f+bKfmQr2IpDozCu0n5hIh6lY0qmUMinj2KknXzKhiKR9vfr0L1Ig07N1du5abnjQNUNS3C/jAtwhzgYxXbQKEpAt3MH58WYTGNwFD+ObegYeUL4uVuNOqgUsASkI9U5lCWvWHajbczaajlKAf0ZkPzUZ6y3W9DCrkcb0jKMJYeixro1qQczTptUsopFpx2pdqgdcCquBQwioQp413hE5gKFgW7FE8KMIaAGVPtYjVdoBumGzFu4McEOIepI1gnRidIBUqWChzKGuJRwanWRrGqU61NGcqV4kj9qdZGjCJUrQ11JSq7DE8GMJKESTMpDxQe7RopNJng04CnHJUAPSYzD1gUU4oVBRzDlLHI2CV5koA9elEzAHhk95HnI/yE/VNju69JNSsmFG5HJCeDbWEq6gsayZSUH6kUi5qC+Mj0USCP7BLsCCxtadEIQVSQCpMMyikNooj0E9gLAb/4sFsGvphpbDG2+8LzBTANiBpXOwaAHg/+bzTBUwPYWyJ+61YqKAlqaCSIEozRLGC9MH1h9QKchqnGosbuW55vAdN6UTMA0LKr5akliydp0Jz4iXTt87HAgd4G7S3Tt+J7S4g2NDaIWqZagWjZfWL3hJS0M+d2RrD7jvdOLwPUfeN/mw/9d2mg5Gmdz73XALTP9+fyAR1qoe9wdgBlp3wPTMhwtEhSDIr6tqhXwHprFnN9TZq/YF3a320H3+joPHfHmXgqNulrtJ4bqMNJQ+zVNKRvrsr7m/pEyM56ZGWMHCtOUn5+/vH/m7zVKY69NqBlvan0hv+HN67yvxQ9nP5+AJ18GOmMjDowfe5GlTZXSCBc8TQ5hd7AlF/jkiwvvJZah5vrwGSLWJo9kOoPH58ao/bdD+fkMHbpd91FkvIYulx27BDEQVqqA1WN3suMKPUohfJ0HJdQUWvJA5S16Y5qwTgqHyBWbq2DQ+fdAAtA+B67+uWmv8fZEQ09YKOjyd9zO5Uy6CS2+wFPx643xlwUhmXLTIgt9erOdwOOOwSr2PU362mswHTcdIa43R9ttsSTyPWLNoQrnnWv5I67QXztuVW/EN2EroBiqixktHo0MLhKy1QWrYkd2zSDWmkbbeXt+cBwRJ7X1sTT5EYjE9JgCw3+XIfJ/PtBD5gkxjiuV+0jvbzvBMDMMELy1zgqpPcK2OskILwoEI+LJQ55tD87MOglXGlghWFHdYZ1ykRFzcQPZ1NpNdipQOFaf/pzZv2Rn9YFOFSG9GDwGNgE+hqI6Cd1URRVhw1k7Eo/Ap0KwO4A0Py3Z7uS7uUrWZdpi+3hsXneApgy2vWf9fWfVc8Bojkmj8j7OKAHeJXU4hwI2tQ58ONmt9crQpSWvuOghQQdKmDzVAUJoEqLuolJi2hK9EU1BtVmVwv5Dq8LDQgJvdxiWTnCZXQBW8mMjtKFQ9ZZGJXyLUBX9cgOOX6vcMCPcMDAqo9a6kt+EzsN5now7ArDc2FGAjzB1H78hpgA5LtpOPf4vHFYCsy4aFL5o1GkWZBS2A91h3gk12vwkxYlzsEE4AHOlzwSEq+HK1y8spANWEjlB4p4aXEG/Xk7znAXOPL7pUvccE6/AbEixqF+Bob6uqIeqddV9Z1I6F/q0+9lJThfLPC9/rtkftplo8gTLqHQQdCo761GMtX0PAHdjoTTyZFuyeStmPLY8fsLwMcAvpS/PjuU3uYivrocpAc+0Is4FFmovri4RD4idfX+0P739DjuzjB6gW3TEWcgi+yL6ZQvLNlQrKRmKy+zomAlcbrh18k4XJRK4DkLK6DT2YZBzHG0qYMKJxuKZOMgcEHrVkdpXiPixT3F6dhBtscD927NIwQa4sQD50Q8GYmnEwfZ3uDerQ3AQJLUYDaiyQg8nbuAv03298L9Nl2Ax+eqZ36TcWt5sNKD5Q9udRbuTQjZAOwGuuxEwVYU0ct16+nc701oOx04XQfQZ4iTtljnj6cqaAELR9w34fwEFVoey85GRiBGQRVUvpjw7d9NmSq5c2T3RaRriede4NtOwBYkvAAz53DDYQdXAQj9hJ2I3zvwX/x0eN5fJ5kuyj+TnPJQx89o7f4OruL0n7t9XfIlDu4fFIo8gdk6qGkgz5POs6nT0P8thAKTZxmjK1tT+dK5wJXtgr3yymOxT07riuJey7tIM13PDaByPm1kw1TTpw1fIAr7uK/XkdV9gK29GKUArNlds1sDceKmJXle4oeyKuGaUZ0MoX5sd0Nz0yz8uzxtTO7n7kOtOj9UVJu5g1PsZySokixqCuKa6ZrTGl1VuQVSdnfZ7WJ5q4yILKKEVAnM8mKUAmCxa7GzgOlImoA5JOyYUXUMoB5Xd8Ouw9MhDz9p0HzLD5JbxNA0cEuQt9DcgmgxtRhZYDlMHYE47Pqx84O0gK59m1sy+nYN3Bz04XIt3HYjGpB+fZ3h2rihKvuT1ttjvKcXObV/8jaVdX6x24BFGYAYuXBw8jDtRjwjyMJfPEqYIJV6/Bfa6UA8OShDci1NAyWGpS7/LjtLN5mVW48BK2Ia3Wf0+2jNTJQoKwLrSlwAsL8WdlOeKdiB47OHun+eEwcEWwy+jQXYXQv0BWgh01B8oSddcAPCgdhlCzQFiCnTVCApuwG7AMj6iATFkkk9vW/s4VxHLAhAIzhzfNzXLjwTfbo/+kCUHRrPhYNTimT3xPOEspvtU8bnxiiCssWAwRl4iAQhyWbKTzzbakC6LiqfztN8iR7KzuOaAcDRfImeQjienq7a2+Kb91O6HoaLBvvqR35BOzI9FuBN/ilNo8ZoPJWvRI7mS+4spQdHfSKiBDX0a75KD5UA0Uf6SVkRWZcNVo63WyXaoKxKuOZFnnV+lsTDoIWmAc9iP4L0mM486KrK1VnNTbQoq8c1A4DS3ESrUBpp0C1xvXc9GIaLBcv+wPegrSq3+EqYHnA8aKzKLZHS3AQr/a3vY8963YrcgMpNOEW0nV1sulqfJM+13jpijFfTq5FgrsKdVVT+v/m2wQXy1VE13Uo4PmjUYkw6Jlr05PN4ZRnMxOJDcL8zoFaGSadptz4WTn0nP/32RVUopYn+M1jZG4M3dMfPepWhdG42Pld+tsHuoiyGWGuPJvnq4nbmL3YnxFyywFDsyTbd+K2rCc1bYROaf3iiAHSz8pFqQpzLmn2wAIMG+sYrrsq3Spy/C03Y4SROBMuXUPKNU/J8rwTJbgY/Y9xjLUJ0jH9S8eEVR/na+3GP6kA97mYu7hH1F985P8+zRazIlcsnlkdCh7Ok0ysu1daQGstHKCTBH53cnk7TQfYtRENF1IlPLmVaX8bqT4/HMR+RVYArKFayAgixQFnj2suwcE8PY+Sv4vxxFCZz7Eaxt1qNm3U4T+XnlJNATBqOUgTD4HUtHtN3PnJ7ZZB17MLI54zzSd+CaE6/CX/ZPSaCF/TuktFsOeuY4ZfGmWUJm8QnKc9G3gOai3mO5dSSREQTHXIhHRg+ycJh6RNQIhjEs+Dw26BTmaOKOIdsqpNqUdnk9bOqV8vnNb09BYdLoA3sQLBckoRFiscGw8oiZOVcGxyUc6jo9O6GYxNg40dwZ3XJKd+oIuEZ4zEi/GZkmitMQ+LLfdbNq+Bu3koC8Z1cNZtOaTC0Q2txB5pd5uzW5PCanNCX6dSCWlta8JUFH1M27Z+Jplet3HCZRpOOaAj+FsjO312mYQe0enTtKRcwhzjSKvGGyPUG69vH8TIvaWimsFurzbZbc34s4d2z9ccmey4bv6b8I663m7ZqgaYnN40Qy5/U8OTGLx8Gyar7IlDl/a99Jz+c9a7vvMm8OtL+wxJou7C81hifXodF9YfpO3DHJ7c15zF5An2RSlhJw6GlmDgmBlhWSkA6Ss4W5BO6IzLNt//86l3VAlOks/jD8K3soTaBRwfWRJM59UM41WZ++tvp8TF4H2bOlheizUbkzILpMSRH3hnG8Y02PhekcrqiR0cajMCNTtqn5whxiTd5GuDJlloZtgMBgnJU6mj8c/ML1iF9iNPBrwLjbDy2hQCCclxMDH/sD5qVW+McAij4tIWNtaMohZzNdFgwNk0P9od9wqkCiy87ALAVADsCkHqeYeTfFxU8e1f2T/E4jabLm8VBRLrNOI2zxSmNMt41AqLluhMeeMOfP6ti3Va6DHnnRMFxMZ53lQ+iAD0cscf+ClQ7DYAXhiLGxlGWUs5jOozEni6P9NdJELjV9m5w7hLnLnJoQZYJd/qNZ2T02YlXxSf6aEU8w7RTORtxc1jM6pDlBHcq+0NmFktZInk+ntFYtoCf4xxi09XFr4mmtfeUCpgCFKmWdkNctQ8teiVDfaQzYuX0vhqKDGsndmFTKpMWLBXQUoZAqW59WtHPflNAvHxT3AmnnQnMuETHcab9NhBLOWCuHd/EzSG14nEpyfY9lCiymCsn8x/TYvRxycgOxTZu6VAp0Cy5WILS7LMFFitGufUJ355eiL/PIl4VR4DeTYgPXr07U7lTQXjU2mIJpkap604tDc0tLTnPkezLG+96Y/IRqGernYgjFXE5sUOGAEmpjEq5VHLWYMKZx06e45aDpwZ+2S1dlcKqArwcU4d2oVl+KnVEbN2BVcxA0SmbH435fkoBy41kY90AtRLFOLR2+kIxEmHyI0ePFexE69AQV/Hcv1bqqJOUhoil5JJnihhuXZ6tkyg+5a9xOWon/nUnDLAaCknOYyuRnlXMUtGbLu3movY82JP5mHxZCC4CYqKInDpYpVqv+di8jzqjp2oUnkeF+VfnUVrb5WBJbZV4TnhptgrsBOo5ygsJ17tPeLtsqnQM0iylFtLlC00uWlkmoABq1jsW0q5vV9Aa1aZKlwj21LgkPr4g1CTcnXgjJ+hZ5Dz/jMtC3MEcHq75Y/7AZHTbJxfY+JTdO1H8SGwGlKVZJPJtGjl+ktgpfTY2w5tEfbUYkm4L5EsIQkhj4xRXWJJ3Q0d3VN/ajLO5QsLAK78WAUWvMSMOA9RL+7g+pXojGeOPV9mcYwAWUocrxR0gWtwJ3EscB9oWgd0vJYuv3fq5+83nBMmpHDCF90pARYTRfsQyRx8gRhFoE2kmSZZsPSdEpEWX1QjLCScQlhN2IiFiPuESw1daIsqRxVaz5SfW5qkSDhbkDDcnM6W4Eysjw8GD8BL1yz9VvqpHK80k5dYsqvKMdF1NsFxwgmC5YA2sGZO2Ukwle04UymbDgQ/wuHbOUnf3RKVJWQXb8h2zgK0kYr4khhF8XbZF6gPO7pUxPaGWLyecCrPz8NNKFl3ehG8cTiErWM9KDwaWwYtbSs9em3D2NKbP1rwqXtNHNKH4105NAbfypCCbIRuTGiR4S/VRTvqip2hg7AOOGY0DVfPoGoTpax5qQl5NE70Ini2JW1SygFuagoM3reNq+qdNIrFSRCjQo5pSMFZyjySFblo53kGwclqjSWUL4o9IXEkrrW4baSipZnvv1GEgk484VA2zbT7h3dM151QjL/UbeKV/v/RvDLYMrFMTojY00aaid2qz36G1vMXffW1ePv/3D7pvD1TNI+Gx/rvchvbA0a3P7rdpc7qG2WGYTi93v/2QB2MTbLw9eufDW8/YvBXe0DyMG6I/xb7a0P1DfGuekD5OAZp1J7JSupCQm702K+bbCd0/6BqCGp3ngZA0emR6oBHc/CCVgbW27ZzXMpU3hJE9CxYDzD/qhi/yNpw+Qzc+e6DzzN7psAZFpLbWj1NyibRECJpyajtjOLr6EAjb/CZrfXlgci43G5Dh1a7mJLRXAdg2+nV3gJUzOB3imcfa+SHL8En9lnXygbASfEZPo1sp3NJwu8af8Ft7cs6HqTs3j1QpR3kIdsdZylzPD00RL0DP2oNipf1jF+LrzoR4lSYEYq9I5TWimUGMlu1mzQo36/yduQ3F/KCv3Yuzbd7t3vC7MXw5pvseVJ6erz16STT3YxgiL4vm4cgGqt3D9/Q4tX0YKtFAaP97Vtl985+9b+3zsdWkhqfZz4cvHZWmDJUOP+EKIgCQLmoX4YmgDPO4ihjQEE7PUs0f1KAZeZMaiaPwrx7U/8jVNEuoWc2WvWuWUPN8XU6hKUIt6o4sU1OEWo4BuYVYfcxP1dxClY6q1rJrNPcQZp+qdSq7J4f5NgrT//uowOabJgUDKr1UEclCPQxhNqkiaaRaXsCTRxUfCU9dCn6uqKLqEziEKWKMbL/KmStXJAqUsf0sCuk6XACwy8BrPfJVHmmBD3J4Cp6/1Skbhx6I/nteWwZzHM6Gy1+NBHO/8OaAdmB6EN/BmzPH8QUe+l9IFA0HjVSZBUJTVc52XQe5uXyzTZtdpXL9Rdwof+2jXR/D3VBUdLBocJkSRfSBemC6VxSXKxUEEXT7AqE89WtA5Eq+9tZ1XPN+UQrAcc0jdVycy5p9MD+4okrcP6NiNsodtZVVKHz8pB//vs9+WxSQHFsQRVr8di4EQys7F0lzKXYUW78Pv3f2nh/Bv82xTx6ik4so86MQFVKn+f8wMpNxp/O/3Ok8u4zEKROO+mC+I8GB97KuW7vsYz1l0Nq0m6GaO/iGXjKtS4w1/wSz5i3T730PhcdGFlc3JBJnNK6pYmf8PGr1O1cii094viDvO2dCbQAbW00UKGO0xueIeBnXPYRxqIoRlGOtysLITXGtn4/P+6equ5VI3Pwk+0e/lars10EbuVXuGDtTHV4O5MONENmtl91g5Cz1pksgpboMw4IXw8DXGhX4yk+4Ucp0iqvTTOhs8Z2wKI+QqOU2eJXaTSTlj58MzLfBheb6GhF0u083dOmbRPDgV3SfUgvgDd7DZOwOa5A2W0ak1HeGXoWbmCNWbhvqPJnhN/jw4DNuo45oBsLecBOOkjp68n17c/yAN40O0l2IA3yTw9b6qb0Fc90+uyqLcw/hXeCUDHPwdsI12l/TPqN5VUxzmTyYPI3F9p8v4Csbosfll8vHjcrIrnNkkR8iQn9d1zhaFxLpASPnI2dabgAY1PNevWgFvdoPXZsu1TLZh9aR9tbKVwVVpT0PO0ItdCI3lOXNFTJOl0in2/djTJ8ZKyeOiQFmlWwXzKsgUOiUtJIe1X5xhtp/xQRgXs0rJChhSb7TDZGkMoeXdbaUgoep9wylDzNz6RdBXLlVSyknb+d68Lm58Q4PpLH0XvtR2kRxIIz1CzG9resgkX/qqrCBKlZl3z4ZEI4xy9mAe/OKzIhb/QOZ7H78hG//7gys/ljz/3dfRuT7wkkxl9ij+af40fTlmrSDIi533YQ85vEGkWvcdoa8vy/or+ujxNyFRDgicu98aG2JHQB7EXslqrHjkEdY6ICjXAoojTJcBFyfarROzmIy56sObothCckhVgAUGBfjASZEy7W3Gi/tD7DWqg13gZPYWxtHUQ4IwOiJzlD9cQKA9Wq9DWA1QAtAM90w8/9YM3txAg==","Wx78E0WwcUDE2DzS7EDtcTCkegZR1EbOyjChRYHt8CVqYxwiB9Y3/Gb9xdjEHy6WnAZWO8IY5f53qf7pil/7BzUGHsZOhDt1H+vmrgxSkUEiY7sD0ewpSeu0sje5zhosNu8ZbEDKnkXo49dQ5aOKl9t5i7bEwgZOBAu/7P//2r9GAgob5z7MS9hHycw+lEcTKACqWryX37wAgGrZVrE21XK+y/qqvU/Vz1aCPnlObSEQs8CPknPV/yWBuahzCkXr0q/H7szu/ACSl1PRuCm6IXhhsbrnx0+5Om8tmxDiH/rGeXIldGNQ6vp4SjPOXC25BLoD33dqAJAO1GM2A/8WpdMuC4HYr1GX5NxI0iUp10WWVqbB7VwIzT6XyLKR7B+EyPL849vWeQxF98+pa0rdI70Ge183/1Oc4g+OD+wirfHfHuh5YMcxYO8hb9HrDwWB8eLsDIf4zXKXPglnMaXb5zSKk6NDEkivZE8J1Pc301BEwbOBM+JLs84NO+584L4qkJeTTYrxX6fFNgbOhdCJ2IZkfmZWQEFc3lfJiWi2tifj3iuTs7EterWz84uykcyuI2RPLiVBjVPbm481bvUfUj5WAWz+7YHG95DmgN0i0rWb5Bh7k60OiF9rBmIHEpuU2fSK6PjPWqbh3Wn2ofU958K/kqM3KY3apPIGfmnTtyR78t4kXnwn/qLHBLo3ZgenlxrlO+67kJ23lL5BR/QAYeRNXzOHyBfHtvbnBRppfqbrnoFYNmMRAP/vMQNHIt07H23FnP135DkPgOD/+DjL4/zct6HE2ZRYabFi5ucyGuPJpA3dqy9NKvj1Lc4r8LON0qsf5nmTWLTAaXg7yc6YeJbGGIcFGxyCRmCkxBYoOJ+BrnJ0SanylgTVo+Ca2DP///YcBF9DxHWyChduIgLjkphfUZLiPjMHiH0Ha3JDs4Jv5wWo3AxXIyIsLfJ7x4hAiGdKmeOtH3b8ik5SCrI4tlyKAEGBqZk6DxXpkDSTott2VLhgRGuC6+NIJXxJJS4gKkUuICgVrZqVDcqdqJUg7Cben8WwS60pUDtWAVOp+NRMN9CaowfjFNHKLRGXhIsLYOSxcmKBVRemxmmk+nCZAQdakVjCqhB3JEq3NUiHK8hF2b01GKIzsH2uOcm9Zv1/uLvRxiKWZqFLJRRtWRRaaOgc6gCqAGUYuDpVRu791Vyu56xXCPicleEKrApeez1WcaxCUp5lIRdQVXNyM0er6xVI/c2q1ZVfzQ1ukrYQF6x3nXQVrBljG6dQ7X0OjNRmr3I8B4UwvUVen6fqt+Z6L6rRaYXuchMrp3iBSPSiacuvswyo8Bq8sGwV731lRHhJDJxPC/Hff/O4sysw8NYapYbCPx+J46VdBeH2fDMtvqE0zlP4iLxgeCmxAFAT0eb2PeTQ+SH0seLIDmCwzK9gUKX194Xumx82H69NQ9aMwAP52Wsb7tZqCxA3pkj3sjUSu9rpn7+KzTC3nbe9DUVjcV40I2fF9p1sLb3TuutgmyNb1K7dyDCwY296iVbVLWacPXaohtQIRJPZGoLhiHbApxbnk7hejsncI8A/M1ZM+Mjyo7VcuwgwSGZaemW3Cyl5WKSSpX7kKhmxrpWafo3/ssrU7Gz4n6sM6sU1nk5LIj5fYlkSWhLuWZugflN+oD0t/jc6AsM9LNTReOpRuwM8YxChrpNNCk0zbIAgS3KnicEtNFF0mbQXKu1WmdWlMpIiFia29gBRMi47CLbzUnG7mVpH1aBa8LkbzyE7G87KFmb+ks197c12XZgQGSDyQs7tunIHd7wqHfCdzDJd93umA+7BYMa9BiTfRqdb/l/8ig9G4FcCffn5Z2G3ohcRsstuVYes48cu/47E3tvblZCR5j2FtrnDOM7AukUw7DF949M2qXzo+RGIF2hkpwzhGiepoeA+roLSLsl+MPOIxJasaTPTZr/jfkMzPZK+DpQWZOdVuGop1Fu69v9exkgOnx8htiL1tjGMy9BNrDIuJ+UlXWT7po/LiZtlYoNpnisY35SNvYkfuzOwgiHau98dYU5Dvmp2O0l/WUnsV0SyOrrONc5yunZ88BI9PL6r+n1gI8/+Gq6gJVVhdpUCKWukrO2V1ZP1y5Fq9iVxFZhKK6MotTar16qjVLHt37fNS3pdeYCKCej8iZNnr/mXySkcnpflOQN26R8sW/KlHtFkhq/vF6EmWm/MYwPaX5WZAUTFWNKsVhf+8lqm9HH7By+dptvxR0zP3Ij1TC7XhM12/5uvIVvp/yVyja1nsBqbBS2c01m+CFNKVGOUv+6wDgshVRJbBPqaokJU897mnGOmgjJPNVuZVTbQLETVWrc4i2ldOwArSM1tgE0zW5SLDQxE1cpWt6X+gvVaXffBw5rlwjxvJQtfINw6n5mYBpWvGgw2ZrOOTcNsGmyT+8mxi9U7TD1HjOtGzJWt2v0fJBr9z7aNQ00Vl8vCqI3Jy+WyME1XpuQui4V5Ez7JcFksLPB7FQLyDvfjHRjxDmLRTGlWNOH0mOoZ63nea475q+8tXX1Gw5eE1rqlFoYrfcP/myR1IK8sSSQBrQe3A4PaKL4WhXCgOI2gN3HkGKWEFJS2h0vdxhj0QFjNj84n5gOh4kX/Hoo5xguu8TB9Im4GVLdpV22HsGPLaCesjP4zgq/9W+bCzezm9U+XUrqrPBE0JnsoeBFGEcgKrrFB5Msn2CNupBNvuoCoamWkfR7yWeACC/26mAquUQZBlwEH7U6LsIKjXUZV5xOTzgglQuAORcE1Nsqw9GKRdq4RuD+CvEib6pJuQGNwHAbEPEb26hFNLA6lV48si1HzKmL4Cw/755fO+oSd0MTggeU94uKrSOBWjFuvFnMFW5IQjMkyDlV7ZVuvSdqXrS/9EDhRcjpt9FUNazBYV7Qb86h2OkZoLyhmxH0y1zNXp9jE6d3PshF16IQboWe00juGWDMTpRltuX+u1Ad52X/Zpmmdd5idxBupW0Eik2+ljCjqYwjoJwgfhezCtkE6OKm11f91ynDjNTJmYjHLNMheEJB5uGRhksONS0+YywpEKHotMegbcSRJQh4raWrE+NPZvmhHTK7JaIgHPPpGW55q9t23j0EZr+lGGAIHSLTLQf/UVGABiAqtBIK5Df/dHAZvKrBsKm1lfgRXG1j2inCxxSNOqgysIFUz06O5ZLlrMy3b0J+K+3oqyG6p3ISA7EIpyXbh2LHX2uJzg2zF3fklIlo/JO9ewqIUOw/Fdls24osrIFdPX8DWMmO4P2dnrr9njqbJ2Kj44v4Zd+MW9FRas672k/Z477wf6yzrgu+6XLxegLitKgcwXhTuYTm/jbyoPL1y7Vy+CAnS4jOSTGDy3CVRqxv1x5/uWkJRZRr+D+1I8+r3Ump0xKKJxapkd9z/ZPnisWn/ev3ZxaH3cKtHCr9VzndN7TEDUqUKiTbpeUHkZpRMdzKJi4lUW5eAy9rwRFU47UhQZtfayaGxu8ESkMvTmn21q//Hj0Q0D4Rm9reWojqMCn1ix32Ek4nreFMnFY3ufK0M40B2zPKpIaUOktW5mWZFoKQ6hMbecFG20N3i8vsq4E93acL25IGs+D8rF95Le0hVl9E4vjFTgQspsjq3WCtsSuOnNncnyVn3oamiGdSVXe7qfifscYQ/vtaHk+RGzLOiDXx2wPtanhGSl98Xg5BOi3HRmE5pqudtGewqMEzytzAipF8hiEZ2IEqwswzxeDJizs2f7dnZeJuJg54d8NhhPvjbMB1SNe3D1VK1xeM0cAZNqdKeI3ultD3LLmM94YI5iO2xA8A+Izr+cVOUCyrDBucWj/BArsvxbdfOjbBnKHBqi/Hy/Hl4gxhN27a69GSMczNsw7be/Nnc/BnqK0Qv2oKA/hwHRACNtIavBG3rvvJjnUeLmkCV5dJyqV0pk6AzITRBVZAAMl7rG5e0CCZHX4sjHpGBC9jlWcF7J9zmkbpYwg030y0vYI3O4yN39QHLrB5M8VbgmV5p5yzesynmlGKQVa+e089+8at+vpGdfbt29vV2jARcjW7z+C1NB9Djn1FG4vY7xmMp0IssSeVXIxJHIE2JQ/IJxwjsp+zuKRyDCcAAstq9jEe8DNfY7YpCNmAhtcUNbzrCPGNvMab7490P7yP+urqcMwzziQxXlzMQA3EgwVx/sftpf4C6paWmDctNffHFUMISymv9qhE+9uNt+qiDQm1E8b/xh+EK2mHqhMfo27WiBr01xr45Y92SjHkcGwlNP98FyABiz35xdshIYcOti0F6IEEkEgqvVj8L7dDfkLqV/zTf19vj7N6Wg2xrRkSA1LGP8ileXbKHrGKLtr/MQNlB4nQvr+NxeFbXgZ+zsALazPYCoo6jfR9EONlDEo2DwAWtLY7CskaEIzPFZs5i1scDu2rLCIEHOluwB5EY4eipGVvM+ia7apuABvlt/bqKwQhG35vJAQ5X88H9upqB8Y+qR5aJsxHaQbRPp33Wqb1EE7IB2C10fVvIviVE9Go9e3rPyzS9NT375nqWzD2QtLO1i5+qoAUsHHRu4ssTRGj50HU0MgJRhivKouZL7g6TuufOzM/yt1t1xnvhW2qZnhIXouFTVGuMnAON+NLdEjXECB1QRLIqGHgCulWddQvXrJuVE0zL39v7c/vlPj2pR2kJoJ0vN1+Xh8UbR/CKL0addotsf1+46rWkyvD49YPtKGD4gCOH2tBNqxCF5w8TNFpHSFkjKtGNrDjLxPWjfLQ926AGFzbdtCv3ApRGuOLe3jXY/ug1jTRC0fN80cEi2ieTlIiOVO7szYSVP2mubxlwvq/1yeFzogYdRVpE2Ghs7nUHxRErcpGGN54rtl7IosjrUwX5ygESHZOs6sG/eLVV3ivPpaY/wEaDWzSDclN0VFkPm0Q1NtMffpBx2tKR+SrXSrihPH81PO1ZmTOrXmaDYIjqeZ8x67WoXJKQ25mPgsPVbb9e3hdP4lZaaUyHHmqae9eOyedxgzyViBul8PyV+pnzPYsmTxhqcSWeRw4jB1zPkUxykg1e9agSg6+fkM/fFSNdaz0PfX7lu68fWo19ifHRwIaeAV7YKDrAgRt2iJ6FFF3XC9GCj6+Ps1Dq1Gy6/4ChvZEOfYaqxsnTwqkWiAeyrJeqLmHFwCsVnnPL65KoSVJGI0hFdItFt7qB3fCRcr1+5LvZ1+Y98p3zmKAv46BiNIJX5RGXSeHnj1jI3IBD5oekjv7Bvf2Huv3cFMrKtOlEkUSJKMoo2VzIe7chIs+59wb28J0pZWAKoD7WbvYlcMOCOedbftoX4idrrqRqHxYzZK/ejWRZHG10aqS1FIKHGUNrhuxmuzxfRlrloHVqntEQRkChubO36A9k4CCHOuaj9+X+ObvD/ZsZbKVX2SHYqIe1Xi5H072B5Xp5Anv4mPlhmLS9mk5xpnabBPQKAAgz05lvyU9Hb+TnPeVmj/6Ty8PasE0AAwzOSTGHHxKoEI7QASJYg4hKYIVQjdHYoI9mlgobyDxHdWcsysXcL4BQzaHb4438Ki8qI4g79wECVXw4TzUQwBymgUXyGWtSyNKgV5PAAou7p9LFLi9/SXdq5mzMtXhMTs5E6QfEQSFft58zwuPtEnTHavYTebwtbUJ6BxF0XHoIjeiYP5bVMRiZpJdwQuKN/q9hmrKqnsLUnUP6ewthPl03vcIl5AQpxbpuQtYebITVcSK9Gq/hOtTCsjagS8AF7zKp+IpdGQV6xZZ/4wDGrEr18Jzf9J27iCQSKdK1PmY6w+0gldPxKoU1G0omo6BYgdxuVHvA4WuYUEMEkGI+jXV/eE6sm1Uizazx7x03EUwweftxap5Ex+QM5loMk5M1/ZrgM/Xr2Ddt6e/urDh79tgme6duKL+OXdLc7Q9qJT1tnIU8XfAIT48r+afx1DhM5VUKQ0C3x02su24SqaL4MuSj2VkHk5GazBRb43B5zoz0Hn3ZbIP82V9WgwDFJmK4tGYkB6kO9zq513C1+kB0lB8z9+pCcgB19CtCyB7tiiIKen9WFUa/EAAnUL0gqDiM7B6343P4G900y1nMdTjme5wzRNtrD5n5bQjAvmvj/XvmtPuPPXf6nqmM9Eg/f6o5iaarPmc212GbY3QyvebYTvXX9zzX1Gnv27ph6ztdzLu7Tup9AofJUx0NviEJl/5D6Nu+XWUzJQMTQBSRAurRtDPmbkvFLlnTIrzk7r5EOoiZQ/XwVWy7oRhQ5W66kzorvJv27w0Hn8LOU007s4WbHp5FPnc1LEDRy0eYsswpWORAtH28eljYCQHhREWRS5/Uvg0P71EIYdvH6j1Pmb6u7DBpc/EUjcGe5WXpdLE+I310hSx8A7VPlbVI5YdnjbPNqPvDJ1Jg1Jzo0g3IbeXU7OS8Vl57xcEyQjbbTyzOzva6ce3nSSeC7uozDhWS1aoOBbV+jPd9jwN1sK1s3k/36vgxqoEyxNWgTSUNihyxG3MjvjGAjNsRh04SJZpSRKr0NqmINLafHILYJ1bIzQXXfNxg3zNmMe0AxozZPTznN7UK+hIRL2CiXbn7hYmNCU2idiojNmMfGiBqstKcPczk2TT+o0X5HEMza3/Z98wgQQlMzJKxkA95zEA35OPdM4qZgwlCA+BmjOSX/EF3cBk69CAYI8+m8b/n8gTQ0bzaY6TRmRDGDXAg/2JvDu6ml+texsP/h59lknQnjkX5Q/Jly66bnMlch2WOp2FwdhOa/6tNNftJZ4yz/UGLCz8ue4oa4bI6Wsn59YdsKBkGfV0iIEqATfuklKhVoRLQFYuQYyNW3ihWgR/NJyyyGWY6yRz9T1jmNU3ixSH9T1hNsYzbqK9ZzYtu4OYM5joMc4TPBveU8rZtcben/WRtNz5E0MzsWgchOzq2gBGEy7Tw8mJljK+26+JAEImeIBchSwcZYUEH8ouxDOWWKDUjTZgjts/chPeZY7I0fT0Ad0sgm/VW+51WxRtZQqx7iTiATruHkCfC0l2zriZLkr1/K6/YUpcRKt5viR0StddXxVKIgt3fw3brJz7Iqs3Uaa/5zKBdCTKHRqpWNWvUQSNE/LgLrfzKk40Cw8PmEsKJ8QXRKOhK03ktykZ2Ysg6gaOmnKla9aSgwupR9SGJFwVSU9ecmoPVFtL+tXz3StaIbV3n9eeX9doPd/c/vwho7BtnvEW4Qe0jWO/5DprOUUUgfRWbGoBVdf1BH1bzFTFHQG/BCvJqT7Y59hDDMiKLca6Xky/RxcwHegiKTZ1W2y7bBi1bDjk1zlOfRzLrtsV1S2GdBnT3tUSnU2d1Hro9iwfvq+G47c6Q5fsSj0KFvPvp9iNd3f+ciurgKI3IQVVZ5QJUymC6rSooYLbFJsTkh+71qf3tsnbQsqVm5salru4Dt+FZKstub1mFOnzTuXGpZ7Z265KN02xOujBvCgZN5ZQHMInToJbbOqKFbI5t0US+Awnjqp3Cei7LTAdWViv3lMXTNiwK+NkiFOLlCoVa1byROWEauiOwqHLu6S8XE1p2q8smtNT/5iugXYXf4plhPnO4aRc0gEn/DKrrq4b9sllyiynyE3iwazuCeMuMCCyru3zKZm8bVA2JusMoNLU41KkgTrBy2LILxc2cywJoAvlKaX1td9mNLQvMusmfS5prsc5Y8FRlzvdEFQItYCdQ3rdLQowBskuLKvYC7MI6++m7qiLyk3lxhCt+ci9f9T0Qz/EzZODWBZccsfVjKzZl6p/TtHNS59wX35kKnXpZc59chYM8wKyqEZjONiWGYRoSZxsvMcmroU4kJEL7Sb6i3JTj4GRVDiDmg14Hpy6WKzmG0UjjLcBZd9JaKfNYnLMt9jTKO+9JKgJUQLdA/nVJbsPLRfmUh6jFEiCQQKIGoKw0dwevhffyahi7fL0F3mIo9JCfuBBQjA2IR6+q6Cg7jUduv5Q1Z5eiJ8KuDfs47DagR3obpGC5dzKswF91Cp/bWYyQ3p1N5noTIBf5DH8A1kRIum5qRm8F2OZlDGNgmvBq+MrXrpt0xCzw74D3AY3O6yXz5ocWSgteZNHSBPBCr3vlDjjLu8OzK+40i/OmhFv+HL/yO5TSbZH85IvklXz35bexa3Oo6vNy37R+86OjpfyQTS9eZpovju3YKRwXnvGVD3BGYQWRyRiWK6k8g4M0Xt4BzKLIEd5bmD7ni292xUGdz42ucG3IIde4G1+N12l+zEtjpZAXgfdWiH03iKL6nWfM1IFQgqnBItGrlb71KMaHRfbXjqMoD4SOc3du4ve32Znfqc68UhCaN734bgjKnR5/dhtPf/+VR8xHCyMUD1co9OnuT9fc7tCb1d31zlz4tBb7n7Gaf6QHLiRlW11b6HvrNVwfK1azBQu+u6czqfkl98w9vNpPr85VbJzWPx5DpefM5UfMMDdhw/wPw3sI8951dkrq5JJ+wSU2f9pXzjgZ0ln25P1kcAqv65k1TWk3Gd5NvtzAvOQ6uromGrP8iSydCkLcamSiFgdzxFRzI1ZNjsasrsFkp9aVxxrP9m2vJmWnqlPWW+GqlKCEG8CM+e/uT5N0Axt1dQE8H1GIQBsElfuQM4yi9Ya5tkBSVG1xaBOBovmjzriAfUjJXVsfdN8F7cMiK6S2inD0apQrDMy1hdnhM4uHjxMN91n+Q4TU/wsbWWEjXwM86Cuv4sXMIpkuNV9GPO0vO9bSbqTiMAOlVjksA7aL3GILeeC69HJoUFWnqstoGB6zWUS7kZpolLEm2ECGK9qo6A6uv9/Mk3pet+et9+XHb/Igvsi9/rF4YxCpSdSJXaVIiM912qYLSqqSxCp+VfGP9UX180iTnzH9hypZHkgg4gLPmITKDw2xEUmdSLZgDFg81ifjL8zlGt6fbpehWxi5AT7R+OmK7rvxoSnJC6VYtz8hg9k8oa2oTBmXLcbrfCIGIhwS+uwM8Bq7VF5W+ro9QjO87du3o6TFIkVD+SEdeWEM7Hw3SMoK7Y6I2QPtAwxj2CchcpubCI04jyjM6iI70IN8UJvn4hh5/CqGcMLskjyZQBEpRkEPg4Z3XVipPkoX1c4ISSjN3DY8n1uBHSNdPaFD05i3JDnGhje03/LiDOIyK/kSRShn0qJFjEp4yoziBLxUNCfQ6ZMAESoMBAYtqYmemuWd5XELpS5F45kdUlfEOYtUlbgIenq5c9XcNOsoa9GJ+siHz8Vfei38bIUydY3eZv06+fQry8HrVcoCEl/KmyS63gbk1CvXKKMPiHOgZJH9jRZd4lc7vhZd9pViqUzVh1a/Hb5TGYLWdrlNwmrZabHz+cf87c+zJLRwI/MqDi23FTKeiRYGJXQwWn1my1EKgO2y22drC+DhNKVGOlpI5pRFpIWIi2tOWr9Lv3NUxhrPEDEueufPnNm9CMf4axnT8cLkd+JbSMcyKfYtapWUZ7/lfbLpC4ArvTlvYcALSNhb3jZJPvGt5Nd2VZl0t/Y+dHTM8Yi3eiaQroUs560xIASLaDiy0CgABGzEMyJYSMOh2eEQNGIaqTUyfxewIdPw8zh9NgbxqNiUxCHT8OOmEGyGXcagKupnIfNhb/V2CZbScGqWu2BTninBEhpOzFjUqFZjfSkjZZrqLwWbsEvseXH4IfHEt7yPM+Wxbw3rEqyk4dIEqZanAYCCLbmVVOZHsC4Fd30CEQD4ge3y7BKsQ8Mdo2TJVzItmZVE7DLtAnZhO/w6nyPeJHt8FQV34PD6pn//ddO7O4ZZmucm1lM7S789OOy3Ivr2iIBhumbPdGo6RuizGsL1E/nJt9r073ACn8YtH7WPhJm6s59whgJOpomeA//tFbmlf3taSQbsMKUVlc1Otl9RxYdsNyXOR5eRrx4Ds9p5lBXMAW4TPve1gTPR90bx0Dnz3gIou4cFIPDIENZlO86sOUJSfFKj/kcsDu6kpSzNAx5k+WSYC+Vqlphv0HuP4WwrNqU/vHSxbartnyFncB2Gywl3fysa/v+48GL3N/p4irjMEEYGyTQuR5JUwJRPmaprODC/xrgcBPoUP8VbDhLQJlzv2cHG5SaXot1PNw6Wk04ZKW7zyUcc11hgNeWSlRZ+v8U1afiDi49rznEZmn14q8fu2mrbyTpu2OxzOPtsPG57y8cd11iAb8JPRiC85ba3Jh1/m/K9JPO47IzwZUNg9S0bfBxw8jDyQpapmtKPazJA5oAmJ/JtudU1JbGCrBvjCOQmuuSXAYE1tHgOcsDNxcrMsdxVFYZcowFeHs4ETb5Bt7umJFa4dWOciNxkQ34xEFhhy8ciB0zG4jhYmUV+O8XHuPLzwKLtfhwrR5BWAJFjyN1IMYCTmTFdajxA5pSmKM0GqEnKjSPjQTNHNCMHK40A7oTW8Uw8aPKgiVQacLXtwjXe8gI2R8c4KmPEk3vFM3eL92edSa9k14N2DqjDzCADPEVrNkB/HRD3TkBdBL2D3ps+a0SDuT/ygOSe9IIp9qLxrtKbg6RsONk3OF/Um4sNDjT4wdGcPdfiBzRfdwR73uu1o900Ezo+tv3k3/LFDjq9TY9i9pC1/nK2CJ16tXOLf1RqDCMoyS8tPwITTBebd3h5/ZpVWNFJzxmzIPxeRK8+MXCfTKf9rHdT6/9F+URcMfsEV2UWZyZiO20IjIyBcSHQ/wHuYu7U7jjlCYxYgbEi8Mmmrub7QoQYLw0/kLOdRuIH+rThXPxALYIJxw/EJ62E/MCmlh+THwhJXFn5gVH0FpjfkAgo2SeBfTJ8n4xvgT4ILNgHakIwVBwKSc2vO2x94YO8atNE5zcO+AxAn77x4dHm9iEZXza3JWIL9sHZVfqFbMAaOMCM6NVX96IUgL6K2Ve4Kq1u0aDagcODXDEouVQ3FDhfZcKxgXmGG9v7l6ilJNHHHQOPbRpjrLjGff0ourHT6dPHMIHB/kbpVRwDF+cuowBgVMzi4KrI0qzYT2qKeH0z7NKzOIHFWbU4/90ZFrNY3Ar9PA5nImLp1NxO4WKFFQu4nU0VsxBclVbm8iwGoLTnKNbBx2dDeKDijN18FbMD3IoszTrvXUIRP99WbDmaZ/m8Z9miA4EdmK8DMTsPt9LqGjxxUDhoWNpTmnX2w2ERr85R6940AOCpmJ3FrbgaYBx6dczCHbv4EABwxOwYU6HfpM+ZiFgqZHbqdVZYZwFXVmnYsbCOMeWrmB3BVaEdtHFGIqaZRB3bLv5uYzVfm4QWRySbRxniTIY4nyGfn4KSfMtB1d1hyfbJUkRkY5PtbfOtP8AzBzF2gLKlt12DayKtUcqW3uy5f/x/fMIOVbakFgfKjC1NH+OVLbnlGlwTAQ5atuRlI/8KnGZGLltSoz4/1owNSi7Dly1HWza4Jiobw2w5loH8a2jKGchsSa378mgztivJjGa2LA3a4JrobEizZVkM8q+wiWhcs/maIV5miAMa4juG+I8h1jDEGoUEFrJ3IbYwRM3OE9Z5gNsCKesYYp2OhHWEqY3WxMMQCxjScz4r+h7SF7MgXJVWV21erFucgTMSMZ1M86jbgfX/hjkqrgXzUNmzDGdDxKPTwPJFg1zBIPUN0q2gsIKAo+2a8BjkVwZ5hkHLYVByiRVCRp1B7YL8Ub9Q22AKg9ikuSl4cjeDFDAoajFXWQw79MWSeX3dbAuXJn7BCkAmEij7+YUyfqFhX4X1FXDllFbFCCsGU/uomH2BqyB1dWA01plnXf4MmKnkDLSOj3WcSj7urd0+P63jtZ2Isa7nXyhzmLMop5JIweTPgJzsn7Td6XMip816AA==","W8DoE1G56o1Gxm6HoVT/Zk+mmyvudqjE/6yQEzoPbGNjo2elSUo1tpiH/VKYxF5TD25hQQuf54AbC++hhd/U2bTaKoGlJAUetueN3VT9U8EqsTqnsqUuLFyev/2VGjV2JkSVyZTHkZCn3datVZpgFPale63ajKqQTrf7eFyFq3BNH+RENksBtGBueTWursZ7mxl4Es008+4RjpZlUmnubhwBMkI2+93p3nOSoG0EddUz1Yqrz4E5BuTqruoubVRIDplH5gxIgtgY9pwezK7T/cr5clpFrw6zq+1xI/tCYkv4tWd0ET199gA/f8/I4/6UYciEUEvjrZXarjpNy5su5GUsK91KO+fTzj4aAiaBgjwV95YQU+ZlQB0K6jIRv5FppCzGMofW3Gew/RGVVYNJdngktl13f0Gv4m75wPRKa/zdA9VQLceA3EMHk7Y/FATGyniAQ8zmepfm24Huvi1DC96ZQ5aScJDgFPbWpnxrYleXrslW/xOMgRWztvGnJ9MiZHKZCTt9b0vaBocA7Mbdx727Zsp85QbTvbdV0ZIJjkDeS2mNnHs/n/0Ztkb2YvJVsv0taapK8CoYQW0HFOiVoJ0GFbC7h7SPq84Sfxp0IeNMbAD/NnViWMNOruxeh7hbjGdBt7H9V95NKKO5GnsnLoSfRnen7+91uomdBx4OaG1Zqez/bb4SaecrkUC2Mcr2gpQKNoQyTSnh13pqdF4IiueLXQMGrwEoYkaNBCdcIdunAUYdGJtjNotGIzwD2dbmXzjnM4YEBjvmzdqPnL6IlyGEShkpdwz6ZiDQNjHx20n2RUoIHsIThY7+BZbIMJvFo7Hn8vN+scgZ+y22xnIavC+AAccbwoJFuhBZdwPNvwjGqgv2AfyCxajGJjPdP79cAWfUPKArYYqHyulzECR1PZdvYpYskRC3i19Lhpo60Ms9P5jxZWbIg11MaqUGXZ0x4hGBlEaHI99o1hhpwMASBknw8oKDnF6lgqjg6IHWXyv4o0Pw2+R+/9RaLt+/+b74WMf542/BISV/gQNTMYIML1zqIqHrvPM9gsQgxJxq4OGb7gBRogT7JjMy1nyyMcS0C/tr1VMNqd8V4b5VqRkxkubC/Tv2ljVigT7ovqNwl+F0E6no2fXQHQbx6GCSR7RBBvEy8yXcwUL0AILoIlUrwka9whmlEx2b1SrQJGmPUEo9IsnVm8WSQds2MrPwWt6oY7xNSlOKmwyg5w4jO8yCJm3XeZep4W5TA94hXuTCABDZeurRLmInkszaeZ1xOTXxZrdK3lyx1PJ6tGSYR5lNos3SIF9c8VqvLQQhfFEXEYfqEOiM9ktFcKo5rEpgsJhFvB6tnkeZqzcrg4IYhIghdQLcNSdx3nmpVk01k2pxqrsCWARWiTLkT2cnfLpNom3e/tf9ammfOvH0gc5rCYrCZWPMvboh+50BagFizkokxNfFPN8j4TBcUlIlqgrWzhLzlipeXZNnwyQkzfapjlg+C4EMy6DQ2q5EqkulkRFq+3TH7EQWghn2kn3go8aVVOe+YQOYFHLNHaD3WztBn4MN/A7MwvMb7nTlHWNZB1hgOKPDuGdhUKGqGPjlE1ZRr3Wv2uPdbfjgCKbd9kIuaN0XWdm+8q/Wz3mzxVrXTFbQ4RANU1CM6dG8Lt05i3Mw1EK98N1GHu31YPx491hKAhZ9GgKuwmLIS0IthuL9XdnRLVSsPkay7whUtwXVrUBlf4xt1HnEYS5O2A1vzPlHe5ltuhR34aHIaalQi/SQ5GypJSr4a+WIgcJoSQxWKToSQZUtSGzoVX2wcqZUjfml9ljxNJr47uP5UkbE07g7bDmei0sdOp3p8ewdIZkeopO+9gehaNfDaBOK9+gYjFUYQ4UizsBriTmDLpuoG8Y2I1Nz/OxVVadZlWfcVWn9kV+JfsdI7gQ6hnV7SN1bgludY1lf8QyS1AviHCDNxr8Pj/hAAr7DrAdRp4dZaa5hQ78DbOdWAApfhJ15YRvq4+2CDAtXhjNnp3kRcP3t/ndGjR3W6R6CO93/o2t34TlW9uoOxirPmXI1tPH7/f68Xy2VUr3vfoccZO+93129toCP2Qi7EonrbylmhjCjCT2tEhcPzS/4FpU22ok3S7x4uJyOlKB5RKtaQflNQC47QoRHkFxU6+eITgd6jYNSwnwsh++Xbo3vuzyg7YcRplIIEJSYaQScpPyJcFHBM4BKhhEwRfoECCVhAwTF5RNBMdvHzFvMPJSw6+0U0JYqwFS1EvM0oE8uT3a/BQGfEqtEyAyp7V6Dcnzy7oj73RL3ICCQkh/hhiF0CmUAKgNVHLB29PpMM2eeCQK4eaMDJ7PT7bC57uF3rtslontS6JkqLBoRv/tiFMArTAOLgWFAxwfAowpKSEBZB24jFK+AIhyRAPeWQmcGAyB102aEVZytiCZJZ4TKJ/4ERd2qVmI8hpHNhDAlrwssF02mEQ38AENSQNRKGKsJ2cPBqzCKQVa1EnPgx/wJEb8qclqi7sKEzbTSmIFyFoTASs8QU7E59NEDFk21IGyU3CbSLFaGJknpjFAqBEYUpcXAPGX9u5doqtUD08x449RWR7RZV/LBWycpVbgrnfh56++2mn9Zd2mLPkEa8fQdTS4OzS439COBMGhRcyoM7cWfW/K6UNvmBGF1jr9ifm/dLO6pGawOFO/UBoFIbk52fcgxpZ/F2kteStkUDyp7rafIPJ2wqdObetmIurQSLma1dCX3TfgGet2Q3Sn7rpz5kDhq6e9BszxH8/a/xupwOzP+ld26fL9sEiy3PlGL48Hp/DYaS50fOTs9C+dQRQgowp6OK4NRC85m5tj/Ncqul8wYrzv+lDaDuc0UYO9qc7uYYD2o3hm7fbtIgvN/9N/9xLZo2eEejGiMXzro9THmTW6yfeHs+4B880JKhrSeaxAmcasx9CYe3f9C2befjqGhY/NtpnPb6WyfAAwWiAggXTTXHST0YWM+SASW5ToK5XtwIctune658NW0bB7N4E3wMsHjPh1pWIsZdJw+i+8xuxgLyvFT0+h8UPLGUvgXVjgSPV3bV3qcSYUXhqFDgW1M0ARqb/sEXmOGlx1a//tfmN3w6VD5W+mai3CJC210SOc8WUGeMa3nqkTDAYwGF5lsf85/AQwo7Ml2Tj+qAMi/7iV/2w02Y0BghZY009kblL3fxzzV5vv9vF7N3+ZtrBztylht2uVx/17YV9hybokyYTqQgNnBo6VDdASAvHq7h49WoCw9nhV85Ua7kcsu7h0X1GFOpyUwImHJJxttxXnt4zJzlRBkeZ3FxfcoolLm8Ppxun/gDhYnbbXpXNLsh5YUUwWjI/mr8o+w5s/RgLK/mdE0L5j0N0lnC3vqtpM8phnLNFeY6AgIT+Pfc+NhUYicu6n9I/rswvuPqDXAAEAi/qBVAIlNO74CJEIOXA+QGDW8UcCcMLV4Rgbj9oIhuB3+mt9MGpiqVaWpopgghwUnWmdoMYNiWb5pBpwHZmTgjNlshloqZVUVqqoV0hQoJjtTMwCQVSunKdN9wt5SwF8PeJJ4QoVp9ttu8YupoDsCtZ+mmqCskH2CTJymzTQVZWXlDJFVO0lvIsgIiyYIkoIATFIgOclIxVOxbRm87WWGY/ugiGP7oIBje+Yf27MtbLcXNsEN29fLO8f2wQrH9iEDx4bDrGwZrTSSaZqhqYvGP01fNLXRc8WxidkW7hHfXrgd27Pg2KrdTnObYks5vHSiVaCJQBiaBwQZKJjNBGptK7td4Xa1yzSXFNs4UzMA2Kh2k+ZGXiyEQSeKFyQJaWgyCOlDtaWyy/xbGoshTai4UXaTIRvVLpJbuNrSH8a7Q/vOZesMbGNSTKVLCrbzpBdzJv7sVGzUOFoe5kLaY8K6rBI1us4i1uwM2vnX6mPOpeNPpd9dXy6Eblz5B2wZ/k32th/VC9I2V2gBP9GLebTn/az52u9MkOwyizeGD5LMW5c8Y19j7of7zhF/dxtpCnLii4LTxJ5x3baf7qqxfGoh6UQBc00zc6dYypuUCBkV7hoL+unzPt6/MNfx11aVdQlfXCQOjCWtkP4zHu6/auCBA1Y/+eXUKUpnJOvA9LnLoi4uzwB5YPuy/VV0ED94TSUvcSO1zskc0ORi1YDVGODHL+Zd++SLjT/Ml8Kvu7Qw8gi7XDfXTgcjaZRa1GL7MitKPUqhPh3HJURabHMHwOB0R1Upr0mxIbkrO4eOu5uZG7hr6fqdLn9atje1wUMLS/HO2HAdrMm+xCTp4uF0ZJ3cSmu2L39cttFsjWmn7kU7Iltyq3Q9jfCwbjpDIPqjzhaHqrgW6PoH1gMlb69yHQF8lPYm0RxWFZgmdAUhpMoS3EptTm5q0z0PMjbEeqNszCpVW5crraaHr3dHkRuApLw65fwPd5EAZP59XS0kjTGOK9saqea6K1C1lhGSv4NRIX2LoGqF1TinRLxoLLHmI+sKVFUNXApqCbDDvvzzkIlIi4kftlN61FC/1jy6dJdNor2Ol2ntOg11SKtGGaUBrTowT+qiQlAdNgS3fIQ37FU76TtUNdbMGn8u15chedrKxkGyW62+1ldfy4YAkZMzDxj3cYzaoK1mldByd63AD2ivWpHtFXaGuAvukFhPEkIzVDUag7EWmCYmLYIp0RdxVK3IygXd3xMFuQYTMlJXYvRIPd1RGchqIyZKlxiwzhLBlG8xXNsdUc01qtGq9dbqgp+3wqq7xaqbsYw02Ake367VjMnZIcpM3L5nBEsNb9xpUvmqkGC+SnnNyhtskqvUukzzVRRWdyGSEBL9hcTbwulgv7KQzTAmkVdyvoOJHm5DGqqfoz++w70chy3M7nuyl+NgSGnzYGt5BvtoH4ayL+7ii7hdvfQ0KQGgoip+tbwWrJvBGTEbQFCYHmgRaV3sBhdTy8taMQG5M5a6PUuF72TSmqt5aB9Wpww4hGYy/auzQ6kZRrh3OUhv2EbNOBRZqL6ySGM8IjXrC8IQTM2+Pxy2MRYqjn2cSfnCkgRZQ8uWX2bJUUsNp4lfJ+NwnUBDnLPZwAIIjhoW6R1HmyawcLKBpDMOAgUSvR1t5zUaOLuniLOEuX88oKVvHiFwIbvlJyYYuHYkxjnC3L+elr71wIMchX+3Gg2YfcRxgnuR3+T2MgC9OVW945Z4fiutvlarr26174y6mhjDBmC+gyy/iKN+FofoB8/+CV5XE/PzBOqnBcr4DHbSXtYKbjNVQQIITrtvsslPYKHlPd2dkRHIK7geVYRR7VWaV7Q8sp/L4a+80PrIuR33q5No679CdbAuQxcrXF0JBjjaH8K0HK9xupodVzDGS1EJLMFkAfkRvWhkj1NhCaZY+k5ErswthV/2quyVoRK9qbUvTGMA22af+K6lOExtSFuhq0GY3BphcOO0GkQ3iq0w5V4uSsb/vlfXCSTkygWoFMHPxMtd5Wno84994HW/fZVPV5XF7Uh/nl0Q/W1oL2I7GfbxmaBX7zgqteT2cspAeQYhBLMV9zsMzG9SsuwYrSUUGZVUboxC6/VrK4YcrSGCpM4d+ubjcefztwiOt7WiStykFzwzAJ8nmu8Pj+Cmwcxu7RDJUiy7pslYHMsrxEOdYMw7FBdgY/UIneNINMe9BFXE+KJcZcwEHS5GMBVZJoilOpt7dn0xTFMje7FXZnNIKxJ3/YrB3bbhFpvRveozO7erNSyzCgIo8hJ4jA50sQpl7NbZfWB4UXOIX2cO8PSlfNFMDQcyv4a9rvq0VM0V2rvPEt+v03AXtwy1eazpVANsuWfDsZu08nv0qfq8DpoLdZ+6TBvaVvQnvdCfoe5NNad1dlxmVd28IJmMyqAOYXHtIIe1+k4yu3M0XLN1EfOk0ogIusSJgIx0beN7T5VO26jqOdV1Q6mY3jqvh13s1gxJwgHYNQXDYdlrpe2WihJHEXvP4SAc2hB46cHWsYoWpTcE30zohAwu9Ln8SjtNW+0xuSNUWWJ19jn6z6N7SX+Pd3xqnrx5QE9TvYqsnLxP3r1iHZrZq7y/mMEPT6+Rn7t0vavqi9yatVeyxdOjFIBFwRvoQlrBqOf0jLxXasE8NrTS1nKqrutWU3bG9pKS2CyO5f+Mkt4wWBV26S7BT1ccveDqLmESryAmxdVawhSs65q1a8sfpbEWX60lzBBNxgVz67XfMOqQZNEpJdAdJ7YyIocg3cwEK2h+9ftM2+/JCzHnqgUkmhXkMfSNiPDUT99WnzAXrytIt8UycPxD4vq6IHIq4Vq4t3iH0Wq+esZpCG9EobfUv2bVXG8TUXegtWjmzOdeAKLwXK66MmEJYrPtbVlm2HIzdbKqJMq4vHT3BAxoQKQcyPqP4+iTsnqzmnToTBaOEylApGzUHqwpVKEC721IIiVGt4pkxFaNE5IeDaArpcMh9KQnahMz0R309UWyEgdZR8mVuL+OkZYqqz4ySeXaaw9i9QqKK8RdynNMN0khqxdVLowTNL2ge9twg8lHmtU5NXlbs053MWIzR8j+R6uvwlQufG/kUF7UelDkt0RrlwdlliZlUOu0TGhyDNd1kI9mNPtQ19DNtk2LXHOCHFDqBnfpEW7DDDHFwrvHRIgCSmVT+JOkDLEcTJLu4kFR5zpM1yiGNkBgPX1+WXApQFYTy6uWYKfrTY8F/ufWN03BCk8I2GAuEr9ZRdcetuKvKM+mn3678pPoknWcJ9KlSoY3keluXDElDYl0fzijmSmi3WOE5v09g/v7Xw1t/1PMkMMGZTa2j+JFDzCIB8Pgl7+f7gb/Fb+aBjLnbu82mpf7z3lowy8hvOLDzcwdLCILxaf7ETtYFp3Fl/uJOlhFWX594OFmgo4/reX+C5Gei8wBGSQhlfsJOWAFWZDa/UAcsAVoUQ7UAGd8DDQ5mn8DKjZBWw/E3YBb+KKdB9JtwJPnoNlnYTagRbAgwnPZNWBCjKtOMETVHM5W8V/odD+ZBqQcFEbxXhANWAfV2u36btNdgfr7KFTM7UzNAMCtWneabqKe9meB+Jt70XNUdGNyFq+LeacCD03Wfk01Q1kj+wx7trb5BLn7T23WVHQr684Qt2ovyV2oeVO+0ZPWjV2mbsPtno0tCzZkvIHTvdsz3ff50g5VYfB3YEi2xvBS4MTxFQkD4Scz5fDJPHCyjyfufyTTObyT3fOfAej+foS4HN7BfHQ4nHB2LgIsYgs46Yd1CLCUPeGU38YgwEqCkgDwcHr8AXfLiF9fwZBv1x4AKRAFU3w77gBYspbAms+3HABbmBbI8Ol0A+CIO4ISXy81AEoOCWD5cJgBcCVewRzf7jAA3rg6QZgvZxcAvYiR44WVBcB8g3RmFLyBLsni6ZoBQBScMENdS//KMk4SW3L4xlxwQ/0bsq2Fd/StfbzhiZYMdW7IGAtnhES1VnoW5DgfJPXas8fYCbomMcL4oEBr8QX7q2/L5dxgSIovY97vpB7m9eu8O16AFM6/zgeYsXFOwa4pfL/67keUdgPDWdWCYQzxAQ31ntJttPNRHS6ONk0oGt4OS+EfRykAqc21CccgmlpYH8rzwkqP7WQP7qy6TcZEXP0ubtpeYWDCRFSX8//mTvh0h0V4GI6wMz3wH2RbeiBRw8FlTBvQbd8HLxfhgK5yrqbEk7od95Uo3br/+C9v1q18czsv4NW1O7OptK46WNu1/q5p3yPS8d+WJSvzYPDrDRq3br9Tk4b59dTh/RgvkM94/22f+EAL+onj1zu/sjrVvSxmBu+diyffEmnXhCi9NF1chF5vAVyWtKyuSXbbKSZOE6OZWukdABcgfWu9ZHFLpf308683fGLvn75SnCJHktG6oULdcgYqze6fsO+W8dL7/tztwAymk4ugs/YbinImplFbYEfrAieH5BN+VPQxEhNliPjPbnTyooOOhg3bxZXowENK2JAnUwbfaulvMnQAw1N6USUZWfKU8J5U1/nqx8j6Rv+wZ5sd/iI+bM0FvYSbczSBArq5PaCUrDUIhCQbuu/7AVIoQNlBUugy54pNPBppx/zBUsFHNmGoa8Wf5NLkt7QCRNy3Omen+5uk2manzoVp3l1ip0hNQCcl3cKoQ6Uv4k8/OBsbaUuGmvAia2ssvOALazKZ8cmTp0cQcx1EnrxdOkOlUJRp4s2RBOf32TbFNybP2Lfh3x02cjjmBwl3rByguCsI58VylT14F2cfspatz934pDwSSSo5ATpVvK45JHC0vltnMsuC7jI7fzJuacSH/VZqOzT7seSZ8+/U/p27qBRMrNkmn+A+9QZAojMcaco1mKVJ4o5GJIHavWPFJPvXX2LAyWvKAn3SEQj6UbUii0Qb3cPLU+hnxxLQFhlFY4xGc9x7QJ7x+VUULOOljoTjnpVczFp3Q51CeoEuNZPqXz+l5SauKSHnjY5UnAelZYmBuxt4wldoC9zZlSHkrLD6Cbbs+hAdMXCvbDflPtn0dz9/WS3zn0gOzRjC9Vzs/apvnjTbnbfmBeC5HV8JvGxWgF9JFp2WXE0B3YSEP9CR0krX+VG1vjU4LGOacPOJt8wFB6Ss+cdBIiXbJtiJKZxpKl/TvsMYRFIozdEYKQZdZjB+BH1jrUmJRKWS7NwbJ8UStxksHUXfWt+DSNvlObvhiQtxcuwkb/TzgYqpvYS3Ifr5QQ08PXbyhaqfQg3YoP+p1LinloV3S8RXwD4kuIRdUeksFZSskloqSvqJJsmfr6i/eirnHbWQdxaBAlnRj+Y4LwBAi+owCRTp4jf2yLlkAxkHx4kKALo+h0lg6NbTOyslA0YxEFnAr3kUPQCD7MAwWDsbURrtTfQKZMMUru1L033/2srGYxpFZh54VV7c1RuKyYFmmCN4lAE0w2JsRtFk+DWG3oEECmTZ7UzTHb+577GYY8jKW4fWgrN+XFowAgUkOwh4OBYuAMgK+GESONLVT6NqgvaEDvwkk+g5Kpol8Dy1aSInAxeXXXjjWUYAt0mA4HY+E5thof5yvxfGeAcSOJBl2xvjbgcxBSe84Cpn6/bR/dFhlw7ebTnFz/l76k/DtmkOO12SNDYXjVDWc/voPaZ7r2Vz02b3s/aL99RsN31v0NLV03CTJ5Fs9P15nLdWHIk3M0ilrD9eDru/Ll8PdJ+plPBN6kXlZ9oDCW9GJjbPFELd70hKVve1tt0UNpIVmom07LsmE1SMgIYEjjtRAE53929MkC80VCLuGH7FJ34ukWc2AThYv91U9M82UMG7gfB0eO9nFs2N3T8nwHseyGLPslip8brf65LFs5FgQgFmr8z368rmzB6q16C7vmfoFWwSrJeKWvi5ttz/Zwbz9jqKkGkSdcJDs0Ee3H3ptVPkxUBLs+iYzdKmkTbqqDbryiG26TRXpciP7vtxAjm3H+JJ3YrLs6t/v9zi5ykWXdK92zgztzx6UVbp5qUIsQG6jEIaWOXjFQatQJ3KB7/OKNRceYHhq/JEI1ycYiu2vGZtsD52c0DTeY/SEdPLWwwI3R7l0lhV42Y1u7048BGLdUbe6JVTOdnT777LEZjKzYPnuSmy0su/G3u2+XivInSscc48URSTKJxikQYnkfNGgHhStwLPETdDuHYy0RddVRS0H1ECoKs081E2uuNZA4kWF9vB01S9Pj5/m4ecxXiAjW/I8vL7K22Ozhue57rs+dNrXylw5ZO+ubmAeHsxZZvA/5SOrkrn5jncMLz62bs5IMxtPMHYNhv84ygFYDDhGeZgp7IRKuXos4o9nLCR6Z1nDyPqb7q5uaXqaIyFHX9TsGHu/G8ajeOGgOx/zGjAr2kGesoeMg62qKGlfwO6pQIACKUVEBCUR1KmFGoy9qMFyE/uFOU7V7MrqxCKKdc5oOSZMBRFqVqOczM1Un8LmMYy5h0LsjOEKuPKvZ+WdLPxzpTC3PtStb5lqdhYTXTjFf8zRmNPUVW+95kp/n9jNHYjhyjReiY2PvqdxPTjXYfRg3Fu63uuqIhD5ke4plJ3Stsp8aY8MjGtcBQVgn6BkwFNvVWpqQ1rKrGU8mR49LiwyAP+UI5CmJVJAX55GbTRnerVDkAyoQAAQimU4Vlcab45rqU0cRFAQlgtOz02kM1e1E9TiPFVNIW/kJ9L71wv3ic/xREZ6DLNEZ35Zcscao3WsHZ5mqTLPj7j2szOHv+pGC2Dac8aI/x/x2QQ3Nu+dwb7Fb/ADUxkE1EprMBUaCWwCSpgJoSJ1KEG5vG6qAJWYFFoxJmwAstRmNtTPH+vJNqCG1gJXZQHHgjhe5Pf6VdUhBYg26aMC3aYpljx/TwFi46JCwAGz1RbTLR4iljgc44ulu0kMdodMV058xxpOJwzFCybUd+gGq0snXu0fTM0D0C4v2lGHYOKRWWL2VF0mASPFOvqm7nLZvGfgUX6V7C8Ou/Oy1cM6vJFeuqn4s4Q0KWGRbIEOkWg4afDTsP5zb/wEFRVz+QnfVEksr7qpr14cbrN0t5ub50dFyQhef5tVvjHUQpAYcJlUKpaXE1HT5+xf9W4BCpIyRpHi5+8gcJGqp6zH0NxMf53WB0eguvw/9M8LlH/IdkE46eInnP1QKLuwwdKWsXD8yP2vgbieRFTCWntZTNtI/8vq1Qj8f7HPuDftPjC4ZyMR7qNFXH0lkrNTJrl8f4QVZ4+kXdYct0fLw7BCWaXIBp/kNP5nHGzIeNXrTBCFSoWkGmRqegdaiZHpPANzC7NAGYdA/oLToCIue1NqEvh7wi4cVNINphxMtBtMKOq17HwmQJnDgQx2sxHQwM4AA==","W/n7E1HJCjzYNunBefBr4px6MIpg4yCAsEsPoiMhO4u5MxTFLbF445eRfMQYuQx6LdVeX0wqEQJW3dKVUp46TYbEOLMuiAHJVzSccwk27d0ensNEo8k0l1q1n5/y8dls93CdYiwfgk8PDvyvtVKF9kLy4lJRLm6hJ0A6St6+/t3/cK6At04FUJHCnp7pnt1DSlilYomEiYw0iXZzLkhHqpbtiTrQqY1daRADsNBTqv5dtdYC2vkknZ0r5zL2rnZnZ3bMEwF+0p1zrl305ZByIPmJx8/u7Hu3L+21f+tvIApwPrvL9C91SIBRV6Gq+2qMnMzuvUuGe1cI24+uULKLLFM4cJOFkGu7DWQZJH9gpDg+3/Zm9dzj9EzFOf52xRHwGYMQAvNqvff42JwQDwwXUuNHD9RNuRgDLh6KTPrjh4K+WNb6GIVymtQunQiPlxiH02yRN2cSCbJayZE6oB7eNyH1gZ1B8OEC7XE+CrTbdrEEwfpBnv6rJd1Fy1shNEv6KQoQqYkOVen7zEnP1ZRahha9i8mN7A5mIqeLWpofF3nJhaEZe1WnsF0XnN2+UeQxkdrfuls63F4Dtom9BlUWB7asQlAEcvZfM3fRLi4yKwzwdsUDiIwwqJJyuUBV/Z8qn4aVLau27OvC8F/SzhBji+0TIjhz35uYe9iy353e73HUB7Ry5uB/jrb0TKqVa+M/150qupB+ADhtSyjWPmSwJdTVQRoj1ZgBrY9vk9jCkuZ+GwaHLqa9eg0FV9zWMbnwaJJ0sc6stOH1e/O3gpbsKcbO1fVvrJDDEaod1r5Nxq7mSmgIHJYtl3JLwGdfR7tiHyhMlW8mLYOAEbsZF/CZdI0HYBqbD/7GBnl4ikEhaA9XJUg4DVl5HYQfAMHn2ICxLSpfogbYbqU1spMfnJXX0JaaBCya1bT/uzihkq022hoRognWLLfFpDAt0BTFo7sliO6Cpvrd80ROeCCyWFaYSf+KSb8ikde7iH0TBI7yBJQ471XeHWzsfKQFulcZANJE50ol2PfQi+WjyD0igmsiL5gDDWb1fCJQGgIVcCQpbQGQkoeDfV9eTawQKNYDrj1W2gMpn0ZZo+0nuiRF2t4LiHx5LLFSoNTxvdVzSaKZyf8wsjAGTh0NOInyPFNLazMmDzWppfA6NzUMz0ctiYztqpUMU8jTjMpaEUDYgtaK6qNcTU/XYMuwzuDlnCsRiXMNLgSqCrALcQDkgTAEmzpRAmdHhVL9RBFSXcGAmFUIHK7Ivo21MI2FMaKt0kWgijbFMlffHqPJbPLAmTxfeChIHFOfO2iHIk262glEvEE6RT3FejdqnVckJ1YVq1IjcbggUC3ekSyX/IHXxE4lJ652zse3WC1Yb4SwMLKvA1bcBHzdhW9sjMUVpAkO5dttSIB0R+NE5nvLGxbZy+A3ALCmukE/n4rjMSSRgP+Y3o3jwWhLKd/A+lJisssBzEGgg+IICvcrA61ha8i68+msdKOoPCSZk52viB9O1dWDAMUS595KPHyfMb0IENwVuVKQlwbKvBRQnKJiHhbLipq2QvJukfoYZIH60QRQ7q4AD+lJh5kUpmxcBQIEusSCNRSNhyR5CGkATRNZ59wKsM5POhzrEGRjFDArZ+53BxpQsUd+Ek26I5jzy7HBwLycx2eFycOFWF3QUmXcC5Ul64lk7GQzJXIl0PbNTyLnkttovYrN08R6cVs8W60Pm3sa2DhHMbldTn7i/yWNetveG3dySoYKHfhxOVbBX93T2Anvz0BVhsjPlrrjMc8ukFcEAj7IBZKt595snb26Kus4w/8Vbv+wqDMIVPDzVDpy/mczaRr5WViP6IcRewy0lq3nYHSExsh3XXuq13H6J93Pd8ZbM5mQlrS0pWUwrSm1Kv1CVzTMCWgbUrLGEK08K2zl9fd9AhoHnm1kP9J5jpjs7BSrYIFKtPE4vVjsipH2mdVpluE8yqzOnwpQ+A5e1Cgvv8l1WnKuiOb1y2wUi6/45T3OJz6tmkkKdyDQiuos3U5KZ4Ki457BIHR0Tiq+mAqqcirNMhxze5JOJpyvqab4ZSLJ3pQSHa1+eyOMoMo2OlUPMoHDHCiPELxCSbJZxlULb/FfPnBC/yvKlnb/kmYtuPMxNnylz9xYzDmRpQIp46avR2GpmyRhMJfF27EyVCQrnQUq7C5aw5qvHBew+OLU+1aWYzHtt23MwTS/vbyG3jpLqSJJwoRcntyyjhUjDOnMyUjXz6yiaPNUTi4ILDpnheGL/rK4hkWMpXPlV6vkbSE3nmRa0wlbTJy5OAsrgaU8TM0XDGX3kKK66F0xaN31sApQtVfG/Xb4z/gwNC4R2IeZRNo2VwaF6rJWjQ6xvT6C6Xj1YIgJrF844h4p8iAhPn4wVnVfvpDRZQkc0b8f1WN0BNUjMPefL5Ik54r/YtmjGu7o52WPYRpOdHmCm6Pihzv6UedKi2kkLJV/4M3XbtVdfyo61xuDK57n7ZWqGiPHmIEgBlSZowFnY0Ug3qWe5zOxIXAqZQZlZZZzGVlcEmwSmx0IpvNEHHZLOdo6xfKi+1EhYHTAOKnqVqmWUaUe3bZwqd+BqFC+s2+uFMKPCrSjDhLH/MS6hBlVBReCWQDcqN/4mjI9TjOHh91U2SyWYmDwuhCz6vT+sa5aRBNZYGar3o8KuQeoWoyc4waoGFKHC9GQj+5A9mQm63koU+CFUea4RnWEUcXXtl0Wxr/XF+HHSdvllu5bF7q9KOr2kBGe/eret+7BbVGbH2q9GcLREQ6IANZSD5sHWpbN+zjb2XwmUGXFpGwFdHj0HAuBaaKCBFCtQceYlEUoHfIiimw0Bg5gWsGyQGaLR+liKCvcOLc8gKllwkHuTMHqzASifDPQdV2aMSfPcY/6iKNGTt2zzV/+YvbLfb4QbG4Km+fDfAS4yXRR/JL6/M/8V4yZmP3ACI4CMymaRL634IhEhsqPQ4pv8XYKF9HG4mQ5eABcwHayLjza7eDr3G5loRrwIOdSG15/gInODTn6x0Y8FuKnnHE37uDqfi4z7kZgLVjXuI/lS7DpbguKxOldaYW12z195lVJggMiDa1de35Ym5RYHcmFP6GXf3ZG4IinW9ydvSsrGpBFWaB/fc9xQsa+OD4JjFn1kP5TIC3Sqc8NHTlZ3LkclAcSxEQ44WXqi03bo4+j5vcS+miq3odDcY3aHovcSzmULysZ4Kpo2S6XWVBmITE6iOp4DC4uhqcZCzvATWeC7bDH0MABFUYGOLIxEDigcamRKGZEsHScOB07xPZY4GZr8SDQILt0XURhBEv304lDbK93s7UeGFB+lhl3I0KlH9PZPZzR++7djCNwyUL18OY1QUlUh7T5oqQV+tK4hWgWYCxf69BJkbaMGFarbDcaciawwKs+99lSnJooHukLISxNc5CqNZPAu8UkNgKpUNljyEXexyY4WYARQ5Kyo7kAo4kKGsDAKx2ZUFGCCinPLWejIrAm1FyUx8grPbV/rK5qnK41pyQulCqSCxFd/bYZSA1d9QbFpZKHu7ztq3KrZM7dKVQI0l46xZXYCjev1X2HY2q7cV0n0aToAiU65RTdXS6Fq5zWwW+dt4vIT1/wsTv+uOwEF06HA2nZpl2m7mWtOgzta3NGNXNBhHQrmfwuip4IuupSTMiW8JUzocjne3elv2j9L12qRT59okL3LhGgF2PEH5/b3nTh1MoqdYFJtXyuP2IL1OUhYBiSJqEuSqhGI/rMapO0+BTmfztsOQNYgOC42VPGp0Rs3vWg10Dc7AoPzuUtcxyv5zigcU7lilB9VqdDqCr/U1itSUC5McWhpKBIcyykkhCplo12z/ClhAqYWPYVLvtqzm9kFleB+UQPY/cuyZTIxiEkxgC59QoOE/1FMq7PvQ6dFo86DCsh0FXSAr31WmPsC7ujkwFiAMvINLxS2QjrdINYh8e67Nfv0N+M6tg8mKKQ3TDFFZfr1WeGw6XEg3PrVuXAPt9fPl4kb4ewuq8HA/DAO2mAEYhQiRseh0F5MOKMbMOavtLn3HY0oiIp+NyT9EujONQEJMU36I/ychp2VAes74aObQXOtgEDHLhcs6etJ862AeP2EtskOKsGTBqRVBENW6k4qwZMp6cHkYVZWQ+VVR4BbQGJ5gQueXZgGZ4eWv1ZWzVFK5TdMBv1T/+Fz9Ml9o/oph7UUaz/aKu+tCIaZd2bj+BTRStzevuf/okbddaqupJyAb9QYqalsnN4eYMeW+Qq/4EbtC502bqe//6AZBg4iY0Czatx2ckuS7cL0/0HFAVAoW7D2bh0J5B0Za74+l2DD6aMt6B6TufTF8f7Gmw6YSNUSRsJVInlp+7zBdO9hfgOaq2Vaqtdut8WxTsp70VtVYpkMZU3YFBVfALVuY2KNqwrD/7dT2bYOKRL584xG/Srmv8B7c5vlS6jp3EX462Kg7dFP5GWAjxgQvcGWOj+myx587nbOLVgvvGkvcqhUkmVIc0tfhcxERJ9byA7Ovm1p8I5aMwv3i5uoHRhZsKQRpQ8qqLIDCatLyrcSFo3FM0hGuZ+/h4SdUepEimYAjRHxeeKTo6K6qRqGclkgtT6VZT7w2BJoyithV6U/7ZfNGi6Loa1PMDCpGMIpl57QlWZKjKYimpbRFvZhmd6ljFDcj8xfcX0lDoE1Qpy14WaleWHx/nC0eZJ/64aYa8WBM+8XDovkdzGJLBK6tsdcxhSksuQo7+SlBffkIE8vKfe3cFvXpxibmNR2OI7ONgT7XoBeaQVqfumrejp/X4YAJNwXeAlVPkWpkgk9pwxUoBqUjOhW3etKgvfDxSnu1UbW/wOZGD1ud4iNFjnTH/DxIatYxwBOTmUkhcczmtUcRX28KmkSntJ7WncbuKFx1a8isOs60FaNKNmsnY4dP02NWm5UQsqyunXnRpVr1GnrAKgg4pEzIMZElh7Z5VFmXr745lx9vT3UhYyOY854pGUWNSdPMptyynXmmv8s1nq3Ddrai6jLcHsEUiOZPYfpq7Ngxhdmap4HnNc7e2YWM4WHsIckyoWW4gB0CvTBz/7jzDF9nHPRrH2Md58qR4veDrEL2ECaG4NfsoAYPDly/mKwN8oMilMqRBpzogqQPK+NmrWaimTJnSY9hT6woA51khHWtKXUDY/NV9T1GIMVIBa6vG1W7hZ4i7mVlV5nDvHCrwJF4bKKBZkhsxxxza4obPc1X0WRLQVRkJojFiLhxGi1FNfLC1N9Cikjm1yH89ojqw8Y97pihLEBcjjKZdfsYHDaQyx+vyOQ622YB2/54bYiWKH1rIAmmKbC6nafMvHLWD37RBa0tgn69gjH3nZ47mjigo0gJki/cKNMndthMzsoRJIGPmnA69gwDUPU8Q1MMcZ5ShKuQeb5/M1tR8BBZBpKHw0G1N38KjL7fH74XkqROll+64gEZfsZ6KH8Pel+ru+WFrcm2r/iYWAW6lQ6KLaho1Y1pWA+vWZxs7t4DrQwYY7sPtEctxL00ERGTRlOmSGKWCRjPlQya1HBrMlr/L75ju0TKclgqBPCzs+gac7OmxNBzGQdyDaxJywAMRECXD70SUmFGP+zhlHjny3fGOLiAUuLkIkT6pSLKaXqFs4AU2FtoWsCrACVc1OzuiYnrXw3FMlMCUqLXfHUEVPWKX8mVapuHbbslBnG7NkW7J5hRZlSz5wqHvNT0zEP6MUABEHVvzuROxN1aMPis+HevyUHozrhy+j1Fegmf2JCx0yS3BUOuGZ4f23bFLxhFkvgFIr3mblODeGL7WjMWmVNpJJlcgOhkgROVK9OjpGMFIzpD2hpWgn6c8nUEoyspTt69fdXnRKE8x0ALJrY/7vs+rDDCrV9ePFAA/uL1Jkj1QIYdaDAJnT3Isxtme9oxnCn/v9R/34s8X8H6XTZXCtxJ7kHi7btObnkzoW2rw8dh73ljaMeoyj06r+xCiNwNtKcUWVL+Ok0kPWoKLLCqc9NNBG0roYucYUZ1GMnxBO9j9KZ0Bdz7cZJJPPq3ZyUnm0j9iNNwzf0yIcUSqi28fNnOi89m1Kye51j9pRdPAmTs+70KSx6huDM8UjiN09S/odIs9wXDodLr7BPJ1vDe00TkN7b6ev/qfN9pKM4d8M3T9mwadw8DNSAzPtiiq/GK6mXGyxR/fSaxc1HLFZJ4rL7D3HX/Z+FG45O2A1ZgQU1Xv3kWInRiEyhV0nhk5xCijsVvKJ4bxNe1AzmqzVd9/DNY+UaFSUwlV/6VAznA3KZvrALXprXARNfbJ+ECs5ouqHSPLbw6Q8AilR3+Mw+xbOi7qvsVw6ymuKu+bTiNbD0XcIR1vMo1p8i+c+Lq4tFEEV1WTVip4ull2uuw/s7rAARJBWs4bC8pnAKr98xq3xwwjiE2rkqinfHLLRGrFQNapX2DPfEfubJssfbsjY/gjX0jkseoVWo91/3UrF30Psetb+tx6DijI0UVjLLfnXdSZvzeObguj+W9ikmluZOSTP60aehbFFTUJW0nLmwsYPsLodDjusxCpYCQTEpFkzlEOdOYX9/036J0cZ7n5hLUi9sARisunHA4zJIFrCk9rslp9Tw8ARToakNDUYDcyfGrmycQUiK4hyH9WXZ9i1OaziR5TGRG87OO9fulKiJk6bh/ffzhi2vYTXpwozcV6v1Jw/4d3+YZ5aJsTjKbkfJhPPbml23SK+DiDJPh0mBtLzpO93cVKPoLH3yBZ/Pz3ynM/nqjqfDBPv3mh8QOSUpRP0Q11ekRCkEpwwo20ks/cgVKKMagyiLLuf5LsGB4MMAYUyZ/AJME1ots7Y0Zm/hm/6l87K7DJ3L4vdTadWWZEs7sItaeZf8MbO8wjtM8qi8FIW3VwO33l28RTbZk6vHiCGt1GzWFSIFxTyE+YY1rJCWXSJyweEUqI5IjFbQIjOyKp9FAKrffLZYZS+vYNZdjAWMiNr9YPHDmO8ELZPDwJjr8uXzDPMQBZeQSwqHQuh9SoB1MtHdIkdBhBObwrRGHgzpbVaU5+hgh1e/ZWMKdrhAJHlnmBRK9gNNVR4DG65hYzQMf4QA6pRHfHYexMk/ystHiBrHqO0PcvtZJR2VcqJ2IYyS2KEZhvRKCWFIdHpmra1DprVKLVtTO4l4ZWeKXSG29zoQaENVeOaFW25lHW+PkC00/6g7dII7TYQ3r0mZiSre0wIrdrX6sAtNvkRTInmiMVeBag4SuuqURvpisOcMWaDkCn+1bdZo5vZQlzhw5ZG13AmBOEktX6hbdBsADWgm1DP/1FTDKrJAsRkuMmIaMlCYUMc0ZZ0W+Wo1tCOcvlAQyt908gMNy4RIbbJG8pCG7oNeVTLhItyJiie8iMw2WtbIiQ/Sw6W38RHXLu6bX1UKyyXhayhLekzKcZpruGIxOpoYcKvjVrcX5On7SADvIRlH9a3JCsTldN9BubsuQDggnZhVwDVBgYE5IascgCpda0zEikGLVI7BJZqUsUPIKWMtXdqzEW/DfVlkLpqc/XkdMSKbZEK8qszvQK3kv2NYPm+WRL7/MbE4dtVblicWuA4zvXbLEtq3j2N02JNtJBjXlUCi0Mt+WLY8CK++9L0ppmnWYSmVxm/RUw2IZASWzwOc1XD8ncNOjIv53suwcGiFmFTFV5Lg6tSrGmkrQyINf1SZrDsoa1Ol54p/R+8AQ1lhX7yhmV0JbIoJ/lhLYZV40mMyl71r5AHaQ0sovolLHq2JUl92laO2iekLevnA2pfzcNfKSU0IrV7aWuqbZ8zE5VyluvNU/BKXp1EZ1rBcIuer6UP4VSnmThu4E4OQIm2brDXzErxJcIN214tJiqFbU7NVxom112LP74OJSVizp6y5jAHnamPjtIzyMhFlyeGtZXQl5OrysWP9jRgUebtvHyPQ0m3nJF9rFrXqtpC1V03QgfhfrAjXCgN/XiuaNlzetVJWHU9zGcy0VVg5se0nrHAih2VYwdspntDPNNt23b67ZeBURP9fGF0v3wMlFbNdVtpXm5PJdETQS0/vUPMJwLl9McBjnEzK5VwM3TiCPuMTg7hpaMrnVci4d6iEznoAqNA3AABLTfiaecMn5AORI2YDoM5WUd5WVJvGeVVA9syewHWevvwVEpzUuhIVriRspFBSTkOefY6I+d21bVAtiOEwkuZjHqaUO193ot7qiSNR5UdlJ3fcvufzqLQyLS2wg9lkdb0OhkhbTe4urX5ddHoIAIdegio+dEcBgPlzxd0vM7MgjD567Dk60vXIjDcLtd8HZuFL6IG5JVeuGdJk+UWaD70FXPqt511+M1+V7QYMv5GQjbZHqUiMRGRbvPIKVZSIj6zf7ozZz+TPl22y9S9LFa3M9PhHYspbiXnuS72UPBASDwQtqearHOFeyjsYfLNpVygsKeXLEmX5OFw7d75RLrc4Ol+UNybE9KnV+TuJ6+4vieonLqadWbmmXib1LA2VNhljZfFjZ1pBLcwdQN5Aic+7X9LOTcTBIHsicSGt13oEPuNZBnfJaMt6/X9s6M5xgG6Km/0J/eOVOJ7Or+YJHXli4wMSUIrIs6QljI2o7/lr63aCn8b7s1sHFa1CPKxeKb6UsYfajVWtGU+/rmp861Hk8ba0e7WmwM0Hjka3bZjDeh069DQOIgiZhX3SGx0j4MlY1b5TGV6537HtVjes06/AZlWc9fpqvdOjf0YDEGfMvryfD+t1S8aqqdtrkJJEfJtK+645jHsmoYZsxeoiMHdNgJhJ6A3ikCilvMgr9Dh+Pntyx5uINjUQizOg/RJtvqus0c+mJJzHKNvpcUdf3btEYHU4wfMwDtGKQAGTtfYUFe2/6DOIZ03R5/lxRuWOchvgkyE9IPON7hcxkOjteqfhAoSf+M4YJfxiA3AXqjZhbPIjDPy5WD+Yt2J6zo3ktgGtWZetr1mS4EhV7KS8mBoI4ZF0CKdY0YMTawUGZRd61koLeO11B/QYjBZioJSxv/cp/n3YFhyzUrWUz/e5Gy9B//Klm4B8wW9lvo5KqivKXazRuSgdN5mIkkpWd/PxuFNX/qtDHqVB5imlM32h6kNLAFZWLwvEb+2sjC1gdX06iAamNU4NUOw4zeOPmF/bxSqDZTQL+znLTXs3nVWrIo6tCqjuShyHJgzi9jpqJt9U6CxISqmfIJ8le2Vzq7cPqqasE4pYHnDVX5L5m9A3mXbjNEuQCOFK6W/8Zrj3iH53zE9euJ/UqeSSJJUSqdHDz1brLBul4Bd3X1ThyRFRdSaoq4NyNihv47SjyvV1k64oepXOYsTHWW4uMlEYgupdRufb1jFGbpu7472q9zRCrtig/XIhlfwt45QV0y2YSeanMP2YshZrRI5zrRdAcJ6ZM62USOhrtxswzpenMP2Bme1yuBM25UsrG82yl7BkFpXqLZhE0Pouo1o0sxyN2UFpjqDZGtSfQhKmdGVxG3YjTzKDzaiUD+tEFgNShaG0fkzzLiT4M3TqeiuCaOt2duvGTdTmdPG1FV9FW8lGEjvI3FTzkkUPk93bv/msBEB8i/WY2RMfLPJvCtxdX43fsLA2dnZ7R60lCjdHxlIcGB0bN2VgNmx5RM9rkEiijjLrVxu5uQMeZGfM6zH/dLaxMeDfASLcM2Es7hg6wLOQv50n+kAl5PGy9/mLMRRUtRqZyHoj2qK1BYw1UahgiGFBcwWh8G4S5DME+b5O4yHlKk6YZFzIJmEhIk4YZl3IquCqYWVkdomcAMscXo6sqeIP1N/RfrNsGBygbU8CqY68gSbwF7IDVOUMH0mkGoQaQiCJscESg8hiYGYqS+Bk/vAtIVLbAl07obpCJe2Ehg9giQWYialBK5Oi4QOIqecBF7Wh46J2BNK0qc79Atu1661TgsFc7B/HZRUJn2LO/Z9Y8T/i/1oxEbV55ff0yLVhAN4fPWcJUP/z/avkWOLiJ4ltz5wpwxIylo24t6hkQMSzTf3Oza8anwlIw7MmhMSZoQN8a9QaSUJ+Gxk7ITISeIpYBc7VlyzcvcdNbIt9Z7/q4EMdXIYgscdZKSt7SH/V0MZRgXP48Zr/Pn5IW3s8hmjb6gar/jLT1vmiiClLKwxVuxjosDG/MOVpJyx/oNE0zM88J/rgcEcmU9C0B7b0QfZpAkp3fXwjD8YQr1l5MFNUXca/Ax80pZ4j/BrTqKB4mQT/vfcziOr8FKbOJnuLY6oD74cnI1nmv7Te23OrCxcj/ovKTlWFmSQWXBYBMd/B4J0p+MQho0AfHBjZOAeKYjmLmtBHCyrb0Vl+HlwvtCdIZHwN037u99EgaZWY2t6WmmAkH7lwH8wFZgB7DY5sjwYHvnHmVwaENJDfUKWtzoGlfO1I0VgVgFYQKJdc3UmOjadbvpD0U6e/UL+L3r5/tUPhb86n9Ja6Po4oPpXenvplQAbiJsBtwp0LmoOMj9sz7th6dlxXGRutTXOWq9EfLRtUbAAP49SACL1X80BhDSr2LI8/UlwyhmkGbFoCVxWxHyGKwzLNi/QZaRKsFc5Hwab85mzigNCz9BL18P4TMb0TL3SPdzPqe7qNk04i7pYnRvjOmBieyaQh4YAlWAtjYkiBmgaFDhodSYDRscYZ75lWOmV4PPIhGY4xRbegkrseQi18RMSMu4CLB9C4B0c4hQj7kr96MKcC4RjwfMWYX9ggfTRmW+Hg2k1PQbxh3U8Yr5dmthk/JqzwsGFC9E03CFhK0C161udD+sLmAWOFyCLchlm8UYrZfpDzwrQ+iJ6doD2rN1kloAlTLGvZMKtkog5JYU1E1W8xJ8p5eynVDU7PL10qPnSPGiWEpCXbYA7o6I+L/QdDHOTKbjHD2K9rgMpbCiF8ed2szR0lYLZEjS5nCQ+q1uzy3ASF+YKOGoOMc/ZwiLngJGU8hQtLFVNGCyJz8jCymhpd6h8lc81MXPR1YkGmm1+LA0XD8QFAKKptLtc5xIFjoEpZDnmZ+8svm8qosquDZJrPBZAaJXSByhagqbJ7kuw0QCYqyr+V2kCFHGJpssdskS78epilCeusxCfrKYiZzP15+WLPkfp+HoJdZ7MH83MM4tSNVvyLK2UzLUaPeR5QAu2izLu4kFABKA9ONrdXeduPnDNTkvfT4Eear5EDwVbb/f38Bpvk/tRxe6ckVUNeiRI713ZaFLIjgQF7DxeBV6mIWqt3sCb7q5qF9odKl/1G+wuz/yVYqKGZoGCwQNxAUDBEe1e1nlBiXfAqiqzvxLvYD/GuBbEKH2Moq3RdL371thoDCnKhNDGKOIFTS875IJ2d1a3g463v7N2j6PkZ/+JJj3tD/Ptp5mqLWs/mLXK9auH6T+xjVx76651zy0YAF2NtVCJky9uxg9L/41v3ouCFfDHKAWggLYKaIhfjqoppVI54n1r+/vvqypP43T0u/P9+pbjyEMGo/Cr0fJkXD9hdEmiyuunsPOH+U9D54f7rrTg1Ykxf7MWzk8ad9c9mHPvGkKq8Bt73q4DS1+bYuraDJMXb6FPW1gjaakIliUv18LwpzV4U95Vx05ZpC/UMC9Ni96z+WVE50yjqzxMX8qGfiO09rcFsLLqFLHaNa9abpbB9FyipflnOr8cxhgGoY0+zXvS7u8zTOthttqE6KGqc5caWXeRsvbYzV+OtL2gEVOjLc+edLi4UM66GS3D/Dn3w1A4s+Jsij42/qGq6ntH/e+3vazKlPvikHt90+lh8pb92YyR/3KXBS+DgwO6V7ca/EcuWiQvZVxKbinaYIvDQKIHRtpA1Ad39DrwTjTaZchMRfn67MM7MNai6sgfQb2yl3t131KJyMahsYJJLVkr723SmNJ/q+ftTD8kI2/kjriixm2RTI1ySGtff5S1DD3EzQqBVDn3OgJL3tescYmKvwRqONNPehd6lxkvi41dDMSH2/TdOXxL2XmOP72AZ9pPKsSUhHFaTJ2Be1psSJ2F2qyFWQvy4vrnMCoyD9kmvs7swByZG6OGvZnGASvgDXABT2Bd/atOPfnc3H5bZKn95kBdrfgeuTqkT4OufgG+b2LV1Y+PGA7VYrzhYtyjxfj/Cn0D9CV7QLJ8wxNUBTRk9CuvXUa8HCYOyQZkJzJZqW4e5l222D+1faqlleqX2v6Ppf6onbWvH82w2VECmACESgkqOalPm7B/ireeEt5i7pSStDlXQ4FVk5pZrRf71LasoQCSGr9+amqZ90wUGTkTCWeMHoP6ZlAKRd4wGV3yzXgwH8BrU8EMn8MLJtZwTCS034/IBolYemblK724wjXPhXU5l43AguNmuFsUidP1izhZy60xXiPbWin2aCru9bMx5JsNNuBqs2qzLrcT6W7HjNKT0xr9D5OQxztpO6vizqAu/k32/O0wAoTVxQ3JFRtx4qEDcfiDKx/ZjM9w/Rw6mHMBDax5X7N8VQl+Sd7yI2oGiphatZNv60ctesj8Hd3Tu6Mtlnv59nUtc5ukl2KkTZExDXGA1+qUo8xjtyS90vFbyjp7goVjpPjsg6LWn0DS1F4sKCqjHMuI5ujyHmJGDRIpxYe3w277cV3bcmJKOLWnja1CT2WqpZTnuFPagFKkJe2z2+IM+GUr/+TLC9iQSwZPmOGJ9MrPnvbT134xeMIMvaL2eIjJzU/oHHf2DOmU5srQGsNSl+MX5PzzgC+wpJdMnjDDE/9oP2+2HJFKPj8Smb5FqV2vtTHJRJBnmChT+lNtN+Vk9nZRyzWkzXF1Y32HwhZsqOWkq8xlPG1AaWFP2Lc6FxVbieM+NIuh/3AV+vGWDnResfSbydvjrMLjrkKcRrlh2tOh80knzJi2jB+MQL55P95ut05Uq7zm+ZoZkx/2rl2VjJ2PFxeVqUrIowXdLquAI4W/RE6DC1uZdHAGV3v1nar4tqc3iSMyV5F+NqQefuc3ir8JetQEU5OTbn7poMfpamF2RRKqsL9xpl2AXVxsqCI+PzdZj6Hp02Gpdy5Efd4Yu6zw8riwrttdgl5i6Sx+fhGkpY/xix1PhVy3qLyCibAUpMtJG7LMGyMV3+un9GUYAezmUlGmQ6S0XGT5hTvMIytPk3M9E1hRNLsCxvEvdM2CfjRcanjnDDdIOxKle2eDvRRh8iu9tEKsyvHSOcN9diRKAdrZYC15lzyPMVS1St+2P0xrYA7z063saQW7zLgds7vYJQJ5UnelUv97l5UHvWTyM5xuDd0ukv76T7RLTptZB7zQSI+xt900dc7lNrBscjO7v0l81SrYlacNrINe6Rf7ihlLFKnSi7DJwO6rioaZalG/DdvsDzOc1lWLtcUDfsm4dE6bypNTtZOxIu3UGQjJwQKa4K76QVqpI1U9vEBviVb8SKv7oKwye61oUmd5JMlZaROWe8Md5Z4s9JFWdUCrzHbmycRJM0Fq07Qhd9ftH0O6VSWlfMaPLZJc752wzWxXusOTlPIkqTG9/XSpPWsMPcWNpJhSKX5iiwwoFUchmXBV6iZFjXNdrFKCYDzXbFMSkOAkubgpyUID2u9aRbjHDFUkVd0wEDYZ7r92VJIDUcJU2kjyWGwx3K7H7Qjand6O8pssqpBWdUKr7GVPiL++bdhWxa5fdb106ouSpy+b7Znf/WvrVZ68pQu3zlo/yvx4hWCv6uStW4Tpj1eft+R/md3GQSz8vWnh7x4V/v73KfCG/hNNSKY/4f73uhrQl+wByXILVLtVDphD/HTv9u4Oe3CBtmon0xlTLOjaA61cu20CzBeQdpUnPLbtXvHxLT237agV3teIrL6aovnqSuLLznljXyRfeb6UA9bE68cWAM1/t+HehAY=","WwH7E0WNHKy0g22THnTHOfGRKt4sxO0ASUr3TzM6ElMY01n8EyXcyO1sfrF2edALQZ4D7uzqYsfTL1P1T1cJqZJMEG8XiyIl+b3eUmkR9sCF1ACkS4OWHOnrbQF9xBG1TFsxZ1GXztedKk0w+E+XybGABiygwWuCEc++P/Nn90pplgum25VePALRgMphrkwtFd4vCcqlyYM7C9YXndydTJRxetHz3kevyLjUznT3TNOBkOHd21CpjRUqThSHveCbxb4RDvI8K2cZD4apWQtJy8LAukqpAH4M+NfdTyAdaT9rHDBuOZ/pLWOZ9KHX+bT7NQRMACEg0m1/v/wv9u5a69ecV/aItSoJBBgTW5rZ0Isk7W9b+YjEaTwjQwRLtcFJrtS3a2MFyFZreeMLBN7P0YHue0rjfx4oqI6OYkDdoZKRP30oyItFzrcYpM2i1aXn+raPu72lF2laXFUosb8tbrLvlrnTLWzcWDoXWp32ZvHWgZ5v1dEun7yGc2kb4aLluuoaBAPgVrydvHs0SlWvHoLl5mvg9ZJICAJyT0p/lz3vF30/wzrH8p+SL5DrH8hIYEVEIYwHl2+3P7Wim+wvZWNLKe88CpT4c36rnrX2hZTi0uBW/V0EOP/2/h7cLkwUEM7f0/84MimKs6VN5YH9vcXxj37c0/EKETjwdbOiZf7NZusb83TVsOqNazLvO9coyhZTwRawny6mhFqmqCGjEPae6e1CWdwHRRPrYArutKtw++vzdGsWebjQ9rYuz9JsN/9yH8WMKTpUF6ZaVn7AFiqKDotq/BWTovJ6RZbigd/khDrQxDoyJfYnqpcR7n+Zbrqk2ACg8PhVGHHuAlzza//mMFp0Zo5ClAYh1iReHJa8Web6Z/fnUjUnVsHubKO35RPbv73zRrXuOk2xJeIpA1wy2Ea4ttelwrQbn4O5lXZK43u55nHYmYueFRh47uWEWoyjHo0s4Sjhi4JUehGISr3crION9tgi1lREwE7ZwsTHJ4ja9dRQ0B45pRFKjcqIpBSF3WRM/J2lTzZT4u4iDYau6thdRPmg+vds3s7usnmzgv4U2mzi/aL0ShAP44+8z+ajCJpr1WIzNR2lshxbLMVLVPytwXHCq81RkmvlEahSlmIri68W7gx+ab17Cwm6X9p302uodSsntEybocd5WZkutcGsuH+Us2hAOjnZWjtu620jh67KmxBUeUJMhSc35+LQrjZLJBor4QzAGD8fEQyPqs5WRsSvl8Y+ti7zgqC6F8RU6uLmHTxmDKPiXMm3kePMcKHEydW6cVfvGgXGYcI3B630ZpCVersFhwB5/Kz4rPIBXDo5+Vo/7ut9o4huypkQUHVCPEUnt+gQZylM+XyI+UHcnUJtqEJE+dvD6FyqlyL4Y6rUoUhe9pyjzzE0bcVEWXuGrRjg+cEl1sfbAq5oXdYVIXUHRFRoQNI7whkz9RENeDrWBJsVO9/os0efMvocw6jGjJ2WNwZQ1TFgKjY6chue1Dp5JJkYRvn6sWThezCeCNOT8BEln3xG/TkvEinmY6o7vfGIS3/no6W3Qwb1sRhqiKrSjpd1SnLrLe2M1NZ/h+Xemu+q7pD7bAxlcvE6f16ZU1kMrV15dPQq2BLm1vbE+IoiBQ4UzBT/IiydhnAwOgLdYJNYkhugSobdCMn9tDXZrfeuMIbXXzjU9gqKFr2y6lvTMF/C38NlWkzcnq8klyjeuEWJqQ+dcik2QpF+zQX1aCTeDiFpYb2S//LGzUlF0WdtAlqQ+Isn88V/afJd83Zbr+2jPJ5KW5STYZRO+CdS2HuKgc6Zw26CFPOy92inoi3tndE8ZjWPNEkgp8xbQMHmTB6mAE0AVF34vV/qjlFX2KVnzScOOmsGqAIzAqvPja/hpXmmCaOfUGtMUv/8SmqdsDxKZTGwWhn9CFXQPKegiJnJPmBNu5BJIbWvXebriXGrfNU0X/2NyHwMFJQbHIC0zZsQUnFqRGiPdEKYcp4/QrClK20xT8f4zIykNm/Gfp2RRsw4TMgcDlqFTQwqs3V7qFhCXIWENUCGCheqp0aWsk7OgBRU6ZXiMVtvB6Nf0TTiAEkS24XnwFe0RzohjAp5EYG1jGmga9h35VUrCaDHdimZ06ye1ep529okwTEk+f/W8z6d1DaP+jzIR6Y1u3+q3OrD+emSR2q+8of6Cvo/JKX40zNXiQTvGrR8vOZf0LVnczKp8vJ4sqoIqXE7eqSqi6TJyC08arV/bSLYn3jI5QnKXsKwf6jLEfs7LpeO3pkGDNFwTOTJxMdbXPrUjiNsRJx9wU2wVBMjzeAfrLSaklpljnq1XT87wQZ8SsrkI829cR5qw+iHa6+if6Yreb7UeXDaz7fQ7D/TXv3hkeaIHaJnT8+1Vdp6o/qDfx5uxPo3Gt8F7D+punW7K4Vd3lH6BZGIVzL20CiwtcToZiZmsq/osoulgHLxZ/u7X+S4tKR29rnRZGn5Wbk+i9lsCIZySQiCCY/MmDcOgwErpLQFACUfBuatZZr5QzFqMXF8mWgCpKDoKIyeQu2X2DeRXwzuzC48AKyW5qnt+Vr4Pdei8IF56jqE9FVkZqj012YJShYLLhpctsXp4SsSKpRkBepcFPsPRhGd2Ben4gSZSjuO/H2CV/srESj872MkvxQNEioKJljz2xVUJrUf+2RAfCSy+6/yMDExBq47zyMMycYQ8C33vKSTR/PnViso51XHfDoVwbu+RxucUuI1b4UwSq6SrTRU+SIoDgxX4XbEbMYfE56ihYvqXcC1DaoFco/27J3/krppzufjVIY0pdo0TeFqGq1wNqRKvL9XyzVTbkU+Jk5ICvhpAtNvl8q5D/Z//ufZ9BXky+NzbSilsuPlPbKlpUZR6I+UsCjmVb19FZ1hCQ+mN7VXou7liEsCBEl+tOTiz3uzRNuqecY0rxrkEUN3mV5KmsrtqYpk73DqGi53n3Pvs9zvNa/zDOVegmZa3Vd40E6K2Pb8AIphyNxm8JVZhmzVx9tVGJEs0jnWGOGRE0Q7RYRUEL3Qi+kohYaBSONqIthqSSsXagU4oYyhMprirNYOaYamhSjp6SMEm9qeCIulCStmaGxoAc/DRsAQFzZvh6aYNyq2AAVRihEzSinZUY6b/XvHOyiRlIzEtvA4dFyc2u7+Q9yygbDHP401uJdP450lswzqbAmsm623z+Ajck5NJIRTrIB0ccKLowUt//WZksSJgLfcMPbAvNVKNc/h8+FZ8sIAqSgzvFDHl6m1tmbErDRPMVg9E1XLs/jWMlntnVCQtI2LrbcT9W2uxqY2YaUJErBH45JUssOurZw8J4gpUuY0CpCJdLcMBJQmiG+VYkV+usLZubh6t9NRQY04mKVD8W+e5PQ0KEVq0cXX+HzWE2+JUI3wd6XBa8fBIAcKfbgp55fho4CKdZlmgiUcQiPQBZOahRZWshGdlmXmlEvnnqgGhTTZaZrxvHnd4Z9Wmo5M22Y0OVjtimrheUPW8I81A4CGCbefDetWCdgO0Awqb20pQfNwugyQDVrv0hO2z81vPBRO1Jdi5sRT+PnPgTLBzQyDCUuK8M29iRvcQYHklp3CLbyJeuWEZzwqnlBqAdADeacILQB/V5oDvXazFQvTFWcWWOfkiudMU7ECE0rrT4232XYLG7dU9mzzTsXNzmAH3FJG4zIKJO5mbmKnsmO6u5H1QEHFljnuTtZISrW1k1s6DDMcxobGbVjUUU57sJGTjC5uBxzf/EuzHdcSJJCUvfJmMyin+JwpjG0u0mcroaTPNgFrDbloEOxSxeAWXeLBKiunhN0wsI1rLx0i9AowgZP9peNxvEjdgDmbbhb/yv/Hw3gxnmboYT5K1Bee3o/TpJ67/a8y2OcuUBGCWBTbO/WgDkV7OY9tUt+CqFqID570DcJmWwft+AHe+tH1PmpfWlRFZUbXo/I5vn4hP29c0OI/BYf4t5UKzBGc8LcXoZEh27rBn16Eic9AYw44EnmZ/PNJgeYXWDE1SyUg4zCvdBZqDKWo9o81/5NhjncDoOsB0FvIqN+Q/Iqg1HIP6cUdsNRbB7AzHh/7nS67w1gO3bsb+JbzdPuOo185b3QXmBZZHPNfcjwzQyFCln0JCHiNGeGfYSOsTSCESnPJyudKgsnlX25WbTofzTBil89SepDBRyg5/0bp1eorO7yXVSiHJtXbwpcz98AQ8Buwc0eDjCp06a2qNQhJYS/CUsUuKq3dNZH9DLUE3O0yVCOcAy/HEaxGPrBI6Ynm5Xc6Ng8q1683xiVdTuiNMjyX99y8xo/We8yaUHy8LfYG63F761eR4ioh64wZCvqFWS+f4E3xCNvzBirchzGM7A2uoHU6ZZ7B4vBSp7/oG0yPORQlbP2qA9tkNrT9Wl99vfZTaTRfl+2RvTGi/PTjYI3VNMKQ2RXex2CH9QgHvodE3PuVpPYg6u5VZp1BLBwfgG5nnIyl+oRQHHktQixWbgaO0hhpm/UFSmqUUUqdaeoNvIo5/rmavhC2Cm5OvaVRT8P+jqf29OjUk1H88tkP7dsN5JuRXbz0bcsmbK5tXPSBfUgLPeWXk1HxUSz7xaMz1CLY8YaUMlRv4xPvRv9w8tj3fyrdPl3uYg7DRsXiuDzVhhPXcsWqNPeyAkpXk8JYOouWMEmrBGKYbeYiVVk+iuXmcZhh525mG8xBb/b+sHyXSqWhCrLC8w2VaPbdKOQjnvODlM6cHt2stQ7jqzDGZGQuTk4mjFwlim3zLiYYAg+w880BBz+6RjFb5xDmfeyS4sx/sl4FaV32q5nimOQlXAZSOZVncrNKLIbfUrRQFQjZDlBgNZqoRHJroJTSA5MwzE0GHYGcpdJdoVx8vLhdbBqrqNplo7YoUuW3EiqKh+j2+MVwVFAddYy4RWdFgR05ejiONXRytHa3jIBaIYu4w4QozeQO27FWW2wDLYSuaddo28/qKztYDXUKLz2xG6EF+rYgndgmDU8poA4Tkls5sjtqVp3zLdVbmB3lROn4aHweaVfQlMUyHfrcbwK9w5gtPmeOz/w2QC8N6UtB8Y2Dlsjz3Hx1tIO9FdCpVhk5Rw6wDE2d7OBGQbvEhEUgHeoihnIkdoxDoDO4UT9rZYSuwpiQRrnjcUijJeyTzhSozkzgKTc7btMdyxZtnw1WvI8qBkY9sQbf/puprtypq2defXL1OZaNk3xtDD8nin9O/oWwEK/vGA1DHd92T5PGTxRF3BCAsKNfS1yCq9T8io87KsECxzoUjjgWkm6AT/mtKkI0x3M42NnILmuYRvlbicveaPZAA+1dy4YBhvKNZ5cYHCHt69sWP4f9Qu3ImwwdrIYNffj7ggSAITX9iZhOlJV8c0Vn86nOzsPnMbuLiSy1V7FiAnxJIrPP5pzux6R1QnnYkFKPyb8Dolvy0WeGUktIuG0lCO8oJzHBRJamH5U3RmejNhoOeY7H8Qam7Ywp51hkHmdPuZRkhKpGF6stc07rc5nPUUwn4291JDjNV7dzuJ1J5Axz/Izxq/AxQlGMf45xCaRS8yJGhOKjxJ1Zj9ccB2C2Fg06rsuiBE5OYBhkl515Hq+5C8zWLo7P4UHqN2tAIH7Yma7gnH3vys357li6TL1wf7EuRPpc0mdL3+10+jBhZILjzeHm2yLrS5FJXu+7j+d9mPDlePSd5TlP1GUp+lIUmjpkaTDPyde9MfbGOFhrNS01qO7mEd+K5cXMMPgOMeVPpzp7FOdtu8tHckDMPdJhPljCMzE2ho8lZanG40xdBAybqXBtzsuXg3SODZucWY9SNKecfOKjTCeDdBh0dlJT0MKa3yEtU5AV+70icrdcy13rIVFjN3YxDnwHtkUJbX84cIw+STRD45hoZemFEv9wMW5yweL02sFqomPsD4eFcXPncPPYhiX4G5OXv5SejfywMG5+fp45ey1aYb/WQVkJO2sef3YsLdyFmbe7hIokJ+F8mMopLY1xMubgOfw+y5gb4eIc9cvIV84yfifVNDK85JsFDoX1jVMYQOUWnWKgD850bx9kE0jJdqFpmHuA9ETFkQ5BSsskUSLmQD04KihSxEFwvzCKo2D52iyCuuz8C8nyk7p1lbEmjnBCXMske1RDSRtHCcW5SRewWEzpHqdiENuD7ylPeeaQytMqd4AStifNTzqkgkpqT2/20D1B8TTpu0z5Ffk4tAGc6MBGpvOUGoEWVjIEmZZBRAvN0rZyiG8OfXBI/DxYz+p5Qs3Td2OB3wo+Oto04Sc99pVw8yv5zYAOL9rtcR5NkQ8KMe/owTsBIH5nD7XfgHEOH3Kpn5izzi3MWeoFxo8xO3/pLnCkt+GtE1KW1IoVEe3uYQAwTY6KO9OS7FnE766DDCt8FQsRgAaDWBztk3XCiihsLkVjeZgQFrmp7XcCTrccXNEqW2G2NDEl+TtmS3P5Oll5pkrzBnyeganSwtINfYGMv3JF1pHp0qKoEQzMF708ntOf1L/ZguESITUIT3MsIqvmc1xY979BD0atD6o04bcKr6fnx18tInMzX6KlMiGCXIZToWg/8lPxm+cDLAQwdCcuAGj4tNtQZwipV3dNdX6h1cb3SrRrsqs7GP1kqPzZpaCTsvAPoPmx9Ss9P2s76E42iv83nAOIIduwQEJuveq8jkw1Jz5bYPxHBtv62gx7KCDDLgUqVugG47kbBrlrFDQ78mzwPk6nfB54+D/DQ6libVoDxtME5zDgNBcexzyFKXRQOqOju0WCDj1Eh+OokRCk26CMghh/dcOQBYYw8NEnCkBO8w42Wb0kAVjdtVI0xvqSmG7IMvjgB0HP8nkuUEvaFGr+oVxODKCQjb6Kxo7AQZs40wFH0P5xotqs7xV4IvaQnj9e7Q7ZxNv75XvvmJAk0G5i7BI+/wQ3+h+NfXd8EZSWyh/5ck2TPWekNZR2C6DmovtHPn5iF5Fp79JQYhzLDn0IzurGC985qjELfw2vSpYgQHMkKyI+2BkZxpJyMtqHMylkIvwMKSm559BE6k6jBp4OBgXLgp/slF1zjeXgn+EcrBMNTDWDszrF59JbaojBJVVsZZmP+keAWwNb9HviEkvL/NQ/Btyu2eHuSBYRXOapHlqY2muphJClJMHEvpIWEdYA97pYVmwD9BMQFVPOrgMl4CYOwgR3xp3Xo0hrrJFjbFz8RXAKkVzOZiYoy8vugP3ivaMLui3f5MmRE9XSOA0awf/vaWCmml36oEqB8KxmWeGtU42ldq5ygiOo4oe7BVPWd5xspgXy9uTcUA1/bwSvXXiH563dHSE9KDnh6+lxCxqywpU4g0nrkgfpwB8HJ3f340Pf9EIfUb6a5HGZDqv8iddmmTIwb6l0E81rKBkBIvNqtA3SwSoyVneAoZwt2x9u4ngLMhPL+8/lDz0F7Dd3cDliqykbKqY0yFfeMa7nRja1TL4Gx0oVV2PCJIMEoK3nocc4U6ALE+zxbLp1z+8WfWfcG1JPtsQuKD6BKVuW34W5VoqmcIrWoCBZT/vO+8pCcrg9UN60dPgthCZ9ylw2D3YA7tIAG0fHclldxVKjS+MIVcB31p2noIZeM+g7Xp/Bv0Fa/ojFzjLbcosuMUZY1hKr1TrYx+PgaE2y5phCSZqCJ9jT9QOK/EZKnmcMXs+MuxxR1FBu+vJ42FGaD9YN9DD1XE+5ntB2lubF8gCRNrHSFvPWTOdztycM/GVRwa6TIzJtEkXCfTL5dpJXz28rd0aUFVZRQtrV+bw6/Kb9dgLyCgCLGtj3+2VJr83HWCNcYXZMrdLaZhEG2csHBP/CNRZHvH3cUKX7eEsUmbc3OfP3/IN2/Oi9kK//SI0LD3P0iegs6E04PQ2gQIo5lYZnaBKebyn6GDz/m6gWb3HgJZ0S3p8P4GIib+EveRSM5B+WGjanmingL/z9+GX7tBoKnod2mrz4ZfykkIKADCVlDBycfxkp8LdPP3tVzZObjzGBJz0zfZA7uaO9VjLjYjhdrJ5tr0wfL4t+cCnYpgWSMkF1G6uLIQPB+JIxhI+ubMrK4A2NfubPuvTknnSwL325mKdlYQpZZuzLhI8vP7a9/Ln0dic8Tw673v5ja5ItH9yHvY9LAFy373ajcwOAbPXg4hIWALKJKwzMGK5j5gjXZz9Z+JK9tQnIM4vrE54sSMnS2a7k/zFWFajYp6lmAM2b8uA2bDfWm9YNlIlvzs1UJDsCnjtxAUB3ENzu6dyDeKlZ75p90trRl9eiHURY0MpS2wikudq19yeBtmK7Kr2Vr3eS7kif6P/vzUkg7rHdK5A9bpfqlnR4yuUGUjRU+remwDOmdj/+h3mLqNAIpLe9qawXaAJUVi1qLVCt0S7SyhyCU8H+TssoZHoPDj+18UkoChJ/kGPIXpEWB/HBR58oAKU+ONjHlXuE3RzchGnw4odmYvr4v6aQTO7ReBO53N/Fi8mRmJzho/25ucNvDQlaDOUGf429wD/DL7COHMD1tlMsLNDirgxcgyH4OKIkHIZ4zcz+Oqo0Xp8qjRjdkjzUXlTKRdCeLVlP1bRPqL+tctj8rPPbD1iVOA/+MFhXRzOaDdkgSjgFh5gXBGCNATzRMzpLONsP1UVZF0cYc+UzqtKZHy8hA+aYCGe6vnS7nZn+OI5nhSgqFC2TCfhf5pZgi86inMYjfbc54fQvUPPk5QUqiZJOFBCIen6Cmr1Nc9NrK2CQW6G6ojJufWX4JB1w6ndtHzGMpDq9gb2nghJ+D0w/Q1peM2KaGsn/FaRV7nTDIp6Cf3HvF/24fLbLN1BrGPzXLI3RL/2MCT5T8FKLyJr5Y3H4vzT+TX7goOLHdBi3QD8Ee48P+wr/B/WDSBsaetmcXaWr9BgWOpmc2Viq1iPeBobmxI7loTGZh+VdtvaJLG0M8bE8NGvOQnxk+6jo8eVmAuuF7YuqF+DeY/GeX9bEodVZCZpQxO2Dvgezrf+p/zR1ydX1juYfX+03LYEZ1vV2TU6Qtd8XB6ZZAyt8GKUAFNwW6gpgI/31bySzZWv+GNn5964kABAO7bZWV9uMEsC6SrjrTUzirU9ipQm3XZ1dyDvGB2iFT4h+i9YhTNWn/eTERL8S1LIsaQpiwbZQVIBVs61V1cB12XYLpMttR12H1qy+ESBg2bBnfn/9uqdyMAjCZzz3jwlBzL/8/2GTMOo+asv8Gu3NJOqcY5O82bTAu/+5hPyP5MFnCiKwI4xHd20BgPYtuD0e/9h/y0cyk9FuIzarwO1Z6fkqhGRjCQ854/T9Qj9qVGrzBG/NQfZsG8gbLSqFecKWLAWYvGGjEme+xf+qQYV1ZHtUdQTuzPbs8Oz2RucNYFcfagYAV26vOq+Q9YSv+xQ+nMPYXZv2ybyAs49UvhZsX8zRZ0G7YXtTfDfWnOUfPU9Hp8zRZEG8sr0WyJXbnroe1asG7vHLL6nX+jITYlLv+2lKMmnmbXYf3TOwhGaahG+sYYA1T2i6Sb2lp4842S+O7CNH7tkCAFNpeyqO/GpYLvaLE/vIiZuIEwd7Kk78gulVCMlgCcMbqfUHlLX+yZFlz7aBdc5JUa5tZWt7xZG7l5vgCJdlqFxvnLgJTrAUK7eKA1yN0RsiQ3b+kWYAcItbxTlcmCz3CpxhuyEiX+J8YDjs5J/l1WOW7xsMPt/Qr+uMAzfJwT0fB/7pXCWerJmV65BzboJzuKwrR7lVnMHVmCuH/CZ6y24qNmfjkXkvb98PMO1b8GUR9eIx3b0eJbfdiTQIc5vAzwMJ2D2qzTsJm8//47ZMR9t00paNbqM83mz9zGHnW2OE/xqlABAOljh8QlB5Zcji42+s18grcgGIv6APy/KdueOM+vX6MA48BKOet8iom6384uEi8l/vUWoqPIsgsOVi7grKut4GpMEh0sufQEHBeBLfQPuCb/LRdqsHGwLJTEMAAxP5OKOJSM7MhVfT2AnbpUDrwlazj9bH6pHRlr5GefTCq6sRJFumbcJ3wIxz1a9x1qv07NnlNlO9KQV1q98aaY5F11y/L8CFPl7oloED1XW+NWVDm6u/z+iH3afKbOfRvLZ4r2E7cRcjiWhYh1ERJptcwll/mlMOm/1LW3lTClvZZdXHRSx0m+R7gm/YNd6k73CVyvHSBmTY2/HuIdV8/9PyBanoVrmgzHLH8zh7CExvswnEhI1Ya27BSBPprrTV1ib9tHxrtLxFTwdltvuxBx+S3mpjWAFzdQav23STdmPevMvpVf1emHk6cyhXMToK0LBiNGpSs0KPyAdUlTV0q8d6LAvgnSL9abnPf8xSW84nKrPeZD69NcKAhOd1Jq/bdNf/uMMEE9yeAgYHwtPTp1WlT4x63QMg701kPTXwAZnKZr473wBuuxZbXvz+NfCGm+5d9gZ4epPd56S7Zt7AtUiQ/O9+wR5B+ntri4D9EodK0Mff8aPzfL7oJg9himJuqXdZ60roGVnTrZLGaD+sVXbCp35Tpr2tUeuj6AKuoQY8PeR/J7+inqQITijQB3iWPGBogTIem6Ilawzq4rQzBW/TwGkNMosArl08Zm+fgrdM1qJpu6JnnfNAhfwcXJk33QkMRsC6Low4FHy5iPRvaoOH2wOiqA2P+IQIr8N4yxWAYKWs7QAK6UkHl5RBdo9Zz2K77sUonMd+uYT6cCdAFLa2dQBzOOkgrNVv8YA4zWtkNaEvVWJT8XywwOoB0IPCny4NU95/QSfBnXZjysXEaAR9ilPiaoLFiB2zLUgCMtgiuCdWdpOFyMOTKzbLicbFecxDhuzgH0cpAAcTPnsF3KvvG9OU6oXjoiZCrtjkw+SNiBx7JLL1llAOvTW5TZj11n/TSaKp/DRSJ7/V3r4R8sZO/xcMBcokfZlwN2dTXZVwhhbmzniXLvx/mHP/cX2RhHthkrBOKwjf6VaT5oGDGzVmoTZCtAJuc3JFSdKFYZg/BdXdn4J75FOqrmTMiIwZ01dZvjchrEwl7EKDZZM+eq++3HD0cR2Y4qghHV57zaLePo8cfLnKXFCp4QWtES+oSCv40YwrKc8cDKDMBZXioosT+9xziF0xMdscTn3X+eUQLkoii9Y72nLIG1ZzysEf0eULZ1PWJerJhZYvYG6BctXJLP9S5SjFZjns0Igh6FPr40iX5PcB1vrcdnxskA9BmeGBxpC30wJu1AhjH1itm6Dt/JLbqYfDZ1CmSSHuIoERb6exAcxVGrx2u2T7ZhZmPfOWr4skPlZtzvHDG6s0Hpk23bCr6SNociZAvJ6u9JPmRiIdJ51pxVq74pRZFvt4TnyS7NaSXD0S6hICJCKIodry94D4XDfOmQyZ4WOxYTgD4ZuNQvSJE4gTV5QzHlwY5Jz44DVZFiBEsHKh0f5xIweC9UteN0tBmeUJLJFOoKDY9IDG6zddLM6DpVeUZgk4oIV82rP6zAB3rB9QEpDpkj4IsX2x1Z/WJwRPMqZL9yAlst59cZgOzYP1SJSaozEcoMM3b22RsF9ylcjb9UYabpL0vQdpuKVEj7S5YY30cT0BxjsLc0RHmxsVi1OizwYFXdHlEUbRSK7Uux27kpQD3JxZC6mgTkm89A==","W+j+E1FQDVGUM9b9iqKcrb4KoPPAtsVtvrKslKwBiPR7hNNClBjGSDx3TWfTmrhPbi68JY/aaSK+68tBqOV2WdpbXbNSrdfXxZdVFkfobgAzI+1eiK+cdCadEnkh6Wql8lVVN9l8wKGppZ0lUlyH2NpV5+52d5b8IN1Xdq4KEQAxFyjqQ8ilfZUjMBhgmD/E3Ll2785l4aJ12eF0DqTklO9VfV1d6rr9/w1KaaQm/0yzKRCXvrUyZdnBOwDn3pYly7AdIdmfhFIoUK5bXpYxLPUrvQ31um01BExAEAji9fway/rHjJupStzsPwGxRaNod3OJAHb/7yVZTwUER0xs9eEDXQ5KkEFVH/JmewOiisLq3eFrJAPLTcNL9yyvWeRxJnIxrydTnZJTFyVOpw5vj8zjyiBtL92WW71wspMLN+6Xrc870O4UdK9Yqhz1+GXDG1VIUOiRvQ99ENO69tXXKq5XL5ed2nRSoWAQmeq3Bp3vN90/U5tP2z9Nvsuo/29t6rINHisMhsvtCxJct0Hea0UGtb8+8YfbcKn+99Y9bHwrrxjU4XT3TfM0Ye7SPU/DvRzPtfAyXvq/0AlJbm0dYyacerP52p9SiersNhM61NfmRr996Zmz+zJ/jbh7q2ZXv5z7+zJ6MH/phu8GVPnFU/Yz7sBdcERalbGJDa2awDlsODXjXNqFQZCWtL7s770rEhAUhjKscrr9cGrxF45/M+FFLcprkPBjB884zdSipiZMzTZVyYn9G48/A99F0wYmOBz0INP5YQfNsSWV14axhhKUJF8FxoyDHVxqPwCd/ol5rl2nwYAh9FLPYUw9uqXbdmA5DnOinF/j4P9vLTgEA75/+buvNsJ4TgZDmDx7Q7iT8RymssYk/NnEBBaZcEJhQdoUyVII69nIaTvJ0PZLj/R8seyoLnlbyk9znTD4vpe/S3N7+eYvWEo5r8cyoeBJxatlBf1hXnZ8flXPd/OpD9NGpt3DQT1SDhsK8Yzb46JliTGptEn8fHwXyGy87tgK3zzDpv7jn483TGwOjfVqFDw3co+UXIMioYuJNRVvYQGM+FA14SzljxCv94WTRQfdCEtA6tOal3f9z/wSiopAcBtqArHbRASG+mhU0Sq250dAGc/uPFKRGFZLVU0hAiEpvlJ4MP0HxftVokCR/YfJXuNgkb0CVP9zvzOHH5188fihIFkAyfpcTuOF0Y+cjCPq/EecLwpXMu7A2lwtKrd5EyrzgBUAiuoZIIkPqfW1UfesYwYDH1Rk9R6pVlgvdZLc6hjKWkrNgIfiZlCrbeVW3x4RTDmOYjMEAWUWxJJqeXgw9TBgD50jxDvgtzqCeqeMVb1pL/X6/ogAZVzDpb8BEqG9wZCM7kCUYCcB6lGniQWP7XumWr2Gc5maw/jRnPjdY1qs2ZwgmrmupGM1kHMxWhmUkRmhLY7S3p42wkxYfRpw+QdAI3kWcoOUDyvDB++RjvJALahk1gMA1cGDA6qNFjbRgs5YtPnGex3nu/VD4U+KuCa9dD9ss7uHe2Qzthngu+OV4Xadss38fsL/iOQhSXfTyZXlWPObFjhKICdLh7+e9LieQj3ZJjU4LWk8bzxvlSLSHg0h6UMOSAA18gWqVNB9VaV+lPlkfhPoZfeJqUtXeBQtHMFpsoIc4I3CWselLcLJENgiSUdlYABClwo6BW48WhdBGOIedcsBiEZJWMldKWiZlUCVbgVm0yxFwepos8VNtoi82k+zz/+h6Kf054Mh1SNFqgciOQnIblZzkL+PmAM0eY8zEbsfNRpPgbWqSpJ5n7GofR1UVpu8CI8uzde5DbZ426U7vo20H9QmcErzxmD3ljFwAdgATXU6kEm9Q7gPaseS0A3YAV3HN7zx7zBtUI8U4/Zo26E9zZGm6RDG8KyMNE1AlOGfhRe6Anm+oP+htirr/MOErorlbtY1bfS+nnqvLEGDkYpuGmHqy3YTjugtxqfQ46UjgXtcXWMO+dWt6ILmZZH+dK50VEbOfTgbTYbBMbHucqAH6r9cT5UFP9yEp2tFbEIEdy8F7YECKRBSeMn6TgubpM+kttoH/T4+3s3HB1VuyLfeOOWiHPkXsipdYtLBVlOSVZiZ09VczmrnYMdjcdE9EzRrYR3QexOOS7JjqWuFCCsdLMlYCAxQqPgo6tiIgOGjYm9Soc6OCXrN7UgITFCqmD2KxggYHntTFersRr3mNgIroJoEcIRGuLDuTVOps9y0wp2bBjayWN39stX4g4ko96VTRkFDdOW4uaTm0HG+Ufcs5Rfs+tBSpbveI2UUC+z1XXUMWMn4sIhfuIWmqQ7yet+RzNrGJDeCidDZ4khF4O3JLlwWPHwgbTuhZpqsoAAEHOHDCXVQECFm33gyOgJRgUmRyCBLo6yE0Zix82kEqQhxKPqcAmdftwzJVf89OY694YZiXBENu2H4v6SI3fkbexc+e+p5Y8IgDKPfGBKGIdPwyuSNjZcqIMldw4eorVoMCKdfScEy5r//Nr88zOu8jMX1so7QvzH4GR7vr88HUfAzrlfzw3p9flznySabrHVnTZ0I11w39jPUWx5188UQw4wXS9XR6NoJpVlg1Z+BMdkdm/GLc/g0Hekakgn6OyYb/gGWDf83e9eXyZLrGIZl1G2jgt5UBNGOpTeZEHZuIlNkKRa3ILRdcpQUsjZxF4RL6avdPxZNhkuQPsGKwN2zDgrLVjbI0iiuHjBCo5Zki33kK87jHw7iRHl8EwwxHht9C8++hfyQ4MKKkd5Fla0cj36bL7KDkCSZifNBWbEbbQ+TugZGiKoaRbaSMypWYgvLIKBbnWKaT4v6tO+TkAyNcopH7pRJ1FSc+C9rTKEZO0mQkCPyOelply3oNgCcdMsWzG18jeM2LPGjvxXBBwWELp9WuQ75pXm6AFitr5d5IXWE3BOCumGoKppGKeqjcTu9c5AUl9wDnMGXMmi5fzSKzGR07F8SpObUm58ZUlSow+nYUtbnkjrfZGrNizM6HDZFuR/Em5sUUTgdXcoOFs963nbs1I0sQgmZrr9amF/YRWFrlefrKWzSPT+vobFnKNnkpueH/pNujJEyQ1he8C+1+vbIAWUsy+GgbRAKzQZHjsJOQVIGqwUvr02jbhIXN6RCOqAviVyzxXa58E42iBlMrZK1JNPcXtbxGRhCykqdLS7OqISuPEMUNiE+9BFkJ87kEt8m3qPEx1xwmg0gANDcrZUZ8AJRCjHEYslQkMcvszq+sotcFi5f+WtmDtf728313/VN/Ht33H173paRHVcupYOvP/hy/ft9ocp1P74LS1xLsJv++/TYoBzR8dzTu7b3TEtzU0Yvsjmqjsq9ptbWT9t5W98cBIs2sAj/aTzN59WzI8t2RGpPK3tXaCjl4ZfUWMWsOT3baj5vmaoTozDSW83O0FtMs4XnKqU3SMTIGcHJmGPSJuESHLSMPSNgsvn8reIjw9lk/ATKDpWlKtb7AKp3Ewb6rJSGbzXV7/fmLTsOGlk1vX2LJZTCkE+BCj6DdUPpYis9Co5wZ9QTTVzbk0VOhSG3AhL0bVvQV6s2t5zrEaDXIe2pFKpWybFwwx7mSS+lSUW3PItGYmT1MfIgBfSDTyeqkRPTR9eyXwgY+/ISC+yCNHy4+ddVaqqS6tUolVMIjzn+1cSzTgTGn0y4IWPwQxRJVzq3eiwXEiPtiFHoW1PjpfzWsZJYJEmp9yjFDKvAWmAkpTbwKv60YJ3mpwTXsVH3rC0sg7X6tqBqB3V8UamS1/vCnTNOlZPceCRczwjE/MtIZvrYPe9ErUNigRjjmYq1jfJjrXyNJQDzLenw44sI0VQE9Bnl8qQ5NJ6MA5ixR0J8Rb7wwl1MVkFMqvMBMgMxiwFMsFh46WWnsp3KBnR0y1FkKxdj2iirIgwvLzCxhMHq5VAbeD7Orc8/VCdmSrBgT1/bw+uHM+Y+6Kr/6owsHuHwcaf7AKO3UZtewCpUeNKDUgShQJ9QaE1z+8yPzHocRGXQpUM/uxBAad7OqIOMstAEqcxXY5UjPmEnSgJEF+DtjVdZGY48u+6NYdPuymf0aOAxl4O7zwH6PuQrmDCI0MatWzginMJ5+/uTq4pj+2n2uFeY4c8QGznMNByGGv7wiQJwGZnjK/2VScP3QjMbW3tmj1eT8aSSkgkhTbnBeR8OV54ZdDNtIEDEv6qM7pAa9g5fdl/2b1Em1reWx6exV3DKhCqF4u9w3wAph6V7Ujc+/iDwFa7dyUxhSHtDL2rShsYHcqjtz931w0oG7Eb/R3TWp7rfAAmsowccCqHx8rIMQ8k3cT9ne0Qn7SqD7KD0PEJXVqIONXW4fz4HYTsZj3C/3+fbPwjB9ZVtzkO5TiELGF2FD+fX+bzGhf1p0N889gEKAV1X842Y3vex4SjK3MeGHGFhx8MshyNtDhj9H6DXx6L/9tMpdAuMflKBblqRTh6EgdxIMzRj7BfY7MZl9IqRyrlKw44+hyKFNGlDWV+gCy2MEcSkwVMGMgdbVTm4r9qFLf5R9VKiJ38KT0sVD81YMrFzlGTjX43hIl84ipEYv19eyee/C7rX+a4TWmLU6b2MGrBEklGJSB75DuEY6ERyRi1gMkS6Z6Cdu/5CtnBHO8+PHNc5aZ5/m3fSEo0Y8PltbCFYeLkvKr37WxVvsyC7Gw0r3GLtbAmKMvKOEHw6h42Ead6jRtmSHf3JVYgXwoKL7pefvGfNhfsmyBniPXDfPu7swwqlK31U2XaCjzpjYl97LmRGrtONkSKKlIVM0pPQQiuBLKumE5NIUdeAJ+ATHieQoq/KplnKOZKHXXs4lp5ETn1C/d/YtVeYkiIxpuhjeov0twtSOhMtLZGIVHNyQZm0O3w1uPm7WV3RiXEZyvFMy7fouwOT9JPs3ZFH6/X0kGcyfiXZ/zr0vfy0ZhA63GjufRDy9ze6bM6BGf4FHYXSlrnJ00VXPYuYHguU2DjKk1lay4vL0Ul3Mled32DxywDeGY1pupgykqIR44BJKdFk3IvIFwLyX/i0xQ5x1zh0wb1M26lQC0NtIPJyiI3GOsqfJeoLpErZ/TU6fc+TpOo83EOzDqJEazzRGJ8Za7ND7h0kk5YxxBGEYAMVvgnZa1Uu51jjXkFLmkuily17xt2Z5CUbfW7xL8o1Rj6FX3NRzaZ6lAgOrUAeeoQu7PUMuzNJS0y60bdbph3XwVLXALebmmXVa0d8aB0/68dCymX7uI9kFAe+RV/nNOvVRRWuVKUbu+w5zL8uMSTlLlLfLx2Pl2ZmAllFSfruM5boXIy/LYrYZ0/uBZBQFj4FPdWY019txwp8c+BGt0iEBrMV9Yg+LK6fmZRf6mw1XTByOc73eKSwApBPePFMD2RDzhkeooKMV/jz0bwovVUfnE5ogQro8suXgQty+raoU0YaDpJOaZU8+9T34P6OPDyuFRMySPMPNIDp2azm+0GLtkSUpy66ZNwFDmhMhBHXT0yEpvkIWsB2f40DcmKewSzFMYOjVfLtFCBW2I3r8CWCc898yge4Rmct4y4IJ7VYNOkW4DW90hWqvrZa2lRJXyQ2rqQLInZKnI+4cOLREThnll7JIEuWa7By7V2gnYRIu89YIoq4/7b0KCxfrC0uP+qOj5hQf39EgsmfEW5P3KZYxBcJtYW5zBWF2X9bEoHzO5vrQmxPunDp+BA7JR5Vmeh5LAZ13oslN9AQx5Zbu4BhEnc7Cmk+xNVzbmQFpiJkv1m63NWrkH5dF/8Ta49vtEZYpN2YjBmVDfbG0JzbuVcONz/J8Z+TAD2s6Z9DBvcZSPZX0/5QACQEsce/RJOJiPP8Iyc8+LEZyQqRT30fq5R0eyb7X7f6rtue+nM7CenBXcRFynYjJjSXjzTz3zG/4R9ivyHQZM4AwsDkUWIlEQomdtd9pY0JXnErnVfcQMB13+D4VvYVJyjvike84dZU7WCiWBY5YfkUZ8ldMDsoUmC4SZS40S/VMTT710UhYWAfJikMbsMkhLtO7IhKCRsae4mxGlgOeWGa+rACo4Vwwo6kwYrOSw83XteH5DYorefWGvwCtVk7LCFs5+AcLv0W70e3mpWyGzbiGxLaAc42TaYh1VYWmTN3NYRr572tKA1XAaE8z08BXPB56Q3/Cbbfgj+Z9n0FPJE7/0RlxX6n/iehN0OR1MSOqHjYte1Ox+Zm4FLXFeDCrUTgde4ENmnM4SrTSrwg9/MW8MydcJujn6cMMPl9Ap+4PnubZ+tQ6tNbo3v4GfPx4S3wAIKPLVP8heTfqKxfab/WLkrYHbqR6pA2ZmGTP6s7/PnazLWIqGUEM1EGNUuDYajAYi9qUIZfrqza+6idzw/mYi9qHC4xJGFRFzUpyzXvV6KyxskRxbhyh6nm8/MsSigrLVDCSXRZrfuQp7YWgDTaNjtZCrdYg+bvLnWHwjfr61kM/Ge+7LFacXziZYVJPNNUXWb883hnz5PO6h1ywZsOxGA/cmMHJI9LpuyaKmwInje7jDl4Y5QC4KBaZ3QOPu75ijIDbpJy8aYFdjM8tRf1U7Ps1KVEoKV/WzqmdIX8B6ynBDM4ijd/em/lrbKDRQVCkFDxlC024UVOnmG4ga0I7XgqQ2BJW+1VSZCQCjN7+OrpNpf9I6jtgyAJE4Gqf6G9rcel9sE2G/+2FxT6/8lZbHOhJUpQk4LaNAyW1Qhw6D2Cg1AjuIvSaOKXD+HukjrxIZmxGoBYxgU/mcqmlaWworlK9cUt078LufHG+YIj2yLb8TYzLxS9KfdkgcJdXfsgNPKCKi68tJcWnwILZ06hQOfMsxYicFdBuRbuQvzgnp4o4ipDDhfJcXOTRDdpII4/WZoDBkFy1NuHizPefq5owvzbsAU+CJdQuDB7jVLqbpmDWJHW65LCdV9ae32GX67icAWg1zqgjN2GnB0yflKculzwbiBPbEwWHZR1FujgJErWilcs633YXhmCg0qopUpWa4/OxvhfACeHzL9IF9DnqldXkFjDupLbBYo2rH3XI3IyTFOy21IGgQJxkjRYn1T0OQDF14pNoFI1hQjRlC8z0/UMbuyEZ9KJOSmLzMoTORIYADiPXG0yzgQ5iw4/NmIhRYV7FbEMG1BDcnDCOlGEGtNADFVY7Kua+iEM3rHYVzUfrmNIgUW9qkVPAoNMLOpVLeeWKcTjBvHoER7ZSlA2KZ3Ybm6yjhf6KWSswPQtkAHlEVzxtqmbcvwB9VheL6xlPZ0Te9RYQe0IS4Z1m/q/df2W15XCtKJcPmrI6zWCZcmjmZTjCNbCxX/LjzPlRJF4oENETo/9TNoZlWsHJVwQ+zEHEGFzNJQDliVF+CbtqCms1BCXQa42LfnvUgrvMRjDeAMaeKvbTv67KoX/Oln4+PJTZAW2u17/dhAeLjFF33zhT6hFFJu6uDNefP8tzSPtWfVC8inLkkBrZkV+nQuddmuAILTi5HAaolmhQnbUc+d+btulnzen0/mbnXfsBLe32eA3G980px6q9jF+tcU4CyQ/WV3BL+0Vzlea+RDG6w69lhOOzMsE7ibiOTyp6QNrFNbSifyCLXvBcg11f4HN5nAmfOYjC/lyKo7k1XaYIt/SC3ncpSRNyEvlCgM/V3NSN4AMegERnfLm1TcAQul9vqaw/M8gK0tFCRAGE6irzU4Wg7PIiQmyyP7cP/sDFkPz9w6qQq2q1GrD0YWYHgQkM/auYhy9EWLlDc3Dm0U+CGfeFVyZWZLqLqv7HMDsrL8pKxJZHFW9AJSsudpmpI0c85Qt0rh46XrZDKvtjrS7Q5cyYRMWssqnlmYt3yAQdXxfkQXM7gb48i2UDT5EIMNCI+TDGkIHZLqKwt1X/lIgZq6Lst3SXdtNYPWYPS0yNsIbNQOAEaodjXOEDaHogF7MvxUXE5nAroBA7gmkrSjcza/IBoFIKMTMDYEsjlB2NEFGmHH7VyRKqgH//Bu/V4+Pt51aQnxR+b+apy1UfSfMXnxrSlm+Kk46AnT91cSPK86DFrzY/hmb4o1RCsAU1U5HN8XHqcACo1uRtTkK4y/7Pt1gNbpX3mjuII6sVxoOI9u3Vb7pdbzpdl1VvQlAk8V9/YVsK5acfy77UpfxqP6jL7mR5fWj7t5eOnVv8aq7fZfVqbs4W3Lnj75p7t+CNKnPDf32+Pvab2Gwygn+pCKWPVe9OLHVEQnEdahtg6QqKcjYHKbwHHKkYmhVZRT0tKqGgtZa26nSQ7a3GPK6e87lZSukijeHKyi4k0/xhKlejI0qc2ZXz8HbtmfExpSob/ngRoT/+5AKwAIQoaUQxdvKdnvYHbpCQqMMzV90tQRwvlMLbzqfyvG6XfIqeElQEIoE0ZY5kEusqImSjEPhD7aIoow+xXOcxYye9QSj50p8/Dqf83U/J1luKJsLonqtd8NFrsJa7xrAM26z6/yfx0vNv/GtQeCPaKzJuO8h/J0HjGSWNqVIjF9N4vB+yI4Va/EwRyECSCALHBtAwHDEEFYSPXVgOWEax1HHEObhWTRMgzgSBcA0ScRee9Gs/dAIaVUtXf40o57WpuDoepRd77nBr9joHDHAhxFpc497wOGonV7TxXP8c+yHEzEZ86LNJDjXpo1Kn3AvGM+lxdMkUpNREI3Ff1sDyb6tuYPpW5ex8j8cFwTl9haxzHruCKstYgZXAyN0WNMoWiWzX1ycMGHCn7hKF1mokpVqrLLq9Uhx3AqKwEmWzKfi75cBqzkzCS45CvM+auAHgfp58Cma30lRnNytmFk8FV/7NdlojTckGtL61/KU6P3gOoLf+a3dIBAAXKWPXXG/xkKuAe5xs+x675TP/5hD0U/lwi73OIyWJA2vDpqinDWffk3JhZbnT4Pji0hhv6Rtrqg5wt+e0LxWWVy2hXOyvGYWx0mLxzlfx4oZTsu1D+ZaLqBdFdqe6YrWyK2IKNkKVFOVWnh1225508suZqM1DhrAdNlE2fhqm9fCYRbRpV6BBtqmZbi6WDTB1+UFbDdjLc9TW1vktMWTUAPTNKUtonrbaWUzyiluY2sCdIC7D8pi1KsbRotrg01AAwusPbPg6S8SjoGgju2zI47dHGt3lhotkdIWTToNnIZzPqKTF0y02+pmlvoFvk8T1bkdvm3w3SfLX6NXuVyW1RZZag1c4OoTfF4I7dAC0zwEEcBunra5WIlhU1vAxK8lCnmfTU79D7LatHupBw5N97uxECxEzhmrNiRHUYggYUZEfMb9o3elzJC9Xbs+q2tbXcXqVvhjZW07zpkLbWCuPG4E1/EiWFxyxie0mNq0z/MEtLoz4crUcz1B9yrOollWa8Has/+/S+gB6LUOMIacnTS00s8uV6E9ECc2JotTlJ1WNTWfej6sK2CZTvRplJExD2ZCjtEPrDGtkuZbmvZ1SbURh0fWk3djyg4AUNPpT0+FsnNl5+Jb9VbVTkY3Qf51oD/QJI30dFad0X3+Y6QlPHSRffNv6OaXqIp/tdK8L78IwD7Lmb0cwBnbwfmdI5MVAJk91e6Mcwc527AobcJBDgx0XzzQerC23iaygd2AUaDC7TTg/zXIwG7IKFVhdwQDDTGxSEMtB5PI3Q7K7lSwY7u6yTnq6WeQsRP+XTMAuNIczvh6epgQay0kHSjS4avEa0xkHXYFOuReh6xtUHYz+TbYWh3oE/qRKNdhbnRI46HwbSKHatejW2PBbtO/xVk0RugbY8W6UQ5i1MTBzZzW/qGhJqt4lN9v7ae45hE2U8ZUO6ALpKuaUpaBOXv8egy1R3kJU3b49ygF4DDj69/h4/I0/8t9zC9F4Xu+TXPbAms5GzYvUkjWI+0FaiBMMBErKCJ6mN7HhfpO0dAhvbEvWujh57+9zJl1m/jYri99X6X5fzYlaV41MZ2pPGMCpq0AiKvxNPDA1ydUdwS9iqwoeiFQkniUCuycQDv14bRGnQTguEZdspcQrKxQmUBGGq9GiKEdMnIXFSI1WdfrD2gnIbcSlo8XLNJkytg7OIckAJwJlR+essNKXADLHOXB7KJ2KlN3ZtoSC2Kpd7c7VQRLPWWJha80Bw6deptpS3oH6Xk4EFvwEQKHCZiDZdEeE+VQcwU3ZHHXUNm2Sr9vKAbjieMbrPG/GTkRYSVxpwxYdTKF0njiaMAat2HlEtTrg/te+jFeAQc+++baYoA9cmOfdz/8GJUB356mnZ414+vfQU3LoIVMmtLuvhXlTatz3ZvB2NApWJd9JD2I3t65pveQA/zfR6fNhlOSWj+m5LMLebn463v9KWApjv27baMuKHKLHkH5j3s0JLClLNiIg3Qa9i9Y5dDdPFin8OdkGUpjA6L4lTkXbFP6bpTsgrbfLmyFaILkvH8E9kJGcMubM0VsW+v5dW+0ZjAPsVJ+3PowGmfFqatGYD35XmcpnSdoLEqukKh6MhGvg6h2uuWM08vgfSZ4p2IjNhImM8QJw5wag9Q+JkRfEEB8f4k80MPt2YdqK0oTkdok9EoTuXpc+SSM2LYDpI60HPEnkRRO0eCrmn9K48kJEhjs1yxUcCo8QTgk7sgQ65THbg3trNWn2NDBezAD144QETCvhdB2EPLjxPLvAkWe0gY2ArtUiNoentYZytVSQJBNzl2Kg0+B3rbLWerkRMQpdbR+Hqr2EVCJVqWWIw3tg4sZu5dGLnnFPfKXyM6vTG3hlxdZe/38f5Nw0Wy4oqVUbUfg5kZlaAXKTxGD/Kckpsgjr2hKhU/heOr1Olt3KHs3pju83wTjIgQbi6tHy+xXexndBX2KcjP+QiG5s94JKPgR6nN8i3rkr6QM5jESispqreP44TEeO9M4aveEaNmToFRPmg49/Oqz7ivTo09KZ+wReXzEy+cZaQ5Jj+BM5jWIGXvBm3EBgBdU9AJG6MFFyoCNGFCaNUjvNuh0e6f0h1ifdHuDLcvA/1LIwTt2A5mObrBtGbibQSY+LrOW6tgG7ys94iL0aCxKuggycy8o+3JT31HUjNFPIGVEComj4QKAhk15yOIxfk+JjOIMzY4mTlLLpy7ci6K9+mBzjUyWXUGayeXMp3if6QEXoQdjcdUzW5aCFGMQhZPkiSnSqJ8b1s8EEfvtwSEJB87EmVGWMjb0HXTpoDScS2CLdY/qLu/1S/F5YLbuYUs5qrIwaRs20USLhGlTsdMvCNGJc+JFX1WQMiGBwtEnCkBLnxySKHAmU2JGlkm0mXXEvXJPwmLl6lSrv1pTj89tzWcH8Zai5H9gy1sTVsPJZC3Fa2xZCbPSemZT2bYu+S7nsybmSG/bIlMktL4pI7+/oClThcMntqbEadIczt0XF5GdEmkUCquggEzWPoQX949tXbiI00LVCpBjVLUtMq23jT8yClsp/abCJBuTo7bEeR/n3aS2XMRk0Mz2mbxgmX/pkp6La60RQkzLoDrUukqvlhwfiTROBl3an778uXShvV9NsuqCz2g85LP4Z9pla7pChcwgU5ZQhEUH4Q6lxlX2/LpkjIMpzEF+uvBPmU0BoIYkAmtC7auTtYtt6gKMb673YXT73e9IcZWamZnuJqoOKjGvVct55jAr5rVqdSOsvW4h8smpg22Y76q1RDckvmPWK1QV0Iynn4OUSdXvv2sGAMKM1QcB","W+LxEVFJ6jsKgY0DEtvgqVEIbBygcIBvAKBFAoenj54rJU2z6NnO7BvSDFOQF5+0YI/R0MijeZnTXl9HxYBgV+xcDvDV8o/VRL1RwPZYdlqGlhzpa1tAPXFE7VKkZ8tpC1R+aupTChxU6WXB5n+/XxsanqmkSFuN25FSiLvnvndX3GG6vv8RkQTNu4XIdFomNyJ+aeZn9I1bmTS6XWC4ctwLZaNABwx7viXlTZCpLpRBNxr9vhnuWd6XdZlKQZApDjFDqmp25ejkfXPqA0BSM4cG8epOlGezlkCqbPspU/l/L2PpP6649dvad9UQIOG4gm4fREuV9wrArp+nvEbkxuLQmiuVL80JS4q+4Z0A7P8Oyn2/AoKBN2Ljfz5QjEwEGTB8SPPgb0AUFMa7vhkSabmYeKmdZ/vg1tP4aEcmgS4sWXMVqLWVyzQMRjLjxJLQpn7DUuW65RyYtJ/g2797qSd1Tobg48RVmE1kBuX8lPhuahRz6C2/EZ+uY1dsh7R4Zh1e9HYg6oT46dq52+zhQhQzEgW/o/em6fEQ1M/8DJrczMMdREQEemfoOn/6YZoGf02dI3VxAxIjBsqMnN6SF/4vLj0Nh72DkWxZlvLfyVR+qJln1Dv7sgPA60QLeFobAHwT3uCfjZLs8Fnl/E7W7QeUTxH/4+VbJOYAki0LYnGGAOWcTPD1dWI4tniunJG5+Y+8l4+J6IqvoSG93RiPpx/XzCrcPrGKL9lUFb6FDg8Of8MRsqhOQpMuvo0SV+dhdtyeOoR0Yx1N0kywx3FUJZs1oKRiykA9lYQbAGFyajb+BUdtwc0yMIYAAUSh1hnFIJQgrgAMgUQPHK6R5Q9xI/M+cuV19A2yOo+RWzUkNIm7yjdujgnnoB51lYRPBfRw16g0precNMUWKwtUj1C8fHcDNsy2gMyWoTEiZNJDPuW1Yf5i5TJLNd8CIcy/kmp6rPoNveVcZBYv5prbLIWAYQsWy6Sx3E0KtaHwNw4ESUHvnMFhgncDhnqaB6sU2bJR8hLMNgU3QrFVIc0yZUqtTxP2/eQ6VoIOOOVRkZSCyO0kZjP9m+cLIH7Fx+P0VM0EfUH61qskbkzEMifFeN8xKTR4Sxz7TEoR1TKJyRdeOvrWh0QTXXqdKr5l04MRIIES+EtsXlfz0B0C3jX8iJkpc+KDcIkMIVRtMxkAxcTQR7plIx2sUd4iCGgLGKw2P91DJ323ZTsZZjI4P1Zywkh3ngS+0oYc6GQvoLJK8PyMh6EyhfBLjnmvwzFSEvu6kor4yuqkXAOPgWRbOTZziJhKqDiELWhtOuxzMXkLGGqZNbbaGoKun7jCvSPaFxDGdCsV8KRXjSFKMgm2pl7hJ9fXqT74gP+j5sIBORHg4yJlPG8EwL/e3W3jIwm5q55TLSm9w3ffrmae6oJJPjSpmvmD9oU1q/+s7asubSI7D0/yOVmC6Q3c4u+BqyQvYkLaRVJwNQEggj3spkBx8JvfmTzTVf8Q2yp2MdPqq59WbL006ldz9UYOOQzmyIS8vEQohhoLBqSZeUjIFgiOh0UdW5a9/joONLk8QxpErFIOcBQUX2w9QWPVe/lVTWrAsUGGx5N3EJDytFdCoSM22XC5ObyF9LEA7/etYD/VLs0ph0VEARWNLk+W5JIEDJ94PHkHPagnHIlpaBkOkPF5vP8AWWjQCdYeTZtejaIzGA2FJSiy/DOZLwagEWjIX/0QGWzpWq8R9w4HzCFtazXgTghgry7jsUcROiL2muhDmaptpwd4CIkP70AZ6aRQzcvYv9F2cOBiOnXWMJehUIb+k9gRhNuSvjkbVEgk+ZAQuvxsNpBxIoOMBOb+NngUGgeYzFn6B2ofwpyVGvDIiJh4lHmfUheuDR4cCvJVL4kI7xdIukaTxyFiKgIJ0QSJSt6p48Fmg2Egv+TxoF9dX7gRPjyqzllvXPffda01n9hNmMDd3HsXxRHccp822HWd2m/E9+Kfj1yl9yK+z/6856pgeFBbsLemjbzU+l23Tw8UURzbc241CIE+yQHy8INIaD6aYEuh8kMnEq9LRhIQ6F53bjwqRZjDivUJ0enrFo3kni38gW8mN+qW+yLoxPgKu9cjev1GgGJX5jxgu9cDduVHBDFb3i0Ir9r61uU+qY3Syk/76NVyTx9XOcjGZSn7jx645zYeFMvAB7yo/KlSbCvHFSZCC2Muo0nq/0T1jMVmhdg7+yW2hZ/W1DeOYhc6x36LuYlz9I8zr5If95mz71+glHrUoj3AjjR9/YLsz1dShlIM3nPKY9S5+3RTF4inLAUto26yVMx6Eb/Yi2mT8qlV3viE0vgyKbB4ri/8hbB4X/zI5jovJGdoCcaOJ2NIk2HsvfMqwldeBmyEqYuUBRQGaReGEzQvZPUNNQVRUgzdM3iGKCx+QlwBvYI3+7okY+JwwmBvIkHxJ3zy/5OCfAqi9z91zdfrUM7JbAzDszeLu7oSfvJFsjHdDMCqWDhD2ZTIUh90YyMl2ynENrviVsBjVr2qrmJAW3uBUN+W6upfG+bxNN5706Kqh47qjVO6KIwpDbqV5blCAyy/uHfw5ssGKR+H4wM/26E07lTnRm1KqTSIiV1KrLWNW+W8LY9VTzShWKpffJRbHdqwaFwW9OjYKKX366XX2Maime7AlUIBc9qtG9nOKnXg7wAxgT25WZHYzx7SSgg4dXNN/Lhjfrn+S6JY4GPcZj2OFyRgUM6RWP/B8sVYdsPP9XJZOYnaRvFgTQSYWWZAJL6PddtGnlmnjAYcFLKzm9Xu5+e8TG6txNvMJeC5vNnLOd28c7u3AoYleiGwFBDJDkO5uDcBs8bDilsUcNYl+DMfQVmVcZFv6ue82x8JsLau0dK/BYLQvsVgRndPzIE0gHpSNXGGL/SPZr3pHdhr1h7Dj+bbvZaMhLWaCmL7cDE7Vntur81W9qZ8ac9BoFljsJeNaCUthVWxHgm4Mgu1UYrDYvjAbnaU9+RhKYTJ1xlk1lu4iRuwGA/9/aVbE5CIFstLT4cwpmJdMhzO39fn732rEtE+PCKknOR40YONdIiqFPRKVaWfYN4sbHpqXpyYcbIQHUXnFMFlsnrJQ41M1qlpS3AYAhMSOyp72sNxkptk/hgdrWcWDGlT3Xl7uNETrNTuEjRmF1DZ7Z6v6ZvzDBf71t7cG3hzO14dPLM//5fwv/z5evDWI8FbIyDnpMfbybSJ/Cu0LUBPnOC0G4RhxlPPLAqSzAfDwiY20Q092+DSHDK2LfGeyfi2nl17lAtRFF5JvS18KnjMhG6e53MfWRU28RzGUWGxWN43nPcF58fs00JvYaifSp8W2hPasacz+Vl401+1X57ytowTx0W/3v/dlxDBxFU+09fT2+MxHslHYkiRl0gMYcDrBi9X6xtbsQOyL3bpP3t3npXl5gyhbDIPToV1xoElUJ5+Cs8P0Gxe5D0L2nvSi5mYoivW32nepFyTut0/9lDX6xiq1d3ng+Kb5KIa+Zezyq4wmWBzMLMBMz219hKrk8ROx+LZMRMya/3O45bjxCXVsTS1AsLKBIsZCz3t5ZAflaWNBJhPFZfzAurqmBD32lJCz+f1Qs5eRmMCzC/LSUBd3RL32hbPuEIF4KKN4PLbchpKZ7VtAXdtm2cXlDUhkzhwyQSnsWSUNSQPjuvFtQfT+UbHLNV37HJoVO8uu1lmsZ7nvvB9roUpq3XEn4mgZap7ya1dySHbtOQmMAidCYcVgd83Oe9dDiUNedreMAHKZPWyh/2RT06kRAFBzOADMzp6YgGYANSaJTM1PSlX00s8/2Y8rRezzdMlHUSIhwllJ29kIV7U6xfiZG6/T25e/FScit/idOvf2ISGzvQfTMT8Og/Z4rzHQLCBSocxAzF2fZhl/8HichdauSvKheLHVBoyDYo6iRXU0E0PtbyVHI7eRFfuLvpH+5Tl6Uh/CntCPChLpbUFYvIx3kMXnVyk+JZFym3fUCVcXQbK+U/+RqZj3ohHluiDb7YxbjzbXgRrQdCmS5eKkO1ZM9rZob5P7o9j987plDXbXYZHgVUJedjPLvF3HlLVBcZnX+DmlhIl8PZxtDyeE5cy1kPj/N65Uu7bT/qhjDGZyac3qXMMNjZZRKJxCoZUuo/XxwKP1k+cI605bksg8cRJj9Of+2PA9VEdtQKSrt8r6Gjo0eR7Wgk/g/BKYmftkXKQcTEvSH2OadTFVqMovRyTnQ1LG9SkQMHemp7kJTFG6rw3QVRyioCVMrY79RI//ZKUH7N5kLL9xbeFnLPKUJQrKo92+aUMJuWR8iufWehByaW8wWSkJPv9pIcUGKk/Y8XbQVmDJQOWBQMGZ6+QzAHHLZP79b8IsPQXfRZ2neg/BzEemayvUUhajNRq6fS8IeDWSItWKqkqg1vmwgm2haxaaWZKGctk0gm4fgn0RoZcpOQJgaF4QViqlWmWcya9NHneFHBpZGU7S+newYMZ0KGrTfS54wTP/Auly7kRnIR5IydYpyS/BAx6MVxVSDUPUd68TYjEweLFmo/GV+j1ee7l5NKBDS5WfWb/YeTJS5NGUJiqeYcx6wYPpauoSOLFohXTMCUDfOORtAJF+jZwakl1IBdQk/0eOOPMBkPVV02aFEhU01o8SqpAv/WwNGcbnvbwG16QmVNYDtv6aRvyxuRilI9zu+cC5JHgmDoZJltlmYMk6BazygSmOYd1yZJ+Vgi9cZnjPt7DL1/kqOo5z63EhwCOtkrxZD5YL9/+VtTq1HfNlzQ+5c0ZtEEpjOObohpvw9W1SxdRtYeMWhCUjFjSkkziydhYzcRHia1W8+Jr8jMcb7Oqv4TbOfdPDjnFZ6amoCfvx5NeLOWAQf1U1Xrj1CpoPyd1I6WzWttCqDVomSYleP3YMK5hwSl2SNDQsv3v3mKOF7KAYITq6hYmJZTsfl3RRoYuLd8AunnPZ1gfEdZnBNYbrhW+i9EkZT1QN5sEdaZQUyXLNqpvlSSfMrrauhnzqeacugNrVlPOdSMA99VuRWjVxHNTU5pcXHwNEo1lPH7BywAnRd4GdjkNOeVnl2CbWi/rtPPWbTfRqRcz5+eW6dwO3Pi+Hfyyohy+DxbXOHqBQPQREX06EX2e4/QRcJrgzLbVsqeUVdss6i/iKEfH6bRvfNC7stlAHgDPxaBzo9llJGN/6rgxbKLbWqimVeWHE0fFcoexbJ1jTi+tea6O5elD2ZB5biIdGLkIm+IcurGR5G5ikQI7x4PhcOOJ7Vn36I4g7/5QFMysu6mKyvhZdfFdAvQ8BOptqwkWPAVukS0dPOpCmguEDSDNTuo6DynVN9WoIQwNxct+fAY/cuuFbzg08ELi1me5s88trohNrNxDtlim3QmWGau1nfGwOIVkf9RrdLQP6CqkO37qSHzj4WHx1R/1Gj1hA7qaFnx3G74t0HpvZOylYs4JmEfz4kU09LvTLMtMxSyx/Qx8x+IOZ6JhazCtGnzKDPgEa7Y9CZdQMagS7B18OrSGec/Kf7Ffqt0teXKSDe2ZDNGmdzIyadGerRB9CqreMA+AUmnZTYj/pXIbupxWqkq+FTFGoTJO9dNL1NtRNFZTsVWCohA9lspLwhPADEITq8aHpXHWnSRcN8rgZ3zMaslTRzK9Jj1EyacdT4y9ODJS7IcrRUjpOWbwb6MUAIPVGqfOYMktv7ZoXKWOr1pq1xj7/wJmONd7UwRe7dcQpU44ETAGtHapdeOil3uPtvN+umG9jsOP+2MKap9127bBDy5qVf3p5/R8bhEfwftBvlq3fVjuX0K7mv4PlL4af770++/5Qbr6ge4IFhrOcd95UHWjXIf/5q/L3WaPv2wfNBmO5U96z6c4ycg3b4oeV36Osl7fOj5WN/RrcQOHWLCx83K78doH+GcAa0c0VZlBW2laFkFTmIMlQNsxrAAWgrCBUt0ty/mG/w6/yT3e2xG4bXCsy9yMYnFslOJSrdSW0fAcc7kIu/zrgyPntMxu5Ut5mUugI5c1Ry5hjlxGHaHtfqQXUwcK9ImSccCcsBhDfxImDa9qvUxyoAFfvee1w0VCYbfKKVU413XsVrdC3Wrd0+eOJni7nI555Cv0ktb76FKXxE8bJvS2ql8mdPUmNbZRRxrkOfaIC/EjHB6nrG/puZvDjiXZ3MiSZXndSHG9DFHQhLS1GpIySx+Y6DJjY8faBM/pRkxNDF0SGTOBf9CKx27jdXrHkwOMrnS4Ds8hvpyrpC6GF4fnHF/Opdwl3IHuGqfOPOXGaQyWRwQ/7dLk8/SVDZCyvFynIfJL7wZ3wtM6XcIHjUEl4LFtKUgtiK/28fQ9bvy7Ejt7HVOC6f5PLcT3cApdE4/ROnRsqHiuq/wO2f8Bi+wTc99nAOPyOzvXbNnKL25SFWMTuzBLm8OXzmJ+TkmTyTQUtc2Mv4iNrRmklzi/ihkA41x7TCk8FO1d8EYqh/4WzcLf8CsUOx8+2RYjCh5OL0nh0GUwCpP4tbDdYbTCV3xlCQhp1UloiOD2GmCgSzIH87SbpzGi4S9OQTWfVbmXBCGwmeiFDoyCOVlj8yQ3RV0OyAJ1fGrFiyLaTq4rfMevO+zlO1/SagkyQ8PGBqM8OK/ShUIK1A5uXLgOXDFD7wo2f3XBCkd6oYrCTBe+7u12sQYVq00Bs+DssP0v2FLVBSuUJlh/0BZsi9pkfKWzvDu21PhRZEJQsZiqJeOsk2Kvja99d234qHH7/i8xAwd58MrxGk2koI9X8lAS6H8SM3DYxwQpruOcyig2urR/yK28pGud08J8Dzy/E+GnYQ9ACs2uesaVoCivwCkmGvgaJzIwy8LXuiEW6XrO5uFnY3C80xG53j7+QUZPH1aqyK8F1p+pd43lsf/81J1kYcUYRBTpfDo/DdEHXZNIdSpW29+CYh8KcrvEUQhH2JI6vLG8qpXu93xjeSwGstSKiTFYbhQAdk4s3fCcISwLIhYVDPwqzKL1HFpxA5IBBkD/d/Fy9w+RSmSL2WTy7XIXyWJXyBazyVS8ChFpZIXZZNqxjsyAydAzA3LQi9e614Amc5ZZIXxD7zC3kdtwkCBQAFmh3wKnbHezYBOah0ml+CreDalKcCxqsUBWxzulLvNOTIbm/hqGWiUM5/DxpEgEkbdMkuKaJU1KK0mZnf9P9JixatuZyXjOgu3J/MtynY7gBU6YBzc0khmzKd0n9wKIS2V0qy1gZMvfruaM3O+rob/vShob1gLIPvKMSDPcPP2+Kml8yZBu9aXf5SquOq1baJFqqPCdqtGZB8VQ8/6FPlZONL1XhTOMnPvT4rNf/k9d0EWabo6lLCQOlqyCHyuRoowgdxRdUyMwP7k5DoNtycrPORz3eto0bVmtfbr2QaYRaQcnOFtmk96D3dVuHsbf4U60GOWaEPRlZPDVISw/fyY6OEPvBwyOR7skTaQ6IRilof/1GBA51wJ2G1z0Av7LMIBfYz0Gx4K3DPgfx/RFXVs80fUU0g9mKN1MgLkvRah5LmxJUnOHvxTNzksdU8VQO3b2sByznpJD3LjICsaywCgAvEFPuuU5S5D1ThQ6LtvWgqPQhk7fuBIU5ZXVrOAqD9dlHTfQgqwcawYAxXEDLbiL2JQctsVVu/n7KMB8UMjmYzCtwLdQYG9DocCAJmAsD1cjxXFDKA=="];

;// CONCATENATED MODULE: ./src/checks/kubernetes/precompiled.ts



/**
 * Validators for the bundled default schemas, compiled ahead of time by scripts/gen-k8s-validators.mjs:
 * ajv's code for the same options SchemaCompiler uses, so verdicts and errors are the same and a run
 * skips ajv's code generator (about a third of a `check` run).
 *
 * That code is executable. It comes only from the static import above, so from the package or the
 * bundle built from it, never from a file, a cache or a schema location a run reads; and it stands in
 * only for the exact schemas it was compiled from: a bundle source whose JSON has the same SHA-256
 * (alone, or serving its version for the tools venv of the same package). A directory of schemas, a
 * custom location or another version compiles at run time as before.
 */
function precompiledFor(source, version, strict) {
    const id = identity;
    // The tools venv of the same package serves the bundle's version from the bundle (tools/schemas.ts).
    const bundle = source.kind === 'bundle' ? source : source.bundled;
    if (bundle?.kind !== 'bundle' || bundle.digest !== id.digest || bundle.packageVersion !== id.packageVersion)
        return undefined;
    if (version !== id.kubernetesVersion || strict !== id.strict || !bundle.versions.includes(version))
        return undefined;
    shared ??= new PrecompiledSchemas();
    return shared;
}
let shared;
/**
 * Units (ajv scope values: validate functions, schema constants) are instantiated on first use with
 * everything they reach, and kept: kinds that share definitions (PodSpec, ObjectMeta) share the
 * instantiated functions, as they share compiled functions in one ajv instance.
 */
class PrecompiledSchemas {
    values = new Map();
    texts = new Map();
    validators = new Map();
    /** The validator for a packaged file (`deployment-apps-v1.json`), or undefined when it was not compiled ahead of time. */
    validator(file) {
        const hit = this.validators.get(file);
        if (hit)
            return hit;
        if (!Object.hasOwn(kinds, file))
            return undefined;
        const entry = kinds[file];
        this.instantiate(entry);
        const v = this.values.get(entry);
        this.validators.set(file, v);
        return v;
    }
    instantiate(entry) {
        const fresh = [];
        const seen = new Set();
        const stack = [entry];
        while (stack.length) {
            const i = stack.pop();
            if (seen.has(i) || this.values.has(i))
                continue;
            seen.add(i);
            fresh.push(i);
            for (const d of units[i][4])
                stack.push(d);
        }
        // The generator emits a unit after what it depends on (cycles are between hoisted functions).
        fresh.sort((a, b) => a - b);
        const reused = new Set();
        for (const i of fresh)
            for (const d of units[i][4])
                if (this.values.has(d))
                    reused.add(d);
        const name = (i) => units[i][0];
        const body = [
            `const {${[...reused].map(name).join(',')}} = __units;`,
            ...fresh.map((i) => this.code(i)),
            `return {${fresh.map(name).join(',')}};`,
        ].join('\n');
        const made = new Function('__units', 'goRegExp', body)(Object.fromEntries([...reused].map((i) => [name(i), this.values.get(i)])), goRegExp);
        for (const i of fresh)
            this.values.set(i, made[name(i)]);
    }
    code(i) {
        const [, chunk, offset, length] = units[i];
        let text = this.texts.get(chunk);
        if (text === undefined) {
            text = (0,external_node_zlib_.brotliDecompressSync)(Buffer.from(chunks[chunk], 'base64')).toString('utf8');
            this.texts.set(chunk, text);
        }
        return text.slice(offset, offset + length);
    }
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
    usePrecompiled;
    constructor(source, strict, loader, opts = {}) {
        this.source = source;
        this.strict = strict;
        this.loader = loader;
        this.usePrecompiled = opts.precompiled ?? true;
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
        return this.loader.load(this.fileUri(version, this.strict, `${v.ResourceKind}${v.KindSuffix}.json`));
    }
    precompiled(kind, apiVersion, k8sVersion) {
        const version = this.usePrecompiled ? this.schemaVersion(k8sVersion) : undefined;
        const set = version === undefined ? undefined : precompiledFor(this.source, version, this.strict);
        if (!set)
            return undefined;
        const v = templateValues(kind, apiVersion, k8sVersion, this.strict);
        const file = `${v.ResourceKind}${v.KindSuffix}.json`;
        const validate = set.validator(file);
        return validate ? { uri: this.fileUri(version, this.strict, file), validate } : undefined;
    }
    /** The URI a packaged file is served under (and named by in messages). */
    fileUri(version, strict, file) {
        return `${BUNDLE_HOST}${this.source.packageVersion}/v${version}-local${strict ? '-strict' : ''}/${file}`;
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
            return new DefaultRegistry(opts.defaultSource, opts.strict, opts.loader, { precompiled: opts.precompiled });
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

;// CONCATENATED MODULE: ./src/checks/kubernetes/rendered-dir.ts


/** Writes one file per overlay, its path flattened into the name (`overlays/prod` \u2192 `overlays__prod.yaml`). */
async function writeRendered(rendered, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const [rel, text] of rendered)
        await (0,promises_.writeFile)(external_node_path_default().join(dir, `${rel === '.' ? 'root' : rel.replace(/\//g, '__')}.yaml`), text);
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
    // `kustomize version` runs while discovery reads the tree.
    const locating = opts.kustomize ? Promise.resolve(opts.kustomize) : (0,tools_kustomize/* locateKustomize */.oM)();
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
    const report = (o, findings) => {
        overlays.push(o);
        opts.onOverlay?.(o, findings);
    };
    const plain = opts.manifests?.length ? manifestTargets(root, opts.manifests) : opts.paths?.length || opts.charts?.length ? [] : discoverManifestTargets(root, discovery, opts.maxFileBytes);
    const charts = chartTargets(root, opts.charts ?? [], versions);
    const stats = { kustomizations: discovery.all.size, overlays: dirs.length, resources: 0, valid: 0, invalid: 0, errors: 0, skipped: 0 };
    if (plain.length)
        stats.manifestFolders = plain.length;
    if (charts.length)
        stats.charts = opts.charts.length;
    const artifacts = {};
    if (dirs.length === 0 && plain.length === 0 && charts.length === 0)
        return { check: rules/* CHECK */.fi, findings: [], artifacts, stats, overlays };
    // Builds and renders first, so their processes start before the plain files are read.
    let targets = [...targetsOf(root, dirs, discovery), ...charts, ...plain];
    refuseUnsafe(targets, sink, root, opts);
    const kustomize = dirs.length ? await locating : undefined;
    if (dirs.length && !kustomize) {
        // The other checks of the run still report; this one says what is missing instead of ending the run.
        reportMissingKustomize(sink, targets.filter((t) => !t.plain && !t.chart));
        targets = targets.filter((t) => t.plain || t.chart);
        if (!targets.length)
            return { check: rules/* CHECK */.fi, findings: sink.findings(), artifacts, stats, overlays };
    }
    if (kustomize)
        log(`kustomize: ${kustomize.kind === 'kubectl' ? 'kubectl kustomize' : kustomize.path} (kustomize ${kustomize.version})`);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-k8s-'));
    try {
        const makeValidators = () => createValidators(targets, opts, { root, versions, locations, strict, http, tmp, log });
        // The kubeconform engine runs its own processes: it starts after the builds, as it always has.
        const early = (opts.engine ?? 'builtin') === 'builtin' ? new EarlyValidation(makeValidators, versions, deadline) : undefined;
        // Work on the main thread waits until every build of the first wave runs, so none starts later for it.
        let waiting = Math.min(limits.concurrency, targets.filter((t) => !t.refused && !t.plain).length);
        const firstWaveRuns = () => {
            early?.started();
            opts.onBuildsStarted?.();
        };
        if (waiting === 0)
            firstWaveRuns();
        await buildTargets(targets, kustomize, { root, discovery, sink, deadline, limits, resolveHelm: opts.resolveHelm }, {
            onStarted: () => {
                if (--waiting === 0)
                    firstWaveRuns();
            },
            onBuilt: (t) => early?.built(t),
        });
        if (opts.engine === 'kubeconform' && !(await locateKubeconform(opts.kubeconformPath ? { path: opts.kubeconformPath } : {}))) {
            reportMissingKubeconform(sink, targets);
            return { check: rules/* CHECK */.fi, findings: sink.findings(), artifacts, stats, overlays };
        }
        const { validators, early: earlyResults } = early ? await early.finish(targets) : { validators: await makeValidators(), early: undefined };
        await validateTargets(targets, validators, { versions, locations, sink, deadline, stats, report, podSecurity: opts.podSecurity, ...(earlyResults ? { early: earlyResults } : {}) });
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
            // A plain folder's diff is the files' own, in the pull request; only builds are rendered at the base.
            if (opts.baseRef && kustomize) {
                const diffs = await diffAgainstBase(targets.filter((t) => !t.plain && !t.chart), rendered, kustomize, {
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
        return { check: rules/* CHECK */.fi, findings, sources: sourceFiles(root, targets), objectSuppressions: sink.objectSuppressions(), artifacts, stats, overlays, ...(diff !== undefined ? { diff } : {}), summaryMarkdown };
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** The kustomize section of a job summary (overlay table, manifest diff): report/summary's renderSummary appends it. */
function renderOverlaySection(overlays, diff, baseRef) {
    const icon = { passed: '\u2705', failed: '\u274c', 'build-failed': '\u274c build', refused: '\u26d4 refused', 'timed-out': '\u23f1 timed out' };
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
    startsProcesses: true,
    run: ({ root, config, onTarget, onProcessesStarted }) => runKustomize({
        root,
        ...kustomizeOptions(config.checks.kubernetes),
        ...(onProcessesStarted && { onBuildsStarted: onProcessesStarted }),
        ...(onTarget && {
            onOverlay: (o, findings) => onTarget({ check: 'kustomize', target: `${o.path} @ ${o.version}`, failed: o.status !== 'passed', problems: o.errors, detail: o.status === 'passed' || o.status === 'failed' ? `${o.resources} resources` : o.status, ...(findings && { findings }) }),
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
;