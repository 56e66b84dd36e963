import { notFound } from '@bazaar/platform';
import type { CatalogDb } from '../data/catalog-schema.js';
import { findCategoryById } from '../data/categories.repository.js';
import { findProductBySku } from '../data/products.repository.js';
import { renderProductImage } from '../seed/product-image.js';

/** Draws the SVG picture of the product with this sku, or throws 404 NOT_FOUND. */
export async function drawProductImage(db: CatalogDb, sku: string): Promise<string> {
  const product = await findProductBySku(db, sku);
  const category = product && (await findCategoryById(db, product.category));
  if (!product || !category) throw notFound(`There is no product with sku ${sku}.`);
  return renderProductImage({ sku: product.sku, name: product.name, categoryId: category.id }, category.name);
}
