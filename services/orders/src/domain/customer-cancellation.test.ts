import { describe, expect, it } from 'vitest';
import { cancelByCustomer, onShipmentStopped } from './customer-cancellation.js';
import { changedOrder, paidOrder, pendingOrder } from '../testing/order-fixtures.js';

const at = '2026-01-01T00:05:00.000Z';

describe("the shopper's cancellation", () => {
  it('cancels an unpaid order at once, announced unpaid and without a refund', () => {
    expect(cancelByCustomer(pendingOrder(), at, 'not-asked')).toMatchObject({
      order: { status: 'cancelled', cancellationReason: 'customer_cancelled' },
      effects: [{ kind: 'announce-cancelled', wasPaid: false }],
    });
  });

  it('asks shipping first for a paid order, and refunds only once the stop is confirmed', () => {
    expect(cancelByCustomer(paidOrder(), at, 'not-asked')).toEqual({ kind: 'stop-shipment-first' });
    const confirmed = cancelByCustomer(paidOrder(), at, 'confirmed');
    expect(confirmed).toMatchObject({
      order: { status: 'cancelled', refundRequestedAt: at },
      effects: [{ wasPaid: true }, { kind: 'request-refund', paymentId: 'pay_1' }],
    });
    expect(cancelByCustomer(changedOrder(confirmed), at, 'confirmed').kind).toBe('ignored');
  });

  it('refuses once shipped or delivered, whatever shipping was asked', () => {
    for (const status of ['shipped', 'delivered'] as const) {
      expect(cancelByCustomer({ ...paidOrder(), status }, at, 'confirmed').kind).toBe('refused');
    }
  });

  it('completes the cancel of a paid order when shipping reports the stop, once', () => {
    const cancelled = changedOrder(onShipmentStopped(paidOrder(), at));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'customer_cancelled' });
    expect(onShipmentStopped(cancelled, at).kind).toBe('ignored');
    expect(onShipmentStopped(pendingOrder(), at).kind).toBe('ignored');
  });
});
