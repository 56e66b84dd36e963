// The commerce flow across real processes, on the embedded broker with SQLite and on RabbitMQ with
// PostgreSQL: a shopper buys, is declined, runs out of stock, cancels and is refunded; an abandoned
// reservation expires; checkout is idempotent; nobody reads another's orders; no card number is kept.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { checkOutWithPaymentHeld } from './support/paused-services.js';
import {
  buy,
  cards,
  checkOut,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Shopper,
} from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`the commerce flow on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({
        env: {
          ...fastShopSettings,
          RESERVATION_TTL_SECONDS: '4',
          RESERVATION_SWEEP_MS: '250',
          ...prepared.env,
        },
      });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    it('takes a paid order all the way to delivered, sells the stock, empties the cart and tells the shopper', async () => {
      const productId = await newProduct(admin, 10);
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, productId, { quantity: 2 });
      expect([placed.status, placed.body.order.status]).toEqual([202, 'pending']);
      const delivered = await orderReaching(shopper, placed.body.order.id, ['delivered']);
      expect(delivered.shipment?.status).toBe('delivered');
      expect(await stockOf(admin, productId)).toEqual({ productId, onHand: 8, reserved: 0, available: 8 });
      expect((await shopper.call<{ items: unknown[] }>('/api/cart')).body.items).toEqual([]);
      await eventually(
        async () => {
          const { items } = (await shopper.call<{ items: Array<{ type: string }> }>('/api/notifications'))
            .body;
          const types = items.map((item) => item.type);
          return ['welcome', 'order_paid', 'shipment_shipped', 'shipment_delivered'].every((type) =>
            types.includes(type),
          );
        },
        { timeoutMs: 10_000, what: 'the welcome, paid, shipped and delivered notifications' },
      );
    });

    it.each([
      ['declined', cards.declined],
      ['insufficient funds', cards.insufficientFunds],
    ])('cancels the order of a %s card with payment_declined and releases its stock', async (_kind, card) => {
      const productId = await newProduct(admin, 5);
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, productId, { quantity: 3, card });
      const cancelled = await orderReaching(shopper, placed.body.order.id, ['cancelled']);
      expect(cancelled.cancellationReason).toBe('payment_declined');
      await eventually(async () => (await stockOf(admin, productId)).available === 5, {
        timeoutMs: 10_000,
        what: 'stock released',
      });
    });

    it('pays with the card whose first attempt fails with a processing error', async () => {
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, await newProduct(admin, 5), { card: cards.processingError });
      expect(
        (await orderReaching(shopper, placed.body.order.id, ['paid', 'shipped', 'delivered'])).status,
      ).toMatch(/paid|shipped|delivered/);
    });

    it('cancels an order for more than is in stock with out_of_stock, holding nothing', async () => {
      const productId = await newProduct(admin, 1);
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, productId, { quantity: 2 });
      expect((await orderReaching(shopper, placed.body.order.id, ['cancelled'])).cancellationReason).toBe(
        'out_of_stock',
      );
      expect(await stockOf(admin, productId)).toMatchObject({ onHand: 1, reserved: 0, available: 1 });
    });

    it('refunds and restocks when the customer cancels after paying; a shipped order cannot be cancelled', async () => {
      const productId = await newProduct(admin, 4);
      const shopper = await signIn(system.baseUrl);
      const placed = await buy(shopper, productId);
      const orderId = placed.body.order.id;
      await orderReaching(shopper, orderId, ['paid']);
      const cancelled = await shopper.call<{ status: string; cancellationReason: string }>(
        `/api/orders/${orderId}/cancel`,
        { method: 'POST' },
      );
      expect([cancelled.status, cancelled.body.status, cancelled.body.cancellationReason]).toEqual([
        200,
        'cancelled',
        'customer_cancelled',
      ]);
      await eventually(
        async () => (await shopper.call<{ refundedAt?: string }>(`/api/orders/${orderId}`)).body.refundedAt,
        {
          timeoutMs: 10_000,
          what: 'the refund to be recorded',
        },
      );
      await eventually(async () => (await stockOf(admin, productId)).available === 4, {
        timeoutMs: 10_000,
        what: 'stock back',
      });

      const second = await buy(shopper, productId);
      await orderReaching(shopper, second.body.order.id, ['shipped', 'delivered']);
      const refused = await shopper.call(`/api/orders/${second.body.order.id}/cancel`, { method: 'POST' });
      expect([refused.status, refused.body.code]).toEqual([409, 'ORDER_ALREADY_SHIPPED']);
    });

    it('expires a reservation whose payment never comes, cancelling the order and releasing the stock', async () => {
      const productId = await newProduct(admin, 3);
      const shopper = await signIn(system.baseUrl);
      await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
      // the payment request waits for payments, paused from the moment the order is placed
      const placed = await checkOutWithPaymentHeld(system, shopper, cards.approved);
      try {
        expect(placed.status).toBe(202);
        const expired = await orderReaching(shopper, placed.order.id, ['cancelled'], 30_000);
        expect(expired.cancellationReason).toBe('expired');
        await eventually(async () => (await stockOf(admin, productId)).available === 3, {
          timeoutMs: 10_000,
          what: 'stock released',
        });
      } finally {
        await placed.resumePayments();
      }
      // the payment request reaches payments after it expired: nothing is charged, the order stays cancelled
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await shopper.call<{ status: string }>(`/api/orders/${placed.order.id}`)).body.status).toBe(
        'cancelled',
      );
    });

    it('answers the same checkout retried with one key with the same order, and another body with 422', async () => {
      const shopper = await signIn(system.baseUrl);
      await shopper.call('/api/cart/items', { body: { productId: await newProduct(admin, 5), quantity: 1 } });
      const key = `retry-${Date.now()}`;
      const attempts = await Promise.all(
        Array.from({ length: 5 }, () => checkOut(shopper, cards.approved, key)),
      );
      const ids = new Set(attempts.map((attempt) => attempt.body.order.id));
      expect(ids.size).toBe(1);
      expect(attempts.every((attempt) => attempt.status === 200 || attempt.status === 202)).toBe(true);
      const other = await checkOut(shopper, cards.declined, key);
      expect([other.status, (other.body as unknown as { code: string }).code]).toEqual([
        422,
        'IDEMPOTENCY_KEY_REUSED',
      ]);
      expect((await shopper.call<{ total: number }>('/api/orders')).body.total).toBe(1);
    });

    it('keeps each shopper to their own cart, orders and notifications, and admin routes to admins', async () => {
      const alice = await signIn(system.baseUrl);
      const bob = await signIn(system.baseUrl);
      const placed = await buy(alice, await newProduct(admin, 5));
      const orderId = placed.body.order.id;
      expect((await bob.call(`/api/orders/${orderId}`)).status).toBe(404);
      expect((await bob.call(`/api/orders/${orderId}/cancel`, { method: 'POST' })).status).toBe(404);
      expect((await bob.call<{ total: number }>('/api/orders')).body.total).toBe(0);
      const aliceNotes = (await alice.call<{ items: Array<{ id: string }> }>('/api/notifications')).body
        .items;
      expect(
        (await bob.call(`/api/notifications/${aliceNotes[0]?.id}/read`, { method: 'POST' })).status,
      ).toBe(404);
      expect((await bob.call('/api/admin/inventory/anything')).status).toBe(403);
      expect((await bob.call('/api/admin/dead-letters')).status).toBe(403);
    });

    it('keeps no card number in any log line or data file', async () => {
      const output = system.output();
      const files = backend === embeddedBackend ? filesUnder(system.dataDir) : [];
      for (const card of Object.values(cards)) {
        expect(output.includes(card), `card ${card} in the logs`).toBe(false);
        for (const file of files)
          expect(fs.readFileSync(file).includes(card), `card ${card} in ${file}`).toBe(false);
      }
    });
  });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
