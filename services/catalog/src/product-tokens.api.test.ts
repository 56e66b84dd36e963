import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, openDatabase, type HttpApp } from '@bazaar/platform';
import {
  createTestBus,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { buildApp } from './app.js';
import { catalogConfigSchema } from './config.js';
import type { CatalogSchema } from './data/catalog-schema.js';
import { catalogMigrations } from './data/migrations/index.js';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog.js';

describe('the catalog refuses every forged token', () => {
  const claims = { sub: 'usr_admin', role: 'admin' } as const;
  let testDatabase: TestDatabaseLocation;
  let app: HttpApp;
  let forged: Record<string, string>;
  let genuine: string;

  beforeAll(async () => {
    const issuer = await createTestTokenIssuer();
    forged = await issuer.forgedTokens(claims);
    genuine = await issuer.sign(claims);
    testDatabase = createTestDatabaseLocation('catalog', 'sqlite');
    const database = await openDatabase<CatalogSchema>(testDatabase.location, catalogMigrations);
    const config = loadConfig(catalogConfigSchema, { LOG_LEVEL: 'silent' });
    const bus = createTestBus('catalog', database, testDatabase.location.dataDir);
    app = await buildApp({ config, database, bus, verifyToken: issuer.verifier });
    await seedDemoCatalog({ database, bus });
  });
  afterAll(async () => {
    await app?.close();
    await testDatabase?.cleanup();
  });

  const createWith = (token: string, sku: string) =>
    app.inject({
      method: 'POST',
      url: '/products',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        sku,
        name: 'Forged Speaker',
        description: 'Should never exist.',
        category: 'audio',
        price: { amount: 100, currency: 'USD' },
      },
    });

  it('answers 401 UNAUTHENTICATED to each kind of bad token on POST /products', async () => {
    const answers: Record<string, string> = {};
    for (const [kind, token] of Object.entries(forged)) {
      const response = await createWith(token, 'FORGED-0001');
      answers[kind] = `${response.statusCode} ${response.json().code}`;
    }
    const expected = Object.fromEntries(Object.keys(forged).map((kind) => [kind, '401 UNAUTHENTICATED']));
    expect(answers).toEqual(expected);
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(8);
  });

  it('accepts the genuine admin token, so the refusals above are about the tokens', async () => {
    expect((await createWith(genuine, 'GENUINE-0001')).statusCode).toBe(201);
  });
});
