import { paymentRoutes } from '@bazaar/contracts/payments';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { PaymentsDb } from '../data/payments-schema.js';
import { tokenizeCard } from '../use-cases/tokenize-card.js';

/** Registers `POST /tokens`: the signed-in shopper's card becomes a token. */
export function registerTokenRoutes(
  app: HttpApp,
  db: PaymentsDb,
  guards: AuthGuards,
  fingerprintSecret: string,
): void {
  registerRoute(
    app,
    paymentRoutes.tokenizeCard,
    async (request, reply) => {
      const userId = signedInUserId(request);
      return reply.status(201).send(await tokenizeCard(db, fingerprintSecret, userId, request.body));
    },
    { onRequest: guards.requireUser },
  );
}
