import { Compile } from 'typebox/compile';
import { ProductPage, type Product } from '@bazaar/contracts/catalog';
import { AvailabilityList, type Availability } from '@bazaar/contracts/inventory';
import { createServiceClient, serviceUnavailable, type ServiceClient } from '@bazaar/platform';

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

const isProductPage = Compile(ProductPage);
const isAvailabilityList = Compile(AvailabilityList);

/** The sources over the catalog and inventory services (comma-separated replica URLs each). */
export function createIndexSources(urls: { catalog: string[]; inventory: string[] }): IndexSources {
  const catalog = createServiceClient({ name: 'catalog', baseUrls: urls.catalog, timeoutMs: 10_000 });
  const inventory = createServiceClient({ name: 'inventory', baseUrls: urls.inventory, timeoutMs: 10_000 });
  return {
    fetchProductPage: (page) =>
      readJson(catalog, 'catalog', '/products', { page, pageSize: sourceBatchSize }, (value) =>
        isProductPage.Check(value),
      ),
    async fetchAvailability(productIds) {
      if (productIds.length === 0) return [];
      const ids = productIds.join(',');
      const list = await readJson(inventory, 'inventory', '/availability', { ids }, (value) =>
        isAvailabilityList.Check(value),
      );
      return list.items;
    },
    close: async () => {
      await Promise.all([catalog.close(), inventory.close()]);
    },
  };
}

async function readJson<T>(
  client: ServiceClient,
  name: string,
  path: string,
  query: Record<string, string | number>,
  isValid: (value: unknown) => value is T,
): Promise<T> {
  const answer = await client.request<unknown>({ method: 'GET', path, query });
  if (answer.status !== 200 || !isValid(answer.body)) {
    throw serviceUnavailable(`${name} answered ${answer.status} without a readable ${path}.`);
  }
  return answer.body;
}
