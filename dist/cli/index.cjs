/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   j: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Largest file a kustomization may read: far above any valid manifest set, well below the heap. */
const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Reads a regular file of at most `max` bytes, deciding on the open descriptor's stat so the file
 * cannot be swapped between the check and the read. FIFOs and devices are opened non-blocking and
 * never read: a committed symlink to /dev/zero or a FIFO would otherwise never end.
 */
function readBounded(file, max = DEFAULT_MAX_FILE_BYTES) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        return { ok: false, code: e.code ?? 'error' };
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            return { ok: false, directory: true, special: true };
        if (!st.isFile())
            return { ok: false, special: true };
        if (st.size > max)
            return { ok: false, size: st.size };
        const buf = Buffer.alloc(st.size);
        let n = 0;
        while (n < st.size) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, st.size - n, n);
            if (r === 0)
                break;
            n += r;
        }
        return { ok: true, bytes: buf.subarray(0, n) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ RULES),
/* harmony export */   z: () => (/* binding */ COMPOSE_RULES)
/* harmony export */ });
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);

/** Every rule of the compose check; documented in docs/rules/compose.md. */
const COMPOSE_RULES = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)('compose', [
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
const RULES = COMPOSE_RULES.rules;


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export IMAGES_RULES */
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);
// The images check's rules: their ids, default severities and one-line descriptions (documented in
// docs/rules/images.md). The build and push of src/images report under the same ids.

const IMAGES_RULES = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)('images', [
    { id: 'images/unpinned-base-image', severity: 'error', description: 'A base image (FROM, directly or through an ARG default) has neither a tag nor a digest.' },
    { id: 'images/latest-tag', severity: 'error', description: 'A base image uses the moving "latest" tag.' },
    { id: 'images/root-user', severity: 'error', description: 'The last USER of the final stage is root (root or 0).' },
    { id: 'images/missing-user', severity: 'warning', description: 'The final stage never sets USER, so the container runs as the base image\'s user (usually root).' },
    { id: 'images/missing-healthcheck', severity: 'warning', description: 'The final stage EXPOSEs a port (it is a service) but has no HEALTHCHECK.' },
    { id: 'images/remote-add', severity: 'error', description: 'ADD fetches a remote URL, which is not verified or cached; download in a RUN step with a checksum instead.' },
    { id: 'images/secret-in-arg-or-env', severity: 'error', description: 'An ARG or ENV is named like a secret (*_TOKEN, *_PASSWORD, *_SECRET, *_KEY); its value stays in the image history.' },
    { id: 'images/dockerfile-syntax', severity: 'error', description: 'The Dockerfile cannot be built as written (no FROM, an instruction before FROM, an unknown instruction, an unclosed heredoc).' },
    { id: 'images/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this image's Dockerfile was checked." },
    { id: 'images/missing-dockerfile', severity: 'error', description: 'An image listed in .portarium-infra.yml names a Dockerfile or context that does not exist, or a Dockerfile is a special file (/proc, a device, a FIFO).' },
    { id: 'images/context-outside-workspace', severity: 'error', description: 'In the actions: an image\'s build context or Dockerfile resolves outside the workspace (../x, /, a symlink out).' },
    { id: 'images/invalid-name', severity: 'error', description: 'An image name is not a valid reference even after lower-casing.' },
    { id: 'images/duplicate-name', severity: 'error', description: 'Two images have the same name, so their tags and manifest entries would overwrite each other.' },
    { id: 'images/build-failed', severity: 'error', description: 'The image did not build; the finding points at the failing instruction.' },
    { id: 'images/push-failed', severity: 'error', description: 'The image built but could not be pushed (registry unreachable, credentials refused, ...).' },
]);
const RULES = IMAGES_RULES.rules;
const { finding } = IMAGES_RULES;


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ CHECK),
/* harmony export */   uK: () => (/* binding */ ruleSeverity),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export KUBERNETES_RULES */
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);

const CHECK = 'kustomize';
/** Every rule of the Kustomize/Kubernetes check; documented in docs/rules/kubernetes.md. */
const KUBERNETES_RULES = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)(CHECK, [
    { id: 'kubernetes/schema', severity: 'error', description: 'A rendered resource does not match its Kubernetes JSON schema (kubeconform: invalid).' },
    { id: 'kubernetes/missing-schema', severity: 'warning', description: 'No schema was found for a resource kind, so it was not validated.' },
    { id: 'kubernetes/invalid-manifest', severity: 'error', description: 'A manifest document cannot be read as a resource (YAML error, duplicate key in strict mode, missing kind or apiVersion).' },
    { id: 'kubernetes/rejected-kind', severity: 'error', description: 'A resource kind listed in reject-kinds is present.' },
    { id: 'kubernetes/schema-unavailable', severity: 'error', description: 'A schema location failed (HTTP error, unreadable file) while looking up a schema.' },
    { id: 'kubernetes/build-failed', severity: 'error', description: 'kustomize build failed for a kustomization.' },
    { id: 'kubernetes/kustomize-missing', severity: 'error', description: 'Neither kubectl nor a standalone kustomize was found, so the overlays were not built or validated.' },
    { id: 'kubernetes/kubeconform-missing', severity: 'error', description: 'The kubeconform engine was asked for and kubeconform was not found, so the overlays were built but not validated.' },
    { id: 'kubernetes/remote-base', severity: 'error', description: 'A kustomization references a remote base or component, which is refused unless allowed.' },
    { id: 'kubernetes/outside-root', severity: 'error', description: 'A kustomization references a path outside the repository.' },
    { id: 'kubernetes/image-not-pinned', severity: 'warning', description: 'A container image has no tag, or uses the tag latest, and no digest.' },
    { id: 'kubernetes/missing-resources', severity: 'warning', description: 'A container has no resources.requests or no resources.limits.' },
    { id: 'kubernetes/missing-namespace', severity: 'warning', description: 'A namespaced resource has no namespace after the build.' },
    { id: 'kubernetes/helm-missing', severity: 'error', description: 'An overlay has helmCharts and no helm at the pinned version was found, so it was not built.' },
    { id: 'kubernetes/secret-literal', severity: 'error', description: 'A container env value or a ConfigMap value is a secret written into the manifest.' },
    { id: 'kubernetes/secret-committed', severity: 'error', description: 'A Secret with data is written in a manifest of the repository.' },
    { id: 'kubernetes/service-account-token', severity: 'error', description: 'An agent / execution-plane pod mounts a ServiceAccount token.' },
    { id: 'kubernetes/ingress-not-denied', severity: 'warning', description: 'An agent / execution-plane workload is not selected by a NetworkPolicy restricting Ingress.' },
    {
        id: 'kubernetes/egress-not-denied',
        severity: 'error',
        description: 'A workload labelled portarium.io/workload: agent or execution-plane is not selected by a NetworkPolicy whose policyTypes include Egress.',
    },
    {
        id: 'kubernetes/pod-security-baseline',
        severity: 'error',
        description: 'A workload fails a baseline check of the Pod Security Standards (hostNamespaces, privileged, capabilities, hostPath volumes, host ports, AppArmor, SELinux, procMount, seccomp, sysctls, hostProcess, probe hosts) at the level its namespace or settings require, as the API server\'s PodSecurity admission judges it.',
    },
    {
        id: 'kubernetes/pod-security-restricted',
        severity: 'error',
        description: 'A workload required to meet the restricted Pod Security Standard fails one of its checks (allowPrivilegeEscalation, capabilities, runAsNonRoot, runAsUser, seccompProfile, volume types, procMount), as the API server\'s PodSecurity admission judges it.',
    },
    { id: 'kubernetes/configmap-too-large', severity: 'error', description: 'A ConfigMap holds more than 1 MiB in data and binaryData; the API server refuses it.' },
    { id: 'kubernetes/secret-too-large', severity: 'error', description: 'A Secret holds more than 1 MiB of decoded data and stringData; the API server refuses it.' },
    { id: 'kubernetes/annotations-too-large', severity: 'error', description: 'An object carries more than 256 KiB of annotations (keys and values); the API server refuses it.' },
    { id: 'kubernetes/object-too-large', severity: 'error', description: "An object is larger than etcd's 1.5 MiB request limit as JSON, or a rendered document too large to check." },
    { id: 'kubernetes/file-too-large', severity: 'error', description: 'A file a kustomization reads is larger than the check reads; the overlay is not built.' },
    { id: 'kubernetes/excessive-aliasing', severity: 'error', description: 'YAML aliases expand a document far beyond its written size (an alias bomb); the overlay is not built.' },
    { id: 'kubernetes/deadline-exceeded', severity: 'error', description: 'The check ran past its time limit; the overlays not finished are not validated.' },
]);
const RULES = KUBERNETES_RULES.rules;
/** Severity a rule runs at given user overrides; undefined when the rule is off. */
function ruleSeverity(id, overrides) {
    return KUBERNETES_RULES.severityUnder(id, overrides);
}


/***/ }),

/***/ 4571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ OTEL_RULES),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);

/** Every rule of the otel check; documented in docs/rules/otel.md. */
const OTEL_RULES = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)('otel', [
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
    { id: 'otel/unknown-datasource-uid', severity: 'error', description: 'A datasource links (jsonData datasourceUid: traces to logs, service map, Loki search, \u2026) to a uid no provisioned datasource has.' },
    { id: 'otel/datasource-api-version', severity: 'error', description: 'A Grafana datasource provisioning file does not say apiVersion: 1.' },
    { id: 'otel/missing-mount-source', severity: 'error', description: 'A compose service mounts a configuration file that does not exist.' },
]);
const RULES = OTEL_RULES.rules;


/***/ }),

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ CONFIGURABLE_RULE_IDS),
  s: () => (/* binding */ SUPPRESSIBLE_RULE_IDS)
});

// EXTERNAL MODULE: ./src/checks/compose/rules.ts
var rules = __nccwpck_require__(3921);
// EXTERNAL MODULE: ./src/checks/images/rules.ts
var images_rules = __nccwpck_require__(2907);
// EXTERNAL MODULE: ./src/checks/kubernetes/rules.ts
var kubernetes_rules = __nccwpck_require__(1025);
// EXTERNAL MODULE: ./src/checks/otel/rules.ts
var otel_rules = __nccwpck_require__(4571);
// EXTERNAL MODULE: ./src/checks/terraform/rules.ts
var terraform_rules = __nccwpck_require__(4773);
// EXTERNAL MODULE: ./src/report/rules.ts
var report_rules = __nccwpck_require__(9681);
;// CONCATENATED MODULE: ./src/checks/workflows/rules.ts

/** Every rule of the workflow contract checks; documented in docs/rules/workflows.md. */
const WORKFLOWS_RULES = (0,report_rules/* defineRules */.x0)('workflows', [
    { id: 'workflows/unknown-callee', severity: 'error', description: 'A local reusable workflow reference points at a file that does not exist or is not callable.' },
    { id: 'workflows/unknown-input', severity: 'error', description: 'A caller passes an input the callee does not declare.' },
    { id: 'workflows/missing-input', severity: 'error', description: 'A caller omits an input the callee requires.' },
    { id: 'workflows/input-type', severity: 'error', description: 'A value passed to a typed input cannot have that type.' },
    { id: 'workflows/unknown-secret', severity: 'error', description: 'A caller passes a secret the callee does not declare.' },
    { id: 'workflows/missing-secret', severity: 'error', description: 'A caller omits a secret the callee requires.' },
    { id: 'workflows/secrets-inherit-required', severity: 'error', description: 'The callee reads environment secrets it does not declare, which arrive only with `secrets: inherit`.' },
    { id: 'workflows/permission-exceeds-caller', severity: 'error', description: 'A callee job requests a GITHUB_TOKEN permission its caller does not grant; the run is rejected before it starts.' },
    { id: 'workflows/concurrency-deadlock', severity: 'error', description: 'Caller and callee use the same concurrency group, which GitHub cancels as a deadlock.' },
    { id: 'workflows/unknown-action-input', severity: 'error', description: 'A step passes an input a local action does not declare.' },
    { id: 'workflows/concurrency-collision', severity: 'error', description: 'Two calls of one reusable workflow in the same run share a concurrency group and cancel or queue behind each other.' },
    { id: 'workflows/artifact-collision', severity: 'error', description: 'Two calls of one reusable workflow in the same run upload artifacts under the same name.' },
    { id: 'workflows/packages-write-on-pull-request', severity: 'error', description: 'A job that can run on a pull request is granted `packages: write`.' },
]);
const RULES = WORKFLOWS_RULES.rules;
const { finding } = WORKFLOWS_RULES;

// EXTERNAL MODULE: ./src/report/report-rules.ts
var report_report_rules = __nccwpck_require__(7548);
;// CONCATENATED MODULE: ./src/checks/rule-ids.ts
// Every rule a `rules:` entry of .portarium-infra.yml may name, from the rule tables alone: the CLI
// checks the file before it loads the one check a command runs.







const CONFIGURABLE_RULE_IDS = [...rules/* RULES */.y, ...terraform_rules/* RULES */.y0, ...kubernetes_rules/* RULES */.y0, ...images_rules/* RULES */.y0, ...otel_rules/* RULES */.y, ...report_report_rules/* REPORT_RULES */.F.rules].map((r) => r.id);
/** Every rule id a suppression may name: the configurable ones and the workflow contracts'. */
const SUPPRESSIBLE_RULE_IDS = [...CONFIGURABLE_RULE_IDS, ...RULES.map((r) => r.id)];


/***/ }),

/***/ 4773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ CHECK),
/* harmony export */   pD: () => (/* binding */ TERRAFORM_RULES),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);

