import type { CancellationReason, OrderStatus } from '@bazaar/contracts/orders';
import type { OrderRecord } from './order-record.js';

const allowedMoves: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['awaiting_payment', 'cancelled'],
  awaiting_payment: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

/** Whether the state machine lets an order move from one status to another. */
export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return allowedMoves[from].includes(to);
}

/** Whether the order is still waiting for stock or payment (nothing captured yet). */
export function isAwaitingOutcome(status: OrderStatus): boolean {
  return status === 'pending' || status === 'awaiting_payment';
}

/** Thrown when code asks for a move the state machine does not allow: a bug, never user input. */
export class ForbiddenMoveError extends Error {
  constructor(from: OrderStatus, to: OrderStatus) {
    super(`an order cannot move from ${from} to ${to}`);
    this.name = 'ForbiddenMoveError';
  }
}

/** The order moved to `to` at `at`, with the move appended to its history. */
export function moveTo(order: OrderRecord, to: OrderStatus, at: string): OrderRecord {
  if (!canMove(order.status, to)) throw new ForbiddenMoveError(order.status, to);
  return { ...order, status: to, updatedAt: at, history: [...order.history, { status: to, at }] };
}

/** The order cancelled for `reason` at `at`. */
export function cancel(order: OrderRecord, reason: CancellationReason, at: string): OrderRecord {
  return { ...moveTo(order, 'cancelled', at), cancellationReason: reason };
}
