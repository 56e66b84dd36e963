import type { CheckoutBody } from '@bazaar/contracts/orders';
import type { Cart } from '@bazaar/contracts/cart';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

/** A cart of two lines: 2 × $12.90 headphones and 1 × $5.00 cable, $30.80 in all. */
export const twoLineCart: Cart = {
  items: [
    {
      productId: 'prd_headphones',
      name: 'Studio headphones',
      quantity: 2,
      unitPrice: usd(1290),
      lineTotal: usd(2580),
    },
    { productId: 'prd_cable', name: 'Audio cable', quantity: 1, unitPrice: usd(500), lineTotal: usd(500) },
  ],
  total: usd(3080),
};

/** A valid checkout body under `idempotencyKey`, as the gateway sends it. */
export function checkoutBody(idempotencyKey: string, fingerprint = 'fingerprint-a'): CheckoutBody {
  return {
    idempotencyKey,
    requestFingerprint: fingerprint,
    shippingAddress: {
      name: 'Ann Lee',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    },
    payment: { token: 'tok_test_visa', brand: 'visa', last4: '4242' },
  };
}
