import type { Category } from '@bazaar/contracts/catalog';
import type { CatalogDb, CategoriesTable } from './catalog-schema.js';

/** A category as stored, without its product count. */
export type CategoryRecord = CategoriesTable;

/** Every category in display order, each with how many products it holds. */
export async function listCategoriesWithProductCounts(db: CatalogDb): Promise<Category[]> {
  const rows = await db
    .selectFrom('categories')
    .leftJoin('products', 'products.category_id', 'categories.id')
    .select((eb) => [
      'categories.id',
      'categories.name',
      eb.fn.count<number | string>('products.id').as('count'),
    ])
    .groupBy(['categories.id', 'categories.name', 'categories.position'])
    .orderBy('categories.position')
    .orderBy('categories.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, productCount: Number(row.count) }));
}

/** The category with this id, if there is one. */
export async function findCategoryById(db: CatalogDb, id: string): Promise<CategoryRecord | undefined> {
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether any category exists yet (an empty catalog has none). */
export async function hasAnyCategory(db: CatalogDb): Promise<boolean> {
  const row = await db.selectFrom('categories').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Inserts categories, leaving any that already exist untouched (safe when replicas race). */
export async function insertCategoriesIgnoringExisting(db: CatalogDb, categories: CategoryRecord[]) {
  if (categories.length === 0) return;
  await db
    .insertInto('categories')
    .values(categories)
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
