import type { Order } from '@bazaar/contracts/orders';
import { notFound } from '@bazaar/platform';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDb } from '../data/orders-schema.js';
import { findOrderById } from '../data/orders.repository.js';

/** One order; when `ownerId` is given, only if that user placed it (anyone else's is not found). */
export async function getOrder(db: OrdersDb, orderId: string, ownerId?: string): Promise<Order> {
  const order = await findOrderById(db, orderId);
  if (!order || (ownerId !== undefined && order.userId !== ownerId)) throw notFound(`No order ${orderId}.`);
  return toOrderView(order);
}
