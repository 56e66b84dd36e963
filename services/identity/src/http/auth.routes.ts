import { registerRoute, type HttpApp } from '@bazaar/platform';
import { identityRoutes } from '@bazaar/contracts/identity';
import type { Collaborators } from '../use-cases/collaborators.js';
import { signUp } from '../use-cases/sign-up.js';
import { logIn } from '../use-cases/log-in.js';
import { refreshSession } from '../use-cases/refresh-session.js';
import { logOut } from '../use-cases/log-out.js';
import {
  clearRefreshCookie,
  readRefreshCookie,
  sendSession,
  type RefreshCookieSettings,
} from './refresh-cookie.js';
import { clientAddressOf } from './client-address.js';

/** Signup, login, refresh and logout (the gateway serves them as /api/auth/*). */
export function registerAuthRoutes(
  app: HttpApp,
  collaborators: Collaborators,
  cookie: RefreshCookieSettings,
) {
  registerRoute(app, identityRoutes.signUp, async (request, reply) => {
    const session = await signUp(collaborators, request.body, clientAddressOf(request));
    return reply.status(201).send(sendSession(reply, session, cookie));
  });
  registerRoute(app, identityRoutes.logIn, async (request, reply) =>
    sendSession(reply, await logIn(collaborators, request.body, clientAddressOf(request)), cookie),
  );
  registerRoute(app, identityRoutes.refresh, async (request, reply) =>
    sendSession(reply, await refreshSession(collaborators, readRefreshCookie(request)), cookie),
  );
  registerRoute(app, identityRoutes.logOut, async (request, reply) => {
    await logOut(collaborators, readRefreshCookie(request));
    clearRefreshCookie(reply, cookie);
    return reply.status(204).send(null);
  });
}
