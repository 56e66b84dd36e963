import { describe, expect, it } from 'vitest';
import { defaultBackoff, planRestart } from './backoff.js';

describe('planRestart', () => {
  it('waits 250 ms after a first crash, then doubles up to 10 s', () => {
    const delays: number[] = [];
    let crashes = 0;
    for (let i = 0; i < 8; i += 1) {
      const plan = planRestart(crashes, 1_000);
      delays.push(plan.delayMs);
      crashes = plan.crashesInARow;
    }
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('starts over once the process had stayed up for 30 s', () => {
    expect(planRestart(6, defaultBackoff.resetAfterMs)).toEqual({ delayMs: 250, crashesInARow: 1 });
    expect(planRestart(6, defaultBackoff.resetAfterMs - 1)).toEqual({ delayMs: 10_000, crashesInARow: 7 });
  });

  it('follows a custom policy', () => {
    const policy = { initialMs: 10, maxMs: 35, resetAfterMs: 100 };
    expect([0, 1, 2].map((crashes) => planRestart(crashes, 0, policy).delayMs)).toEqual([10, 20, 35]);
  });
});
