import type { Logger } from 'pino';
import type { BusTransport } from './bus-types.js';
import { createEmbeddedTransport } from './embedded/embedded-transport.js';
import type { RelaySettings } from './outbox-relay.js';
import { createRabbitTransport } from './rabbitmq/rabbitmq-transport.js';

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
  if (options.busUrl) {
    return createRabbitTransport({
      ...tuning,
      url: options.busUrl,
      connectionName: options.service,
      logger: options.logger,
    });
  }
  return createEmbeddedTransport({ ...tuning, dataDir: options.dataDir });
}
