import { validationFailed } from '@bazaar/platform';
import type { CatalogDb } from '../data/catalog-schema.js';
import { findCategoryById } from '../data/categories.repository.js';

/** Throws 400 VALIDATION_FAILED naming `body.category` unless the category exists. */
export async function requireKnownCategory(db: CatalogDb, categoryId: string): Promise<void> {
  if (await findCategoryById(db, categoryId)) return;
  throw validationFailed([{ field: 'body.category', message: `is not a known category: ${categoryId}` }]);
}
