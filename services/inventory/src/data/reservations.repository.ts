import type { InventoryDb, ReservationStatus } from './inventory-schema.js';
import { mergeStockLines, type StockLine } from '../domain/stock-lines.js';

/** Records the one reservation of an order; false when the order has one already. */
export async function insertReservation(
  db: InventoryDb,
  orderId: string,
  status: ReservationStatus,
  expiresAt: string,
): Promise<boolean> {
  const now = new Date().toISOString();
  const result = await db
    .insertInto('reservations')
    .values({ order_id: orderId, status, expires_at: expiresAt, created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.column('order_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Records what a reservation holds, leaving lines it has already untouched. */
export async function insertReservationLines(
  db: InventoryDb,
  orderId: string,
  lines: StockLine[],
): Promise<void> {
  if (lines.length === 0) return;
  await db
    .insertInto('reservation_lines')
    .values(lines.map((line) => ({ order_id: orderId, product_id: line.productId, quantity: line.quantity })))
    .onConflict((conflict) => conflict.columns(['order_id', 'product_id']).doNothing())
    .execute();
}

/** The lines of an order's reservation, in the product id order stock rows are locked in. */
export async function findReservationLines(db: InventoryDb, orderId: string): Promise<StockLine[]> {
  const rows = await db
    .selectFrom('reservation_lines')
    .select(['product_id', 'quantity'])
    .where('order_id', '=', orderId)
    .execute();
  // sorted here, not by the database, whose collation need not order ids as the reservation did
  return mergeStockLines(rows.map((row) => ({ productId: row.product_id, quantity: Number(row.quantity) })));
}

/**
 * Locks an order's reservation row, when there is one, before its stock rows are: every inventory
 * transaction takes the reservation first, then stock rows by product id.
 */
export async function lockReservation(db: InventoryDb, orderId: string): Promise<void> {
  await db
    .updateTable('reservations')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('order_id', '=', orderId)
    .execute();
}

/** Where an order's reservation stands, or undefined when it has none. */
export async function findReservationStatus(
  db: InventoryDb,
  orderId: string,
): Promise<ReservationStatus | undefined> {
  const row = await db
    .selectFrom('reservations')
    .select('status')
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row?.status;
}

/**
 * Moves a reservation from one status to another only if it is still in `from`; true when it moved.
 * Replicas racing on the same reservation: exactly one of them wins.
 */
export async function moveReservation(
  db: InventoryDb,
  orderId: string,
  from: ReservationStatus,
  to: ReservationStatus,
): Promise<boolean> {
  const result = await db
    .updateTable('reservations')
    .set({ status: to, updated_at: new Date().toISOString() })
    .where('order_id', '=', orderId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a reservation's status whatever it was. */
export async function setReservationStatus(
  db: InventoryDb,
  orderId: string,
  status: ReservationStatus,
): Promise<void> {
  await db
    .updateTable('reservations')
    .set({ status, updated_at: new Date().toISOString() })
    .where('order_id', '=', orderId)
    .execute();
}

/** Orders whose held reservation expired before `now`, oldest first. */
export async function findExpiredReservations(
  db: InventoryDb,
  now: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('reservations')
    .select('order_id')
    .where('status', '=', 'held')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.order_id);
}
