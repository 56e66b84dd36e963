import type { AvailabilityList } from '@bazaar/contracts/inventory';
import type { InventoryDb } from '../data/inventory-schema.js';
import { findStockLevels } from '../data/stock.repository.js';
import { availabilityOf } from '../domain/availability.js';

/** Lists what a shopper may buy of each known product among `productIds`, in the order asked. */
export async function listAvailability(db: InventoryDb, productIds: string[]): Promise<AvailabilityList> {
  const levels = new Map((await findStockLevels(db, [...new Set(productIds)])).map((l) => [l.productId, l]));
  const known = [...new Set(productIds)].flatMap((id) => {
    const level = levels.get(id);
    return level ? [availabilityOf(level)] : [];
  });
  return { items: known };
}
