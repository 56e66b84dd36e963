import { describe, expect, it } from 'vitest';
import { waitUntil } from './wait-until.js';

describe('waitUntil', () => {
  it('resolves once a condition, sync or async, holds', async () => {
    let checks = 0;
    await waitUntil(() => ++checks === 3);
    expect(checks).toBe(3);
    await waitUntil(async () => ++checks === 5);
    expect(checks).toBe(5);
  });

  it('throws, naming what it waited for, when the condition does not hold in time', async () => {
    await expect(waitUntil(() => false, 50, 'the order to be paid')).rejects.toThrow(
      'the order to be paid did not hold within 50 ms',
    );
  });
});
