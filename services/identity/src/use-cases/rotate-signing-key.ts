import { currentSigningKey, rotateKeyRing, type SigningKeyStore } from '../domain/signing-key-ring.js';
import { generateSigningKey } from '../security/signing-keys.js';

/** What a rotation did: the new signing key, and until when the previous one still verifies. */
export interface KeyRotation {
  kid: string;
  previousKid: string;
  previousPublishedUntil: string;
}

/** What a rotation needs. */
export interface RotationCollaborators {
  signingKeys: SigningKeyStore;
  accessTokenTtlSeconds: number;
  now: () => Date;
}

/**
 * Rotates the signing key: a new key signs from now on; the previous one stays in the JWKS until
 * the last token it signed has expired, so nobody is signed out by a rotation.
 */
export async function rotateSigningKey(collaborators: RotationCollaborators): Promise<KeyRotation> {
  const { signingKeys, accessTokenTtlSeconds } = collaborators;
  const now = collaborators.now();
  const ring = await signingKeys.load();
  const previous = currentSigningKey(ring);
  const next = await generateSigningKey(now);
  await signingKeys.save(rotateKeyRing(ring, next, now, accessTokenTtlSeconds));
  return {
    kid: next.kid,
    previousKid: previous.kid,
    previousPublishedUntil: new Date(now.getTime() + accessTokenTtlSeconds * 1000).toISOString(),
  };
}
