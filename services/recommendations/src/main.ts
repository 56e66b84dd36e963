// recommendations: related products and personal picks, learned from paid orders.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { recommendationsConfigSchema } from './config.js';
import { recommendationsMigrations } from './data/migrations/index.js';
import type { RecommendationsSchema } from './data/recommendations-schema.js';

await runService<typeof recommendationsConfigSchema, RecommendationsSchema>({
  service: 'recommendations',
  configSchema: recommendationsConfigSchema,
  migrations: recommendationsMigrations,
  buildApp,
});
