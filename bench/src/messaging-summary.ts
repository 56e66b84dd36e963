// The numbers of one messaging run, from commit and handled times on a clock both processes share.
import { performance } from 'node:perf_hooks';
import { percentile } from './percentile.js';

/** Throughput and latency of one run. */
export interface Throughput {
  events: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Milliseconds since the epoch with sub-millisecond steps: comparable between processes of one machine. */
export function commonClock(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Summarises a run from each event's commit time in the producer and handled time in the consumer
 * (both indexed by event number): latency per event, and the rate from the first commit to the last
 * event handled.
 */
export function summarise(committed: number[], handled: number[]): Throughput {
  const latencies = handled.map((at, n) => at - (committed[n] ?? at));
  const firstCommitted = committed.reduce((first, at) => Math.min(first, at), Infinity);
  const lastHandled = handled.reduce((last, at) => Math.max(last, at), -Infinity);
  return {
    events: handled.length,
    eventsPerSecond: Math.round(handled.length / ((lastHandled - firstCommitted) / 1000)),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
  };
}

/** Rounds to two decimals for the table. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
