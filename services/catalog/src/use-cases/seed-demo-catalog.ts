import type { Product } from '@bazaar/contracts/catalog';
import type { CatalogStore } from './catalog-store.js';
import { announceCreated } from './product-events.js';
import { hasAnyCategory, insertCategoriesIgnoringExisting } from '../data/categories.repository.js';
import { insertProductsIgnoringExisting } from '../data/products.repository.js';
import { demoCatalog, type DemoProduct } from '../seed/demo-catalog.js';

const rowsPerInsert = 100;

/**
 * Fills an empty catalog with the demo categories and products in one transaction; does nothing
 * when the catalog already has categories. Replicas seeding at once insert the same ids and
 * skus, and the unique constraints turn the later inserts into no-ops. Each product is announced
 * (catalog.product.created) so inventory and search learn it; consumers treat a repeat as a no-op.
 * Returns how many demo
 * products it offered (0 when the catalog was not empty).
 */
export async function seedDemoCatalog({ database, bus }: CatalogStore): Promise<number> {
  if (await hasAnyCategory(database.db)) return 0;
  const { categories, products } = demoCatalog();
  // The seed names categories by opaque id; the catalog names them by their readable slug.
  const slugOf = new Map(categories.map((category) => [category.id, category.slug]));
  const rows = products.map((product) => toProduct(product, slugOf));
  await database.transaction(async (trx) => {
    const categoryRows = categories.map((category, position) => ({
      id: category.slug,
      name: category.name,
      position,
    }));
    await insertCategoriesIgnoringExisting(trx, categoryRows);
    for (let start = 0; start < rows.length; start += rowsPerInsert) {
      await insertProductsIgnoringExisting(trx, rows.slice(start, start + rowsPerInsert));
    }
    for (const product of rows) await announceCreated(bus, trx, product);
  });
  return rows.length;
}

function toProduct(product: DemoProduct, slugOf: Map<string, string>): Product {
  const category = slugOf.get(product.categoryId);
  if (category === undefined) throw new Error(`Demo product ${product.sku} has no known category`);
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category,
    price: { amount: product.priceCents, currency: product.currency },
    imageUrl: product.imageUrl,
    createdAt: product.createdAt,
    updatedAt: product.createdAt,
  };
}
