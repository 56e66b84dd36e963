import type { Money } from '@bazaar/contracts/common';
import type { OrderRecord } from './order-record.js';

/** What the saga must tell the rest of the system after a step, published with the change. */
export type SagaEffect =
  | { kind: 'request-payment'; expiresAt: string }
  | { kind: 'announce-paid' }
  | { kind: 'announce-cancelled'; wasPaid: boolean }
  | { kind: 'request-refund'; paymentId: string; amount: Money };

/** The result of applying one fact to an order: its new state and effects, or why nothing changes. */
export type SagaOutcome =
  { kind: 'changed'; order: OrderRecord; effects: SagaEffect[] } | { kind: 'ignored'; why: string };

/** An outcome that changes the order. */
export function changed(order: OrderRecord, ...effects: SagaEffect[]): SagaOutcome {
  return { kind: 'changed', order, effects };
}

/** An outcome that leaves the order as it is, saying why. */
export function ignored(why: string): SagaOutcome {
  return { kind: 'ignored', why };
}
