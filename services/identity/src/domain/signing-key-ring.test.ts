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
const lead = 120;
const feb1 = at('2025-02-01T00:00:00.000Z');
const later = (seconds: number) => new Date(feb1.getTime() + seconds * 1000);

describe('the signing key ring', () => {
  it('signs with the newest key that is not retired', () => {
    const ring = { keys: [key('a', '2025-01-02T00:00:00.000Z'), key('b')] };
    expect(currentSigningKey(ring, feb1).kid).toBe('b');
  });

  it('refuses a ring without a current key', () => {
    expect(() => currentSigningKey({ keys: [key('a', '2025-01-02T00:00:00.000Z')] }, feb1)).toThrow();
  });

  it('publishes a new key at once but signs with it only after the lead', () => {
    const ring = rotateKeyRing({ keys: [key('a')] }, key('b'), feb1, ttl, lead);
    expect(publishedSigningKeys(ring, feb1, ttl).map((k) => k.kid)).toEqual(['a', 'b']);
    expect(currentSigningKey(ring, later(lead - 1)).kid).toBe('a');
    expect(currentSigningKey(ring, later(lead)).kid).toBe('b');
  });

  it('after the switch still publishes the old key for one token lifetime', () => {
    const ring = rotateKeyRing({ keys: [key('a')] }, key('b'), feb1, ttl, lead);
    const published = publishedSigningKeys(ring, later(lead + ttl - 1), ttl);
    expect(published.map((k) => k.kid)).toEqual(['a', 'b']);
  });

  it('stops publishing a retired key once its last token has expired', () => {
    const ring = rotateKeyRing({ keys: [key('a')] }, key('b'), feb1, ttl, lead);
    const published = publishedSigningKeys(ring, later(lead + ttl), ttl);
    expect(published.map((k) => k.kid)).toEqual(['b']);
  });

  it('drops long-retired keys from the ring at the next rotation', () => {
    const old = { keys: [key('a', '2025-01-01T00:00:00.000Z'), key('b')] };
    const ring = rotateKeyRing(old, key('c'), feb1, ttl, lead);
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
