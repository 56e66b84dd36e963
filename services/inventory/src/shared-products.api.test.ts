// Many orders over a few shared products, each cart holding several of them in its own order:
// the stock rows every reservation and sale locks overlap between orders, as real carts do.
import { describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import { enginesUnderTest, waitUntil } from '@bazaar/platform/testing';
import { StockRejected, StockReserved } from '@bazaar/contracts/inventory';
import { OrderPaid, OrderPlaced } from '@bazaar/contracts/orders';
import { newId, orderPaid, orderPlaced, type TestLine } from './testing/order-events.js';
import { useInventoryReplicas } from './testing/inventory-test-app.js';
import { handlerTroubles, shuffled } from './testing/shared-carts.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory with carts over shared products on ${engine}`, () => {
    const inventory = useInventoryReplicas(engine);

    const stockOf = async (productId: string) => {
      const [app] = inventory.replicas as [HttpApp];
      return (
        await app.inject({ method: 'GET', url: `/admin/stock/${productId}`, headers: inventory.admin })
      ).json();
    };
    const newProducts = async (stock: number[]) => {
      const [app] = inventory.replicas as [HttpApp];
      const ids = stock.map(() => newId('prd'));
      for (const [index, productId] of ids.entries()) {
        const payload = { quantity: stock[index] };
        await app.inject({
          method: 'PUT',
          url: `/admin/stock/${productId}`,
          payload,
          headers: inventory.admin,
        });
      }
      return ids;
    };
    /** Places every order at once; once all are answered, pays every reserved one at once. */
    const placeAndPay = async (carts: TestLine[][]) => {
      const orders = carts.map((lines) => ({ orderId: newId('ord'), lines }));
      await Promise.all(
        orders.map((order) => inventory.peer.publish(OrderPlaced, orderPlaced(order.orderId, order.lines))),
      );
      const ours = new Set(orders.map((order) => order.orderId));
      const answered = (type: string) =>
        new Set(
          inventory.peer
            .received<{ orderId: string }>(type)
            .map((event) => event.data.orderId)
            .filter((id) => ours.has(id)),
        );
      await waitUntil(
        () => answered(StockReserved.type).size + answered(StockRejected.type).size >= orders.length,
        60_000,
        'an answer to every order',
      );
      const reserved = answered(StockReserved.type);
      const paid = orders.filter((order) => reserved.has(order.orderId));
      await Promise.all(
        paid.map((order) => inventory.peer.publish(OrderPaid, orderPaid(order.orderId, order.lines))),
      );
      return { paid, rejected: answered(StockRejected.type) };
    };
    const soldOf = (paid: { lines: TestLine[] }[], productId: string) =>
      paid.flatMap((order) => order.lines).filter((line) => line.productId === productId).length;
    const settledStock = async (products: string[], onHand: (productId: string) => number) => {
      const expected = products.map((productId) => ({ productId, onHand: onHand(productId), reserved: 0 }));
      await waitUntil(
        async () =>
          (await Promise.all(products.map(stockOf))).every(
            (level, index) =>
              level.onHand === expected[index]!.onHand && level.reserved === expected[index]!.reserved,
          ),
        60_000,
        'every sale committed',
      );
    };

    it('sells to all of 100 orders of 3 of 5 products in random order, with no handler failing', async () => {
      const products = await newProducts([100, 100, 100, 100, 100]);
      const carts = Array.from({ length: 100 }, () =>
        shuffled(products)
          .slice(0, 3)
          .map((productId) => ({ productId, quantity: 1 })),
      );
      const { paid, rejected } = await placeAndPay(carts);

      expect(paid).toHaveLength(100);
      expect(rejected.size).toBe(0);
      await settledStock(products, (productId) => 100 - soldOf(paid, productId));
      expect(await handlerTroubles(inventory.replicas)).toEqual({ failed: 0, conflicts: 0 });
    }, 120_000);

    it('sells exactly the 40 units of the product every cart holds, and rejects the other 60 orders', async () => {
      const [scarce, ...plenty] = await newProducts([40, 100, 100, 100, 100]);
      const carts = Array.from({ length: 100 }, () =>
        shuffled([scarce!, ...shuffled(plenty).slice(0, 2)]).map((productId) => ({ productId, quantity: 1 })),
      );
      const { paid, rejected } = await placeAndPay(carts);

      expect(paid).toHaveLength(40);
      expect(rejected.size).toBe(60);
      const outOfStock = inventory.peer
        .received<{ orderId: string; reason: string }>(StockRejected.type)
        .filter((event) => rejected.has(event.data.orderId) && event.data.reason === 'out_of_stock');
      expect(outOfStock).toHaveLength(60);
      await settledStock([scarce!, ...plenty], (productId) =>
        productId === scarce ? 0 : 100 - soldOf(paid, productId),
      );
      expect(await handlerTroubles(inventory.replicas)).toEqual({ failed: 0, conflicts: 0 });
    }, 120_000);
  });
}
