import { sql } from 'kysely';
import type { CandidateProduct } from '../domain/recommendation-picks.js';
import type { RecommendationsDb } from './recommendations-schema.js';

/** A catalog product as its events describe it. */
export interface ProductFacts {
  productId: string;
  sku: string;
  name: string;
  category: string;
  price: { amount: number };
  occurredAt: string;
}

/** Which popular products to look for: in some categories (or any), leaving some out, how many. */
export interface PopularProductsQuery {
  categories?: readonly string[];
  excludedIds: readonly string[];
  limit: number;
}

/** Adds or replaces a product, unless what is stored comes from a later catalog change. */
export async function upsertProduct(db: RecommendationsDb, product: ProductFacts): Promise<void> {
  const row = {
    product_id: product.productId,
    sku: product.sku,
    name: product.name,
    category: product.category,
    price_cents: product.price.amount,
    updated_at: product.occurredAt,
  };
  await db
    .insertInto('products')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('product_id')
        .doUpdateSet({
          sku: row.sku,
          name: row.name,
          category: row.category,
          price_cents: row.price_cents,
          updated_at: row.updated_at,
        })
        .where('products.updated_at', '<=', row.updated_at),
    )
    .execute();
}

/** The product with this id, or undefined when no catalog event told of it. */
export async function findProduct(db: RecommendationsDb, productId: string) {
  const row = await db
    .selectFrom('products')
    .select(['product_id', 'sku', 'name', 'category', 'price_cents'])
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return row && toCandidate(row);
}

/** The most bought products (most paid orders, then most units, then by id), as the query asks. */
export async function findPopularProducts(
  db: RecommendationsDb,
  query: PopularProductsQuery,
): Promise<CandidateProduct[]> {
  const { categories, excludedIds, limit } = query;
  if (limit <= 0 || categories?.length === 0) return [];
  const rows = await db
    .selectFrom('products as p')
    .leftJoin('product_popularity as pop', 'pop.product_id', 'p.product_id')
    .select(['p.product_id', 'p.sku', 'p.name', 'p.category', 'p.price_cents'])
    .$if(categories !== undefined, (qb) => qb.where('p.category', 'in', categories ?? []))
    .$if(excludedIds.length > 0, (qb) => qb.where('p.product_id', 'not in', excludedIds))
    .orderBy(sql`coalesce(pop.orders_count, 0)`, 'desc')
    .orderBy(sql`coalesce(pop.units_sold, 0)`, 'desc')
    .orderBy('p.product_id')
    .limit(limit)
    .execute();
  return rows.map(toCandidate);
}

/** Turns a products row into a candidate for recommendation. */
export function toCandidate(row: {
  product_id: string;
  sku: string;
  name: string;
  category: string;
  price_cents: number;
}): CandidateProduct {
  return {
    productId: row.product_id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    priceCents: Number(row.price_cents),
  };
}
