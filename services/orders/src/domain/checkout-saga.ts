import type { Money } from '@bazaar/contracts/common';
import type { CancellationReason } from '@bazaar/contracts/orders';
import type { OrderRecord } from './order-record.js';
import { cancel, isAwaitingOutcome, moveTo } from './order-status.js';
import { changed, ignored, type SagaEffect, type SagaOutcome } from './saga-outcome.js';

/** Stock is held for the order: ask for its payment, valid until the reservation expires. */
export function onStockReserved(order: OrderRecord, expiresAt: string, at: string): SagaOutcome {
  if (order.status !== 'pending') return ignored(`stock reserved for an order that is ${order.status}`);
  return changed(moveTo(order, 'awaiting_payment', at), { kind: 'request-payment', expiresAt });
}

/** Stock could not be held: cancel the order; when it was already paid, refund it too. */
export function onStockRejected(order: OrderRecord, at: string): SagaOutcome {
  if (isAwaitingOutcome(order.status) || order.status === 'paid') {
    return cancelWithCompensation(order, 'out_of_stock', at);
  }
  return ignored(`stock rejected for an order that is ${order.status}`);
}

/** The money was captured: the order is paid, or, when it was cancelled meanwhile, refunded. */
export function onPaymentSucceeded(
  order: OrderRecord,
  payment: { paymentId: string; amount: Money },
  at: string,
): SagaOutcome {
  if (order.status === 'awaiting_payment') {
    return changed({ ...moveTo(order, 'paid', at), paymentId: payment.paymentId }, { kind: 'announce-paid' });
  }
  if (order.status === 'cancelled' && order.refundRequestedAt === null) {
    // Compensation: money is never kept for a cancelled order.
    const refunded = { ...order, paymentId: payment.paymentId, refundRequestedAt: at, updatedAt: at };
    return changed(refunded, { kind: 'request-refund', ...payment });
  }
  return ignored(`payment succeeded for an order that is ${order.status}`);
}

/** The payment was declined or came too late: cancel the order for that reason. */
export function onPaymentFailed(
  order: OrderRecord,
  reason: Extract<CancellationReason, 'payment_declined' | 'expired'>,
  at: string,
): SagaOutcome {
  if (!isAwaitingOutcome(order.status)) return ignored(`payment failed for an order that is ${order.status}`);
  return cancelWithCompensation(order, reason, at);
}

/** The reservation ran out before payment: cancel the order as expired. */
export function onReservationExpired(order: OrderRecord, at: string): SagaOutcome {
  if (!isAwaitingOutcome(order.status)) {
    return ignored(`reservation expired for an order that is ${order.status}`);
  }
  return cancelWithCompensation(order, 'expired', at);
}

/** Payments gave the money back: remember when (shown as the order's `refundedAt`). */
export function onRefundCompleted(order: OrderRecord, refundedAt: string): SagaOutcome {
  if (order.refundedAt !== null) return ignored('the refund is already recorded');
  return changed({ ...order, refundedAt, updatedAt: refundedAt });
}

/** The order cancelled for `reason`, its release announced and, when it was paid, its refund requested. */
export function cancelWithCompensation(
  order: OrderRecord,
  reason: CancellationReason,
  at: string,
): SagaOutcome {
  const wasPaid = order.status === 'paid';
  const cancelled = cancel(order, reason, at);
  const announce: SagaEffect = { kind: 'announce-cancelled', wasPaid };
  if (!wasPaid) return changed(cancelled, announce);
  if (order.paymentId === null) throw new Error(`paid order ${order.id} has no payment id`);
  return changed({ ...cancelled, refundRequestedAt: at }, announce, {
    kind: 'request-refund',
    paymentId: order.paymentId,
    amount: order.total,
  });
}
