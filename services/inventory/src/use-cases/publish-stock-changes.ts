import { StockChanged } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import { findStockLevels } from '../data/stock.repository.js';

/** Publishes `inventory.stock.changed` with each product's stock as it now is, in the transaction of the change. */
export async function publishStockChanges(
  trx: InventoryTrx,
  bus: InventoryBus,
  productIds: string[],
): Promise<void> {
  const changedAt = new Date().toISOString();
  for (const level of await findStockLevels(trx, productIds)) {
    await bus.publish(trx, StockChanged, { ...level, inStock: level.available > 0, changedAt });
  }
}
