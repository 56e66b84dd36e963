// The declaration against itself and the contracts: every name, port, call and event it lists exists.
import { describe, expect, it } from 'vitest';
import { allEvents } from '@bazaar/contracts/all-events';
import { bazaar } from '../bazaar.system.js';
import { callersOf, consumedEventsOf } from './process-links.js';
import { startOrder } from './start-order.js';

const known = new Set<string>(allEvents.map((event) => event.type));
const names = bazaar.processes.map((spec) => spec.name);

describe('the system declaration', () => {
  it('names every process once, in kebab-case, with one public gateway and distinct offsets 1–99', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))).toBe(true);
    expect(bazaar.processes.filter((spec) => spec.port === 'public').map((spec) => spec.kind)).toEqual([
      'gateway',
    ]);
    const offsets = bazaar.processes.flatMap((spec) => (spec.port === 'public' ? [] : [spec.port]));
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(offsets.every((offset) => Number.isInteger(offset) && offset >= 1 && offset <= 99)).toBe(true);
  });

  it('lists only event types the contracts define, and each one is published by exactly one process', () => {
    for (const spec of bazaar.processes) {
      for (const type of [...spec.publishes, ...consumedEventsOf(spec)]) expect(known).toContain(type);
      for (const type of spec.publishesOnFirstStart) expect(spec.publishes).toContain(type);
    }
    const publishers = bazaar.processes.flatMap((spec) => spec.publishes);
    expect([...publishers].sort()).toEqual([...known].sort());
  });

  it('names each queue <service>.<intent> after its consumer, and every event consumed has a publisher', () => {
    const published = new Set(bazaar.processes.flatMap((spec) => spec.publishes));
    for (const spec of bazaar.processes) {
      for (const queue of spec.consumes) {
        expect(queue.queue.startsWith(`${spec.name}.`)).toBe(true);
        for (const type of queue.events) expect(published).toContain(type);
      }
    }
  });

  it('calls only declared processes, never itself, and marks its secrets among its keys', () => {
    for (const spec of bazaar.processes) {
      expect(spec.calls).not.toContain(spec.name);
      for (const name of spec.calls) expect(names).toContain(name);
      for (const secret of spec.secrets) expect(spec.config).toContain(secret);
    }
    expect(callersOf(bazaar, 'cart')).toEqual(['orders', 'gateway']);
  });

  it('starts identity and catalog (they publish on their first start) after every other process', () => {
    const [first, afterReady] = startOrder(bazaar);
    expect(afterReady.map((spec) => spec.name)).toEqual(['identity', 'catalog']);
    expect(first.map((spec) => spec.name)).toContain('gateway');
    expect(first.length + afterReady.length).toBe(names.length);
  });
});
