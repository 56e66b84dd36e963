// Test support: the cart built in-process as main.ts builds it, on a test database and bus.
import {
  loadConfig,
  openServiceResources,
  type DatabaseLocation,
  type HttpApp,
  type TokenVerifier,
} from '@bazaar/platform';
import { buildApp } from '../app.js';
import { createCatalogClient } from '../clients/catalog.client.js';
import { cartConfigSchema, catalogBaseUrls } from '../config.js';
import type { CartSchema } from '../data/cart-schema.js';
import { cartMigrations } from '../data/migrations/index.js';

/** Starts the cart on the location's database and embedded bus, asking the catalog at `catalogUrl`. */
export async function startCart(
  location: DatabaseLocation,
  verifyToken: TokenVerifier,
  catalogUrl: string,
): Promise<HttpApp> {
  const env = {
    DATA_DIR: location.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CATALOG_URL: catalogUrl,
  };
  const config = loadConfig(cartConfigSchema, env);
  const opened = await openServiceResources<CartSchema>({
    service: 'cart',
    config,
    migrations: cartMigrations,
    serviceDatabaseUrl: location.serviceDatabaseUrl,
  });
  const resources = { ...opened, verifyToken };
  const app = await buildApp({ config, resources, catalog: createCatalogClient(catalogBaseUrls(config)) });
  await resources.bus.start();
  await app.ready();
  return app;
}
