import type { Bus, ServiceResources } from '@bazaar/platform';
import type { Transaction } from 'kysely';
import type { OrderRecord } from '../domain/order-record.js';
import type { SagaOutcome } from '../domain/saga-outcome.js';
import type { OrdersSchema } from '../data/orders-schema.js';
import { findOrderForUpdate } from '../data/orders.repository.js';
import { recordSagaOutcome } from './record-saga-outcome.js';

/** What a saga step needs: the bus to publish its effects and a logger for what it ignores. */
export interface SagaDeps {
  bus: Bus<OrdersSchema>;
  logger: Pick<ServiceResources<OrdersSchema>['logger'], 'info'>;
}

/**
 * Applies one fact about an order inside the handler's transaction: locks the order, lets the
 * domain decide, saves and publishes the result; facts that do not fit the order are logged.
 */
export async function applySagaStep(
  deps: SagaDeps,
  trx: Transaction<OrdersSchema>,
  fact: { orderId: string; event: string },
  decide: (order: OrderRecord, at: string) => SagaOutcome,
): Promise<void> {
  const order = await findOrderForUpdate(trx, fact.orderId);
  if (!order) {
    deps.logger.info(fact, 'orders: ignored an event about an unknown order');
    return;
  }
  const outcome = decide(order, new Date().toISOString());
  if (outcome.kind === 'ignored') {
    deps.logger.info({ ...fact, status: order.status, why: outcome.why }, 'orders: ignored an event');
    return;
  }
  await recordSagaOutcome(deps.bus, trx, outcome.order, outcome.effects);
}
