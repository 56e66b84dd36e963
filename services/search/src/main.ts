// search: a full-text, faceted product index built from catalog and inventory events.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { searchConfigSchema } from './config.js';
import type { SearchSchema } from './data/search-schema.js';
import { searchMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(searchConfigSchema);
const resources = await openServiceResources<SearchSchema>({
  service: 'search',
  config,
  migrations: searchMigrations,
  serviceDatabaseUrl: config.SEARCH_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
