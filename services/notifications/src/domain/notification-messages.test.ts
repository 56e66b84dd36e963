import { describe, expect, it } from 'vitest';
import { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import { emailRetryDelayMs, hasUsedUpAttempts } from './email-retry.js';
import { formatMoney, orderCancelledMessage, orderPaidMessage } from './notification-messages.js';

describe('notification messages', () => {
  it('writes money as people read it', () => {
    expect(formatMoney({ amount: 25_800, currency: 'USD' })).toBe('$258.00');
    expect(formatMoney({ amount: 5, currency: 'USD' })).toBe('$0.05');
    expect(formatMoney({ amount: 123_456_789, currency: 'USD' })).toBe('$1,234,567.89');
  });

  it.each([
    ['out_of_stock', 'some of its items are out of stock'],
    ['payment_declined', 'the payment was declined'],
    ['customer_cancelled', 'you cancelled it'],
    ['expired', 'the payment did not complete in time'],
  ] as const)('says a cancellation for %s in words', (reason, words) => {
    const message = orderCancelledMessage({ ...OrderCancelled.examples[0]!, reason, wasPaid: false });
    expect(message.body).toContain(words);
    expect(message.body).not.toMatch(/refund/i);
  });

  it('gives each order fact its own key, so a repeat of the same fact is told once', () => {
    const paid = OrderPaid.examples[0]!;
    expect(orderPaidMessage(paid).dedupeKey).toBe(orderPaidMessage({ ...paid }).dedupeKey);
    expect(orderPaidMessage(paid).dedupeKey).not.toBe(
      orderPaidMessage({ ...paid, orderId: 'ord_2' }).dedupeKey,
    );
    const cancelled = orderCancelledMessage({ ...OrderCancelled.examples[0]!, orderId: paid.orderId });
    expect(cancelled.dedupeKey).not.toBe(orderPaidMessage(paid).dedupeKey);
  });
});

describe('email retries', () => {
  it('wait longer after each failure, up to ten minutes', () => {
    expect([1, 2, 3, 4].map((failures) => emailRetryDelayMs(failures, 1_000))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    expect(emailRetryDelayMs(30, 1_000)).toBe(600_000);
  });

  it('give up once the attempts are used up', () => {
    expect(hasUsedUpAttempts(4, 5)).toBe(false);
    expect(hasUsedUpAttempts(5, 5)).toBe(true);
  });
});
