import type { ServiceResources } from '@bazaar/platform';
import { OrderCancelled } from '@bazaar/contracts/orders';
import type { ShippingSchema } from '../data/shipping-schema.js';
import { cancelShipment } from '../use-cases/cancel-shipment.js';

/** `shipping.cancel-shipment`: a cancelled order's shipment stops unless it already left. */
export function subscribeCancelShipmentOnOrderCancelled(resources: ServiceResources<ShippingSchema>): void {
  resources.bus.subscribe({
    queue: 'shipping.cancel-shipment',
    events: [OrderCancelled],
    handle: (event, trx) => cancelShipment(trx, resources, event.data.orderId),
  });
}
