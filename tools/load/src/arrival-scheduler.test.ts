import { describe, expect, it } from 'vitest';
import { arrivalCount, runArrivals, scheduledTime, type SchedulerClock } from './arrival-scheduler.js';

/** A clock that moves only when the scheduler waits, by the wait asked for plus a fixed lateness. */
function fakeClock(latenessMs = 0): SchedulerClock & { waits: number[] } {
  let now = 1_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    wait: async (ms) => {
      waits.push(ms);
      now += ms + latenessMs;
    },
  };
}

describe('the arrival scheduler', () => {
  it('schedules rate × duration arrivals 1/rate apart', () => {
    expect(arrivalCount(20, 60)).toBe(1200);
    expect(arrivalCount(2.5, 3)).toBe(7);
    expect([0, 1, 2].map((index) => scheduledTime(100, 4, index))).toEqual([100, 350, 600]);
  });

  it('fires every arrival at its scheduled time without waiting for any answer (open loop)', async () => {
    const clock = fakeClock();
    const fired: number[] = [];
    const count = await runArrivals(10, 1, (scheduledAt) => fired.push(scheduledAt), clock);
    expect(count).toBe(10);
    expect(fired).toEqual(Array.from({ length: 10 }, (_, index) => 1_000 + index * 100));
  });

  it('when the timer is late, fires the arrivals that are due at once, each with its own scheduled time', async () => {
    const clock = fakeClock(250);
    const fired: Array<{ scheduledAt: number; firedAt: number }> = [];
    await runArrivals(10, 1, (scheduledAt) => fired.push({ scheduledAt, firedAt: clock.now() }), clock);
    expect(fired.map((arrival) => arrival.scheduledAt)).toEqual(
      Array.from({ length: 10 }, (_, index) => 1_000 + index * 100),
    );
    // some arrivals left late, and latency is measured from scheduledAt, not from firedAt
    expect(fired.some((arrival) => arrival.firedAt > arrival.scheduledAt)).toBe(true);
    expect(fired.length).toBe(10);
  });
});
