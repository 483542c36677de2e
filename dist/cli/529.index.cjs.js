"use strict";
exports.id = 529;
exports.ids = [529];
exports.modules = {

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPLOY_OPTIONS: () => (/* reexport */ deploy_usage/* DEPLOY_OPTIONS */.N),
  DEPLOY_USAGE: () => (/* reexport */ deploy_usage/* DEPLOY_USAGE */.u),
  runDeployCommand: () => (/* binding */ runDeployCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/tools/install.ts + 1 modules
var install = __webpack_require__(1433);
// EXTERNAL MODULE: ./src/tools/process.ts
var tools_process = __webpack_require__(8722);
;// CONCATENATED MODULE: ./src/report/url-credentials.ts
// A kubeconfig's `server:` and `proxy-url:` may carry `user:password@`. client-go's own messages
// replace only the password (`https://user:***@host`), so anything that prints a URL or kubectl's
// stderr goes through here first.
const WITH_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)?(.*)@([^@]*)$/is;
/**
 * The URL with its userinfo replaced by `***`. Everything up to the last `@` counts as userinfo,
 * even across a raw `/` that would end a well-formed authority: a mis-encoded password must not
 * show up because the parser stopped early. A URL without `@` is returned unchanged.
 */
function redactUrl(url) {
    const m = WITH_USERINFO.exec(url);
    if (!m)
        return url;
    return `${m[1] ?? ''}***@${m[3]}`;
}
/** The userinfo of a URL split as written (`user`, `password`), or undefined when there is none. */
function url_credentials_urlUserinfo(url) {
    const m = WITH_USERINFO.exec(url.trim());
    if (!m || !m[2])
        return undefined;
    const userinfo = m[2];
    const colon = userinfo.indexOf(':');
    return colon < 0 ? { userinfo, user: userinfo } : { userinfo, user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1) };
}
// A scheme, then anything without whitespace or quotes up to an `@`: URLs inside free text.
const USERINFO_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s"'<>`]*@/gi;
/** Free text (kubectl's stderr, an error message) with the userinfo of every URL in it replaced. */
function scrubUrlCredentials(text) {
    return text.replace(USERINFO_IN_TEXT, '$1***@');
}

;// CONCATENATED MODULE: ./src/tools/kubectl.ts
// The one way the deploy engine talks to a cluster: kubectl, spawned with argument arrays, always
// with an explicit --kubeconfig (and --context when given). Nothing here ever logs or returns
// credentials: the log line names the command and the API server address, never the kubeconfig's
// users, and stderr is scrubbed of anything that looks like a token or key before it is returned.







class CallAborted extends Error {
    name = 'CallAborted';
}
/** How long a cancelled kubectl gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 1500;
class KubectlError extends Error {
    kind;
    code;
    stderr;
    name = 'KubectlError';
    constructor(message, kind, code, stderr) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.stderr = stderr;
    }
}
/** Reads only the context \u2192 cluster \u2192 server chain of a kubeconfig; users are never looked at. */
function clusterEndpoint(kubeconfig, context) {
    if (!(0,external_node_fs_.existsSync)(kubeconfig))
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} does not exist`);
    let doc;
    try {
        doc = ((0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(kubeconfig, 'utf8')) ?? {});
    }
    catch {
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} is not valid YAML`);
    }
    const name = context ?? doc['current-context'];
    if (!name)
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} has no current-context; pass a context`);
    const ctx = doc.contexts?.find((c) => c.name === name);
    if (!ctx)
        throw new finding/* UsageError */.eb(`context "${name}" is not in kubeconfig ${kubeconfig}`);
    const clusterName = ctx.context?.cluster ?? '';
    const cluster = doc.clusters?.find((c) => c.name === clusterName);
    const server = cluster?.cluster?.server;
    if (!server)
        throw new finding/* UsageError */.eb(`context "${name}" in kubeconfig ${kubeconfig} names no cluster with a server`);
    // The only place the address is read for logs, outputs, summaries and plan files.
    return { context: name, cluster: clusterName, server: redactUrl(server) };
}
/** kubectl to use: an explicit path, PORTARIUM_KUBECTL, or `kubectl` on PATH. */
function locateKubectl(explicit) {
    const p = explicit || process.env['PORTARIUM_KUBECTL'] || (0,install/* findOnPath */.aY)('kubectl');
    if (!p)
        throw new finding/* UsageError */.eb('kubectl was not found on PATH (set PORTARIUM_KUBECTL or pass --kubectl)');
    if (external_node_path_default().isAbsolute(p) && !(0,external_node_fs_.existsSync)(p))
        throw new finding/* UsageError */.eb(`kubectl ${p} does not exist`);
    return p;
}
const SECRET_PATTERNS = [
    /(authorization:\s*bearer\s+)\S+/gi,
    /(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    /((?:client-key-data|client-certificate-data|token|password|certificate-authority-data)\s*[:=]\s*)\S+/gi,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];
/** Defence in depth: kubectl does not print credentials at the default verbosity, but never pass them on. */
function scrubCredentials(text) {
    let out = scrubUrlCredentials(text);
    for (const re of SECRET_PATTERNS)
        out = out.replace(re, (_m, p1) => (typeof p1 === 'string' ? `${p1}[redacted]` : '[redacted]'));
    return out;
}
/** Classifies kubectl's stderr (client-go and API server messages are stable across versions). */
function classifyFailure(stderr) {
    const s = stderr.toLowerCase();
    if (/connection refused|was refused|no such host|dial tcp|i\/o timeout|network is unreachable|unable to connect to the server|tls handshake timeout|connect: /.test(s)) {
        if (/certificate has expired|x509/.test(s) && !/connection refused/.test(s))
            return 'unauthorized';
        return 'unreachable';
    }
    if (/you must be logged in|unauthorized|certificate has expired|x509: certificate/.test(s))
        return 'unauthorized';
    if (/ is forbidden: |\(forbidden\)/.test(s))
        return 'forbidden';
    if (/conflict with "|apply failed with \d+ conflicts?|conflicts? with /.test(s))
        return 'conflict';
    if (/\(notfound\)| not found/.test(s))
        return 'not-found';
    if (/\(invalid\)| is invalid: |error validating|unknown field/.test(s))
        return 'invalid';
    if (/context deadline exceeded|timeout|timed out/.test(s))
        return 'timeout';
    return 'other';
}
class KubectlRunner {
    kubectl;
    endpoint;
    opts;
    constructor(opts, located) {
        this.opts = opts;
        this.kubectl = located?.kubectl ?? locateKubectl(opts.kubectl);
        this.endpoint = located?.endpoint ?? clusterEndpoint(opts.kubeconfig, opts.context);
    }
    /**
     * The same cluster and identity with other limits: the bookkeeping that must still happen after a
     * cancellation (marking a revision interrupted, releasing the lock) runs without the signal and
     * with a short deadline.
     */
    derive(o) {
        const { signal: _s, ...rest } = this.opts;
        void _s;
        return new KubectlRunner({ ...rest, ...o }, { kubectl: this.kubectl, endpoint: this.endpoint });
    }
    /** The API server address, the only thing about the cluster that is safe to log. */
    get server() {
        return this.endpoint.server;
    }
    globalArgs() {
        const a = ['--kubeconfig', this.opts.kubeconfig, '--context', this.endpoint.context];
        a.push(`--request-timeout=${this.opts.requestTimeout ?? '30s'}`);
        return a;
    }
    /** Runs kubectl; resolves for every exit code (callers decide), rejects only when it cannot start. */
    async run(args, ro = {}) {
        this.opts.log?.(`kubectl ${describe(args)} (server ${this.server})`);
        const env = { ...process.env, ...ro.env };
        // The kubeconfig is always explicit; an inherited KUBECONFIG must not leak other clusters in.
        delete env['KUBECONFIG'];
        const timeout = ro.processTimeoutMs ?? this.opts.processTimeoutMs ?? 10 * 60_000;
        const signal = this.opts.signal;
        if (signal?.aborted)
            throw new CallAborted(`kubectl ${describe(args)} not started: the deploy was cancelled`);
        let r;
        try {
            // Its own process group, so a cancellation ends kubectl and anything it started (exec
            // credential plugins) together.
            r = await (0,tools_process/* runProcess */.R3)(this.kubectl, [...args, ...this.globalArgs()], {
                env,
                stdin: ro.stdin ?? '',
                timeoutMs: timeout,
                timeoutSignal: 'SIGKILL',
                signal,
                killGraceMs: KILL_GRACE_MS,
                processGroup: true,
            });
        }
        catch (e) {
            throw new finding/* UsageError */.eb(`cannot run kubectl (${this.kubectl}): ${e.message}`);
        }
        if (r.aborted)
            throw new CallAborted(`kubectl ${describe(args)} was stopped: the deploy was cancelled`);
        const stderr = scrubCredentials(r.stderr.toString('utf8'));
        return {
            code: r.timedOut ? 124 : (r.code ?? 1),
            stdout: r.stdout.toString('utf8'),
            stderr: r.timedOut ? `${stderr}\nkubectl was stopped after ${Math.round(timeout / 1000)}s (timeout)` : stderr,
        };
    }
    /** Runs kubectl and throws a classified KubectlError unless the exit code is accepted. */
    async must(args, ro = {}) {
        const r = await this.run(args, ro);
        const ok = ro.okCodes ?? [0];
        if (!ok.includes(r.code))
            throw this.error(args, r);
        return r;
    }
    /** `kubectl ... -o json`, parsed. */
    async json(args, ro = {}) {
        const r = await this.must([...args, '-o', 'json'], ro);
        if (!r.stdout.trim())
            return { kind: 'List', items: [] };
        return JSON.parse(r.stdout);
    }
    /** `kubectl get|create|replace|delete --raw PATH`: one request, no discovery, JSON in and out. */
    async rawJson(verb, apiPath, body) {
        const args = body === undefined ? [verb, '--raw', apiPath] : [verb, '--raw', apiPath, '-f', '-'];
        const r = await this.must(args, body === undefined ? {} : { stdin: JSON.stringify(body) });
        return (r.stdout.trim() ? JSON.parse(r.stdout) : undefined);
    }
    error(args, r) {
        const kind = r.code === 124 ? 'timeout' : classifyFailure(r.stderr);
        // stderr is scrubbed in run(); stdout is data and only reaches a message here.
        const detail = r.stderr.trim() || scrubCredentials(r.stdout.trim()) || `exit code ${r.code}`;
        return new KubectlError(`kubectl ${describe(args)} failed against ${this.server}: ${detail}`, kind, r.code, r.stderr);
    }
}
/** The subcommand words, without file contents or flag values that could be long. */
function describe(args) {
    const words = [];
    for (const a of args) {
        if (words.length >= 6)
            break;
        words.push(a.length > 60 ? `${a.slice(0, 57)}...` : a);
    }
    return words.join(' ') + (args.length > words.length ? ' ...' : '');
}

;// CONCATENATED MODULE: ./src/deploy/annotate.ts
/** Server-side apply field manager of every write the deploy engine makes. */
const FIELD_MANAGER = 'portarium-infra';
const ANNOTATION_RELEASE = 'portarium-infra.dev/release';
const ANNOTATION_COMMIT = 'portarium-infra.dev/commit';
const ANNOTATION_RUN = 'portarium-infra.dev/run';
/** Copies of the objects with provenance annotations (the originals stay as rendered). */
function annotateObjects(objects, p) {
    return objects.map((o) => {
        const copy = structuredClone(o);
        const a = { ...(copy.metadata.annotations ?? {}) };
        a[ANNOTATION_RELEASE] = p.release;
        if (p.commit)
            a[ANNOTATION_COMMIT] = p.commit;
        if (p.run)
            a[ANNOTATION_RUN] = p.run;
        copy.metadata.annotations = a;
        return copy;
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/applyset.ts
// ApplySet pruning (KEP-3659) as kubectl implements it with KUBECTL_APPLYSET=true: a parent Secret
// in the release namespace lists the group-kinds of its members, members carry
// applyset.kubernetes.io/part-of=<id>. kubectl does the pruning (and, with --dry-run=server, says
// what it would prune, which is how a plan learns it: kubectl diff has no ApplySet support).

const PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
const ID_LABEL = 'applyset.kubernetes.io/id';
const GROUP_KINDS_ANNOTATION = 'applyset.kubernetes.io/contains-group-kinds';
const ADDITIONAL_NAMESPACES_ANNOTATION = 'applyset.kubernetes.io/additional-namespaces';
function applysetParentName(release) {
    return `portarium-applyset.${release}`;
}
/** `applyset-` + base64url(sha256(<name>.<namespace>.<Kind>.<group>)) + `-v1` (kubectl applyset.go). */
function applysetId(name, namespace, kind = 'Secret', group = '') {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
    return `applyset-${hash}-v1`;
}
/** `--applyset=secrets/<name>` */
function applysetFlag(release) {
    return `--applyset=secrets/${applysetParentName(release)}`;
}

;// CONCATENATED MODULE: ./src/deploy/objects.ts
// Kubernetes objects as the deploy engine handles them: identity, pod specs, workload kinds.
function groupVersion(apiVersion) {
    const i = apiVersion.indexOf('/');
    return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function refOf(o) {
    const { group, version } = groupVersion(o.apiVersion);
    return { group, version, kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) };
}
/** Identity independent of the API version: `apps/Deployment/ns/name`. */
function keyOf(r) {
    const ref = 'apiVersion' in r ? refOf(r) : r;
    return `${ref.group}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
/** How a person (and kubectl) names it: `deployment.apps/web`, `configmap/settings`. */
function displayName(r) {
    const ref = 'apiVersion' in r ? refOf(r) : r;
    const kind = ref.kind.toLowerCase() + (ref.group ? `.${ref.group}` : '');
    return `${kind}/${ref.name}`;
}
/** `ns/deployment.apps/web` or `namespace/prod` for cluster-scoped objects. */
function qualifiedName(r) {
    const ref = 'apiVersion' in r ? refOf(r) : r;
    return ref.namespace ? `${ref.namespace}/${displayName(ref)}` : displayName(ref);
}
/** Kinds the rollout wait understands. */
const WORKLOAD_KINDS = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job']);
function isWorkload(o) {
    return WORKLOAD_KINDS.has(`${groupVersion(o.apiVersion).group}/${o.kind}`);
}
/** The pod spec of a Pod, a workload with a template, or a CronJob's job template. */
function podSpecOf(o) {
    const spec = o.spec;
    if (!spec || typeof spec !== 'object')
        return undefined;
    if (o.kind === 'Pod')
        return { podSpec: spec };
    const tmplHolder = o.kind === 'CronJob' ? asRecord(asRecord(spec['jobTemplate'])?.['spec']) : spec;
    const template = asRecord(tmplHolder?.['template']);
    const podSpec = asRecord(template?.['spec']);
    if (!podSpec)
        return undefined;
    const md = asRecord(template?.['metadata']);
    return { podSpec, ...(md ? { templateMetadata: md } : {}) };
}
function containersOf(podSpec) {
    const out = [];
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        const arr = podSpec[list];
        if (!Array.isArray(arr))
            continue;
        for (const c of arr)
            if (c && typeof c === 'object' && typeof c.name === 'string')
                out.push({ list, container: c });
    }
    return out;
}
function asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** A label selector (`spec.selector`) as a `-l` string; undefined when it selects nothing expressible. */
function selectorString(selector) {
    const sel = asRecord(selector);
    if (!sel)
        return undefined;
    const parts = [];
    const ml = asRecord(sel['matchLabels']) ?? {};
    for (const [k, v] of Object.entries(ml))
        parts.push(`${k}=${String(v)}`);
    const exprs = Array.isArray(sel['matchExpressions']) ? sel['matchExpressions'] : [];
    for (const e of exprs) {
        const ex = asRecord(e);
        if (!ex)
            continue;
        const key = String(ex['key']);
        const values = Array.isArray(ex['values']) ? ex['values'].map(String) : [];
        switch (ex['operator']) {
            case 'In':
                parts.push(`${key} in (${values.join(',')})`);
                break;
            case 'NotIn':
                parts.push(`${key} notin (${values.join(',')})`);
                break;
            case 'Exists':
                parts.push(key);
                break;
            case 'DoesNotExist':
                parts.push(`!${key}`);
                break;
            default:
                return undefined;
        }
    }
    return parts.length ? parts.join(',') : undefined;
}

;// CONCATENATED MODULE: ./src/deploy/diff.ts
// `kubectl diff --server-side`: what the API server would change, as a unified diff per object.
// kubectl diffs LIVE and MERGED trees of temporary files named
// `[<group>.]<version>.<Kind>.<namespace>.<name>`; sections are mapped back to the rendered objects
// and the temporary paths replaced by stable `live/\u2026` and `merged/\u2026` names.


// Every run stamps the objects it applies with its run URL; a section changing nothing else is not
// something a reviewer has to approve.
const PROVENANCE_LINE = new RegExp(`^[-+]\\s+(${[ANNOTATION_RUN, ANNOTATION_COMMIT, ANNOTATION_RELEASE].map((a) => a.replace(/[./]/g, '\\$&')).join('|')}):`);
// The API server bumps a Deployment's metadata.generation on any annotation change (it has since
// the rollback annotation); with the pod template unchanged no new ReplicaSet follows.
const GENERATION_LINE = /^[-+] {2}generation: \d+$/;
function onlyProvenance(body) {
    const edits = body.filter((l) => (l.startsWith('+') || l.startsWith('-')) && !l.startsWith('+++ ') && !l.startsWith('--- '));
    return edits.some((l) => PROVENANCE_LINE.test(l)) && edits.every((l) => PROVENANCE_LINE.test(l) || GENERATION_LINE.test(l));
}
/** kubectl diff's file name for an object. */
function diffFileName(o) {
    const { group, version } = groupVersion(o.apiVersion);
    return `${group ? `${group}.` : ''}${version}.${o.kind}.${o.metadata.namespace ?? ''}.${o.metadata.name}`;
}
function parseDiff(output, objects) {
    const byFile = new Map(objects.map((o) => [diffFileName(o), o]));
    const sections = [];
    for (const line of output.split('\n')) {
        if (line.startsWith('diff ') || !sections.length)
            sections.push([]);
        sections[sections.length - 1].push(line);
    }
    const changed = [];
    const texts = [];
    const provenanceOnly = [];
    for (const lines of sections) {
        const plus = lines.find((l) => l.startsWith('+++ '));
        if (!plus)
            continue;
        const file = plus.slice(4).split('\t')[0].split('/').pop() ?? '';
        const obj = byFile.get(file) ?? objects.find((o) => file.endsWith(`.${o.kind}.${o.metadata.namespace ?? ''}.${o.metadata.name}`));
        const name = obj ? qualifiedName(obj) : file;
        const body = lines
            .filter((l) => !l.startsWith('diff '))
            .map((l) => (l.startsWith('--- ') ? `--- live/${name}` : l.startsWith('+++ ') ? `+++ merged/${name}` : l));
        while (body.length && body[body.length - 1] === '')
            body.pop();
        const text = body.join('\n') + '\n';
        const firstHunk = body.find((l) => l.startsWith('@@ '));
        if (onlyProvenance(body)) {
            provenanceOnly.push(name);
            continue;
        }
        changed.push({ key: obj ? keyOf(obj) : file, object: name, created: !!firstHunk && /^@@ -0,0 /.test(firstHunk), text });
        texts.push(text);
    }
    return { changed, text: texts.join(''), ...(provenanceOnly.length && { provenanceOnly }) };
}
/** Cuts text to at most maxBytes (UTF-8), at a line boundary. */
function capText(text, maxBytes) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= maxBytes)
        return { text, truncated: false };
    let cut = buf.subarray(0, maxBytes).toString('utf8');
    const nl = cut.lastIndexOf('\n');
    if (nl > 0)
        cut = cut.slice(0, nl + 1);
    return { text: cut, truncated: true };
}

;// CONCATENATED MODULE: ./src/deploy/client.ts
// What the deploy engine asks of a cluster, as one small interface with two implementations: the
// in-process API client (src/deploy/api/) and kubectl (this file), used when the kubeconfig needs
// something only kubectl does (auth-provider, impersonation) or PORTARIUM_DEPLOY_CLIENT=kubectl.
// Both fail with KubectlError in kubectl's wording, so findings read the same either way.





