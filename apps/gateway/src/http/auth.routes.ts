import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { identityRoutes } from '@bazaar/contracts/identity';
import { publicAccountRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

type CookieRequest = { headers: { cookie?: string | undefined } };

/** Sign-up, login, refresh, logout and me: relayed to identity, the refresh cookie passed both ways. */
export function registerAuthRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  authRateLimit: number,
): void {
  const strict = { config: { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } } };
  const { identity } = upstreams;
  const cookieOf = (request: CookieRequest): Record<string, string> =>
    request.headers.cookie ? { cookie: request.headers.cookie } : {};
  registerRoute(
    app,
    routes.signUp,
    async (request, reply) =>
      relay(
        reply,
        await identity.call(identityRoutes.signUp, { body: request.body, headers: cookieOf(request) }),
      ),
    strict,
  );
  registerRoute(
    app,
    routes.logIn,
    async (request, reply) =>
      relay(
        reply,
        await identity.call(identityRoutes.logIn, { body: request.body, headers: cookieOf(request) }),
      ),
    strict,
  );
  registerRoute(
    app,
    routes.refresh,
    async (request, reply) =>
      relay(reply, await identity.call(identityRoutes.refresh, { headers: cookieOf(request) })),
    strict,
  );
  registerRoute(app, routes.logOut, async (request, reply) =>
    relay(reply, await identity.call(identityRoutes.logOut, { headers: cookieOf(request) })),
  );
  registerRoute(
    app,
    routes.me,
    async (_request, reply) => relay(reply, await identity.call(identityRoutes.me, {})),
    { onRequest: guards.requireUser },
  );
}
