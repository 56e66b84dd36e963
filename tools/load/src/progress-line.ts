// The live line a run prints every second (on stderr), so a person sees the load happen.
import { performance } from 'node:perf_hooks';
import type { LoadOptions } from './load-options.js';
import type { StepStats } from './step-stats.js';

/** `[load] 12 s / 60 s · sent 240 · answered 238 · in flight 2 · errors 0 · p99 45.1 ms` */
export function progressLine(
  state: { total: StepStats; inFlight: ReadonlySet<unknown> },
  options: Pick<LoadOptions, 'durationSeconds'>,
  began: number,
): string {
  const elapsed = Math.round((performance.now() - began) / 1000);
  const answered = state.total.requests;
  return [
    `[load] ${elapsed} s / ${options.durationSeconds} s`,
    `sent ${answered + state.inFlight.size}`,
    `answered ${answered}`,
    `in flight ${state.inFlight.size}`,
    `errors ${state.total.errors}`,
    `p99 ${state.total.latency().p99.toFixed(1)} ms`,
  ].join(' · ');
}
