// Property: whatever order the relay's publishes, the broker's confirms and deliveries, handler
// failures and redeliveries happen in, every event written to a producer's outbox has its effect
// applied exactly once by the consumer, and every outbox row ends sent. The real OutboxRelay and
// InboxBatcher run on SQLite; the broker between them is a model whose every step fast-check's
// scheduler orders: a confirm can be lost after the broker took the batch (the relay publishes it
// again), a broker can be away, a handler can fail after writing (rolled back, redelivered), and a
// consumer can die after its commit but before its ack (the broker delivers the event again).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@bazaar/contracts/events';
import { openDatabase, type Database } from '../data/database.js';
import { propertyRuns } from '../testing/property-runs.js';
import { busMigrations, type BusTables } from './bus-migrations.js';
import { createBusMetrics } from './bus-metrics.js';
import type { BusTransport, OutgoingMessage } from './bus-types.js';
import { InboxBatcher } from './inbox-batch.js';
import { OutboxRelay } from './outbox-relay.js';

interface ConsumerTables {
  effects: { event_id: string };
  bus_inbox: { queue: string; event_id: string };
}

const consumerMigrations = {
  ...busMigrations,
  '0001-effects': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .createTable('effects')
        .addColumn('event_id', 'text', (column) => column.notNull())
        .execute(),
  },
};

/** What the broker does with one publish: confirm it, take it but lose the confirm, or be away. */
type PublishOutcome = 'confirm' | 'lose-confirm' | 'away';

/** One world: how many events, when they are written, and every fault's place. */
interface World {
  events: number;
  /** Events written after the relay started (the rest are in the outbox before it starts). */
  writtenLater: number;
  /** Outcomes of the first publishes (later ones confirm); at most two faults keep retries short. */
  publishes: PublishOutcome[];
  /** Events whose handler fails after writing on their first delivery. */
  failingFirst: number[];
  /** Events whose consumer dies after the commit, before the ack, on their first delivery. */
  diesBeforeAck: number[];
}

const world: fc.Arbitrary<World> = fc.integer({ min: 1, max: 10 }).chain((events) =>
  fc.record({
    events: fc.constant(events),
    writtenLater: fc.integer({ min: 0, max: events }),
    publishes: fc
      .array(fc.constantFrom<PublishOutcome>('confirm', 'lose-confirm', 'away'), { maxLength: 6 })
      .filter((outcomes) => outcomes.filter((outcome) => outcome !== 'confirm').length <= 2),
    failingFirst: fc.uniqueArray(fc.integer({ min: 0, max: events - 1 }), { maxLength: events }),
    diesBeforeAck: fc.uniqueArray(fc.integer({ min: 0, max: events - 1 }), { maxLength: events }),
  }),
);

function envelopeOf(id: string): EventEnvelope {
  return {
    id,
    type: 'test.thing',
    version: 1,
    source: 'producer',
    time: new Date().toISOString(),
    correlationId: id,
    causationId: null,
    data: {},
  };
}

const silent = pino({ level: 'silent' });

