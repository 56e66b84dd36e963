import type { ConfirmChannel, Message } from 'amqplib';
import type { DeadLetter } from '../bus-types.js';
import type { RabbitConnection } from './rabbitmq-connection.js';
import { eventSignatureHeader } from '../event-provenance.js';

const listLimit = 1000;

/** Publishes one persistent, mandatory message and resolves true once the broker confirmed it as routed. */
export function publishConfirmed(
  channel: ConfirmChannel,
  returned: Set<string>,
  exchange: string,
  routingKey: string,
  messageId: string,
  body: string,
  headers: Record<string, unknown>,
  userId?: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    const options = {
      persistent: true,
      mandatory: true,
      messageId,
      contentType: 'application/json',
      headers,
      // the broker refuses a user-id that is not this connection's user: consumers may trust it
      ...(userId ? { userId } : {}),
    };
    try {
      channel.publish(exchange, routingKey, Buffer.from(body), options, (error) => {
        resolve(!error && !returned.delete(messageId));
      });
    } catch {
      resolve(false);
    }
  });
}

/** The `<queue>.dlq` queues: park a message with its error, list them, replay one onto its queue. */
export class RabbitDeadLetters {
  constructor(
    private readonly connection: RabbitConnection,
    private readonly deadLetterExchange: string,
  ) {}

  /** Parks a message in `<queue>.dlq` with the reason; throws unless the broker confirmed it. */
  async park(queue: string, message: Message, reason: string, attempts: number): Promise<void> {
    const channel = this.connection.publisher;
    if (!channel) throw new Error('not connected to RabbitMQ');
    const headers = {
      ...signatureOf(message),
      'x-bazaar-error': reason,
      'x-bazaar-attempts': attempts,
      'x-bazaar-dead-at': new Date().toISOString(),
    };
    const id = String(message.properties.messageId);
    const body = message.content.toString('utf8');
    const routed = await publishConfirmed(
      channel,
      this.connection.returned,
      this.deadLetterExchange,
      queue,
      id,
      body,
      headers,
    );
    if (!routed) throw new Error(`${queue}.dlq did not confirm the dead letter`);
  }

  /** Lists parked messages without removing them (they are fetched, then returned to the queue). */
  list(queues: string[]): Promise<DeadLetter[]> {
    return this.connection.withChannel(async (channel) => {
      const letters: DeadLetter[] = [];
      for (const queue of queues) {
        for (
          let message = await channel.get(`${queue}.dlq`);
          message;
          message = await channel.get(`${queue}.dlq`)
        ) {
          letters.push(toDeadLetter(queue, message));
          if (letters.length >= listLimit) return letters;
        }
      }
      return letters;
    });
  }

  /** Moves the parked message `<queue>/<event id>` straight back onto its queue. */
  replay(id: string): Promise<void> {
    const split = id.lastIndexOf('/');
    const queue = id.slice(0, split);
    const eventId = id.slice(split + 1);
    return this.connection.withChannel(async (channel) => {
      for (
        let message = await channel.get(`${queue}.dlq`);
        message;
        message = await channel.get(`${queue}.dlq`)
      ) {
        if (message.properties.messageId !== eventId) continue;
        const body = message.content.toString('utf8');
        const routed = await publishConfirmed(
          channel,
          new Set(),
          '',
          queue,
          eventId,
          body,
          signatureOf(message),
        );
        if (!routed) throw new Error(`could not put ${eventId} back on ${queue}`);
        channel.ack(message);
        return;
      }
      throw new Error(`no dead letter ${id}`);
    });
  }

  /** How many messages are parked for the queue. */
  depth(queue: string): Promise<number> {
    return this.connection.withChannel(
      async (channel) => (await channel.checkQueue(`${queue}.dlq`)).messageCount,
    );
  }
}

/** The sender's signature a parked message carried, kept so that a replay still proves its source. */
function signatureOf(message: Message): Record<string, unknown> {
  const signature: unknown = message.properties.headers?.[eventSignatureHeader];
  return signature === undefined ? {} : { [eventSignatureHeader]: signature };
}

function toDeadLetter(queue: string, message: Message): DeadLetter {
  const headers = message.properties.headers ?? {};
  const death = (headers['x-death'] as { reason?: string; count?: number }[] | undefined)?.[0];
  const body = message.content.toString('utf8');
  let type = 'unknown';
  try {
    type = String((JSON.parse(body) as { type?: unknown }).type ?? 'unknown');
  } catch {
    // an unparsable body is exactly what a dead-letter list must still show
  }
  return {
    id: `${queue}/${String(message.properties.messageId)}`,
    queue,
    eventId: String(message.properties.messageId),
    type,
    error: String(headers['x-bazaar-error'] ?? `dead-lettered by the broker: ${death?.reason ?? 'unknown'}`),
    attempts: Number(headers['x-bazaar-attempts'] ?? death?.count ?? 0),
    deadAt: String(headers['x-bazaar-dead-at'] ?? new Date().toISOString()),
    body,
  };
}
