// Builds every planned image with one builder: metadata from the injected context, the build and
// push, the manifest. A failed build or push becomes a finding at the failing instruction (or the
// image's declaration); the other images still build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CheckResult, Finding } from '../report/finding.js';
import { mdCode, mdText } from '../report/escape.js';
import { locationIn } from '../report/rules.js';
import { BuildFailure, redactor, type Builder, type BuildResult, type RegistryCredential } from './builder.js';
import { parseDockerfile, type Instruction } from '../checks/images/dockerfile.js';
import { writeBuildManifest, type BuildManifest } from './manifest.js';
import { computeMetadata, type BuildContext, type ImageMetadata } from './metadata.js';
import { planImages, type ImagePlan, type ImageTarget, type PlanOptions } from '../checks/images/plan.js';
import { finding } from '../checks/images/rules.js';
import { stagesOf } from '../checks/images/stages.js';

export interface BuildImagesOptions extends PlanOptions {
  /** A plan made earlier (e.g. shared with lintDockerfiles); otherwise one is made from the options. */
  plan?: ImagePlan;
  /** `createBuilder({ kind: 'buildah' | 'docker', ... })`. */
  builder: Builder;
  /** The run: event, ref, SHAs, default branch, created time, inputs (version, latest, ...). */
  context: BuildContext;
  push: boolean;
  credentials?: RegistryCredential[];
  /** Registry hosts reached without TLS verification; nothing else is. */
  insecureRegistries?: string[];
  /** Private temp directory (RUNNER_TEMP in an action) for auth and metadata files. */
  tempDir: string;
  /** Where to write the build manifest JSON; not written when absent. */
  manifestPath?: string;
  /** Images built at once. Default 1: builds are CPU-bound. */
  concurrency?: number;
  /** Builder output, line by line, free of secrets. */
  log?: (line: string) => void;
}

export interface ImageBuildOutcome {
  name: string;
  image: string;
  status: 'built' | 'pushed' | 'failed';
  metadata: ImageMetadata;
  result?: BuildResult;
  /** Why it failed, free of secrets. */
  error?: string;
  durationMs: number;
}

export interface BuildImagesResult {
  manifest: BuildManifest;
  results: ImageBuildOutcome[];
  findings: Finding[];
  /** The same, shaped for the reporters (`check: 'images'`). */
  checkResult: CheckResult;
}

export async function buildImages(opts: BuildImagesOptions): Promise<BuildImagesResult> {
  const plan = opts.plan ?? (await planImages(opts));
  const redact = redactor(opts.credentials ?? []);
  const log = (line: string) => opts.log?.(redact(line));
  const findings: Finding[] = [...plan.findings];
  const meta = new Map<string, ImageMetadata>();
  // Metadata first: a bad version input is a usage error before anything is built.
  for (const t of plan.images) meta.set(t.name, computeMetadata(opts.context, { name: t.name }));
  if (plan.images.length > 0 && opts.builder.version) log(`using ${await opts.builder.version()}`);

  const results: ImageBuildOutcome[] = new Array(plan.images.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= plan.images.length) return;
      const t = plan.images[i]!;
      results[i] = await buildOne(t, meta.get(t.name)!, opts, plan.root, log, findings, redact);
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 1, plan.images.length || 1));
  await Promise.all(Array.from({ length: n }, worker));

  const manifest: BuildManifest = { images: {} };
  for (const r of results) {
    if (!r.result) continue;
    manifest.images[r.name] = { image: r.result.image, digest: r.result.digest, tags: r.result.tags, platforms: r.result.platforms };
  }
  if (opts.manifestPath) await writeBuildManifest(opts.manifestPath, manifest);

  const checkResult: CheckResult = {
    check: 'images',
    findings,
    artifacts: opts.manifestPath ? { manifest: opts.manifestPath } : {},
    stats: {
      images: plan.images.length,
      built: results.filter((r) => r.status !== 'failed').length,
      pushed: results.filter((r) => r.status === 'pushed').length,
      failed: results.filter((r) => r.status === 'failed').length,
    },
    summaryMarkdown: summaryTable(results),
  };
  return { manifest, results, findings, checkResult };
}

