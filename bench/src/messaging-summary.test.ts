import { describe, expect, it } from 'vitest';
import { summarise } from './messaging-summary.js';

describe('a messaging run summary', () => {
  it('times each event from its commit to its handling, and the rate from the first commit to the last handled', () => {
    // four events committed 1 ms apart from t=1000, each handled 10 ms (the last 30 ms) later
    const committed = [1000, 1001, 1002, 1003];
    const handled = [1010, 1011, 1012, 1033];
    expect(summarise(committed, handled)).toEqual({ events: 4, eventsPerSecond: 121, p50Ms: 10, p99Ms: 30 });
  });
});
