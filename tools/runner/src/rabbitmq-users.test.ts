import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import amqp from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { bazaar } from '@bazaar/system';
import {
  ensureRabbitUsers,
  permissionsOf,
  rabbitUserOf,
  rabbitUsersFile,
  topicPermissionsOf,
  type RabbitUsers,
} from './rabbitmq-users.js';

const run = promisify(execFile);

describe('the permissions of a process’s RabbitMQ user', () => {
  it('write only its own queues and the event exchanges', () => {
    const { configure, write, read } = permissionsOf({ name: 'cart' }, 'bazaar.events');
    const allows = (pattern: string, name: string) => new RegExp(pattern).test(name);
    expect(allows(write, 'cart.clear-on-order-paid')).toBe(true);
    expect(allows(write, 'cart.clear-on-order-paid.dlq')).toBe(true);
    expect(allows(write, 'bazaar.events')).toBe(true);
    expect(allows(write, 'orders.mark-order-paid-on-payment-succeeded')).toBe(false);
    expect(allows(write, 'cartx.queue')).toBe(false);
    expect(allows(configure, 'payments.charge-order')).toBe(false);
    expect(allows(read, 'payments.charge-order.dlq')).toBe(false);
  });

  it('publish on the topic exchange only the event types it owns, and bind only those it consumes', () => {
    const payments = topicPermissionsOf(bazaar.process('payments'), 'bazaar.events');
    const allows = (pattern: string, key: string) => new RegExp(pattern).test(key);
    expect(allows(payments.write, 'payments.payment.succeeded')).toBe(true);
    expect(allows(payments.write, 'orders.order.paid')).toBe(false);
    expect(allows(payments.write, 'payments.payment.succeededX')).toBe(false);
    expect(allows(payments.read, 'orders.payment.requested')).toBe(true);
    const cart = topicPermissionsOf(bazaar.process('cart'), 'bazaar.events');
    expect(allows(cart.write, 'payments.payment.succeeded')).toBe(false);
    expect(cart.write).toBe('^$');
  });

  it('is named after the process, and after the virtual host off the default one', () => {
    expect(rabbitUserOf('payments', '/')).toBe('payments');
    expect(rabbitUserOf('payments', 'run_1')).toBe('payments@run_1');
  });
});

const amqpUrl = inject('servers').amqpUrl;
const managementUp = amqpUrl
  ? await fetch('http://127.0.0.1:15672/api/overview', {
      headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
    }).then(
      (response) => response.ok,
      () => false,
    )
  : false;

describe.skipIf(!managementUp)('per-process users on a real RabbitMQ', () => {
  const vhost = `users_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rabbit-users-'));
  let users: RabbitUsers;

  beforeAll(async () => {
    await run('rabbitmqctl', ['-q', 'add_vhost', vhost]);
    await run('rabbitmqctl', ['-q', 'set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*']);
    users = await ensureRabbitUsers({ busUrl: `${amqpUrl}/${vhost}`, dataDir });
  });
  afterAll(async () => {
    for (const user of Object.values(users?.users ?? {}))
      await run('rabbitmqctl', ['-q', 'delete_user', user]).catch(() => undefined);
    await run('rabbitmqctl', ['-q', 'delete_vhost', vhost]).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the passwords private and gives each process a BUS_URL of its own', async () => {
    expect(statSync(rabbitUsersFile(dataDir)).mode & 0o777).toBe(0o600);
    const busUrl = new URL(users.environmentOf('payments').BUS_URL ?? '');
    expect(decodeURIComponent(busUrl.username)).toBe(`payments@${vhost}`);
    expect(users.environmentOf('gateway')).toEqual({});
    // a second start keeps the passwords
    const again = await ensureRabbitUsers({ busUrl: `${amqpUrl}/${vhost}`, dataDir });
    expect(again.environmentOf('payments')).toEqual(users.environmentOf('payments'));
  });

  it('lets payments publish payments.payment.succeeded as itself, and refuses cart the same', async () => {
    expect(await publishAs(users, 'payments', 'payments.payment.succeeded')).toBe('confirmed');
    expect(await publishAs(users, 'cart', 'payments.payment.succeeded')).toMatch(/ACCESS_REFUSED/);
  });

  it('refuses a user-id that is not the connection’s user', async () => {
    const forged = await publishAs(users, 'inventory', 'inventory.stock.changed', `payments@${vhost}`);
    expect(forged).toMatch(/PRECONDITION_FAILED|user_id/i);
  });
});

/** Publishes one message as the process's user; 'confirmed', or how the broker closed the channel. */
async function publishAs(
  users: RabbitUsers,
  name: string,
  routingKey: string,
  userId = users.users[name],
): Promise<string> {
  const connection = await amqp.connect(users.environmentOf(name).BUS_URL ?? '');
  try {
    const channel = await connection.createConfirmChannel();
    await channel.assertExchange('bazaar.events', 'topic', { durable: true });
    const closed = new Promise<string>((resolve) =>
      channel.on('error', (error: Error) => resolve(error.message)),
    );
    const confirmed = new Promise<string>((resolve) =>
      channel.publish('bazaar.events', routingKey, Buffer.from('{}'), { userId }, (error) =>
        resolve(error ? `nacked: ${String(error)}` : 'confirmed'),
      ),
    );
    return await Promise.race([closed, confirmed]);
  } finally {
    await connection.close().catch(() => undefined);
  }
}
