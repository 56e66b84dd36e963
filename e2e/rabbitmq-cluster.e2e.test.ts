// A RabbitMQ cluster that loses a node: three nodes of this machine's RabbitMQ (their own names,
// ports and data), Bazaar on them with every durable queue a quorum queue replicated on all three,
// and PostgreSQL. During a fixed-rate checkout load the node every process connected to first is
// killed with SIGKILL; the orders placed after the kill can only travel through the two survivors,
// by construction. The node is then started again on its data and rejoins. Every accepted order is
// paid exactly once, the stock is conserved, and the times to recover are printed.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { inBatches, paymentsOf } from './support/invariants.js';
import {
  buy,
  fastShopSettings,
  newProduct,
  orderReaching,
  signIn,
  stockOf,
  type Shopper,
} from './support/shop.js';
import { startRabbitCluster, type RabbitCluster } from './support/rabbitmq-cluster.js';
import { startSystem, type RunningSystem } from './support/system.js';

const backend = rabbitPostgresBackend();
const orderCount = 24;
const arrivalsPerSecond = 2;
const killAfterOrders = 8;

/** The quorum queues of the cluster with how many of their members are online. */
async function quorumQueues(cluster: RabbitCluster, asSeenBy = cluster.nodes[1]!) {
  const rows = JSON.parse(
    await cluster.ctl(asSeenBy, ['list_queues', 'name', 'type', 'members', 'online', '--formatter', 'json']),
  ) as { name: string; type: string; members: string[]; online: string[] }[];
  return rows.filter((row) => row.type === 'quorum');
}

describe.skipIf(!backend.available)('a three-node RabbitMQ cluster that loses a node', () => {
  let cluster: RabbitCluster;
  let system: RunningSystem;
  let cleanup: () => Promise<void> = async () => undefined;
  let admin: Shopper;

  beforeAll(async () => {
    cluster = await startRabbitCluster(3);
    const prepared = await backend.prepare();
    cleanup = prepared.cleanup;
    system = await startSystem({
      env: {
        ...fastShopSettings,
        SHIPPING_STEP_MS: '600000',
        ...prepared.env,
        BUS_URL: cluster.nodes.map((node) => `${node.url}?heartbeat=2`).join(','),
        BUS_ADMIN_URL: cluster.adminUrl,
      },
    });
    admin = await signIn(system.baseUrl, { admin: true });
  }, 240_000);
  afterAll(async () => {
    await system?.remove();
    await cluster?.remove();
    await cleanup();
  });

  it('replicates every durable queue on all three nodes', async () => {
    const queues = await quorumQueues(cluster);
    expect(queues.length).toBeGreaterThan(10);
    for (const queue of queues)
      expect({ queue: queue.name, members: queue.members.length }).toEqual({ queue: queue.name, members: 3 });
  });

  it('loses no order and applies none twice when a node is SIGKILLed under load and comes back', async () => {
    const [first] = cluster.nodes;
    const users = (await cluster.ctl(first!, ['list_connections', 'user']))
      .trim()
      .split('\n')
      .filter(Boolean);
    expect(users.length, 'processes connected to the first node').toBeGreaterThan(0);
    expect(users, 'each process connects as its own user').toEqual(
      expect.arrayContaining(['orders', 'payments']),
    );

    const stock = orderCount + 10;
    const productId = await newProduct(admin, stock);
    const shoppers = await inBatches(
      Array.from({ length: orderCount }, (_, i) => i),
      6,
      () => signIn(system.baseUrl),
    );

    const started = Date.now();
    let killedAt = 0;
    const placed: Promise<{ shopper: Shopper; status: number; orderId?: string; afterKill: boolean }>[] = [];
    for (const [index, shopper] of shoppers.entries()) {
      await sleep(Math.max(0, started + (index * 1000) / arrivalsPerSecond - Date.now()));
      if (index === killAfterOrders) {
        await cluster.kill(first!);
        killedAt = Date.now();
      }
      const afterKill = killedAt > 0;
      placed.push(
        buy(shopper, productId).then((answer) => ({
          shopper,
          status: answer.status,
          orderId: answer.body.order?.id,
          afterKill,
        })),
      );
    }
    const orders = await Promise.all(placed);
    const restartedAt = Date.now();
    await cluster.restart(first!);
    await eventually(async () => (await quorumQueues(cluster)).every((queue) => queue.online.length === 3), {
      timeoutMs: 60_000,
      what: 'every quorum queue with all three members online again',
    });
    const recoveredAt = Date.now();

    const accepted = orders.filter((order) => [200, 202].includes(order.status) && order.orderId);
    expect(
      accepted.filter((order) => order.afterKill).length,
      'orders accepted while the node was down',
    ).toBeGreaterThan(0);
    const settled = await inBatches(accepted, 6, ({ shopper, orderId }) =>
      orderReaching(shopper, orderId!, ['paid', 'cancelled'], 120_000),
    );
    const paidAt = Date.now();
    expect(settled.map((order) => order.status)).toEqual(accepted.map(() => 'paid'));
    for (const { orderId } of accepted) {
      expect((await paymentsOf(system, admin, orderId!)).map((payment) => payment.status)).toEqual([
        'captured',
      ]);
    }
    await eventually(async () => (await stockOf(admin, productId)).reserved === 0, {
      timeoutMs: 30_000,
      what: 'every reservation sold',
    });
    expect(await stockOf(admin, productId)).toMatchObject({ onHand: stock - accepted.length, reserved: 0 });

    console.log(
      `rabbitmq cluster: ${accepted.length}/${orders.length} orders accepted (${orders.filter((o) => o.afterKill).length} after the kill), ` +
        `all paid once; node back and every queue fully replicated ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after its restart, ` +
        `every order paid ${((paidAt - killedAt) / 1000).toFixed(1)} s after the kill`,
    );
  }, 360_000);
});
