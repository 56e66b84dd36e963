import { sql, type Kysely, type Migration } from 'kysely';

/** Creates the cart lines: one per shopper and product, 1–99 units each. */
export const createCartLines: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cart_lines')
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('product_id', 'text', (column) => column.notNull())
      .addColumn('quantity', 'integer', (column) => column.notNull())
      .addColumn('added_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('cart_lines_pk', ['user_id', 'product_id'])
      .addCheckConstraint('cart_line_quantity_range', sql`quantity between 1 and 99`)
      .execute();
  },
};
