import type { Product, UpdateProductBody } from '@bazaar/contracts/catalog';
import { notFound } from '@bazaar/platform';
import type { CatalogStore } from './catalog-store.js';
import { announceUpdated } from './product-events.js';
import { findProductById, saveProductChanges } from '../data/products.repository.js';
import { imageUrlAfterSkuChange } from '../domain/product-image-url.js';
import { requireKnownCategory } from './require-known-category.js';
import { writeWithUniqueSku } from './write-with-unique-sku.js';

/** Changes some fields of a product; 404 when it does not exist, 409 when the new sku is taken. */
export async function updateProduct(
  { database, bus }: CatalogStore,
  id: string,
  changes: UpdateProductBody,
): Promise<Product> {
  return database.transaction(async (trx) => {
    const current = await findProductById(trx, id);
    if (!current) throw notFound(`There is no product ${id}.`);
    if (changes.category !== undefined) await requireKnownCategory(trx, changes.category);
    const newSku = changes.sku ?? current.sku;
    const imageUrl = changes.imageUrl ?? imageUrlAfterSkuChange(current, newSku);
    const save = () => saveProductChanges(trx, id, { ...changes, imageUrl }, new Date().toISOString());
    const updated = newSku === current.sku ? await save() : await writeWithUniqueSku(trx, newSku, save);
    if (!updated) throw notFound(`There is no product ${id}.`);
    await announceUpdated(bus, trx, current, updated);
    return updated;
  });
}
