// The action's inputs, read and checked once, typed for main.ts.
import path from 'node:path';
import * as github from '@actions/github';
import { DEFAULT_PROTECTED_ENVIRONMENTS } from '../../deploy/index.js';
import { UsageError } from '../../report/finding.js';
import { qualifyRef } from '../../deploy/ref.js';
import { parseDuration } from '../../settings/duration.js';
import { booleanInput, input, listInput } from '../../github/inputs.js';
import type { ProtectionPolicy } from '../../github/environment-protection.js';
import { fileInside, workingDirectory } from '../../github/workspace.js';

export type Mode = 'preflight' | 'plan' | 'apply' | 'rollback';
const MODES: readonly Mode[] = ['preflight', 'plan', 'apply', 'rollback'];

export interface DeployInputs {
  mode: Mode;
  root: string;
  environment: string;
  allowedEnvironments: string[];
  protectedEnvironments: string[];
  /** Fully qualified (`refs/tags/v1`), as the deploy policy checks it. */
  ref: string;
  defaultBranch: string;
  overlay?: string;
  namespace?: string;
  release?: string;
  context?: string;
  kubeconfig: string;
  images: string[];
  /** A build manifest file, or its JSON (the images workflow's output). */
  buildManifest: string;
  requireDigests: boolean;
  prune: boolean;
  allowRemoteResources: boolean;
  timeoutMs?: number;
  lockTimeoutMs?: number;
  rollbackOnFailure: boolean;
  forceConflicts: boolean;
  keepHistory?: number;
  planFile?: string;
  toRevision?: number;
  environmentUrl: string;
  githubDeployment: boolean;
  requiredReviewers: ProtectionPolicy;
  /** preflight: the environment the plan and verify jobs use; empty: not checked. */
  planEnvironment: string;
  token: string;
}

function positiveInt(name: string): number | undefined {
  const v = input(name).trim();
  if (!v) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`input ${name} must be a whole number of at least 1 (got "${v}")`);
  return Number(v);
}

export function readInputs(): DeployInputs {
  const mode = (input('mode') || 'plan').trim() as Mode;
  if (!MODES.includes(mode)) throw new UsageError(`input mode must be one of ${MODES.join(', ')} (got "${mode}")`);
  const root = workingDirectory(input('working-directory'));
  const environment = input('environment').trim();
  if (!environment) throw new UsageError('input environment is required');
  const payload = github.context.payload as { repository?: { default_branch?: string } };
  const defaultBranch = input('default-branch').trim() || payload.repository?.default_branch || 'main';
  const protectedList = listInput('protected-environments');
  const overlay = input('overlay').trim();
  if (!overlay && (mode === 'plan' || mode === 'apply')) throw new UsageError(`input overlay is required in mode ${mode}`);
  const planFile = input('plan-file').trim();
  const policy = (input('required-reviewers').trim() || 'auto') as ProtectionPolicy | 'auto';
  if (!['auto', 'fail', 'warn', 'off'].includes(policy)) throw new UsageError(`input required-reviewers must be auto, fail, warn or off (got "${policy}")`);
  const protectedEnvironments = protectedList.length ? protectedList : [...DEFAULT_PROTECTED_ENVIRONMENTS];
  const timeout = input('timeout').trim();
  const lockTimeout = input('lock-timeout').trim();
  const toRevision = positiveInt('to-revision');
  const keepHistory = positiveInt('keep-history');
  const namespace = input('namespace').trim();
  const release = input('release').trim();
  const context = input('context').trim();
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return {
    mode,
    root,
    environment,
    allowedEnvironments: listInput('allowed-environments'),
    protectedEnvironments,
    ref: qualifyRef(input('ref').trim() || process.env['GITHUB_REF'] || '', root),
    defaultBranch,
    ...(overlay ? { overlay: fileInside(root, overlay, 'overlay') } : {}),
    ...(namespace ? { namespace } : {}),
    ...(release ? { release } : {}),
    ...(context ? { context } : {}),
    kubeconfig: input('kubeconfig'),
    images: listInput('images'),
    buildManifest: input('build-manifest').trim(),
    requireDigests: booleanInput('require-digests', false),
    prune: booleanInput('prune', false),
    allowRemoteResources: booleanInput('allow-remote-resources', false),
    ...(timeout ? { timeoutMs: parseDuration(timeout, 'input timeout') } : {}),
    ...(lockTimeout ? { lockTimeoutMs: lockTimeout === '0' ? 0 : parseDuration(lockTimeout, 'input lock-timeout') } : {}),
    rollbackOnFailure: booleanInput('rollback-on-failure', false),
    forceConflicts: booleanInput('force-conflicts', false),
    ...(keepHistory ? { keepHistory } : {}),
    // The plan file comes from an artifact download, usually outside the working directory.
    ...(planFile ? { planFile: path.resolve(workspace, planFile) } : {}),
    ...(toRevision ? { toRevision } : {}),
    environmentUrl: input('environment-url').trim(),
    githubDeployment: booleanInput('github-deployment', false),
    requiredReviewers: policy === 'auto' ? (protectedEnvironments.includes(environment) ? 'fail' : 'warn') : policy,
    planEnvironment: input('plan-environment').trim(),
    token: input('token'),
  };
}
