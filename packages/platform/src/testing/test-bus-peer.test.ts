import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OrderPaid, OrderPlaced } from '@bazaar/contracts/orders';
import { createTestBusPeer, type TestBusPeer } from './test-bus-peer.js';

describe('a test bus peer', () => {
  const peers: TestBusPeer[] = [];
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((peer) => peer.close()));
  });

  it('receives what another peer publishes on the embedded bus of the same data folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-peer-'));
    const listener = await createTestBusPeer({ dataDir, listenTo: [OrderPlaced] });
    const producer = await createTestBusPeer({ dataDir });
    peers.push(listener, producer);
    const example = OrderPlaced.examples[0]!;
    await producer.publish(OrderPlaced, { ...example, orderId: 'ord_peer' });
    const event = await listener.waitFor<{ orderId: string }>(
      'orders.order.placed',
      (data) => data.orderId === 'ord_peer',
    );
    expect(event.data.orderId).toBe('ord_peer');
    await expect(listener.waitFor('orders.order.paid', undefined, 100)).rejects.toThrow(
      /no orders.order.paid/,
    );
  });

  it('sets aside an event no queue takes yet, without holding up the events behind it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-peer-'));
    const paidListener = await createTestBusPeer({ dataDir, listenTo: [OrderPaid] });
    const producer = await createTestBusPeer({ dataDir });
    peers.push(paidListener, producer);
    const placed = OrderPlaced.examples[0]!;
    const paid = OrderPaid.examples[0]!;
    await producer.publish(OrderPlaced, { ...placed, orderId: 'ord_unbound' });
    await producer.publish(OrderPaid, { ...paid, orderId: 'ord_behind' });
    await paidListener.waitFor<{ orderId: string }>(
      'orders.order.paid',
      (data) => data.orderId === 'ord_behind',
    );
    const placedListener = await createTestBusPeer({ dataDir, listenTo: [OrderPlaced] });
    peers.push(placedListener);
    await placedListener.waitFor<{ orderId: string }>(
      'orders.order.placed',
      (data) => data.orderId === 'ord_unbound',
    );
  });
});
