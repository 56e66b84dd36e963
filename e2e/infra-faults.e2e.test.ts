// Infrastructure faults through the fault proxy (tools/faults), on RabbitMQ and PostgreSQL: every
// process reaches the broker through the proxy, with 1 s AMQP heartbeats. The broker is stalled
// (connections accepted, nothing answered) for 10 s and for 30 s while orders are being placed: the
// orders placed after the stall began can only be published once it ends, so the fault is
// mid-stream by construction. The stall is detected, connections come back, the topology is
// declared again, and every accepted order is paid once with the stock conserved.
// Payments' PostgreSQL is reached through a second proxy and refused for 30 s while payment requests
// are on their way to it (inventory SIGSTOPped until the refusal is in place): its HTTP answers are
// fast 503s, its consumer holds what it cannot apply (no ack, no attempt spent, nothing parked),
// and after recovery every order is paid once.
// The shared broker and PostgreSQL themselves are never touched (that is e2e/broker-faults).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from '@bazaar/faults';
import { rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { inBatches, paymentsOf } from './support/invariants.js';
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

const backend = rabbitPostgresBackend();
const ordersPerBatch = 5;

/** The URL with its host and port swapped for the proxy's, and short heartbeats for AMQP. */
function throughProxy(url: string, proxy: FaultProxy): string {
  const proxied = new URL(url);
  proxied.hostname = proxy.host;
  proxied.port = String(proxy.port);
  if (proxied.protocol === 'amqp:') proxied.searchParams.set('heartbeat', '1');
  return proxied.toString();
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

describe.skipIf(!backend.available)('infrastructure faults through the fault proxy', () => {
  let system: RunningSystem;
  let broker: FaultProxy;
  let paymentsDatabase: FaultProxy;
  let cleanup: () => Promise<void> = async () => undefined;
  let admin: Shopper;

  beforeAll(async () => {
    const prepared = await backend.prepare();
    cleanup = prepared.cleanup;
    const upstream = new URL(prepared.env.BUS_URL ?? '');
    broker = await FaultProxy.start({
      upstream: { host: upstream.hostname, port: Number(upstream.port || 5672) },
    });
    const paymentsUrl = new URL(prepared.env.PAYMENTS_DATABASE_URL ?? '');
    paymentsDatabase = await FaultProxy.start({
      upstream: { host: paymentsUrl.hostname, port: Number(paymentsUrl.port || 5432) },
    });
    system = await startSystem({
      env: {
        ...fastShopSettings,
        SHIPPING_STEP_MS: '600000',
        ...prepared.env,
        BUS_URL: throughProxy(prepared.env.BUS_URL ?? '', broker),
        PAYMENTS_DATABASE_URL: throughProxy(prepared.env.PAYMENTS_DATABASE_URL ?? '', paymentsDatabase),
      },
    });
    admin = await signIn(system.baseUrl, { admin: true });
  });
  afterAll(async () => {
    await broker?.passThrough();
    await paymentsDatabase?.passThrough();
    await system?.remove();
    await broker?.close();
    await paymentsDatabase?.close();
    await cleanup();
  });

  const place = (productId: string) =>
    inBatches(
      Array.from({ length: ordersPerBatch }, (_, i) => i),
      ordersPerBatch,
      async () => {
        const shopper = await signIn(system.baseUrl);
        const placed = await buy(shopper, productId);
        return { shopper, status: placed.status, orderId: placed.body.order?.id };
      },
    );

  it.each([10, 30])(
    'loses nothing and applies nothing twice when the broker stalls for %i s',
    async (seconds) => {
      const stock = 4 * ordersPerBatch;
      const productId = await newProduct(admin, stock);
      const lostBefore = count(system.output(), 'lost the RabbitMQ connection');
      const connectedBefore = count(system.output(), 'connected to RabbitMQ');
      const before = await place(productId);
      await broker.stall();
      const stalledAt = Date.now();
      const during = await place(productId); // their events wait in the outbox: published after the stall
      await eventually(async () => count(system.output(), 'lost the RabbitMQ connection') > lostBefore, {
        timeoutMs: 15_000,
        what: 'the stall detected by the heartbeats',
      });
      await sleep(Math.max(0, seconds * 1000 - (Date.now() - stalledAt)));
      await broker.passThrough();
      await eventually(async () => count(system.output(), 'connected to RabbitMQ') > connectedBefore, {
        timeoutMs: 30_000,
        what: 'connections back (topology declared again)',
      });

      const accepted = [...before, ...during].filter((order) => [200, 202].includes(order.status));
      expect(during.filter((order) => order.status === 202).length).toBeGreaterThan(0);
      const settled = await inBatches(accepted, 5, ({ shopper, orderId }) =>
        orderReaching(shopper, orderId as string, ['paid'], 90_000),
      );
      expect(settled.map((order) => order.status)).toEqual(accepted.map(() => 'paid'));
      for (const { orderId } of accepted) {
        const statuses = (await paymentsOf(system, admin, orderId as string)).map(
          (payment) => payment.status,
        );
        expect(statuses).toEqual(['captured']);
      }
      await eventually(async () => (await stockOf(admin, productId)).reserved === 0, {
        timeoutMs: 30_000,
        what: 'every reservation sold',
      });
      expect(await stockOf(admin, productId)).toEqual({
        productId,
        onHand: stock - accepted.length,
        reserved: 0,
        available: stock - accepted.length,
      });
    },
    240_000,
  );

  const signalInventory = async (signal: NodeJS.Signals) => {
    const inventory = (await system.pids()).processes.find((child) => child.name === 'inventory');
    if (!inventory?.pid) throw new Error('inventory is not running');
    process.kill(inventory.pid, signal);
  };

  it('answers fast 503s and loses nothing while payments cannot reach its PostgreSQL for 30 s', async () => {
    const productId = await newProduct(admin, 2 * ordersPerBatch);
    const late = await signIn(system.baseUrl);
    await late.call('/api/cart/items', { body: { productId, quantity: 1 } });
    await signalInventory('SIGSTOP'); // the payment requests wait until the refusal is in place
    let placed: Awaited<ReturnType<typeof place>>;
    try {
      placed = await place(productId);
      await paymentsDatabase.refuse();
      paymentsDatabase.closeConnections();
    } finally {
      await signalInventory('SIGCONT');
    }
    const refusedAt = Date.now();
    const refused = await checkOut(late, cards.approved); // payments must store the card token first
    expect([refused.status, (refused.body as unknown as { code?: string }).code]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
    ]);
    expect(Date.now() - refusedAt).toBeLessThan(5_000);
    await sleep(Math.max(0, 30_000 - (Date.now() - refusedAt)));
    await paymentsDatabase.passThrough();

    const accepted = placed.filter((order) => [200, 202].includes(order.status));
    expect(accepted).toHaveLength(ordersPerBatch);
    const settled = await inBatches(accepted, 5, ({ shopper, orderId }) =>
      orderReaching(shopper, orderId as string, ['paid', 'cancelled'], 90_000),
    );
    expect(settled.map((order) => order.status)).toEqual(accepted.map(() => 'paid'));
    for (const { orderId } of accepted) {
      const statuses = (await paymentsOf(system, admin, orderId as string)).map((payment) => payment.status);
      expect(statuses).toEqual(['captured']);
    }
    const parked = await admin.call<{ items: Array<{ queue: string }> }>('/api/admin/dead-letters');
    expect(parked.body.items.filter((letter) => letter.queue.startsWith('payments.'))).toEqual([]);
  }, 240_000);
});
