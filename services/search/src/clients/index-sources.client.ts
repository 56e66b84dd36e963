import { catalogRoutes, type Product } from '@bazaar/contracts/catalog';
import { inventoryRoutes, type Availability } from '@bazaar/contracts/inventory';
import { createServiceClient, serviceUnavailable } from '@bazaar/platform';

/** The most products asked for at once, from the catalog and from inventory. */
export const sourceBatchSize = 100;

/** Where a rebuild reads the truth: the catalog's products and inventory's availability. */
export interface IndexSources {
  /** One page (from 1) of catalog products, `sourceBatchSize` a page, with the total. */
  fetchProductPage(page: number): Promise<{ items: Product[]; total: number }>;
  /** Availability of up to `sourceBatchSize` products; unknown ones are left out. */
  fetchAvailability(productIds: string[]): Promise<Availability[]>;
  close(): Promise<void>;
}

/** The sources over the catalog and inventory services (comma-separated replica URLs each). */
export function createIndexSources(urls: { catalog: string[]; inventory: string[] }): IndexSources {
  const catalog = createServiceClient({ name: 'catalog', baseUrls: urls.catalog, timeoutMs: 10_000 });
  const inventory = createServiceClient({ name: 'inventory', baseUrls: urls.inventory, timeoutMs: 10_000 });
  return {
    async fetchProductPage(page) {
      const answer = await catalog.call(catalogRoutes.listProducts, {
        query: { page, pageSize: sourceBatchSize },
      });
      if (answer.status !== 200) throw serviceUnavailable(`catalog answered ${answer.status}.`);
      return answer.body;
    },
    async fetchAvailability(productIds) {
      if (productIds.length === 0) return [];
      const answer = await inventory.call(inventoryRoutes.listAvailability, {
        query: { ids: productIds.join(',') },
      });
      if (answer.status !== 200) throw serviceUnavailable(`inventory answered ${answer.status}.`);
      return answer.body.items;
    },
    close: async () => {
      await Promise.all([catalog.close(), inventory.close()]);
    },
  };
}
