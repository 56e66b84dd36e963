import Type from 'typebox';
import { Money } from '../common/money.js';
import { Id, LineQuantity } from '../common/ids.js';

/** One line of an order as events carry it. */
export const OrderLineFact = Type.Object(
  { productId: Id, name: Type.String(), quantity: LineQuantity, unitPrice: Money },
  { additionalProperties: false },
);

/** Where an order is shipped. */
export const ShippingAddress = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    line1: Type.String({ minLength: 1, maxLength: 200 }),
    line2: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    postalCode: Type.String({ minLength: 1, maxLength: 20 }),
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, e.g. US' }),
  },
  { additionalProperties: false },
);
/** Where an order is shipped. */
export type ShippingAddress = Type.Static<typeof ShippingAddress>;

/** Why an order was cancelled (api.md). */
export const CancellationReason = Type.Union([
  Type.Literal('out_of_stock'),
  Type.Literal('payment_declined'),
  Type.Literal('customer_cancelled'),
  Type.Literal('expired'),
]);
/** Why an order was cancelled. */
export type CancellationReason = Type.Static<typeof CancellationReason>;

/** Examples shared by the orders events. */
export const orderExample = {
  orderId: 'ord_1',
  userId: 'usr_1',
  items: [
    {
      productId: 'prd_1',
      name: 'Studio headphones',
      quantity: 2,
      unitPrice: { amount: 12900, currency: 'USD' as const },
    },
  ],
  total: { amount: 25800, currency: 'USD' as const },
};
