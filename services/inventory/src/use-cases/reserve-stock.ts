import { StockRejected, StockReserved } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import {
  insertReservation,
  insertReservationLines,
  setReservationStatus,
} from '../data/reservations.repository.js';
import { reserveUnits, unreserveUnits } from '../data/stock.repository.js';
import { mergeStockLines, type StockLine } from '../domain/stock-lines.js';
import { publishStockChanges } from './publish-stock-changes.js';
import { takeAllOrNone } from './take-all-or-none.js';

/** An order to reserve stock for. */
export interface OrderToReserve {
  orderId: string;
  items: readonly StockLine[];
}

/**
 * Holds every line of an order until it expires, or none of them; once per order, whatever the
 * redeliveries. Publishes `inventory.stock.reserved` or `inventory.stock.rejected`.
 */
export async function reserveStock(
  trx: InventoryTrx,
  bus: InventoryBus,
  order: OrderToReserve,
  ttlSeconds: number,
): Promise<void> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000).toISOString();
  if (!(await insertReservation(trx, order.orderId, 'held', expiresAt))) return;
  const lines = mergeStockLines(order.items);
  const unavailable = await takeAllOrNone(trx, lines, { take: reserveUnits, giveBack: unreserveUnits });
  if (unavailable.length > 0) {
    await setReservationStatus(trx, order.orderId, 'rejected');
    await bus.publish(trx, StockRejected, { orderId: order.orderId, reason: 'out_of_stock', unavailable });
    return;
  }
  await insertReservationLines(trx, order.orderId, lines);
  await publishStockChanges(
    trx,
    bus,
    lines.map((line) => line.productId),
  );
  await bus.publish(trx, StockReserved, { orderId: order.orderId, items: lines, expiresAt });
}
