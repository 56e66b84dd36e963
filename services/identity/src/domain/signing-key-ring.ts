import type { JWK } from 'jose';
import type { PublicJwk } from '@bazaar/contracts/identity';

/** One Ed25519 signing key: the private JWK, and when it stopped signing (null while current). */
export interface SigningKeyRecord {
  kid: string;
  privateJwk: JWK;
  createdAt: string;
  retiredAt: string | null;
}

/** Every key that signs or still verifies access tokens; the last unretired one signs. */
export interface KeyRing {
  keys: SigningKeyRecord[];
}

/** Where the key ring is kept: the key file, or a fixed key from configuration. */
export interface SigningKeyStore {
  /** The ring as it is now (a changed file is read again). */
  load(): Promise<KeyRing>;
  /** Replaces the ring; fails when the key is fixed by configuration. */
  save(ring: KeyRing): Promise<void>;
}

/** The key that signs new access tokens. */
export function currentSigningKey(ring: KeyRing): SigningKeyRecord {
  const current = ring.keys.filter((key) => key.retiredAt === null).at(-1);
  if (!current) throw new Error('The signing key ring has no current key');
  return current;
}

/** Whether a key may still verify tokens: current, or retired less than one token lifetime ago. */
export function isPublished(key: SigningKeyRecord, now: Date, accessTokenTtlSeconds: number): boolean {
  if (key.retiredAt === null) return true;
  return Date.parse(key.retiredAt) + accessTokenTtlSeconds * 1000 > now.getTime();
}

/** The keys to publish in the JWKS now. */
export function publishedSigningKeys(
  ring: KeyRing,
  now: Date,
  accessTokenTtlSeconds: number,
): SigningKeyRecord[] {
  return ring.keys.filter((key) => isPublished(key, now, accessTokenTtlSeconds));
}

/** Rotation: the current key retires now, `next` becomes current, keys past publication are dropped. */
export function rotateKeyRing(
  ring: KeyRing,
  next: SigningKeyRecord,
  now: Date,
  accessTokenTtlSeconds: number,
): KeyRing {
  const retired = ring.keys.map((key) =>
    key.retiredAt === null ? { ...key, retiredAt: now.toISOString() } : key,
  );
  const kept = retired.filter((key) => isPublished(key, now, accessTokenTtlSeconds));
  return { keys: [...kept, { ...next, retiredAt: null }] };
}

/** The public half of a key as the JWKS shows it: never the private `d`. */
export function publicJwkOf(key: SigningKeyRecord): PublicJwk {
  const { x } = key.privateJwk;
  if (key.privateJwk.kty !== 'OKP' || key.privateJwk.crv !== 'Ed25519' || !x) {
    throw new Error(`Signing key ${key.kid} is not an Ed25519 key`);
  }
  return { kty: 'OKP', crv: 'Ed25519', x, kid: key.kid, alg: 'EdDSA', use: 'sig' };
}