const CHECK = 'terraform-fmt';
/** Every rule of the terraform fmt check; documented in docs/rules/terraform.md. */
const TERRAFORM_RULES = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)(CHECK, [
    { id: 'terraform/not-formatted', severity: 'error', description: 'Lines that `terraform fmt` would change (one finding per changed hunk).' },
    { id: 'terraform/syntax-error', severity: 'error', description: 'The file does not parse as HCL, so terraform fmt refuses to format it.' },
    { id: 'terraform/write-failed', severity: 'error', description: 'Write mode could not replace the file with its formatted text (read-only, permissions).' },
    {
        id: 'terraform/changed-while-formatting',
        severity: 'error',
        description: 'Write mode left a file alone because its content changed between reading and writing it (another writer); run again.',
    },
    { id: 'terraform/skipped-file', severity: 'warning', description: 'A file was not checked: unreadable, not a regular file, or a symbolic link leaving the root.' },
    { id: 'terraform/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this file was checked." },
    { id: 'terraform/engine-error', severity: 'error', description: 'The formatter (builtin or terraform/tofu binary) failed on a file for a reason other than its syntax.' },
]);
const RULES = TERRAFORM_RULES.rules;


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ DEPLOY_OPTIONS),
/* harmony export */   u: () => (/* binding */ DEPLOY_USAGE)
/* harmony export */ });
const DEPLOY_USAGE = `  deploy plan|apply|rollback   deploy a Kustomize overlay (server-side apply, release history, rollback)
      --overlay PATH          kustomization directory (plan, apply; rollback: to find release and namespace)
      --environment ENV       dev, staging or prod (default: the overlay directory's name when it is one)
      --context CTX, --kubeconfig FILE   the cluster (default: current-context of KUBECONFIG or ~/.kube/config)
      --namespace NS, --release NAME     (default: the objects' namespace, the overlay directory's name)
      --images NAME=REPO@sha256:D (repeatable), --build-manifest FILE, --require-digests
      --allow-remote-resources  let kustomize fetch remote resources/bases (refused by default)
      --prune, --timeout 10m, --rollback-on-failure, --force-conflicts, --keep-history N
      --lock-timeout 5m       how long to wait while another deploy of the release holds its lock (0: do not wait)
      --lock-lease 30s        the lock's lease: how long a killed deploy blocks the release
      --plan-file FILE        plan: where to write it; apply: refuse manifests that differ from it
      --ref REF               the git ref deployed (default: the v* tag at HEAD, else the branch)
      --to-revision N         rollback: the revision to re-apply   --out-dir DIR, --diff, --verbose
`;
const DEPLOY_OPTIONS = {
    overlay: { type: 'string' },
    environment: { type: 'string' },
    context: { type: 'string' },
    kubeconfig: { type: 'string' },
    namespace: { type: 'string' },
    release: { type: 'string' },
    images: { type: 'string', multiple: true },
    'build-manifest': { type: 'string' },
    'require-digests': { type: 'boolean' },
    prune: { type: 'boolean' },
    'allow-remote-resources': { type: 'boolean' },
    timeout: { type: 'string' },
    'rollback-on-failure': { type: 'boolean' },
    'force-conflicts': { type: 'boolean' },
    'keep-history': { type: 'string' },
    'plan-file': { type: 'string' },
    ref: { type: 'string' },
    'default-branch': { type: 'string' },
    'to-revision': { type: 'string' },
    'lock-timeout': { type: 'string' },
    'lock-lease': { type: 'string' },
    'out-dir': { type: 'string' },
    diff: { type: 'boolean' },
    verbose: { type: 'boolean' },
};


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7630);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    // Read only by the commands that print progress: the stderr stream it creates is, for a pipe, Node's
    // socket layer, loaded on every start for nothing.
    get stderrIsTTY() {
        return !!process.stderr.isTTY;
    },
    cwd: process.cwd(),
    env: process.env,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
// EXTERNAL MODULE: ./src/settings/config.ts + 1 modules
var settings_config = __nccwpck_require__(9480);
// EXTERNAL MODULE: ./src/checks/rule-ids.ts + 1 modules
var rule_ids = __nccwpck_require__(8419);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __nccwpck_require__(7497);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/cli/deploy-usage.ts
var deploy_usage = __nccwpck_require__(7473);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(6193);
;// CONCATENATED MODULE: ./src/cli/print-file.ts



const CHUNK_BYTES = 1024 * 1024;
/**
 * Prints a text file (a diff the check wrote) through `out` a line-complete chunk at a time, made
 * safe for the log as logText does: the file can be larger than the tree it describes, so it is
 * never held whole. Ends with a newline.
 */
function printTextFile(file, out) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        for (let n = (0,external_node_fs_.readSync)(fd, buf, 0, CHUNK_BYTES, null); n > 0; n = (0,external_node_fs_.readSync)(fd, buf, 0, CHUNK_BYTES, null)) {
            const text = pending + decoder.write(buf.subarray(0, n));
            const end = text.lastIndexOf('\n') + 1;
            if (end > 0)
                out((0,report_escape/* logText */.kc)(text.slice(0, end)));
            pending = text.slice(end);
        }
        pending += decoder.end();
        if (pending !== '')
            out((0,report_escape/* logText */.kc)(`${pending}\n`));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __nccwpck_require__(1472);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./src/cli/settings-flags.ts
// The command-line flags that set what a section of .portarium-infra.yml sets, as one overlay: the
// flags win over the file, through overlaySettings and nowhere else.




