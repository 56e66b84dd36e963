import type { InventoryBus, InventoryTrx } from '../data/inventory-schema.js';
import { insertStockIfMissing } from '../data/stock.repository.js';
import { demoStockFor } from '../domain/demo-stock.js';
import { publishStockChanges } from './publish-stock-changes.js';

/** Starts counting a new catalog product: demo stock from its sku, or none; a known product is left alone. */
export async function trackProduct(
  trx: InventoryTrx,
  bus: InventoryBus,
  product: { productId: string; sku: string },
  isDemoStock: boolean,
): Promise<void> {
  const onHand = isDemoStock ? demoStockFor(product.sku) : 0;
  if (await insertStockIfMissing(trx, product.productId, onHand)) {
    await publishStockChanges(trx, bus, [product.productId]);
  }
}
