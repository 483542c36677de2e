// Runs the Pod Security Standards on a pod (or a workload's pod template) at a level and version,
// as the API server's PodSecurity admission does: the controls of that version, baseline ones
// replaced by the restricted ones that override them, in the API server's order.
import { CONTROLS, type ControlFailure, type PodView } from './controls.js';
import { minorOf, type PodSecurityLevel, type PolicyVersion } from './levels.js';

export interface ControlResult extends ControlFailure {
  /** The standard's check id (`hostNamespaces`). */
  id: string;
  /** The level the check belongs to (a baseline check also runs under restricted). */
  level: 'baseline' | 'restricted';
}

interface Runnable {
  id: string;
  level: 'baseline' | 'restricted';
  run: (pod: PodView) => ControlFailure | undefined;
}

const cache = new Map<string, Runnable[]>();

/** The checks a level runs at a minor, in the API server's order. */
function checksFor(level: 'baseline' | 'restricted', minor: number): Runnable[] {
  const key = `${level}/${minor}`;
  let out = cache.get(key);
  if (out) return out;
  const active = CONTROLS.flatMap((c) => {
    const v = [...c.versions].reverse().find((x) => x.since <= minor);
    return v ? [{ control: c, version: v }] : [];
  });
  const overridden = new Set(level === 'restricted' ? active.flatMap((a) => (a.control.level === 'restricted' ? (a.version.overrides ?? []) : [])) : []);
  out = active
    .filter((a) => (level === 'baseline' ? a.control.level === 'baseline' : !overridden.has(a.control.id)))
    // CONTROLS is already baseline-then-restricted, each sorted by id.
    .map((a) => ({ id: a.control.id, level: a.control.level, run: a.version.run }));
  cache.set(key, out);
  return out;
}

/** The failed checks of a pod at a level and version; empty when it is allowed. */
export function evaluatePod(level: PodSecurityLevel, version: PolicyVersion, pod: PodView): ControlResult[] {
  if (level === 'privileged') return [];
  const results: ControlResult[] = [];
  for (const c of checksFor(level, minorOf(version))) {
    const f = c.run(pod);
    if (f) results.push({ ...f, id: c.id, level: c.level });
  }
  return results;
}

/** `reason (detail), reason (detail)`: what the API server prints after `violates PodSecurity "…": `. */
export function forbiddenDetail(results: readonly ControlFailure[]): string {
  return results.map((r) => (r.detail ? `${r.reason} (${r.detail})` : r.reason)).join(', ');
}
