// Messaging: end to end through outbox and inbox (commit in the producer → handled in the consumer,
// each its own process with its own database, as deployed) on embedded and RabbitMQ, beside raw
// amqplib publish-with-confirms → consume-with-acks, its publisher and consumer in two processes too.
import { recordResult, type BenchRow } from './record-result.js';
import { measureEndToEnd, measureIdleLatency } from './messaging-measure.js';
import { measureRawAmqp } from './messaging-raw-amqp.js';
import { measureIdleCpu } from './messaging-idle-cpu.js';

const amqpUrl = process.env.BENCH_BUS_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const events = 10_000;

/** Runs the messaging measurements (~1 minute) and records bench/results/messaging.{json,md}. */
export async function messagingBench(): Promise<void> {
  const rows: BenchRow[] = [];
  const embedded = await measureEndToEnd(undefined, events);
  rows.push({ name: 'embedded, outbox → inbox', ...embedded });
  const rabbit = await measureEndToEnd(amqpUrl, events);
  rows.push({ name: 'RabbitMQ, outbox → inbox', ...rabbit });
  const raw = await measureRawAmqp(amqpUrl, events);
  rows.push({ name: 'RabbitMQ, raw amqplib confirms → acks (baseline)', ...raw });
  const idleP50 = await measureIdleLatency(undefined, 100, 50);
  rows.push({ name: 'embedded, idle delivery latency (1 event / 50 ms)', events: 100, p50Ms: idleP50 });
  const idleCpu = await measureIdleCpu(10);
  rows.push({ name: 'embedded, idle producer+consumer pair CPU over 10 s', cpuPercentOfCore: idleCpu });
  const ratio = rabbit.eventsPerSecond / raw.eventsPerSecond;
  const verdicts = [
    `RabbitMQ end to end, producer and consumer in separate processes, at ${Math.round(ratio * 100)}% of raw (goal ≥ 50%: ${ratio >= 0.5 ? 'met' : 'missed'})`,
    `embedded idle p50 ${idleP50} ms (goal < 20 ms: ${idleP50 < 20 ? 'met' : 'missed'})`,
    `idle CPU ${idleCpu}% of a core (goal < 2%: ${idleCpu < 2 ? 'met' : 'missed'})`,
  ];
  recordResult({
    bench: 'messaging',
    goal: 'end to end, producer and consumer in separate processes, ≥ half the raw amqplib rate (its publisher and consumer in separate processes too); embedded idle delivery p50 < 20 ms; idle pair < 2% of a core',
    rows,
    verdict: verdicts.join('; '),
  });
}
