import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest, handledEventCount, waitUntil } from '@bazaar/platform/testing';
import { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import type {
  Shipment,
  ShipmentCreated,
  ShipmentDelivered,
  ShipmentShipped,
} from '@bazaar/contracts/shipping';
import { startShipping, type ShippingTestApp } from './testing/shipping-test-app.js';

const paidExample = OrderPaid.examples[0]!;
const cancelledExample = OrderCancelled.examples[0]!;
const forOrder = (orderId: string) => (data: { orderId: string }) => data.orderId === orderId;

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`shipments on ${engine}`, () => {
    let shipping: ShippingTestApp;

    beforeAll(async () => {
      shipping = await startShipping(engine, 300);
    });
    afterAll(async () => shipping?.close());

    const paid = (orderId: string, userId: string) =>
      shipping.peer.publish(OrderPaid, { ...paidExample, orderId, userId, paidAt: new Date().toISOString() });
    const shipmentsOf = async (userId: string, orderId?: string): Promise<Shipment[]> => {
      const headers = { authorization: `Bearer ${await shipping.issuer.sign({ sub: userId })}` };
      const url = orderId ? `/shipments?orderId=${orderId}` : '/shipments';
      return (await shipping.app.inject({ url, headers })).json().items;
    };

    it('creates one shipment when the same order is paid twice, and publishes created once', async () => {
      const before = await handledEventCount(shipping.database, 'shipping.create-shipment');
      await paid('ord_twice', 'usr_ann');
      await paid('ord_twice', 'usr_ann');
      await waitUntil(
        async () => (await handledEventCount(shipping.database, 'shipping.create-shipment')) === before + 2,
      );
      const created = await shipping.peer.waitFor<ShipmentCreated>(
        'shipping.shipment.created',
        forOrder('ord_twice'),
      );
      expect(created.data).toMatchObject({
        userId: 'usr_ann',
        trackingNumber: expect.stringMatching(/^BZR\d{9}$/),
      });
      const published = shipping.peer.received('shipping.shipment.created');
      expect(published.filter((event) => forOrder('ord_twice')(event.data as ShipmentCreated))).toHaveLength(
        1,
      );
      const shipments = await shipmentsOf('usr_ann', 'ord_twice');
      expect(shipments).toEqual([
        expect.objectContaining({ id: created.data.shipmentId, trackingNumber: created.data.trackingNumber }),
      ]);
    });

    it('moves a shipment to shipped, then delivered, publishing each step', async () => {
      await paid('ord_clock', 'usr_ann');
      const shipped = await shipping.peer.waitFor<ShipmentShipped>(
        'shipping.shipment.shipped',
        forOrder('ord_clock'),
      );
      const delivered = await shipping.peer.waitFor<ShipmentDelivered>(
        'shipping.shipment.delivered',
        forOrder('ord_clock'),
      );
      expect(Date.parse(delivered.data.deliveredAt)).toBeGreaterThan(Date.parse(shipped.data.shippedAt));
      const [shipment] = await shipmentsOf('usr_ann', 'ord_clock');
      expect(shipment?.status).toBe('delivered');
      expect(shipment?.history.map((entry) => entry.status)).toEqual([
        'label_created',
        'shipped',
        'delivered',
      ]);
    });

    it('stops a shipment whose order is cancelled before it shipped', async () => {
      await paid('ord_cancel', 'usr_bob');
      await shipping.peer.waitFor('shipping.shipment.created', forOrder('ord_cancel'));
      const cancelled = {
        ...cancelledExample,
        orderId: 'ord_cancel',
        userId: 'usr_bob',
        reason: 'customer_cancelled' as const,
      };
      await shipping.peer.publish(OrderCancelled, {
        ...cancelled,
        wasPaid: true,
        cancelledAt: new Date().toISOString(),
      });
      await waitUntil(async () => (await shipmentsOf('usr_bob', 'ord_cancel'))[0]?.status === 'cancelled');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await shipmentsOf('usr_bob', 'ord_cancel'))[0]?.status).toBe('cancelled');
      expect(
        shipping.peer
          .received('shipping.shipment.shipped')
          .some((e) => forOrder('ord_cancel')(e.data as never)),
      ).toBe(false);
    });

    it('leaves a shipment that already shipped alone when its order is cancelled', async () => {
      await paid('ord_late_cancel', 'usr_bob');
      await shipping.peer.waitFor('shipping.shipment.shipped', forOrder('ord_late_cancel'));
      const cancelled = { ...cancelledExample, orderId: 'ord_late_cancel', userId: 'usr_bob', wasPaid: true };
      await shipping.peer.publish(OrderCancelled, { ...cancelled, cancelledAt: new Date().toISOString() });
      await shipping.peer.waitFor('shipping.shipment.delivered', forOrder('ord_late_cancel'));
    });

    it('creates no shipment for an order cancelled before its payment event arrived', async () => {
      const cancelled = {
        ...cancelledExample,
        orderId: 'ord_cancel_first',
        userId: 'usr_bob',
        wasPaid: true,
      };
      const cancelsBefore = await handledEventCount(shipping.database, 'shipping.cancel-shipment');
      await shipping.peer.publish(OrderCancelled, { ...cancelled, cancelledAt: new Date().toISOString() });
      const cancelsHandled = () => handledEventCount(shipping.database, 'shipping.cancel-shipment');
      await waitUntil(async () => (await cancelsHandled()) === cancelsBefore + 1);
      const before = await handledEventCount(shipping.database, 'shipping.create-shipment');
      await paid('ord_cancel_first', 'usr_bob');
      await waitUntil(
        async () => (await handledEventCount(shipping.database, 'shipping.create-shipment')) === before + 1,
      );
      expect(await shipmentsOf('usr_bob', 'ord_cancel_first')).toEqual([]);
    });

    it("shows nobody another user's shipment, and asks for a token", async () => {
      await paid('ord_private', 'usr_owner');
      await shipping.peer.waitFor('shipping.shipment.created', forOrder('ord_private'));
      expect(await shipmentsOf('usr_owner', 'ord_private')).toHaveLength(1);
      expect(await shipmentsOf('usr_stranger', 'ord_private')).toEqual([]);
      expect((await shipmentsOf('usr_stranger')).some((shipment) => shipment.orderId === 'ord_private')).toBe(
        false,
      );
      expect((await shipping.app.inject({ url: '/shipments' })).statusCode).toBe(401);
    });
  });
}
