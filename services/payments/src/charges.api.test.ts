import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest, handledEventCount, waitUntil } from '@bazaar/platform/testing';
import { PaymentRequested } from '@bazaar/contracts/orders';
import type { PaymentFailed, PaymentSucceeded } from '@bazaar/contracts/payments';
import { shopperHeaders, startPayments, type PaymentsTestApp } from './testing/payments-test-app.js';

const userId = 'usr_charges';
const amount = { amount: 25_800, currency: 'USD' as const };
const inFiveMinutes = () => new Date(Date.now() + 5 * 60_000).toISOString();
let orderCount = 0;
const newOrderId = () => `ord_charge_${Date.now()}_${++orderCount}`;

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`charging orders through the bus on ${engine}`, () => {
    let payments: PaymentsTestApp;
    let admin: Record<string, string>;

    beforeAll(async () => {
      payments = await startPayments(engine);
      admin = { authorization: `Bearer ${await payments.issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
    });
    afterAll(async () => payments?.close());

    async function tokenFor(cardNumber: string): Promise<string> {
      const response = await payments.app.inject({
        method: 'POST',
        url: '/tokens',
        headers: await shopperHeaders(payments.issuer, userId),
        payload: { cardNumber, expMonth: 12, expYear: new Date().getUTCFullYear() + 2, cvc: '123' },
      });
      return response.json().token;
    }
    async function requestPayment(orderId: string, paymentToken: string, expiresAt = inFiveMinutes()) {
      await payments.peer.publish(PaymentRequested, { orderId, userId, paymentToken, amount, expiresAt });
    }
    const succeeded = (orderId: string) =>
      payments.peer.waitFor<PaymentSucceeded>(
        'payments.payment.succeeded',
        (data) => data.orderId === orderId,
      );
    const failed = (orderId: string) =>
      payments.peer.waitFor<PaymentFailed>('payments.payment.failed', (data) => data.orderId === orderId);
    const capturesOf = async (orderId: string) =>
      (await payments.app.inject({ url: `/admin/payments?orderId=${orderId}`, headers: admin })).json().items;

    it('captures an approved card once and publishes payment.succeeded', async () => {
      const orderId = newOrderId();
      await requestPayment(orderId, await tokenFor('4242424242424242'));
      const event = await succeeded(orderId);
      expect(event.data).toMatchObject({ orderId, amount, brand: 'visa', last4: '4242' });
      expect(await capturesOf(orderId)).toEqual([
        expect.objectContaining({ id: event.data.paymentId, status: 'captured', amount, refundedAt: null }),
      ]);
    });

    it('fails a declined card and an insufficient-funds card with payment_declined and their codes', async () => {
      for (const [cardNumber, declineCode] of [
        ['4000000000000002', 'card_declined'],
        ['4000000000009995', 'insufficient_funds'],
      ] as const) {
        const orderId = newOrderId();
        await requestPayment(orderId, await tokenFor(cardNumber));
        expect((await failed(orderId)).data).toMatchObject({ reason: 'payment_declined', declineCode });
        expect(await capturesOf(orderId)).toEqual([]);
      }
    });

    it('captures the processing-error card after the bus retries', async () => {
      const orderId = newOrderId();
      await requestPayment(orderId, await tokenFor('4000000000000119'));
      expect((await succeeded(orderId)).data).toMatchObject({ orderId, last4: '0119' });
      expect(
        payments.peer
          .received('payments.payment.failed')
          .some((e) => (e.data as PaymentFailed).orderId === orderId),
      ).toBe(false);
      expect(await capturesOf(orderId)).toHaveLength(1);
    });

    it('captures once when the same order is requested twice', async () => {
      const orderId = newOrderId();
      const token = await tokenFor('5555555555554444');
      const before = await handledEventCount(payments.database, 'payments.charge-order');
      await requestPayment(orderId, token);
      await requestPayment(orderId, token);
      await waitUntil(
        async () => (await handledEventCount(payments.database, 'payments.charge-order')) === before + 2,
      );
      await succeeded(orderId);
      const published = payments.peer.received('payments.payment.succeeded');
      expect(published.filter((e) => (e.data as PaymentSucceeded).orderId === orderId)).toHaveLength(1);
      expect(await capturesOf(orderId)).toHaveLength(1);
    });

    it('fails an expired request with expired, without charging', async () => {
      const orderId = newOrderId();
      await requestPayment(
        orderId,
        await tokenFor('4242424242424242'),
        new Date(Date.now() - 1000).toISOString(),
      );
      expect((await failed(orderId)).data).toMatchObject({ reason: 'expired' });
      expect(await capturesOf(orderId)).toEqual([]);
    });

    it('declines an unknown token with invalid_token', async () => {
      const orderId = newOrderId();
      await requestPayment(orderId, 'tok_unknown');
      expect((await failed(orderId)).data).toMatchObject({
        reason: 'payment_declined',
        declineCode: 'invalid_token',
      });
    });

    it('refuses the payment list to a shopper with 403', async () => {
      const response = await payments.app.inject({
        url: '/admin/payments',
        headers: await shopperHeaders(payments.issuer, userId),
      });
      expect(response.statusCode).toBe(403);
    });
  });
}
