// The saga floor's chain: the four message hops from checkout to paid, named after the real events
// and queues, and what a role process of the floor does with them.

/** A process of the floor, standing for the service of that name. */
export type FloorRole = 'orders' | 'inventory' | 'payments';

/** One hop: the event its producer publishes and the queue its consumer reads. */
export interface SagaHop {
  event: string;
  queue: string;
}

/** The hops from checkout to paid, in order; a queue's consumer is the role its name starts with. */
export const sagaHops: readonly SagaHop[] = [
  { event: 'orders.order.placed', queue: 'inventory.reserve-stock' },
  { event: 'inventory.stock.reserved', queue: 'orders.request-payment-on-stock-reserved' },
  { event: 'orders.payment.requested', queue: 'payments.charge-order' },
  { event: 'payments.payment.succeeded', queue: 'orders.mark-order-paid-on-payment-succeeded' },
];

/** The role that consumes a hop's queue. */
export function consumerOf(hop: SagaHop): FloorRole {
  return hop.queue.split('.')[0] as FloorRole;
}

/** Where a role's process keeps its rows and meets the others: the embedded files or the servers. */
export type FloorPlace =
  | { kind: 'embedded'; dir: string }
  | { kind: 'rabbitmq'; busUrl: string; databaseUrls: Record<FloorRole, string> };

/** The physical steps of a hop on one backend, for one role. */
export interface FloorTransport {
  /** Commits one row (chain, step) to the role's own database. */
  commit(chain: number, step: string): Promise<void>;
  /** Publishes the chain's event and resolves once the broker confirmed it. */
  publish(hop: SagaHop, chain: number): Promise<void>;
  /** Hands each delivery of the hop's queue to `onMessage` with its ack. */
  consume(hop: SagaHop, onMessage: (chain: number, ack: () => void) => Promise<void>): Promise<void>;
}
