// A real Kubernetes API server for integration tests, started by scripts/k8s-test-server.sh
// (etcd + kube-apiserver + a controller manager running only the service-account and namespace
// controllers) on 127.0.0.1 free ports, torn down by stop().
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { findOnPath } from '../../src/tools/kustomize.js';
import { REPO_ROOT, TOOLS_DIR } from './paths.js';

const run = promisify(execFile);

export const REQUIRE_TOOLS = process.env['PORTARIUM_REQUIRE_TOOLS'] === '1';

export interface TestApiServer {
  dir: string;
  server: string;
  version: string;
  kubeconfig: string;
  context: string;
  /** Same server, a client certificate whose NotAfter is in 2020. */
  expiredKubeconfig: string;
  expiredContext: string;
  /** The server's pki directory: ca.crt, admin.crt/admin.key (system:masters), admin.token (a static bearer token in system:masters). */
  pki: string;
  /** kubectl the tests (and the engine under test) use. */
  kubectl: string;
  stop(): Promise<void>;
}

/**
 * kubectl for the tests: PORTARIUM_KUBECTL, else the gcloud SDK's versioned kubectl matching the
 * server's minor (the `kubectl` dispatcher would pick one itself, at the cost of a Python start per
 * call), else `kubectl` on PATH.
 */
export function testKubectl(serverMinor = '33'): string | undefined {
  const explicit = process.env['PORTARIUM_KUBECTL'];
  if (explicit) return explicit;
  const onPath = findOnPath('kubectl');
  if (!onPath) return undefined;
  for (const minor of [serverMinor, String(Number(serverMinor) - 1)]) {
    const versioned = findOnPath(`kubectl.1.${minor}`) ?? path.join(path.dirname(realpath(onPath)), `kubectl.1.${minor}`);
    if (existsSync(versioned)) return versioned;
  }
  return onPath;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** What is missing to run the API server tests (empty when everything is installed). */
export function missingApiServerTools(): string[] {
  const missing = ['kube-apiserver', 'kube-controller-manager', 'etcd'].filter((t) => !existsSync(path.join(TOOLS_DIR, 'bin', t)));
  if (!testKubectl()) missing.push('kubectl');
  if (!findOnPath('openssl')) missing.push('openssl');
  return missing;
}

/**
 * Whether the API server tests run. Missing tools skip them, except under the full test command
 * (PORTARIUM_REQUIRE_TOOLS=1), where a missing tool fails loudly.
 */
export function apiServerAvailable(): boolean {
  const missing = missingApiServerTools();
  if (!missing.length) return true;
  if (REQUIRE_TOOLS) {
    throw new Error(`the deploy integration tests need ${missing.join(', ')}: run scripts/tools/install-kube-apiserver.sh and scripts/tools/install-etcd.sh`);
  }
  return false;
}

export async function startApiServer(): Promise<TestApiServer> {
  const script = path.join(REPO_ROOT, 'scripts', 'k8s-test-server.sh');
  const { stdout } = await run('bash', [script, 'start'], { env: { ...process.env, PORTARIUM_TOOLS_DIR: TOOLS_DIR }, timeout: 180_000, maxBuffer: 4 * 1024 * 1024 });
  const env = Object.fromEntries(
    stdout
      .split('\n')
      .map((l) => /^([A-Z0-9_]+)=(.*)$/.exec(l.trim()))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => [m[1]!, m[2]!]),
  );
  const need = (k: string): string => {
    const v = env[k];
    if (!v) throw new Error(`k8s-test-server.sh printed no ${k}:\n${stdout}`);
    return v;
  };
  const version = need('K8S_TEST_VERSION');
  const dir = need('K8S_TEST_DIR');
  const kubectl = testKubectl(/^v1\.(\d+)\./.exec(version)?.[1] ?? '33');
  if (!kubectl) throw new Error('kubectl not found');
  return {
    dir,
    server: need('K8S_TEST_SERVER'),
    version,
    kubeconfig: need('K8S_TEST_KUBECONFIG'),
    context: need('K8S_TEST_CONTEXT'),
    expiredKubeconfig: need('K8S_TEST_EXPIRED_KUBECONFIG'),
    expiredContext: need('K8S_TEST_EXPIRED_CONTEXT'),
    pki: need('K8S_TEST_PKI'),
    kubectl,
    stop: async () => {
      await run('bash', [script, 'stop', dir], { timeout: 60_000 });
    },
  };
}

/** kubectl against the test server, as the admin; resolves stdout, rejects with stderr. */
export function kubectlAs(s: Pick<TestApiServer, 'kubectl' | 'kubeconfig' | 'context'>) {
  return async (args: string[], stdin?: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = execFile(s.kubectl, [...args, '--kubeconfig', s.kubeconfig, '--context', s.context], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`kubectl ${args.join(' ')}: ${stderr || err.message}`));
        else resolve(stdout);
      });
      child.stdin?.end(stdin ?? '');
    });
}
