import type { Kysely, Migration } from 'kysely';

/** Creates orders, unique per (user, idempotency key), indexed for a user's newest-first list. */
export const createOrders: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('orders')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('idempotency_key', 'text', (column) => column.notNull())
      .addColumn('request_fingerprint', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('cancellation_reason', 'text')
      .addColumn('items_json', 'text', (column) => column.notNull())
      .addColumn('total_cents', 'integer', (column) => column.notNull())
      .addColumn('currency', 'text', (column) => column.notNull().defaultTo('USD'))
      .addColumn('shipping_address_json', 'text', (column) => column.notNull())
      .addColumn('payment_token', 'text', (column) => column.notNull())
      .addColumn('payment_brand', 'text', (column) => column.notNull())
      .addColumn('payment_last4', 'text', (column) => column.notNull())
      .addColumn('payment_id', 'text')
      .addColumn('refund_requested_at', 'text')
      .addColumn('refunded_at', 'text')
      .addColumn('shipment_id', 'text')
      .addColumn('shipment_status', 'text')
      .addColumn('shipment_tracking_number', 'text')
      .addColumn('history_json', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('orders_user_idempotency_key_unique')
      .on('orders')
      .columns(['user_id', 'idempotency_key'])
      .unique()
      .execute();
    await db.schema
      .createIndex('orders_user_newest_index')
      .on('orders')
      .columns(['user_id', 'created_at', 'id'])
      .execute();
  },
};
