// search: a full-text, faceted product index built from catalog and inventory events.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { searchConfigSchema } from './config.js';
import type { SearchSchema } from './data/search-schema.js';
import { searchMigrations } from './data/migrations/index.js';

await runService<typeof searchConfigSchema, SearchSchema>({
  service: 'search',
  configSchema: searchConfigSchema,
  migrations: searchMigrations,
  buildApp,
});
