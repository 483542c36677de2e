export const id = 461;
export const ids = [461];
export const modules = {

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
