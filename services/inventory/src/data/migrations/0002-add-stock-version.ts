import type { Kysely, Migration } from 'kysely';

/** Gives each product's stock a version, one higher with every change (what orders its stock events). */
export const addStockVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('stock')
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();
  },
};
