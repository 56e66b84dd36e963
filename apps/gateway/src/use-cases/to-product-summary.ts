import type { Product } from '@bazaar/contracts/catalog';
import type { ProductSummary } from '@bazaar/contracts/gateway';

/** Shapes a catalog product for a public list, with its stock state when known (else null). */
export function toProductSummary(product: Product, inStock: boolean | null): ProductSummary {
  const { id, sku, name, category, price, imageUrl } = product;
  return { id, sku, name, category, price, imageUrl, inStock };
}
