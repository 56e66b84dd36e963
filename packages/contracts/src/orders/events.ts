// The events orders publishes: the saga's facts, and its commands to payments.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Money } from '../common/money.js';
import { Id, Timestamp } from '../common/ids.js';
import { CancellationReason, OrderLineFact, ShippingAddress, orderExample } from './order-facts.js';

const orderFacts = {
  orderId: Id,
  userId: Id,
  items: Type.Array(OrderLineFact, { minItems: 1 }),
  total: Money,
};
const address = { name: 'Ann', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };

/** An order was accepted (pending): inventory reserves its lines. */
export const OrderPlaced = defineEvent({
  type: 'orders.order.placed',
  version: 1,
  data: Type.Object({ ...orderFacts, placedAt: Timestamp }, { additionalProperties: false }),
  examples: [{ ...orderExample, placedAt: '2026-01-02T10:00:00.000Z' }],
});
/** The data of `orders.order.placed`. */
export type OrderPlaced = EventData<typeof OrderPlaced>;

/** Command to payments: charge the order's card token once; not after `expiresAt`. */
export const PaymentRequested = defineEvent({
  type: 'orders.payment.requested',
  version: 1,
  data: Type.Object(
    { orderId: Id, userId: Id, paymentToken: Id, amount: Money, expiresAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [
    {
      orderId: 'ord_1',
      userId: 'usr_1',
      paymentToken: 'tok_1',
      amount: orderExample.total,
      expiresAt: '2026-01-02T10:15:00.000Z',
    },
  ],
});
/** The data of `orders.payment.requested`. */
export type PaymentRequested = EventData<typeof PaymentRequested>;

/** The order was paid: inventory sells the reservation, cart clears, shipping ships, others learn. */
export const OrderPaid = defineEvent({
  type: 'orders.order.paid',
  version: 1,
  data: Type.Object(
    { ...orderFacts, shippingAddress: ShippingAddress, paidAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [{ ...orderExample, shippingAddress: address, paidAt: '2026-01-02T10:00:05.000Z' }],
});
/** The data of `orders.order.paid`. */
export type OrderPaid = EventData<typeof OrderPaid>;

/** The order was cancelled: inventory releases what it holds for it; notifications tells the shopper. */
export const OrderCancelled = defineEvent({
  type: 'orders.order.cancelled',
  version: 1,
  data: Type.Object(
    { ...orderFacts, reason: CancellationReason, wasPaid: Type.Boolean(), cancelledAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [
    { ...orderExample, reason: 'payment_declined', wasPaid: false, cancelledAt: '2026-01-02T10:00:05.000Z' },
  ],
});
/** The data of `orders.order.cancelled`. */
export type OrderCancelled = EventData<typeof OrderCancelled>;

/** Command to payments: refund the order's captured payment in full (once). */
export const RefundRequested = defineEvent({
  type: 'orders.refund.requested',
  version: 1,
  data: Type.Object({ orderId: Id, paymentId: Id, amount: Money }, { additionalProperties: false }),
  examples: [{ orderId: 'ord_1', paymentId: 'pay_1', amount: orderExample.total }],
});
/** The data of `orders.refund.requested`. */
export type RefundRequested = EventData<typeof RefundRequested>;
