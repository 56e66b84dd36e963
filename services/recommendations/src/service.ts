// recommendations: related products and personal picks, learned from paid orders.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { recommendationsConfigSchema } from './config.js';
import { recommendationsMigrations } from './data/migrations/index.js';
import type { RecommendationsSchema } from './data/recommendations-schema.js';

/** recommendations: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const recommendationsService: ServiceDefinition<
  typeof recommendationsConfigSchema,
  RecommendationsSchema
> = {
  service: 'recommendations',
  configSchema: recommendationsConfigSchema,
  migrations: recommendationsMigrations,
  buildApp,
};
