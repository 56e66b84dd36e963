// The gateway's port is public: what it says about the inside (metrics, its own OpenAPI, the
// addresses of the instances) is for a scraper or an admin, not for whoever asks.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, type TestTokenIssuer } from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams, serviceNames } from './upstreams.js';
import { buildApp } from './app.js';
import { urlOf } from './testing/stub-services.js';

const metricsToken = 'scraper-token-for-tests';

describe('what the gateway tells about the inside', () => {
  let catalog: FastifyInstance;
  let gateway: HttpApp;
  let tokens: TestTokenIssuer;
  let admin: { authorization: string };
  let customer: { authorization: string };

  beforeAll(async () => {
    tokens = await createTestTokenIssuer();
    catalog = Fastify();
    catalog.get('/health/ready', async () => ({ status: 'ready' }));
    await catalog.listen({ port: 0, host: '127.0.0.1' });
    const nowhere = Object.fromEntries(
      serviceNames.map((name) => [`${name.toUpperCase()}_URL`, 'http://127.0.0.1:9']),
    );
    const config = loadConfig(configSchema, {
      ...nowhere,
      CATALOG_URL: urlOf(catalog),
      METRICS_TOKEN: metricsToken,
      LOG_LEVEL: 'silent',
    });
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    admin = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_admin', role: 'admin' })}` };
    customer = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_1', role: 'customer' })}` };
  });
  afterAll(async () => {
    await Promise.all([gateway.close(), catalog.close()]);
  });

  it.each(['/metrics', '/openapi.json'])('serves %s to the metrics token only', async (url) => {
    for (const headers of [{}, customer, admin, { authorization: 'Bearer wrong' }]) {
      const refused = await gateway.inject({ url, headers });
      expect([refused.statusCode, refused.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const served = await gateway.inject({ url, headers: { authorization: `Bearer ${metricsToken}` } });
    expect(served.statusCode).toBe(200);
  });

  it('keeps the public API contract public', async () => {
    const contract = await gateway.inject({ url: '/api/openapi.json' });
    expect(contract.statusCode).toBe(200);
    expect(Object.keys(contract.json().paths)).toContain('/api/products');
  });

  it('shows instance addresses in /health/system to admins only', async () => {
    for (const headers of [{}, customer, { authorization: 'Bearer forged' }]) {
      const health = await gateway.inject({ url: '/health/system', headers });
      expect(health.json().services.catalog).toEqual({ status: 'ready', instances: [{ status: 'ready' }] });
      expect(health.body).not.toContain('127.0.0.1');
    }
    const forAdmin = await gateway.inject({ url: '/health/system', headers: admin });
    expect(forAdmin.json().services.catalog).toEqual({
      status: 'ready',
      instances: [{ url: urlOf(catalog), status: 'ready' }],
    });
  });
});
