import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely, Transaction } from 'kysely';
import type { EventEnvelope } from '@bazaar/contracts/events';
import { openDatabase, type Database } from '../data/database.js';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '../testing/test-databases.js';
import { busMigrations } from './bus-migrations.js';
import { InboxBatcher } from './inbox-batch.js';

interface Tables {
  effects: { n: number };
  bus_inbox: { queue: string; event_id: string };
}

const migrations = {
  ...busMigrations,
  '0001-effects': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .createTable('effects')
        .addColumn('n', 'integer', (column) => column.notNull())
        .execute(),
  },
};

function event(n: number, id = randomUUID()): EventEnvelope {
  return {
    id,
    type: 'test.n',
    version: 1,
    source: 'test',
    time: new Date().toISOString(),
    correlationId: id,
    causationId: null,
    data: { n },
  };
}

describe.each(enginesUnderTest())('inbox batches on $engine', ({ engine, available }) => {
  let place: TestDatabaseLocation;
  let database: Database<Tables>;
  let commits = 0;
  const failing = new Set<number>();

  const batcher = () =>
    new InboxBatcher<Tables>(
      database,
      {
        queue: 'test.effects',
        events: [],
        handle: async (received, trx: Transaction<Tables>) => {
          const n = (received.data as { n: number }).n;
          await trx.insertInto('effects').values({ n }).execute();
          if (failing.has(n)) throw new Error(`handler ${n} failed after writing`);
        },
      },
      { maxBatch: 64, maxConcurrent: 1 },
    );
  const effects = async () =>
    (await database.db.selectFrom('effects').select('n').orderBy('n').execute()).map((row) => row.n);

  beforeEach(async (context) => {
    if (!available) return context.skip();
    place = createTestDatabaseLocation('inbox', engine);
    database = await openDatabase<Tables>(place.location, migrations);
    commits = 0;
    failing.clear();
    database.onCommit(() => (commits += 1));
  });

  afterEach(async () => {
    if (!available) return;
    await database.close();
    await place.cleanup();
  });

  it('applies events arriving together in one transaction, rolling back only a failing handler', async () => {
    const inbox = batcher();
    failing.add(3);
    const events = Array.from({ length: 6 }, (_, n) => event(n));
    const results = await Promise.all(events.map((each) => inbox.apply(each)));
    expect(results.map((result) => result.kind)).toEqual([
      'applied',
      'applied',
      'applied',
      'failed',
      'applied',
      'applied',
    ]);
    expect(commits).toBe(1);
    expect(await effects()).toEqual([0, 1, 2, 4, 5]);
    failing.clear();
    expect(await inbox.apply(events[3]!)).toEqual({ kind: 'applied' });
    expect(await effects()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('applies an event once, whether it comes twice in one batch or again in a later one', async () => {
    const inbox = batcher();
    const twice = event(7);
    const first = await Promise.all([inbox.apply(twice), inbox.apply(event(8)), inbox.apply({ ...twice })]);
    expect(first.map((result) => result.kind)).toEqual(['applied', 'applied', 'duplicate']);
    const again = await Promise.all([inbox.apply(twice), inbox.apply(event(9))]);
    expect(again.map((result) => result.kind)).toEqual(['duplicate', 'applied']);
    expect(await inbox.apply(twice)).toEqual({ kind: 'duplicate' });
    expect(await effects()).toEqual([7, 8, 9]);
  });

  it('fails every event of a batch whose transaction cannot run, so a redelivery applies each', async () => {
    const inbox = batcher();
    const lost = [event(1), event(2)];
    await database.close();
    const results = await Promise.all(lost.map((each) => inbox.apply(each)));
    expect(results.map((result) => result.kind)).toEqual(['failed', 'failed']);
    database = await openDatabase<Tables>(place.location, migrations);
    const retried = batcher();
    const again = await Promise.all(lost.map((each) => retried.apply(each)));
    expect(again.map((result) => result.kind)).toEqual(['applied', 'applied']);
    expect(await effects()).toEqual([1, 2]);
  });
});
