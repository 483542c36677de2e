"use strict";
exports.id = 857;
exports.ids = [857];
exports.modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  otelCheck: () => (/* binding */ otelCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(9023);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __webpack_require__(1472);
// EXTERNAL MODULE: ./src/checks/otel/discover.ts
var discover = __webpack_require__(6889);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/otel/schema.ts
// A small JSON-schema-like language for component settings, enough to say what the collector's strict
// unmarshal refuses: keys it does not know, and values it cannot decode into the field's type.
const obj = (props, additional) => ({ kind: 'object', props, ...(additional && { additional }) });
const str = { kind: 'string' };
const oneOf = (...values) => ({ kind: 'string', enum: values });
const duration = { kind: 'duration' };
const schema_int = { kind: 'int' };
const uint = { kind: 'int', min: 0 };
const num = { kind: 'number' };
const bool = { kind: 'bool' };
const any = { kind: 'any' };
const listOf = (items) => ({ kind: 'list', items });
const strings = listOf(str);
const stringMap = obj({}, str);
/** Go's time.ParseDuration: a sequence of decimal numbers with a unit, optional sign; "0" alone. */
function isGoDuration(s) {
    return s === '0' || /^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))*$/.test(s);
}
/** `${env:VAR}`, `${VAR}`, `${file:path}`, \u2026 : resolved by the collector's providers before decoding. */
function isProviderReference(s) {
    return /\$\{[^}]*\}/.test(s);
}

;// CONCATENATED MODULE: ./src/checks/otel/components.ts
// The component types the checked distributions ship: which signals each supports and, for those the
// example uses, the schema of its settings (our own tables, written from the components' documented
// configuration structs).

const KINDS = ['receivers', 'processors', 'exporters', 'connectors', 'extensions'];
const SIGNALS = ['traces', 'metrics', 'logs'];
const ALL = SIGNALS;
const tlsServer = obj({
    ca_file: str, ca_pem: str, cert_file: str, cert_pem: str, key_file: str, key_pem: str, include_system_ca_certs_pool: bool,
    min_version: str, max_version: str, cipher_suites: strings, curve_preferences: strings, reload_interval: duration,
    client_ca_file: str, client_ca_file_reload: bool, tpm_config: any,
});
const tlsClient = obj({
    ca_file: str, ca_pem: str, cert_file: str, cert_pem: str, key_file: str, key_pem: str, include_system_ca_certs_pool: bool,
    min_version: str, max_version: str, cipher_suites: strings, curve_preferences: strings, reload_interval: duration,
    insecure: bool, insecure_skip_verify: bool, server_name_override: str, tpm_config: any,
});
const auth = obj({ authenticator: str, request_params: strings });
const cors = obj({ allowed_origins: strings, allowed_headers: strings, max_age: schema_int });
const keepaliveServer = obj({ server_parameters: any, enforcement_policy: any });
const grpcServer = obj({
    endpoint: str, transport: oneOf('tcp', 'tcp4', 'tcp6', 'udp', 'udp4', 'udp6', 'unix', 'unixgram', 'unixpacket'), tls: tlsServer,
    max_recv_msg_size_mib: uint, max_concurrent_streams: uint, read_buffer_size: schema_int, write_buffer_size: schema_int,
    keepalive: keepaliveServer, auth, include_metadata: bool,
});
const httpServer = obj({
    endpoint: str, tls: tlsServer, cors, auth, max_request_body_size: schema_int, include_metadata: bool, response_headers: stringMap,
    compression_algorithms: strings, read_timeout: duration, read_header_timeout: duration, write_timeout: duration, idle_timeout: duration,
    keep_alives_enabled: bool, traces_url_path: str, metrics_url_path: str, logs_url_path: str,
});
const retry = obj({ enabled: bool, initial_interval: duration, randomization_factor: num, multiplier: num, max_interval: duration, max_elapsed_time: duration });
const queue = obj({
    enabled: bool, num_consumers: schema_int, queue_size: schema_int, wait_for_result: bool, block_on_overflow: bool, sizer: oneOf('requests', 'items', 'bytes'),
    storage: str, batch: any, blocking: bool,
});
const exporterCommon = { timeout: duration, retry_on_failure: retry, sending_queue: queue };
const attributeAction = obj({
    key: str, value: any, pattern: str, from_attribute: str, from_context: str,
    action: oneOf('insert', 'update', 'upsert', 'delete', 'hash', 'extract', 'convert'), converted_type: oneOf('int', 'double', 'string'),
});
const matchProperties = obj({
    match_type: oneOf('strict', 'regexp'), regexp: any, services: strings, span_names: strings, log_bodies: strings, log_severity_texts: strings,
    log_severity_number: any, metric_names: strings, span_kinds: strings, attributes: listOf(obj({ key: str, value: any })),
    resources: listOf(obj({ key: str, value: any })), libraries: listOf(obj({ name: str, version: str })),
});
const statements = listOf(any);
const COMPONENT_TYPES = {
    receivers: {
        otlp: { signals: ALL, schema: obj({ protocols: obj({ grpc: grpcServer, http: httpServer }) }) },
        jaeger: { signals: ['traces'] },
        zipkin: { signals: ['traces'] },
        prometheus: { signals: ['metrics'] },
        hostmetrics: { signals: ['metrics'] },
        filelog: { signals: ['logs'] },
        kafka: { signals: ALL },
    },
    processors: {
        memory_limiter: {
            signals: ALL,
            schema: obj({
                check_interval: duration, limit_mib: uint, spike_limit_mib: uint, limit_percentage: uint, spike_limit_percentage: uint,
                min_gc_interval_when_soft_limited: duration, min_gc_interval_when_hard_limited: duration,
            }),
        },
        batch: { signals: ALL, schema: obj({ timeout: duration, send_batch_size: uint, send_batch_max_size: uint, metadata_keys: strings, metadata_cardinality_limit: uint }) },
        // The attributes processor changes span, log and data-point attributes, never resource attributes.
        attributes: { signals: ALL, schema: obj({ actions: listOf(attributeAction), include: matchProperties, exclude: matchProperties }) },
        resource: { signals: ALL, schema: obj({ attributes: listOf(attributeAction) }) },
        transform: {
            signals: ALL,
            schema: obj({
                error_mode: oneOf('ignore', 'silent', 'propagate'), trace_statements: statements, metric_statements: statements,
                log_statements: statements, profile_statements: statements, flatten_data: bool,
            }),
        },
        filter: { signals: ALL },
        k8sattributes: { signals: ALL },
        tail_sampling: { signals: ['traces'] },
        probabilistic_sampler: { signals: ['traces', 'logs'] },
        resourcedetection: { signals: ALL },
    },
    exporters: {
        otlp: {
            signals: ALL,
            schema: obj({
                ...exporterCommon, endpoint: str, compression: str, tls: tlsClient, headers: stringMap, keepalive: obj({ time: duration, timeout: duration, permit_without_stream: bool }),
                balancer_name: str, authority: str, auth, write_buffer_size: schema_int, read_buffer_size: schema_int, wait_for_ready: bool,
            }),
        },
        otlphttp: {
            signals: ALL,
            schema: obj({
                ...exporterCommon, endpoint: str, traces_endpoint: str, metrics_endpoint: str, logs_endpoint: str, profiles_endpoint: str,
                tls: tlsClient, headers: stringMap, compression: str, compression_params: any, read_buffer_size: schema_int, write_buffer_size: schema_int,
                max_idle_conns: schema_int, max_idle_conns_per_host: schema_int, max_conns_per_host: schema_int, idle_conn_timeout: duration, disable_keep_alives: bool,
                http2_read_idle_timeout: duration, http2_ping_timeout: duration, proxy_url: str, auth, cookies: obj({ enabled: bool }),
                encoding: oneOf('proto', 'json'), force_attempt_http2: bool,
            }),
        },
        debug: { signals: ALL, schema: obj({ verbosity: oneOf('basic', 'normal', 'detailed'), sampling_initial: schema_int, sampling_thereafter: schema_int, use_internal_logger: bool, sending_queue: queue }) },
        file: { signals: ALL },
        prometheus: { signals: ['metrics'] },
        prometheusremotewrite: { signals: ['metrics'] },
        loki: { signals: ['logs'] },
        kafka: { signals: ALL },
    },
    connectors: {
        forward: { signals: ALL, connects: { traces: ['traces'], metrics: ['metrics'], logs: ['logs'] }, schema: obj({}) },
        spanmetrics: { signals: ['traces'], connects: { traces: ['metrics'] } },
        servicegraph: { signals: ['traces'], connects: { traces: ['metrics'] } },
        count: { signals: ALL, connects: { traces: ['metrics'], metrics: ['metrics'], logs: ['metrics'] } },
        routing: { signals: ALL, connects: { traces: ['traces'], metrics: ['metrics'], logs: ['logs'] } },
    },
    extensions: {
        health_check: {
            signals: [],
            schema: obj({
                endpoint: str, tls: tlsServer, cors, auth, include_metadata: bool, response_headers: stringMap, max_request_body_size: schema_int,
                read_timeout: duration, read_header_timeout: duration, write_timeout: duration, idle_timeout: duration, keep_alives_enabled: bool,
                compression_algorithms: strings, path: str, response_body: obj({ healthy: str, unhealthy: str }),
                check_collector_pipeline: obj({ enabled: bool, interval: str, exporter_failure_threshold: schema_int }),
                use_v2: bool, http: any, grpc: any, component_health: any,
            }),
        },
        pprof: { signals: [] },
        zpages: { signals: [] },
        file_storage: { signals: [] },
        basicauth: { signals: [] },
        bearertokenauth: { signals: [] },
        oauth2client: { signals: [] },
    },
};
/** The singular the collector's messages use for a kind. */
const SINGULAR = { receivers: 'receiver', processors: 'processor', exporters: 'exporter', connectors: 'connector', extensions: 'extension' };
/** `type[/name]`: the type is letters, digits and `_` starting with a letter; a name, when given, is not empty. */
function parseComponentId(id) {
    const slash = id.indexOf('/');
    const type = slash < 0 ? id : id.slice(0, slash);
    const name = slash < 0 ? undefined : id.slice(slash + 1);
    if (!/^[a-zA-Z][0-9a-zA-Z_]{0,62}$/.test(type.trim()) || type !== type.trim())
        return { error: `invalid character(s) in type "${type}"` };
    if (name !== undefined) {
        if (name.trim() === '')
            return { error: 'name part must be specified after "/" in type/name key' };
        if (!/^[^\s/]+$/.test(name) && /[\s/]/.test(name))
            return { error: `invalid character(s) in name "${name}"` };
    }
    return name === undefined ? { type } : { type, name };
}

