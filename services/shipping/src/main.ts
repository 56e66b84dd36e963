// shipping: one shipment per paid order, moved label_created → shipped → delivered on a clock.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { shippingConfigSchema } from './config.js';
import type { ShippingSchema } from './data/shipping-schema.js';
import { shippingMigrations } from './data/migrations/index.js';

await runService<typeof shippingConfigSchema, ShippingSchema>({
  service: 'shipping',
  configSchema: shippingConfigSchema,
  migrations: shippingMigrations,
  buildApp,
});
