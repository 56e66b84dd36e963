const longestWaitMs = 10 * 60_000;

/** How long to wait before the next attempt after `failures` failed ones: doubling from `baseMs`, capped. */
export function emailRetryDelayMs(failures: number, baseMs: number): number {
  return Math.min(longestWaitMs, baseMs * 2 ** Math.max(0, failures - 1));
}

/** Whether an email that failed `failures` times has used up its attempts. */
export function hasUsedUpAttempts(failures: number, maxAttempts: number): boolean {
  return failures >= maxAttempts;
}
