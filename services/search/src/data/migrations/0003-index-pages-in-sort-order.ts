import type { Kysely, Migration } from 'kysely';

/**
 * Replaces the single-column price and age indexes with ones in the exact order a sorted page
 * asks for (the sort key, then name and product id), carrying the filtered columns too: a page
 * sorted by price or newest then reads only its rows from the index, instead of sorting every
 * match. The replaced indexes are prefixes of the new ones, so nothing else loses its index.
 */
export const indexPagesInSortOrder: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('products_generation_price_order')
      .on('products')
      .columns(['generation', 'price_amount', 'name', 'product_id', 'category'])
      .execute();
    await db.schema
      .createIndex('products_generation_newest')
      .on('products')
      .columns(['generation', 'created_at desc', 'name', 'product_id', 'price_amount', 'category'])
      .execute();
    await db.schema.dropIndex('products_generation_price_amount').execute();
    await db.schema.dropIndex('products_generation_created_at').execute();
  },
};