const strings = (v) => v;
const settings_flags_text = (v) => v;
function oneOf(flag, v, values) {
    if (v === undefined)
        return undefined;
    if (!values.includes(v))
        throw new finding/* UsageError */.eb(`--${flag} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]} (got "${String(v)}")`);
    return v;
}
function flagSettings(command, values, root, cwd) {
    switch (command) {
        case 'compose':
            return {
                compose: {
                    files: strings(values['file'])?.map((f) => resolveInside(root, cwd, f, '--file')),
                    envFiles: strings(values['env-file'])?.map((f) => external_node_path_default().resolve(cwd, f)),
                    profiles: strings(values['profile']),
                },
            };
        case 'terraform-fmt': {
            if (values['write'] && values['diff'])
                throw new finding/* UsageError */.eb('--write and --diff are exclusive');
            return {
                terraform: {
                    mode: values['write'] ? 'write' : values['diff'] ? 'diff' : undefined,
                    engine: oneOf('engine', values['engine'], ['builtin', 'terraform', 'tofu']),
                    exclude: strings(values['exclude']),
                },
            };
        }
        case 'kustomize': {
            const timeout = settings_flags_text(values['timeout']);
            if (timeout !== undefined && !(Number(timeout) > 0))
                throw new finding/* UsageError */.eb(`--timeout must be a positive number of seconds (got "${timeout}")`);
            return {
                kubernetes: {
                    manifests: strings(values['manifests']),
                    kubernetesVersions: strings(values['kubernetes-version']),
                    engine: oneOf('engine', values['engine'], ['builtin', 'kubeconform']),
                    schemaLocations: strings(values['schema-location']),
                    skipKinds: strings(values['skip']),
                    rejectKinds: strings(values['reject']),
                    ignoreMissingSchemas: values['ignore-missing-schemas'] ? true : undefined,
                    strict: values['non-strict'] ? false : undefined,
                    allowRemoteBases: values['allow-remote-bases'] ? true : undefined,
                    baseRef: settings_flags_text(values['base-ref']),
                    renderedDir: values['rendered-dir'] ? external_node_path_default().resolve(cwd, settings_flags_text(values['rendered-dir'])) : undefined,
                    timeoutMs: timeout === undefined ? undefined : Math.round(Number(timeout) * 1000),
                },
            };
        }
        case 'images':
            return { images: { registry: settings_flags_text(values['push']) || undefined } };
        default:
            return {};
    }
}
/** A file given on the command line must live inside the scanned root: findings are relative to it. */
function resolveInside(root, cwd, file, flag) {
    const abs = external_node_path_default().resolve(cwd, file);
    let real = abs;
    try {
        real = (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        // A missing file is reported by the check with its name; only the location is judged here.
    }
    if (!(0,path_guard/* isInside */.FK)(root, real))
        throw new finding/* UsageError */.eb(`${flag} ${file}: refused, the file is outside ${root}`);
    return real;
}

;// CONCATENATED MODULE: ./src/cli/main.ts












// Each command loads only its own check: start-up time is most of a CLI run on a small repository.
const LOAD_CHECK = {
    compose: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(808), __nccwpck_require__.e(951)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8808))).composeCheck,
    'terraform-fmt': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(558), __nccwpck_require__.e(606)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5558))).terraformCheck,
    kustomize: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(770), __nccwpck_require__.e(570), __nccwpck_require__.e(913), __nccwpck_require__.e(908)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1913))).kustomizeCheck,
    otel: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(808), __nccwpck_require__.e(857), __nccwpck_require__.e(289)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3857))).otelCheck,
};
/** Each command's line in the overview and its own flags, for `portarium-infra <command> --help`. */
const COMMAND_HELP = {
    check: {
        args: '[PATH]',
        what: 'run every check on PATH (default: .), as ci-infra does',
        flags: `      --changed-since REF     only what the changes since REF touch (committed, staged, untracked)
`,
    },
    compose: {
        args: '[PATH]',
        what: 'validate Docker Compose projects',
        flags: `      -f, --file FILE         compose file, in merge order (repeatable; default: discover in PATH)
      --env-file FILE         env file replacing PATH/.env (repeatable)
      --profile NAME          activate a profile (repeatable)
`,
    },
    'terraform-fmt': {
        args: '[PATH]',
        what: 'check formatting exactly as "terraform fmt -recursive" does (no binary needed)',
        flags: `      --write                 rewrite the files (owner, mode, hard links kept)   --diff   print the unified diff
      --engine builtin|terraform|tofu   --exclude GLOB (repeatable)
`,
    },
    kustomize: {
        args: '[PATH]',
        what: 'build every kustomization and validate the manifests against Kubernetes schemas',
        flags: `      --manifests DIR|FILE    plain manifests to validate without a build (repeatable; default: every
                              folder of Kubernetes objects, where the repository has no kustomization)
      --kubernetes-version V  (repeatable; default 1.37.0)   --engine builtin|kubeconform
      --schema-location TPL   (repeatable, kubeconform templates)   --skip KIND, --reject KIND (repeatable)
      --ignore-missing-schemas, --non-strict, --allow-remote-bases
      --base-ref REF          also render REF and show the manifest diff   --rendered-dir DIR
      --timeout SECONDS       time limit of the whole check (default 600)
`,
    },
    otel: {
        args: '[PATH]',
        what: 'check OpenTelemetry Collector configurations and the redaction policy',
        flags: `      (configured by the otel: section of .portarium-infra.yml: configs, redaction)
`,
    },
    baseline: {
        args: '[PATH]',
        what: `accept every current finding in PATH/${report/* BASELINE_FILE */.tu}; later runs report only new ones`,
        flags: `      --baseline FILE         write this file instead
`,
    },
    images: {
        args: '[PATH]',
        what: 'plan the images and lint their Dockerfiles',
        flags: `      --build                 also build them (buildah by default)
      --push REGISTRY         build and push to REGISTRY (e.g. ghcr.io/org)
      --builder buildah|docker, --image NAME (repeatable), --release X.Y.Z (semver tags),
      --manifest FILE (write the build manifest), --insecure-registry HOST (repeatable)
`,
    },
};
const BASELINE_USAGE = `      --baseline FILE         accept the findings of this baseline (default: PATH/${report/* BASELINE_FILE */.tu} when present)
      --no-baseline           report every finding, whatever the baseline accepts
`;
const COMMON_USAGE = `Options for every command:
  --format text|json|sarif|github   output format (default: text)
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --config FILE                     configuration (default: PATH/.portarium-infra.yml)
  --sarif-file FILE                 also write SARIF 2.1.0 to FILE
  --json-file FILE                  also write the JSON report to FILE
  --no-color                        no colour even on a terminal
  -h, --help, --version

Exit status: 0 no error findings, 1 findings at or above --fail-on, 2 usage, configuration or internal error.
When no check finds anything to look at in PATH (no compose file, .tf file, kustomization or Dockerfile),
the output says "nothing to check in PATH" and the exit status is 0.
`;
const USAGE = `Usage: portarium-infra <command> [options] [PATH]

Commands:
${Object.entries(COMMAND_HELP)
    .map(([name, c]) => `  ${`${name} ${c.args}`.padEnd(24)}${c.what}\n${c.flags}`)
    .join('')}${deploy_usage/* DEPLOY_USAGE */.u}
${COMMON_USAGE}
Options of check, compose, terraform-fmt, kustomize, otel and images (see docs/suppressions.md):
${BASELINE_USAGE}
Run "portarium-infra <command> --help" for one command's usage.
`;
/** `portarium-infra <command> --help`: that command's usage, its flags and the common ones. */
function commandUsage(command, mode) {
    if (command === 'deploy') {
        const m = mode === 'plan' || mode === 'apply' || mode === 'rollback' ? mode : 'plan|apply|rollback';
        return `Usage: portarium-infra deploy ${m} [options]\n\n${deploy_usage/* DEPLOY_USAGE */.u}\n${COMMON_USAGE}`;
    }
    const c = COMMAND_HELP[command];
    const flags = command === 'baseline' ? c.flags : c.flags + BASELINE_USAGE;
    return `Usage: portarium-infra ${command} [options] ${c.args}\n\n${c.what}\n\nOptions:\n${flags}\n${COMMON_USAGE}`;
}
/** parseArgs' own messages name neither the command nor where to look: ours do. */
function flagError(e, command, rest) {
    const mode = command === 'deploy' && rest[0] && !rest[0].startsWith('-') ? ` ${rest[0]}` : '';
    const see = `see portarium-infra ${command}${mode} --help`;
    const err = e;
    const msg = err.message ?? String(e);
    const quoted = /'(-[^' ]+)/.exec(msg)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return new report/* UsageError */.eb(`unknown flag ${quoted ?? msg} for ${command}${mode}; ${see}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const what = /does not take an argument/.test(msg) ? 'takes no value' : 'needs a value';
        return new report/* UsageError */.eb(`flag ${quoted ?? ''} of ${command}${mode} ${what}; ${see}`.replace('  ', ' '));
    }
    return new report/* UsageError */.eb(`${msg.split('\n')[0]}; ${see}`);
}
const COMMON = {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'sarif-file': { type: 'string' },
    'json-file': { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
const BASELINE_FLAGS = { baseline: { type: 'string' }, 'no-baseline': { type: 'boolean' } };
const COMMAND_OPTIONS = {
    check: { 'changed-since': { type: 'string' }, ...BASELINE_FLAGS },
    baseline: { baseline: { type: 'string' } },
    compose: {
        ...BASELINE_FLAGS,
        file: { type: 'string', short: 'f', multiple: true },
        'env-file': { type: 'string', multiple: true },
        profile: { type: 'string', multiple: true },
    },
    'terraform-fmt': {
        ...BASELINE_FLAGS,
        write: { type: 'boolean' },
        diff: { type: 'boolean' },
        engine: { type: 'string' },
        exclude: { type: 'string', multiple: true },
    },
    kustomize: {
        ...BASELINE_FLAGS,
        manifests: { type: 'string', multiple: true },
        'kubernetes-version': { type: 'string', multiple: true },
        engine: { type: 'string' },
        'schema-location': { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        reject: { type: 'string', multiple: true },
        'ignore-missing-schemas': { type: 'boolean' },
        'non-strict': { type: 'boolean' },
        'allow-remote-bases': { type: 'boolean' },
        'base-ref': { type: 'string' },
        'rendered-dir': { type: 'string' },
        timeout: { type: 'string' },
    },
    images: {
        ...BASELINE_FLAGS,
        build: { type: 'boolean' },
        push: { type: 'string' },
        builder: { type: 'string' },
        image: { type: 'string', multiple: true },
        release: { type: 'string' },
        manifest: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
    },
    otel: { ...BASELINE_FLAGS },
    deploy: deploy_usage/* DEPLOY_OPTIONS */.N,
};
/** Runs the CLI and returns its exit status; never throws. */
async function main(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (e) {
        if (e instanceof report/* UsageError */.eb) {
            io.stderr(`portarium-infra: ${(0,report_escape/* logText */.kc)(e.message)}\n`);
            return 2;
        }
        // An internal error still gets one line; the stack only when asked for.
        io.stderr(`portarium-infra: internal error: ${(0,report_escape/* logText */.kc)(e?.message ?? String(e))}\n`);
        if (io.env['PORTARIUM_DEBUG'])
            io.stderr(`${(0,report_escape/* logText */.kc)(e?.stack ?? '')}\n`);
        return 2;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
        io.stdout(USAGE);
        return command ? 0 : 2;
    }
    if (command === '--version') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const extra = COMMAND_OPTIONS[command];
    if (!extra)
        throw new report/* UsageError */.eb(`unknown command "${command}"\n\n${USAGE}`);
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: rest, options: { ...COMMON, ...extra }, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw flagError(e, command, rest);
    }
    const { values, positionals } = parsed;
    if (values['help']) {
        io.stdout(commandUsage(command, positionals[0]));
        return 0;
    }
    if (values['version']) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    if (command === 'deploy')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(570), __nccwpck_require__.e(529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7529))).runDeployCommand(values, positionals, io);
    if (positionals.length > 1)
        throw new report/* UsageError */.eb(`expected at most one PATH, got ${positionals.length}`);
    const root = resolveRoot(external_node_path_default().resolve(io.cwd, positionals[0] ?? '.'));
    const loaded = await (0,settings_config/* loadConfig */.Z9)(root, values['config'], undefined, rule_ids/* CONFIGURABLE_RULE_IDS */.k);
    for (const w of loaded.warnings)
        io.stderr(`portarium-infra: warning: ${(0,report_escape/* logText */.kc)(w)}\n`);
    const config = (0,settings_config/* overlaySettings */.uj)(loaded, flagSettings(command, values, root, io.cwd));
    const failOn = (0,report/* parseFailOn */.XV)(values['fail-on'], config.failOn ?? 'error');
    const format = (0,output/* parseFormat */.X)(values['format']);
    const baselineFlag = values['baseline'];
    if (command !== 'baseline' && baselineFlag !== undefined && values['no-baseline'])
        throw new report/* UsageError */.eb('--baseline and --no-baseline contradict each other; give one');
    const baselineChoice = command === 'baseline' || values['no-baseline'] ? { kind: 'none' } : baselineFlag !== undefined ? { kind: 'file', file: external_node_path_default().resolve(io.cwd, baselineFlag) } : { kind: 'default' };
    const { activeErrorCounter, baselineFile, suppressFindings } = await __nccwpck_require__.e(/* import() */ 395).then(__nccwpck_require__.bind(__nccwpck_require__, 395));
    // Fingerprints are shown in SARIF only, and matched against a baseline; only `--format github`
    // writes a job summary (GITHUB_STEP_SUMMARY). Checks skip what neither needs.
    const sarif = format === 'sarif' || values['sarif-file'] !== undefined;
    const fingerprints = sarif || command === 'baseline' || baselineFile(root, config, baselineChoice) !== undefined;
    const ctx = { root, config, env: io.env, jobSummary: format === 'github', fingerprints };
    let results;
    if (command === 'check' || command === 'baseline') {
        const { runCheckCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(770), __nccwpck_require__.e(808), __nccwpck_require__.e(570), __nccwpck_require__.e(913), __nccwpck_require__.e(558), __nccwpck_require__.e(857), __nccwpck_require__.e(510), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2835));
        const color = !!io.stderrIsTTY && !values['no-color'] && !io.env['NO_COLOR'];
        const progress = io.stderrIsTTY ? io.stderr : undefined;
        // The progress lines count what the report will: after the rule settings, suppressions and baseline.
        const activeErrors = progress && activeErrorCounter(root, config, baselineChoice);
        results = await runCheckCommand(ctx, { changedSince: values['changed-since'], progress, notice: io.stderr, color, ...(activeErrors && { activeErrors }) });
    }
    else if (command === 'images') {
        const { runImages } = await Promise.all(/* import() */[__nccwpck_require__.e(510), __nccwpck_require__.e(602)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2418));
        results = [
            await runImages(ctx, {
                build: !!values['build'],
                push: values['push'],
                builder: values['builder'],
                image: values['image'],
                version: values['release'],
                manifest: values['manifest'],
                insecureRegistry: values['insecure-registry'],
            }, format === 'text' ? io.stderr : () => { }),
        ];
    }
    else {
        results = [await runOne(command, ctx)];
    }
    results = results.map((r) => ({ ...r, findings: (0,report/* applyRuleSettings */.mk)(r.findings, config.rules) }));
    if (command === 'baseline') {
        const { writeBaselineCommand } = await __nccwpck_require__.e(/* import() */ 583).then(__nccwpck_require__.bind(__nccwpck_require__, 1583));
        return writeBaselineCommand(suppressFindings(results, root, config, baselineChoice), { root, config, cwd: io.cwd, file: baselineFlag, out: io.stdout });
    }
    results = suppressFindings(results, root, config, baselineChoice, { fingerprints: sarif });
    // terraform fmt -diff prints the diff itself; so does `terraform-fmt --diff` in text mode.
    if (command === 'terraform-fmt' && values['diff'] && format === 'text') {
        // Diff mode always writes the diff file. The diff quotes the files: a context line is a space
        // and then whatever the file says, so it is printed as log-safe text.
        const r = results[0];
        if (r?.diffBytes && r.artifacts?.['diff'])
            printTextFile(r.artifacts['diff'], io.stdout);
    }
    const rel = external_node_path_default().relative(io.cwd, root);
    await (0,output/* writeResults */.K)(results, {
        format,
        failOn,
        color: io.isTTY && !values['no-color'] && !io.env['NO_COLOR'],
        pathPrefix: rel && !rel.startsWith('..') ? rel.split((external_node_path_default()).sep).join('/') + '/' : '',
        sarifFile: values['sarif-file'],
        jsonFile: values['json-file'],
    }, io.stdout);
    // Nothing found is not the same as nothing wrong: say so (exit 0, as no check failed).
    const described = results.map((r) => ({ r, d: (0,report/* describeResult */.dy)(r) }));
    if (results.length && described.every(({ r, d }) => d.empty && r.findings.length === 0)) {
        const where = rel === '' ? '.' : rel.startsWith('..') ? root : rel;
        const names = results.map((r) => r.check);
        const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
        const line = `nothing to check in ${(0,report_escape/* logLine */.BP)(where)}: ${who} found nothing to look at\n`;
        (format === 'text' ? io.stdout : io.stderr)(line);
    }
    return (0,report/* shouldFail */.W9)(results.flatMap((r) => r.findings), failOn) ? 1 : 0;
}
async function runOne(name, ctx) {
    const load = LOAD_CHECK[name];
    if (!load)
        throw new report/* UsageError */.eb(`unknown check "${name}"`);
    return (await load()).run(ctx);
}
function resolveRoot(p) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(p);
    }
    catch {
        throw new report/* UsageError */.eb(`${p}: no such directory`);
    }
    if (!st.isDirectory())
        throw new report/* UsageError */.eb(`${p}: PATH must be a directory`);
    return (0,external_node_fs_.realpathSync)(p);
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeResults),
/* harmony export */   X: () => (/* binding */ parseFormat)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7497);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4031);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(311);
// node:fs/promises would load Node's streams and readline on every start: these few writes are synchronous.




function parseFormat(v) {
    const f = v ?? 'text';
    if (f === 'text' || f === 'json' || f === 'sarif' || f === 'github')
        return f;
    throw new _report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--format must be text, json, sarif or github (got "${f}")`);
}
/** Renders results in the chosen format on stdout, and the side files the user asked for. */
async function writeResults(results, opts, out) {
    const withPrefix = (rs) => opts.pathPrefix
        ? rs.map((r) => ({
            ...r,
            findings: r.findings.map((f) => ({ ...f, file: opts.pathPrefix + f.file })),
            ...(r.suppressed && { suppressed: r.suppressed.map((f) => ({ ...f, file: opts.pathPrefix + f.file })) }),
        }))
        : rs;
    switch (opts.format) {
        case 'text':
            // Written as it is rendered: the whole text of a large unformatted tree runs to hundreds of MB.
            for (const chunk of (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTextChunks */ .Oe)(results, { color: opts.color, failOn: opts.failOn, pathPrefix: opts.pathPrefix }))
                out(chunk);
            break;
        case 'json':
            // JSON keeps paths relative to the scanned root, the documented contract.
            out((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonForLog */ .wn)(JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJson */ .hF)(results, opts.failOn), null, 2)) + '\n');
            break;
        case 'sarif':
            out((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonForLog */ .wn)(JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSarif */ .WH)(withPrefix(results), { toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x, rules: await allRules() }), null, 2)) + '\n');
            break;
        case 'github': {
            for (const line of (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAnnotations */ .Hp)(results.flatMap((r) => r.findings), { pathPrefix: opts.pathPrefix }))
                out(line + '\n');
            const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
            if (summaryFile)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(summaryFile, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .Br)(withPrefix(results), { title: 'portarium-infra', failOn: opts.failOn }));
            break;
        }
    }
    if (opts.sarifFile) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(opts.sarifFile, JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSarif */ .WH)(withPrefix(results), { toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x, rules: await allRules() }), null, 2) + '\n');
    }
    if (opts.jsonFile)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(opts.jsonFile, JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJson */ .hF)(results, opts.failOn), null, 2) + '\n');
}
/** Every check's rules, for SARIF's rule table: loaded only then, so a command loads only its own check. */
async function allRules() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(770), __nccwpck_require__.e(808), __nccwpck_require__.e(570), __nccwpck_require__.e(913), __nccwpck_require__.e(558), __nccwpck_require__.e(857), __nccwpck_require__.e(510), __nccwpck_require__.e(147)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2147))).ALL_RULES;
}


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JV: () => (/* binding */ pathGuard),
/* harmony export */   Ye: () => (/* binding */ realPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a check may read. Checked content comes from pull requests: a relative path (`../../etc`), an
 * absolute one or a committed symlink can point anywhere, so the verdict is taken on the resolved
 * real path. Special files are refused for everyone (CLI included): `/proc/self/environ` is the
 * process environment, and opening a FIFO blocks forever.
 */


/** `p` is `root` or below it (lexically; pass real paths for a verdict that holds against symlinks). */
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `p`; for a path that does not exist (yet), the real path of its nearest existing
 * ancestor with the rest appended, so a missing file under a symlinked directory is judged by where
 * that directory really is.
 */
function realPath(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs);
        if (parent === abs)
            return abs;
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realPath(parent), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(abs));
    }
}
/** Pseudo file systems whose "files" are live process or kernel state, never project content. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
/**
 * A guard for reads below `workspace` (the actions: the repository checkout); without a workspace
 * (the CLI on the user's own machine) only special files are refused.
 */
function pathGuard(workspace) {
    const root = workspace === undefined ? undefined : realPath(workspace);
    return (p) => {
        const real = realPath(p);
        if (root !== undefined && !isInside(root, real)) {
            return { kind: 'outside', real, reason: real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p) ? 'is outside the workspace' : `resolves to ${real}, outside the workspace` };
        }
        const special = specialReason(real);
        return special ? { kind: 'special', real, reason: special } : undefined;
    };
}
/** Why `real` is not a plain file or directory, from its path and `stat` (which never opens it). */
function specialReason(real) {
    const under = SPECIAL_ROOTS.find((r) => isInside(r, real));
    if (under)
        return `is under ${under}, which holds process and system state, not project files`;
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch {
        return undefined; // missing: the caller reports it as such
    }
    if (st.isFIFO())
        return 'is a FIFO (named pipe), not a regular file';
    if (st.isSocket())
        return 'is a socket, not a regular file';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'is a device, not a regular file';
    return undefined;
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   qL: () => (/* binding */ renderBaseline),
/* harmony export */   tu: () => (/* binding */ BASELINE_FILE)
/* harmony export */ });
/* unused harmony export MAX_BASELINE_BYTES */
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2091);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9023);


