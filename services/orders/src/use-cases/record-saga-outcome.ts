import { OrderCancelled, OrderPaid, PaymentRequested, RefundRequested } from '@bazaar/contracts/orders';
import type { Bus } from '@bazaar/platform';
import type { Transaction } from 'kysely';
import type { OrderRecord } from '../domain/order-record.js';
import type { SagaEffect } from '../domain/saga-outcome.js';
import type { OrdersSchema } from '../data/orders-schema.js';
import { saveOrder } from '../data/orders.repository.js';
import { orderFacts } from './order-event-data.js';
import { recordStatusChanges } from './record-status-changes.js';

/** Saves the order's new state and, in the same transaction, publishes what the step decided. */
export async function recordSagaOutcome(
  bus: Bus<OrdersSchema>,
  trx: Transaction<OrdersSchema>,
  order: OrderRecord,
  effects: SagaEffect[],
): Promise<void> {
  await saveOrder(trx, order);
  await recordStatusChanges(bus, trx, order);
  for (const effect of effects) await publishEffect(bus, trx, order, effect);
}

async function publishEffect(
  bus: Bus<OrdersSchema>,
  trx: Transaction<OrdersSchema>,
  order: OrderRecord,
  effect: SagaEffect,
): Promise<void> {
  const at = order.updatedAt;
  switch (effect.kind) {
    case 'request-payment':
      await bus.publish(trx, PaymentRequested, {
        orderId: order.id,
        userId: order.userId,
        paymentToken: order.paymentToken,
        amount: order.total,
        expiresAt: effect.expiresAt,
      });
      return;
    case 'announce-paid':
      await bus.publish(trx, OrderPaid, {
        ...orderFacts(order),
        shippingAddress: order.shippingAddress,
        paidAt: at,
      });
      return;
    case 'announce-cancelled':
      await bus.publish(trx, OrderCancelled, {
        ...orderFacts(order),
        reason: order.cancellationReason ?? 'customer_cancelled',
        wasPaid: effect.wasPaid,
        cancelledAt: at,
      });
      return;
    case 'request-refund':
      await bus.publish(trx, RefundRequested, {
        orderId: order.id,
        paymentId: effect.paymentId,
        amount: effect.amount,
      });
      return;
  }
}
