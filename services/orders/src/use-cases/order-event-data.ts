import type { OrderLineFact } from '@bazaar/contracts/orders';
import type { Static } from 'typebox';
import type { OrderRecord } from '../domain/order-record.js';

/** The facts every orders event carries about an order: who, what, how much. */
export function orderFacts(order: OrderRecord) {
  const items: Static<typeof OrderLineFact>[] = order.items.map((line) => ({
    productId: line.productId,
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
  }));
  return { orderId: order.id, userId: order.userId, items, total: order.total };
}
