import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@bazaar/platform';
import {
  createTestBus,
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import type { CatalogDatabase, CatalogSchema } from '../data/catalog-schema.js';
import { catalogMigrations } from '../data/migrations/index.js';
import { demoCatalog } from '../seed/demo-catalog.js';
import { seedDemoCatalog } from './seed-demo-catalog.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`seeding the demo catalog on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    const replicas: CatalogDatabase[] = [];
    const open = async () => {
      const database = await openDatabase<CatalogSchema>(testDatabase.location, catalogMigrations);
      replicas.push(database);
      return database;
    };
    const withBus = (database: CatalogDatabase) => ({
      database,
      bus: createTestBus('catalog', database, testDatabase.location.dataDir),
    });
    const countRows = async (database: CatalogDatabase) => {
      const products = await database.db.selectFrom('products').select('sku').execute();
      const categories = await database.db.selectFrom('categories').select('id').execute();
      return { products: products.length, categories: categories.length };
    };

    const cleanDatabase = async (database: CatalogDatabase) => {
      await database.db.deleteFrom('products').execute();
      await database.db.deleteFrom('categories').execute();
    };

    beforeAll(() => {
      testDatabase = createTestDatabaseLocation('catalog', engine);
    });
    afterAll(async () => {
      await Promise.all(replicas.map((database) => database.close()));
      await testDatabase?.cleanup();
    });

    const demo = demoCatalog();
    const everyDemoRow = { products: demo.products.length, categories: demo.categories.length };

    it('adds every demo product and category once, however often replicas start', async () => {
      const first = await open();
      expect(await seedDemoCatalog(withBus(first))).toBe(demo.products.length);
      expect(await seedDemoCatalog(withBus(await open()))).toBe(0);
      expect(await countRows(first)).toEqual(everyDemoRow);
    });

    // SQLite replicas are separate processes; inside one process better-sqlite3's busy wait
    // would block the very event loop that has to commit the other transaction.
    if (engine === 'sqlite') return;
    it('adds every row once when two replicas seed at once', async () => {
      await cleanDatabase(replicas[0]!);
      const [first, second] = [await open(), await open()];
      await Promise.all([seedDemoCatalog(withBus(first)), seedDemoCatalog(withBus(second))]);
      expect(await countRows(first)).toEqual(everyDemoRow);
    });
  });
}
