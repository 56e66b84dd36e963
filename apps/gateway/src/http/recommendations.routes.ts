import type { FastifyReply } from 'fastify';
import { registerRoute, type AuthGuards, type HttpApp, type ServiceResponse } from '@bazaar/platform';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { recommendationRoutes } from '@bazaar/contracts/recommendations';
import { publicShopRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { fillInStock } from '../use-cases/ask-recommendations.js';
import { relay } from './relay.js';

/** Related products, personal picks and best sellers, from recommendations, with stock from inventory. */
export function registerRecommendationRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  stockBudgetMs: number,
): void {
  const { recommendations, inventory } = upstreams;
  /** A recommendations answer with stock filled in, or what recommendations answered when not 200. */
  const withStock = <Answer extends { items: ProductSummary[] }>(
    reply: FastifyReply,
    answer: ServiceResponse & ({ status: 200; body: Answer } | { status: Exclude<number, 200> }),
  ) =>
    answer.status === 200
      ? fillInStock(inventory, answer.body as Answer, stockBudgetMs)
      : relay(reply, answer);
  registerRoute(app, routes.forProduct, async (request, reply) =>
    withStock(
      reply,
      await recommendations.call(recommendationRoutes.forProduct, {
        params: request.params,
        query: request.query,
      }),
    ),
  );
  registerRoute(
    app,
    routes.forUser,
    async (request, reply) =>
      withStock(reply, await recommendations.call(recommendationRoutes.forUser, { query: request.query })),
    { onRequest: guards.requireUser },
  );
  registerRoute(app, routes.popular, async (request, reply) =>
    withStock(reply, await recommendations.call(recommendationRoutes.popular, { query: request.query })),
  );
}
