import { describe, expect, it } from 'vitest';
import { createRetryBudget } from './retry-budget.js';

describe('the retry budget', () => {
  it('allows its reserve of retries, then none until attempts earn more', () => {
    const budget = createRetryBudget({ reserve: 2 });
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);
  });

  it('holds retries to about a tenth of first attempts under sustained failure', () => {
    const budget = createRetryBudget({ reserve: 0 });
    let retries = 0;
    for (let attempt = 0; attempt < 1000; attempt++) {
      budget.recordAttempt();
      if (budget.tryRetry()) retries++;
    }
    expect(retries).toBeGreaterThanOrEqual(99);
    expect(retries).toBeLessThanOrEqual(100);
  });

  it('never saves up more than its capacity', () => {
    const budget = createRetryBudget({ reserve: 0, capacity: 3 });
    for (let attempt = 0; attempt < 1000; attempt++) budget.recordAttempt();
    expect(budget.available()).toBe(3);
  });
});
