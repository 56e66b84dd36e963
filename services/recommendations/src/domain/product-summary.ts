import { productImagePath } from '@bazaar/contracts/catalog';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import type { CandidateProduct } from './recommendation-picks.js';

/** A recommended product as lists show it; `inStock` is null because recommendations does not know stock. */
export function toProductSummary(product: CandidateProduct): ProductSummary {
  return {
    id: product.productId,
    sku: product.sku,
    name: product.name,
    category: product.category,
    price: { amount: product.priceCents, currency: 'USD' },
    imageUrl: productImagePath(product.sku),
    inStock: null,
  };
}
