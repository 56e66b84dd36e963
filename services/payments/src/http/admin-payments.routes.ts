import { paymentRoutes } from '@bazaar/contracts/payments';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { PaymentsDb } from '../data/payments-schema.js';
import { listPayments } from '../use-cases/list-payments.js';

/** Registers `GET /admin/payments?orderId=`: captured and refunded payments, for admins. */
export function registerAdminPaymentRoutes(app: HttpApp, db: PaymentsDb, guards: AuthGuards): void {
  registerRoute(app, paymentRoutes.listPayments, async (request) => listPayments(db, request.query.orderId), {
    onRequest: guards.requireAdmin,
  });
}
