import { ProductCreated, ProductPriceChanged, ProductUpdated } from '@bazaar/contracts/catalog';
import type { SearchBus } from '../data/search-schema.js';
import { indexProduct } from '../use-cases/index-product.js';

/** `search.index-products`: every catalog product event upserts the product in the index. */
export function subscribeIndexProducts(bus: SearchBus): void {
  bus.subscribe({
    queue: 'search.index-products',
    events: [ProductCreated, ProductUpdated, ProductPriceChanged],
    handle: (event, trx) => indexProduct(trx, event.data),
  });
}
