import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli, runStep } from '../helpers/runner.js';

/**
 * Golden outputs of the CLI and the bundled actions over the reference infrastructure and the broken
 * fixtures: what a user sees (findings, exit status, summaries, outputs, annotations), byte for byte.
 * They freeze behaviour across refactors; a change on purpose is made by regenerating them with
 * PORTARIUM_UPDATE_GOLDEN=1 and reviewing the diff of test/golden/out.
 */
const OUT = path.join(REPO_ROOT, 'test', 'golden', 'out');
const UPDATE = process.env['PORTARIUM_UPDATE_GOLDEN'] === '1';

/** What differs from run to run or machine to machine, and nothing else. */
export function normalize(text: string, dirs: string[]): string {
  let t = text;
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) t = t.split(d).join(`<${d === REPO_ROOT ? 'REPO' : 'TMP'}>`);
  return t
    .split(tmpdir())
    .join('<TMPDIR>')
    .replace(/<TMPDIR>\/pia-[A-Za-z0-9-]+/g, '<TMP>')
    .replace(/"(durationMs|workers)":\s*\d+/g, '"$1":<N>')
    .replace(/\b(durationMs|workers)=\d+/g, '$1=<N>')
    .replace(/\b\d+(\.\d+)?\s?(ms|s)\b/g, '<T>')
    .replace(/\b\d+ (durationMs|workers)\b/g, '<N> $1')
    .replace(/(kubectl|kustomize)( version)?:? v?\d+\.\d+\.\d+[^\s)]*/g, '$1 <VERSION>')
    // The bundled schemas, or the fuller set scripts/setup.sh installs: the same 1.37.0 documents.
    .replace(/^(offline schemas: .*?) \((bundled|\/)[^)]*\)$/gm, '$1 (<schema source>)');
}

function golden(name: string, actual: string): void {
  const file = path.join(OUT, `${name}.txt`);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${file} was missing and has been written: review and commit it`);
    return;
  }
  expect(actual, `golden ${name} (regenerate with PORTARIUM_UPDATE_GOLDEN=1 on purpose)`).toBe(readFileSync(file, 'utf8'));
}

const rel = (p: string) => path.join(REPO_ROOT, p);

function cli(name: string, args: string[]) {
  it(`cli ${name}`, () => {
    const r = runCli(args, { cwd: REPO_ROOT, env: { NO_COLOR: '1' } });
    golden(`cli-${name}`, normalize(`$ portarium-infra ${args.join(' ')}\nexit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`, [REPO_ROOT]));
  });
}

function step(name: string, action: string, inputs: Record<string, string>, workspace: string) {
  it(`action ${name}`, () => {
    const r = runStep(action, inputs, { workspace: rel(workspace), env: { RUNNER_TOOL_CACHE: path.join(tmpdir(), 'pia-golden-tool-cache') } });
    const outputs = Object.entries(r.outputs)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
    const text = `action ${action} ${JSON.stringify(inputs)}\nexit ${r.status}\n--- stdout\n${r.stdout}--- outputs\n${outputs}\n--- summary\n${r.summary}`;
    golden(`action-${name}`, normalize(text, [r.runnerTemp, REPO_ROOT]));
  });
}

const composeBroken = readdirSync(rel('test/fixtures/compose-broken'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden outputs', { timeout: 120_000 }, () => {
  cli('check-example-text', ['check', 'examples/portarium']);
  cli('check-example-json', ['check', '--format', 'json', 'examples/portarium']);
  cli('check-example-github', ['check', '--format', 'github', 'examples/portarium']);
  for (const name of composeBroken) cli(`compose-broken-${name}`, ['compose', '--format', 'json', `test/fixtures/compose-broken/${name}`]);
  cli('compose-selftest-broken-text', ['compose', 'test/fixtures/compose-selftest-broken']);
  cli('terraform-rewrites-json', ['terraform-fmt', '--format', 'json', 'test/fixtures/terraform/rewrites']);
  cli('terraform-rewrites-text', ['terraform-fmt', 'test/fixtures/terraform/rewrites']);
  cli('images-rules-json', ['images', '--format', 'json', 'test/fixtures/images/rules']);
  cli('kustomize-mapping-json', ['kustomize', '--format', 'json', 'test/fixtures/kubernetes/mapping']);
  cli('kustomize-mapping-text', ['kustomize', 'test/fixtures/kubernetes/mapping']);
  cli('check-mapping-text', ['check', 'test/fixtures/kubernetes/mapping']);
  cli('usage', ['--help']);
  cli('no-command', []);
  cli('unknown-command', ['lint']);

  step('check-example', 'check', {}, 'examples/portarium');
  step('check-example-plan', 'check', { mode: 'plan' }, 'examples/portarium');
  step('check-compose-broken', 'check', {}, 'test/fixtures/compose-broken/undefined-network');
  step('compose-validate-example', 'compose-validate', {}, 'examples/portarium');
  step('compose-validate-broken', 'compose-validate', {}, 'test/fixtures/compose-broken/dependency-cycle');
  step('terraform-fmt-example', 'terraform-fmt', {}, 'examples/portarium');
  step('terraform-fmt-rewrites', 'terraform-fmt', {}, 'test/fixtures/terraform/rewrites');
  step('kustomize-validate-example', 'kustomize-validate', {}, 'examples/portarium');
  step('kustomize-validate-mapping', 'kustomize-validate', {}, 'test/fixtures/kubernetes/mapping');
  step('build-images-plan', 'build-images', { 'plan-only': 'true' }, 'examples/portarium');
  step('k8s-deploy-preflight', 'k8s-deploy', { mode: 'preflight', environment: 'staging', overlay: 'infra/kubernetes/overlays/staging' }, 'examples/portarium');
});
