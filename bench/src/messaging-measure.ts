// The measurements of the messaging bench: end-to-end through outbox and inbox, and raw amqplib.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { openBenchService, publishTick } from './messaging-fixture.js';

/** Throughput and latency of one run. */
export interface Throughput {
  events: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The value below which `fraction` of the sorted samples fall. */
export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Summarises committed/handled times into a throughput row. */
export function summarise(committed: number[], handled: number[], startedAt: number): Throughput {
  const latencies = handled.map((at, n) => at - (committed[n] ?? at));
  const finishedAt = Math.max(...handled);
  return {
    events: handled.length,
    eventsPerSecond: Math.round(handled.length / ((finishedAt - startedAt) / 1000)),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
  };
}

/** Rounds to two decimals for the table. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A producer and a consumer service in one temp folder, on the given transport. */
export async function openPair(busUrl: string | undefined, onHandled: (n: number, at: number) => void) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-bench-messaging-'));
  const unique = randomBytes(4).toString('hex');
  const exchange = `bench-${unique}.events`;
  const consumer = await openBenchService({
    service: 'consumer',
    dataDir,
    busUrl,
    exchange,
    queue: `bench-${unique}.ticks`,
    onHandled,
  });
  const producer = await openBenchService({ service: 'producer', dataDir, busUrl, exchange });
  await consumer.bus.start();
  await producer.bus.start();
  return {
    producer,
    close: async () => {
      for (const service of [producer, consumer]) {
        await service.bus.stop();
        await service.database.close();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Commits `count` events as fast as one producer can, each in its own transaction; measures until all are handled. */
export async function measureEndToEnd(busUrl: string | undefined, count: number): Promise<Throughput> {
  const committed: number[] = [];
  const handled: number[] = [];
  let finish = () => undefined as void;
  const allHandled = new Promise<void>((resolve) => (finish = resolve));
  let handledCount = 0;
  const pair = await openPair(busUrl, (n, at) => {
    handled[n] = at;
    if ((handledCount += 1) === count) finish();
  });
  const startedAt = performance.now();
  for (let n = 0; n < count; n += 1) committed[n] = await publishTick(pair.producer, n);
  await allHandled;
  await pair.close();
  return summarise(committed, handled, startedAt);
}

/** Publishes one event every `gapMs` on an otherwise idle pair: the delivery latency a user feels. */
export async function measureIdleLatency(
  busUrl: string | undefined,
  count: number,
  gapMs: number,
): Promise<number> {
  const latencies: number[] = [];
  let committedAt = 0;
  const pair = await openPair(busUrl, (_n, at) => latencies.push(at - committedAt));
  for (let n = 0; n < count; n += 1) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    committedAt = await publishTick(pair.producer, n);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await pair.close();
  return round(percentile(latencies, 0.5));
}
