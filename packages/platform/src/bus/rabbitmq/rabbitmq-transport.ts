import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import type { Logger } from 'pino';
import type { BusTransport, Delivery, DeliveryOutcome, OutgoingMessage } from '../bus-types.js';
import { AckCoalescer } from './ack-coalescer.js';
import { RabbitBroadcasts } from './rabbitmq-broadcast.js';
import { RabbitConnection } from './rabbitmq-connection.js';
import { publishConfirmed, RabbitDeadLetters } from './rabbitmq-dead-letters.js';

/** Where and how to talk to RabbitMQ. */
export interface RabbitTransportSettings {
  url: string;
  /** The connection name shown in RabbitMQ: the service name. */
  connectionName: string;
  /** The topic exchange all events go through (`bazaar.events`). */
  exchange: string;
  prefetch: number;
  deliveryLimit: number;
  logger: Logger;
}

/** The RabbitMQ transport: topic exchange, quorum queues with a delivery limit and a dead-letter queue each. */
export function createRabbitTransport(settings: RabbitTransportSettings): BusTransport {
  const { exchange, logger } = settings;
  const deadLetterExchange = `${exchange}.dlx`;
  const connection = new RabbitConnection(settings.url, settings.connectionName, logger);
  const deadLetters = new RabbitDeadLetters(connection, deadLetterExchange);
  const consumers = new RabbitConsumers(connection, deadLetters, settings);
  const broadcasts = new RabbitBroadcasts(connection, settings);
  return {
    name: 'rabbitmq',
    start: async () => {
      await connection.addSetup(async (model) => {
        const channel = await model.createChannel();
        await channel.assertExchange(exchange, 'topic', { durable: true });
        await channel.assertExchange(deadLetterExchange, 'direct', { durable: true });
        await channel.close();
      });
      await connection.start();
    },
    declareQueue: (queue, eventTypes) =>
      connection.addSetup((model) => declareQueue(model, queue, eventTypes, settings, deadLetterExchange)),
    publish: (messages) => publishInOrder(connection, exchange, messages, connection.user),
    consume: (queue, deliver) => consumers.consume(queue, deliver),
    consumeBroadcast: (name, eventTypes, deliver, onDeclared) =>
      broadcasts.consume(name, eventTypes, deliver, onDeclared),
    listDeadLetters: (queues) => deadLetters.list(queues),
    replayDeadLetter: (id) => deadLetters.replay(id),
    deadLetterDepth: (queue) => deadLetters.depth(queue),
    queueState: (queue) =>
      connection.withChannel(async (channel) => {
        const { messageCount, consumerCount } = await channel.checkQueue(queue);
        return { depth: messageCount, consumers: consumerCount };
      }),
    check: async () => {
      if (!connection.isConnected) throw new Error('not connected to RabbitMQ');
    },
    stop: async () => {
      await Promise.all([consumers.stop(), broadcasts.stop()]);
      await connection.close();
    },
  };
}

/** Publishes every message with confirms; resolves with how many leading ones were confirmed and routed. */
async function publishInOrder(
  connection: RabbitConnection,
  exchange: string,
  messages: OutgoingMessage[],
  userId: string | undefined,
) {
  const channel = connection.publisher;
  if (!channel) throw new Error('not connected to RabbitMQ');
  const outcomes = await Promise.all(
    messages.map((message) =>
      publishConfirmed(
        channel,
        connection.returned,
        exchange,
        message.type,
        message.id,
        message.body,
        message.headers ?? {},
        userId,
      ),
    ),
  );
  const firstFailure = outcomes.indexOf(false);
  return firstFailure === -1 ? outcomes.length : firstFailure;
}

async function declareQueue(
  model: ChannelModel,
  queue: string,
  eventTypes: string[],
  settings: RabbitTransportSettings,
  deadLetterExchange: string,
): Promise<void> {
  const channel = await model.createChannel();
  await channel.assertQueue(queue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-delivery-limit': settings.deliveryLimit,
      'x-dead-letter-exchange': deadLetterExchange,
      'x-dead-letter-routing-key': queue,
    },
  });
  for (const type of eventTypes) await channel.bindQueue(queue, settings.exchange, type);
  await channel.assertQueue(`${queue}.dlq`, { durable: true });
  await channel.bindQueue(`${queue}.dlq`, deadLetterExchange, queue);
  await channel.close();
}

/** The consumers of one process: a channel with prefetch per queue, re-created after every reconnect. */
class RabbitConsumers {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly live: { channel: Channel; consumerTag: string; acks: AckCoalescer }[] = [];
  private stopping = false;
  private wakeRetries: () => void = () => undefined;
  private readonly stopped = new Promise<void>((resolve) => (this.wakeRetries = resolve));

  constructor(
    private readonly connection: RabbitConnection,
    private readonly deadLetters: RabbitDeadLetters,
    private readonly settings: RabbitTransportSettings,
  ) {}

  /** Consumes the queue now and after every reconnect. */
  consume(queue: string, deliver: (delivery: Delivery) => Promise<DeliveryOutcome>): Promise<void> {
    return this.connection.addSetup(async (model) => {
      const channel = await model.createChannel();
      channel.on('error', (error: Error) =>
        this.settings.logger.warn({ err: error, queue }, 'bus: consumer channel error'),
      );
      await channel.prefetch(this.settings.prefetch);
      const acks = new AckCoalescer(channel, (error) =>
        this.settings.logger.warn({ err: error, queue }, 'bus: could not settle a delivery'),
      );
      const { consumerTag } = await channel.consume(queue, (message) => {
        if (!message) return;
        acks.received(message);
        if (this.stopping) return;
        const work = this.handle(acks, queue, message, deliver).finally(() => this.inFlight.delete(work));
        this.inFlight.add(work);
      });
      this.live.push({ channel, consumerTag, acks });
    });
  }

  /** Cancels every consumer, lets handlers in flight finish, and returns waiting retries to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRetries();
    await Promise.all(
      this.live.map(({ channel, consumerTag }) => channel.cancel(consumerTag).catch(() => undefined)),
    );
    await Promise.all([...this.inFlight]);
    for (const { acks } of this.live) acks.flush();
  }

  private async handle(
    acks: AckCoalescer,
    queue: string,
    message: ConsumeMessage,
    deliver: (delivery: Delivery) => Promise<DeliveryOutcome>,
  ): Promise<void> {
    const attempt = Number(message.properties.headers?.['x-delivery-count'] ?? 0) + 1;
    try {
      const body = message.content.toString('utf8');
      const brokerUser = (message.properties.userId as string | undefined) ?? undefined;
      const outcome = await deliver({ body, attempt, headers: message.properties.headers, brokerUser });
      if (outcome.kind === 'retry') {
        // backoff before the requeue; the quorum queue counts the return toward its delivery limit
        await Promise.race([new Promise((resolve) => setTimeout(resolve, outcome.delayMs)), this.stopped]);
        acks.nack(message, true);
        return;
      }
      if (outcome.kind === 'dead') await this.deadLetters.park(queue, message, outcome.reason, attempt);
      acks.ack(message);
    } catch (error) {
      // the channel or connection is gone: the broker redelivers, and the inbox absorbs a repeat
      this.settings.logger.warn({ err: error, queue }, 'bus: could not settle a delivery');
    }
  }
}
