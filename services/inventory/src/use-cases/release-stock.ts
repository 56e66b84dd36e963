import { StockReleased } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import { findReservationLines, insertReservation, moveReservation } from '../data/reservations.repository.js';
import { restockUnits, unreserveUnits } from '../data/stock.repository.js';
import { publishStockChanges } from './publish-stock-changes.js';

/**
 * Gives back what a cancelled order holds: a held reservation is released, a sold one restocked;
 * either way `inventory.stock.released` is published. An order with no reservation yet gets a
 * released one, so that its late `orders.order.placed` holds nothing; an expired one is marked
 * released, so that a late `orders.order.paid` (another queue) sells nothing for a cancelled order.
 */
export async function releaseStock(trx: InventoryTrx, bus: InventoryBus, orderId: string): Promise<void> {
  const giveBack = (await moveReservation(trx, orderId, 'held', 'released'))
    ? unreserveUnits
    : (await moveReservation(trx, orderId, 'sold', 'restocked'))
      ? restockUnits
      : undefined;
  if (!giveBack) {
    // An expired one gave its units back already; settled as released, a late order.paid sells nothing.
    if (await moveReservation(trx, orderId, 'expired', 'released')) return;
    await insertReservation(trx, orderId, 'released', new Date().toISOString());
    return;
  }
  const lines = await findReservationLines(trx, orderId);
  for (const line of lines) await giveBack(trx, line.productId, line.quantity);
  await publishStockChanges(
    trx,
    bus,
    lines.map((line) => line.productId),
  );
  await bus.publish(trx, StockReleased, {
    orderId,
    reason: 'cancelled',
    releasedAt: new Date().toISOString(),
  });
}
