import type { PersonalRecommendations, PopularRecommendations } from '@bazaar/contracts/recommendations';
import { findPopularProducts } from '../data/products.repository.js';
import { findBoughtProducts, findBoughtTogether } from '../data/purchases.repository.js';
import type { RecommendationsDb } from '../data/recommendations-schema.js';
import { toProductSummary } from '../domain/product-summary.js';
import { startPicks } from '../domain/recommendation-picks.js';

/**
 * Picks for a shopper, never what they bought: products bought together with their purchases,
 * then popular products of the categories they buy from, topped up with popular ones overall.
 * A shopper with no paid orders (or with picks from popularity alone) gets `popular`.
 */
export async function recommendForUser(
  db: RecommendationsDb,
  userId: string,
  limit: number,
): Promise<PersonalRecommendations> {
  const bought = await findBoughtProducts(db, userId);
  const boughtIds = bought.map((purchase) => purchase.productId);
  const categories = [...new Set(bought.flatMap((purchase) => purchase.category ?? []))];
  const picks = startPicks(limit, boughtIds);
  const personal =
    picks.add(await findBoughtTogether(db, { productIds: boughtIds, excludedIds: picks.unwanted(), limit })) +
    picks.add(
      await findPopularProducts(db, { categories, excludedIds: picks.unwanted(), limit: picks.remaining() }),
    );
  picks.add(await findPopularProducts(db, { excludedIds: picks.unwanted(), limit: picks.remaining() }));
  return { items: picks.items.map(toProductSummary), strategy: personal > 0 ? 'personal' : 'popular' };
}

/** The best sellers overall, for a shopper nobody knows yet. */
export async function recommendPopular(
  db: RecommendationsDb,
  limit: number,
): Promise<PopularRecommendations> {
  const popular = await findPopularProducts(db, { excludedIds: [], limit });
  return { items: popular.map(toProductSummary), strategy: 'popular' };
}
