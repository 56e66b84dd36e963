// cart: one cart per shopper, priced from the catalog when read.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { createCatalogClient } from './clients/catalog.client.js';
import { cartConfigSchema, catalogBaseUrls } from './config.js';
import type { CartSchema } from './data/cart-schema.js';
import { cartMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(cartConfigSchema);
const resources = await openServiceResources<CartSchema>({
  service: 'cart',
  config,
  migrations: cartMigrations,
  serviceDatabaseUrl: config.CART_DATABASE_URL,
});
const catalog = createCatalogClient(catalogBaseUrls(config));
const app = await buildApp({ config, resources, catalog });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
