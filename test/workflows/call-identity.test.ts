import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * The reusable workflows' expressions evaluated with GitHub's own expression engine, in the
 * contexts a real run gives them: what the artifact names, download pattern, concurrency group and
 * job conditions come to for concrete calls.
 */

type Json = Record<string, unknown>;
const load = (file: string) => parse(readFileSync(path.join(REPO_ROOT, '.github', 'workflows', file), 'utf8')) as Json;

function evaluate(expr: string, context: Json): data.ExpressionData {
  const tokens = new Lexer(expr).lex().tokens;
  const ast = new Parser(tokens, Object.keys(context), []).parse();
  return new Evaluator(ast, JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary).evaluate();
}

/** `a-${{ x }}-b` as the runner expands it. */
function expand(template: string, context: Json): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => evaluate(expr, context).coerceString());
}

/** GitHub's truthiness (the package keeps its own `truthy` internal). */
function truthy(d: data.ExpressionData): boolean {
  switch (d.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return d.coerceString() === 'true';
    case data.Kind.Number:
      return d.number() !== 0 && !Number.isNaN(d.number());
    case data.Kind.String:
      return d.coerceString() !== '';
    default:
      return true;
  }
}

const condition = (expr: string, context: Json) => truthy(evaluate(expr.replace(/^\$\{\{([\s\S]*)\}\}$/, '$1'), context));

const ciInfra = load('ci-infra.yml');
const jobs = ciInfra['jobs'] as Record<string, { steps: Json[] }>;
const steps = Object.values(jobs).flatMap((j) => j.steps ?? []);
const uploads = steps.filter((s) => String(s['uses']).startsWith('actions/upload-artifact@')).map((s) => String((s['with'] as Json)['name']));
const download = steps.find((s) => String(s['uses']).startsWith('actions/download-artifact@'))!;

/** One ci-infra call of a pull-request run of the caller workflow "monorepo". */
const call = (name: string | undefined, jobIndex = 0): Json => ({
  inputs: name === undefined ? {} : { name },
  strategy: { 'job-index': jobIndex },
  github: { workflow: 'monorepo', ref: 'refs/pull/7/merge', event_name: 'pull_request', event: { pull_request: { number: 7 } } },
  runner: { temp: '/home/runner/work/_temp' },
});

