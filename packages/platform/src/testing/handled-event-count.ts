import type { Kysely } from 'kysely';
import type { Database } from '../data/database.js';
import type { BusTables } from '../bus/bus-migrations.js';

/** How many events a subscription queue's inbox has recorded: proof that a delivery was handled. */
export async function handledEventCount<Schema>(database: Database<Schema>, queue: string): Promise<number> {
  const db = database.db as unknown as Kysely<Pick<BusTables, 'bus_inbox'>>;
  const row = await db
    .selectFrom('bus_inbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('queue', '=', queue)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
