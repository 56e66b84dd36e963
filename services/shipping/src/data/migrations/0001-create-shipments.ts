import type { Kysely, Migration } from 'kysely';

/** Creates shipments (one per order), their history, and the orders cancelled before shipping. */
export const createShipments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('shipments')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('order_id', 'text', (column) => column.notNull().unique())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('tracking_number', 'text', (column) => column.notNull().unique())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addColumn('next_step_at', 'text')
      .execute();
    await db.schema.createIndex('shipments_due_index').on('shipments').column('next_step_at').execute();
    await db.schema
      .createIndex('shipments_user_index')
      .on('shipments')
      .columns(['user_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('shipment_history')
      .addColumn('shipment_id', 'text', (column) => column.notNull().references('shipments.id'))
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('shipment_history_pk', ['shipment_id', 'status'])
      .execute();
    await db.schema
      .createTable('cancelled_orders')
      .addColumn('order_id', 'text', (column) => column.primaryKey())
      .addColumn('cancelled_at', 'text', (column) => column.notNull())
      .execute();
  },
};
