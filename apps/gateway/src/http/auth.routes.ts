import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { AuthSession, LogInBody, MeResponse, SignUpBody } from '@bazaar/contracts/identity';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** Sign-up, login, refresh, logout and me: relayed to identity, the refresh cookie passed both ways. */
export function registerAuthRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  authRateLimit: number,
): void {
  const strict = { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } };
  const tags = ['auth'];
  const toIdentity =
    (path: string) => async (request: { body: unknown; headers: { cookie?: string | undefined } }) =>
      upstreams.identity.request({
        method: 'POST',
        path,
        ...(request.body === undefined ? {} : { body: request.body }),
        headers: request.headers.cookie ? { cookie: request.headers.cookie } : {},
      });
  const signup = toIdentity('/auth/signup');
  const login = toIdentity('/auth/login');
  const refresh = toIdentity('/auth/refresh');
  const logout = toIdentity('/auth/logout');

  app.post(
    '/api/auth/signup',
    { config: strict, schema: { tags, body: SignUpBody, response: { 201: AuthSession } } },
    async (request, reply) => relay(reply, await signup(request)),
  );
  app.post(
    '/api/auth/login',
    { config: strict, schema: { tags, body: LogInBody, response: { 200: AuthSession } } },
    async (request, reply) => relay(reply, await login(request)),
  );
  app.post(
    '/api/auth/refresh',
    { config: strict, schema: { tags, response: { 200: AuthSession } } },
    async (request, reply) => relay(reply, await refresh(request)),
  );
  app.post('/api/auth/logout', { schema: { tags } }, async (request, reply) =>
    relay(reply, await logout(request)),
  );
  app.get(
    '/api/me',
    { onRequest: guards.requireUser, schema: { tags, response: { 200: MeResponse } } },
    async (_request, reply) => relay(reply, await upstreams.identity.request({ method: 'GET', path: '/me' })),
  );
}
