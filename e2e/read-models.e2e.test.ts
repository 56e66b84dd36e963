// The read models across real processes: search follows the catalog and inventory within seconds,
// catches up after being stopped and rebuilds to the same answers; recommendations learn from paid
// orders; with either stopped, the store keeps working and the product page says what is degraded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { fetchJson } from './support/http.js';
import {
  buy,
  fastShopSettings,
  newProduct,
  orderReaching,
  setStock,
  signIn,
  type Shopper,
} from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

interface SearchAnswer {
  items: Array<{ id: string; name: string; price: { amount: number }; inStock: boolean | null }>;
  total: number;
}

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`the read models on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;
    const search = (query: string) => fetchJson<SearchAnswer>(`${system.baseUrl}/api/search?${query}`);
    const findWithin = (query: string, check: (answer: SearchAnswer) => boolean, what: string) =>
      eventually(async () => check((await search(query)).body), { timeoutMs: 20_000, what });

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({
        env: { ...fastShopSettings, UPSTREAM_TIMEOUT_MS: '800', ...prepared.env },
      });
      admin = await signIn(system.baseUrl, { admin: true });
      // Search fills its index from the seed's events; under a loaded CI machine that takes a while.
      await eventually(async () => (await search('pageSize=1')).body.total >= 200, {
        timeoutMs: 90_000,
        what: 'search indexing the seeded catalog',
      });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    /** Reads until two answers a second apart agree, so events still in flight do not skew a comparison. */
    const settled = async <T>(read: () => Promise<T>): Promise<T> => {
      let last = await read();
      return eventually(
        async () => {
          const next = await read();
          const same = JSON.stringify(next) === JSON.stringify(last);
          last = next;
          return same ? next : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 1000, what: 'search answers settling' },
      );
    };

    const freeze = async (service: string, work: () => Promise<void>) => {
      const children = (await system.pids()).processes.filter((child) => child.name === service);
      for (const child of children) process.kill(child.pid ?? 0, 'SIGSTOP');
      try {
        await work();
      } finally {
        for (const child of children) process.kill(child.pid ?? 0, 'SIGCONT');
      }
    };

    it('finds the seeded catalog by word prefix, any case', async () => {
      await findWithin(
        'q=HEADPHONE',
        (answer) => answer.total > 0 && /headphone/i.test(answer.items[0]?.name ?? ''),
        'headphones',
      );
    });

    it('reflects an admin creating, renaming, repricing and restocking a product within seconds', async () => {
      const id = await newProduct(admin, 0);
      const word = `zorblax${Date.now()}`;
      await admin.call(`/api/admin/products/${id}`, { method: 'PATCH', body: { name: `The ${word} Lamp` } });
      await findWithin(`q=${word}`, (answer) => answer.items[0]?.id === id, 'the renamed product');
      await admin.call(`/api/admin/products/${id}`, {
        method: 'PATCH',
        body: { price: { amount: 777, currency: 'USD' } },
      });
      await findWithin(`q=${word}`, (answer) => answer.items[0]?.price.amount === 777, 'the new price');
      await findWithin(`q=${word}&inStock=true`, (answer) => answer.total === 0, 'out of stock');
      await setStock(admin, id, 5);
      await findWithin(
        `q=${word}&inStock=true`,
        (answer) => answer.items[0]?.inStock === true,
        'in stock again',
      );
    });

    it('catches up after being stopped, and a rebuild gives the same answers', async () => {
      const word = `quixotic${Date.now()}`;
      let id = '';
      await freeze('search', async () => {
        id = await newProduct(admin, 3);
        await admin.call(`/api/admin/products/${id}`, {
          method: 'PATCH',
          body: { name: `A ${word} Kettle` },
        });
        const meanwhile = await fetchJson(`${system.baseUrl}/api/products/${id}`);
        expect(meanwhile.status).toBe(200); // the store keeps working without search
      });
      await findWithin(
        `q=${word}`,
        (answer) => answer.items[0]?.id === id,
        'the change made while search was stopped',
      );
      const before = await settled(() => search('q=wireless&pageSize=50').then((answer) => answer.body));
      const rebuilt = await admin.call<{ products: number }>('/api/admin/search/rebuild', { method: 'POST' });
      expect(rebuilt.status).toBe(200);
      expect(rebuilt.body.products).toBeGreaterThanOrEqual(200);
      const after = await settled(() => search('q=wireless&pageSize=50').then((answer) => answer.body));
      expect(after).toEqual(before);
    });

    it('recommends what was bought together after paid orders pair products', async () => {
      const [a, b, c] = [
        await newProduct(admin, 50),
        await newProduct(admin, 50),
        await newProduct(admin, 50),
      ];
      for (const pair of [
        [a, b],
        [a, b],
        [a, c],
      ] as const) {
        const shopper = await signIn(system.baseUrl);
        await shopper.call('/api/cart/items', { body: { productId: pair[1], quantity: 1 } });
        const placed = await buy(shopper, pair[0]);
        await orderReaching(shopper, placed.body.order.id, ['paid', 'shipped', 'delivered']);
      }
      await eventually(
        async () => {
          const answer = await fetchJson<{ strategy: string; items: Array<{ id: string }> }>(
            `${system.baseUrl}/api/products/${a}/recommendations`,
          );
          return (
            answer.body.strategy === 'bought_together' &&
            answer.body.items[0]?.id === b &&
            answer.body.items[1]?.id === c
          );
        },
        { timeoutMs: 10_000, what: 'bought_together with b first, then c' },
      );
    });

    it('answers the product page with recommendations degraded while recommendations is stopped', async () => {
      const id = await newProduct(admin, 2);
      await freeze('recommendations', async () => {
        const page = await fetchJson<{ degraded: string[]; availability: unknown; recommendations: unknown }>(
          `${system.baseUrl}/api/products/${id}`,
        );
        expect(page.status).toBe(200);
        expect(page.body.degraded).toEqual(['recommendations']);
        expect(page.body.recommendations).toBeNull();
        expect(page.body.availability).toEqual({ inStock: true, quantity: 2 });
      });
      const healthy = await fetchJson<{ degraded: string[] }>(`${system.baseUrl}/api/products/${id}`);
      expect(healthy.body.degraded).toEqual([]);
    });
  });
}
