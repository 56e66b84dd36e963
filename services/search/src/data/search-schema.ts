import type { Bus, Database } from '@bazaar/platform';
import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * A row of `products`: one product of one index generation. Queries read the live generation;
 * a rebuild fills the next one and swaps. SQLite mirrors name and description into the FTS5
 * table `products_fts` (rowid = doc_id) by triggers; PostgreSQL keeps a generated tsvector column.
 */
export interface ProductsTable {
  doc_id: Generated<number>;
  generation: number;
  product_id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  price_amount: number;
  created_at: string;
  updated_at: string;
}

/** A row of `stock`: what inventory last said of a product, kept even before the product is indexed. */
export interface StockTable {
  product_id: string;
  in_stock: number;
  available: number;
  changed_at: string;
  /** Inventory's version of the product's stock; null when the fact came without one (a rebuild). */
  version: number | null;
}

/** The single row of `index_state`: the generation queries read, and the one a rebuild fills. */
export interface IndexStateTable {
  id: number;
  live_generation: number;
  building_generation: number | null;
}

/** The SQLite full-text table (absent on PostgreSQL). */
export interface ProductsFtsTable {
  rowid: number;
  name: string;
  description: string;
}

/** Search's tables, as Kysely sees them. */
export interface SearchSchema {
  products: ProductsTable;
  stock: StockTable;
  index_state: IndexStateTable;
  products_fts: ProductsFtsTable;
}

/** Search's database. */
export type SearchDatabase = Database<SearchSchema>;

/** Search's bus. */
export type SearchBus = Bus<SearchSchema>;

/** A connection or a transaction on search's database: repositories accept either. */
export type SearchDb = Kysely<SearchSchema>;

/** A transaction on search's database. */
export type SearchTrx = Transaction<SearchSchema>;
