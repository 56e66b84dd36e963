import type { ServiceClient } from '@bazaar/platform';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { askStockStates } from './ask-availability.js';

/** Recommendations as the public API answers them, with stock filled in from inventory when it answers. */
export interface Recommendations<Strategy extends string = string> {
  items: ProductSummary[];
  strategy: Strategy;
}

/** Asks recommendations (for a product, or the signed-in user's own) and fills in stock; throws when it is down. */
export async function askRecommendations<Strategy extends string>(
  recommendations: ServiceClient,
  inventory: ServiceClient,
  path: string,
  limit?: number,
): Promise<Recommendations<Strategy>> {
  const answer = await recommendations.request<Recommendations<Strategy>>({
    method: 'GET',
    path,
    query: { limit },
  });
  if (answer.status !== 200) throw new Error(`recommendations answered ${answer.status}`);
  const stock = await askStockStates(
    inventory,
    answer.body.items.map((item) => item.id),
  );
  return {
    strategy: answer.body.strategy,
    items: answer.body.items.map((item) => ({ ...item, inStock: stock?.get(item.id) ?? null })),
  };
}
