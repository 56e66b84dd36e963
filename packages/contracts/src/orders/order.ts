import Type from 'typebox';
import { Money } from '../common/money.js';
import { Id, LineQuantity, Timestamp } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { CancellationReason, ShippingAddress } from './order-facts.js';

/** Where an order stands in the checkout saga (api.md). */
export const OrderStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('awaiting_payment'),
  Type.Literal('paid'),
  Type.Literal('shipped'),
  Type.Literal('delivered'),
  Type.Literal('cancelled'),
]);
/** Where an order stands in the checkout saga. */
export type OrderStatus = Type.Static<typeof OrderStatus>;

/** One line of an order as the shopper sees it: the price it was bought at. */
export const OrderLine = Type.Object({
  productId: Id,
  name: Type.String(),
  quantity: LineQuantity,
  unitPrice: Money,
  lineTotal: Money,
});
/** One line of an order. */
export type OrderLine = Type.Static<typeof OrderLine>;

/** One entry of an order's history: the status it moved to and when. */
export const StatusChange = Type.Object({ status: OrderStatus, at: Timestamp });
/** One entry of an order's history. */
export type StatusChange = Type.Static<typeof StatusChange>;

/** The card an order is paid with, as far as anyone may see it. */
export const PaymentSummary = Type.Object({ brand: Type.String(), last4: Type.String() });
/** The card an order is paid with. */
export type PaymentSummary = Type.Static<typeof PaymentSummary>;

/** How an order's shipment is moving along. */
export const ShipmentStatus = Type.Union([
  Type.Literal('label_created'),
  Type.Literal('shipped'),
  Type.Literal('delivered'),
]);
/** How an order's shipment is moving along. */
export type ShipmentStatus = Type.Static<typeof ShipmentStatus>;

/** The shipment of a paid order. */
export const ShipmentSummary = Type.Object({ id: Id, status: ShipmentStatus, trackingNumber: Type.String() });
/** The shipment of a paid order. */
export type ShipmentSummary = Type.Static<typeof ShipmentSummary>;

/** An order as its owner sees it (api.md); `refundedAt` is set once its payment was refunded. */
export const Order = Type.Object({
  id: Type.String({ description: 'opaque id, e.g. ord_3f2a…' }),
  status: OrderStatus,
  cancellationReason: Type.Optional(CancellationReason),
  items: Type.Array(OrderLine),
  total: Money,
  shippingAddress: ShippingAddress,
  payment: Type.Union([PaymentSummary, Type.Null()]),
  shipment: Type.Union([ShipmentSummary, Type.Null()]),
  refundedAt: Type.Optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  history: Type.Array(StatusChange),
});
/** An order as its owner sees it. */
export type Order = Type.Static<typeof Order>;

/** The path parameter naming one order. */
export const OrderIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
/** The path parameter naming one order. */
export type OrderIdParams = Type.Static<typeof OrderIdParams>;

/** The query of `GET /orders`: one page of the caller's orders. */
export const OrderListQuery = Type.Object({ page: PageQuery.page, pageSize: PageQuery.pageSize });
/** The query of `GET /orders`. */
export type OrderListQuery = Type.Static<typeof OrderListQuery>;

/** `GET /orders`: one page of the caller's orders, newest first, and how many they have in all. */
export const OrderPage = Type.Object({ items: Type.Array(Order), total: Type.Integer({ minimum: 0 }) });
/** One page of the caller's orders. */
export type OrderPage = Type.Static<typeof OrderPage>;
