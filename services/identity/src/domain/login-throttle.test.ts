import { describe, expect, it } from 'vitest';
import { failureMemoryMs, judgeAttempt, waitAfter, type ThrottlePolicy } from './login-throttle.js';

const policy: ThrottlePolicy = { delayAfter: 5, lockAfter: 10, lockMs: 900_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe('login throttle rule', () => {
  it('lets the first failures through without waiting, then doubles the wait, then locks', () => {
    const waits = [1, 4, 5, 6, 7, 9, 10, 11].map((failures) => waitAfter(failures, policy));
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 16_000, 900_000, 900_000]);
  });

  it('never makes a delay longer than the lock', () => {
    expect(waitAfter(9, { delayAfter: 1, lockAfter: 10, lockMs: 60_000 })).toBe(60_000);
  });

  it('refuses an attempt inside the wait as throttled, and as locked from the lock threshold on', () => {
    const last = at(0);
    expect(judgeAttempt({ failures: 6, lastFailureAt: last }, at(1500), policy)).toEqual({
      allowed: false,
      reason: 'throttled',
      retryAfterMs: 500,
    });
    expect(judgeAttempt({ failures: 10, lastFailureAt: last }, at(60_000), policy)).toEqual({
      allowed: false,
      reason: 'locked',
      retryAfterMs: 840_000,
    });
  });

  it('allows the attempt once the wait has passed, and forgets failures after a day without one', () => {
    const count = { failures: 10, lastFailureAt: at(0) };
    expect(judgeAttempt(count, at(900_000), policy)).toEqual({ allowed: true });
    expect(judgeAttempt(undefined, at(0), policy)).toEqual({ allowed: true });
    expect(judgeAttempt({ failures: 99, lastFailureAt: at(0) }, at(failureMemoryMs), policy)).toEqual({
      allowed: true,
    });
  });
});
