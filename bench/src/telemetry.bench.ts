// Issue 11: the cost of telemetry. The same system twice, tracing on (the default: every span kept
// in each process's local store) and off (OTEL_SDK_DISABLED=true), side by side: the gateway path
// (GET /api/products/:id, closed loop) and the checkout flow (open loop, checkout → paid), in the
// order off, on, on, off so that a machine growing busier or quieter during the run weighs on both
// alike; each side is the mean of its two runs. Metrics stay on in both (they are the kit's since
// the start; their per-request cost is ADR 0012's). Goal: under 10% fewer requests/s and under 10%
// more checkout latency with tracing on.
import os from 'node:os';
import { session, stockedProduct } from './checkout-client.js';
import { openLoop, shuffled } from './checkout-load.js';
import { measureLoad, type LoadResult } from './load.js';
import { recordResult, type BenchRow } from './record-result.js';
import { benchAdmin, startShopRunner, stopRunner } from './system-process.js';

const checkoutRate = Number(process.env.BENCH_TELEMETRY_CHECKOUT_RATE ?? 10);
const checkoutSeconds = Number(process.env.BENCH_TELEMETRY_CHECKOUT_SECONDS ?? 8);

interface Measured {
  gateway: LoadResult;
  checkout: Awaited<ReturnType<typeof openLoop>>;
}

/** Measures both paths with tracing on and off, and records them side by side. */
export async function telemetryBench(): Promise<void> {
  const runs: Record<'on' | 'off', Measured[]> = { on: [], off: [] };
  for (const side of ['off', 'on', 'on', 'off'] as const)
    runs[side].push(await measureWith({ OTEL_SDK_DISABLED: side === 'off' ? 'true' : 'false' }));
  const on = meanOf(runs.on);
  const off = meanOf(runs.off);
  const fewerRequests = percentChange(off.gateway.requestsPerSecond, on.gateway.requestsPerSecond) * -1;
  const moreLatency =
    off.checkout.p50Ms === null || on.checkout.p50Ms === null
      ? null
      : percentChange(off.checkout.p50Ms, on.checkout.p50Ms);
  // on a shared VM the other tenants' load decides more than tracing does: say how busy it was
  const load = os.loadavg().map((value) => value.toFixed(1));
  const rows: BenchRow[] = [
    { name: 'gateway GET /api/products/:id, tracing off (mean of 2 runs)', ...off.gateway },
    { name: 'gateway GET /api/products/:id, tracing on (mean of 2 runs)', ...on.gateway },
    { name: 'fewer requests/s with tracing on (%)', percent: fewerRequests, goalPercent: 10 },
    { name: `checkout → paid at ${checkoutRate}/s, tracing off`, ...off.checkout },
    { name: `checkout → paid at ${checkoutRate}/s, tracing on`, ...on.checkout },
    { name: 'more checkout p50 latency with tracing on (%)', percent: moreLatency, goalPercent: 10 },
  ];
  recordResult({
    bench: 'telemetry',
    goal: 'tracing on costs < 10% of the gateway rate (autocannon, 50 connections, 10 s) and < 10% more checkout → paid p50 (embedded + SQLite)',
    rows,
    verdict:
      `tracing on: ${fewerRequests}% fewer requests/s on the gateway path, ` +
      `${moreLatency === null ? 'checkout p50 not measured (orders not paid in time)' : `${moreLatency}% more checkout p50`}; ` +
      `load average ${load.join(' / ')} on ${os.cpus().length} cores at the end`,
  });
}

async function measureWith(env: Record<string, string>): Promise<Measured> {
  const system = await startShopRunner(18880, 18900, env);
  try {
    const adminHeaders = await session(system.baseUrl, benchAdmin);
    const products: string[] = [];
    for (let i = 0; i < 10; i++) products.push(await stockedProduct(system.baseUrl, adminHeaders));
    const gateway = await measureLoad(`${system.baseUrl}/api/products/${products[0]}`);
    const shoppers: Record<string, string>[] = [];
    while (shoppers.length < 40)
      shoppers.push(...(await Promise.all(Array.from({ length: 10 }, () => session(system.baseUrl)))));
    const load = { baseUrl: system.baseUrl, shoppers, drawCart: () => shuffled(products).slice(0, 2) };
    const checkout = await openLoop(load, checkoutRate, checkoutSeconds);
    return { gateway, checkout };
  } finally {
    await stopRunner(system.child);
  }
}

/** The mean of each number measured over the runs of one side (null where any run had none). */
function meanOf(runs: Measured[]): Measured {
  const mean = <T extends object>(parts: T[]): T => {
    const first = parts[0]!;
    const merged: Record<string, unknown> = { ...(first as unknown as Record<string, unknown>) };
    for (const [key, value] of Object.entries(first)) {
      if (typeof value !== 'number') continue;
      const values = parts.map((part) => (part as unknown as Record<string, unknown>)[key]);
      merged[key] = values.every((v) => typeof v === 'number')
        ? Math.round((values as number[]).reduce((a, b) => a + b, 0) / values.length)
        : null;
    }
    return merged as T;
  };
  return { gateway: mean(runs.map((run) => run.gateway)), checkout: mean(runs.map((run) => run.checkout)) };
}

/** How much `after` differs from `before`, in whole percent. */
function percentChange(before: number, after: number): number {
  return before === 0 ? 0 : Math.round(((after - before) / before) * 100);
}
