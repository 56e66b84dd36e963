import { OrderStatusChanged } from '@bazaar/contracts/orders';
import type { Bus } from '@bazaar/platform';
import type { Transaction } from 'kysely';
import type { OrderRecord } from '../domain/order-record.js';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersSchema } from '../data/orders-schema.js';
import { insertStatusChange, lastStoredSequence } from '../data/status-changes.repository.js';

/**
 * In the transaction that saved the order: stores each status change not stored yet (the order as
 * it stood right after it) and publishes `orders.order.status-changed` for it. One save can add
 * two changes (shipped and delivered when delivered arrives first): each gets its own.
 */
export async function recordStatusChanges(
  bus: Bus<OrdersSchema>,
  trx: Transaction<OrdersSchema>,
  order: OrderRecord,
): Promise<void> {
  const stored = await lastStoredSequence(trx, order.id);
  for (let sequence = stored + 1; sequence < order.history.length; sequence += 1) {
    const view = viewAfterChange(order, sequence);
    await insertStatusChange(trx, { sequence, order: view });
    await bus.publish(trx, OrderStatusChanged, {
      orderId: order.id,
      userId: order.userId,
      status: view.status,
      sequence,
      changedAt: view.updatedAt,
    });
  }
}

/** The order as its owner saw it right after change `sequence` (the last one is the order itself). */
function viewAfterChange(order: OrderRecord, sequence: number) {
  const view = toOrderView(order);
  if (sequence === order.history.length - 1) return view;
  const change = order.history[sequence]!;
  const { cancellationReason: _reason, refundedAt: _refunded, ...rest } = view;
  return {
    ...rest,
    status: change.status,
    updatedAt: change.at,
    history: order.history.slice(0, sequence + 1),
  };
}
