import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { StockChanged } from '@bazaar/contracts/inventory';
import { newId } from './testing/order-events.js';
import { listenToInventory, startInventory } from './testing/inventory-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory's stock and availability API on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let peer: TestBusPeer;
    let admin: Record<string, string>;
    let customer: Record<string, string>;

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      customer = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_customer' })}` };
      testDatabase = createTestDatabaseLocation('inventory', engine);
      ({ app } = await startInventory(testDatabase.location, issuer.verifier));
      peer = await listenToInventory(testDatabase.location.dataDir);
    });
    afterAll(async () => {
      await peer?.close();
      await app?.close();
      await testDatabase?.cleanup();
    });

    const get = (url: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url, headers });
    const setStock = (productId: string, quantity: unknown, headers = admin) =>
      app.inject({ method: 'PUT', url: `/admin/stock/${productId}`, payload: { quantity }, headers });

    it('lets an admin set and read a product stock, creating it when new, and tells who listens', async () => {
      const productId = newId('prd');
      const created = await setStock(productId, 12);
      expect(created.statusCode).toBe(200);
      expect(created.json()).toEqual({ productId, onHand: 12, reserved: 0, available: 12 });
      expect((await setStock(productId, 7)).json()).toEqual({
        productId,
        onHand: 7,
        reserved: 0,
        available: 7,
      });
      expect((await get(`/admin/stock/${productId}`, admin)).json()).toEqual({
        productId,
        onHand: 7,
        reserved: 0,
        available: 7,
      });
      const changed = await peer.waitFor<{ productId: string; onHand: number }>(
        StockChanged.type,
        (data) => data.productId === productId && data.onHand === 7,
      );
      expect(changed.data).toMatchObject({ reserved: 0, available: 7, inStock: true });
    });

    it('answers 404 for the stock of a product it does not know', async () => {
      const missing = await get('/admin/stock/prd_unknown', admin);
      expect(missing.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect((await get('/availability/prd_unknown')).statusCode).toBe(404);
    });

    it('refuses stock changes from a customer with 403 and without a token with 401', async () => {
      expect((await setStock('prd_any', 5, customer)).json()).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      });
      expect((await setStock('prd_any', 5, {})).json()).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      expect((await get('/admin/stock/prd_any', customer)).statusCode).toBe(403);
      expect((await get('/admin/stock/prd_any')).statusCode).toBe(401);
    });

    it('refuses a quantity below 0, over 1,000,000 or not whole, naming body.quantity', async () => {
      for (const quantity of [-1, 1_000_001, 2.5, '3']) {
        const refused = await setStock(newId('prd'), quantity);
        expect(refused.statusCode).toBe(400);
        expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'body.quantity' })]);
      }
      expect((await setStock(newId('prd'), 1_000_000)).statusCode).toBe(200);
    });

    it('tells anyone what is available of a batch of products, leaving unknown ones out', async () => {
      const [inStock, soldOut] = [newId('prd'), newId('prd')];
      await setStock(inStock, 3);
      await setStock(soldOut, 0);
      const batch = await get(`/availability?ids=${inStock},prd_unknown,${soldOut}`);
      expect(batch.json()).toEqual({
        items: [
          { productId: inStock, inStock: true, quantity: 3 },
          { productId: soldOut, inStock: false, quantity: 0 },
        ],
      });
      expect((await get(`/availability/${inStock}`)).json()).toEqual({
        productId: inStock,
        inStock: true,
        quantity: 3,
      });
    });

    it('refuses a batch of more than 100 ids or none', async () => {
      const ids = Array.from({ length: 101 }, (_, index) => `prd_${index}`).join(',');
      expect((await get(`/availability?ids=${ids}`)).statusCode).toBe(400);
      expect((await get('/availability')).json().errors).toEqual([
        expect.objectContaining({ field: 'querystring.ids' }),
      ]);
    });
  });
}
