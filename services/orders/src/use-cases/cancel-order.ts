import type { Order } from '@bazaar/contracts/orders';
import { conflict, notFound } from '@bazaar/platform';
import { cancelByCustomer } from '../domain/checkout-saga.js';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { findOrderForUpdate } from '../data/orders.repository.js';
import type { SagaDeps } from './apply-saga-step.js';
import { recordSagaOutcome } from './record-saga-outcome.js';

/**
 * The shopper cancels their own order: until it ships; a paid one is refunded. Cancelling a
 * cancelled order changes nothing; another user's order is not found.
 */
export async function cancelOrder(
  deps: SagaDeps & { database: OrdersDatabase },
  userId: string,
  orderId: string,
): Promise<Order> {
  return deps.database.transaction(async (trx) => {
    const order = await findOrderForUpdate(trx, orderId);
    if (!order || order.userId !== userId) throw notFound(`No order ${orderId}.`);
    const outcome = cancelByCustomer(order, new Date().toISOString());
    if (outcome.kind === 'refused')
      throw conflict(`The order is ${order.status}; it can no longer be cancelled.`);
    if (outcome.kind === 'ignored') return toOrderView(order);
    await recordSagaOutcome(deps.bus, trx, outcome.order, outcome.effects);
    return toOrderView(outcome.order);
  });
}
