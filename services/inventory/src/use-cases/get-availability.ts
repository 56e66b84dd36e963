import type { Availability } from '@bazaar/contracts/inventory';
import type { InventoryDb } from '../data/inventory-schema.js';
import { availabilityOf } from '../domain/availability.js';
import { getStockLevel } from './get-stock-level.js';

/** Gets what a shopper may buy of one product now, or throws 404 NOT_FOUND. */
export async function getAvailability(db: InventoryDb, productId: string): Promise<Availability> {
  return availabilityOf(await getStockLevel(db, productId));
}
