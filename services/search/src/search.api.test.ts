import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '@bazaar/contracts/catalog';
import { ProductCreated, ProductPriceChanged, ProductUpdated } from '@bazaar/contracts/catalog';
import { StockChanged } from '@bazaar/contracts/inventory';
import type { SearchResults } from '@bazaar/contracts/search';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
  waitUntil,
} from '@bazaar/platform/testing';
import { catalogProduct, productFacts, stockChanged } from './testing/product-facts.js';
import { feedShop, namesOf, searchFor, shopProducts } from './testing/search-fixture.js';
import { startSearch, type SearchTestApp } from './testing/search-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`search fed by catalog and inventory events on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let search: SearchTestApp;
    let peer: TestBusPeer;
    let products: Product[];
    const find = (query: string) => searchFor(search.app, query);
    const product = (name: string) => products.find((candidate) => candidate.name === name)!;

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('search', engine);
      search = await startSearch(testDatabase.location);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
      products = shopProducts();
      await feedShop(search.app, peer, products);
    });
    afterAll(async () => {
      await peer?.close();
      await search?.app.close();
      await testDatabase?.cleanup();
    });

    it('ranks a product named by the word above one that only describes it', async () => {
      const results = await find('q=headphones');
      expect(namesOf(results)).toEqual(['Studio Headphones', 'Wireless Speaker']);
      expect(results.items[0]).toEqual({
        id: product('Studio Headphones').id,
        sku: product('Studio Headphones').sku,
        name: 'Studio Headphones',
        category: 'audio',
        price: { amount: 12_900, currency: 'USD' },
        imageUrl: `/images/products/${product('Studio Headphones').sku}.svg`,
        inStock: true,
      });
    });

    it('finds words by their beginning, in any case, name hits first', async () => {
      const results = await find('q=head');
      expect(namesOf(results).slice(0, 2).sort()).toEqual(['HEADSET Pro', 'Studio Headphones']);
      expect(namesOf(results).slice(2).sort()).toEqual(['Paperback Novel', 'Wireless Speaker']);
      expect(namesOf(await find('q=HEADPHONES'))).toEqual(namesOf(await find('q=headphones')));
      expect(namesOf(await find('q=hEaDsEt'))).toEqual(['HEADSET Pro']);
    });

    it('needs every word to match, in name or description', async () => {
      expect(namesOf(await find('q=studio%20head'))).toEqual(['Studio Headphones']);
      expect(namesOf(await find('q=closed%20studio'))).toEqual(['Studio Headphones']);
      expect((await find('q=studio%20laptop')).total).toBe(0);
    });

    it('lists everything for an empty search, by name', async () => {
      const all = await find('pageSize=100');
      expect(all.total).toBe(products.length);
      expect(namesOf(all)).toEqual(namesOf(await find('q=&pageSize=100')));
      expect(all.items.find((item) => item.name === 'Gaming Laptop')?.inStock).toBeNull();
    });

    it('filters by category, price (inclusive, in cents) and stock', async () => {
      const audio = await find('category=audio&pageSize=100');
      expect(namesOf(audio).sort()).toEqual(['HEADSET Pro', 'Studio Headphones', 'Wireless Speaker']);
      const priced = await find('minPrice=4900&maxPrice=12900&pageSize=100');
      expect(priced.items.every((item) => item.price.amount >= 4_900 && item.price.amount <= 12_900)).toBe(
        true,
      );
      expect(namesOf(priced)).toContain('HEADSET Pro');
      expect(namesOf(priced)).toContain('Studio Headphones');
      const inStock = await find('q=head&inStock=true');
      expect(namesOf(inStock).sort()).toEqual(['HEADSET Pro', 'Paperback Novel', 'Studio Headphones']);
      expect((await find('category=audio&inStock=false')).total).toBe(3);
    });

    it('sorts by price either way and by newest', async () => {
      const ascending = (await find('sort=price_asc&pageSize=100')).items.map((item) => item.price.amount);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      const descending = (await find('sort=price_desc&pageSize=100')).items.map((item) => item.price.amount);
      expect(descending).toEqual([...ascending].reverse());
      const newest = await find('category=audio&sort=newest');
      expect(namesOf(newest)).toEqual(['HEADSET Pro', 'Wireless Speaker', 'Studio Headphones']);
    });

    it('pages without overlap and with a stable total', async () => {
      const seen: string[] = [];
      const totals = new Set<number>();
      for (let page = 1; page <= 5; page++) {
        const results = await find(`sort=price_asc&pageSize=7&page=${page}`);
        totals.add(results.total);
        expect(results).toMatchObject({ page, pageSize: 7 });
        seen.push(...results.items.map((item) => item.id));
      }
      expect([...totals]).toEqual([products.length]);
      expect(new Set(seen).size).toBe(products.length);
      expect((await find('pageSize=7&page=6')).items).toEqual([]);
    });

    it('counts categories without the category filter, agreeing with each category total', async () => {
      const results = await find('q=head&category=books');
      expect(results.total).toBe(1);
      const categories = results.facets.categories;
      expect(categories).toEqual([
        { value: 'audio', count: 3 },
        { value: 'books', count: 1 },
      ]);
      for (const facet of categories) {
        expect((await find(`q=head&category=${facet.value}`)).total).toBe(facet.count);
      }
    });

    it('counts fixed price ranges without the price filter, agreeing with each range total', async () => {
      const results = await find('category=office&minPrice=1000000');
      expect(results.total).toBe(0);
      const ranges = results.facets.priceRanges;
      expect(ranges).toHaveLength(7);
      expect(ranges.reduce((sum, range) => sum + range.count, 0)).toBe(25);
      for (const range of ranges) {
        const max = range.max === null ? '' : `&maxPrice=${range.max - 1}`;
        expect((await find(`category=office&minPrice=${range.min}${max}`)).total).toBe(range.count);
      }
      const all = await find('');
      expect(all.facets.categories.reduce((sum, facet) => sum + facet.count, 0)).toBe(all.total);
    });

    it('reflects a rename, a price change and a stock change', async () => {
      const shoes = product('Trail Running Shoes');
      const later = new Date(Date.parse(shoes.updatedAt) + 60_000).toISOString();
      const renamed = { ...productFacts(shoes), name: 'Mountain Trail Boots', occurredAt: later };
      await peer.publish(ProductUpdated, renamed);
      await peer.publish(ProductPriceChanged, {
        ...renamed,
        price: { amount: 5_500, currency: 'USD' },
        previousPrice: shoes.price,
      });
      await peer.publish(StockChanged, stockChanged(shoes.id, 0, later));
      // the stock change and the price change come on different queues: wait for both
      await waitUntil(async () => {
        const [boots] = (await find('q=boots')).items;
        return boots?.inStock === false && boots.price.amount === 5_500;
      });
      expect((await find('q=boots')).items[0]).toMatchObject({
        name: 'Mountain Trail Boots',
        price: { amount: 5_500 },
      });
      expect((await find('q=running')).total).toBe(0);
    });

    it('applies a repeated event once and ignores news older than what it shows', async () => {
      const headset = product('HEADSET Pro');
      await peer.publish(ProductCreated, productFacts(headset));
      const stale = { ...productFacts(headset), name: 'Old Headset', occurredAt: '2024-01-01T00:00:00.000Z' };
      await peer.publish(ProductUpdated, stale);
      await peer.publish(StockChanged, stockChanged(headset.id, 0, '2024-01-01T00:00:00.000Z'));
      const marker = catalogProduct({ name: 'Marker Lamp' });
      await peer.publish(ProductCreated, productFacts(marker));
      await waitUntil(async () => (await find('q=marker')).total === 1);
      const results: SearchResults = await find('q=headset');
      expect(results.items).toEqual([expect.objectContaining({ name: 'HEADSET Pro', inStock: true })]);
      expect((await find('pageSize=1')).total).toBe(products.length + 1);
    });

    it('shows the newer of two stock changes of one millisecond, whichever arrives last', async () => {
      const lamp = catalogProduct({ name: 'Twin Second Lamp' });
      await peer.publish(ProductCreated, productFacts(lamp));
      const at = '2026-06-01T12:00:00.000Z';
      await peer.publish(StockChanged, stockChanged(lamp.id, 0, at, 8)); // sold out: the newer
      await peer.publish(StockChanged, stockChanged(lamp.id, 1, at, 7)); // the last one left: older
      const marker = catalogProduct({ name: 'Zeta Marker Lamp' });
      await peer.publish(ProductCreated, productFacts(marker));
      await waitUntil(async () => (await find('q=zeta')).total === 1);
      expect((await find('q=twin')).items[0]).toMatchObject({ id: lamp.id, inStock: false });
    });

    it('keeps stock that arrives before its product and shows it when the product comes', async () => {
      const lamp = catalogProduct({ name: 'Early Bird Lamp' });
      await peer.publish(StockChanged, stockChanged(lamp.id, 3));
      await peer.publish(ProductCreated, productFacts(lamp));
      await waitUntil(async () => (await find('q=early')).total === 1);
      expect((await find('q=early&inStock=true')).items[0]).toMatchObject({ id: lamp.id, inStock: true });
    });
  });
}
