// A service's bus report on the embedded broker: the outbox backlog before the relay sends it, a
// message waiting on a queue while no consumer runs, and a message its handler keeps failing
// counted as a dead letter instead.
import { afterEach, describe, expect, it } from 'vitest';
import { OrderPaid } from '@bazaar/contracts/orders';
import { createTestDatabaseLocation } from '../testing/test-databases.js';
import { waitUntil } from '../testing/wait-until.js';
import { openDatabase, type Database } from '../data/database.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { busMigrations } from './bus-migrations.js';
import { createBus, type Bus } from './create-bus.js';

describe("a service's bus report", () => {
  const opened: { database: Database<unknown>; bus: Bus<unknown>; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { database, bus, cleanup } of opened.splice(0).reverse()) {
      await bus.stop();
      await database.close();
      await cleanup();
    }
  });

  /** A service's bus on the broker in `dataDir`, retrying fast. */
  async function busOf(service: string, dataDir?: string) {
    const place = createTestDatabaseLocation(service, 'sqlite');
    const database = await openDatabase<unknown>(place.location, busMigrations);
    const bus = createBus<unknown>({
      service,
      dataDir: dataDir ?? place.location.dataDir,
      database,
      logger: createLogger({ service, level: 'silent' }),
      metricsRegistry: createMetricsRegistry({ service, instance: service }),
      tuning: { retryBaseMs: 5, deliveryLimit: 2 },
    });
    opened.push({ database, bus, cleanup: place.cleanup });
    return { bus, database, dataDir: dataDir ?? place.location.dataDir };
  }
  const failing = {
    queue: 'cart.clear-on-order-paid',
    events: [OrderPaid],
    handle: async () => {
      throw new Error('cannot clear the cart');
    },
  };

  it('counts the unsent outbox, the message waiting while nobody consumes, then the dead letter', async () => {
    const binder = await busOf('cart');
    binder.bus.subscribe(failing);
    await binder.bus.start(); // binds the queue
    await binder.bus.stop(); // and nobody consumes it any more
    const orders = await busOf('orders', binder.dataDir);
    const data = OrderPaid.examples[0] as never;
    await orders.database.db.transaction().execute((trx) => orders.bus.publish(trx, OrderPaid, data));
    expect((await orders.bus.report()).outbox.backlog).toBe(1);

    await orders.bus.start();
    await waitUntil(async () => (await orders.bus.report()).outbox.backlog === 0);
    const cart = await busOf('cart', binder.dataDir);
    cart.bus.subscribe(failing);
    expect(await cart.bus.report()).toEqual({
      transport: 'embedded',
      queues: [{ name: 'cart.clear-on-order-paid', depth: 1, consumers: null, deadLetters: 0 }],
      outbox: { backlog: 0, oldestAgeSeconds: 0 },
    });

    await cart.bus.start();
    await waitUntil(async () => (await cart.bus.report()).queues[0]?.deadLetters === 1);
    expect((await cart.bus.report()).queues[0]?.depth).toBe(0);
  });
});