/** `Deployment.apps`, `ConfigMap`: how kubectl get names a kind unambiguously. */
function kindArg(apiVersion, kind) {
    const { group } = groupVersion(apiVersion);
    return group ? `${kind}.${group}` : kind;
}
const UNKNOWN_TYPE = /doesn't have a resource type|the server could not find the requested resource|no matches for kind/i;
/** One v1 List in JSON: kubectl flattens it, and JSON keeps every string exact. */
function jsonStream(objects) {
    return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects });
}
function itemsOf(res) {
    const r = res;
    if (Array.isArray(r.items))
        return r.items;
    return r.metadata ? [r] : [];
}
class KubectlClient {
    kubectl;
    via = 'kubectl';
    constructor(kubectl) {
        this.kubectl = kubectl;
    }
    get server() {
        return this.kubectl.server;
    }
    bookkeeping() {
        return new KubectlClient(this.kubectl.derive({ processTimeoutMs: 4000, requestTimeout: '3s' }));
    }
    async version() {
        const r = await this.kubectl.must(['get', '--raw', '/version']);
        try {
            return JSON.parse(r.stdout).gitVersion;
        }
        catch {
            return undefined;
        }
    }
    raw(verb, apiPath, body) {
        return this.kubectl.rawJson(verb, apiPath, body);
    }
    /**
     * Namespaced objects are read with one LIST per namespace (for 500 objects one request instead
     * of 500); cluster-scoped ones by name.
     */
    async live(objects) {
        const wanted = new Set(objects.map((o) => keyOf(o)));
        const out = [];
        const take = (items) => {
            for (const i of items)
                if (wanted.has(keyOf(i)))
                    out.push(i);
        };
        const byNs = new Map();
        const clusterScoped = [];
        for (const o of objects) {
            const ns = o.metadata.namespace;
            const k = kindArg(o.apiVersion, o.kind);
            if (ns)
                byNs.set(ns, (byNs.get(ns) ?? new Set()).add(k));
            else
                clusterScoped.push(`${k}/${o.metadata.name}`);
        }
        /** false when the server does not know one of the kinds asked for. */
        const read = async (args, scope) => {
            try {
                take(itemsOf(await this.kubectl.json(['get', ...args, ...scope, '--ignore-not-found'])));
                return true;
            }
            catch (e) {
                if (e instanceof KubectlError && UNKNOWN_TYPE.test(e.stderr))
                    return false;
                throw e;
            }
        };
        await Promise.all([
            ...[...byNs].map(async ([ns, kinds]) => {
                // One unknown kind fails the whole call; then ask kind by kind.
                if (!(await read([[...kinds].join(',')], ['-n', ns])))
                    for (const k of kinds)
                        await read([k], ['-n', ns]);
            }),
            (async () => {
                if (clusterScoped.length && !(await read(clusterScoped, []))) {
                    for (const ref of clusterScoped)
                        await read([ref], []);
                }
            })(),
        ]);
        return out;
    }
    async list(apiVersion, kind, namespace, selector) {
        return itemsOf(await this.kubectl.json(['get', kindArg(apiVersion, kind), '-n', namespace, '-l', selector]));
    }
    async create(obj, fieldManager) {
        await this.kubectl.must(['create', '-f', '-', '--field-manager', fieldManager, '-o', 'name'], { stdin: JSON.stringify(obj) });
    }
    async mergePatch(apiVersion, kind, namespace, name, patch, fieldManager) {
        await this.kubectl.must(['patch', kindArg(apiVersion, kind), name, '-n', namespace, '--type', 'merge', '-p', JSON.stringify(patch), '--field-manager', fieldManager]);
    }
    async remove(apiVersion, kind, namespace, names) {
        if (!names.length)
            return;
        await this.kubectl.must(['delete', kindArg(apiVersion, kind), ...names, '-n', namespace, '--ignore-not-found', '--wait=false']);
    }
    /**
     * Namespaces go first and outside the ApplySet: the ApplySet parent lives in the release
     * namespace (so it must exist), and a namespace removed from the overlay must never be pruned
     * with everything in it.
     */
    async apply(objects, o) {
        const isNs = (x) => o.prune && x.kind === 'Namespace' && x.apiVersion === 'v1';
        const namespaces = objects.filter(isNs);
        const rest = objects.filter((x) => !isNs(x));
        const base = ['apply', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'];
        if (o.forceConflicts)
            base.push('--force-conflicts');
        if (o.dryRun)
            base.push('--dry-run=server');
        if (namespaces.length)
            await this.kubectl.must(base, { stdin: jsonStream(namespaces) });
        // Nothing left to apply: an ApplySet apply of no objects would prune every member, so stop here.
        if (!rest.length)
            return { pruned: [] };
        const args = [...base];
        const env = {};
        if (o.prune) {
            args.push(applysetFlag(o.release), '--prune', '-n', o.namespace);
            env['KUBECTL_APPLYSET'] = 'true';
        }
        const r = await this.kubectl.must(args, { stdin: jsonStream(rest), env });
        const pruned = r.stdout
            .split('\n')
            .map((l) => /^(\S+) pruned\b/.exec(l.trim())?.[1])
            .filter((x) => !!x);
        return { pruned };
    }
    /** Exit 0: no differences, 1: differences, anything else is an error (thrown, classified). */
    async diff(objects, manifests) {
        const r = await this.kubectl.must(['diff', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'], {
            stdin: manifests,
            okCodes: [0, 1],
            // kubectl's default external diff; set explicitly so a user's KUBECTL_EXTERNAL_DIFF (colordiff, dyff\u2026) cannot change the format.
            env: { KUBECTL_EXTERNAL_DIFF: 'diff -u -N' },
        });
        if (r.code === 0)
            return { changed: [], text: '' };
        return parseDiff(r.stdout, objects);
    }
    async planApply(objects, o, diffManifests) {
        const [dry, diff] = await Promise.all([this.apply(objects, { ...o, dryRun: true }), this.diff(objects, diffManifests)]);
        return { pruned: dry.pruned, diff };
    }
}

;// CONCATENATED MODULE: ./src/deploy/api/discovery.ts
// kind \u2192 REST resource, from the API server's discovery documents: /api/v1 or /apis/<group>/<version>
// for the group-versions a run touches (one request each, asked once per run and side by side),
// and /apis/<group> for a group-kind without a version (an ApplySet's contains-group-kinds).
// A CRD applied in the same run is found by asking again once.

class Discovery {
    fetch;
    lists = new Map();
    preferred = new Map();
    constructor(fetch) {
        this.fetch = fetch;
    }
    gvList(gv, refresh = false) {
        let p = refresh ? undefined : this.lists.get(gv);
        if (!p) {
            const { group, version } = groupVersion(gv);
            p = this.fetch(group ? `/apis/${group}/${version}` : `/api/${version}`).then((r) => {
                if (r.status === 404)
                    return undefined;
                const m = new Map();
                for (const res of r.json.resources ?? []) {
                    if (res.name.includes('/'))
                        continue;
                    m.set(res.kind, { group, version, kind: res.kind, resource: res.name, namespaced: res.namespaced });
                }
                return m;
            });
            p.catch(() => undefined);
            this.lists.set(gv, p);
        }
        return p;
    }
    /** Starts the discovery of every group-version among `apiVersions` (cheap when already known). */
    warm(apiVersions) {
        return Promise.all([...new Set(apiVersions)].map((gv) => this.gvList(gv)));
    }
    /** The mapping of apiVersion+kind, or undefined when the server does not serve it. */
    async mapping(apiVersion, kind) {
        const hit = (await this.gvList(apiVersion))?.get(kind);
        if (hit)
            return hit;
        // Served by now, perhaps: a CRD this run applied.
        return (await this.gvList(apiVersion, true))?.get(kind);
    }
    /** A group-kind (`Deployment.apps`, `ConfigMap`) at its group's preferred version. */
    async groupKind(gk) {
        const dot = gk.indexOf('.');
        const kind = dot < 0 ? gk : gk.slice(0, dot);
        const group = dot < 0 ? '' : gk.slice(dot + 1);
        if (!group)
            return this.mapping('v1', kind);
        let p = this.preferred.get(group);
        if (!p) {
            p = this.fetch(`/apis/${group}`).then((r) => (r.status === 404 ? undefined : r.json.preferredVersion?.groupVersion));
            this.preferred.set(group, p);
        }
        const gv = await p;
        return gv ? this.mapping(gv, kind) : undefined;
    }
}
/** `Deployment.apps`, `ConfigMap` (schema.GroupKind.String()). */
function groupKindString(m) {
    return m.group ? `${m.kind}.${m.group}` : m.kind;
}
/** The collection path of a mapping in a namespace (ignored for cluster-scoped kinds). */
function collectionPath(m, namespace) {
    const root = m.group ? `/apis/${m.group}/${m.version}` : `/api/${m.version}`;
    return m.namespaced && namespace ? `${root}/namespaces/${encodeURIComponent(namespace)}/${m.resource}` : `${root}/${m.resource}`;
}
function objectPath(m, namespace, name) {
    return `${collectionPath(m, namespace)}/${encodeURIComponent(name)}`;
}

;// CONCATENATED MODULE: ./src/deploy/api/apply.ts
// Server-side apply from this process, with kubectl's ApplySet pruning reproduced step for step
// (kubectl pkg/cmd/apply/applyset.go and applyset_pruner.go), so that a release deployed through
// kubectl and then in-process (or the other way round) prunes the same objects:
//   1. read the parent Secret; refuse one another tool manages or whose id label is wrong;
//      its contains-group-kinds and additional-namespaces (plus its own namespace) are what may be pruned;
//   2. apply the parent with the superset of old and new group-kinds (field manager kubectl-applyset);
//   3. apply every object with applyset.kubernetes.io/part-of=<id> (errors collected, as kubectl does);
//   4. only when all succeeded: list each old group-kind in each old namespace by the part-of label and
//      delete what was not applied (by UID), then apply the parent with exactly the new group-kinds.
// The parent's tooling annotation says kubectl: kubectl refuses a parent of any other tooling, and
// this client writes what kubectl would.




const TOOLING_ANNOTATION = 'applyset.kubernetes.io/tooling';
/** What kubectl v1.33 writes; only the part before the last `/` is compared by kubectl. */
const TOOLING = 'kubectl/v1.33.0';
const APPLYSET_MANAGER = 'kubectl-applyset';
const APPLY_CONCURRENCY = 8;
/** Runs fn over items, at most n at a time, in order of start. */
async function pool(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
    return out;
}
/**
 * Kinds whose existence changes how the server admits what follows (a namespace, a CRD and its
 * custom resources, a pod's ServiceAccount, quotas and limits, priority classes, admission
 * webhooks and policies, aggregated APIs). kubectl applies one object after another in input order;
 * here these kinds keep their place as barriers, and the objects between two barriers (ConfigMaps,
 * Services, workloads\u2026, which the server admits in any order) go side by side.
 */
const BARRIER_KINDS = new Set([
    'Namespace', 'CustomResourceDefinition', 'ServiceAccount', 'LimitRange', 'ResourceQuota', 'PriorityClass', 'RuntimeClass', 'StorageClass',
    'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'APIService',
]);
/** Built-in groups: any other group is a custom resource, which waits for what came before it. */
const BUILTIN_GROUP = /^$|\.k8s\.io$|^(apps|batch|autoscaling|policy|extensions)$/;
function batches(objects) {
    const out = [];
    let last = '';
    for (const o of objects) {
        const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
        const barrier = BARRIER_KINDS.has(o.kind) || !BUILTIN_GROUP.test(group);
        const k = barrier ? `${o.apiVersion}|${o.kind}` : 'free';
        if (k !== last || !out.length)
            out.push([]);
        out[out.length - 1].push(o);
        last = k;
    }
    return out;
}
function ssaQuery(o) {
    return { fieldManager: o.manager, force: String(o.force), fieldValidation: 'Strict', dryRun: o.dryRun ? 'All' : undefined };
}
function withLabel(o, key, value) {
    if (o.metadata.labels && key in o.metadata.labels) {
        throw new KubectlError(`ApplySet label "${key}" already set in input data`, 'invalid', 1, `error: ApplySet label "${key}" already set in input data`);
    }
    return { ...o, metadata: { ...o.metadata, labels: { ...(o.metadata.labels ?? {}), [key]: value } } };
}
function conflictRewording(e) {
    // kubectl's own sentence after an apply conflict; clusterFinding cuts it, as it does kubectl's.
    if (e instanceof KubectlError && e.kind === 'conflict') {
        const stderr = `error: ${e.stderr.replace(/^Error from server \(Conflict\): /, '')}\nPlease review the fields above--they currently have other managers.`;
        return new KubectlError(e.message, e.kind, e.code, stderr);
    }
    return e;
}
async function applyObjects(api, objects, o) {
    const isNs = (x) => o.prune && x.kind === 'Namespace' && x.apiVersion === 'v1';
    const namespaces = objects.filter(isNs);
    let rest = objects.filter((x) => !isNs(x));
    const applied = [];
    const errors = [];
    const visited = new Set();
    await api.discovery.warm(objects.map((x) => x.apiVersion));
    const applyOne = async (x) => {
        const m = await api.discovery.mapping(x.apiVersion, x.kind);
        if (!m) {
            const ns = x.metadata.namespace ?? '';
            const text = `error: resource mapping not found for name: "${x.metadata.name}" namespace: "${ns}" from "STDIN": no matches for kind "${x.kind}" in version "${x.apiVersion}"\nensure CRDs are installed first`;
            errors.push(new KubectlError(text, 'not-found', 1, text));
            return;
        }
        try {
            const result = await api.json('PATCH', objectPath(m, x.metadata.namespace ?? 'default', x.metadata.name), {
                query: ssaQuery({ force: !!o.forceConflicts, dryRun: o.dryRun, manager: FIELD_MANAGER }),
                body: x,
                contentType: 'application/apply-patch+yaml',
            });
            if (result.metadata?.uid)
                visited.add(String(result.metadata.uid));
            applied.push({ object: x, result });
        }
        catch (e) {
            if (!(e instanceof KubectlError))
                throw e;
            errors.push(conflictRewording(e));
        }
    };
    // A dry run persists nothing, so its order cannot matter: everything goes side by side.
    const applyAll = async (list) => {
        for (const batch of o.dryRun ? [list] : batches(list))
            await pool(batch, APPLY_CONCURRENCY, applyOne);
    };
    const fail = () => {
        if (!errors.length)
            return;
        const stderr = errors.map((e) => e.stderr).join('\n');
        const first = errors[0];
        throw new KubectlError(errors.length === 1 ? first.message : `${errors.length} objects failed to apply: ${stderr}`, first.kind, 1, stderr);
    };
    if (namespaces.length) {
        await applyAll(namespaces);
        fail();
    }
    // Nothing left to apply: an ApplySet apply of no objects would prune every member, so stop here.
    if (!rest.length)
        return { pruned: [], applied };
    if (!o.prune) {
        await applyAll(rest);
        fail();
        return { pruned: [], applied };
    }
    const parentName = applysetParentName(o.release);
    const id = applysetId(parentName, o.namespace);
    rest = rest.map((x) => withLabel(x, PART_OF_LABEL, id));
    const secrets = { group: '', version: 'v1', kind: 'Secret', resource: 'secrets', namespaced: true };
    const parentPath = objectPath(secrets, o.namespace, parentName);
    const parentRef = `secrets./${parentName}`;
    const parentPatch = (kinds, nss) => ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
            name: parentName,
            namespace: o.namespace,
            annotations: {
                [TOOLING_ANNOTATION]: TOOLING,
                [GROUP_KINDS_ANNOTATION]: [...new Set(kinds)].sort().join(','),
                [ADDITIONAL_NAMESPACES_ANNOTATION]: [...new Set(nss)].filter((n) => n !== o.namespace).sort().join(','),
            },
            labels: { [ID_LABEL]: id },
        },
    });
    const updateParent = async (body, step) => {
        const send = (force) => api.json('PATCH', parentPath, { query: ssaQuery({ force, dryRun: o.dryRun, manager: APPLYSET_MANAGER }), body, contentType: 'application/apply-patch+yaml' });
        try {
            await send(false);
        }
        catch (e) {
            if (!(e instanceof KubectlError) || !/\(Conflict\)/.test(e.stderr))
                throw wrap(e, step);
            try {
                await send(true);
            }
            catch (e2) {
                throw wrap(e2, step);
            }
        }
    };
    const current = { kinds: new Map(), namespaces: new Set() };
    const updated = { kinds: new Set(), namespaces: new Set() };
    /** Steps 1 and 2: read and check the parent, then apply it with the superset of group-kinds. */
    const parentStep = async () => {
        const parent = await api.getOptional(parentPath);
        if (parent) {
            const annotations = parent.metadata.annotations ?? {};
            const labels = parent.metadata.labels ?? {};
            const refuse = (why) => {
                const text = `error: ApplySet parent object "${parentRef}" ${why}`;
                return new KubectlError(text, 'invalid', 1, text);
            };
            const tooling = annotations[TOOLING_ANNOTATION];
            if (tooling === undefined)
                throw refuse(`already exists and is missing required annotation "${TOOLING_ANNOTATION}"`);
            const parts = tooling.split('/');
            const managedBy = parts.length >= 2 ? parts.slice(0, -1).join('/') : tooling;
            if (managedBy !== 'kubectl')
                throw refuse(`already exists and is managed by tooling "${managedBy}" instead of "kubectl"`);
            if (labels[ID_LABEL] === undefined)
                throw refuse(`exists and does not have required label ${ID_LABEL}`);
            if (labels[ID_LABEL] !== id)
                throw refuse(`exists and has incorrect value for label "${ID_LABEL}" (got: ${labels[ID_LABEL]}, want: ${id})`);
            const gks = annotations[GROUP_KINDS_ANNOTATION];
            if (gks === undefined)
                throw refuse(`lacks the "${GROUP_KINDS_ANNOTATION}" annotation kubectl requires`);
            for (const gk of gks ? gks.split(',') : []) {
                const m = await api.discovery.groupKind(gk);
                if (!m) {
                    const text = `error: parsing ApplySet annotation on "${parentRef}": could not find mapping for kind in "${GROUP_KINDS_ANNOTATION}" annotation: no matches for kind "${gk}"`;
                    throw new KubectlError(text, 'not-found', 1, text);
                }
                current.kinds.set(gk, m);
            }
            const extra = annotations[ADDITIONAL_NAMESPACES_ANNOTATION];
            for (const ns of extra ? extra.split(',') : [])
                current.namespaces.add(ns);
            current.namespaces.add(o.namespace);
        }
        // The group-kinds and namespaces of this apply (objects whose kind the server does not serve
        // are left out, as kubectl leaves out what it cannot map).
        for (const x of rest) {
            const m = await api.discovery.mapping(x.apiVersion, x.kind);
            if (!m)
                continue;
            updated.kinds.add(groupKindString(m));
            if (m.namespaced && x.metadata.namespace)
                updated.namespaces.add(x.metadata.namespace);
        }
        // The superset first: a run that dies half-way still knows every kind it may have labelled.
        await updateParent(parentPatch([...current.kinds.keys(), ...updated.kinds], [...current.namespaces, ...updated.namespaces]), 'failed to update ApplySet');
    };
    // 3. The members: after the parent (kubectl's order); in a dry run, which persists nothing,
    // alongside it. A parent that may not be used is reported first, as kubectl reports it.
    if (o.dryRun) {
        const [p] = await Promise.allSettled([parentStep(), applyAll(rest)]);
        if (p.status === 'rejected')
            throw p.reason;
    }
    else {
        await parentStep();
        await applyAll(rest);
    }
    fail();
    // 4. Prune what carries the label and was not applied now, then narrow the parent.
    const selector = `${PART_OF_LABEL}=${id}`;
    const tasks = [];
    for (const m of current.kinds.values()) {
        if (m.namespaced)
            for (const ns of current.namespaces)
                tasks.push({ m, ns });
        else
            tasks.push({ m });
    }
    const found = await Promise.all(tasks.map(async (t) => {
        const list = await api.json('GET', collectionPath(t.m, t.ns), { query: { labelSelector: selector } });
        return (list.items ?? []).filter((i) => !visited.has(String(i.metadata.uid ?? ''))).map((i) => ({ m: t.m, ns: t.ns, name: i.metadata.name }));
    }));
    const doomed = found.flat();
    const pruned = [];
    const narrow = () => updateParent(parentPatch(updated.kinds, updated.namespaces), 'apply and prune succeeded, but ApplySet update failed');
    // A dry run narrows the parent alongside the (dry) deletes; a real one only after them.
    const narrowed = o.dryRun ? narrow() : undefined;
    narrowed?.catch(() => undefined);
    await pool(doomed, APPLY_CONCURRENCY, async (d) => {
        try {
            // With a body the server reads DeleteOptions from it and ignores the query: dryRun goes in the body.
            await api.json('DELETE', objectPath(d.m, d.ns, d.name), { body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background', ...(o.dryRun ? { dryRun: ['All'] } : {}) } });
        }
        catch (e) {
            // Gone already: what pruning wanted.
            if (!(e instanceof KubectlError && e.kind === 'not-found'))
                throw wrap(e, `pruning ${groupKindString(d.m)} ${d.ns ? `${d.ns}/` : ''}${d.name}`);
        }
    });
    for (const d of doomed)
        pruned.push(`${d.m.kind.toLowerCase()}${d.m.group ? `.${d.m.group}` : ''}/${d.name}`);
    await (narrowed ?? narrow());
    return { pruned, applied };
}
function wrap(e, step) {
    if (!(e instanceof KubectlError))
        return e;
    const stderr = `error: ${step}: ${e.stderr.replace(/^error: /, '')}`;
    return new KubectlError(`${step}: ${e.message}`, e.kind, e.code, stderr);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/deploy/api/diff.ts
// `kubectl diff --server-side` without kubectl: each object's live state against what the
// server-side dry-run apply returned, both written as kubectl writes its LIVE and MERGED files
// (managedFields left out, Secret values masked, keys sorted, sequences not indented) and
// compared as `diff -u -N` would, then read by the same parser as kubectl's output.




function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
    return v;
}
function withoutManagedFields(o) {
    const { managedFields: _m, ...metadata } = o.metadata;
    void _m;
    return { ...o, metadata: metadata };
}
/** kubectl diff's masker: Secret values become *** (or *** (before)/(after) where they differ). */
function maskSecrets(live, merged) {
    if (merged.kind !== 'Secret' || merged.apiVersion !== 'v1')
        return [live, merged];
    const mask = (o, other, which) => {
        if (!o)
            return o;
        const data = o['data'];
        if (!data)
            return o;
        const theirs = other?.['data'] ?? {};
        const masked = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, k in theirs && theirs[k] !== v ? `*** (${which})` : '***']));
        return { ...o, data: masked };
    };
    return [mask(live, merged, 'before'), mask(merged, live, 'after')];
}
function yamlText(o) {
    if (!o)
        return '';
    return (0,dist/* stringify */.As)(sortKeys(o), { lineWidth: 0, indentSeq: false });
}
/** GNU diff's range: `start,count`, just `start` for one line, the line before for none. */
function range(start, count) {
    if (count === 0)
        return `${Math.max(start - 1, 0)},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
function diffObjects(objects, live, applied) {
    const liveByKey = new Map(live.map((l) => [keyOf(l), l]));
    const mergedByKey = new Map(applied.map((a) => [keyOf(a.object), a.result]));
    const out = [];
    for (const o of objects) {
        const mergedRaw = mergedByKey.get(keyOf(o));
        if (!mergedRaw)
            continue;
        const liveRaw = liveByKey.get(keyOf(o));
        const [l, m] = maskSecrets(liveRaw && withoutManagedFields(liveRaw), withoutManagedFields({ ...mergedRaw, apiVersion: o.apiVersion, kind: o.kind }));
        const liveTyped = l && { ...l, apiVersion: o.apiVersion, kind: o.kind };
        // Most objects of a deployed release are unchanged: compare as JSON before writing YAML.
        if (liveTyped && JSON.stringify(sortKeys(liveTyped)) === JSON.stringify(sortKeys(m)))
            continue;
        const before = yamlText(liveTyped);
        const after = yamlText(m);
        if (before === after)
            continue;
        const file = diffFileName(o);
        const p = (0,create/* structuredPatch */.YB)(`LIVE/${file}`, `MERGED/${file}`, before, after, '', '', { context: 3 });
        out.push(`diff -u -N LIVE/${file} MERGED/${file}`, `--- LIVE/${file}`, `+++ MERGED/${file}`);
        for (const h of p.hunks) {
            out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`);
            out.push(...h.lines.filter((x) => !x.startsWith('\\')));
        }
    }
    if (!out.length)
        return { changed: [], text: '' };
    return parseDiff(out.join('\n') + '\n', objects);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/deploy/api/exec-credential.ts
// Exec credential plugins (client.authentication.k8s.io v1 and v1beta1), as EKS, GKE and AKS
// kubeconfigs use them: the plugin runs with its argument array and the kubeconfig's env, is told
// (KUBERNETES_EXEC_INFO) that there is no terminal and, with provideClusterInfo, which cluster it
// is for; its ExecCredential is cached until its expirationTimestamp. Its stderr passes through
// the credential scrubber before it reaches a message; its stdout (the credential) never does.


class ExecPluginFailed extends Error {
    name = 'ExecPluginFailed';
}
const cache = new Map();
/** Plugin runs under way: requests that start together share one run. */
const running = new Map();
/** client-go refreshes a little before the stated expiry; so do we. */
const EXPIRY_SKEW_MS = 10_000;
function cacheKey(e, clusterInfo) {
    return JSON.stringify([e.apiVersion, e.command, e.args, e.env, e.provideClusterInfo ? clusterInfo : null]);
}
/** The cached credential while it is valid, else a fresh one from the plugin. */
async function execCredential(e, clusterInfo, o = {}) {
    const key = cacheKey(e, clusterInfo);
    const hit = cache.get(key);
    if (hit && !o.fresh && (hit.cred.expiresAt === undefined || hit.cred.expiresAt - EXPIRY_SKEW_MS > Date.now()))
        return hit.cred;
    let run = running.get(key);
    if (!run) {
        run = runPlugin(e, clusterInfo, o.signal).then((cred) => {
            cache.set(key, { cred, at: Date.now() });
            return cred;
        }).finally(() => running.delete(key));
        running.set(key, run);
    }
    return run;
}
async function runPlugin(e, clusterInfo, signal) {
    const info = {
        apiVersion: e.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false, ...(e.provideClusterInfo ? { cluster: clusterInfo } : {}) },
    };
    const env = { ...process.env, ...e.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
    delete env['KUBECONFIG'];
    let r;
    try {
        r = await (0,tools_process/* runProcess */.R3)(e.command, e.args, { env, stdin: '', timeoutMs: 60_000, timeoutSignal: 'SIGKILL', signal, killGraceMs: 1500, processGroup: true, maxStdoutBytes: 1024 * 1024, onStdoutOverflow: 'kill' });
    }
    catch (err) {
        throw new ExecPluginFailed(`the kubeconfig's exec credential plugin ${e.command} could not be started: ${err.message}`);
    }
    if (r.aborted)
        throw new ExecPluginFailed(`the exec credential plugin ${e.command} was stopped: the deploy was cancelled`);
    const stderr = scrubCredentials(r.stderr.toString('utf8')).trim().split('\n').slice(-3).join(' ');
    if (r.timedOut || r.code !== 0)
        throw new ExecPluginFailed(`the exec credential plugin ${e.command} failed (${r.timedOut ? 'timed out' : `exit code ${r.code ?? r.signal}`})${stderr ? `: ${stderr}` : ''}`);
    let out;
    try {
        out = JSON.parse(r.stdout.toString('utf8'));
    }
    catch {
        throw new ExecPluginFailed(`the exec credential plugin ${e.command} did not print an ExecCredential (JSON)`);
    }
    if (out.kind !== 'ExecCredential' || out.apiVersion !== e.apiVersion) {
        throw new ExecPluginFailed(`the exec credential plugin ${e.command} printed ${out.kind ?? 'no kind'} ${out.apiVersion ?? ''}, not an ExecCredential of ${e.apiVersion}`.trim());
    }
    const s = out.status ?? {};
    const cred = {};
    if (typeof s['token'] === 'string' && s['token'])
        cred.token = s['token'];
    if (typeof s['clientCertificateData'] === 'string' && typeof s['clientKeyData'] === 'string') {
        cred.clientCert = Buffer.from(s['clientCertificateData']);
        cred.clientKey = Buffer.from(s['clientKeyData']);
    }
    if (!cred.token && !cred.clientCert)
        throw new ExecPluginFailed(`the exec credential plugin ${e.command} returned neither a token nor a client certificate`);
    if (typeof s['expirationTimestamp'] === 'string') {
        const t = Date.parse(s['expirationTimestamp']);
        if (!Number.isNaN(t))
            cred.expiresAt = t;
    }
    return cred;
}

