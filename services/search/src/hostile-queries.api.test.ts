import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { feedShop, namesOf, searchFor, shopProducts } from './testing/search-fixture.js';
import { startSearch, type SearchTestApp } from './testing/search-test-app.js';

const hostileTexts = [
  '"',
  '"headphones',
  'head*',
  '*',
  '-studio',
  'studio -',
  'OR',
  'headphones OR laptop',
  'AND NOT',
  'NEAR(',
  'NEAR(studio headphones, 2)',
  'name:studio',
  ':',
  'description : "x"',
  '(((',
  ')',
  '^studio',
  'head:*',
  '!',
  '& | !',
  "'; drop table products; --",
  "1' or '1'='1",
  '\\',
  '%',
  '_',
  'café',
  '日本',
  '🎧🎧🎧',
  'Ünïcödé ß',
  '\u0000',
  '\u202e',
];

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`search with hostile and invalid input on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let search: SearchTestApp;
    let peer: TestBusPeer;
    const get = (url: string) => search.app.inject({ method: 'GET', url });

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('search', engine);
      search = await startSearch(testDatabase.location);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
      await feedShop(search.app, peer, shopProducts());
    });
    afterAll(async () => {
      await peer?.close();
      await search?.app.close();
      await testDatabase?.cleanup();
    });

    it.each(hostileTexts)('answers %j with 200 and a well-formed page', async (text) => {
      const answer = await get(`/search?q=${encodeURIComponent(text)}`);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
    });

    it('reads operators and quotes as plain words', async () => {
      expect(namesOf(await searchFor(search.app, `q=${encodeURIComponent('"studio" -head*')}`))).toEqual([
        'Studio Headphones',
      ]);
      expect((await searchFor(search.app, `q=${encodeURIComponent('headphones OR laptop')}`)).total).toBe(0);
      expect((await searchFor(search.app, 'pageSize=100')).total).toBe(shopProducts().length);
    });

    it('finds words of other scripts and diacritics', async () => {
      expect(namesOf(await searchFor(search.app, `q=${encodeURIComponent('café')}`))).toEqual([
        'Café Espresso Maker',
      ]);
      if (engine === 'sqlite') {
        // PostgreSQL's parser in this locale may not split CJK text into words; the answer is still 200
        expect(namesOf(await searchFor(search.app, `q=${encodeURIComponent('日本')}`))).toEqual([
          'Café Espresso Maker',
        ]);
      }
    });

    it('answers a 2,000-character search, and a text of only symbols finds everything', async () => {
      const long = 'headphones '.repeat(200).slice(0, 2000);
      expect((await get(`/search?q=${encodeURIComponent(long)}`)).statusCode).toBe(200);
      const noisy = Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x20 + (i % 95))).join('');
      expect((await get(`/search?q=${encodeURIComponent(noisy)}`)).statusCode).toBe(200);
      const symbols = await searchFor(search.app, `q=${encodeURIComponent('"*:()- 🎧')}`);
      expect(symbols.total).toBe(shopProducts().length);
    });

    it.each([
      ['minPrice above maxPrice', 'minPrice=5000&maxPrice=100', 'querystring.minPrice'],
      ['a negative price', 'minPrice=-1', 'querystring.minPrice'],
      ['a fractional price', 'maxPrice=1.5', 'querystring.maxPrice'],
      ['a page size over 100', 'pageSize=101', 'querystring.pageSize'],
      ['page 0', 'page=0', 'querystring.page'],
      ['an unknown sort', 'sort=cheapest', 'querystring.sort'],
      ['an unknown field', 'color=red', 'querystring.color'],
      ['a category that is no slug', 'category=Bad%00Cat', 'querystring.category'],
      ['a non-boolean inStock', 'inStock=maybe', 'querystring.inStock'],
      ['a search text over 2,048 characters', `q=${'a'.repeat(2049)}`, 'querystring.q'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_name, query, field) => {
      const answer = await get(`/search?${query}`);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(answer.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    });
  });
}
