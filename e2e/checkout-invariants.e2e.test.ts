// Invariants under concurrency, across real processes: stock is never oversold, a payment is
// captured at most once per order, and one idempotency key makes one order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { inBatches, isPaid, paymentsOf, settledStatuses } from './support/invariants.js';
import {
  checkOutPatiently,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Shopper,
} from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`checkout invariants on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({
        env: { ...fastShopSettings, SHIPPING_STEP_MS: '60000', ...prepared.env },
      });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    it('sells exactly the 50 in stock to 200 shoppers checking out at once, and cancels the rest out_of_stock', async () => {
      const productId = await newProduct(admin, 50);
      const shoppers = await inBatches(
        Array.from({ length: 200 }, (_, i) => i),
        20,
        async () => {
          const shopper = await signIn(system.baseUrl);
          const added = await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
          if (added.status !== 200) throw new Error(`add to cart answered ${added.status}`);
          return shopper;
        },
      );
      // all at once; a shopper told 503 (overloaded, answered fast) retries with the same key
      const orderIds = await Promise.all(shoppers.map((shopper) => checkOutPatiently(shopper)));
      const pending = orderIds.map((orderId, index) => ({ orderId, shopper: shoppers[index]! }));
      const settled = await inBatches(pending, 25, ({ orderId, shopper }) =>
        orderReaching(shopper, orderId, settledStatuses, 90_000),
      );
      expect(settled.filter(isPaid)).toHaveLength(50);
      expect(settled.filter((order) => order.cancellationReason === 'out_of_stock')).toHaveLength(150);
      expect(await stockOf(admin, productId)).toEqual({ productId, onHand: 0, reserved: 0, available: 0 });
    }, 240_000);

    it('makes one order and at most one capture of five concurrent retries with one key', async () => {
      const shopper = await signIn(system.baseUrl);
      await shopper.call('/api/cart/items', {
        body: { productId: await newProduct(admin, 10), quantity: 1 },
      });
      const key = `same-key-${Date.now()}`;
      const attempts = await Promise.all(Array.from({ length: 5 }, () => checkOutPatiently(shopper, key)));
      const orderIds = [...new Set(attempts)];
      expect(orderIds).toHaveLength(1);
      await orderReaching(shopper, orderIds[0]!, ['paid']);
      expect(
        (await paymentsOf(system, admin, orderIds[0]!)).filter((payment) => payment.status === 'captured'),
      ).toHaveLength(1);
    });
  });
}
