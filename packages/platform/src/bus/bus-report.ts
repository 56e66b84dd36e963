// What a service's bus reports to the ops console: each of its queues and its outbox backlog.
import { sql, type Kysely } from 'kysely';
import type { QueueReport } from '@bazaar/contracts/routes';
import type { BusTables } from './bus-migrations.js';
import type { BusTransport } from './bus-types.js';

/** Unsent outbox rows and the age of the oldest, read from the service's own database. */
export async function outboxBacklog(
  db: Kysely<BusTables>,
): Promise<{ count: number; oldestAgeSeconds: number }> {
  const row = await db
    .selectFrom('bus_outbox')
    .select([sql<number>`count(*)`.as('count'), sql<number | null>`min(created_at)`.as('oldest')])
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  if (row?.oldest === null || row?.oldest === undefined) return { count, oldestAgeSeconds: 0 };
  return { count, oldestAgeSeconds: Math.max(0, (Date.now() - Number(row.oldest)) / 1000) };
}

/** Asks the broker about each queue and the database about the outbox. */
export async function reportBus(
  transport: BusTransport,
  queues: readonly string[],
  db: Kysely<BusTables>,
): Promise<QueueReport> {
  const states = await Promise.all(
    queues.map(async (name) => {
      const [state, deadLetters] = await Promise.all([
        transport.queueState(name),
        transport.deadLetterDepth(name),
      ]);
      return { name, ...state, deadLetters };
    }),
  );
  const { count, oldestAgeSeconds } = await outboxBacklog(db);
  return { transport: transport.name, queues: states, outbox: { backlog: count, oldestAgeSeconds } };
}
