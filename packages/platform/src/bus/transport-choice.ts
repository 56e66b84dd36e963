import type { Logger } from 'pino';
import type { BusTransport } from './bus-types.js';
import { createEmbeddedTransport } from './embedded/embedded-transport.js';
import type { RelaySettings } from './outbox-relay.js';

/** Every knob of the bus; createBus fills in the defaults. */
export interface TransportTuning extends RelaySettings {
  /** RabbitMQ topic exchange (tests use their own to stay isolated). */
  exchange: string;
  /** Unacknowledged messages a consumer holds at once. */
  prefetch: number;
  /** Deliveries of one message before it is parked in `<queue>.dlq`. */
  deliveryLimit: number;
  /** First retry delay of a failed handler; doubles per attempt. */
  retryBaseMs: number;
  /** Embedded: how long a claim lasts before a silent consumer loses the message. */
  leaseMs: number;
  /** Embedded: the slow timer for expired leases and due retries. */
  sweepIntervalMs: number;
}

/** Picks RabbitMQ for an `amqp(s)://` URL, else the embedded broker in the data directory. */
export function createTransport(
  options: { service: string; busUrl?: string | undefined; dataDir: string; logger: Logger },
  tuning: TransportTuning,
): BusTransport {
  const { busUrl } = options;
  if (busUrl) {
    // imported on first use, so a process on the embedded broker never loads amqplib
    return loadedOnFirstUse('rabbitmq', async () => {
      const { createRabbitTransport } = await import('./rabbitmq/rabbitmq-transport.js');
      return createRabbitTransport({
        ...tuning,
        url: busUrl,
        connectionName: options.service,
        logger: options.logger,
      });
    });
  }
  return createEmbeddedTransport({ ...tuning, dataDir: options.dataDir });
}

/** A transport whose module is loaded by its first call; every call is passed on to it. */
function loadedOnFirstUse(name: BusTransport['name'], load: () => Promise<BusTransport>): BusTransport {
  let loading: Promise<BusTransport> | undefined;
  const loaded = () => (loading ??= load());
  return {
    name,
    start: async () => (await loaded()).start(),
    declareQueue: async (queue, eventTypes) => (await loaded()).declareQueue(queue, eventTypes),
    publish: async (messages) => (await loaded()).publish(messages),
    consume: async (queue, deliver) => (await loaded()).consume(queue, deliver),
    consumeBroadcast: async (name, eventTypes, deliver, onDeclared) =>
      (await loaded()).consumeBroadcast(name, eventTypes, deliver, onDeclared),
    listDeadLetters: async (queues) => (await loaded()).listDeadLetters(queues),
    replayDeadLetter: async (id) => (await loaded()).replayDeadLetter(id),
    deadLetterDepth: async (queue) => (await loaded()).deadLetterDepth(queue),
    queueState: async (queue) => (await loaded()).queueState(queue),
    check: async () => (await loaded()).check(),
    stop: async () => (await loaded()).stop(),
  };
}
