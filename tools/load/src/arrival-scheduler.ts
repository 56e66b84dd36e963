// Open-loop arrivals at a fixed rate: arrival i is due at start + i / rate, whatever the answers to
// earlier ones. A late timer (a busy event loop) fires every arrival that is due at once, each with
// its own scheduled time, so latency measured from it includes the lateness (no coordinated omission).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** The clock and the wait a schedule runs on (real ones by default; tests pass their own). */
export interface SchedulerClock {
  now(): number;
  wait(ms: number): Promise<void>;
}

/** The real monotonic clock. */
export const realClock: SchedulerClock = { now: () => performance.now(), wait: (ms) => sleep(ms) };

/** How many arrivals a run of `seconds` at `rate` per second has. */
export function arrivalCount(rate: number, seconds: number): number {
  return Math.floor(rate * seconds);
}

/** The scheduled time (ms on the clock) of arrival `index`. */
export function scheduledTime(startMs: number, rate: number, index: number): number {
  return startMs + (index * 1000) / rate;
}

/**
 * Calls `arrive(scheduledAt, index)` for every arrival of the run at its scheduled time, never
 * awaiting what it returns; resolves after the last arrival has been fired.
 */
export async function runArrivals(
  rate: number,
  seconds: number,
  arrive: (scheduledAt: number, index: number) => void,
  clock: SchedulerClock = realClock,
): Promise<number> {
  const total = arrivalCount(rate, seconds);
  const start = clock.now();
  let index = 0;
  while (index < total) {
    const now = clock.now();
    while (index < total && scheduledTime(start, rate, index) <= now) {
      arrive(scheduledTime(start, rate, index), index);
      index += 1;
    }
    if (index < total) await clock.wait(Math.max(0, scheduledTime(start, rate, index) - clock.now()));
  }
  return total;
}
