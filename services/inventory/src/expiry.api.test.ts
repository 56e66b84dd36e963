import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  handledEventCount,
  type TestBusPeer,
  type TestDatabaseLocation,
  waitUntil,
} from '@bazaar/platform/testing';
import { StockReleased, StockReserved } from '@bazaar/contracts/inventory';
import { OrderCancelled, OrderPaid, OrderPlaced } from '@bazaar/contracts/orders';
import type { InventoryDatabase } from './data/inventory-schema.js';
import { newId, orderCancelled, orderPaid, orderPlaced } from './testing/order-events.js';
import { listenToInventory, startInventory } from './testing/inventory-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory's reservation expiry on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let database: InventoryDatabase;
    let peer: TestBusPeer;
    let admin: Record<string, string>;

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      testDatabase = createTestDatabaseLocation('inventory', engine);
      const env = { RESERVATION_TTL_SECONDS: '1', RESERVATION_SWEEP_MS: '100' };
      const started = await startInventory(testDatabase.location, issuer.verifier, env);
      ({ app } = started);
      database = started.resources.database;
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

    it('releases a reservation nobody paid for once it expires', async () => {
      const productId = await newProduct(4);
      const orderId = newId('ord');
      await peer.publish(OrderPlaced, orderPlaced(orderId, [{ productId, quantity: 3 }]));
      await peer.waitFor<{ orderId: string }>(StockReserved.type, (data) => data.orderId === orderId);
      expect(await stockOf(productId)).toMatchObject({ reserved: 3, available: 1 });
      const released = await peer.waitFor<{ orderId: string }>(
        StockReleased.type,
        (d) => d.orderId === orderId,
      );
      expect(released.data).toMatchObject({ reason: 'expired' });
      expect(await stockOf(productId)).toEqual({ productId, onHand: 4, reserved: 0, available: 4 });
    });

    it('still sells an order paid after its reservation expired, while there is stock', async () => {
      const productId = await newProduct(2);
      const lines = [{ productId, quantity: 2 }];
      const orderId = newId('ord');
      await peer.publish(OrderPlaced, orderPlaced(orderId, lines));
      await peer.waitFor<{ orderId: string }>(StockReleased.type, (d) => d.orderId === orderId);
      await peer.publish(OrderPaid, orderPaid(orderId, lines));
      await waitUntil(async () => (await stockOf(productId)).onHand === 0);
      expect(await stockOf(productId)).toEqual({ productId, onHand: 0, reserved: 0, available: 0 });
    });

    it('sells nothing for an order cancelled after its reservation expired, when its payment comes last', async () => {
      const productId = await newProduct(2);
      const lines = [{ productId, quantity: 2 }];
      const orderId = newId('ord');
      await peer.publish(OrderPlaced, orderPlaced(orderId, lines));
      await peer.waitFor<{ orderId: string }>(StockReleased.type, (d) => d.orderId === orderId);
      const cancelsBefore = await handledEventCount(database, 'inventory.release-stock');
      await peer.publish(OrderCancelled, orderCancelled(orderId, lines, true));
      await waitUntil(
        async () => (await handledEventCount(database, 'inventory.release-stock')) > cancelsBefore,
      );
      const salesBefore = await handledEventCount(database, 'inventory.commit-sale');
      await peer.publish(OrderPaid, orderPaid(orderId, lines));
      await waitUntil(async () => (await handledEventCount(database, 'inventory.commit-sale')) > salesBefore);
      expect(await stockOf(productId)).toEqual({ productId, onHand: 2, reserved: 0, available: 2 });
    });
  });
}
