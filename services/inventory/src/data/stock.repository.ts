import { sql } from 'kysely';
import type { StockLevel } from '@bazaar/contracts/inventory';
import type { InventoryDb } from './inventory-schema.js';

/** One product's stock level, or undefined when inventory does not know the product. */
export async function findStockLevel(db: InventoryDb, productId: string): Promise<StockLevel | undefined> {
  const [level] = await findStockLevels(db, [productId]);
  return level;
}

/** The stock levels of the known products among `productIds`. */
export async function findStockLevels(db: InventoryDb, productIds: string[]): Promise<StockLevel[]> {
  if (productIds.length === 0) return [];
  const rows = await db.selectFrom('stock').selectAll().where('product_id', 'in', productIds).execute();
  return rows.map((row) => {
    const onHand = Number(row.on_hand);
    const reserved = Number(row.reserved);
    return { productId: row.product_id, onHand, reserved, available: onHand - reserved };
  });
}

/** Counts one more change of each product's stock; returns the new versions by product id. */
export async function nextStockVersions(db: InventoryDb, productIds: string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .updateTable('stock')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('product_id', 'in', [...productIds].sort())
    .returning(['product_id', 'version'])
    .execute();
  return new Map(rows.map((row) => [row.product_id, Number(row.version)]));
}

/** Adds a product with this stock unless it is known already; true when it was added. */
export async function insertStockIfMissing(
  db: InventoryDb,
  productId: string,
  onHand: number,
): Promise<boolean> {
  const result = await db
    .insertInto('stock')
    .values({ product_id: productId, on_hand: onHand, reserved: 0, updated_at: now() })
    .onConflict((conflict) => conflict.column('product_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Sets the units on hand (adding the product if missing); false when that is below what is reserved. */
export async function setOnHand(db: InventoryDb, productId: string, onHand: number): Promise<boolean> {
  const result = await db
    .insertInto('stock')
    .values({ product_id: productId, on_hand: onHand, reserved: 0, updated_at: now() })
    .onConflict((conflict) =>
      conflict
        .column('product_id')
        .doUpdateSet({ on_hand: onHand, updated_at: now() })
        .where('stock.reserved', '<=', onHand),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Holds units for an order only if that many are available now; true when they were held. */
export async function reserveUnits(db: InventoryDb, productId: string, quantity: number): Promise<boolean> {
  const result = await db
    .updateTable('stock')
    .set((eb) => ({ reserved: eb('reserved', '+', quantity), updated_at: now() }))
    .where('product_id', '=', productId)
    .where(sql<boolean>`on_hand - reserved >= ${quantity}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives held units back to what is available. */
export async function unreserveUnits(db: InventoryDb, productId: string, quantity: number): Promise<void> {
  await db
    .updateTable('stock')
    .set((eb) => ({ reserved: eb('reserved', '-', quantity), updated_at: now() }))
    .where('product_id', '=', productId)
    .execute();
}

/** Turns held units into a sale: they leave the shelf and are no longer held. */
export async function sellReservedUnits(db: InventoryDb, productId: string, quantity: number): Promise<void> {
  await db
    .updateTable('stock')
    .set((eb) => ({
      on_hand: eb('on_hand', '-', quantity),
      reserved: eb('reserved', '-', quantity),
      updated_at: now(),
    }))
    .where('product_id', '=', productId)
    .execute();
}

/** Sells units straight from what is available, only if that many are; true when sold. */
export async function sellAvailableUnits(
  db: InventoryDb,
  productId: string,
  quantity: number,
): Promise<boolean> {
  const result = await db
    .updateTable('stock')
    .set((eb) => ({ on_hand: eb('on_hand', '-', quantity), updated_at: now() }))
    .where('product_id', '=', productId)
    .where(sql<boolean>`on_hand - reserved >= ${quantity}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts units back on the shelf (a cancelled sale, or an undone one). */
export async function restockUnits(db: InventoryDb, productId: string, quantity: number): Promise<void> {
  await db
    .updateTable('stock')
    .set((eb) => ({ on_hand: eb('on_hand', '+', quantity), updated_at: now() }))
    .where('product_id', '=', productId)
    .execute();
}

function now(): string {
  return new Date().toISOString();
}
