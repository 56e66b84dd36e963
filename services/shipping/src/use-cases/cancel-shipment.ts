import type { Transaction } from 'kysely';
import type { ServiceResources } from '@bazaar/platform';
import {
  findShipmentOfOrder,
  insertHistory,
  moveShipment,
  rememberCancelledOrder,
} from '../data/shipments.repository.js';
import type { ShippingSchema } from '../data/shipping-schema.js';

/**
 * Stops the shipment of a cancelled order while it is still label_created; one already shipped is
 * left alone. An order without a shipment yet is remembered, so a late order.paid creates none.
 */
export async function cancelShipment(
  trx: Transaction<ShippingSchema>,
  { logger }: { logger: ServiceResources<ShippingSchema>['logger'] },
  orderId: string,
): Promise<void> {
  const at = new Date().toISOString();
  const shipment = await findShipmentOfOrder(trx, orderId);
  if (!shipment) return rememberCancelledOrder(trx, orderId, at);
  if (shipment.status === 'cancelled') return; // stopped already, by the shopper's cancel
  const move = { from: 'label_created' as const, to: 'cancelled' as const, at, nextStepAt: null };
  if (await moveShipment(trx, shipment.id, move)) {
    await insertHistory(trx, { shipment_id: shipment.id, status: 'cancelled', at });
    return;
  }
  logger.info(
    { orderId, shipmentId: shipment.id, status: shipment.status },
    'order cancelled after its shipment left; left alone',
  );
}
