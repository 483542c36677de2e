import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError, type CheckResult, type Finding, type Severity } from '../../report/finding.js';
import { mdCode, mdFence } from '../../report/escape.js';
import { locateKustomize, type KustomizeCommand } from '../../tools/kustomize.js';
import { DEFAULT_KUBERNETES_VERSION, locateKubernetesSchemas, type KubernetesSchemaSource } from '../../tools/schemas.js';
import { Deadline } from '../deadline.js';
import { apiLimitHits } from './api-limits.js';
import { buildKustomization, type BuildOutcome } from './build.js';
import { inputProblems } from './input-bounds.js';
import { crdsInText, findCrdsInTree, writeCrdSchemas } from './crd-schemas.js';
import { buildTree, discover, referenceProblems } from './discover.js';
import { checkEngineOptions, createValidator, sharedSchemaState, type EngineName } from './engine.js';
import { kustomizationFile, loadKustomization, type Kustomization } from './kustomization.js';
import { parseBuildOutput, stripOrigins, type BuiltResource } from './manifests.js';
import { crdScopes, runPolicies } from './policies.js';
import { checkoutBase, overlayDiff, summaryDiff, type OverlayDiff } from './render-diff.js';
import { CHECK, RULE, RULES, ruleSeverity, type RuleId, type RuleSetting } from './rules.js';
import type { FetchLike } from './schema-fetch.js';
import { defaultSchemaCacheDir } from './schema-fetch.js';
import { checkKubernetesVersion } from './schema-location.js';
import { locate, parsePointer, type MapContext } from './source-map.js';
import { ValidationTimeout, type ValidationResult, type Validator } from './validator.js';
import { clearYamlCache, loadYaml } from './yaml-source.js';

export { RULES, CHECK };
export type { RuleDef, RuleSetting } from './rules.js';

export interface KustomizeOptions {
  /** Repository (scan) root; finding paths are relative to it. */
  root: string;
  /** Kustomization directories (or files) to build, relative to root. Default: every overlay found. */
  paths?: string[];
  /** `master` or x.y.z, each validated separately. Default: the bundled default (1.37.0). */
  kubernetesVersions?: string[];
  engine?: EngineName;
  /** kubeconform `-schema-location`s; `default` = offline kubernetes-validate schemas. Default ['default']. */
  schemaLocations?: string[];
  skipKinds?: string[];
  rejectKinds?: string[];
  ignoreMissingSchemas?: boolean;
  /** Strict schemas (additionalProperties: false) and duplicate keys rejected. Default true. */
  strict?: boolean;
  allowRemoteBases?: boolean;
  /** Git ref to render the same overlays at, for a rendered-manifest diff. */
  baseRef?: string;
  /** Where to write rendered manifests (one file per overlay) and `kustomize.diff`. */
  renderedDir?: string;
  /** Parallel kustomize builds. Default 2, at most 8. */
  concurrency?: number;
  /** Per-rule severity or 'off' (from .portarium-infra.yml). */
  rules?: Record<string, RuleSetting>;
  /** Injected kustomize (the action installs one); located when absent. */
  kustomize?: KustomizeCommand;
  kubeconformPath?: string;
  /** Offline schemas for `default` (located when absent: tools venv, then the bundle in dist/). */
  defaultSchemas?: KubernetesSchemaSource;
  /** Disk cache for http(s) schema locations, with hooks so the action can persist it (@actions/cache). */
  schemaCache?: {
    dir?: string;
    restore?: (dir: string) => Promise<void>;
    save?: (dir: string, downloaded: number) => Promise<void>;
  };
  fetch?: FetchLike;
  /** Largest build output accepted, bytes (default 256 MiB, kubeconform's limit). */
  maxManifestBytes?: number;
  /** Largest file a kustomization may read, bytes (default 32 MiB), decided by stat before reading. */
  maxFileBytes?: number;
  /** Address space each kustomize may use, bytes (default 3 GiB; 0 = unlimited). */
  kustomizeMemoryBytes?: number;
  /** Time limit of the whole check, ms (default 10 minutes); past it the rest ends as a finding. */
  timeoutMs?: number;
  log?: (message: string) => void;
  /** Called as each overlay × version is validated: the CLI's progress lines. */
  onOverlay?: (report: OverlayReport) => void;
}

