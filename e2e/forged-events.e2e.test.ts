// Events that prove their source (docs/decisions/0030), across real processes: a process that does
// not own payments.payment.succeeded publishes one for an order awaiting payment (signed with the
// cart's key, or not signed at all). Orders parks both in its dead letters and never applies them:
// the order stays unpaid until payments itself charges it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentSucceeded } from '@bazaar/contracts/payments';
import {
  busMigrations,
  createBus,
  createLogger,
  createMetricsRegistry,
  openDatabase,
} from '@bazaar/platform';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { provisionedServiceKeys } from './support/service-credential.js';
import { checkOutWithPaymentHeld } from './support/paused-services.js';
import { cards, fastShopSettings, newProduct, orderReaching, signIn, type Shopper } from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';
import { ensureRabbitUsers, type RabbitUsers } from '@bazaar/runner/rabbitmq-users';

const queue = 'orders.mark-order-paid-on-payment-succeeded';

/**
 * Publishes one payments.payment.succeeded into the system's broker the way any process could:
 * from an outbox of its own, its envelope's source claiming payments, signed with `signingKey`
 * (another process's key) or with none.
 */
async function forgePaymentSucceeded(
  system: RunningSystem,
  busUrl: string | undefined,
  signingKey: JWK | undefined,
  data: PaymentSucceeded,
): Promise<string> {
  const ownDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forger-'));
  const database = await openDatabase({ service: 'forger', dataDir: ownDir }, busMigrations);
  const bus = createBus({
    service: 'payments',
    busUrl,
    dataDir: system.dataDir,
    database,
    logger: createLogger({ service: 'forger', level: 'silent' }),
    metricsRegistry: createMetricsRegistry({ service: 'forger', instance: 'forger' }),
    provenance: { serviceKey: signingKey },
  });
  try {
    await bus.start();
    const envelope = await database.transaction((trx) => bus.publish(trx, PaymentSucceeded, data));
    await eventually(async () => (await bus.report()).outbox.backlog === 0, {
      timeoutMs: 20_000,
      what: 'the forged event sent',
    });
    return envelope.id;
  } finally {
    await bus.stop();
    await database.close();
    fs.rmSync(ownDir, { recursive: true, force: true });
  }
}

/** Publishes one event on `bazaar.events` as a process's own broker user; 'confirmed' or how the broker refused it. */
async function publishAsUser(
  users: RabbitUsers,
  name: string,
  type: string,
  userId: string,
): Promise<string> {
  const connection = await amqp.connect(users.environmentOf(name).BUS_URL ?? '');
  try {
    const channel = await connection.createConfirmChannel();
    const refused = new Promise<string>((resolve) =>
      channel.on('error', (error: Error) => resolve(error.message)),
    );
    const confirmed = new Promise<string>((resolve) =>
      channel.publish(
        'bazaar.events',
        type,
        Buffer.from('{}'),
        { userId, messageId: randomUUID() },
        (error) => resolve(error ? 'nacked' : 'confirmed'),
      ),
    );
    return await Promise.race([refused, confirmed]);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`forged events on ${backend.name}`, () => {
    let system: RunningSystem;
    let admin: Shopper;
    let busUrl: string | undefined;
    let cleanup: () => Promise<void> = async () => undefined;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      busUrl = prepared.env.BUS_URL;
      system = await startSystem({ env: { ...fastShopSettings, ...prepared.env } });
      admin = await signIn(system.baseUrl, { admin: true });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    it('does not pay an order for a payment.succeeded that payments did not send, and parks it', async () => {
      const productId = await newProduct(admin, 3);
      const shopper = await signIn(system.baseUrl);
      await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
      // the saga's payment request waits for payments, paused once the order is placed: only the
      // forger can "pay" it until payments resumes
      const placed = await checkOutWithPaymentHeld(system, shopper, cards.approved);
      let forged: string[] = [];
      const orderId = placed.order.id;
      try {
        expect(placed.status).toBe(202);
        const pending = await orderReaching(shopper, orderId, ['awaiting_payment'], 30_000);
        const data = {
          orderId,
          paymentId: `pay_${randomUUID()}`,
          amount: pending.total as PaymentSucceeded['amount'],
          brand: 'visa',
          last4: '4242',
          capturedAt: new Date().toISOString(),
        };
        const cartKey = provisionedServiceKeys(system).cart;
        forged = [
          await forgePaymentSucceeded(system, busUrl, cartKey, data),
          await forgePaymentSucceeded(system, busUrl, undefined, data),
        ];
        const parkedForged = async () => {
          const parked = await admin.call<{ items: { eventId: string; queue: string; error: string }[] }>(
            '/api/admin/dead-letters',
          );
          return parked.body.items.filter((item) => forged.includes(item.eventId));
        };
        await eventually(async () => (await parkedForged()).length === 2, {
          timeoutMs: 20_000,
          what: 'both forged events parked',
        });
        const letters = await parkedForged();
        expect(letters.map((letter) => letter.queue)).toEqual([queue, queue]);
        expect(letters.map((letter) => letter.error).sort()).toEqual([
          'forged event: payments.payment.succeeded carries no signature of its owner payments',
          "forged event: payments.payment.succeeded's signature does not verify against payments's key",
        ]);
        const order = (await shopper.call<{ status: string; shipment: unknown }>(`/api/orders/${orderId}`))
          .body;
        expect([order.status, order.shipment]).toEqual(['awaiting_payment', null]);
      } finally {
        await placed.resumePayments();
      }
      // payments resumes and charges it: its own event, signed with its own key, pays the order
      await orderReaching(shopper, orderId, ['paid', 'shipped', 'delivered'], 30_000);
    }, 120_000);

    // RabbitMQ alone has broker users: on the embedded broker this case does not exist (not skipped)
    const onRabbitMq = backend === embeddedBackend ? () => undefined : it;
    onRabbitMq(
      'with one broker user per process, refuses a publish of a type the user does not own, or under another user-id',
      async () => {
        const users = await ensureRabbitUsers({ busUrl: busUrl ?? '', dataDir: system.dataDir });
        try {
          const { payments, cart } = users.users as Record<string, string>;
          expect(await publishAsUser(users, 'payments', 'payments.payment.succeeded', payments!)).toBe(
            'confirmed',
          );
          expect(await publishAsUser(users, 'cart', 'payments.payment.succeeded', cart!)).toMatch(
            /403 \(ACCESS-REFUSED\)|ACCESS_REFUSED/,
          );
          // inventory may publish inventory.stock.changed, but not under payments' name
          expect(await publishAsUser(users, 'inventory', 'inventory.stock.changed', payments!)).toMatch(
            /PRECONDITION[-_]FAILED/,
          );
        } finally {
          for (const user of Object.values(users.users)) await deleteUser(busUrl ?? '', user);
        }
      },
      60_000,
    );
  });
}

/** Removes a broker user through the management API (the virtual host goes with the backend). */
async function deleteUser(busUrl: string, user: string): Promise<void> {
  const node = new URL(busUrl.split(',')[0] ?? '');
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(node.username)}:${decodeURIComponent(node.password)}`).toString('base64')}`;
  await fetch(`http://${node.hostname}:15672/api/users/${encodeURIComponent(user)}`, {
    method: 'DELETE',
    headers: { authorization },
  }).catch(() => undefined);
}
