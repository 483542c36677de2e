import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSchemaState, type EngineName } from '../../../src/checks/kubernetes/engine.js';
import { conformanceAvailable } from '../../helpers/paths.js';
import { allSchemaVersionsInstalled, findTool } from '../../helpers/tools.js';
import { loadExpectations, normalizeLine, runCase, type Expectation } from './harness.js';

/*
 * kubeconform v0.7.0's own acceptance expectations (expected.json, from acceptance*.bats), run through
 * both engines. Offline adaptations, each for the reason given:
 *  - Cases that use kubeconform's default registry (https://raw.githubusercontent.com/yannh/..., master)
 *    run on the offline kubernetes-validate 1.37.0 schemas (`default`), i.e. Kubernetes 1.37 instead of
 *    master. No expected verdict changes: every kind the fixtures use exists in both, and the removed
 *    APIs (apps/v1beta1 Deployment, apiextensions v1beta1 CRD) are missing from both.
 *  - `-kubernetes-version 1.20.0` with the default registry runs on 1.25.0, the oldest packaged
 *    version: the fixtures (ReplicationController, DaemonSet apps/v1) are identical there.
 *  - The 404 case (acceptance.bats:265) is served by a local HTTP server answering 404 for the same path.
 *  - Cases with `offline: true` run unchanged: their schemas come from fixtures/cache or fixtures/registry.
 * Not run (listed in EXCLUDED): output-format bytes of tap/junit are checked by exit code only; the TTY
 * stdin case is CLI behaviour; valid_large.yaml was not copied; httpproxy.yaml needs the datreeio
 * CRDs-catalog over the network.
 */

const EXCLUDED: Record<string, string> = {
  'acceptance.bats:217 / acceptance.bats:222': 'stdin is a terminal: CLI behaviour, not the engine',
  'acceptance.bats:339': 'valid_large.yaml is not in the copied fixtures',
  'acceptance.bats:358': 'needs https://raw.githubusercontent.com/datreeio/CRDs-catalog (network)',
};

const FORMAT_ONLY = new Set(['acceptance.bats:286', 'acceptance.bats:351']);

const { asserted, derived } = conformanceAvailable() ? loadExpectations() : { asserted: [], derived: [] };
const all: Array<Expectation & { id: string }> = [
  ...asserted.map((e, i) => ({ ...e, id: e.source ?? `asserted#${i}` })),
  ...derived.map((e, i) => ({ ...e, id: `derived:${Array.isArray(e.fixture) ? e.fixture.join('+') : e.fixture}#${i}` })),
];

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.statusCode = 404;
    res.end('404: Not Found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

const CACHE = mkdtempSync(path.join(os.tmpdir(), 'kc-cache-'));
const shared = sharedSchemaState({ cacheDir: CACHE, retries: 1, backoffMs: 10, timeoutMs: 5000 });

function settingsFor(e: Expectation & { id: string }, engine: EngineName, kubeconformPath?: string) {
  const networkFree = e.offline === true || e.id === 'acceptance-nonetwork.bats:3' || e.args.includes('http://foo');
  return {
    engine,
    kubeconformPath,
    shared,
    defaultCacheDir: e.id === 'acceptance-nonetwork.bats:3' ? (false as const) : CACHE,
    rewriteLocation: (l: string) => {
      if (e.id === 'acceptance.bats:265') return l.replace('https://raw.githubusercontent.com', base);
      if (!networkFree && l === 'kubeconform-default') return 'default';
      return l;
    },
    rewriteVersion: (v: string) => (v === '1.20.0' ? '1.25.0' : v),
  };
}

const results: Record<string, { passed: number; total: number }> = {};

for (const engine of ['builtin', 'kubeconform'] as const) {
  describe(`kubeconform acceptance fixtures — ${engine} engine`, () => {
    const bin = engine === 'kubeconform' ? findTool('kubeconform') : undefined;
    const run = engine === 'builtin' || bin !== undefined;
    for (const e of all) {
      if (EXCLUDED[e.id]) continue;
      // 1.25.0 is in the installed schemas (the full tier); the package bundles only the default version.
      const olderVersion = e.args.includes('1.20.0');
      it.runIf(run && (!olderVersion || engine !== 'builtin' || allSchemaVersionsInstalled()))(`${e.id} ${JSON.stringify(e.fixture)} ${e.args.join(' ')}`, async () => {
        results[engine] ??= { passed: 0, total: 0 };
        results[engine].total++;
        const out = await runCase(e, settingsFor(e, engine, bin));
        expect(out.exit, out.lines.join('\n')).toBe(e.exit);
        if (!FORMAT_ONLY.has(e.id)) {
          const lines = out.lines.map(normalizeLine);
          if (e.stdout !== undefined) expect(lines).toEqual([normalizeLine(e.stdout)]);
          if (Array.isArray(e.stdoutLines)) expect(lines).toEqual(e.stdoutLines.map(normalizeLine));
          if (typeof e.stdoutLines === 'number') expect(lines).toHaveLength(e.stdoutLines);
          if (e.stdoutContains !== undefined) expect(lines.join('\n')).toContain(e.stdoutContains);
          if (e.stdoutStartsWith !== undefined) expect(lines[0]).toMatch(new RegExp('^' + e.stdoutStartsWith));
          // The flag name is CLI wording; the version rule and value are the engine's.
          if (e.stdoutLine0 !== undefined) expect(lines[0]).toContain('1.25 is not a valid version');
        }
        results[engine].passed++;
      });
    }
  });
}

afterAll(() => {
  for (const [engine, r] of Object.entries(results)) console.log(`kubeconform conformance (${engine}): ${r.passed}/${r.total} passed`);
});
