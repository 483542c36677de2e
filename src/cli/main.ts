import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, overlaySettings } from '../settings/config.js';
import type { CheckContext, CheckDefinition } from '../checks/registry.js';
import { CONFIGURABLE_RULE_IDS } from '../checks/rule-ids.js';
import { BASELINE_FILE, type CheckResult, type FailOn, UsageError, applyRuleSettings, describeResult, parseFailOn, shouldFail } from '../report/index.js';
import { logLine, logText } from '../report/escape.js';
import { VERSION } from '../version.js';
import { DEPLOY_OPTIONS, DEPLOY_USAGE } from './deploy-usage.js';
import { parseFormat, writeResults } from './output.js';
import { printTextFile } from './print-file.js';
import { flagSettings } from './settings-flags.js';
import type { BaselineChoice } from '../checks/run/suppressions.js';

// Each command loads only its own check: start-up time is most of a CLI run on a small repository.
const LOAD_CHECK: Record<string, () => Promise<CheckDefinition>> = {
  compose: async () => (await import('../checks/definitions/compose.js')).composeCheck,
  'terraform-fmt': async () => (await import('../checks/definitions/terraform.js')).terraformCheck,
  kustomize: async () => (await import('../checks/definitions/kustomize.js')).kustomizeCheck,
  otel: async () => (await import('../checks/definitions/otel.js')).otelCheck,
};

