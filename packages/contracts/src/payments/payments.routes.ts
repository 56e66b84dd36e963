import { defineRoute, problemResponses } from '../routes/index.js';
import { AdminPaymentsQuery, PaymentRecordList } from './admin-payments.js';
import { CardToken, TokenizeCardBody } from './card-tokens.js';

/** The payments service's operations: a card becomes a token; admins list payments. */
export const paymentRoutes = {
  tokenizeCard: defineRoute({
    method: 'POST',
    path: '/tokens',
    summary: 'Tokenize a card (the gateway calls it during checkout)',
    tags: ['payments'],
    body: TokenizeCardBody,
    // repeating it only mints another token for the same card (nothing is charged), so a call
    // that timed out on a hung replica is retried on another one
    idempotent: true,
    responses: { 201: CardToken, ...problemResponses(400, 401, 413, 415) },
  }),
  listPayments: defineRoute({
    method: 'GET',
    path: '/admin/payments',
    summary: "An order's payments, or the latest 100 (admin)",
    tags: ['payments admin'],
    query: AdminPaymentsQuery,
    responses: { 200: PaymentRecordList, ...problemResponses(400, 401, 403) },
  }),
};
