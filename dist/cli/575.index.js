export const id = 575;
export const ids = [575];
export const modules = {

/***/ 7575:
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
    return s === '0' || /^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))*$/.test(s);
}
/** `${env:VAR}`, `${VAR}`, `${file:path}`, … : resolved by the collector's providers before decoding. */
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
            if (!exporter || staysInside(src, exporter) || !signals.includes(p.signal))
                continue;
            const processors = chain.flatMap((q) => q.processors.map((r) => config.components.processors.get(r.id)).filter((c) => !!c).map((c) => ({ c, signal: q.signal })));
            const path = `${chain.map((q) => `${q.id}${q.processors.length ? ` [${q.processors.map((r) => r.id).join(', ')}]` : ''}`).join(' → ')} → ${ex.id}`;
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
/** debug prints at most a summary (basic) or one line per record (normal); detailed prints every attribute. */
function staysInside(src, exporter) {
    if (exporter.type !== 'debug')
        return false;
    const v = (0,otel_source/* entries */.jO)(src, exporter.value).find((e) => e.key === 'verbosity');
    const level = v ? (0,otel_source/* scalarText */.ws)(v.value) : 'basic';
    return level === 'basic' || level === 'normal';
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
            if (k === key || (k === undefined && pattern !== undefined && fullMatch(pattern, key)))
                effect = stronger(effect, action);
        }
        return effect;
    }
    if (c.type === 'transform')
        return transformEffect(src, c, key, scope, signal);
    return undefined;
}
function fullMatch(pattern, key) {
    try {
        return new RegExp(`^(?:${pattern})$`).test(key) || new RegExp(pattern).test(key);
    }
    catch {
        return false;
    }
}
const STATEMENTS = { traces: 'trace_statements', metrics: 'metric_statements', logs: 'log_statements' };
/** Unconditional OTTL statements only: delete_key(…attributes, "k") and set(…attributes["k"], SHA256(…)). */
function transformEffect(src, c, key, scope, signal) {
    const list = (0,otel_source/* entries */.jO)(src, c.value).find((e) => e.key === STATEMENTS[signal])?.value ?? null;
    const texts = [];
    const collect = (n, conditional) => {
        const node = (0,otel_source/* deref */.LA)(src, n);
        if ((0,dist/* isSeq */.oP)(node))
            for (const i of node.items)
                collect(i, conditional);
        else if ((0,otel_source/* scalarText */.ws)(node) !== undefined && !conditional)
            texts.push((0,otel_source/* scalarText */.ws)(node));
        else {
            const es = (0,otel_source/* entries */.jO)(src, node);
            const hasConditions = es.some((e) => e.key === 'conditions' && !(0,otel_source/* isNullNode */.uc)(e.value));
            collect(es.find((e) => e.key === 'statements')?.value ?? null, conditional || hasConditions);
        }
    };
    collect(list, false);
    const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const attrs = scope === 'resource' ? String.raw `resource\.attributes` : String.raw `(?:span\.|log\.|datapoint\.|spanevent\.)?attributes`;
    let effect;
    for (const t of texts) {
        if (/\bwhere\b/.test(t))
            continue;
        if (new RegExp(String.raw `^\s*delete_key\(\s*${attrs}\s*,\s*"${esc}"\s*\)\s*$`).test(t))
            effect = 'delete';
        else if (new RegExp(String.raw `^\s*set\(\s*${attrs}\["${esc}"\]\s*,\s*SHA(?:1|256|512)\(\s*${attrs}\["${esc}"\]\s*\)\s*\)\s*$`).test(t))
            effect = stronger(effect, 'hash');
    }
    return effect;
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
const toNumber = (t) => (t === undefined ? 0 : Number(t) || 0);
const durationMs = (t) => {
    if (t === undefined)
        return 0;
    const units = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(m[1]) * units[m[2]];
    return /^\d+$/.test(t) ? Number(t) / 1e6 : total;
};
function semantic(src, c, problems) {
    const at = `${c.kind}::${c.id}`;
    const v = (k) => literal(src, c.value, k);
    const bad = (node, message) => problems.push({ rule: 'otel/invalid-value', node: node ?? c.keyNode, message: `${at}: ${message}` });
    if (c.kind === 'processors' && c.type === 'memory_limiter') {
        const interval = v('check_interval');
        if (interval === undefined || durationMs(interval.text) <= 0)
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
            return bad(item, 'missing action field');
        const key = f('key')?.text ?? '';
        if (key === '' && !(has('pattern') && (action.text === 'delete' || action.text === 'hash')))
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

;// CONCATENATED MODULE: ./src/checks/otel/wiring.ts
// Across files: the compose services that run the collector, Tempo and Grafana, and the configuration
// files they mount. The collector's receivers must be published, exporter and datasource endpoints
// must reach a service at a port it serves, and mounted configuration files must exist.





/** Datasource types that reach a server and so need a url. */
const URL_TYPES = new Set(['tempo', 'prometheus', 'loki', 'jaeger', 'zipkin', 'elasticsearch', 'influxdb', 'graphite', 'alertmanager', 'opentsdb']);
const FILE_LIKE = /\.(ya?ml|json|toml|conf|ini|cfg|properties|txt)$/i;
function servicesOf(project) {
    const services = (project.model['services'] ?? {});
    return Object.entries(services).map(([name, s]) => ({
        name,
        ports: new Set((s['ports'] ?? []).map((p) => Number(p.target))),
        mounts: (s['volumes'] ?? [])
            .filter((v) => v.type === 'bind' && typeof v.source === 'string')
            .map((v) => ({ source: v.source, target: v.target ?? '' })),
    }));
}
/** Names another container resolves on the project's networks: service names (and their container_name, hostname). */
function hostNames(project) {
    const names = new Set();
    for (const [name, s] of Object.entries((project.model['services'] ?? {}))) {
        names.add(name);
        for (const k of ['container_name', 'hostname'])
            if (typeof s[k] === 'string')
                names.add(s[k]);
    }
    return names;
}
const port = (node, fallback) => {
    const t = (0,otel_source/* scalarText */.ws)(node);
    return t === undefined ? fallback : parseEndpoint(t)?.port ?? fallback;
};
function readTempo(src) {
    const top = (0,otel_source/* entries */.jO)(src, src.doc?.contents);
    const distributor = top.find((e) => e.key === 'distributor');
    if (!distributor)
        return undefined;
    const server = (0,otel_source/* entries */.jO)(src, top.find((e) => e.key === 'server')?.value ?? null);
    const httpPort = Number((0,otel_source/* scalarText */.ws)(server.find((e) => e.key === 'http_listen_port')?.value ?? null) ?? 3200);
    const grpcPort = Number((0,otel_source/* scalarText */.ws)(server.find((e) => e.key === 'grpc_listen_port')?.value ?? null) ?? 9095);
    const ports = new Set([httpPort, grpcPort]);
    for (const receiver of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, distributor.value).find((e) => e.key === 'receivers')?.value ?? null)) {
        if (receiver.key !== 'otlp')
            continue;
        for (const proto of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, receiver.value).find((e) => e.key === 'protocols')?.value ?? null)) {
            const ep = (0,otel_source/* entries */.jO)(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null;
            const p = port(ep, proto.key === 'grpc' ? 4317 : proto.key === 'http' ? 4318 : undefined);
            if (p !== undefined)
                ports.add(p);
        }
    }
    return { httpPort, ports };
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
        for (const s of services) {
            for (const m of s.mounts) {
                if (!(0,external_node_fs_.existsSync)(m.source)) {
                    if (FILE_LIKE.test(m.source) || FILE_LIKE.test(m.target))
                        add({ rule: 'otel/missing-mount-source', ...mountLocation(project, m.source), message: `service "${s.name}" mounts ${external_node_path_default().basename(m.source)} at ${m.target}, but the file does not exist (Docker would create an empty directory there)` });
                    continue;
                }
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
            if (!names.has(hp.host)) {
                add({ rule: 'otel/unknown-endpoint-host', ...at, message: `${what} names host "${hp.host}", which is no compose service and no otel.external-hosts entry` });
                return;
            }
            const tempo = tempos.get(hp.host);
            if (!tempo || hp.port === undefined)
                return;
            if (wantHttp && hp.port !== tempo.httpPort)
                add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, but Tempo's HTTP API listens on ${tempo.httpPort} (server.http_listen_port)` });
            else if (!wantHttp && !tempo.ports.has(hp.port))
                add({ rule: 'otel/wrong-endpoint-port', ...at, message: `${what} reaches Tempo ("${hp.host}") at port ${hp.port}, which Tempo does not listen on (its configuration serves ${[...tempo.ports].sort((a, b) => a - b).join(', ')})` });
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
                        if (type !== 'otlp' && type !== 'otlphttp')
                            continue;
                        const ep = (0,otel_source/* entries */.jO)(collector, ex.value).find((e) => e.key === 'endpoint')?.value ?? null;
                        const text = (0,otel_source/* scalarText */.ws)(ep);
                        if (text !== undefined)
                            reach(collector, ep, parseEndpoint(text, type === 'otlp' ? 4317 : undefined), `exporter "${ex.key}"`, false);
                    }
                }
                if (m.target.startsWith('/etc/grafana/provisioning/datasources') && /\.ya?ml$/i.test(m.source)) {
                    const src = source(m.source);
                    if (!src.doc)
                        continue;
                    const list = (0,otel_source/* deref */.LA)(src, (0,otel_source/* entries */.jO)(src, src.doc.contents).find((e) => e.key === 'datasources')?.value ?? null);
                    const uids = new Set();
                    for (const ds of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
                        const es = (0,otel_source/* entries */.jO)(src, (0,otel_source/* deref */.LA)(src, ds));
                        const uidNode = es.find((e) => e.key === 'uid')?.value ?? null;
                        const uid = (0,otel_source/* scalarText */.ws)(uidNode);
                        if (uid !== undefined && uids.has(uid))
                            add({ rule: 'otel/invalid-datasource', file: src.file, at: (0,otel_source/* positionOf */.df)(src, uidNode), message: `datasource uid "${uid}" is used by another datasource of this file: dashboards would reach only one of them` });
                        if (uid !== undefined)
                            uids.add(uid);
                        for (const required of ['name', 'type']) {
                            if (!es.some((e) => e.key === required && (0,otel_source/* scalarText */.ws)(e.value) !== undefined))
                                add({ rule: 'otel/invalid-datasource', file: src.file, at: (0,otel_source/* positionOf */.df)(src, (0,otel_source/* deref */.LA)(src, ds)), message: `a datasource without ${required}: Grafana refuses the provisioning file` });
                        }
                        const dsType = (0,otel_source/* scalarText */.ws)(es.find((e) => e.key === 'type')?.value ?? null);
                        if (dsType && URL_TYPES.has(dsType) && !es.some((e) => e.key === 'url'))
                            add({ rule: 'otel/invalid-datasource', file: src.file, at: (0,otel_source/* positionOf */.df)(src, (0,otel_source/* deref */.LA)(src, ds)), message: `datasource of type ${dsType} has no url` });
                        const url = es.find((e) => e.key === 'url')?.value ?? null;
                        const type = (0,otel_source/* scalarText */.ws)(es.find((e) => e.key === 'type')?.value ?? null);
                        const text = (0,otel_source/* scalarText */.ws)(url);
                        if (text !== undefined)
                            reach(src, url, parseEndpoint(text), `Grafana datasource "${(0,otel_source/* scalarText */.ws)(es.find((e) => e.key === 'name')?.value ?? null) ?? '?'}" (${type ?? 'no type'})`, type === 'tempo');
                    }
                }
            }
        }
    }
    return problems;
}
function checkReceiverPorts(src, s, add) {
    for (const r of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, src.doc.contents).find((e) => e.key === 'receivers')?.value ?? null)) {
        if (r.key.split('/')[0] !== 'otlp')
            continue;
        for (const proto of (0,otel_source/* entries */.jO)(src, (0,otel_source/* entries */.jO)(src, r.value).find((e) => e.key === 'protocols')?.value ?? null)) {
            const ep = (0,otel_source/* entries */.jO)(src, proto.value).find((e) => e.key === 'endpoint')?.value ?? null;
            const p = port(ep);
            if (p === undefined || s.ports.has(p))
                continue;
            add({ rule: 'otel/port-not-published', file: src.file, at: (0,otel_source/* positionOf */.df)(src, ep), message: `receiver "${r.key}" listens on port ${p} (${proto.key}), but compose service "${s.name}", which mounts this configuration, does not publish it` });
        }
    }
}
/** Where a compose file names a mount's source, for a finding people can click. */
function mountLocation(project, source) {
    for (const file of project.files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        const rel = external_node_path_default().relative(external_node_path_default().dirname(file), source).split((external_node_path_default()).sep).join('/');
        for (const needle of [`./${rel}`, rel, source]) {
            const i = text.indexOf(needle);
            if (i < 0)
                continue;
            const before = text.slice(0, i).split('\n');
            return { file, at: { line: before.length, column: before[before.length - 1].length + 1 } };
        }
    }
    return { file: project.files[0], at: { line: 1, column: 1 } };
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
            const errors = result.findings.filter((f) => f.severity === 'error' && f.file === file).length;
            onTarget({ check: 'otel', target: file, failed: errors > 0, problems: errors });
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
