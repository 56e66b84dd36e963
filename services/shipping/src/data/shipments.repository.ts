import type { ShipmentStatus } from '@bazaar/contracts/shipping';
import type { ShipmentHistoryTable, ShipmentsTable, ShippingDb } from './shipping-schema.js';

/** Stores a new shipment unless its order has one; says whether it was stored. */
export async function insertShipmentOnce(db: ShippingDb, shipment: ShipmentsTable): Promise<boolean> {
  const result = await db
    .insertInto('shipments')
    .values(shipment)
    .onConflict((conflict) => conflict.column('order_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Records that a shipment reached a status. */
export async function insertHistory(db: ShippingDb, entry: ShipmentHistoryTable): Promise<void> {
  await db.insertInto('shipment_history').values(entry).execute();
}

/**
 * Moves a shipment from `from` to `to` only if it is still at `from`: the claim that keeps two
 * replicas from moving one shipment twice. Says whether this caller moved it.
 */
export async function moveShipment(
  db: ShippingDb,
  id: string,
  move: { from: ShipmentStatus; to: ShipmentStatus; at: string; nextStepAt: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('shipments')
    .set({ status: move.to, updated_at: move.at, next_step_at: move.nextStepAt })
    .where('id', '=', id)
    .where('status', '=', move.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The shipment of an order, or undefined. */
export async function findShipmentOfOrder(
  db: ShippingDb,
  orderId: string,
): Promise<ShipmentsTable | undefined> {
  return db.selectFrom('shipments').selectAll().where('order_id', '=', orderId).executeTakeFirst();
}

/** Shipments due to move at `now`, oldest due first. */
export async function findDueShipments(
  db: ShippingDb,
  now: string,
  limit: number,
): Promise<ShipmentsTable[]> {
  return db
    .selectFrom('shipments')
    .selectAll()
    .where('next_step_at', 'is not', null)
    .where('next_step_at', '<=', now)
    .orderBy('next_step_at')
    .limit(limit)
    .execute();
}

/** A user's shipments, newest first, optionally only the one of an order. */
export async function findShipmentsOfUser(
  db: ShippingDb,
  userId: string,
  orderId?: string,
): Promise<ShipmentsTable[]> {
  let query = db.selectFrom('shipments').selectAll().where('user_id', '=', userId);
  if (orderId) query = query.where('order_id', '=', orderId);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(100).execute();
}

/** The history of these shipments, oldest first. */
export async function findHistoryOf(db: ShippingDb, shipmentIds: string[]): Promise<ShipmentHistoryTable[]> {
  if (shipmentIds.length === 0) return [];
  return db
    .selectFrom('shipment_history')
    .selectAll()
    .where('shipment_id', 'in', shipmentIds)
    .orderBy('at')
    .execute();
}

/** Remembers that an order was cancelled (before any shipment existed for it). */
export async function rememberCancelledOrder(db: ShippingDb, orderId: string, at: string): Promise<void> {
  await db
    .insertInto('cancelled_orders')
    .values({ order_id: orderId, cancelled_at: at })
    .onConflict((conflict) => conflict.column('order_id').doNothing())
    .execute();
}

/** Whether an order was cancelled. */
export async function isOrderCancelled(db: ShippingDb, orderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cancelled_orders')
    .select('order_id')
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row !== undefined;
}
