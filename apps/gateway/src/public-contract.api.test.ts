import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer } from '@bazaar/platform/testing';
import {
  opsMetricsRoutes,
  publicAccountRoutes,
  publicAdminRoutes,
  publicCartRoutes,
  publicLiveRoutes,
  publicShopRoutes,
  opsRoutes,
  opsTraceRoutes,
} from '@bazaar/contracts/gateway';
import { configSchema } from './config.js';
import { createUpstreams, serviceNames } from './upstreams.js';
import { buildApp } from './app.js';
import { urlOf } from './testing/stub-services.js';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }>;
}

const declaredRoutes = [
  publicAccountRoutes,
  publicAdminRoutes,
  publicCartRoutes,
  publicLiveRoutes,
  publicShopRoutes,
  opsRoutes,
  opsTraceRoutes,
  opsMetricsRoutes,
].flatMap((routes) => Object.values(routes));

describe('the public contract', () => {
  let gateway: HttpApp;
  let catalog: FastifyInstance;
  let operations: Array<[string, Operation]>;

  beforeAll(async () => {
    // a catalog that answers its categories out of contract: the id is not a slug
    catalog = Fastify();
    catalog.get('/categories', async () => ({
      items: [{ id: 'Not A Slug', name: 'Audio', productCount: 1 }],
    }));
    await catalog.listen({ port: 0, host: '127.0.0.1' });
    const urls = Object.fromEntries(
      serviceNames.map((name) => [`${name.toUpperCase()}_URL`, 'http://127.0.0.1:9']),
    );
    const config = loadConfig(configSchema, { ...urls, CATALOG_URL: urlOf(catalog), LOG_LEVEL: 'silent' });
    const tokens = await createTestTokenIssuer();
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    const document = (await gateway.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
    );
  });
  afterAll(async () => {
    await Promise.all([gateway.close(), catalog.close()]);
  });

  it('documents every declared public route, and only those', () => {
    const declared = declaredRoutes.map(
      (route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(operations.map(([name]) => name).sort()).toEqual([...declared].sort());
  });

  it('declares a 2xx answer with its schema (or 204 No Content) for every operation', () => {
    const withoutSuccess = operations
      .filter(([, operation]) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
          status.startsWith('2'),
        );
        // 204 declares that there is no body; any other success must say what its body is
        return !success.some(
          ([status, response]) =>
            status === '204' || Object.values(response.content ?? {}).some((content) => content.schema),
        );
      })
      .map(([name]) => name);
    expect(withoutSuccess).toEqual([]);
  });

  it('declares the problem answers every operation may give: 429, 502 and 503, each a problem document', () => {
    for (const [name, operation] of operations) {
      const responses = operation.responses ?? {};
      expect([name, Object.keys(responses)]).toEqual([name, expect.arrayContaining(['429', '502', '503'])]);
      for (const [status, response] of Object.entries(responses).filter(([status]) => status >= '400')) {
        const schema = Object.values(response.content ?? {})[0]?.schema;
        expect([name, status, schema?.properties]).toEqual([
          name,
          status,
          expect.objectContaining({ code: expect.anything() }),
        ]);
      }
    }
  });

  it('answers 502 BAD_UPSTREAM_RESPONSE when a service answers out of its contract, never relaying it', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/api/categories' });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'BAD_UPSTREAM_RESPONSE' });
    expect(response.body).not.toContain('Not A Slug');
  });
});
