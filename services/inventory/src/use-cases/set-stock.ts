import type { StockLevel } from '@bazaar/contracts/inventory';
import { conflict } from '@bazaar/platform';
import type { InventoryBus, InventoryDatabase } from '../data/inventory-schema.js';
import { findStockLevel, setOnHand } from '../data/stock.repository.js';
import { publishStockChanges } from './publish-stock-changes.js';

/** Sets a product's units on hand (an admin's count); 409 CONFLICT when fewer than are reserved. */
export async function setStock(
  database: InventoryDatabase,
  bus: InventoryBus,
  productId: string,
  onHand: number,
): Promise<StockLevel> {
  return database.transaction(async (trx) => {
    if (!(await setOnHand(trx, productId, onHand))) {
      const reserved = (await findStockLevel(trx, productId))?.reserved ?? 0;
      throw conflict(
        `${reserved} units of ${productId} are reserved for orders; on hand cannot go below that.`,
      );
    }
    await publishStockChanges(trx, bus, [productId]);
    const level = await findStockLevel(trx, productId);
    if (!level) throw new Error(`stock of ${productId} vanished inside its own transaction`);
    return level;
  });
}
