// Test support: a producer that delivers the very same event (same id) more than once, as a broker may.
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { EventData, EventDefinition } from '@bazaar/contracts/events';
import {
  busMigrations,
  createBus,
  createLogger,
  createMetricsRegistry,
  openDatabase,
  type BusTables,
} from '@bazaar/platform';

/** Publishes `data` once through an outbox, then re-sends the same envelope `times - 1` more times. */
export async function publishRepeatedly<Definition extends EventDefinition>(
  dataDir: string,
  event: Definition,
  data: EventData<Definition>,
  times: number,
): Promise<void> {
  const service = 'test-redeliverer';
  const database = await openDatabase<BusTables>(
    { service, dataDir, sqliteFile: path.join(dataDir, `${service}.sqlite`) },
    busMigrations,
  );
  const bus = createBus<BusTables>({
    service,
    dataDir,
    database,
    logger: createLogger({ service, level: 'silent' }),
    metricsRegistry: createMetricsRegistry({ service, instance: service }),
    tuning: { idleIntervalMs: 20 },
  });
  await bus.start();
  const envelope = await database.transaction((trx) => bus.publish(trx, event, data));
  for (let sent = 1; sent <= times; sent++) {
    await waitUntilSent(database.db, envelope.id);
    // unsent again: the relay delivers the same envelope once more
    if (sent < times) await database.db.updateTable('bus_outbox').set({ sent_at: null }).execute();
  }
  await bus.stop();
  await database.close();
}

async function waitUntilSent(db: Kysely<BusTables>, eventId: string): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    const row = await db
      .selectFrom('bus_outbox')
      .select('sent_at')
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    if (row?.sent_at != null) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`event ${eventId} was never sent`);
}
