// Stopping a shipment for a paid order's cancel. The clock is set an hour out so nothing moves on
// its own; each test moves shipments itself, in the order whose outcome it checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest, handledEventCount, waitUntil } from '@bazaar/platform/testing';
import { OrderPaid } from '@bazaar/contracts/orders';
import type { Shipment, ShipmentStopped } from '@bazaar/contracts/shipping';
import { findShipmentOfOrder } from './data/shipments.repository.js';
import { advanceShipment } from './use-cases/advance-shipment.js';
import { startShipping, type ShippingTestApp } from './testing/shipping-test-app.js';

const anHour = 3_600_000;

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`stopping a shipment on ${engine}`, () => {
    let shipping: ShippingTestApp;

    beforeAll(async () => {
      shipping = await startShipping(engine, anHour);
    });
    afterAll(async () => shipping?.close());

    const headersOf = async (userId: string) => ({
      authorization: `Bearer ${await shipping.issuer.sign({ sub: userId })}`,
    });
    const stop = async (orderId: string, userId = 'usr_ann') =>
      shipping.app.inject({
        method: 'POST',
        url: `/shipments/of-order/${orderId}/stop`,
        headers: await headersOf(userId),
      });
    const shipmentOf = async (orderId: string): Promise<Shipment | undefined> => {
      const url = `/shipments?orderId=${orderId}`;
      return (await shipping.app.inject({ url, headers: await headersOf('usr_ann') })).json().items[0];
    };
    const stoppedFacts = (orderId: string) =>
      shipping.peer
        .received<ShipmentStopped>('shipping.shipment.stopped')
        .filter((event) => event.data.orderId === orderId);
    const paidAndShipmentMade = async (orderId: string) => {
      const paid = OrderPaid.examples[0]!;
      await shipping.peer.publish(OrderPaid, { ...paid, orderId, userId: 'usr_ann' });
      await shipping.peer.waitFor(
        'shipping.shipment.created',
        (data: { orderId: string }) => data.orderId === orderId,
      );
      return (await findShipmentOfOrder(shipping.database.db, orderId))!;
    };
    const advance = (row: Awaited<ReturnType<typeof paidAndShipmentMade>>) =>
      advanceShipment({ database: shipping.database, bus: shipping.bus, stepMs: anHour }, row);

    it('stops a shipment that has not left, publishes the stop once, and answers a repeat the same', async () => {
      await paidAndShipmentMade('ord_stop');
      const first = await stop('ord_stop');
      expect(first.statusCode).toBe(200);
      const fact = await shipping.peer.waitFor<ShipmentStopped>(
        'shipping.shipment.stopped',
        (data) => data.orderId === 'ord_stop',
      );
      expect(fact.data).toEqual({ ...first.json(), userId: 'usr_ann' });
      const again = await stop('ord_stop');
      expect(again.json()).toEqual(first.json());
      expect(await shipmentOf('ord_stop')).toMatchObject({ status: 'cancelled' });
      expect(stoppedFacts('ord_stop')).toHaveLength(1);
    });

    it('never ships a stopped shipment: the clock, holding the row it read before the stop, loses the claim', async () => {
      const readByClock = await paidAndShipmentMade('ord_clock_late');
      expect((await stop('ord_clock_late')).statusCode).toBe(200);
      expect(await advance(readByClock)).toBe(false);
      expect((await shipmentOf('ord_clock_late'))?.history.map((entry) => entry.status)).toEqual([
        'label_created',
        'cancelled',
      ]);
    });

    it('refuses with 409 SHIPMENT_ALREADY_LEFT once the clock shipped it first, and publishes no stop', async () => {
      const readByClock = await paidAndShipmentMade('ord_left');
      expect(await advance(readByClock)).toBe(true);
      const answer = await stop('ord_left');
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'SHIPMENT_ALREADY_LEFT' });
      expect(await shipmentOf('ord_left')).toMatchObject({ status: 'shipped' });
      expect(stoppedFacts('ord_left')).toEqual([]);
    });

    it('stores a stop that comes before order.paid, so the late payment makes no shipment', async () => {
      expect((await stop('ord_early')).statusCode).toBe(200);
      const before = await handledEventCount(shipping.database, 'shipping.create-shipment');
      await shipping.peer.publish(OrderPaid, {
        ...OrderPaid.examples[0]!,
        orderId: 'ord_early',
        userId: 'usr_ann',
      });
      await waitUntil(
        async () => (await handledEventCount(shipping.database, 'shipping.create-shipment')) > before,
      );
      expect(await shipmentOf('ord_early')).toMatchObject({
        status: 'cancelled',
        history: [{ status: 'cancelled' }],
      });
      expect(
        shipping.peer
          .received<{ orderId: string }>('shipping.shipment.created')
          .some((e) => e.data.orderId === 'ord_early'),
      ).toBe(false);
    });

    it("does not stop another user's shipment, and asks for a token", async () => {
      await paidAndShipmentMade('ord_theirs');
      expect((await stop('ord_theirs', 'usr_stranger')).statusCode).toBe(404);
      expect(await shipmentOf('ord_theirs')).toMatchObject({ status: 'label_created' });
      const anonymous = await shipping.app.inject({
        method: 'POST',
        url: '/shipments/of-order/ord_theirs/stop',
      });
      expect(anonymous.statusCode).toBe(401);
    });
  });
}
