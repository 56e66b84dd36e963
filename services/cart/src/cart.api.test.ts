import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { OrderPaid } from '@bazaar/contracts/orders';
import { startCart } from './testing/cart-test-app.js';
import { startStubCatalog, type StubCatalog } from './testing/stub-catalog.js';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`the cart API on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let catalog: StubCatalog;
    let app: HttpApp;
    let peer: TestBusPeer;
    const shoppers: Record<string, Record<string, string>> = {};

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      for (const name of ['ann', 'bob', 'cat', 'dan', 'eve']) {
        shoppers[name] = { authorization: `Bearer ${await issuer.sign({ sub: `usr_${name}` })}` };
      }
      catalog = await startStubCatalog([
        { id: 'prd_lamp', name: 'Desk lamp', price: usd(2_500) },
        { id: 'prd_mug', name: 'Mug', price: usd(800) },
        { id: 'prd_pen', name: 'Pen', price: usd(150) },
      ]);
      testDatabase = createTestDatabaseLocation('cart', engine);
      app = await startCart(testDatabase.location, issuer.verifier, catalog.url);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
    });
    afterAll(async () => {
      await peer?.close();
      await app?.close();
      await catalog?.close();
      await testDatabase?.cleanup();
    });

    const as = (name: string) => shoppers[name] ?? {};
    const cartOf = (name: string) => app.inject({ method: 'GET', url: '/cart', headers: as(name) });
    const add = (name: string, productId: string, quantity: unknown) =>
      app.inject({ method: 'POST', url: '/cart/items', payload: { productId, quantity }, headers: as(name) });
    const setLine = (name: string, productId: string, quantity: unknown) =>
      app.inject({
        method: 'PUT',
        url: `/cart/items/${productId}`,
        payload: { quantity },
        headers: as(name),
      });
    const removeLine = (name: string, productId: string) =>
      app.inject({ method: 'DELETE', url: `/cart/items/${productId}`, headers: as(name) });

    it('starts empty and adds, updates and removes lines, priced from the catalog', async () => {
      expect((await cartOf('ann')).json()).toEqual({ items: [], total: usd(0) });
      expect((await add('ann', 'prd_lamp', 1)).statusCode).toBe(200);
      const added = await add('ann', 'prd_lamp', 2);
      expect(added.json()).toEqual({
        items: [
          {
            productId: 'prd_lamp',
            name: 'Desk lamp',
            quantity: 3,
            unitPrice: usd(2_500),
            lineTotal: usd(7_500),
          },
        ],
        total: usd(7_500),
      });
      await add('ann', 'prd_mug', 1);
      expect((await setLine('ann', 'prd_lamp', 1)).json().total).toEqual(usd(3_300));
      const removed = await removeLine('ann', 'prd_mug');
      expect(removed.json().items.map((item: { productId: string }) => item.productId)).toEqual(['prd_lamp']);
      expect((await setLine('ann', 'prd_lamp', 0)).json()).toEqual({ items: [], total: usd(0) });
      expect((await cartOf('ann')).json()).toEqual({ items: [], total: usd(0) });
    });

    it('totals at the current price: when the catalog changes a price, the cart follows', async () => {
      await add('bob', 'prd_pen', 4);
      expect((await cartOf('bob')).json().total).toEqual(usd(600));
      catalog.products.set('prd_pen', { id: 'prd_pen', name: 'Pen', price: usd(200) });
      expect((await cartOf('bob')).json()).toMatchObject({
        items: [{ productId: 'prd_pen', unitPrice: usd(200), lineTotal: usd(800) }],
        total: usd(800),
      });
    });

    it('keeps a line between 1 and 99 units, naming body.quantity', async () => {
      for (const quantity of [0, 100, 1.5, '2']) {
        const refused = await add('cat', 'prd_mug', quantity);
        expect(refused.statusCode).toBe(400);
        expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'body.quantity' })]);
      }
      expect((await add('cat', 'prd_mug', 98)).statusCode).toBe(200);
      const over = await add('cat', 'prd_mug', 2);
      expect(over.json()).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body.quantity' }],
      });
      expect((await add('cat', 'prd_mug', 1)).json().items[0].quantity).toBe(99);
      expect((await setLine('cat', 'prd_mug', 100)).statusCode).toBe(400);
    });

    it('answers 404 for a product the catalog does not know, or a line the cart does not have', async () => {
      expect((await add('dan', 'prd_nothing', 1)).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect((await setLine('dan', 'prd_lamp', 2)).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });

    it("keeps each shopper's cart their own: another cannot see or change it", async () => {
      await add('dan', 'prd_lamp', 2);
      expect((await cartOf('eve')).json().items).toEqual([]);
      expect((await setLine('eve', 'prd_lamp', 5)).statusCode).toBe(404);
      await removeLine('eve', 'prd_lamp');
      expect((await cartOf('dan')).json().items).toEqual([
        expect.objectContaining({ productId: 'prd_lamp', quantity: 2 }),
      ]);
      expect((await cartOf('nobody')).json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('takes what a paid order bought out of the cart; lines added after checkout stay', async () => {
      await add('eve', 'prd_lamp', 1);
      await add('eve', 'prd_mug', 2);
      const unitPrice = usd(2_500);
      await peer.publish(OrderPaid, {
        ...OrderPaid.examples[0]!,
        orderId: 'ord_eve',
        userId: 'usr_eve',
        items: [{ productId: 'prd_lamp', name: 'Desk lamp', quantity: 1, unitPrice }],
        total: unitPrice,
      });
      await add('eve', 'prd_pen', 1); // after checkout
      await expect
        .poll(
          async () => (await cartOf('eve')).json().items.map((item: { productId: string }) => item.productId),
          {
            timeout: 10_000,
          },
        )
        .toEqual(['prd_mug', 'prd_pen']);
      expect((await cartOf('dan')).json().items).toHaveLength(1);
    });

    it('answers 503 SERVICE_UNAVAILABLE at once when the catalog is down', async () => {
      await catalog.close();
      const started = Date.now();
      expect((await cartOf('dan')).json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect((await add('dan', 'prd_pen', 1)).statusCode).toBe(503);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect((await cartOf('ann')).json()).toEqual({ items: [], total: usd(0) });
    });
  });
}
