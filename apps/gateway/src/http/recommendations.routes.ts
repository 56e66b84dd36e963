import type { AuthGuards, HttpApp } from '@bazaar/platform';
import {
  PersonalRecommendations,
  ProductRecommendations,
  RecommendationsQuery,
} from '@bazaar/contracts/recommendations';
import { ProductIdParams } from '@bazaar/contracts/catalog';
import type { Upstreams } from '../upstreams.js';
import { askRecommendations } from '../use-cases/ask-recommendations.js';

const tags = ['recommendations'];

/** Related products and personal picks, from recommendations, with stock from inventory. */
export function registerRecommendationRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  app.get(
    '/api/products/:id/recommendations',
    {
      schema: {
        tags,
        params: ProductIdParams,
        querystring: RecommendationsQuery,
        response: { 200: ProductRecommendations },
      },
    },
    async (request) =>
      askRecommendations<ProductRecommendations['strategy']>(
        upstreams.recommendations,
        upstreams.inventory,
        `/products/${encodeURIComponent(request.params.id)}/recommendations`,
        request.query.limit,
      ),
  );
  app.get(
    '/api/recommendations',
    {
      onRequest: guards.requireUser,
      schema: { tags, querystring: RecommendationsQuery, response: { 200: PersonalRecommendations } },
    },
    async (request) =>
      askRecommendations<PersonalRecommendations['strategy']>(
        upstreams.recommendations,
        upstreams.inventory,
        '/recommendations',
        request.query.limit,
      ),
  );
}
