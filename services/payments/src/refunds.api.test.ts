import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest, handledEventCount, waitUntil } from '@bazaar/platform/testing';
import { PaymentRequested, RefundRequested } from '@bazaar/contracts/orders';
import type { PaymentSucceeded, RefundCompleted } from '@bazaar/contracts/payments';
import { shopperHeaders, startPayments, type PaymentsTestApp } from './testing/payments-test-app.js';

const userId = 'usr_refunds';
const amount = { amount: 4_200, currency: 'USD' as const };

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`refunds on ${engine}`, () => {
    let payments: PaymentsTestApp;

    beforeAll(async () => {
      payments = await startPayments(engine);
    });
    afterAll(async () => payments?.close());

    async function capturedPayment(orderId: string): Promise<string> {
      const tokenized = await payments.app.inject({
        method: 'POST',
        url: '/tokens',
        headers: await shopperHeaders(payments.issuer, userId),
        payload: { cardNumber: '4242424242424242', expMonth: 12, expYear: 2099, cvc: '123' },
      });
      const expiresAt = new Date(Date.now() + 60_000).toISOString();
      await payments.peer.publish(PaymentRequested, {
        orderId,
        userId,
        paymentToken: tokenized.json().token,
        amount,
        expiresAt,
      });
      const succeeded = await payments.peer.waitFor<PaymentSucceeded>(
        'payments.payment.succeeded',
        (data) => data.orderId === orderId,
      );
      return succeeded.data.paymentId;
    }

    it('refunds a captured payment in full once, even when asked twice', async () => {
      const orderId = 'ord_refund_twice';
      const paymentId = await capturedPayment(orderId);
      const before = await handledEventCount(payments.database, 'payments.refund-order');
      await payments.peer.publish(RefundRequested, { orderId, paymentId, amount });
      await payments.peer.publish(RefundRequested, { orderId, paymentId, amount });
      await waitUntil(
        async () => (await handledEventCount(payments.database, 'payments.refund-order')) === before + 2,
      );
      const refunded = await payments.peer.waitFor<RefundCompleted>(
        'payments.refund.completed',
        (data) => data.orderId === orderId,
      );
      expect(refunded.data).toMatchObject({ paymentId, amount, refundId: expect.stringMatching(/^ref_/) });
      const completed = payments.peer.received('payments.refund.completed');
      expect(completed.filter((event) => (event.data as RefundCompleted).orderId === orderId)).toHaveLength(
        1,
      );
      const admin = {
        authorization: `Bearer ${await payments.issuer.sign({ sub: 'usr_admin', role: 'admin' })}`,
      };
      const listed = await payments.app.inject({ url: `/admin/payments?orderId=${orderId}`, headers: admin });
      expect(listed.json().items).toEqual([
        expect.objectContaining({ id: paymentId, status: 'refunded', refundedAt: refunded.data.refundedAt }),
      ]);
    });

    it('refunds nothing for an order without a captured payment', async () => {
      const before = await handledEventCount(payments.database, 'payments.refund-order');
      await payments.peer.publish(RefundRequested, {
        orderId: 'ord_never_paid',
        paymentId: 'pay_none',
        amount,
      });
      await waitUntil(
        async () => (await handledEventCount(payments.database, 'payments.refund-order')) === before + 1,
      );
      const completed = payments.peer.received('payments.refund.completed');
      expect(completed.some((event) => (event.data as RefundCompleted).orderId === 'ord_never_paid')).toBe(
        false,
      );
    });
  });
}
