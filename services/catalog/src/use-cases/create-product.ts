import { randomBytes } from 'node:crypto';
import { productImagePath, type CreateProductBody, type Product } from '@bazaar/contracts/catalog';
import type { CatalogStore } from './catalog-store.js';
import { announceCreated } from './product-events.js';
import { insertProduct } from '../data/products.repository.js';
import { requireKnownCategory } from './require-known-category.js';
import { writeWithUniqueSku } from './write-with-unique-sku.js';

/**
 * Creates a product in a known category under a sku no other product has; without an image of
 * its own it gets its drawn picture.
 */
export async function createProduct(
  { database, bus }: CatalogStore,
  input: CreateProductBody,
): Promise<Product> {
  return database.transaction(async (trx) => {
    await requireKnownCategory(trx, input.category);
    const now = new Date().toISOString();
    const product: Product = {
      id: newProductId(),
      sku: input.sku,
      name: input.name,
      description: input.description,
      category: input.category,
      price: input.price,
      imageUrl: input.imageUrl ?? productImagePath(input.sku),
      createdAt: now,
      updatedAt: now,
    };
    await writeWithUniqueSku(trx, product.sku, () => insertProduct(trx, product));
    await announceCreated(bus, trx, product);
    return product;
  });
}

function newProductId(): string {
  return `prd_${randomBytes(8).toString('hex')}`;
}