;// CONCATENATED MODULE: ./src/deploy/api/transport.ts
// HTTPS to the API server from this process: one keep-alive agent per run (per credential), the
// kubeconfig's trust settings, an http CONNECT proxy when the cluster names one (or HTTPS_PROXY
// applies, as client-go honours it), and the credential as a header or a client certificate.
// A 401 from a server reached with an exec-plugin credential runs the plugin again once, as
// client-go does. Failures become KubectlError with kubectl's wording, so every finding reads the
// same whichever client ran.






/** The proxy a request to `server` goes through: the kubeconfig's, else the environment's (client-go). */
function proxyFor(auth, server, env = process.env) {
    if (auth.proxyUrl)
        return auth.proxyUrl;
    const fromEnv = server.protocol === 'https:' ? (env['HTTPS_PROXY'] ?? env['https_proxy']) : (env['HTTP_PROXY'] ?? env['http_proxy']);
    if (!fromEnv)
        return undefined;
    const host = server.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = server.port || (server.protocol === 'https:' ? '443' : '80');
    for (const raw of (env['NO_PROXY'] ?? env['no_proxy'] ?? '').split(',')) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return undefined;
        const [h, p] = entry.includes(']') || (entry.match(/:/g) ?? []).length > 1 ? [entry, undefined] : entry.split(':');
        if (p && p !== port)
            continue;
        const name = (h ?? '').replace(/^\*?\./, '');
        if (host === name || host.endsWith(`.${name}`))
            return undefined;
        if (name.includes('/') && cidrContains(name, host))
            return undefined;
    }
    return /^[a-z]+:\/\//i.test(fromEnv) ? fromEnv : `http://${fromEnv}`;
}
function cidrContains(cidr, ip) {
    const [net, bitsText] = cidr.split('/');
    const bits = Number(bitsText);
    const toNum = (a) => a.split('.').reduce((n, x) => n * 256 + Number(x), 0);
    if (!net || !/^\d+\.\d+\.\d+\.\d+$/.test(net) || !/^\d+\.\d+\.\d+\.\d+$/.test(ip) || !(bits >= 0 && bits <= 32))
        return false;
    const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits);
    return (toNum(net) & mask) >>> 0 === (toNum(ip) & mask) >>> 0;
}
/** Tunnels each connection through an http proxy with CONNECT, then speaks TLS (or plain HTTP) inside. */
function tunnel(proxy, secure) {
    return (options, cb) => {
        const target = `${options.host}:${options.port}`;
        const headers = { Host: target };
        if (proxy.username)
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
        const req = external_node_http_default().request({ host: proxy.hostname, port: Number(proxy.port || 80), method: 'CONNECT', path: target, headers });
        req.once('connect', (res, socket) => {
            if (res.statusCode !== 200) {
                socket.destroy();
                cb(new Error(`proxyconnect tcp: the proxy ${proxy.host} answered ${res.statusCode ?? '?'} to CONNECT`));
                return;
            }
            if (!secure) {
                cb(null, socket);
                return;
            }
            const s = external_node_tls_default().connect({ ...options, socket });
            s.once('secureConnect', () => cb(null, s));
            s.once('error', (e) => cb(e));
        });
        req.once('error', (e) => cb(new Error(`proxyconnect tcp: ${e.message}`)));
        req.end();
        return undefined;
    };
}
class Transport {
    auth;
    base;
    agent;
    agentCert;
    /** Requests made (for the benchmark and the proxy test). */
    requests = 0;
    constructor(auth) {
        this.auth = auth;
        this.base = new URL(auth.server);
    }
    makeAgent(cert, key) {
        const secure = this.base.protocol === 'https:';
        const proxy = proxyFor(this.auth, this.base);
        const t = this.auth.trust;
        const tlsOpts = {
            keepAlive: true,
            maxSockets: 12,
            ...(t.ca ? { ca: t.ca } : {}),
            rejectUnauthorized: !t.insecure,
            ...(cert && key ? { cert, key } : {}),
            ...(t.tlsServerName ? { servername: t.tlsServerName, checkServerIdentity: (_host, c) => external_node_tls_default().checkServerIdentity(t.tlsServerName, c) } : {}),
        };
        const agent = secure ? new (external_node_https_default()).Agent(tlsOpts) : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 12 });
        if (proxy)
            agent.createConnection = tunnel(new URL(proxy), secure);
        return agent;
    }
    /** Headers and agent for the current credential; `fresh` re-runs an exec plugin. */
    async credentials(signal, fresh) {
        const a = this.auth;
        const headers = {};
        let cert = a.clientCert;
        let key = a.clientKey;
        if (a.exec) {
            const cred = await execCredential(a.exec, a.clusterInfo, { signal, fresh });
            if (cred.token)
                headers['Authorization'] = `Bearer ${cred.token}`;
            if (cred.clientCert && cred.clientKey) {
                cert = cred.clientCert;
                key = cred.clientKey;
            }
        }
        if (a.tokenFile) {
            const tok = (0,external_node_fs_.readFileSync)(a.tokenFile, 'utf8').trim();
            if (tok)
                headers['Authorization'] = `Bearer ${tok}`;
        }
        else if (a.token)
            headers['Authorization'] = `Bearer ${a.token}`;
        else if (a.basic && !headers['Authorization'])
            headers['Authorization'] = `Basic ${Buffer.from(`${a.basic.username}:${a.basic.password}`).toString('base64')}`;
        if (!this.agent || this.agentCert !== cert) {
            this.agent?.destroy();
            this.agent = this.makeAgent(cert, key);
            this.agentCert = cert;
        }
        return { headers, agent: this.agent };
    }
    close() {
        this.agent?.destroy();
        this.agent = undefined;
    }
    async request(method, apiPath, o = {}) {
        const what = `${method} ${apiPath}`;
        if (o.signal?.aborted)
            throw new CallAborted(`${what} not sent: the deploy was cancelled`);
        let cred;
        try {
            cred = await this.credentials(o.signal, false);
        }
        catch (e) {
            if (o.signal?.aborted)
                throw new CallAborted(`${what} not sent: the deploy was cancelled`);
            if (e instanceof ExecPluginFailed)
                throw new KubectlError(`${what} failed against ${this.server}: ${e.message}`, 'unauthorized', 1, `error: ${e.message}`);
            throw e;
        }
        let r = await this.send(method, apiPath, o, cred);
        if (r.status === 401 && this.auth.exec) {
            cred = await this.credentials(o.signal, true);
            r = await this.send(method, apiPath, o, cred);
        }
        return r;
    }
    /** The server address with no userinfo, the only form that reaches messages. */
    get server() {
        const u = new URL(this.base.href);
        u.username = '';
        u.password = '';
        return u.href.replace(/\/$/, '');
    }
    send(method, apiPath, o, cred) {
        const prefix = this.base.pathname.replace(/\/$/, '');
        const qs = Object.entries(o.query ?? {}).filter((e) => e[1] !== undefined);
        const search = qs.length ? `?${new URLSearchParams(qs).toString()}` : '';
        const body = o.body === undefined ? undefined : Buffer.from(typeof o.body === 'string' ? o.body : JSON.stringify(o.body));
        const mod = this.base.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const what = `${method} ${apiPath}`;
        this.requests++;
        return new Promise((resolve, reject) => {
            const req = mod.request({
                protocol: this.base.protocol,
                hostname: this.base.hostname.replace(/^\[|\]$/g, ''),
                port: this.base.port || (this.base.protocol === 'https:' ? 443 : 80),
                method,
                path: `${prefix}${apiPath}${search}`,
                agent: cred.agent,
                headers: {
                    Accept: 'application/json',
                    'User-Agent': 'portarium-infra',
                    ...cred.headers,
                    ...(body ? { 'Content-Type': o.contentType ?? 'application/json', 'Content-Length': String(body.length) } : {}),
                },
                ...(o.signal ? { signal: o.signal } : {}),
                timeout: o.timeoutMs ?? 30_000,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
                res.on('error', (e) => reject(this.networkError(what, e, o.signal)));
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('context deadline exceeded (Client.Timeout exceeded while awaiting headers)'), { code: 'ETIMEDOUT_REQUEST' })));
            req.on('error', (e) => reject(this.networkError(what, e, o.signal)));
            req.end(body);
        });
    }
    networkError(what, e, signal) {
        if (signal?.aborted)
            return new CallAborted(`${what} was stopped: the deploy was cancelled`);
        const code = e.code ?? '';
        if (code === 'ETIMEDOUT_REQUEST') {
            const stderr = `error: ${what}: ${e.message}`;
            return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, 'timeout', 124, stderr);
        }
        const tlsCode = /CERT|SELF_SIGNED|UNABLE_TO_|ALTNAME|ERR_TLS|ERR_SSL/.test(code);
        // kubectl's wording: client-go's "Unable to connect to the server" and, for trust, "x509:".
        const stderr = tlsCode
            ? `Unable to connect to the server: tls: failed to verify certificate: x509: ${scrubCredentials(e.message)}`
            : `Unable to connect to the server: dial tcp ${this.base.host}: connect: ${scrubCredentials(e.message)}`;
        return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, classifyFailure(stderr), 1, stderr);
    }
    /** A non-2xx answer as kubectl words it, classified the same way. */
    statusError(what, r) {
        let s = {};
        try {
            s = JSON.parse(r.body.toString('utf8'));
        }
        catch {
            s = { message: r.body.toString('utf8').slice(0, 500) };
        }
        const reason = s.reason || httpReason(r.status);
        const message = scrubCredentials(s.message || `the server responded with status ${r.status}`);
        const stderr = r.status === 401 ? 'error: You must be logged in to the server (Unauthorized)' : `Error from server (${reason}): ${message}`;
        let kind = classifyFailure(stderr);
        if (kind === 'other')
            kind = r.status === 401 ? 'unauthorized' : r.status === 403 ? 'forbidden' : r.status === 404 ? 'not-found' : r.status === 422 || r.status === 400 ? 'invalid' : r.status === 504 ? 'timeout' : 'other';
        return new KubectlError(`${what} failed against ${this.server}: ${stderr}`, kind, 1, stderr);
    }
}
function httpReason(status) {
    return { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 409: 'Conflict', 410: 'Expired', 415: 'UnsupportedMediaType', 422: 'Invalid', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout' }[status] ?? `HTTP ${status}`;
}

;// CONCATENATED MODULE: ./src/deploy/api/client.ts
// The in-process ClusterClient: the deploy engine's calls as HTTPS requests on one keep-alive
// connection pool, with discovery asked once per run. No process starts per call; the deploy's
// AbortSignal aborts requests in flight.







/** `30s`, `1m`, `500ms`, `0` (kubectl --request-timeout). */
function durationMs(s, fallback) {
    if (!s)
        return fallback;
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
    if (!m)
        return fallback;
    const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000);
    return n > 0 ? n : fallback;
}
const VERB_METHOD = { get: 'GET', create: 'POST', replace: 'PUT', delete: 'DELETE' };
class ApiClient {
    via = 'api';
    shared;
    signal;
    timeoutMs;
    log;
    constructor(auth, o, kubectl, shared) {
        this.signal = o.signal;
        this.timeoutMs = durationMs(o.requestTimeout, 30_000);
        this.log = o.log;
        if (shared)
            this.shared = shared;
        else {
            const transport = new Transport(auth);
            // Discovery is shared by the bookkeeping clients, so it does not take the deploy's signal.
            const discovery = new Discovery(async (p) => {
                const r = await transport.request('GET', p, { timeoutMs: this.timeoutMs });
                if (r.status === 404)
                    return { status: 404, json: undefined };
                if (r.status < 200 || r.status > 299)
                    throw transport.statusError(`GET ${p}`, r);
                return { status: r.status, json: JSON.parse(r.body.toString('utf8')) };
            });
            this.shared = { transport, discovery, server: clusterEndpoint(o.kubeconfig, o.context).server, kubectl };
        }
        this.opts = o;
    }
    opts;
    get server() {
        return this.shared.server;
    }
    get discovery() {
        return this.shared.discovery;
    }
    /** HTTP requests made so far through this client's connection pool. */
    get requests() {
        return this.shared.transport.requests;
    }
    bookkeeping() {
        const { signal: _s, ...rest } = this.opts;
        void _s;
        return new ApiClient(this.shared.transport.auth, { ...rest, requestTimeout: '3s' }, this.shared.kubectl, this.shared);
    }
    request(method, apiPath, o = {}) {
        return this.shared.transport.request(method, apiPath, { signal: this.signal, timeoutMs: this.timeoutMs, ...o });
    }
    async json(method, apiPath, o = {}) {
        const r = await this.request(method, apiPath, o);
        if (r.status < 200 || r.status > 299)
            throw this.shared.transport.statusError(`${method} ${apiPath}`, r);
        const text = r.body.toString('utf8');
        return (text.trim() ? JSON.parse(text) : undefined);
    }
    async getOptional(apiPath) {
        try {
            return await this.json('GET', apiPath);
        }
        catch (e) {
            if (e instanceof KubectlError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    async version() {
        this.log?.(`GET /version (server ${this.server})`);
        // The core group's discovery rides along: every deploy reads Secrets or ConfigMaps.
        void this.discovery.warm(['v1']).catch(() => undefined);
        return (await this.json('GET', '/version'))?.gitVersion;
    }
    raw(verb, apiPath, body) {
        return this.json(VERB_METHOD[verb], apiPath, body === undefined ? {} : { body });
    }
    async mappingOrThrow(apiVersion, kind) {
        const m = await this.discovery.mapping(apiVersion, kind);
        if (m)
            return m;
        const text = `error: the server doesn't have a resource type "${kind}" in ${apiVersion}`;
        throw new KubectlError(text, 'not-found', 1, text);
    }
    /** One LIST per namespace and kind, one GET per cluster-scoped object, side by side. */
    async live(objects) {
        await this.discovery.warm(objects.map((o) => o.apiVersion));
        const wanted = new Set(objects.map((o) => keyOf(o)));
        const lists = new Map();
        const singles = [];
        for (const o of objects) {
            const m = await this.discovery.mapping(o.apiVersion, o.kind);
            if (!m)
                continue;
            if (m.namespaced) {
                const ns = o.metadata.namespace ?? 'default';
                lists.set(`${ns}|${m.group}|${m.resource}`, { m, ns });
            }
            else
                singles.push({ m, name: o.metadata.name });
        }
        const typed = (m, i) => ({ ...i, apiVersion: m.group ? `${m.group}/${m.version}` : m.version, kind: m.kind });
        const parts = await Promise.all([
            ...[...lists.values()].map(async ({ m, ns }) => ((await this.json('GET', collectionPath(m, ns))).items ?? []).map((i) => typed(m, i))),
            ...singles.map(async ({ m, name }) => {
                const got = await this.getOptional(objectPath(m, undefined, name));
                return got ? [typed(m, got)] : [];
            }),
        ]);
        return parts.flat().filter((i) => wanted.has(keyOf(i)));
    }
    async list(apiVersion, kind, namespace, selector) {
        const m = await this.mappingOrThrow(apiVersion, kind);
        const r = await this.json('GET', collectionPath(m, namespace), { query: { labelSelector: selector } });
        return (r.items ?? []).map((i) => ({ ...i, apiVersion, kind }));
    }
    async create(obj, fieldManager) {
        const m = await this.mappingOrThrow(obj.apiVersion, obj.kind);
        await this.json('POST', collectionPath(m, obj.metadata.namespace), { body: obj, query: { fieldManager } });
    }
    async mergePatch(apiVersion, kind, namespace, name, patch, fieldManager) {
        const m = await this.mappingOrThrow(apiVersion, kind);
        await this.json('PATCH', objectPath(m, namespace, name), { body: patch, contentType: 'application/merge-patch+json', query: { fieldManager } });
    }
    async remove(apiVersion, kind, namespace, names) {
        if (!names.length)
            return;
        const m = await this.mappingOrThrow(apiVersion, kind);
        await Promise.all(names.map(async (n) => {
            try {
                await this.json('DELETE', objectPath(m, namespace, n), { body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background' } });
            }
            catch (e) {
                if (!(e instanceof KubectlError && e.kind === 'not-found'))
                    throw e;
            }
        }));
    }
    async apply(objects, o) {
        this.log?.(`server-side apply of ${objects.length} objects${o.dryRun ? ' (dry run)' : ''}${o.prune ? ' with ApplySet prune' : ''} (server ${this.server})`);
        const r = await applyObjects(this, objects, o);
        return { pruned: r.pruned };
    }
    async diff(objects, manifests) {
        return this.kubectlClient().diff(objects, manifests);
    }
    /** The dry-run apply's merged objects against the live ones: prune and diff from one pass. */
    async planApply(objects, o) {
        this.log?.(`server-side dry-run apply of ${objects.length} objects and diff (server ${this.server})`);
        const [live, dry] = await Promise.all([this.live(objects), applyObjects(this, objects, { ...o, dryRun: true })]);
        return { pruned: dry.pruned, diff: diffObjects(objects, live, dry.applied) };
    }
    /** kubectl for what only it does. */
    kubectlClient() {
        this.shared.kubectlClient ??= new KubectlClient(this.shared.kubectl());
        return this.shared.kubectlClient;
    }
}

;// CONCATENATED MODULE: ./src/deploy/api/kubeconfig-auth.ts
// How to reach and authenticate to the cluster of one kubeconfig context without kubectl: the
// server, its trust (CA, insecure, tls-server-name), an optional CONNECT proxy, and the user's
// credential (bearer token, token file, client certificate, basic auth, exec plugin). Anything the
// in-process client does not reproduce faithfully (auth-provider, impersonation, unknown fields,
// interactive-only plugins) is reported as unsupported, and the deploy uses kubectl instead.
// Nothing here logs; error messages name kubeconfig keys and files, never their values.




const CLUSTER_KEYS = new Set(['server', 'certificate-authority', 'certificate-authority-data', 'insecure-skip-tls-verify', 'tls-server-name', 'proxy-url', 'disable-compression', 'extensions']);
const USER_KEYS = new Set(['token', 'tokenFile', 'client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'username', 'password', 'exec', 'extensions']);
const EXEC_KEYS = new Set(['apiVersion', 'command', 'args', 'env', 'installHint', 'provideClusterInfo', 'interactiveMode']);
const EXEC_VERSIONS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);
function isObj(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
/** `file:line` of a key path in the kubeconfig, for messages about its values (never the values). */
function locator(file, text) {
    const lc = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc });
    }
    catch {
        doc = undefined;
    }
    return (keys) => {
        let node = doc?.contents;
        let last;
        for (const k of keys) {
            if (typeof k === 'number' && (0,dist/* isSeq */.oP)(node))
                node = node.items[k];
            else if (typeof k === 'string' && (0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => p.key?.value === k);
                last = pair?.key ?? last;
                node = pair?.value;
            }
            else
                break;
            if (node && typeof node === 'object' && 'range' in node)
                last = node;
        }
        const at = last?.range?.[0];
        return at === undefined ? file : `${file}:${lc.linePos(at).line}`;
    };
}
function readBytes(where, key, file, base) {
    const p = external_node_path_default().resolve(base, file);
    if (!(0,external_node_fs_.existsSync)(p))
        throw new finding/* UsageError */.eb(`${where}: ${key} names ${p}, which does not exist`);
    try {
        return (0,external_node_fs_.readFileSync)(p);
    }
    catch (e) {
        throw new finding/* UsageError */.eb(`${where}: ${key} names ${p}, which cannot be read (${e.code ?? 'error'})`);
    }
}
function b64(where, key, v) {
    if (typeof v !== 'string' || !/^[A-Za-z0-9+/=\s]*$/.test(v))
        throw new finding/* UsageError */.eb(`${where}: ${key} is not base64`);
    return Buffer.from(v.replace(/\s+/g, ''), 'base64');
}
/**
 * Resolves a context of a kubeconfig for the in-process client. Throws UsageError for a kubeconfig
 * that kubectl would reject too (missing files, bad base64); returns { ok: false } for what only
 * kubectl supports.
 */
function resolveApiAuth(kubeconfig, context) {
    if (!(0,external_node_fs_.existsSync)(kubeconfig))
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} does not exist`);
    const text = (0,external_node_fs_.readFileSync)(kubeconfig, 'utf8');
    const at = locator(kubeconfig, text);
    let doc;
    try {
        const d = (0,dist/* parseDocument */.Tp)(text).toJS();
        doc = isObj(d) ? d : {};
    }
    catch {
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} is not valid YAML`);
    }
    const base = external_node_path_default().dirname(external_node_path_default().resolve(kubeconfig));
    const name = context ?? (typeof doc['current-context'] === 'string' ? doc['current-context'] : undefined);
    if (!name)
        throw new finding/* UsageError */.eb(`kubeconfig ${kubeconfig} has no current-context; pass a context`);
    const list = (k) => (Array.isArray(doc[k]) ? doc[k] : []);
    const ctxIdx = list('contexts').findIndex((c) => isObj(c) && c['name'] === name);
    const ctx = list('contexts')[ctxIdx];
    if (!ctx)
        throw new finding/* UsageError */.eb(`context "${name}" is not in kubeconfig ${kubeconfig}`);
    const cctx = isObj(ctx['context']) ? ctx['context'] : {};
    const clusterIdx = list('clusters').findIndex((c) => isObj(c) && c['name'] === cctx['cluster']);
    const cluster = isObj(list('clusters')[clusterIdx]?.['cluster']) ? list('clusters')[clusterIdx]['cluster'] : undefined;
    if (!cluster || typeof cluster['server'] !== 'string')
        throw new finding/* UsageError */.eb(`context "${name}" in kubeconfig ${kubeconfig} names no cluster with a server`);
    const userName = cctx['user'];
    const userIdx = list('users').findIndex((u) => isObj(u) && u['name'] === userName);
    const userEntry = list('users')[userIdx];
    const user = userEntry && isObj(userEntry['user']) ? userEntry['user'] : {};
    if (userName !== undefined && userName !== '' && !userEntry)
        throw new finding/* UsageError */.eb(`${at(['contexts', ctxIdx, 'context', 'user'])}: context "${name}" names user "${String(userName)}", which is not in the kubeconfig`);
    for (const k of Object.keys(cluster))
        if (!CLUSTER_KEYS.has(k))
            return { ok: false, reason: `cluster key ${k}` };
    for (const k of Object.keys(user))
        if (!USER_KEYS.has(k))
            return { ok: false, reason: `user key ${k}` };
    const cw = (k) => at(['clusters', clusterIdx, 'cluster', k]);
    const uw = (k) => at(['users', userIdx, 'user', k]);
    const server = cluster['server'];
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw new finding/* UsageError */.eb(`${cw('server')}: the server of context "${name}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { ok: false, reason: `server scheme ${url.protocol}` };
    const trust = { insecure: cluster['insecure-skip-tls-verify'] === true };
    if (cluster['certificate-authority-data'] !== undefined)
        trust.ca = b64(cw('certificate-authority-data'), 'certificate-authority-data', cluster['certificate-authority-data']);
    else if (typeof cluster['certificate-authority'] === 'string')
        trust.ca = readBytes(cw('certificate-authority'), 'certificate-authority', cluster['certificate-authority'], base);
    if (typeof cluster['tls-server-name'] === 'string' && cluster['tls-server-name'])
        trust.tlsServerName = cluster['tls-server-name'];
    const auth = { kubeconfig, context: name, server, trust, clusterInfo: {} };
    if (typeof cluster['proxy-url'] === 'string' && cluster['proxy-url']) {
        let p;
        try {
            p = new URL(cluster['proxy-url']);
        }
        catch {
            throw new finding/* UsageError */.eb(`${cw('proxy-url')}: proxy-url is not a URL`);
        }
        if (p.protocol !== 'http:')
            return { ok: false, reason: `proxy-url scheme ${p.protocol}` };
        auth.proxyUrl = cluster['proxy-url'];
    }
    if (user['client-certificate-data'] !== undefined)
        auth.clientCert = b64(uw('client-certificate-data'), 'client-certificate-data', user['client-certificate-data']);
    else if (typeof user['client-certificate'] === 'string')
        auth.clientCert = readBytes(uw('client-certificate'), 'client-certificate', user['client-certificate'], base);
    if (user['client-key-data'] !== undefined)
        auth.clientKey = b64(uw('client-key-data'), 'client-key-data', user['client-key-data']);
    else if (typeof user['client-key'] === 'string')
        auth.clientKey = readBytes(uw('client-key'), 'client-key', user['client-key'], base);
    if (!!auth.clientCert !== !!auth.clientKey)
        throw new finding/* UsageError */.eb(`${uw(auth.clientCert ? 'client-certificate-data' : 'client-key-data')}: user "${String(userName)}" has a client ${auth.clientCert ? 'certificate without a key' : 'key without a certificate'}`);
    if (typeof user['token'] === 'string' && user['token'])
        auth.token = user['token'];
    if (typeof user['tokenFile'] === 'string' && user['tokenFile']) {
        auth.tokenFile = external_node_path_default().resolve(base, user['tokenFile']);
        if (!(0,external_node_fs_.existsSync)(auth.tokenFile))
            throw new finding/* UsageError */.eb(`${uw('tokenFile')}: tokenFile names ${auth.tokenFile}, which does not exist`);
    }
    if (user['username'] !== undefined || user['password'] !== undefined) {
        if (typeof user['username'] !== 'string' || typeof user['password'] !== 'string')
            return { ok: false, reason: 'basic auth without both username and password' };
        auth.basic = { username: user['username'], password: user['password'] };
    }
    if (user['exec'] !== undefined) {
        const e = user['exec'];
        if (!isObj(e))
            throw new finding/* UsageError */.eb(`${uw('exec')}: exec is not a mapping`);
        for (const k of Object.keys(e))
            if (!EXEC_KEYS.has(k))
                return { ok: false, reason: `exec key ${k}` };
        const ew = (k) => at(['users', userIdx, 'user', 'exec', k]);
        if (typeof e['apiVersion'] !== 'string' || !EXEC_VERSIONS.has(e['apiVersion']))
            return { ok: false, reason: `exec apiVersion ${String(e['apiVersion'])}` };
        if (typeof e['command'] !== 'string' || !e['command'])
            throw new finding/* UsageError */.eb(`${ew('command')}: exec has no command`);
        const mode = e['interactiveMode'] ?? (e['apiVersion'].endsWith('/v1beta1') ? 'IfAvailable' : undefined);
        if (mode === undefined)
            throw new finding/* UsageError */.eb(`${ew('apiVersion')}: exec of apiVersion ${e['apiVersion']} needs interactiveMode`);
        if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always')
            throw new finding/* UsageError */.eb(`${ew('interactiveMode')}: interactiveMode must be Never, IfAvailable or Always`);
        // A deploy has no terminal: a plugin that insists on one fails under kubectl the same way.
        if (mode === 'Always')
            return { ok: false, reason: 'exec interactiveMode Always' };
        const env = {};
        for (const [i, v] of (Array.isArray(e['env']) ? e['env'] : []).entries()) {
            if (!isObj(v) || typeof v['name'] !== 'string' || typeof v['value'] !== 'string')
                throw new finding/* UsageError */.eb(`${at(['users', userIdx, 'user', 'exec', 'env', i])}: exec env entries need a name and a value`);
            env[v['name']] = v['value'];
        }
        const args = Array.isArray(e['args']) ? e['args'].map(String) : [];
        // A bare name is looked up on PATH; a relative path is relative to the kubeconfig (client-go).
        const command = e['command'].includes('/') || e['command'].includes((external_node_path_default()).sep) ? external_node_path_default().resolve(base, e['command']) : e['command'];
        auth.exec = { apiVersion: e['apiVersion'], command, args, env, provideClusterInfo: e['provideClusterInfo'] === true, interactiveMode: mode };
        auth.clusterInfo = {
            server,
            ...(trust.tlsServerName ? { 'tls-server-name': trust.tlsServerName } : {}),
            ...(trust.insecure ? { 'insecure-skip-tls-verify': true } : {}),
            ...(trust.ca ? { 'certificate-authority-data': trust.ca.toString('base64') } : {}),
            ...(auth.proxyUrl ? { 'proxy-url': auth.proxyUrl } : {}),
        };
    }
    return { ok: true, auth };
}

// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
;// CONCATENATED MODULE: ./src/deploy/rules.ts

const CHECK = 'deploy';
/**
 * The outcomes of a deploy (plan, apply, rollback) that a person must look at, reported as findings;
 * documented in docs/rules/deploy.md. A finding about the deploy as a whole stands at 1:1 of the
 * overlay's kustomization file; a refused kustomization entry at that entry.
 */
const DEPLOY_RULES = (0,rules/* defineRules */.x0)(CHECK, [
    { id: 'deploy/render-failed', severity: 'error', description: 'The overlay could not be rendered (kustomize build failed or produced no Kubernetes objects).' },
    { id: 'deploy/remote-resource', severity: 'error', description: 'The overlay references a remote resource, base or component, refused before kustomize runs unless remote resources are allowed.' },
    { id: 'deploy/outside-root', severity: 'error', description: 'The overlay references a path outside the repository, refused before kustomize runs.' },
    { id: 'deploy/render-limit', severity: 'error', description: 'The kustomize build ran past its timeout or its output past the size cap, and was stopped.' },
    { id: 'deploy/image-not-pinned', severity: 'error', description: 'A container image is not pinned by digest although digests are required.' },
    { id: 'deploy/image-not-used', severity: 'warning', description: 'An image given to pin (build manifest or images list) matches no container in the rendered manifests.' },
    { id: 'deploy/plan-mismatch', severity: 'error', description: 'The manifests to apply differ from the ones the approved plan was made from.' },
    { id: 'deploy/prune-scope', severity: 'error', description: 'Pruning needs every namespaced object in the release namespace.' },
    { id: 'deploy/cluster-unreachable', severity: 'error', description: 'The Kubernetes API server could not be reached.' },
    { id: 'deploy/unauthorized', severity: 'error', description: 'The API server rejected the credentials (expired or invalid).' },
    { id: 'deploy/forbidden', severity: 'error', description: 'The credentials lack a permission the deploy needs (RBAC).' },
    { id: 'deploy/field-conflict', severity: 'error', description: 'Server-side apply conflict: another field manager owns a field this deploy sets.' },
    { id: 'deploy/rejected', severity: 'error', description: 'The API server rejected an object (validation or admission).' },
    { id: 'deploy/apply-failed', severity: 'error', description: 'kubectl apply failed.' },
    { id: 'deploy/rollout-timeout', severity: 'error', description: 'A workload did not finish rolling out within the timeout.' },
    { id: 'deploy/rollout-failed', severity: 'error', description: 'A workload rollout failed (progress deadline exceeded, Job failed).' },
    { id: 'deploy/digest-mismatch', severity: 'error', description: 'A running pod does not use the approved image digest.' },
    { id: 'deploy/digest-unverified', severity: 'warning', description: 'No running pod of a workload could be checked against the approved digests.' },
    { id: 'deploy/rolled-back', severity: 'warning', description: 'The deploy failed and the previous release was re-applied.' },
    { id: 'deploy/rollback-failed', severity: 'error', description: 'Re-applying the previous release failed too.' },
    { id: 'deploy/no-previous-release', severity: 'warning', description: 'There is no earlier successful release to roll back to.' },
    { id: 'deploy/release-record-failed', severity: 'error', description: 'The release could not be recorded in the cluster.' },
    { id: 'deploy/locked', severity: 'error', description: 'Another deploy of the same release held the release lock for longer than lock-timeout; nothing was applied.' },
    { id: 'deploy/lock-taken-over', severity: 'warning', description: 'The release lock was taken over from a holder that had stopped renewing it (a killed deploy).' },
    { id: 'deploy/lock-lost', severity: 'error', description: 'The release lock was lost while the deploy held it (another deploy took it over); the deploy stopped.' },
    { id: 'deploy/lock-release-failed', severity: 'warning', description: 'The release lock could not be released; it expires after its lease duration.' },
    { id: 'deploy/interrupted', severity: 'error', description: 'The deploy was cancelled (SIGINT/SIGTERM, a lost lock) before it finished; the revision is recorded as interrupted.' },
    { id: 'deploy/unfinished-revision', severity: 'warning', description: 'The newest revision of the release never finished (pending or interrupted): what is live may be a mix of it and the last deployed revision.' },
    { id: 'deploy/lock-held', severity: 'notice', description: 'A deploy of the release is running while the plan is made; the plan may be out of date when it finishes.' },
    { id: 'deploy/new-namespace', severity: 'notice', description: 'The release namespace does not exist yet, so the objects in it are only checked by the server when they are applied.' },
    { id: 'deploy/diff-truncated', severity: 'notice', description: 'The diff is larger than the size cap; the full diff is in the diff file.' },
]);
const RULES = DEPLOY_RULES.rules;
const { finding: rules_finding } = DEPLOY_RULES;

;// CONCATENATED MODULE: ./src/deploy/cluster.ts
// Cluster operations shared by plan, apply and rollback: connect, read live objects, apply.







/**
 * The client for a kubeconfig context: in-process when its auth is one the API client reproduces
 * (bearer token, token file, client certificate, basic, exec plugin, proxy-url), else kubectl.
 * PORTARIUM_DEPLOY_CLIENT=kubectl|api overrides the choice.
 */
function connectClient(o) {
    const choice = o.client ?? (process.env['PORTARIUM_DEPLOY_CLIENT'] || 'auto');
    if (choice !== 'kubectl') {
        const auth = resolveApiAuth(o.kubeconfig, o.context);
        if (auth.ok) {
            // kubectl stays available for what only it does; located lazily, so it need not be installed.
            const kubectl = () => new KubectlRunner(o);
            return new ApiClient(auth.auth, o, kubectl);
        }
        if (choice === 'api')
            throw new KubectlError(`the kubeconfig uses ${auth.reason}, which only kubectl supports`, 'other', 1, '');
        o.log?.(`using kubectl: the kubeconfig uses ${auth.reason}`);
    }
    return new KubectlClient(new KubectlRunner(o));
}
/** Builds the client (reads only the server address and the context's auth from the kubeconfig). */
function connect(o) {
    const client = connectClient(o);
    return { client, server: client.server };
}
/** One cheap authenticated request: reachability and credentials are known before anything else. */
async function preflight(c) {
    c.serverVersion = await c.client.version();
    return c.serverVersion;
}
/** A failed kubectl call as a finding a person can act on. */
function clusterFinding(e, server, file, doing) {
    if (!(e instanceof KubectlError))
        return rules_finding('deploy/apply-failed', file, `${doing} failed: ${e?.message ?? String(e)}`);
    const detail = firstLines(e.stderr || e.message, 12);
    switch (e.kind) {
        case 'unreachable':
            return rules_finding('deploy/cluster-unreachable', file, `cannot reach the Kubernetes API server at ${server} (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'Check the cluster address and network path; nothing was changed.' });
        case 'unauthorized':
            return rules_finding('deploy/unauthorized', file, `the API server at ${server} rejected the credentials (${doing}): ${firstLines(e.stderr, 1)}`, { help: 'The kubeconfig credentials are expired or invalid; refresh them (for example re-run the cloud login step). Nothing was changed.' });
        case 'forbidden':
            return rules_finding('deploy/forbidden', file, `${doing}: ${detail}`, { help: 'The deploy identity needs RBAC permission for this (see docs/deploy.md for the Role it needs).' });
        case 'conflict':
            return rules_finding('deploy/field-conflict', file, `${doing}: ${conflictText(e.stderr)}`, { help: 'Another field manager owns these fields. Remove the other writer (kubectl edit/scale, an operator, an HPA) or deploy with force-conflicts to take them over.' });
        case 'invalid':
        case 'not-found':
            return rules_finding('deploy/rejected', file, `${doing}: ${detail}`);
        default:
            return rules_finding('deploy/apply-failed', file, `${doing}: ${detail}`);
    }
}
function firstLines(text, n) {
    return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, n).join(' ');
}
/** The conflict lines, without kubectl's long advice paragraph. */
function conflictText(stderr) {
    const cut = stderr.split(/Please review the fields above/)[0] ?? stderr;
    return cut.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^error: /, '');
}
/**
 * resourceVersion of each given object that exists, by key. Kinds the server does not know yet (a
 * CRD applied in the same run) simply have no live objects.
 */
