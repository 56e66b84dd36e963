import { describe, expect, it } from 'vitest';
import {
  deadlineIn,
  isPastDeadline,
  longestDeadlineMs,
  parseDeadlineHeader,
  remainingMs,
  withinBudget,
} from './deadline.js';
import { runInRequestContext } from './request-context.js';

const ids = { requestId: 'r1', correlationId: 'c1' };

describe('the deadline header', () => {
  it('reads the remaining milliseconds, negative ones included', () => {
    expect(parseDeadlineHeader('1500')).toBe(1500);
    expect(parseDeadlineHeader(['250', '9'])).toBe(250);
    expect(parseDeadlineHeader('-3')).toBe(-3);
  });

  it('names no deadline when absent or not a whole number', () => {
    for (const value of [undefined, '', 'soon', '1.5', '1e3', '99999999999999']) {
      expect(parseDeadlineHeader(value), String(value)).toBeUndefined();
    }
  });

  it('caps a deadline far in the future', () => {
    expect(parseDeadlineHeader(String(longestDeadlineMs * 10))).toBe(longestDeadlineMs);
  });
});

describe('the current deadline', () => {
  it('is absent outside work that has one', () => {
    expect(remainingMs()).toBeUndefined();
    expect(isPastDeadline()).toBe(false);
  });

  it('counts down from the context and is past once reached', () => {
    runInRequestContext({ ...ids, deadlineAt: deadlineIn(10_000) }, () => {
      const left = remainingMs() ?? 0;
      expect(left).toBeGreaterThan(9_000);
      expect(left).toBeLessThanOrEqual(10_000);
      expect(isPastDeadline()).toBe(false);
    });
    runInRequestContext({ ...ids, deadlineAt: deadlineIn(-1) }, () => expect(isPastDeadline()).toBe(true));
  });

  it('is shortened by a budget, never lengthened, and keeps the ids', async () => {
    await runInRequestContext({ ...ids, deadlineAt: deadlineIn(10_000) }, async () => {
      expect(await withinBudget(300, async () => remainingMs())).toBeLessThanOrEqual(300);
      expect(await withinBudget(60_000, async () => remainingMs())).toBeLessThanOrEqual(10_000);
    });
    expect(await withinBudget(300, async () => remainingMs())).toBeLessThanOrEqual(300);
  });
});
