"use strict";
exports.id = 835;
exports.ids = [835,147];
exports.modules = {

/***/ 2147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_RULES: () => (/* binding */ ALL_RULES),
  CHECKS: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: ./src/report/report-rules.ts
var report_rules = __webpack_require__(7548);
// EXTERNAL MODULE: ./src/checks/definitions/compose.ts
var compose = __webpack_require__(8808);
// EXTERNAL MODULE: ./src/checks/images/index.ts + 1 modules
var checks_images = __webpack_require__(4510);
;// CONCATENATED MODULE: ./src/checks/definitions/images.ts

/** In `check`, images are planned and linted only: building needs a builder and is an explicit step. */
const imagesCheck = {
    name: 'images',
    rules: checks_images/* RULES */.y0,
    run: ({ root, config, workspace }) => (0,checks_images/* lintDockerfiles */.pf)({ root, ...(0,checks_images/* imageOptions */.c$)(config.checks.images), ...(workspace !== undefined && { workspace }) }),
};

// EXTERNAL MODULE: ./src/checks/definitions/kustomize.ts + 48 modules
var kustomize = __webpack_require__(1913);
// EXTERNAL MODULE: ./src/checks/definitions/otel.ts + 11 modules
var otel = __webpack_require__(3857);
// EXTERNAL MODULE: ./src/checks/definitions/terraform.ts + 25 modules
var terraform = __webpack_require__(5558);
;// CONCATENATED MODULE: ./src/checks/registry.ts






const CHECKS = [compose.composeCheck, terraform.terraformCheck, kustomize.kustomizeCheck, imagesCheck, otel.otelCheck];
const ALL_RULES = [...CHECKS.flatMap((c) => c.rules), ...report_rules/* REPORT_RULES */.F.rules];


/***/ }),

/***/ 2835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/settings/config.ts + 1 modules
var settings_config = __webpack_require__(9480);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/tools/process.ts
var process = __webpack_require__(8722);
;// CONCATENATED MODULE: ./src/checks/run/changes.ts




/**
 * The changed files to narrow a plan to, or undefined for everything: a change to the configuration
 * can change the verdict of every target.
 */
function narrowingBy(changed) {
    return changed && !changed.has(settings_config/* CONFIG_FILE */.g2) ? changed : undefined;
}
/**
 * Files changed since `ref`, relative to `root` (POSIX separators): committed since the merge base
 * of `ref` and HEAD, plus uncommitted and untracked files \u2014 what a pull request from this working
 * tree would change. Both sides of a rename are listed, so a moved file counts where it left too.
 */
