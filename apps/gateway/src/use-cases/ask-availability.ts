import { withinBudget, type ServiceClient } from '@bazaar/platform';
import { inventoryRoutes } from '@bazaar/contracts/inventory';
import type { ProductDetail } from '@bazaar/contracts/gateway';

/** Stock of one product as the product page shows it. */
export type ProductAvailability = NonNullable<ProductDetail['availability']>;

/** Stock of one product from inventory; a product inventory does not know has none. */
export async function askAvailability(
  inventory: ServiceClient,
  productId: string,
): Promise<ProductAvailability> {
  const response = await inventory.call(inventoryRoutes.getAvailability, { params: { productId } });
  if (response.status === 404) return { inStock: false, quantity: 0 };
  if (response.status !== 200) throw new Error(`inventory answered ${response.status}`);
  return { inStock: response.body.inStock, quantity: response.body.quantity };
}

/** Whether each product is in stock; null for all when inventory cannot answer within `budgetMs`. */
export async function askStockStates(
  inventory: ServiceClient,
  productIds: string[],
  budgetMs: number,
): Promise<Map<string, boolean> | null> {
  if (productIds.length === 0) return new Map();
  try {
    const response = await withinBudget(budgetMs, () =>
      inventory.call(inventoryRoutes.listAvailability, { query: { ids: productIds.join(',') } }),
    );
    if (response.status !== 200) return null;
    const inStock = new Map(response.body.items.map((item) => [item.productId, item.inStock]));
    return new Map(productIds.map((id) => [id, inStock.get(id) ?? false]));
  } catch {
    return null;
  }
}
