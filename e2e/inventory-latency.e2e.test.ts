// 200 ms ± 50 ms of latency on inventory, through the fault proxy (tools/faults), during a
// fixed-rate shopper load, on both backends. Where the proxy sits, and why: a shopper meets
// inventory over HTTP only through the gateway's product page and listings (availability, stock of
// recommended products); checkout itself never calls inventory over HTTP, its reservation runs on
// the broker. So the proxy stands in front of inventory's HTTP API for every caller (the runner's
// RUNNER_URL_OVERRIDES), which is the latency a shopper can notice, and the test proves:
// - every checkout (add to cart, then check out) answers 2xx or a 503 well before its 6 s
//   deadline, nine accepted ones in ten within their objective; none hangs, and every accepted
//   order ends paid (its reservation, over the broker, is unaffected by the proxy);
// - the paths that do not use inventory (search, the cart, the order list) keep their latency
//   (nine requests in ten);
// - the product page still answers 200, nine in ten within its 300 ms optional-part budget above
//   its own unfaulted latency and every one long before inventory's timeout, degrading
//   availability instead of waiting for it.
// Every objective is relative to the unfaulted phase measured in the same run, on the same machine,
// so a slow or busy machine moves both; the load is open loop (latency from each request's
// scheduled time), so a request that queues behind a slow one counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '@bazaar/faults';
import { bazaar } from '@bazaar/system';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { fastShopSettings, newProduct, orderReaching, signIn, type Shopper } from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';
import { shopperLoad, type PhaseResult } from './support/shopper-load.js';

const checkoutDeadlineMs = 6_000; // the gateway's default CHECKOUT_DEADLINE_MS
const fastFailureMs = checkoutDeadlineMs / 2;
const optionalPartBudgetMs = 300; // the gateway's default OPTIONAL_PART_BUDGET_MS
const upstreamTimeoutMs = 3_000; // the gateway's default UPSTREAM_TIMEOUT_MS
const phaseSeconds = 10;
const shopperCount = 8;
const inventoryPortOffset = bazaar.processes.find((process) => process.name === 'inventory')!.port as number;

/** The p-quantile (0–1) of some durations. */
const quantile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
};
/** A latency that "keeps" a baseline: at most twice it, or 150 ms above it, whichever is larger. */
const keptLatencyMs = (baselineMs: number) => Math.max(2 * baselineMs, baselineMs + 150);

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`200 ms ± 50 ms on inventory on ${backend.name}`, () => {
    let system: RunningSystem;
    let proxy: FaultProxy;
    let cleanup: () => Promise<void> = async () => undefined;
    let shoppers: Shopper[];
    let productId: string;
    const inventory = { host: '127.0.0.1', port: 0 };

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      // listening before the ports are picked, so the system's ports avoid the proxy's
      proxy = await startFaultProxy({ upstream: inventory });
      system = await startSystem({
        env: {
          ...fastShopSettings,
          ...prepared.env,
          RUNNER_URL_OVERRIDES: `inventory=http://127.0.0.1:${proxy.port}`,
        },
        beforeLaunch: (place) => {
          inventory.port = place.servicePortBase + inventoryPortOffset;
        },
      });
      const admin = await signIn(system.baseUrl, { admin: true });
      productId = await newProduct(admin, 1_000);
      shoppers = [];
      for (let i = 0; i < shopperCount; i++) shoppers.push(await signIn(system.baseUrl));
    });
    afterAll(async () => {
      await system?.remove();
      await proxy?.close();
      await cleanup();
    });

    it('keeps checkout within its objective or failing fast, and the other paths at their latency', async () => {
      const load = shopperLoad({ shoppers, productId, seconds: phaseSeconds });
      await load.warmUp();
      const baseline = await load.phase();
      const acceptedBefore = proxy.stats().accepted;
      expect(acceptedBefore, 'the gateway reaches inventory through the proxy').toBeGreaterThan(0);
      await proxy.addLatency(200, 50);
      let faulted: PhaseResult;
      try {
        faulted = await load.phase();
      } finally {
        await proxy.passThrough();
      }
      report(backend.name, baseline, faulted);

      expect(
        faulted.productPages.some((page) => page.degraded),
        'the latency reached the product page (availability degraded at least once)',
      ).toBe(true);

      const checkoutObjectiveMs = keptLatencyMs(quantile(baseline.checkoutMs(), 0.99));
      for (const checkout of faulted.checkouts) {
        if (checkout.status !== 503)
          expect([200, 202], `checkout answered ${checkout.status}`).toContain(checkout.status);
        expect(checkout.ms, 'every checkout answered well before its deadline').toBeLessThan(fastFailureMs);
      }
      const acceptedMs = faulted.checkouts.filter((checkout) => checkout.status !== 503).map((c) => c.ms);
      expect(quantile(acceptedMs, 0.9), 'accepted checkouts p90 within the objective').toBeLessThan(
        checkoutObjectiveMs,
      );
      // nine requests in ten, as for checkout and the product page: with 10–20 requests per path a
      // p99 is the one slowest request, which a busy core decides, not the fault
      for (const path of ['search', 'cart', 'orders'] as const) {
        const before = quantile(baseline.timesOf(path), 0.9);
        const during = quantile(faulted.timesOf(path), 0.9);
        expect(during, `${path} p90 ${during} ms against ${before} ms unfaulted`).toBeLessThan(
          keptLatencyMs(before),
        );
      }
      // the budget holds for nine pages in ten (a page that met a busy core is not the fault's doing),
      // and no page waits for inventory's own timeout as it would without the budget
      const pageObjectiveMs = quantile(baseline.timesOf('product'), 0.99) + optionalPartBudgetMs + 150;
      for (const page of faulted.productPages) {
        expect(page.status).toBe(200);
        expect(page.ms, 'product page long before the upstream timeout').toBeLessThan(upstreamTimeoutMs / 2);
      }
      const pages = faulted.productPages.map((page) => page.ms);
      expect(quantile(pages, 0.9), 'product page p90 within its budget').toBeLessThan(pageObjectiveMs);

      for (const { shopper, orderId } of [...baseline.accepted, ...faulted.accepted]) {
        await orderReaching(shopper, orderId, ['paid', 'shipped', 'delivered'], 60_000);
      }
    });
  });
}

function report(backendName: string, baseline: PhaseResult, faulted: PhaseResult) {
  const line = (phase: PhaseResult) =>
    (['checkout', 'search', 'cart', 'orders', 'product'] as const)
      .map((path) => {
        const times = phase.timesOf(path);
        return `${path} n=${times.length} p50=${quantile(times, 0.5)} p99=${quantile(times, 0.99)}`;
      })
      .join('; ');
  const statuses = (phase: PhaseResult) =>
    phase.checkouts.reduce<Record<number, number>>((counts, { status }) => {
      counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    }, {});
  console.info(
    `[inventory-latency] ${backendName}\n  unfaulted: ${line(baseline)}\n  200±50 ms: ${line(faulted)}\n` +
      `  checkout statuses unfaulted ${JSON.stringify(statuses(baseline))}, faulted ${JSON.stringify(statuses(faulted))}; ` +
      `product pages degraded while faulted: ${faulted.productPages.filter((page) => page.degraded).length}/${faulted.productPages.length}`,
  );
}
