import type { Bus, Database } from '@bazaar/platform';
import type { Kysely } from 'kysely';

/** A row of `cart_lines`: units of one product in one shopper's cart (1–99). */
export interface CartLinesTable {
  user_id: string;
  product_id: string;
  quantity: number;
  added_at: string;
  updated_at: string;
}

/** The cart's tables, as Kysely sees them. */
export interface CartSchema {
  cart_lines: CartLinesTable;
}

/** The cart's database. */
export type CartDatabase = Database<CartSchema>;

/** The cart's bus. */
export type CartBus = Bus<CartSchema>;

/** A connection or a transaction on the cart's database: repositories accept either. */
export type CartDb = Kysely<CartSchema>;
