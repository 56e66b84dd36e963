// Carts as real shoppers fill them: several products each, shared with other carts, added in any
// order. Their reservations and sales lock overlapping stock rows in inventory, and the inbox
// applies several of them per transaction; none of that may deadlock (issue 14, ADR 0013).
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { databasesOf, deadlockLines, deadlocksIn } from './support/deadlocks.js';
import { eventually } from './support/eventually.js';
import { inBatches, isPaid, settledStatuses } from './support/invariants.js';
import {
  checkOutPatiently,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Order,
  type Shopper,
} from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

/** A copy of `items` in random order. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`checkout of carts over shared products on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let databases: string[] = [];
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      databases = databasesOf(prepared.env);
      system = await startSystem({
        env: { ...fastShopSettings, SHIPPING_STEP_MS: '60000', ...prepared.env },
      });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    /** 100 shoppers fill their carts (one product per line, in cart order), then all check out at once. */
    const checkOutAtOnce = async (carts: string[][]) => {
      const shoppers = await inBatches(carts, 10, async (cart) => {
        // signing up hashes a password: on a busy machine identity may answer a fast 503, so retry
        const shopper = await eventually(() => signIn(system.baseUrl), {
          timeoutMs: 60_000,
          what: 'a sign-up',
        });
        for (const productId of cart) {
          const added = await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
          if (added.status !== 200) throw new Error(`add to cart answered ${added.status}`);
        }
        return shopper;
      });
      const orderIds = await Promise.all(shoppers.map((shopper) => checkOutPatiently(shopper)));
      const pending = orderIds.map((orderId, index) => ({
        orderId,
        shopper: shoppers[index]!,
        cart: carts[index]!,
      }));
      const settled = await inBatches(pending, 25, async (each) => ({
        ...each,
        order: await orderReaching(each.shopper, each.orderId, settledStatuses, 90_000),
      }));
      return {
        paid: settled.filter((each) => isPaid(each.order)),
        cancelled: settled.map((each) => each.order).filter((order: Order) => order.status === 'cancelled'),
      };
    };
    const soldOf = (paid: { cart: string[] }[], productId: string) =>
      paid.filter((each) => each.cart.includes(productId)).length;
    /** The stock once inventory has turned every paid order's reservation into a sale (it does so after `paid`). */
    const settledStockOf = (productId: string) =>
      eventually(
        async () => {
          const stock = await stockOf(admin, productId);
          return stock.reserved === 0 && stock;
        },
        { timeoutMs: 60_000, what: `the sales of ${productId} to be committed` },
      );
    /** Each product, stocked with 100, has sold exactly what the paid orders hold, and holds nothing back. */
    const expectSalesSettled = async (paid: { cart: string[] }[], productIds: string[]) => {
      for (const productId of productIds) {
        const onHand = 100 - soldOf(paid, productId);
        expect(await settledStockOf(productId)).toEqual({
          productId,
          onHand,
          reserved: 0,
          available: onHand,
        });
      }
    };

    it('pays every one of 100 orders holding 3 of 5 shared products in random order', async () => {
      const products = await Promise.all([1, 2, 3, 4, 5].map(() => newProduct(admin, 100)));
      const carts = Array.from({ length: 100 }, () => shuffled(products).slice(0, 3));
      const { paid, cancelled } = await checkOutAtOnce(carts);

      expect(cancelled).toEqual([]);
      expect(paid).toHaveLength(100);
      await expectSalesSettled(paid, products);
    }, 300_000);

    it('sells exactly the 40 of the product every cart holds and cancels the other 60 out_of_stock', async () => {
      const [scarce, ...plenty] = await Promise.all(
        [40, 100, 100, 100, 100].map((n) => newProduct(admin, n)),
      );
      const carts = Array.from({ length: 100 }, () => shuffled([scarce!, ...shuffled(plenty).slice(0, 2)]));
      const { paid, cancelled } = await checkOutAtOnce(carts);

      expect(paid).toHaveLength(40);
      expect(cancelled.filter((order) => order.cancellationReason === 'out_of_stock')).toHaveLength(60);
      expect(await settledStockOf(scarce!)).toEqual({
        productId: scarce,
        onHand: 0,
        reserved: 0,
        available: 0,
      });
      await expectSalesSettled(paid, plenty);
    }, 300_000);

    it('leaves no deadlock in any service log, nor in PostgreSQL’s count for its databases', async () => {
      await system.stop();
      expect(deadlockLines(system.output())).toEqual([]);
      const serverUrl = inject('servers').postgresUrl;
      if (databases.length > 0 && serverUrl) expect(await deadlocksIn(serverUrl, databases)).toBe(0);
    }, 120_000);
  });
}
