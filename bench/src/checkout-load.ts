// The open-loop load of the checkout benchmark: checkouts started at a fixed rate whatever the
// answers' speed, each with a cart drawn for it, then checkout → paid measured per order.
import { addAndCheckOut, paidAt } from './checkout-client.js';
import { summariseOpenLoop } from './open-loop-summary.js';

/** What one rate of checkouts gave: how many were offered and paid, and checkout → paid percentiles. */
export interface CheckoutLoadResult {
  offered: number;
  paid: number;
  paidPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

/** Where the load goes: the gateway, the signed-in shoppers to take turns, and how to fill each cart. */
export interface CheckoutLoad {
  baseUrl: string;
  shoppers: Record<string, string>[];
  /** The products of one cart, one unit each, in the order they are added. */
  drawCart: () => string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `rate` checkouts a second for `seconds`, waits 3 s, then reads when each order was paid. */
export async function openLoop(
  load: CheckoutLoad,
  rate: number,
  seconds: number,
): Promise<CheckoutLoadResult> {
  const started: Array<Promise<{ sentAt: number; headers: Record<string, string>; orderId: string | null }>> =
    [];
  const begin = Date.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = begin + (i * 1000) / rate;
    await sleep(Math.max(0, due - Date.now()));
    const headers = load.shoppers[i % load.shoppers.length]!;
    const placing = addAndCheckOut(load.baseUrl, headers, load.drawCart());
    started.push(placing.then((placed) => ({ ...placed, headers })));
  }
  const placed = await Promise.all(started);
  await sleep(3000);
  const latencies: number[] = [];
  for (const { sentAt, headers, orderId } of placed) {
    const at = orderId ? await paidAt(load.baseUrl, headers, orderId) : null;
    if (at !== null) latencies.push(Math.max(0, at - sentAt));
  }
  return summariseOpenLoop(latencies, rate * seconds, seconds);
}

/** A copy of `items` in random order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
