import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, type TestTokenIssuer } from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';
import {
  startStubCatalog,
  startStubCheckout,
  startStubIdentity,
  startStubInventory,
  stubProduct,
  urlOf,
} from './testing/stub-services.js';

describe('gateway', () => {
  let identity: FastifyInstance;
  let catalog: FastifyInstance;
  let gateway: HttpApp;
  let inventory: FastifyInstance;
  let checkout: Awaited<ReturnType<typeof startStubCheckout>>;
  let tokens: TestTokenIssuer;

  beforeAll(async () => {
    [identity, catalog, inventory, checkout, tokens] = await Promise.all([
      startStubIdentity(),
      startStubCatalog(),
      startStubInventory(),
      startStubCheckout(),
      createTestTokenIssuer(),
    ]);
    const nowhere = 'http://127.0.0.1:9'; // services not under test here: nothing listens
    const config = loadConfig(configSchema, {
      IDENTITY_URL: urlOf(identity),
      CATALOG_URL: urlOf(catalog),
      INVENTORY_URL: urlOf(inventory),
      PAYMENTS_URL: urlOf(checkout.payments),
      ORDERS_URL: urlOf(checkout.orders),
      CART_URL: nowhere,
      SHIPPING_URL: nowhere,
      NOTIFICATIONS_URL: nowhere,
      RECOMMENDATIONS_URL: nowhere,
      SEARCH_URL: nowhere,
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      BODY_LIMIT_BYTES: '2048',
      UPSTREAM_TIMEOUT_MS: '500',
    });
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    await gateway.ready();
  });
  afterAll(async () => {
    await Promise.all([gateway.close(), identity.close(), catalog.close()]);
    if (inventory.server.listening) await inventory.close();
    await Promise.all([checkout.payments.close(), checkout.orders.close()]);
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const signupBody = { email: 'ann@example.com', password: 'correct horse battery', name: 'Ann' };

  describe('tokens', () => {
    it('refuses every forged, expired or foreign token with 401 at /api/me and the admin routes', async () => {
      const forged = await tokens.forgedTokens({ sub: 'usr_1', role: 'admin' });
      for (const [kind, token] of Object.entries({ ...forged, 'no token': '' })) {
        const headers = token ? bearer(token) : {};
        const me = await gateway.inject({ method: 'GET', url: '/api/me', headers });
        const admin = await gateway.inject({
          method: 'POST',
          url: '/api/admin/products',
          headers,
          payload: {},
        });
        expect([kind, me.statusCode, me.json().code]).toEqual([kind, 401, 'UNAUTHENTICATED']);
        expect([kind, admin.statusCode]).toEqual([kind, 401]);
      }
    });

    it('lets a customer read /api/me but not use admin routes (403)', async () => {
      const token = await tokens.sign({ sub: 'usr_1', role: 'customer' });
      expect(
        (await gateway.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).json().user.id,
      ).toBe('usr_1');
      const admin = await gateway.inject({
        method: 'POST',
        url: '/api/admin/products',
        headers: bearer(token),
        payload: {},
      });
      expect(admin.statusCode).toBe(403);
      expect(admin.json().code).toBe('FORBIDDEN');
    });

    it('lets an admin create a product, validating the body first', async () => {
      const token = await tokens.sign({ sub: 'usr_admin', role: 'admin' });
      const body = {
        sku: 'NEW-1',
        name: 'New',
        description: 'd',
        category: 'audio',
        price: { amount: 100, currency: 'USD' },
      };
      const created = await gateway.inject({
        method: 'POST',
        url: '/api/admin/products',
        headers: bearer(token),
        payload: body,
      });
      expect(created.statusCode).toBe(201);
      const invalid = await gateway.inject({
        method: 'POST',
        url: '/api/admin/products',
        headers: bearer(token),
        payload: { ...body, price: { amount: -1, currency: 'USD' }, colour: 'red' },
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['body.colour', 'body.price.amount']),
      );
    });
  });

  describe('bad input and unknown routes', () => {
    it('answers with the statuses and codes of api.md', async () => {
      const post = (payload: string, type = 'application/json') =>
        gateway.inject({
          method: 'POST',
          url: '/api/auth/signup',
          payload,
          headers: { 'content-type': type },
        });
      expect((await post(JSON.stringify({ ...signupBody, admin: true }))).json()).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body.admin' }],
      });
      expect((await post(JSON.stringify({ ...signupBody, password: 'short' }))).json().errors[0].field).toBe(
        'body.password',
      );
      expect((await post('email=a', 'application/x-www-form-urlencoded')).statusCode).toBe(415);
      expect((await post(JSON.stringify({ ...signupBody, name: 'x'.repeat(5000) }))).statusCode).toBe(413);
      expect((await gateway.inject({ method: 'GET', url: '/api/nothing-here' })).json().code).toBe(
        'NOT_FOUND',
      );
      const wrongMethod = await gateway.inject({ method: 'DELETE', url: '/api/products' });
      expect([wrongMethod.statusCode, wrongMethod.headers.allow]).toEqual([405, 'GET, HEAD']);
      expect((await gateway.inject({ method: 'GET', url: '/api/products?pageSize=101' })).statusCode).toBe(
        400,
      );
    });
  });

  describe('composition', () => {
    it('lists products as summaries and passes the refresh cookie through', async () => {
      const list = await gateway.inject({ method: 'GET', url: '/api/products' });
      expect(list.json().items[0]).toEqual({
        id: stubProduct.id,
        sku: stubProduct.sku,
        name: stubProduct.name,
        category: 'audio',
        price: stubProduct.price,
        imageUrl: stubProduct.imageUrl,
        inStock: true,
      });
      const signup = await gateway.inject({ method: 'POST', url: '/api/auth/signup', payload: signupBody });
      expect(signup.statusCode).toBe(201);
      expect(signup.headers['set-cookie']).toContain('HttpOnly');
      const refresh = await gateway.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: { cookie: 'refresh_token=abc' },
      });
      expect(refresh.json().accessToken).toBe('token-2');
    });

    it('answers the product page with availability, naming what it cannot get in degraded', async () => {
      const page = await gateway.inject({ method: 'GET', url: `/api/products/${stubProduct.id}` });
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({
        id: stubProduct.id,
        inStock: true,
        availability: { inStock: true, quantity: 7 },
      });
      expect(page.json().degraded).toEqual(['recommendations']);
      expect((await gateway.inject({ method: 'GET', url: '/api/products/prd_missing' })).statusCode).toBe(
        404,
      );
    });

    it('checks out with a card token: the card number never reaches orders, and equal requests hash equal', async () => {
      const token = await tokens.sign({ sub: 'usr_1' });
      const body = {
        shippingAddress: {
          name: 'Ann',
          line1: '1 Main St',
          city: 'Springfield',
          postalCode: '12345',
          country: 'US',
        },
        payment: { cardNumber: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' },
      };
      const send = (
        payload: object,
        headers: Record<string, string> = { 'idempotency-key': 'key-12345678' },
      ) =>
        gateway.inject({
          method: 'POST',
          url: '/api/checkout',
          headers: { ...bearer(token), ...headers },
          payload,
        });
      expect((await send(body)).statusCode).toBe(202);
      expect((await send(body)).statusCode).toBe(202);
      const [first, second] = checkout.ordersReceived as Array<Record<string, unknown>>;
      expect(JSON.stringify(checkout.ordersReceived)).not.toContain('4242424242424242');
      expect(first).toMatchObject({
        idempotencyKey: 'key-12345678',
        payment: { brand: 'visa', last4: '4242' },
      });
      expect(first!.requestFingerprint).toBe(second!.requestFingerprint);
      const missingKey = await send(body, {});
      expect([missingKey.statusCode, missingKey.json().errors[0].field]).toEqual([
        400,
        'headers.idempotency-key',
      ]);
      const badCard = await send({ ...body, payment: { ...body.payment, cardNumber: '4242424242424241' } });
      expect([badCard.statusCode, badCard.json().errors[0].field]).toEqual([400, 'body.cardNumber']);
    });

    it('degrades the product page and lists stock as unknown when inventory is down', async () => {
      await inventory.close();
      const page = await gateway.inject({ method: 'GET', url: `/api/products/${stubProduct.id}` });
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({
        availability: null,
        inStock: null,
        degraded: ['availability', 'recommendations'],
      });
      expect(
        (await gateway.inject({ method: 'GET', url: '/api/products' })).json().items[0].inStock,
      ).toBeNull();
    });

    it('publishes the public OpenAPI document', async () => {
      const paths = Object.keys(
        (await gateway.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths,
      );
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/auth/signup',
          '/api/products',
          '/api/products/{id}',
          '/api/admin/products',
        ]),
      );
    });
  });

  describe('limits and faults', () => {
    it('limits login attempts per client with 429 and Retry-After', async () => {
      const attempts = [];
      for (let i = 0; i < 6; i++) {
        attempts.push(
          await gateway.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email: 'a@b.c', password: 'x' },
          }),
        );
      }
      const limited = attempts.at(-1)!;
      expect(limited.statusCode).toBe(429);
      expect(limited.json().code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('reports each service ready, then answers 503 fast and names catalog once it is down', async () => {
      const before = await gateway.inject({ method: 'GET', url: '/health/system' });
      expect(before.json()).toMatchObject({
        services: {
          identity: { status: 'ready' },
          catalog: { status: 'ready' },
          cart: { status: 'not_ready' },
        },
      });
      expect(before.statusCode).toBe(503); // cart, shipping and notifications are not running here
      await catalog.close();
      const products = await gateway.inject({ method: 'GET', url: '/api/products' });
      expect([products.statusCode, products.json().code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      const health = await gateway.inject({ method: 'GET', url: '/health/system' });
      expect(health.statusCode).toBe(503);
      expect(health.json().services.catalog.status).toBe('not_ready');
    });
  });
});
