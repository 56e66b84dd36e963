import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { openDatabase, type Database } from '../data/database.js';
import { busMigrations, type BusTables } from './bus-migrations.js';
import { createBusMetrics } from './bus-metrics.js';
import type { BusTransport, OutgoingMessage } from './bus-types.js';
import { OutboxRelay } from './outbox-relay.js';

/** A broker that confirms each batch a little later, refuses one type, and can go away. */
class FakeBroker {
  published: string[] = [];
  unconfirmed = 0;
  mostUnconfirmed = 0;
  away = false;

  transport(): BusTransport {
    return {
      publish: async (messages: OutgoingMessage[]) => {
        if (this.away) throw new Error('broker away');
        this.published.push(...messages.map((message) => message.id));
        this.mostUnconfirmed = Math.max(this.mostUnconfirmed, (this.unconfirmed += 1));
        await new Promise((resolve) => setTimeout(resolve, 5));
        this.unconfirmed -= 1;
        const refused = messages.findIndex((message) => message.type === 'test.unroutable');
        return refused === -1 ? messages.length : refused;
      },
    } as BusTransport;
  }
}

describe('the outbox relay', () => {
  let database: Database<BusTables>;
  let db: Kysely<BusTables>;
  let broker: FakeBroker;
  let relay: OutboxRelay;

  const write = (ids: string[]) =>
    db
      .insertInto('bus_outbox')
      .values(
        ids.map((id) => ({
          event_id: id,
          type: id === 'unroutable' ? 'test.unroutable' : 'test.thing',
          envelope: '{}',
          created_at: Date.now(),
          sent_at: null,
        })),
      )
      .execute();
  const unsent = async () =>
    (
      await db
        .selectFrom('bus_outbox')
        .select('event_id')
        .where('sent_at', 'is', null)
        .orderBy('seq')
        .execute()
    ).map((row) => row.event_id);
  const until = async (condition: () => Promise<boolean>) => {
    for (let waited = 0; !(await condition()); waited += 10) {
      if (waited > 5000) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeEach(async () => {
    database = await openDatabase<BusTables>(
      { service: 'relay', dataDir: '', sqliteFile: ':memory:' },
      busMigrations,
    );
    db = database.db;
    broker = new FakeBroker();
    const metrics = createBusMetrics(new Registry(), {
      outboxBacklog: async () => ({ count: 0, oldestAgeSeconds: 0 }),
      deadLetterDepths: async () => ({}),
    });
    relay = new OutboxRelay(db, broker.transport(), pino({ level: 'silent' }), metrics, {
      batchSize: 3,
      idleIntervalMs: 60_000,
      retentionMs: 60_000,
      inboxRetentionMs: 60_000,
    });
  });

  afterEach(async () => {
    await relay.stop();
    await database.close();
  });

  it('sends batches back to back in order, marks every confirmed row sent and sets the unroutable one aside', async () => {
    const ids = Array.from({ length: 20 }, (_, n) => (n === 10 ? 'unroutable' : `e${n}`));
    await write(ids);
    relay.start();
    await until(async () => (await unsent()).length === 1);
    expect(await unsent()).toEqual(['unroutable']);
    const firstPublished = [...new Set(broker.published)].filter((id) => id !== 'unroutable');
    expect(firstPublished).toEqual(ids.filter((id) => id !== 'unroutable'));
    expect(broker.mostUnconfirmed).toBeGreaterThan(1);
    const setAside = await db
      .selectFrom('bus_outbox')
      .select('retry_at')
      .where('event_id', '=', 'unroutable')
      .executeTakeFirst();
    expect(setAside?.retry_at).toBeGreaterThan(Date.now());
  });

  it('marks nothing sent that the broker did not confirm, and sends it all once the broker is back', async () => {
    broker.away = true;
    await write(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await unsent()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    broker.away = false;
    relay.nudge(false);
    await until(async () => (await unsent()).length === 0);
    expect(broker.published).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
