import type { LocatedDoc } from './yaml-doc.js';

/**
 * Two calls of one reusable workflow in the same caller run share the run's artifact namespace and
 * its concurrency groups. Whatever the callee derives from its inputs can tell the calls apart;
 * everything else (`github.*`, `strategy.*`, literals) expands alike in both, so a name or group that
 * depends on no input — or on inputs both calls set alike — collides: artifact uploads fail with a
 * conflict (or, with overwrite, the report job reads the other call's files) and equal concurrency
 * groups cancel or queue one call behind the other.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export type IdentityKind = 'concurrency' | 'artifact';

/** A name the callee gives something run-wide, with the place it is written. */
export interface IdentityTemplate {
  kind: IdentityKind;
  at: (string | number)[];
  template: string;
  inputs: string[];
}

export interface Call {
  jobId: string;
  job: Json;
}

export interface Collision {
  kind: IdentityKind;
  template: IdentityTemplate;
  /** The call to report; undefined when the template uses no input (the callee must change). */
  second?: Call;
  first: Call;
  /** Two legs of one matrix call, rather than two call jobs. */
  matrix: boolean;
}

const UPLOAD = /^actions\/upload-artifact@/;

export function identityTemplates(callee: LocatedDoc): IdentityTemplate[] {
  const out: IdentityTemplate[] = [];
  const push = (kind: IdentityKind, at: (string | number)[], template: string) => out.push({ kind, at, template, inputs: referencedInputs(template) });
  const group = (v: unknown): [string, boolean] | undefined => {
    if (typeof v === 'string') return [v, false];
    const g = obj(v)['group'];
    return typeof g === 'string' ? [g, true] : undefined;
  };
  const wf = group(callee.js['concurrency']);
  if (wf) push('concurrency', wf[1] ? ['concurrency', 'group'] : ['concurrency'], wf[0]);
  for (const [jobId, jobValue] of Object.entries(obj(callee.js['jobs']))) {
    const job = obj(jobValue);
    const g = group(job['concurrency']);
    if (g) push('concurrency', g[1] ? ['jobs', jobId, 'concurrency', 'group'] : ['jobs', jobId, 'concurrency'], g[0]);
    const steps = Array.isArray(job['steps']) ? (job['steps'] as unknown[]) : [];
    for (const [i, stepValue] of steps.entries()) {
      const step = obj(stepValue);
      if (typeof step['uses'] !== 'string' || !UPLOAD.test(step['uses'])) continue;
      const name = obj(step['with'])['name'];
      // upload-artifact's default name is "artifact": the same in every call.
      push('artifact', typeof name === 'string' ? ['jobs', jobId, 'steps', i, 'with', 'name'] : ['jobs', jobId, 'steps', i, 'uses'], typeof name === 'string' ? name : 'artifact');
    }
  }
  return out;
}

function referencedInputs(template: string): string[] {
  const names = new Set<string>();
  for (const expr of template.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    for (const m of expr[1]!.matchAll(/\binputs\.([A-Za-z_][\w-]*)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** What a call makes of an input: the value it passes, else the callee's default. */
function inputValue(call: Call, callee: LocatedDoc, name: string): string {
  const given = obj(call.job['with']);
  if (name in given) return String(given[name]);
  const call_ = obj(obj(onEvents(callee.js))['workflow_call']);
  const def = obj(obj(call_['inputs'])[name])['default'];
  return def === undefined ? '' : String(def);
}

function onEvents(js: Json): unknown {
  return js['on'] ?? js['true'];
}

/** A value built from the matrix differs between legs, so it tells them (and calls) apart. */
const perLeg = (value: string) => /\$\{\{[^}]*\b(?:matrix|strategy)\./.test(value);

/** Whether a call job's matrix has more than one leg; a matrix from an expression is assumed to. */
function hasSeveralLegs(job: Json): boolean {
  const matrix = obj(job['strategy'])['matrix'];
  if (matrix === undefined) return false;
  if (typeof matrix === 'string') return true;
  let legs = 1;
  for (const [k, v] of Object.entries(obj(matrix))) {
    if (k === 'include' || k === 'exclude') continue;
    if (!Array.isArray(v)) return true;
    legs *= v.length;
  }
  const include = obj(matrix)['include'];
  // include entries extend existing legs or add new ones: at least as many legs as entries.
  if (Array.isArray(include)) legs = Math.max(legs, include.length);
  return legs > 1;
}

/** Every collision between the calls one caller makes to one callee (and between legs of a matrix call). */
export function collisions(calls: Call[], callee: LocatedDoc): Collision[] {
  const out: Collision[] = [];
  const templates = identityTemplates(callee);
  const key = (c: Call, t: IdentityTemplate) => JSON.stringify(t.inputs.map((n) => inputValue(c, callee, n)));
  for (const kind of ['concurrency', 'artifact'] as const) {
    const ofKind = templates.filter((t) => t.kind === kind);
    if (ofKind.length === 0) continue;
    let reportedCallee = false;
    const reportedCalls = new Set<string>();
    for (const t of ofKind) {
      if (t.inputs.length === 0) {
        // No input in it: nothing a caller passes can separate two calls; the callee must change.
        const several = calls.length > 1 || calls.some((c) => hasSeveralLegs(c.job));
        if (several && !reportedCallee) {
          out.push({ kind, template: t, first: calls[0]!, matrix: calls.length === 1 });
          reportedCallee = true;
        }
        continue;
      }
      for (const c of calls) {
        if (reportedCalls.has(c.jobId)) continue;
        const values = t.inputs.map((n) => inputValue(c, callee, n));
        if (hasSeveralLegs(c.job) && !values.some(perLeg)) {
          out.push({ kind, template: t, first: c, second: c, matrix: true });
          reportedCalls.add(c.jobId);
        }
      }
      for (let j = 1; j < calls.length; j++) {
        const second = calls[j]!;
        if (reportedCalls.has(second.jobId)) continue;
        const k = key(second, t);
        if (t.inputs.some((n) => perLeg(inputValue(second, callee, n)))) continue;
        const first = calls.slice(0, j).find((c) => key(c, t) === k);
        if (first) {
          out.push({ kind, template: t, first, second, matrix: false });
          reportedCalls.add(second.jobId);
        }
      }
    }
  }
  return out;
}
