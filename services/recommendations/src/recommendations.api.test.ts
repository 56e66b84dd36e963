import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp, ServiceResources } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import { ProductCreated, ProductPriceChanged, ProductUpdated } from '@bazaar/contracts/catalog';
import { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import type { PersonalRecommendations, ProductRecommendations } from '@bazaar/contracts/recommendations';
import type { RecommendationsSchema } from './data/recommendations-schema.js';
import { newId, orderCancelled, orderPaid, productCreated } from './testing/store-events.js';
import { startRecommendations, waitUntilHandled } from './testing/recommendations-test-app.js';

const audio = ['A', 'B', 'C', 'D', 'E'] as const;
const books = ['F', 'G', 'H', 'I'] as const;
type Name = (typeof audio)[number] | (typeof books)[number] | 'J';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`recommendations on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let app: HttpApp;
    let resources: ServiceResources<RecommendationsSchema>;
    let peer: TestBusPeer;
    let issuer: TestTokenIssuer;
    const id = Object.fromEntries([...audio, ...books, 'J'].map((name) => [name, newId('prd')])) as Record<
      Name,
      string
    >;
    const nameOf = (productId: string) => Object.keys(id).find((name) => id[name as Name] === productId);

    beforeAll(async () => {
      issuer = await createTestTokenIssuer();
      testDatabase = createTestDatabaseLocation('recommendations', engine);
      ({ app, resources } = await startRecommendations(testDatabase.location, issuer.verifier));
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
      const created = [
        ...audio.map((name) => productCreated(id[name], 'audio')),
        ...books.map((name) => productCreated(id[name], 'books')),
        productCreated(id.J, 'garden'),
      ];
      const events = await Promise.all(created.map((product) => peer.publish(ProductCreated, product)));
      await waitUntilHandled(
        resources,
        events.map((event) => event.id),
      );
    });
    afterAll(async () => {
      await peer?.close();
      await app?.close();
      await testDatabase?.cleanup();
    });

    const forProduct = async (productId: string, limit = 50) => {
      const response = await app.inject({ url: `/products/${productId}/recommendations?limit=${limit}` });
      expect(response.statusCode).toBe(200);
      const body = response.json<ProductRecommendations>();
      return { ...body, names: body.items.map((item) => nameOf(item.id)) };
    };
    const forUser = async (userId: string, limit = 50) => {
      const authorization = `Bearer ${await issuer.sign({ sub: userId })}`;
      const response = await app.inject({
        url: `/recommendations?limit=${limit}`,
        headers: { authorization },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<PersonalRecommendations>();
      return { ...body, names: body.items.map((item) => nameOf(item.id)) };
    };
    const pay = async (userId: string, names: Name[], orderId = newId('ord')) => {
      const event = await peer.publish(
        OrderPaid,
        orderPaid(
          orderId,
          userId,
          names.map((name) => id[name]),
        ),
      );
      return { orderId, eventId: event.id };
    };

    it('before any order, shows popular products of the same category first, never the product itself', async () => {
      const { strategy, items, names } = await forProduct(id.A);
      expect(strategy).toBe('popular');
      expect(names).toHaveLength(9);
      expect(names).not.toContain('A');
      expect(new Set(names).size).toBe(9);
      expect(names.slice(0, 4).sort()).toEqual(['B', 'C', 'D', 'E']);
      const sku = `SKU-${id.B.slice(-8).toUpperCase()}`;
      expect(items.find((item) => item.id === id.B)).toEqual({
        id: id.B,
        sku,
        name: `Product ${id.B}`,
        category: 'audio',
        price: { amount: 1000, currency: 'USD' },
        imageUrl: `/images/products/${sku}.svg`,
        inStock: null,
      });
    });

    it('gives at most `limit` products, 8 by default, and refuses a limit outside 1–50', async () => {
      expect((await forProduct(id.F, 3)).items).toHaveLength(3);
      const byDefault = await app.inject({ url: `/products/${id.F}/recommendations` });
      expect(byDefault.json<ProductRecommendations>().items).toHaveLength(8);
      for (const limit of ['0', '51', 'many']) {
        const refused = await app.inject({ url: `/products/${id.F}/recommendations?limit=${limit}` });
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      }
    });

    it('answers an unknown product with popular products overall, not 404', async () => {
      const { strategy, names } = await forProduct('prd_unknown', 50);
      expect(strategy).toBe('popular');
      expect(names).toHaveLength(10);
    });

    it('once paid orders pair A with B three times and with C once, shows B then C as bought together', async () => {
      const paid = [
        await pay('usr_1', ['A', 'B']),
        await pay('usr_2', ['A', 'B']),
        await pay('usr_3', ['B', 'A']),
        await pay('usr_4', ['A', 'C'], 'ord_a_with_c'),
      ];
      await waitUntilHandled(
        resources,
        paid.map((order) => order.eventId),
      );
      const forA = await forProduct(id.A);
      expect(forA.strategy).toBe('bought_together');
      expect(forA.names.slice(0, 2)).toEqual(['B', 'C']);
      expect(forA.names.slice(2, 4).sort()).toEqual(['D', 'E']);
      expect(forA.names).toHaveLength(9);
      const forB = await forProduct(id.B, 3);
      expect(forB).toMatchObject({ strategy: 'bought_together' });
      expect(forB.names).toEqual(['A', 'C', expect.stringMatching(/^[DE]$/)]);
    });

    it('counts a paid order once, even when it arrives again under a new event id', async () => {
      const again = [
        await pay('usr_4', ['A', 'C'], 'ord_a_with_c'),
        await pay('usr_4', ['A', 'C'], 'ord_a_with_c'),
        await pay('usr_4', ['A', 'C'], 'ord_a_with_c'),
      ];
      await waitUntilHandled(
        resources,
        again.map((order) => order.eventId),
      );
      expect((await forProduct(id.A)).names.slice(0, 2)).toEqual(['B', 'C']);
    });

    it('picks for a shopper from what was bought with their purchases, never what they bought', async () => {
      const { strategy, names } = await forUser('usr_4');
      expect(strategy).toBe('personal');
      expect(names).not.toContain('A');
      expect(names).not.toContain('C');
      expect(names[0]).toBe('B');
      expect(names.slice(1, 3).sort()).toEqual(['D', 'E']);
      expect(names).toHaveLength(8);
      expect((await forUser('usr_4', 2)).names).toHaveLength(2);
    });

    it('gives a shopper without paid orders the most popular products', async () => {
      const { strategy, names } = await forUser('usr_new', 5);
      expect(strategy).toBe('popular');
      expect(names.slice(0, 3)).toEqual(['A', 'B', 'C']);
      expect(names).toHaveLength(5);
    });

    it('shows anyone, signed in or not, the best sellers overall', async () => {
      const response = await app.inject({ url: '/recommendations/popular?limit=3' });
      expect(response.statusCode).toBe(200);
      const body = response.json<PersonalRecommendations>();
      expect(body.strategy).toBe('popular');
      expect(body.items.map((item) => nameOf(item.id))).toEqual(['A', 'B', 'C']);
      expect((await app.inject({ url: '/recommendations/popular?limit=0' })).statusCode).toBe(400);
    });

    it('keeps personal picks for signed-in shoppers', async () => {
      const response = await app.inject({ url: '/recommendations' });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('stops counting a paid order once it is cancelled and refunded', async () => {
      const order = await pay('usr_5', ['G', 'H']);
      await waitUntilHandled(resources, [order.eventId]);
      expect(await forProduct(id.G, 1)).toMatchObject({ strategy: 'bought_together', names: ['H'] });
      const cancelled = orderCancelled(order.orderId, 'usr_5', [id.G, id.H], true);
      const event = await peer.publish(OrderCancelled, cancelled);
      await waitUntilHandled(resources, [event.id]);
      expect((await forProduct(id.G)).strategy).toBe('popular');
      expect((await forUser('usr_5')).strategy).toBe('popular');
      const late = await pay('usr_5', ['G', 'H'], order.orderId);
      await waitUntilHandled(resources, [late.eventId]);
      expect((await forProduct(id.G)).strategy).toBe('popular');
    });

    it('never counts an order whose refund overtook its payment', async () => {
      const orderId = newId('ord');
      const cancelled = orderCancelled(orderId, 'usr_6', [id.I, id.J], true);
      const event = await peer.publish(OrderCancelled, cancelled);
      const paid = await pay('usr_6', ['I', 'J'], orderId);
      await waitUntilHandled(resources, [event.id, paid.eventId]);
      expect((await forProduct(id.I)).strategy).toBe('popular');
      expect((await forUser('usr_6')).strategy).toBe('popular');
    });

    it('shows products as the catalog last described them, whatever order its events arrive in', async () => {
      const now = Date.now();
      const changed = {
        ...productCreated(id.B, 'audio', 4500),
        name: 'Studio headphones',
        previousPrice: { amount: 1000, currency: 'USD' as const },
        occurredAt: new Date(now).toISOString(),
      };
      const { previousPrice: _previous, ...stale } = {
        ...changed,
        name: 'An old name',
        occurredAt: new Date(now - 60_000).toISOString(),
      };
      const events = [
        await peer.publish(ProductPriceChanged, changed),
        await peer.publish(ProductUpdated, stale),
      ];
      await waitUntilHandled(
        resources,
        events.map((event) => event.id),
      );
      const [shownB] = (await forProduct(id.A, 1)).items;
      expect(shownB).toMatchObject({ id: id.B, name: 'Studio headphones', price: { amount: 4500 } });
    });
  });
}
