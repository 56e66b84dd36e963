import { StockRejected } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import {
  findReservationLines,
  findReservationStatus,
  insertReservation,
  insertReservationLines,
  lockReservation,
  moveReservation,
  setReservationStatus,
} from '../data/reservations.repository.js';
import { restockUnits, sellAvailableUnits, sellReservedUnits } from '../data/stock.repository.js';
import { mergeStockLines, type StockLine } from '../domain/stock-lines.js';
import { publishStockChanges } from './publish-stock-changes.js';
import { takeAllOrNone } from './take-all-or-none.js';

/** A paid order whose stock is to be sold. */
export interface PaidOrder {
  orderId: string;
  items: readonly StockLine[];
}

/**
 * Turns a paid order's held reservation into a sale. When the reservation had already expired (or
 * there is none), sells from available stock if there is enough, else publishes
 * `inventory.stock.rejected` so that orders cancels and refunds. An order already sold, or already
 * cancelled (its cancellation overtook the payment on another queue), is left as it is.
 */
export async function commitSale(trx: InventoryTrx, bus: InventoryBus, order: PaidOrder): Promise<void> {
  if (await moveReservation(trx, order.orderId, 'held', 'sold')) {
    const lines = await findReservationLines(trx, order.orderId);
    for (const line of lines) await sellReservedUnits(trx, line.productId, line.quantity);
    await publishStockChanges(
      trx,
      bus,
      lines.map((line) => line.productId),
    );
    return;
  }
  const status = await findReservationStatus(trx, order.orderId);
  const isSettled = status === 'sold' || status === 'restocked' || status === 'released';
  if (isSettled) return;
  await sellFromAvailable(trx, bus, order);
}

async function sellFromAvailable(trx: InventoryTrx, bus: InventoryBus, order: PaidOrder): Promise<void> {
  await lockReservation(trx, order.orderId);
  const lines = mergeStockLines(order.items);
  const unavailable = await takeAllOrNone(trx, lines, { take: sellAvailableUnits, giveBack: restockUnits });
  if (unavailable.length > 0) {
    await bus.publish(trx, StockRejected, { orderId: order.orderId, reason: 'out_of_stock', unavailable });
    return;
  }
  await insertReservation(trx, order.orderId, 'sold', new Date().toISOString());
  await setReservationStatus(trx, order.orderId, 'sold');
  await insertReservationLines(trx, order.orderId, lines);
  await publishStockChanges(
    trx,
    bus,
    lines.map((line) => line.productId),
  );
}
