// Issue 15 "Performance", a capacity model: the CPU each process spends per checkout (cart adds
// included, until paid) and per product page, measured at a fixed rate on the embedded defaults
// with the idle baseline taken out; from them the ceiling on N cores and the process to scale
// first, then the checkout again with that process at two replicas (the cost should not move).
// BENCH_CAPACITY_SECONDS (default 20) and BENCH_CAPACITY_IDLE_SECONDS (default 10) shorten a run.
import fs from 'node:fs';
import os from 'node:os';
import {
  ceilingOn,
  ceilingRows,
  costPerUnit,
  costRows,
  largestShare,
  modelledCores,
  totalOf,
} from './capacity-model.js';
import { checkOutAtRate, prepareShop, viewPagesAtRate, type PreparedShop } from './capacity-workloads.js';
import { measureCpu, type CpuWindow } from './process-cpu.js';
import { recordResult, type BenchRow } from './record-result.js';
import { startShopRunner, stopRunner } from './system-process.js';

const seconds = Number(process.env.BENCH_CAPACITY_SECONDS ?? 20);
const idleSeconds = Number(process.env.BENCH_CAPACITY_IDLE_SECONDS ?? 10);
const checkoutRate = 10;
const pageViewRate = 50;
const goalMs = 15;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Measures both workloads, the model and the scale check, and records them. */
export async function capacityBench(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  const single = await onSystem({}, async (shop, dataDir) => ({
    checkout: await measureCheckouts(shop, dataDir),
    pageViews: await measurePageViews(shop, dataDir),
  }));
  const scaleFirst = largestShare(single.checkout.costs);
  const scaled = await onSystem({ SCALE: `${scaleFirst}=2` }, measureCheckouts);
  const perCheckout = totalOf(single.checkout.costs);
  const perCheckoutScaled = totalOf(scaled.costs);
  const perPageView = totalOf(single.pageViews.costs);
  const rows: BenchRow[] = [
    { name: `checkout → paid at ${checkoutRate}/s for ${seconds} s`, ...single.checkout.result },
    ...costRows('checkout', 'cpuMsPerCheckout', single.checkout.costs),
    ...ceilingRows('checkouts', perCheckout),
    { name: `page views at ${pageViewRate}/s for ${seconds} s`, ...single.pageViews.result },
    ...costRows('page view', 'cpuMsPerPageView', single.pageViews.costs),
    ...ceilingRows('pageViews', perPageView),
    { name: `scale first (largest share of a checkout): ${scaleFirst}` },
    { name: `checkout with SCALE=${scaleFirst}=2`, ...scaled.result },
    ...costRows(`checkout, SCALE=${scaleFirst}=2`, 'cpuMsPerCheckout', scaled.costs),
    {
      name: 'load average (1 min) before and after',
      before: round1(loadBefore),
      after: round1(os.loadavg()[0]!),
    },
  ];
  recordResult({
    bench: 'capacity',
    goal:
      `CPU per checkout ≤ ${goalMs} ms over all processes (issue 15), at ${checkoutRate} checkouts/s open loop ` +
      `on the embedded defaults, cart adds included, idle baseline taken out; ceiling on N cores = N × 1000 / that`,
    rows,
    verdict:
      `${round1(perCheckout)} ms CPU per checkout (goal ≤ ${goalMs} ms: ${perCheckout <= goalMs ? 'met' : 'not met'}), ` +
      `${round1(perPageView)} ms per page view; ceiling on 2/4/8 cores ≈ ` +
      `${modelledCores.map((cores) => ceilingOn(cores, perCheckout)).join('/')} checkouts/s; scale ${scaleFirst} first; ` +
      `with ${scaleFirst}=2 ${round1(perCheckoutScaled)} ms per checkout (×${round2(perCheckoutScaled / perCheckout)})` +
      unpaidNote([single.checkout.result, scaled.result]),
  });
}

/** Starts the system with `env`, prepares the shop, warms it up, runs `measure`, and stops it. */
async function onSystem<T>(
  env: Record<string, string>,
  measure: (shop: PreparedShop, dataDir: string) => Promise<T>,
): Promise<T> {
  const system = await startShopRunner(18380, 18400, env);
  try {
    const shop = await prepareShop(system.baseUrl);
    await checkOutAtRate(shop, checkoutRate, 2); // warm-up: the first calls compile code and fill caches
    await viewPagesAtRate(shop, pageViewRate, 2);
    await sleep(3000);
    return await measure(shop, system.dataDir);
  } finally {
    await stopRunner(system.child);
    fs.rmSync(system.dataDir, { recursive: true, force: true });
  }
}

/** The CPU of an idle window, then of the checkout workload less that idle rate, per checkout. */
function measureCheckouts(shop: PreparedShop, dataDir: string) {
  return measureWorkload(dataDir, () => checkOutAtRate(shop, checkoutRate, seconds));
}

/** The same for the page views, per page view. */
function measurePageViews(shop: PreparedShop, dataDir: string) {
  return measureWorkload(dataDir, () => viewPagesAtRate(shop, pageViewRate, seconds));
}

async function measureWorkload<T extends { offered: number }>(dataDir: string, run: () => Promise<T>) {
  const idle = await idleWindow(dataDir);
  const { result, window } = await measureCpu(dataDir, run);
  return { result, costs: costPerUnit(window, idle, result.offered) };
}

async function idleWindow(dataDir: string): Promise<CpuWindow> {
  return (await measureCpu(dataDir, () => sleep(idleSeconds * 1000))).window;
}

/** A warning when a run left orders unpaid: its CPU per checkout then misses their work. */
function unpaidNote(runs: Array<{ offered: number; paid: number }>): string {
  const short = runs.filter((run) => run.paid < run.offered);
  return short.length
    ? `; NOT ALL PAID (${short.map((run) => `${run.paid}/${run.offered}`).join(', ')})`
    : '';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
