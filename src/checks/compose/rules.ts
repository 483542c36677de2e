import { type RuleIdOf, defineRules } from '../../report/rules.js';

export type { RuleDef } from '../../report/rules.js';

/** Every rule of the compose check; documented in docs/rules/compose.md. */
export const COMPOSE_RULES = defineRules('compose', [
  // reading files
  { id: 'compose/invalid-yaml', severity: 'error', description: 'The file is not valid YAML (syntax error, unknown alias, bad merge key).' },
  { id: 'compose/duplicate-key', severity: 'error', description: 'A mapping defines the same key twice.' },
  { id: 'compose/non-string-key', severity: 'error', description: 'A mapping key is a number, boolean, null or collection instead of a string.' },
  { id: 'compose/yaml-alias-limit', severity: 'error', description: 'YAML aliases expand to too many nodes (an alias bomb) or refer to themselves.' },
  { id: 'compose/invalid-encoding', severity: 'error', description: 'The file is not valid UTF-8.' },
  { id: 'compose/file-too-large', severity: 'error', description: 'The file is larger than the size limit (8 MiB by default).' },
  { id: 'compose/unreadable-file', severity: 'error', description: 'A compose or env file cannot be read, is a directory, or is a special file (/proc, /sys, /dev, a device, FIFO or socket).' },
  { id: 'compose/path-outside-workspace', severity: 'error', description: 'In the actions: a compose file, env file, include, extends file, build context or Dockerfile resolves outside the workspace.' },
  { id: 'compose/top-level-not-mapping', severity: 'error', description: 'The document is not a mapping (top-level object must be a mapping).' },
  { id: 'compose/empty-file', severity: 'error', description: 'The project has no content at all (empty compose file).' },
  // variables
  { id: 'compose/required-variable', severity: 'error', description: 'A required variable (${VAR:?msg} or ${VAR?msg}) is not set.' },
  { id: 'compose/invalid-interpolation', severity: 'error', description: 'A value is not a valid interpolation template (e.g. ${ VAR}, ${VAR!}).' },
  { id: 'compose/unset-variable', severity: 'warning', description: 'A variable without a default is not set; compose uses an empty string.' },
  { id: 'compose/invalid-env-file', severity: 'error', description: 'A .env, --env-file or env_file file cannot be parsed.' },
  { id: 'compose/yaml11-boolean', severity: 'warning', description: 'A boolean is written as yes/no/on/off/y/n, which YAML 1.2 does not know.' },
  // merge, include, extends
  { id: 'compose/merge-conflict', severity: 'error', description: 'Files cannot be merged: a mapping is overridden by a list or the other way round.' },
  { id: 'compose/include-cycle', severity: 'error', description: 'include entries form a cycle.' },
  { id: 'compose/invalid-include', severity: 'error', description: 'An include entry is malformed or names a file that does not exist.' },
  { id: 'compose/extends-cycle', severity: 'error', description: 'extends references form a cycle.' },
  { id: 'compose/invalid-extends', severity: 'error', description: 'extends names a service or file that does not exist, or lacks service.' },
  { id: 'compose/remote-resource', severity: 'notice', description: 'A remote include or extends (git, OCI, URL) is not fetched, so it is not validated.' },
  // schema and values
  { id: 'compose/schema', severity: 'error', description: 'The model does not match the Compose Specification JSON schema.' },
  { id: 'compose/invalid-value', severity: 'error', description: 'A value cannot be read as the type compose needs (number, boolean, size, command line, ...).' },
  { id: 'compose/invalid-port', severity: 'error', description: 'A port mapping is not valid ([[IP:]HOST:]CONTAINER[/PROTO], ports 0-65535, tcp/udp/sctp).' },
  { id: 'compose/invalid-duration', severity: 'error', description: 'A duration is not valid (Go duration syntax: 10s, 1m30s, 500ms).' },
  { id: 'compose/invalid-volume', severity: 'error', description: 'A short-syntax volume is malformed or uses a mode compose ignores.' },
  { id: 'compose/obsolete-version', severity: 'warning', description: 'The top-level version attribute is obsolete and ignored.' },
  { id: 'compose/deprecated', severity: 'warning', description: 'A deprecated attribute is used (external.name).' },
  { id: 'compose/invalid-project-name', severity: 'error', description: 'COMPOSE_PROJECT_NAME is not a valid project name.' },
  // consistency of the merged project
  { id: 'compose/missing-image', severity: 'error', description: 'A service has neither image nor build.' },
  { id: 'compose/undefined-network', severity: 'error', description: 'A service joins a network that is not declared under top-level networks.' },
  { id: 'compose/undefined-volume', severity: 'error', description: 'A service mounts a named volume that is not declared under top-level volumes.' },
  { id: 'compose/undefined-secret', severity: 'error', description: 'A service (or its build) uses a secret not declared under top-level secrets.' },
  { id: 'compose/undefined-config', severity: 'error', description: 'A service uses a config not declared under top-level configs.' },
  { id: 'compose/undefined-model', severity: 'error', description: 'A service uses a model not declared under top-level models.' },
  { id: 'compose/undefined-service', severity: 'error', description: 'depends_on, links, network_mode or additional_contexts names a service that does not exist or is disabled by profiles.' },
  { id: 'compose/dependency-cycle', severity: 'error', description: 'depends_on relations form a cycle.' },
  { id: 'compose/invalid-healthcheck', severity: 'error', description: 'healthcheck.test does not start with CMD, CMD-SHELL or NONE.' },
  { id: 'compose/healthcheck-required', severity: 'error', description: 'depends_on waits for service_healthy on a service that has no healthcheck.' },
  { id: 'compose/conflicting-attributes', severity: 'error', description: 'Attributes that exclude each other are both set (network_mode/networks, scale/replicas, ...).' },
  { id: 'compose/missing-attribute', severity: 'error', description: 'An attribute compose needs is missing (secret/config source, watch target, ...).' },
  { id: 'compose/duplicate-mount', severity: 'error', description: 'Two volumes or tmpfs mounts of a service use the same target.' },
  { id: 'compose/missing-env-file', severity: 'error', description: 'An env_file does not exist (and is not marked required: false).' },
  // rules of this toolkit
  { id: 'compose/image-latest-tag', severity: 'warning', description: 'An image has no tag or uses latest, so what runs can change without a commit.' },
  { id: 'compose/duplicate-host-port', severity: 'error', description: 'Two services of a project publish the same host port.' },
  { id: 'compose/build-context-missing', severity: 'error', description: 'A local build context directory does not exist.' },
  { id: 'compose/dockerfile-missing', severity: 'error', description: 'The Dockerfile of a build is not in its context.' },
  { id: 'compose/duplicate-container-name', severity: 'error', description: 'Two services of a project set the same container_name.' },
  { id: 'compose/secret-literal', severity: 'error', description: 'An environment value is a secret written into the file (a credential format, or a secret-named key with a literal value).' },
  { id: 'compose/privileged', severity: 'error', description: 'A service runs privileged.' },
  { id: 'compose/docker-socket', severity: 'error', description: "A service mounts the container engine's socket." },
  { id: 'compose/host-network', severity: 'warning', description: 'A service uses the host network.' },
  { id: 'compose/database-port-exposed', severity: 'error', description: 'A database port is published on all interfaces.' },
  { id: 'compose/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this project was checked." },
  { id: 'compose/internal-error', severity: 'error', description: 'The check itself failed on this project (a bug to report); other projects are still checked.' },
]);

export type ComposeRuleId = RuleIdOf<typeof COMPOSE_RULES>;

export const RULES = COMPOSE_RULES.rules;
