// Headers on every kind of answer the gateway gives: each answer says no page may frame it and no
// browser may sniff its type; private ones (authenticated, errors, writes) are never stored; HSTS
// is sent outside development only; the storefront's page carries its full content security policy.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, type TestTokenIssuer } from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams, serviceNames } from './upstreams.js';
import { buildApp } from './app.js';
import { webAppRoot } from './http/web-app.js';
import { startStubCatalog, urlOf } from './testing/stub-services.js';
import { startStubLiveStreams, type StubLiveStreams } from './testing/stub-live-streams.js';

type HeaderValues = Record<string, string | string[] | number | undefined>;
interface Answer {
  status: number;
  headers: HeaderValues;
}
/** One kind of answer: how to get it, its status, and whether it is private (never stored). */
interface Kind {
  name: string;
  status: number;
  isPrivate: boolean;
  get: (gateway: HttpApp) => Promise<Answer>;
}

const user = { id: 'usr_1', email: 'ann@example.com', name: 'Ann', role: 'customer' };
const session = { user, accessToken: 'token', expiresIn: 900 };
const cookie = 'refresh_token=abc; Path=/api/auth; HttpOnly; SameSite=Strict';

/** An identity that signs up (201), logs in (200) and out (204) and knows who is signed in. */
async function startIdentity(): Promise<FastifyInstance> {
  const identity = Fastify();
  identity.post('/auth/signup', async (_request, reply) =>
    reply.status(201).header('set-cookie', cookie).send(session),
  );
  identity.post('/auth/login', async () => session);
  identity.post('/auth/logout', async (_request, reply) => reply.status(204).send());
  identity.get('/me', async () => ({ user }));
  await identity.listen({ port: 0, host: '127.0.0.1' });
  return identity;
}

function firstAsset(): string {
  const assets = fs.readdirSync(path.join(webAppRoot(), 'assets')).filter((name) => /\.(js|css)$/.test(name));
  if (!assets[0]) throw new Error('the storefront is not built: run npm run build');
  return `/assets/${assets[0]}`;
}

