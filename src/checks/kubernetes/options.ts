import type { CheckResult, Finding } from '../../report/finding.js';
import type { KubernetesSettings } from '../../settings/sections.js';
import type { KustomizeCommand } from '../../tools/kustomize.js';
import type { KubernetesSchemaSource } from '../../tools/schemas.js';
import type { RuleSetting } from './rules.js';
import type { FetchLike } from './schema-fetch.js';

/**
 * What `.portarium-infra.yml`'s `kubernetes:` section can say (paths, versions, engine, schema
 * locations, kinds, strict, base-ref, rendered-dir, concurrency, timeout), plus what only code passes.
 */
export interface KustomizeOptions extends KubernetesSettings {
  /** Repository (scan) root; finding paths are relative to it. */
  root: string;
  /** Per-rule severity or 'off' (from .portarium-infra.yml). */
  rules?: Record<string, RuleSetting>;
  /** Injected kustomize (the action installs one); located when absent. */
  kustomize?: KustomizeCommand | undefined;
  /** Finds the pinned helm, asked only when an overlay has `helmCharts:` (the action installs it); default tools dir, then PATH. */
  resolveHelm?: (() => Promise<string | undefined>) | undefined;
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
  log?: (message: string) => void;
  /**
   * Called as each overlay × version is validated: the CLI's progress lines. `findings` are those
   * behind `errors` when they are the overlay's own (not a build failure or refusal).
   */
  onOverlay?: (report: OverlayReport, findings?: readonly Finding[]) => void;
  /** Told once the first kustomize builds run (not told when there is nothing to build). */
  onBuildsStarted?: () => void;
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
