import type { FastifyRequest } from 'fastify';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { clientAddressHeader, identityRoutes } from '@bazaar/contracts/identity';
import { publicAccountRoutes as routes } from '@bazaar/contracts/gateway';
import type { GatewayConfig } from '../config.js';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';
import { clientAddressOf } from './client-address.js';

type CookieRequest = { headers: { cookie?: string | undefined } };

/**
 * Sign-up, login, refresh, logout and me: relayed to identity, the refresh cookie passed both ways;
 * sign-up and login name the client's address to identity (its throttle counts by it).
 */
export function registerAuthRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  config: Pick<GatewayConfig, 'AUTH_RATE_LIMIT_PER_MINUTE' | 'TRUSTED_PROXIES'>,
): void {
  const strict = {
    config: { rateLimit: { max: config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
  };
  const { identity } = upstreams;
  const cookieOf = (request: CookieRequest): Record<string, string> =>
    request.headers.cookie ? { cookie: request.headers.cookie } : {};
  // identity's throttle counts by the client's address; only the gateway's word for it is believed
  const fromClient = (request: FastifyRequest) => ({
    ...cookieOf(request),
    [clientAddressHeader]: clientAddressOf(request, config.TRUSTED_PROXIES),
  });
  registerRoute(
    app,
    routes.signUp,
    async (request, reply) =>
      relay(
        reply,
        await identity.call(identityRoutes.signUp, { body: request.body, headers: fromClient(request) }),
      ),
    strict,
  );
  registerRoute(
    app,
    routes.logIn,
    async (request, reply) =>
      relay(
        reply,
        await identity.call(identityRoutes.logIn, { body: request.body, headers: fromClient(request) }),
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
