// The catalog service: categories, products, their prices and pictures.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { catalogConfigSchema } from './config.js';
import type { CatalogSchema } from './data/catalog-schema.js';
import { catalogMigrations } from './data/migrations/index.js';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog.js';

const config = loadConfigOrExit(catalogConfigSchema);
const resources = await openServiceResources<CatalogSchema>({
  service: 'catalog',
  config,
  migrations: catalogMigrations,
  serviceDatabaseUrl: config.CATALOG_DATABASE_URL,
});
const { database, bus, verifyToken, httpOptions } = resources;
const app = await buildApp({ config, database, bus, verifyToken, httpOptions });
if (config.SEED_DEMO_CATALOG) {
  const seeded = await seedDemoCatalog({ database, bus });
  if (seeded > 0) app.log.info({ products: seeded }, 'seeded the demo catalog');
}
await bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