/** The baseline's file name, at the root of the checked path. */
const BASELINE_FILE = '.portarium-infra-baseline.json';
/** A baseline beyond this is not one we wrote for any real repository: refused, never parsed. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
/** The file's text: deterministic (sorted, one entry per fingerprint) and pretty, so it diffs well. */
function renderBaseline(entries) {
    const unique = new Map(entries.map((e) => [e.fingerprint, { rule: e.rule, file: e.file, fingerprint: e.fingerprint }]));
    const sorted = [...unique.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
    return JSON.stringify({ version: 1, findings: sorted }, null, 2) + '\n';
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The fingerprints of a baseline file. Anything wrong with it \u2014 missing when named, not a regular
 * file, too large, not JSON, not our shape \u2014 is a usage error naming the file: a baseline that
 * silently matched nothing would report every accepted finding again, or worse, none.
 */
function readBaseline(file, shown = file) {
    const bad = (why) => new _finding_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`baseline ${shown}: ${why}`);
    const read = (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .j)(file, MAX_BASELINE_BYTES);
    if (!read.ok) {
        if (read.code)
            throw bad(read.code === 'ENOENT' ? 'no such file' : `cannot be opened (${read.code})`);
        if (read.directory)
            throw bad('is a directory, not a file');
        if (read.special)
            throw bad('is not a regular file');
        throw bad(`is ${read.size} bytes, more than the ${MAX_BASELINE_BYTES} a baseline may have`);
    }
    const text = read.bytes.toString('utf8');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // Not quoted: the parser's message shows the text, and the file may not be what it claims.
        throw bad('is not valid JSON');
    }
    const obj = data;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw bad('must be an object with "version" and "findings"');
    if (obj.version !== 1)
        throw bad(`has version ${JSON.stringify(obj.version)}; this portarium-infra reads version 1 (rewrite it with "portarium-infra baseline")`);
    if (!Array.isArray(obj.findings))
        throw bad('"findings" must be a list');
    const out = new Set();
    obj.findings.forEach((f, i) => {
        const fp = f?.fingerprint;
        if (typeof fp !== 'string' || !/^[0-9a-f]{64}$/.test(fp))
            throw bad(`findings[${i}].fingerprint must be a sha256 in hex`);
        out.add(fp);
    });
    return out;
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ describeTerraform),
/* harmony export */   dy: () => (/* binding */ describeResult),
/* harmony export */   s_: () => (/* binding */ findingCounts)
/* harmony export */ });
/* unused harmony export count */
/** "1 file", "2 files"; `plural` for the irregular ones. */
function count(n, singular, plural = `${singular}s`) {
    return `${n} ${n === 1 ? singular : plural}`;
}
/** "2 errors, 1 warning": the findings by severity, only those there are; '' when none. */
function findingCounts(findings) {
    const c = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        c[f.severity]++;
    return [count(c.error, 'error'), count(c.warning, 'warning'), count(c.notice, 'notice')].filter((s) => !s.startsWith('0 ')).join(', ');
}
const n = (s, k) => s[k] ?? 0;
const DESCRIBERS = {
    compose: (s) => {
        if (n(s, 'projects') === 0)
            return { text: 'no compose files found', empty: true };
        const files = n(s, 'files') > n(s, 'projects') ? ` from ${count(n(s, 'files'), 'file')}` : '';
        return { text: `${count(n(s, 'projects'), 'project')}${files}, ${count(n(s, 'services'), 'service')}`, empty: false };
    },
    'terraform-fmt': (s) => ({ text: describeTerraform(s), empty: n(s, 'files') === 0 && n(s, 'skipped') === 0 }),
    kustomize: (s) => {
        if (n(s, 'kustomizations') === 0)
            return { text: 'no kustomizations found', empty: true };
        if (n(s, 'overlays') === 0)
            return { text: `${count(n(s, 'kustomizations'), 'kustomization')}, none of them an overlay to build`, empty: false };
        const parts = [count(n(s, 'overlays'), 'overlay'), `${count(n(s, 'resources'), 'resource')} validated`];
        const problems = [
            n(s, 'invalid') ? `${n(s, 'invalid')} invalid` : '',
            n(s, 'errors') ? `${n(s, 'errors')} could not be validated` : '',
            n(s, 'skipped') ? `${n(s, 'skipped')} skipped` : '',
        ].filter(Boolean);
        if (problems.length)
            parts.push(...problems);
        else if (n(s, 'resources') > 0)
            parts[1] += ', all valid';
        if (s['changedOverlays'] !== undefined)
            parts.push(`${count(n(s, 'changedOverlays'), 'overlay')} changed since the base ref`);
        return { text: parts.join(', '), empty: false };
    },
    images: (s) => {
        if (n(s, 'images') === 0)
            return { text: 'no images or Dockerfiles found', empty: true };
        return { text: `${count(n(s, 'images'), 'image')}, ${count(n(s, 'dockerfiles'), 'Dockerfile')} linted`, empty: false };
    },
    otel: (s) => {
        if (n(s, 'files') === 0)
            return { text: 'no OpenTelemetry Collector configurations found', empty: true };
        return { text: `${count(n(s, 'files'), 'collector configuration')} checked`, empty: false };
    },
    deploy: (s) => {
        if (s['resources'] === undefined)
            return { text: 'nothing deployed', empty: false };
        const plan = s['create'] !== undefined;
        const changes = plan
            ? `${n(s, 'create')} to create, ${n(s, 'change')} to change, ${n(s, 'prune')} to prune, ${n(s, 'unchanged')} unchanged`
            : s['created'] !== undefined
                ? `${n(s, 'created')} created, ${n(s, 'changed')} changed, ${n(s, 'pruned')} pruned, ${n(s, 'unchanged')} unchanged`
                : '';
        return { text: `${count(n(s, 'resources'), 'resource')}${changes ? ` (${changes})` : ''}`, empty: false };
    },
};
/** terraform fmt's coverage: "7 files checked, all formatted", "7 files checked, 2 need formatting, 1 syntax error". */
function describeTerraform(s) {
    const files = n(s, 'files');
    if (files === 0 && n(s, 'skipped') === 0)
        return 'no Terraform files found';
    // In write mode the changed files were rewritten (or failed to be): only the rest still need it.
    const unformatted = n(s, 'changed') - n(s, 'written') - n(s, 'writeFailed');
    const problems = [
        n(s, 'written') ? `${n(s, 'written')} reformatted` : '',
        unformatted > 0 ? `${unformatted} ${unformatted === 1 ? 'needs' : 'need'} formatting` : '',
        n(s, 'writeFailed') ? `${n(s, 'writeFailed')} could not be written` : '',
        n(s, 'syntaxErrors') ? count(n(s, 'syntaxErrors'), 'syntax error') : '',
        n(s, 'engineErrors') ? `${n(s, 'engineErrors')} could not be formatted` : '',
        n(s, 'skipped') ? `${n(s, 'skipped')} skipped` : '',
    ].filter(Boolean);
    return `${count(files, 'file')} checked, ${problems.length ? problems.join(', ') : 'all formatted'}`;
}
/** The words for one check's result; a check without its own words lists its stats. */
function describeResult(r) {
    const d = DESCRIBERS[r.check];
    if (d)
        return d(r.stats, r.findings);
    const text = Object.entries(r.stats)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
    return { text, empty: false };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   F: () => (/* binding */ mdFence),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   jt: () => (/* binding */ commandText),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   wn: () => (/* binding */ jsonForLog),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/**
 * Escaping for text that came from checked files (or from tools run on them) on its way to a
 * terminal, the step log, an annotation or markdown. A pull request controls that text, so it must
 * not move the cursor, recolour or reorder what is shown (ESC, C1, bidi overrides), start a
 * workflow command, or leave the table cell or code block it is shown in.
 */
// C0 except tab and newline (newline is handled per output), DEL, C1, the bidi embedding, override
// and isolate controls and marks (the "Trojan Source" set), and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_NEWLINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
function visible(c) {
    if (c === '\n')
        return '\\n';
    if (c === '\r')
        return '\\r';
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}
/** Control and bidi characters written out visibly (`\x1b`, `\r`, `\u202e`); tab and, if kept, newline stay. */
function escapeControls(s, opts = {}) {
    return s.replace(opts.keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, visible);
}
// The runner takes a line as a command when, after .NET's TrimStart (Unicode white space), it starts
// with `::`; and, for the older syntax, when `##[` appears anywhere in it (actions/runner ActionCommand).
const LEADING_COMMAND = /^([\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*):(?=:)/;
const LEGACY_COMMAND = /#(?=#\[)/g;
function defuseCommands(line) {
    return line.replace(LEADING_COMMAND, '$1\\x3a').replace(LEGACY_COMMAND, '\\x23');
}
// Whether logLine / logText would change anything: most text is plain, and a large tree's report
// has hundreds of thousands of messages, so the common case is one scan and no copy.
// eslint-disable-next-line no-control-regex -- as above
const LINE_NEEDS_WORK = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[|^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*::/;
// eslint-disable-next-line no-control-regex -- as above
const TEXT_NEEDS_WORK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[|^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*::/m;
/** One line of the step log or terminal: controls visible, newlines included, no workflow command. */
function logLine(s) {
    return LINE_NEEDS_WORK.test(s) ? defuseCommands(escapeControls(s)) : s;
}
/** Several lines: each made safe as `logLine`, the line breaks kept. */
function logText(s) {
    return TEXT_NEEDS_WORK.test(s) ? s.split('\n').map(logLine).join('\n') : s;
}
/**
 * The data of a workflow command we issue ourselves (an annotation message): the runner's own
 * escaping (`%`, CR, LF) keeps it inside the command; this keeps controls visible and the
 * legacy `##[` syntax inert. Newlines stay: an annotation may span lines.
 */
function commandText(s) {
    return escapeControls(s, { keepNewlines: true }).replace(LEGACY_COMMAND, '\\x23');
}
/** Serialised JSON printed on the log: `##[` can only occur inside strings, where `\u0023` means the same. */
function jsonForLog(json) {
    return json.replace(LEGACY_COMMAND, '\\u0023');
}
// Markdown. GitHub renders the job summary and pull request comments as GFM with some HTML.
const MD_PUNCTUATION = /[\\`*_[\]!~]/g;
/**
 * Plain text inside a table cell or paragraph: no HTML (`<img>`, `<details>`), no links or images,
 * no code spans or emphasis opened by the content, no cell break (`|`), no row break (newline
 * becomes `<br>`), no @-mention (a comment would notify whoever it names).
 */
function mdText(s) {
    return escapeControls(s, { keepNewlines: true })
        .replace(MD_PUNCTUATION, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/\r?\n/g, '<br>');
}
function longestRun(s, ch) {
    let best = 0;
    let cur = 0;
    for (const c of s) {
        cur = c === ch ? cur + 1 : 0;
        if (cur > best)
            best = cur;
    }
    return best;
}
/**
 * An inline code span that the content cannot close: the fence is longer than any backtick run
 * inside. On one line (newlines shown as `\n`); `|` escaped, which GFM undoes inside table cells.
 */
function mdCode(s, opts = { table: true }) {
    let body = escapeControls(s);
    if (opts.table !== false)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '';
    const fence = '`'.repeat(longestRun(body, '`') + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A fenced code block the content cannot end early: the fence is longer than any backtick run inside. */
function mdFence(content, info = '') {
    const body = escapeControls(content.replace(/\n$/, ''), { keepNewlines: true });
    const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}


/***/ }),

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   W9: () => (/* binding */ shouldFail),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   dO: () => (/* binding */ checkStatus),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** The single fail-on policy shared by the CLI, every action and the workflows. */
function shouldFail(findings, failOn) {
    if (failOn === 'never')
        return false;
    const limit = SEVERITY_RANK[failOn];
    return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}
function checkStatus(result, failOn) {
    return shouldFail(result.findings, failOn) ? 'failed' : 'passed';
}
function parseFailOn(value, fallback = 'error') {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new UsageError(`fail-on must be one of error, warning, never (got "${value}")`);
}
/** Order findings for display: file, line, column, then severity. */
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.rule.localeCompare(b.rule));
}
/** A mistake in how the tool was called or configured: exit 2, message without a stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 1938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ normaliseLine),
/* harmony export */   W: () => (/* binding */ fingerprints)
/* harmony export */ });
/** The text of a line as a fingerprint sees it: white space collapsed, so re-indenting keeps it. */
function normaliseLine(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}
/**
 * A fingerprint per finding (same order): sha256 of rule, file, the normalised text of its line and
 * its occurrence among findings with that same rule, file and text \u2014 not the line number, so lines
 * added or removed above a finding keep it, as SARIF partialFingerprints do.
 */
function fingerprints(findings, lineText) {
    if (findings.length === 0)
        return [];
    // Indexes in a typed array: an object per finding would cost more than the fingerprints.
    const order = Uint32Array.from(findings.keys()).sort((i, j) => {
        const a = findings[i];
        const b = findings[j];
        return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || i - j;
    });
    // Occurrences counted per file, and a file's count dropped once the order has passed it: a tree
    // with hundreds of thousands of findings would otherwise hold a key for each until the end.
    const seenIn = new Map();
    let current;
    // node:crypto is loaded when a finding needs it: loading it costs every CLI start several ms.
    const { hash } = process.getBuiltinModule('node:crypto');
    const out = new Array(findings.length);
    for (const i of order) {
        const f = findings[i];
        if (current !== undefined && current !== f.file && current.localeCompare(f.file) < 0)
            seenIn.delete(current);
        current = f.file;
        let seen = seenIn.get(f.file);
        if (!seen)
            seenIn.set(f.file, (seen = new Map()));
        const key = `${f.rule}\0${f.file}\0${normaliseLine(lineText(f.file, f.line))}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        // One-shot: a Hash object per finding is native memory only a garbage collection gives back.
        out[i] = hash('sha256', `${key}\0${n}`, 'hex');
    }
    return out;
}


/***/ }),

/***/ 7497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tu: () => (/* reexport */ baseline/* BASELINE_FILE */.tu),
  eb: () => (/* reexport */ finding/* UsageError */.eb),
  mk: () => (/* reexport */ rules/* applyRuleSettings */.mk),
  dy: () => (/* reexport */ describe/* describeResult */.dy),
  XV: () => (/* reexport */ finding/* parseFailOn */.XV),
  Hp: () => (/* reexport */ renderAnnotations),
  hF: () => (/* reexport */ renderJson),
  WH: () => (/* reexport */ renderSarif),
  Br: () => (/* reexport */ renderSummary),
  Oe: () => (/* reexport */ renderTextChunks),
  W9: () => (/* reexport */ finding/* shouldFail */.W9)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_SEVERITY, IGNORE_ANNOTATION, IGNORE_MARKER, MAX_BASELINE_BYTES, REDACTED, REPORT_RULES, SEVERITY_RANK, SUMMARY_LIMIT_BYTES, annotationCommand, applySuppressions, byteLength, checkStatus, compareFindings, count, defineRules, describeTerraform, docsAnchor, docsPage, docsUrl, escapeCell, findingCounts, locationIn, parseSuppressionSpec, readBaseline, redactDeep, redactResult, redactResults, redactor, renderBaseline, renderText, selectAnnotations, truncateToBytes

// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __nccwpck_require__(9023);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __nccwpck_require__(9681);
;// CONCATENATED MODULE: ./src/report/budget.ts

/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
const ANNOTATIONS_PER_SEVERITY = 10;
/**
 * Spends the per-step budget on the findings a reviewer most needs: the most severe first, and among
 * those the ones in files the pull request changed (when known), then in file/line order.
 */
function selectAnnotations(findings, changedFiles, perSeverity = ANNOTATIONS_PER_SEVERITY) {
    const inChange = (f) => (changedFiles && changedFiles.has(f.file) ? 0 : 1);
    const ordered = [...findings].sort((a, b) => finding/* SEVERITY_RANK */.f3[a.severity] - finding/* SEVERITY_RANK */.f3[b.severity] || inChange(a) - inChange(b) || (0,finding/* compareFindings */.Eg)(a, b));
    const used = { error: 0, warning: 0, notice: 0 };
    const hidden = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const f of ordered) {
        if (used[f.severity] < perSeverity) {
            used[f.severity]++;
            shown.push(f);
        }
        else {
            hidden[f.severity]++;
        }
    }
    return { shown, hidden, hiddenTotal: hidden.error + hidden.warning + hidden.notice };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/report/annotations.ts



// Escaping as the runner's workflow-command parser expects (actions/toolkit core command.ts).
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One `::error file=\u2026,line=\u2026::message` workflow command for a finding. */
function annotationCommand(f, pathPrefix = '') {
    const props = [
        ['file', (0,report_escape/* escapeControls */.UN)(pathPrefix + f.file)],
        ['line', f.line],
        ['col', f.column],
        ['endLine', f.endLine],
        ['endColumn', f.endColumn],
        ['title', (0,report_escape/* escapeControls */.UN)(`${f.rule}`)],
    ];
    const rendered = props
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    // The severity names the command: only ours, whatever a findings file read back says.
    const level = Object.hasOwn(finding/* SEVERITY_RANK */.f3, f.severity) ? f.severity : 'error';
    return `::${level} ${rendered}::${escapeData((0,report_escape/* commandText */.jt)(f.message))}`;
}
/**
 * The workflow commands for a step: the budgeted annotations, then a plain log line for every finding
 * that got none, so nothing is silently dropped.
 */
function renderAnnotations(findings, opts = {}) {
    const budget = selectAnnotations(findings, opts.changedFiles);
    const lines = budget.shown.map((f) => annotationCommand(f, opts.pathPrefix));
    if (budget.hiddenTotal > 0) {
        const shownSet = new Set(budget.shown);
        lines.push(`${budget.hiddenTotal} more finding(s) without annotation (GitHub shows 10 per severity per step): ` +
            `${budget.hidden.error} error(s), ${budget.hidden.warning} warning(s), ${budget.hidden.notice} notice(s):`);
        for (const f of findings) {
            if (!shownSet.has(f))
                lines.push((0,report_escape/* logLine */.BP)(`  ${f.severity} ${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column} ${f.rule} ${oneLine(f.message)}`));
        }
    }
    return lines;
}
function oneLine(s) {
    return s.replace(/\s*\n\s*/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/summary.ts



/** GitHub rejects a step summary over 1 MiB; stay well below it so appended sections still fit. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const ICON = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f', passed: '\u2705', failed: '\u274c', skipped: '\u23ed\ufe0f' };
/** Text from findings in a table cell (see mdText). */
const escapeCell = report_escape/* mdText */.bC;
function countBy(findings) {
    const c = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        c[f.severity]++;
    return c;
}
/**
 * Markdown for $GITHUB_STEP_SUMMARY \u2014 the one summary renderer of check results: a table per check,
 * the findings, then each result's own section (`summaryMarkdown`: the kustomize overlay table, the
 * terraform fmt diff, the deploy plan or release), composed here in order and cut to the size limit.
 */
function renderSummary(results, opts) {
    const limit = opts.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const all = results.flatMap((r) => r.findings);
    const parts = [`## ${opts.title}`, ''];
    parts.push('| Check | Status | Errors | Warnings | Notices |', '|---|---|---:|---:|---:|');
    for (const r of results) {
        const c = countBy(r.findings);
        const status = (0,finding/* checkStatus */.dO)(r, opts.failOn);
        parts.push(`| ${escapeCell(r.check)} | ${ICON[status]} ${status} | ${c.error} | ${c.warning} | ${c.notice} |`);
    }
    parts.push('');
    const accepted = results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
    if (accepted > 0)
        parts.push(`${accepted} finding(s) suppressed with a reason or by the baseline (listed in the JSON and SARIF reports).`, '');
    const budget = selectAnnotations(all, opts.changedFiles);
    if (budget.hiddenTotal > 0) {
        parts.push(`> ${budget.hiddenTotal} finding(s) got no annotation because GitHub shows at most 10 per severity per step; all are listed below.`, '');
    }
    const head = parts.join('\n');
    // Each check escapes what it quotes; no raw control character gets through whatever it missed.
    const sections = results.map((r) => r.summaryMarkdown).filter((s) => !!s).map((s) => (0,report_escape/* escapeControls */.UN)(s, { keepNewlines: true }));
    // The findings table gets what the fixed parts leave; the check sections are cut last.
    const sectionsText = sections.length ? '\n' + sections.join('\n\n') + '\n' : '';
    const reserve = Math.min(byteLength(sectionsText), Math.floor(limit / 3));
    const table = renderFindingsTable(all, limit - byteLength(head) - reserve - 512, opts.findingsFile);
    let out = head + '\n' + table;
    const room = limit - byteLength(out) - 256;
    out += truncateToBytes(sectionsText, room, '\n\n_(remaining summary sections cut to stay under GitHub\u2019s 1 MiB step-summary limit)_\n');
    return out;
}
function renderFindingsTable(findings, budgetBytes, findingsFile) {
    if (findings.length === 0)
        return '_No findings._\n';
    const rows = ['| | Location | Rule | Message |', '|---|---|---|---|'];
    let used = byteLength(rows.join('\n'));
    const sorted = [...findings].sort(finding/* compareFindings */.Eg);
    let shown = 0;
    for (const f of sorted) {
        const row = `| ${ICON[f.severity] ?? ''} | ${(0,report_escape/* mdCode */.xs)(`${f.file}:${f.line}`)} | ${(0,report_escape/* mdCode */.xs)(f.rule)} | ${escapeCell(f.message)} |`;
        if (used + byteLength(row) + 1 > budgetBytes)
            break;
        rows.push(row);
        used += byteLength(row) + 1;
        shown++;
    }
    if (shown < sorted.length) {
        rows.push('', `_${sorted.length - shown} more finding(s) not shown here to stay under the 1 MiB summary limit${findingsFile ? `; all are in \`${findingsFile}\`` : ''}._`);
    }
    return rows.join('\n') + '\n';
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Cuts text to at most `max` UTF-8 bytes on a line boundary, adding `note` when it cuts. */
function truncateToBytes(text, max, note) {
    if (byteLength(text) <= max)
        return text;
    const room = Math.max(0, max - byteLength(note));
    let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
    // A split multi-byte character decodes to U+FFFD; drop it along with the partial line.
    const nl = cut.lastIndexOf('\n');
    cut = nl > 0 ? cut.slice(0, nl) : '';
    return cut + note;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for GitHub code scanning: one run, one tool, rules with their default levels. */
function renderSarif(results, opts) {
    const findings = results.flatMap((r) => [...r.findings, ...(r.suppressed ?? [])]);
    const ruleIds = [...new Set([...opts.rules.map((r) => r.id), ...findings.map((f) => f.rule)])].sort();
    const known = new Map(opts.rules.map((r) => [r.id, r]));
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'portarium-infra',
                        version: opts.toolVersion,
                        informationUri: opts.informationUri ?? 'https://github.com/portarium/infra-actions',
                        rules: ruleIds.map((id) => {
                            const def = known.get(id);
                            return {
                                id,
                                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
                                shortDescription: { text: def?.description ?? id },
                                helpUri: (0,rules/* docsUrl */.fs)(id),
                                defaultConfiguration: { level: LEVEL[def?.severity ?? 'warning'] },
                            };
                        }),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: opts.srcRoot ?? '' } },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ruleIndex.get(f.rule),
                    level: LEVEL[f.severity],
                    message: { text: f.help ? `${f.message}\n${f.help}` : f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: Math.max(1, f.line),
                                    startColumn: Math.max(1, f.column),
                                    ...(f.endLine ? { endLine: f.endLine } : {}),
                                    ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                                },
                            },
                        },
                    ],
                    partialFingerprints: {
                        primaryLocationLineHash: `${f.rule}:${f.file}:${f.line}`,
                        ...(f.fingerprint ? { 'portariumInfraFingerprint/v1': f.fingerprint } : {}),
                    },
                    ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind, status: 'accepted', justification: f.suppression.justification }] } : {}),
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts

// The fingerprint is for SARIF and the baseline; the JSON findings keep their documented fields.
const plain = ({ fingerprint: _fp, objectIgnore: _o, ...f }) => f;
/** The CLI's and the actions' machine-readable output (documented in the README). */
function renderJson(results, failOn) {
    const suppressed = results.flatMap((r) => r.suppressed ?? []).sort(finding/* compareFindings */.Eg);
    return {
        findings: results.flatMap((r) => r.findings).sort(finding/* compareFindings */.Eg).map(plain),
        // Accepted findings, each with its `suppression` (kind, justification): present only when there are some.
        ...(suppressed.length ? { suppressed: suppressed.map(plain) } : {}),
        checks: results.map((r) => ({ name: r.check, status: (0,finding/* checkStatus */.dO)(r, failOn), stats: r.stats })),
    };
}

// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __nccwpck_require__(313);
;// CONCATENATED MODULE: ./src/report/text.ts



const COLOR = {
    error: '\x1b[31m',
    warning: '\x1b[33m',
    notice: '\x1b[36m',
    bold: '\x1b[1m',
    dim: '\x1b[2m',
    green: '\x1b[32m',
};
const RESET = '\x1b[0m';
/** Human output in the `file:line:col severity rule message` form editors and terminals link. */
function renderText(results, opts) {
    return [...renderTextChunks(results, opts)].join('');
}
// Lines per chunk of renderTextChunks: a few hundred KB of text.
const CHUNK_LINES = 2000;
/**
 * renderText in pieces of whole lines, so a caller writing them out as they come never holds the
 * whole text (hundreds of MB for a large tree where every line needs formatting).
 */
function* renderTextChunks(results, opts) {
    const paint = (c, s) => (opts.color ? COLOR[c] + s + RESET : s);
    let lines = [];
    const findings = results.flatMap((r) => r.findings).sort(finding/* compareFindings */.Eg);
    // Checked content is escaped piece by piece, before our own colours go around it.
    // Each finding once, even when two steps of a check (or two checks) reached the same one. Equal
    // findings are neighbours once sorted (the order compares all but the message), so only the
    // messages of the current run of equal positions and rules are remembered.
    let printed = new Set();
    let previous;
    for (const f of findings) {
        if (previous && (0,finding/* compareFindings */.Eg)(previous, f) !== 0)
            printed = new Set();
        previous = f;
        if (printed.has(f.message))
            continue;
        printed.add(f.message);
        lines.push(`${paint('bold', (0,report_escape/* logLine */.BP)(`${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column}`))} ${paint(f.severity, f.severity)} ${(0,report_escape/* logText */.kc)(f.message)} ${paint('dim', (0,report_escape/* logLine */.BP)(f.rule))}`);
        if (f.help)
            lines.push(`    ${paint('dim', (0,report_escape/* logText */.kc)(f.help))}`);
        if (lines.length >= CHUNK_LINES) {
            yield lines.join('\n') + '\n';
            lines = [];
        }
    }
    if (findings.length)
        lines.push('');
    for (const r of results) {
        const status = (0,finding/* checkStatus */.dO)(r, opts.failOn);
        const { text, empty } = (0,describe/* describeResult */.dy)(r);
        const counts = (0,describe/* findingCounts */.s_)(r.findings);
        // A check that found nothing to look at neither passed nor failed: it says so.
        const mark = status !== 'passed' ? paint('error', '\u2716') : empty && !counts ? paint('dim', '\u25cb') : paint('green', '\u2714');
        const accepted = r.suppressed?.length ? `${r.suppressed.length} suppressed` : '';
        const said = [text, counts, accepted].filter(Boolean).join('; ');
        lines.push(`${mark} ${(0,report_escape/* logLine */.BP)(r.check)}${said ? `: ${(0,report_escape/* logLine */.BP)(said)}` : ''}`);
    }
    yield lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/suppress.ts + 2 modules
var suppress = __nccwpck_require__(9873);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __nccwpck_require__(7355);
// EXTERNAL MODULE: ./src/report/report-rules.ts
var report_rules = __nccwpck_require__(7548);
;// CONCATENATED MODULE: ./src/report/index.ts
















/***/ }),

/***/ 7548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ REPORT_RULES)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9681);

/** Rules about the suppressions themselves; documented in docs/rules/report.md. */
const REPORT_RULES = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x0)('report', [
    { id: 'report/unused-suppression', severity: 'warning', description: 'A suppression names a rule that reported nothing where it applies.' },
    { id: 'report/suppression-without-reason', severity: 'warning', description: 'A suppression gives no reason after the rule ids; it suppresses nothing until it does.' },
    { id: 'report/unknown-rule', severity: 'warning', description: 'A suppression names a rule id that does not exist.' },
]);


/***/ }),

/***/ 9681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   mk: () => (/* binding */ applyRuleSettings),
/* harmony export */   x0: () => (/* binding */ defineRules),
/* harmony export */   zZ: () => (/* binding */ locationIn)
/* harmony export */ });
/* unused harmony exports docsPage, docsAnchor */
/**
 * Declares one check's rules. The ids become a string-literal union, so a finding of a rule that is
 * not in the table (a typo) does not compile. Ids must be unique and start with one `<prefix>/`: the
 * prefix names the docs page.
 */
function defineRules(check, rules) {
    const byId = new Map();
    for (const r of rules) {
        if (byId.has(r.id))
            throw new Error(`rule ${r.id} is defined twice`);
        if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(r.id))
            throw new Error(`rule id ${r.id} is not <check>/<name>`);
        byId.set(r.id, r);
    }
    const severity = (id) => {
        const def = byId.get(id);
        if (!def)
            throw new Error(`unknown ${check} rule ${id}`);
        return def.severity;
    };
    return {
        check,
        rules,
        severity,
        severityUnder(id, settings) {
            const setting = settings?.[id];
            if (setting === 'off')
                return undefined;
            return setting ?? severity(id);
        },
        finding(id, at, message, extra = {}) {
            const loc = typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
            const f = { check, rule: id, severity: severity(id), file: loc.file, line: loc.line, column: loc.column, message };
            if (extra.endLine !== undefined)
                f.endLine = extra.endLine;
            if (extra.endColumn !== undefined)
                f.endColumn = extra.endColumn;
            if (extra.help !== undefined)
                f.help = extra.help;
            return f;
        },
    };
}
/** Applies the user's rule settings from `.portarium-infra.yml` to an engine's findings. */
function applyRuleSettings(findings, settings) {
    const out = [];
    for (const f of findings) {
        const setting = settings[f.rule];
        if (setting === 'off')
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}
/** The docs page of a rule, relative to the repository root: docs/rules/<prefix of the id>.md. */
function docsPage(ruleId) {
    return `docs/rules/${ruleId.split('/')[0] ?? ruleId}.md`;
}
/** The anchor of a rule's entry on its docs page: `<a id="compose-undefined-network">` before `## compose/undefined-network`. */
function docsAnchor(ruleId) {
    return ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
}
/** Where a rule is documented (SARIF helpUri): its page and anchor. */
function docsUrl(ruleId) {
    return `${docsPage(ruleId)}#${docsAnchor(ruleId)}`;
}
/** A position (anything with a 1-based line and column: a parsed instruction, a YAML node) in `file`. */
function locationIn(file, pos) {
    return { file, line: pos.line, column: pos.column };
}


/***/ }),

/***/ 9873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ applySuppressions)
});

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __nccwpck_require__(1938);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __nccwpck_require__(2091);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __nccwpck_require__(1472);
;// CONCATENATED MODULE: ./src/report/read-source.ts




