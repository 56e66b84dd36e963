import { sql, type Kysely, type Migration } from 'kysely';

/** Creates stock (never negative, never oversold), reservations (one per order) and their lines. */
export const createInventory: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stock')
      .addColumn('product_id', 'text', (column) => column.primaryKey())
      .addColumn('on_hand', 'integer', (column) => column.notNull())
      .addColumn('reserved', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addCheckConstraint('stock_never_oversold', sql`reserved >= 0 and on_hand >= reserved`)
      .execute();
    await db.schema
      .createTable('reservations')
      .addColumn('order_id', 'text', (column) => column.primaryKey())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('reservations_status_expires_at')
      .on('reservations')
      .columns(['status', 'expires_at'])
      .execute();
    await db.schema
      .createTable('reservation_lines')
      .addColumn('order_id', 'text', (column) => column.notNull().references('reservations.order_id'))
      .addColumn('product_id', 'text', (column) => column.notNull())
      .addColumn('quantity', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('reservation_lines_pk', ['order_id', 'product_id'])
      .execute();
  },
};
