// The deploy workflow's own contract, on top of the checks every workflow gets (verify.test.ts):
// one approval gate, plan and verify in a separate read-only environment (so the write credential
// exists only in the gate), a queueing per-environment concurrency group, least privilege, SHA-pinned
// actions and no expressions in run: scripts. Each rule is also shown to fail on a broken copy.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from '../helpers/paths.js';
import { findTool } from '../helpers/tools.js';

const FILE = path.join(REPO_ROOT, '.github', 'workflows', 'cd-k8s-deploy.yml');
type Json = Record<string, any>;

const SHA_PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const SAME_REPO = /^(\$|\.)\//;

/** Every violation of the deploy workflow's contract, as one line each. */
function problems(wf: Json): string[] {
  const out: string[] = [];
  const on = wf['on'] as Json;
  const dispatch = (on['workflow_dispatch']?.inputs ?? {}) as Json;
  const call = (on['workflow_call']?.inputs ?? {}) as Json;
  const envInput = dispatch['environment'];
  if (envInput?.type !== 'choice' || JSON.stringify(envInput.options) !== JSON.stringify(['dev', 'staging', 'prod'])) out.push('workflow_dispatch environment must be a choice of dev, staging, prod');
  for (const [name, spec] of Object.entries(dispatch)) {
    const want = spec.type === 'choice' ? 'string' : spec.type;
    if (!call[name]) out.push(`workflow_call lacks input ${name}`);
    else if ((call[name].type ?? 'string') !== want) out.push(`input ${name} is ${spec.type} on dispatch but ${call[name].type} on call`);
  }
  for (const name of ['environment', 'ref', 'build-manifest', 'images', 'dry-run']) if (!dispatch[name]) out.push(`workflow_dispatch lacks input ${name}`);
  if (!on['workflow_call']?.secrets?.kubeconfig) out.push('workflow_call must declare the kubeconfig secret');

  const c = wf['concurrency'] as Json | undefined;
  if (!c || !String(c['group']).includes('inputs.environment')) out.push('concurrency group must be per environment');
  if (c && c['cancel-in-progress'] !== false) out.push('concurrency must queue (cancel-in-progress: false)');
  if (c && /^\$\{\{\s*github\.workflow/.test(String(c['group']))) out.push('concurrency group needs a literal prefix (caller deadlock)');
  if (wf['permissions'] !== undefined) out.push('no workflow-level permissions: each job names its own');

  const jobs = wf['jobs'] as Record<string, Json>;
  const envOf = (j: Json | undefined): string | undefined => (j?.['environment'] === undefined ? undefined : String(typeof j['environment'] === 'string' ? j['environment'] : j['environment']?.name));
  const GATE = /^\$\{\{\s*inputs\.environment\s*\}\}$/;
  const PLAN_ENV = /^\$\{\{\s*inputs\.environment\s*\}\}-plan$/;
  const gated = Object.entries(jobs).filter(([, j]) => GATE.test(envOf(j) ?? '')).map(([id]) => id);
  if (JSON.stringify(gated) !== '["deploy"]') out.push(`exactly one job (deploy) may use the gate environment, got ${gated.join(', ') || 'none'}`);
  const deploy = jobs['deploy'] ?? {};
  if (!GATE.test(envOf(deploy) ?? '')) out.push('deploy environment must be ${{ inputs.environment }}');
  // Every job that reaches the cluster takes its credential from an environment, never the repository.
  for (const [id, job] of Object.entries(jobs)) {
    const reaches = ((job['steps'] ?? []) as Json[]).some((st) => st['with']?.kubeconfig !== undefined);
    if (reaches && envOf(job) === undefined) out.push(`job ${id} reaches the cluster without an environment (its KUBECONFIG would be a repository secret any branch can read)`);
  }
  for (const id of ['plan', 'verify']) {
    const job = jobs[id];
    if (!job) continue;
    const name = envOf(job);
    if (name === undefined) continue;
    if (!PLAN_ENV.test(name)) out.push(`job ${id} must run in the plan environment \${{ inputs.environment }}-plan, got ${name}`);
    if (typeof job['environment'] !== 'object' || job['environment']?.deployment !== false) out.push(`job ${id}: the plan environment needs deployment: false (a plan is no deployment)`);
  }
  const preflightStep = ((jobs['plan']?.['steps'] ?? []) as Json[]).find((st) => st['with']?.mode === 'preflight');
  if (preflightStep && !PLAN_ENV.test(String(preflightStep['with']['plan-environment'] ?? ''))) out.push('the preflight must check the plan environment (plan-environment: ${{ inputs.environment }}-plan)');
  if (deploy['strategy']) out.push('deploy must be one job, not a matrix (one approval per job)');
  if (JSON.stringify([jobs['deploy']?.needs].flat()) !== '["plan"]') out.push('deploy must need plan');
  if (![jobs['verify']?.needs].flat().includes('deploy')) out.push('verify must need deploy');

  for (const [id, job] of Object.entries(jobs)) {
    const perms = job['permissions'] as Record<string, string> | undefined;
    if (!perms) out.push(`job ${id} names no permissions`);
    for (const [scope, level] of Object.entries(perms ?? {})) {
      if (level === 'write' && !(id === 'deploy' && scope === 'deployments')) out.push(`job ${id} asks for ${scope}: write`);
    }
    const steps = (job['steps'] ?? []) as Json[];
    steps.forEach((s, i) => {
      if (typeof s['uses'] === 'string' && !SAME_REPO.test(s['uses']) && !SHA_PINNED.test(s['uses'])) out.push(`job ${id} step ${i + 1}: ${s['uses']} is not pinned by commit SHA`);
      if (typeof s['run'] === 'string' && s['run'].includes('${{')) out.push(`job ${id} step ${i + 1}: expression in run:`);
      if (s['with']?.['persist-credentials'] === true) out.push(`job ${id} step ${i + 1}: persist-credentials`);
    });
    const firstCluster = steps.findIndex((s) => s['with']?.kubeconfig !== undefined);
    const preflight = steps.findIndex((s) => s['with']?.mode === 'preflight');
    if (id === 'plan' && (preflight < 0 || preflight > firstCluster)) out.push('plan must run the preflight before any step that reaches the cluster');
  }
  if (jobs['plan']?.permissions?.actions !== 'read') out.push('plan needs actions: read for the environment pre-flight');
  return out;
}

const workflow = () => parse(readFileSync(FILE, 'utf8')) as Json;

describe('cd-k8s-deploy.yml contract', () => {
  it('satisfies every rule', () => {
    expect(problems(workflow())).toEqual([]);
  });

  const broken: Array<[string, (wf: Json) => void, RegExp]> = [
    ['a second gated job', (wf) => (wf['jobs']['verify'].environment = '${{ inputs.environment }}'), /exactly one job \(deploy\) may use the gate environment, got deploy, verify/],
    ['a matrix deploy', (wf) => (wf['jobs']['deploy'].strategy = { matrix: { region: ['a', 'b'] } }), /not a matrix/],
    ['a plan job without an environment', (wf) => delete wf['jobs']['plan'].environment, /job plan reaches the cluster without an environment/],
    ['a plan job using the gate environment', (wf) => (wf['jobs']['plan'].environment = { name: '${{ inputs.environment }}', deployment: false }), /got plan, deploy[\s\S]*job plan must run in the plan environment/],
    ['a verify job without an environment', (wf) => delete wf['jobs']['verify'].environment, /job verify reaches the cluster without an environment/],
    ['a hard-coded plan environment', (wf) => (wf['jobs']['verify'].environment = 'prod'), /job verify must run in the plan environment/],
    ['a plan environment that records deployments', (wf) => (wf['jobs']['plan'].environment = '${{ inputs.environment }}-plan'), /job plan: the plan environment needs deployment: false/],
    ['a preflight that does not check the plan environment', (wf) => delete wf['jobs']['plan'].steps[1].with['plan-environment'], /preflight must check the plan environment/],
    ['cancelling concurrency', (wf) => (wf['concurrency']['cancel-in-progress'] = true), /must queue/],
    ['one group for every environment', (wf) => (wf['concurrency'].group = 'deploy'), /per environment/],
    ['the caller-deadlock group', (wf) => (wf['concurrency'].group = '${{ github.workflow }}-${{ inputs.environment }}'), /literal prefix/],
    ['a tag-pinned action', (wf) => (wf['jobs']['plan'].steps[0].uses = 'actions/checkout@v4'), /not pinned by commit SHA/],
    ['an expression in run:', (wf) => (wf['jobs']['verify'].steps.at(-1).run = 'echo ${{ inputs.ref }}'), /expression in run:/],
    ['write-all on a job', (wf) => (wf['jobs']['plan'].permissions = { contents: 'write' }), /asks for contents: write/],
    ['the cluster before the pre-flight', (wf) => wf['jobs']['plan'].steps.splice(1, 1), /preflight before any step/],
    ['a workflow_call input typed differently', (wf) => (wf['on']['workflow_call'].inputs['dry-run'].type = 'string'), /dry-run is boolean on dispatch but string on call/],
  ];
  it.each(broken)('catches %s', (_name, mutate, want) => {
    const wf = workflow();
    mutate(wf);
    expect(problems(wf).join('\n')).toMatch(want);
  });

  const zizmor = findTool('zizmor');
  it.skipIf(!zizmor)('zizmor reports an input interpolated into a run: script of this workflow', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pia-cdwf-'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    const wf = workflow();
    wf['jobs']['verify'].steps.at(-1).run = 'echo "deploying ${{ inputs.images }}"';
    writeFileSync(path.join(dir, '.github', 'workflows', 'cd.yml'), stringify(wf));
    const r = spawnSync(zizmor!, ['--offline', '--format', 'json', '--min-severity', 'medium', '--no-progress', '.github/workflows/cd.yml'], { cwd: dir, encoding: 'utf8' });
    expect((JSON.parse(r.stdout) as Array<{ ident: string }>).map((f) => f.ident)).toContain('template-injection');
  });
});
