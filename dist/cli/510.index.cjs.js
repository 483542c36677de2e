"use strict";
exports.id = 510;
exports.ids = [510];
exports.modules = {

/***/ 4510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* reexport */ images_rules/* RULES */.y0),
  c$: () => (/* binding */ imageOptions),
  pf: () => (/* binding */ lintDockerfiles),
  y6: () => (/* reexport */ images_plan/* planImages */.y)
});

// UNUSED EXPORTS: lintDockerfileSource, parseDockerfile, repositoryProblem, splitReference, tagProblem

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/checks/deadline.ts
var checks_deadline = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
// EXTERNAL MODULE: ./src/checks/images/dockerfile.ts
var dockerfile = __webpack_require__(1628);
// EXTERNAL MODULE: ./src/checks/images/reference.ts
var reference = __webpack_require__(1585);
// EXTERNAL MODULE: ./src/checks/images/rules.ts
var images_rules = __webpack_require__(2907);
// EXTERNAL MODULE: ./src/checks/images/stages.ts
var stages = __webpack_require__(7581);
;// CONCATENATED MODULE: ./src/checks/images/lint.ts





const SECRET_NAME_RE = /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|API_?KEY|PRIVATE_?KEY)$/i;
const REMOTE_RE = /^(?:https?|ftp):\/\/|^git@|^git:\/\//i;
function lintDockerfileSource(input) {
    const { file } = input;
    const df = (0,dockerfile/* parseDockerfile */.Ai)(input.source);
    const out = [];
    for (const p of df.problems)
        out.push((0,images_rules/* finding */.gk)('images/dockerfile-syntax', (0,rules/* locationIn */.zZ)(file, p), p.message));
    for (const ins of df.instructions) {
        if (!dockerfile/* KEYWORDS */.d6.has(ins.keyword)) {
            out.push((0,images_rules/* finding */.gk)('images/dockerfile-syntax', (0,rules/* locationIn */.zZ)(file, ins), `unknown instruction "${ins.keyword}"`));
        }
    }
    const staged = (0,stages/* stagesOf */.ZL)(df, input.buildArgs ?? {});
    for (const ins of staged.misplaced) {
        if (dockerfile/* KEYWORDS */.d6.has(ins.keyword)) {
            out.push((0,images_rules/* finding */.gk)('images/dockerfile-syntax', (0,rules/* locationIn */.zZ)(file, ins), `${ins.keyword} before the first FROM (only ARG may come before FROM)`));
        }
    }
    if (staged.stages.length === 0) {
        out.push((0,images_rules/* finding */.gk)('images/dockerfile-syntax', file, 'the Dockerfile has no FROM instruction'));
        return out;
    }
    for (const stage of staged.stages)
        out.push(...baseImageFindings(file, stage));
    const final = (0,stages/* finalStage */.BD)(staged, input.target);
    if (!final) {
        out.push((0,images_rules/* finding */.gk)('images/dockerfile-syntax', file, `target stage "${input.target}" is not defined in the Dockerfile`));
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
        return [(0,images_rules/* finding */.gk)('images/dockerfile-syntax', (0,rules/* locationIn */.zZ)(file, from), 'FROM needs an image')];
    if (stage.parent !== undefined || base.resolved.toLowerCase() === 'scratch')
        return [];
    // Point at the text a person edits: the ARG default when the image comes from one.
    const at = base.origin?.kind === 'default' ? base.origin.at : from.at(base.offset);
    const via = base.origin ? ` (from ${base.origin.kind === 'default' ? 'the default of ARG' : 'the build arg'} ${base.origin.name})` : '';
    if (base.unresolved.length > 0 && base.resolved.replace(/[:@].*$/, '') === '') {
        return [
            (0,images_rules/* finding */.gk)('images/unpinned-base-image', (0,rules/* locationIn */.zZ)(file, from.at(base.offset)), `base image "${base.written}" cannot be checked: ARG ${base.unresolved.join(', ')} has no default and no build arg`, {
                help: 'Give the ARG a pinned default (ARG BASE_IMAGE=busybox:1.37.0) so the file builds reproducibly on its own.',
            }),
        ];
    }
    const ref = (0,reference/* splitReference */.mQ)(base.resolved);
    if (ref.digest !== undefined && (0,reference/* isDigest */.Bc)(ref.digest))
        return [];
    if (ref.tag === undefined) {
        return [
            (0,images_rules/* finding */.gk)('images/unpinned-base-image', (0,rules/* locationIn */.zZ)(file, at), `base image "${base.resolved}"${via} has no tag or digest, so every build may get a different image`, {
                help: 'Pin the base image by tag (busybox:1.37.0) or better by digest (busybox@sha256:...).',
            }),
        ];
    }
    if (ref.tag.toLowerCase() === 'latest') {
        return [
            (0,images_rules/* finding */.gk)('images/latest-tag', (0,rules/* locationIn */.zZ)(file, at), `base image "${base.resolved}"${via} uses the "latest" tag, which moves without notice`, {
                help: 'Use a version tag or a digest.',
            }),
        ];
    }
    return [];
}
function userFindings(file, staged, final, escape) {
    for (const stage of (0,stages/* lineage */.OZ)(staged, final)) {
        const users = stage.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        if (!last)
            continue;
        const vars = stageVariables(stage, escape);
        const words = (0,dockerfile/* splitWords */.yM)(last.args, escape);
        const exp = (0,dockerfile/* expand */.fT)(words[0]?.value ?? '', vars, escape);
        const user = exp.value.split(':')[0].trim();
        if (user === 'root' || user === '0' || (user === '' && exp.unresolved.length === 0)) {
            return [
                (0,images_rules/* finding */.gk)('images/root-user', (0,rules/* locationIn */.zZ)(file, last.at(words[0]?.offset ?? 0)), `the image runs as root (USER ${words[0]?.value ?? ''})`, {
                    help: 'Switch to an unprivileged user last, e.g. USER 65534:65534 (numeric works without /etc/passwd).',
                }),
            ];
        }
        return [];
    }
    return [
        (0,images_rules/* finding */.gk)('images/missing-user', (0,rules/* locationIn */.zZ)(file, final.from), 'the final stage never sets USER, so the container runs as the base image\'s user (usually root)', {
            help: 'Add USER with an unprivileged user after the steps that need root.',
        }),
    ];
}
function healthcheckFindings(file, staged, final) {
    let expose;
    for (const stage of (0,stages/* lineage */.OZ)(staged, final)) {
        if (stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))
            return [];
        expose ??= stage.instructions.find((i) => i.keyword === 'EXPOSE');
    }
    if (!expose)
        return [];
    return [
        (0,images_rules/* finding */.gk)('images/missing-healthcheck', (0,rules/* locationIn */.zZ)(file, expose), `the image exposes ${expose.args} but has no HEALTHCHECK, so nothing tells when the service is unhealthy`, {
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
        const words = (0,dockerfile/* splitWords */.yM)(ins.args.slice(ins.rest), escape).map((w) => ({ value: w.value, offset: w.offset + ins.rest }));
        sources.push(...words.slice(0, -1));
    }
    return sources
        .filter((s) => REMOTE_RE.test(s.value))
        .map((s) => (0,images_rules/* finding */.gk)('images/remote-add', (0,rules/* locationIn */.zZ)(file, ins.at(s.offset)), `ADD downloads ${s.value} at build time, unverified and uncached`, {
        help: 'Download it in a RUN step and check its SHA-256, or COPY it from a build stage that does.',
    }));
}
function secretFindings(file, ins, escape) {
    return (0,dockerfile/* keyValues */.K7)(ins, escape)
        .filter((kv) => SECRET_NAME_RE.test(kv.key))
        .map((kv) => (0,images_rules/* finding */.gk)('images/secret-in-arg-or-env', (0,rules/* locationIn */.zZ)(file, ins.at(kv.keyOffset)), `${ins.keyword} ${kv.key} looks like a secret; ${ins.keyword} values are kept in the image and its history`, {
        help: 'Pass secrets with RUN --mount=type=secret (buildx: --secret; buildah: --secret) instead.',
    }));
}
function stageVariables(stage, escape) {
    const vars = new Map();
    for (const ins of stage.instructions) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
            continue;
        for (const kv of (0,dockerfile/* keyValues */.K7)(ins, escape))
            if (kv.value !== undefined)
                vars.set(kv.key, (0,dockerfile/* expand */.fT)(kv.value, vars, escape).value);
    }
    return vars;
}

// EXTERNAL MODULE: ./src/checks/images/plan.ts
var images_plan = __webpack_require__(4453);
;// CONCATENATED MODULE: ./src/checks/images/index.ts
// The images check: plan (which images) and lint (Dockerfile rules). Read-only; building and pushing
// live in src/images. No @actions imports: the CLI, the action and the tests call these directly.
//
//   const plan = await planImages({ root, ...imageOptions(config.checks.images) });
//   const lint = await lintDockerfiles({ root, plan });












/** Runs the Dockerfile rules over every planned image (plan findings included). */
async function lintDockerfiles(opts) {
    const plan = opts.plan ?? (await (0,images_plan/* planImages */.y)(opts));
    const findings = [...plan.findings];
    const seen = new Set();
    let instructions = 0;
    const deadline = new checks_deadline/* Deadline */.B(opts.timeoutMs ?? checks_deadline/* DEFAULT_CHECK_TIMEOUT_MS */.G);
    for (const t of plan.images) {
        if (deadline.expired()) {
            findings.push((0,images_rules/* finding */.gk)('images/deadline-exceeded', t.declaredAt, `image "${t.name}": the check's time limit (${deadline.describe()}) ran out before ${t.dockerfile} was checked`));
            continue;
        }
        let source;
        try {
            source = await (0,promises_.readFile)(external_node_path_default().resolve(plan.root, t.dockerfile), 'utf8');
        }
        catch (e) {
            findings.push((0,images_rules/* finding */.gk)('images/missing-dockerfile', t.declaredAt, `image "${t.name}": cannot read ${t.dockerfile} (${e.message})`));
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
        // Their comments may suppress findings: read again by the suppression pass even when clean.
        sources: [...new Set(plan.images.map((t) => t.dockerfile))].sort(),
        artifacts: {},
        stats: { images: plan.images.length, dockerfiles: new Set(plan.images.map((t) => t.dockerfile)).size, lines: instructions },
    };
}
/** The `images:` settings as plan and lint options. */
function imageOptions(s) {
    return {
        ...(s.images !== undefined && { images: s.images }),
        ...(s.dockerDir !== undefined && { dockerDir: s.dockerDir }),
        ...(s.registry !== undefined && { registry: s.registry }),
        ...(s.platforms && { platforms: s.platforms }),
        ...(s.buildArgs && { buildArgs: s.buildArgs }),
        ...(s.timeoutMs !== undefined && { timeoutMs: s.timeoutMs }),
    };
}


/***/ }),

