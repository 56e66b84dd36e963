import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { fixedSigningKeyStore, generateSigningKey, parseSigningKey } from './signing-keys.js';

async function privateJwk() {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return exportJWK(privateKey);
}

describe('signing keys', () => {
  it('generates an Ed25519 key named by its public thumbprint', async () => {
    const key = await generateSigningKey(new Date('2025-01-01T00:00:00.000Z'));
    expect(key).toMatchObject({ privateJwk: { kty: 'OKP', crv: 'Ed25519' }, retiredAt: null });
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.kid).not.toBe((await generateSigningKey(new Date())).kid);
  });

  it('reads SIGNING_KEY, keeping its kid or naming it by thumbprint', async () => {
    const jwk = await privateJwk();
    expect((await parseSigningKey(JSON.stringify({ ...jwk, kid: 'mine' }))).kid).toBe('mine');
    expect((await parseSigningKey(JSON.stringify(jwk))).kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a SIGNING_KEY that is not JSON, not a private Ed25519 key, or not one key', async () => {
    const jwk = await privateJwk();
    const other = await privateJwk();
    await expect(parseSigningKey('{nope')).rejects.toThrow(/not JSON/);
    await expect(parseSigningKey(JSON.stringify({ ...jwk, d: undefined }))).rejects.toThrow(
      /private Ed25519/,
    );
    await expect(parseSigningKey(JSON.stringify({ ...jwk, crv: 'X25519' }))).rejects.toThrow(
      /private Ed25519/,
    );
    await expect(parseSigningKey(JSON.stringify({ ...jwk, x: other.x }))).rejects.toThrow(/does not match/);
  });

  it('cannot rotate a key fixed by configuration', async () => {
    const store = fixedSigningKeyStore(JSON.stringify(await privateJwk()));
    const ring = await store.load();
    expect(ring.keys).toHaveLength(1);
    await expect(store.save(ring)).rejects.toThrow(/SIGNING_KEY/);
  });
});
