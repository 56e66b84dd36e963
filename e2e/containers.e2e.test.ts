// The whole system as containers (npm run start:containers): every process in its own container
// on a podman network, against this machine's PostgreSQL and RabbitMQ (a vhost and databases of
// this run's own). A journey to delivery, then a burst of checkouts for less stock than asked,
// with payments scaled to three containers competing on one queue: every order settles, stock
// is never oversold, and every paid order is charged exactly once.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerAddress, containerNameOf, startContainers, type ContainerRun } from '@bazaar/images';
import { fetchJson } from './support/http.js';
import { inBatches, isPaid, settledStatuses } from './support/invariants.js';
import { findFreePort } from './support/ports.js';
import {
  buy,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Shopper,
} from './support/shop.js';
import { credentialOf } from './support/service-credential.js';

const prefix = `bzctr${process.pid}`;
const paymentReplicas = 3;
let run: ContainerRun;
let admin: Shopper;

beforeAll(async () => {
  run = await startContainers({
    prefix,
    port: await findFreePort(),
    scale: { payments: paymentReplicas },
    env: fastShopSettings,
  });
  admin = await signIn(run.baseUrl, { admin: true });
}, 240_000);
afterAll(async () => run?.stop());

/** Captured payments of an order, asked of one payments container directly. */
async function capturesOf(orderId: string): Promise<number> {
  const payments = containerAddress(containerNameOf(prefix, 'payments', 1), prefix);
  const answer = await fetchJson<{ items: { status: string }[] }>(
    `http://${payments}:8080/admin/payments?orderId=${orderId}`,
    { headers: { ...(await credentialOf(run, 'gateway', 'payments')), ...admin.headers } },
  );
  return answer.body.items.filter((payment) => payment.status === 'captured').length;
}

describe('the system as containers', () => {
  it('takes a shopper from sign-up to a delivered order', async () => {
    const product = await newProduct(admin, 5);
    const shopper = await signIn(run.baseUrl);
    const placed = await buy(shopper, product);
    expect(placed.body.order.id, JSON.stringify(placed.body)).toBeTruthy();
    await orderReaching(shopper, placed.body.order.id, ['delivered'], 60_000);
    expect(await capturesOf(placed.body.order.id)).toBe(1);
  });

  it('settles a burst for scarce stock with three payments containers sharing one queue, charging each paid order once', async () => {
    const consumers = spawnSync('rabbitmqctl', ['-q', 'list_queues', '-p', prefix, 'name', 'consumers'], {
      encoding: 'utf8',
    }).stdout;
    expect(consumers).toMatch(new RegExp(`payments\\.charge-order\\s+${paymentReplicas}\\b`));

    const stock = 4;
    const product = await newProduct(admin, stock);
    const shoppers = await inBatches(
      Array.from({ length: 10 }, (_, index) => index),
      5,
      () => signIn(run.baseUrl),
    );
    const placed = await inBatches(shoppers, 5, async (shopper) => ({
      shopper,
      answer: await buy(shopper, product),
    }));
    const orders = await Promise.all(
      placed.map(({ shopper, answer }) =>
        orderReaching(shopper, answer.body.order.id, settledStatuses, 60_000),
      ),
    );

    const paid = orders.filter(isPaid);
    expect(paid.length).toBe(stock);
    expect((await stockOf(admin, product)).available).toBe(0);
    const captures = await Promise.all(orders.map((order) => capturesOf(order.id)));
    expect(captures).toEqual(orders.map((order) => (isPaid(order) ? 1 : 0)));
  });
});
