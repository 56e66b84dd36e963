import type { Bus, Database } from '@bazaar/platform';
import type { Kysely, Transaction } from 'kysely';

/** A row of `products`: what a recommendation shows of a catalog product, from catalog's events. */
export interface ProductsTable {
  product_id: string;
  sku: string;
  name: string;
  category: string;
  price_cents: number;
  /** When catalog last changed the product; an older event never overwrites a newer one. */
  updated_at: string;
}

/** A row of `product_popularity`: how much of a product paid orders took. */
export interface ProductPopularityTable {
  product_id: string;
  units_sold: number;
  orders_count: number;
}

/** A row of `co_purchases`: how many paid orders held both products; stored in both directions. */
export interface CoPurchasesTable {
  product_id: string;
  other_product_id: string;
  orders_count: number;
}

/** A row of `user_purchases`: what a shopper bought in paid orders. */
export interface UserPurchasesTable {
  user_id: string;
  product_id: string;
  units: number;
  orders_count: number;
}

/** Whether an order's purchase is in the statistics (`counted`) or was taken out again (`withdrawn`). */
export type CountedOrderStatus = 'counted' | 'withdrawn';

/** A row of `counted_orders`: one per order, ever, so an order is learned from (or withdrawn) once. */
export interface CountedOrdersTable {
  order_id: string;
  status: CountedOrderStatus;
  updated_at: string;
}

/** Recommendations' tables, as Kysely sees them. */
export interface RecommendationsSchema {
  products: ProductsTable;
  product_popularity: ProductPopularityTable;
  co_purchases: CoPurchasesTable;
  user_purchases: UserPurchasesTable;
  counted_orders: CountedOrdersTable;
}

/** Recommendations' database. */
export type RecommendationsDatabase = Database<RecommendationsSchema>;

/** Recommendations' bus. */
export type RecommendationsBus = Bus<RecommendationsSchema>;

/** A connection or a transaction on recommendations' database: repositories accept either. */
export type RecommendationsDb = Kysely<RecommendationsSchema>;

/** A transaction on recommendations' database, in which an event's effects are applied. */
export type RecommendationsTrx = Transaction<RecommendationsSchema>;
