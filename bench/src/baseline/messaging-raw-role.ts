// One side of the raw amqplib baseline as its own process (argv: publisher|consumer, the run's
// settings as JSON): a confirm channel publishing persistent messages, or a consumer acking each,
// on a quorum queue; nothing of the kit.
import amqp, { type ConfirmChannel } from 'amqplib';
import { HandledRecorder, produce, serveRole } from '../messaging-role.js';
import { commonClock } from '../messaging-summary.js';

/** What both sides of one raw run share. */
export interface RawRunSettings {
  url: string;
  queue: string;
  /** Messages published before the publisher awaits their confirms. */
  window: number;
}

const role = process.argv[2] === 'consumer' ? 'consumer' : 'publisher';
const { url, queue, window } = JSON.parse(process.argv[3] ?? '{}') as RawRunSettings;
const connection = await amqp.connect(url, { noDelay: true }); // as the bus connects

if (role === 'consumer') {
  const channel = await connection.createChannel();
  await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.prefetch(100);
  const recorder = new HandledRecorder();
  await channel.consume(queue, (message) => {
    if (!message) return;
    recorder.record(Number(message.content.toString()), commonClock());
    channel.ack(message);
  });
  serveRole({
    recorder,
    stop: async () => {
      await channel.deleteQueue(queue);
      await connection.close();
    },
  });
} else {
  const channel = await connection.createConfirmChannel();
  serveRole({ produce: (count, gapMs) => publish(channel, count, gapMs), stop: () => connection.close() });
}

/** Publishes each message as the producer "commits" it (see `produce`), awaiting confirms every `window`. */
async function publish(channel: ConfirmChannel, count: number, gapMs: number): Promise<number[]> {
  const unconfirmed: Promise<void>[] = [];
  const committed = await produce(
    async (n) => {
      const at = commonClock();
      unconfirmed.push(
        new Promise((resolve, reject) =>
          channel.sendToQueue(queue, Buffer.from(String(n)), { persistent: true }, (error) =>
            error ? reject(error) : resolve(),
          ),
        ),
      );
      if (unconfirmed.length >= window) await Promise.all(unconfirmed.splice(0));
      return at;
    },
    count,
    gapMs,
  );
  await Promise.all(unconfirmed.splice(0));
  return committed;
}
