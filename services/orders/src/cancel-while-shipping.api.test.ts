// The cancel-while-shipping race, each interleaving made to happen by holding shipping's answer to
// orders' stop request until the test has put the competing fact in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@bazaar/platform/testing';
import { ShipmentShipped, ShipmentStopped } from '@bazaar/contracts/shipping';
import type { Order } from '@bazaar/contracts/orders';
import { createSagaDriver, now, type SagaDriver } from './testing/saga-driver.js';
import { startOrdersTestApp, type OrdersTestApp } from './testing/orders-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`cancelling a paid order while it ships, on ${engine}`, () => {
    let orders: OrdersTestApp;
    let saga: SagaDriver;

    beforeAll(async () => {
      orders = await startOrdersTestApp(engine);
      saga = await createSagaDriver(orders, 'usr_cal');
    });
    afterAll(async () => orders?.close());

    const shipped = (order: Order) =>
      orders.peer.publish(ShipmentShipped, {
        shipmentId: `shp_${order.id}`,
        orderId: order.id,
        userId: 'usr_cal',
        trackingNumber: 'BZR000000001',
        shippedAt: now(),
      });
    const stopped = (order: Order) =>
      orders.peer.publish(ShipmentStopped, {
        orderId: order.id,
        userId: 'usr_cal',
        shipmentId: `shp_${order.id}`,
        stoppedAt: now(),
      });
    /** Every event of `type` orders published about the order, once all it published before now is out. */
    const publishedAbout = async (type: string, orderId: string) => {
      const marker = await saga.placeOrder(); // the relay sends in commit order: the marker comes last
      await saga.captured('orders.order.placed', marker.id);
      return orders.peer
        .received<{ orderId: string }>(type)
        .filter((event) => event.data.orderId === orderId);
    };

    it('refunds a paid order once shipping confirms it stopped the shipment, asking as the shopper', async () => {
      const order = await saga.placeAndPay();
      const answer = await saga.cancel(order.id);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'customer_cancelled' });
      const asked = orders.shipping.requests.filter((request) => request.orderId === order.id);
      expect(asked).toEqual([{ orderId: order.id, authorization: expect.stringMatching(/^Bearer /) }]);
      expect(await publishedAbout('orders.refund.requested', order.id)).toHaveLength(1);
    });

    it('refuses with 409 ORDER_ALREADY_SHIPPED when the goods left first: no refund, and the order ships', async () => {
      const order = await saga.placeAndPay();
      const stop = orders.shipping.hold(order.id);
      const cancelling = saga.cancel(order.id);
      await stop.arrived;
      await shipped(order); // shipping's clock won the claim; its fact reaches orders first
      await saga.reachStatus(order.id, 'shipped');
      stop.answer('already-left');
      const answer = await cancelling;
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'ORDER_ALREADY_SHIPPED' });
      expect(await publishedAbout('orders.refund.requested', order.id)).toEqual([]);
      expect(await publishedAbout('orders.order.cancelled', order.id)).toEqual([]);
    });

    it('refuses with 409 while orders still shows paid, and the shipped fact arrives after', async () => {
      const order = await saga.placeAndPay();
      const stop = orders.shipping.hold(order.id);
      const cancelling = saga.cancel(order.id);
      await stop.arrived;
      stop.answer('already-left');
      expect((await cancelling).json()).toMatchObject({ status: 409, code: 'ORDER_ALREADY_SHIPPED' });
      await shipped(order);
      await saga.reachStatus(order.id, 'shipped');
      expect(await publishedAbout('orders.refund.requested', order.id)).toEqual([]);
    });

    it('cancels and refunds once when shipping’s stopped fact arrives before its answer', async () => {
      const order = await saga.placeAndPay();
      const stop = orders.shipping.hold(order.id);
      const cancelling = saga.cancel(order.id);
      await stop.arrived;
      await stopped(order);
      await saga.reachStatus(order.id, 'cancelled');
      stop.answer('stopped');
      const answer = await cancelling;
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'customer_cancelled' });
      expect(await publishedAbout('orders.refund.requested', order.id)).toHaveLength(1);
      expect(await publishedAbout('orders.order.cancelled', order.id)).toHaveLength(1);
    });

    it('completes the cancel from the stopped fact alone, when the replica that asked was lost', async () => {
      const order = await saga.placeAndPay();
      await stopped(order);
      const cancelled = await saga.reachStatus(order.id, 'cancelled');
      expect(cancelled.cancellationReason).toBe('customer_cancelled');
      expect(await publishedAbout('orders.refund.requested', order.id)).toHaveLength(1);
    });

    it('answers 503 and keeps the order paid when shipping cannot answer; a later cancel goes through', async () => {
      const order = await saga.placeAndPay();
      orders.shipping.answerWith('unavailable');
      try {
        const answer = await saga.cancel(order.id);
        expect(answer.statusCode).toBe(503);
        expect(answer.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect((await saga.reachStatus(order.id, 'paid')).status).toBe('paid');
        expect(await publishedAbout('orders.refund.requested', order.id)).toEqual([]);
      } finally {
        orders.shipping.answerWith('stopped');
      }
      expect((await saga.cancel(order.id)).json()).toMatchObject({ status: 'cancelled' });
      expect(await publishedAbout('orders.refund.requested', order.id)).toHaveLength(1);
    });

    it('does not ask shipping for an unpaid order, nor for one already shipped', async () => {
      const unpaid = await saga.placeOrder();
      expect((await saga.cancel(unpaid.id)).json()).toMatchObject({ status: 'cancelled' });
      const gone = await saga.placeAndPay();
      await shipped(gone);
      await saga.reachStatus(gone.id, 'shipped');
      expect((await saga.cancel(gone.id)).json()).toMatchObject({ code: 'ORDER_ALREADY_SHIPPED' });
      const askedFor = orders.shipping.requests.map((request) => request.orderId);
      expect(askedFor).not.toContain(unpaid.id);
      expect(askedFor).not.toContain(gone.id);
    });
  });
}
