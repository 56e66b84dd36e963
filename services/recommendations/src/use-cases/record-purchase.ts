import { addToCoPurchases, addToPopularity, addToUserPurchases } from '../data/purchases.repository.js';
import type { RecommendationsTrx } from '../data/recommendations-schema.js';
import { purchaseOf, type PurchasedLine } from '../domain/purchase.js';

/** A paid order as recommendations sees it: who bought what. */
export interface PaidOrderFacts {
  orderId: string;
  userId: string;
  items: readonly PurchasedLine[];
}

/**
 * Adds an order to the statistics (`direction` 1), or takes it back out (-1): popularity,
 * bought-together counts and the shopper's purchases.
 */
export async function recordPurchase(
  trx: RecommendationsTrx,
  order: PaidOrderFacts,
  direction: 1 | -1,
): Promise<void> {
  const { lines, pairs } = purchaseOf(order.items);
  for (const line of lines) {
    const change = { units: direction * line.quantity, orders: direction };
    await addToPopularity(trx, line.productId, change);
    await addToUserPurchases(trx, order.userId, line.productId, change);
  }
  for (const pair of pairs) await addToCoPurchases(trx, pair, direction);
}