export type OverlayStatus = 'passed' | 'failed' | 'build-failed' | 'refused' | 'timed-out';

export interface OverlayReport {
  /** Kustomization directory relative to root. */
  path: string;
  version: string;
  resources: number;
  errors: number;
  status: OverlayStatus;
}

export type KustomizeResult = CheckResult & { overlays: OverlayReport[]; diff?: string };

interface Target {
  dir: string;
  rel: string;
  tree: Kustomization[];
  build?: BuildOutcome;
  resources: BuiltResource[];
  refused: boolean;
  timedOut?: boolean;
  /** Error findings for rendered documents too large to parse, already reported. */
  oversized?: number;
}

const posix = (p: string) => p.split(path.sep).join('/');

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const BUILD_TIMEOUT_MS = 120_000;
const VALIDATE_BATCH = 500;
const MAX_CONCURRENCY = 8;

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Collects findings, merging the same problem reported by several overlays or versions. */
class FindingSink {
  private readonly byKey = new Map<string, { finding: Finding; overlays: Set<string>; versions: Set<string>; detail: string; subject: string }>();

  private readonly root: string;
  private readonly rules: Record<string, RuleSetting> | undefined;
  private readonly versionCount: number;

  constructor(root: string, rules: Record<string, RuleSetting> | undefined, versionCount: number) {
    this.root = root;
    this.rules = rules;
    this.versionCount = versionCount;
  }

