// Issue 11: the cost of telemetry. The same system twice, tracing on (the default: every span kept
// in each process's local store) and off (OTEL_SDK_DISABLED=true), side by side: the gateway path
// (GET /api/products/:id, closed loop) and the checkout flow (open loop, checkout → paid).
// Goal: under 10% fewer requests/s and under 10% more checkout latency with tracing on.
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
  const on = await measureWith({ OTEL_SDK_DISABLED: 'false' });
  const off = await measureWith({ OTEL_SDK_DISABLED: 'true' });
  const fewerRequests = percentChange(off.gateway.requestsPerSecond, on.gateway.requestsPerSecond) * -1;
  const moreLatency =
    off.checkout.p50Ms === null || on.checkout.p50Ms === null
      ? null
      : percentChange(off.checkout.p50Ms, on.checkout.p50Ms);
  // on a shared VM the other tenants' load decides more than tracing does: say how busy it was
  const load = os.loadavg().map((value) => value.toFixed(1));
  const rows: BenchRow[] = [
    { name: 'gateway GET /api/products/:id, tracing off', ...off.gateway },
    { name: 'gateway GET /api/products/:id, tracing on', ...on.gateway },
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

/** How much `after` differs from `before`, in whole percent. */
function percentChange(before: number, after: number): number {
  return before === 0 ? 0 : Math.round(((after - before) / before) * 100);
}
