import { describe, expect, it } from 'vitest';
import { parseScale } from './scale.js';
import type { ProcessSpec } from './topology.js';

const specs: ProcessSpec[] = [
  { name: 'identity', dir: 'services/identity', port: 1, calls: [] },
  { name: 'catalog', dir: 'services/catalog', port: 2, calls: [] },
  { name: 'gateway', dir: 'apps/gateway', port: 'public', calls: [] },
];

describe('parseScale', () => {
  it('runs one replica of everything when SCALE is unset or empty', () => {
    const expected = new Map([
      ['identity', 1],
      ['catalog', 1],
      ['gateway', 1],
    ]);
    expect(parseScale(undefined, specs)).toEqual(expected);
    expect(parseScale('', specs)).toEqual(expected);
  });

  it('reads name=count pairs, tolerating spaces and a trailing comma', () => {
    const replicas = parseScale(' catalog = 3 , identity=2,', specs);
    expect(Object.fromEntries(replicas)).toEqual({ identity: 2, catalog: 3, gateway: 1 });
  });

  it('accepts gateway=1 but refuses to scale the process that listens on PORT', () => {
    expect(parseScale('gateway=1', specs).get('gateway')).toBe(1);
    expect(() => parseScale('gateway=2', specs)).toThrow(/"gateway" listens on PORT/);
  });

  it.each([
    ['catalog', /"catalog" is not of the form name=count/],
    ['catalog=two', /"catalog=two" is not of the form name=count/],
    ['catalog=-1', /not of the form name=count/],
    ['catalog=1.5', /not of the form name=count/],
    ['catalog=0', /"catalog" needs at least 1 replica, got 0/],
    ['search=2', /"search" is not a process the runner knows \(known: identity, catalog, gateway\)/],
    ['catalog=2,catalog=3', /"catalog" is given more than once/],
  ])('rejects SCALE=%s with a message that says what is wrong', (text, reason) => {
    expect(() => parseScale(text, specs)).toThrow(reason);
    expect(() => parseScale(text, specs)).toThrow(`Invalid SCALE "${text}"`);
  });
});
