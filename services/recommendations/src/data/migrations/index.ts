import type { MigrationSet } from '@bazaar/platform';
import { createRecommendations } from './0001-create-recommendations.js';

/** Recommendations' forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const recommendationsMigrations: MigrationSet = {
  '0001-create-recommendations': createRecommendations,
};
