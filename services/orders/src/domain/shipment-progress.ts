import type { OrderStatus, ShipmentStatus, ShipmentSummary } from '@bazaar/contracts/orders';
import type { OrderRecord } from './order-record.js';
import { moveTo } from './order-status.js';
import { changed, ignored, type SagaOutcome } from './saga-outcome.js';

const shipmentRank: Record<ShipmentStatus, number> = { label_created: 0, shipped: 1, delivered: 2 };
const mirroredStatus: Record<ShipmentStatus, OrderStatus> = {
  label_created: 'paid',
  shipped: 'shipped',
  delivered: 'delivered',
};
const fulfilmentSteps: readonly OrderStatus[] = ['paid', 'shipped', 'delivered'];

/**
 * The order's shipment moved on: record it and mirror shipped/delivered on the order. A late or
 * repeated step never moves anything back; a skipped one (delivered before shipped) fills the gap.
 */
export function onShipmentProgress(order: OrderRecord, shipment: ShipmentSummary, at: string): SagaOutcome {
  const current = fulfilmentSteps.indexOf(order.status);
  if (current < 0) return ignored(`shipment ${shipment.status} for an order that is ${order.status}`);
  const known = order.shipment;
  if (known && shipmentRank[known.status] >= shipmentRank[shipment.status]) {
    return ignored(`shipment already ${known.status}, now told ${shipment.status}`);
  }
  let next: OrderRecord = { ...order, shipment, updatedAt: at };
  const target = fulfilmentSteps.indexOf(mirroredStatus[shipment.status]);
  for (let step = current + 1; step <= target; step++) next = moveTo(next, fulfilmentSteps[step]!, at);
  return changed(next);
}
