import { ExponentialBackoff, handleWhen, retry, type RetryPolicy } from 'cockatiel';
import { DeadlineExceededError, type CallDeadline } from './call-deadline.js';
import type { RetryBudget } from './retry-budget.js';

/** How idempotent calls to one dependency are retried. */
export interface RetrySettings {
  /** Retries after the first attempt, at most. */
  retries: number;
  /** The dependency's retry budget: no retry when it is spent. */
  budget: RetryBudget;
}

// Jittered backoff (cockatiel's default generator is decorrelated jitter) between 25 and 250 ms;
// a retry is worth starting only if the deadline leaves room for the wait and a short attempt.
const backoff = new ExponentialBackoff({ initialDelay: 25, maxDelay: 250 });
const shortestUsefulRetryMs = 300;

/**
 * The retry policy of one call: jittered backoff, only while the caller's deadline leaves room
 * and the dependency's retry budget holds a retry. `retries` bounds the attempts after the first.
 */
export function retryWithinBudget(settings: RetrySettings, deadline: CallDeadline): RetryPolicy {
  let failures = 0;
  const mayRetry = (error: Error) =>
    ++failures <= settings.retries &&
    !(error instanceof DeadlineExceededError) &&
    deadline.leaves(shortestUsefulRetryMs) &&
    settings.budget.tryRetry();
  return retry(handleWhen(mayRetry), { maxAttempts: settings.retries, backoff });
}
