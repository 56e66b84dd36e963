// recommendations: related products and personal picks, learned from paid orders.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { recommendationsConfigSchema } from './config.js';
import { recommendationsMigrations } from './data/migrations/index.js';
import type { RecommendationsSchema } from './data/recommendations-schema.js';

const config = loadConfigOrExit(recommendationsConfigSchema);
const resources = await openServiceResources<RecommendationsSchema>({
  service: 'recommendations',
  config,
  migrations: recommendationsMigrations,
  serviceDatabaseUrl: config.RECOMMENDATIONS_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
