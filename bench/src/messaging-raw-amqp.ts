// The baseline: raw amqplib publish-with-confirms → consume-with-acks, no outbox, no inbox.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import { summarise, type Throughput } from './messaging-measure.js';

/** Publishes `count` persistent messages on a confirm channel (awaiting confirms in windows) to a quorum queue and consumes them with acks. */
export async function measureRawAmqp(url: string, count: number, window = 200): Promise<Throughput> {
  const connection = await amqp.connect(url);
  const queue = `bench-raw-${randomBytes(4).toString('hex')}`;
  const publisher = await connection.createConfirmChannel();
  await publisher.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  const consumer = await connection.createChannel();
  await consumer.prefetch(100);
  const committed: number[] = [];
  const handled: number[] = [];
  let remaining = count;
  const allHandled = new Promise<void>((resolve) => {
    void consumer.consume(queue, (message) => {
      if (!message) return;
      const n = Number(message.content.toString());
      handled[n] = performance.now();
      consumer.ack(message);
      if ((remaining -= 1) === 0) resolve();
    });
  });
  const startedAt = performance.now();
  for (let start = 0; start < count; start += window) {
    const end = Math.min(count, start + window);
    const sends: Promise<void>[] = [];
    for (let n = start; n < end; n += 1) {
      sends.push(
        new Promise((resolve, reject) =>
          publisher.sendToQueue(queue, Buffer.from(String(n)), { persistent: true }, (error) =>
            error ? reject(error) : resolve(),
          ),
        ),
      );
    }
    await Promise.all(sends);
    const confirmedAt = performance.now();
    for (let n = start; n < end; n += 1) committed[n] = confirmedAt;
  }
  await allHandled;
  await publisher.deleteQueue(queue);
  await connection.close();
  return summarise(committed, handled, startedAt);
}