describe('ci-infra called several times in one run', () => {
  it('uploads four kinds of findings artifacts, all named from the call', () => {
    expect(uploads).toHaveLength(4);
    expect(uploads.map((u) => expand(u, call('backend', 2)))).toEqual(['ci-infra.backend.compose', 'ci-infra.backend.terraform-fmt', 'ci-infra.backend.kustomize-2', 'ci-infra.backend.otel']);
    expect(uploads.map((u) => expand(u, call(undefined)))).toEqual(['ci-infra.infra.compose', 'ci-infra.infra.terraform-fmt', 'ci-infra.infra.kustomize-0', 'ci-infra.infra.otel']);
  });

  it('the report job waits for every job that uploads findings, and each runs only when its plan output says so', () => {
    const all = ciInfra['jobs'] as Record<string, { needs?: string[]; if?: string; steps?: Json[] }>;
    const uploaders = Object.entries(all)
      .filter(([, j]) => (j.steps ?? []).some((s) => String(s['uses']).startsWith('actions/upload-artifact@')))
      .map(([name]) => name);
    expect(uploaders).toEqual(['compose', 'terraform-fmt', 'kustomize', 'otel']);
    expect(all['report']!.needs).toEqual(['plan', ...uploaders]);
    const plan = (outputs: Json) => ({ inputs: {}, needs: { plan: { outputs } } });
    expect(condition(all['otel']!.if!, plan({ 'has-otel': 'true' }))).toBe(true);
    expect(condition(all['otel']!.if!, plan({ 'has-otel': 'false', 'has-compose': 'true' }))).toBe(false);
    expect(((all['plan'] as Json)['outputs'] as Json)['has-otel']).toBe('${{ steps.plan.outputs.has-otel }}');
  });

  it("the report job's pattern takes every artifact of its own call and none of another's", () => {
    const pattern = String((download['with'] as Json)['pattern']);
    // Names that are prefixes or extensions of each other are the hard cases for a glob.
    const names = ['infra', 'backend', 'back', 'backend-2', 'b_1', 'x'];
    for (const own of names) {
      const glob = expand(pattern, call(own));
      for (const other of names) {
        for (const u of uploads) {
          for (const leg of [0, 1, 11]) {
            const artifact = expand(u, call(other, leg));
            expect(minimatch(artifact, glob), `${artifact} vs ${glob}`).toBe(own === other);
          }
        }
      }
    }
  });

  it('two names give two concurrency groups; the same name gives one', () => {
    const group = String((ciInfra['concurrency'] as Json)['group']);
    expect(expand(group, call('backend'))).toBe('portarium-ci-infra-backend-monorepo-7');
    expect(expand(group, call('backend'))).not.toBe(expand(group, call('platform')));
    expect(expand(group, call(undefined))).toBe(expand(group, call('infra')));
  });

  it('the plan job refuses a name that could match another call’s artifacts or leave the pattern', () => {
    const guard = jobs['plan']!.steps.find((s) => s['name'] === 'check the name input')!;
    // One bash for every case (each in a subshell, as its own step would be): spawning is slow here.
    const cases = ['infra', 'backend', 'services_api-2', 'a'.repeat(64), '', 'a.b', 'x*', '*', '{a,b}', '../x', 'a b', 'a/b', '[ab]', 'a'.repeat(65), 'x\nname'];
    const values = cases.map((n) => expand(String((guard['env'] as Json)['CALL_NAME']), call(n)));
    const script = `for CALL_NAME in "$@"; do (\n${String(guard['run'])}\n); echo "rc=$?"; done`;
    const r = spawnSync('bash', ['-c', script, 'guard', ...values], { env: { PATH: process.env['PATH'] }, encoding: 'utf8' });
    const out = r.stdout.split('rc=').slice(0, -1).map((chunk, i) => ({ name: cases[i], chunk }));
    const statuses = r.stdout.match(/rc=\d+/g)!.map((m) => Number(m.slice(3)));
    expect(statuses).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // The empty string falls back to the default name, like the rest of the workflow.
    expect(values[4]).toBe('infra');
    for (const [i, o] of out.entries()) {
      const printed = o.chunk.replace(/^\d+\n/, '');
      expect(printed, JSON.stringify(o.name)).toBe(statuses[i] === 0 ? '' : '::error::ci-infra input name must be 1-64 letters, digits, _ or -\n');
    }
  });
});

describe('ci-images: exactly one of build and publish runs, and publish never under a pull request', () => {
  const images = load('ci-images.yml')['jobs'] as Record<string, Json>;
  const ctx = (event: string, inputs: Json): Json => ({
    inputs,
    github: { event_name: event },
    needs: { plan: { outputs: { matrix: JSON.stringify({ include: [{ name: 'web' }] }) } } },
  });

  it.each([
    ['pull_request', { push: true, registry: 'ghcr.io/o' }, 'build'],
    ['pull_request_target', { push: true, registry: 'ghcr.io/o' }, 'build'],
    ['push', { push: true, registry: 'ghcr.io/o' }, 'publish'],
    ['workflow_dispatch', { push: true, registry: 'ghcr.io/o' }, 'publish'],
    ['push', { push: true, registry: '' }, 'build'],
    ['push', { push: false, registry: 'ghcr.io/o' }, 'build'],
  ])('on %s with %j: %s', (event, inputs, want) => {
    const runs = ['build', 'publish'].filter((j) => condition(String(images[j]!['if']), ctx(event, inputs)));
    expect(runs).toEqual([want]);
  });

  it('only publish can write packages, and only publish gets the registry password', () => {
    const perms = (j: string) => images[j]!['permissions'] as Json;
    expect(perms('build')).toEqual({ contents: 'read' });
    expect(perms('publish')).toEqual({ contents: 'read', packages: 'write' });
    const withOf = (j: string) => ((images[j]!['steps'] as Json[]).find((s) => s['id'] === 'build')!['with'] as Json);
    expect(withOf('build')).not.toHaveProperty('password');
    expect(withOf('build')['push']).toBe('false');
    expect(withOf('publish')['password']).toBe('${{ secrets.registry-password || github.token }}');
  });

  it('no job runs when the plan found no image', () => {
    const none: Json = { inputs: { push: true, registry: 'ghcr.io/o' }, github: { event_name: 'push' }, needs: { plan: { outputs: { matrix: '{"include":[]}' } } } };
    expect(['build', 'publish'].filter((j) => condition(String(images[j]!['if']), none))).toEqual([]);
  });
});
