import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest, waitUntil } from '@bazaar/platform/testing';
import { ShipmentCreated, ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import {
  createSagaDriver,
  inFifteenMinutes,
  now,
  type OrderEventData,
  type SagaDriver,
} from './testing/saga-driver.js';
import { twoLineCart } from './testing/checkout-requests.js';
import { startOrdersTestApp, type OrdersTestApp } from './testing/orders-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`the checkout saga on ${engine}`, () => {
    let orders: OrdersTestApp;
    let saga: SagaDriver;

    beforeAll(async () => {
      orders = await startOrdersTestApp(engine);
      saga = await createSagaDriver(orders, 'usr_ann');
    });
    afterAll(async () => {
      await orders?.close();
    });

    const shipmentFacts = (orderId: string) => ({
      shipmentId: `shp_${orderId}`,
      orderId,
      userId: 'usr_ann',
      trackingNumber: 'BZR000111222',
    });

    it('follows an order from pending to delivered, asking for payment and announcing it paid', async () => {
      const order = await saga.placeOrder();
      expect(order.status).toBe('pending');
      await saga.captured('orders.order.placed', order.id);
      const expiresAt = inFifteenMinutes();
      await saga.reserve(order, expiresAt);
      await saga.reachStatus(order.id, 'awaiting_payment');
      const request = await saga.captured('orders.payment.requested', order.id);
      expect(request.data).toEqual({
        orderId: order.id,
        userId: 'usr_ann',
        paymentToken: 'tok_test_visa',
        amount: twoLineCart.total,
        expiresAt,
      });
      await saga.payFor(order.id);
      await saga.reachStatus(order.id, 'paid');
      const paid = await saga.captured('orders.order.paid', order.id);
      expect(paid.data).toMatchObject({ total: twoLineCart.total, shippingAddress: order.shippingAddress });
      await orders.peer.publish(ShipmentCreated, { ...shipmentFacts(order.id), createdAt: now() });
      const labelled = await orders.waitForOrder(order.id, (current) => current.shipment !== null);
      expect(labelled.shipment).toEqual({
        id: `shp_${order.id}`,
        status: 'label_created',
        trackingNumber: 'BZR000111222',
      });
      await orders.peer.publish(ShipmentShipped, { ...shipmentFacts(order.id), shippedAt: now() });
      await saga.reachStatus(order.id, 'shipped');
      await orders.peer.publish(ShipmentDelivered, { ...shipmentFacts(order.id), deliveredAt: now() });
      const delivered = await saga.reachStatus(order.id, 'delivered');
      expect(delivered.shipment?.status).toBe('delivered');
      expect(delivered.history.map((change) => change.status)).toEqual([
        'pending',
        'awaiting_payment',
        'paid',
        'shipped',
        'delivered',
      ]);
      const tooLate = await saga.cancel(order.id);
      expect(tooLate.statusCode).toBe(409);
      expect(tooLate.json().code).toBe('ORDER_ALREADY_SHIPPED');
    });

    it('applies a repeated fact once: one payment request, one paid announcement, history unchanged', async () => {
      const order = await saga.placeOrder();
      const reservedQueue = 'orders.request-payment-on-stock-reserved';
      const paidQueue = 'orders.mark-order-paid-on-payment-succeeded';
      const [reservedBefore, paidBefore] = [
        await orders.handledCount(reservedQueue),
        await orders.handledCount(paidQueue),
      ];
      await saga.reserve(order);
      await saga.reserve(order);
      await waitUntil(async () => (await orders.handledCount(reservedQueue)) === reservedBefore + 2);
      await saga.payFor(order.id);
      await saga.payFor(order.id);
      await waitUntil(async () => (await orders.handledCount(paidQueue)) === paidBefore + 2);
      const isThisOrder = (event: { data: unknown }) => (event.data as OrderEventData).orderId === order.id;
      expect(orders.peer.received('orders.payment.requested').filter(isThisOrder)).toHaveLength(1);
      await saga.captured('orders.order.paid', order.id);
      expect(orders.peer.received('orders.order.paid').filter(isThisOrder)).toHaveLength(1);
      const paid = await saga.reachStatus(order.id, 'paid');
      expect(paid.history.map((change) => change.status)).toEqual(['pending', 'awaiting_payment', 'paid']);
    });
  });
}
