import type { OrderRecord } from './order-record.js';
import { cancelWithCompensation } from './checkout-saga.js';
import { ignored, type SagaOutcome } from './saga-outcome.js';

/** Whether shipping has confirmed that the order's goods will not leave. */
export type ShipmentStop = 'confirmed' | 'not-asked';

/** What the shopper's cancel comes to: a saga outcome, refused once shipped, or shipping asked first. */
export type CustomerCancellation = SagaOutcome | { kind: 'refused' } | { kind: 'stop-shipment-first' };

/**
 * The shopper cancels: an unpaid order at once; a paid one only once shipping confirmed it stopped
 * the shipment (so the shopper never gets both the refund and the goods), then refunded; refused
 * once shipped; a cancelled order stays as it is.
 */
export function cancelByCustomer(order: OrderRecord, at: string, stop: ShipmentStop): CustomerCancellation {
  if (order.status === 'cancelled') return ignored('the order is already cancelled');
  if (order.status === 'shipped' || order.status === 'delivered') return { kind: 'refused' };
  if (order.status === 'paid' && stop === 'not-asked') return { kind: 'stop-shipment-first' };
  return cancelWithCompensation(order, 'customer_cancelled', at);
}

/**
 * Shipping stopped the shipment of a paid order (only the shopper's cancel asks it to): cancel and
 * refund it, also when the orders replica that asked went away before it could.
 */
export function onShipmentStopped(order: OrderRecord, at: string): SagaOutcome {
  if (order.status !== 'paid') return ignored(`shipment stopped for an order that is ${order.status}`);
  return cancelWithCompensation(order, 'customer_cancelled', at);
}
