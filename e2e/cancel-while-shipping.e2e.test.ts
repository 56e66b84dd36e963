// The cancel-while-shipping race across real processes, on the embedded broker with SQLite and on
// RabbitMQ with PostgreSQL: a paid order's cancel is refunded only when shipping stopped the goods,
// and refused with 409 when they left first — never both a refund and a parcel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { fetchJson } from './support/http.js';
import { inBatches, paymentsOf } from './support/invariants.js';
import {
  buy,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Shopper,
} from './support/shop.js';
import { credentialOf } from './support/service-credential.js';
import { startSystem, type RunningSystem } from './support/system.js';

const stepMs = 3_000;

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`cancelling while it ships on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({
        env: { ...fastShopSettings, SHIPPING_STEP_MS: String(stepMs), ...prepared.env },
      });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    const signalShipping = async (signal: NodeJS.Signals) => {
      const shipping = (await system.pids()).processes.find((child) => child.name === 'shipping');
      if (!shipping?.pid) throw new Error('shipping is not running');
      process.kill(shipping.pid, signal);
    };
    const paidOrder = async (productId: string) => {
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, productId);
      expect([200, 202]).toContain(placed.status); // 200: the gateway's retry got the same order
      await orderReaching(shopper, placed.body.order.id, ['paid']);
      return { shopper, orderId: placed.body.order.id };
    };
    /** The order's shipment, asked of shipping directly (the public API does not list shipments). */
    const shipmentOf = async (shopper: Shopper, orderId: string) => {
      const shipping = (await system.pids()).processes.find((child) => child.name === 'shipping');
      const url = `http://127.0.0.1:${shipping?.port}/shipments?orderId=${orderId}`;
      const answer = await fetchJson<{ items: Array<{ status: string }> }>(url, {
        headers: { ...(await credentialOf(system, 'gateway', 'shipping')), ...shopper.headers },
      });
      if (answer.status !== 200) throw new Error(`shipments of ${orderId}: ${answer.status}`);
      return answer.body.items[0];
    };
    /** One of the two consistent ends: refunded with its shipment stopped, or shipped and charged. */
    const settledConsistently = async (shopper: Shopper, orderId: string, cancelStatus: number) => {
      if (cancelStatus === 200) {
        await eventually(async () => (await paymentsOf(system, admin, orderId))[0]?.status === 'refunded', {
          timeoutMs: 20_000,
          what: `the refund of ${orderId}`,
        });
        expect((await shopper.call<{ status: string }>(`/api/orders/${orderId}`)).body.status).toBe(
          'cancelled',
        );
        expect((await shipmentOf(shopper, orderId))?.status ?? 'cancelled').toBe('cancelled');
        return 'refunded';
      }
      expect(cancelStatus).toBe(409);
      await orderReaching(shopper, orderId, ['shipped', 'delivered']);
      expect((await paymentsOf(system, admin, orderId)).map((payment) => payment.status)).toEqual([
        'captured',
      ]);
      return 'shipped';
    };

    // on both backends: a stopped shipping no longer stalls the others' event loops on the embedded
    // broker's shared bus.sqlite (the bus waits 100 ms for its lock and retries later)
    it('refunds and restocks a paid order whose shipment had not left (shipping held until the cancel is sent)', async () => {
      const productId = await newProduct(admin, 3);
      await signalShipping('SIGSTOP'); // nothing can ship until the cancel is on its way
      let answer;
      let placed;
      try {
        placed = await paidOrder(productId);
        const cancelling = placed.shopper.call(`/api/orders/${placed.orderId}/cancel`, { method: 'POST' });
        await signalShipping('SIGCONT');
        answer = await cancelling;
      } finally {
        await signalShipping('SIGCONT');
      }
      const { shopper, orderId } = placed;
      expect([answer.status, answer.body.status]).toEqual([200, 'cancelled']);
      expect(await settledConsistently(shopper, orderId, 200)).toBe('refunded');
      await eventually(async () => (await stockOf(admin, productId)).available === 3, {
        timeoutMs: 10_000,
        what: 'the stock back',
      });
    });

    it('refuses with 409 ORDER_ALREADY_SHIPPED once the goods left, and keeps the charge', async () => {
      const productId = await newProduct(admin, 3);
      const { shopper, orderId } = await paidOrder(productId);
      await orderReaching(shopper, orderId, ['shipped', 'delivered']);
      const refused = await shopper.call(`/api/orders/${orderId}/cancel`, { method: 'POST' });
      expect([refused.status, refused.body.code]).toEqual([409, 'ORDER_ALREADY_SHIPPED']);
      expect(await settledConsistently(shopper, orderId, 409)).toBe('shipped');
    });

    it('racing the clock, every cancel ends refunded with nothing shipped, or refused with the goods gone', async () => {
      const productId = await newProduct(admin, 20);
      const orders = await inBatches(
        Array.from({ length: 8 }, (_, i) => i),
        4,
        () => paidOrder(productId),
      );
      const ends = await Promise.all(
        orders.map(async ({ shopper, orderId }, index) => {
          // Spread over the window in which the clock ships it: either side may win, neither may both.
          await new Promise((resolve) => setTimeout(resolve, (index * stepMs) / 4));
          const answer = await shopper.call(`/api/orders/${orderId}/cancel`, { method: 'POST' });
          return settledConsistently(shopper, orderId, answer.status);
        }),
      );
      expect(ends.every((end) => end === 'refunded' || end === 'shipped')).toBe(true);
      const refunded = ends.filter((end) => end === 'refunded').length;
      await eventually(async () => (await stockOf(admin, productId)).available === 20 - (8 - refunded), {
        timeoutMs: 15_000,
        what: 'the stock of the refunded orders back',
      });
    });
  });
}
