import { ShipmentCreated, ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import type { ShipmentStatus } from '@bazaar/contracts/orders';
import { onShipmentProgress } from '../domain/shipment-progress.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

const stageOf: Record<string, ShipmentStatus> = {
  [ShipmentCreated.type]: 'label_created',
  [ShipmentShipped.type]: 'shipped',
  [ShipmentDelivered.type]: 'delivered',
};

/**
 * `orders.track-shipment`: records the order's shipment and mirrors shipped/delivered on the order.
 * One queue for the three events keeps them in the order shipping published them.
 */
export function subscribeTrackShipment(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.track-shipment',
    events: [ShipmentCreated, ShipmentShipped, ShipmentDelivered],
    handle: (event, trx) => {
      const { orderId, shipmentId, trackingNumber } = event.data;
      const shipment = { id: shipmentId, status: stageOf[event.type] ?? 'label_created', trackingNumber };
      return applySagaStep(deps, trx, { orderId, event: event.type }, (order, at) =>
        onShipmentProgress(order, shipment, at),
      );
    },
  });
}
