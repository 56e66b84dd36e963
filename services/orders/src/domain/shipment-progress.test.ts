import { describe, expect, it } from 'vitest';
import type { ShipmentStatus } from '@bazaar/contracts/orders';
import { onPaymentSucceeded, onStockReserved } from './checkout-saga.js';
import type { OrderRecord } from './order-record.js';
import { pendingOrder } from '../testing/order-fixtures.js';
import { onShipmentProgress } from './shipment-progress.js';
import type { SagaOutcome } from './saga-outcome.js';

const at = '2026-01-02T00:00:00.000Z';
const shipment = (status: ShipmentStatus) => ({ id: 'shp_1', status, trackingNumber: 'BZR1' });

function orderOf(outcome: SagaOutcome): OrderRecord {
  if (outcome.kind !== 'changed') throw new Error(outcome.why);
  return outcome.order;
}
function paidOrder(): OrderRecord {
  const waiting = orderOf(onStockReserved(pendingOrder(), at, at));
  return orderOf(onPaymentSucceeded(waiting, { paymentId: 'pay_1', amount: waiting.total }, at));
}

describe('shipment progress', () => {
  it('records the shipment, then mirrors shipped and delivered on the order', () => {
    const labelled = orderOf(onShipmentProgress(paidOrder(), shipment('label_created'), at));
    expect(labelled).toMatchObject({ status: 'paid', shipment: shipment('label_created') });
    const shipped = orderOf(onShipmentProgress(labelled, shipment('shipped'), at));
    expect(shipped).toMatchObject({ status: 'shipped', shipment: shipment('shipped') });
    const delivered = orderOf(onShipmentProgress(shipped, shipment('delivered'), at));
    expect(delivered.history.map((change) => change.status)).toEqual([
      'pending',
      'awaiting_payment',
      'paid',
      'shipped',
      'delivered',
    ]);
  });

  it('never moves back on a late step, and fills in a skipped one', () => {
    const delivered = orderOf(onShipmentProgress(paidOrder(), shipment('delivered'), at));
    expect(delivered.history.map((change) => change.status).slice(-2)).toEqual(['shipped', 'delivered']);
    expect(onShipmentProgress(delivered, shipment('shipped'), at).kind).toBe('ignored');
    expect(onShipmentProgress(delivered, shipment('label_created'), at).kind).toBe('ignored');
  });

  it('ignores shipments of orders that are not paid', () => {
    expect(onShipmentProgress(pendingOrder(), shipment('shipped'), at).kind).toBe('ignored');
  });
});
