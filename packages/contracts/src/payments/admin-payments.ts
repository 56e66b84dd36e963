import Type from 'typebox';
import { Money } from '../common/money.js';
import { Id, Timestamp } from '../common/ids.js';
import { CardBrand } from './card-tokens.js';

/** The query of `GET /admin/payments`: one order's payments, or the latest 100 without it. */
export const AdminPaymentsQuery = Type.Object(
  { orderId: Type.Optional(Id) },
  { additionalProperties: false },
);
/** The query of `GET /admin/payments`. */
export type AdminPaymentsQuery = Type.Static<typeof AdminPaymentsQuery>;

/** A captured payment (refunded later, or not). */
export const PaymentRecord = Type.Object({
  id: Type.String({ description: 'opaque, e.g. pay_3f2a…' }),
  orderId: Id,
  status: Type.Union([Type.Literal('captured'), Type.Literal('refunded')]),
  amount: Money,
  brand: CardBrand,
  last4: Type.String({ pattern: '^[0-9]{4}$' }),
  capturedAt: Timestamp,
  refundedAt: Type.Union([Timestamp, Type.Null()]),
});
/** A captured payment. */
export type PaymentRecord = Type.Static<typeof PaymentRecord>;

/** The answer of `GET /admin/payments`. */
export const PaymentRecordList = Type.Object({ items: Type.Array(PaymentRecord) });
/** The answer of `GET /admin/payments`. */
export type PaymentRecordList = Type.Static<typeof PaymentRecordList>;
