import { notFound, type ServiceClient } from '@bazaar/platform';
import type { Product } from '@bazaar/contracts/catalog';
import type { ProductDetail, ProductSummary } from '@bazaar/contracts/gateway';
import { toProductSummary } from './to-product-summary.js';

/** Stock of one product, as inventory reports it. */
export interface Availability {
  inStock: boolean;
  quantity: number;
}

/** Optional parts of the page; each is fetched when its service is configured and answers. */
export interface ProductPageParts {
  availability?: (productId: string) => Promise<Availability>;
  recommendations?: (productId: string) => Promise<ProductSummary[]>;
}

/**
 * Builds the product page. Catalog is required (404 or 503 pass through); availability and
 * recommendations are fetched in parallel and, when their service is missing or fails, the page
 * still answers with that part null and named in `degraded`.
 */
export async function getProductPage(
  catalog: ServiceClient,
  parts: ProductPageParts,
  id: string,
): Promise<ProductDetail> {
  const [product, availability, recommendations] = await Promise.all([
    catalog.request<Product>({ method: 'GET', path: `/products/${encodeURIComponent(id)}` }),
    optional(parts.availability?.(id)),
    optional(parts.recommendations?.(id)),
  ]);
  if (product.status === 404) throw notFound(`No product ${id}.`);
  const degraded: ProductDetail['degraded'] = [];
  if (availability === null) degraded.push('availability');
  if (recommendations === null) degraded.push('recommendations');
  return {
    ...toProductSummary(product.body, availability?.inStock ?? null),
    description: product.body.description,
    availability,
    recommendations,
    degraded,
  };
}

async function optional<T>(pending: Promise<T> | undefined): Promise<T | null> {
  if (!pending) return null;
  try {
    return await pending;
  } catch {
    return null;
  }
}
