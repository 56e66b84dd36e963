import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInRequestContext } from '../src/context/request-context.js';
import {
  openFixtureService,
  publishThings,
  ThingHappened,
  type FixtureService,
} from './fixtures/fixture-service.mjs';
import {
  appliedEffects,
  countByNumber,
  createTestBed,
  transportsUnderTest,
  waitFor,
  type TestBed,
} from './bus-test-bed.js';

describe.each(transportsUnderTest())('bus delivery over $name', (transport) => {
  let bed: TestBed;
  let producer: FixtureService;
  let consumer: FixtureService;

  beforeEach(async (context) => {
    if (!transport.available) return context.skip();
    bed = createTestBed(transport);
    consumer = await openFixtureService(bed.config('consumer', { queue: bed.queue }));
    producer = await openFixtureService(bed.config('producer'));
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

  it('handles every event of a committed transaction once, and none of a rolled-back one', async () => {
    await publishThings(producer, 0, 40);
    for (let n = 100; n < 110; n += 1) {
      const rolledBack = producer.database.transaction(async (trx) => {
        await producer.bus.publish(trx, ThingHappened, { n });
        throw new Error('the use case failed after publishing');
      });
      await expect(rolledBack).rejects.toThrow('the use case failed');
    }
    await publishThings(producer, 40, 10);
    await waitFor('50 effects', async () => (await appliedEffects(consumer)).length >= 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = countByNumber(await appliedEffects(consumer));
    expect([...counts.keys()]).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it('refuses to publish invalid data: publish throws and nothing reaches the outbox', async () => {
    const publishing = producer.database.transaction((trx) =>
      producer.bus.publish(trx, ThingHappened, { n: -1, surprise: 'field' } as never),
    );
    await expect(publishing).rejects.toMatchObject({ name: 'InvalidEventError', type: ThingHappened.type });
    await expect(publishing).rejects.toThrow('/n');
    const rows = await producer.database.db.selectFrom('bus_outbox').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('carries the correlation id of the request context to the handler', async () => {
    await runInRequestContext({ requestId: 'req-1', correlationId: 'corr-checkout-42' }, () =>
      producer.database.transaction((trx) => producer.bus.publish(trx, ThingHappened, { n: 7 })),
    );
    await waitFor('the effect', async () => (await appliedEffects(consumer)).length === 1);
    expect((await appliedEffects(consumer))[0]?.correlation_id).toBe('corr-checkout-42');
  });

  it('dead-letters a received event that fails validation, with the reason, and keeps going', async () => {
    const forged = { ...JSON.parse(JSON.stringify(ThingHappened.examples[0])) };
    const envelope = {
      id: 'forged-1',
      type: ThingHappened.type,
      version: 1,
      source: 'producer',
      time: new Date().toISOString(),
      correlationId: 'c',
      causationId: null,
      data: { ...forged, n: 'not a number' },
    };
    await producer.database.db
      .insertInto('bus_outbox')
      .values({
        event_id: 'forged-1',
        type: ThingHappened.type,
        envelope: JSON.stringify(envelope),
        created_at: Date.now(),
        sent_at: null,
      })
      .execute();
    await publishThings(producer, 1, 1);
    await waitFor('the valid event', async () => (await appliedEffects(consumer)).length === 1);
    await waitFor('the dead letter', async () => (await consumer.bus.deadLetters.list()).length === 1);
    const [letter] = await consumer.bus.deadLetters.list();
    expect(letter).toMatchObject({ queue: bed.queue, eventId: 'forged-1', type: ThingHappened.type });
    expect(letter?.error).toContain('/n');
  });

  it('is ready while the broker answers', async () => {
    await expect(consumer.bus.readiness.check()).resolves.toBeUndefined();
  });
});
