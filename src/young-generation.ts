/**
 * V8 doubles the young generation of a thread, up to 128 MB on this machine's Node 24, while much of
 * what it allocates survives — as on a long run that keeps every finding. That ceiling is fixed when
 * Node starts (`--max-semi-space-size`, which a CLI run through `npx` or an action cannot pass), so
 * past HELD_AT this stops the young generation from growing further, for the rest of the process:
 * a tree with 394,000 findings peaked at 473 MB without it and 330 MB with it, at the same speed
 * (docs/benchmarks.md). Worker threads have their own, smaller limit (resourceLimits).
 */
const HELD_AT = 16 * 1024 * 1024;
// Looked at every CALLS_PER_LOOK calls: it is called once per file, and looking costs some µs.
const CALLS_PER_LOOK = 64;

let held = false;
let calls = 0;

/** Call from loops that run long on one thread (no timer fires there); cheap, and a no-op once held. */
export function holdYoungGeneration(): void {
  if (held || ++calls % CALLS_PER_LOOK !== 0) return;
  const v8 = process.getBuiltinModule('node:v8');
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < HELD_AT) return;
  held = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}
