import { openOrder } from '../domain/open-order.js';

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
