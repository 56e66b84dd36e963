// The event orders publishes on every status change, for whoever shows an order live.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Id, Timestamp } from '../common/ids.js';
import { OrderStatus } from './order.js';

/**
 * The order's status changed: published in the transaction of every change (placed, reserved,
 * paid, shipped, delivered, cancelled). `sequence` is the change's index in the order's history,
 * 0 for `pending`, so a reader can tell a change it has not seen from one it has.
 */
export const OrderStatusChanged = defineEvent({
  type: 'orders.order.status-changed',
  version: 1,
  data: Type.Object(
    {
      orderId: Id,
      userId: Id,
      status: OrderStatus,
      sequence: Type.Integer({ minimum: 0 }),
      changedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  examples: [
    { orderId: 'ord_1', userId: 'usr_1', status: 'paid', sequence: 2, changedAt: '2026-01-02T10:00:05.000Z' },
  ],
});
/** The data of `orders.order.status-changed`. */
export type OrderStatusChanged = EventData<typeof OrderStatusChanged>;
