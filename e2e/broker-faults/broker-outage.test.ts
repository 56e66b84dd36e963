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

  let committed = 0;

  /** Publishes every event in batches of 50; the batches after `holdAt` wait for `resume` to settle. */
  async function publishAll(holdAt: number, resume: Promise<unknown>): Promise<void> {
    for (let start = 0; start < total; start += 50) {
      if (start === holdAt) await resume;
      await producer.database.transaction(async (trx) => {
        for (let n = start; n < start + 50; n += 1) await producer.bus.publish(trx, ThingHappened, { n });
      });
      committed = start + 50;
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
    // Publishing holds at the halfway mark until the broker is down, so the outage lands mid-stream by
    // construction: the second half is committed to the outbox while the broker is away.
    let markBrokerStopped!: () => void;
    const brokerStopped = new Promise<void>((resolve) => (markBrokerStopped = resolve));
    const publishing = publishAll(total / 2, brokerStopped);
    await waitUntil(async () => (await handledCount()) >= 1000, 60_000);
    await stopBroker();
    markBrokerStopped();
    await waitUntil(async () => committed >= (total * 3) / 4, 60_000); // a quarter committed while it is down
    await startBroker(amqpUrl ?? '');
    await publishing;
    await waitUntil(async () => (await handledCount()) >= total, 240_000);
    const effects = await consumer.database.db.selectFrom('effects').select('n').execute();
    expect(new Set(effects.map(({ n }) => n)).size).toBe(total);
    expect(effects.length).toBe(total);
  });
});
