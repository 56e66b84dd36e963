import type { Transaction } from 'kysely';
import type { Bus } from '@bazaar/platform';
import { AppError, notFound } from '@bazaar/platform';
import { ShipmentStopped, type ShipmentStop } from '@bazaar/contracts/shipping';
import {
  findShipmentOfOrder,
  insertHistory,
  insertShipmentOnce,
  moveShipment,
} from '../data/shipments.repository.js';
import type { ShippingDatabase, ShippingSchema, ShipmentsTable } from '../data/shipping-schema.js';
import { newShipment } from '../domain/new-shipment.js';

/** What stopping a shipment needs. */
export interface StopCollaborators {
  database: ShippingDatabase;
  bus: Bus<ShippingSchema>;
}

/**
 * Stops the shipment of the caller's order so its goods never leave: the step a paid order's
 * cancellation waits for. One not made yet is stored stopped (the order_id key makes a late
 * order.paid add none); one at label_created is moved to cancelled, claimed on its status so the
 * clock and this call cannot both win. Publishes shipment.stopped with the stop; a repeat answers
 * the same stop. 409 SHIPMENT_ALREADY_LEFT once it shipped; another user's shipment is not found.
 */
export async function stopShipment(
  { database, bus }: StopCollaborators,
  order: { orderId: string; userId: string },
): Promise<ShipmentStop> {
  return database.transaction(async (trx) => {
    const now = new Date();
    const at = now.toISOString();
    const stopped = newShipment(order, 'cancelled', now, 0);
    let shipment: ShipmentsTable | undefined = stopped;
    if (!(await insertShipmentOnce(trx, stopped))) {
      shipment = await findShipmentOfOrder(trx, order.orderId);
      if (!shipment || shipment.user_id !== order.userId) throw notFound(`No shipment for ${order.orderId}.`);
      if (shipment.status === 'cancelled') return answer(shipment, shipment.updated_at);
      const move = { from: 'label_created' as const, to: 'cancelled' as const, at, nextStepAt: null };
      if (!(await moveShipment(trx, shipment.id, move))) return answerAfterLostClaim(trx, order.orderId);
    }
    await insertHistory(trx, { shipment_id: shipment.id, status: 'cancelled', at });
    await bus.publish(trx, ShipmentStopped, { ...order, shipmentId: shipment.id, stoppedAt: at });
    return answer(shipment, at);
  });
}

function answer(shipment: ShipmentsTable, stoppedAt: string): ShipmentStop {
  return { orderId: shipment.order_id, shipmentId: shipment.id, stoppedAt };
}

// Another transaction moved it first: a concurrent stop (the same stop, answered again) or the clock.
async function answerAfterLostClaim(
  trx: Transaction<ShippingSchema>,
  orderId: string,
): Promise<ShipmentStop> {
  const now = await findShipmentOfOrder(trx, orderId);
  if (now?.status === 'cancelled') return answer(now, now.updated_at);
  throw alreadyLeft(orderId);
}

function alreadyLeft(orderId: string): AppError {
  return new AppError('SHIPMENT_ALREADY_LEFT', { detail: `The shipment of ${orderId} has left.` });
}
