import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@bazaar/platform/testing';
import { StockRejected, StockReleased } from '@bazaar/contracts/inventory';
import { PaymentFailed, RefundCompleted } from '@bazaar/contracts/payments';
import { createSagaDriver, now, type SagaDriver } from './testing/saga-driver.js';
import { twoLineCart } from './testing/checkout-requests.js';
import { startOrdersTestApp, type OrdersTestApp } from './testing/orders-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`order cancellation and compensation on ${engine}`, () => {
    let orders: OrdersTestApp;
    let saga: SagaDriver;

    beforeAll(async () => {
      orders = await startOrdersTestApp(engine);
      saga = await createSagaDriver(orders, 'usr_ann');
    });
    afterAll(async () => {
      await orders?.close();
    });

    it('when stock runs out, the order is cancelled with out_of_stock', async () => {
      const order = await saga.placeOrder();
      await orders.peer.publish(StockRejected, {
        orderId: order.id,
        reason: 'out_of_stock',
        unavailable: [{ productId: 'prd_headphones', requested: 2, available: 1 }],
      });
      const cancelled = await saga.reachStatus(order.id, 'cancelled');
      expect(cancelled.cancellationReason).toBe('out_of_stock');
      const announced = await saga.captured('orders.order.cancelled', order.id);
      expect(announced.data).toMatchObject({ reason: 'out_of_stock', wasPaid: false });
    });

    it('when the card is declined, the order is cancelled with payment_declined', async () => {
      const order = await saga.placeOrder();
      await saga.reserve(order);
      await saga.reachStatus(order.id, 'awaiting_payment');
      await orders.peer.publish(PaymentFailed, {
        orderId: order.id,
        reason: 'payment_declined',
        declineCode: 'card_declined',
        failedAt: now(),
      });
      expect((await saga.reachStatus(order.id, 'cancelled')).cancellationReason).toBe('payment_declined');
      expect((await saga.captured('orders.order.cancelled', order.id)).data.reason).toBe('payment_declined');
    });

    it('when the reservation expires unpaid, the order is cancelled as expired; a late payment is refunded', async () => {
      const order = await saga.placeOrder();
      await saga.reserve(order);
      await saga.reachStatus(order.id, 'awaiting_payment');
      await orders.peer.publish(StockReleased, { orderId: order.id, reason: 'expired', releasedAt: now() });
      expect((await saga.reachStatus(order.id, 'cancelled')).cancellationReason).toBe('expired');
      await saga.payFor(order.id, 'pay_late');
      const refund = await saga.captured('orders.refund.requested', order.id);
      expect(refund.data).toEqual({ orderId: order.id, paymentId: 'pay_late', amount: twoLineCart.total });
      expect((await saga.reachStatus(order.id, 'cancelled')).cancellationReason).toBe('expired');
    });

    it('when stock is lost after payment, the order is cancelled and refunded', async () => {
      const order = await saga.placeAndPay();
      await orders.peer.publish(StockRejected, {
        orderId: order.id,
        reason: 'out_of_stock',
        unavailable: [],
      });
      expect((await saga.reachStatus(order.id, 'cancelled')).cancellationReason).toBe('out_of_stock');
      const announced = await saga.captured('orders.order.cancelled', order.id);
      expect(announced.data).toMatchObject({ wasPaid: true });
      await saga.captured('orders.refund.requested', order.id);
    });

    it('a shopper who cancels a paid order gets a refund; cancelling again changes nothing', async () => {
      const order = await saga.placeAndPay();
      const answer = await saga.cancel(order.id);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'customer_cancelled' });
      const announced = await saga.captured('orders.order.cancelled', order.id);
      expect(announced.data).toMatchObject({ reason: 'customer_cancelled', wasPaid: true });
      const refund = await saga.captured('orders.refund.requested', order.id);
      expect(refund.data).toEqual({
        orderId: order.id,
        paymentId: `pay_${order.id}`,
        amount: twoLineCart.total,
      });
      const again = await saga.cancel(order.id);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(answer.json());
      await orders.peer.publish(RefundCompleted, {
        orderId: order.id,
        paymentId: `pay_${order.id}`,
        refundId: 'ref_1',
        amount: twoLineCart.total,
        refundedAt: '2026-01-02T11:00:00.000Z',
      });
      const refunded = await orders.waitForOrder(order.id, (current) => current.refundedAt !== undefined);
      expect(refunded.refundedAt).toBe('2026-01-02T11:00:00.000Z');
    });

    it('a shopper may cancel a pending order, which is announced unpaid', async () => {
      const order = await saga.placeOrder();
      const answer = await saga.cancel(order.id);
      expect(answer.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'customer_cancelled' });
      const announced = await saga.captured('orders.order.cancelled', order.id);
      expect(announced.data).toMatchObject({ wasPaid: false });
    });
  });
}
