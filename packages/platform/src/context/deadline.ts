// A unit of work's deadline. Between processes it travels as the milliseconds that remain (the
// `x-deadline-ms` header), never as a wall-clock time, so clock skew between machines does not
// matter; inside a process it is kept on the monotonic clock, so a changed system clock does not either.
import { performance } from 'node:perf_hooks';
import { currentRequestContext, runInRequestContext } from './request-context.js';

/** The header that carries the milliseconds left to the caller's deadline. */
export const deadlineHeader = 'x-deadline-ms';

/** The longest deadline a caller may ask for (a larger header value is capped to it). */
export const longestDeadlineMs = 5 * 60_000;

/** The remaining milliseconds a deadline header names, or undefined when it names none (absent or not a number). */
export function parseDeadlineHeader(value: string | string[] | undefined): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || !/^-?\d{1,12}$/.test(first.trim())) return undefined;
  return Math.min(Number(first), longestDeadlineMs);
}

/** The monotonic time `remainingMs` from now. */
export function deadlineIn(remainingMs: number): number {
  return performance.now() + remainingMs;
}

/** Milliseconds left to the current work's deadline (≤ 0 once passed); undefined when it has none. */
export function remainingMs(): number | undefined {
  const deadlineAt = currentRequestContext()?.deadlineAt;
  return deadlineAt === undefined ? undefined : deadlineAt - performance.now();
}

/** True when the current work has a deadline and it has passed. */
export function isPastDeadline(): boolean {
  const left = remainingMs();
  return left !== undefined && left <= 0;
}

/**
 * Runs `work` with at most `budgetMs` of the current deadline: the earlier of the two binds every
 * call made inside it. Used for the optional parts of a composed answer.
 */
export function withinBudget<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  const context = currentRequestContext();
  const budgetAt = deadlineIn(budgetMs);
  const deadlineAt = Math.min(budgetAt, context?.deadlineAt ?? budgetAt);
  const ids = context ?? { requestId: 'budget', correlationId: 'budget' };
  return runInRequestContext({ ...ids, deadlineAt }, work);
}
