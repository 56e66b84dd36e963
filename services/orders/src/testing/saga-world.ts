// A model of the world around one order for property tests: inventory, payments and shipping as
// small state machines, every message a delivery the fast-check scheduler may run in any order,
// some delivered twice (at least once). Orders is the real domain: its saga functions decide.
import type { Scheduler } from 'fast-check';
import {
  onPaymentFailed,
  onPaymentSucceeded,
  onReservationExpired,
  onStockRejected,
  onStockReserved,
} from '../domain/checkout-saga.js';
import { cancelByCustomer, onShipmentStopped, type ShipmentStop } from '../domain/customer-cancellation.js';
import type { OrderRecord } from '../domain/order-record.js';
import type { SagaEffect, SagaOutcome } from '../domain/saga-outcome.js';
import { onShipmentProgress } from '../domain/shipment-progress.js';
import { pendingOrder } from './order-fixtures.js';

/** The choices the other services make for this run. */
export interface WorldChoices {
  stockAvailable: boolean;
  /** Whether stock is still there when a payment arrives after its reservation expired. */
  stockAfterExpiry: boolean;
  cardApproved: boolean;
  reservationExpires: boolean;
  customerCancels: boolean;
  /** Whether orders loses shipping's answer to its stop (its replica died): the stopped fact completes it. */
  stopAnswerLost: boolean;
  /** For each delivery in turn, whether it is delivered twice. */
  duplicates: boolean[];
}

/** What the world ends with, for the invariants. */
export interface WorldOutcome {
  order: OrderRecord;
  reservation: 'none' | 'held' | 'sold' | 'expired' | 'released' | 'rejected';
  captures: number;
  refunds: number;
  refundRequests: number;
  shipment: 'none' | 'label_created' | 'shipped' | 'stopped';
}

/** Runs one order through the world under the scheduler and returns where everything ended. */
export async function runSagaWorld(s: Scheduler, choices: WorldChoices): Promise<WorldOutcome> {
  let order = pendingOrder();
  const world: Omit<WorldOutcome, 'order'> = {
    reservation: 'none',
    captures: 0,
    refunds: 0,
    refundRequests: 0,
    shipment: 'none',
  };
  let deliveries = 0;
  const tasks: Promise<unknown>[] = [];
  const later = (label: string, act: () => void) => {
    const copies = choices.duplicates[deliveries++ % choices.duplicates.length] ? 2 : 1;
    for (let i = 0; i < copies; i++) tasks.push(s.schedule(Promise.resolve(label), label).then(act));
  };
  const at = () => new Date().toISOString();
  const apply = (outcome: SagaOutcome) => {
    if (outcome.kind !== 'changed') return;
    order = outcome.order;
    for (const effect of outcome.effects) react(effect);
  };
  const toOrders = (label: string, decide: (current: OrderRecord) => SagaOutcome) =>
    later(label, () => apply(decide(order)));

  const react = (effect: SagaEffect) => {
    if (effect.kind === 'request-payment') return later('payments: charge', charge);
    if (effect.kind === 'request-refund') {
      world.refundRequests++;
      return later('payments: refund', () => void (world.refunds = Math.min(1, world.refunds + 1)));
    }
    if (effect.kind === 'announce-paid') {
      later('inventory: commit sale', commitSale);
      return later('shipping: create shipment', createShipment);
    }
    later('inventory: release', () => {
      const settles = ['held', 'sold', 'expired'].includes(world.reservation); // expired: marked released
      if (settles) world.reservation = 'released';
    });
    later('shipping: cancel shipment', () => {
      if (world.shipment === 'label_created' || world.shipment === 'none') world.shipment = 'stopped';
    });
  };
  const charge = () => {
    if (!choices.cardApproved) {
      return toOrders('orders: payment failed', (o) => onPaymentFailed(o, 'payment_declined', at()));
    }
    world.captures = 1; // one capture per order, whatever the redeliveries
    const payment = { paymentId: 'pay_1', amount: order.total };
    toOrders('orders: payment succeeded', (o) => onPaymentSucceeded(o, payment, at()));
  };
  let sale: 'pending' | 'sold' | 'rejected' = 'pending';
  const commitSale = () => {
    const resold = world.reservation === 'expired' && choices.stockAfterExpiry;
    if (world.reservation === 'held' || resold) {
      world.reservation = 'sold';
      sale = 'sold';
    } else if (world.reservation === 'expired') {
      sale = 'rejected';
      toOrders('orders: stock rejected', (o) => onStockRejected(o, at()));
    } // sold, released: settled already, left as it is
  };
  const createShipment = () => {
    if (world.shipment !== 'none') return;
    world.shipment = 'label_created';
    const tick = () => {
      if (world.shipment !== 'label_created') return;
      // Assumed, not enforced: the sale's outcome reaches shipping before the clock's first step
      // (SHIPPING_STEP_MS). Without it a sale rejected after expiry ships anyway: docs/reliability.md.
      if (sale !== 'sold') return later('shipping: clock', tick);
      world.shipment = 'shipped';
      const shipped = { id: 'shp_1', status: 'shipped' as const, trackingNumber: 'BZR1' };
      toOrders('orders: shipped', (o) => onShipmentProgress(o, shipped, at()));
    };
    later('shipping: clock', tick);
  };
  const stopShipment = (): 'stopped' | 'already-left' => {
    if (world.shipment === 'shipped') return 'already-left';
    if (world.shipment !== 'stopped') {
      world.shipment = 'stopped';
      toOrders('orders: shipment stopped', (o) => onShipmentStopped(o, at()));
    }
    return 'stopped';
  };
  const customerCancel = (stop: ShipmentStop) => {
    const decision = cancelByCustomer(order, at(), stop);
    if (decision.kind === 'stop-shipment-first') {
      if (stopShipment() === 'already-left' || choices.stopAnswerLost) return;
      return later('orders: cancel after stop', () => customerCancel('confirmed'));
    }
    if (decision.kind !== 'refused') apply(decision);
  };

  world.reservation = choices.stockAvailable ? 'held' : 'rejected';
  if (choices.stockAvailable) {
    toOrders('orders: stock reserved', (o) => onStockReserved(o, '2026-01-01T00:15:00.000Z', at()));
    if (choices.reservationExpires) {
      later('inventory: sweeper', () => {
        if (world.reservation !== 'held') return;
        world.reservation = 'expired';
        toOrders('orders: reservation expired', (o) => onReservationExpired(o, at()));
      });
    }
  } else toOrders('orders: stock rejected', (o) => onStockRejected(o, at()));
  if (choices.customerCancels) later('shopper: cancel', () => customerCancel('not-asked'));

  while (s.count() > 0) await s.waitAll();
  await Promise.all(tasks);
  return { order, ...world };
}
