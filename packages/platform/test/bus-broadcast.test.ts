// Broadcast subscriptions on both transports: every subscribing process sees every event, while
// the competing consumers of a durable queue still share theirs; a stopped or killed process's
// queue goes away, so nothing keeps being routed to it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import path from 'node:path';
import {
  openFixtureService,
  publishThings,
  ThingHappened,
  type FixtureService,
} from './fixtures/fixture-service.mjs';
import {
  appliedEffects,
  countByNumber,
  createTestBed,
  spawnFixture,
  transportsUnderTest,
  waitFor,
  type FixtureProcess,
  type TestBed,
} from './bus-test-bed.js';

const numbers = (count: number) => Array.from({ length: count }, (_, n) => n);

describe.each(transportsUnderTest())('broadcast subscriptions over $name', (transport) => {
  let bed: TestBed;
  let producer: FixtureService;
  const opened: FixtureService[] = [];
  const children: FixtureProcess[] = [];

  beforeEach(async (context) => {
    if (!transport.available) return context.skip();
    bed = createTestBed(transport);
  });

  afterEach(async () => {
    if (!transport.available) return;
    for (const { child } of children.splice(0)) child.kill('SIGKILL');
    for (const service of opened.splice(0).reverse()) {
      await service.bus.stop().catch(() => undefined);
      await service.database.close();
    }
    await bed.cleanup();
  });

  async function open(service: string, extra: Parameters<TestBed['config']>[1] = {}) {
    const opening = await openFixtureService(bed.config(service, { handledBy: service, ...extra }));
    opened.push(opening);
    await opening.bus.start();
    return opening;
  }

  /** Publishes one event and resolves once the relay found no queue to take it (set aside). */
  async function isRoutedNowhere(n: number): Promise<boolean> {
    await publishThings(producer, n, 1);
    await waitFor(`event ${n} sent or set aside`, async () => {
      const row = await outboxRow(producer, n);
      return row.sent_at !== null || row.set_aside_count > 0;
    });
    return (await outboxRow(producer, n)).sent_at === null;
  }

  it('gives every subscribing process every event once, while competing consumers share theirs', async () => {
    const watchers = [await open('watcher-a', { broadcast: 'watch.things' })];
    watchers.push(await open('watcher-b', { broadcast: 'watch.things' }));
    const worker = await open('worker', { queue: bed.queue, handledBy: 'worker-1' });
    await open('worker', { queue: bed.queue, handledBy: 'worker-2' });
    producer = await open('producer');
    await publishThings(producer, 0, 40);
    for (const watcher of [...watchers, worker]) {
      await waitFor('every event', async () => (await appliedEffects(watcher)).length >= 40);
    }
    await publishThings(producer, 40, 1); // a last event: anything applied twice would be in by now
    for (const watcher of [...watchers, worker]) {
      await waitFor('the last event', async () => (await appliedEffects(watcher)).length >= 41);
    }
    for (const watcher of watchers) {
      const counts = countByNumber(await appliedEffects(watcher));
      expect([...counts.keys()]).toEqual(numbers(41));
      expect([...counts.values()].every((count) => count === 1)).toBe(true);
    }
    const shared = countByNumber(await appliedEffects(worker));
    expect([...shared.keys()]).toEqual(numbers(41));
    expect([...shared.values()].every((count) => count === 1)).toBe(true);
  });

  it('removes a stopped process’s queue: nothing is routed to it any more', async () => {
    const watcher = await open('watcher', { broadcast: 'watch.things' });
    producer = await open('producer');
    expect(await isRoutedNowhere(0)).toBe(false);
    await watcher.bus.stop();
    expect(await isRoutedNowhere(1)).toBe(true);
    expect(await messagesWaiting()).toBe(0);
  });

  it('lets the queue of a killed process go, so events do not pile up behind it', async () => {
    const child = spawnFixture('consumer.mjs', bed.config('watcher', { broadcast: 'watch.things' }));
    children.push(child);
    await child.ready;
    producer = await open('producer');
    expect(await isRoutedNowhere(0)).toBe(false);
    child.child.kill('SIGKILL');
    await child.exited;
    // RabbitMQ deletes the exclusive queue with the connection; the embedded lease runs out
    let n = 1;
    await waitFor('the dead queue to be gone', async () => isRoutedNowhere(n++));
    expect(await messagesWaiting()).toBe(0);
  });

  it('tells the subscriber when its queue is declared, before any event reaches it', async () => {
    const seen: string[] = [];
    const watcher = await openFixtureService(bed.config('watcher'));
    opened.push(watcher);
    watcher.bus.subscribeBroadcast({
      name: 'watch.things',
      events: [ThingHappened],
      handle: (event) => void seen.push(`event ${String((event.data as { n: number }).n)}`),
      onSubscribed: () => void seen.push('subscribed'),
    });
    await watcher.bus.start();
    producer = await open('producer');
    await publishThings(producer, 0, 2);
    await waitFor('both events', async () => seen.length >= 3);
    expect(seen).toEqual(['subscribed', 'event 0', 'event 1']);
  });

  /** Messages left in the embedded broker (on RabbitMQ the broker removed the queue itself). */
  async function messagesWaiting(): Promise<number> {
    if (transport.name !== 'embedded') return 0;
    const sqlite = new SQLite(path.join(bed.dataDir, 'bus.sqlite'), { readonly: true });
    try {
      return (sqlite.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  }
});

async function outboxRow(service: FixtureService, n: number) {
  const rows = await service.database.db
    .selectFrom('bus_outbox')
    .select(['envelope', 'sent_at', 'set_aside_count'])
    .execute();
  const row = rows.find(
    (candidate) => (JSON.parse(candidate.envelope) as { data: { n: number } }).data.n === n,
  );
  if (!row) throw new Error(`no outbox row for event ${n}`);
  return { sent_at: row.sent_at as number | null, set_aside_count: Number(row.set_aside_count) };
}
