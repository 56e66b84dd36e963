import { onPaymentSucceeded, onStockReserved } from '../domain/checkout-saga.js';
import { openOrder } from '../domain/open-order.js';
import type { OrderRecord } from '../domain/order-record.js';

/** A pending order of one line (2 × $10.00) for unit tests. */
export function pendingOrder() {
  return openOrder({
    id: 'ord_1',
    userId: 'usr_1',
    checkout: {
      idempotencyKey: 'key-12345',
      requestFingerprint: 'fp-1',
      shippingAddress: {
        name: 'Ann',
        line1: '1 Main St',
        city: 'Springfield',
        postalCode: '12345',
        country: 'US',
      },
      payment: { token: 'tok_1', brand: 'visa', last4: '4242' },
    },
    items: [
      {
        productId: 'prd_1',
        name: 'Headphones',
        quantity: 2,
        unitPrice: { amount: 1000, currency: 'USD' },
        lineTotal: { amount: 2000, currency: 'USD' },
      },
    ],
    total: { amount: 2000, currency: 'USD' },
    at: '2026-01-01T00:00:00.000Z',
  });
}

/** The order a saga outcome changed to; throws when the outcome changed nothing. */
export function changedOrder(outcome: { kind: string; order?: OrderRecord }): OrderRecord {
  if (outcome.kind !== 'changed' || !outcome.order) throw new Error(`expected a change, got ${outcome.kind}`);
  return outcome.order;
}

const at = '2026-01-01T00:01:00.000Z';

/** `pendingOrder()` with its stock reserved until a quarter past. */
export function awaitingPaymentOrder(): OrderRecord {
  return changedOrder(onStockReserved(pendingOrder(), '2026-01-01T00:15:00.000Z', at));
}

/** `awaitingPaymentOrder()` paid by `pay_1`. */
export function paidOrder(): OrderRecord {
  const payment = { paymentId: 'pay_1', amount: { amount: 2000, currency: 'USD' as const } };
  return changedOrder(onPaymentSucceeded(awaitingPaymentOrder(), payment, at));
}