async function liveVersions(c, objects) {
    const out = new Map();
    for (const i of await c.client.live(objects))
        out.set(keyOf(i), i.metadata.resourceVersion ?? '');
    return out;
}

/** Server-side apply with our field manager (see ClusterClient.apply). */
function applyManifests(c, objects, o) {
    return c.client.apply(objects, o);
}
function parseManifests(text) {
    return (0,dist/* parseAllDocuments */.hR)(text)
        .map((d) => d.toJS())
        .filter((o) => !!o && typeof o === 'object');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/deploy/context.ts
// Naming and scoping decisions shared by plan, apply and rollback.




const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Release name: explicit, else the overlay directory's name (`overlays/prod` \u2192 `prod`). */
function releaseName(overlay, explicit) {
    if (explicit !== undefined) {
        if (!DNS_LABEL.test(explicit) || explicit.length > 40)
            throw new finding/* UsageError */.eb(`release name "${explicit}" must be a DNS label of at most 40 characters`);
        return explicit;
    }
    const base = external_node_path_default().basename(external_node_path_default().resolve(overlay)).replace(/\.(ya?ml|json)$/i, '');
    const name = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    if (!name)
        throw new finding/* UsageError */.eb(`cannot derive a release name from ${overlay}; pass one`);
    return name;
}
/** The release namespace: explicit, else the one namespace the namespaced objects use. */
function releaseNamespace(objects, explicit) {
    if (explicit) {
        if (!DNS_LABEL.test(explicit))
            throw new finding/* UsageError */.eb(`namespace "${explicit}" is not a valid namespace name`);
        return explicit;
    }
    const used = new Set(objects.map((o) => o.metadata.namespace).filter((n) => !!n));
    if (used.size === 1)
        return [...used][0];
    const nsObjects = objects.filter((o) => o.kind === 'Namespace' && o.apiVersion === 'v1');
    if (!used.size && nsObjects.length === 1)
        return nsObjects[0].metadata.name;
    if (!used.size)
        throw new finding/* UsageError */.eb('the rendered objects name no namespace; pass the release namespace');
    throw new finding/* UsageError */.eb(`the rendered objects use several namespaces (${[...used].sort().join(', ')}); pass the release namespace`);
}
/** Namespaced objects outside the release namespace (ApplySet pruning cannot cover them). */
function outsideNamespace(objects, namespace) {
    return objects.filter((o) => o.metadata.namespace && o.metadata.namespace !== namespace);
}
function outputDir(explicit) {
    if (!explicit)
        return (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-deploy-'));
    const dir = external_node_path_default().resolve(explicit);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return dir;
}
/** Built-in kinds without a namespace; everything else gets the release namespace when it has none. */
const CLUSTER_SCOPED = new Set([
    'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
    'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'PriorityClass', 'APIService', 'IngressClass', 'RuntimeClass',
    'CSIDriver', 'CSINode', 'VolumeAttachment', 'FlowSchema', 'PriorityLevelConfiguration', 'CertificateSigningRequest',
    'DeviceClass', 'ResourceSlice', 'IPAddress', 'ServiceCIDR', 'VolumeAttributesClass', 'ClusterTrustBundle',
]);
/**
 * Objects without a namespace would land in whatever namespace the kubeconfig context defaults to;
 * put them in the release namespace so apply, rollout waits and pruning agree on where they are.
 */
function withNamespace(objects, namespace) {
    return objects.map((o) => (o.metadata.namespace || CLUSTER_SCOPED.has(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace } }));
}

;// CONCATENATED MODULE: ./src/deploy/guard.ts
// Refusals that happen before anything touches a cluster: the environment must be one we know, and
// a protected environment (prod) only takes release tags (`v*`) or the default branch. These are
// the rules a GitHub environment's branch policy would enforce, checked again here because
// `workflow_call` lets any string through and the CLI has no policy at all.

const DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'];
const DEFAULT_PROTECTED_ENVIRONMENTS = ['prod'];
/** A deploy the policy does not allow: a usage error (exit 2), raised before any API call. */
class DeployRefused extends finding/* UsageError */.eb {
    name = 'DeployRefused';
}
const ENV_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function checkDeployAllowed(o) {
    const allowed = o.allowedEnvironments?.length ? o.allowedEnvironments : DEFAULT_ENVIRONMENTS;
    const env = o.environment;
    if (!ENV_NAME.test(env) || !allowed.includes(env)) {
        throw new DeployRefused(`environment "${printable(env)}" is not allowed; expected one of: ${allowed.join(', ')}`);
    }
    const protectedEnvs = o.protectedEnvironments ?? DEFAULT_PROTECTED_ENVIRONMENTS;
    if (!protectedEnvs.includes(env))
        return;
    const branch = o.defaultBranch || 'main';
    const ref = o.ref ?? '';
    if (!ref)
        throw new DeployRefused(`a deploy to ${env} needs the git ref being deployed (a v* tag or ${branch})`);
    if (!refAllowed(ref, branch)) {
        throw new DeployRefused(`ref "${printable(ref)}" may not be deployed to ${env}: only tags v* (refs/tags/v...) or the default branch (refs/heads/${branch})`);
    }
}
function refAllowed(ref, defaultBranch) {
    if (ref === `refs/heads/${defaultBranch}`)
        return true;
    return /^refs\/tags\/v[0-9A-Za-z._+-]*$/.test(ref);
}
/** Messages must not carry control characters from a workflow input into a log line. */
function printable(s) {
    const cut = s.length > 100 ? `${s.slice(0, 100)}...` : s;
    return [...cut].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '?' : ch)).join('');
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/deploy/release-store.ts
// Release history kept in the cluster, one object per revision in the release namespace (as Helm
// does): the manifests that were applied (gzip, base64 as Secret data is) and what was deployed
// (revision, commit, run, time, digests). The data of a record never changes after it is written;
// only its status label moves (pending \u2192 deployed \u2192 superseded, or failed / interrupted), so a
// rollback can always re-apply exactly what a revision applied. A record is written `pending`
// before the first object of its revision is applied: nothing is ever live without its record.

const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
const MANAGER = 'portarium-infra';
const LABEL_RELEASE = 'portarium-infra.dev/release';
const LABEL_REVISION = 'portarium-infra.dev/revision';
const LABEL_STATUS = 'portarium-infra.dev/status';
const ANNOTATION_STATUS_REASON = 'portarium-infra.dev/status-reason';
const RECORD_TYPE = 'portarium-infra.dev/release.v1';
const MANIFESTS_KEY = 'manifests.yaml.gz';
const META_KEY = 'release.json';
/** Secrets and ConfigMaps are limited to 1 MiB; leave room for metadata and the object itself. */
const MAX_RECORD_BYTES = 900 * 1024;
/** A revision that may be partly applied: what is live is a mix of it and the last deployed one. */
function isUnfinished(status) {
    return status === 'pending' || status === 'interrupted';
}
class ReleaseTooLarge extends Error {
    name = 'ReleaseTooLarge';
}
class ReleaseStore {
    client;
    namespace;
    release;
    kind;
    constructor(client, namespace, release, kind = 'secret') {
        this.client = client;
        this.namespace = namespace;
        this.release = release;
        this.kind = kind;
    }
    /** The same records through another runner (bookkeeping after a cancellation). */
    using(client) {
        return new ReleaseStore(client, this.namespace, this.release, this.kind);
    }
    recordName(revision) {
        return `portarium-release.${this.release}.v${revision}`;
    }
    selector() {
        return `${LABEL_MANAGED_BY}=${MANAGER},${LABEL_RELEASE}=${this.release}`;
    }
    /** Every recorded revision, newest first. */
    async list() {
        const list = { items: (await this.client.list('v1', this.kindName(), this.namespace, this.selector())) };
        const records = list.items.map((o) => this.decode(o)).filter((r) => r !== undefined);
        return records.sort((a, b) => b.revision - a.revision);
    }
    /** Writes a new revision; fails (AlreadyExists) when another deploy recorded the same revision first. */
    async create(meta, manifests, status) {
        const gz = (0,external_node_zlib_.gzipSync)(Buffer.from(manifests, 'utf8'), { level: 9 });
        const metaJson = JSON.stringify(meta);
        if (gz.length + metaJson.length > MAX_RECORD_BYTES) {
            throw new ReleaseTooLarge(`release ${this.release} revision ${meta.revision} is ${gz.length + metaJson.length} bytes compressed; a record holds at most ${MAX_RECORD_BYTES}`);
        }
        const metadata = {
            name: this.recordName(meta.revision),
            namespace: this.namespace,
            labels: { [LABEL_MANAGED_BY]: MANAGER, [LABEL_RELEASE]: this.release, [LABEL_REVISION]: String(meta.revision), [LABEL_STATUS]: status },
        };
        const obj = this.kind === 'secret'
            ? { apiVersion: 'v1', kind: 'Secret', type: RECORD_TYPE, metadata, data: { [MANIFESTS_KEY]: gz.toString('base64'), [META_KEY]: Buffer.from(metaJson).toString('base64') } }
            : { apiVersion: 'v1', kind: 'ConfigMap', metadata, binaryData: { [MANIFESTS_KEY]: gz.toString('base64') }, data: { [META_KEY]: metaJson } };
        await this.client.create(obj, MANAGER);
        return { name: metadata.name, revision: meta.revision, status, meta, manifests: () => manifests, storedBytes: gz.length };
    }
    async setStatus(revision, status, reason) {
        const patch = {
            metadata: {
                labels: { [LABEL_STATUS]: status },
                annotations: { [ANNOTATION_STATUS_REASON]: reason ?? null },
            },
        };
        await this.client.mergePatch('v1', this.kindName(), this.namespace, this.recordName(revision), patch, MANAGER);
    }
    /** Removes a record that turned out to describe no change (its objects were already live). */
    async remove(revision) {
        await this.client.remove('v1', this.kindName(), this.namespace, [this.recordName(revision)]);
    }
    /** Deletes the oldest records beyond `keep`; never the newest `deployed` one. Returns deleted revisions. */
    async trim(keep, records) {
        const all = [...(records ?? (await this.list()))].sort((a, b) => b.revision - a.revision);
        const live = all.find((r) => r.status === 'deployed')?.revision;
        const doomed = all.slice(Math.max(keep, 1)).filter((r) => r.revision !== live);
        if (!doomed.length)
            return [];
        await this.client.remove('v1', this.kindName(), this.namespace, doomed.map((r) => r.name));
        return doomed.map((r) => r.revision);
    }
    kindName() {
        return this.kind === 'secret' ? 'Secret' : 'ConfigMap';
    }
    decode(o) {
        const labels = o.metadata.labels ?? {};
        const revision = Number(labels[LABEL_REVISION]);
        if (!Number.isInteger(revision) || revision < 1)
            return undefined;
        const gzB64 = this.kind === 'secret' ? o.data?.[MANIFESTS_KEY] : o.binaryData?.[MANIFESTS_KEY];
        const metaRaw = this.kind === 'secret' ? (o.data?.[META_KEY] ? Buffer.from(o.data[META_KEY], 'base64').toString('utf8') : undefined) : o.data?.[META_KEY];
        if (!gzB64 || !metaRaw)
            return undefined;
        let meta;
        try {
            meta = JSON.parse(metaRaw);
        }
        catch {
            return undefined;
        }
        const gz = Buffer.from(gzB64, 'base64');
        const status = (labels[LABEL_STATUS] ?? 'failed');
        const reason = o.metadata.annotations?.[ANNOTATION_STATUS_REASON];
        return {
            name: o.metadata.name,
            revision,
            status,
            ...(reason ? { statusReason: reason } : {}),
            meta,
            manifests: () => (0,external_node_zlib_.gunzipSync)(gz).toString('utf8'),
            storedBytes: gz.length,
        };
    }
}

;// CONCATENATED MODULE: ./src/deploy/lock.ts
// One deploy of a release at a time, decided by the cluster: a coordination.k8s.io/v1 Lease in the
// release namespace, with client-go leaderelection's rules. Every write is a create or an update
// guarded by resourceVersion, so of two writers exactly one wins (the other gets 409/AlreadyExists).
// A holder renews well inside the lease duration; a waiter judges expiry on its own monotonic clock
// from the moment it last saw the record change, never by comparing its clock with the holder's.



