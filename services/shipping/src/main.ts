// shipping: one shipment per paid order, moved label_created → shipped → delivered on a clock.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { shippingConfigSchema } from './config.js';
import type { ShippingSchema } from './data/shipping-schema.js';
import { shippingMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(shippingConfigSchema);
const resources = await openServiceResources<ShippingSchema>({
  service: 'shipping',
  config,
  migrations: shippingMigrations,
  serviceDatabaseUrl: config.SHIPPING_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
