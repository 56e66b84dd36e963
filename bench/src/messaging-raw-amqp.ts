// The baseline: raw amqplib publish-with-confirms → consume-with-acks, no outbox, no inbox; the
// publisher and the consumer each in its own process, as the kit's producer and consumer are.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { RawRunSettings } from './baseline/messaging-raw-role.js';
import { runRound, startRole, stopRole } from './messaging-processes.js';
import { summarise, type Throughput } from './messaging-summary.js';

const rawRole = fileURLToPath(new URL('./baseline/messaging-raw-role.js', import.meta.url));

/**
 * Publishes `count` persistent messages (after `warmUp` unmeasured ones) to a quorum queue on a
 * confirm channel, one at a time as the kit's producer commits them and awaiting confirms in
 * windows, and consumes them with acks in another process; latency is from publish to handled.
 */
export async function measureRawAmqp(
  url: string,
  count: number,
  window = 200,
  warmUp = 500,
): Promise<Throughput> {
  const settings: RawRunSettings = { url, queue: `bench-raw-${randomBytes(4).toString('hex')}`, window };
  const consumer = await startRole(rawRole, ['consumer', JSON.stringify(settings)]);
  try {
    const publisher = await startRole(rawRole, ['publisher', JSON.stringify(settings)]);
    try {
      await runRound(publisher, consumer, warmUp);
      const { committed, handled } = await runRound(publisher, consumer, count);
      return summarise(committed, handled);
    } finally {
      await stopRole(publisher);
    }
  } finally {
    await stopRole(consumer); // it deletes the queue
  }
}
