import type { Bus } from '@bazaar/platform';
import { ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import { insertHistory, moveShipment } from '../data/shipments.repository.js';
import type { ShipmentsTable, ShippingDatabase, ShippingSchema } from '../data/shipping-schema.js';
import { nextStatusOf, nextStepAt } from '../domain/shipment-steps.js';

/** What moving shipments needs. */
export interface AdvanceCollaborators {
  database: ShippingDatabase;
  bus: Bus<ShippingSchema>;
  stepMs: number;
}

/**
 * Moves a shipment one step (label_created → shipped → delivered) in one transaction with its
 * event. The move is claimed on the status read, so a replica that got there first wins and this
 * one does nothing. Says whether this call moved it.
 */
export async function advanceShipment(
  { database, bus, stepMs }: AdvanceCollaborators,
  shipment: ShipmentsTable,
): Promise<boolean> {
  const to = nextStatusOf(shipment.status);
  if (!to) return false;
  return database.transaction(async (trx) => {
    const now = new Date();
    const at = now.toISOString();
    const moved = await moveShipment(trx, shipment.id, {
      from: shipment.status,
      to,
      at,
      nextStepAt: nextStepAt(to, now, stepMs),
    });
    if (!moved) return false;
    await insertHistory(trx, { shipment_id: shipment.id, status: to, at });
    const facts = {
      shipmentId: shipment.id,
      orderId: shipment.order_id,
      userId: shipment.user_id,
      trackingNumber: shipment.tracking_number,
    };
    if (to === 'shipped') await bus.publish(trx, ShipmentShipped, { ...facts, shippedAt: at });
    else await bus.publish(trx, ShipmentDelivered, { ...facts, deliveredAt: at });
    return true;
  });
}
