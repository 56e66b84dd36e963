import { describe, expect, it } from 'vitest';
import type { HttpApp } from '@bazaar/platform';
import { enginesUnderTest, waitUntil } from '@bazaar/platform/testing';
import { StockChanged, StockRejected, StockReserved } from '@bazaar/contracts/inventory';
import { OrderPlaced } from '@bazaar/contracts/orders';
import { newId, orderPlaced } from './testing/order-events.js';
import { useInventoryReplicas } from './testing/inventory-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`inventory under a rush of orders on ${engine}`, () => {
    const inventory = useInventoryReplicas(engine);

    it('sells 50 units to exactly 50 of 200 orders placed at once, never going below zero', async () => {
      const [app] = inventory.replicas as [HttpApp];
      const productId = newId('prd');
      await app.inject({
        method: 'PUT',
        url: `/admin/stock/${productId}`,
        payload: { quantity: 50 },
        headers: inventory.admin,
      });
      const orderIds = Array.from({ length: 200 }, () => newId('ord'));
      await Promise.all(
        orderIds.map((id) =>
          inventory.peer.publish(OrderPlaced, orderPlaced(id, [{ productId, quantity: 1 }])),
        ),
      );

      const ours = new Set(orderIds);
      const outcomes = (type: string) =>
        inventory.peer.received<{ orderId: string }>(type).filter((event) => ours.has(event.data.orderId));
      await waitUntil(
        () => outcomes(StockReserved.type).length + outcomes(StockRejected.type).length >= 200,
        60_000,
      );
      expect(outcomes(StockReserved.type)).toHaveLength(50);
      expect(outcomes(StockRejected.type)).toHaveLength(150);

      const stock = await app.inject({
        method: 'GET',
        url: `/admin/stock/${productId}`,
        headers: inventory.admin,
      });
      expect(stock.json()).toEqual({ productId, onHand: 50, reserved: 50, available: 0 });
      const changes = inventory.peer
        .received<StockChanged>(StockChanged.type)
        .filter((event) => event.data.productId === productId);
      expect(changes.every((event) => event.data.available >= 0 && event.data.reserved <= 50)).toBe(true);
      // versions follow the order the changes committed in: one each, and more reserved with each
      const byVersion = [...changes].sort((a, b) => (a.data.version ?? 0) - (b.data.version ?? 0));
      const versions = byVersion.map((event) => event.data.version);
      expect(new Set(versions).size).toBe(changes.length);
      expect(byVersion.map((event) => event.data.reserved)).toEqual(
        byVersion.map((event) => event.data.reserved).sort((a, b) => a - b),
      );
      expect(byVersion.at(-1)?.data).toMatchObject({ reserved: 50, available: 0 });
    }, 90_000);
  });
}
