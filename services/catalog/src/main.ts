// The catalog service: categories, products, their prices and pictures.
import { createTokenVerifier, loadConfigOrExit, openDatabase, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { accessTokenClaims, catalogConfigSchema, identityJwksUrl } from './config.js';
import type { CatalogSchema } from './data/catalog-schema.js';
import { catalogMigrations } from './data/migrations/index.js';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog.js';

const config = loadConfigOrExit(catalogConfigSchema);
const database = await openDatabase<CatalogSchema>(
  {
    service: 'catalog',
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    serviceDatabaseUrl: config.CATALOG_DATABASE_URL,
  },
  catalogMigrations,
);
const verifyToken = createTokenVerifier({ jwksUrl: identityJwksUrl(config), ...accessTokenClaims });
const app = await buildApp({ config, database, verifyToken });
if (config.SEED_DEMO_CATALOG) {
  const seeded = await seedDemoCatalog(database);
  if (seeded > 0) app.log.info({ products: seeded }, 'seeded the demo catalog');
}
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
