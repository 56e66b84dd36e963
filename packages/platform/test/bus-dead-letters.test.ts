import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import {
  openFixtureService,
  publishThings,
  ThingHappened,
  type FixtureService,
} from './fixtures/fixture-service.mjs';
import { appliedEffects, createTestBed, transportsUnderTest, waitFor, type TestBed } from './bus-test-bed.js';

describe.each(transportsUnderTest())('poison messages over $name', (transport) => {
  let bed: TestBed;
  let producer: FixtureService;
  let consumer: FixtureService;
  let isPoisonFixed = false;
  let consumerMetrics: Registry;
  let producerMetrics: Registry;

  beforeEach(async (context) => {
    if (!transport.available) return context.skip();
    isPoisonFixed = false;
    bed = createTestBed(transport);
    consumerMetrics = new Registry();
    producerMetrics = new Registry();
    const consumerConfig = {
      queue: bed.queue,
      isPoisonFixed: () => isPoisonFixed,
      metricsRegistry: consumerMetrics,
    };
    consumer = await openFixtureService(bed.config('consumer', consumerConfig));
    producer = await openFixtureService(bed.config('producer', { metricsRegistry: producerMetrics }));
    await consumer.bus.start();
    await producer.bus.start();
  });

  afterEach(async () => {
    if (!transport.available) return;
    await producer.bus.stop();
    await consumer.bus.stop();
    await Promise.all([producer.database.close(), consumer.database.close()]);
    await bed.cleanup();
  });

  it('parks a poison message in <queue>.dlq after the delivery limit while the others flow; a replay after the fix delivers it', async () => {
    await producer.database.transaction((trx) =>
      producer.bus.publish(trx, ThingHappened, { n: 0, poison: true }),
    );
    await publishThings(producer, 1, 20);
    await waitFor('the 20 healthy events', async () => (await appliedEffects(consumer)).length === 20);
    await waitFor('the dead letter', async () => (await consumer.bus.deadLetters.list()).length === 1);
    const [letter] = await consumer.bus.deadLetters.list();
    expect(letter).toMatchObject({ queue: bed.queue, type: ThingHappened.type, attempts: 3 });
    expect(letter?.error).toContain('poison event 0');

    isPoisonFixed = true;
    await consumer.bus.deadLetters.replay(letter?.id ?? '');
    await waitFor('the replayed event', async () =>
      (await appliedEffects(consumer)).some(({ n }) => n === 0),
    );
    expect(await consumer.bus.deadLetters.list()).toEqual([]);
    expect((await appliedEffects(consumer)).length).toBe(21);
  });

  it('reports outbox backlog, handled, failed and dead-letter counts as metrics', async () => {
    await producer.database.transaction((trx) =>
      producer.bus.publish(trx, ThingHappened, { n: 0, poison: true }),
    );
    await publishThings(producer, 1, 5);
    await waitFor('the dead letter', async () => (await consumer.bus.deadLetters.list()).length === 1);
    const consumed = await consumerMetrics.metrics();
    expect(consumed).toMatch(
      new RegExp(`bus_events_handled_total\\{queue="${bed.queue}",type="test.thing.happened"\\} 5`),
    );
    expect(consumed).toMatch(/bus_events_failed_total\{[^}]*\} 3/);
    expect(consumed).toMatch(new RegExp(`bus_dead_letters\\{queue="${bed.queue}"\\} 1`));
    const produced = await producerMetrics.metrics();
    expect(produced).toMatch(/bus_outbox_backlog 0/);
    expect(produced).toMatch(/bus_publish_latency_seconds_count 6/);
  });
});
