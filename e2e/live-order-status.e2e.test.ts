// Live order status across real processes, with two orders replicas (SCALE=orders=2): the
// browser's way of reading the stream (fetch with a bearer token) sees every status from pending
// to paid exactly once and in order, also across a reconnect made at a chosen point — right after
// awaiting_payment, while payments is held, so paid happens while the client is away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestEventStream,
  type ReceivedStreamEvent,
  type TestEventStream,
} from '@bazaar/platform/testing';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import {
  checkOut,
  cards,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  type Shopper,
} from './support/shop.js';
import { signalServices } from './support/paused-services.js';
import { startSystem, type RunningSystem } from './support/system.js';

const statusOf = (event: ReceivedStreamEvent | 'end') =>
  event === 'end' ? 'end' : `${event.id}:${(event.data as { status: string }).status}`;

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`live order status on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;
    let admin: Shopper;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({
        env: { ...fastShopSettings, SHIPPING_STEP_MS: '600000', ...prepared.env },
        scale: 'orders=2',
      });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await signalAll(['inventory', 'payments'], 'SIGCONT').catch(() => undefined);
      await system?.remove();
      await cleanup();
    });

    /** Pauses (SIGSTOP) or resumes (SIGCONT) every process of the services: the saga waits for them. */
    const signalAll = (services: string[], signal: NodeJS.Signals) =>
      signalServices(system, services, signal);
    const follow = (shopper: Shopper, orderId: string, lastEventId?: string): Promise<TestEventStream> =>
      openTestEventStream(`${system.baseUrl}/api/orders/${orderId}/events`, {
        ...shopper.headers,
        ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
      });

    it('streams pending, awaiting_payment and paid once each, in order, across a reconnect', async () => {
      expect((await system.pids()).processes.filter((entry) => entry.name === 'orders')).toHaveLength(2);
      const productId = await newProduct(admin, 5);
      const shopper = await signIn(system.baseUrl);
      await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
      await signalAll(['inventory'], 'SIGSTOP'); // the order stays pending until inventory resumes
      const placed = await checkOut(shopper, cards.approved);
      expect(placed.status).toBe(202);
      const orderId = placed.body.order.id;

      const first = await follow(shopper, orderId);
      expect(first.status).toBe(200);
      const seen = [statusOf(await first.next())];
      await signalAll(['payments'], 'SIGSTOP'); // holds the charge: paid comes only after the reconnect point
      await signalAll(['inventory'], 'SIGCONT');
      seen.push(statusOf(await first.next()));
      first.close(); // the connection drops right after awaiting_payment

      await signalAll(['payments'], 'SIGCONT');
      await orderReaching(shopper, orderId, ['paid'], 60_000); // paid while the client is away
      const resumed = await follow(shopper, orderId, seen.at(-1)?.split(':')[0]);
      seen.push(statusOf(await resumed.next()));
      resumed.close();
      expect(seen).toEqual(['0:pending', '1:awaiting_payment', '2:paid']);

      const fresh = await follow(shopper, orderId);
      expect(statusOf(await fresh.next())).toBe('2:paid'); // a new client starts from the current state
      fresh.close();
    }, 180_000);

    it('answers 401 without a token, 404 for another shopper’s order, and ends once cancelled', async () => {
      const productId = await newProduct(admin, 5);
      const owner = await signIn(system.baseUrl);
      await owner.call('/api/cart/items', { body: { productId, quantity: 1 } });
      const orderId = (await checkOut(owner, cards.declined)).body.order.id;
      const stranger = await signIn(system.baseUrl);
      expect((await openTestEventStream(`${system.baseUrl}/api/orders/${orderId}/events`)).status).toBe(401);
      expect((await follow(stranger, orderId)).status).toBe(404);
      const stream = await follow(owner, orderId);
      const events: string[] = [];
      for (let event = await stream.next(); event !== 'end'; event = await stream.next())
        events.push(statusOf(event));
      expect(events.at(-1)?.split(':')[1]).toBe('cancelled'); // and then the stream ended
    }, 120_000);
  });
}