// EXTERNAL MODULE: ./src/checks/otel/source.ts
var otel_source = __webpack_require__(8151);
;// CONCATENATED MODULE: ./src/checks/otel/model.ts
// A collector configuration read into components and pipelines, each keeping its YAML node so that
// findings point at the key or value to change.



const TOP_LEVEL = [...KINDS, 'service'];
const SERVICE_KEYS = ['extensions', 'pipelines', 'telemetry'];
const PIPELINE_KEYS = ['receivers', 'processors', 'exporters'];
/** The collector's message for keys its strict unmarshal refuses. */
function invalidKeys(path, keys, problems) {
    for (const k of keys)
        problems.push({ rule: 'otel/invalid-keys', node: k.keyNode, message: `'${path}' has invalid keys: ${k.key}` });
}
/** The decoder's refusal of a value of the wrong shape, at the value. */
function expectShape(src, node, shape, path, problems) {
    const n = (0,otel_source/* deref */.LA)(src, node);
    if ((0,otel_source/* isNullNode */.uc)(n) || (shape === 'map' ? (0,dist/* isMap */.jh)(n) : (0,dist/* isSeq */.oP)(n)))
        return true;
    problems.push({ rule: 'otel/invalid-value', node: n, message: `'${path}' expected a ${shape === 'map' ? 'map' : 'list'}` });
    return false;
}
function readConfig(src, problems) {
    const config = {
        components: { receivers: new Map(), processors: new Map(), exporters: new Map(), connectors: new Map(), extensions: new Map() },
        pipelines: [],
        extensions: [],
    };
    const top = (0,otel_source/* entries */.jO)(src, src.doc.contents);
    invalidKeys('', top.filter((e) => !TOP_LEVEL.includes(e.key)), problems);
    for (const { key, value } of top) {
        if (!KINDS.includes(key) || !expectShape(src, value, 'map', key, problems))
            continue;
        const kind = key;
        for (const c of (0,otel_source/* entries */.jO)(src, value)) {
            // A component's settings are a mapping (or empty, for its defaults).
            if (!expectShape(src, c.value, 'map', `${key}::${c.key}`, problems))
                continue;
            const parsed = parseComponentId(c.key);
            if ('error' in parsed) {
                problems.push({ rule: 'otel/invalid-component-id', node: c.keyNode, message: `${kind}: invalid id "${c.key}": ${parsed.error}` });
                continue;
            }
            config.components[kind].set(c.key, { kind, id: c.key, type: parsed.type, keyNode: c.keyNode, value: c.value });
        }
    }
    const service = top.find((e) => e.key === 'service');
    if (!service || !expectShape(src, service.value, 'map', 'service', problems))
        return config;
    const serviceEntries = (0,otel_source/* entries */.jO)(src, service.value);
    invalidKeys('service', serviceEntries.filter((e) => !SERVICE_KEYS.includes(e.key)), problems);
    for (const e of serviceEntries) {
        if (e.key === 'extensions' && expectShape(src, e.value, 'list', 'service::extensions', problems))
            config.extensions = refs(src, e.value);
        if (e.key !== 'pipelines' || !expectShape(src, e.value, 'map', 'service::pipelines', problems))
            continue;
        config.pipelinesNode = e.keyNode;
        for (const p of (0,otel_source/* entries */.jO)(src, e.value)) {
            const slash = p.key.indexOf('/');
            const signal = slash < 0 ? p.key : p.key.slice(0, slash);
            if (!SIGNALS.includes(signal) || (slash >= 0 && p.key.slice(slash + 1).trim() === '')) {
                problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `service::pipelines: invalid pipeline id "${p.key}": the signal must be traces, metrics or logs, with an optional /name` });
                continue;
            }
            if (!expectShape(src, p.value, 'map', `service::pipelines::${p.key}`, problems))
                continue;
            const body = (0,otel_source/* entries */.jO)(src, p.value);
            for (const b of body)
                if (PIPELINE_KEYS.includes(b.key))
                    expectShape(src, b.value, 'list', `service::pipelines::${p.key}::${b.key}`, problems);
            invalidKeys(`service::pipelines::${p.key}`, body.filter((b) => !PIPELINE_KEYS.includes(b.key)), problems);
            const list = (k) => refs(src, body.find((b) => b.key === k)?.value ?? null);
            config.pipelines.push({ id: p.key, signal: signal, keyNode: p.keyNode, receivers: list('receivers'), processors: list('processors'), exporters: list('exporters') });
        }
    }
    return config;
}
function refs(src, node) {
    const n = (0,otel_source/* deref */.LA)(src, node);
    if ((0,otel_source/* isNullNode */.uc)(n) || !(0,dist/* isSeq */.oP)(n))
        return [];
    return n.items.map((i) => (0,otel_source/* deref */.LA)(src, i)).flatMap((i) => (i && (0,otel_source/* scalarText */.ws)(i) !== undefined ? [{ id: (0,otel_source/* scalarText */.ws)(i), node: i }] : []));
}

;// CONCATENATED MODULE: ./src/checks/otel/redaction.ts
// The redaction policy: every path from a receiver to an exporter that sends data out of the collector
// must pass processors that hash or delete each attribute the policy names. See docs/rules/otel.md for
// exactly which processor settings count.


