// bus.sqlite is shared by every process, and any of them can be stopped holding its write lock
// (SIGSTOP, a long GC, a busy core). The others must neither stall nor crash nor lose a message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BusTransport, Delivery } from '../bus-types.js';
import { busyTimeoutMs, EmbeddedStore, isBusyError } from './embedded-store.js';
import { createEmbeddedTransport } from './embedded-transport.js';

const settings = { prefetch: 10, deliveryLimit: 5, leaseMs: 60_000, sweepIntervalMs: 60_000 };
const message = { id: 'e-1', type: 'test.happened', body: '{"n":1}' };

describe('the embedded broker while another process holds the lock', () => {
  const opened: Array<{ close: () => void }> = [];
  let transport: BusTransport | undefined;
  afterEach(async () => {
    await transport?.stop();
    opened.splice(0).forEach((item) => item.close());
  });

  /** A second connection holding bus.sqlite's write lock, as a stopped process would. */
  function holdLock(dataDir: string) {
    const holder = new SQLite(path.join(dataDir, 'bus.sqlite'));
    opened.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    return { release: () => holder.exec('COMMIT') };
  }

  async function startTransport() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'locked-bus-'));
    transport = createEmbeddedTransport({ dataDir, ...settings });
    await transport.start();
    await transport.declareQueue('tests', ['test.happened']);
    return { dataDir, transport };
  }

  it('waits only briefly for the lock, so the process keeps answering its own requests', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'locked-bus-'));
    const store = new EmbeddedStore(path.join(dataDir, 'bus.sqlite'));
    opened.push(store);
    expect(busyTimeoutMs).toBeLessThanOrEqual(250);
    const lock = holdLock(dataDir);
    let failure: unknown;
    try {
      store.publish([message]);
    } catch (error) {
      failure = error;
    }
    lock.release();
    expect(isBusyError(failure)).toBe(true);
  });

  it('fails a publish fast while locked (the relay retries) and routes it once the lock lifts', async () => {
    const { dataDir, transport: bus } = await startTransport();
    const lock = holdLock(dataDir);
    await expect(bus.publish([message])).rejects.toSatisfy(isBusyError);
    lock.release();
    expect(await bus.publish([message])).toBe(1);
    expect(await bus.queueState('tests')).toEqual({ depth: 1, consumers: null });
  });

  it('keeps a consumer alive through a locked claim and delivers once the lock lifts', async () => {
    const { dataDir, transport: bus } = await startTransport();
    await bus.publish([message]);
    const lock = holdLock(dataDir);
    const delivered: string[] = [];
    await bus.consume('tests', async (delivery: Delivery) => {
      delivered.push(delivery.body);
      return { kind: 'ack' };
    });
    // the first claim met the lock; the slow sweep is a minute away, so only the worker's own retry can deliver
    await new Promise((resolve) => setTimeout(resolve, busyTimeoutMs * 2));
    expect(delivered).toEqual([]);
    lock.release();
    await expect.poll(() => delivered, { timeout: 5_000 }).toEqual([message.body]);
    await expect.poll(() => bus.queueState('tests').then((state) => state.depth)).toBe(0);
  });
});
