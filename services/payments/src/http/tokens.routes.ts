import { CardToken, TokenizeCardBody } from '@bazaar/contracts/payments';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { PaymentsDb } from '../data/payments-schema.js';
import { tokenizeCard } from '../use-cases/tokenize-card.js';
import { problemResponses } from './problem-responses.js';

/** Registers `POST /tokens`: the signed-in shopper's card becomes a token. */
export function registerTokenRoutes(
  app: HttpApp,
  db: PaymentsDb,
  guards: AuthGuards,
  fingerprintSecret: string,
): void {
  app.post(
    '/tokens',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['payments'],
        summary: 'Tokenize a card (the gateway calls it during checkout)',
        body: TokenizeCardBody,
        response: { 201: CardToken, ...problemResponses(400, 401, 415) },
      },
    },
    async (request, reply) => {
      const userId = request.user?.id ?? '';
      return reply.status(201).send(await tokenizeCard(db, fingerprintSecret, userId, request.body));
    },
  );
}
