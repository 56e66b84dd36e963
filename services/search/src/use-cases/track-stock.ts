import type { StockChanged } from '@bazaar/contracts/inventory';
import type { SearchTrx } from '../data/search-schema.js';
import { upsertStock } from '../data/stock.repository.js';

/** Records whether a product is in stock; kept even before the product is indexed, older news ignored. */
export async function trackStock(trx: SearchTrx, change: StockChanged): Promise<void> {
  await upsertStock(trx, [
    {
      productId: change.productId,
      inStock: change.inStock,
      available: change.available,
      changedAt: change.changedAt,
      version: change.version,
    },
  ]);
}
