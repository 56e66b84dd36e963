import type { Shipment } from '@bazaar/contracts/shipping';
import { findHistoryOf, findShipmentsOfUser } from '../data/shipments.repository.js';
import type { ShippingDb } from '../data/shipping-schema.js';

/** A user's own shipments with their history, newest first; another user's order gives none. */
export async function listShipments(
  db: ShippingDb,
  userId: string,
  orderId?: string,
): Promise<{ items: Shipment[] }> {
  const shipments = await findShipmentsOfUser(db, userId, orderId);
  const history = await findHistoryOf(
    db,
    shipments.map((shipment) => shipment.id),
  );
  const items = shipments.map((shipment) => ({
    id: shipment.id,
    orderId: shipment.order_id,
    status: shipment.status,
    trackingNumber: shipment.tracking_number,
    createdAt: shipment.created_at,
    history: history
      .filter((entry) => entry.shipment_id === shipment.id)
      .map((entry) => ({ status: entry.status, at: entry.at })),
  }));
  return { items };
}
