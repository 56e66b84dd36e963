import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseLocation, HttpApp, TokenVerifier } from '@bazaar/platform';
import {
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  startServiceInProcess,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import type { Category, Product } from '@bazaar/contracts/catalog';
import { catalogService } from './service.js';

/** Starts the catalog as main.ts does, seed hook included. */
async function startCatalog(location: DatabaseLocation, verifyToken: TokenVerifier): Promise<HttpApp> {
  return (await startServiceInProcess(catalogService, { location, verifyToken })).app;
}

const newProduct = {
  sku: 'TEST-0001',
  name: 'Test Headphones',
  description: 'Made for this test.',
  category: 'audio',
  price: { amount: 12_345, currency: 'USD' },
};

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`the catalog API on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let verifyToken: TokenVerifier;
    let admin: Record<string, string>;
    let customer: Record<string, string>;

    beforeAll(async () => {
      const issuer = await createTestTokenIssuer();
      verifyToken = issuer.verifier;
      admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
      customer = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_customer' })}` };
      testDatabase = createTestDatabaseLocation('catalog', engine);
      app = await startCatalog(testDatabase.location, verifyToken);
    });
    afterAll(async () => {
      await app?.close();
      await testDatabase?.cleanup();
    });

    const get = (url: string) => app.inject({ method: 'GET', url });
    const send = (method: 'POST' | 'PATCH', url: string, body: unknown, headers = admin) =>
      app.inject({ method, url, payload: body as object, headers });

    it('serves a seeded catalog of at least 200 products in at least 8 categories', async () => {
      const categories: Category[] = (await get('/categories')).json().items;
      expect(categories.length).toBeGreaterThanOrEqual(8);
      expect(categories.map((category) => category.id)).toContain('audio');
      const counted = categories.reduce((sum, category) => sum + category.productCount, 0);
      expect(counted).toBeGreaterThanOrEqual(200);
      expect((await get('/products')).json().total).toBe(counted);
      for (const category of categories) {
        const page = (await get(`/products?category=${category.id}&pageSize=100`)).json();
        expect(page.total).toBe(category.productCount);
        expect(page.items.every((product: Product) => product.category === category.id)).toBe(true);
      }
    });

    it('pages through every product by name without overlap', async () => {
      const first = (await get('/products?page=1&pageSize=20')).json();
      const second = (await get('/products?page=2&pageSize=20')).json();
      expect(first).toMatchObject({ page: 1, pageSize: 20 });
      expect(first.items).toHaveLength(20);
      const firstIds = new Set(first.items.map((product: Product) => product.id));
      expect(second.items.some((product: Product) => firstIds.has(product.id))).toBe(false);
      const seen: Product[] = [];
      for (let page = 1; seen.length < first.total; page++) {
        seen.push(...(await get(`/products?page=${page}&pageSize=100`)).json().items);
      }
      expect(new Set(seen.map((product) => product.id)).size).toBe(first.total);
      expect((await get('/products?page=2&pageSize=20')).json().items).toEqual(second.items);
      // SQLite compares names byte by byte; PostgreSQL by its database's collation.
      const names = seen.map((product) => product.name);
      if (engine === 'sqlite') expect(names).toEqual([...names].sort());
    });

    it('refuses a page size over 100 and a page 0, naming the parameter', async () => {
      const tooBig = await get('/products?pageSize=101');
      expect(tooBig.statusCode).toBe(400);
      expect(tooBig.json().errors).toEqual([expect.objectContaining({ field: 'querystring.pageSize' })]);
      expect((await get('/products?page=0')).statusCode).toBe(400);
    });

    it('answers an unknown category with an empty page', async () => {
      expect((await get('/products?category=no-such-thing')).json()).toMatchObject({ items: [], total: 0 });
    });

    it('looks up a batch of products by id, leaving unknown ids out', async () => {
      const wanted = (await get('/products?pageSize=30')).json().items.map((product: Product) => product.id);
      const found = (await get(`/products?ids=${[...wanted, 'prd_unknown'].join(',')}`)).json();
      expect(found.total).toBe(30);
      expect(found.items.map((product: Product) => product.id).sort()).toEqual([...wanted].sort());
    });

    it('gets one product by id, and 404 NOT_FOUND for an unknown one', async () => {
      const listed: Product = (await get('/products?category=audio')).json().items[0];
      expect((await get(`/products/${listed.id}`)).json()).toEqual(listed);
      expect(listed.price).toMatchObject({ currency: 'USD', amount: expect.any(Number) });
      const missing = await get('/products/prd_missing');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('NOT_FOUND');
    });

    it('lets an admin create a product that anyone can then get, with a drawn picture', async () => {
      const created = await send('POST', '/products', newProduct);
      expect(created.statusCode).toBe(201);
      const product: Product = created.json();
      expect(product).toMatchObject({ ...newProduct, imageUrl: '/images/products/TEST-0001.svg' });
      expect(product.id).toMatch(/^prd_[0-9a-f]+$/);
      expect((await get(`/products/${product.id}`)).json()).toEqual(product);
      expect((await get(`/images/products/${product.sku}.svg`)).statusCode).toBe(200);
    });

    it('refuses a second product with the same sku with 409 CONFLICT', async () => {
      const duplicate = await send('POST', '/products', { ...newProduct, name: 'Another' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().code).toBe('CONFLICT');
    });

    it('refuses writes from a customer with 403 and without a token with 401', async () => {
      const asCustomer = await send('POST', '/products', { ...newProduct, sku: 'TEST-0002' }, customer);
      expect(asCustomer.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const anonymous = await send('POST', '/products', { ...newProduct, sku: 'TEST-0002' }, {});
      expect(anonymous.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      const strangerPatch = await send('PATCH', '/products/prd_any', { bogus: true }, {});
      expect(strangerPatch.statusCode).toBe(401);
    });

    it('rejects an unknown category, an unknown field and a wrong content type', async () => {
      const unknownCategory = await send('POST', '/products', {
        ...newProduct,
        sku: 'TEST-0003',
        category: 'nope',
      });
      expect(unknownCategory.statusCode).toBe(400);
      expect(unknownCategory.json().errors).toEqual([expect.objectContaining({ field: 'body.category' })]);
      const unknownField = await send('POST', '/products', { ...newProduct, sku: 'TEST-0003', color: 'red' });
      expect(unknownField.statusCode).toBe(400);
      expect(unknownField.json().errors).toEqual([expect.objectContaining({ field: 'body.color' })]);
      const asText = await app.inject({
        method: 'POST',
        url: '/products',
        payload: 'sku=TEST-0003',
        headers: { ...admin, 'content-type': 'text/plain' },
      });
      expect(asText.statusCode).toBe(415);
      expect(asText.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('lets an admin change the price and name of a product', async () => {
      const listed: Product = (await get('/products?category=books')).json().items[0];
      const patched = await send('PATCH', `/products/${listed.id}`, {
        name: 'Renamed Book',
        price: { amount: 999, currency: 'USD' },
      });
      expect(patched.statusCode).toBe(200);
      const expected = { ...listed, name: 'Renamed Book', price: { amount: 999, currency: 'USD' } };
      expect((await get(`/products/${listed.id}`)).json()).toEqual({
        ...expected,
        updatedAt: expect.any(String),
      });
      expect(patched.json().updatedAt).not.toBe(listed.updatedAt);
    });

    it('refuses a patch of an unknown product, to a taken sku, or with nothing in it', async () => {
      const [first, second]: Product[] = (await get('/products?pageSize=2')).json().items;
      expect((await send('PATCH', '/products/prd_missing', { name: 'X' })).statusCode).toBe(404);
      expect((await send('PATCH', `/products/${first!.id}`, { sku: second!.sku })).statusCode).toBe(409);
      expect((await send('PATCH', `/products/${first!.id}`, {})).statusCode).toBe(400);
      expect((await get(`/products/${first!.id}`)).json()).toEqual(first);
    });

    it('serves the picture of any existing product as a cacheable SVG', async () => {
      const listed: Product = (await get('/products?category=garden')).json().items[0];
      const image = await get(listed.imageUrl);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toContain('image/svg+xml');
      expect(image.headers['cache-control']).toMatch(/max-age=\d{5,}/);
      expect(image.body).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect((await get('/images/products/NOPE-0000.svg')).statusCode).toBe(404);
    });

    it('seeds only once: starting again on the same database adds nothing and keeps changes', async () => {
      const before = (await get('/products')).json().total;
      const created: Product = (await get('/products?category=audio&pageSize=100'))
        .json()
        .items.find((product: Product) => product.sku === newProduct.sku);
      await app.close();
      app = await startCatalog(testDatabase.location, verifyToken);
      expect((await get('/products')).json().total).toBe(before);
      expect((await get(`/products/${created.id}`)).json()).toEqual(created);
    });
  });
}