  /**
   * `same` identifies the problem independent of where the build put it (a list index shifted by an
   * overlay's patch, a name changed by namePrefix), so one line in a base is one finding.
   */
  add(
    rule: RuleId,
    at: { file: string; line: number; column: number },
    subject: string,
    detail: string,
    ctx: { overlay?: string; version?: string; help?: string; same?: string } = {},
  ): Severity | undefined {
    const severity = ruleSeverity(rule, this.rules);
    if (!severity) return undefined;
    const file = inside(this.root, at.file) ? posix(path.relative(this.root, at.file)) : posix(at.file);
    const key = `${rule}|${file}|${at.line}|${at.column}|${ctx.same ?? detail}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = {
        finding: { check: CHECK, rule, severity, file, line: at.line, column: at.column, message: '', ...(ctx.help ? { help: ctx.help } : {}) },
        overlays: new Set(),
        versions: new Set(),
        detail,
        subject,
      };
      this.byKey.set(key, entry);
    }
    if (ctx.overlay !== undefined) entry.overlays.add(ctx.overlay);
    if (ctx.version !== undefined) entry.versions.add(ctx.version);
    return severity;
  }

  findings(): Finding[] {
    return [...this.byKey.values()].map((e) => {
      const where: string[] = [];
      if (e.overlays.size > 0) where.push(`${e.overlays.size > 1 ? 'overlays' : 'overlay'} ${[...e.overlays].sort().join(', ')}`);
      if (this.versionCount > 1 && e.versions.size > 0 && e.versions.size < this.versionCount) where.push(`Kubernetes ${[...e.versions].sort().join(', ')}`);
      const message = `${e.subject ? `${e.subject}: ` : ''}${e.detail}${where.length ? ` (${where.join('; ')})` : ''}`;
      return { ...e.finding, message };
    });
  }
}

function subjectOf(r: { kind: string; name: string }): string {
  return [r.kind, r.name].filter(Boolean).join(' ');
}

/** Paths mentioned in a kustomize error: quoted absolute paths and `in File: x` (relative to the last directory named). */
function pathsInMessage(message: string): string[] {
  const out: string[] = [];
  let lastDir: string | undefined;
  const re = /'(\/[^']+)'|in File: (\S+)/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    if (m[1]) {
      out.push(m[1]);
      try {
        if (statSync(m[1]).isDirectory()) lastDir = m[1];
      } catch {
        // a missing path is still worth reporting
      }
    } else if (m[2] && lastDir) out.push(path.resolve(lastDir, m[2]));
  }
  return out;
}

/** The innermost cause of kustomize's nested "accumulating resources" chain. */
export function rootCause(message: string): string {
  const yaml = /MalformedYAMLError: (.*?)(?:' *:|$)/.exec(message);
  if (yaml) return yaml[1]!.trim();
  const causes = [...message.matchAll(/(?:accumulating|merging) resources from '[^']*': (.*?)': (?:must build at directory|recursed)/g)].map((m) => m[1]!);
  const inner = causes[causes.length - 1];
  if (inner && !inner.includes("must resolve to a file")) return inner.replace(/^evalsymlink failure on '[^']*' : /, '').trim();
  return message.replace(/^(accumulating resources: )+/, '').trim();
}

function buildFailureFindings(sink: FindingSink, t: Target, message: string, root: string, all: Map<string, Kustomization>): void {
  const full = message.split(root + path.sep).join('');
  const shown = rootCause(full);
  const help = `kustomize said: ${full}`;
  const line = Number(/yaml: line (\d+)/.exec(message)?.[1] ?? 0);
  let blamedEntry = false;
  for (const p of [...new Set(pathsInMessage(message))].reverse()) {
    if (!inside(root, p)) continue;
    let isFile = false;
    try {
      isFile = statSync(p).isFile();
    } catch {
      // missing: find who lists it
    }
    if (isFile && !kustomizationFile(path.dirname(p))?.endsWith(path.basename(p))) {
      // kustomize's YAML line is where go-yaml noticed; our parser names the line that is wrong.
      const src = loadYaml(p);
      const own = src?.docs.flatMap((d) => d.errors)[0]?.linePos?.[0];
      const at = src?.encodingError
        ? { line: src.encodingError.line, column: src.encodingError.column }
        : own
          ? { line: own.line, column: own.col }
          : { line: line || 1, column: 1 };
      sink.add(RULE.buildFailed, { file: p, ...at }, '', `kustomize build failed here: ${shown}`, { overlay: t.rel, help });
      break;
    }
    if (!isFile && !existsSync(p)) {
      for (const k of [...t.tree, ...all.values()]) {
        const e = [...k.resources, ...k.components, ...k.files].find((x) => path.resolve(k.dir, x.value) === p);
        if (e) {
          sink.add(RULE.buildFailed, { file: k.file, line: e.line, column: e.column }, '', `${e.value} does not exist`, { overlay: t.rel, help });
          blamedEntry = true;
          break;
        }
      }
      if (blamedEntry) break;
    }
  }
  const kfile = t.tree[0]?.file ?? kustomizationFile(t.dir) ?? path.join(t.dir, 'kustomization.yaml');
  sink.add(RULE.buildFailed, { file: kfile, line: 1, column: 1 }, '', `kustomize build failed: ${shown}`, { overlay: t.rel, help });
}

function errorRule(msg: string): RuleId {
  if (msg.startsWith('could not find schema for')) return RULE.missingSchema;
  if (msg.startsWith('prohibited resource kind')) return RULE.rejectedKind;
  if (msg.startsWith('error unmarshalling') || msg.startsWith('error while parsing')) return RULE.invalidManifest;
  return RULE.schemaError;
}

function resultFindings(sink: FindingSink, ctx: MapContext, t: Target, version: string, r: ValidationResult, res: BuiltResource, locations: string[]): number {
  let errors = 0;
  const count = (s: Severity | undefined) => {
    if (s === 'error') errors++;
  };
  const subject = subjectOf(res);
  const opts = { overlay: t.rel, version };
  if (r.status === 'invalid') {
    for (const v of r.validationErrors ?? []) {
      const segs = parsePointer(v.path);
      const extra = /^additional properties (.+) not allowed$/.exec(v.msg);
      if (extra) {
        for (const name of extra[1]!.split(', ').map((q) => q.replace(/^'|'$/g, ''))) {
          const at = locate(ctx, res, [...segs, name], { key: true });
          count(sink.add(RULE.schema, at, subject, `${[...segs, name].join('.')}: unknown field ${name}`, { ...opts, same: `unknown ${name}` }));
        }
        continue;
      }
      const missing = v.msg.startsWith('missing propert');
      const at = locate(ctx, res, segs, { missing });
      count(sink.add(RULE.schema, at, subject, `${segs.length ? segs.join('.') : '(root)'}: ${v.msg}`, { ...opts, same: `${segs[segs.length - 1] ?? ''}: ${v.msg}` }));
    }
    if ((r.validationErrors ?? []).length === 0) count(sink.add(RULE.schema, locate(ctx, res, ['kind'], { key: true }), subject, r.msg, opts));
  } else if (r.status === 'error') {
    const rule = errorRule(r.msg);
    const detail = rule === RULE.missingSchema ? `no schema for ${res.apiVersion} ${res.kind} in ${locations.join(', ')}; the resource was not validated` : r.msg;
    count(sink.add(rule, locate(ctx, res, ['kind'], { key: true }), subject, detail, opts));
  }
  return errors;
}

/**
 * Builds every requested kustomization (or every overlay found), validates the rendered resources
 * against Kubernetes JSON schemas with the chosen engine, runs the policy rules and, with a base ref,
 * diffs the rendered manifests.
 */
export async function runKustomize(opts: KustomizeOptions): Promise<KustomizeResult> {
  const root = path.resolve(opts.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${opts.root} is not a directory`);
  const log = opts.log ?? (() => {});
  const versions = opts.kubernetesVersions?.length ? opts.kubernetesVersions : [DEFAULT_KUBERNETES_VERSION];
  for (const v of versions) checkKubernetesVersion(v);
  const strict = opts.strict ?? true;
  const locations = opts.schemaLocations?.length ? opts.schemaLocations : ['default'];
  const cacheDir = opts.schemaCache?.dir ?? defaultSchemaCacheDir();
  const http = { cacheDir, fetch: opts.fetch };
  for (const v of versions) checkEngineOptions({ kubernetesVersion: v, schemaLocations: locations, baseDir: root });
  clearYamlCache();

