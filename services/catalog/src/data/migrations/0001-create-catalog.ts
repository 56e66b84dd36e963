import type { Kysely, Migration } from 'kysely';

/** Creates categories and products, with a unique sku and an index for listing a category. */
export const createCatalog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('categories')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('products')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('sku', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull())
      .addColumn('category_id', 'text', (column) => column.notNull().references('categories.id'))
      .addColumn('price_cents', 'integer', (column) => column.notNull())
      .addColumn('currency', 'text', (column) => column.notNull().defaultTo('USD'))
      .addColumn('image_url', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('products_sku_unique').on('products').column('sku').unique().execute();
    await db.schema
      .createIndex('products_category_name_index')
      .on('products')
      .columns(['category_id', 'name', 'id'])
      .execute();
    await db.schema.createIndex('products_name_index').on('products').columns(['name', 'id']).execute();
  },
};
