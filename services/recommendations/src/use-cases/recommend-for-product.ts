import type { ProductRecommendations } from '@bazaar/contracts/recommendations';
import { findPopularProducts, findProduct } from '../data/products.repository.js';
import { findBoughtTogether } from '../data/purchases.repository.js';
import type { RecommendationsDb } from '../data/recommendations-schema.js';
import { toProductSummary } from '../domain/product-summary.js';
import { startPicks } from '../domain/recommendation-picks.js';

/**
 * What to show beside a product: what paid orders bought with it (most often first), topped up
 * with popular products of its category, then overall; or only popular ones when nothing pairs it.
 * An unknown product gets popular products overall.
 */
export async function recommendForProduct(
  db: RecommendationsDb,
  productId: string,
  limit: number,
): Promise<ProductRecommendations> {
  const product = await findProduct(db, productId);
  const picks = startPicks(limit, [productId]);
  const together = picks.add(
    await findBoughtTogether(db, { productIds: [productId], excludedIds: picks.unwanted(), limit }),
  );
  if (product) {
    const sameCategory = { categories: [product.category], excludedIds: picks.unwanted() };
    picks.add(await findPopularProducts(db, { ...sameCategory, limit: picks.remaining() }));
  }
  picks.add(await findPopularProducts(db, { excludedIds: picks.unwanted(), limit: picks.remaining() }));
  return {
    items: picks.items.map(toProductSummary),
    strategy: together > 0 ? 'bought_together' : 'popular',
  };
}
