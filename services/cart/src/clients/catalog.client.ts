import { catalogRoutes } from '@bazaar/contracts/catalog';
import { createServiceClient, serviceUnavailable } from '@bazaar/platform';
import type { PricedProduct } from '../domain/price-cart.js';

/** The most ids the catalog looks up in one call. */
const maxIdsPerCall = 100;

/** What the cart asks of the catalog: the current name and price of products. */
export interface CatalogClient {
  /** The products among `ids` that exist, by id; 503 SERVICE_UNAVAILABLE when catalog is down. */
  findProducts(ids: string[]): Promise<Map<string, PricedProduct>>;
  close(): Promise<void>;
}

/** Calls the catalog's `GET /products?ids=` with timeouts, retries and a breaker (the platform client). */
export function createCatalogClient(baseUrls: string[]): CatalogClient {
  const client = createServiceClient({ name: 'catalog', baseUrls });
  const findBatch = async (ids: string[]): Promise<PricedProduct[]> => {
    const response = await client.call(catalogRoutes.listProducts, {
      query: { ids: ids.join(','), page: 1, pageSize: ids.length },
    });
    if (response.status !== 200) throw serviceUnavailable(`catalog answered ${response.status}.`);
    return response.body.items.map(({ id, name, price }) => ({ id, name, price }));
  };
  return {
    async findProducts(ids) {
      const unique = [...new Set(ids)];
      const batches: string[][] = [];
      for (let start = 0; start < unique.length; start += maxIdsPerCall) {
        batches.push(unique.slice(start, start + maxIdsPerCall));
      }
      const found = (await Promise.all(batches.map(findBatch))).flat();
      return new Map(found.map((product) => [product.id, product]));
    },
    close: () => client.close(),
  };
}
