import type { ServiceResources } from '@bazaar/platform';
import { OrderPaid } from '@bazaar/contracts/orders';
import type { ShippingSchema } from '../data/shipping-schema.js';
import { createShipment } from '../use-cases/create-shipment.js';

/** `shipping.create-shipment`: a paid order gets its one shipment. */
export function subscribeCreateShipmentOnOrderPaid(
  resources: ServiceResources<ShippingSchema>,
  stepMs: number,
): void {
  resources.bus.subscribe({
    queue: 'shipping.create-shipment',
    events: [OrderPaid],
    handle: (event, trx) => createShipment(trx, { bus: resources.bus, stepMs }, event.data),
  });
}
