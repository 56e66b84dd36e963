import type { Kysely, Migration } from 'kysely';

/** Creates the product read model, the purchase statistics and the record of counted orders. */
export const createRecommendations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('products')
      .addColumn('product_id', 'text', (column) => column.primaryKey())
      .addColumn('sku', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('price_cents', 'integer', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('products_category').on('products').column('category').execute();
    await db.schema
      .createTable('product_popularity')
      .addColumn('product_id', 'text', (column) => column.primaryKey())
      .addColumn('units_sold', 'integer', (column) => column.notNull())
      .addColumn('orders_count', 'integer', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('co_purchases')
      .addColumn('product_id', 'text', (column) => column.notNull())
      .addColumn('other_product_id', 'text', (column) => column.notNull())
      .addColumn('orders_count', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('co_purchases_pk', ['product_id', 'other_product_id'])
      .execute();
    await db.schema
      .createTable('user_purchases')
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('product_id', 'text', (column) => column.notNull())
      .addColumn('units', 'integer', (column) => column.notNull())
      .addColumn('orders_count', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('user_purchases_pk', ['user_id', 'product_id'])
      .execute();
    await db.schema
      .createTable('counted_orders')
      .addColumn('order_id', 'text', (column) => column.primaryKey())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
  },
};