/** Largest source text read again for suppressions and fingerprints; a bigger file keeps neither. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;
/**
 * The text of `rel` (a finding's file, relative to `root`), or undefined: only a regular file whose
 * real path is inside `root`, at most `max` bytes, decided on the open descriptor. A finding's path
 * comes from checked content, so it is never trusted to stay in the workspace.
 */
function readSourceInside(root, rel, max = MAX_SOURCE_BYTES) {
    if (rel === '' || external_node_path_default().isAbsolute(rel))
        return undefined;
    let real;
    try {
        // One realpath(3) call; the JavaScript realpathSync walks every component with lstat.
        real = external_node_fs_.realpathSync.native(external_node_path_default().join(root, rel));
    }
    catch {
        return undefined;
    }
    if (!(0,path_guard/* isInside */.FK)(root, real))
        return undefined;
    const read = (0,bounded_read/* readBounded */.j)(real, max);
    return read.ok ? read.bytes.toString('utf8') : undefined;
}

// EXTERNAL MODULE: ./src/report/report-rules.ts
var report_rules = __nccwpck_require__(7548);
// EXTERNAL MODULE: ./src/report/suppression-grammar.ts
var suppression_grammar = __nccwpck_require__(1105);
;// CONCATENATED MODULE: ./src/report/suppression-comments.ts

