import { ShipmentStopped } from '@bazaar/contracts/shipping';
import { onShipmentStopped } from '../domain/customer-cancellation.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/**
 * `orders.cancel-order-on-shipment-stopped`: shipping confirmed a paid order's shipment stopped,
 * so the shopper's cancel completes (refund and release) even when the replica that asked was lost.
 */
export function subscribeCancelOrderOnShipmentStopped(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.cancel-order-on-shipment-stopped',
    events: [ShipmentStopped],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, onShipmentStopped),
  });
}
