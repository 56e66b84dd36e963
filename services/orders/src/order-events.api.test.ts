import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '@bazaar/contracts/orders';
import { ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import { openEventStreamCount } from '@bazaar/platform';
import {
  enginesUnderTest,
  openTestEventStream,
  serviceCredentialAs,
  readEventsUntil,
  waitUntil,
  type ReceivedStreamEvent,
} from '@bazaar/platform/testing';
import { createSagaDriver, now, type SagaDriver } from './testing/saga-driver.js';
import { startOrdersTestApp, type OrdersTestApp } from './testing/orders-test-app.js';

const statusOf = (event: ReceivedStreamEvent | 'end') =>
  event === 'end' ? 'end' : `${event.id}:${(event.data as Order).status}`;

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`live order status on ${engine}`, () => {
    let orders: OrdersTestApp;
    let replica: OrdersTestApp;
    let saga: SagaDriver;
    let ann: Record<string, string>;
    let baseUrl: string;

    beforeAll(async () => {
      orders = await startOrdersTestApp(engine);
      replica = await orders.startReplica();
      saga = await createSagaDriver(orders, 'usr_ann');
      ann = await orders.signIn('usr_ann');
      baseUrl = await orders.app.listen({ port: 0, host: '127.0.0.1' });
      await replica.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await replica?.close();
      await orders?.close();
    });

    // as the gateway opens it: with its service credential, on behalf of the user (or of nobody)
    const open = async (orderId: string, headers: Record<string, string> = ann, app = orders) =>
      openTestEventStream(`${urlOf(app, baseUrl)}/orders/${orderId}/events`, {
        ...(await serviceCredentialAs('gateway', 'orders')),
        ...headers,
      });
    const shipAndDeliver = async (orderId: string) => {
      const facts = { shipmentId: `shp_${orderId}`, orderId, userId: 'usr_ann', trackingNumber: 'BZR1' };
      await orders.peer.publish(ShipmentShipped, { ...facts, shippedAt: now() });
      await orders.peer.publish(ShipmentDelivered, { ...facts, deliveredAt: now() });
    };

    it('refuses a caller without a token (401) and someone else’s order (404)', async () => {
      const order = await saga.placeOrder();
      const anonymous = await open(order.id, {});
      expect([anonymous.status, (anonymous.problem as { code: string }).code]).toEqual([
        401,
        'UNAUTHENTICATED',
      ]);
      const bob = await open(order.id, await orders.signIn('usr_bob'));
      expect([bob.status, (bob.problem as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
      const garbage = await open(order.id, { ...ann, 'last-event-id': 'yesterday' });
      expect(garbage.status).toBe(400);
    });

    it('starts with the current state, then sends each change once, and ends after delivered', async () => {
      const order = await saga.placeOrder();
      await saga.reserve(order);
      await saga.reachStatus(order.id, 'awaiting_payment');
      const stream = await open(order.id);
      expect([stream.status, stream.contentType]).toEqual([200, 'text/event-stream; charset=utf-8']);
      expect(statusOf(await stream.next())).toBe('1:awaiting_payment');
      await saga.payFor(order.id);
      const paid = await stream.next();
      expect(statusOf(paid)).toBe('2:paid');
      expect((paid as ReceivedStreamEvent).data).toMatchObject({ id: order.id, payment: { last4: '4242' } });
      await shipAndDeliver(order.id);
      const rest = [await stream.next(), await stream.next(), await stream.next()].map(statusOf);
      expect(rest).toEqual(['3:shipped', '4:delivered', 'end']);
    });

    it('resumes after Last-Event-ID with the changes made while away, none missed or repeated', async () => {
      const order = await saga.placeOrder();
      const first = await open(order.id);
      expect(statusOf(await first.next())).toBe('0:pending');
      first.close();
      await saga.reserve(order);
      await saga.reachStatus(order.id, 'awaiting_payment');
      await saga.payFor(order.id);
      await saga.reachStatus(order.id, 'paid');
      const resumed = await open(order.id, { ...ann, 'last-event-id': '0' });
      const events = await readEventsUntil(resumed, (event) => (event.data as Order).status === 'paid');
      expect(events.map(statusOf)).toEqual(['1:awaiting_payment', '2:paid']);
      resumed.close();
    });

    it('ends at once when the client already has the terminal status', async () => {
      const order = await saga.placeOrder();
      expect((await saga.cancel(order.id)).statusCode).toBe(200);
      const stream = await open(order.id);
      expect([statusOf(await stream.next()), statusOf(await stream.next())]).toEqual(['1:cancelled', 'end']);
      const again = await open(order.id, { ...ann, 'last-event-id': '1' });
      expect(statusOf(await again.next())).toBe('end');
    });

    it('streams a change another replica made (each replica sees every change)', async () => {
      const order = await saga.placeOrder();
      const onReplica = await open(order.id, ann, replica);
      expect(statusOf(await onReplica.next())).toBe('0:pending');
      const cancelled = await orders.app.inject({
        method: 'POST',
        url: `/orders/${order.id}/cancel`,
        headers: ann,
      });
      expect(cancelled.statusCode).toBe(200);
      expect([statusOf(await onReplica.next()), statusOf(await onReplica.next())]).toEqual([
        '1:cancelled',
        'end',
      ]);
    });

    it('lets go of a stream whose client disconnected', async () => {
      const order = await saga.placeOrder();
      const stream = await open(order.id);
      expect(statusOf(await stream.next())).toBe('0:pending');
      expect(openEventStreamCount(orders.app.server)).toBe(1);
      stream.close();
      await waitUntil(() => openEventStreamCount(orders.app.server) === 0, 10_000, 'the stream to close');
    });
  });
}

function urlOf(app: OrdersTestApp, fallback: string): string {
  const address = app.app.server.address();
  return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : fallback;
}
