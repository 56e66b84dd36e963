import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { recommendationRoutes } from '@bazaar/contracts/recommendations';
import { publicShopRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { fillInStock } from '../use-cases/ask-recommendations.js';
import { relay } from './relay.js';

/** Related products and personal picks, from recommendations, with stock from inventory. */
export function registerRecommendationRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  stockBudgetMs: number,
): void {
  const { recommendations, inventory } = upstreams;
  registerRoute(app, routes.forProduct, async (request, reply) => {
    const answer = await recommendations.call(recommendationRoutes.forProduct, {
      params: request.params,
      query: request.query,
    });
    if (answer.status !== 200) return relay(reply, answer);
    return fillInStock(inventory, answer.body, stockBudgetMs);
  });
  registerRoute(
    app,
    routes.forUser,
    async (request, reply) => {
      const answer = await recommendations.call(recommendationRoutes.forUser, { query: request.query });
      if (answer.status !== 200) return relay(reply, answer);
      return fillInStock(inventory, answer.body, stockBudgetMs);
    },
    { onRequest: guards.requireUser },
  );
}
