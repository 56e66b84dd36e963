import { upsertProduct, type ProductFacts } from '../data/products.repository.js';
import type { RecommendationsTrx } from '../data/recommendations-schema.js';

/** Keeps what recommendations shows of a catalog product up to date; a stale event changes nothing. */
export async function learnProduct(trx: RecommendationsTrx, product: ProductFacts): Promise<void> {
  await upsertProduct(trx, product);
}
