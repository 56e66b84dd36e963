// Issue "The commerce flow" and issue 14: checkout at a fixed arrival rate (open loop) through the
// gateway, carts as shoppers fill them: one to three lines over 20 shared products, added in any
// order. It finds the highest offered rate of paid orders per second this machine sustains, then
// measures at that rate and at half of it the spread carts, single-line carts (and the ratio of
// their p50s: issue 14's "as fast as single-line"), and a single hot product in every cart — on the embedded broker and on RabbitMQ
// with PostgreSQL. BENCH_CHECKOUT_SECONDS and BENCH_CHECKOUT_RATES shorten a run.
// Shoppers take turns (120 of them); one whose last order is not paid yet when its turn comes
// round checks that order's lines out again with the new ones.
// Beside each backend, once its shop has stopped, the saga floor (saga-floor.ts): a raw chain of the
// saga's four hops on the same backend with nothing of the kit, at the same rates, and checkout's
// p50 over the floor's at the rates the comparisons run.
import { probeServers, prepareIsolatedBackend } from '@bazaar/test-env';
import { session, stockedProduct } from './checkout-client.js';
import { openLoop, shuffled, type CheckoutLoad } from './checkout-load.js';
import { isSustained } from './open-loop-summary.js';
import { recordResult, type BenchRow } from './record-result.js';
import { embeddedFloorPlace, measureSagaFloor, rabbitFloorPlace, type SagaFloorPlace } from './saga-floor.js';
import { benchAdmin, startShopRunner, stopRunner } from './system-process.js';

const seconds = Number(process.env.BENCH_CHECKOUT_SECONDS ?? 8);
const rates = (process.env.BENCH_CHECKOUT_RATES ?? '13,25,50,100,150,200').split(',').map(Number);
const productCount = 20;
const warmUpSeconds = 4;

/** Runs the checkout load on each backend and records the rows. */
export async function checkoutBench(): Promise<void> {
  const servers = await probeServers();
  const rows: BenchRow[] = [...(await measureBackend('embedded + SQLite', {}, embeddedFloorPlace))];
  const { postgresUrl, amqpUrl } = servers;
  if (postgresUrl && amqpUrl) {
    const backend = await prepareIsolatedBackend({ postgresUrl, amqpUrl });
    const floorPlace = () => rabbitFloorPlace({ postgresUrl, amqpUrl });
    try {
      rows.push(...(await measureBackend('RabbitMQ + PostgreSQL', backend.env, floorPlace)));
    } finally {
      await backend.cleanup();
    }
  }
  recordResult({
    bench: 'checkout',
    goal:
      `p50 < 50 ms and p99 < 200 ms from checkout to paid at 50 checkouts/s (open loop, ${seconds} s per rate); ` +
      'carts of 1–3 lines over shared products as fast as single-line carts; ' +
      "checkout → paid p50 within 2× the saga floor (a raw chain of the saga's 4 hops, same backend, same run)",
    rows,
    verdict: rows
      .filter((row) => 'ratio' in row || row.name.includes('highest sustained'))
      .map((row) => `${row.name}: ${row.ratio ?? row.paidPerSecond}`)
      .join('; '),
  });
}

async function measureBackend(
  name: string,
  env: Record<string, string>,
  floorPlace: () => Promise<SagaFloorPlace>,
): Promise<BenchRow[]> {
  const system = await startShopRunner(18280, 18300, env);
  let carts: MeasuredCarts;
  try {
    carts = await measureCarts(name, await loadsOf(system.baseUrl));
  } finally {
    await stopRunner(system.child);
  }
  return [...carts.rows, ...(await floorRows(name, floorPlace, carts.comparedP50At))];
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

/** One backend's cart rows, and the spread carts' p50 at each rate the comparisons ran at. */
interface MeasuredCarts {
  rows: BenchRow[];
  comparedP50At: Map<number, unknown>;
}

/** One backend's rows: the spread carts' ramp, then each kind of cart at the same rates beside it. */
async function measureCarts(
  name: string,
  loads: Awaited<ReturnType<typeof loadsOf>>,
): Promise<MeasuredCarts> {
  const rows: BenchRow[] = [];
  const spread = `carts of 1–3 lines over ${productCount} products`;
  const spreadAt = new Map<number, BenchRow>();
  let sustained = 0;
  // unrecorded warm-up at the lowest rate: the first seconds of a fresh system (JIT, connection
  // pools, PostgreSQL's caches) made the ramp's first step read p99 3 s on RabbitMQ + PostgreSQL
  await openLoop(loads.spread, rates[0]!, warmUpSeconds);
  for (const rate of rates) {
    const row = {
      name: `${name}: ${spread}, offered ${rate}/s`,
      ...(await openLoop(loads.spread, rate, seconds)),
    };
    rows.push(row);
    spreadAt.set(rate, row);
    if (!isSustained(row, rate)) break;
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
  return { rows, comparedP50At: new Map([half, compared].map((rate) => [rate, spreadAt.get(rate)?.p50Ms])) };
}

/** The saga floor's ramp over the same rates, its highest sustained rate, and checkout's p50 over the floor's. */
async function floorRows(
  name: string,
  floorPlace: () => Promise<SagaFloorPlace>,
  checkoutP50At: Map<number, unknown>,
): Promise<BenchRow[]> {
  const { place, cleanup } = await floorPlace();
  const compared = [...checkoutP50At.keys()];
  const measured = await measureSagaFloor(
    place,
    [...compared, ...rates],
    seconds,
    Math.max(...compared),
  ).finally(cleanup);
  const floor = `saga floor (raw chain of the 4 hops, nothing of the kit)`;
  const rows: BenchRow[] = measured.map(({ rate, result }) => ({
    name: `${name}: ${floor}, offered ${rate}/s`,
    ...result,
  }));
  const firstMissed = measured.findIndex(({ rate, result }) => !isSustained(result, rate));
  const kept = firstMissed === -1 ? measured : measured.slice(0, firstMissed);
  for (const [rate, p50] of checkoutP50At) {
    const floorP50 = measured.find((entry) => entry.rate === rate)?.result.p50Ms;
    rows.push({
      name: `${name}: checkout p50 over saga floor p50 at ${rate}/s (goal ≤ 2)`,
      ratio: ratioOf(p50, floorP50),
    });
  }
  rows.push({
    name: `${name}: ${floor}, highest sustained rate of those offered (0: not even ${measured[0]?.rate}/s)`,
    paidPerSecond: kept.at(-1)?.rate ?? 0,
  });
  return rows;
}

/** `a / b` to two decimals, or null when either is missing. */
function ratioOf(a: unknown, b: unknown): number | null {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? Math.round((a / b) * 100) / 100 : null;
}