/***/ 4453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ planImages)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _settings_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9480);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1585);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2907);
/* harmony import */ var _path_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1472);
// Which images to build: the `images:` list of .portarium-infra.yml when there is one, otherwise
// every `<dockerDir>/<name>/Dockerfile` under the root. The plan also becomes a GitHub matrix.







const DEFAULT_DOCKER_DIR = 'infra/docker';
async function planImages(opts) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.root);
    const configAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, opts.configFile ?? _settings_config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2);
    const configRel = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, configAbs));
    const dockerDir = opts.dockerDir ?? DEFAULT_DOCKER_DIR;
    const guard = (0,_path_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .pathGuard */ .JV)(opts.workspace);
    const candidates = opts.images === undefined || opts.images === null
        ? await discover(root, dockerDir, guard)
        : await fromConfig(root, dockerDir, readEntries(opts.images), configAbs, configRel, guard);
    const findings = [];
    const images = [];
    const seen = new Map();
    for (const c of candidates) {
        if (c.outside) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .gk)('images/context-outside-workspace', c.target.declaredAt, c.outside, {
                help: 'Build from a context inside the repository; an action reads nothing outside its workspace.',
            }));
            continue;
        }
        if (c.missing) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .gk)('images/missing-dockerfile', c.target.declaredAt, c.missing));
            continue;
        }
        const t = c.target;
        t.image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRepository */ .Y1)(t.image || joinRepository(opts.registry, t.name));
        const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryProblem */ .Ki)(t.image);
        if (problem) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .gk)('images/invalid-name', t.declaredAt, `image "${t.name}" -> "${t.image}": ${problem}`));
            continue;
        }
        const key = t.name.toLowerCase();
        const first = seen.get(key) ?? [...seen.values()].find((o) => o.image === t.image);
        if (first) {
            const what = first.name.toLowerCase() === key ? `name "${t.name}"` : `repository "${t.image}"`;
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .gk)('images/duplicate-name', t.declaredAt, `image ${what} is already declared at ${first.declaredAt.file}:${first.declaredAt.line}`, {
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
            throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown image ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...known].join(', ') || 'none'})`);
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, dockerDir);
    let entries;
    try {
        entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const out = [];
    for (const name of entries) {
        const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name, 'Dockerfile');
        if (guard(dir)?.kind === 'outside')
            continue; // a docker-dir out of the workspace holds nothing of the project's
        const rel = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dockerfile));
        const c = {
            target: {
                name,
                image: '',
                context: toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name))) || '.',
                dockerfile: rel,
                buildArgs: {},
                platforms: [],
                declaredAt: { file: rel, line: 1, column: 1 },
            },
        };
        if (refuse(c, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), dockerfile, guard))
            out.push(c);
        else if (await isFile(dockerfile))
            out.push(c);
    }
    return out;
}
function readEntries(value) {
    if (!Array.isArray(value))
        throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('images: must be a list of {name, context, dockerfile, target, build-args, platforms}');
    return value.map((raw, i) => {
        const where = `images[${i}]`;
        if (typeof raw === 'string')
            return { name: raw };
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}: must be a mapping with at least "name"`);
        const e = raw;
        const known = new Set(['name', 'context', 'dockerfile', 'target', 'build-args', 'platforms', 'image']);
        for (const k of Object.keys(e))
            if (!known.has(k))
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}: unknown key "${k}" (expected ${[...known].join(', ')})`);
        const str = (k) => {
            const v = e[k];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}.${k}: must be a string`);
            return String(v);
        };
        const name = str('name');
        if (!name)
            throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}: "name" is required`);
        const entry = { name };
        for (const k of ['context', 'dockerfile', 'target', 'image']) {
            const v = str(k);
            if (v !== undefined)
                entry[k] = v;
        }
        const args = e['build-args'];
        if (args !== undefined && args !== null) {
            if (typeof args !== 'object' || Array.isArray(args))
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}.build-args: must map names to values`);
            for (const [k, v] of Object.entries(args)) {
                if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                    throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}.build-args.${k}: must be a string`);
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
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where}.platforms: must be a list of platforms such as linux/amd64`);
        }
        return entry;
    });
}
async function fromConfig(root, dockerDir, entries, configAbs, configRel, guard) {
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configAbs, 'utf8');
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
        const contextAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, e.context ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dockerDir, e.name));
        const dockerfileAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(contextAbs, e.dockerfile ?? 'Dockerfile');
        const target = {
            name: e.name,
            image: e.image ?? '',
            context: toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, contextAbs)) || '.',
            dockerfile: toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, dockerfileAbs)),
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
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function isDirectory(p) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};
;