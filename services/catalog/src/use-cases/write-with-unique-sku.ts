import { conflict, isUniqueViolation } from '@bazaar/platform';
import type { CatalogDb } from '../data/catalog-schema.js';
import { findProductBySku } from '../data/products.repository.js';

/**
 * Runs a write that gives a product this sku, or throws 409 CONFLICT when another product has it:
 * checked first, and when two writes race past the check the unique index decides.
 */
export async function writeWithUniqueSku<T>(db: CatalogDb, sku: string, write: () => Promise<T>): Promise<T> {
  const taken = conflict(`A product with sku ${sku} already exists.`);
  if (await findProductBySku(db, sku)) throw taken;
  try {
    return await write();
  } catch (error) {
    throw isUniqueViolation(error) ? taken : error;
  }
}
