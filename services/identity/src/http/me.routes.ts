import { createAuthGuards, registerRoute, type HttpApp } from '@bazaar/platform';
import { identityRoutes } from '@bazaar/contracts/identity';
import type { Collaborators } from '../use-cases/collaborators.js';
import { findSignedInUser } from '../use-cases/find-signed-in-user.js';

/** `GET /me`: the signed-in user (the gateway serves it as /api/me). */
export function registerMeRoutes(app: HttpApp, collaborators: Collaborators) {
  const { requireUser } = createAuthGuards(collaborators.accessTokens.verify);
  registerRoute(
    app,
    identityRoutes.me,
    async (request) => ({ user: await findSignedInUser(collaborators, request.user) }),
    { onRequest: requireUser },
  );
}
