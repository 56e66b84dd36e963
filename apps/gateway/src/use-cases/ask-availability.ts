import type { ServiceClient } from '@bazaar/platform';
import type { Availability } from './get-product-page.js';

/** Stock of one product from inventory; a product inventory does not know has none. */
export async function askAvailability(inventory: ServiceClient, productId: string): Promise<Availability> {
  const response = await inventory.request<Availability>({
    method: 'GET',
    path: `/availability/${encodeURIComponent(productId)}`,
  });
  if (response.status === 404) return { inStock: false, quantity: 0 };
  if (response.status !== 200) throw new Error(`inventory answered ${response.status}`);
  return { inStock: response.body.inStock, quantity: response.body.quantity };
}

/** Whether each product is in stock; null for all when inventory cannot be asked. */
export async function askStockStates(
  inventory: ServiceClient,
  productIds: string[],
): Promise<Map<string, boolean> | null> {
  if (productIds.length === 0) return new Map();
  try {
    const response = await inventory.request<{ items: Array<{ productId: string; inStock: boolean }> }>({
      method: 'GET',
      path: '/availability',
      query: { ids: productIds.join(',') },
    });
    if (response.status !== 200) return null;
    return new Map(
      productIds.map((id) => [
        id,
        response.body.items.find((item) => item.productId === id)?.inStock ?? false,
      ]),
    );
  } catch {
    return null;
  }
}
