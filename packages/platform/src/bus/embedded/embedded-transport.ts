import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type {
  BusTransport,
  DeadLetter,
  DeliverBroadcast,
  Delivery,
  DeliveryOutcome,
  OutgoingMessage,
} from '../bus-types.js';
import { QueueDoorbells, type Doorbell } from './doorbell.js';
import { EmbeddedStore } from './embedded-store.js';
import { QueueWorker } from './queue-worker.js';
import { LeasedBroadcastQueue } from './leased-broadcast-queue.js';

/** How the embedded broker behaves; the defaults suit a service, tests shorten the lease. */
export interface EmbeddedTransportSettings {
  dataDir: string;
  prefetch: number;
  deliveryLimit: number;
  /** How long a claimed message stays invisible; a consumer killed mid-handler loses it after this. */
  leaseMs: number;
  /** The slow timer that notices expired leases and due retries. */
  sweepIntervalMs: number;
}

/** The embedded broker: `<DATA_DIR>/bus.sqlite` shared by the service processes of one machine. */
export function createEmbeddedTransport(settings: EmbeddedTransportSettings): BusTransport {
  const store = new EmbeddedStore(path.join(settings.dataDir, 'bus.sqlite'));
  const doorbells = new QueueDoorbells(path.join(settings.dataDir, 'bus-doorbells'));
  const owner = randomUUID();
  const workers: QueueWorker[] = [];
  const listening: Doorbell[] = [];
  const broadcasts: LeasedBroadcastQueue[] = [];
  /** Wakes the worker whenever its queue's doorbell rings. */
  const listenFor = (queue: string, worker: QueueWorker) => {
    const bell = doorbells.of(queue);
    listening.push(bell);
    bell.listen(() => worker.wake());
  };
  return {
    name: 'embedded',
    start: async () => undefined,
    declareQueue: async (queue, eventTypes) => store.bind(queue, eventTypes),
    publish: async (messages: OutgoingMessage[]) => {
      const { routed, queues } = store.publish(messages);
      doorbells.ring(queues);
      return routed;
    },
    consume: async (queue: string, deliver: (delivery: Delivery) => Promise<DeliveryOutcome>) => {
      const worker = new QueueWorker(store, queue, owner, deliver, settings);
      workers.push(worker);
      listenFor(queue, worker);
      worker.start();
    },
    consumeBroadcast: async (name, eventTypes, deliver, onDeclared) => {
      const queue = new LeasedBroadcastQueue(store, `${name}.${owner}`, eventTypes, settings, onDeclared);
      broadcasts.push(queue);
      const worker = new QueueWorker(store, queue.name, owner, acknowledgeAfter(deliver), settings);
      workers.push(worker);
      listenFor(queue.name, worker);
      worker.start();
    },
    listDeadLetters: async (queues: string[]): Promise<DeadLetter[]> => store.listDeadLetters(queues),
    replayDeadLetter: async (id: string) => {
      const queue = store.replay(id);
      if (queue === undefined) throw new Error(`no dead letter ${id}`);
      doorbells.ring([queue]);
    },
    deadLetterDepth: async (queue: string) => store.deadLetterDepth(queue),
    // the embedded broker keeps no list of consumers: the gateway counts the instances instead
    queueState: async (queue: string) => ({ depth: store.queueDepth(queue), consumers: null }),
    check: async () => void store.deadLetterDepth('-'),
    stop: async () => {
      listening.splice(0).forEach((bell) => bell.close());
      await Promise.all(workers.map((worker) => worker.stop()));
      for (const queue of broadcasts) {
        queue.close();
        doorbells.remove(queue.name);
      }
      doorbells.close();
      store.close();
    },
  };
}

/** A broadcast delivery is settled once its handler returned (the handler never asks for a retry). */
function acknowledgeAfter(deliver: DeliverBroadcast) {
  return async (delivery: Delivery): Promise<DeliveryOutcome> => {
    await deliver(delivery.body, delivery.headers);
    return { kind: 'ack' };
  };
}
