import type { Kysely, Migration } from 'kysely';

/** Keeps the version of each product's stock that search shows (null: known only by its time). */
export const addStockVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('stock').addColumn('version', 'integer').execute();
  },
};
