import type { Availability, StockLevel } from '@bazaar/contracts/inventory';

/** What a shopper may buy of a product, given its stock level. */
export function availabilityOf(level: StockLevel): Availability {
  return { productId: level.productId, inStock: level.available > 0, quantity: level.available };
}
