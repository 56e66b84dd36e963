import type { Database } from '@bazaar/platform';
import type { Kysely } from 'kysely';
import type { ShipmentStatus } from '@bazaar/contracts/shipping';

/** A row of `shipments`: one per paid order; `next_step_at` is null once it can move no more. */
export interface ShipmentsTable {
  id: string;
  order_id: string;
  user_id: string;
  tracking_number: string;
  status: ShipmentStatus;
  created_at: string;
  updated_at: string;
  next_step_at: string | null;
}

/** A row of `shipment_history`: when a shipment reached a status. */
export interface ShipmentHistoryTable {
  shipment_id: string;
  status: ShipmentStatus;
  at: string;
}

/** A row of `cancelled_orders`: an order cancelled before its shipment existed gets none. */
export interface CancelledOrdersTable {
  order_id: string;
  cancelled_at: string;
}

/** Shipping's tables, as Kysely sees them. */
export interface ShippingSchema {
  shipments: ShipmentsTable;
  shipment_history: ShipmentHistoryTable;
  cancelled_orders: CancelledOrdersTable;
}

/** Shipping's database. */
export type ShippingDatabase = Database<ShippingSchema>;

/** A connection or a transaction on shipping's database: repositories accept either. */
export type ShippingDb = Kysely<ShippingSchema>;
