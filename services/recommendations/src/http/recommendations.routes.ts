import { recommendationRoutes } from '@bazaar/contracts/recommendations';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { RecommendationsDb } from '../data/recommendations-schema.js';
import { recommendForProduct } from '../use-cases/recommend-for-product.js';
import { recommendForUser, recommendPopular } from '../use-cases/recommend-for-user.js';

/**
 * Registers `GET /products/:id/recommendations` and `GET /recommendations/popular` (public), and
 * `GET /recommendations` (signed in).
 */
export function registerRecommendationRoutes(app: HttpApp, db: RecommendationsDb, guards: AuthGuards): void {
  registerRoute(app, recommendationRoutes.forProduct, async (request) =>
    recommendForProduct(db, request.params.id, request.query.limit),
  );
  registerRoute(
    app,
    recommendationRoutes.forUser,
    async (request) => recommendForUser(db, signedInUserId(request), request.query.limit),
    { onRequest: guards.requireUser },
  );
  registerRoute(app, recommendationRoutes.popular, async (request) =>
    recommendPopular(db, request.query.limit),
  );
}
