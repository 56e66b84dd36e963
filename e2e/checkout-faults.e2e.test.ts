// Faults across real processes: inventory, payments and orders are killed with SIGKILL in the
// middle of a stream of checkouts; the runner restarts them, and every accepted order still
// settles with the invariants holding — stock conserved, one capture per paid order, none for the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`checkout under faults on ${backend.name}`, () => {
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

    const kill = async (service: string) => {
      const child = (await system.pids()).processes.find((entry) => entry.name === service);
      if (child?.pid) process.kill(child.pid, 'SIGKILL');
    };

    it('settles every accepted order with stock and payments consistent after SIGKILLs', async () => {
      const initialStock = 25;
      const productId = await newProduct(admin, initialStock);
      const shoppers = await inBatches(
        Array.from({ length: 30 }, (_, i) => i),
        10,
        async () => {
          const shopper = await signIn(system.baseUrl);
          await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
          return shopper;
        },
      );
      const faults: Record<number, string> = { 4: 'inventory', 12: 'payments', 20: 'orders' };
      const accepted = await Promise.all(
        shoppers.map(async (shopper, index) => {
          await sleep(index * 60);
          if (faults[index]) await kill(faults[index]);
          return { shopper, orderId: await checkOutPatiently(shopper, `fault-${index}-${Date.now()}`) };
        }),
      );
      const settled = await inBatches(accepted, 10, ({ shopper, orderId }) =>
        orderReaching(shopper, orderId, settledStatuses, 120_000),
      );
      const paid = settled.filter(isPaid);
      expect(
        paid.length + settled.filter((order) => order.cancellationReason === 'out_of_stock').length,
      ).toBe(30);
      expect(paid.length).toBe(initialStock);
      await eventually(async () => (await stockOf(admin, productId)).reserved === 0, {
        timeoutMs: 30_000,
        what: 'no stock left reserved',
      });
      expect(await stockOf(admin, productId)).toEqual({ productId, onHand: 0, reserved: 0, available: 0 });
      for (const order of settled) {
        const captured = (await paymentsOf(system, admin, order.id)).filter(
          (payment) => payment.status === 'captured',
        );
        expect(captured, `captures of ${order.id} (${order.status})`).toHaveLength(isPaid(order) ? 1 : 0);
      }
      const restarts = (await system.pids()).processes.filter((child) =>
        ['inventory', 'payments', 'orders'].includes(child.name),
      );
      expect(restarts.every((child) => child.restarts >= 1)).toBe(true);
    }, 300_000);
  });
}
