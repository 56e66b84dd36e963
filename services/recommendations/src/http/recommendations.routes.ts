import {
  PersonalRecommendations,
  ProductRecommendations,
  RecommendationsQuery,
  RecommendedForProductParams,
} from '@bazaar/contracts/recommendations';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { RecommendationsDb } from '../data/recommendations-schema.js';
import { recommendForProduct } from '../use-cases/recommend-for-product.js';
import { recommendForUser } from '../use-cases/recommend-for-user.js';
import { problemResponses } from './problem-responses.js';

/** Registers `GET /products/:id/recommendations` (public) and `GET /recommendations` (signed in). */
export function registerRecommendationRoutes(app: HttpApp, db: RecommendationsDb, guards: AuthGuards): void {
  app.get(
    '/products/:id/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Products to show beside this one: bought together with it, else popular',
        params: RecommendedForProductParams,
        querystring: RecommendationsQuery,
        response: { 200: ProductRecommendations, ...problemResponses(400) },
      },
    },
    async (request) => recommendForProduct(db, request.params.id, request.query.limit),
  );

  app.get(
    '/recommendations',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['recommendations'],
        summary:
          'Picks for the signed-in shopper from their paid orders, else popular; never what they bought',
        querystring: RecommendationsQuery,
        response: { 200: PersonalRecommendations, ...problemResponses(400, 401) },
      },
    },
    async (request) => recommendForUser(db, signedInUserId(request.user), request.query.limit),
  );
}

function signedInUserId(user: { id: string } | null): string {
  // requireUser has run: a request without a verified user never reaches a handler
  if (!user) throw new Error('requireUser did not run');
  return user.id;
}
