import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CheckResult, Finding } from '../../report/finding.js';
import { type Call, collisions } from './call-identity.js';
import { exceeding, resolvePermissions } from './permissions.js';
import { packagesWriteOnPullRequest } from './pull-request-permissions.js';
import { type WorkflowsRuleId, finding } from './rules.js';
import { type LocatedDoc, keyAt, loadYamlFile } from './yaml-doc.js';

export { RULES } from './rules.js';

export interface ContractOptions {
  root: string;
  /** `owner/repo` of this repository, so `owner/repo/.github/workflows/x.yml@ref` calls are checked too. */
  selfRepository?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/**
 * Contracts between reusable workflows and their callers that GitHub only enforces when a run starts
 * (or never): input types and names, the permission ceiling, secrets for environments, and
 * concurrency groups that deadlock a caller with its callee.
 */
export async function checkWorkflowContracts(opts: ContractOptions): Promise<CheckResult> {
  const dir = path.join(opts.root, '.github', 'workflows');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const docs = new Map<string, LocatedDoc>();
  for (const f of files) {
    const rel = `.github/workflows/${f}`;
    docs.set(rel, await loadYamlFile(path.join(dir, f), rel));
  }
  const findings: Finding[] = [];
  const add: Add = (d, at, rule, message) => {
    const node = keyAt(d, at) ?? d.nodeAt(at);
    const p = d.pos(node);
    findings.push(finding(rule, { file: d.file, line: p.line, column: p.column }, message));
  };

  for (const caller of docs.values()) {
    const jobs = obj(caller.js['jobs']);
    const callsByCallee = new Map<LocatedDoc, Call[]>();
    for (const [jobId, jobValue] of Object.entries(jobs)) {
      const job = obj(jobValue);
      if (typeof job['uses'] === 'string') {
        const callee = resolveCallee(job['uses'], opts.selfRepository);
        if (!callee) continue;
        const target = docs.get(callee);
        if (!target || !('workflow_call' in onEvents(target.js))) {
          add(caller, ['jobs', jobId, 'uses'], 'workflows/unknown-callee', `${job['uses']}: no reusable workflow (on: workflow_call) at ${callee}`);
          continue;
        }
        checkCall(caller, jobId, job, target, add);
        callsByCallee.set(target, [...(callsByCallee.get(target) ?? []), { jobId, job }]);
      }
      for (const [i, step] of (Array.isArray(job['steps']) ? job['steps'] : []).entries()) {
        checkLocalActionStep(opts.root, caller, jobId, i, obj(step), add);
      }
    }
    for (const [callee, calls] of callsByCallee) checkCallIdentity(caller, callee, calls, add);
    for (const g of packagesWriteOnPullRequest(caller)) {
      add(
        caller,
        g.at,
        'workflows/packages-write-on-pull-request',
        `job "${g.jobId}" is granted packages: write and can run on ${g.events.join(' and ')}, next to the pull request's code; publish from a job whose if: keeps pull requests out (e.g. !startsWith(github.event_name, 'pull_request'))`,
      );
    }
  }
  return { check: 'workflows', findings, sources: [...docs.keys()], artifacts: {}, stats: { workflows: files.length } };
}

function onEvents(js: Json): Json {
  const on = js['on'] ?? js['true']; // YAML 1.1 readers turn a bare `on` key into `true`.
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), null]));
  return obj(on);
}

