import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { OrderPaid } from '@bazaar/contracts/orders';
import type { Notification } from '@bazaar/contracts/notifications';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  openTestEventStream,
  serviceCredentialAs,
  type ReceivedStreamEvent,
  type TestBusPeer,
  type TestDatabaseLocation,
  type TestEventStream,
} from '@bazaar/platform/testing';
import {
  startNotifications,
  waitForNotifications,
  type RunningNotifications,
} from './testing/start-notifications.js';

const newUserId = () => `usr_${randomBytes(4).toString('hex')}`;
const describeEvent = (event: ReceivedStreamEvent | 'end') => {
  if (event === 'end') return 'end';
  if (event.event === 'unread') return `unread ${(event.data as { unreadCount: number }).unreadCount}`;
  return `${event.event} ${(event.data as Notification).type}`;
};

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`live notifications on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let running: RunningNotifications;
    let peer: TestBusPeer;
    let baseUrl: string;

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('notifications', engine);
      running = await startNotifications(testDatabase.location);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
      baseUrl = await running.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await peer?.close();
      await running?.app.close();
      await testDatabase?.cleanup();
    });

    const open = async (userId: string, headers: Record<string, string> = {}) =>
      openTestEventStream(`${baseUrl}/notifications/events`, {
        ...(await serviceCredentialAs('gateway', 'notifications')),
        ...(await running.authorizationOf(userId)),
        ...headers,
      });
    const paid = (userId: string) =>
      peer.publish(OrderPaid, {
        ...OrderPaid.examples[0]!,
        userId,
        orderId: `ord_${randomBytes(4).toString('hex')}`,
      });
    const next = async (stream: TestEventStream) => describeEvent(await stream.next());

    it('refuses a caller without a token', async () => {
      const stream = await openTestEventStream(
        `${baseUrl}/notifications/events`,
        await serviceCredentialAs('gateway', 'notifications'),
      );
      expect(stream.status).toBe(401);
    });

    it('starts with the unread count, then pushes each new notification and the new count', async () => {
      const userId = newUserId();
      const stream = await open(userId);
      expect(await next(stream)).toBe('unread 0');
      await paid(userId);
      const arrived = await stream.next();
      expect(describeEvent(arrived)).toBe('notification order_paid');
      expect(await next(stream)).toBe('unread 1');
      const id = (arrived as ReceivedStreamEvent).data as Notification;
      const read = await running.app.inject({
        method: 'POST',
        url: `/notifications/${id.id}/read`,
        headers: await running.authorizationOf(userId),
      });
      expect(read.statusCode).toBe(200);
      expect(await next(stream)).toBe('unread 0');
      stream.close();
    });

    it('resumes after Last-Event-ID with the notifications that came meanwhile', async () => {
      const userId = newUserId();
      const first = await open(userId);
      expect(await next(first)).toBe('unread 0');
      await paid(userId);
      const seen = (await first.next()) as ReceivedStreamEvent;
      first.close();
      await paid(userId);
      await waitForNotifications(running, userId, (items) => items.length === 2);
      const resumed = await open(userId, { 'last-event-id': String(seen.id) });
      expect([await next(resumed), await next(resumed)]).toEqual(['notification order_paid', 'unread 2']);
      resumed.close();
    });
  });
}
