// The orders service: orders and the checkout saga.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { ordersConfigSchema } from './config.js';
import type { OrdersSchema } from './data/orders-schema.js';
import { ordersMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(ordersConfigSchema);
const resources = await openServiceResources<OrdersSchema>({
  service: 'orders',
  config,
  migrations: ordersMigrations,
  serviceDatabaseUrl: config.ORDERS_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
