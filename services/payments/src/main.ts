// payments: card tokens (never card numbers), one capture per order, refunds, on a simulated processor.
import { runService } from '@bazaar/platform';
import { buildApp } from './app.js';
import { paymentsConfigSchema } from './config.js';
import type { PaymentsSchema } from './data/payments-schema.js';
import { paymentsMigrations } from './data/migrations/index.js';

await runService<typeof paymentsConfigSchema, PaymentsSchema>({
  service: 'payments',
  configSchema: paymentsConfigSchema,
  migrations: paymentsMigrations,
  buildApp,
});
