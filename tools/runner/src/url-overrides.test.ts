import { describe, expect, it } from 'vitest';
import { applyUrlOverrides, parseUrlOverrides } from './url-overrides.js';
import { topology } from './topology.js';

describe('parseUrlOverrides', () => {
  it('is empty when unset or blank', () => {
    expect(parseUrlOverrides(undefined, topology)).toEqual({});
    expect(parseUrlOverrides(' ', topology)).toEqual({});
  });

  it('reads name=url pairs into <NAME>_URL keys', () => {
    expect(
      parseUrlOverrides('inventory=http://127.0.0.1:40123, catalog=http://127.0.0.1:40124', topology),
    ).toEqual({
      INVENTORY_URL: 'http://127.0.0.1:40123',
      CATALOG_URL: 'http://127.0.0.1:40124',
    });
  });

  it.each(['warehouse=http://127.0.0.1:1', 'http://127.0.0.1:1'])(
    'refuses %s, which names no declared process',
    (text) => {
      expect(() => parseUrlOverrides(text, topology)).toThrow('does not name a process');
    },
  );

  it('refuses a URL that is not http(s)', () => {
    expect(() => parseUrlOverrides('inventory=127.0.0.1:1', topology)).toThrow('must be http(s)');
  });
});

describe('applyUrlOverrides', () => {
  it('replaces only the URLs a child was already given', () => {
    const overrides = { INVENTORY_URL: 'http://proxy:1', CART_URL: 'http://proxy:2' };
    expect(
      applyUrlOverrides({ INVENTORY_URL: 'http://127.0.0.1:7104', IDENTITY_URL: 'http://x' }, overrides),
    ).toEqual({
      INVENTORY_URL: 'http://proxy:1',
      IDENTITY_URL: 'http://x',
    });
  });
});
