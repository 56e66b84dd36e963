import type { Transaction } from 'kysely';
import type { EventEnvelope } from '@bazaar/contracts/events';
import type { BusTables } from './bus-migrations.js';

/** Inserts the events' inbox rows of a queue in one statement; returns the ids that were not there yet. */
export async function recordInInbox(
  bus: Transaction<BusTables>,
  queue: string,
  events: EventEnvelope[],
): Promise<Set<string>> {
  const now = Date.now();
  // in one order of ids, so two batches recording the same redelivered events cannot deadlock
  const ids = [...new Set(events.map((event) => event.id))].sort();
  const rows = await bus
    .insertInto('bus_inbox')
    .values(ids.map((id) => ({ queue, event_id: id, handled_at: now })))
    .onConflict((conflict) => conflict.columns(['queue', 'event_id']).doNothing())
    .returning('event_id')
    .execute();
  return new Set(rows.map((row) => row.event_id));
}

/** Deletes inbox rows a transaction wrote for events it does not apply after all. */
export async function forgetInInbox(
  bus: Transaction<BusTables>,
  queue: string,
  eventIds: string[],
): Promise<void> {
  await bus.deleteFrom('bus_inbox').where('queue', '=', queue).where('event_id', 'in', eventIds).execute();
}
