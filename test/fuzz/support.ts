/**
 * The fuzz tier's shared harness: run counts and seed (small and fixed in CI, large with
 * `npm run fuzz`), a per-input time bound, a heap bound per batch, and a watchdog that ends the
 * process with the offending input printed when one input hangs outright (a synchronous loop
 * cannot be interrupted from its own thread, so the property's own timer would never fire).
 */
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { Parameters } from 'fast-check';
import { afterAll, expect } from 'vitest';

/** `PORTARIUM_FUZZ_RUNS` replaces every target's CI default (npm run fuzz sets it). */
const RUNS_OVERRIDE = Number(process.env['PORTARIUM_FUZZ_RUNS'] ?? '') || undefined;
const SEED_ENV = process.env['PORTARIUM_FUZZ_SEED'];
/** CI runs one fixed seed so a red build is reproducible; `random` lets fast-check pick (it prints the seed on failure). */
export const SEED: number | undefined = SEED_ENV === 'random' ? undefined : SEED_ENV ? Number(SEED_ENV) : 0x5eed_2026;

/** Longest input a generator produces: the limits below are promised for bounded inputs only. */
export const MAX_INPUT = 64 * 1024;
/**
 * One input must finish within this much CPU time, or the property fails (and fast-check shrinks the
 * input). CPU time, not wall time: the tier runs beside other work on shared cores.
 */
export const TIME_BOUND_MS = Number(process.env['PORTARIUM_FUZZ_TIME_BOUND_MS'] ?? '') || 2000;
/** Past this the input hangs: the watchdog prints it and kills the test process. */
const HANG_MS = 30_000;
/**
 * Heap growth across one input (used after minus used before, garbage not yet collected included): what
 * a single bounded input may cost. Measured per input, not against the batch's start, so garbage that
 * earlier inputs left for the next major GC does not count.
 */
export const HEAP_PEAK_BOUND = 256 * 1024 * 1024;
/** Heap still held after the batch and a full GC: anything large is a leak across inputs. */
export const HEAP_RETAINED_BOUND = 48 * 1024 * 1024;

export function runs(ciDefault: number): number {
  return RUNS_OVERRIDE ?? ciDefault;
}

export function params<T>(ciDefault: number): Parameters<T> {
  return { numRuns: runs(ciDefault), ...(SEED !== undefined ? { seed: SEED } : {}) };
}

/** vitest's timeout for a target: generous per run so slow machines fail on the bound, not on the timer. */
export function timeout(ciDefault: number, perRunMs = 50): number {
  return Math.max(180_000, runs(ciDefault) * perRunMs);
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---- watchdog --------------------------------------------------------------------------------

const INPUT_BYTES = 16 * 1024;
// [armed at (ms since the epoch, 0 when disarmed), length of the saved input]: one 64-bit cell for the
// time, so the watchdog never reads half of an update.
const state = new BigInt64Array(new SharedArrayBuffer(8 * 2));
const inputBuf = new Uint8Array(new SharedArrayBuffer(INPUT_BYTES));
const encoder = new TextEncoder();

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, inputBuf, limit, pid } = workerData;
setInterval(() => {
  const armed = Number(Atomics.load(state, 0));
  if (armed === 0 || Date.now() - armed < limit) return;
  const input = Buffer.from(inputBuf.subarray(0, Number(Atomics.load(state, 1)))).toString('utf8');
  writeSync(2, '\\nfuzz: one input ran past ' + limit + ' ms (a hang); the input (first 16 KiB, JSON):\\n' + JSON.stringify(input) + '\\n');
  process.kill(pid, 'SIGKILL');
}, 250);
`;
const watchdog = new Worker(WATCHDOG, { eval: true, workerData: { state, inputBuf, limit: HANG_MS, pid: process.pid } });
watchdog.unref();
afterAll(async () => {
  await watchdog.terminate();
});

function arm(input: unknown): void {
  const text = typeof input === 'string' ? input : JSON.stringify(input) ?? String(input);
  const { written } = encoder.encodeInto(text.slice(0, INPUT_BYTES), inputBuf);
  Atomics.store(state, 1, BigInt(written));
  Atomics.store(state, 0, BigInt(Date.now()));
}

function disarm(): void {
  Atomics.store(state, 0, 0n);
}

// ---- bounds ----------------------------------------------------------------------------------

export interface Batch {
  /** Runs `fn` on one input under the time bound, sampling the heap afterwards. */
  run<R>(input: unknown, fn: () => R): R;
  runAsync<R>(input: unknown, fn: () => Promise<R>): Promise<R>;
  /** Asserts the heap bounds and prints the batch's numbers (runs, time, heap). */
  finish(): void;
}

export function batch(target: string): Batch {
  gc();
  const base = process.memoryUsage().heapUsed;
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  let peak = 0;
  let count = 0;
  let slowest = 0;
  // The last failing input is the smallest one shrinking found: kept on disk to replay it.
  const keep = (input: unknown): void => {
    const dir = path.join(process.cwd(), '.cache', 'fuzz-failures');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${target.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify(input, null, 1));
  };
  const after = (input: unknown, t0: NodeJS.CpuUsage, heap0: number): void => {
    disarm();
    const used = process.cpuUsage(t0);
    const took = (used.user + used.system) / 1000;
    count++;
    slowest = Math.max(slowest, took);
    const grew = process.memoryUsage().heapUsed - heap0;
    peak = Math.max(peak, grew);
    if (grew > HEAP_PEAK_BOUND) {
      keep(input);
      throw new Error(`${target}: one input grew the heap by ${Math.round(grew / 1048576)} MiB, over the bound of ${HEAP_PEAK_BOUND / 1048576} MiB`);
    }
    if (took > TIME_BOUND_MS) {
      keep(input);
      throw new Error(`${target}: one input took ${Math.round(took)} ms, of CPU time, over the bound of ${TIME_BOUND_MS} ms`);
    }
  };
  return {
    run(input, fn) {
      arm(input);
      const heap0 = process.memoryUsage().heapUsed;
      const t0 = process.cpuUsage();
      try {
        return fn();
      } catch (e) {
        keep(input);
        throw e;
      } finally {
        after(input, t0, heap0);
      }
    },
    async runAsync(input, fn) {
      arm(input);
      const heap0 = process.memoryUsage().heapUsed;
      const t0 = process.cpuUsage();
      try {
        return await fn();
      } catch (e) {
        keep(input);
        throw e;
      } finally {
        after(input, t0, heap0);
      }
    },
    finish() {
      gc();
      const retained = process.memoryUsage().heapUsed - base;
      const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
      const cpu = process.cpuUsage(startedCpu);
      const line = `fuzz ${target}: ${count} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU), slowest ${Math.round(slowest)} ms CPU, heap per input up to +${mb(peak)}, retained +${mb(Math.max(0, retained))}${SEED !== undefined ? `, seed ${SEED}` : ''}`;
      writeSync(1, `${line}\n`);
      expect(retained, `${target}: heap retained after the batch`).toBeLessThan(HEAP_RETAINED_BOUND);
    },
  };
}