function changedSince(root, ref) {
    // A revision that looks like an option would be read as one by git.
    if (!ref || ref.startsWith('-'))
        throw new finding/* UsageError */.eb(`--changed-since "${ref}": not a git revision`);
    const git = (args) => {
        const r = (0,process/* runProcessSync */.gh)('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
        if (r.error || r.code !== 0)
            throw Object.assign(r.error ?? new Error(`git ${args[0]} exited ${r.code}`), { stderr: r.stderr });
        return r.stdout;
    };
    let top;
    try {
        top = git(['rev-parse', '--show-toplevel']).trim();
        git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (e) {
        const why = String(e.stderr ?? '').trim().split('\n')[0];
        throw new finding/* UsageError */.eb(`--changed-since ${ref}: not a commit in the git repository at ${root}${why ? ` (${why})` : ''}`);
    }
    // Without a merge base (a shallow clone, unrelated histories) the ref itself is the base.
    let base = ref;
    try {
        base = git(['merge-base', ref, 'HEAD']).trim() || ref;
    }
    catch {
        // keep `ref`
    }
    const listed = [
        ...git(['diff', '--name-only', '-z', '--no-renames', base, '--']).split('\0'),
        ...git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0').map((f) => f && external_node_path_default().relative(top, external_node_path_default().resolve(root, f))),
    ];
    const out = new Set();
    for (const f of listed) {
        if (!f)
            continue;
        const rel = external_node_path_default().relative(root, external_node_path_default().join(top, f));
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            continue;
        out.add(rel.split((external_node_path_default()).sep).join('/'));
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/registry.ts + 1 modules
var registry = __webpack_require__(2147);
// EXTERNAL MODULE: ./src/checks/images/index.ts + 1 modules
var checks_images = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/checks/compose/discover.ts
var discover = __webpack_require__(3223);
// EXTERNAL MODULE: ./src/checks/otel/discover.ts
var otel_discover = __webpack_require__(6889);
// EXTERNAL MODULE: ./src/checks/kubernetes/discover.ts
var kubernetes_discover = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/checks/terraform/discover.ts + 1 modules
var terraform_discover = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/tools/schemas.ts
var schemas = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/checks/run/plan.ts







/** GitHub refuses a matrix of more than 256 jobs. */
const MAX_MATRIX = 256;
const rel = (root, p) => external_node_path_default().relative(root, p).split((external_node_path_default()).sep).join('/');
async function planInfra(opts) {
    const root = external_node_path_default().resolve(opts.root);
    const changed = opts.changedFiles;
    const touches = (files) => !changed || files.some((f) => changed.has(f));
    const projects = opts.composeFiles?.length
        ? [opts.composeFiles.map((f) => rel(root, external_node_path_default().resolve(root, f)))]
        : (0,discover/* discoverProjects */.qA)(root).map((p) => p.files.map((f) => rel(root, f)));
    const compose = projects.filter((files) => touches(files.concat(files.map((f) => external_node_path_default().posix.join(external_node_path_default().posix.dirname(f), '.env')))));
    const tf = await (0,terraform_discover/* discoverTerraformFiles */.B4)({ root, ...(opts.terraformPaths?.length ? { paths: opts.terraformPaths } : {}) });
    const terraform = tf.files.map((f) => f.rel).filter((f) => !changed || changed.has(f));
    const found = (0,kubernetes_discover/* discover */.k4)(root);
    const roots = opts.kustomizePaths?.length ? opts.kustomizePaths.map((p) => external_node_path_default().resolve(root, p)) : found.overlays;
    const overlays = roots
        .filter((dir) => {
        if (!changed)
            return true;
        // An overlay is affected when any file under a kustomization it reaches changed.
        const dirs = (0,kubernetes_discover/* buildTree */.H6)(dir, found.all).map((k) => rel(root, k.dir) + '/');
        return [...changed].some((f) => dirs.some((d) => f.startsWith(d)));
    })
        .map((dir) => rel(root, dir));
    const versions = opts.kubernetesVersions?.length ? opts.kubernetesVersions : [schemas/* DEFAULT_KUBERNETES_VERSION */.qQ];
    const pairs = overlays.flatMap((o) => versions.map((v) => ({ o, v })));
    let include;
    if (pairs.length === 0)
        include = [];
    else if (pairs.length <= (opts.fanOutAbove ?? 8))
        include = [{ name: 'all overlays', paths: overlays.join('\n'), versions: versions.join('\n') }];
    else {
        // One job per pair, or per batch of pairs when there are more than GitHub allows in a matrix.
        const per = Math.ceil(pairs.length / MAX_MATRIX);
        include = [];
        for (let i = 0; i < pairs.length; i += per) {
            const batch = pairs.slice(i, i + per);
            include.push({
                name: batch.length === 1 ? `${batch[0].o} @ ${batch[0].v}` : `${batch[0].o} \u2026 (${batch.length})`,
                paths: [...new Set(batch.map((b) => b.o))].join('\n'),
                versions: [...new Set(batch.map((b) => b.v))].join('\n'),
            });
        }
    }
    // The otel check reads the collector configurations, the files beside them (Tempo's, Grafana's) and
    // the compose files whose services mount them; it checks them together, so it runs whole or not at all.
    const configs = otelConfigs(root, opts.otelConfigs);
    const otelInputs = new Set([...configs, ...configs.map((f) => external_node_path_default().posix.dirname(f) + '/'), ...(configs.length ? projects.flat() : [])]);
    const otelTouched = !changed || [...changed].some((f) => otelInputs.has(f) || otelInputs.has(external_node_path_default().posix.dirname(f) + '/'));
    return {
        compose: { projects: compose },
        terraform: { files: terraform },
        kustomize: { overlays, versions, matrix: { include } },
        otel: { configs: otelTouched ? configs : [] },
    };
}
/**
 * The collector configurations, relative to root. A configured one that is missing or outside root
 * still counts: the otel job, not the plan, reports it, and the other checks still run.
 */
function otelConfigs(root, configured) {
    try {
        return (0,otel_discover/* discoverConfigs */.X)(root, configured?.length ? configured : undefined).map((f) => rel(root, f));
    }
    catch (e) {
        if (e instanceof finding/* UsageError */.eb && configured?.length)
            return configured;
        throw e;
    }
}
/** The plan for the targets .portarium-infra.yml names (its compose, terraform, kubernetes and otel sections). */
function planFromConfig(root, config, changedFiles) {
    const { compose, terraform, kubernetes, otel } = config.checks;
    return planInfra({
        root,
        composeFiles: compose.files ?? [],
        terraformPaths: terraform.paths ?? [],
        kustomizePaths: kubernetes.paths ?? [],
        kubernetesVersions: kubernetes.kubernetesVersions ?? [],
        otelConfigs: otel.configs ?? [],
        ...(changedFiles && { changedFiles }),
    });
}

;// CONCATENATED MODULE: ./src/checks/run/check-run.ts





/**
 * What `check` runs: every check, or \u2014 given the changed files \u2014 only the checks and targets those
 * files touch, the way ci-infra's plan job narrows a pull request. A change to the configuration can
 * change every verdict, so it runs everything.
 */
async function planCheckRuns(ctx, touched) {
    const changed = narrowingBy(touched);
    if (!changed)
        return registry.CHECKS.map((check) => ({ check, settings: {} }));
    const plan = await planFromConfig(ctx.root, ctx.config, changed);
    const images = await (0,checks_images/* planImages */.y6)({ root: ctx.root, ...(0,checks_images/* imageOptions */.c$)(ctx.config.checks.images), ...(ctx.workspace !== undefined && { workspace: ctx.workspace }) });
    const imageInputs = images.images.flatMap((t) => [t.dockerfile, t.context === '.' ? undefined : t.context + '/']).filter((p) => !!p);
    const runs = [];
    for (const check of registry.CHECKS) {
        if (check.name === 'compose' && plan.compose.projects.length)
            runs.push({ check, settings: {} });
        if (check.name === 'terraform-fmt' && plan.terraform.files.length)
            runs.push({ check, settings: { terraform: { paths: plan.terraform.files } } });
        if (check.name === 'kustomize' && plan.kustomize.overlays.length)
            runs.push({ check, settings: { kubernetes: { paths: plan.kustomize.overlays } } });
        if (check.name === 'otel' && plan.otel.configs.length)
            runs.push({ check, settings: {} });
        if (check.name === 'images' && [...changed].some((f) => imageInputs.some((p) => f === p || (p.endsWith('/') && f.startsWith(p)))))
            runs.push({ check, settings: {} });
    }
    return runs;
}
/**
 * Runs the planned checks; `ctx.onTarget` hears of each target, or of the whole check when it has no
 * targets of its own. The checks overlap: those whose time is child processes (the kustomize builds,
 * most of a run's wall time) start first, and the in-process checks as soon as those processes run.
 * What is told and returned stays in plan order.
 */
async function runChecks(ctx, runs) {
    const memo = ctx.memo ?? new Map();
    let turn = 0;
    const held = runs.map(() => []);
    const told = runs.map(() => false);
    const start = (i, onProcessesStarted) => {
        const { check, settings } = runs[i];
        const config = (0,settings_config/* overlaySettings */.uj)(ctx.config, settings);
        const onTarget = ctx.onTarget &&
            ((d) => {
                told[i] = true;
                if (i === turn)
                    ctx.onTarget(d);
                else
                    held[i].push(d);
            });
        const p = Promise.resolve().then(() => check.run({ ...ctx, memo, config, ...(onTarget && { onTarget }), ...(onProcessesStarted && { onProcessesStarted }) }));
        // A failure is raised when its turn comes, as when the checks ran one after another.
        p.catch(() => undefined);
        return p;
    };
    const started = new Array(runs.length);
    const running = [];
    runs.forEach(({ check }, i) => {
        if (!check.startsProcesses)
            return;
        let told;
        const told$ = new Promise((resolve) => (told = resolve));
        started[i] = start(i, told);
        // A check that ends (or fails) without telling has no processes left to wait for.
        running.push(Promise.race([told$, started[i].catch(() => undefined)]));
    });
    await Promise.all(running);
    runs.forEach((_, i) => (started[i] ??= start(i)));
    const results = [];
    for (let i = 0; i < runs.length; i++) {
        turn = i;
        for (const d of held[i].splice(0))
            ctx.onTarget(d);
        const result = await started[i];
        if (ctx.onTarget && !told[i]) {
            const errors = result.findings.filter((f) => f.severity === 'error').length;
            ctx.onTarget({ check: runs[i].check.name, target: coverage(result), failed: errors > 0, problems: errors, findings: result.findings });
        }
        results.push(result);
    }
    return results;
}
/** "12 files", "2 Dockerfiles": what a check without targets of its own covered, from its stats. */
function coverage(result) {
    const [key, n] = Object.entries(result.stats).find(([k]) => ['files', 'dockerfiles', 'images'].includes(k)) ?? ['targets', 0];
    const noun = key === 'dockerfiles' ? 'Dockerfile' : key.replace(/s$/, '');
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/cli/check.ts



/** `portarium-infra check`: ci-infra's plan and checks in one process, a line per target as it ends. */
async function runCheckCommand(ctx, opts) {
    const changed = opts.changedSince !== undefined ? changedSince(ctx.root, opts.changedSince) : undefined;
    const runs = await planCheckRuns(ctx, changed);
    const say = opts.progress;
    if (changed && runs.length === 0) {
        // Said even off a terminal: an empty report must not look like a check that found nothing.
        (opts.notice ?? (() => { }))(`nothing to check: no target is affected by the ${changed.size} file(s) changed since ${opts.changedSince}\n`);
    }
    if (say && runs.length) {
        const scope = changed ? `, ${changed.size} file${changed.size === 1 ? '' : 's'} changed since ${opts.changedSince}` : '';
        say(`checking ${runs.map((r) => r.check.name).join(', ') || 'nothing'}${scope}\n`);
    }
    const paint = (code, s) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const started = performance.now();
    let last = started;
    const onTarget = (d) => {
        const now = performance.now();
        const counted = d.findings && opts.activeErrors ? opts.activeErrors(d.check, d.findings) : d.problems;
        // A target whose every error is suppressed passed, as the exit code will say.
        const failed = d.findings && opts.activeErrors ? counted > 0 : d.failed;
        const mark = failed ? paint(31, '\u2717') : paint(32, '\u2713');
        const problems = counted ? paint(31, ` ${counted} error${counted === 1 ? '' : 's'}`) : '';
        const detail = d.detail ? paint(2, ` (${(0,report_escape/* logLine */.BP)(d.detail)})`) : '';
        say(`  ${mark} ${d.check.padEnd(13)} ${(0,report_escape/* logLine */.BP)(d.target)}${detail}${problems} ${paint(2, `${Math.round(now - last)} ms`)}\n`);
        last = now;
    };
    const results = await runChecks(say ? { ...ctx, onTarget } : ctx, runs);
    if (say)
        say(`done in ${Math.round(performance.now() - started)} ms\n`);
    return results;
}


/***/ })

};
;