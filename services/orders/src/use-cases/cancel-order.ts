import type { Order } from '@bazaar/contracts/orders';
import type { AppError } from '@bazaar/platform';
import { conflict, notFound } from '@bazaar/platform';
import type { ShipmentStopper } from '../clients/shipping.client.js';
import { cancelByCustomer, type ShipmentStop } from '../domain/customer-cancellation.js';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { findOrderForUpdate } from '../data/orders.repository.js';
import type { SagaDeps } from './apply-saga-step.js';
import { recordSagaOutcome } from './record-saga-outcome.js';

/** What a shopper's cancel needs: the saga's collaborators, the database and shipping. */
export type CancelOrderDeps = SagaDeps & { database: OrdersDatabase; shipping: ShipmentStopper };

/**
 * The shopper cancels their own order. An unpaid one is cancelled at once. A paid one is a saga
 * step: shipping is asked to stop the shipment, and only once it confirms is the order cancelled
 * and refunded; when the goods left first the cancel is refused (409 ORDER_ALREADY_SHIPPED) and the
 * order ships. Cancelling a cancelled order changes nothing; another user's order is not found.
 */
export async function cancelOrder(deps: CancelOrderDeps, userId: string, orderId: string): Promise<Order> {
  let stop: ShipmentStop = 'not-asked';
  for (;;) {
    const step = await decideAndApply(deps, userId, orderId, stop);
    if (step.kind === 'done') return step.order;
    // Outside the transaction: no order row stays locked while shipping is asked.
    if (stop === 'confirmed') throw new Error(`order ${orderId} asked shipping twice`);
    if ((await deps.shipping.stopShipmentOf(orderId)) === 'already-left') throw alreadyShipped(orderId);
    stop = 'confirmed';
  }
}

async function decideAndApply(
  deps: CancelOrderDeps,
  userId: string,
  orderId: string,
  stop: ShipmentStop,
): Promise<{ kind: 'done'; order: Order } | { kind: 'stop-shipment-first' }> {
  return deps.database.transaction(async (trx) => {
    const order = await findOrderForUpdate(trx, orderId);
    if (!order || order.userId !== userId) throw notFound(`No order ${orderId}.`);
    const outcome = cancelByCustomer(order, new Date().toISOString(), stop);
    if (outcome.kind === 'refused') throw alreadyShipped(orderId, order.status);
    if (outcome.kind === 'stop-shipment-first') return outcome;
    if (outcome.kind === 'ignored') return { kind: 'done', order: toOrderView(order) };
    await recordSagaOutcome(deps.bus, trx, outcome.order, outcome.effects);
    return { kind: 'done', order: toOrderView(outcome.order) };
  });
}

function alreadyShipped(orderId: string, status = 'shipped'): AppError {
  return conflict(
    `The order ${orderId} is ${status}; it can no longer be cancelled.`,
    'ORDER_ALREADY_SHIPPED',
  );
}
