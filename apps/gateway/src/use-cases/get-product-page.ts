import { notFound, serviceUnavailable, type ServiceClient } from '@bazaar/platform';
import { catalogRoutes } from '@bazaar/contracts/catalog';
import type { ProductDetail, ProductSummary } from '@bazaar/contracts/gateway';
import type { ProductAvailability } from './ask-availability.js';
import { toProductSummary } from './to-product-summary.js';

/** Optional parts of the page; each is fetched when its service is configured and answers. */
export interface ProductPageParts {
  availability?: (productId: string) => Promise<ProductAvailability>;
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
    catalog.call(catalogRoutes.getProduct, { params: { id } }),
    optional(parts.availability?.(id)),
    optional(parts.recommendations?.(id)),
  ]);
  if (product.status === 404) throw notFound(`No product ${id}.`);
  if (product.status !== 200) throw serviceUnavailable(`catalog answered ${product.status}.`);
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
