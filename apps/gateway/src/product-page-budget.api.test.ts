// The optional parts of the product page have small budgets: with inventory and recommendations
// accepting connections but never answering (as a paused process does), the page answers from the
// first request, well before the calls' own timeout, and the breakers then skip the hung services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer } from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';
import { startStubCatalog, stubProduct, urlOf } from './testing/stub-services.js';
import { startHangingServer, type HangingServer } from './testing/hanging-server.js';

describe('the product page with hung dependencies', () => {
  let catalog: FastifyInstance;
  let hung: HangingServer;
  let gateway: HttpApp;
  const timeoutMs = 20_000;

  beforeAll(async () => {
    [catalog, hung] = await Promise.all([startStubCatalog(), startHangingServer()]);
    const nowhere = 'http://127.0.0.1:9';
    const config = loadConfig(configSchema, {
      ...Object.fromEntries(
        ['IDENTITY', 'CART', 'SHIPPING', 'NOTIFICATIONS', 'SEARCH', 'PAYMENTS', 'ORDERS'].map((name) => [
          `${name}_URL`,
          nowhere,
        ]),
      ),
      CATALOG_URL: urlOf(catalog),
      INVENTORY_URL: hung.url,
      RECOMMENDATIONS_URL: hung.url,
      LOG_LEVEL: 'silent',
      UPSTREAM_TIMEOUT_MS: String(timeoutMs),
      REQUEST_DEADLINE_MS: String(timeoutMs * 2),
      OPTIONAL_PART_BUDGET_MS: '300',
    });
    const { verifier } = await createTestTokenIssuer();
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: verifier });
    await gateway.ready();
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([catalog?.close(), hung?.close()]);
  });

  const page = async () => {
    const started = performance.now();
    const response = await gateway.inject({ method: 'GET', url: `/api/products/${stubProduct.id}` });
    return { response, ms: performance.now() - started };
  };

  it('answers 200 with both parts degraded from the first request, within the parts’ budget', async () => {
    const { response, ms } = await page();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: stubProduct.id, availability: null, recommendations: null });
    expect(response.json().degraded).toEqual(['availability', 'recommendations']);
    expect(ms).toBeLessThan(timeoutMs / 2); // the budget bound it, not the 20 s timeout
  });

  it('stops calling the hung services once their breakers open', async () => {
    for (let i = 0; i < 6; i++) expect((await page()).response.statusCode).toBe(200);
    const before = hung.requests();
    for (let i = 0; i < 10; i++) expect((await page()).response.json().degraded).toHaveLength(2);
    expect(hung.requests() - before).toBeLessThanOrEqual(2); // at most a half-open probe per service
  });
});
