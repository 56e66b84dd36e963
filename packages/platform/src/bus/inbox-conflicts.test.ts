// How the inbox deals with other transactions holding the rows a handler needs (PostgreSQL only:
// SQLite runs one writer at a time, so there is no lock to lose). The interleavings are built, not
// hoped for: the test holds a row in a transaction of its own and waits until the server reports
// who is waiting on whom.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import type { EventEnvelope } from '@bazaar/contracts/events';
import { openDatabase, type Database } from '../data/database.js';
import { waitUntil } from '../testing/wait-until.js';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '../testing/test-databases.js';
import { busMigrations } from './bus-migrations.js';
import { InboxBatcher } from './inbox-batch.js';
import type { TransactionConflict } from './transaction-conflicts.js';

interface Tables {
  counters: { id: string; n: number };
}

const migrations = {
  ...busMigrations,
  '0001-counters': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .createTable('counters')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('n', 'integer', (column) => column.notNull())
        .execute(),
  },
};

/** An event whose handler adds one to each of `rows`, in that order. */
function event(rows: string[]): EventEnvelope {
  const id = randomUUID();
  const time = new Date().toISOString();
  const envelope = { id, type: 'test.count', version: 1, source: 'test', time, correlationId: id };
  return { ...envelope, causationId: null, data: { rows } };
}

const postgres = enginesUnderTest().filter((each) => each.engine === 'postgres' && each.available);

for (const { engine } of postgres) {
  describe(`inbox conflicts on ${engine}`, () => {
    let place: TestDatabaseLocation;
    let database: Database<Tables>;
    let other: pg.Client;
    let otherPid: number;
    let conflicts: TransactionConflict[];
    let calls: Map<string, number>;
    let afterFirstRow: (received: EventEnvelope, call: number) => Promise<void>;

    const inbox = () =>
      new InboxBatcher<Tables>(
        database,
        {
          queue: 'test.counters',
          events: [],
          handle: async (received, trx: Transaction<Tables>) => {
            const call = (calls.get(received.id) ?? 0) + 1;
            calls.set(received.id, call);
            const rows = (received.data as { rows: string[] }).rows;
            for (const [index, row] of rows.entries()) {
              await trx
                .updateTable('counters')
                .set((eb) => ({ n: eb('n', '+', 1) }))
                .where('id', '=', row)
                .execute();
              if (index === 0) await afterFirstRow(received, call);
            }
          },
        },
        { maxBatch: 64, maxConcurrent: 1 },
        { conflicted: (_event, conflict) => void conflicts.push(conflict) },
      );
    const counters = async () =>
      Object.fromEntries(
        (await database.db.selectFrom('counters').selectAll().orderBy('id').execute()).map((row) => [
          row.id,
          row.n,
        ]),
      );
    const isOtherWaitingForALock = async () => {
      const { rows } = await sql<{ wait_event_type: string | null }>`
        select wait_event_type from pg_stat_activity where pid = ${otherPid}`.execute(database.db);
      return rows[0]?.wait_event_type === 'Lock';
    };
    /** The test's own transaction, holding `row` until it commits; it never detects a deadlock first. */
    const holdRow = async (row: string) => {
      await other.query('begin');
      await other.query("set local deadlock_timeout = '60s'");
      await other.query('update counters set n = n + 1 where id = $1', [row]);
    };

    beforeEach(async () => {
      place = createTestDatabaseLocation('inbox_conflicts', engine);
      database = await openDatabase<Tables>(place.location, migrations);
      await database.db
        .insertInto('counters')
        .values(['a', 'b', 'c', 'd'].map((id) => ({ id, n: 0 })))
        .execute();
      other = new pg.Client({ connectionString: place.location.serviceDatabaseUrl });
      await other.connect();
      otherPid = (await other.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      conflicts = [];
      calls = new Map();
      afterFirstRow = async () => undefined;
    });

    afterEach(async () => {
      await other.end();
      await database.close();
      await place.cleanup();
    });

    it('retries a handler that PostgreSQL chose as a deadlock victim at once, and applies it', async () => {
      const victim = event(['a', 'b']);
      await holdRow('b');
      let otherUpdate: Promise<unknown> | undefined;
      afterFirstRow = async (_received, call) => {
        if (call > 1) return;
        // the handler holds a; the test's transaction now waits for a while holding b
        otherUpdate = other.query("update counters set n = n + 1 where id = 'a'");
        await waitUntil(isOtherWaitingForALock, 10_000, 'the other transaction waiting for row a');
      };
      const applied = inbox().apply(victim);
      await waitUntil(() => otherUpdate !== undefined && conflicts.length > 0, 10_000, 'the deadlock');
      await otherUpdate;
      await other.query('commit');

      expect(await applied).toEqual({ kind: 'applied' });
      expect(conflicts).toEqual(['deadlock']);
      expect(calls.get(victim.id)).toBe(2);
      expect(await counters()).toEqual({ a: 2, b: 2, c: 0, d: 0 });
    });

    it('takes a handler that would wait for a locked row out of its batch, applying the others without it', async () => {
      const [before, waiting, after] = [event(['c']), event(['b']), event(['d'])];
      await holdRow('b');
      const batch = inbox();
      const results = Promise.all([before, waiting, after].map((each) => batch.apply(each)));
      // the batch gave up on row b rather than wait while holding c: what it did so far is committed
      await waitUntil(() => conflicts.length > 0, 10_000, 'the batch giving up on row b');
      await waitUntil(async () => (await counters()).c === 1, 10_000, 'the events before it committed');
      await other.query('commit');

      expect((await results).map((result) => result.kind)).toEqual(['applied', 'applied', 'applied']);
      expect(conflicts).toEqual(['lock_wait']);
      expect(calls.get(waiting.id)).toBe(2);
      expect([calls.get(before.id), calls.get(after.id)]).toEqual([1, 1]);
      expect(await counters()).toEqual({ a: 0, b: 2, c: 1, d: 1 });
    });
  });
}
