import type { Order } from '@bazaar/contracts/orders';
import type { OrderRecord } from './order-record.js';

/** The order as its owner sees it: no token, payment id or idempotency data. */
export function toOrderView(order: OrderRecord): Order {
  return {
    id: order.id,
    status: order.status,
    ...(order.cancellationReason ? { cancellationReason: order.cancellationReason } : {}),
    items: order.items,
    total: order.total,
    shippingAddress: order.shippingAddress,
    payment: order.payment,
    shipment: order.shipment,
    ...(order.refundedAt ? { refundedAt: order.refundedAt } : {}),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    history: order.history,
  };
}
