import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import { createAuthGuards } from '../auth/auth-guards.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { Bus } from '../bus/create-bus.js';
import { notFound } from '../http/app-error.js';

/**
 * Serves this service's parked messages to admins: `GET /admin/dead-letters` lists them and
 * `POST /admin/dead-letters/:id/replay` puts one back on its queue. The gateway gathers them all.
 */
export function installDeadLetterRoutes(
  app: FastifyInstance,
  deadLetters: Bus<unknown>['deadLetters'],
  verifyToken: TokenVerifier,
): void {
  const { requireAdmin } = createAuthGuards(verifyToken);
  app.get('/admin/dead-letters', { onRequest: requireAdmin, schema: { hide: true } }, async () => ({
    items: await deadLetters.list(),
  }));
  app.post(
    '/admin/dead-letters/:id/replay',
    {
      onRequest: requireAdmin,
      schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 200 }) }) },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const parked = await deadLetters.list();
      if (!parked.some((letter) => letter.id === id)) throw notFound(`No parked message ${id}.`);
      await deadLetters.replay(id);
      return { replayed: id };
    },
  );
}
