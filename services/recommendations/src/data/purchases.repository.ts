import { sql } from 'kysely';
import type { CandidateProduct } from '../domain/recommendation-picks.js';
import { toCandidate } from './products.repository.js';
import type { RecommendationsDb } from './recommendations-schema.js';

/** Which products bought together with some others to look for, leaving some out, how many. */
export interface BoughtTogetherQuery {
  productIds: readonly string[];
  excludedIds: readonly string[];
  limit: number;
}

/** Adds to a product's popularity (negative numbers take a withdrawn order back out). */
export async function addToPopularity(
  db: RecommendationsDb,
  productId: string,
  change: { units: number; orders: number },
): Promise<void> {
  await db
    .insertInto('product_popularity')
    .values({ product_id: productId, units_sold: change.units, orders_count: change.orders })
    .onConflict((conflict) =>
      conflict.column('product_id').doUpdateSet((eb) => ({
        units_sold: eb('product_popularity.units_sold', '+', change.units),
        orders_count: eb('product_popularity.orders_count', '+', change.orders),
      })),
    )
    .execute();
}

/** Adds to the number of paid orders that held both products (in this one direction). */
export async function addToCoPurchases(
  db: RecommendationsDb,
  [productId, otherProductId]: readonly [string, string],
  orders: number,
): Promise<void> {
  await db
    .insertInto('co_purchases')
    .values({ product_id: productId, other_product_id: otherProductId, orders_count: orders })
    .onConflict((conflict) =>
      conflict.columns(['product_id', 'other_product_id']).doUpdateSet((eb) => ({
        orders_count: eb('co_purchases.orders_count', '+', orders),
      })),
    )
    .execute();
}

/** Adds to what a shopper bought of a product. */
export async function addToUserPurchases(
  db: RecommendationsDb,
  userId: string,
  productId: string,
  change: { units: number; orders: number },
): Promise<void> {
  await db
    .insertInto('user_purchases')
    .values({ user_id: userId, product_id: productId, units: change.units, orders_count: change.orders })
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'product_id']).doUpdateSet((eb) => ({
        units: eb('user_purchases.units', '+', change.units),
        orders_count: eb('user_purchases.orders_count', '+', change.orders),
      })),
    )
    .execute();
}

/** The products a shopper bought in paid orders still counted, with their categories. */
export async function findBoughtProducts(db: RecommendationsDb, userId: string) {
  return db
    .selectFrom('user_purchases as up')
    .leftJoin('products as p', 'p.product_id', 'up.product_id')
    .select(['up.product_id as productId', 'p.category'])
    .where('up.user_id', '=', userId)
    .where('up.orders_count', '>', 0)
    .execute();
}

/**
 * Products paid orders held together with any of `productIds`: the most shared orders first,
 * then the most popular, then by id.
 */
export async function findBoughtTogether(
  db: RecommendationsDb,
  query: BoughtTogetherQuery,
): Promise<CandidateProduct[]> {
  const { productIds, excludedIds, limit } = query;
  if (limit <= 0 || productIds.length === 0) return [];
  const rows = await db
    .selectFrom('co_purchases as co')
    .innerJoin('products as p', 'p.product_id', 'co.other_product_id')
    .leftJoin('product_popularity as pop', 'pop.product_id', 'p.product_id')
    .select(['p.product_id', 'p.sku', 'p.name', 'p.category', 'p.price_cents'])
    .where('co.product_id', 'in', productIds)
    .where('co.orders_count', '>', 0)
    .$if(excludedIds.length > 0, (qb) => qb.where('co.other_product_id', 'not in', excludedIds))
    .groupBy(['p.product_id', 'p.sku', 'p.name', 'p.category', 'p.price_cents'])
    .groupBy(['pop.orders_count', 'pop.units_sold'])
    .orderBy(sql`sum(co.orders_count)`, 'desc')
    .orderBy(sql`coalesce(pop.orders_count, 0)`, 'desc')
    .orderBy(sql`coalesce(pop.units_sold, 0)`, 'desc')
    .orderBy('p.product_id')
    .limit(limit)
    .execute();
  return rows.map(toCandidate);
}
