import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import type { RecommendationsConfig } from './config.js';
import type { RecommendationsSchema } from './data/recommendations-schema.js';
import { subscribeForgetCancelledOrders } from './events/forget-cancelled-orders.js';
import { subscribeLearnFromPaidOrders } from './events/learn-from-paid-orders.js';
import { subscribeLearnProducts } from './events/learn-products.js';
import { registerRecommendationRoutes } from './http/recommendations.routes.js';

/** What the recommendations app is built from: its configuration and its opened resources. */
export interface RecommendationsAppDeps {
  config: RecommendationsConfig;
  resources: ServiceResources<RecommendationsSchema>;
}

/** Builds recommendations' HTTP app and declares its bus subscriptions; it owns database and bus from now on. */
export async function buildApp({ resources }: RecommendationsAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Recommendations: related products and personal picks, learned from paid orders.',
  });
  const guards = createAuthGuards(resources.verifyToken);
  const { database, bus } = resources;
  registerRecommendationRoutes(app, database.db, guards);
  subscribeLearnProducts(bus);
  subscribeLearnFromPaidOrders(bus);
  subscribeForgetCancelledOrders(bus);
  return app;
}
