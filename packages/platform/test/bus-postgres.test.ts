// The outbox and inbox migrations and queries also run on PostgreSQL (producer and consumer on it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestDatabaseLocation,
} from '../src/testing/test-databases.js';
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

const postgres = enginesUnderTest().find((engine) => engine.engine === 'postgres');

describe.skipIf(!postgres?.available)('bus on PostgreSQL service databases (embedded broker)', () => {
  let bed: TestBed;
  let locations: TestDatabaseLocation[];
  let producer: FixtureService;
  let consumer: FixtureService;

  beforeAll(async () => {
    bed = createTestBed(transportsUnderTest()[0]!);
    locations = [
      createTestDatabaseLocation('producer', 'postgres'),
      createTestDatabaseLocation('consumer', 'postgres'),
    ];
    const [producerUrl, consumerUrl] = locations.map((location) => location.location.serviceDatabaseUrl);
    consumer = await openFixtureService(
      bed.config('consumer', { queue: bed.queue, databaseUrl: consumerUrl! }),
    );
    producer = await openFixtureService(bed.config('producer', { databaseUrl: producerUrl! }));
    await consumer.bus.start();
    await producer.bus.start();
  });

  afterAll(async () => {
    await producer?.bus.stop();
    await consumer?.bus.stop();
    await producer?.database.close();
    await consumer?.database.close();
    for (const location of locations ?? []) await location.cleanup();
    await bed?.cleanup();
  });

  it('delivers committed events once each and none of a rolled-back transaction', async () => {
    await publishThings(producer, 0, 30);
    const rolledBack = producer.database.transaction(async (trx) => {
      await producer.bus.publish(trx, ThingHappened, { n: 99 });
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    await waitFor('30 effects', async () => (await appliedEffects(consumer)).length >= 30);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = countByNumber(await appliedEffects(consumer));
    expect([...counts.keys()]).toEqual(Array.from({ length: 30 }, (_, n) => n));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });
});
