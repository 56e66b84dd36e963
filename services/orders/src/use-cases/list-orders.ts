import type { OrderListQuery, OrderPage } from '@bazaar/contracts/orders';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDb } from '../data/orders-schema.js';
import { findUserOrderPage } from '../data/orders.repository.js';

/** One page of a user's own orders, newest first. */
export async function listOrders(db: OrdersDb, userId: string, query: OrderListQuery): Promise<OrderPage> {
  const slice = { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
  const { items, total } = await findUserOrderPage(db, userId, slice);
  return { items: items.map(toOrderView), total };
}
