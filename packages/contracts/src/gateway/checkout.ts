import Type from 'typebox';
import { ShippingAddress } from '../orders/order-facts.js';
import { TokenizeCardBody } from '../payments/card-tokens.js';

/** `POST /api/checkout` body: where to ship, and the card (it goes no further than payments). */
export const PublicCheckoutBody = Type.Object(
  { shippingAddress: ShippingAddress, payment: TokenizeCardBody },
  { additionalProperties: false },
);
/** The body of `POST /api/checkout`. */
export type PublicCheckoutBody = Type.Static<typeof PublicCheckoutBody>;

/** `POST /api/checkout` headers: the Idempotency-Key the shopper chose. */
export const CheckoutHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 64,
    description: 'the same key and body return the same order',
  }),
});
