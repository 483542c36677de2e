import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { holdYoungGeneration } from '../../src/young-generation.js';

const youngMb = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / (1024 * 1024);

/** Allocates objects of which many survive a while, what makes V8 grow the young generation, until `stop`. */
function churn(rounds: number, stop: () => boolean = () => false): void {
  let keep: object[] = [];
  for (let i = 0; i < rounds; i++) {
    keep.push({ i, s: `v${i}` });
    if (keep.length > 200_000) keep = [];
    if (i % 1000 === 0 && stop()) return;
  }
}

describe('holding the young generation on a long run', () => {
  it('stops its growth once it has reached 16 MB, for the rest of the process', () => {
    churn(20_000_000, () => youngMb() >= 16);
    const held = youngMb();
    expect(held).toBeGreaterThanOrEqual(16);
    // Node 24 grows it to 64 MB or more; room above, or the test would show nothing.
    expect(held).toBeLessThan(64);
    for (let i = 0; i < 64; i++) holdYoungGeneration();
    churn(8_000_000);
    expect(youngMb()).toBe(held);
  });
});
