/** How quickly a crashed process is restarted. */
export interface BackoffPolicy {
  /** Delay before the first restart. */
  readonly initialMs: number;
  /** The delay doubles after each crash up to this ceiling. */
  readonly maxMs: number;
  /** A process that stayed up this long is considered healthy again: the delay starts over. */
  readonly resetAfterMs: number;
}

/** 250 ms doubling to 10 s; reset once a process has stayed up for 30 s. */
export const defaultBackoff: BackoffPolicy = { initialMs: 250, maxMs: 10_000, resetAfterMs: 30_000 };

/** What to do after a crash: wait delayMs, and remember the new count of crashes in a row. */
export interface RestartPlan {
  readonly delayMs: number;
  readonly crashesInARow: number;
}

/** Plans the restart after a crash, given the crashes in a row so far and how long it stayed up. */
export function planRestart(crashesInARow: number, uptimeMs: number, policy = defaultBackoff): RestartPlan {
  const previous = uptimeMs >= policy.resetAfterMs ? 0 : crashesInARow;
  const delayMs = Math.min(policy.initialMs * 2 ** previous, policy.maxMs);
  return { delayMs, crashesInARow: previous + 1 };
}
