import Type from 'typebox';
import { Id } from '../common/ids.js';
import { ShippingAddress } from './order-facts.js';
import { Order } from './order.js';

/** The card as the gateway hands it on after payments tokenized it: never the card number. */
export const CheckoutPayment = Type.Object(
  {
    token: Id,
    brand: Type.String({ minLength: 1, maxLength: 20, description: 'e.g. visa' }),
    last4: Type.String({ pattern: '^[0-9]{4}$' }),
  },
  { additionalProperties: false },
);
/** The tokenized card of a checkout. */
export type CheckoutPayment = Type.Static<typeof CheckoutPayment>;

/** `POST /checkout` (internal, from the gateway): place the caller's cart as an order. */
export const CheckoutBody = Type.Object(
  {
    idempotencyKey: Type.String({ minLength: 8, maxLength: 64, description: 'the Idempotency-Key header' }),
    requestFingerprint: Type.String({
      minLength: 1,
      maxLength: 128,
      description: 'a hash of the public request without the card number',
    }),
    shippingAddress: ShippingAddress,
    payment: CheckoutPayment,
  },
  { additionalProperties: false },
);
/** The body of `POST /checkout`. */
export type CheckoutBody = Type.Static<typeof CheckoutBody>;

/** What checkout answers: the order, `pending` when just placed. */
export const CheckoutAnswer = Type.Object({ order: Order });
/** What checkout answers. */
export type CheckoutAnswer = Type.Static<typeof CheckoutAnswer>;
