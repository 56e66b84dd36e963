// Issue "The commerce flow" and issue 14: checkout at a fixed arrival rate (open loop) through the
// gateway, carts as shoppers fill them: one to three lines over 20 shared products, added in any
// order. It finds the highest offered rate of paid orders per second this machine sustains, then
// measures at that rate and at half of it the spread carts, single-line carts (and the ratio of
// their p50s: issue 14's "as fast as single-line"), and a single hot product in every cart — on the embedded broker and on RabbitMQ
// with PostgreSQL. BENCH_CHECKOUT_SECONDS and BENCH_CHECKOUT_RATES shorten a run.
// Shoppers take turns (120 of them); one whose last order is not paid yet when its turn comes
// round checks that order's lines out again with the new ones.
import { probeServers, prepareIsolatedBackend } from '@bazaar/test-env';
import { session, stockedProduct } from './checkout-client.js';
import { openLoop, shuffled, type CheckoutLoad } from './checkout-load.js';
import { recordResult, type BenchRow } from './record-result.js';
import { benchAdmin, startShopRunner, stopRunner } from './system-process.js';

const seconds = Number(process.env.BENCH_CHECKOUT_SECONDS ?? 8);
const rates = (process.env.BENCH_CHECKOUT_RATES ?? '13,25,50,100,150,200').split(',').map(Number);
const productCount = 20;

/** Runs the checkout load on each backend and records the rows. */
export async function checkoutBench(): Promise<void> {
  const servers = await probeServers();
  const rows: BenchRow[] = [...(await measureBackend('embedded + SQLite', {}))];
  if (servers.postgresUrl && servers.amqpUrl) {
    const backend = await prepareIsolatedBackend({
      postgresUrl: servers.postgresUrl,
      amqpUrl: servers.amqpUrl,
    });
    try {
      rows.push(...(await measureBackend('RabbitMQ + PostgreSQL', backend.env)));
    } finally {
      await backend.cleanup();
    }
  }
  recordResult({
    bench: 'checkout',
    goal:
      `p50 < 50 ms and p99 < 200 ms from checkout to paid at 50 checkouts/s (open loop, ${seconds} s per rate); ` +
      'carts of 1–3 lines over shared products as fast as single-line carts',
    rows,
    verdict: rows
      .filter((row) => 'ratio' in row || row.name.includes('highest sustained'))
      .map((row) => `${row.name}: ${row.ratio ?? row.paidPerSecond}`)
      .join('; '),
  });
}

async function measureBackend(name: string, env: Record<string, string>): Promise<BenchRow[]> {
  const system = await startShopRunner(18280, 18300, env);
  try {
    return await measureCarts(name, await loadsOf(system.baseUrl));
  } finally {
    await stopRunner(system.child);
  }
}

/** The three kinds of cart, over one set of stocked products and shoppers. */
async function loadsOf(baseUrl: string) {
  const adminHeaders = await session(baseUrl, benchAdmin);
  const products: string[] = [];
  for (let i = 0; i < productCount; i++) products.push(await stockedProduct(baseUrl, adminHeaders));
  const hot = await stockedProduct(baseUrl, adminHeaders);
  const shoppers: Record<string, string>[] = [];
  while (shoppers.length < 120)
    shoppers.push(...(await Promise.all(Array.from({ length: 10 }, () => session(baseUrl)))));
  const lines = () => 1 + Math.floor(Math.random() * 3);
  const load = (drawCart: () => string[]): CheckoutLoad => ({ baseUrl, shoppers, drawCart });
  return {
    spread: load(() => shuffled(products).slice(0, lines())),
    singleLine: load(() => shuffled(products).slice(0, 1)),
    hot: load(() => shuffled([hot, ...shuffled(products).slice(0, lines() - 1)])),
  };
}

/** One backend's rows: the spread carts' ramp, then each kind of cart at the same rates beside it. */
async function measureCarts(name: string, loads: Awaited<ReturnType<typeof loadsOf>>): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const spread = `carts of 1–3 lines over ${productCount} products`;
  const spreadAt = new Map<number, BenchRow>();
  let sustained = 0;
  for (const rate of rates) {
    const row = {
      name: `${name}: ${spread}, offered ${rate}/s`,
      ...(await openLoop(loads.spread, rate, seconds)),
    };
    rows.push(row);
    spreadAt.set(rate, row);
    if (row.paidPerSecond < rate * 0.95 || (row.p99Ms ?? Infinity) > 2000) break;
    sustained = rate;
  }
  // the comparisons run at a rate a spread row was measured at, so each pair is like for like
  const compared = sustained || rates[0]!;
  const half = Math.max(1, Math.round(compared / 2));
  const spreadAtHalf = {
    name: `${name}: ${spread}, at ${half}/s`,
    ...(await openLoop(loads.spread, half, seconds)),
  };
  rows.push(spreadAtHalf);
  spreadAt.set(half, spreadAtHalf);
  for (const rate of [half, compared]) {
    const single = {
      name: `${name}: single-line carts, at ${rate}/s`,
      ...(await openLoop(loads.singleLine, rate, seconds)),
    };
    rows.push(single, {
      name: `${name}: spread over single-line p50 at ${rate}/s (goal ≤ 1.2)`,
      ratio: ratioOf(spreadAt.get(rate)?.p50Ms, single.p50Ms),
    });
    rows.push({
      name: `${name}: one hot product in every cart, at ${rate}/s`,
      ...(await openLoop(loads.hot, rate, seconds)),
    });
  }
  rows.push({
    name: `${name}: highest sustained rate of those offered (${spread}; 0: not even ${rates[0]}/s)`,
    paidPerSecond: sustained,
  });
  return rows;
}

/** `a / b` to two decimals, or null when either is missing. */
function ratioOf(a: unknown, b: unknown): number | null {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? Math.round((a / b) * 100) / 100 : null;
}
