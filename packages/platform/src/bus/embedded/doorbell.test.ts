import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../testing/wait-until.js';
import { QueueDoorbells } from './doorbell.js';

describe("a queue's doorbell", () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  function doorbellsIn(dir: string) {
    const doorbells = new QueueDoorbells(dir, 2);
    cleanups.push(() => doorbells.close());
    return doorbells;
  }
  function listen(doorbells: QueueDoorbells, queue: string) {
    const heard = { rings: 0 };
    const bell = doorbells.of(queue);
    bell.listen(() => heard.rings++);
    cleanups.push(() => bell.close());
    return heard;
  }

  it("wakes the listeners of the queues a publish routed to, and no other queue's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbells-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const consumer = doorbellsIn(dir);
    const payments = listen(consumer, 'payments.charge-order');
    const shipping = listen(consumer, 'shipping.create-shipment');
    const publisher = doorbellsIn(dir);

    publisher.ring(['payments.charge-order']);
    await waitUntil(() => payments.rings > 0);
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a stray wake to show
    expect(shipping.rings).toBe(0);

    const before = payments.rings;
    publisher.ring(['a', 'b', 'c', 'payments.charge-order']); // past its capacity of 2 open bells
    await waitUntil(() => payments.rings > before);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'a',
      'b',
      'c',
      'payments.charge-order',
      'shipping.create-shipment',
    ]);
  });

  it('keeps the file one byte long however often it rings, and removes it with its queue', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbells-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const doorbells = doorbellsIn(dir);
    for (let i = 0; i < 25; i++) doorbells.ring(['orders.mark-order-paid']);
    expect(fs.statSync(path.join(dir, 'orders.mark-order-paid')).size).toBe(1);
    doorbells.remove('orders.mark-order-paid');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