async function buildOne(
  t: ImageTarget,
  metadata: ImageMetadata,
  opts: BuildImagesOptions,
  root: string,
  log: (line: string) => void,
  findings: Finding[],
  redact: (s: string) => string,
): Promise<ImageBuildOutcome> {
  const start = performance.now();
  const base = { name: t.name, image: t.image, metadata };
  log(`==> ${opts.builder.kind}: ${t.name} -> ${t.image} (${metadata.tags.join(', ')})`);
  try {
    const req = {
      name: t.name,
      image: t.image,
      context: path.resolve(root, t.context),
      dockerfile: path.resolve(root, t.dockerfile),
      buildArgs: t.buildArgs,
      platforms: t.platforms,
      tags: metadata.tags,
      labels: metadata.labels,
      annotations: metadata.annotations,
      push: opts.push,
      credentials: opts.credentials ?? [],
      insecureRegistries: opts.insecureRegistries ?? [],
      tempDir: opts.tempDir,
      log: (l: string) => log(l),
      ...(t.target !== undefined ? { target: t.target } : {}),
    };
    const result = await opts.builder.build(req);
    if (result.cached) log(`==> ${t.name}: cache hit, nothing rebuilt (${result.imageId ?? result.digest})`);
    return { ...base, status: result.pushed ? 'pushed' : 'built', result, durationMs: performance.now() - start };
  } catch (e) {
    if (!(e instanceof BuildFailure)) throw e;
    const message = redact(e.message);
    if (e.phase === 'build') {
      const at = await failingInstruction(t, root, e);
      findings.push(finding('images/build-failed', locationIn(t.dockerfile, at), `${t.name}: ${message}`, { help: redact(e.outputTail) }));
    } else {
      findings.push(finding('images/push-failed', t.declaredAt, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
    }
    return { ...base, status: 'failed', error: message, durationMs: performance.now() - start };
  }
}

/** Maps what the builder said failed back to a line of the Dockerfile. */
async function failingInstruction(t: ImageTarget, root: string, e: BuildFailure): Promise<{ line: number; column: number }> {
  let source: string;
  try {
    source = await readFile(path.resolve(root, t.dockerfile), 'utf8');
  } catch {
    return { line: 1, column: 1 };
  }
  const df = parseDockerfile(source);
  const { line, stage, step, instruction } = e.failedStep;
  if (line !== undefined) {
    const ins = df.instructions.find((i) => i.line <= line && line <= i.endLine);
    return ins ?? { line, column: 1 };
  }
  const staged = stagesOf(df, t.buildArgs);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const text = (i: Instruction) => norm(`${i.keyword} ${i.args}`);
  if (step !== undefined) {
    const s = staged.stages[(stage ?? 1) - 1];
    const candidate = s ? (step === 1 ? s.from : s.instructions[step - 2]) : undefined;
    if (candidate && (instruction === undefined || text(candidate).toLowerCase() === norm(instruction).toLowerCase())) return candidate;
  }
  if (instruction !== undefined) {
    const byText = df.instructions.find((i) => text(i).toLowerCase() === norm(instruction).toLowerCase());
    if (byText) return byText;
  }
  return { line: 1, column: 1 };
}

function summaryTable(results: ImageBuildOutcome[]): string {
  if (results.length === 0) return '';
  const rows = results.map((r) => {
    const digest = r.result?.digest ? mdCode(r.result.digest) : '';
    return `| ${mdText(r.name)} | ${mdCode(r.image)} | ${r.status} | ${cacheCell(r.result)} | ${digest} | ${r.metadata.tags.map((t) => mdCode(t)).join(' ')} | ${(r.durationMs / 1000).toFixed(1)} s |`;
  });
  return ['| image | repository | status | cache | digest | tags | time |', '|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** What the cache did for one image: re-used whole (identical inputs), or how many steps it served. */
export function cacheCell(result: BuildResult | undefined): string {
  if (!result) return '';
  if (result.cached) return 'hit: inputs unchanged, image re-used';
  if (result.steps !== undefined) return `${result.cachedSteps ?? 0}/${result.steps} steps`;
  return '';
}

