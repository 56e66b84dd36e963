import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import type { PaymentsConfig } from './config.js';
import { loadOrCreateFingerprintSecret } from './data/fingerprint-secret-file.js';
import type { PaymentsSchema } from './data/payments-schema.js';
import { createSimulatedCardProcessor, type CardProcessor } from './domain/simulated-card-processor.js';
import { subscribeChargeOrderOnPaymentRequested } from './events/charge-order-on-payment-requested.js';
import { subscribeRefundOrderOnRefundRequested } from './events/refund-order-on-refund-requested.js';
import { registerAdminPaymentRoutes } from './http/admin-payments.routes.js';
import { registerTokenRoutes } from './http/tokens.routes.js';

/** What payments is built from; the processor defaults to the simulated one. */
export interface PaymentsAppDeps {
  config: PaymentsConfig;
  resources: ServiceResources<PaymentsSchema>;
  processor?: CardProcessor;
}

/** Builds payments' HTTP app and declares its subscriptions; it owns the resources from now on. */
export async function buildApp({ config, resources, processor }: PaymentsAppDeps): Promise<HttpApp> {
  const fingerprintSecret =
    config.PAYMENTS_FINGERPRINT_SECRET ?? (await loadOrCreateFingerprintSecret(config.DATA_DIR));
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Payments: card tokens (never card numbers), one capture per order, refunds.',
  });
  const guards = createAuthGuards(resources.verifyToken);
  const db = resources.database.db;
  registerTokenRoutes(app, db, guards, fingerprintSecret);
  registerAdminPaymentRoutes(app, db, guards);
  subscribeChargeOrderOnPaymentRequested(resources, processor ?? createSimulatedCardProcessor());
  subscribeRefundOrderOnRefundRequested(resources);
  return app;
}
