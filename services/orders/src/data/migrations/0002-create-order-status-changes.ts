import type { Kysely, Migration } from 'kysely';

/** Creates order_status_changes: the order as it stood after each status change, by its index in the history. */
export const createOrderStatusChanges: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('order_status_changes')
      .addColumn('order_id', 'text', (column) => column.notNull())
      .addColumn('sequence', 'integer', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('order_json', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('order_status_changes_pk', ['order_id', 'sequence'])
      .execute();
  },
};