/** Each command's line in the overview and its own flags, for `portarium-infra <command> --help`. */
const COMMAND_HELP: Record<string, { args: string; what: string; flags: string }> = {
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
    what: `accept every current finding in PATH/${BASELINE_FILE}; later runs report only new ones`,
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

const BASELINE_USAGE = `      --baseline FILE         accept the findings of this baseline (default: PATH/${BASELINE_FILE} when present)
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
  .join('')}${DEPLOY_USAGE}
${COMMON_USAGE}
Options of check, compose, terraform-fmt, kustomize, otel and images (see docs/suppressions.md):
${BASELINE_USAGE}
Run "portarium-infra <command> --help" for one command's usage.
`;

/** `portarium-infra <command> --help`: that command's usage, its flags and the common ones. */
function commandUsage(command: string, mode?: string): string {
  if (command === 'deploy') {
    const m = mode === 'plan' || mode === 'apply' || mode === 'rollback' ? mode : 'plan|apply|rollback';
    return `Usage: portarium-infra deploy ${m} [options]\n\n${DEPLOY_USAGE}\n${COMMON_USAGE}`;
  }
  const c = COMMAND_HELP[command]!;
  const flags = command === 'baseline' ? c.flags : c.flags + BASELINE_USAGE;
  return `Usage: portarium-infra ${command} [options] ${c.args}\n\n${c.what}\n\nOptions:\n${flags}\n${COMMON_USAGE}`;
}

/** parseArgs' own messages name neither the command nor where to look: ours do. */
function flagError(e: unknown, command: string, rest: readonly string[]): UsageError {
  const mode = command === 'deploy' && rest[0] && !rest[0].startsWith('-') ? ` ${rest[0]}` : '';
  const see = `see portarium-infra ${command}${mode} --help`;
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  const quoted = /'(-[^' ]+)/.exec(msg)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown flag ${quoted ?? msg} for ${command}${mode}; ${see}`);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const what = /does not take an argument/.test(msg) ? 'takes no value' : 'needs a value';
    return new UsageError(`flag ${quoted ?? ''} of ${command}${mode} ${what}; ${see}`.replace('  ', ' '));
  }
  return new UsageError(`${msg.split('\n')[0]}; ${see}`);
}

const COMMON: NonNullable<ParseArgsConfig['options']> = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'sarif-file': { type: 'string' },
  'json-file': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

const BASELINE_FLAGS: NonNullable<ParseArgsConfig['options']> = { baseline: { type: 'string' }, 'no-baseline': { type: 'boolean' } };

const COMMAND_OPTIONS: Record<string, NonNullable<ParseArgsConfig['options']>> = {
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
  deploy: DEPLOY_OPTIONS,
};

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal: colour. */
  isTTY: boolean;
  /** stderr is a terminal: progress lines. */
  stderrIsTTY?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Runs the CLI and returns its exit status; never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`portarium-infra: ${logText(e.message)}\n`);
      return 2;
    }
    // An internal error still gets one line; the stack only when asked for.
    io.stderr(`portarium-infra: internal error: ${logText((e as Error)?.message ?? String(e))}\n`);
    if (io.env['PORTARIUM_DEBUG']) io.stderr(`${logText((e as Error)?.stack ?? '')}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const extra = COMMAND_OPTIONS[command];
  if (!extra) throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...extra }, allowPositionals: true, strict: true });
  } catch (e) {
    throw flagError(e, command, rest);
  }
  const { values, positionals } = parsed;
  if (values['help']) {
    io.stdout(commandUsage(command, positionals[0]));
    return 0;
  }
  if (values['version']) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'deploy') return (await import('./deploy.js')).runDeployCommand(values, positionals, io);
  if (positionals.length > 1) throw new UsageError(`expected at most one PATH, got ${positionals.length}`);
  const root = resolveRoot(path.resolve(io.cwd, positionals[0] ?? '.'));
  const loaded = await loadConfig(root, values['config'] as string | undefined, undefined, CONFIGURABLE_RULE_IDS);
  for (const w of loaded.warnings) io.stderr(`portarium-infra: warning: ${logText(w)}\n`);
  const config = overlaySettings(loaded, flagSettings(command, values, root, io.cwd));
  const failOn: FailOn = parseFailOn(values['fail-on'] as string | undefined, config.failOn ?? 'error');
  const format = parseFormat(values['format'] as string | undefined);
  const baselineFlag = values['baseline'] as string | undefined;
  if (command !== 'baseline' && baselineFlag !== undefined && values['no-baseline']) throw new UsageError('--baseline and --no-baseline contradict each other; give one');
  const baselineChoice: BaselineChoice =
    command === 'baseline' || values['no-baseline'] ? { kind: 'none' } : baselineFlag !== undefined ? { kind: 'file', file: path.resolve(io.cwd, baselineFlag) } : { kind: 'default' };
  const { activeErrorCounter, baselineFile, suppressFindings } = await import('../checks/run/suppressions.js');
  // Fingerprints are shown in SARIF only, and matched against a baseline; only `--format github`
  // writes a job summary (GITHUB_STEP_SUMMARY). Checks skip what neither needs.
  const sarif = format === 'sarif' || values['sarif-file'] !== undefined;
  const fingerprints = sarif || command === 'baseline' || baselineFile(root, config, baselineChoice) !== undefined;
  const ctx: CheckContext = { root, config, env: io.env, jobSummary: format === 'github', fingerprints };

  let results: CheckResult[];
  if (command === 'check' || command === 'baseline') {
    const { runCheckCommand } = await import('./check.js');
    const color = !!io.stderrIsTTY && !values['no-color'] && !io.env['NO_COLOR'];
    const progress = io.stderrIsTTY ? io.stderr : undefined;
    // The progress lines count what the report will: after the rule settings, suppressions and baseline.
    const activeErrors = progress && activeErrorCounter(root, config, baselineChoice);
    results = await runCheckCommand(ctx, { changedSince: values['changed-since'] as string | undefined, progress, notice: io.stderr, color, ...(activeErrors && { activeErrors }) });
  } else if (command === 'images') {
    const { runImages } = await import('./images.js');
    results = [
      await runImages(
        ctx,
        {
          build: !!values['build'],
          push: values['push'] as string | undefined,
          builder: values['builder'] as string | undefined,
          image: values['image'] as string[] | undefined,
          version: values['release'] as string | undefined,
          manifest: values['manifest'] as string | undefined,
          insecureRegistry: values['insecure-registry'] as string[] | undefined,
        },
        format === 'text' ? io.stderr : () => {},
      ),
    ];
  } else {
    results = [await runOne(command, ctx)];
  }
  results = results.map((r) => ({ ...r, findings: applyRuleSettings(r.findings, config.rules) }));
  if (command === 'baseline') {
    const { writeBaselineCommand } = await import('./baseline.js');
    return writeBaselineCommand(suppressFindings(results, root, config, baselineChoice), { root, config, cwd: io.cwd, file: baselineFlag, out: io.stdout });
  }
  results = suppressFindings(results, root, config, baselineChoice, { fingerprints: sarif });

  // terraform fmt -diff prints the diff itself; so does `terraform-fmt --diff` in text mode.
  if (command === 'terraform-fmt' && values['diff'] && format === 'text') {
    // Diff mode always writes the diff file. The diff quotes the files: a context line is a space
    // and then whatever the file says, so it is printed as log-safe text.
    const r = results[0] as { diffBytes?: number; artifacts?: Record<string, string> } | undefined;
    if (r?.diffBytes && r.artifacts?.['diff']) printTextFile(r.artifacts['diff'], io.stdout);
  }
  const rel = path.relative(io.cwd, root);
  await writeResults(
    results,
    {
      format,
      failOn,
      color: io.isTTY && !values['no-color'] && !io.env['NO_COLOR'],
      pathPrefix: rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') + '/' : '',
      sarifFile: values['sarif-file'] as string | undefined,
      jsonFile: values['json-file'] as string | undefined,
    },
    io.stdout,
  );
  // Nothing found is not the same as nothing wrong: say so (exit 0, as no check failed).
  const described = results.map((r) => ({ r, d: describeResult(r) }));
  if (results.length && described.every(({ r, d }) => d.empty && r.findings.length === 0)) {
    const where = rel === '' ? '.' : rel.startsWith('..') ? root : rel;
    const names = results.map((r) => r.check);
    const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    const line = `nothing to check in ${logLine(where)}: ${who} found nothing to look at\n`;
    (format === 'text' ? io.stdout : io.stderr)(line);
  }
  return shouldFail(results.flatMap((r) => r.findings), failOn) ? 1 : 0;
}

async function runOne(name: string, ctx: CheckContext): Promise<CheckResult> {
  const load = LOAD_CHECK[name];
  if (!load) throw new UsageError(`unknown check "${name}"`);
  return (await load()).run(ctx);
}

function resolveRoot(p: string): string {
  let st;
  try {
    st = statSync(p);
  } catch {
    throw new UsageError(`${p}: no such directory`);
  }
  if (!st.isDirectory()) throw new UsageError(`${p}: PATH must be a directory`);
  return realpathSync(p);
}
