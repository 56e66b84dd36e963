import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { OrderPaid } from '@bazaar/contracts/orders';
import { UserRegistered } from '@bazaar/contracts/identity';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { findFreePort, startLocalSmtpServer, type LocalSmtpServer } from './testing/local-smtp-server.js';
import {
  startNotifications,
  waitForNotifications,
  type RunningNotifications,
} from './testing/start-notifications.js';

const fastEmail = { EMAIL_SEND_INTERVAL_MS: '50', EMAIL_RETRY_BASE_MS: '100', SMTP_TIMEOUT_MS: '2000' };

/** Publishes a sign-up for a new user; returns their id and address. */
async function signUp(peer: TestBusPeer, name: string): Promise<{ userId: string; email: string }> {
  const userId = `usr_${randomBytes(4).toString('hex')}`;
  const email = `${userId}@example.com`;
  await peer.publish(UserRegistered, { userId, email, name, registeredAt: new Date().toISOString() });
  return { userId, email };
}

async function waitForMailTo(smtp: LocalSmtpServer, address: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = smtp.mails.find((candidate) => candidate.to.includes(address));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail reached ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`notification emails on ${engine}`, () => {
    let testDatabase: TestDatabaseLocation;
    let smtp: LocalSmtpServer;
    let running: RunningNotifications;
    let peer: TestBusPeer;

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('notifications', engine);
      smtp = await startLocalSmtpServer();
      running = await startNotifications(testDatabase.location, {
        ...fastEmail,
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Bazaar <hello@bazaar.test>',
      });
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
    });
    afterAll(async () => {
      await peer?.close();
      await running?.app.close();
      await smtp?.close();
      await testDatabase?.cleanup();
    });

    it("mails the welcome to the new user's address", async () => {
      const { email } = await signUp(peer, 'Grace');
      const mail = await waitForMailTo(smtp, email);
      expect(mail.raw).toContain('Subject: Welcome to Bazaar, Grace!');
      expect(mail.raw).toContain('From: Bazaar <hello@bazaar.test>');
      expect(mail.raw).toContain('thanks for signing up');
      expect(smtp.mails.filter((candidate) => candidate.to.includes(email))).toHaveLength(1);
    });

    it('mails an order update to the address the user registered with', async () => {
      const { userId, email } = await signUp(peer, 'Linus');
      await waitForMailTo(smtp, email);
      await peer.publish(OrderPaid, { ...OrderPaid.examples[0]!, userId, orderId: 'ord_mailed' });
      await waitForNotifications(running, userId, (items) => items.length === 2);
      const paidMail = await waitUntilFound(() =>
        smtp.mails.find((mail) => mail.to.includes(email) && mail.raw.includes('Subject: Order paid')),
      );
      expect(paidMail.raw).toContain('$258.00');
    });
  });

  describe.skipIf(!available)(`notification emails on ${engine} while the mail server is down`, () => {
    let testDatabase: TestDatabaseLocation;
    let smtpPort: number;
    let smtp: LocalSmtpServer | undefined;
    let running: RunningNotifications;
    let peer: TestBusPeer;

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('notifications', engine);
      smtpPort = await findFreePort();
      running = await startNotifications(testDatabase.location, {
        ...fastEmail,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      });
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
    });
    afterAll(async () => {
      await peer?.close();
      await running?.app.close();
      await smtp?.close();
      await testDatabase?.cleanup();
    });

    it('still lists the notification, and mails it once the server is back', async () => {
      const { userId, email } = await signUp(peer, 'Barbara');
      const [welcome] = await waitForNotifications(running, userId, (items) => items.length === 1);
      expect(welcome?.type).toBe('welcome');
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few failed attempts happen meanwhile
      smtp = await startLocalSmtpServer(smtpPort);
      const mail = await waitForMailTo(smtp, email);
      expect(mail.raw).toContain('Subject: Welcome to Bazaar, Barbara!');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.mails.filter((candidate) => candidate.to.includes(email))).toHaveLength(1);
    });
  });
}

async function waitUntilFound<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`nothing found within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
