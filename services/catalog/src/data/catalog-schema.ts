import type { Database } from '@bazaar/platform';
import type { Kysely } from 'kysely';

/** A row of `categories`: id is the readable slug; position orders the list. */
export interface CategoriesTable {
  id: string;
  name: string;
  position: number;
}

/** A row of `products`: money as integer cents, times as ISO 8601 text. */
export interface ProductsTable {
  id: string;
  sku: string;
  name: string;
  description: string;
  category_id: string;
  price_cents: number;
  currency: string;
  image_url: string;
  created_at: string;
  updated_at: string;
}

/** The catalog's tables, as Kysely sees them. */
export interface CatalogSchema {
  categories: CategoriesTable;
  products: ProductsTable;
}

/** The catalog's database. */
export type CatalogDatabase = Database<CatalogSchema>;

/** A connection or a transaction on the catalog's database: repositories accept either. */
export type CatalogDb = Kysely<CatalogSchema>;
