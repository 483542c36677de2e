export const id = 509;
export const ids = [509,777,158];
export const modules = {

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   Gv: () => (/* binding */ DEFAULT_CHECK_TIMEOUT_MS),
/* harmony export */   aA: () => (/* binding */ timeoutSetting)
/* harmony export */ });
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);

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
/** `<section>.timeout` of .portarium-infra.yml (seconds) as milliseconds. */
function timeoutSetting(section, name) {
    const t = section?.['timeout'];
    if (t === undefined || t === null)
        return undefined;
    if (typeof t !== 'number' || !(t > 0))
        throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}.timeout must be a positive number of seconds`);
    return Math.round(t * 1000);
}


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImages: () => (/* binding */ runImages)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/images/index.ts + 16 modules
var checks_images = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/cli/git-context.ts

/**
 * The build context of a laptop run, read from git: the commit time as `created` keeps rebuilds of
 * the same commit byte-identical and cacheable.
 */
function localBuildContext(root, inputs) {
    const git = (...args) => {
        try {
            return (0,external_node_child_process_.execFileSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        }
        catch {
            return '';
        }
    };
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    return {
        eventName: 'local',
        ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
        sha: git('rev-parse', 'HEAD') || '0000000000000000000000000000000000000000',
        created: git('log', '-1', '--format=%cI') || new Date().toISOString(),
        ...(inputs ? { inputs } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/images.ts







/** `portarium-infra images`: plan and lint by default; `--build` builds, `--push REGISTRY` also pushes. */
async function runImages(ctx, flags, log) {
    const options = (0,checks_images/* imageOptionsFromConfig */.w0)(ctx.config.checks['images']);
    if (flags.push)
        options.registry = flags.push;
    if (flags.image?.length)
        options.only = flags.image;
    const plan = await (0,checks_images/* planImages */.y6)({ root: ctx.root, ...options });
    for (const t of plan.images)
        log((0,report_escape/* logLine */.BP)(`image ${t.name}: ${t.image || '(invalid name)'} from ${t.dockerfile}${t.platforms.length ? ` [${t.platforms.join(', ')}]` : ''}`) + '\n');
    const lint = await (0,checks_images/* lintDockerfiles */.pf)({ root: ctx.root, ...options, plan });
    if (!flags.build && !flags.push)
        return lint;
    const kind = flags.builder ?? 'buildah';
    if (kind !== 'buildah' && kind !== 'docker')
        throw new finding/* UsageError */.eb(`--builder must be buildah or docker (got "${kind}")`);
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-images-'));
    try {
        const built = await (0,checks_images/* buildImages */.rd)({
            root: ctx.root,
            ...options,
            plan,
            builder: kind === 'buildah' ? (0,checks_images/* createBuilder */.Ij)({ kind }) : (0,checks_images/* createBuilder */.Ij)({ kind, provenance: false, sbom: false }),
            context: localBuildContext(ctx.root, flags.version ? { version: flags.version } : undefined),
            push: !!flags.push,
            insecureRegistries: flags.insecureRegistry ?? [],
            tempDir,
            ...(flags.manifest ? { manifestPath: external_node_path_default().resolve(flags.manifest) } : {}),
            // Build output is the pull request's (RUN steps print what they like).
            log: (line) => log(`  ${(0,report_escape/* logLine */.BP)(line)}\n`),
        });
        for (const r of built.results)
            log((0,report_escape/* logLine */.BP)(`${r.status}${r.result?.cached ? ' (cached: inputs unchanged)' : ''} ${r.image}${r.result ? `@${r.result.digest}` : ''}`) + '\n');
        return { ...lint, findings: [...lint.findings, ...built.findings.filter((f) => !lint.findings.includes(f))] };
    }
    finally {
        (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true });
    }
}


/***/ })

};
