import type { CheckResult } from '../../report/finding.js';
import type { KustomizeCommand } from '../../tools/kustomize.js';
import type { KubernetesSchemaSource } from '../../tools/schemas.js';
import type { EngineName } from './engine.js';
import type { RuleSetting } from './rules.js';
import type { FetchLike } from './schema-fetch.js';

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
  kustomize?: KustomizeCommand | undefined;
  kubeconformPath?: string | undefined;
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
