import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, openDatabase, type Bus, type HttpApp } from '@bazaar/platform';
import {
  createTestBus,
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { ProductCreated, ProductPriceChanged, ProductUpdated } from '@bazaar/contracts/catalog';
import { buildApp } from './app.js';
import { catalogConfigSchema } from './config.js';
import type { CatalogSchema } from './data/catalog-schema.js';
import { catalogMigrations } from './data/migrations/index.js';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`catalog's product events on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let bus: Bus<CatalogSchema>;
    let peer: TestBusPeer;
    let admin: { authorization: string };

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('catalog', engine);
      const issuer = await createTestTokenIssuer();
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      const { dataDir } = testDatabase.location;
      peer = await createTestBusPeer({
        dataDir,
        listenTo: [ProductCreated, ProductUpdated, ProductPriceChanged],
      });
      const database = await openDatabase<CatalogSchema>(testDatabase.location, catalogMigrations);
      bus = createTestBus('catalog', database, dataDir);
      const config = loadConfig(catalogConfigSchema, { LOG_LEVEL: 'silent' });
      app = await buildApp({ config, database, bus, verifyToken: issuer.verifier });
      await seedDemoCatalog({ database, bus });
      await bus.start();
    });
    afterAll(async () => {
      await app?.close();
      await bus?.stop();
      await peer?.close();
      await testDatabase?.cleanup();
    });

    const product = { sku: 'EVT-0001', name: 'Evented Lamp', description: 'A lamp.', category: 'audio' };
    const create = (sku: string) =>
      app.inject({
        method: 'POST',
        url: '/products',
        headers: admin,
        payload: { ...product, sku, price: { amount: 1000, currency: 'USD' } },
      });

    it('announces every seeded product, so inventory and search can learn the catalog', async () => {
      await peer.waitFor('catalog.product.created', (data: { sku: string }) => data.sku === 'AUD-0001');
    });

    it('announces a created product once, and nothing for a write that was refused', async () => {
      const created = await create('EVT-0001');
      expect(created.statusCode).toBe(201);
      expect((await create('EVT-0001')).statusCode).toBe(409);
      const event = await peer.waitFor<{ productId: string }>(
        'catalog.product.created',
        (data) => data.productId === created.json().id,
      );
      expect(event.data).toMatchObject({ sku: 'EVT-0001', name: 'Evented Lamp', price: { amount: 1000 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        peer
          .received('catalog.product.created')
          .filter((e) => (e.data as { sku: string }).sku === 'EVT-0001'),
      ).toHaveLength(1);
    });

    it('announces an update, and a price change with the previous price', async () => {
      const id = (await create('EVT-0002')).json().id as string;
      const patched = await app.inject({
        method: 'PATCH',
        url: `/products/${id}`,
        headers: admin,
        payload: { price: { amount: 1500, currency: 'USD' } },
      });
      expect(patched.statusCode).toBe(200);
      await peer.waitFor<{ productId: string }>('catalog.product.updated', (data) => data.productId === id);
      const changed = await peer.waitFor<{ productId: string }>(
        'catalog.product.price-changed',
        (data) => data.productId === id,
      );
      expect(changed.data).toMatchObject({ price: { amount: 1500 }, previousPrice: { amount: 1000 } });
      await app.inject({
        method: 'PATCH',
        url: `/products/${id}`,
        headers: admin,
        payload: { name: 'Renamed Lamp' },
      });
      await peer.waitFor<{ name: string }>('catalog.product.updated', (data) => data.name === 'Renamed Lamp');
      expect(
        peer
          .received('catalog.product.price-changed')
          .filter((e) => (e.data as { productId: string }).productId === id),
      ).toHaveLength(1);
    });
  });
}
