import { describe, expect, it } from 'vitest';
import { topology } from './topology.js';

describe('topology', () => {
  it('lists identity and catalog first, every other service after them, and the gateway last', () => {
    expect(topology.map((spec) => spec.name).slice(0, 2)).toEqual(['identity', 'catalog']);
    expect(topology.map((spec) => spec.name)).toEqual(
      expect.arrayContaining(['inventory', 'cart', 'orders', 'payments', 'shipping', 'notifications']),
    );
    expect(topology.at(-1)).toMatchObject({ name: 'gateway', dir: 'apps/gateway', port: 'public' });
  });

  it('gives every service its own port offset between 1 and 99, and has one public process', () => {
    const offsets = topology.flatMap((spec) => (spec.port === 'public' ? [] : [spec.port]));
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(offsets.every((offset) => Number.isInteger(offset) && offset >= 1 && offset <= 99)).toBe(true);
    expect(topology.filter((spec) => spec.port === 'public')).toHaveLength(1);
  });

  it('names every process once, in lower-case words', () => {
    const names = topology.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z][a-z0-9-]*$/.test(name))).toBe(true);
  });
});
