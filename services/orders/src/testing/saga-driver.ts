import { expect } from 'vitest';
import { StockReserved } from '@bazaar/contracts/inventory';
import { PaymentSucceeded } from '@bazaar/contracts/payments';
import type { Order, OrderStatus } from '@bazaar/contracts/orders';
import type { EventEnvelope } from '@bazaar/contracts/events';
import type { LightMyRequestResponse } from 'fastify';
import { checkoutBody, twoLineCart } from './checkout-requests.js';
import type { OrdersTestApp } from './orders-test-app.js';

/** Data of an event about one order, as tests read it. */
export type OrderEventData = { orderId: string } & Record<string, unknown>;

/** Drives one shopper's orders through the saga by playing inventory and payments on the bus. */
export interface SagaDriver {
  placeOrder(): Promise<Order>;
  cancel(orderId: string): Promise<LightMyRequestResponse>;
  reachStatus(orderId: string, status: OrderStatus): Promise<Order>;
  /** The event of `type` orders published about the order (waits for it). */
  captured(type: string, orderId: string): Promise<EventEnvelope<OrderEventData>>;
  reserve(order: Order, expiresAt?: string): Promise<unknown>;
  payFor(orderId: string, paymentId?: string): Promise<unknown>;
  placeAndPay(): Promise<Order>;
}

/** The current time, ISO. */
export const now = () => new Date().toISOString();
/** A reservation expiry a quarter of an hour away. */
export const inFifteenMinutes = () => new Date(Date.now() + 15 * 60_000).toISOString();

/** A driver for `userId`, whose cart is `twoLineCart`. */
export async function createSagaDriver(orders: OrdersTestApp, userId: string): Promise<SagaDriver> {
  const headers = await orders.signIn(userId);
  orders.cart.setCart(userId, twoLineCart);
  let keys = 0;
  const driver: SagaDriver = {
    async placeOrder() {
      const body = checkoutBody(`${userId}-order-${++keys}`);
      const answer = await orders.app.inject({ method: 'POST', url: '/checkout', payload: body, headers });
      expect(answer.statusCode).toBe(202);
      return answer.json().order;
    },
    cancel: (orderId) => orders.app.inject({ method: 'POST', url: `/orders/${orderId}/cancel`, headers }),
    reachStatus: (orderId, status) => orders.waitForOrder(orderId, (order) => order.status === status),
    captured: (type, orderId) =>
      orders.peer.waitFor<OrderEventData>(type, (data) => data.orderId === orderId),
    reserve: (order, expiresAt = inFifteenMinutes()) =>
      orders.peer.publish(StockReserved, {
        orderId: order.id,
        items: order.items.map(({ productId, quantity }) => ({ productId, quantity })),
        expiresAt,
      }),
    payFor: (orderId, paymentId = `pay_${orderId}`) =>
      orders.peer.publish(PaymentSucceeded, {
        orderId,
        paymentId,
        amount: twoLineCart.total,
        brand: 'visa',
        last4: '4242',
        capturedAt: now(),
      }),
    async placeAndPay() {
      const order = await driver.placeOrder();
      await driver.reserve(order);
      await driver.reachStatus(order.id, 'awaiting_payment');
      await driver.payFor(order.id);
      return driver.reachStatus(order.id, 'paid');
    },
  };
  return driver;
}
