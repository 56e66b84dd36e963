import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { EventData, EventDefinition, EventEnvelope } from '@bazaar/contracts/events';
import { createLogger } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { openDatabase } from '../data/database.js';
import { busMigrations } from '../bus/bus-migrations.js';
import { createBus } from '../bus/create-bus.js';

/** Another "service" on the same bus as the service under test: it publishes and captures events. */
export interface TestBusPeer {
  /** Publishes through its own outbox, as a real producer would. */
  publish<Definition extends EventDefinition>(
    event: Definition,
    data: EventData<Definition>,
  ): Promise<EventEnvelope>;
  /** Every captured event of a type, in arrival order. */
  received<T = unknown>(type: string): EventEnvelope<T>[];
  /** Waits for a captured event of `type` whose data satisfies `match`; throws after `timeoutMs`. */
  waitFor<T = unknown>(
    type: string,
    match?: (data: T) => boolean,
    timeoutMs?: number,
  ): Promise<EventEnvelope<T>>;
  close(): Promise<void>;
}

/**
 * Starts a peer on the bus of `dataDir` (embedded) or `busUrl` (RabbitMQ) that captures the events
 * it listens to from the moment it starts. Create it before the service under test publishes.
 */
export async function createTestBusPeer(options: {
  dataDir: string;
  busUrl?: string | undefined;
  listenTo?: EventDefinition[];
}): Promise<TestBusPeer> {
  const name = `test-peer-${randomBytes(3).toString('hex')}`;
  const database = await openDatabase<unknown>(
    { service: name, dataDir: options.dataDir, sqliteFile: path.join(options.dataDir, `${name}.sqlite`) },
    busMigrations,
  );
  const logger = createLogger({ service: name, level: 'silent' });
  const bus = createBus<unknown>({
    service: name,
    busUrl: options.busUrl,
    dataDir: options.dataDir,
    database,
    logger,
    metricsRegistry: createMetricsRegistry({ service: name, instance: name }),
  });
  const captured: EventEnvelope[] = [];
  if (options.listenTo?.length) {
    bus.subscribe({
      queue: `${name}.capture`,
      events: options.listenTo,
      handle: async (event) => void captured.push(event as EventEnvelope),
    });
  }
  await bus.start();
  return {
    publish: (event, data) => database.transaction((trx) => bus.publish(trx, event, data)),
    received: <T>(type: string) => captured.filter((event) => event.type === type) as EventEnvelope<T>[],
    async waitFor<T>(type: string, match: (data: T) => boolean = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = captured.find((event) => event.type === type && match(event.data as T));
        if (found) return found as EventEnvelope<T>;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no ${type} event arrived within ${timeoutMs} ms`);
    },
    async close() {
      await bus.stop();
      await database.close();
    },
  };
}
