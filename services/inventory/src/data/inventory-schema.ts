import type { Bus, Database } from '@bazaar/platform';
import type { Generated, Kysely, Transaction } from 'kysely';

/** A row of `stock`: units on hand and units held for orders; on_hand >= reserved >= 0. */
export interface StockTable {
  product_id: string;
  on_hand: number;
  reserved: number;
  updated_at: string;
  /** One higher with every change the stock events tell (0 before the first). */
  version: Generated<number>;
}

/** Where a reservation stands: held for an order, then sold, released, expired, rejected or restocked. */
export type ReservationStatus = 'held' | 'sold' | 'released' | 'expired' | 'rejected' | 'restocked';

/** A row of `reservations`: one per order, ever (the order id is the key). */
export interface ReservationsTable {
  order_id: string;
  status: ReservationStatus;
  expires_at: string;
  created_at: string;
  updated_at: string;
}

/** A row of `reservation_lines`: units of one product a reservation holds (or sold). */
export interface ReservationLinesTable {
  order_id: string;
  product_id: string;
  quantity: number;
}

/** Inventory's tables, as Kysely sees them. */
export interface InventorySchema {
  stock: StockTable;
  reservations: ReservationsTable;
  reservation_lines: ReservationLinesTable;
}

/** Inventory's database. */
export type InventoryDatabase = Database<InventorySchema>;

/** Inventory's bus. */
export type InventoryBus = Bus<InventorySchema>;

/** A connection or a transaction on inventory's database: repositories accept either. */
export type InventoryDb = Kysely<InventorySchema>;

/** A transaction on inventory's database, in which events are published with the change. */
export type InventoryTrx = Transaction<InventorySchema>;
