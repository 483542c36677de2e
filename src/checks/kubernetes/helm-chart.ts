import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../report/finding.js';
import type { ChartSettings } from '../../settings/sections.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MEMORY_BYTES, goRuntimeEnv, memoryLimited, outOfMemory, runCapped } from './build.js';
import type { Kustomization } from './kustomization.js';
import { identityOf, type BuiltResource } from './manifests.js';
import { isPlainObject, parseChunk, splitYamlStream } from './manifest-stream.js';
import type { Target } from './targets.js';
import type { ValuesSource } from './helm-template-map.js';

/** A chart folder the settings name, rendered with `helm template` for one Kubernetes version. */
export interface ChartRender {
  /** Absolute chart directory. */
  dir: string;
  /** Undefined: `--generate-name`, as kustomize does for a helmCharts entry without releaseName. */
  release: string | undefined;
  namespace?: string | undefined;
  /** Absolute values files, in `-f` order (a later one wins). */
  values: string[];
  /** Undefined: helm's default, as kustomize leaves it unless the entry sets kubeVersion. */
  kubernetesVersion: string | undefined;
  /** Further `helm template` flags (kustomize's nameTemplate, apiVersions, includeCRDs, skipTests, skipHooks). */
  extraArgs?: string[] | undefined;
}

/**
 * One target per chart and Kubernetes version: helm renders a chart for a `--kube-version`
 * (`.Capabilities.KubeVersion`), so each version validates its own render.
 */
export function chartTargets(root: string, charts: readonly ChartSettings[], versions: readonly string[]): Target[] {
  return charts.flatMap((c) => {
    const dir = path.resolve(root, c.path);
    if (!existsSync(path.join(dir, 'Chart.yaml'))) throw new UsageError(`charts entry ${c.path} has no Chart.yaml`);
    const values = (c.values ?? []).map((v) => path.resolve(root, v));
    const rel = path.relative(root, dir).split(path.sep).join('/') || '.';
    const tree: Kustomization[] = [
      {
        dir,
        file: path.join(dir, 'Chart.yaml'),
        kind: 'Kustomization',
        // Containment and size checks of overlays apply to the chart folder and the values files.
        resources: [{ value: '.', field: 'charts', line: 1, column: 1 }],
        components: [],
        files: values.map((v) => ({ value: path.relative(dir, v), field: 'charts.values', line: 1, column: 1 })),
        patches: [],
        images: [],
        generators: [],
        charts: [],
      },
    ];
    return versions.map((v) => ({
      dir,
      rel,
      tree,
      resources: [],
      refused: false,
      onlyVersion: v,
      chart: { dir, release: c.release ?? path.basename(dir), namespace: c.namespace, values, kubernetesVersion: v },
    }));
  });
}

export interface ChartOutcome {
  ok: boolean;
  output: string;
  message?: string;
}

/**
 * `helm template` with the limits of a kustomize build. Helm's home directories point into a fresh
 * temporary folder, so no repository list, plugin or registry login of the machine is used; a chart
 * whose dependencies are not vendored under charts/ fails instead of fetching them.
 */
export async function renderChart(helm: string, c: ChartRender, timeoutMs: number): Promise<ChartOutcome> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'portarium-helm-'));
  try {
    const args = [
      'template',
      ...(c.release ? [c.release] : ['--generate-name']),
      c.dir,
      ...(c.kubernetesVersion ? ['--kube-version', c.kubernetesVersion] : []),
      ...(c.namespace ? ['--namespace', c.namespace] : []),
      ...c.values.flatMap((v) => ['--values', v]),
      ...(c.extraArgs ?? []),
    ];
    const [bin, argv] = memoryLimited(helm, args, DEFAULT_MEMORY_BYTES);
    const env = goRuntimeEnv(DEFAULT_MEMORY_BYTES, {
      PATH: process.env.PATH ?? '',
      HOME: home,
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_DATA_HOME: path.join(home, 'data'),
    });
    const r = await runCapped(bin, argv, timeoutMs, DEFAULT_MAX_BYTES, env);
    if (r.code === 0 && !r.overflow) return { ok: true, output: r.stdout };
    const message = r.overflow
      ? 'helm template printed more than the output limit; it was stopped'
      : r.timedOut
        ? `helm template did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`
        : outOfMemory(r.stderr)
          ? 'helm ran out of memory'
          : (r.stderr.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^Error: /, '') || 'helm template failed').split(home).join('<helm home>');
    return { ok: false, output: '', message };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The rendered objects, each with the template file helm's `# Source:` line names as its origin;
 * `values` says where the values helm was given are written (default: the files themselves).
 */
export function chartResources(output: string, c: ChartRender, values: readonly ValuesSource[] = c.values): { resources: BuiltResource[]; problems: string[] } {
  const resources: BuiltResource[] = [];
  const problems: string[] = [];
  for (const chunk of splitYamlStream(output)) {
    if (chunk.text.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(chunk.text)?.[1]?.trim();
    const parsed = parseChunk(chunk.text);
    if (parsed.error) {
      problems.push(`${source ?? 'a rendered document'}: ${parsed.error}`);
      continue;
    }
    if (!isPlainObject(parsed.value)) continue;
    const object = parsed.value;
    const template = source ? templateFile(c.dir, source) : undefined;
    const subcharts = source ? subchartsOf(source) : [];
    resources.push({
      index: resources.length,
      object,
      ...identityOf(object, c.namespace ?? ''),
      json: JSON.stringify(object),
      ...(template ? { template: { file: template, values, chartDir: c.dir, ...(subcharts.length ? { subcharts } : {}) } } : {}),
    });
  }
  return { resources, problems };
}

/** `web/charts/db/charts/tls/templates/x.yaml` → ['db', 'tls']: the subcharts a template belongs to. */
function subchartsOf(source: string): string[] {
  const chain: string[] = [];
  let rest = source.split('/').slice(1);
  while (rest[0] === 'charts' && rest.length > 2) {
    chain.push(rest[1]!);
    rest = rest.slice(2);
  }
  return chain;
}

/** `web/templates/deploy.yaml` → `<chart dir>/templates/deploy.yaml`; a subchart's path stays inside the chart. */
function templateFile(chartDir: string, source: string): string | undefined {
  const rel = source.split('/').slice(1).join('/');
  const file = path.resolve(chartDir, rel);
  return file.startsWith(chartDir + path.sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}
