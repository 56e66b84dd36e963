import { notFound, type ServiceClient } from '@bazaar/platform';
import { toProductSummary, type CatalogProduct, type ProductSummary } from './to-product-summary.js';

/** Stock of one product, as inventory reports it. */
export interface Availability {
  inStock: boolean;
  quantity: number;
}

/** The product page: the product, its availability and recommendations, and what is degraded. */
export interface ProductPage extends ProductSummary {
  description: string;
  availability: Availability | null;
  recommendations: ProductSummary[] | null;
  degraded: Array<'availability' | 'recommendations'>;
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
export async function getProductPage(catalog: ServiceClient, parts: ProductPageParts, id: string): Promise<ProductPage> {
  const [product, availability, recommendations] = await Promise.all([
    catalog.request<CatalogProduct>({ method: 'GET', path: `/products/${encodeURIComponent(id)}` }),
    optional(parts.availability?.(id)),
    optional(parts.recommendations?.(id)),
  ]);
  if (product.status === 404) throw notFound(`No product ${id}.`);
  const degraded: ProductPage['degraded'] = [];
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
