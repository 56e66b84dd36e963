// The bus held to a declaration: what the declaration does not list cannot be published or subscribed.
import { afterEach, describe, expect, it } from 'vitest';
import { OrderCancelled, OrderPaid, OrderPlaced, OrderStatusChanged } from '@bazaar/contracts/orders';
import { ProductCreated } from '@bazaar/contracts/catalog';
import { bazaar } from '@bazaar/system';
import { createTestBus } from '../testing/test-bus.js';
import { createTestDatabaseLocation } from '../testing/test-databases.js';
import { openDatabase, type Database } from '../data/database.js';
import { busMigrations } from '../bus/bus-migrations.js';

describe('a bus held to the system declaration', () => {
  const opened: { database: Database<unknown>; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { database, cleanup } of opened.splice(0)) {
      await database.close();
      await cleanup();
    }
  });

  async function busOf(service: string) {
    const place = createTestDatabaseLocation(service, 'sqlite');
    const database = await openDatabase<unknown>(place.location, busMigrations);
    opened.push({ database, cleanup: place.cleanup });
    return { bus: createTestBus<unknown>(service, database, place.location.dataDir), database };
  }

  it('refuses to publish an event type the service does not declare, and writes nothing', async () => {
    const { bus, database } = await busOf('cart');
    const data = OrderPlaced.examples[0] as never;
    await expect(
      database.db.transaction().execute((trx) => bus.publish(trx, OrderPlaced, data)),
    ).rejects.toThrow(
      'cart publishes orders.order.placed, which system/bazaar.system.ts does not declare for it',
    );
  });

  it('publishes a declared event type', async () => {
    const { bus, database } = await busOf('orders');
    const data = OrderPaid.examples[0] as never;
    const envelope = await database.db.transaction().execute((trx) => bus.publish(trx, OrderPaid, data));
    expect(envelope.type).toBe('orders.order.paid');
  });

  it('refuses an undeclared queue, and a declared queue bound to other events', async () => {
    const { bus } = await busOf('cart');
    const handle = async () => undefined;
    expect(() => bus.subscribe({ queue: 'cart.surprise', events: [OrderPaid], handle })).toThrow(
      'cart subscribes cart.surprise, which system/bazaar.system.ts does not declare',
    );
    expect(() =>
      bus.subscribe({ queue: 'cart.clear-on-order-paid', events: [OrderPaid, OrderCancelled], handle }),
    ).toThrow("cart's cart.clear-on-order-paid binds orders.order.cancelled, orders.order.paid");
  });

  it('refuses an undeclared broadcast subscription, and takes a declared one', async () => {
    const { bus } = await busOf('cart');
    const handle = async () => undefined;
    expect(() => bus.subscribeBroadcast({ name: 'cart.live-carts', events: [OrderPaid], handle })).toThrow(
      'cart subscribes cart.live-carts, which system/bazaar.system.ts does not declare in broadcasts',
    );
    const orders = (await busOf('orders')).bus;
    expect(() =>
      orders.subscribeBroadcast({ name: 'orders.live-order-status', events: [OrderStatusChanged], handle }),
    ).not.toThrow();
  });

  it('refuses to start while a declared queue has no subscription', async () => {
    const { bus } = await busOf('inventory');
    bus.subscribe({
      queue: 'inventory.track-products',
      events: [ProductCreated],
      handle: async () => undefined,
    });
    await expect(bus.start()).rejects.toThrow('inventory declares inventory.reserve-stock');
  });

  it('knows every service by its declared name', () => {
    expect(() => bazaar.process('wishlist-that-is-not-there')).toThrow(
      "no process named 'wishlist-that-is-not-there'",
    );
  });
});