// `#` starts a comment at the start of a line or after white space, in YAML as in a Dockerfile.
const COMMENT = new RegExp(`(^|\\s)#\\s*${suppression_grammar/* IGNORE_MARKER */.GF}(?=\\s|:|$)(.*)$`);
/**
 * Every suppression comment of a source text. One parser for every check: YAML (compose, Kubernetes
 * sources, workflows) and Dockerfiles share the comment syntax. A comment alone on its line applies
 * to the next line that is not a comment; a trailing one to the line it ends.
 */
function parseSuppressionComments(text, syntax = {}) {
    if (!text.includes(suppression_grammar/* IGNORE_MARKER */.GF))
        return [];
    const lines = text.split(/\r?\n/);
    const end = syntax.dockerfile ? instructionEnd(lines) : (line) => line;
    const out = [];
    const pending = [];
    lines.forEach((raw, i) => {
        const line = i + 1;
        const m = COMMENT.exec(raw);
        const ownLine = /^\s*#/.test(raw);
        if (!ownLine) {
            for (const p of pending.splice(0))
                out.push({ ...p, target: line, targetEnd: end(line) });
        }
        if (!m)
            return;
        const column = m.index + m[1].length + 1;
        const c = { ...(0,suppression_grammar/* parseSuppressionSpec */.mK)(m[2]), line, column, target: line, targetEnd: ownLine ? line : end(line) };
        if (ownLine)
            pending.push(c);
        else
            out.push(c);
    });
    // An own-line comment at the end of the file applies to nothing: kept, so it is reported unused.
    for (const p of pending)
        out.push({ ...p, target: 0, targetEnd: 0 });
    return out.sort((a, b) => a.line - b.line);
}
/**
 * The last line (1-based) of the Dockerfile instruction starting at a line: continued while a line
 * ends in the escape character (`\\`, or the one a `# escape=` parser directive names), skipping the
 * comment and empty lines BuildKit skips inside an instruction.
 */
function instructionEnd(lines) {
    let escape = '\\';
    for (const raw of lines) {
        const d = /^\s*#\s*([a-z]+)\s*=\s*(\S*)\s*$/i.exec(raw);
        if (!d)
            break; // parser directives come first, before any other line
        if (d[1].toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\'))
            escape = d[2];
    }
    // Memoised: many comments may name one instruction, and each must not walk it again.
    const known = new Map();
    return (line) => {
        const seen = known.get(line);
        if (seen !== undefined)
            return seen;
        let last = line;
        let i = line - 1;
        while (i < lines.length && lines[i].trimEnd().endsWith(escape)) {
            i++;
            while (i < lines.length && (/^\s*#/.test(lines[i]) || lines[i].trim() === ''))
                i++;
            if (i >= lines.length)
                break;
            last = i + 1;
        }
        known.set(line, last);
        return last;
    };
}

;// CONCATENATED MODULE: ./src/report/suppress.ts





// Two checks report rules under another prefix than their name.
const RULE_PREFIX = { kustomize: 'kubernetes', 'terraform-fmt': 'terraform' };
/**
 * The one place suppressions apply, for the CLI and every action: inline comments and object
 * annotations, then the baseline. Accepted findings move to `suppressed` with why; mistakes in the
 * suppressions themselves (no reason, an unknown rule, one that matches nothing) become findings.
 * Only files with findings, or that a check names as its sources, are read: once for their
 * suppressions, and a file without any once more, one file at a time, for fingerprints \u2014 except
 * the lines a check hands over in `sourceLines`.
 */
function applySuppressions(results, opts) {
    const seen = new Map();
    for (const r of results)
        for (const [file, lines] of r.sourceLines ?? [])
            seen.set(file, lines);
    const texts = new Map();
    const textOf = (file) => {
        if (!texts.has(file))
            texts.set(file, opts.texts?.get(file) ?? readSourceInside(opts.root, file));
        return texts.get(file);
    };
    const owner = new Map();
    results.forEach((r, i) => {
        for (const f of [...(r.sources ?? []), ...r.findings.map((x) => x.file)])
            if (!owner.has(f))
                owner.set(f, i);
    });
    const extra = results.map(() => []);
    const report = (rule, file, line, column, message) => {
        const severity = report_rules/* REPORT_RULES */.F.severityUnder(rule, opts.ruleSettings);
        if (!severity)
            return;
        const i = owner.get(file) ?? 0;
        extra[i].push({ ...report_rules/* REPORT_RULES */.F.finding(rule, { file, line, column }, message), severity, check: results[i]?.check ?? 'report' });
    };
    // Comments, per file, checked once: the rule ids they name and whether they may suppress.
    const comments = new Map();
    // By file and target line: a file with thousands of findings and comments is matched in linear time.
    const byLine = new Map();
    for (const file of owner.keys()) {
        if (seen.has(file))
            continue; // read by its check, which found no suppression in it
        const text = textOf(file);
        if (text === undefined)
            continue;
        // A Dockerfile's comment covers its whole instruction, continuation lines included.
        const dockerfile = results[owner.get(file)]?.check === 'images' || /(^|[/.])(Dockerfile|Containerfile)$|\.dockerfile$/i.test(file);
        const found = parseSuppressionComments(text, { dockerfile }).map((c) => ({ c, used: new Set() }));
        for (const { c } of found)
            checkSpec(c.rules, c.reason, (rule, msg) => report(rule, file, c.line, c.column, msg), opts);
        // A file without suppressions is read again for fingerprints rather than kept: a large tree
        // with findings in every file would otherwise hold all of its sources until the end.
        if (!found.length)
            texts.delete(file);
        if (found.length)
            comments.set(file, found);
        const lines = new Map();
        for (const e of found) {
            let at = lines.get(e.c.target);
            if (!at) {
                // Once per target: the lines of one instruction point at the same list.
                at = [];
                for (let l = e.c.target; l <= e.c.targetEnd; l++)
                    if (!lines.has(l))
                        lines.set(l, at);
            }
            at.push(e);
        }
        if (found.length)
            byLine.set(file, lines);
    }
    // Annotations, per place written: checked once, used when a finding of their object matches.
    const annotations = new Map();
    const annotation = (a) => {
        const key = `${a.file}\0${a.line}\0${a.text}`;
        let entry = annotations.get(key);
        if (!entry) {
            entry = { a, spec: (0,suppression_grammar/* parseSuppressionSpec */.mK)(a.text), used: new Set() };
            annotations.set(key, entry);
            const { spec } = entry;
            checkSpec(spec.rules, spec.reason, (rule, msg) => report(rule, a.file, a.line, a.column, `annotation ${suppression_grammar/* IGNORE_ANNOTATION */.Z}: ${msg}`), opts);
        }
        return entry;
    };
    for (const r of results)
        for (const a of r.objectSuppressions ?? [])
            annotation(a);
    const out = results.map((r, i) => {
        const active = [];
        const suppressed = [...(r.suppressed ?? [])];
        for (const raw of r.findings) {
            // Copied only to drop objectIgnore: most findings have none, and a large tree has many findings.
            const { objectIgnore } = raw;
            const f = objectIgnore === undefined && !('objectIgnore' in raw) ? raw : withoutObjectIgnore(raw);
            const hit = byLine.get(f.file)?.get(f.line)?.find(({ c }) => c.reason && c.rules.includes(f.rule));
            if (hit) {
                hit.used.add(f.rule);
                suppressed.push({ ...f, suppression: { kind: 'inSource', justification: hit.c.reason } });
                continue;
            }
            if (objectIgnore !== undefined) {
                const { spec, used } = annotation(objectIgnore);
                if (spec.reason && spec.rules.includes(f.rule)) {
                    used.add(f.rule);
                    suppressed.push({ ...f, suppression: { kind: 'inSource', justification: spec.reason } });
                    continue;
                }
            }
            active.push(f);
        }
        return { ...r, findings: active, suppressed, i };
    });
    const ran = new Set(['report', ...results.map((r) => RULE_PREFIX[r.check] ?? r.check)]);
    for (const [file, list] of comments) {
        for (const { c, used } of list) {
            if (!c.reason)
                continue;
            for (const rule of c.rules) {
                if (used.has(rule) || !opts.knownRules.has(rule) || opts.ruleSettings?.[rule] === 'off')
                    continue;
                if (!ran.has(rule.split('/')[0]))
                    continue; // its check did not run: nothing could match
                const where = c.target === 0 ? 'the end of the file' : c.target === c.line ? 'its line' : `line ${c.target}`;
                report('report/unused-suppression', file, c.line, c.column, `suppression of ${rule} matches no finding on ${where}; remove it`);
            }
        }
    }
    for (const { a, spec, used } of annotations.values()) {
        if (!spec.reason)
            continue;
        for (const rule of spec.rules) {
            if (used.has(rule) || !opts.knownRules.has(rule) || opts.ruleSettings?.[rule] === 'off' || !ran.has(rule.split('/')[0]))
                continue;
            report('report/unused-suppression', a.file, a.line, a.column, `annotation ${suppression_grammar/* IGNORE_ANNOTATION */.Z}: suppression of ${rule} matches no finding on its object; remove it`);
        }
    }
    for (const r of out)
        r.findings.push(...extra[r.i]);
    if (opts.fingerprints === false && !opts.baseline) {
        return out.map(({ i: _i, sourceLines: _lines, ...r }) => {
            const result = r;
            if (!r.suppressed.length)
                delete result.suppressed;
            return result;
        });
    }
    // Fingerprints over every finding, accepted or not, so accepting one never renumbers another.
    // fingerprints asks for lines file after file: one file's lines are kept at a time.
    let linesOf;
    let lines = [];
    const lineOf = (file, line) => {
        const known = seen.get(file)?.get(line);
        if (known !== undefined)
            return known;
        if (file !== linesOf) {
            linesOf = file;
            // Not kept in `texts`: only files with suppressions stay there.
            lines = (texts.get(file) ?? opts.texts?.get(file) ?? readSourceInside(opts.root, file) ?? '').split(/\r?\n/);
        }
        return lines[line - 1];
    };
    const prints = (0,fingerprint/* fingerprints */.W)(out.flatMap((r) => [...r.findings, ...r.suppressed]), lineOf);
    lines = [];
    // prints follows that order: each result's findings, then its suppressed ones.
    let k = 0;
    return out.map(({ i: _i, sourceLines: _lines, ...r }) => {
        const active = [];
        const from = k;
        k += r.findings.length;
        const suppressed = r.suppressed.map((f) => withFingerprint(f, prints[k++]));
        for (let j = 0; j < r.findings.length; j++) {
            const fingerprint = prints[from + j];
            const f = withFingerprint(r.findings[j], fingerprint);
            if (opts.baseline?.fingerprints.has(fingerprint))
                suppressed.push({ ...f, suppression: { kind: 'external', justification: `accepted in the baseline ${opts.baseline.file}` } });
            else
                active.push(f);
        }
        const result = { ...r, findings: active };
        if (suppressed.length)
            result.suppressed = suppressed;
        else
            delete result.suppressed;
        return result;
    });
}
// Not `{ ...f, fingerprint }`: V8 (Node 24) gave each copy spread from a finding and then extended
// a shape (hidden class) of its own, some 300 bytes more per finding; copies built property by
// property share one. A tree far from formatted has hundreds of thousands of findings.
function withFingerprint(f, fingerprint) {
    return Object.assign({}, f, { fingerprint });
}
function withoutObjectIgnore(raw) {
    const { objectIgnore: _objectIgnore, ...f } = raw;
    return f;
}
/** A suppression's own mistakes: rule ids that do not exist, or no reason. */
function checkSpec(rules, reason, say, opts) {
    if (rules.length === 0)
        say('report/unknown-rule', 'names no rule id; write "portarium-infra-ignore <rule>: <reason>"');
    for (const rule of rules) {
        // Quoted from checked content: a page-long "rule id" is cut, not repeated in every output.
        const shown = rule.length > 80 ? `${rule.slice(0, 80)}\u2026` : rule;
        if (!opts.knownRules.has(rule))
            say('report/unknown-rule', `suppression names unknown rule ${shown}${rule.length > 80 ? '' : opts.didYouMean(rule)}`);
    }
    if (!reason)
        say('report/suppression-without-reason', `suppression of ${rules.join(', ') || 'nothing'} gives no reason, so it suppresses nothing; add ": <why this is accepted>"`);
}


/***/ }),

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ IGNORE_MARKER),
/* harmony export */   Z: () => (/* binding */ IGNORE_ANNOTATION),
/* harmony export */   mK: () => (/* binding */ parseSuppressionSpec)
/* harmony export */ });
/** The marker every inline suppression starts with, in a comment or in the object annotation. */
const IGNORE_MARKER = 'portarium-infra-ignore';
/** The annotation that suppresses findings on a whole rendered Kubernetes object. */
const IGNORE_ANNOTATION = 'portarium-infra.dev/ignore';
/**
 * Reads what follows the marker (or an annotation's whole value). Rule ids contain no `:`, so the
 * first `:` ends the list; a reason is whatever non-blank text follows it.
 */
