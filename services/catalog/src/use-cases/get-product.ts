import type { Product } from '@bazaar/contracts/catalog';
import { notFound } from '@bazaar/platform';
import type { CatalogDb } from '../data/catalog-schema.js';
import { findProductById } from '../data/products.repository.js';

/** Gets one product by id, or throws 404 NOT_FOUND. */
export async function getProduct(db: CatalogDb, id: string): Promise<Product> {
  const product = await findProductById(db, id);
  if (!product) throw notFound(`There is no product ${id}.`);
  return product;
}
