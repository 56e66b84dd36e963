import { describe, expect, it } from 'vitest';
import { isSustained, summariseOpenLoop } from './open-loop-summary.js';

describe('an open-loop summary', () => {
  it('picks p50 and p99 as the checkout ramp does, whatever order the latencies came in', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(summariseOpenLoop(latencies, 100, 10)).toEqual({
      offered: 100,
      paid: 100,
      paidPerSecond: 10,
      p50Ms: 51,
      p99Ms: 100,
    });
  });

  it('rounds to the decimals asked for, and has no percentiles when nothing completed', () => {
    expect(summariseOpenLoop([1.234, 5.678], 2, 1, 1)).toMatchObject({ p50Ms: 5.7, p99Ms: 5.7 });
    expect(summariseOpenLoop([], 10, 1)).toMatchObject({ paid: 0, paidPerSecond: 0, p50Ms: null });
  });

  it('counts a rate as sustained only when nearly all of it completed within a p99 of 2 s', () => {
    const at = (paidPerSecond: number, p99Ms: number | null) => ({
      offered: 0,
      paid: 0,
      paidPerSecond,
      p50Ms: null,
      p99Ms,
    });
    expect(isSustained(at(24, 300), 25)).toBe(true);
    expect(isSustained(at(23, 300), 25)).toBe(false);
    expect(isSustained(at(25, 2500), 25)).toBe(false);
    expect(isSustained(at(25, null), 25)).toBe(false);
  });
});
