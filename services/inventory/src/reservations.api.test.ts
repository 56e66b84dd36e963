import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { ProductCreated } from '@bazaar/contracts/catalog';
import { StockChanged, StockRejected, StockReleased, StockReserved } from '@bazaar/contracts/inventory';
import { OrderCancelled, OrderPaid, OrderPlaced } from '@bazaar/contracts/orders';
import { newId, orderCancelled, orderPaid, orderPlaced, type TestLine } from './testing/order-events.js';
import { listenToInventory, startInventory } from './testing/inventory-test-app.js';
import { demoStockFor } from './domain/demo-stock.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory's reservations on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let peer: TestBusPeer;
    let admin: Record<string, string>;

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      testDatabase = createTestDatabaseLocation('inventory', engine);
      ({ app } = await startInventory(testDatabase.location, issuer.verifier));
      peer = await listenToInventory(testDatabase.location.dataDir);
    });
    afterAll(async () => {
      await peer?.close();
      await app?.close();
      await testDatabase?.cleanup();
    });

    const stockOf = async (productId: string) =>
      (await app.inject({ method: 'GET', url: `/admin/stock/${productId}`, headers: admin })).json();
    const newProduct = async (onHand: number) => {
      const productId = newId('prd');
      await app.inject({
        method: 'PUT',
        url: `/admin/stock/${productId}`,
        payload: { quantity: onHand },
        headers: admin,
      });
      return productId;
    };
    const place = async (orderId: string, lines: TestLine[]) => {
      await peer.publish(OrderPlaced, orderPlaced(orderId, lines));
    };
    const outcomeOf = (orderId: string) =>
      Promise.any([
        peer.waitFor<{ orderId: string }>(StockReserved.type, (data) => data.orderId === orderId),
        peer.waitFor<{ orderId: string }>(StockRejected.type, (data) => data.orderId === orderId),
      ]);
    const reserve = async (lines: TestLine[]) => {
      const orderId = newId('ord');
      await place(orderId, lines);
      return { orderId, outcome: await outcomeOf(orderId) };
    };

    it('gives a product the catalog creates its demo stock, and tells who listens', async () => {
      const productId = newId('prd');
      const sku = `TEST-${productId.slice(4).toUpperCase()}`;
      const example = ProductCreated.examples[0]!;
      await peer.publish(ProductCreated, { ...example, productId, sku });
      const changed = await peer.waitFor<{ productId: string }>(
        StockChanged.type,
        (data) => data.productId === productId,
      );
      const onHand = demoStockFor(sku);
      expect(changed.data).toMatchObject({
        productId,
        onHand,
        reserved: 0,
        available: onHand,
        inStock: onHand > 0,
      });
      expect(await stockOf(productId)).toEqual({ productId, onHand, reserved: 0, available: onHand });
    });

    it('reserves every line of a placed order and says until when', async () => {
      const [first, second] = [await newProduct(5), await newProduct(2)];
      const { orderId, outcome } = await reserve([
        { productId: first, quantity: 3 },
        { productId: second, quantity: 2 },
      ]);
      expect(outcome.type).toBe(StockReserved.type);
      expect(outcome.data).toMatchObject({
        orderId,
        items: expect.arrayContaining([{ productId: first, quantity: 3 }]),
      });
      expect(Date.parse((outcome.data as unknown as { expiresAt: string }).expiresAt)).toBeGreaterThan(
        Date.now() + 800_000,
      );
      expect(await stockOf(first)).toEqual({ productId: first, onHand: 5, reserved: 3, available: 2 });
      expect(await stockOf(second)).toMatchObject({ onHand: 2, reserved: 2, available: 0 });
      const soldOut = await peer.waitFor<{ productId: string; inStock: boolean }>(
        StockChanged.type,
        (data) => data.productId === second && !data.inStock,
      );
      expect(soldOut.data).toMatchObject({ available: 0 });
    });

    it('rejects an order it cannot fully serve and holds nothing for any of its lines', async () => {
      const [plenty, scarce] = [await newProduct(10), await newProduct(1)];
      const { orderId, outcome } = await reserve([
        { productId: plenty, quantity: 4 },
        { productId: scarce, quantity: 2 },
        { productId: 'prd_never_stocked', quantity: 1 },
      ]);
      expect(outcome.type).toBe(StockRejected.type);
      expect(outcome.data).toEqual({
        orderId,
        reason: 'out_of_stock',
        unavailable: expect.arrayContaining([
          { productId: scarce, requested: 2, available: 1 },
          { productId: 'prd_never_stocked', requested: 1, available: 0 },
        ]),
      });
      expect(await stockOf(plenty)).toMatchObject({ onHand: 10, reserved: 0, available: 10 });
      expect(await stockOf(scarce)).toMatchObject({ reserved: 0, available: 1 });
    });

    it('reserves an order once, however many times its event arrives', async () => {
      const productId = await newProduct(10);
      const lines = [{ productId, quantity: 2 }];
      const orderId = newId('ord');
      await peer.publish(OrderPlaced, orderPlaced(orderId, lines));
      await peer.publish(OrderPlaced, orderPlaced(orderId, lines));
      await outcomeOf(orderId);
      await reserve([{ productId, quantity: 1 }]); // handled after both deliveries of the first order
      expect(await stockOf(productId)).toMatchObject({ onHand: 10, reserved: 3, available: 7 });
      expect(
        peer.received<StockReserved>(StockReserved.type).filter((event) => event.data.orderId === orderId),
      ).toHaveLength(1);
    });

    it('sells a paid order: its units leave the shelf and are no longer held', async () => {
      const productId = await newProduct(6);
      const lines = [{ productId, quantity: 4 }];
      const { orderId } = await reserve(lines);
      await peer.publish(OrderPaid, orderPaid(orderId, lines));
      await peer.waitFor<{ productId: string; onHand: number }>(
        StockChanged.type,
        (data) => data.productId === productId && data.onHand === 2,
      );
      expect(await stockOf(productId)).toEqual({ productId, onHand: 2, reserved: 0, available: 2 });
    });

    it('releases a cancelled unpaid order and restocks a cancelled paid one', async () => {
      const productId = await newProduct(5);
      const lines = [{ productId, quantity: 2 }];
      const unpaid = await reserve(lines);
      await peer.publish(OrderCancelled, orderCancelled(unpaid.orderId, lines, false));
      const released = await peer.waitFor<{ orderId: string }>(
        StockReleased.type,
        (d) => d.orderId === unpaid.orderId,
      );
      expect(released.data).toMatchObject({ reason: 'cancelled' });
      expect(await stockOf(productId)).toMatchObject({ onHand: 5, reserved: 0, available: 5 });

      const paid = await reserve(lines);
      await peer.publish(OrderPaid, orderPaid(paid.orderId, lines));
      await peer.waitFor<{ productId: string; onHand: number }>(
        StockChanged.type,
        (data) => data.productId === productId && data.onHand === 3,
      );
      await peer.publish(OrderCancelled, orderCancelled(paid.orderId, lines, true));
      await peer.waitFor<{ orderId: string }>(StockReleased.type, (d) => d.orderId === paid.orderId);
      expect(await stockOf(productId)).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
    });

    it('refuses to count fewer units on hand than are reserved, with 409 CONFLICT', async () => {
      const productId = await newProduct(5);
      await reserve([{ productId, quantity: 3 }]);
      const tooFew = await app.inject({
        method: 'PUT',
        url: `/admin/stock/${productId}`,
        payload: { quantity: 2 },
        headers: admin,
      });
      expect(tooFew.json()).toMatchObject({ status: 409, code: 'CONFLICT' });
      expect(await stockOf(productId)).toMatchObject({ onHand: 5, reserved: 3 });
    });
  });
}
