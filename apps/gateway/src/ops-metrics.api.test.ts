// GET /api/ops/edges and /api/ops/breakers, in-process over HTTP: the gateway reads its own
// /metrics and every service's (here a catalog stub that answers, a cart that is down, and a search
// stub whose /metrics text says what its consumers handled and what its breakers are).
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, type TestTokenIssuer } from '@bazaar/platform/testing';
import type { OpsBreaker, OpsEdge } from '@bazaar/contracts/gateway';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';
import { startStubCatalog, startStubIdentity, urlOf } from './testing/stub-services.js';

/** search-0's metrics: 30 catalog events handled and 10 failed since it started, all within 0.5 s of lag. */
function searchMetrics(startedAt: number): string {
  const labels = 'service="search",instance="search-0"';
  const queue = 'queue="search.index-products"';
  const type = 'type="catalog.product.created"';
  return [
    `process_start_time_seconds{${labels}} ${startedAt}`,
    `bus_events_handled_total{${labels},${queue},${type}} 30`,
    `bus_events_failed_total{${labels},${queue},${type}} 10`,
    `bus_consumer_lag_seconds_bucket{${labels},${queue},le="0.25"} 0`,
    `bus_consumer_lag_seconds_bucket{${labels},${queue},le="0.5"} 40`,
    `bus_consumer_lag_seconds_bucket{${labels},${queue},le="+Inf"} 40`,
    `circuit_breaker_state{${labels},callee="catalog",replica="catalog-0",state="open"} 1`,
    `circuit_breaker_state{${labels},callee="catalog",replica="catalog-0",state="closed"} 0`,
    '',
  ].join('\n');
}

describe('the ops metric views', () => {
  let identity: FastifyInstance;
  let catalog: FastifyInstance;
  let search: FastifyInstance;
  let gateway: HttpApp;
  let tokens: TestTokenIssuer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    search = Fastify();
    search.get('/metrics', async (_request, reply) =>
      reply.type('text/plain').send(searchMetrics(Date.now() / 1000 - 10)),
    );
    await search.listen({ port: 0, host: '127.0.0.1' });
    [identity, catalog, tokens] = await Promise.all([
      startStubIdentity(),
      startStubCatalog(),
      createTestTokenIssuer(),
    ]);
    const nowhere = 'http://127.0.0.1:9'; // nothing listens: these services are down
    const config = loadConfig(configSchema, {
      IDENTITY_URL: urlOf(identity),
      CATALOG_URL: urlOf(catalog),
      SEARCH_URL: urlOf(search),
      ...Object.fromEntries(
        ['INVENTORY', 'PAYMENTS', 'ORDERS', 'CART', 'SHIPPING', 'NOTIFICATIONS', 'RECOMMENDATIONS'].map(
          (name) => [`${name}_URL`, nowhere],
        ),
      ),
      LOG_LEVEL: 'silent',
      UPSTREAM_TIMEOUT_MS: '500',
    });
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    admin = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_admin', role: 'admin' })}` };
  });
  afterAll(async () => {
    await gateway.close();
    await Promise.all([identity.close(), catalog.close(), search.close()]);
  });

  const edges = async (window = 60) => {
    const response = await gateway.inject({
      method: 'GET',
      url: `/api/ops/edges?window=${window}`,
      headers: admin,
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: OpsEdge[] }).items;
  };
  const edge = (items: OpsEdge[], from: string, to: string, kind: OpsEdge['kind']) =>
    items.find((item) => item.from === from && item.to === to && item.kind === kind);

  it('lists every declared edge, HTTP and event, with the calls the gateway made', async () => {
    for (let i = 0; i < 4; i++) expect((await gateway.inject({ url: '/api/products' })).statusCode).toBe(200);
    const customer = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_1', role: 'customer' })}` };
    expect((await gateway.inject({ url: '/api/cart', headers: customer })).statusCode).toBe(503);
    const items = await edges();
    expect(edge(items, 'gateway', 'catalog', 'http')).toMatchObject({ errorRatio: 0 });
    expect(edge(items, 'gateway', 'catalog', 'http')?.ratePerSecond).toBeGreaterThan(0);
    expect(edge(items, 'gateway', 'catalog', 'http')?.p99Ms).toBeGreaterThan(0);
    expect(edge(items, 'gateway', 'cart', 'http')).toMatchObject({ errorRatio: 1 });
    expect(edge(items, 'orders', 'inventory', 'event')).toMatchObject({
      ratePerSecond: 0,
      errorRatio: 0,
      p99Ms: null,
    });
    expect(edge(items, 'cart', 'catalog', 'http')).toBeDefined();
  });

  it("measures an event edge at the consumer: catalog → search from search's handled and failed events", async () => {
    const catalogToSearch = edge(await edges(), 'catalog', 'search', 'event');
    expect(catalogToSearch?.errorRatio).toBe(0.25);
    expect(catalogToSearch?.p99Ms).toBeCloseTo(250 + 250 * ((0.99 * 40) / 40), 0);
    // 40 events since search started, 10 s before it answered the scrape (plus the scrape's own time)
    expect(catalogToSearch?.ratePerSecond).toBeLessThanOrEqual(4);
    expect(catalogToSearch?.ratePerSecond).toBeGreaterThan(2);
  });

  it('shows each caller breaker per callee replica', async () => {
    const response = await gateway.inject({ url: '/api/ops/breakers', headers: admin });
    const items = (response.json() as { items: OpsBreaker[] }).items;
    expect(items).toContainEqual({ from: 'search', to: 'catalog', instance: 'catalog-0', state: 'open' });
    expect(items).toContainEqual({ from: 'gateway', to: 'catalog', instance: 'catalog-0', state: 'closed' });
  });

  it('is for admins only, and refuses a window it cannot give', async () => {
    expect((await gateway.inject({ url: '/api/ops/edges' })).statusCode).toBe(401);
    const customer = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_1', role: 'customer' })}` };
    expect((await gateway.inject({ url: '/api/ops/breakers', headers: customer })).statusCode).toBe(403);
    const tooLong = await gateway.inject({ url: '/api/ops/edges?window=100000', headers: admin });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
