import type { JWK } from 'jose';
import type { PublicJwk } from '@bazaar/contracts/identity';

/**
 * How long a new key is published before it signs: longer than any verifier keeps the previous
 * JWKS (the 60 s HTTP cache plus jose's 10 s refetch cooldown), so no valid token names a key
 * a verifier has not seen.
 */
export const keyPublicationLeadSeconds = 120;

/** One Ed25519 signing key: the private JWK, from when it signs, and when it stops (null: not yet planned). */
export interface SigningKeyRecord {
  kid: string;
  privateJwk: JWK;
  createdAt: string;
  /** When it starts signing (absent: from the start); it is published before that. */
  signsFrom?: string;
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

/** Whether the key signs at `now`: its start has come and its retirement has not. */
function isSigningAt(key: SigningKeyRecord, now: Date): boolean {
  const started = key.signsFrom === undefined || Date.parse(key.signsFrom) <= now.getTime();
  return started && (key.retiredAt === null || Date.parse(key.retiredAt) > now.getTime());
}

/** The key that signs new access tokens at `now` (the newest whose signing time has come). */
export function currentSigningKey(ring: KeyRing, now: Date): SigningKeyRecord {
  const current = ring.keys.filter((key) => isSigningAt(key, now)).at(-1);
  if (!current) throw new Error('The signing key ring has no current key');
  return current;
}

/** Whether a key may verify tokens: upcoming, current, or retired less than one token lifetime ago. */
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

/**
 * Rotation: `next` is published now and signs from `now + leadSeconds`, when the keys before it
 * retire (each still verifying for one token lifetime); keys past publication are dropped.
 */
export function rotateKeyRing(
  ring: KeyRing,
  next: SigningKeyRecord,
  now: Date,
  accessTokenTtlSeconds: number,
  leadSeconds: number = keyPublicationLeadSeconds,
): KeyRing {
  const switchAt = new Date(now.getTime() + leadSeconds * 1000).toISOString();
  const retiresAfterSwitch = (key: SigningKeyRecord) =>
    key.retiredAt === null || Date.parse(key.retiredAt) > Date.parse(switchAt);
  const retired = ring.keys.map((key) => (retiresAfterSwitch(key) ? { ...key, retiredAt: switchAt } : key));
  const kept = retired.filter((key) => isPublished(key, now, accessTokenTtlSeconds));
  return { keys: [...kept, { ...next, signsFrom: switchAt, retiredAt: null }] };
}

/** The public half of a key as the JWKS shows it: never the private `d`. */
export function publicJwkOf(key: SigningKeyRecord): PublicJwk {
  const { x } = key.privateJwk;
  if (key.privateJwk.kty !== 'OKP' || key.privateJwk.crv !== 'Ed25519' || !x) {
    throw new Error(`Signing key ${key.kid} is not an Ed25519 key`);
  }
  return { kty: 'OKP', crv: 'Ed25519', x, kid: key.kid, alg: 'EdDSA', use: 'sig' };
}