/** Runs one world to quiescence; resolves with how often each event's effect was applied. */
async function runWorld(
  s: fc.Scheduler,
  w: World,
): Promise<{ ids: string[]; applied: Map<string, number>; unsent: number }> {
  const producer: Database<BusTables> = await openDatabase<BusTables>(
    { service: 'producer', dataDir: '', sqliteFile: ':memory:' },
    busMigrations,
  );
  const consumer: Database<ConsumerTables> = await openDatabase<ConsumerTables>(
    { service: 'consumer', dataDir: '', sqliteFile: ':memory:' },
    consumerMigrations,
  );
  const ids = Array.from({ length: w.events }, (_, index) => `e${index}-${randomUUID().slice(0, 4)}`);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const write = (batch: string[]) =>
    producer.db
      .insertInto('bus_outbox')
      .values(
        batch.map((id) => ({
          event_id: id,
          type: 'test.thing',
          envelope: JSON.stringify(envelopeOf(id)),
          created_at: Date.now(),
          sent_at: null,
        })),
      )
      .execute();

  let inFlight = 0;
  const deliveries = new Map<string, number>();
  const failing = new Set(w.failingFirst);
  const dying = new Set(w.diesBeforeAck);
  const batcher = new InboxBatcher<ConsumerTables>(
    consumer,
    {
      queue: 'consumer.do-thing',
      events: [],
      handle: async (event, trx) => {
        await trx.insertInto('effects').values({ event_id: event.id }).execute();
        const index = indexOf.get(event.id) ?? -1;
        if (failing.delete(index)) throw new Error(`handler of ${event.id} failed after writing`);
      },
    },
    { maxBatch: 4, maxConcurrent: 1 },
  );
  const deliver = (message: OutgoingMessage) => {
    inFlight += 1;
    void s
      .schedule(Promise.resolve(), `deliver ${message.id}`)
      .then(async () => {
        deliveries.set(message.id, (deliveries.get(message.id) ?? 0) + 1);
        const result = await batcher.apply(JSON.parse(message.body) as EventEnvelope);
        const diesNow = result.kind === 'applied' && dying.delete(indexOf.get(message.id) ?? -1);
        if (result.kind === 'failed' || diesNow) deliver(message); // no ack: the broker delivers it again
      })
      .finally(() => (inFlight -= 1));
  };
  let publishCount = 0;
  const transport = {
    publish: (messages: OutgoingMessage[]) => {
      const outcome = w.publishes[publishCount++] ?? 'confirm';
      return s
        .schedule(Promise.resolve(), `publish ${messages.map((m) => m.id).join(',')}: ${outcome}`)
        .then(() => {
          if (outcome === 'away') throw new Error('broker away');
          for (const message of messages) deliver(message);
          if (outcome === 'lose-confirm') throw new Error('confirm lost');
          return messages.length;
        });
    },
  } as BusTransport;

  const metrics = createBusMetrics(new Registry(), {
    outboxBacklog: async () => ({ count: 0, oldestAgeSeconds: 0 }),
    deadLetterDepths: async () => ({}),
  });
  const relay = new OutboxRelay(producer.db, transport, silent, metrics, {
    batchSize: 3,
    idleIntervalMs: 50,
    retentionMs: 60_000,
    inboxRetentionMs: 60_000,
  });
  const early = ids.slice(0, ids.length - w.writtenLater);
  const later = ids.slice(ids.length - w.writtenLater);
  if (early.length > 0) await write(early);
  relay.start();
  if (later.length > 0) {
    inFlight += 1;
    void s
      .schedule(Promise.resolve(), `write ${later.join(',')}`)
      .then(() => write(later))
      .then(() => relay.nudge())
      .finally(() => (inFlight -= 1));
  }
  const unsentCount = async () =>
    Number(
      (
        await producer.db
          .selectFrom('bus_outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('sent_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
  try {
    // the relay's retries run on real timers (100 ms, then 200 ms): the scheduler settles what is
    // scheduled, then the loop waits a little for what the timers start next
    for (let round = 0; round < 400; round += 1) {
      await s.waitAll();
      if (inFlight === 0 && (await unsentCount()) === 0) break;
      await sleep(10);
    }
    const rows = await consumer.db.selectFrom('effects').select('event_id').execute();
    const applied = new Map<string, number>();
    for (const row of rows) applied.set(row.event_id, (applied.get(row.event_id) ?? 0) + 1);
    return { ids, applied, unsent: await unsentCount() };
  } finally {
    await relay.stop();
    await producer.close();
    await consumer.close();
  }
}

describe('the outbox relay and the inbox under any interleaving', () => {
  it('apply every written event exactly once and leave nothing unsent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), world, async (s, w) => {
        const { ids, applied, unsent } = await runWorld(s, w);
        expect(unsent).toBe(0);
        expect(Object.fromEntries(applied)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
      }),
      propertyRuns('outbox relay and inbox interleavings', 40),
    );
  }, 120_000);
});
