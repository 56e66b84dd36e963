import type { Kysely, Migration } from 'kysely';

/** Creates card_tokens and payments; one payment row per order, whatever the redeliveries. */
export const createPayments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('card_tokens')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('brand', 'text', (column) => column.notNull())
      .addColumn('last4', 'text', (column) => column.notNull())
      .addColumn('fingerprint', 'text', (column) => column.notNull())
      .addColumn('behaviour', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('payments')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('order_id', 'text', (column) => column.notNull().unique())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('token_id', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('amount_cents', 'integer', (column) => column.notNull())
      .addColumn('currency', 'text', (column) => column.notNull())
      .addColumn('brand', 'text', (column) => column.notNull())
      .addColumn('last4', 'text', (column) => column.notNull())
      .addColumn('failure_reason', 'text')
      .addColumn('decline_code', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('captured_at', 'text')
      .addColumn('refund_id', 'text')
      .addColumn('refunded_at', 'text')
      .execute();
    await db.schema.createIndex('payments_created_at_index').on('payments').column('created_at').execute();
  },
};
