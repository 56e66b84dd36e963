import { StockReleased } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryDatabase, InventoryTrx } from '../data/inventory-schema.js';
import {
  findExpiredReservations,
  findReservationLines,
  moveReservation,
} from '../data/reservations.repository.js';
import { unreserveUnits } from '../data/stock.repository.js';
import { publishStockChanges } from './publish-stock-changes.js';

/** The most expired reservations one sweep releases. */
const maxPerSweep = 100;

/**
 * Releases held reservations past their expiry, one transaction each, publishing
 * `inventory.stock.released` (expired); returns how many this call released. Safe when replicas
 * sweep at once: only one of them moves a reservation out of `held`.
 */
export async function expireReservations(database: InventoryDatabase, bus: InventoryBus): Promise<number> {
  const due = await findExpiredReservations(database.db, new Date().toISOString(), maxPerSweep);
  let released = 0;
  for (const orderId of due) {
    if (await database.transaction((trx) => expireReservation(trx, bus, orderId))) released++;
  }
  return released;
}

async function expireReservation(trx: InventoryTrx, bus: InventoryBus, orderId: string): Promise<boolean> {
  if (!(await moveReservation(trx, orderId, 'held', 'expired'))) return false;
  const lines = await findReservationLines(trx, orderId);
  for (const line of lines) await unreserveUnits(trx, line.productId, line.quantity);
  await publishStockChanges(
    trx,
    bus,
    lines.map((line) => line.productId),
  );
  await bus.publish(trx, StockReleased, { orderId, reason: 'expired', releasedAt: new Date().toISOString() });
  return true;
}
