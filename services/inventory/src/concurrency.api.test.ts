import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
  waitUntil,
} from '@bazaar/platform/testing';
import { StockChanged, StockRejected, StockReserved } from '@bazaar/contracts/inventory';
import { OrderPlaced } from '@bazaar/contracts/orders';
import { newId, orderPlaced } from './testing/order-events.js';
import { listenToInventory, startInventory } from './testing/inventory-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory under a rush of orders on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let replicas: HttpApp[] = [];
    let peer: TestBusPeer;
    let admin: Record<string, string>;

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      testDatabase = createTestDatabaseLocation('inventory', engine);
      // Replicas compete on the same queues and database. Two SQLite connections in one process
      // would wait on each other's locks synchronously, so SQLite runs one (processes are safe).
      const count = engine === 'postgres' ? 3 : 1;
      for (let index = 0; index < count; index++) {
        const env = { SERVICE_INSTANCE: `inventory-${index}` };
        replicas.push((await startInventory(testDatabase.location, issuer.verifier, env)).app);
      }
      peer = await listenToInventory(testDatabase.location.dataDir);
    });
    afterAll(async () => {
      await peer?.close();
      await Promise.all(replicas.map((app) => app.close()));
      replicas = [];
      await testDatabase?.cleanup();
    });

    it('sells 50 units to exactly 50 of 200 orders placed at once, never going below zero', async () => {
      const [app] = replicas as [HttpApp];
      const productId = newId('prd');
      await app.inject({
        method: 'PUT',
        url: `/admin/stock/${productId}`,
        payload: { quantity: 50 },
        headers: admin,
      });
      const orderIds = Array.from({ length: 200 }, () => newId('ord'));
      await Promise.all(
        orderIds.map((id) => peer.publish(OrderPlaced, orderPlaced(id, [{ productId, quantity: 1 }]))),
      );

      const ours = new Set(orderIds);
      const outcomes = (type: string) =>
        peer.received<{ orderId: string }>(type).filter((event) => ours.has(event.data.orderId));
      await waitUntil(
        () => outcomes(StockReserved.type).length + outcomes(StockRejected.type).length >= 200,
        60_000,
      );
      expect(outcomes(StockReserved.type)).toHaveLength(50);
      expect(outcomes(StockRejected.type)).toHaveLength(150);

      const stock = await app.inject({ method: 'GET', url: `/admin/stock/${productId}`, headers: admin });
      expect(stock.json()).toEqual({ productId, onHand: 50, reserved: 50, available: 0 });
      const changes = peer
        .received<StockChanged>(StockChanged.type)
        .filter((event) => event.data.productId === productId);
      expect(changes.every((event) => event.data.available >= 0 && event.data.reserved <= 50)).toBe(true);
    }, 90_000);
  });
}
