// search: a full-text, faceted product index built from catalog and inventory events.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { searchConfigSchema } from './config.js';
import type { SearchSchema } from './data/search-schema.js';
import { searchMigrations } from './data/migrations/index.js';

/** search: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const searchService: ServiceDefinition<typeof searchConfigSchema, SearchSchema> = {
  service: 'search',
  configSchema: searchConfigSchema,
  migrations: searchMigrations,
  buildApp,
};
