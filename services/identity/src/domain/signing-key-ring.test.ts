import { describe, expect, it } from 'vitest';
import {
  currentSigningKey,
  publicJwkOf,
  publishedSigningKeys,
  rotateKeyRing,
  type SigningKeyRecord,
} from './signing-key-ring.js';

const key = (kid: string, retiredAt: string | null = null): SigningKeyRecord => ({
  kid,
  privateJwk: { kty: 'OKP', crv: 'Ed25519', x: `x-${kid}`, d: `d-${kid}` },
  createdAt: '2025-01-01T00:00:00.000Z',
  retiredAt,
});
const at = (iso: string) => new Date(iso);
const ttl = 900;

describe('the signing key ring', () => {
  it('signs with the newest key that is not retired', () => {
    expect(currentSigningKey({ keys: [key('a', '2025-01-02T00:00:00.000Z'), key('b')] }).kid).toBe('b');
  });

  it('refuses a ring without a current key', () => {
    expect(() => currentSigningKey({ keys: [key('a', '2025-01-02T00:00:00.000Z')] })).toThrow();
  });

  it('after rotation signs with the new key and still publishes the old one', () => {
    const ring = rotateKeyRing({ keys: [key('a')] }, key('b'), at('2025-02-01T00:00:00.000Z'), ttl);
    expect(currentSigningKey(ring).kid).toBe('b');
    const published = publishedSigningKeys(ring, at('2025-02-01T00:14:59.000Z'), ttl);
    expect(published.map((k) => k.kid)).toEqual(['a', 'b']);
  });

  it('stops publishing a retired key once its last token has expired', () => {
    const ring = rotateKeyRing({ keys: [key('a')] }, key('b'), at('2025-02-01T00:00:00.000Z'), ttl);
    const published = publishedSigningKeys(ring, at('2025-02-01T00:15:00.000Z'), ttl);
    expect(published.map((k) => k.kid)).toEqual(['b']);
  });

  it('drops long-retired keys from the ring at the next rotation', () => {
    const old = { keys: [key('a', '2025-01-01T00:00:00.000Z'), key('b')] };
    const ring = rotateKeyRing(old, key('c'), at('2025-02-01T00:00:00.000Z'), ttl);
    expect(ring.keys.map((k) => k.kid)).toEqual(['b', 'c']);
  });

  it('publishes only the public half of a key', () => {
    expect(publicJwkOf(key('a'))).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: 'x-a',
      kid: 'a',
      alg: 'EdDSA',
      use: 'sig',
    });
  });
});
