import type { Transaction } from 'kysely';
import { ProductCreated, ProductPriceChanged, ProductUpdated, type Product } from '@bazaar/contracts/catalog';
import type { CatalogSchema } from '../data/catalog-schema.js';
import type { CatalogStore } from './catalog-store.js';

/** The facts every product event carries: the product as it now is. */
export function productFacts(product: Product) {
  const { id, sku, name, description, category, price, updatedAt } = product;
  return { productId: id, sku, name, description, category, price, occurredAt: updatedAt };
}

/** Writes catalog.product.created to the outbox in the transaction that created the product. */
export async function announceCreated(
  bus: CatalogStore['bus'],
  trx: Transaction<CatalogSchema>,
  product: Product,
) {
  await bus.publish(trx, ProductCreated, productFacts(product));
}

/** Writes catalog.product.updated, and price-changed when the price moved, in the updating transaction. */
export async function announceUpdated(
  bus: CatalogStore['bus'],
  trx: Transaction<CatalogSchema>,
  before: Product,
  after: Product,
) {
  await bus.publish(trx, ProductUpdated, productFacts(after));
  if (before.price.amount !== after.price.amount) {
    await bus.publish(trx, ProductPriceChanged, { ...productFacts(after), previousPrice: before.price });
  }
}
