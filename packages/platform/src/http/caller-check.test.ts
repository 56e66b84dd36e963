import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { publicServiceKeys } from '../auth/service-keys.js';
import { serviceCredentialAs, testServiceKeyRing } from '../testing/test-service-keys.js';
import { installCallerCheck } from './caller-check.js';

/** An app of `cart` (called by the gateway and orders) with one route that says who called. */
async function cartApp() {
  const app = Fastify();
  app.setErrorHandler((error: { code?: string; status?: number }, _request, reply) =>
    reply.status(error.status ?? 500).send({ code: error.code }),
  );
  installCallerCheck(app, {
    service: 'cart',
    allowedCallers: ['gateway', 'orders'],
    publicKeys: publicServiceKeys(await testServiceKeyRing()),
    metricsToken: 'metrics-secret',
  });
  app.get('/cart', async (request) => ({ caller: request.caller }));
  app.get('/metrics', async () => 'metrics');
  app.get('/health/live', async () => ({ status: 'ok' }));
  return app;
}

const codeOf = async (app: Awaited<ReturnType<typeof cartApp>>, headers: Record<string, string>) =>
  (await app.inject({ method: 'GET', url: '/cart', headers })).json().code as string | undefined;

describe('the caller check', () => {
  it('refuses a call without a credential, with a user token alone, misdirected or expired', async () => {
    const app = await cartApp();
    expect(await codeOf(app, {})).toBe('SERVICE_CREDENTIAL_REQUIRED');
    expect(await codeOf(app, { authorization: 'Bearer user.token.here' })).toBe(
      'SERVICE_CREDENTIAL_REQUIRED',
    );
    expect(await codeOf(app, await serviceCredentialAs('gateway', 'catalog'))).toBe(
      'SERVICE_CREDENTIAL_REQUIRED',
    );
    expect(await codeOf(app, await serviceCredentialAs('gateway', 'cart', { issuedSecondsAgo: 600 }))).toBe(
      'SERVICE_CREDENTIAL_REQUIRED',
    );
  });

  it('refuses a caller the declaration does not allow, and serves those it allows', async () => {
    const app = await cartApp();
    expect(await codeOf(app, await serviceCredentialAs('payments', 'cart'))).toBe('CALLER_NOT_ALLOWED');
    const served = await app.inject({
      method: 'GET',
      url: '/cart',
      headers: await serviceCredentialAs('orders', 'cart'),
    });
    expect(served.json()).toEqual({ caller: 'orders' });
  });

  it('keeps health open and /metrics open to the metrics token only', async () => {
    const app = await cartApp();
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const withToken = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-secret' },
    });
    expect(withToken.statusCode).toBe(200);
  });
});
