// Issue "Read models": the time from an admin's product change to search finding it, at idle and
// while checkouts run at a steady rate. Goal: p99 under 1 s.
import { addAndCheckOut, call, session, stockedProduct } from './checkout-client.js';
import { recordResult } from './record-result.js';
import { benchAdmin, startShopRunner, stopRunner } from './system-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Measures index lag at idle and under a checkout load of 25/s. */
export async function indexLagBench(): Promise<void> {
  const system = await startShopRunner(18480, 18500);
  try {
    const headers = await session(system.baseUrl, benchAdmin);
    const productId = await stockedProduct(system.baseUrl, headers);
    await sleep(2000);
    const idle = await lagSamples(system.baseUrl, headers, productId, 30);
    const load = startCheckoutLoad(system.baseUrl, productId, headers, 25);
    const busy = await lagSamples(system.baseUrl, headers, productId, 30);
    await load.stop();
    const rows = [
      { name: 'idle', ...summary(idle) },
      { name: 'under 25 checkouts/s', ...summary(busy) },
    ];
    recordResult({
      bench: 'index-lag',
      goal: 'p99 < 1000 ms from PATCH /api/admin/products/:id to the new name being found by /api/search',
      rows,
      verdict: rows.map((row) => `${row.name}: p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms`).join('; '),
    });
  } finally {
    await stopRunner(system.child);
  }
}

async function lagSamples(
  baseUrl: string,
  headers: Record<string, string>,
  productId: string,
  count: number,
) {
  const lags: number[] = [];
  for (let i = 0; i < count; i++) {
    const word = `lagprobe${Date.now()}x${i}`;
    const started = Date.now();
    await call(`${baseUrl}/api/admin/products/${productId}`, {
      method: 'PATCH',
      body: { name: `Probe ${word}` },
      headers,
    });
    for (;;) {
      const found = await call<{ total: number }>(`${baseUrl}/api/search?q=${word}`);
      if (found.body.total > 0) break;
      if (Date.now() - started > 30_000) throw new Error('the change was not found within 30 s');
      await sleep(10);
    }
    lags.push(Date.now() - started);
  }
  return lags.sort((a, b) => a - b);
}

function startCheckoutLoad(
  baseUrl: string,
  productId: string,
  adminHeaders: Record<string, string>,
  rate: number,
) {
  let running = true;
  const loop = (async () => {
    const shoppers = await Promise.all(Array.from({ length: 20 }, () => session(baseUrl)));
    const pending: Promise<unknown>[] = [];
    for (let i = 0; running; i++) {
      pending.push(
        addAndCheckOut(baseUrl, shoppers[i % shoppers.length] ?? adminHeaders, [productId]).catch(
          () => undefined,
        ),
      );
      await sleep(1000 / rate);
    }
    await Promise.all(pending);
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

function summary(sorted: number[]) {
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  return { samples: sorted.length, p50Ms: pick(0.5), p99Ms: pick(0.99), maxMs: sorted.at(-1) ?? null };
}
