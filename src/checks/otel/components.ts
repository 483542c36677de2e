// The component types the checked distributions ship: which signals each supports and, for those the
// example uses, the schema of its settings (our own tables, written from the components' documented
// configuration structs).
import { type Schema, any, bool, duration, int, listOf, num, obj, oneOf, str, stringMap, strings, uint } from './schema.js';

export type Kind = 'receivers' | 'processors' | 'exporters' | 'connectors' | 'extensions';
export const KINDS: readonly Kind[] = ['receivers', 'processors', 'exporters', 'connectors', 'extensions'];
export type Signal = 'traces' | 'metrics' | 'logs';
export const SIGNALS: readonly Signal[] = ['traces', 'metrics', 'logs'];

const ALL: readonly Signal[] = SIGNALS;

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
const cors = obj({ allowed_origins: strings, allowed_headers: strings, max_age: int });
const keepaliveServer = obj({ server_parameters: any, enforcement_policy: any });

const grpcServer = obj({
  endpoint: str, transport: oneOf('tcp', 'tcp4', 'tcp6', 'udp', 'udp4', 'udp6', 'unix', 'unixgram', 'unixpacket'), tls: tlsServer,
  max_recv_msg_size_mib: uint, max_concurrent_streams: uint, read_buffer_size: int, write_buffer_size: int,
  keepalive: keepaliveServer, auth, include_metadata: bool,
});
const httpServer = obj({
  endpoint: str, tls: tlsServer, cors, auth, max_request_body_size: int, include_metadata: bool, response_headers: stringMap,
  compression_algorithms: strings, read_timeout: duration, read_header_timeout: duration, write_timeout: duration, idle_timeout: duration,
  keep_alives_enabled: bool, traces_url_path: str, metrics_url_path: str, logs_url_path: str,
});

const retry = obj({ enabled: bool, initial_interval: duration, randomization_factor: num, multiplier: num, max_interval: duration, max_elapsed_time: duration });
const queue = obj({
  enabled: bool, num_consumers: int, queue_size: int, wait_for_result: bool, block_on_overflow: bool, sizer: oneOf('requests', 'items', 'bytes'),
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

export interface ComponentType {
  /** Signals it consumes (processors, exporters) or produces (receivers). */
  signals: readonly Signal[];
  /** Connectors: the signals it can produce from each signal it consumes. */
  connects?: Readonly<Partial<Record<Signal, readonly Signal[]>>>;
  /** Without a schema its settings are not checked. */
  schema?: Schema;
}

export const COMPONENT_TYPES: Readonly<Record<Kind, Readonly<Record<string, ComponentType>>>> = {
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
        balancer_name: str, authority: str, auth, write_buffer_size: int, read_buffer_size: int, wait_for_ready: bool,
      }),
    },
    otlphttp: {
      signals: ALL,
      schema: obj({
        ...exporterCommon, endpoint: str, traces_endpoint: str, metrics_endpoint: str, logs_endpoint: str, profiles_endpoint: str,
        tls: tlsClient, headers: stringMap, compression: str, compression_params: any, read_buffer_size: int, write_buffer_size: int,
        max_idle_conns: int, max_idle_conns_per_host: int, max_conns_per_host: int, idle_conn_timeout: duration, disable_keep_alives: bool,
        http2_read_idle_timeout: duration, http2_ping_timeout: duration, proxy_url: str, auth, cookies: obj({ enabled: bool }),
        encoding: oneOf('proto', 'json'), force_attempt_http2: bool,
      }),
    },
    debug: { signals: ALL, schema: obj({ verbosity: oneOf('basic', 'normal', 'detailed'), sampling_initial: int, sampling_thereafter: int, use_internal_logger: bool, sending_queue: queue }) },
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
        endpoint: str, tls: tlsServer, cors, auth, include_metadata: bool, response_headers: stringMap, max_request_body_size: int,
        read_timeout: duration, read_header_timeout: duration, write_timeout: duration, idle_timeout: duration, keep_alives_enabled: bool,
        compression_algorithms: strings, path: str, response_body: obj({ healthy: str, unhealthy: str }),
        check_collector_pipeline: obj({ enabled: bool, interval: str, exporter_failure_threshold: int }),
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
export const SINGULAR: Readonly<Record<Kind, string>> = { receivers: 'receiver', processors: 'processor', exporters: 'exporter', connectors: 'connector', extensions: 'extension' };

/** `type[/name]`: the type is letters, digits and `_` starting with a letter; a name, when given, is not empty. */
export function parseComponentId(id: string): { type: string; name?: string } | { error: string } {
  const slash = id.indexOf('/');
  const type = slash < 0 ? id : id.slice(0, slash);
  const name = slash < 0 ? undefined : id.slice(slash + 1);
  if (!/^[a-zA-Z][0-9a-zA-Z_]{0,62}$/.test(type.trim()) || type !== type.trim()) return { error: `invalid character(s) in type "${type}"` };
  if (name !== undefined) {
    if (name.trim() === '') return { error: 'name part must be specified after "/" in type/name key' };
    if (!/^[^\s/]+$/.test(name) && /[\s/]/.test(name)) return { error: `invalid character(s) in name "${name}"` };
  }
  return name === undefined ? { type } : { type, name };
}