function parseSuppressionSpec(text) {
    const colon = text.indexOf(':');
    const list = colon < 0 ? text : text.slice(0, colon);
    const reason = colon < 0 ? '' : text.slice(colon + 1).trim();
    const rules = list
        .split(/[,\s]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    return { rules, reason };
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g2: () => (/* binding */ CONFIG_FILE),
  Z9: () => (/* binding */ loadConfig),
  uj: () => (/* binding */ overlaySettings)
});

// UNUSED EXPORTS: checkRuleIds, parseConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/path-guard.ts
var path_guard = __nccwpck_require__(1472);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __nccwpck_require__(9023);
// EXTERNAL MODULE: ./src/settings/suggest.ts
var suggest = __nccwpck_require__(8843);
;// CONCATENATED MODULE: ./src/settings/sections.ts
// The check sections of .portarium-infra.yml, read from the YAML nodes rather than from plain data so
// that every mistake is reported at the line and column a person must change.



const SECTIONS = ['compose', 'terraform', 'kubernetes', 'images', 'otel'];
const emptySettings = () => ({ compose: {}, terraform: {}, kubernetes: {}, images: {}, otel: {} });
/**
 * Keys that were accepted once and are not any more: a warning naming what replaced them, and the
 * value goes to the replacement (`to`) or nowhere. Keys a person merely misspells get "did you mean".
 */
