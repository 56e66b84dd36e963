import type { CategoryList } from '@bazaar/contracts/catalog';
import type { CatalogDb } from '../data/catalog-schema.js';
import { listCategoriesWithProductCounts } from '../data/categories.repository.js';

/** Lists every category in display order with its product count. */
export async function listCategories(db: CatalogDb): Promise<CategoryList> {
  return { items: await listCategoriesWithProductCounts(db) };
}
