// The orders service: orders and the checkout saga.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { ordersConfigSchema } from './config.js';
import type { OrdersSchema } from './data/orders-schema.js';
import { ordersMigrations } from './data/migrations/index.js';

/** orders: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const ordersService: ServiceDefinition<typeof ordersConfigSchema, OrdersSchema> = {
  service: 'orders',
  configSchema: ordersConfigSchema,
  migrations: ordersMigrations,
  buildApp,
};
