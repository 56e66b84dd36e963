import { AdminPaymentsQuery, PaymentRecordList } from '@bazaar/contracts/payments';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { PaymentsDb } from '../data/payments-schema.js';
import { listPayments } from '../use-cases/list-payments.js';
import { problemResponses } from './problem-responses.js';

/** Registers `GET /admin/payments?orderId=`: captured and refunded payments, for admins. */
export function registerAdminPaymentRoutes(app: HttpApp, db: PaymentsDb, guards: AuthGuards): void {
  app.get(
    '/admin/payments',
    {
      onRequest: guards.requireAdmin,
      schema: {
        tags: ['payments admin'],
        summary: "An order's payments, or the latest 100 (admin)",
        querystring: AdminPaymentsQuery,
        response: { 200: PaymentRecordList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listPayments(db, request.query.orderId),
  );
}
