// payments: card tokens (never card numbers), one capture per order, refunds, on a simulated processor.
import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { paymentsConfigSchema } from './config.js';
import type { PaymentsSchema } from './data/payments-schema.js';
import { paymentsMigrations } from './data/migrations/index.js';

/** payments: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const paymentsService: ServiceDefinition<typeof paymentsConfigSchema, PaymentsSchema> = {
  service: 'payments',
  configSchema: paymentsConfigSchema,
  migrations: paymentsMigrations,
  buildApp,
};
