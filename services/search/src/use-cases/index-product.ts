import type { ProductCreated } from '@bazaar/contracts/catalog';
import { writableGenerations } from '../data/index-state.repository.js';
import { upsertProducts } from '../data/products.repository.js';
import type { SearchTrx } from '../data/search-schema.js';

/**
 * Puts a product as a catalog event describes it into the live index, and into the index being
 * rebuilt when there is one; first sight sets its creation time, older facts change nothing.
 */
export async function indexProduct(trx: SearchTrx, facts: ProductCreated): Promise<void> {
  const product = {
    productId: facts.productId,
    sku: facts.sku,
    name: facts.name,
    description: facts.description,
    category: facts.category,
    priceAmount: facts.price.amount,
    createdAt: facts.occurredAt,
    updatedAt: facts.occurredAt,
  };
  for (const generation of await writableGenerations(trx)) {
    await upsertProducts(trx, generation, [product]);
  }
}
