// The orders service: orders and the checkout saga.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { ordersConfigSchema } from './config.js';
import type { OrdersSchema } from './data/orders-schema.js';
import { ordersMigrations } from './data/migrations/index.js';

await runService<typeof ordersConfigSchema, OrdersSchema>({
  service: 'orders',
  configSchema: ordersConfigSchema,
  migrations: ordersMigrations,
  buildApp,
});
