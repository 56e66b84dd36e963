import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** What the bus metrics read on each scrape. */
export interface BusGaugeSources {
  outboxBacklog(): Promise<{ count: number; oldestAgeSeconds: number }>;
  deadLetterDepths(): Promise<Record<string, number>>;
}

/** The bus metrics: outbox backlog, publish latency, consumer lag, handled/failed/redelivered, dead letters, conflicts. */
export function createBusMetrics(registry: Registry, sources: BusGaugeSources) {
  const registers = [registry];
  const seconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
  new Gauge({
    name: 'bus_outbox_backlog',
    help: 'Outbox rows not yet confirmed by the broker',
    registers,
    async collect() {
      this.set((await sources.outboxBacklog()).count);
    },
  });
  new Gauge({
    name: 'bus_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest outbox row not yet confirmed by the broker',
    registers,
    async collect() {
      this.set((await sources.outboxBacklog()).oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'bus_dead_letters',
    help: 'Messages parked in each subscription dead-letter queue',
    labelNames: ['queue'] as const,
    registers,
    async collect() {
      for (const [queue, depth] of Object.entries(await sources.deadLetterDepths()))
        this.set({ queue }, depth);
    },
  });
  return {
    publishLatency: new Histogram({
      name: 'bus_publish_latency_seconds',
      help: 'From the outbox write to the broker confirmation, per event',
      buckets: seconds,
      registers,
    }),
    consumerLag: new Histogram({
      name: 'bus_consumer_lag_seconds',
      help: 'From the event time to the end of its handling, per handled event',
      labelNames: ['queue'] as const,
      buckets: seconds,
      registers,
    }),
    handled: counter(registry, 'bus_events_handled_total', 'Events handled and acknowledged'),
    failed: counter(
      registry,
      'bus_events_failed_total',
      'Handler failures (each is retried or dead-lettered)',
    ),
    redelivered: counter(registry, 'bus_events_redelivered_total', 'Deliveries beyond the first of an event'),
    deadLettered: counter(registry, 'bus_events_dead_lettered_total', 'Events parked in a dead-letter queue'),
    conflicts: new Counter({
      name: 'bus_handler_conflicts_total',
      help: 'Handlers that hit a deadlock or serialization failure (each is retried at once)',
      labelNames: ['queue', 'type', 'conflict'] as const,
      registers,
    }),
    batchSplits: counter(
      registry,
      'bus_inbox_batch_splits_total',
      'Handlers taken out of a batch to run alone because a row they needed was locked',
    ),
  };
}

/** The bus metrics of one process. */
export type BusMetrics = ReturnType<typeof createBusMetrics>;

function counter(registry: Registry, name: string, help: string) {
  return new Counter({ name, help, labelNames: ['queue', 'type'] as const, registers: [registry] });
}