const DEFAULT_LEASE_SECONDS = 30;
const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
const ANNOTATION_PREFIX = 'portarium-infra.dev/lock-';
class LockTimeout extends Error {
    holder;
    name = 'LockTimeout';
    constructor(message, holder) {
        super(message);
        this.holder = holder;
    }
}
/** The identity may not do something the lock needs; `verb` is the RBAC verb it lacks. */
class LockForbidden extends Error {
    verb;
    name = 'LockForbidden';
    constructor(message, verb) {
        super(message);
        this.verb = verb;
    }
}
class LockAborted extends Error {
    name = 'LockAborted';
}
function leaseName(release) {
    return `portarium-release.${release}.lock`;
}
/** Lease times are MicroTime: RFC 3339 with microseconds. */
function microTime(d = new Date()) {
    return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
function newIdentity() {
    return `${(0,external_node_os_.hostname)()}_${process.pid}_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function leasesPath(namespace) {
    return `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(namespace)}/leases`;
}
function errorReason(e) {
    if (!(e instanceof KubectlError))
        return undefined;
    const s = e.stderr;
    if (/\(Conflict\)|the object has been modified/i.test(s))
        return 'conflict';
    if (/\(AlreadyExists\)|already exists/i.test(s))
        return 'exists';
    if (/\(Forbidden\)| is forbidden: /i.test(s))
        return 'forbidden';
    if (/\(NotFound\)| not found/i.test(s))
        return 'not-found';
    return undefined;
}
function forbidden(e, verb, what, namespace) {
    const said = e instanceof KubectlError ? (/cannot (\w+) resource/.exec(e.stderr)?.[1] ?? verb) : verb;
    return new LockForbidden(`the deploy identity may not ${said} ${what} in namespace ${namespace}, which the release lock needs: grant the verbs get, create, update and delete on leases (coordination.k8s.io) in that namespace (docs/deploy.md, RBAC)`, said);
}
function holderOf(l) {
    const a = l.metadata.annotations ?? {};
    return {
        identity: l.spec?.holderIdentity ?? '',
        ...(a[`${ANNOTATION_PREFIX}run`] ? { run: a[`${ANNOTATION_PREFIX}run`] } : {}),
        ...(a[`${ANNOTATION_PREFIX}commit`] ? { commit: a[`${ANNOTATION_PREFIX}commit`] } : {}),
        ...(a[`${ANNOTATION_PREFIX}host`] ? { host: a[`${ANNOTATION_PREFIX}host`] } : {}),
        ...(l.spec?.acquireTime ? { since: l.spec.acquireTime } : {}),
    };
}
function withoutLockAnnotations(a) {
    return Object.fromEntries(Object.entries(a ?? {}).filter(([k]) => !k.startsWith(ANNOTATION_PREFIX)));
}
function describeHolder(h) {
    const parts = [h.identity || '(unknown)'];
    if (h.run)
        parts.push(`run ${h.run}`);
    if (h.commit)
        parts.push(`commit ${h.commit.slice(0, 12)}`);
    if (h.since)
        parts.push(`since ${h.since}`);
    return parts.join(', ');
}
const sleep = (ms, signal) => new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
        clearTimeout(t);
        signal?.removeEventListener('abort', done);
        resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
});
/** Reads the Lease (undefined when there is none); safe to start before anything else. */
async function readLease(kubectl, namespace, release) {
    try {
        return await kubectl.raw('get', `${leasesPath(namespace)}/${leaseName(release)}`);
    }
    catch (e) {
        const why = errorReason(e);
        if (why === 'not-found')
            return undefined;
        if (why === 'forbidden')
            throw forbidden(e, 'get', 'leases', namespace);
        throw e;
    }
}
class ReleaseLock {
    kubectl;
    o;
    identity;
    lease;
    timer;
    lastRenew = performance.now();
    released = false;
    renewing;
    constructor(kubectl, o, identity, lease) {
        this.kubectl = kubectl;
        this.o = o;
        this.identity = identity;
        this.lease = lease;
    }
    get name() {
        return leaseName(this.o.release);
    }
    get namespace() {
        return this.o.namespace;
    }
    /** Takes the lock, waiting while another live holder has it. */
    static async acquire(kubectl, o) {
        const identity = newIdentity();
        const seconds = o.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
        const timeoutMs = o.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
        const retryMs = o.retryMs ?? 2000;
        const started = performance.now();
        const path = leasesPath(o.namespace);
        const annotations = {
            [`${ANNOTATION_PREFIX}host`]: (0,external_node_os_.hostname)(),
            ...(o.holder?.run ? { [`${ANNOTATION_PREFIX}run`]: o.holder.run } : {}),
            ...(o.holder?.commit ? { [`${ANNOTATION_PREFIX}commit`]: o.holder.commit } : {}),
            ...(o.holder?.environment ? { [`${ANNOTATION_PREFIX}environment`]: o.holder.environment } : {}),
        };
        // What we last saw of another holder and when (our clock): expiry is judged from this only.
        let observed;
        let lastLogged = -Infinity;
        // Uncontended, the Lease does not exist (a release deletes it): one create takes it.
        let current;
        let namespaceMade = false;
        let contended = false;
        for (;;) {
            if (o.signal?.aborted)
                throw new LockAborted('stopped while waiting for the release lock');
            const now = microTime();
            if (!current) {
                const body = {
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: { name: leaseName(o.release), namespace: o.namespace, annotations, labels: { 'app.kubernetes.io/managed-by': 'portarium-infra' } },
                    spec: { holderIdentity: identity, leaseDurationSeconds: seconds, acquireTime: now, renewTime: now, leaseTransitions: 0 },
                };
                try {
                    const made = await kubectl.raw('create', path, body);
                    return { lock: new ReleaseLock(kubectl, o, identity, made), waitedMs: performance.now() - started, waited: contended, ...(namespaceMade ? { createdNamespace: true } : {}) };
                }
                catch (e) {
                    const why = errorReason(e);
                    if (why === 'forbidden')
                        throw forbidden(e, 'create', 'leases', o.namespace);
                    if (why === 'not-found' && !namespaceMade) {
                        await ensureNamespace(kubectl, o.namespace);
                        namespaceMade = true;
                        continue;
                    }
                    if (why !== 'exists')
                        throw e;
                    contended = true;
                    current = await readLease(kubectl, o.namespace, o.release);
                    // Released between the two calls: try the create again.
                    if (!current)
                        continue;
                }
            }
            const spec = current.spec ?? {};
            const holder = spec.holderIdentity ?? '';
            const key = `${holder}|${spec.renewTime ?? ''}|${current.metadata.resourceVersion ?? ''}`;
            const t = performance.now();
            if (observed?.key !== key)
                observed = { key, at: t };
            const duration = Math.min(Math.max(spec.leaseDurationSeconds ?? seconds, 1), 3600) * 1000;
            const free = !holder;
            const expired = !free && t - observed.at > duration;
            if (free || expired) {
                const body = {
                    ...current,
                    // The previous holder's lock annotations (run, commit) describe it, not us: replace them all.
                    metadata: { ...current.metadata, annotations: { ...withoutLockAnnotations(current.metadata.annotations), ...annotations } },
                    spec: {
                        holderIdentity: identity,
                        leaseDurationSeconds: seconds,
                        acquireTime: now,
                        renewTime: now,
                        leaseTransitions: (spec.leaseTransitions ?? 0) + 1,
                    },
                };
                try {
                    const taken = await kubectl.raw('replace', `${path}/${leaseName(o.release)}`, body);
                    return {
                        lock: new ReleaseLock(kubectl, o, identity, taken),
                        waitedMs: performance.now() - started,
                        waited: true,
                        ...(expired ? { tookOverFrom: holderOf(current) } : {}),
                    };
                }
                catch (e) {
                    const why = errorReason(e);
                    if (why === 'forbidden')
                        throw forbidden(e, 'update', 'leases', o.namespace);
                    // Someone else won the update (or deleted the Lease): look again.
                    if (why !== 'conflict' && why !== 'not-found')
                        throw e;
                    current = await readLease(kubectl, o.namespace, o.release);
                    continue;
                }
            }
            const waited = t - started;
            if (waited >= timeoutMs) {
                throw new LockTimeout(`another deploy of release ${o.release} holds the lock (${describeHolder(holderOf(current))}); waited ${Math.round(waited / 1000)}s`, holderOf(current));
            }
            if (t - lastLogged >= 10_000) {
                o.log?.(`waiting for the release lock of ${o.release}: held by ${describeHolder(holderOf(current))}`);
                lastLogged = t;
            }
            await sleep(Math.min(retryMs * (0.8 + Math.random() * 0.4), Math.max(timeoutMs - waited, 0) + 10), o.signal);
            current = await readLease(kubectl, o.namespace, o.release);
        }
    }
    /** Starts renewing every third of the lease duration. */
    startRenewing() {
        const seconds = this.lease.spec?.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
        const every = Math.max(200, (seconds * 1000) / 3);
        const tick = () => {
            this.timer = setTimeout(() => {
                this.renewing = this.renew()
                    .then((ok) => {
                    if (ok && !this.released)
                        tick();
                })
                    .finally(() => {
                    this.renewing = undefined;
                });
            }, every);
            this.timer.unref?.();
        };
        tick();
    }
    async renew() {
        if (this.released)
            return false;
        const seconds = this.lease.spec?.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
        const body = { ...this.lease, spec: { ...this.lease.spec, renewTime: microTime() } };
        try {
            this.lease = await this.kubectl.raw('replace', `${leasesPath(this.o.namespace)}/${this.name}`, body);
            this.lastRenew = performance.now();
            return true;
        }
        catch (e) {
            if (this.released)
                return false;
            const why = errorReason(e);
            if (why === 'conflict' || why === 'not-found') {
                this.o.onLost?.(`the release lock was taken by another deploy while this one held it (${why})`);
                return false;
            }
            // A passing fault: keep trying while the lease is still ours on any clock.
            if (performance.now() - this.lastRenew > seconds * 1000 * 0.8) {
                this.o.onLost?.(`the release lock could not be renewed within its ${seconds}s lease: ${e.message.split('\n')[0]}`);
                return false;
            }
            return true;
        }
    }
    /**
     * Gives the lock up: deletes the Lease with a resourceVersion precondition, so a lock that was
     * taken over in the meantime is left to its new holder, and the next deploy takes it with one
     * create. Returns false when it was no longer ours.
     */
    async release(kubectl = this.kubectl) {
        if (this.released)
            return true;
        this.released = true;
        if (this.timer)
            clearTimeout(this.timer);
        await this.renewing?.catch(() => undefined);
        return deleteIfUnchanged(kubectl, this.o.namespace, this.o.release, this.lease);
    }
}
async function deleteIfUnchanged(kubectl, namespace, release, l) {
    const preconditions = { resourceVersion: l.metadata.resourceVersion, ...(l.metadata.uid ? { uid: l.metadata.uid } : {}) };
    try {
        await kubectl.raw('delete', `${leasesPath(namespace)}/${leaseName(release)}`, { apiVersion: 'v1', kind: 'DeleteOptions', preconditions });
        return true;
    }
    catch (e) {
        const why = errorReason(e);
        if (why === 'conflict' || why === 'not-found')
            return false;
        if (why === 'forbidden')
            throw forbidden(e, 'delete', 'leases', namespace);
        throw e;
    }
}
/**
 * Releases a lock known only by name and holder (the action's post step after main was killed):
 * only when the Lease still names that holder.
 */
async function releaseIfHeld(kubectl, namespace, release, identity) {
    const l = await readLease(kubectl, namespace, release);
    if (!l || l.spec?.holderIdentity !== identity)
        return false;
    return deleteIfUnchanged(kubectl, namespace, release, l);
}
/** The lock lives in the release namespace, so that namespace must exist before the first deploy. */
async function ensureNamespace(kubectl, namespace) {
    try {
        await kubectl.raw('create', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    catch (e) {
        const why = errorReason(e);
        if (why === 'exists')
            return;
        if (why === 'forbidden')
            throw forbidden(e, 'create', 'namespaces', namespace);
        throw e;
    }
}

// EXTERNAL MODULE: ./src/checks/kubernetes/build.ts
var build = __webpack_require__(4714);
// EXTERNAL MODULE: ./src/checks/kubernetes/discover.ts
var discover = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/checks/kubernetes/kustomization.ts
var kustomization = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/tools/helm.ts
var tools_helm = __webpack_require__(7379);
// EXTERNAL MODULE: ./src/tools/kustomize.ts
var kustomize = __webpack_require__(6420);
// EXTERNAL MODULE: ./src/checks/images/reference.ts
var reference = __webpack_require__(1585);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
;// CONCATENATED MODULE: ./src/deploy/pin.ts
// Pinning rendered container images to the digests that were built (and approved): from a build
// manifest written by the images check, or from an explicit `name=ref@sha256:...` list.





/** `{ images: { <name>: { image, digest, tags } } }` as written by the images check. */
/** A build manifest is a few KiB; anything near this is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
function pinsFromBuildManifest(file) {
    const refused = (0,path_guard/* pathGuard */.JV)()(file);
    if (refused)
        throw new finding/* UsageError */.eb(`build manifest ${file} ${refused.reason}`);
    let doc;
    try {
        if ((0,external_node_fs_.statSync)(file).size > MAX_MANIFEST_BYTES)
            throw new finding/* UsageError */.eb(`build manifest ${file} is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`);
        doc = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        if (e instanceof finding/* UsageError */.eb)
            throw e;
        // V8's JSON errors quote the text around the fault: say where, never what.
        const at = /position (\d+)/.exec(e.message)?.[1];
        const why = e instanceof SyntaxError ? `is not JSON${at ? ` (syntax error at byte ${at})` : ''}` : `cannot be read (${e.code ?? 'error'})`;
        throw new finding/* UsageError */.eb(`build manifest ${file} ${why}`);
    }
    const images = doc?.images;
    if (!images || typeof images !== 'object' || Array.isArray(images)) {
        throw new finding/* UsageError */.eb(`build manifest ${file} has no "images" object`);
    }
    const pins = [];
    for (const [name, raw] of Object.entries(images)) {
        const e = raw;
        const where = `build manifest ${file} images.${name}`;
        if (typeof e?.image !== 'string' || typeof e.digest !== 'string')
            throw new finding/* UsageError */.eb(`${where} needs "image" and "digest" strings`);
        if (!reference/* SHA256_DIGEST_RE */.Dn.test(e.digest))
            throw new finding/* UsageError */.eb(`${where}: digest "${e.digest}" is not sha256:<64 hex>`);
        const ref = (0,reference/* parseImageRef */.Q)(e.image);
        if (!ref)
            throw new finding/* UsageError */.eb(`${where}: "${e.image}" is not an image reference`);
        pins.push({ match: ref.repository, repository: ref.repository, digest: e.digest, source: where });
    }
    return pins;
}
/** `name=ref@sha256:...` or `ref@sha256:...` (the repository of ref is then what is matched). */
function pinsFromList(entries) {
    const pins = [];
    entries.forEach((raw, i) => {
        const entry = raw.trim();
        if (!entry)
            return;
        const where = `images[${i}] "${entry}"`;
        const eq = entry.indexOf('=');
        const name = eq >= 0 ? entry.slice(0, eq).trim() : undefined;
        const target = (0,reference/* parseImageRef */.Q)(eq >= 0 ? entry.slice(eq + 1) : entry);
        if (!target)
            throw new finding/* UsageError */.eb(`${where} is not name=image@sha256:<digest>`);
        if (!target.digest)
            throw new finding/* UsageError */.eb(`${where} has no @sha256:<digest>; deploys pin images by digest`);
        let match = target.repository;
        if (name !== undefined) {
            const n = (0,reference/* parseImageRef */.Q)(name);
            if (!n || n.digest || n.tag)
                throw new finding/* UsageError */.eb(`${where}: "${name}" must be a repository without tag or digest`);
            match = n.repository;
        }
        pins.push({ match, repository: target.repository, digest: target.digest, source: `images[${i}]` });
    });
    return pins;
}
/** Rewrites matching container images in place to `repository@digest`. */
function pinImages(objects, pins) {
    const byRepo = new Map();
    for (const p of pins)
        byRepo.set((0,reference/* canonicalRepository */.JA)(p.match), p);
    const used = new Set();
    const containers = [];
    for (const o of objects) {
        const loc = podSpecOf(o);
        if (!loc)
            continue;
        for (const { container } of containersOf(loc.podSpec)) {
            if (typeof container.image !== 'string')
                continue;
            const ref = (0,reference/* parseImageRef */.Q)(container.image);
            const pin = ref ? byRepo.get((0,reference/* canonicalRepository */.JA)(ref.repository)) : undefined;
            if (pin && ref) {
                used.add(pin);
                const original = container.image;
                container.image = (0,reference/* formatImageRef */.kL)({ repository: pin.repository, digest: pin.digest });
                containers.push({ object: qualifiedName(o), container: container.name, image: container.image, digest: pin.digest, ...(original !== container.image ? { original } : {}) });
            }
            else {
                const digest = ref?.digest;
                containers.push({ object: qualifiedName(o), container: container.name, image: container.image, ...(digest ? { digest } : {}) });
            }
        }
    }
    return { containers, unused: pins.filter((p) => !used.has(p)) };
}

;// CONCATENATED MODULE: ./src/deploy/wording.ts
// How the engine's messages name a setting of its caller: the k8s-deploy action has inputs, the CLI
// has flags. The engine never hard-codes either; the caller passes its own (the action's is the default).
const actionInput = (name) => `the ${name} input`;
const cliFlag = (name) => `--${name}`;

;// CONCATENATED MODULE: ./src/deploy/render.ts
// Render an overlay to the exact objects that will be applied: kustomize build, then images pinned
// by digest. Rendering never talks to a cluster.













/** The build was stopped by its timeout or its output cap. */
class RenderLimitExceeded extends Error {
    name = 'RenderLimitExceeded';
}
class RenderFailed extends Error {
    findings;
    name = 'RenderFailed';
    constructor(findings) {
        super(findings.map((f) => f.message).join('; '));
        this.findings = findings;
    }
}
/** The kustomization file findings point at, relative to root. */
function overlayFileOf(overlay, root) {
    let file = overlay;
    if ((0,external_node_fs_.existsSync)(overlay) && (0,external_node_fs_.statSync)(overlay).isDirectory()) {
        const k = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((n) => (0,external_node_fs_.existsSync)(external_node_path_default().join(overlay, n)));
        file = external_node_path_default().join(overlay, k ?? 'kustomization.yaml');
    }
    return external_node_path_default().relative(root, external_node_path_default().resolve(file)).split((external_node_path_default()).sep).join('/');
}
async function render(opts) {
    const root = opts.root ?? process.cwd();
    const overlay = external_node_path_default().resolve(opts.overlay);
    if (!(0,external_node_fs_.existsSync)(overlay))
        throw new finding/* UsageError */.eb(`overlay ${opts.overlay} does not exist`);
    const overlayFile = overlayFileOf(overlay, root);
    // Pins are checked before the (slower) build so a bad --images fails fast.
    const pins = [...(opts.buildManifest ? pinsFromBuildManifest(opts.buildManifest) : []), ...pinsFromList(opts.images ?? [])];
    const limits = { timeoutMs: opts.renderTimeoutMs ?? build/* DEFAULT_TIMEOUT_MS */.t1, maxBytes: opts.maxRenderBytes ?? build/* DEFAULT_MAX_BYTES */.fS };
    let text;
    if ((0,external_node_fs_.statSync)(overlay).isFile()) {
        if ((0,external_node_fs_.statSync)(overlay).size > limits.maxBytes)
            throw new RenderFailed([rules_finding('deploy/render-limit', overlayFile, `${overlayFile} is larger than ${mib(limits.maxBytes)}`)]);
        text = (0,external_node_fs_.readFileSync)(overlay, 'utf8');
    }
    else {
        // Decided before kustomize runs, whatever renderer is used: a refused remote URL is never requested.
        const refused = refusedReferences(overlay, root, opts.allowRemoteResources ?? false, opts.setting);
        if (refused.length)
            throw new RenderFailed(refused);
        const renderer = opts.renderer ?? (await kustomizeRenderer(opts.kustomize, limits));
        try {
            text = await renderer(overlay);
        }
        catch (e) {
            const rule = e instanceof RenderLimitExceeded ? 'deploy/render-limit' : 'deploy/render-failed';
            throw new RenderFailed([rules_finding(rule, overlayFile, `kustomize build failed: ${e.message}`)]);
        }
        if (Buffer.byteLength(text) > limits.maxBytes)
            throw new RenderFailed([rules_finding('deploy/render-limit', overlayFile, `kustomize build failed: the output is larger than ${mib(limits.maxBytes)}`)]);
    }
    const findings = [];
    const objects = [];
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text)) {
        if (doc.errors.length)
            throw new RenderFailed([rules_finding('deploy/render-failed', overlayFile, `rendered YAML does not parse: ${doc.errors[0].message}`)]);
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        const o = value;
        if (typeof o !== 'object' || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
            throw new RenderFailed([rules_finding('deploy/render-failed', overlayFile, 'a rendered document is not a Kubernetes object (apiVersion, kind, metadata.name)')]);
        }
        if (o.kind === 'List' && Array.isArray(o['items']))
            objects.push(...o['items']);
        else
            objects.push(o);
    }
    if (!objects.length)
        throw new RenderFailed([rules_finding('deploy/render-failed', overlayFile, 'the overlay renders no objects')]);
    const pinned = pinImages(objects, pins);
    for (const p of pinned.unused) {
        findings.push(rules_finding('deploy/image-not-used', overlayFile, `${p.source} (${p.match}) matches no container image in the rendered manifests`));
    }
    if (opts.requireDigests) {
        for (const c of pinned.containers) {
            if (!c.digest)
                findings.push(rules_finding('deploy/image-not-pinned', overlayFile, `${c.object} container "${c.container}" uses ${c.image}, which is not pinned by digest`));
        }
    }
    const yaml = toYamlStream(objects);
    return { objects, yaml, sha256: sha256(yaml), containers: pinned.containers, findings, overlayFile };
}
/**
 * The validation's refusals (src/checks/kubernetes/discover.ts), for the overlay and every local
 * kustomization it reaches: remote targets unless allowed, paths that leave the repository root,
 * kustomizations that cannot be read.
 */
function refusedReferences(overlayDir, root, allowRemote, setting = actionInput) {
    if (!(0,kustomization/* kustomizationFile */.Oi)(overlayDir))
        return [];
    const tree = (0,discover/* buildTree */.H6)(overlayDir, new Map());
    const rel = (file) => external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
    const out = [];
    for (const k of tree) {
        if (k.parseError)
            out.push(rules_finding('deploy/render-failed', { file: rel(k.file), line: k.parseError.line, column: k.parseError.column }, `kustomization cannot be read: ${k.parseError.message}`));
    }
    for (const p of (0,discover/* referenceProblems */.Wx)(tree, external_node_path_default().resolve(root), allowRemote)) {
        const at = { file: rel(p.kustomization.file), line: p.entry.line, column: p.entry.column };
        if (p.rule === 'remote') {
            out.push(rules_finding('deploy/remote-resource', at, `${p.entry.field} entry ${p.entry.value} is remote; remote resources are refused before kustomize runs (allow them explicitly: ${setting('allow-remote-resources')})`));
        }
        else {
            out.push(rules_finding('deploy/outside-root', at, `${p.entry.field} entry ${p.entry.value} resolves outside the repository (${external_node_path_default().resolve(root)})`));
        }
    }
    return out;
}
function mib(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`;
}
function toYamlStream(objects) {
    return objects.map((o) => (0,dist/* stringify */.As)(o, { lineWidth: 0 })).join('---\n');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** `kubectl kustomize DIR` or `kustomize build DIR`: the swap point for another kustomize engine. */
let located;
async function kustomizeRenderer(cmd, limits = {}) {
    // Locating runs `kustomize version`; once per process is enough.
    located ??= (0,kustomize/* locateKustomize */.oM)();
    const k = cmd ?? (await located);
    if (!k)
        throw new finding/* UsageError */.eb('no kustomize found: install kubectl or run scripts/tools/install-kustomize.sh');
    return async (overlay) => {
        // helmCharts render with the pinned helm, as the validation's build does (remote repositories were refused before).
        const charts = (0,discover/* buildTree */.H6)(overlay, new Map()).some((k) => k.charts.length > 0);
        const helm = charts ? await (0,tools_helm/* locateHelm */.N)() : undefined;
        if (charts && !helm)
            throw new finding/* UsageError */.eb(`the overlay has helmCharts and helm ${tools_helm/* HELM_VERSION */.i} was not found: run scripts/tools/install-helm.sh or put it on PATH`);
        return runBuild(k, overlay, limits.timeoutMs ?? build/* DEFAULT_TIMEOUT_MS */.t1, limits.maxBytes ?? build/* DEFAULT_MAX_BYTES */.fS, helm);
    };
}
/** The validation's build: load restrictor on, killed at the timeout, the output cap or the memory limit. */
async function runBuild(k, overlay, timeoutMs, maxBytes, helm) {
    const [bin, argv] = (0,build/* memoryLimited */.AZ)(k.path, [...k.args, ...(0,build/* helmArgs */._U)(helm), '--load-restrictor', 'LoadRestrictionsRootOnly', overlay], build/* DEFAULT_MEMORY_BYTES */.S2);
    const r = await (0,build/* runCapped */.Dy)(bin, argv, timeoutMs, maxBytes, (0,build/* goRuntimeEnv */.IZ)(build/* DEFAULT_MEMORY_BYTES */.S2));
    if (r.overflow)
        throw new RenderLimitExceeded(`the output is larger than ${mib(maxBytes)}; the build was stopped`);
    if (r.code !== 0 && (0,build/* outOfMemory */.v7)(r.stderr))
        throw new RenderLimitExceeded(`kustomize ran out of memory (limit ${mib(build/* DEFAULT_MEMORY_BYTES */.S2)} of address space)`);
    if (r.timedOut)
        throw new RenderLimitExceeded(`the build did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`);
    if (r.code !== 0)
        throw new Error((0,build/* kustomizeError */.e1)(r.stderr || r.stdout));
    return r.stdout;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/deploy/summary.ts
// The markdown an approver (plan) or the deploy job's summary (apply, rollback) shows.

const STATUS_WORDS = {
    planned: 'plan ready for review',
    deployed: 'deployed',
    unchanged: 'no change (already deployed)',
    failed: 'FAILED',
    interrupted: 'INTERRUPTED (cancelled before it finished)',
    'rolled-back': 'FAILED, rolled back to the previous release',
    'rollback-failed': 'FAILED, and the rollback failed too',
};
// Findings quote kubectl and the API server, which quote the manifests: all of it is untrusted.
const esc = report_escape/* mdText */.bC;
function list(title, items, max = 50) {
    if (!items.length)
        return '';
    const shown = items.slice(0, max).map((i) => `- ${(0,report_escape/* mdCode */.xs)(i)}`);
    if (items.length > max)
        shown.push(`- \u2026 and ${items.length - max} more`);
    return `<details><summary>${title} (${items.length})</summary>\n\n${shown.join('\n')}\n\n</details>\n`;
}
function imagesTable(images) {
    if (!images.length)
        return '';
    const rows = images.map((i) => `| \`${esc(i.object)}\` | ${esc(i.container)} | \`${esc(i.image.split('@')[0] ?? i.image)}\` | ${i.digest ? `\`${i.digest}\`` : '**not pinned**'} |`);
    return ['| Object | Container | Image | Digest |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
/** Release records as the summary's history table lists them. */
function historyRows(records) {
    return records.map((h) => ({ revision: h.revision, status: h.status, time: h.meta.time, ...(h.meta.commit ? { commit: h.meta.commit } : {}), ...(h.meta.rollbackOf ? { rollbackOf: h.meta.rollbackOf } : {}) }));
}
function changeCounts(c) {
    return `${c.created.length} to create, ${c.changed.length} to change, ${c.pruned.length} to prune, ${c.unchanged.length} unchanged`;
}
/** The deploy section of a job summary: report/summary's renderSummary appends it after the findings. */
function renderDeploySection(s) {
    const r = s.result;
    const out = [];
    const verb = s.kind === 'plan' ? 'Deploy plan' : s.kind === 'rollback' ? 'Rollback' : 'Deploy';
    out.push(`### ${verb}: \`${esc(r.environment)}\` \u2014 ${STATUS_WORDS[r.status]}`, '');
    // A half-applied release is the first thing a reviewer must know.
    for (const f of r.findings.filter((x) => x.rule === 'deploy/unfinished-revision'))
        out.push(`> \u26a0\ufe0f **${esc(f.message)}**`, '');
    const facts = [
        ['Release', r.release ? `\`${esc(r.release)}\`${r.revision ? ` revision ${r.revision}` : ''}` : undefined],
        ['Namespace', r.namespace ? `\`${esc(r.namespace)}\`` : undefined],
        ['API server', r.server ? `${esc(r.server)}${r.serverVersion ? ` (${esc(r.serverVersion)})` : ''}` : undefined],
        ['Manifests', r.manifestSha256 ? `sha256 \`${r.manifestSha256.slice(0, 16)}\u2026\`` : undefined],
    ];
    out.push('| | |', '|---|---|', ...facts.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`), '');
    const c = r.changes;
    const verbs = s.kind === 'plan' ? changeCounts(c) : `${c.created.length} created, ${c.changed.length} changed, ${c.pruned.length} pruned, ${c.unchanged.length} unchanged`;
    out.push(`**Changes:** ${verbs}`, '');
    out.push(list(s.kind === 'plan' ? 'To create' : 'Created', c.created), list(s.kind === 'plan' ? 'To change' : 'Changed', c.changed), list(s.kind === 'plan' ? 'To prune' : 'Pruned', c.pruned));
    if (r.rollback) {
        out.push(`**Rollback:** ${esc(r.rollback.message)}`, '');
    }
    const errors = r.findings.filter((f) => f.severity !== 'notice' && f.rule !== 'deploy/unfinished-revision');
    if (errors.length) {
        out.push('**Problems:**', '', ...errors.slice(0, 20).map((f) => `- ${f.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} \`${f.rule}\`: ${esc(f.message)}`), '');
    }
    const images = imagesTable(r.images);
    if (images)
        out.push('**Images**', '', images);
    if (s.history?.length) {
        out.push('<details><summary>Release history</summary>\n', '| Revision | Status | Commit | Time |', '|---:|---|---|---|');
        for (const h of s.history)
            out.push(`| ${h.revision}${h.rollbackOf ? ` (rollback to ${h.rollbackOf})` : ''} | ${h.status} | ${h.commit ? `\`${esc(h.commit.slice(0, 12))}\`` : ''} | ${h.time} |`);
        out.push('\n</details>', '');
    }
    if (s.diff && s.diff.text) {
        out.push('<details><summary>Diff</summary>\n', (0,report_escape/* mdFence */.F)(s.diff.text.trimEnd(), 'diff'));
        if (s.diff.truncated)
            out.push('', `_The diff is cut here; the full diff is in ${s.diff.file ? `\`${esc(s.diff.file)}\`` : 'the diff file'}._`);
        out.push('\n</details>', '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts
// plan: what an apply would do, against the live cluster, without changing it. Server-side dry-run
// apply (validation, admission, and \u2014 with an ApplySet \u2014 what kubectl would prune) and
// `kubectl diff --server-side` (the text an approver reads), run side by side.
















const DEFAULT_MAX_DIFF_BYTES = 4 * 1024 * 1024;
const DEFAULT_SUMMARY_DIFF_BYTES = 48 * 1024;
function emptyChanges() {
    return { created: [], changed: [], unchanged: [], pruned: [] };
}
/** A result for a run that stopped early (render failure, unreachable cluster). */
function stoppedResult(o, findings, extra = {}, kind = 'apply') {
    const base = {
        check: 'deploy',
        findings,
        artifacts: {},
        stats: {},
        status: 'failed',
        changes: emptyChanges(),
        images: [],
        environment: o.environment,
        ...extra,
    };
    return { ...base, summaryMarkdown: renderDeploySection({ kind, result: base }) };
}
/** A diff for objects that do not exist yet and cannot be dry-run (their namespace is missing). */
function creationDiff(objects) {
    return objects
        .map((o) => {
        // kubectl's own diff files: keys sorted, sequences not indented.
        const lines = (0,dist/* stringify */.As)(plan_sortKeys(o), { lineWidth: 0, indentSeq: false }).trimEnd().split('\n');
        return `--- live/${qualifiedName(o)}\n+++ merged/${qualifiedName(o)}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`;
    })
        .join('');
}
/**
 * Whether the namespace exists. An identity with only namespace-scoped RBAC may not read Namespace
 * objects; it can only deploy into a namespace that exists, so forbidden means yes.
 */
async function namespaceExistsOrHidden(c, namespace) {
    try {
        await c.client.raw('get', `/api/v1/namespaces/${encodeURIComponent(namespace)}`);
        return true;
    }
    catch (e) {
        if (e instanceof KubectlError && e.kind === 'forbidden')
            return true;
        if (e instanceof KubectlError && e.kind === 'not-found')
            return false;
        throw e;
    }
}
/**
 * kubectl labels ApplySet members on apply, but kubectl diff knows nothing of ApplySets; without
 * the label in its input every member would show the label's removal as a change.
 */
function withApplysetLabel(objects, release, namespace) {
    const id = applysetId(applysetParentName(release), namespace);
    return objects.map((x) => (x.kind === 'Namespace' && x.apiVersion === 'v1' ? x : { ...x, metadata: { ...x.metadata, labels: { ...(x.metadata.labels ?? {}), [PART_OF_LABEL]: id } } }));
}
function plan_sortKeys(v) {
    if (Array.isArray(v))
        return v.map(plan_sortKeys);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.keys(v).sort().map((k) => [k, plan_sortKeys(v[k])]));
    return v;
}
function changesFromDiff(objects, diff, pruned) {
    const byKey = new Map(diff.changed.map((d) => [d.key, d]));
    const c = emptyChanges();
    for (const o of objects) {
        const d = byKey.get(keyOf(o));
        if (!d)
            c.unchanged.push(qualifiedName(o));
        else if (d.created)
            c.created.push(qualifiedName(o));
        else
            c.changed.push(qualifiedName(o));
    }
    c.pruned = [...pruned];
    return c;
}
/** What a reviewer must know first when the newest revision never finished. */
function unfinishedNote(history) {
    const newest = history[0];
    if (!newest || !isUnfinished(newest.status))
        return undefined;
    const live = history.find((h) => h.status === 'deployed');
    const who = [newest.meta.commit ? `commit ${newest.meta.commit.slice(0, 12)}` : '', newest.meta.run?.url ?? newest.meta.run?.id ?? ''].filter(Boolean).join(', ');
    return (`revision ${newest.revision}${who ? ` (${who})` : ''} never finished (${newest.status}${newest.statusReason ? `: ${newest.statusReason}` : ''}): ` +
        `what is live may be a mix of revision ${newest.revision} and ${live ? `revision ${live.revision}, the last deployed` : 'what was there before'}. ` +
        `Applying this plan re-applies the full set and records it normally.`);
}
async function plan(o) {
    checkDeployAllowed(o);
    const root = o.root ?? process.cwd();
    // Connecting and the reachability check run while kustomize builds (see apply).
    let early;
    try {
        const c = connect(o);
        early = { c, pre: preflight(c).then(() => undefined, (e) => e ?? new Error('preflight failed')) };
    }
    catch (e) {
        early = { error: e };
    }
    let rendered;
    try {
        rendered = await render({ ...o, root });
    }
    catch (e) {
        if (e instanceof RenderFailed)
            return stoppedResult(o, e.findings, {}, 'plan');
        throw e;
    }
    if ('error' in early)
        throw early.error;
    const { c, pre } = early;
    const release = releaseName(o.overlay, o.release);
    const namespace = releaseNamespace(rendered.objects, o.namespace);
    const findings = [...rendered.findings];
    const file = rendered.overlayFile;
    if (o.prune) {
        for (const x of outsideNamespace(rendered.objects, namespace)) {
            findings.push(rules_finding('deploy/prune-scope', file, `${qualifiedName(x)} is outside the release namespace ${namespace}; pruning covers one namespace`));
        }
    }
    const base = { environment: o.environment, namespace, release, server: c.server, manifestSha256: rendered.sha256, images: rendered.containers };
    const unreachable = await pre;
    if (unreachable)
        return stoppedResult(o, [...findings, clusterFinding(unreachable, c.server, file, 'checking the cluster')], base, 'plan');
    if (findings.some((f) => f.severity === 'error'))
        return stoppedResult(o, findings, { ...base, ...(c.serverVersion !== undefined ? { serverVersion: c.serverVersion } : {}) }, 'plan');
    const annotated = annotateObjects(withNamespace(rendered.objects, namespace), { release, commit: o.commit, run: o.run?.url ?? o.run?.id });
    const manifests = jsonStream(annotated);
    let namespaceExists = false;
    let changes;
    let diffText;
    let nextRevision = 1;
    let provenanceOnly = 0;
    try {
        // The history and the lock are read alongside the namespace check (both are empty when the
        // namespace is missing); what they say counts only when it exists.
        const store = new ReleaseStore(c.client, namespace, release);
        const historyRead = store.list().then((h) => ({ h }), (e) => ({ e }));
        // A plan identity without lease access still plans; it just cannot say who deploys now.
        const leaseRead = readLease(c.client, namespace, release).catch(() => undefined);
        namespaceExists = await namespaceExistsOrHidden(c, namespace);
        if (namespaceExists) {
            const [read, { pruned, diff }, lease] = await Promise.all([
                historyRead,
                c.client.planApply(annotated, { namespace, release, prune: !!o.prune, dryRun: true }, o.prune ? jsonStream(withApplysetLabel(annotated, release, namespace)) : manifests),
                leaseRead,
            ]);
            if ('e' in read)
                throw read.e;
            const history = read.h;
            nextRevision = (history[0]?.revision ?? 0) + 1;
            const unfinished = unfinishedNote(history);
            if (unfinished)
                findings.unshift(rules_finding('deploy/unfinished-revision', file, unfinished));
            if (lease?.spec?.holderIdentity) {
                findings.push(rules_finding('deploy/lock-held', file, `a deploy of ${release} is running now and holds the release lock (${describeHolder(holderOf(lease))}); this plan may be out of date when it finishes`));
            }
            changes = changesFromDiff(annotated, diff, pruned.map((p) => `${namespace}/${p}`));
            diffText = diff.text;
            provenanceOnly = diff.provenanceOnly?.length ?? 0;
        }
        else {
            changes = { ...emptyChanges(), created: annotated.map((x) => qualifiedName(x)) };
            diffText = creationDiff(annotated);
            findings.push(rules_finding('deploy/new-namespace', file, `namespace ${namespace} does not exist yet: everything in it is new, and the server can check those objects only when they are applied`));
        }
    }
    catch (e) {
        return stoppedResult(o, [...findings, clusterFinding(e, c.server, file, 'server-side dry run')], { ...base, ...(c.serverVersion !== undefined ? { serverVersion: c.serverVersion } : {}) }, 'plan');
    }
    const dir = outputDir(o.outDir);
    const diffFile = external_node_path_default().join(dir, `plan-${o.environment}.diff`);
    const planFile = external_node_path_default().join(dir, `plan-${o.environment}.json`);
    const capped = capText(diffText, o.maxDiffBytes ?? DEFAULT_MAX_DIFF_BYTES);
    (0,external_node_fs_.writeFileSync)(diffFile, capped.text + (capped.truncated ? `\n# diff cut at ${o.maxDiffBytes ?? DEFAULT_MAX_DIFF_BYTES} bytes\n` : ''));
    const shown = capText(capped.text, o.summaryDiffBytes ?? DEFAULT_SUMMARY_DIFF_BYTES);
    if (shown.truncated)
        findings.push(rules_finding('deploy/diff-truncated', file, `the diff (${Buffer.byteLength(diffText)} bytes) is cut in the summary; the full diff is in ${diffFile}`));
    const doc = {
        version: 1,
        environment: o.environment,
        namespace,
        release,
        overlay: file,
        server: c.server,
        ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
        createdAt: new Date().toISOString(),
        ...(o.commit ? { commit: o.commit } : {}),
        manifestSha256: rendered.sha256,
        nextRevision,
        changes,
        images: rendered.containers,
        namespaceExists,
        diff: { file: diffFile, bytes: Buffer.byteLength(diffText), truncated: capped.truncated },
    };
    (0,external_node_fs_.writeFileSync)(planFile, JSON.stringify(doc, null, 2) + '\n');
    const result = {
        check: 'deploy',
        findings,
        artifacts: { plan: planFile, diff: diffFile },
        stats: {
            resources: annotated.length,
            create: changes.created.length,
            change: changes.changed.length,
            prune: changes.pruned.length,
            unchanged: changes.unchanged.length,
            // Counted as unchanged: only the run/commit annotations would be rewritten.
            provenanceOnly,
            diffBytes: Buffer.byteLength(diffText),
        },
        status: findings.some((f) => f.severity === 'error') ? 'failed' : 'planned',
        revision: nextRevision,
        planFile,
        diffFile,
        changes,
        ...base,
        ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
    };
    return { ...result, summaryMarkdown: renderDeploySection({ kind: 'plan', result, diff: { ...shown, file: diffFile } }) };
}

;// CONCATENATED MODULE: ./src/deploy/rollout.ts

function num(v) {
    return typeof v === 'number' ? v : 0;
}
function conditions(o) {
    const c = o.status?.['conditions'];
    return Array.isArray(c) ? c : [];
}
function observed(o) {
    return num(o.metadata.generation) <= num(o.status?.['observedGeneration']);
}
function rolloutState(o) {
    const name = displayName(o);
    const spec = o.spec ?? {};
    const status = o.status ?? {};
    switch (`${groupVersion(o.apiVersion).group}/${o.kind}`) {
        case 'apps/Deployment': {
            if (!observed(o))
                return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
            const progressing = conditions(o).find((c) => c['type'] === 'Progressing');
            if (progressing?.['reason'] === 'ProgressDeadlineExceeded')
                return { phase: 'failed', message: `${name} exceeded its progress deadline` };
            const replicas = spec['replicas'] === undefined ? 1 : num(spec['replicas']);
            const updated = num(status['updatedReplicas']);
            if (updated < replicas)
                return { phase: 'waiting', message: `${name}: ${updated} out of ${replicas} new replicas have been updated` };
            if (num(status['replicas']) > updated)
                return { phase: 'waiting', message: `${name}: ${num(status['replicas']) - updated} old replicas are pending termination` };
            const available = num(status['availableReplicas']);
            if (available < updated)
                return { phase: 'waiting', message: `${name}: ${available} of ${updated} updated replicas are available` };
            return { phase: 'done', message: `${name} successfully rolled out` };
        }
        case 'apps/StatefulSet': {
            const strategy = asRecord(spec['updateStrategy']);
            if (strategy?.['type'] === 'OnDelete')
                return { phase: 'done', message: `${name} uses OnDelete updates; nothing to wait for` };
            if (num(status['observedGeneration']) === 0 || !observed(o))
                return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
            const replicas = spec['replicas'] === undefined ? 1 : num(spec['replicas']);
            const ready = num(status['readyReplicas']);
            if (ready < replicas)
                return { phase: 'waiting', message: `${name}: waiting for ${replicas - ready} pods to be ready` };
            const partition = num(asRecord(strategy?.['rollingUpdate'])?.['partition']);
            if (partition > 0) {
                const updated = num(status['updatedReplicas']);
                if (updated < replicas - partition)
                    return { phase: 'waiting', message: `${name}: waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated` };
                return { phase: 'done', message: `${name}: partitioned roll out complete: ${updated} new pods have been updated` };
            }
            if (status['updateRevision'] !== status['currentRevision']) {
                return { phase: 'waiting', message: `${name}: waiting for rolling update to complete ${num(status['updatedReplicas'])} pods at revision ${String(status['updateRevision'])}` };
            }
            return { phase: 'done', message: `${name}: rolling update complete ${num(status['currentReplicas'])} pods at revision ${String(status['currentRevision'])}` };
        }
        case 'apps/DaemonSet': {
            const strategy = asRecord(spec['updateStrategy']);
            if (strategy?.['type'] === 'OnDelete')
                return { phase: 'done', message: `${name} uses OnDelete updates; nothing to wait for` };
            if (!observed(o))
                return { phase: 'waiting', message: `waiting for ${name} spec update to be observed` };
            const desired = num(status['desiredNumberScheduled']);
            const updated = num(status['updatedNumberScheduled']);
            if (updated < desired)
                return { phase: 'waiting', message: `${name}: ${updated} out of ${desired} new pods have been updated` };
            const available = num(status['numberAvailable']);
            if (available < desired)
                return { phase: 'waiting', message: `${name}: ${available} of ${desired} updated pods are available` };
            return { phase: 'done', message: `${name} successfully rolled out` };
        }
        case 'batch/Job': {
            const c = conditions(o);
            const isTrue = (t) => c.some((x) => x['type'] === t && x['status'] === 'True');
            if (isTrue('Failed')) {
                const failed = c.find((x) => x['type'] === 'Failed');
                return { phase: 'failed', message: `${name} failed${failed?.['reason'] ? ` (${String(failed['reason'])})` : ''}` };
            }
            if (isTrue('Complete'))
                return { phase: 'done', message: `${name} completed` };
            return { phase: 'waiting', message: `${name}: ${num(status['active'])} active, ${num(status['succeeded'])} succeeded` };
        }
        default:
            return { phase: 'done', message: `${name} has no rollout to wait for` };
    }
}
/** Polls until every workload is done, one fails, or the timeout passes. */
async function waitForRollouts(client, workloads, o) {
    const deadline = Date.now() + o.timeoutMs;
    const interval = o.intervalMs ?? 2000;
    const byNs = new Map();
    for (const w of workloads) {
        const ns = w.metadata.namespace ?? '';
        byNs.set(ns, [...(byNs.get(ns) ?? []), w]);
    }
    let last = new Map();
    let lastLogged = '';
    for (;;) {
        const current = new Map();
        for (const list of byNs.values()) {
            const items = await client.live(list);
            const liveByKey = new Map(items.map((i) => [keyOf(i), i]));
            for (const w of list) {
                const live = liveByKey.get(keyOf(w));
                current.set(keyOf(w), {
                    object: qualifiedName(w),
                    state: live ? rolloutState(live) : { phase: 'waiting', message: `${displayName(w)} not found` },
                    ...(live ? { live } : {}),
                });
            }
        }
        last = current;
        const outcomes = [...current.values()];
        const failed = outcomes.some((r) => r.state.phase === 'failed');
        const pending = outcomes.filter((r) => r.state.phase === 'waiting');
        if (failed || !pending.length)
            return outcomes;
        const line = pending.map((p) => p.state.message).join('; ');
        if (line !== lastLogged)
            o.log?.(`waiting: ${line}`);
        lastLogged = line;
        if (Date.now() + interval > deadline)
            break;
        await new Promise((r) => setTimeout(r, interval));
    }
    return [...last.values()];
}

;// CONCATENATED MODULE: ./src/deploy/verify-digests.ts

/**
 * The digest a kubelet reports in `status.containerStatuses[].imageID`
 * (`docker-pullable://repo@sha256:\u2026`, `repo@sha256:\u2026` or a bare `sha256:\u2026`).
 */
function digestOfImageId(imageID) {
    if (!imageID)
        return undefined;
    const m = /(sha256:[a-f0-9]{64})\s*$/.exec(imageID);
    return m?.[1];
}
/** Expected digest per container name, for workloads whose images were pinned. */
function expectedDigests(o) {
    const m = new Map();
    const loc = podSpecOf(o);
    if (!loc)
        return m;
    for (const { list, container } of containersOf(loc.podSpec)) {
        if (list === 'ephemeralContainers' || typeof container.image !== 'string')
            continue;
        const at = container.image.indexOf('@');
        if (at >= 0)
            m.set(container.name, container.image.slice(at + 1));
    }
    return m;
}
async function verifyDigests(client, workloads) {
    const out = { verified: 0, problems: [] };
    for (const w of workloads) {
        if (w.kind === 'Job')
            continue; // finished Job pods may be gone; their images were checked at admission time only
        const expected = expectedDigests(w);
        if (!expected.size)
            continue;
        const selector = selectorString(w.spec?.['selector']);
        if (!selector)
            continue;
        const ns = w.metadata.namespace;
        const pods = { items: (await client.list('v1', 'Pod', ns ?? 'default', selector)) };
        const running = pods.items.filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
        if (!running.length) {
            out.problems.push({ object: qualifiedName(w), kind: 'no-pods', message: `${qualifiedName(w)} has no running pods to check against the approved digests` });
            continue;
        }
        for (const pod of running) {
            const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
            for (const [container, digest] of expected) {
                const st = statuses.find((s) => s.name === container);
                const actual = digestOfImageId(st?.imageID);
                if (actual === digest) {
                    out.verified++;
                    continue;
                }
                out.problems.push({
                    object: qualifiedName(w),
                    pod: pod.metadata.name,
                    container,
                    expected: digest,
                    ...(actual ? { actual } : {}),
                    kind: 'mismatch',
                    message: actual
                        ? `pod ${pod.metadata.name} container "${container}" runs ${actual}, not the approved ${digest}`
                        : `pod ${pod.metadata.name} container "${container}" reports no image digest (expected ${digest})`,
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deploy/cycle.ts









const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_KEEP_HISTORY = 10;
/** The cycle settings an apply or a rollback takes from its options, defaults filled in. */
function cycleSettings(o) {
    return {
        prune: !!o.prune,
        forceConflicts: !!o.forceConflicts,
        timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        pollIntervalMs: o.pollIntervalMs ?? 2000,
        verifyDigests: o.verifyDigests ?? true,
        wait: o.wait ?? true,
        keepHistory: o.keepHistory ?? DEFAULT_KEEP_HISTORY,
        ...(o.log ? { log: o.log } : {}),
    };
}
/** The reason a cancelled deploy gives, from the signal's reason. */
function abortReason(signal) {
    const r = signal?.reason;
    if (r instanceof Error)
        return r.message;
    return typeof r === 'string' && r ? r : 'the deploy was cancelled';
}
/** Bookkeeping that must still happen after a cancellation: no signal, short deadlines. */
function bookkeeping(c) {
    return c.client.bookkeeping();
}
/**
 * Records of runs that died without finishing (no post step, a killed laptop) are still `pending`.
 * Whoever holds the lock knows they are dead: mark them interrupted before recording anything new.
 */
async function settleAbandoned(store, history, by) {
    const out = [];
    for (const h of history) {
        if (h.status !== 'pending') {
            out.push(h);
            continue;
        }
        const reason = `its deploy never finished (found pending by ${by})`;
        await store.setStatus(h.revision, 'interrupted', reason);
        out.push({ ...h, status: 'interrupted', statusReason: reason });
    }
    return out;
}
async function runCycle(x) {
    const findings = [];
    const changes = emptyChanges();
    const fail = (touched, revision) => ({ ok: false, status: 'failed', changes, findings, touched, trimmed: [], ...(revision ? { revision } : {}) });
    const nextRevision = Math.max(0, ...x.history.map((h) => h.revision)) + 1;
    const live = x.history.find((h) => h.status === 'deployed');
    const cancelled = () => !!x.signal?.aborted;
    let recorded = false;
    /** Stops here: the revision's record (if any) says interrupted, with where and why. */
    const interrupted = async (during) => {
        const reason = `${abortReason(x.signal)} during ${during}`;
        let note = '';
        if (recorded) {
            try {
                await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'interrupted', reason.slice(0, 1000));
            }
            catch (e) {
                // A create stopped before it reached the server left no record, and nothing was applied.
                if (e instanceof KubectlError && e.kind === 'not-found')
                    recorded = false;
                else
                    note = ` (the record could not be updated: ${e.message.split('\n')[0]}; the next plan shows it as pending)`;
            }
        }
        const mix = live ? `a mix of revision ${nextRevision} and revision ${live.revision}` : `part of revision ${nextRevision}`;
        findings.push(rules_finding('deploy/interrupted', x.file, recorded
            ? `${reason}: revision ${nextRevision} is recorded as interrupted${note}; what is live may be ${mix}. The next apply re-applies the full set.`
            : reapply
                ? `${reason}: only revision ${live.revision}'s own objects were re-applied; nothing new was recorded`
                : `${reason}: nothing was applied or recorded`));
        return { ok: false, status: 'interrupted', changes, findings, touched: recorded, trimmed: [], ...(recorded ? { revision: nextRevision } : {}) };
    };
    let before;
    try {
        before = await (x.before ?? liveVersions(x.c, x.objects));
    }
    catch (e) {
        if (cancelled())
            return interrupted('reading the live objects');
        findings.push(clusterFinding(e, x.c.server, x.file, 'reading the live objects'));
        return fail(false);
    }
    // Intent before action: the record exists before the first object of the revision is applied.
    // Objects byte-identical to the live revision's are that revision's: they need no new record
    // unless applying them changes something (drift put back), recorded after the apply.
    const meta = { ...x.meta, revision: nextRevision, time: new Date().toISOString() };
    const recordYaml = toYamlStream(x.objects);
    const reapply = x.allowUnchanged && !!live && x.history[0] === live && live.manifests() === recordYaml;
    const record = async (status) => {
        try {
            await x.store.create(meta, recordYaml, status);
            recorded = true;
            x.onRevision?.({ namespace: x.namespace, release: x.release, revision: nextRevision, store: x.store.kind });
            return undefined;
        }
        catch (e) {
            // A cancelled create may still have reached the server: mark it if it did.
            if (cancelled()) {
                recorded = true;
                return interrupted(`recording revision ${nextRevision}`);
            }
            const msg = e instanceof ReleaseTooLarge ? e.message : clusterFinding(e, x.c.server, x.file, `recording revision ${nextRevision}`).message;
            findings.push(rules_finding('deploy/release-record-failed', x.file, `${msg}${reapply ? '' : '; nothing was applied'}`));
            return fail(reapply);
        }
    };
    if (!reapply) {
        const stopped = await record('pending');
        if (stopped)
            return stopped;
    }
    let applyError;
    let pruned = [];
    try {
        const out = await applyManifests(x.c, x.objects, { namespace: x.namespace, release: x.release, prune: x.prune, forceConflicts: x.forceConflicts });
        pruned = out.pruned.map((p) => `${x.namespace}/${p}`);
    }
    catch (e) {
        if (cancelled())
            return interrupted('server-side apply');
        applyError = clusterFinding(e, x.c.server, x.file, 'server-side apply');
    }
    let after;
    try {
        after = await liveVersions(x.c, x.objects);
    }
    catch {
        if (cancelled())
            return interrupted('reading the applied objects');
        after = undefined;
    }
    for (const o of x.objects) {
        const k = keyOf(o);
        const name = qualifiedName(o);
        const was = before.get(k);
        const now = after?.get(k);
        if (was === undefined)
            (now !== undefined ? changes.created : changes.unchanged).push(name);
        else if (now !== undefined && now !== was)
            changes.changed.push(name);
        else
            changes.unchanged.push(name);
    }
    changes.pruned = pruned;
    if (applyError) {
        findings.push(applyError);
        if (!recorded)
            return fail(true);
        await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'failed', applyError.message.slice(0, 1000)).catch(() => undefined);
        return fail(true, nextRevision);
    }
    const nothingChanged = !changes.created.length && !changes.changed.length && !pruned.length;
    if (reapply) {
        if (nothingChanged)
            return { ok: true, status: 'unchanged', revision: live.revision, changes, findings, touched: false, trimmed: [] };
        const stopped = await record(x.wait ? 'pending' : 'deployed');
        if (stopped)
            return stopped;
    }
    else if (nothingChanged && x.allowUnchanged && live && live.meta.manifestSha256 === x.meta.manifestSha256) {
        // The pending record described no change after all: the live revision still is what is live.
        try {
            await x.store.remove(nextRevision);
            return { ok: true, status: 'unchanged', revision: live.revision, changes, findings, touched: false, trimmed: [] };
        }
        catch {
            if (cancelled())
                return interrupted('removing the unneeded record');
            // Keep it: recording the unchanged objects as a new revision is true as well.
        }
    }
    // Rollout, then digests.
    const workloads = x.wait ? x.objects.filter(isWorkload) : [];
    let problem;
    if (workloads.length) {
        try {
            const outcomes = await waitForRollouts(x.c.client, workloads, { timeoutMs: x.timeoutMs, intervalMs: x.pollIntervalMs, ...(x.log ? { log: x.log } : {}) });
            const failed = outcomes.filter((r) => r.state.phase === 'failed');
            const waiting = outcomes.filter((r) => r.state.phase === 'waiting');
            if (failed.length)
                problem = rules_finding('deploy/rollout-failed', x.file, failed.map((f) => f.state.message).join('; '));
            else if (waiting.length) {
                problem = rules_finding('deploy/rollout-timeout', x.file, `rollout did not finish within ${seconds(x.timeoutMs)}: ${waiting.map((w) => w.state.message).join('; ')}`);
            }
            if (!problem && x.verifyDigests) {
                const check = await verifyDigests(x.c.client, workloads.filter((w) => replicasOf(w) !== 0));
                const mismatches = check.problems.filter((p) => p.kind === 'mismatch');
                for (const p of check.problems.filter((q) => q.kind === 'no-pods'))
                    findings.push(rules_finding('deploy/digest-unverified', x.file, p.message));
                if (mismatches.length)
                    problem = rules_finding('deploy/digest-mismatch', x.file, mismatches.slice(0, 10).map((m) => m.message).join('; ') + (mismatches.length > 10 ? `; and ${mismatches.length - 10} more` : ''));
            }
        }
        catch (e) {
            if (cancelled())
                return interrupted('the rollout wait');
            problem = clusterFinding(e, x.c.server, x.file, 'waiting for the rollout');
        }
    }
    if (cancelled())
        return interrupted('the rollout wait');
    if (problem) {
        findings.push(problem);
        await x.store.using(bookkeeping(x.c)).setStatus(nextRevision, 'failed', problem.message.slice(0, 1000)).catch(() => undefined);
        return fail(true, nextRevision);
    }
    const revision = nextRevision;
    try {
        if (!(reapply && !x.wait))
            await x.store.setStatus(revision, 'deployed');
    }
    catch (e) {
        if (cancelled())
            return interrupted(`marking revision ${revision} deployed`);
        findings.push(rules_finding('deploy/release-record-failed', x.file, clusterFinding(e, x.c.server, x.file, `marking revision ${revision} deployed`).message));
        return { ok: false, status: 'failed', revision, changes, findings, touched: true, trimmed: [] };
    }
    // The revision is deployed and recorded; what follows is tidying that a cancellation may skip.
    const book = x.store.using(bookkeeping(x.c));
    for (const h of x.history.filter((r) => r.status === 'deployed')) {
        await book.setStatus(h.revision, 'superseded', `superseded by revision ${revision}`).catch(() => undefined);
    }
    let trimmed = [];
    try {
        // What is in the cluster now, without reading it back: this revision is the deployed one.
        const known = [{ name: x.store.recordName(revision), revision, status: 'deployed' }, ...x.history.map((h) => ({ name: h.name, revision: h.revision, status: h.status === 'deployed' ? 'superseded' : h.status }))];
        trimmed = await book.trim(x.keepHistory, known);
    }
    catch {
        trimmed = [];
    }
    return { ok: true, status: 'deployed', revision, changes, findings, touched: true, trimmed, meta };
}
function replicasOf(w) {
    const r = w.spec?.['replicas'];
    return typeof r === 'number' ? r : undefined;
}
function seconds(ms) {
    return ms % 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms / 1000}s`;
}
/** The history after a successful cycle, without reading it back. */
function recordsAfter(history, cycle) {
    const trimmed = new Set(cycle.trimmed);
    const known = history.filter((h) => !trimmed.has(h.revision));
    if (cycle.status !== 'deployed' || cycle.revision === undefined)
        return known;
    return [
        { revision: cycle.revision, status: 'deployed', meta: { ...(cycle.meta ?? {}) } },
        ...known.map((h) => ({ ...h, status: h.status === 'deployed' ? 'superseded' : h.status })),
    ];
}

;// CONCATENATED MODULE: ./src/deploy/locked.ts




/** A controller that follows the caller's signal and can also be aborted from inside (lock lost). */
function linkedAbort(outer) {
    const ac = new AbortController();
    if (outer?.aborted)
        ac.abort(outer.reason);
    else
        outer?.addEventListener('abort', () => ac.abort(outer.reason), { once: true });
    return ac;
}
/** Runs `body` holding the lock; findings say why it did not run, or what happened to the lock. */
async function underReleaseLock(x, body) {
    const findings = [];
    let lock;
    let createdNamespace = false;
    let waited = false;
    try {
        const got = await ReleaseLock.acquire(x.c.client, {
            namespace: x.namespace,
            release: x.release,
            holder: { environment: x.environment, ...(x.run ? { run: x.run } : {}), ...(x.commit ? { commit: x.commit } : {}) },
            ...(x.settings.lockLeaseSeconds ? { leaseSeconds: x.settings.lockLeaseSeconds } : {}),
            ...(x.settings.lockTimeoutMs !== undefined ? { timeoutMs: x.settings.lockTimeoutMs } : {}),
            signal: x.ac.signal,
            onLost: (why) => x.ac.abort(new Error(why)),
            ...(x.log ? { log: x.log } : {}),
        });
        lock = got.lock;
        createdNamespace = !!got.createdNamespace;
        waited = got.waited;
        if (got.tookOverFrom) {
            findings.push(rules_finding('deploy/lock-taken-over', x.file, `took over the release lock of ${x.release} from a holder that stopped renewing it (${describeHolder(got.tookOverFrom)}); its deploy may have been killed, and the release history says what it left`));
        }
        x.log?.(`release lock ${x.namespace}/${lock.name} taken${got.waitedMs > 1000 ? ` after waiting ${Math.round(got.waitedMs / 1000)}s` : ''}`);
    }
    catch (e) {
        if (e instanceof LockTimeout) {
            findings.push(rules_finding('deploy/locked', x.file, `${e.message}; nothing was applied`, { help: 'Wait for that deploy to finish, or raise lock-timeout. A holder that was killed stops renewing and its lock is taken over after its lease duration.' }));
        }
        else if (e instanceof LockForbidden) {
            findings.push(rules_finding('deploy/forbidden', x.file, e.message));
        }
        else if (e instanceof LockAborted || x.ac.signal.aborted) {
            findings.push(rules_finding('deploy/interrupted', x.file, `${abortReason(x.ac.signal)} while waiting for the release lock: nothing was applied or recorded`));
        }
        else {
            findings.push(clusterFinding(e, x.c.server, x.file, 'taking the release lock'));
        }
        return { findings };
    }
    x.settings.onLock?.({ namespace: x.namespace, release: x.release, identity: lock.identity });
    lock.startRenewing();
    try {
        return { value: await body({ createdNamespace, waited }), findings };
    }
    finally {
        try {
            if (!(await lock.release(bookkeeping(x.c)))) {
                findings.push(rules_finding('deploy/lock-lost', x.file, `the release lock of ${x.release} was taken by another deploy before this one released it`));
            }
        }
        catch (e) {
            findings.push(rules_finding('deploy/lock-release-failed', x.file, `the release lock could not be released (${e.message.split('\n')[0]}); it expires after its lease duration`));
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/rollback.ts









async function rollbackCycle(x) {
    const { target } = x;
    const objects = parseManifests(target.manifests());
    const { revision: _r, time: _t, rollbackOf: _rb, rolledBackBy: _by, ...kept } = target.meta;
    void _r;
    void _t;
    void _rb;
    void _by;
    const cycle = await runCycle({
        ...x,
        objects,
        allowUnchanged: false,
        meta: {
            ...kept,
            rollbackOf: target.revision,
            rolledBackBy: { reason: x.reason, ...(x.run ? { run: x.run } : {}), ...(x.commit ? { commit: x.commit } : {}) },
        },
    });
    const label = `revision ${target.revision}${target.meta.commit ? ` (commit ${target.meta.commit.slice(0, 12)})` : ''}`;
    if (cycle.ok) {
        const message = `${x.reason}; re-applied ${label} as revision ${cycle.revision}`;
        return { report: { toRevision: target.revision, ...(cycle.revision ? { revision: cycle.revision } : {}), status: 'rolled-back', message }, findings: [rules_finding('deploy/rolled-back', x.file, message)], cycle };
    }
    const why = cycle.findings.filter((f) => f.severity === 'error').map((f) => f.message).join('; ');
    const message = `${x.reason}; re-applying ${label} failed too: ${why}`;
    return {
        report: { toRevision: target.revision, ...(cycle.revision ? { revision: cycle.revision } : {}), status: 'failed', message },
        findings: [...cycle.findings, rules_finding('deploy/rollback-failed', x.file, message)],
        cycle,
    };
}
/** The revision a rollback goes to: the one asked for, or the deployed one before the live one. */
function rollbackTarget(history, toRevision) {
    if (toRevision !== undefined) {
        const r = history.find((h) => h.revision === toRevision);
        if (!r)
            throw new finding/* UsageError */.eb(`revision ${toRevision} is not in the release history (have: ${history.map((h) => h.revision).join(', ') || 'none'})`);
        if (r.status === 'failed' || isUnfinished(r.status))
            throw new finding/* UsageError */.eb(`revision ${toRevision} never finished deploying (${r.status}); pick a revision that was deployed`);
        return r;
    }
    const live = history.find((h) => h.status === 'deployed');
    // After an interrupted deploy what is live is a mix: going back means restoring the last deployed revision.
    if (live && history[0] && isUnfinished(history[0].status))
        return live;
    return history.find((h) => h !== live && (h.status === 'superseded' || h.status === 'deployed') && (!live || h.revision < live.revision));
}
async function rollback(o) {
    // A rollback restores something that was approved once; only the environment is checked again.
    checkDeployAllowed({ ...o, protectedEnvironments: [] });
    const file = o.file ?? `${o.namespace}/${o.release}`;
    const ac = linkedAbort(o.signal);
    const c = connect({ ...o, signal: ac.signal });
    const base = { environment: o.environment, namespace: o.namespace, release: o.release, server: c.server, images: [] };
    const pre = preflight(c).then(() => undefined, (e) => e ?? new Error('preflight failed'));
    const store = new ReleaseStore(c.client, o.namespace, o.release, o.store);
    const run = o.run?.url ?? o.run?.id;
    const locked = await underReleaseLock({ c, ac, namespace: o.namespace, release: o.release, environment: o.environment, file, settings: o, ...(o.commit ? { commit: o.commit } : {}), ...(run ? { run } : {}), ...(o.log ? { log: o.log } : {}) }, async () => {
        const unreachable = await pre;
        if (unreachable)
            return { stopped: [clusterFinding(unreachable, c.server, file, 'checking the cluster')] };
        let history;
        try {
            history = await settleAbandoned(store, await store.list(), `the rollback of ${run ?? 'a later run'}`);
        }
        catch (e) {
            return { stopped: [clusterFinding(e, c.server, file, 'reading the release history')] };
        }
        const target = rollbackTarget(history, o.toRevision);
        if (!target) {
            return { stopped: [rules_finding('deploy/no-previous-release', file, `release ${o.release} in ${o.namespace} has no earlier deployed revision to roll back to`)] };
        }
        const live = history.find((h) => h.status === 'deployed');
        const rb = await rollbackCycle({
            c, store, history, target, file,
            namespace: o.namespace,
            release: o.release,
            ...cycleSettings(o),
            signal: ac.signal,
            ...(o.onRevision ? { onRevision: o.onRevision } : {}),
            reason: live ? `rollback requested from revision ${live.revision}` : 'rollback requested',
            ...(o.commit ? { commit: o.commit } : {}),
            ...(o.run ? { run: o.run } : {}),
        });
        return { rb, target };
    });
    const unreachable = await pre;
    if (unreachable && !locked.value)
        return stoppedResult(o, [clusterFinding(unreachable, c.server, file, 'checking the cluster')], base, 'rollback');
    if (!locked.value || 'stopped' in locked.value)
        return stoppedResult(o, [...locked.findings, ...(locked.value?.stopped ?? [])], base, 'rollback');
    const { rb, target } = locked.value;
    const ok = rb.report.status === 'rolled-back';
    // A requested rollback that worked is not a problem; keep the message as a notice-level fact in the summary.
    const findings = [...locked.findings, ...(ok ? rb.findings.filter((f) => f.rule !== 'deploy/rolled-back') : rb.findings)];
    const result = {
        check: 'deploy',
        findings,
        artifacts: {},
        stats: { resources: rb.cycle.changes.created.length + rb.cycle.changes.changed.length + rb.cycle.changes.unchanged.length },
        status: ok ? 'rolled-back' : rb.cycle.status === 'interrupted' ? 'interrupted' : 'rollback-failed',
        ...(ok && rb.report.revision ? { revision: rb.report.revision } : {}),
        rollback: rb.report,
        changes: rb.cycle.changes,
        ...base,
        images: target.meta.images ?? [],
        manifestSha256: target.meta.manifestSha256,
        ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
    };
    const after = await store.using(bookkeeping(c)).list().catch(() => undefined);
    return {
        ...result,
        summaryMarkdown: renderDeploySection({
            kind: 'rollback',
            result,
            ...(after ? { history: historyRows(after) } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ./src/deploy/apply.ts
// apply: render, server-side apply (optionally pruning through an ApplySet), record the revision,
// wait for the rollout, verify digests; on failure and when asked, re-apply the previous release.
















function readPlan(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new finding/* UsageError */.eb(`plan file ${file} does not exist`);
    try {
        const p = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (p.version !== 1 || typeof p.manifestSha256 !== 'string')
            throw new Error('not a deploy plan');
        return p;
    }
    catch (e) {
        throw new finding/* UsageError */.eb(`plan file ${file} is not a deploy plan: ${e.message}`);
    }
}
/** The cycle of an apply, and the rollback when it failed and one was asked for. */
async function applyCycle(o, common, history, objects, before, rendered) {
    const { store, release, file } = common;
    const findings = [];
    const cycle = await runCycle({
        ...common,
        history,
        objects,
        before,
        allowUnchanged: true,
        meta: {
            release,
            environment: o.environment,
            namespace: common.namespace,
            manifestSha256: rendered.sha256,
            overlay: file,
            images: rendered.containers,
            ...(o.commit ? { commit: o.commit } : {}),
            ...(o.ref ? { ref: o.ref } : {}),
            ...(o.run ? { run: o.run } : {}),
        },
    });
    findings.push(...cycle.findings);
    let status = cycle.status;
    let revision = cycle.revision;
    let rollback;
    let failedRevision;
    if (!cycle.ok) {
        failedRevision = cycle.revision;
        // An interrupted deploy stops: a rollback is more work the cancellation asked not to do.
        if (o.rollbackOnFailure && cycle.touched && cycle.status === 'failed') {
            const fresh = await store.list().catch(() => history);
            const target = fresh.find((h) => h.status === 'deployed' && h.revision !== cycle.revision);
            if (!target) {
                findings.push(rules_finding('deploy/no-previous-release', file, `there is no earlier deployed revision of ${release} to roll back to; the failed revision stays applied`));
            }
            else {
                const rb = await rollbackCycle({ ...common, history: fresh, target, reason: `revision ${cycle.revision ?? '?'} failed`, ...(o.commit ? { commit: o.commit } : {}), ...(o.run ? { run: o.run } : {}) });
                findings.push(...rb.findings);
                rollback = rb.report;
                status = rb.cycle.status === 'interrupted' ? 'interrupted' : rb.report.status === 'rolled-back' ? 'rolled-back' : 'rollback-failed';
                revision = rb.report.status === 'rolled-back' ? rb.report.revision : undefined;
            }
        }
    }
    return { cycle, history, status, revision, rollback, failedRevision, findings };
}
async function apply(o) {
    checkDeployAllowed(o);
    const approved = o.planFile ? readPlan(o.planFile) : undefined;
    const root = o.root ?? process.cwd();
    const ac = linkedAbort(o.signal);
    // The reachability check (a TLS handshake and one GET) needs only the kubeconfig: it runs while
    // kustomize builds. A kubeconfig that cannot be used is reported after the render, as before.
    let early;
    try {
        const c = connect({ ...o, signal: ac.signal });
        early = { c, pre: preflight(c).then(() => undefined, (e) => e ?? new Error('preflight failed')) };
    }
    catch (e) {
        early = { error: e };
    }
    let rendered;
    o.log?.(`rendering ${o.overlay}`);
    try {
        rendered = await render({ ...o, root });
    }
    catch (e) {
        if (e instanceof RenderFailed)
            return stoppedResult(o, e.findings);
        throw e;
    }
    if ('error' in early)
        throw early.error;
    const { c, pre } = early;
    const release = releaseName(o.overlay, o.release);
    const namespace = releaseNamespace(rendered.objects, o.namespace);
    const file = rendered.overlayFile;
    const findings = [...rendered.findings];
    if (approved) {
        if (approved.manifestSha256 !== rendered.sha256) {
            findings.push(rules_finding('deploy/plan-mismatch', file, `the manifests (sha256 ${rendered.sha256.slice(0, 12)}) differ from the approved plan's (sha256 ${approved.manifestSha256.slice(0, 12)}); plan again and get it approved`));
        }
        if (approved.environment !== o.environment || approved.namespace !== namespace || approved.release !== release) {
            findings.push(rules_finding('deploy/plan-mismatch', file, `the approved plan is for ${approved.environment} ${approved.namespace}/${approved.release}, not ${o.environment} ${namespace}/${release}`));
        }
    }
    if (o.prune) {
        for (const x of outsideNamespace(rendered.objects, namespace)) {
            findings.push(rules_finding('deploy/prune-scope', file, `${qualifiedName(x)} is outside the release namespace ${namespace}; pruning covers one namespace`));
        }
    }
    const base = { environment: o.environment, namespace, release, server: c.server, manifestSha256: rendered.sha256, images: rendered.containers, ...(o.planFile ? { planFile: o.planFile } : {}), ...(approved ? { diffFile: approved.diff.file } : {}) };
    if (findings.some((f) => f.severity === 'error'))
        return stoppedResult(o, findings, base);
    if (ac.signal.aborted)
        return stoppedResult(o, [...findings, rules_finding('deploy/interrupted', file, `${abortReason(ac.signal)} while rendering: nothing was applied or recorded`)], base);
    const store = new ReleaseStore(c.client, namespace, release, o.store);
    const run = o.run?.url ?? o.run?.id;
    const objects = annotateObjects(withNamespace(rendered.objects, namespace), { release, commit: o.commit, run });
    // The reachability check, the lock's create and the live read go side by side: one round of
    // kubectl start-up. The live read only labels what changed (created/changed/unchanged); the
    // history, which decides what is recorded, is read once the lock is held.
    const live = liveVersions(c, objects);
    live.catch(() => undefined);
    const common = {
        c, store, namespace, release, file,
        ...cycleSettings(o),
        signal: ac.signal,
        ...(o.onRevision ? { onRevision: o.onRevision } : {}),
    };
    const locked = await underReleaseLock({ c, ac, namespace, release, environment: o.environment, file, settings: o, ...(o.commit ? { commit: o.commit } : {}), ...(run ? { run } : {}), ...(o.log ? { log: o.log } : {}) }, async (held) => {
        const unreachable = await pre;
        if (unreachable)
            throw unreachable;
        // A deploy that waited for the lock reads again: the other one changed what is live.
        // A namespace the lock had to create is this deploy's creation all the same.
        const before = (held.waited ? liveVersions(c, objects) : live).then((m) => {
            if (held.createdNamespace)
                for (const x of objects)
                    if (x.kind === 'Namespace' && x.apiVersion === 'v1' && x.metadata.name === namespace)
                        m.delete(keyOf(x));
            return m;
        });
        before.catch(() => undefined);
        const history = await settleAbandoned(store, await store.list(), `the deploy of ${run ?? o.commit ?? 'a later run'}`);
        return applyCycle(o, common, history, objects, before, rendered);
    }).catch((e) => ({ findings: [ac.signal.aborted ? rules_finding('deploy/interrupted', file, `${abortReason(ac.signal)}: ${e.message}`) : clusterFinding(e, c.server, file, 'reading the release history')], value: undefined }));
    const unreachable = await pre;
    if (unreachable)
        return stoppedResult(o, [...findings, clusterFinding(unreachable, c.server, file, 'checking the cluster')], base);
    findings.push(...locked.findings);
    if (!locked.value)
        return stoppedResult(o, findings, { ...base, ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}) });
    const { cycle, history, status, revision, rollback, failedRevision } = locked.value;
    findings.push(...locked.value.findings);
    const result = {
        check: 'deploy',
        findings,
        artifacts: {},
        stats: {
            resources: objects.length,
            created: cycle.changes.created.length,
            changed: cycle.changes.changed.length,
            pruned: cycle.changes.pruned.length,
            unchanged: cycle.changes.unchanged.length,
            ...(revision ? { revision } : {}),
        },
        status,
        ...(revision !== undefined ? { revision } : {}),
        ...(failedRevision !== undefined ? { failedRevision } : {}),
        ...(rollback ? { rollback } : {}),
        changes: cycle.changes,
        ...base,
        ...(c.serverVersion ? { serverVersion: c.serverVersion } : {}),
    };
    // The records as they now are; read back only when a rollback moved them around.
    const after = rollback || !cycle.ok ? await store.using(bookkeeping(c)).list().catch(() => undefined) : recordsAfter(history, cycle);
    return {
        ...result,
        summaryMarkdown: renderDeploySection({
            kind: 'apply',
            result,
            ...(after ? { history: historyRows(after) } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ./src/deploy/index.ts
// Kubernetes deploy engine: render \u2192 plan \u2192 apply (\u2192 rollback). No @actions imports: the CLI, the
// k8s-deploy action and the tests share it.














// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(7497);
;// CONCATENATED MODULE: ./src/deploy/ref.ts
// The git ref a deploy is for, spelled the way the deploy policy checks it (`refs/tags/v1.2.0`,
// `refs/heads/main`). A workflow input may say only `v1.2.0` or `main`; the checkout says which.

function refExists(ref, cwd) {
    const r = (0,tools_process/* runProcessSync */.gh)('git', ['show-ref', '--verify', '--quiet', ref], { cwd });
    return !r.error && r.code === 0;
}
/**
 * `refs/...` stays as is; a short name becomes the tag of that name when the checkout has one, else
 * the branch (local or origin). Anything else (a SHA) is returned unchanged, which the policy
 * refuses for protected environments.
 */
function qualifyRef(ref, cwd) {
    const r = ref.trim();
    if (!r || r.startsWith('refs/'))
        return r;
    // `git show-ref` takes no options from here: a name starting with '-' is no ref at all.
    if (r.startsWith('-'))
        return r;
    if (refExists(`refs/tags/${r}`, cwd))
        return `refs/tags/${r}`;
    if (refExists(`refs/heads/${r}`, cwd) || refExists(`refs/remotes/origin/${r}`, cwd))
        return `refs/heads/${r}`;
    return r;
}
/** `refs/heads/main` \u2192 `main`, `refs/tags/v1` \u2192 `v1`: what the Deployments API calls a ref. */
function shortRef(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/** The commit checked out in `cwd`, else GITHUB_SHA. */
function headCommit(cwd, fallback = process.env['GITHUB_SHA'] ?? '') {
    return outputOf('git', ['rev-parse', 'HEAD'], { cwd }) || fallback;
}

;// CONCATENATED MODULE: ./src/settings/duration.ts
// Durations as people write them in workflow inputs and on the command line: 300, 300s, 5m, 1h30m.

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Milliseconds; a bare number is seconds. */
function parseDuration(text, what) {
    const t = text.trim();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (!parts.length || parts.map((p) => p[0]).join('') !== t)
        throw new finding/* UsageError */.eb(`${what} must be a duration like 300, 90s, 10m or 1h30m (got "${t}")`);
    const ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
    if (ms <= 0)
        throw new finding/* UsageError */.eb(`${what} must be longer than 0 (got "${t}")`);
    return Math.round(ms);
}

;// CONCATENATED MODULE: ./src/deploy/kubeconfig.ts
// The kubeconfig of a deploy step: from a secret input, written where only this job can read it and
// removed by the post step; or the runner's own (KUBECONFIG, ~/.kube/config). Every credential in
// it is masked before anything else happens, so no later log line can carry one.








/** Keys whose values are URLs that may carry `user:password@` (clusters). */
const URL_KEYS = new Set(['server', 'proxy-url']);
/** Keys whose values are credentials, wherever they appear (users, auth-provider config, exec env). */
const CREDENTIAL_KEYS = new Set([
    'client-key-data',
    'client-certificate-data',
    'token',
    'password',
    'access-token',
    'refresh-token',
    'id-token',
    'client-secret',
    'idp-certificate-authority-data',
]);
/** Prefix of the directory holding a written kubeconfig; the post step removes only such directories. */
const KUBECONFIG_DIR_PREFIX = 'portarium-kubeconfig-';
/**
 * Parses kubeconfig text (YAML, JSON, or either base64-encoded, as many teams store the secret).
 * Returns the text kubectl will read.
 */
function decodeKubeconfig(content) {
    const tryParse = (text) => {
        try {
            const d = parse(text);
            return d && typeof d === 'object' && !Array.isArray(d) ? d : undefined;
        }
        catch {
            return undefined;
        }
    };
    const trimmed = content.trim();
    let doc = tryParse(trimmed);
    let text = trimmed;
    if (!doc && /^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
        text = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8').trim();
        doc = tryParse(text);
    }
    // Never echo the content in the message: it is a secret.
    if (!doc)
        throw new UsageError('input kubeconfig is not a kubeconfig (YAML, JSON or base64 of either)');
    if (!Array.isArray(doc['clusters']) || !Array.isArray(doc['contexts'])) {
        throw new UsageError('input kubeconfig has no clusters or contexts; expected a kubeconfig file (kind: Config)');
    }
    return { text: text + '\n', doc };
}
/** Every credential string in a kubeconfig: the values to mask, and decoded forms of the base64 ones. */
function kubeconfigSecrets(doc) {
    const out = new Set();
    const visit = (v, key) => {
        if (Array.isArray(v)) {
            v.forEach((x) => visit(x));
            return;
        }
        if (v && typeof v === 'object') {
            const o = v;
            // exec plugins: env values can be tokens; args too (`--token`, cloud secrets).
            if (key === 'exec') {
                for (const e of Array.isArray(o['env']) ? o['env'] : [])
                    visit(e?.value, 'token');
                for (const a of Array.isArray(o['args']) ? o['args'] : [])
                    if (typeof a === 'string' && a.length >= 16)
                        out.add(a);
            }
            for (const [k, x] of Object.entries(o))
                visit(x, k);
            return;
        }
        if (typeof v === 'string' && key && URL_KEYS.has(key)) {
            for (const part of userinfoParts(v))
                out.add(part);
            return;
        }
        if (typeof v !== 'string' || !key || !CREDENTIAL_KEYS.has(key) || v.length < 4)
            return;
        out.add(v);
        if (key.endsWith('-data')) {
            // The decoded PEM too: a tool that prints the key would print these lines.
            const pem = Buffer.from(v, 'base64').toString('utf8');
            for (const line of pem.split(/\r?\n/))
                if (line.length >= 16 && !line.startsWith('-----'))
                    out.add(line);
        }
    };
    visit(doc);
    return [...out];
}
/**
 * The userinfo of a server or proxy URL as the log could show it: `user:password`, each part, and
 * their percent-decoded forms. Parts under 4 characters are left out (a mask of "a" would blank
 * every "a" in the log); they are never printed anyway, since every printed URL is redacted.
 */
function userinfoParts(url) {
    const u = urlUserinfo(url);
    if (!u)
        return [];
    const raw = [u.userinfo, u.user, ...(u.password !== undefined ? [u.password] : [])];
    const decoded = raw.map((x) => {
        try {
            return decodeURIComponent(x);
        }
        catch {
            return x;
        }
    });
    return [...new Set([...raw, ...decoded])].filter((x) => x.length >= 4);
}
/**
 * Writes the kubeconfig to a fresh directory under RUNNER_TEMP (0700) as a 0600 file. `beforeWrite`
 * receives the path before the file exists, so the post step can remove it even when this step
 * dies half-way.
 */
function writeKubeconfig(text, o = {}) {
    const base = o.runnerTemp || process.env['RUNNER_TEMP'] || os.tmpdir();
    const dir = path.join(base, `${KUBECONFIG_DIR_PREFIX}${randomBytes(8).toString('hex')}`);
    const file = path.join(dir, 'config');
    o.beforeWrite?.({ file, dir });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return { file, dir };
}
/**
 * Removes a kubeconfig written by writeKubeconfig. Refuses anything else: the path comes from step
 * state, and the post step must never delete a directory it did not create.
 */
function removeKubeconfig(file, runnerTemp = process.env['RUNNER_TEMP'] || os.tmpdir()) {
    const dir = path.dirname(path.resolve(file));
    const rel = path.relative(path.resolve(runnerTemp), dir);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep) || !rel.startsWith(KUBECONFIG_DIR_PREFIX) || path.basename(file) !== 'config') {
        throw new Error(`refusing to remove ${file}: not a kubeconfig this action wrote under ${runnerTemp}`);
    }
    const existed = existsSync(dir);
    rmSync(dir, { recursive: true, force: true });
    return existed;
}
/** The runner's kubeconfig when no input was given: the first KUBECONFIG entry that exists, else ~/.kube/config. */
function runnerKubeconfig(env = process.env, setting = actionInput) {
    const entries = (env['KUBECONFIG'] ?? '').split((external_node_path_default()).delimiter).filter(Boolean);
    for (const e of entries)
        if ((0,external_node_fs_.existsSync)(e))
            return e;
    const home = external_node_path_default().join(env['HOME'] || external_node_os_default().homedir(), '.kube', 'config');
    if ((0,external_node_fs_.existsSync)(home))
        return home;
    throw new finding/* UsageError */.eb(entries.length
        ? `KUBECONFIG names no existing file (${entries.join(', ')}); pass ${setting('kubeconfig')} or set up the cluster context first`
        : `no kubeconfig: pass ${setting('kubeconfig')}, or set up a cluster context first (KUBECONFIG or ~/.kube/config)`);
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/deploy-usage.ts
var deploy_usage = __webpack_require__(7473);
;// CONCATENATED MODULE: ./src/cli/deploy.ts
// `portarium-infra deploy plan|apply|rollback`: the k8s-deploy action's steps from a laptop, with the
// same engine, the same refusals and the same release history in the cluster.












function str(v, k) {
    const x = v[k];
    return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}
function positive(v, k) {
    const x = str(v, k);
    if (x === undefined)
        return undefined;
    if (!/^\d+$/.test(x) || Number(x) < 1)
        throw new report/* UsageError */.eb(`--${k} must be a whole number of at least 1 (got "${x}")`);
    return Number(x);
}
function git(cwd, ...args) {
    return (0,tools_process/* outputOf */.jH)('git', args, { cwd }) ?? '';
}
/** The ref a laptop deploys: a v* tag pointing at HEAD, else the checked-out branch. */
function localRef(cwd) {
    const tag = git(cwd, 'tag', '--points-at', 'HEAD', '--list', 'v*').split('\n').filter(Boolean).sort().pop();
    if (tag)
        return `refs/tags/${tag}`;
    return git(cwd, 'symbolic-ref', '-q', 'HEAD');
}
function environmentFor(overlay, explicit) {
    if (explicit)
        return explicit;
    const guess = overlay ? external_node_path_default().basename(external_node_path_default().resolve(overlay)) : '';
    if (DEFAULT_ENVIRONMENTS.includes(guess))
        return guess;
    throw new report/* UsageError */.eb(`pass --environment (${DEFAULT_ENVIRONMENTS.join(', ')}); it cannot be taken from the overlay name "${guess || '(none)'}"`);
}
function textReport(mode, r, showDiff) {
    const out = [];
    const rev = r.revision !== undefined ? ` revision ${r.revision}` : '';
    const counts = mode === 'plan' ? changeCounts(r.changes) : `${r.changes.created.length} created, ${r.changes.changed.length} changed, ${r.changes.pruned.length} pruned, ${r.changes.unchanged.length} unchanged`;
    // A half-applied release is a warning finding, printed (once) with the findings right after this report.
    out.push(`deploy ${mode} ${r.environment}: ${r.status}${rev} (${r.namespace ?? '?'}/${r.release ?? '?'} on ${r.server ?? '?'}${r.serverVersion ? ` ${r.serverVersion}` : ''})`);
    out.push(`  ${counts}`);
    for (const x of r.changes.created)
        out.push(`  + ${x}`);
    for (const x of r.changes.changed)
        out.push(`  ~ ${x}`);
    for (const x of r.changes.pruned)
        out.push(`  - ${x}`);
    for (const i of r.images)
        out.push(`  image ${i.object} ${i.container}: ${i.image}${i.digest ? '' : ' (not pinned)'}`);
    if (r.failedRevision !== undefined)
        out.push(`  failed revision: ${r.failedRevision}`);
    if (r.rollback)
        out.push(`  rollback: ${r.rollback.message}`);
    if (r.planFile)
        out.push(`  plan file: ${r.planFile}`);
    if (r.diffFile)
        out.push(`  diff file: ${r.diffFile}`);
    if (showDiff && r.diffFile && mode === 'plan') {
        const diff = (0,external_node_fs_.readFileSync)(r.diffFile, 'utf8');
        if (diff)
            out.push('', diff.trimEnd());
    }
    return out.join('\n') + '\n';
}
/** Runs `deploy <mode>`; returns the exit status (0 ok, 1 failed deploy or findings at --fail-on). */
async function runDeployCommand(values, positionals, io) {
    const [modeArg, ...extra] = positionals;
    if (modeArg !== 'plan' && modeArg !== 'apply' && modeArg !== 'rollback')
        throw new report/* UsageError */.eb(`deploy needs a mode: plan, apply or rollback (got "${modeArg ?? ''}")`);
    // Typed, not only narrowed: deployMode below is a function declaration, which narrowing does not reach.
    const mode = modeArg;
    if (extra.length)
        throw new report/* UsageError */.eb(`deploy ${mode} takes no positional arguments (got ${extra.join(' ')}); use --overlay PATH`);
    const overlayArg = str(values, 'overlay');
    if (!overlayArg && mode !== 'rollback')
        throw new report/* UsageError */.eb(`deploy ${mode} needs --overlay PATH`);
    const overlay = overlayArg ? external_node_path_default().resolve(io.cwd, overlayArg) : undefined;
    const environment = environmentFor(overlay, str(values, 'environment'));
    const refArg = str(values, 'ref');
    const ref = refArg ? qualifyRef(refArg, io.cwd) : localRef(io.cwd);
    const kubeconfig = str(values, 'kubeconfig') ? external_node_path_default().resolve(io.cwd, str(values, 'kubeconfig')) : undefined;
    const format = (0,output/* parseFormat */.X)(str(values, 'format'));
    const failOn = (0,report/* parseFailOn */.XV)(str(values, 'fail-on'), 'error');
    const timeout = str(values, 'timeout');
    const keepHistory = positive(values, 'keep-history');
    const verbose = !!values['verbose'];
    const guard = { environment, ref, ...(str(values, 'default-branch') ? { defaultBranch: str(values, 'default-branch') } : {}) };
    const namespace = str(values, 'namespace');
    const release = str(values, 'release');
    const images = (values['images'] ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    const buildManifest = str(values, 'build-manifest') ? external_node_path_default().resolve(io.cwd, str(values, 'build-manifest')) : undefined;
    const outDir = str(values, 'out-dir') ? external_node_path_default().resolve(io.cwd, str(values, 'out-dir')) : undefined;
    const planFileArg = str(values, 'plan-file') ? external_node_path_default().resolve(io.cwd, str(values, 'plan-file')) : undefined;
    const commit = git(io.cwd, 'rev-parse', 'HEAD');
    const lockTimeout = str(values, 'lock-timeout');
    const lockLease = str(values, 'lock-lease');
    const lock = {
        ...(lockTimeout ? { lockTimeoutMs: lockTimeout === '0' ? 0 : parseDuration(lockTimeout, '--lock-timeout') } : {}),
        ...(lockLease ? { lockLeaseSeconds: Math.max(1, Math.round(parseDuration(lockLease, '--lock-lease') / 1000)) } : {}),
    };
    // Refused environments and refs fail inside the engine before the kubeconfig is even looked for;
    // the kubeconfig lookup comes after, so `deploy` with a bad environment never says "no kubeconfig".
    checkDeployAllowed(mode === 'rollback' ? { ...guard, protectedEnvironments: [] } : guard);
    const common = {
        ...guard,
        kubeconfig: kubeconfig ?? runnerKubeconfig(io.env, cliFlag),
        // The engine's messages name our flags, not the action's inputs.
        setting: cliFlag,
        ...(str(values, 'context') ? { context: str(values, 'context') } : {}),
        root: io.cwd,
        ...(outDir ? { outDir } : {}),
        ...(commit ? { commit } : {}),
        ...(verbose ? { log: (l) => io.stderr(`${l}\n`) } : {}),
    };
    // Ctrl-C (SIGINT) or a kill (SIGTERM): stop, record the revision as interrupted, release the lock.
    const cancel = new AbortController();
    let received;
    const onSignal = (sig) => {
        if (received)
            return;
        received = sig;
        io.stderr(`received ${sig}: stopping the deploy, recording where it stopped and releasing the lock\n`);
        cancel.abort(new Error(`cancelled by ${sig}`));
    };
    const signals = mode === 'plan' ? [] : ['SIGINT', 'SIGTERM'];
    for (const sig of signals)
        process.on(sig, onSignal);
    try {
        return await deployMode();
    }
    finally {
        for (const sig of signals)
            process.off(sig, onSignal);
    }
    async function deployMode() {
        let result;
        if (mode === 'plan' || mode === 'apply') {
            const target = {
                ...common,
                overlay: overlay,
                ...(namespace ? { namespace } : {}),
                ...(release ? { release } : {}),
                ...(buildManifest ? { buildManifest } : {}),
                images,
                requireDigests: !!values['require-digests'],
                prune: !!values['prune'],
                allowRemoteResources: !!values['allow-remote-resources'],
            };
            if (mode === 'plan') {
                result = await plan(target);
                // --plan-file on plan: keep a copy where the user asked (the engine writes into --out-dir).
                if (planFileArg && result.planFile) {
                    (0,external_node_fs_.copyFileSync)(result.planFile, planFileArg);
                    result = { ...result, planFile: planFileArg };
                }
            }
            else {
                result = await apply({
                    ...target,
                    ...(timeout ? { timeoutMs: parseDuration(timeout, '--timeout') } : {}),
                    rollbackOnFailure: !!values['rollback-on-failure'],
                    forceConflicts: !!values['force-conflicts'],
                    ...(keepHistory ? { keepHistory } : {}),
                    ...(planFileArg ? { planFile: planFileArg } : {}),
                    ...lock,
                    signal: cancel.signal,
                });
            }
        }
        else {
            let names = { namespace: namespace ?? '', release: release ?? '' };
            if (!names.namespace || !names.release) {
                if (!overlay)
                    throw new report/* UsageError */.eb('deploy rollback needs --namespace and --release, or the --overlay they come from');
                names = { release: releaseName(overlay, release), namespace: namespace ?? releaseNamespace((await render({ overlay, root: io.cwd, allowRemoteResources: !!values['allow-remote-resources'], setting: cliFlag })).objects) };
            }
            const toRevision = positive(values, 'to-revision');
            result = await rollback({
                ...common,
                ...names,
                prune: !!values['prune'],
                forceConflicts: !!values['force-conflicts'],
                ...(timeout ? { timeoutMs: parseDuration(timeout, '--timeout') } : {}),
                ...(keepHistory ? { keepHistory } : {}),
                ...(toRevision ? { toRevision } : {}),
                ...lock,
                signal: cancel.signal,
            });
        }
        if (format === 'text')
            io.stdout(textReport(mode, result, !!values['diff']));
        await (0,output/* writeResults */.K)([result], {
            format,
            failOn,
            color: io.isTTY && !values['no-color'] && !io.env['NO_COLOR'],
            pathPrefix: '',
            ...(str(values, 'sarif-file') ? { sarifFile: str(values, 'sarif-file') } : {}),
            ...(str(values, 'json-file') ? { jsonFile: str(values, 'json-file') } : {}),
        }, io.stdout);
        if (received)
            return received === 'SIGINT' ? 130 : 143;
        // A deploy that had to roll back failed; a requested rollback that worked did not.
        const failed = result.status === 'failed' || result.status === 'interrupted' || result.status === 'rollback-failed' || (mode !== 'rollback' && result.status === 'rolled-back');
        return failed || (0,report/* shouldFail */.W9)(result.findings, failOn) ? 1 : 0;
    }
}


/***/ })

};
;