const MOVED = {
    // Accepted and never read: a deploy is configured where it runs, not in the checks' file.
    deploy: { instead: 'deploy settings are the flags of `portarium-infra deploy` and the inputs of the k8s-deploy action' },
};
/** The warning for a key of MOVED, `name` dotted from the top of the file. */
function movedWarning(at, name) {
    const moved = MOVED[name];
    if ('to' in moved)
        return `${at}: "${name}" was renamed "${moved.to}"; the old name still works for now`;
    return `${at}: "${name}" is ignored: ${moved.instead}`;
}
/** Follows aliases (`files: *common`) to the node they name. */
function deref(r, node) {
    let n = node;
    for (let i = 0; i < 64 && (0,dist/* isAlias */.Vj)(n); i++)
        n = n.resolve(r.doc);
    return (n ?? null);
}
const isNull = (n) => n === null || ((0,dist/* isScalar */.jn)(n) && n.value === null);
/** Walks a section's keys: known ones to their handler, moved ones warned about, others an error. */
function readKeys(r, map, section, handlers) {
    for (const pair of map.items) {
        const keyNode = deref(r, pair.key);
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : '';
        const name = `${section}.${key}`;
        const value = deref(r, pair.value);
        let handler = handlers[key];
        if (!handler) {
            const moved = MOVED[name];
            if (!moved)
                throw new finding/* UsageError */.eb(`${r.where(pair.key)}: unknown setting "${name}"${(0,suggest/* didYouMean */.au)(key, Object.keys(handlers))}; ${section} takes ${Object.keys(handlers).join(', ')}`);
            r.warnings.push(movedWarning(r.where(pair.key), name));
            if (!('to' in moved))
                continue;
            handler = handlers[moved.to.slice(section.length + 1)];
        }
        // `key:` with nothing after it leaves the setting at its default, as it always has.
        if (!isNull(value))
            handler(value, name);
    }
}
function scalarText(n) {
    if (typeof n.value === 'string')
        return n.value;
    // 1.30 is a version, not the number 1.3: keep what was written.
    if (typeof n.value === 'number')
        return n.source ?? String(n.value);
    return undefined;
}
function list(r, v, name) {
    if ((0,dist/* isScalar */.jn)(v)) {
        const s = scalarText(v);
        if (s !== undefined)
            return [s];
    }
    else if ((0,dist/* isSeq */.oP)(v)) {
        const items = v.items.map((i) => deref(r, i));
        const texts = items.map((i) => ((0,dist/* isScalar */.jn)(i) ? scalarText(i) : undefined));
        const bad = texts.findIndex((t) => t === undefined);
        if (bad < 0)
            return texts;
        throw new finding/* UsageError */.eb(`${r.where(items[bad] ?? v)}: ${name} must be a string or a list of strings`);
    }
    throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be a string or a list of strings`);
}
function str(r, v, name) {
    const s = (0,dist/* isScalar */.jn)(v) ? scalarText(v) : undefined;
    if (s === undefined)
        throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be a string`);
    return s;
}
function oneOf(r, v, name, values) {
    const s = (0,dist/* isScalar */.jn)(v) ? scalarText(v) : undefined;
    if (s === undefined || !values.includes(s)) {
        throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}${s === undefined ? '' : ` (got "${s}")`}`);
    }
    return s;
}
function bool(r, v, name) {
    if ((0,dist/* isScalar */.jn)(v) && typeof v.value === 'boolean')
        return v.value;
    throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be true or false`);
}
function seconds(r, v, name) {
    if ((0,dist/* isScalar */.jn)(v) && typeof v.value === 'number' && v.value > 0)
        return Math.round(v.value * 1000);
    throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be a positive number of seconds`);
}
function positiveInt(r, v, name) {
    if ((0,dist/* isScalar */.jn)(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1)
        return v.value;
    throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be a positive integer`);
}
function stringMap(r, v, name) {
    if (!(0,dist/* isMap */.jh)(v))
        throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must map names to values`);
    const out = {};
    for (const p of v.items) {
        const k = deref(r, p.key);
        const val = deref(r, p.value);
        if (!(0,dist/* isScalar */.jn)(k))
            throw new finding/* UsageError */.eb(`${r.where(p.key)}: ${name} must map names to values`);
        if (val !== null && !(0,dist/* isScalar */.jn)(val))
            throw new finding/* UsageError */.eb(`${r.where(val)}: ${name}.${String(k.value)} must be a string, a number or a boolean`);
        out[String(k.value)] = String(val?.value ?? '');
    }
    return out;
}
function parseCompose(r, map) {
    const s = {};
    readKeys(r, map, 'compose', {
        files: (v, n) => (s.files = list(r, v, n)),
        'env-files': (v, n) => (s.envFiles = list(r, v, n)),
        profiles: (v, n) => (s.profiles = list(r, v, n)),
        timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
    });
    return s;
}
function parseTerraform(r, map) {
    const s = {};
    readKeys(r, map, 'terraform', {
        paths: (v, n) => (s.paths = list(r, v, n)),
        include: (v, n) => (s.include = list(r, v, n)),
        exclude: (v, n) => (s.exclude = list(r, v, n)),
        mode: (v, n) => (s.mode = oneOf(r, v, n, ['check', 'diff', 'write'])),
        engine: (v, n) => (s.engine = oneOf(r, v, n, ['builtin', 'terraform', 'tofu'])),
        'terraform-version': (v, n) => (s.terraformVersion = str(r, v, n)),
        binary: (v, n) => (s.binary = str(r, v, n)),
        timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
    });
    return s;
}
function parseKubernetes(r, map) {
    const s = {};
    readKeys(r, map, 'kubernetes', {
        paths: (v, n) => (s.paths = list(r, v, n)),
        manifests: (v, n) => (s.manifests = list(r, v, n)),
        charts: (v, n) => (s.charts = parseCharts(r, v, n)),
        'kubernetes-versions': (v, n) => (s.kubernetesVersions = list(r, v, n)),
        engine: (v, n) => (s.engine = oneOf(r, v, n, ['builtin', 'kubeconform'])),
        'schema-locations': (v, n) => (s.schemaLocations = list(r, v, n)),
        'skip-kinds': (v, n) => (s.skipKinds = list(r, v, n)),
        'reject-kinds': (v, n) => (s.rejectKinds = list(r, v, n)),
        'ignore-missing-schemas': (v, n) => (s.ignoreMissingSchemas = bool(r, v, n)),
        strict: (v, n) => (s.strict = bool(r, v, n)),
        'allow-remote-bases': (v, n) => (s.allowRemoteBases = bool(r, v, n)),
        'base-ref': (v, n) => (s.baseRef = str(r, v, n)),
        'rendered-dir': (v, n) => (s.renderedDir = str(r, v, n)),
        concurrency: (v, n) => (s.concurrency = positiveInt(r, v, n)),
        timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
        'pod-security': (v, n) => (s.podSecurity = parsePodSecurity(r, v, n)),
    });
    return s;
}
const PSS_LEVELS = ['privileged', 'baseline', 'restricted'];
function policyVersion(r, v, name) {
    const s = str(r, v, name);
    if (s !== 'latest' && !/^v1\.(0|[1-9][0-9]*)$/.test(s))
        throw new finding/* UsageError */.eb(`${r.where(v)}: ${name} must be latest or v1.N, as the pod-security.kubernetes.io/enforce-version label (got "${s}")`);
    return s;
}
function parseCharts(r, v, n) {
    if (!(0,dist/* isSeq */.oP)(v))
        throw new finding/* UsageError */.eb(`${r.where(v)}: ${n} must be a list of { path, release, namespace, values }`);
    return v.items.map((item, i) => {
        const m = deref(r, item);
        if (!(0,dist/* isMap */.jh)(m))
            throw new finding/* UsageError */.eb(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with path (and release, namespace, values)`);
        const c = {};
        readKeys(r, m, `${n}[${i}]`, {
            path: (pv, pn) => (c.path = str(r, pv, pn)),
            release: (rv, rn) => (c.release = str(r, rv, rn)),
            namespace: (nv, nn) => (c.namespace = str(r, nv, nn)),
            values: (vv, vn) => (c.values = list(r, vv, vn)),
        });
        if (!c.path)
            throw new finding/* UsageError */.eb(`${r.where(m)}: ${n}[${i}] needs a path (the chart folder)`);
        return c;
    });
}
function parsePodSecurity(r, node, section) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new finding/* UsageError */.eb(`${r.where(node)}: ${section} must be a mapping`);
    const s = {};
    readKeys(r, node, section, {
        default: (v, n) => (s.default = oneOf(r, v, n, PSS_LEVELS)),
        version: (v, n) => (s.version = policyVersion(r, v, n)),
        namespaces: (v, n) => {
            if (!(0,dist/* isMap */.jh)(v))
                throw new finding/* UsageError */.eb(`${r.where(v)}: ${n} must map namespace names to privileged, baseline or restricted`);
            const out = {};
            for (const p of v.items) {
                const k = deref(r, p.key);
                if (!(0,dist/* isScalar */.jn)(k))
                    throw new finding/* UsageError */.eb(`${r.where(p.key)}: ${n} must map namespace names to levels`);
                out[String(k.value)] = oneOf(r, deref(r, p.value) ?? p.key, `${n}.${String(k.value)}`, PSS_LEVELS);
            }
            s.namespaces = out;
        },
        workloads: (v, n) => {
            if (!(0,dist/* isSeq */.oP)(v))
                throw new finding/* UsageError */.eb(`${r.where(v)}: ${n} must be a list of { selector, level }`);
            s.workloads = v.items.map((item, i) => {
                const m = deref(r, item);
                if (!(0,dist/* isMap */.jh)(m))
                    throw new finding/* UsageError */.eb(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with selector and level`);
                let selector;
                let level;
                let version;
                readKeys(r, m, `${n}[${i}]`, {
                    selector: (sv, sn) => (selector = stringMap(r, sv, sn)),
                    level: (lv, ln) => (level = oneOf(r, lv, ln, PSS_LEVELS)),
                    version: (vv, vn) => (version = policyVersion(r, vv, vn)),
                });
                if (!selector || Object.keys(selector).length === 0)
                    throw new finding/* UsageError */.eb(`${r.where(m)}: ${n}[${i}] needs a selector of one or more labels`);
                if (!level)
                    throw new finding/* UsageError */.eb(`${r.where(m)}: ${n}[${i}] needs a level (privileged, baseline or restricted)`);
                return { selector, level, ...(version ? { version } : {}) };
            });
        },
    });
    return s;
}
/** `images:` is a mapping of settings, or (short form) the list of images itself. */
function parseImages(r, node, plain) {
    if ((0,dist/* isSeq */.oP)(node))
        return { images: plain };
    if (!(0,dist/* isMap */.jh)(node))
        throw new finding/* UsageError */.eb(`${r.where(node)}: images must be a mapping or a list of images`);
    const s = {};
    const entries = plain;
    readKeys(r, node, 'images', {
        images: () => (s.images = entries['images']),
        'docker-dir': (v, n) => (s.dockerDir = str(r, v, n)),
        registry: (v, n) => (s.registry = str(r, v, n)),
        // One string may list several, comma-separated, as the build-images input does.
        platforms: (v, n) => (s.platforms = list(r, v, n).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean)),
        'build-args': (v, n) => (s.buildArgs = stringMap(r, v, n)),
        timeout: (v, n) => (s.timeoutMs = seconds(r, v, n)),
    });
    return s;
}
const OTEL_SIGNALS = ['traces', 'metrics', 'logs'];
function parseOtel(r, map) {
    const s = {};
    readKeys(r, map, 'otel', {
        configs: (v, n) => (s.configs = list(r, v, n)),
        redaction: (v, n) => (s.redaction = parseRedaction(r, v, n)),
        'external-hosts': (v, n) => (s.externalHosts = list(r, v, n)),
    });
    return s;
}
function parseRedaction(r, node, section) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new finding/* UsageError */.eb(`${r.where(node)}: ${section} must be a mapping with attributes and signals`);
    const s = { attributes: [] };
    readKeys(r, node, section, {
        signals: (v, n) => (s.signals = list(r, v, n).map((x) => {
            if (!OTEL_SIGNALS.includes(x))
                throw new finding/* UsageError */.eb(`${r.where(v)}: ${n} must list traces, metrics or logs (got "${x}")${(0,suggest/* didYouMean */.au)(x, OTEL_SIGNALS)}`);
            return x;
        })),
        attributes: (v, n) => {
            if (!(0,dist/* isSeq */.oP)(v))
                throw new finding/* UsageError */.eb(`${r.where(v)}: ${n} must be a list of { key, action }`);
            s.attributes = v.items.map((item, i) => {
                const m = deref(r, item);
                if (!(0,dist/* isMap */.jh)(m))
                    throw new finding/* UsageError */.eb(`${r.where(m ?? v)}: ${n}[${i}] must be a mapping with key and action`);
                let key;
                let action;
                let scope;
                readKeys(r, m, `${n}[${i}]`, {
                    key: (kv, kn) => (key = str(r, kv, kn)),
                    action: (av, an) => (action = oneOf(r, av, an, ['hash', 'delete'])),
                    scope: (sv, sn) => (scope = oneOf(r, sv, sn, ['record', 'resource', 'both'])),
                });
                if (!key)
                    throw new finding/* UsageError */.eb(`${r.where(m)}: ${n}[${i}] needs a key (the attribute name)`);
                if (!action)
                    throw new finding/* UsageError */.eb(`${r.where(m)}: ${n}[${i}] needs an action (hash or delete)`);
                return { key, action, ...(scope ? { scope } : {}) };
            });
        },
    });
    return s;
}

;// CONCATENATED MODULE: ./src/settings/config.ts







const CONFIG_FILE = '.portarium-infra.yml';
const emptyConfig = () => ({ rules: {}, ruleAt: {}, checks: emptySettings(), warnings: [] });
const TOP_LEVEL = ['fail-on', 'rules', 'baseline', ...SECTIONS];
const SETTINGS = new Set(['off', 'error', 'warning', 'notice']);
/**
 * Loads PATH/.portarium-infra.yml (or an explicit file); a missing default file is an empty config.
 * With `workspace` (the actions) a file whose real path is outside it is refused; a special file
 * (`/proc/self/environ` committed as a symlink, a FIFO) is refused always. Neither is read, so no
 * message can quote it.
 */
async function loadConfig(root, explicit, workspace, ruleIds) {
    const file = explicit ? external_node_path_default().resolve(explicit) : external_node_path_default().join(root, CONFIG_FILE);
    const refused = (0,path_guard/* pathGuard */.JV)(workspace)(file);
    if (refused)
        throw new finding/* UsageError */.eb(`${file}: the configuration file ${refused.reason}; it is not read`);
    let text;
    // Read synchronously: node:fs/promises would load Node's streams and readline on every CLI start.
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile())
            throw new finding/* UsageError */.eb(`${file}: the configuration file is not a regular file`);
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        if (e instanceof finding/* UsageError */.eb)
            throw e;
        if (!explicit && e.code === 'ENOENT')
            return emptyConfig();
        throw new finding/* UsageError */.eb(`${file}: cannot read the configuration file (${e.message})`);
    }
    return parseConfig(text, external_node_path_default().relative(process.cwd(), file) || file, ruleIds);
}
/** With `ruleIds` (every rule a setting may name), an unknown rule id is an error at its line. */
function parseConfig(text, file, ruleIds) {
    try {
        const config = readConfig(text, file);
        if (ruleIds)
            checkRuleIds(config, ruleIds);
        return config;
    }
    catch (e) {
        // The yaml parser and toJSON recurse once per nesting level: thousands of levels exhaust the stack.
        if (e instanceof RangeError && /call stack/i.test(e.message))
            throw new finding/* UsageError */.eb(`${file}:1:1: invalid YAML: nested too deeply to read`);
        throw e;
    }
}
function readConfig(text, file) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const where = (node) => {
        const off = node?.range?.[0] ?? 0;
        const p = lc.linePos(off);
        return `${file}:${p.line}:${p.col}`;
    };
    if (doc.errors.length) {
        const err = doc.errors[0];
        const p = lc.linePos(err.pos[0]);
        throw new finding/* UsageError */.eb(`${file}:${p.line}:${p.col}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    const config = { file, ...emptyConfig() };
    const reader = { doc, where, warnings: config.warnings };
    if (doc.contents === null)
        return config;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new finding/* UsageError */.eb(`${where(doc.contents)}: the configuration must be a mapping`);
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        // `compose: *shared` names its section by alias.
        const value = ((0,dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(doc) : pair.value);
        if (key === 'fail-on') {
            const v = (0,dist/* isScalar */.jn)(value) ? String(value.value) : '';
            if (v !== 'error' && v !== 'warning' && v !== 'never')
                throw new finding/* UsageError */.eb(`${where(value)}: fail-on must be error, warning or never`);
            config.failOn = v;
        }
        else if (key === 'baseline') {
            const v = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
            if (v === false)
                config.baseline = false;
            else if (typeof v === 'string' && v.trim() !== '' && !external_node_path_default().isAbsolute(v))
                config.baseline = v;
            else
                throw new finding/* UsageError */.eb(`${where(value)}: baseline must be a file path relative to the checked root, or false`);
            config.baselineAt = where(value);
        }
        else if (key === 'rules') {
            if (value === null)
                continue;
            if (!(0,dist/* isMap */.jh)(value))
                throw new finding/* UsageError */.eb(`${where(value)}: rules must map a rule id to off, error, warning or notice`);
            for (const rp of value.items) {
                const id = (0,dist/* isScalar */.jn)(rp.key) ? String(rp.key.value) : '';
                const setting = (0,dist/* isScalar */.jn)(rp.value) ? String(rp.value.value) : '';
                if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id))
                    throw new finding/* UsageError */.eb(`${where(rp.key)}: "${id}" is not a rule id (check/rule-name)`);
                if (!SETTINGS.has(setting))
                    throw new finding/* UsageError */.eb(`${where(rp.value)}: rule ${id} must be off, error, warning or notice (got "${setting}")`);
                config.rules[id] = setting;
                config.ruleAt[id] = where(rp.key);
            }
        }
        else if (SECTIONS.includes(key)) {
            if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null))
                continue;
            // Checked whole first: the typed readers below follow aliases, which must be bounded and acyclic.
            const js = sectionValue(value, doc, where);
            if (key === 'images')
                config.checks.images = parseImages(reader, value, js);
            else if (!(0,dist/* isMap */.jh)(value))
                throw new finding/* UsageError */.eb(`${where(value)}: ${key} must be a mapping`);
            else if (key === 'compose')
                config.checks.compose = parseCompose(reader, value);
            else if (key === 'terraform')
                config.checks.terraform = parseTerraform(reader, value);
            else if (key === 'otel')
                config.checks.otel = parseOtel(reader, value);
            else
                config.checks.kubernetes = parseKubernetes(reader, value);
        }
        else if (MOVED[key]) {
            config.warnings.push(movedWarning(where(pair.key), key));
        }
        else {
            throw new finding/* UsageError */.eb(`${where(pair.key)}: unknown setting "${key}"${(0,suggest/* didYouMean */.au)(key, TOP_LEVEL)}; the file takes ${TOP_LEVEL.join(', ')}`);
        }
    }
    return config;
}
/**
 * A section as plain data. Aliases are counted as yaml's own toJS counts them: a billion-laughs
 * section would otherwise come back as shared references that the first reader to walk it expands.
 */
function sectionValue(value, doc, where) {
    let js;
    try {
        js = value.toJS(doc, { maxAliasCount: 100 });
    }
    catch (e) {
        if (e instanceof ReferenceError)
            throw new finding/* UsageError */.eb(`${where(value)}: too many YAML aliases (${e.message})`);
        throw e;
    }
    // `r: &r [*r]` comes back as a list that contains itself: every reader walking it would loop.
    if (isCircular(js, new Set()))
        throw new finding/* UsageError */.eb(`${where(value)}: a YAML alias refers to a node that contains it`);
    return js;
}
function isCircular(v, ancestors) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (ancestors.has(v))
        return true;
    ancestors.add(v);
    const children = v instanceof Map ? [...v.values()] : Object.values(v);
    const found = children.some((c) => isCircular(c, ancestors));
    ancestors.delete(v);
    return found;
}
/**
 * The one place where something else wins over .portarium-infra.yml. An undefined value (a flag not
 * given, an empty input) keeps the file's setting.
 */
function overlaySettings(config, over) {
    const checks = { ...config.checks };
    for (const name of Object.keys(over)) {
        const given = Object.entries(over[name] ?? {}).filter(([, v]) => v !== undefined);
        if (given.length)
            checks[name] = { ...checks[name], ...Object.fromEntries(given) };
    }
    return { ...config, checks };
}
/**
 * Every id under `rules:` must name a rule: a misspelt id would otherwise turn nothing off. The
 * known ids are handed in because the checks that own them sit above this layer.
 */
function checkRuleIds(config, ruleIds) {
    const known = new Set(ruleIds);
    for (const id of Object.keys(config.rules)) {
        if (known.has(id))
            continue;
        const at = config.ruleAt[id] ?? config.file ?? CONFIG_FILE;
        throw new finding/* UsageError */.eb(`${at}: unknown rule "${id}"${(0,suggest/* didYouMean */.au)(id, known)}`);
    }
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
/** Levenshtein distance, for "did you mean" on misspelt keys and rule ids. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/**
 * The closest candidate, when it is close enough to be a slip of the keyboard rather than another
 * word: at most a third of the word's length (and at least 2) edits away.
 */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
/** ` (did you mean "files"?)`, or nothing. */
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : ` (did you mean "${c}"?)`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a unit test; bundles cannot read package.json at run time. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 3916:
/***/ ((module) => {

module.exports = require("node:path/posix");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(486);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;