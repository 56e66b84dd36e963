// Fault tests with real processes: consumers and producers are `node` children killed with SIGKILL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFixtureService, publishThings, type FixtureService } from './fixtures/fixture-service.mjs';
import {
  appliedEffects,
  countByNumber,
  effectCount,
  createTestBed,
  spawnFixture,
  transportsUnderTest,
  waitFor,
  type FixtureProcess,
  type TestBed,
} from './bus-test-bed.js';

let testGeneration = 0;
const everyNumber = (count: number) => Array.from({ length: count }, (_, n) => n);

describe.each(transportsUnderTest())('process faults over $name', (transport) => {
  let bed: TestBed;
  let observer: FixtureService;
  const children: FixtureProcess[] = [];

  beforeEach(async (context) => {
    if (!transport.available) return context.skip();
    bed = createTestBed(transport);
    // the consumers' database, opened without subscribing: the test reads the effects from it
    observer = await openFixtureService(bed.config('consumer'));
  });

  afterEach(async () => {
    if (!transport.available) return;
    testGeneration += 1; // a failed test's replica loops stop spawning into the next test's bed
    for (const { child } of children.splice(0)) child.kill('SIGKILL');
    await observer.database.close();
    await bed.cleanup();
  });

  function startConsumer(extra: Record<string, unknown>): FixtureProcess {
    const child = spawnFixture('consumer.mjs', bed.config('consumer', { queue: bed.queue, ...extra }));
    children.push(child);
    return child;
  }

  it('kill -9 of a consumer between its commit and its ack, 100 times, applies no effect twice', async () => {
    const total = 100;
    const tuning = { prefetch: 1, deliveryLimit: 10 };
    await startConsumer({ tuning }).ready; // declares the queue before anything is published
    for (const { child } of children.splice(0)) child.kill('SIGTERM');
    const producer = await openFixtureService(bed.config('producer'));
    await producer.bus.start();
    await publishThings(producer, 0, total);
    let kills = 0;
    const isDone = async () => (await effectCount(observer)) >= total;
    const replica = async () => {
      const generation = testGeneration;
      while (generation === testGeneration && !(await isDone())) {
        const consumer = startConsumer({ tuning, crashAfterCommit: true });
        const done = waitFor('the last effect', isDone, 200_000).then(() => 'done');
        if ((await Promise.race([consumer.exited, done])) === 'done') consumer.child.kill('SIGTERM');
        const how = await consumer.exited;
        if (how === 'SIGKILL') kills += 1;
        else if (how === 'exit 1') throw new Error('a consumer process failed to start');
      }
    };
    await Promise.all([replica(), replica(), replica()]);
    await startConsumer({ tuning }).ready; // a survivor acknowledges what the killed ones could not
    await new Promise((resolve) => setTimeout(resolve, 3000)); // expired leases are redelivered and acked
    const counts = countByNumber(await appliedEffects(observer));
    expect(kills).toBeGreaterThanOrEqual(total);
    expect([...counts.keys()]).toEqual(everyNumber(total));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    await producer.bus.stop();
    await producer.database.close();
  }, 400_000);

  it('kill -9 of a producer between its commit and the publish still delivers the events after its restart', async () => {
    await startConsumer({}).ready;
    const crashed = spawnFixture('producer.mjs', {
      ...bed.config('producer'),
      count: 10,
      crashBeforeRelay: true,
    });
    expect(await crashed.exited).toBe('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await appliedEffects(observer)).toEqual([]);
    const restarted = spawnFixture('producer.mjs', { ...bed.config('producer'), count: 0 });
    expect(await restarted.exited).toBe('exit 0');
    await waitFor('the 10 events', async () => (await appliedEffects(observer)).length >= 10);
    const counts = countByNumber(await appliedEffects(observer));
    expect([...counts.keys()]).toEqual(everyNumber(10));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  }, 60_000);

  it('three replicas of a consumer share the work and no event is handled twice', async () => {
    const tuning = { prefetch: 5 };
    const replicas = [0, 1, 2].map(() => startConsumer({ tuning, handleDelayMs: 3 }));
    await Promise.all(replicas.map((replica) => replica.ready));
    const producer = await openFixtureService(bed.config('producer'));
    await producer.bus.start();
    await publishThings(producer, 0, 300);
    await waitFor('300 effects', async () => (await appliedEffects(observer)).length >= 300, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const effects = await appliedEffects(observer);
    const counts = countByNumber(effects);
    expect([...counts.keys()]).toEqual(everyNumber(300));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(effects.map((effect) => effect.handled_by)).size).toBe(3);
    await producer.bus.stop();
    await producer.database.close();
  }, 90_000);

  it('when every consumer process is killed mid-stream, a restarted one delivers everything, none twice', async () => {
    const first = startConsumer({ handleDelayMs: 5 });
    await first.ready;
    const producer = await openFixtureService(bed.config('producer'));
    await producer.bus.start();
    await publishThings(producer, 0, 200);
    await waitFor('some effects', async () => (await appliedEffects(observer)).length >= 20);
    first.child.kill('SIGKILL');
    await first.exited;
    await publishThings(producer, 200, 100);
    await startConsumer({}).ready;
    await waitFor('all 300 effects', async () => (await appliedEffects(observer)).length >= 300, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = countByNumber(await appliedEffects(observer));
    expect([...counts.keys()]).toEqual(everyNumber(300));
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    await producer.bus.stop();
    await producer.database.close();
  }, 90_000);
});
