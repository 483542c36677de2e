import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../tools/process.js';
import { ValidationTimeout, type Status, type ValidationError, type ValidationResult, type Validator, type ValidatorOptions } from './validator.js';

export interface KubeconformOptions extends ValidatorOptions {
  binary: string;
  /** Locations exactly as kubeconform takes them (templates, URLs, paths). */
  schemaLocations: string[];
  /** Working directory (relative locations and file names are read from here). */
  cwd: string;
  /** -cache dir for http schemas (same file naming as the builtin engine's disk cache). */
  cacheDir?: string | undefined;
  /** -n workers. */
  workers?: number;
}

const STATUS: Record<string, Status> = {
  statusValid: 'valid',
  statusInvalid: 'invalid',
  statusError: 'error',
  statusSkipped: 'skipped',
  statusEmpty: 'empty',
  '': 'empty',
};

interface KubeconformJson {
  resources?: Array<{
    filename: string;
    kind: string;
    name: string;
    version: string;
    status: string;
    msg: string;
    validationErrors?: ValidationError[];
  }>;
}

/** Runs the real kubeconform (`-output json -summary -verbose`) and reads its results. */
export class KubeconformValidator implements Validator {
  readonly engine = 'kubeconform' as const;

  private readonly opts: KubeconformOptions;

  constructor(opts: KubeconformOptions) {
    this.opts = opts;
  }

  args(): string[] {
    const o = this.opts;
    const a = ['-output', 'json', '-summary', '-verbose', '-kubernetes-version', o.kubernetesVersion, '-n', String(o.workers ?? 2)];
    if (o.strict) a.push('-strict');
    for (const l of o.schemaLocations) a.push('-schema-location', l);
    if (o.skipKinds.length) a.push('-skip', o.skipKinds.join(','));
    if (o.rejectKinds.length) a.push('-reject', o.rejectKinds.join(','));
    if (o.ignoreMissingSchemas) a.push('-ignore-missing-schemas');
    if (o.cacheDir) a.push('-cache', o.cacheDir);
    for (const p of o.ignoreFilenamePatterns ?? []) a.push('-ignore-filename-pattern', p);
    return a;
  }

  async validateFiles(paths: string[]): Promise<ValidationResult[]> {
    const json = await this.run([...this.args(), ...paths]);
    return (json.resources ?? []).map((r) => toResult(r, -1));
  }

  async validateDocuments(docs: string[], opts: { timeoutMs?: number } = {}): Promise<ValidationResult[]> {
    if (docs.length === 0) return [];
    // One file per document: kubeconform's output order follows its workers, and file names are the
    // only stable way back to the document.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'portarium-kubeconform-'));
    try {
      const width = String(docs.length).length;
      const names = docs.map((_, i) => `${String(i).padStart(width, '0')}.yaml`);
      await Promise.all(docs.map((d, i) => writeFile(path.join(dir, names[i]!), d)));
      const json = await this.run([...this.args(), dir], opts.timeoutMs);
      const results = (json.resources ?? []).map((r) => toResult(r, Number(path.basename(r.filename, '.yaml'))));
      return results.sort((a, b) => a.document - b.document).map((r) => ({ ...r, filename: `document ${r.document}` }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async run(args: string[], timeoutMs?: number): Promise<KubeconformJson> {
    // A schema location that never answers must not hold the check past its deadline.
    const r = await runProcess(this.opts.binary, args, { cwd: this.opts.cwd, timeoutMs });
    if (r.timedOut) throw new ValidationTimeout(`kubeconform did not finish within ${timeoutMs} ms`);
    const stdout = r.stdout.toString('utf8');
    try {
      return JSON.parse(stdout) as KubeconformJson;
    } catch {
      const stderr = r.stderr.toString('utf8');
      throw new Error(`kubeconform exited ${r.code}: ${(stdout + stderr).trim().split('\n')[0] ?? ''}`);
    }
  }
}

function toResult(r: NonNullable<KubeconformJson['resources']>[number], document: number): ValidationResult {
  const status = Object.hasOwn(STATUS, r.status) ? STATUS[r.status]! : 'error';
  const result: ValidationResult = {
    filename: r.filename,
    kind: r.kind,
    name: r.name,
    namespace: '',
    version: r.version,
    status,
    msg: r.msg,
    document,
  };
  if (status === 'invalid') result.validationErrors = leafErrors(r.msg) ?? r.validationErrors ?? [];
  return result;
}

/**
 * kubeconform's `validationErrors` only hold the top-level causes (often a bare "validation failed" at
 * a `$ref`); the message carries the whole tree as `- at '<path>': <msg>` segments. Keep the leaves.
 */
export function leafErrors(msg: string): ValidationError[] | undefined {
  const start = msg.indexOf("#' ");
  if (start < 0) return undefined;
  const body = msg.slice(start + 3);
  const re = /- at '((?:[^'\\]|\\.)*)': /g;
  const marks: Array<{ path: string; from: number; to: number }> = [];
  for (let m = re.exec(body); m; m = re.exec(body)) marks.push({ path: m[1]!, from: m.index, to: re.lastIndex });
  const out: ValidationError[] = [];
  for (let i = 0; i < marks.length; i++) {
    const text = body.slice(marks[i]!.to, marks[i + 1]?.from ?? body.length).trim();
    if (text === 'validation failed' || text === 'allOf failed') continue;
    out.push({ path: marks[i]!.path, msg: text });
  }
  return out;
}
