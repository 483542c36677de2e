import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../../src/report/finding.js';
import { createValidator, type EngineName, type sharedSchemaState } from '../../../src/checks/kubernetes/engine.js';
import { BuiltinValidator } from '../../../src/checks/kubernetes/builtin-validator.js';
import { exitCode, summarize, summaryLine, textLine } from '../../../src/checks/kubernetes/kubeconform-output.js';
import type { ValidationResult } from '../../../src/checks/kubernetes/validator.js';
import { CONFORMANCE } from '../../helpers/paths.js';

export const KC_DIR = path.join(CONFORMANCE, 'kubeconform');

export interface Expectation {
  fixture: string | string[] | null;
  args: string[];
  exit: number;
  stdin?: boolean;
  stdout?: string;
  stdoutContains?: string;
  stdoutLines?: string[] | number;
  stdoutStartsWith?: string;
  stdoutLine0?: string;
  source?: string;
  note?: string;
  offline?: boolean;
}

export function loadExpectations(): { asserted: Expectation[]; derived: Expectation[] } {
  return JSON.parse(readFileSync(path.join(KC_DIR, 'expected.json'), 'utf8'));
}

export interface RunOutput {
  exit: number;
  lines: string[];
  results: ValidationResult[];
}

export interface RunSettings {
  engine: EngineName;
  kubeconformPath?: string | undefined;
  /** Replaces locations that need the network (see the deviations documented in the test). */
  rewriteLocation?: (l: string) => string;
  /** The version used for the offline default registry when the case asks for one it does not package. */
  rewriteVersion?: (v: string) => string;
  /** Disk cache for https schemas when the case gives no -cache (false: none). */
  defaultCacheDir: string | false;
  /** Schema loading/compilation shared between cases (builtin engine), as within one real run. */
  shared?: ReturnType<typeof sharedSchemaState>;
}

/** Runs one kubeconform CLI case through an engine and renders kubeconform's text output. */
export async function runCase(e: Expectation, s: RunSettings): Promise<RunOutput> {
  const opts = {
    engine: s.engine,
    kubernetesVersion: 'master',
    strict: false,
    skipKinds: [] as string[],
    rejectKinds: [] as string[],
    ignoreMissingSchemas: false,
    schemaLocations: [] as string[],
    ignoreFilenamePatterns: [] as string[],
    baseDir: KC_DIR,
    kubeconformPath: s.kubeconformPath,
    http: { cacheDir: s.defaultCacheDir as string | false, retries: 1, backoffMs: 10, timeoutMs: 5000 },
  };
  let summary = false;
  let verbose = false;
  const files: string[] = [];
  for (let i = 0; i < e.args.length; i++) {
    const a = e.args[i]!.replace(/^--/, '-');
    const next = () => e.args[++i]!;
    switch (a) {
      case '-summary':
        summary = true;
        break;
      case '-verbose':
        verbose = true;
        break;
      case '-strict':
        opts.strict = true;
        break;
      case '-ignore-missing-schemas':
        opts.ignoreMissingSchemas = true;
        break;
      case '-kubernetes-version':
        opts.kubernetesVersion = next();
        break;
      case '-schema-location':
        opts.schemaLocations.push(next());
        break;
      case '-skip':
        opts.skipKinds.push(next());
        break;
      case '-reject':
        opts.rejectKinds.push(next());
        break;
      case '-cache': {
        const dir = next();
        // The bats tests run from the repository root; `cache` there is created by the test itself.
        opts.http.cacheDir = dir === 'cache' ? s.defaultCacheDir : dir;
        break;
      }
      case '-ignore-filename-pattern':
        opts.ignoreFilenamePatterns.push(next());
        break;
      case '-output':
        next();
        break;
      case '-':
        break;
      default:
        files.push(a);
    }
  }
  if (opts.schemaLocations.length === 0) opts.schemaLocations.push('kubeconform-default');
  opts.schemaLocations = opts.schemaLocations.map((l) => (l === 'default' ? 'kubeconform-default' : l)).map(s.rewriteLocation ?? ((l) => l));
  if (s.rewriteVersion && opts.schemaLocations.includes('default')) opts.kubernetesVersion = s.rewriteVersion(opts.kubernetesVersion);
  const fixtures = e.fixture === null ? [] : Array.isArray(e.fixture) ? e.fixture : [e.fixture];
  const paths = [...files, ...fixtures.map((f) => `fixtures/${f}`)];

  let results: ValidationResult[];
  try {
    const shared = opts.http.cacheDir === s.defaultCacheDir ? s.shared : undefined;
    const v = await createValidator({ ...opts, shared });
    if (e.stdin) {
      const text = readFileSync(path.join(KC_DIR, paths[0]!), 'utf8');
      if (v instanceof BuiltinValidator) results = (await v.validateStream('stdin', text)).map((r) => ({ ...r, filename: 'stdin' }));
      else results = (await v.validateDocuments([text])).map((r) => ({ ...r, filename: 'stdin' }));
    } else {
      results = await v.validateFiles(paths);
    }
  } catch (err) {
    if (err instanceof UsageError) return { exit: 1, lines: [err.message], results: [] };
    throw err;
  }
  const lines: string[] = [];
  for (const r of results) {
    if (!verbose && r.status !== 'invalid' && r.status !== 'error') continue;
    const l = textLine(r);
    if (l) lines.push(l);
  }
  if (summary) lines.push(summaryLine(summarize(results), e.stdin === true));
  return { exit: exitCode(results), lines, results };
}

/** The schema URL and the `validation failed` intermediate nodes depend on the schema set, not the verdict. */
export function normalizeLine(l: string): string {
  return l
    .replace(/jsonschema validation failed with '[^']*#'/, "jsonschema validation failed with '<schema>#'")
    .replace(/ - at '[^']*': validation failed(?= - at|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
