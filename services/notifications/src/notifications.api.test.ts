import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { OrderCancelled, OrderPaid } from '@bazaar/contracts/orders';
import { ShipmentDelivered, ShipmentShipped } from '@bazaar/contracts/shipping';
import { UserRegistered } from '@bazaar/contracts/identity';
import type { Notification } from '@bazaar/contracts/notifications';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import {
  startNotifications,
  waitForNotifications,
  type RunningNotifications,
} from './testing/start-notifications.js';
import { publishRepeatedly } from './testing/redelivering-publisher.js';

const newUserId = () => `usr_${randomBytes(4).toString('hex')}`;
const order = (userId: string, orderId: string) => ({ ...OrderPaid.examples[0]!, userId, orderId });
const shipment = (userId: string, orderId: string) => ({
  shipmentId: `shp_${orderId}`,
  orderId,
  userId,
  trackingNumber: 'BZR123456789',
});

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`notifications on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let running: RunningNotifications;
    let peer: TestBusPeer;

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('notifications', engine);
      running = await startNotifications(testDatabase.location);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
    });
    afterAll(async () => {
      await peer?.close();
      await running?.app.close();
      await testDatabase?.cleanup();
    });

    const waitForCount = (userId: string, count: number) =>
      waitForNotifications(running, userId, (items) => items.length >= count);
    const list = async (userId: string): Promise<Notification[]> =>
      (
        await running.app.inject({ url: '/notifications', headers: await running.authorizationOf(userId) })
      ).json().items;
    const markRead = async (userId: string, id: string) =>
      running.app.inject({
        method: 'POST',
        url: `/notifications/${id}/read`,
        headers: await running.authorizationOf(userId),
      });

    it('welcomes a user who signs up, by name', async () => {
      const userId = newUserId();
      await peer.publish(UserRegistered, { ...UserRegistered.examples[0]!, userId, name: 'Ada' });
      const [welcome] = await waitForCount(userId, 1);
      expect(welcome).toMatchObject({ type: 'welcome', read: false, title: 'Welcome to Bazaar, Ada!' });
      expect(welcome?.orderId).toBeUndefined();
      expect(Date.parse(welcome?.createdAt ?? '')).not.toBeNaN();
    });

    it('tells the shopper their order was paid, with its total', async () => {
      const userId = newUserId();
      await peer.publish(OrderPaid, order(userId, 'ord_paid1'));
      const [paid] = await waitForCount(userId, 1);
      expect(paid).toMatchObject({ type: 'order_paid', orderId: 'ord_paid1', title: 'Order paid' });
      expect(paid?.body).toContain('$258.00');
      expect(paid?.body).toContain('ord_paid1');
    });

    it('tells why an order was cancelled, and that a refund follows when it was paid', async () => {
      const userId = newUserId();
      const cancelled = { ...OrderCancelled.examples[0]!, userId };
      await peer.publish(OrderCancelled, {
        ...cancelled,
        orderId: 'ord_c1',
        reason: 'out_of_stock',
        wasPaid: false,
      });
      await peer.publish(OrderCancelled, {
        ...cancelled,
        orderId: 'ord_c2',
        reason: 'expired',
        wasPaid: true,
      });
      const items = await waitForCount(userId, 2);
      const unpaid = items.find((item) => item.orderId === 'ord_c1');
      const refunded = items.find((item) => item.orderId === 'ord_c2');
      expect(unpaid).toMatchObject({ type: 'order_cancelled', title: 'Order cancelled' });
      expect(unpaid?.body).toContain('out of stock');
      expect(unpaid?.body).not.toContain('refund');
      expect(refunded?.body).toContain('did not complete in time');
      expect(refunded?.body).toContain('refund of $258.00');
    });

    it('tells the shopper their order shipped, with the tracking number, and was delivered', async () => {
      const userId = newUserId();
      await peer.publish(ShipmentShipped, {
        ...shipment(userId, 'ord_s1'),
        shippedAt: new Date().toISOString(),
      });
      await waitForCount(userId, 1);
      await peer.publish(ShipmentDelivered, {
        ...shipment(userId, 'ord_s1'),
        deliveredAt: new Date().toISOString(),
      });
      const [delivered, shipped] = await waitForCount(userId, 2);
      expect(shipped).toMatchObject({ type: 'shipment_shipped', orderId: 'ord_s1', title: 'Order shipped' });
      expect(shipped?.body).toContain('BZR123456789');
      expect(delivered).toMatchObject({
        type: 'shipment_delivered',
        orderId: 'ord_s1',
        title: 'Order delivered',
      });
    });

    it('tells one fact once, even when it is published twice', async () => {
      const userId = newUserId();
      await peer.publish(OrderPaid, order(userId, 'ord_twice'));
      await peer.publish(OrderPaid, order(userId, 'ord_twice'));
      await peer.publish(OrderPaid, order(userId, 'ord_after'));
      const items = await waitForNotifications(running, userId, (all) =>
        all.some((item) => item.orderId === 'ord_after'),
      );
      await new Promise((resolve) => setTimeout(resolve, 300)); // a late duplicate would show by now
      expect((await list(userId)).map((item) => item.orderId).sort()).toEqual(['ord_after', 'ord_twice']);
      expect(items.filter((item) => item.orderId === 'ord_twice')).toHaveLength(1);
    });

    it('tells one event once, even when the bus delivers it again', async () => {
      const userId = newUserId();
      const cancelled = { ...OrderCancelled.examples[0]!, userId, orderId: 'ord_redelivered' };
      await publishRepeatedly(testDatabase.location.dataDir, OrderCancelled, cancelled, 3);
      await peer.publish(OrderPaid, order(userId, 'ord_later'));
      await waitForNotifications(running, userId, (all) => all.some((item) => item.orderId === 'ord_later'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await list(userId)).map((item) => item.orderId).sort()).toEqual([
        'ord_later',
        'ord_redelivered',
      ]);
    });

    it('lists newest first', async () => {
      const userId = newUserId();
      for (const orderId of ['ord_n1', 'ord_n2', 'ord_n3']) {
        await peer.publish(OrderPaid, order(userId, orderId));
        await waitForNotifications(running, userId, (items) =>
          items.some((item) => item.orderId === orderId),
        );
      }
      expect((await list(userId)).map((item) => item.orderId)).toEqual(['ord_n3', 'ord_n2', 'ord_n1']);
    });

    it('marks a notification read, and it stays read', async () => {
      const userId = newUserId();
      await peer.publish(OrderPaid, order(userId, 'ord_read'));
      const [unread] = await waitForCount(userId, 1);
      const answer = await markRead(userId, unread!.id);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ ...unread, read: true });
      expect((await markRead(userId, unread!.id)).json().read).toBe(true);
      expect((await list(userId))[0]?.read).toBe(true);
    });

    it("keeps each user's notifications to themselves", async () => {
      const ann = newUserId();
      const bob = newUserId();
      await peer.publish(OrderPaid, order(ann, 'ord_ann'));
      const [annsNotification] = await waitForCount(ann, 1);
      expect(await list(bob)).toEqual([]);
      const bobMarks = await markRead(bob, annsNotification!.id);
      expect(bobMarks.statusCode).toBe(404);
      expect(bobMarks.json().code).toBe('NOT_FOUND');
      expect((await markRead(bob, 'ntf_unknown')).statusCode).toBe(404);
      expect((await list(ann))[0]?.read).toBe(false);
    });

    it('answers 401 without a valid token', async () => {
      expect((await running.app.inject({ url: '/notifications' })).statusCode).toBe(401);
      const forged = await running.issuer.forgedTokens({ sub: 'usr_x' });
      const answer = await running.app.inject({
        method: 'POST',
        url: '/notifications/ntf_1/read',
        headers: { authorization: `Bearer ${forged['signed by another key']}` },
      });
      expect(answer.statusCode).toBe(401);
    });
  });
}
