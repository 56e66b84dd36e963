import type { Transaction } from 'kysely';
import type { Bus } from '@bazaar/platform';
import type { OrderPaid } from '@bazaar/contracts/orders';
import { ShipmentCreated } from '@bazaar/contracts/shipping';
import { insertHistory, insertShipmentOnce, isOrderCancelled } from '../data/shipments.repository.js';
import type { ShippingSchema } from '../data/shipping-schema.js';
import { newShipment } from '../domain/new-shipment.js';

/**
 * Creates the one shipment of a paid order (label_created, next step due after `stepMs`) and
 * publishes shipment.created with it; a second request for the order, a cancelled order, or one
 * whose shipment was stopped before it was made, adds nothing.
 */
export async function createShipment(
  trx: Transaction<ShippingSchema>,
  { bus, stepMs }: { bus: Bus<ShippingSchema>; stepMs: number },
  order: Pick<OrderPaid, 'orderId' | 'userId'>,
): Promise<void> {
  if (await isOrderCancelled(trx, order.orderId)) return;
  const shipment = newShipment(order, 'label_created', new Date(), stepMs);
  if (!(await insertShipmentOnce(trx, shipment))) return;
  await insertHistory(trx, { shipment_id: shipment.id, status: shipment.status, at: shipment.created_at });
  await bus.publish(trx, ShipmentCreated, {
    shipmentId: shipment.id,
    orderId: shipment.order_id,
    userId: shipment.user_id,
    trackingNumber: shipment.tracking_number,
    createdAt: shipment.created_at,
  });
}