describe.each([
  ['production', true],
  ['development', false],
])('the headers of every kind of answer (BAZAAR_ENV=%s)', (environment, sendsHsts) => {
  let identity: FastifyInstance;
  let catalog: FastifyInstance;
  let streams: StubLiveStreams;
  let gateway: HttpApp;
  let tokens: TestTokenIssuer;
  let customer: { authorization: string };
  let baseUrl: string;
  const json = { 'content-type': 'application/json' };
  const login = JSON.stringify({ email: 'ann@example.com', password: 'correct horse battery' });

  beforeAll(async () => {
    [identity, catalog, streams, tokens] = await Promise.all([
      startIdentity(),
      startStubCatalog(),
      startStubLiveStreams(),
      createTestTokenIssuer(),
    ]);
    const nowhere = Object.fromEntries(
      serviceNames.map((name) => [`${name.toUpperCase()}_URL`, 'http://127.0.0.1:9']),
    );
    const config = loadConfig(configSchema, {
      ...nowhere, // cart and the rest: nothing listens, so they answer 503
      IDENTITY_URL: urlOf(identity),
      CATALOG_URL: urlOf(catalog),
      ORDERS_URL: urlOf(streams.app),
      BAZAAR_ENV: environment,
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
      BODY_LIMIT_BYTES: '2048',
      UPSTREAM_TIMEOUT_MS: '500',
    });
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    baseUrl = await gateway.listen({ port: 0, host: '127.0.0.1' });
    customer = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_1', role: 'customer' })}` };
  });
  afterAll(async () => {
    await gateway.close();
    await Promise.all([identity.close(), catalog.close(), streams.app.close()]);
  });

  const inject = (gateway: HttpApp, options: InjectOptions): Promise<Answer> =>
    gateway.inject(options).then((answer) => ({ status: answer.statusCode, headers: answer.headers }));
  const kinds: Kind[] = [
    {
      name: 'a public 200',
      status: 200,
      isPrivate: false,
      get: (g) => inject(g, { url: '/api/categories' }),
    },
    {
      name: 'an authenticated 200',
      status: 200,
      isPrivate: true,
      get: (g) => inject(g, { url: '/api/me', headers: customer }),
    },
    {
      name: 'a 201 with a session cookie',
      status: 201,
      isPrivate: true,
      get: (g) =>
        inject(g, {
          method: 'POST',
          url: '/api/auth/signup',
          headers: json,
          payload: { ...JSON.parse(login), name: 'Ann' },
        }),
    },
    {
      name: 'a 200 with a token (login)',
      status: 200,
      isPrivate: true,
      get: (g) => inject(g, { method: 'POST', url: '/api/auth/login', headers: json, payload: login }),
    },
    {
      name: 'a 204',
      status: 204,
      isPrivate: true,
      get: (g) => inject(g, { method: 'POST', url: '/api/auth/logout' }),
    },
    {
      name: 'a 400 validation error',
      status: 400,
      isPrivate: true,
      get: (g) => inject(g, { url: '/api/products?pageSize=1000' }),
    },
    {
      name: 'a 400 for a path that is not UTF-8',
      status: 400,
      isPrivate: true,
      get: (g) => inject(g, { url: '/api/products/%ED%A0%80' }),
    },
    { name: 'a 401', status: 401, isPrivate: true, get: (g) => inject(g, { url: '/api/me' }) },
    {
      name: 'a 403',
      status: 403,
      isPrivate: true,
      get: (g) =>
        inject(g, {
          method: 'POST',
          url: '/api/admin/products',
          headers: { ...customer, ...json },
          payload: {},
        }),
    },
    {
      name: 'a 404 unknown route',
      status: 404,
      isPrivate: true,
      get: (g) => inject(g, { url: '/api/nothing-here' }),
    },
    {
      name: 'a 405',
      status: 405,
      isPrivate: true,
      get: (g) => inject(g, { method: 'DELETE', url: '/api/categories' }),
    },
    {
      name: 'a 413',
      status: 413,
      isPrivate: true,
      get: (g) =>
        inject(g, {
          method: 'POST',
          url: '/api/auth/login',
          headers: json,
          payload: JSON.stringify({ email: 'x'.repeat(4096) }),
        }),
    },
    {
      name: 'a 415',
      status: 415,
      isPrivate: true,
      get: (g) =>
        inject(g, {
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'text/plain' },
          payload: login,
        }),
    },
    {
      name: 'a 429',
      status: 429,
      isPrivate: true,
      get: async (g) => {
        const attempt = () =>
          inject(g, {
            method: 'POST',
            url: '/api/auth/login',
            headers: json,
            payload: login,
            remoteAddress: '10.9.9.9',
          });
        for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(200);
        return attempt();
      },
    },
    {
      name: 'a 503 (cart down)',
      status: 503,
      isPrivate: true,
      get: (g) => inject(g, { url: '/api/cart', headers: customer }),
    },
    {
      name: 'the storefront page',
      status: 200,
      isPrivate: false,
      get: (g) => inject(g, { url: '/orders/ord_1' }),
    },
    { name: 'a static asset', status: 200, isPrivate: false, get: (g) => inject(g, { url: firstAsset() }) },
    {
      name: 'a 304 for an asset not modified',
      status: 304,
      isPrivate: false,
      get: async (g) => {
        const first = await inject(g, { url: '/favicon.svg' });
        return inject(g, { url: '/favicon.svg', headers: { 'if-none-match': String(first.headers.etag) } });
      },
    },
    {
      name: 'the API contract',
      status: 200,
      isPrivate: false,
      get: (g) => inject(g, { url: '/api/openapi.json' }),
    },
    { name: 'a health check', status: 200, isPrivate: false, get: (g) => inject(g, { url: '/health/live' }) },
    {
      name: 'a live stream',
      status: 200,
      isPrivate: true,
      get: async () => {
        const stop = new AbortController();
        const answer = await fetch(`${baseUrl}/api/orders/ord_mine/events`, {
          headers: customer,
          signal: stop.signal,
        });
        stop.abort();
        const headers: HeaderValues = {};
        answer.headers.forEach((value, name) => (headers[name] = value));
        return { status: answer.status, headers };
      },
    },
  ];

  it.each(kinds.map((kind) => [kind.name, kind] as const))('%s', async (_name, kind) => {
    const answer = await kind.get(gateway);
    expect(answer.status).toBe(kind.status);
    const { headers } = answer;
    if (kind.status >= 400) expect(headers['content-type']).toContain('application/problem+json');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    if (sendsHsts) expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    else expect(headers['strict-transport-security']).toBeUndefined();
    if (kind.isPrivate) expect(String(headers['cache-control'])).toMatch(/^no-store\b/);
    else expect(String(headers['cache-control'] ?? '')).not.toContain('no-store');
  });

  it("sends the storefront's page with its full content security policy", async () => {
    const page = await gateway.inject({ url: '/' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(String(page.headers['content-security-policy']).split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
  });
});
