// shipping: one shipment per paid order, moved label_created → shipped → delivered on a clock.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { shippingConfigSchema } from './config.js';
import type { ShippingSchema } from './data/shipping-schema.js';
import { shippingMigrations } from './data/migrations/index.js';

/** shipping: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const shippingService: ServiceDefinition<typeof shippingConfigSchema, ShippingSchema> = {
  service: 'shipping',
  configSchema: shippingConfigSchema,
  migrations: shippingMigrations,
  buildApp,
};
