import type { ServiceClient } from '@bazaar/platform';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { recommendationRoutes } from '@bazaar/contracts/recommendations';
import { askStockStates } from './ask-availability.js';

/** Recommendations with stock filled in from inventory when it answers within `budgetMs` (else `inStock: null`). */
export async function fillInStock<Answer extends { items: ProductSummary[] }>(
  inventory: ServiceClient,
  answer: Answer,
  budgetMs: number,
): Promise<Answer> {
  const stock = await askStockStates(
    inventory,
    answer.items.map((item) => item.id),
    budgetMs,
  );
  return {
    ...answer,
    items: answer.items.map((item) => ({ ...item, inStock: stock?.get(item.id) ?? null })),
  };
}

/** The products to show beside one product, with stock; throws when recommendations cannot answer. */
export async function askProductRecommendations(
  recommendations: ServiceClient,
  inventory: ServiceClient,
  productId: string,
  budgetMs: number,
): Promise<ProductSummary[]> {
  const answer = await recommendations.call(recommendationRoutes.forProduct, {
    params: { id: productId },
    query: { limit: 8 },
  });
  if (answer.status !== 200) throw new Error(`recommendations answered ${answer.status}`);
  return (await fillInStock(inventory, answer.body, budgetMs)).items;
}
