import type { Kysely, Transaction } from 'kysely';
import type { QueueReport } from '@bazaar/contracts/routes';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { EventData, EventDefinition, EventEnvelope } from '@bazaar/contracts/events';
import type { Database } from '../data/database.js';
import type { ReadinessCheck } from '../health/health-routes.js';
import type { BusTables } from './bus-migrations.js';
import { createBusMetrics } from './bus-metrics.js';
import { outboxBacklog, reportBus } from './bus-report.js';
import type { BroadcastSubscription, BusTransport, DeadLetter, Subscription } from './bus-types.js';
import { createBroadcastConsumer } from './broadcast-consumer.js';
import { createInboxConsumer, type BusFaultHooks, type InboxConsumerDeps } from './inbox-consumer.js';
import { OutboxRelay } from './outbox-relay.js';
import { writeToOutbox, type PublishOptions } from './outbox-writer.js';
import { createTransport, type TransportTuning } from './transport-choice.js';
import { inOutboxWriteSpan } from '../tracing/bus-spans.js';
import { eventSigner, provenanceCheck } from './event-provenance.js';
import { provenanceFromEnvironment, type BusProvenance } from './provenance-config.js';

/** What a service hands the bus. */
export interface BusOptions<Schema> {
  service: string;
  /** `amqp://…` selects RabbitMQ; unset selects the embedded broker in `dataDir`. */
  busUrl?: string | undefined;
  dataDir: string;
  database: Database<Schema>;
  logger: Logger;
  metricsRegistry: Registry;
  /** Knobs with sensible defaults; tests shorten them. */
  tuning?: Partial<TransportTuning>;
  /** Fault-injection hooks for tests. */
  hooks?: BusFaultHooks;
  /**
   * Proof of source (docs/decisions/0030): this process's key signs every event it sends, and every
   * consumer refuses an event its type's owner did not send. Default: SERVICE_KEY and
   * SERVICE_PUBLIC_KEYS when the process has them, else no check (a bare bus in a test).
   */
  provenance?: BusProvenance | undefined;
}

/** The message bus of one service process: publish through the outbox, consume through the inbox. */
export interface Bus<Schema> {
  readonly transport: 'embedded' | 'rabbitmq';
  /** Writes the event to the outbox in `trx`; it is delivered once `trx` commits. Throws when invalid. */
  publish<Definition extends EventDefinition>(
    trx: Transaction<Schema>,
    event: Definition,
    data: EventData<Definition>,
    options?: PublishOptions,
  ): Promise<EventEnvelope<EventData<Definition>>>;
  /** Declares a subscription; call before `start`. */
  subscribe<const Events extends readonly EventDefinition[]>(
    subscription: Subscription<Schema, Events>,
  ): void;
  /** Declares a broadcast subscription: this process sees every matching event (see its doc); before `start`. */
  subscribeBroadcast<const Events extends readonly EventDefinition[]>(
    subscription: BroadcastSubscription<Events>,
  ): void;
  /** Connects, declares queues, starts consumers and the outbox relay. */
  start(): Promise<void>;
  /** Stops consuming (handlers in flight finish), stops the relay, disconnects. */
  stop(): Promise<void>;
  deadLetters: { list(): Promise<DeadLetter[]>; replay(id: string): Promise<void> };
  /** Its queues (depth, consumers, dead letters) and its outbox backlog, for the ops console. */
  report(): Promise<QueueReport>;
  /** For createHttpServer's `readiness`: fails while the broker is unreachable. */
  readiness: ReadinessCheck;
}

/** Creates the bus of a service: RabbitMQ when `busUrl` is set, else the embedded SQLite broker. */
export function createBus<Schema>(options: BusOptions<Schema>): Bus<Schema> {
  const tuning = withDefaults(options.tuning);
  const transport = createTransport(options, tuning);
  const db = options.database.db as unknown as Kysely<BusTables>;
  const subscriptions: Subscription<Schema>[] = [];
  const broadcasts: BroadcastSubscription[] = [];
  const queues = () => subscriptions.map((subscription) => subscription.queue);
  const metrics = createBusMetrics(options.metricsRegistry, {
    outboxBacklog: () => outboxBacklog(db),
    deadLetterDepths: () => deadLetterDepths(transport, queues()),
  });
  const provenance = options.provenance ?? provenanceFromEnvironment();
  const signer = provenance?.serviceKey ? eventSigner(provenance.serviceKey) : undefined;
  const checkProvenance = provenance ? provenanceCheck(provenance) : undefined;
  const relay = new OutboxRelay(db, transport, options.logger, metrics, tuning, signer);
  // a committed publish is sent at once, not at the relay's next look (PostgreSQL commits after the nudge)
  options.database.onCommit(() => relay.nudge(false));
  return {
    transport: transport.name,
    publish: async (trx, event, data, publishOptions) => {
      const envelope = await inOutboxWriteSpan(event.type, data, (traceparent) =>
        writeToOutbox(trx as Transaction<unknown>, options.service, event, data, {
          ...(traceparent ? { traceparent } : {}),
          ...publishOptions,
        }),
      );
      relay.nudge();
      return envelope;
    },
    subscribe: (subscription) => void subscriptions.push(subscription as unknown as Subscription<Schema>),
    subscribeBroadcast: (subscription) => void broadcasts.push(subscription as BroadcastSubscription),
    start: async () => {
      await transport.start();
      for (const subscription of subscriptions) {
        await startConsumer(transport, subscription, {
          ...options,
          ...tuning,
          metrics,
          hooks: options.hooks ?? {},
          checkProvenance,
        });
      }
      for (const broadcast of broadcasts) {
        await transport.consumeBroadcast(
          broadcast.name,
          broadcast.events.map((event) => event.type),
          createBroadcastConsumer(broadcast, options.logger, metrics, checkProvenance),
          () => broadcast.onSubscribed?.(),
        );
      }
      relay.start();
    },
    stop: async () => {
      await relay.stop();
      await transport.stop();
    },
    deadLetters: {
      list: () => transport.listDeadLetters(queues()),
      replay: (id) => transport.replayDeadLetter(id),
    },
    report: () => reportBus(transport, queues(), db),
    readiness: { name: 'bus', check: () => transport.check() },
  };
}

async function startConsumer<Schema>(
  transport: BusTransport,
  subscription: Subscription<Schema>,
  deps: Omit<InboxConsumerDeps<Schema>, 'subscription'>,
): Promise<void> {
  await transport.declareQueue(
    subscription.queue,
    subscription.events.map((event) => event.type),
  );
  await transport.consume(subscription.queue, createInboxConsumer({ ...deps, subscription }));
}

async function deadLetterDepths(transport: BusTransport, queues: string[]): Promise<Record<string, number>> {
  const depths = await Promise.all(queues.map((queue) => transport.deadLetterDepth(queue)));
  return Object.fromEntries(queues.map((queue, index) => [queue, depths[index] ?? 0]));
}

function withDefaults(tuning: Partial<TransportTuning> = {}): TransportTuning {
  return {
    exchange: 'bazaar.events',
    prefetch: 20,
    deliveryLimit: 5,
    retryBaseMs: 200,
    leaseMs: 30_000,
    sweepIntervalMs: 1_000,
    batchSize: 200,
    idleIntervalMs: 1_000,
    retentionMs: 24 * 3600_000,
    inboxRetentionMs: 7 * 24 * 3600_000,
    ...tuning,
  };
}
