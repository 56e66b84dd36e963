// The two workloads of the capacity benchmark, each at a fixed rate (open loop): checkouts that
// end paid (the checkout bench's client calls), and product pages read through the gateway.
import { addAndCheckOut, call, paidAt, session, stockedProduct } from './checkout-client.js';
import { shuffled, type CheckoutLoad } from './checkout-load.js';
import { benchAdmin } from './system-process.js';

/** A prepared shop: signed-in shoppers with carts to fill, and the seeded products to look at. */
export interface PreparedShop {
  checkouts: CheckoutLoad;
  seededProductIds: string[];
}

/** What a run of page views gave: how many were asked for and how many answered 200. */
export interface PageViewResult {
  offered: number;
  ok: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Signs shoppers up, stocks products for their carts (one or two lines each) and lists the seeded catalog. */
export async function prepareShop(baseUrl: string, shopperCount = 40): Promise<PreparedShop> {
  const adminHeaders = await session(baseUrl, benchAdmin);
  const products = await Promise.all(Array.from({ length: 10 }, () => stockedProduct(baseUrl, adminHeaders)));
  const shoppers: Record<string, string>[] = [];
  while (shoppers.length < shopperCount)
    shoppers.push(...(await Promise.all(Array.from({ length: 10 }, () => session(baseUrl)))));
  const listed = await call<{ items: Array<{ id: string }> }>(`${baseUrl}/api/products?pageSize=50`);
  const drawCart = () => shuffled(products).slice(0, 1 + Math.floor(Math.random() * 2));
  return {
    checkouts: { baseUrl, shoppers, drawCart },
    seededProductIds: listed.body.items.map((item) => item.id),
  };
}

/** What a run of checkouts gave: how many were offered, accepted (202) and paid in the end. */
export interface CheckoutRunResult {
  offered: number;
  placed: number;
  paid: number;
  drainSeconds: number;
}

/**
 * Checks out `rate` carts a second for `seconds`, then waits until every accepted order is paid
 * (reading each at least once, as the confirmation page does; at most 60 s), then lets the work
 * that follows the payment settle.
 */
export async function checkOutAtRate(
  shop: PreparedShop,
  rate: number,
  seconds: number,
): Promise<CheckoutRunResult> {
  const { baseUrl, shoppers, drawCart } = shop.checkouts;
  const placed = await atFixedRate(rate, seconds, async (i) => {
    const headers = shoppers[i % shoppers.length]!;
    return { headers, orderId: (await addAndCheckOut(baseUrl, headers, drawCart())).orderId };
  });
  const loadEnded = performance.now();
  const deadline = loadEnded + 60_000;
  let paid = 0;
  for (const { headers, orderId } of placed) {
    let at = orderId ? await paidAt(baseUrl, headers, orderId) : null;
    while (orderId && at === null && performance.now() < deadline) {
      await sleep(250);
      at = await paidAt(baseUrl, headers, orderId);
    }
    if (at !== null) paid++;
  }
  const drainSeconds = Math.round((performance.now() - loadEnded) / 100) / 10;
  await sleep(2000); // notifications, shipments and read models follow the payment
  return {
    offered: placed.length,
    placed: placed.filter((order) => order.orderId).length,
    paid,
    drainSeconds,
  };
}

/** Reads `rate` product pages a second for `seconds` through the gateway, over the seeded products in turn. */
export async function viewPagesAtRate(
  shop: PreparedShop,
  rate: number,
  seconds: number,
): Promise<PageViewResult> {
  const { baseUrl } = shop.checkouts;
  const ids = shop.seededProductIds;
  const statuses = await atFixedRate(rate, seconds, (i) =>
    call(`${baseUrl}/api/products/${ids[i % ids.length]}`).then(
      (answer) => answer.status,
      () => 0,
    ),
  );
  return { offered: statuses.length, ok: statuses.filter((status) => status === 200).length };
}

/** Starts `fire(i)` `rate` times a second for `seconds` whatever the answers' speed (open loop); resolves with every answer. */
async function atFixedRate<T>(rate: number, seconds: number, fire: (i: number) => Promise<T>): Promise<T[]> {
  const answers: Array<Promise<T>> = [];
  const begin = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    await sleep(begin + (i * 1000) / rate - performance.now());
    answers.push(fire(i));
  }
  return Promise.all(answers);
}
