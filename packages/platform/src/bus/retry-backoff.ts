/** Exponential backoff with jitter: ~`baseMs` after the first failure, doubling, capped at `maxMs`. */
export function backoffDelay(failures: number, baseMs = 100, maxMs = 10_000): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
