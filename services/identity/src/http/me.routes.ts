import { createAuthGuards, type HttpApp } from '@bazaar/platform';
import { Problem } from '@bazaar/contracts';
import { MeResponse } from '@bazaar/contracts/identity';
import type { Collaborators } from '../use-cases/collaborators.js';
import { findSignedInUser } from '../use-cases/find-signed-in-user.js';

/** `GET /me`: the signed-in user (the gateway serves it as /api/me). */
export function registerMeRoutes(app: HttpApp, collaborators: Collaborators) {
  const { requireUser } = createAuthGuards(collaborators.accessTokens.verify);
  app.get(
    '/me',
    {
      onRequest: requireUser,
      schema: { summary: 'The signed-in user', tags: ['auth'], response: { 200: MeResponse, 401: Problem } },
    },
    async (request) => ({ user: await findSignedInUser(collaborators, request.user) }),
  );
}