const stronger = (a, b) => (a === 'delete' || b === 'delete' ? 'delete' : a ?? b);
function checkRedaction(src, config, policy, problems) {
    if (policy.attributes.length === 0)
        return;
    const signals = policy.signals ?? ['traces', 'metrics', 'logs'];
    const seen = new Set();
    const walk = (chain) => {
        const p = chain[chain.length - 1];
        for (const ex of p.exporters) {
            const connector = config.components.connectors.get(ex.id);
            if (connector) {
                for (const q of config.pipelines)
                    if (q.receivers.some((r) => r.id === ex.id) && !chain.includes(q))
                        walk([...chain, q]);
                continue;
            }
            const exporter = config.components.exporters.get(ex.id);
            // Data a connector derived from a covered signal (spanmetrics: spans' attributes as metric dimensions) is covered too.
            if (!exporter || staysInside(src, exporter) || !chain.some((q) => signals.includes(q.signal)))
                continue;
            const processors = chain.flatMap((q) => q.processors.map((r) => config.components.processors.get(r.id)).filter((c) => !!c).map((c) => ({ c, signal: q.signal })));
            const path = `${chain.map((q) => `${q.id}${q.processors.length ? ` [${q.processors.map((r) => r.id).join(', ')}]` : ''}`).join(' \u2192 ')} \u2192 ${ex.id}`;
            for (const rule of policy.attributes) {
                const scopes = rule.scope === 'both' ? ['record', 'resource'] : [rule.scope ?? 'record'];
                for (const scope of scopes) {
                    const effect = processors.reduce((acc, { c, signal }) => stronger(acc, effectOf(src, c, rule.key, scope, signal)), undefined);
                    const key = `${chain.map((q) => q.id).join('>')}\0${ex.id}\0${rule.key}\0${scope}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    const what = `${scope === 'resource' ? 'resource attribute' : 'attribute'} "${rule.key}"`;
                    if (effect === undefined) {
                        problems.push({ rule: 'otel/redaction-missing', node: p.keyNode, message: `${what} must be ${rule.action === 'hash' ? 'hashed' : 'deleted'} before exporter "${ex.id}", but nothing on the path ${path} does it` });
                    }
                    else if (effect === 'hash' && rule.action === 'delete') {
                        problems.push({ rule: 'otel/redaction-weaker', node: p.keyNode, message: `${what} must be deleted before exporter "${ex.id}", but the path ${path} only hashes it` });
                    }
                }
            }
        }
    };
    for (const p of config.pipelines)
        if (p.receivers.some((r) => config.components.receivers.has(r.id)))
            walk([p]);
}
/**
 * debug at basic prints counts only. At normal the collector (v0.161.0, measured) prints one line per
 * record with its attributes and the resource's (`op <trace> <span> user.email=\u2026`), so it counts as
 * leaving, like detailed.
 */
function staysInside(src, exporter) {
    if (exporter.type !== 'debug')
        return false;
    const v = (0,otel_source/* entries */.jO)(src, exporter.value).find((e) => e.key === 'verbosity');
    return (v ? (0,otel_source/* scalarText */.ws)(v.value) : 'basic') === 'basic';
}
function effectOf(src, c, key, scope, signal) {
    if ((c.type === 'attributes' && scope === 'record') || (c.type === 'resource' && scope === 'resource')) {
        // An attributes processor that matches only some records (include/exclude) does not cover the rest.
        if ((0,otel_source/* entries */.jO)(src, c.value).some((e) => (e.key === 'include' || e.key === 'exclude') && !(0,otel_source/* isNullNode */.uc)(e.value)))
            return undefined;
        const list = (0,otel_source/* entries */.jO)(src, c.value).find((e) => e.key === (c.type === 'attributes' ? 'actions' : 'attributes'))?.value;
        let effect;
        for (const item of (0,dist/* isSeq */.oP)(list) ? list.items.map((i) => (0,otel_source/* deref */.LA)(src, i)) : []) {
            const get = (k) => (0,otel_source/* scalarText */.ws)((0,otel_source/* entries */.jO)(src, item).find((e) => e.key === k)?.value ?? null);
            const action = get('action');
            if (action !== 'delete' && action !== 'hash')
                continue;
            const k = get('key');
            const pattern = get('pattern');
            if (k === key || (k === undefined && pattern !== undefined && partialMatch(pattern, key)))
                effect = stronger(effect, action);
        }
        return effect;
    }
    if (c.type === 'transform')
        return transformEffect(src, c, key, scope, signal);
    return undefined;
}
const STATEMENTS = { traces: 'trace_statements', metrics: 'metric_statements', logs: 'log_statements' };
/** The OTTL context whose `attributes` are the records the attributes processor acts on, per signal. */
const RECORD_CONTEXT = { traces: 'span', metrics: 'datapoint', logs: 'log' };
/**
 * Unconditional OTTL statements only (no `where`, not in a group with `conditions`):
 * delete_key, delete_matching_keys and keep_keys delete; set(\u2026["k"], SHA256(\u2026["k"])) and
 * replace_pattern(\u2026["k"], "^(.*)$", "$1", SHA256) of the whole value hash. Which attributes a path
 * means follows the statement's context: in `context: resource` plain `attributes` are the resource's,
 * in `context: spanevent` they are the events', not the spans'.
 */
function transformEffect(src, c, key, scope, signal) {
    const list = (0,otel_source/* entries */.jO)(src, c.value).find((e) => e.key === STATEMENTS[signal])?.value ?? null;
    const statements = [];
    const collect = (n, context, conditional) => {
        const node = (0,otel_source/* deref */.LA)(src, n);
        if ((0,dist/* isSeq */.oP)(node))
            for (const i of node.items)
                collect(i, context, conditional);
        else if ((0,otel_source/* scalarText */.ws)(node) !== undefined) {
            if (!conditional)
                statements.push({ text: (0,otel_source/* scalarText */.ws)(node), context });
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const es = (0,otel_source/* entries */.jO)(src, node);
            const hasConditions = es.some((e) => e.key === 'conditions' && !(0,otel_source/* isNullNode */.uc)(e.value));
            const ctx = (0,otel_source/* scalarText */.ws)(es.find((e) => e.key === 'context')?.value ?? null);
            collect(es.find((e) => e.key === 'statements')?.value ?? null, ctx ?? context, conditional || hasConditions);
        }
    };
    collect(list, undefined, false);
    const record = RECORD_CONTEXT[signal];
    // Paths to the attributes of `scope`: a context-prefixed path, or plain `attributes` in that context.
    const paths = scope === 'resource' ? ['resource.attributes'] : [`${record}.attributes`];
    const pathsIn = (context) => (context === (scope === 'resource' ? 'resource' : record) ? [...paths, 'attributes'] : paths);
    const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const str = String.raw `"((?:[^"\\]|\\.)*)"`;
    let effect;
    for (const { text, context } of statements) {
        if (/\bwhere\b/.test(text))
            continue;
        const attrs = `(?:${pathsIn(context).map(esc).join('|')})`;
        const k = esc(key);
        const m = (re) => new RegExp(String.raw `^\s*${re}\s*$`).exec(text);
        if (m(String.raw `delete_key\(\s*${attrs}\s*,\s*"${k}"\s*\)`))
            effect = 'delete';
        const matching = m(String.raw `delete_matching_keys\(\s*${attrs}\s*,\s*${str}\s*\)`);
        if (matching && partialMatch(unquote(matching[1]), key))
            effect = 'delete';
        const keep = m(String.raw `keep_keys\(\s*${attrs}\s*,\s*\[((?:\s*"(?:[^"\\]|\\.)*"\s*,?)*)\]\s*\)`);
        if (keep && ![...keep[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].some((q) => unquote(q[1]) === key))
            effect = 'delete';
        if (m(String.raw `set\(\s*${attrs}\["${k}"\]\s*,\s*SHA(?:1|256|512)\(\s*${attrs}\["${k}"\]\s*\)\s*\)`))
            effect = stronger(effect, 'hash');
        const replaced = m(String.raw `replace_pattern\(\s*${attrs}\["${k}"\]\s*,\s*${str}\s*,\s*"\$+\{?1\}?"\s*,\s*SHA(?:1|256|512)\s*\)`);
        if (replaced && WHOLE_VALUE.test(unquote(replaced[1])))
            effect = stronger(effect, 'hash');
    }
    return effect;
}
/** A replace_pattern regex whose first group is the whole value, so the whole value is hashed. */
const WHOLE_VALUE = /^\^?\(\.[*+]\)\$?$/;
const unquote = (s) => s.replace(/\\(.)/g, '$1');
/** Go's regexp.MatchString, as delete_matching_keys and the attributes processor's pattern use it: a match anywhere. */
function partialMatch(pattern, key) {
    try {
        return new RegExp(pattern).test(key);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/checks/otel/rules.ts
var rules = __webpack_require__(4571);
;// CONCATENATED MODULE: ./src/checks/otel/structure.ts
// What the collector's `validate` refuses about how components and pipelines fit together.

function checkStructure(config, problems) {
    for (const kind of KINDS) {
        for (const c of config.components[kind].values()) {
            if (!COMPONENT_TYPES[kind][c.type]) {
                const known = Object.keys(COMPONENT_TYPES[kind]).sort().join(' ');
                problems.push({ rule: 'otel/unknown-component-type', node: c.keyNode, message: `${kind}: unknown type: "${c.type}" for id: "${c.id}" (valid values: [${known}])` });
            }
        }
    }
    const used = new Set();
    for (const p of config.pipelines)
        checkPipeline(config, p, problems, used);
    checkConnectors(config, problems);
    for (const e of config.extensions) {
        used.add(`extensions\0${e.id}`);
        if (!config.components.extensions.has(e.id))
            problems.push({ rule: 'otel/undefined-component', node: e.node, message: `service::extensions: references extension "${e.id}" which is not configured` });
    }
    for (const kind of KINDS) {
        for (const c of config.components[kind].values()) {
            if (used.has(`${kind}\0${c.id}`))
                continue;
            const where = kind === 'extensions' ? 'service.extensions' : 'any pipeline';
            problems.push({ rule: 'otel/unused-component', node: c.keyNode, message: `${SINGULAR[kind]} "${c.id}" is configured but not used in ${where}: the collector ignores it` });
        }
    }
}
function checkPipeline(config, p, problems, used) {
    const at = `service::pipelines::${p.id}`;
    if (p.receivers.length === 0)
        problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `${at}: must have at least one receiver` });
    if (p.exporters.length === 0)
        problems.push({ rule: 'otel/invalid-pipeline', node: p.keyNode, message: `${at}: must have at least one exporter` });
    const roles = [
        [p.receivers, 'receiver', ['receivers', 'connectors']],
        [p.processors, 'processor', ['processors']],
        [p.exporters, 'exporter', ['exporters', 'connectors']],
    ];
    for (const [refs, role, kinds] of roles) {
        const seen = new Set();
        for (const r of refs) {
            // The collector joins a receiver or exporter listed twice into one graph node; a processor twice is an error.
            if (seen.has(r.id) && role === 'processor')
                problems.push({ rule: 'otel/invalid-pipeline', node: r.node, message: `${at}: references ${role} "${r.id}" multiple times` });
            seen.add(r.id);
            const kind = kinds.find((k) => config.components[k].has(r.id));
            if (!kind) {
                problems.push({ rule: 'otel/undefined-component', node: r.node, message: `${at}: references ${role} "${r.id}" which is not configured` });
                continue;
            }
            used.add(`${kind}\0${r.id}`);
            const c = config.components[kind].get(r.id);
            const type = COMPONENT_TYPES[kind][c.type];
            if (!type || kind === 'connectors')
                continue;
            if (!type.signals.includes(p.signal)) {
                problems.push({ rule: 'otel/unsupported-signal', node: r.node, message: `${at}: ${role} "${r.id}" does not support ${p.signal} (it supports ${type.signals.join(', ') || 'no signal'})` });
            }
        }
    }
}
/** A connector must export from some pipeline and receive into another, of signals it can join. */
function checkConnectors(config, problems) {
    for (const c of config.components.connectors.values()) {
        const type = COMPONENT_TYPES.connectors[c.type];
        const asExporter = config.pipelines.filter((p) => p.exporters.some((r) => r.id === c.id));
        const asReceiver = config.pipelines.filter((p) => p.receivers.some((r) => r.id === c.id));
        if (asExporter.length === 0 && asReceiver.length === 0)
            continue;
        if (asExporter.length === 0 || asReceiver.length === 0) {
            const missing = asExporter.length === 0 ? 'exporter' : 'receiver';
            const node = (asExporter[0] ?? asReceiver[0]).keyNode;
            problems.push({ rule: 'otel/connector-unpaired', node, message: `connectors::${c.id}: must be used as both receiver and exporter but is not used as ${missing}` });
            continue;
        }
        if (!type?.connects)
            continue;
        const produces = (from) => type.connects[from] ?? [];
        for (const p of asExporter) {
            if (!asReceiver.some((q) => produces(p.signal).includes(q.signal))) {
                const ref = p.exporters.find((r) => r.id === c.id);
                problems.push({ rule: 'otel/unsupported-signal', node: ref.node, message: `service::pipelines::${p.id}: connector "${c.id}" used as exporter in ${p.signal} pipeline but not used in any supported receiver pipeline` });
            }
        }
        for (const q of asReceiver) {
            if (!asExporter.some((p) => produces(p.signal).includes(q.signal))) {
                const ref = q.receivers.find((r) => r.id === c.id);
                problems.push({ rule: 'otel/unsupported-signal', node: ref.node, message: `service::pipelines::${q.id}: connector "${c.id}" used as receiver in ${q.signal} pipeline but not used in any supported exporter pipeline` });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/otel/values.ts
// Each component's settings against its schema (keys and types), then the checks its own Validate makes.





function checkValues(src, config, problems) {
    for (const kind of KINDS) {
        for (const c of config.components[kind].values()) {
            const schema = COMPONENT_TYPES[kind][c.type]?.schema;
            if (!schema)
                continue;
            checkNode(src, c.value, schema, `${kind}::${c.id}`, problems);
            semantic(src, c, problems);
        }
    }
}
/** Provider references are resolved before decoding: whatever they become, we cannot judge it here. */
function isReference(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && isProviderReference(node.value);
}
function checkNode(src, node, schema, path, problems) {
    if ((0,otel_source/* isNullNode */.uc)(node) || schema.kind === 'any' || isReference(node))
        return;
    const bad = (what) => void problems.push({ rule: 'otel/invalid-value', node, message: `'${path}' ${what}` });
    switch (schema.kind) {
        case 'object': {
            if (!(0,dist/* isMap */.jh)((0,otel_source/* deref */.LA)(src, node)))
                return bad('expected a map');
            const es = (0,otel_source/* entries */.jO)(src, node);
            invalidKeys(path, schema.additional ? [] : es.filter((e) => !(e.key in schema.props)), problems);
            for (const e of es) {
                const sub = schema.props[e.key] ?? schema.additional;
                if (sub)
                    checkNode(src, e.value, sub, `${path}::${e.key}`, problems);
            }
            return;
        }
        case 'list': {
            const n = (0,otel_source/* deref */.LA)(src, node);
            if (!(0,dist/* isSeq */.oP)(n))
                return bad('expected a list');
            n.items.forEach((item, i) => checkNode(src, (0,otel_source/* deref */.LA)(src, item), schema.items, `${path}::${i}`, problems));
            return;
        }
        case 'string':
            // The decoder does not turn a number or boolean into a string field (`endpoint: 4317` is refused).
            if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
                return bad('expected a string');
            if (schema.enum && !schema.enum.includes(String(node.value)))
                return bad(`must be one of ${schema.enum.join(', ')} (got "${String(node.value)}")`);
            return;
        case 'bool':
            if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
                return bad('expected true or false');
            return;
        case 'int':
        case 'number': {
            // A quoted number is refused; a fraction in an integer field is truncated by the decoder, not refused.
            const v = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
            const n = typeof v === 'number' ? v : NaN;
            if (Number.isNaN(n))
                return bad(`expected ${schema.kind === 'int' ? 'an integer' : 'a number'}`);
            if (schema.min !== undefined && n < schema.min)
                return bad(`must be at least ${schema.min}`);
            return;
        }
        case 'duration': {
            const v = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
            // A bare number is taken as nanoseconds.
            if (typeof v === 'number')
                return;
            if (typeof v !== 'string' || !isGoDuration(v))
                return bad(`is not a duration (Go syntax: 500ms, 5s, 1m30s)`);
            return;
        }
    }
}
/** The value of a scalar setting directly under a component, if written as a literal. */
function literal(src, value, key) {
    const e = (0,otel_source/* entries */.jO)(src, value).find((x) => x.key === key);
    if (!e?.value || isReference(e.value))
        return undefined;
    const text = (0,otel_source/* scalarText */.ws)(e.value);
    return text === undefined ? undefined : { node: e.value, text };
}
/** Whether a setting is a provider reference: its value is known only at start-up, so nothing that depends on it is judged. */
function referenced(src, value, ...keys) {
    return (0,otel_source/* entries */.jO)(src, value).some((e) => keys.includes(e.key) && isReference((0,otel_source/* deref */.LA)(src, e.value)));
}
const toNumber = (t) => (t === undefined ? 0 : Number(t) || 0);
const durationMs = (t) => {
    if (t === undefined)
        return 0;
    const units = { ns: 1e-6, us: 1e-3, \u00b5s: 1e-3, \u03bcs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/g))
        total += Number(m[1]) * units[m[2]];
    return /^\d+$/.test(t) ? Number(t) / 1e6 : total;
};
function semantic(src, c, problems) {
    const at = `${c.kind}::${c.id}`;
    const v = (k) => literal(src, c.value, k);
    const bad = (node, message) => problems.push({ rule: 'otel/invalid-value', node: node ?? c.keyNode, message: `${at}: ${message}` });
    if (c.kind === 'processors' && c.type === 'memory_limiter' && !referenced(src, c.value, 'limit_mib', 'limit_percentage', 'spike_limit_mib', 'spike_limit_percentage')) {
        const interval = v('check_interval');
        if (!referenced(src, c.value, 'check_interval') && (interval === undefined || durationMs(interval.text) <= 0))
            bad(interval?.node, "'check_interval' must be greater than zero");
        const mib = toNumber(v('limit_mib')?.text);
        const pct = toNumber(v('limit_percentage')?.text);
        const spikeMib = v('spike_limit_mib');
        const spikePct = v('spike_limit_percentage');
        if (mib <= 0 && pct <= 0)
            bad(v('limit_mib')?.node ?? v('limit_percentage')?.node ?? c.keyNode, "'limit_mib' or 'limit_percentage' must be greater than zero");
        if (pct > 100 || toNumber(spikePct?.text) > 100)
            bad(v('limit_percentage')?.node ?? spikePct?.node, "'limit_percentage' and 'spike_limit_percentage' must be at most 100");
        if (mib > 0 && spikeMib && toNumber(spikeMib.text) >= mib)
            bad(spikeMib.node, "'spike_limit_mib' must be smaller than 'limit_mib'");
        if (pct > 0 && spikePct && toNumber(spikePct.text) >= pct)
            bad(spikePct.node, "'spike_limit_percentage' must be smaller than 'limit_percentage'");
    }
    if (c.kind === 'processors' && c.type === 'batch') {
        const size = toNumber(v('send_batch_size')?.text);
        const max = v('send_batch_max_size');
        if (max && toNumber(max.text) > 0 && toNumber(max.text) < size)
            bad(max.node, "'send_batch_max_size' must be greater or equal to 'send_batch_size'");
    }
    if (c.kind === 'processors' && (c.type === 'attributes' || c.type === 'resource'))
        checkActions(src, c, problems);
    if (c.kind === 'processors' && c.type === 'transform')
        checkStatementContexts(src, c, problems);
    if (c.kind === 'exporters' && c.type === 'otlp') {
        const ep = (0,otel_source/* entries */.jO)(src, c.value).find((e) => e.key === 'endpoint');
        if (!ep || ((0,otel_source/* scalarText */.ws)(ep.value) ?? '') === '')
            bad(ep?.value, 'requires a non-empty "endpoint"');
    }
    if (c.kind === 'exporters' && c.type === 'otlphttp') {
        const es = (0,otel_source/* entries */.jO)(src, c.value).filter((e) => /^(|traces_|metrics_|logs_)endpoint$/.test(e.key) && ((0,otel_source/* scalarText */.ws)(e.value) ?? '') !== '');
        if (es.length === 0)
            bad(c.keyNode, 'at least one endpoint must be specified');
    }
}
function checkActions(src, c, problems) {
    const listKey = c.type === 'attributes' ? 'actions' : 'attributes';
    const list = (0,otel_source/* entries */.jO)(src, c.value).find((e) => e.key === listKey);
    const items = (0,dist/* isSeq */.oP)(list?.value) ? list.value.items.map((i) => (0,otel_source/* deref */.LA)(src, i)) : [];
    if (c.type === 'attributes' && items.length === 0) {
        problems.push({ rule: 'otel/invalid-value', node: list?.keyNode ?? c.keyNode, message: `processors::${c.id}: missing required field "actions"` });
    }
    if (c.type === 'resource' && items.length === 0) {
        problems.push({ rule: 'otel/invalid-value', node: list?.keyNode ?? c.keyNode, message: `processors::${c.id}: missing required field "attributes"` });
    }
    items.forEach((item, i) => {
        const at = `processors::${c.id}::${listKey}::${i}`;
        const f = (k) => literal(src, item, k);
        const has = (k) => (0,otel_source/* entries */.jO)(src, item).some((e) => e.key === k && !(0,otel_source/* isNullNode */.uc)(e.value));
        const action = f('action');
        const bad = (node, message) => void problems.push({ rule: 'otel/invalid-value', node: node ?? item, message: `${at}: ${message}` });
        if (!action)
            return referenced(src, item, 'action') ? undefined : bad(item, 'missing action field');
        const key = f('key')?.text ?? '';
        if (key === '' && !referenced(src, item, 'key') && !(has('pattern') && (action.text === 'delete' || action.text === 'hash')))
            bad(item, 'missing required field "key"');
        if (['insert', 'update', 'upsert'].includes(action.text)) {
            const sources = ['value', 'from_attribute', 'from_context'].filter(has).length;
            if (sources !== 1)
                bad(action.node, `action ${action.text} needs exactly one of value, from_attribute or from_context`);
        }
        if (action.text === 'extract' && !has('pattern'))
            bad(action.node, 'action extract needs a pattern');
        if (action.text === 'convert' && !has('converted_type'))
            bad(action.node, 'action convert needs converted_type (int, double or string)');
    });
}
const STATEMENT_LISTS = ['trace_statements', 'metric_statements', 'log_statements', 'profile_statements'];
/**
 * A transform statement outside a group with `context:` has its context inferred from its paths, and
 * the collector refuses a path without a context name (`attributes` instead of `span.attributes`):
 * "missing context name for path" / "unable to infer context". Only that bare `attributes` is judged.
 */
function checkStatementContexts(src, c, problems) {
    const judge = (node) => {
        const text = (0,otel_source/* scalarText */.ws)(node);
        if (text === undefined || isReference(node))
            return;
        const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
        if (!/(?<![\w.])attributes\s*[[,)]/.test(code))
            return;
        problems.push({
            rule: 'otel/invalid-value',
            node,
            message: `processors::${c.id}: missing context name for path "attributes" in OTTL statement "${text}": write span.attributes, resource.attributes, log.attributes or datapoint.attributes, or put the statement in a group with context:`,
        });
    };
    for (const e of (0,otel_source/* entries */.jO)(src, c.value)) {
        if (!STATEMENT_LISTS.includes(e.key))
            continue;
        const list = (0,otel_source/* deref */.LA)(src, e.value);
        const items = (0,dist/* isSeq */.oP)(list) ? list.items.map((i) => (0,otel_source/* deref */.LA)(src, i)) : [];
        // One list is either statements (Basic) or groups (Advanced); the collector refuses both in one.
        const mixed = items.find((i, n) => n > 0 && (0,dist/* isMap */.jh)(i) !== (0,dist/* isMap */.jh)(items[0]));
        if (mixed) {
            problems.push({
                rule: 'otel/invalid-value',
                node: mixed,
                message: `processors::${c.id}::${e.key}: configuring multiple configuration styles is not supported: use only statements or only groups with context/statements`,
            });
        }
        for (const item of items) {
            if (!(0,dist/* isMap */.jh)(item)) {
                judge(item);
                continue;
            }
            const group = (0,otel_source/* entries */.jO)(src, item);
            if (group.some((g) => g.key === 'context' && !(0,otel_source/* isNullNode */.uc)(g.value)))
                continue;
            for (const g of group.filter((x) => x.key === 'statements' || x.key === 'conditions')) {
                const inner = (0,otel_source/* deref */.LA)(src, g.value);
                for (const i of (0,dist/* isSeq */.oP)(inner) ? inner.items.map((x) => (0,otel_source/* deref */.LA)(src, x)) : [inner])
                    judge(i);
            }
        }
    }
}

// EXTERNAL MODULE: ./src/checks/compose/index.ts + 30 modules
var checks_compose = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/checks/otel/endpoints.ts
// Host and port of the endpoints a collector, Tempo or Grafana configuration names.
/** `host:port`, `scheme://host:port/path`, `[::1]:4317`; undefined when it cannot be read (or is a provider reference). */
function parseEndpoint(text, defaultPort) {
    if (text.includes('${'))
        return undefined;
    let rest = text.trim();
    let scheme;
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
    if (m) {
        scheme = m[1].toLowerCase();
        rest = rest.slice(m[0].length);
    }
    rest = rest.split(/[/?#]/)[0];
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest);
    const [host, port] = v6 ? [v6[1], v6[2]] : (() => {
        const i = rest.lastIndexOf(':');
        return i < 0 ? [rest, undefined] : [rest.slice(0, i), rest.slice(i + 1)];
    })();
    if (!host)
        return undefined;
    if (port !== undefined && !/^\d+$/.test(port))
        return undefined;
    const implied = scheme === 'https' ? 443 : scheme === 'http' ? 80 : defaultPort;
    const p = port !== undefined ? Number(port) : implied;
    return p === undefined ? { host } : { host, port: p };
}
/** Addresses that never name a compose service. */
function isLiteralAddress(host) {
    return host === 'localhost' || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/checks/otel/grafana.ts
// Grafana datasource provisioning, as Grafana reads it at start-up: every file a Grafana service loads
// from /etc/grafana/provisioning/datasources is one set, so uids, defaults and the uids that
// datasources name in their jsonData (trace-to-logs links, the service map, \u2026) are checked across them.





const DATASOURCES_DIR = '/etc/grafana/provisioning/datasources';
/** Datasource types that reach a server and so need a url. */
const URL_TYPES = new Set(['tempo', 'prometheus', 'loki', 'jaeger', 'zipkin', 'elasticsearch', 'influxdb', 'graphite', 'alertmanager', 'opentsdb']);
/**
 * The datasource plugins Grafana ships (public/app/plugins/datasource, by plugin id, with the ids older
 * releases used). Any other type must be an installed plugin, whose id ends in -datasource.
 */
const CORE_TYPES = new Set([
    'alertmanager',
    'cloudwatch',
    'dashboard',
    'elasticsearch',
    'grafana',
    'grafana-azure-monitor-datasource',
    'grafana-postgresql-datasource',
    'grafana-pyroscope-datasource',
    'grafana-testdata-datasource',
    'graphite',
    'influxdb',
    'jaeger',
    'loki',
    'mixed',
    'mssql',
    'mysql',
    'opentsdb',
    'parca',
    'postgres',
    'prometheus',
    'stackdriver',
    'tempo',
    'testdata',
    'zipkin',
]);
const PLUGIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-datasource$/;
/** Grafana's util.IsValidShortUID and MaxUIDLength. */
const UID = /^[a-zA-Z0-9_-]*$/;
const MAX_UID_LENGTH = 40;
/** Grafana expands $VAR and ${VAR} from its environment when it reads the file: such values are not judged. */
const interpolated = (text) => text.includes('$');
/** The datasource provisioning files a bind mount gives Grafana: the file itself, or the YAML files of the directory that lands there. */
function provisioningFiles(source, target) {
    const t = target.replace(/\/+$/, '');
    if (!(0,external_node_fs_.existsSync)(source))
        return [];
    if ((0,external_node_fs_.statSync)(source).isFile())
        return t.startsWith(DATASOURCES_DIR + '/') && /\.ya?ml$/i.test(source) ? [source] : [];
    // Grafana reads the directory itself, not below it.
    if (t !== DATASOURCES_DIR && !DATASOURCES_DIR.startsWith(t + '/'))
        return [];
    const dir = external_node_path_default().join(source, external_node_path_default().posix.relative(t, DATASOURCES_DIR));
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
            .map((e) => external_node_path_default().join(dir, e.name))
            .sort();
    }
    catch {
        return [];
    }
}
/** Checks the provisioning files of one Grafana service together; returns the URLs to follow. */
function checkDatasources(files, add) {
    const urls = [];
    const uids = new Map();
    const defaults = new Map();
    const references = [];
    const generated = new Set();
    const at = (src, node) => ({ file: src.file, at: (0,otel_source/* positionOf */.df)(src, node) });
    for (const src of files) {
        if (!src.doc)
            continue;
        const top = (0,otel_source/* entries */.jO)(src, src.doc.contents);
        if (!top.length)
            continue;
        const version = top.find((e) => e.key === 'apiVersion');
        const v = (0,otel_source/* scalarText */.ws)(version?.value ?? null);
        // Without apiVersion (or 0) Grafana reads the old format (configsV0), whose keys are snake_case
        // and which has no uid: uid, jsonData, isDefault and orgId are then silently ignored.
        const V0 = 'Grafana reads it as the version 0 format, which ignores uid, jsonData, isDefault, orgId and the other camelCase keys; write apiVersion: 1';
        if (!version)
            add({ rule: 'otel/datasource-api-version', ...at(src, src.doc.contents), message: `the provisioning file has no apiVersion: ${V0}` });
        else if (v !== '1') {
            const n = Number(v);
            const why = Number.isInteger(n) && n > 1 ? `there is no provisioning format ${n} (Grafana reads it as 1); write apiVersion: 1` : V0;
            add({ rule: 'otel/datasource-api-version', ...at(src, version.value), message: `apiVersion is ${v ?? 'not a number'}: ${why}` });
        }
        const list = (0,otel_source/* deref */.LA)(src, top.find((e) => e.key === 'datasources')?.value ?? null);
        for (const ds of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
            const node = (0,otel_source/* deref */.LA)(src, ds);
            const es = (0,otel_source/* entries */.jO)(src, node);
            const value = (key) => es.find((e) => e.key === key)?.value ?? null;
            const name = (0,otel_source/* scalarText */.ws)(value('name')) ?? '?';
            for (const required of ['name', 'type']) {
                if (!es.some((e) => e.key === required && (0,otel_source/* scalarText */.ws)(e.value) !== undefined))
                    add({ rule: 'otel/invalid-datasource', ...at(src, node), message: `a datasource without ${required}: Grafana refuses the provisioning file` });
            }
            const type = (0,otel_source/* scalarText */.ws)(value('type'));
            if (type !== undefined && !interpolated(type) && !CORE_TYPES.has(type) && !PLUGIN_ID.test(type)) {
                add({ rule: 'otel/unknown-datasource-type', ...at(src, value('type')), message: `datasource "${name}" has type "${type}", which is no datasource Grafana ships and no plugin id (<org>-<name>-datasource)` });
            }
            const uidNode = value('uid');
            const uid = (0,otel_source/* scalarText */.ws)(uidNode);
            if (uid !== undefined && !interpolated(uid)) {
                if (!UID.test(uid) || uid.length > MAX_UID_LENGTH) {
                    add({ rule: 'otel/invalid-datasource-uid', ...at(src, uidNode), message: `datasource uid "${uid}" is not one Grafana accepts: at most ${MAX_UID_LENGTH} letters, digits, - and _` });
                }
                const first = uids.get(uid);
                if (first) {
                    const where = first.file === src.file ? `line ${first.line}` : `${external_node_path_default().basename(first.file)}:${first.line}`;
                    add({ rule: 'otel/duplicate-datasource-uid', ...at(src, uidNode), message: `datasource uid "${uid}" is also the uid of the datasource at ${where}: dashboards and links would reach only one of them` });
                }
                else
                    uids.set(uid, { file: src.file, line: (0,otel_source/* positionOf */.df)(src, uidNode).line });
            }
            else if (uid === undefined && name !== '?') {
                // Grafana gives a datasource without a uid one made from its name (safeUIDFromName); a link may name it.
                generated.add(generatedUid(name));
            }
            const isDefault = value('isDefault');
            if ((0,otel_source/* scalarText */.ws)(isDefault) === 'true') {
                const org = (0,otel_source/* scalarText */.ws)(value('orgId')) ?? '1';
                const other = defaults.get(org);
                if (other !== undefined)
                    add({ rule: 'otel/invalid-datasource', ...at(src, isDefault), message: `datasource "${name}" is marked default, as "${other}" already is in organisation ${org}: Grafana refuses the provisioning ("Only one datasource per organization can be marked as default")` });
                else
                    defaults.set(org, name);
            }
            const urlNode = value('url');
            const url = (0,otel_source/* scalarText */.ws)(urlNode);
            if (type && URL_TYPES.has(type) && !es.some((e) => e.key === 'url'))
                add({ rule: 'otel/invalid-datasource', ...at(src, node), message: `datasource of type ${type} has no url` });
            if (url !== undefined && !interpolated(url)) {
                const why = urlProblem(url);
                if (why && type && URL_TYPES.has(type))
                    add({ rule: 'otel/invalid-datasource-url', ...at(src, urlNode), message: `datasource "${name}" has url "${url}", ${why}` });
                else
                    urls.push({ src, node: urlNode, text: url, name, type });
            }
            collectReferences(src, value('jsonData'), (n, ref) => references.push({ src, node: n, uid: ref, name }));
        }
    }
    for (const r of references) {
        if (interpolated(r.uid) || uids.has(r.uid) || generated.has(r.uid))
            continue;
        add({ rule: 'otel/unknown-datasource-uid', ...at(r.src, r.node), message: `datasource "${r.name}" links to datasource uid "${r.uid}", which no provisioned datasource has${uids.size ? ` (uids: ${[...uids.keys()].join(', ')})` : ''}` });
    }
    return urls;
}
/** Grafana's safeUIDFromName: "P" and the first 8 bytes of the name's SHA-256 in hex, upper case. */
function generatedUid(name) {
    return `P${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 16)}`.toUpperCase();
}
/**
 * Why Grafana could not use the URL, or undefined. Grafana's proxy prefixes http:// to a URL without
 * a scheme (datasource.ValidateURL), so `tempo:3200` is fine; the HTTP client speaks only http and https.
 */
function urlProblem(text) {
    const withScheme = /^[^:]*:\/\//.test(text) ? text : `http://${text}`;
    let u;
    try {
        u = new URL(withScheme);
    }
    catch {
        return 'which is not a URL';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `whose scheme ${u.protocol.replace(/:$/, '')} Grafana's HTTP client does not speak (http or https)`;
    if (!u.hostname)
        return 'which names no host';
    return undefined;
}
/** Every `datasourceUid` below jsonData: tracesToLogs(V2), tracesToMetrics, tracesToProfiles, serviceMap, lokiSearch, derivedFields, exemplarTraceIdDestinations. */
function collectReferences(src, node, found, depth = 0) {
    const n = (0,otel_source/* deref */.LA)(src, node);
    if (!n || depth > 16)
        return;
    if ((0,dist/* isSeq */.oP)(n)) {
        for (const item of n.items)
            collectReferences(src, item, found, depth + 1);
        return;
    }
    if (!(0,dist/* isMap */.jh)(n))
        return;
    for (const e of (0,otel_source/* entries */.jO)(src, n)) {
        const text = (0,otel_source/* scalarText */.ws)(e.value);
        if (e.key === 'datasourceUid' && text !== undefined && text !== '')
            found(e.value, text);
        else
            collectReferences(src, e.value, found, depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/checks/otel/listeners.ts


const listensOn = (l, port) => l.ranges.some(([lo, hi]) => port >= lo && port <= hi);
function describePorts(ranges) {
    return [...ranges]
        .sort((a, b) => a[0] - b[0])
        .map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`))
        .filter((t, i, all) => all.indexOf(t) === i)
        .join(', ');
}
/**
 * Ports the images' own documentation names (their getting-started pages and Dockerfile EXPOSE), keyed
 * by repository without registry host or tag. Only images whose defaults are documented are here; any
 * other image adds nothing, and a service with nothing known is not judged.
 */
const IMAGE_PORTS = {
    'otel/opentelemetry-collector': [4317, 4318, 8888, 13133, 55679],
    'otel/opentelemetry-collector-contrib': [4317, 4318, 8888, 13133, 55679],
    'otel/opentelemetry-collector-k8s': [4317, 4318, 8888, 13133, 55679],
    'jaegertracing/all-in-one': [4317, 4318, 5778, 9411, 14250, 14268, 14269, 16685, 16686],
    'jaegertracing/jaeger': [4317, 4318, 5778, 9411, 13133, 14250, 14268, 16685, 16686],
    'openzipkin/zipkin': [9411],
    'openzipkin/zipkin-slim': [9411],
    'prom/prometheus': [9090],
    'prometheus/prometheus': [9090],
    'grafana/grafana': [3000],
    'grafana/grafana-oss': [3000],
    'grafana/grafana-enterprise': [3000],
    'grafana/loki': [3100, 9095],
    'grafana/tempo': [3200, 4317, 4318, 9095],
    'grafana/mimir': [8080, 9095],
    'grafana/otel-lgtm': [3000, 3100, 3200, 4317, 4318, 9090],
    'elasticsearch/elasticsearch': [9200, 9300],
    elasticsearch: [9200, 9300],
    'opensearchproject/opensearch': [9200, 9300, 9600],
    'victoriametrics/victoria-metrics': [8428],
    influxdb: [8086],
};
/** `ghcr.io/org/name:tag@sha256:\u2026` \u2192 `org/name`; Docker Hub's `library/` is dropped. */
function imageRepository(image) {
    let ref = image.split('@')[0];
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        ref = ref.slice(0, colon);
    const parts = ref.split('/');
    // A first part with a dot or a port, or `localhost`, is a registry host.
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
        parts.shift();
    if (parts[0] === 'library')
        parts.shift();
    return parts.join('/').toLowerCase();
}
function imagePorts(image) {
    if (!image || image.includes('${'))
        return undefined;
    const repo = imageRepository(image);
    return IMAGE_PORTS[repo] ?? IMAGE_PORTS[repo.split('/').slice(-2).join('/')];
}
/** `ports:` container ports and `expose:` entries (`5000`, `6000-6010`, `7000/tcp`) of a compose model's service. */
function declaredPorts(service) {
    const out = [];
    for (const p of (service['ports'] ?? [])) {
        if (p && (p.protocol ?? 'tcp') === 'tcp' && Number.isInteger(Number(p.target)))
            out.push([Number(p.target), Number(p.target)]);
    }
    for (const e of (service['expose'] ?? [])) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(String(e).trim());
        if (!m || (m[3] && m[3].toLowerCase() !== 'tcp'))
            continue;
        out.push([Number(m[1]), Number(m[2] ?? m[1])]);
    }
    return out;
}
/** Default ports of collector receivers that listen, per protocol where they have several. */
const RECEIVER_DEFAULTS = {
    otlp: { grpc: 4317, http: 4318 },
    jaeger: { grpc: 14250, thrift_http: 14268 },
    zipkin: 9411,
    opencensus: 55678,
    skywalking: { grpc: 11800, http: 12800 },
    fluentforward: 8006,
    splunk_hec: 8088,
    signalfx: 9943,
    influxdb: 8086,
    carbon: 2003,
    statsd: 8125,
    loki: { grpc: 3600, http: 3500 },
};
const EXTENSION_DEFAULTS = { health_check: 13133, zpages: 55679, pprof: 1777 };
/** Receivers that pull or read and listen on nothing. */
const NON_LISTENING = new Set(['prometheus', 'hostmetrics', 'filelog', 'docker_stats', 'kafka', 'journald', 'httpcheck', 'k8s_cluster', 'k8s_events', 'kubeletstats', 'prometheus_simple', 'receiver_creator']);
/**
 * What a collector configuration serves: receiver endpoints (or their defaults) and extension
 * endpoints. Undefined when a receiver's port cannot be known (a provider reference, a type whose
 * default is not known here).
 */
function collectorPorts(src) {
    const top = (0,otel_source/* entries */.jO)(src, src.doc?.contents);
    const ports = [];
    const portOf = (node) => {
        const t = (0,otel_source/* scalarText */.ws)(node);
        if (t === undefined)
            return undefined;
        return parseEndpoint(t)?.port ?? null;
    };
    for (const r of (0,otel_source/* entries */.jO)(src, top.find((e) => e.key === 'receivers')?.value ?? null)) {
        const type = r.key.split('/')[0];
        if (NON_LISTENING.has(type))
            continue;
        const settings = (0,otel_source/* entries */.jO)(src, r.value);
        const defaults = RECEIVER_DEFAULTS[type];
        const protocols = settings.find((e) => e.key === 'protocols');
        if (protocols) {
            for (const proto of (0,otel_source/* entries */.jO)(src, protocols.value)) {
                const p = portOf((0,otel_source/* entries */.jO)(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null);
                const fallback = typeof defaults === 'object' ? defaults[proto.key] : undefined;
                if (p === null || (p === undefined && fallback === undefined))
                    return undefined;
                ports.push(p ?? fallback);
            }
            continue;
        }
        const p = portOf(settings.find((e) => e.key === 'endpoint')?.value ?? null);
        if (p === null || (p === undefined && typeof defaults !== 'number'))
            return undefined;
        ports.push(p ?? defaults);
    }
    for (const x of (0,otel_source/* entries */.jO)(src, top.find((e) => e.key === 'extensions')?.value ?? null)) {
        const p = portOf((0,otel_source/* entries */.jO)(src, x.value).find((e) => e.key === 'endpoint')?.value ?? null);
        const fallback = EXTENSION_DEFAULTS[x.key.split('/')[0]];
        if (typeof p === 'number')
            ports.push(p);
        else if (p === undefined && fallback !== undefined)
            ports.push(fallback);
    }
    return ports;
}

;// CONCATENATED MODULE: ./src/checks/otel/wiring.ts
// Across files: the compose services that run the collector, Tempo and Grafana, and the configuration
// files they mount. The collector's receivers must be published, exporter and datasource endpoints
// must reach a service at a port it serves, and mounted configuration files must exist.







const FILE_LIKE = /\.(ya?ml|json|toml|conf|ini|cfg|properties|txt)$/i;
function servicesOf(project) {
    const services = (project.model['services'] ?? {});
    return Object.entries(services).map(([name, s]) => ({
        name,
        ports: new Set((s['ports'] ?? []).map((p) => Number(p.target))),
        declared: declaredPorts(s),
        image: typeof s['image'] === 'string' ? s['image'] : undefined,
        mounts: (s['volumes'] ?? [])
            .filter((v) => v.type === 'bind' && typeof v.source === 'string')
            .map((v) => ({ source: v.source, target: v.target ?? '' })),
    }));
}
/** Names another container resolves on the project's networks: service names (and their container_name, hostname), to the service. */
function hostNames(project) {
    const names = new Map();
    for (const [name, s] of Object.entries((project.model['services'] ?? {}))) {
        for (const k of ['container_name', 'hostname'])
            if (typeof s[k] === 'string' && !names.has(s[k]))
                names.set(s[k], name);
    }
    // A service name wins over another service's hostname.
    for (const name of Object.keys((project.model['services'] ?? {})))
        names.set(name, name);
    return names;
}
const port = (node, fallback) => {
    const t = (0,otel_source/* scalarText */.ws)(node);
    return t === undefined ? fallback : parseEndpoint(t)?.port ?? fallback;
};
/** The receivers Tempo's distributor enables, each protocol with its default port (TCP ones only). */
const TEMPO_RECEIVERS = {
    otlp: { grpc: 4317, http: 4318 },
    jaeger: { grpc: 14250, thrift_http: 14268 },
    zipkin: 9411,
    opencensus: 55678,
};
const OTLP_DEFAULT_PORTS = { grpc: 4317, http: 4318 };
const isLoopback = (host) => host === 'localhost' || /^127\./.test(host) || host === '::1';
function readTempo(src) {
    const top = (0,otel_source/* entries */.jO)(src, src.doc?.contents);
    const distributor = top.find((e) => e.key === 'distributor');
    if (!distributor)
        return undefined;
    const server = (0,otel_source/* entries */.jO)(src, top.find((e) => e.key === 'server')?.value ?? null);
    const httpPort = Number((0,otel_source/* scalarText */.ws)(server.find((e) => e.key === 'http_listen_port')?.value ?? null) ?? 3200);
    const grpcPort = Number((0,otel_source/* scalarText */.ws)(server.find((e) => e.key === 'grpc_listen_port')?.value ?? null) ?? 9095);
    const tempo = { httpPort, ports: new Set([httpPort, grpcPort]), loopback: new Map() };
    const listen = (ep, fallback) => {
        const text = (0,otel_source/* scalarText */.ws)(ep);
        // ":4317" listens on every interface.
        const hp = text === undefined ? undefined : parseEndpoint(text.startsWith(':') ? `0.0.0.0${text}` : text);
        const p = hp?.port ?? fallback;
        if (p === undefined)
            return;
        if (hp && isLoopback(hp.host))
            tempo.loopback.set(p, hp.host);
        else
            tempo.ports.add(p);
    };
    for (const receiver of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, distributor.value).find((e) => e.key === 'receivers')?.value ?? null)) {
        const known = TEMPO_RECEIVERS[receiver.key];
        if (typeof known === 'number')
            listen((0,otel_source/* entries */.jO)(src, receiver.value).find((e) => e.key === 'endpoint')?.value ?? null, known);
        else if (known) {
            for (const proto of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, receiver.value).find((e) => e.key === 'protocols')?.value ?? null)) {
                listen((0,otel_source/* entries */.jO)(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null, known[proto.key]);
            }
        }
    }
    return tempo;
}
function checkWiring(projects, collectors, externalHosts) {
    const problems = [];
    const seen = new Set();
    const add = (p) => {
        const key = `${p.rule}\0${p.file}\0${p.at.line}\0${p.at.column}\0${p.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            problems.push(p);
        }
    };
    const parsed = new Map();
    const source = (file) => {
        if (!parsed.has(file))
            parsed.set(file, collectors.get(file) ?? (0,otel_source/* readSource */.o$)(file));
        return parsed.get(file);
    };
    for (const project of projects) {
        const services = servicesOf(project);
        const names = hostNames(project);
        const tempos = new Map();
        const collectorOf = new Map();
        for (const s of services) {
            for (const m of s.mounts) {
                if (!(0,external_node_fs_.existsSync)(m.source)) {
                    if (FILE_LIKE.test(m.source) || FILE_LIKE.test(m.target))
                        add({ rule: 'otel/missing-mount-source', ...mountLocation(project, s.name, m.source, m.target), message: `service "${s.name}" mounts ${external_node_path_default().basename(m.source)} at ${m.target}, but the file does not exist (Docker would create an empty directory there)` });
                    continue;
                }
                if (collectors.get(m.source)?.doc)
                    collectorOf.set(s.name, collectors.get(m.source));
                if (!FILE_LIKE.test(m.source) || !/\.ya?ml$/i.test(m.source))
                    continue;
                const src = source(m.source);
                const tempo = src.doc ? readTempo(src) : undefined;
                if (tempo)
                    tempos.set(s.name, tempo);
            }
        }
        const reach = (src, node, hp, what, wantHttp) => {
            if (!hp || isLiteralAddress(hp.host) || externalHosts.includes(hp.host))
                return;
            const at = { file: src.file, at: (0,otel_source/* positionOf */.df)(src, node) };
            const service = names.get(hp.host);
            if (service === undefined) {
                add({ rule: 'otel/unknown-endpoint-host', ...at, message: `${what} names host "${hp.host}", which is no compose service and no otel.external-hosts entry` });
                return;
            }
            if (hp.port === undefined)
                return;
            const tempo = tempos.get(service);
            if (tempo) {
                if (wantHttp && hp.port !== tempo.httpPort)
                    add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, but Tempo's HTTP API listens on ${tempo.httpPort} (server.http_listen_port)` });
                else if (!wantHttp && tempo.loopback.has(hp.port))
                    add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, but Tempo's receiver listens there on ${tempo.loopback.get(hp.port)} only, which no other container reaches (listen on 0.0.0.0:${hp.port})` });
                else if (!wantHttp && !tempo.ports.has(hp.port))
                    add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, which Tempo does not listen on (its configuration serves ${[...tempo.ports].sort((a, b) => a - b).join(', ')})` });
                return;
            }
            const listening = listeningOf(services.find((x) => x.name === service), collectorOf.get(service));
            if (!listening || listensOn(listening, hp.port))
                return;
            add({
                rule: 'otel/wrong-endpoint-port',
                ...at,
                message: `${what} reaches "${hp.host}" at port ${hp.port}, which compose service "${service}" does not listen on (${listening.from}: ${describePorts(listening.ranges)})`,
            });
        };
        for (const s of services) {
            for (const m of s.mounts) {
                if (!(0,external_node_fs_.existsSync)(m.source))
                    continue;
                const collector = collectors.get(m.source);
                if (collector?.doc) {
                    checkReceiverPorts(collector, s, add);
                    for (const ex of (0,otel_source/* entries */.jO)(collector, (0,otel_source/* entries */.jO)(collector, collector.doc.contents).find((e) => e.key === 'exporters')?.value ?? null)) {
                        const type = ex.key.split('/')[0];
                        // The prometheus exporter's endpoint is where it listens, not a target.
                        if (LISTENING_EXPORTERS.has(type))
                            continue;
                        const settings = (0,otel_source/* entries */.jO)(collector, ex.value);
                        const targets = settings.filter((e) => e.key === 'endpoint').map((e) => e.value);
                        // Some take a list: elasticsearch's endpoints, kafka's brokers.
                        for (const key of ['endpoints', 'brokers']) {
                            const list = (0,otel_source/* deref */.LA)(collector, settings.find((e) => e.key === key)?.value ?? null);
                            if ((0,dist/* isSeq */.oP)(list))
                                targets.push(...list.items.map((item) => (0,otel_source/* deref */.LA)(collector, item)));
                        }
                        for (const ep of targets) {
                            const text = (0,otel_source/* scalarText */.ws)(ep);
                            if (text !== undefined)
                                reach(collector, ep, parseEndpoint(text, type === 'otlp' ? 4317 : undefined), `exporter "${ex.key}"`, false);
                        }
                    }
                }
            }
            // Every file this service provisions datasources from is one set for Grafana.
            const provisioning = [...new Set(s.mounts.flatMap((m) => provisioningFiles(m.source, m.target)))].map(source);
            for (const u of checkDatasources(provisioning, add)) {
                reach(u.src, u.node, parseEndpoint(u.text), `Grafana datasource "${u.name}" (${u.type ?? 'no type'})`, u.type === 'tempo');
            }
        }
    }
    return problems;
}
/** Exporters whose endpoint is an address they listen on. */
const LISTENING_EXPORTERS = new Set(['prometheus', 'debug', 'file', 'nop']);
/**
 * The ports another container can reach a non-Tempo service at, or undefined when they are not known:
 * a collector's configuration, else the compose declarations with the image's documented defaults.
 */
function listeningOf(s, collector) {
    if (collector) {
        const ports = collectorPorts(collector);
        return ports?.length ? { ranges: ports.map((p) => [p, p]), from: 'its collector configuration serves' } : undefined;
    }
    const image = imagePorts(s.image);
    const ranges = [...s.declared, ...(image ?? []).map((p) => [p, p])];
    if (!ranges.length)
        return undefined;
    const from = image ? (s.declared.length ? `its ports:/expose: and the documented ports of ${imageRepository(s.image)}` : `the documented ports of ${imageRepository(s.image)}`) : 'its ports:/expose:';
    return { ranges, from };
}
function checkReceiverPorts(src, s, add) {
    for (const r of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, src.doc.contents).find((e) => e.key === 'receivers')?.value ?? null)) {
        if (r.key.split('/')[0] !== 'otlp')
            continue;
        for (const proto of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, r.value).find((e) => e.key === 'protocols')?.value ?? null)) {
            const ep = (0,otel_source/* entries */.jO)(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null;
            const text = (0,otel_source/* scalarText */.ws)(ep);
            const fallback = OTLP_DEFAULT_PORTS[proto.key];
            // Without an endpoint the receiver listens on 127.0.0.1 (collector v0.104 and later; measured on v0.161.0).
            const hp = text === undefined || text === '' ? (fallback ? { host: '127.0.0.1', port: fallback } : undefined) : parseEndpoint(text);
            if (hp?.port !== undefined && isLoopback(hp.host) && s.ports.has(hp.port)) {
                add({
                    rule: 'otel/port-not-published',
                    file: src.file,
                    at: (0,otel_source/* positionOf */.df)(src, ep ?? proto.keyNode),
                    message: `receiver "${r.key}" listens on ${hp.host}:${hp.port} (${proto.key}${text ? '' : ', the default without an endpoint'}), inside its container only: the port compose service "${s.name}" publishes reaches nothing; listen on 0.0.0.0:${hp.port}`,
                });
                continue;
            }
            const p = port(ep);
            if (p === undefined || s.ports.has(p))
                continue;
            add({ rule: 'otel/port-not-published', file: src.file, at: (0,otel_source/* positionOf */.df)(src, ep), message: `receiver "${r.key}" listens on port ${p} (${proto.key}), but compose service "${s.name}", which mounts this configuration, does not publish it` });
        }
    }
}
/**
 * Where a compose file names a mount's source, for a finding people can click: the `volumes:` item of
 * the mounting service (short or long syntax), else the first place the file names it.
 */
function mountLocation(project, service, source, target) {
    let fallback;
    for (const file of project.files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const src = (0,otel_source/* readSource */.o$)(file);
        if (!src.doc)
            continue;
        const rel = external_node_path_default().relative(external_node_path_default().dirname(file), source).split((external_node_path_default()).sep).join('/');
        const names = (text) => text !== undefined && [`./${rel}`, rel, source].includes(text);
        const services = (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, src.doc.contents).find((e) => e.key === 'services')?.value ?? null);
        for (const svc of services) {
            const volumes = (0,otel_source/* deref */.LA)(src, (0,otel_source/* entries */.jO)(src, svc.value).find((e) => e.key === 'volumes')?.value ?? null);
            for (const item of (0,dist/* isSeq */.oP)(volumes) ? volumes.items.map((i) => (0,otel_source/* deref */.LA)(src, i)) : []) {
                const text = (0,otel_source/* scalarText */.ws)(item);
                const long = (0,otel_source/* entries */.jO)(src, item);
                const node = text !== undefined ? item : (long.find((e) => e.key === 'source')?.value ?? null);
                const [from, to] = text !== undefined ? splitShort(text) : [(0,otel_source/* scalarText */.ws)(node), (0,otel_source/* scalarText */.ws)(long.find((e) => e.key === 'target')?.value ?? null)];
                if (!names(from) || to !== target)
                    continue;
                const found = { file, at: (0,otel_source/* positionOf */.df)(src, node) };
                if (svc.key === service)
                    return found;
                fallback ??= found;
            }
        }
    }
    return fallback ?? { file: project.files[0], at: { line: 1, column: 1 } };
}
/** A short-syntax volume, source:target[:mode]: its source and target. */
function splitShort(text) {
    const parts = text.split(':');
    return parts.length >= 3 ? [parts.slice(0, -2).join(':'), parts.at(-2)] : [parts[0], parts[1]];
}

;// CONCATENATED MODULE: ./src/checks/otel/index.ts
/**
 * The otel check: finds OpenTelemetry Collector configurations, checks them as the collector's own
 * `validate` does (component ids, pipelines, signals, connectors, each component's settings), and
 * enforces the redaction policy of `.portarium-infra.yml` on every path out of the collector.
 * Pure TypeScript and read-only.
 */














/** Checks one parsed configuration; the findings' positions are in `src`. */
function checkSource(src, redaction) {
    const problems = [];
    const config = readConfig(src, problems);
    checkStructure(config, problems);
    checkValues(src, config, problems);
    if (redaction)
        checkRedaction(src, config, redaction, problems);
    return problems;
}
async function runOtel(opts) {
    const root = external_node_path_default().resolve(opts.root);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
        throw new finding/* UsageError */.eb(`otel: root ${opts.root} is not a directory`);
    const rel = (f) => external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/');
    const guard = (0,path_guard/* pathGuard */.JV)(opts.workspace);
    const findings = [];
    const files = (0,discover/* discoverConfigs */.X)(root, opts.configs);
    const parsed = new Map();
    for (const file of files) {
        const refused = guard(file);
        if (refused) {
            findings.push(rules/* OTEL_RULES */.h.finding('otel/unreadable-file', { file: rel(file), line: 1, column: 1 }, `the collector configuration ${refused.reason}; it is not read`));
            continue;
        }
        const src = (0,otel_source/* readSource */.o$)(file);
        parsed.set(file, src);
        if (src.problem) {
            findings.push(rules/* OTEL_RULES */.h.finding(src.problem.rule, { file: rel(file), line: src.problem.line, column: src.problem.column }, src.problem.message));
            continue;
        }
        for (const p of checkSource(src, opts.redaction)) {
            findings.push(rules/* OTEL_RULES */.h.finding(p.rule, { file: rel(file), ...(0,otel_source/* positionOf */.df)(src, p.node) }, p.message));
        }
    }
    if (files.length) {
        // The compose check reports the projects' own problems; here they only tell who mounts what.
        const load = opts.loadCompose ?? (() => (0,checks_compose/* runCompose */.yv)({ root, ...(opts.workspace !== undefined && { workspace: opts.workspace }) }));
        const compose = await load().catch(() => undefined);
        const projects = (compose?.projects ?? []).flatMap((p) => (p.model ? [{ files: p.files.map((f) => external_node_path_default().resolve(root, f)), model: p.model }] : []));
        for (const w of checkWiring(projects, parsed, opts.externalHosts ?? []))
            findings.push(rules/* OTEL_RULES */.h.finding(w.rule, { file: rel(w.file), ...w.at }, w.message));
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    return { check: 'otel', findings, sources: files.map(rel).sort(), artifacts: {}, stats: { files: files.length } };
}

// EXTERNAL MODULE: ./src/checks/definitions/compose.ts
var definitions_compose = __webpack_require__(8808);
;// CONCATENATED MODULE: ./src/checks/definitions/otel.ts


const otelCheck = {
    name: 'otel',
    rules: rules/* RULES */.y,
    run: async ({ root, config, env, workspace, onTarget, memo }) => {
        const s = config.checks.otel;
        const compose = { root, ...(0,definitions_compose.composeOptions)(config.checks.compose), env, ...(workspace !== undefined && { workspace }) };
        const result = await runOtel({
            root,
            ...(s.configs && { configs: s.configs }),
            ...(s.redaction && { redaction: s.redaction }),
            ...(s.externalHosts && { externalHosts: s.externalHosts }),
            ...(workspace !== undefined && { workspace }),
            loadCompose: () => (0,definitions_compose.composeProjects)(compose, memo),
        });
        for (const file of onTarget ? (result.sources ?? []) : []) {
            const findings = result.findings.filter((f) => f.file === file);
            const errors = findings.filter((f) => f.severity === 'error').length;
            onTarget({ check: 'otel', target: file, failed: errors > 0, problems: errors, findings });
        }
        return result;
    },
};


/***/ }),

/***/ 6889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ discoverConfigs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _path_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1472);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _kubernetes_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9415);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2091);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8151);







// A cheap look at the text before any parse: a top-level `receivers:` or `exporters:` key, or a
// top-level `service:` with `pipelines:` in it (many applications' own settings have a `service:`).
const COMPONENTS_KEY = /^(receivers|exporters)\s*:/m;
const SERVICE_KEY = /^service\s*:/m;
const PIPELINES_KEY = /^\s+pipelines\s*:/m;
const looksLikeCollector = (text) => COMPONENTS_KEY.test(text) || (SERVICE_KEY.test(text) && PIPELINES_KEY.test(text));
/** The collector configurations to check: the configured ones, or every YAML file that looks like one. */
function discoverConfigs(root, configured) {
    if (configured?.length) {
        return configured.map((f) => {
            const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, f);
            if (!(0,_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, p))
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`otel: config ${f} is outside the scanned directory ${root}`);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`otel: config ${f} not found`);
            return p;
        });
    }
    const found = [];
    (0,_kubernetes_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .walkTree */ .Ir)(root, (dir, entries) => {
        for (const e of entries) {
            if (!e.isFile() || !/\.ya?ml$/.test(e.name))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
            const read = (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readBounded */ .j)(file, _source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_CONFIG_BYTES */ .GW);
            if (read.ok && looksLikeCollector(read.bytes.toString('utf8')))
                found.push(file);
        }
    });
    return found;
}


/***/ }),

/***/ 8151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   uc: () => (/* binding */ isNullNode),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_NODES, parseSource */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2091);



/** A collector configuration file is a few kilobytes; this bounds a hostile one. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Nodes after alias expansion: far above any real configuration, far below an alias bomb. */
const MAX_EXPANDED_NODES = 100_000;
function readSource(file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const read = (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readBounded */ .j)(file, MAX_CONFIG_BYTES);
    if (!read.ok) {
        const why = read.special ? 'is not a regular file' : read.size !== undefined ? `is larger than ${MAX_CONFIG_BYTES} bytes` : 'cannot be read';
        return { file, lines, problem: { rule: 'otel/unreadable-file', message: `the collector configuration ${why}`, line: 1, column: 1 } };
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(read.bytes))
        return { file, lines, problem: { rule: 'otel/invalid-yaml', message: 'the file is not valid UTF-8', line: 1, column: 1 } };
    return parseSource(file, read.bytes.toString('utf8'));
}
/** Parses as the collector's YAML decoder does: one document, unique keys, aliases bounded. */
function parseSource(file, text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const err = doc.errors[0];
    if (err)
        return { file, lines, problem: { rule: 'otel/invalid-yaml', message: err.message.split('\n')[0], ...at(err.pos[0]) } };
    const bomb = aliasProblem(doc);
    if (bomb)
        return { file, lines, problem: { rule: 'otel/invalid-yaml', message: bomb.message, ...at(bomb.offset) } };
    return { file, doc, lines };
}
function positionOf(src, node) {
    const off = node?.range?.[0] ?? 0;
    const p = src.lines.linePos(off);
    return { line: p.line, column: p.col };
}
/**
 * Counts the nodes the document expands to, an alias counting as what it names, so that readers can
 * follow aliases freely afterwards: a billion-laughs file or an alias inside its own anchor is refused.
 */
function aliasProblem(doc) {
    const sizes = new Map();
    const open = new Set();
    let problem;
    const size = (node) => {
        if (problem || node === null || node === undefined)
            return 0;
        let n = node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(n)) {
            const target = n.resolve(doc);
            if (!target)
                return 0;
            if (open.has(target)) {
                problem = { message: `the alias *${n.source} refers to a node that contains it`, offset: n.range?.[0] ?? 0 };
                return 0;
            }
            n = target;
        }
        const known = sizes.get(n);
        if (known !== undefined)
            return known;
        open.add(n);
        let total = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(n) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(n))
            for (const item of n.items)
                total += (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) ? size(item.key) + size(item.value) : size(item);
        open.delete(n);
        sizes.set(n, total);
        if (total > MAX_EXPANDED_NODES && !problem)
            problem = { message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes`, offset: n.range?.[0] ?? 0 };
        return total;
    };
    size(doc.contents);
    return problem;
}
/** Follows an alias to the node it names (aliases were bounded when the file was parsed). */
function deref(src, node) {
    let n = node;
    for (let i = 0; i < 64 && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(n); i++)
        n = n.resolve(src.doc);
    return (n ?? null);
}
/** A scalar's value as text, or undefined for collections. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
const isNullNode = (n) => n === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(n) && n.value === null);
/** A mapping's entries as [key text, key node, value node]; aliases and merge keys followed. */
function entries(src, node) {
    const map = deref(src, node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(map))
        return [];
    const out = [];
    for (const item of map.items) {
        const keyNode = deref(src, item.key);
        const key = scalarText(keyNode) ?? '';
        const value = deref(src, item.value);
        if (key === '<<' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) && !keyNode.type?.includes('QUOTE')) {
            // A merge key's mapping contributes its entries where this mapping lacks them.
            for (const m of (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) ? value.items : [value])
                for (const e of entries(src, m))
                    if (!map.items.some((i) => scalarText(deref(src, i.key)) === e.key))
                        out.push(e);
            continue;
        }
        out.push({ key, keyNode: keyNode ?? item.key, value });
    }
    return out;
}


/***/ })

};
;