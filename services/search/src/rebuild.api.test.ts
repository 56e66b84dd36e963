import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '@bazaar/contracts/catalog';
import { ProductUpdated } from '@bazaar/contracts/catalog';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
  waitUntil,
} from '@bazaar/platform/testing';
import type { TokenVerifier } from '@bazaar/platform';
import { productFacts } from './testing/product-facts.js';
import { feedShop, namesOf, searchFor, shopProducts, shopStock } from './testing/search-fixture.js';
import { startSearch, type SearchTestApp } from './testing/search-test-app.js';
import { startStubSources, type StubSourcesServer } from './testing/stub-sources.js';

const comparedQueries = [
  'pageSize=100',
  'q=head',
  'q=headphones',
  'category=audio&sort=newest',
  'sort=price_desc&pageSize=100',
  'inStock=true&pageSize=100',
  'q=desk&page=2&pageSize=5&sort=price_asc',
];

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`rebuilding the search index on ${engine}`, () => {
    const databases: TestDatabaseLocation[] = [];
    let search: SearchTestApp;
    let peer: TestBusPeer;
    let stub: StubSourcesServer;
    let verifyToken: TokenVerifier;
    let admin: Record<string, string>;
    let customer: Record<string, string>;
    let eventFed: string[];
    const products: Product[] = shopProducts();

    const startOnFreshDatabase = async () => {
      const location = createTestDatabaseLocation('search', engine);
      databases.push(location);
      const env = { CATALOG_URL: stub.url, INVENTORY_URL: stub.url };
      search = await startSearch(location.location, { verifyToken, env });
      peer = await createTestBusPeer({ dataDir: location.location.dataDir });
    };
    const stopSearch = async () => {
      await peer.close();
      await search.app.close();
    };
    const rebuild = (headers = admin) =>
      search.app.inject({ method: 'POST', url: '/admin/rebuild', headers });
    const answers = () =>
      Promise.all(comparedQueries.map(async (query) => JSON.stringify(await searchFor(search.app, query))));

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      verifyToken = issuer.verifier;
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      customer = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_customer' })}` };
      const availability = products.flatMap((product) => {
        const units = shopStock(product);
        return units === null ? [] : [{ productId: product.id, inStock: units > 0, quantity: units }];
      });
      stub = await startStubSources({ products, availability });
      await startOnFreshDatabase();
      await feedShop(search.app, peer, products);
      eventFed = await answers();
    });
    afterAll(async () => {
      await stopSearch();
      await stub?.close();
      for (const location of databases) await location.cleanup();
    });

    it('rebuilds from the catalog and inventory to the same answers as the events gave', async () => {
      const answer = await rebuild();
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ products: products.length, tookMs: expect.any(Number) });
      expect(await answers()).toEqual(eventFed);
    });

    it('lets only an admin rebuild', async () => {
      expect((await rebuild({})).statusCode).toBe(401);
      expect((await rebuild(customer)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });

    it('gives the same answers after the database is wiped and rebuilt', async () => {
      await stopSearch();
      await startOnFreshDatabase();
      expect((await searchFor(search.app, '')).total).toBe(0);
      expect((await rebuild()).json().products).toBe(products.length);
      expect(await answers()).toEqual(eventFed);
    });

    it('keeps answering during a rebuild, and keeps the events that arrive meanwhile', async () => {
      stub.setDelayMsPerPage(1_500);
      const pagesBefore = stub.pagesServed();
      const running = rebuild();
      await waitUntil(() => stub.pagesServed() > pagesBefore);
      expect(await answers()).toEqual(eventFed);
      expect((await rebuild()).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
      const speaker = products.find((product) => product.name === 'Wireless Speaker')!;
      const later = new Date(Date.now() + 1_000).toISOString();
      await peer.publish(ProductUpdated, {
        ...productFacts(speaker),
        name: 'Wireless Boombox',
        occurredAt: later,
      });
      await waitUntil(async () => (await searchFor(search.app, 'q=boombox')).total === 1);
      expect((await running).statusCode).toBe(200);
      stub.setDelayMsPerPage(0);
      expect(namesOf(await searchFor(search.app, 'q=boombox'))).toEqual(['Wireless Boombox']);
      expect((await searchFor(search.app, 'q=wireless%20speaker')).total).toBe(0);
      expect((await searchFor(search.app, '')).total).toBe(products.length);
    });

    it('leaves the live index as it was when the catalog cannot be read', async () => {
      await stub.close();
      expect((await rebuild()).statusCode).toBe(503);
      expect((await searchFor(search.app, '')).total).toBe(products.length);
      stub = await startStubSources({ products, availability: [] });
    });
  });
}
