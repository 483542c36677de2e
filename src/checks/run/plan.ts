import path from 'node:path';
import { discoverProjects } from '../compose/discover.js';
import { discoverConfigs } from '../otel/discover.js';
import { UsageError } from '../../report/finding.js';
import { buildTree, discover as discoverKustomizations } from '../kubernetes/discover.js';
import { discoverTerraformFiles } from '../terraform/discover.js';
import type { ProjectConfig } from '../../settings/config.js';
import { DEFAULT_KUBERNETES_VERSION } from '../../tools/schemas.js';

/**
 * What ci-infra (and `portarium-infra check`) will run: every target each check finds, and the
 * kustomize matrix. Few targets run in one job; many fan out one job per overlay × Kubernetes version,
 * on GitHub's own runners.
 */
export interface InfraPlan {
  compose: { projects: string[][] };
  terraform: { files: string[] };
  kustomize: { overlays: string[]; versions: string[]; matrix: { include: KustomizeLeg[] } };
  /** Collector configurations: all of them, or none when no change touches what the otel check reads. */
  otel: { configs: string[] };
}

export interface KustomizeLeg {
  name: string;
  /** Newline-separated, as the kustomize-validate action's `paths` input takes them. */
  paths: string;
  versions: string;
}

export interface PlanOptions {
  root: string;
  composeFiles?: string[];
  terraformPaths?: string[];
  kustomizePaths?: string[];
  kubernetesVersions?: string[];
  /** Collector configurations (otel.configs); empty discovers them. */
  otelConfigs?: string[];
  /** Overlay × version pairs up to which one job does all the kustomize work. */
  fanOutAbove?: number;
  /** Only targets these root-relative files touch (a pull request's changes). */
  changedFiles?: ReadonlySet<string>;
}

/** GitHub refuses a matrix of more than 256 jobs. */
const MAX_MATRIX = 256;

const rel = (root: string, p: string) => path.relative(root, p).split(path.sep).join('/');

export async function planInfra(opts: PlanOptions): Promise<InfraPlan> {
  const root = path.resolve(opts.root);
  const changed = opts.changedFiles;
  const touches = (files: string[]) => !changed || files.some((f) => changed.has(f));

  const projects = opts.composeFiles?.length
    ? [opts.composeFiles.map((f) => rel(root, path.resolve(root, f)))]
    : discoverProjects(root).map((p) => p.files.map((f) => rel(root, f)));
  const compose = projects.filter((files) => touches(files.concat(files.map((f) => path.posix.join(path.posix.dirname(f), '.env')))));

  const tf = await discoverTerraformFiles({ root, ...(opts.terraformPaths?.length ? { paths: opts.terraformPaths } : {}) });
  const terraform = tf.files.map((f) => f.rel).filter((f) => !changed || changed.has(f));

  const found = discoverKustomizations(root);
  const roots = opts.kustomizePaths?.length ? opts.kustomizePaths.map((p) => path.resolve(root, p)) : found.overlays;
  const overlays = roots
    .filter((dir) => {
      if (!changed) return true;
      // An overlay is affected when any file under a kustomization it reaches changed.
      const dirs = buildTree(dir, found.all).map((k) => rel(root, k.dir) + '/');
      return [...changed].some((f) => dirs.some((d) => f.startsWith(d)));
    })
    .map((dir) => rel(root, dir));
  const versions = opts.kubernetesVersions?.length ? opts.kubernetesVersions : [DEFAULT_KUBERNETES_VERSION];

  const pairs = overlays.flatMap((o) => versions.map((v) => ({ o, v })));
  let include: KustomizeLeg[];
  if (pairs.length === 0) include = [];
  else if (pairs.length <= (opts.fanOutAbove ?? 8)) include = [{ name: 'all overlays', paths: overlays.join('\n'), versions: versions.join('\n') }];
  else {
    // One job per pair, or per batch of pairs when there are more than GitHub allows in a matrix.
    const per = Math.ceil(pairs.length / MAX_MATRIX);
    include = [];
    for (let i = 0; i < pairs.length; i += per) {
      const batch = pairs.slice(i, i + per);
      include.push({
        name: batch.length === 1 ? `${batch[0]!.o} @ ${batch[0]!.v}` : `${batch[0]!.o} … (${batch.length})`,
        paths: [...new Set(batch.map((b) => b.o))].join('\n'),
        versions: [...new Set(batch.map((b) => b.v))].join('\n'),
      });
    }
  }
  // The otel check reads the collector configurations, the files beside them (Tempo's, Grafana's) and
  // the compose files whose services mount them; it checks them together, so it runs whole or not at all.
  const configs = otelConfigs(root, opts.otelConfigs);
  const otelInputs = new Set([...configs, ...configs.map((f) => path.posix.dirname(f) + '/'), ...(configs.length ? projects.flat() : [])]);
  const otelTouched = !changed || [...changed].some((f) => otelInputs.has(f) || otelInputs.has(path.posix.dirname(f) + '/'));

  return {
    compose: { projects: compose },
    terraform: { files: terraform },
    kustomize: { overlays, versions, matrix: { include } },
    otel: { configs: otelTouched ? configs : [] },
  };
}

/**
 * The collector configurations, relative to root. A configured one that is missing or outside root
 * still counts: the otel job, not the plan, reports it, and the other checks still run.
 */
function otelConfigs(root: string, configured: string[] | undefined): string[] {
  try {
    return discoverConfigs(root, configured?.length ? configured : undefined).map((f) => rel(root, f));
  } catch (e) {
    if (e instanceof UsageError && configured?.length) return configured;
    throw e;
  }
}

/** The plan for the targets .portarium-infra.yml names (its compose, terraform, kubernetes and otel sections). */
export function planFromConfig(root: string, config: ProjectConfig, changedFiles?: ReadonlySet<string>): Promise<InfraPlan> {
  const { compose, terraform, kubernetes, otel } = config.checks;
  return planInfra({
    root,
    composeFiles: compose.files ?? [],
    terraformPaths: terraform.paths ?? [],
    kustomizePaths: kubernetes.paths ?? [],
    kubernetesVersions: kubernetes.kubernetesVersions ?? [],
    otelConfigs: otel.configs ?? [],
    ...(changedFiles && { changedFiles }),
  });
}
