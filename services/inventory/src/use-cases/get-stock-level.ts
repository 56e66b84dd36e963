import type { StockLevel } from '@bazaar/contracts/inventory';
import { notFound } from '@bazaar/platform';
import type { InventoryDb } from '../data/inventory-schema.js';
import { findStockLevel } from '../data/stock.repository.js';

/** Gets one product's stock level, or throws 404 NOT_FOUND when inventory does not know it. */
export async function getStockLevel(db: InventoryDb, productId: string): Promise<StockLevel> {
  const level = await findStockLevel(db, productId);
  if (!level) throw notFound(`Inventory does not know product ${productId}.`);
  return level;
}
