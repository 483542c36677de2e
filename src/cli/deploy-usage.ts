// The deploy command's usage and options, apart from the command itself so `--help` and argument
// parsing do not load the deploy engine (main.ts loads each command only when it runs).
import type { ParseArgsConfig } from 'node:util';

export const DEPLOY_USAGE = `  deploy plan|apply|rollback   deploy a Kustomize overlay (server-side apply, release history, rollback)
      --overlay PATH          kustomization directory (plan, apply; rollback: to find release and namespace)
      --environment ENV       dev, staging or prod (default: the overlay directory's name when it is one)
      --context CTX, --kubeconfig FILE   the cluster (default: current-context of KUBECONFIG or ~/.kube/config)
      --namespace NS, --release NAME     (default: the objects' namespace, the overlay directory's name)
      --images NAME=REPO@sha256:D (repeatable), --build-manifest FILE, --require-digests
      --allow-remote-resources  let kustomize fetch remote resources/bases (refused by default)
      --prune, --timeout 10m, --rollback-on-failure, --force-conflicts, --keep-history N
      --lock-timeout 5m       how long to wait while another deploy of the release holds its lock (0: do not wait)
      --lock-lease 30s        the lock's lease: how long a killed deploy blocks the release
      --plan-file FILE        plan: where to write it; apply: refuse manifests that differ from it
      --ref REF               the git ref deployed (default: the v* tag at HEAD, else the branch)
      --to-revision N         rollback: the revision to re-apply   --out-dir DIR, --diff, --verbose
`;

export const DEPLOY_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  overlay: { type: 'string' },
  environment: { type: 'string' },
  context: { type: 'string' },
  kubeconfig: { type: 'string' },
  namespace: { type: 'string' },
  release: { type: 'string' },
  images: { type: 'string', multiple: true },
  'build-manifest': { type: 'string' },
  'require-digests': { type: 'boolean' },
  prune: { type: 'boolean' },
  'allow-remote-resources': { type: 'boolean' },
  timeout: { type: 'string' },
  'rollback-on-failure': { type: 'boolean' },
  'force-conflicts': { type: 'boolean' },
  'keep-history': { type: 'string' },
  'plan-file': { type: 'string' },
  ref: { type: 'string' },
  'default-branch': { type: 'string' },
  'to-revision': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'lock-lease': { type: 'string' },
  'out-dir': { type: 'string' },
  diff: { type: 'boolean' },
  verbose: { type: 'boolean' },
};
