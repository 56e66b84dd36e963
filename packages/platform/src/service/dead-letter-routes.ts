import { deadLetterRoutes } from '@bazaar/contracts/routes';
import { createAuthGuards } from '../auth/auth-guards.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { Bus } from '../bus/create-bus.js';
import { notFound } from '../http/app-error.js';
import type { HttpApp } from '../http/create-http-server.js';
import { registerRoute } from '../http/register-route.js';

/**
 * Serves this service's parked messages to admins: `GET /admin/dead-letters` lists them and
 * `POST /admin/dead-letters/:id/replay` puts one back on its queue. The gateway gathers them all.
 */
export function installDeadLetterRoutes(
  app: HttpApp,
  deadLetters: Bus<unknown>['deadLetters'],
  verifyToken: TokenVerifier,
): void {
  const options = { onRequest: createAuthGuards(verifyToken).requireAdmin };
  registerRoute(
    app,
    deadLetterRoutes.listDeadLetters,
    async () => ({ items: await deadLetters.list() }),
    options,
  );
  registerRoute(
    app,
    deadLetterRoutes.replayDeadLetter,
    async (request) => {
      const { id } = request.params;
      const parked = await deadLetters.list();
      if (!parked.some((letter) => letter.id === id)) throw notFound(`No parked message ${id}.`);
      await deadLetters.replay(id);
      return { replayed: id };
    },
    options,
  );
}
