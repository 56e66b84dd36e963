import type { Channel } from 'amqplib';
import type { Logger } from 'pino';
import type { DeliverBroadcast } from '../bus-types.js';
import type { RabbitConnection } from './rabbitmq-connection.js';

/** What broadcast consumers need to know about the broker. */
export interface RabbitBroadcastSettings {
  exchange: string;
  prefetch: number;
  logger: Logger;
}

/**
 * Broadcast subscriptions on RabbitMQ: per subscription and per connection, one server-named,
 * exclusive, auto-delete queue bound to the event types. The broker deletes it when the connection
 * closes, however the process ends; after a reconnect a new one is declared and `onDeclared` runs.
 */
export class RabbitBroadcasts {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly live: { channel: Channel; consumerTag: string }[] = [];
  private stopping = false;

  constructor(
    private readonly connection: RabbitConnection,
    private readonly settings: RabbitBroadcastSettings,
  ) {}

  /** Declares the queue and consumes it, now and after every reconnect. */
  consume(
    name: string,
    eventTypes: string[],
    deliver: DeliverBroadcast,
    onDeclared: () => void,
  ): Promise<void> {
    return this.connection.addSetup(async (model) => {
      const channel = await model.createChannel();
      channel.on('error', (error: Error) =>
        this.settings.logger.warn({ err: error, name }, 'bus: broadcast channel error'),
      );
      const { queue } = await channel.assertQueue('', {
        exclusive: true,
        autoDelete: true,
        durable: false,
        arguments: { 'x-queue-type': 'classic' },
      });
      for (const type of eventTypes) await channel.bindQueue(queue, this.settings.exchange, type);
      await channel.prefetch(this.settings.prefetch);
      const { consumerTag } = await channel.consume(queue, (message) => {
        if (!message || this.stopping) return;
        const work = deliver(message.content.toString('utf8'), message.properties.headers)
          .then(() => channel.ack(message))
          .catch(() => undefined) // the channel is gone; so is the queue and what was in it
          .finally(() => this.inFlight.delete(work));
        this.inFlight.add(work);
      });
      this.live.push({ channel, consumerTag });
      onDeclared();
    });
  }

  /** Cancels the consumers and waits for the handlers in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.live.map(({ channel, consumerTag }) => channel.cancel(consumerTag).catch(() => undefined)),
    );
    await Promise.all([...this.inFlight]);
  }
}
