import { type RuleIdOf, defineRules } from '../../report/rules.js';

/** Every rule of the otel check; documented in docs/rules/otel.md. */
export const OTEL_RULES = defineRules('otel', [
  // reading files
  { id: 'otel/invalid-yaml', severity: 'error', description: 'A collector configuration is not valid YAML (syntax error, duplicate key, alias bomb, not UTF-8).' },
  { id: 'otel/unreadable-file', severity: 'error', description: 'A configured collector configuration cannot be read, is too large or is a special file.' },
  // structure, as the collector's `validate` applies it
  { id: 'otel/invalid-keys', severity: 'error', description: 'A mapping has keys the collector does not know (its strict unmarshal: "has invalid keys").' },
  { id: 'otel/invalid-component-id', severity: 'error', description: 'A component id is not type[/name] (type: letters, digits, _; name: not empty).' },
  { id: 'otel/unknown-component-type', severity: 'error', description: 'A component type is not one of the components the collector distribution ships.' },
  { id: 'otel/undefined-component', severity: 'error', description: 'A pipeline or service.extensions references a component that is not configured.' },
  { id: 'otel/invalid-pipeline', severity: 'error', description: 'A pipeline id is not traces, metrics or logs (with an optional /name), or it lacks receivers or exporters, or lists a processor twice.' },
  { id: 'otel/unsupported-signal', severity: 'error', description: 'A component is used in a pipeline of a signal its type does not support.' },
  { id: 'otel/connector-unpaired', severity: 'error', description: 'A connector is not used both as an exporter of one pipeline and as a receiver of another.' },
  { id: 'otel/invalid-value', severity: 'error', description: 'A component setting has the wrong type or a value the component refuses.' },
  { id: 'otel/unused-component', severity: 'warning', description: 'A configured component is in no pipeline (or an extension not in service.extensions): the collector ignores it.' },
  // redaction policy
  { id: 'otel/redaction-missing', severity: 'error', description: 'A path from a receiver to an exporter that sends outside the collector does not redact an attribute the policy names.' },
  { id: 'otel/redaction-weaker', severity: 'error', description: 'A path hashes an attribute the policy requires deleted.' },
  // across files
  { id: 'otel/port-not-published', severity: 'error', description: 'The compose service running the collector does not publish a port an otlp receiver listens on, or publishes one the receiver listens on at loopback only.' },
  { id: 'otel/unknown-endpoint-host', severity: 'error', description: 'An exporter endpoint or Grafana datasource URL names a host that is no compose service and no configured external host.' },
  { id: 'otel/wrong-endpoint-port', severity: 'error', description: 'An exporter endpoint or Grafana datasource URL reaches a compose service at a port it does not listen on (Tempo: a port its configuration does not serve; a Grafana Tempo datasource: not its HTTP port).' },
  { id: 'otel/invalid-datasource', severity: 'error', description: 'A provisioned Grafana datasource lacks a name, type or url, or is a second default datasource of its organisation.' },
  { id: 'otel/unknown-datasource-type', severity: 'error', description: 'A provisioned Grafana datasource has a type that is no datasource Grafana ships and no plugin id.' },
  { id: 'otel/invalid-datasource-url', severity: 'error', description: 'A provisioned Grafana datasource that reaches a server has a url Grafana cannot use.' },
  { id: 'otel/invalid-datasource-uid', severity: 'error', description: 'A provisioned Grafana datasource uid is not one Grafana accepts (at most 40 letters, digits, - and _).' },
  { id: 'otel/duplicate-datasource-uid', severity: 'error', description: 'Two datasources a Grafana service provisions (from one file or several) have the same uid.' },
  { id: 'otel/unknown-datasource-uid', severity: 'error', description: 'A datasource links (jsonData datasourceUid: traces to logs, service map, Loki search, …) to a uid no provisioned datasource has.' },
  { id: 'otel/datasource-api-version', severity: 'error', description: 'A Grafana datasource provisioning file does not say apiVersion: 1.' },
  { id: 'otel/missing-mount-source', severity: 'error', description: 'A compose service mounts a configuration file that does not exist.' },
]);

export const RULES = OTEL_RULES.rules;
export type OtelRuleId = RuleIdOf<typeof OTEL_RULES>;
