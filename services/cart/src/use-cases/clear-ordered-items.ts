import type { CartDb } from '../data/cart-schema.js';
import { takeFromLine } from '../data/cart-lines.repository.js';

/** A paid order: whose it was and what it bought. */
export interface PaidOrderLines {
  userId: string;
  items: readonly { productId: string; quantity: number }[];
}

/**
 * Takes what a paid order bought out of its shopper's cart: a line goes, or shrinks by the units
 * ordered when more were added after checkout; other lines stay.
 */
export async function clearOrderedItems(db: CartDb, order: PaidOrderLines): Promise<void> {
  const ordered = new Map<string, number>();
  for (const item of order.items)
    ordered.set(item.productId, (ordered.get(item.productId) ?? 0) + item.quantity);
  // in product id order, so two paid orders of one shopper clearing at once cannot deadlock
  const lines = [...ordered].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [productId, quantity] of lines) await takeFromLine(db, order.userId, productId, quantity);
}
