import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { isFile } from './build.js';
import { chartResources, renderChart, type ChartRender } from './helm-chart.js';
import type { ValuesSource } from './helm-template-map.js';
import type { ChartEntry, Kustomization } from './kustomization.js';
import type { BuiltResource } from './manifests.js';
import { isPlainObject } from './manifest-stream.js';

const INFLATOR = 'HelmChartInflationGenerator';
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';

/**
 * kustomize keeps no trace of the template an inflated chart object came from (its origin names
 * only the kustomization with the helmCharts entry). Each chart an overlay inflates is rendered
 * again with the pinned helm and the flags kustomize gives it, and every inflated object takes the
 * `# Source:` template (and the values sources) of the rendered object it matches by kind and name.
 * Objects that match nothing, and charts that fail to render, keep pointing at the helmCharts entry.
 */
export async function mapChartTemplates(resources: readonly BuiltResource[], tree: readonly Kustomization[], helm: string, timeoutMs: number): Promise<void> {
  const inflated = resources.filter((r) => r.origin?.configuredBy?.kind === INFLATOR && r.origin.configuredIn && !r.template);
  if (inflated.length === 0) return;
  const started = Date.now();
  for (const k of tree) {
    const mine = inflated.filter((r) => r.origin!.configuredIn === k.file);
    if (mine.length === 0) continue;
    const rendered: BuiltResource[] = [];
    for (const c of k.charts) {
      const left = timeoutMs - (Date.now() - started);
      if (left <= 0) return;
      // Only where findings point depends on this render: if it cannot run, the build's result stands.
      rendered.push(...(await renderEntry(k, c, helm, left).catch(() => [])));
    }
    const generated = k.charts.filter((c) => !c.releaseName && !c.nameTemplate).map((c) => path.posix.basename(c.name));
    for (const r of mine) {
      const match = matchRendered(r, rendered, generated);
      if (match?.template) r.template = match.template;
    }
  }
}

/** One helmCharts entry rendered as kustomize renders it (the agreement test compares the two); [] for a chart not found, or when helm fails. */
export async function renderEntry(k: Kustomization, c: ChartEntry, helm: string, timeoutMs: number): Promise<BuiltResource[]> {
  // A remote chart (remote bases allowed) is where kustomize pulled it during the build.
  const dir = path.resolve(k.dir, c.chartHome, ...(c.repo && c.version ? [`${c.name}-${c.version}`] : []), c.name);
  if (!isDir(dir)) return [];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portarium-chart-values-'));
  try {
    const file = c.valuesFile ? path.resolve(k.dir, c.valuesFile) : undefined;
    const valuesFile = file && isFile(file) ? file : undefined;
    const additional = c.additionalValuesFiles.map((f) => path.resolve(k.dir, f)).filter(isFile);
    // kustomize merges valuesInline into valuesFile (override by default; `merge` keeps the file's
    // values; `replace` drops the file) and gives helm the result: two helm values files merge alike.
    const inline = c.inline ? inlineValues(k, c.index) : undefined;
    let files: string[] = valuesFile ? [valuesFile] : [];
    let sources: ValuesSource[] = [...files];
    if (inline) {
      const inlineFile = path.join(tmp, 'values-inline.yaml');
      const mode = c.valuesMerge ?? 'override';
      await writeFile(inlineFile, stringify(mode === 'replace' ? inline : withoutNulls(inline)));
      const at: ValuesSource = { file: k.file, at: ['helmCharts', c.index, 'valuesInline'] };
      if (mode === 'replace') [files, sources] = [[inlineFile], [at]];
      // Without valuesFile, kustomize merges into the chart's values.yaml: under `merge` those win.
      else if (mode === 'merge') {
        const base = valuesFile ?? path.join(dir, 'values.yaml');
        [files, sources] = isFile(base) ? [[inlineFile, base], [at, base]] : [[inlineFile], [at]];
      }
      else [files, sources] = [[...files, inlineFile], [...sources, at]];
    }
    const render: ChartRender = {
      dir,
      release: c.releaseName,
      namespace: c.namespace,
      values: [...files, ...additional],
      kubernetesVersion: c.kubeVersion,
      extraArgs: [
        ...(c.nameTemplate ? ['--name-template', c.nameTemplate] : []),
        ...c.apiVersions.flatMap((v) => ['--api-versions', v]),
        ...(c.includeCRDs ? ['--include-crds'] : []),
        ...(c.skipTests ? ['--skip-tests'] : []),
        ...(c.skipHooks ? ['--no-hooks'] : []),
      ],
    };
    const r = await renderChart(helm, render, timeoutMs);
    const resources = r.ok ? chartResources(r.output, render, [...sources, ...additional]).resources : [];
    // The pulled chart is not the user's to edit: only the values they gave it are places to point at.
    if (c.repo) for (const res of resources) if (res.template) res.template = { ...res.template, userValuesOnly: true };
    return resources;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * The entry's valuesInline as kustomize reads it: YAML 1.1 (go-yaml v2), where a date stays a
 * string. Undefined when the kustomization cannot be decoded (aliases beyond the limit).
 */
function inlineValues(k: Kustomization, index: number): Record<string, unknown> | undefined {
  try {
    const doc = parseDocument(k.source?.text ?? '', { version: '1.1', customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== TIMESTAMP) });
    const all: unknown = doc.toJS({ maxAliasCount: 100 });
    const charts = isPlainObject(all) && Array.isArray(all.helmCharts) ? (all.helmCharts as unknown[]) : [];
    const entry = charts[index];
    return isPlainObject(entry) && isPlainObject(entry.valuesInline) ? entry.valuesInline : undefined;
  } catch {
    return undefined;
  }
}

/** mergo, which kustomize merges valuesInline with, skips a null: the key keeps the file's value (or stays unset). */
function withoutNulls(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).flatMap(([key, x]) => (x === null ? [] : [[key, isPlainObject(x) ? withoutNulls(x) : x]])));
}

/**
 * The rendered object an inflated one came from. kustomize's transformers may have added a name
 * prefix or suffix and changed the namespace, so the name helm gave is found inside the built one
 * (the longest such name wins). A release without releaseName is named by helm `<chart>-<unix
 * seconds>`, different in each render, so that part of a name is not compared. Failing names, the
 * only object of its kind.
 */
export function matchRendered(r: BuiltResource, rendered: readonly BuiltResource[], generatedFor: readonly string[] = []): BuiltResource | undefined {
  const plain = (name: string) => generatedFor.reduce((n, chart) => n.replace(new RegExp(`${chart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{9,11}`, 'g'), `${chart}-*`), name);
  const want = plain(r.name);
  const same = rendered.filter((c) => c.kind === r.kind && c.apiVersion === r.apiVersion).map((c) => ({ c, name: plain(c.name) }));
  const exact = same.filter((x) => x.name === want);
  if (exact.length > 0) return (exact.find((x) => x.c.namespace === r.namespace) ?? exact[0])!.c;
  const within = same.filter((x) => x.name !== '' && want.includes(x.name)).sort((a, b) => b.name.length - a.name.length);
  if (within.length > 0) return within[0]!.c;
  return same.length === 1 ? same[0]!.c : undefined;
}

function isDir(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}
