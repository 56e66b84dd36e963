// payments: card tokens (never card numbers), one capture per order, refunds, on a simulated processor.
import { loadConfigOrExit, openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { buildApp } from './app.js';
import { paymentsConfigSchema } from './config.js';
import type { PaymentsSchema } from './data/payments-schema.js';
import { paymentsMigrations } from './data/migrations/index.js';

const config = loadConfigOrExit(paymentsConfigSchema);
const resources = await openServiceResources<PaymentsSchema>({
  service: 'payments',
  config,
  migrations: paymentsMigrations,
  serviceDatabaseUrl: config.PAYMENTS_DATABASE_URL,
});
const app = await buildApp({ config, resources });
await resources.bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
