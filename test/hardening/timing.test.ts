import { describe, expect, test } from 'vitest';
import { growth, MAX_GROWTH, TIMING } from './timing.js';

/** The measure the linear-time tests rely on tells linear work from quadratic work. */
describe('growth (test/hardening/timing.ts)', TIMING, () => {
  test('linear work grows about 2× per doubling, under the limit', async () => {
    const ratio = await growth((n) => {
      const values = Array.from({ length: n }, (_, i) => i);
      return () => values.reduce((sum, value) => sum + (value ^ 7), 0);
    }, 20_000);
    expect(ratio).toBeLessThan(MAX_GROWTH);
  });

  test('quadratic work grows about 4× per doubling, over the limit at every size tried', async () => {
    const ratio = await growth((n) => () => {
      let sum = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += i ^ j;
      return sum;
    }, 600);
    expect(ratio).toBeGreaterThanOrEqual(MAX_GROWTH);
  });
});