  const discovery = discover(root);
  let dirs: string[];
  if (opts.paths?.length) {
    dirs = opts.paths.map((p) => {
      let d = path.resolve(root, p);
      if (existsSync(d) && statSync(d).isFile()) d = path.dirname(d);
      if (!kustomizationFile(d)) throw new UsageError(`${p} has no kustomization.yaml`);
      return d;
    });
  } else dirs = discovery.overlays;

  const sink = new FindingSink(root, opts.rules, versions.length);
  // Each build may use up to its memory limit: a configuration from a pull request cannot multiply that without end.
  const concurrency = Math.min(Math.max(1, opts.concurrency ?? 2), MAX_CONCURRENCY);
  const deadline = new Deadline(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const timedOut = (t: Target) => {
    t.timedOut = true;
    const file = t.tree[0]?.file ?? kustomizationFile(t.dir) ?? path.join(t.dir, 'kustomization.yaml');
    sink.add(RULE.deadlineExceeded, { file, line: 1, column: 1 }, '', `the check's time limit (${deadline.describe()}) ran out before this overlay was checked`, { overlay: t.rel });
  };
  const overlays: OverlayReport[] = [];
  const report = (o: OverlayReport) => {
    overlays.push(o);
    opts.onOverlay?.(o);
  };
  const stats: Record<string, number> = { kustomizations: discovery.all.size, overlays: dirs.length, resources: 0, valid: 0, invalid: 0, errors: 0, skipped: 0 };
  const artifacts: Record<string, string> = {};
  if (dirs.length === 0) return { check: CHECK, findings: [], artifacts, stats, overlays };

  const kustomize = opts.kustomize ?? (await locateKustomize());
  if (!kustomize) throw new UsageError('kustomize not found: install kubectl (kubectl kustomize) or run scripts/tools/install-kustomize.sh');
  log(`kustomize: ${kustomize.kind === 'kubectl' ? 'kubectl kustomize' : kustomize.path} (kustomize ${kustomize.version})`);

  const targets: Target[] = dirs.map((dir) => {
    const tree = buildTree(dir, discovery.all);
    return { dir, rel: posix(path.relative(root, dir)) || '.', tree, resources: [], refused: false };
  });

  // Refuse before building: remote targets, paths leaving the repository, unreadable kustomizations.
  for (const t of targets) {
    for (const k of t.tree) {
      if (k.parseError) {
        sink.add(RULE.buildFailed, { file: k.file, line: k.parseError.line, column: k.parseError.column }, '', `kustomization cannot be read: ${k.parseError.message}`, { overlay: t.rel });
        t.refused = true;
      }
    }
    for (const p of referenceProblems(t.tree, root, opts.allowRemoteBases ?? false)) {
      t.refused = true;
      const at = { file: p.kustomization.file, line: p.entry.line, column: p.entry.column };
      if (p.rule === 'remote') {
        sink.add(RULE.remoteBase, at, '', `${p.entry.field} entry ${p.entry.value} is remote; remote bases are refused (allow them explicitly to build)`, { overlay: t.rel });
      } else {
        sink.add(RULE.outsideRoot, at, '', `${p.entry.field} entry ${p.entry.value} resolves outside the repository`, { overlay: t.rel });
      }
    }
    if (t.refused) continue;
    // Sizes and alias expansion are decided on the files, before kustomize or a parser holds them.
    for (const p of inputProblems(t.tree, opts.maxFileBytes)) {
      t.refused = true;
      sink.add(p.rule === 'file-too-large' ? RULE.fileTooLarge : RULE.excessiveAliasing, p, '', p.message, { overlay: t.rel });
    }
  }

  await mapLimit(targets, concurrency, async (t) => {
    if (t.refused) return;
    if (deadline.expired()) return timedOut(t);
    t.build = await buildKustomization(kustomize, t.dir, {
      maxBytes: opts.maxManifestBytes,
      sortOptions: t.tree[0]?.sortOptions,
      timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
      memoryBytes: opts.kustomizeMemoryBytes,
    });
    if (!t.build.ok && t.build.timedOut && deadline.expired()) {
      t.build = undefined;
      return timedOut(t);
    }
    if (!t.build.ok) {
      buildFailureFindings(sink, t, t.build.message, root, discovery.all);
      return;
    }
    const parsed = parseBuildOutput(t.build.output, t.build.wrapperDir);
    t.resources = parsed.resources;
    for (const p of parsed.problems) sink.add(RULE.invalidManifest, { file: t.tree[0]!.file, line: 1, column: 1 }, '', `kustomize printed a document that cannot be read: ${p}`, { overlay: t.rel });
    for (const big of parsed.oversized) {
      const at = big.origin ? locate({ overlay: t.tree[0]!, tree: t.tree }, big, ['kind'], { key: true }) : { file: t.tree[0]!.file, line: 1, column: 1 };
      if (sink.add(RULE.objectTooLarge, at, subjectOf(big), big.message, { overlay: t.rel }) === 'error') t.oversized = (t.oversized ?? 0) + 1;
    }
  });

  // Custom resources are validated against schemas generated from the repository's CRDs.
  const crds = [...findCrdsInTree(root, opts.maxFileBytes)];
  for (const t of targets) for (const r of t.resources) if (r.kind === 'CustomResourceDefinition') crds.push(...crdsInText(r.json));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portarium-k8s-'));
  try {
    const engineLocations = [...locations];
    if (crds.length > 0) {
      const crd = await writeCrdSchemas(crds, strict, path.join(tmp, 'crd-schemas'));
      if (crd.count > 0) engineLocations.push(crd.location);
      log(`schemas generated from ${crds.length} CustomResourceDefinition(s): ${crd.count}`);
    }
    const usesHttp = engineLocations.some((l) => /^https?:|^kubeconform-default$/.test(l));
    if (usesHttp) {
      await mkdir(cacheDir, { recursive: true });
      await opts.schemaCache?.restore?.(cacheDir);
    }
    const source = locations.includes('default') ? (opts.defaultSchemas ?? locateKubernetesSchemas()) : undefined;
    if (source) log(`offline schemas: ${source.description}`);
    const shared = sharedSchemaState(http);
    const validators = new Map<string, Validator>();
    for (const v of versions) {
      validators.set(
        v,
        await createValidator({
          engine: opts.engine ?? 'builtin',
          kubernetesVersion: v,
          strict,
          skipKinds: opts.skipKinds,
          rejectKinds: opts.rejectKinds,
          ignoreMissingSchemas: opts.ignoreMissingSchemas,
          schemaLocations: engineLocations,
          baseDir: root,
          defaultSource: source,
          http: usesHttp ? http : { ...http, cacheDir: false },
          kubeconformPath: opts.kubeconformPath,
          shared,
        }),
      );
    }

    const scopes = crdScopes(crds);
    for (const t of targets) {
      const ctx: MapContext = { overlay: t.tree[0]!, tree: t.tree };
      if (!t.refused && !t.timedOut && t.build?.ok && deadline.expired()) timedOut(t);
      const status: OverlayStatus | undefined = t.refused ? 'refused' : t.timedOut ? 'timed-out' : t.build && !t.build.ok ? 'build-failed' : undefined;
      let policyErrors = t.oversized ?? 0;
      if (!status) {
        for (const hit of [...runPolicies(t.resources, scopes), ...t.resources.flatMap(apiLimitHits)]) {
          const at = locate(ctx, hit.resource, hit.pointer, { missing: hit.missing, key: hit.missing });
          if (sink.add(hit.rule, at, subjectOf(hit.resource), hit.message, { overlay: t.rel }) === 'error') policyErrors++;
        }
      }
      for (const v of versions) {
        if (status) {
          report({ path: t.rel, version: v, resources: 0, errors: 1, status });
          continue;
        }
        const results = await validateInBatches(validators.get(v)!, t.resources, deadline);
        if (results === undefined) {
          timedOut(t);
          report({ path: t.rel, version: v, resources: t.resources.length, errors: 1, status: 'timed-out' });
          continue;
        }
        let errors = policyErrors;
        for (const r of results) {
          const res = t.resources[r.document];
          if (!res) continue;
          if (r.status === 'valid') stats.valid!++;
          else if (r.status === 'invalid') stats.invalid!++;
          else if (r.status === 'error') stats.errors!++;
          else if (r.status === 'skipped') stats.skipped!++;
          errors += resultFindings(sink, ctx, t, v, r, res, locations);
        }
        stats.resources! += t.resources.length;
        report({ path: t.rel, version: v, resources: t.resources.length, errors, status: errors > 0 ? 'failed' : 'passed' });
      }
    }

    const shared2 = shared.loader.downloaded.length;
    if (usesHttp && shared2 > 0) await opts.schemaCache?.save?.(cacheDir, shared2);

    // Rendered manifests and the base..head diff.
    let diff: string | undefined;
    if (opts.renderedDir || opts.baseRef) {
      const rendered = new Map<string, string>();
      for (const t of targets) if (t.build?.ok) rendered.set(t.rel, stripOrigins(t.build.output));
      if (opts.renderedDir) {
        const out = path.resolve(root, opts.renderedDir);
        await mkdir(out, { recursive: true });
        for (const [rel, text] of rendered) await writeFile(path.join(out, `${rel === '.' ? 'root' : rel.replace(/\//g, '__')}.yaml`), text);
        artifacts.rendered = out;
      }
      if (opts.baseRef) {
        const base = await checkoutBase(root, opts.baseRef);
        try {
          const baseDiscovery = new Map<string, Kustomization>();
          const diffs: OverlayDiff[] = await mapLimit(targets, concurrency, async (t) => {
            const dir = path.join(base.dir, t.rel);
            let before: string | undefined;
            if (deadline.expired()) before = `# not rendered at ${opts.baseRef}: the check's time limit ran out\n`;
            else if (kustomizationFile(dir) && loadKustomization(dir)) {
              const tree = buildTree(dir, baseDiscovery);
              if (referenceProblems(tree, base.dir, opts.allowRemoteBases ?? false).length === 0 && inputProblems(tree, opts.maxFileBytes).length === 0) {
                const b = await buildKustomization(kustomize, dir, {
                  maxBytes: opts.maxManifestBytes,
                  sortOptions: tree[0]?.sortOptions,
                  timeoutMs: deadline.cap(BUILD_TIMEOUT_MS),
                  memoryBytes: opts.kustomizeMemoryBytes,
                });
                before = b.ok ? stripOrigins(b.output) : `# kustomize build failed at ${opts.baseRef}: ${b.message.split(base.dir + path.sep).join('')}\n`;
              } else before = `# not rendered at ${opts.baseRef}: remote or out-of-repository references, or inputs over the size bounds\n`;
            }
            return overlayDiff(t.rel, before, rendered.get(t.rel));
          });
          diff = summaryDiff(diffs);
          const file = opts.renderedDir ? path.join(path.resolve(root, opts.renderedDir), 'kustomize.diff') : path.join(os.tmpdir(), `portarium-kustomize-${process.pid}.diff`);
          await writeFile(file, diffs.filter((d) => d.changed).map((d) => d.diff).join('\n'));
          artifacts.diff = file;
          stats.changedOverlays = diffs.filter((d) => d.changed).length;
        } finally {
          await base.cleanup();
        }
      }
    }

    const findings = sink.findings();
    const summaryMarkdown = renderOverlaySection(overlays, diff, opts.baseRef);
    return { check: CHECK, findings, artifacts, stats, overlays, ...(diff !== undefined ? { diff } : {}), summaryMarkdown };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Validates in batches so the deadline is tested between them; undefined when it ran out. */
async function validateInBatches(validator: Validator, resources: BuiltResource[], deadline: Deadline): Promise<ValidationResult[] | undefined> {
  const out: ValidationResult[] = [];
  for (let i = 0; i < resources.length; i += VALIDATE_BATCH) {
    if (deadline.expired()) return undefined;
    let batch: ValidationResult[];
    try {
      batch = await validator.validateDocuments(resources.slice(i, i + VALIDATE_BATCH).map((r) => r.json), { timeoutMs: deadline.remaining() });
    } catch (e) {
      if (e instanceof ValidationTimeout) return undefined;
      throw e;
    }
    for (const r of batch) out.push({ ...r, document: r.document + i });
  }
  return out;
}

/** The kustomize section of a job summary (overlay table, manifest diff): report/summary's renderSummary appends it. */
function renderOverlaySection(overlays: OverlayReport[], diff: string | undefined, baseRef: string | undefined): string {
  const icon: Record<OverlayStatus, string> = { passed: '✅', failed: '❌', 'build-failed': '❌ build', refused: '⛔ refused', 'timed-out': '⏱ timed out' };
  const lines = ['| Overlay | Kubernetes | Resources | Errors | Status |', '|---|---|---|---|---|'];
  for (const o of overlays) lines.push(`| ${mdCode(o.path)} | ${o.version} | ${o.resources} | ${o.errors} | ${icon[o.status]} |`);
  if (baseRef !== undefined) {
    lines.push('', `### Rendered manifest diff against ${mdCode(baseRef, { table: false })}`, '');
    lines.push(diff ? mdFence(diff, 'diff') : 'No rendered changes.');
  }
  return lines.join('\n');
}
