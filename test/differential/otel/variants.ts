// Broken (and a few valid) variants of the example's collector configuration, each with the line its
// mutation touched.

export interface Variant {
  name: string;
  text: string;
  /** 1-based lines the mutation wrote. */
  line: number;
  lastLine: number;
}

const KEY = /^(\s+(?:- )?)([a-z_][a-z0-9_/]*):(.*)$/;

export function variants(base: string): Variant[] {
  const lines = base.split('\n');
  const out: Variant[] = [];
  const withLine = (name: string, i: number, replacement: string[]) => {
    const copy = [...lines];
    const added = replacement.flatMap((r) => r.split('\n'));
    copy.splice(i, 1, ...added);
    out.push({ name, text: copy.join('\n'), line: i + 1, lastLine: i + added.length });
  };
  const serviceAt = lines.findIndex((l) => l.startsWith('service:'));
  lines.forEach((l, i) => {
    const m = KEY.exec(l);
    if (!m || l.trimStart().startsWith('#')) return;
    const [, indent, key, rest] = m as unknown as [string, string, string, string];
    if (i < serviceAt && /^ \S/.test(rest) && !rest.trimStart().startsWith('#')) {
      // A mapping where a scalar belongs: the decoder cannot put it in the field.
      withLine(`mapping for ${key} (line ${i + 1})`, i, [`${indent}${key}: { a: 1 }`]);
    }
    if (i < serviceAt) {
      // A misspelt key (or component id), and an unknown key beside it.
      withLine(`typo ${key} (line ${i + 1})`, i, [`${indent}${key}x:${rest}`]);
      if (indent.length >= 4) {
        const copy = [...lines];
        copy.splice(i, 0, `${indent}bogus_${key.replace('/', '_')}: 1`);
        out.push({ name: `unknown key before ${key} (line ${i + 1})`, text: copy.join('\n'), line: i + 1, lastLine: i + 1 });
      }
    } else if (/\[.+\]/.test(rest)) {
      // A reference to a component that is not configured.
      const first = /\[\s*([^,\]]+)/.exec(rest)![1]!;
      withLine(`undefined reference in ${key} (line ${i + 1})`, i, [l.replace(first, `${first}_missing`)]);
    } else if (key === 'traces') {
      withLine('pipeline of an unknown signal', i, [l.replace('traces', 'spans')]);
      withLine('named pipeline (valid)', i, [l.replace('traces', 'traces/main')]);
    }
  });
  const values: Array<[RegExp, string, string]> = [
    [/check_interval: 1s/, 'check_interval: 1 second', 'duration that is not Go syntax'],
    [/check_interval: 1s/, 'check_interval: 0s', 'memory_limiter check_interval zero'],
    [/check_interval: 1s/, 'check_interval: 2s', 'check_interval 2s (valid)'],
    [/limit_mib: 400/, 'limit_mib: lots', 'limit_mib not a number'],
    [/limit_mib: 400/, 'limit_mib: 0', 'limit_mib zero'],
    [/limit_mib: 400/, 'limit_mib: 100', 'spike limit equal to the limit'],
    [/limit_mib: 400/, 'limit_mib: 800', 'limit_mib 800 (valid)'],
    [/spike_limit_mib: 100/, 'spike_limit_mib: -5', 'negative spike limit'],
    [/send_batch_size: 512/, 'send_batch_size: many', 'send_batch_size not a number'],
    [/send_batch_size: 512/, 'send_batch_size: 1024', 'send_batch_size 1024 (valid)'],
    [/send_batch_size: 512/, 'send_batch_size: 512\n    send_batch_max_size: 100', 'send_batch_max_size below send_batch_size'],
    [/send_batch_size: 512/, 'send_batch_size: 512\n    send_batch_max_size: 1000', 'send_batch_max_size above (valid)'],
    [/timeout: 5s/, 'timeout: five', 'batch timeout not a duration'],
    [/timeout: 5s/, 'timeout: 1m30s', 'batch timeout 1m30s (valid)'],
    [/insecure: true/, 'insecure: maybe', 'tls insecure not a boolean'],
    [/verbosity: basic/, 'verbosity: loud', 'debug verbosity unknown'],
    [/verbosity: basic/, 'verbosity: detailed', 'debug verbosity detailed (valid)'],
    [/action: hash/, 'action: scramble', 'attributes action unknown'],
    [/action: hash/, 'action: insert', 'insert without a value'],
    [/action: hash/, 'action: upsert\n        value: redacted', 'upsert with a value (valid)'],
    [/action: hash/, 'action: extract', 'extract without a pattern'],
    [/action: hash/, 'action: convert', 'convert without converted_type'],
    [/- key: user.ip/, '- action: delete', 'delete without key or pattern'],
    [/- key: user.ip/, '- pattern: ^user\\..*', 'pattern delete (valid)'],
    [/endpoint: tempo:4317/, 'endpoint: ""', 'otlp exporter without endpoint'],
    [/exporters: \[otlp\/tempo, debug\]/, 'exporters: []', 'pipeline without exporters'],
    [/receivers: \[otlp\]/, 'receivers: []', 'pipeline without receivers'],
    [/processors: \[memory_limiter, attributes\/redact, resource\/redact, batch\]/, 'processors: [memory_limiter, batch, batch]', 'processor listed twice'],
    [/processors: \[memory_limiter, attributes\/redact, resource\/redact, batch\]/, 'processors: [batch]', 'fewer processors (valid, unused warnings)'],
    [/^service:/, 'bogus_top: 1\nservice:', 'unknown top-level key'],
    [/^ {2}extensions: \[health_check\]/, '  extensions: [health_check]\n  bogus_service_key: 1', 'unknown service key'],
    [/^ {2}batch:/, '  batch/:', 'component id with an empty name'],
    [/^ {2}batch:/, '  9batch:', 'component id starting with a digit'],
    [/^ {2}otlp\/tempo:/, '  otlp/tempo:\n    bogus_nested:\n      a: 1', 'unknown nested block in an exporter'],
    [/^ {2}debug:/, '  debug:\n    sampling_initial: 3\n    sampling_thereafter: 10', 'debug sampling (valid)'],
    [/^exporters:/, 'connectors:\n  forward:\nexporters:', 'connector configured, in no pipeline (valid)'],
    [/^receivers:/, 'receivers: [otlp]\nbogus_receivers:', 'receivers as a list'],
    [/endpoint: tempo:4317/, 'endpoint: 4317', 'endpoint written as a number'],
    [/insecure: true/, 'insecure: "true"', 'boolean written as a string'],
    [/limit_mib: 400/, 'limit_mib: "400"', 'integer written as a string'],
    [/timeout: 5s/, 'timeout: 5', 'duration written as a bare integer'],
    [/timeout: 5s/, 'timeout: 1.5', 'duration written as a fraction'],
    [/send_batch_size: 512/, 'send_batch_size: 512.5', 'integer written as a fraction'],
    [/^ {2}health_check:/, '  health_check: 5\n  bogus_health:', 'a component whose settings are a number'],
    [/^ {6}receivers: \[otlp\]/, '      receivers: otlp', 'pipeline receivers as a string'],
    [/^ {2}extensions: \[health_check\]/, '  extensions: health_check', 'service extensions as a string'],
    [/^exporters:/, 'exporters:\n  zipkin:\n    endpoint: http://zipkin:9411', 'exporter type the build does not ship'],
    [/^ {2}pipelines:/, '  pipelines:\n    logs:\n      receivers: [otlp]\n      exporters: [debug]', 'a second pipeline of another signal (valid)'],
    [/^ {2}pipelines:/, '  pipelines:\n    metrics/x:\n      receivers: [otlp]\n      processors: [batch]\n      exporters: [debug, debug]', 'exporter listed twice (valid: joined)'],
    [/^ {2}pipelines:/, '  pipelines:\n    metrics/x:\n      receivers: [otlp, otlp]\n      exporters: [debug]', 'receiver listed twice (valid: joined)'],
    [/^ {2}pipelines:/, '  pipelines:\n    logs:\n      receivers: [otlp]\n      exporters: [forward]', 'connector referenced but not configured'],
    [/^ {2}batch:/, '  transform:\n    trace_statements:\n      - delete_key(attributes, "user.email")\n  batch:', 'transform statement without a context name'],
    [/^ {2}batch:/, '  transform:\n    log_statements:\n      - statements:\n          - set(log.attributes["a"], "b") where attributes["x"] == "y"\n  batch:', 'transform condition path without a context name'],
    [
      /^ {2}batch:/,
      '  transform:\n    trace_statements:\n      - delete_key(span.attributes, "user.email")\n      - context: resource\n        statements:\n          - delete_key(attributes, "user.email")\n  batch:',
      'transform statements and groups mixed in one list',
    ],
    [
      /^ {2}batch:/,
      '  transform:\n    trace_statements:\n      - delete_key(span.attributes, "user.email")\n    log_statements:\n      - context: log\n        statements:\n          - delete_key(attributes, "user.email")\n  batch:',
      'transform statements with context names (valid)',
    ],
  ];
  for (const [re, replacement, name] of values) {
    const i = lines.findIndex((l) => re.test(l));
    if (i < 0) throw new Error(`variant "${name}": no line matches ${re}`);
    withLine(name, i, [lines[i]!.replace(re, replacement)]);
  }
  return out;
}
