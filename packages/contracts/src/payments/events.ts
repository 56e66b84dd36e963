// The events payments publishes: the outcome of each charge and refund.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Money } from '../common/money.js';
import { Id, Timestamp } from '../common/ids.js';

/** The order's payment was captured (exactly once per order). */
export const PaymentSucceeded = defineEvent({
  type: 'payments.payment.succeeded',
  version: 1,
  data: Type.Object(
    {
      orderId: Id,
      paymentId: Id,
      amount: Money,
      brand: Type.String(),
      last4: Type.String({ pattern: '^[0-9]{4}$' }),
      capturedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  examples: [
    {
      orderId: 'ord_1',
      paymentId: 'pay_1',
      amount: { amount: 25800, currency: 'USD' },
      brand: 'visa',
      last4: '4242',
      capturedAt: '2026-01-02T10:00:04.000Z',
    },
  ],
});
/** The data of `payments.payment.succeeded`. */
export type PaymentSucceeded = EventData<typeof PaymentSucceeded>;

/** The order's payment was not captured: declined, or asked for after it expired. */
export const PaymentFailed = defineEvent({
  type: 'payments.payment.failed',
  version: 1,
  data: Type.Object(
    {
      orderId: Id,
      reason: Type.Union([Type.Literal('payment_declined'), Type.Literal('expired')]),
      declineCode: Type.Optional(Type.String({ description: 'e.g. card_declined, insufficient_funds' })),
      failedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  examples: [
    {
      orderId: 'ord_1',
      reason: 'payment_declined',
      declineCode: 'insufficient_funds',
      failedAt: '2026-01-02T10:00:04.000Z',
    },
  ],
});
/** The data of `payments.payment.failed`. */
export type PaymentFailed = EventData<typeof PaymentFailed>;

/** A captured payment was refunded in full (at most once per payment). */
export const RefundCompleted = defineEvent({
  type: 'payments.refund.completed',
  version: 1,
  data: Type.Object(
    { orderId: Id, paymentId: Id, refundId: Id, amount: Money, refundedAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [
    {
      orderId: 'ord_1',
      paymentId: 'pay_1',
      refundId: 'ref_1',
      amount: { amount: 25800, currency: 'USD' },
      refundedAt: '2026-01-02T11:00:00.000Z',
    },
  ],
});
/** The data of `payments.refund.completed`. */
export type RefundCompleted = EventData<typeof RefundCompleted>;
