import { StockChanged } from '@bazaar/contracts/inventory';
import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import { findStockLevels, nextStockVersions } from '../data/stock.repository.js';

/**
 * Publishes `inventory.stock.changed` with each product's stock as it now is, in the transaction of
 * the change, under a new version of that stock: the change holds the row's lock, so versions
 * follow the order the changes commit in, which their timestamps cannot promise within a millisecond.
 */
export async function publishStockChanges(
  trx: InventoryTrx,
  bus: InventoryBus,
  productIds: string[],
): Promise<void> {
  const changedAt = new Date().toISOString();
  const versions = await nextStockVersions(trx, productIds);
  for (const level of await findStockLevels(trx, productIds)) {
    const version = versions.get(level.productId);
    await bus.publish(trx, StockChanged, {
      ...level,
      inStock: level.available > 0,
      changedAt,
      ...(version ? { version } : {}),
    });
  }
}
