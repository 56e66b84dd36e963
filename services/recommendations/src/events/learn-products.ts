import { ProductCreated, ProductPriceChanged, ProductUpdated } from '@bazaar/contracts/catalog';
import type { RecommendationsBus } from '../data/recommendations-schema.js';
import { learnProduct } from '../use-cases/learn-product.js';

/** `recommendations.learn-products`: keeps the products it shows as the catalog describes them. */
export function subscribeLearnProducts(bus: RecommendationsBus): void {
  bus.subscribe({
    queue: 'recommendations.learn-products',
    events: [ProductCreated, ProductUpdated, ProductPriceChanged],
    handle: (event, trx) => learnProduct(trx, event.data),
  });
}
