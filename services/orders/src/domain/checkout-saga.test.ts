import { describe, expect, it } from 'vitest';
import {
  onPaymentFailed,
  onPaymentSucceeded,
  onRefundCompleted,
  onReservationExpired,
  onStockRejected,
  onStockReserved,
} from './checkout-saga.js';
import {
  awaitingPaymentOrder as awaitingPayment,
  changedOrder,
  paidOrder as paid,
  pendingOrder,
} from '../testing/order-fixtures.js';

const at = '2026-01-01T00:01:00.000Z';
const payment = { paymentId: 'pay_1', amount: { amount: 2000, currency: 'USD' as const } };

describe('the checkout saga', () => {
  it('asks for payment once stock is reserved, until the reservation expires', () => {
    const outcome = onStockReserved(pendingOrder(), '2026-01-01T00:15:00.000Z', at);
    expect(outcome).toMatchObject({
      kind: 'changed',
      order: { status: 'awaiting_payment' },
      effects: [{ kind: 'request-payment', expiresAt: '2026-01-01T00:15:00.000Z' }],
    });
    expect(onStockReserved(awaitingPayment(), 'x', at).kind).toBe('ignored');
  });

  it('marks the order paid and announces it when the payment succeeds', () => {
    const outcome = onPaymentSucceeded(awaitingPayment(), payment, at);
    expect(outcome).toMatchObject({
      order: { status: 'paid', paymentId: 'pay_1' },
      effects: [{ kind: 'announce-paid' }],
    });
    expect(onPaymentSucceeded(paid(), payment, at).kind).toBe('ignored');
  });

  it('cancels as out_of_stock when stock is rejected, refunding an order already paid', () => {
    expect(onStockRejected(pendingOrder(), at)).toMatchObject({
      order: { status: 'cancelled', cancellationReason: 'out_of_stock' },
      effects: [{ kind: 'announce-cancelled', wasPaid: false }],
    });
    expect(onStockRejected(paid(), at)).toMatchObject({
      order: { status: 'cancelled', refundRequestedAt: at },
      effects: [
        { kind: 'announce-cancelled', wasPaid: true },
        { kind: 'request-refund', paymentId: 'pay_1', amount: { amount: 2000 } },
      ],
    });
  });

  it('cancels for the payment failure’s reason, and for an expired reservation', () => {
    expect(changedOrder(onPaymentFailed(awaitingPayment(), 'payment_declined', at)).cancellationReason).toBe(
      'payment_declined',
    );
    expect(changedOrder(onReservationExpired(awaitingPayment(), at)).cancellationReason).toBe('expired');
    expect(onPaymentFailed(paid(), 'payment_declined', at).kind).toBe('ignored');
    expect(onReservationExpired(paid(), at).kind).toBe('ignored');
  });

  it('refunds a payment that succeeds after the order was cancelled, once', () => {
    const cancelled = changedOrder(onReservationExpired(awaitingPayment(), at));
    const late = onPaymentSucceeded(cancelled, payment, at);
    expect(late).toMatchObject({
      order: { status: 'cancelled', paymentId: 'pay_1' },
      effects: [{ kind: 'request-refund', paymentId: 'pay_1' }],
    });
    expect(onPaymentSucceeded(changedOrder(late), payment, at).kind).toBe('ignored');
  });

  it('records a completed refund once', () => {
    const refunded = changedOrder(onRefundCompleted(paid(), at));
    expect(refunded.refundedAt).toBe(at);
    expect(onRefundCompleted(refunded, at).kind).toBe('ignored');
  });
});
