// A retry budget per dependency, as Finagle and gRPC keep one: every first attempt earns a tenth
// of a retry and every retry spends one, so retries add at most about 10% to the load a struggling
// dependency sees, whatever the number of callers; a small reserve lets a quiet client retry at all.

/** The shape of a retry budget. */
export interface RetryBudgetOptions {
  /** Retries earned per first attempt (0.1: retries add at most 10% load). */
  ratio?: number;
  /** Retries the budget starts with and never holds more than earned beyond (a burst allowance). */
  reserve?: number;
  /** The most retries the budget can hold. */
  capacity?: number;
}

/** A token bucket of retries: earned by first attempts, spent by retries. */
export interface RetryBudget {
  /** Records a first attempt (earns `ratio` of a retry). */
  recordAttempt(): void;
  /** Spends one retry if the budget holds one; false when a retry would exceed the budget. */
  tryRetry(): boolean;
  /** Retries the budget holds now. */
  available(): number;
}

/** Creates a retry budget. */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const ratio = options.ratio ?? 0.1;
  const capacity = options.capacity ?? 20;
  let tokens = Math.min(options.reserve ?? 10, capacity);
  return {
    recordAttempt: () => {
      tokens = Math.min(capacity, tokens + ratio);
    },
    tryRetry: () => {
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    available: () => tokens,
  };
}
