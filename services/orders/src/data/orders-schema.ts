import type { Database } from '@bazaar/platform';
import type { Kysely } from 'kysely';

/**
 * A row of `orders`: money as integer cents, times as ISO 8601 text; lines, address and history
 * are JSON text (always read and written with the order, never queried on their own).
 */
export interface OrdersTable {
  id: string;
  user_id: string;
  idempotency_key: string;
  request_fingerprint: string;
  status: string;
  cancellation_reason: string | null;
  items_json: string;
  total_cents: number;
  currency: string;
  shipping_address_json: string;
  payment_token: string;
  payment_brand: string;
  payment_last4: string;
  payment_id: string | null;
  refund_requested_at: string | null;
  refunded_at: string | null;
  shipment_id: string | null;
  shipment_status: string | null;
  shipment_tracking_number: string | null;
  history_json: string;
  created_at: string;
  updated_at: string;
}

/** A row of `order_status_changes`: the order's owner view (JSON) right after change `sequence`. */
export interface OrderStatusChangesTable {
  order_id: string;
  sequence: number;
  status: string;
  order_json: string;
}

/** The orders service's tables, as Kysely sees them. */
export interface OrdersSchema {
  orders: OrdersTable;
  order_status_changes: OrderStatusChangesTable;
}

/** The orders service's database. */
export type OrdersDatabase = Database<OrdersSchema>;

/** A connection or a transaction on the orders database: repositories accept either. */
export type OrdersDb = Kysely<OrdersSchema>;
