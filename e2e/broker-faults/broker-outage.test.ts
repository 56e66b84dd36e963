// Stops RabbitMQ while 10,000 events are being published, starts it again: all are delivered, none twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  openFixtureService,
  ThingHappened,
  type FixtureService,
} from '../../packages/platform/test/fixtures/fixture-service.mjs';
import { startBroker, stopBroker } from './rabbitmq-control.js';

const amqpUrl = inject('servers').amqpUrl;
const total = 10_000;

describe.skipIf(!amqpUrl)('RabbitMQ outage', () => {
  const unique = randomBytes(4).toString('hex');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-broker-faults-'));
  const tuning = { exchange: `outage-${unique}.events`, prefetch: 50 };
  let producer: FixtureService;
  let consumer: FixtureService;

  beforeAll(async () => {
    const base = { dataDir, busUrl: amqpUrl, tuning };
    consumer = await openFixtureService({
      ...base,
      service: 'consumer',
      queue: `outage-${unique}.record-things`,
    });
    producer = await openFixtureService({ ...base, service: 'producer' });
    await consumer.bus.start();
    await producer.bus.start();
  });

  afterAll(async () => {
    await startBroker(amqpUrl ?? '').catch(() => undefined); // whatever happened, leave the broker running
    await producer?.bus.stop();
    await consumer?.bus.stop();
    await producer?.database.close();
    await consumer?.database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const handledCount = async () => {
    const row = await consumer.database.db
      .selectFrom('effects')
      .select((eb) => eb.fn.count<number>('n').distinct().as('distinct'))
      .executeTakeFirstOrThrow();
    return Number(row.distinct);
  };

  async function publishAll(): Promise<void> {
    for (let start = 0; start < total; start += 50) {
      await producer.database.transaction(async (trx) => {
        for (let n = start; n < start + 50; n += 1) await producer.bus.publish(trx, ThingHappened, { n });
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('stopping the broker while 10,000 events are published loses none and applies none twice', async () => {
    let isPublishingDone = false;
    const publishing = publishAll().then(() => (isPublishingDone = true));
    await waitUntil(async () => (await handledCount()) >= 1000, 60_000);
    await stopBroker();
    expect(isPublishingDone).toBe(false); // the outage hits while events are still being committed
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await startBroker(amqpUrl ?? '');
    await publishing;
    await waitUntil(async () => (await handledCount()) >= total, 240_000);
    const effects = await consumer.database.db.selectFrom('effects').select('n').execute();
    expect(new Set(effects.map(({ n }) => n)).size).toBe(total);
    expect(effects.length).toBe(total);
  });
});
