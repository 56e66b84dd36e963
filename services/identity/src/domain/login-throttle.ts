// The rule that slows and then locks repeated failed sign-ins: pure, the clock passed in.

/** When a throttle key is slowed and locked (one policy for accounts, one for client addresses). */
export interface ThrottlePolicy {
  /** From this many consecutive failures on, each next attempt waits 1 s, 2 s, 4 s, … */
  delayAfter: number;
  /** From this many on, attempts are refused for `lockMs` after the last one (NIST: at most 100). */
  lockAfter: number;
  lockMs: number;
}

/** A key's stored count: consecutive failed attempts and when the last one was. */
export interface FailureCount {
  failures: number;
  lastFailureAt: Date;
}

/** Whether an attempt may go ahead now, or why not and for how long. */
export type AttemptVerdict =
  { allowed: true } | { allowed: false; reason: 'locked' | 'throttled'; retryAfterMs: number };

/** Failures older than this without another are forgotten (a lock never lasts longer). */
export const failureMemoryMs = 24 * 60 * 60 * 1000;

/** The consecutive failures that still count at `now` (0 once forgotten). */
export function failuresAt(count: FailureCount | undefined, now: Date): number {
  if (!count) return 0;
  return now.getTime() - count.lastFailureAt.getTime() >= failureMemoryMs ? 0 : count.failures;
}

/** How long after its `failures`-th consecutive failure a key must wait before the next attempt. */
export function waitAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures >= policy.lockAfter) return policy.lockMs;
  if (failures < policy.delayAfter) return 0;
  return Math.min(1000 * 2 ** (failures - policy.delayAfter), policy.lockMs);
}

/** Judges an attempt at `now` against the key's count: refused while its wait has not passed. */
export function judgeAttempt(
  count: FailureCount | undefined,
  now: Date,
  policy: ThrottlePolicy,
): AttemptVerdict {
  const failures = failuresAt(count, now);
  if (!count || failures === 0) return { allowed: true };
  const retryAfterMs = count.lastFailureAt.getTime() + waitAfter(failures, policy) - now.getTime();
  if (retryAfterMs <= 0) return { allowed: true };
  return { allowed: false, reason: failures >= policy.lockAfter ? 'locked' : 'throttled', retryAfterMs };
}
