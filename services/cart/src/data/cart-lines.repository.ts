import { sql } from 'kysely';
import { maxLineQuantity } from '@bazaar/contracts/cart';
import type { CartDb } from './cart-schema.js';
import type { CartLineQuantity } from '../domain/price-cart.js';

/** A shopper's cart lines, in the order they were first added. */
export async function findCartLines(db: CartDb, userId: string): Promise<CartLineQuantity[]> {
  const rows = await db
    .selectFrom('cart_lines')
    .select(['product_id', 'quantity'])
    .where('user_id', '=', userId)
    .orderBy('added_at')
    .orderBy('product_id')
    .execute();
  return rows.map((row) => ({ productId: row.product_id, quantity: Number(row.quantity) }));
}

/** Adds units to a shopper's line (creating it) unless it would then hold more than 99; true when added. */
export async function addToLine(
  db: CartDb,
  userId: string,
  productId: string,
  quantity: number,
): Promise<boolean> {
  const now = new Date().toISOString();
  const result = await db
    .insertInto('cart_lines')
    .values({ user_id: userId, product_id: productId, quantity, added_at: now, updated_at: now })
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'product_id'])
        .doUpdateSet({ quantity: sql`cart_lines.quantity + ${quantity}`, updated_at: now })
        .where(sql<boolean>`cart_lines.quantity + ${quantity} <= ${maxLineQuantity}`),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Sets the units of a line the shopper has; false when there is no such line. */
export async function setLineQuantity(
  db: CartDb,
  userId: string,
  productId: string,
  quantity: number,
): Promise<boolean> {
  const result = await db
    .updateTable('cart_lines')
    .set({ quantity, updated_at: new Date().toISOString() })
    .where('user_id', '=', userId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a line from a shopper's cart; false when there was no such line. */
export async function removeLine(db: CartDb, userId: string, productId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('cart_lines')
    .where('user_id', '=', userId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Takes units out of a line: the line goes when no more than that is left, else it shrinks. */
export async function takeFromLine(
  db: CartDb,
  userId: string,
  productId: string,
  quantity: number,
): Promise<void> {
  const isRemoved = await db
    .deleteFrom('cart_lines')
    .where('user_id', '=', userId)
    .where('product_id', '=', productId)
    .where('quantity', '<=', quantity)
    .executeTakeFirst();
  if (Number(isRemoved.numDeletedRows) === 1) return;
  await db
    .updateTable('cart_lines')
    .set({ quantity: sql`quantity - ${quantity}`, updated_at: new Date().toISOString() })
    .where('user_id', '=', userId)
    .where('product_id', '=', productId)
    .execute();
}
