// The kit's measurements of the messaging bench: the producer (outbox writes + relay) and the
// consumer (inbox + handler) each in its own process with its own SQLite file, as deployed, on the
// embedded broker or RabbitMQ; times are taken in each process on the clock they share.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import type { KitRunSettings } from './messaging-kit-role.js';
import { runRound, startRole, stopRole } from './messaging-processes.js';
import { round, summarise, type Throughput } from './messaging-summary.js';
import { percentile } from './percentile.js';

const kitRole = fileURLToPath(new URL('./messaging-kit-role.js', import.meta.url));

/** A producer and a consumer process in one temp folder on the given transport; the consumer starts first, so its queue is bound before anything is published. */
async function startPair(busUrl: string | undefined) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-bench-messaging-'));
  const unique = randomBytes(4).toString('hex');
  const settings: KitRunSettings = {
    dataDir,
    busUrl,
    exchange: `bench-${unique}.events`,
    queue: `bench-${unique}.ticks`,
  };
  const close = async (...roles: Awaited<ReturnType<typeof startRole>>[]) => {
    for (const role of roles) await stopRole(role);
    if (busUrl) await deleteTopology(busUrl, settings);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const consumer = await startRole(kitRole, ['consumer', JSON.stringify(settings)]);
  const producer = await startRole(kitRole, ['producer', JSON.stringify(settings)]).catch(async (error) => {
    await close(consumer);
    throw error;
  });
  return { producer, consumer, close: () => close(producer, consumer) };
}

/** Removes what the run's bus declared on RabbitMQ (the bus itself never deletes a queue). */
async function deleteTopology(url: string, { exchange, queue }: KitRunSettings): Promise<void> {
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  for (const name of [queue, `${queue}.dlq`]) await channel.deleteQueue(name);
  for (const name of [exchange, `${exchange}.dlx`]) await channel.deleteExchange(name);
  await connection.close();
}

/**
 * Commits `count` events as fast as one producer does under load (each in its own transaction,
 * yielding between commits) after `warmUp` unmeasured ones; measures until all are handled.
 */
export async function measureEndToEnd(
  busUrl: string | undefined,
  count: number,
  warmUp = 500,
): Promise<Throughput> {
  const pair = await startPair(busUrl);
  try {
    await runRound(pair.producer, pair.consumer, warmUp);
    const { committed, handled } = await runRound(pair.producer, pair.consumer, count);
    return summarise(committed, handled);
  } finally {
    await pair.close();
  }
}

/** Publishes one event every `gapMs` on an otherwise idle pair: the delivery latency (p50) a user feels. */
export async function measureIdleLatency(
  busUrl: string | undefined,
  count: number,
  gapMs: number,
): Promise<number> {
  const pair = await startPair(busUrl);
  try {
    const { committed, handled } = await runRound(pair.producer, pair.consumer, count, gapMs);
    return round(
      percentile(
        handled.map((at, n) => at - (committed[n] ?? at)),
        0.5,
      ),
    );
  } finally {
    await pair.close();
  }
}
