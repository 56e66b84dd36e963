import type { Money } from '@bazaar/contracts/common';

/** A product as catalog returns it. */
export interface CatalogProduct {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  price: Money;
  imageUrl: string;
}

/** A product in a list, as api.md's ProductSummary; `inStock` is null while availability is unknown. */
export interface ProductSummary {
  id: string;
  sku: string;
  name: string;
  category: string;
  price: Money;
  imageUrl: string;
  inStock: boolean | null;
}

/** Shapes a catalog product for a list, with its stock state when known. */
export function toProductSummary(product: CatalogProduct, inStock: boolean | null): ProductSummary {
  const { id, sku, name, category, price, imageUrl } = product;
  return { id, sku, name, category, price, imageUrl, inStock };
}
