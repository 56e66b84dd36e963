// What an open-loop run gave, summarised the way the checkout ramp judges it: the same quantile
// pick and the same "sustained" rule for the checkout rows and the saga floor's.
import type { CheckoutLoadResult } from './checkout-load.js';
import { percentile } from './percentile.js';

/** Offered and completed counts, completions per second and p50/p99 of the latencies (to `decimals`). */
export function summariseOpenLoop(
  latenciesMs: readonly number[],
  offered: number,
  seconds: number,
  decimals = 0,
): CheckoutLoadResult {
  const scale = 10 ** decimals;
  const pick = (q: number) => {
    const value = percentile(latenciesMs, q);
    return Number.isNaN(value) ? null : Math.round(value * scale) / scale;
  };
  return {
    offered,
    paid: latenciesMs.length,
    paidPerSecond: Math.round(latenciesMs.length / seconds),
    p50Ms: pick(0.5),
    p99Ms: pick(0.99),
  };
}

/** True when a rate kept up: at least 95% of it completed per second and p99 stayed within 2 s. */
export function isSustained(result: CheckoutLoadResult, rate: number): boolean {
  return result.paidPerSecond >= rate * 0.95 && (result.p99Ms ?? Infinity) <= 2000;
}
