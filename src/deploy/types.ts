import type { CheckResult } from '../report/finding.js';
import type { GuardOptions } from './guard.js';
import type { PinnedContainer } from './pin.js';
import type { Renderer } from './render.js';
import type { StoreKind } from './release-store.js';
import type { SettingName } from './wording.js';

/** Where to deploy and as whom. */
export interface ClusterOptions {
  kubeconfig: string;
  /** kubeconfig context; default its current-context. */
  context?: string;
  /** kubectl binary (default PORTARIUM_KUBECTL, then PATH). */
  kubectl?: string;
  /**
   * How to talk to the cluster: 'auto' (default; PORTARIUM_DEPLOY_CLIENT overrides) is in-process
   * HTTPS when the kubeconfig's auth allows it, else kubectl; 'api' or 'kubectl' force one.
   */
  client?: 'auto' | 'api' | 'kubectl';
  /** kubectl --request-timeout (default 30s). */
  requestTimeout?: string;
  /** Progress lines (never credentials). */
  log?: (line: string) => void;
  /** Cancels the deploy: running kubectl calls are ended and the revision is recorded as interrupted. */
  signal?: AbortSignal;
}

/** A held release lock, as the action's post step needs it to release a lock main could not. */
export interface HeldLock {
  namespace: string;
  release: string;
  identity: string;
}

export interface RevisionInFlight {
  namespace: string;
  release: string;
  revision: number;
  store: StoreKind;
}

export interface LockSettings {
  /** How long to wait for another deploy of the release (default 5 minutes). */
  lockTimeoutMs?: number;
  /** The Lease's duration (default 30 s): how long a killed holder blocks the release. */
  lockLeaseSeconds?: number;
  /** Told as soon as the lock is held. */
  onLock?: (held: HeldLock) => void;
  /** Told as soon as a revision's pending record exists. */
  onRevision?: (r: RevisionInFlight) => void;
}

export interface DeployOptions extends GuardOptions, ClusterOptions {
  /** Kustomization directory (or a file of rendered manifests). */
  overlay: string;
  /** Findings are relative to this (default cwd). */
  root?: string;
  /** Release namespace; default the one namespace the rendered objects use. */
  namespace?: string;
  /** Release name (history records, ApplySet parent); default the overlay directory's name. */
  release?: string;
  buildManifest?: string;
  /** `name=ref@sha256:...` */
  images?: readonly string[];
  requireDigests?: boolean;
  /** Let kustomize fetch remote resources, bases and components (default false, as the validation). */
  allowRemoteResources?: boolean;
  renderer?: Renderer;
  /** How messages name the caller's settings (default: the action's inputs). */
  setting?: SettingName;
  /** Prune objects that left the overlay, through an ApplySet (default false). */
  prune?: boolean;
  commit?: string;
  run?: { id?: string; url?: string };
  /** Where plan and diff files go (default a new temp directory). */
  outDir?: string;
  /** Cap of the diff file (default 4 MiB). */
  maxDiffBytes?: number;
  /** Cap of the diff shown in summaryMarkdown (default 48 KiB). */
  summaryDiffBytes?: number;
}

export interface ApplyOptions extends DeployOptions, LockSettings {
  /** Rollout wait (default 10 minutes). */
  timeoutMs?: number;
  pollIntervalMs?: number;
  /** Re-apply the previous release when this one fails (default false). */
  rollbackOnFailure?: boolean;
  /** Revisions kept in the cluster (default 10). */
  keepHistory?: number;
  forceConflicts?: boolean;
  /** Check running pods' image digests after the rollout (default true). */
  verifyDigests?: boolean;
  /** Wait for workloads to roll out (default true); false also skips the digest check. */
  wait?: boolean;
  /** A plan file from `plan`: refuse when the manifests differ from what it was made of. */
  planFile?: string;
  store?: StoreKind;
}

export interface RollbackOptions extends GuardOptions, ClusterOptions, LockSettings {
  namespace: string;
  release: string;
  /** Default: the release before the live one. */
  toRevision?: number;
  root?: string;
  /** What findings point at (default the release namespace as text). */
  file?: string;
  prune?: boolean;
  timeoutMs?: number;
  pollIntervalMs?: number;
  keepHistory?: number;
  forceConflicts?: boolean;
  verifyDigests?: boolean;
  wait?: boolean;
  commit?: string;
  run?: { id?: string; url?: string };
  store?: StoreKind;
  outDir?: string;
}

export interface Changes {
  created: string[];
  changed: string[];
  unchanged: string[];
  pruned: string[];
}

export type DeployStatus = 'planned' | 'deployed' | 'unchanged' | 'failed' | 'interrupted' | 'rolled-back' | 'rollback-failed';

export interface RollbackReport {
  /** The revision that was re-applied. */
  toRevision: number;
  /** The new revision recording the rollback. */
  revision?: number;
  status: 'rolled-back' | 'failed';
  message: string;
}

export interface DeployResult extends CheckResult {
  status: DeployStatus;
  /** The revision live after this run (a plan: the revision an apply would record). */
  revision?: number;
  /** The revision that failed or was interrupted, when a deploy did not finish. */
  failedRevision?: number;
  rollback?: RollbackReport;
  planFile?: string;
  diffFile?: string;
  summaryMarkdown: string;
  changes: Changes;
  images: PinnedContainer[];
  environment: string;
  namespace?: string;
  release?: string;
  /** API server address (never credentials). */
  server?: string;
  serverVersion?: string;
  manifestSha256?: string;
}

/** What `plan` writes to planFile. */
export interface PlanFile {
  version: 1;
  environment: string;
  namespace: string;
  release: string;
  overlay: string;
  server: string;
  serverVersion?: string;
  createdAt: string;
  commit?: string;
  manifestSha256: string;
  /** The revision an apply would record next. */
  nextRevision: number;
  changes: Changes;
  images: PinnedContainer[];
  namespaceExists: boolean;
  diff: { file: string; bytes: number; truncated: boolean };
}
