// The services the messaging bench runs: a producer and a consumer with a real outbox and inbox.
import type { Kysely, Transaction } from 'kysely';
import Type from 'typebox';
import { Registry } from 'prom-client';
import { pino } from 'pino';
import { defineEvent } from '@bazaar/contracts/events';
import { busMigrations, createBus, openDatabase, type Bus, type Database } from '@bazaar/platform';
import { commonClock } from './messaging-summary.js';

/** The benchmark's event: `n` numbers it. */
export const BenchTicked = defineEvent({
  type: 'bench.clock.ticked',
  version: 1,
  data: Type.Object({ n: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
  examples: [{ n: 0 }],
});

const migrations = {
  ...busMigrations,
  '0001-create-ticks': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .createTable('ticks')
        .addColumn('n', 'integer', (column) => column.notNull())
        .execute(),
  },
};

/** One bench service: its database and bus. */
export interface BenchService {
  bus: Bus<unknown>;
  database: Database<unknown>;
}

/** Where and how a bench service runs. */
export interface BenchServiceConfig {
  service: string;
  dataDir: string;
  busUrl?: string | undefined;
  exchange: string;
  /** When set, subscribes this queue and reports each handled event's number and time (`commonClock`). */
  queue?: string;
  onHandled?: (n: number, at: number) => void;
}

/** Opens a bench service with the bus wired as a real service would. */
export async function openBenchService(config: BenchServiceConfig): Promise<BenchService> {
  const database = await openDatabase<unknown>(
    { service: config.service, dataDir: config.dataDir },
    migrations,
  );
  const bus = createBus<unknown>({
    service: config.service,
    busUrl: config.busUrl,
    dataDir: config.dataDir,
    database,
    logger: pino({ level: 'silent' }),
    metricsRegistry: new Registry(),
    tuning: { exchange: config.exchange, prefetch: 100 },
  });
  if (config.queue) {
    bus.subscribe({
      queue: config.queue,
      events: [BenchTicked],
      handle: async (event, trx) => {
        await (trx as Transaction<{ ticks: { n: number } }>)
          .insertInto('ticks')
          .values({ n: event.data.n })
          .execute();
        config.onHandled?.(event.data.n, commonClock());
      },
    });
  }
  return { bus, database };
}

/** Publishes one event in its own transaction and resolves with the commit time (`commonClock`). */
export async function publishTick(service: BenchService, n: number): Promise<number> {
  await service.database.transaction((trx) => service.bus.publish(trx, BenchTicked, { n }));
  return commonClock();
}