/** `./.github/workflows/x.yml`, `$/.github/workflows/x.yml` or `self/repo/.github/workflows/x.yml@ref`. */
function resolveCallee(uses: string, self?: string): string | undefined {
  const local = /^(?:\.|\$)\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(uses);
  if (local) return local[1];
  const remote = /^([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+\.ya?ml)@.+$/.exec(uses);
  if (remote && self && remote[1]!.toLowerCase() === self.toLowerCase()) return remote[2];
  return undefined;
}

type Add = (d: LocatedDoc, at: (string | number)[], rule: WorkflowsRuleId, message: string) => void;

function checkCall(caller: LocatedDoc, jobId: string, job: Json, callee: LocatedDoc, add: Add): void {
  const call = obj(onEvents(callee.js)['workflow_call']);
  const declared = obj(call['inputs']);
  const given = obj(job['with']);
  const at = (...p: (string | number)[]) => ['jobs', jobId, ...p];

  for (const [name, value] of Object.entries(given)) {
    const spec = declared[name] === undefined ? undefined : obj(declared[name]);
    if (!spec) {
      add(caller, at('with', name), 'workflows/unknown-input', `${callee.file} declares no input "${name}"`);
      continue;
    }
    const problem = typeProblem(String(spec['type'] ?? 'string'), value);
    if (problem) add(caller, at('with', name), 'workflows/input-type', `input "${name}" of ${callee.file}: ${problem}`);
  }
  for (const [name, specValue] of Object.entries(declared)) {
    const spec = obj(specValue);
    if (spec['required'] === true && spec['default'] === undefined && !(name in given)) {
      add(caller, at('uses'), 'workflows/missing-input', `${callee.file} requires input "${name}"`);
    }
  }

  const secrets = job['secrets'];
  const declaredSecrets = obj(call['secrets']);
  if (secrets !== 'inherit') {
    const passed = obj(secrets);
    for (const name of Object.keys(passed)) {
      if (!(name in declaredSecrets)) add(caller, at('secrets', name), 'workflows/unknown-secret', `${callee.file} declares no secret "${name}"`);
    }
    for (const [name, specValue] of Object.entries(declaredSecrets)) {
      if (obj(specValue)['required'] === true && !(name in passed)) add(caller, at('uses'), 'workflows/missing-secret', `${callee.file} requires secret "${name}"`);
    }
    for (const [calleeJob, calleeValue] of Object.entries(obj(callee.js['jobs']))) {
      const cj = obj(calleeValue);
      if (cj['environment'] === undefined) continue;
      const used = [...JSON.stringify(cj).matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
      const undeclared = [...new Set(used)].filter((s) => s !== 'GITHUB_TOKEN' && !(s in declaredSecrets));
      if (undeclared.length) {
        add(
          caller,
          at('uses'),
          'workflows/secrets-inherit-required',
          `job "${calleeJob}" of ${callee.file} reads environment secret(s) ${undeclared.join(', ')}, which reach a called workflow only with \`secrets: inherit\``,
        );
      }
    }
  }

  const granted = resolvePermissions(job['permissions']) ?? resolvePermissions(caller.js['permissions']);
  if (granted) {
    for (const [calleeJob, calleeValue] of Object.entries(obj(callee.js['jobs']))) {
      const requested = resolvePermissions(obj(calleeValue)['permissions']) ?? resolvePermissions(callee.js['permissions']);
      if (!requested) continue;
      for (const x of exceeding(requested, granted)) {
        add(
          caller,
          job['permissions'] !== undefined ? at('permissions') : at('uses'),
          'workflows/permission-exceeds-caller',
          `job "${calleeJob}" of ${callee.file} requests ${x.scope}: ${x.requested} but this call grants ${x.scope}: ${x.granted}`,
        );
      }
    }
  }

  const callerName = typeof caller.js['name'] === 'string' ? (caller.js['name'] as string) : caller.file;
  const callerGroups = [concurrencyGroup(caller.js['concurrency']), concurrencyGroup(job['concurrency'])];
  // Point at `group:` when the concurrency is a mapping: that is the text to change.
  const groupAt = (base: (string | number)[], v: unknown): [(string | number)[], string | undefined] => [
    typeof v === 'object' && v !== null ? [...base, 'group'] : base,
    concurrencyGroup(v),
  ];
  const calleeGroups = [
    groupAt(['concurrency'], callee.js['concurrency']),
    ...Object.entries(obj(callee.js['jobs'])).map(([id, v]) => groupAt(['jobs', id, 'concurrency'], obj(v)['concurrency'])),
  ];
  for (const cg of callerGroups) {
    if (!cg) continue;
    for (const [where, g] of calleeGroups) {
      // In a called workflow `github.workflow` is the caller's name, so both sides expand alike.
      if (g && normalizeGroup(g, callerName) === normalizeGroup(cg, callerName)) {
        add(callee, where, 'workflows/concurrency-deadlock', `concurrency group "${g}" is also used by its caller ${caller.file}; GitHub cancels the run as a deadlock — give the callee a literal prefix of its own`);
      }
    }
  }
}

function checkCallIdentity(caller: LocatedDoc, callee: LocatedDoc, calls: Call[], add: Add): void {
  for (const c of collisions(calls, callee)) {
    const rule = c.kind === 'concurrency' ? 'workflows/concurrency-collision' : 'workflows/artifact-collision';
    const what = c.kind === 'concurrency' ? `concurrency group "${c.template.template}"` : `artifact name "${c.template.template}"`;
    const effect = c.kind === 'concurrency' ? 'one call cancels or queues behind the other' : "the second upload fails or a report reads the other call's files";
    const ids = (c.second ? [c.first, c.second] : c.matrix ? [c.first] : calls).map((x) => `"${x.jobId}"`).join(' and ');
    const who = c.matrix ? `the legs of the matrix call ${ids} in ${caller.file}` : `the calls ${ids} in ${caller.file}`;
    if (!c.second) {
      // No input in it: only the callee can fix this, so point there.
      add(callee, c.template.at, rule, `${what} uses no input, so ${who} share it and ${effect}; put an input (such as a name) in it`);
      continue;
    }
    const inputs = c.template.inputs.map((n) => `"${n}"`).join(', ');
    const at = obj(c.second.job['with'])[c.template.inputs[0]!] !== undefined ? ['jobs', c.second.jobId, 'with', c.template.inputs[0]!] : ['jobs', c.second.jobId, 'uses'];
    add(caller, at, rule, `${what} of ${callee.file} is the same for ${who}: ${effect}; pass a distinct ${inputs}${c.matrix ? ' built from the matrix' : ''}`);
  }
}

function typeProblem(type: string, value: unknown): string | undefined {
  if (typeof value === 'string' && /\$\{\{/.test(value)) {
    if (type !== 'string' && /^\s*\$\{\{\s*github\.event\.inputs\.[\w-]+\s*\}\}\s*$/.test(value)) {
      return `github.event.inputs values are always strings; pass inputs.<name> to a ${type} input`;
    }
    return undefined;
  }
  if (type === 'boolean' && typeof value !== 'boolean') return `expects a boolean, got ${JSON.stringify(value)}`;
  if (type === 'number' && typeof value !== 'number') return `expects a number, got ${JSON.stringify(value)}`;
  if (type === 'string' && (typeof value === 'object' || value === null)) return `expects a string, got ${JSON.stringify(value)}`;
  return undefined;
}

function concurrencyGroup(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const g = obj(v)['group'];
  return typeof g === 'string' ? g : undefined;
}

function normalizeGroup(g: string, callerName: string): string {
  return g.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => (expr.replace(/\s+/g, '') === 'github.workflow' ? callerName : `\${{${expr.replace(/\s+/g, '')}}}`));
}

function checkLocalActionStep(root: string, wf: LocatedDoc, jobId: string, index: number, step: Json, add: Add): void {
  const uses = step['uses'];
  if (typeof uses !== 'string') return;
  const m = /^(?:\.|\$)\/(.*)$/.exec(uses);
  if (!m) return;
  const dir = path.join(root, m[1]!);
  const file = ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file) return; // the runner's own resolution error is clearer than ours; actionlint reports it too
  const declared = actionInputs.get(file) ?? loadActionInputs(file);
  for (const name of Object.keys(obj(step['with']))) {
    if (!declared.has(name)) add(wf, ['jobs', jobId, 'steps', index, 'with', name], 'workflows/unknown-action-input', `${uses} declares no input "${name}"`);
  }
}

const actionInputs = new Map<string, Set<string>>();
function loadActionInputs(file: string): Set<string> {
  const names = new Set(Object.keys(obj(obj(parse(readFileSync(file, 'utf8')))['inputs'])));
  actionInputs.set(file, names);
  return names;
}
