// cart: one cart per shopper, priced from the catalog when read.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { createCatalogClient } from './clients/catalog.client.js';
import { cartConfigSchema, catalogBaseUrls } from './config.js';
import type { CartSchema } from './data/cart-schema.js';
import { cartMigrations } from './data/migrations/index.js';

/** cart: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const cartService: ServiceDefinition<typeof cartConfigSchema, CartSchema> = {
  service: 'cart',
  configSchema: cartConfigSchema,
  migrations: cartMigrations,
  buildApp: ({ config, resources }) =>
    buildApp({ config, resources, catalog: createCatalogClient(catalogBaseUrls(config)) }),
};
