import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer } from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';
import { urlOf } from './testing/stub-services.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(redisUrl);
  const socket = connect({ host: hostname, port: Number(port || 6379) });
  socket.once('connect', () => resolve(socket.destroy() !== undefined));
  socket.once('error', () => resolve(false));
});

/** A stand-in identity that records the client address it is told, and locks one email. */
async function startRecordingIdentity(seen: string[]): Promise<FastifyInstance> {
  const app = Fastify();
  const user = { id: 'usr_1', email: 'ann@example.com', name: 'Ann', role: 'customer' };
  app.post('/auth/login', async (request, reply) => {
    seen.push(String(request.headers['x-client-address']));
    if ((request.body as { email: string }).email !== 'locked@example.com') {
      return { user, accessToken: 'token', expiresIn: 900 };
    }
    const code = 'LOGIN_LOCKED';
    return reply.status(429).type('application/problem+json').header('retry-after', '840').send({
      type: 'https://bazaar.dev/problems/login-locked',
      title: 'Too many failed sign-ins; signing in is locked for a while',
      status: 429,
      code,
    });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

describe('gateway rate limits and the client address', () => {
  const seen: string[] = [];
  const prefix = `bazaar-test:${randomUUID()}:`;
  let identity: FastifyInstance;
  const gateways: HttpApp[] = [];
  const startGateway = async (env: Record<string, string>) => {
    const config = loadConfig(configSchema, {
      IDENTITY_URL: urlOf(identity),
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT_PER_MINUTE: '4',
      RATE_LIMIT_KEY_PREFIX: prefix,
      ...env,
    });
    const { verifier } = await createTestTokenIssuer();
    const gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: verifier });
    gateways.push(gateway);
    return gateway;
  };
  const logIn = (gateway: HttpApp, remoteAddress: string, headers: Record<string, string> = {}) =>
    gateway.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ann@example.com', password: 'a password' },
      remoteAddress,
      headers,
    });

  beforeAll(async () => {
    identity = await startRecordingIdentity(seen);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await identity?.close();
  });

  it.skipIf(!redisAnswers)(
    'counts attempts at two gateways together in Redis; other clients are unaffected',
    async () => {
      const [first, second] = [
        await startGateway({ REDIS_URL: redisUrl }),
        await startGateway({ REDIS_URL: redisUrl }),
      ];
      const statuses = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await logIn(attempt % 2 === 0 ? first! : second!, '192.0.2.10')).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      const limited = await logIn(second!, '192.0.2.10');
      expect(limited.json().code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await logIn(first!, '192.0.2.11')).statusCode).toBe(200);
    },
  );

  it('believes X-Forwarded-For only as far back as TRUSTED_PROXIES, and tells identity that address', async () => {
    const behindOne = await startGateway({ TRUSTED_PROXIES: '1' });
    const direct = await startGateway({});
    seen.length = 0;
    await logIn(behindOne, '10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.20' });
    await logIn(direct, '10.0.0.3', { 'x-forwarded-for': '198.51.100.21' });
    expect(seen).toEqual(['198.51.100.20', '10.0.0.3']);
    // the client's own X-Forwarded-For entries (left of the trusted proxy's) change nothing
    const statuses = [];
    for (const spoof of ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4', '5.5.5.5']) {
      const headers = { 'x-forwarded-for': `${spoof}, 198.51.100.30` };
      statuses.push((await logIn(behindOne, '10.0.0.2', headers)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it("passes identity's lock on with its code and Retry-After", async () => {
    const gateway = await startGateway({});
    const response = await gateway.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'locked@example.com', password: 'the right one' },
      remoteAddress: '192.0.2.99',
    });
    expect([response.statusCode, response.json().code]).toEqual([429, 'LOGIN_LOCKED']);
    expect(response.headers['retry-after']).toBe('840');
  });
});
