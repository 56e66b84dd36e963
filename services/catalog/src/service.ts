// The catalog service: categories, products, their prices and pictures.
import type { ServiceDefinition, StartHook } from '@bazaar/platform';
import { buildApp } from './app.js';
import { catalogConfigSchema } from './config.js';
import type { CatalogSchema } from './data/catalog-schema.js';
import { catalogMigrations } from './data/migrations/index.js';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog.js';

/** Start hook: seeds the demo catalog on first start when SEED_DEMO_CATALOG is on (replicas yield). */
export const seedOnStart: StartHook<typeof catalogConfigSchema, CatalogSchema> = async (
  app,
  { config, resources },
) => {
  if (!config.SEED_DEMO_CATALOG) return;
  const seeded = await seedDemoCatalog({ database: resources.database, bus: resources.bus });
  if (seeded > 0) app.log.info({ products: seeded }, 'seeded the demo catalog');
};

/** catalog: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const catalogService: ServiceDefinition<typeof catalogConfigSchema, CatalogSchema> = {
  service: 'catalog',
  configSchema: catalogConfigSchema,
  migrations: catalogMigrations,
  buildApp: ({ config, resources }) => buildApp({ config, ...resources }),
  onStart: [seedOnStart],
};
