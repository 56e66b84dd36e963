import {
  currentSigningKey,
  keyPublicationLeadSeconds,
  rotateKeyRing,
  type SigningKeyStore,
} from '../domain/signing-key-ring.js';
import { generateSigningKey } from '../security/signing-keys.js';

/** What a rotation did: the new key and when it signs, and until when the previous one still verifies. */
export interface KeyRotation {
  kid: string;
  signsFrom: string;
  previousKid: string;
  previousPublishedUntil: string;
}

/** What a rotation needs. */
export interface RotationCollaborators {
  signingKeys: SigningKeyStore;
  accessTokenTtlSeconds: number;
  now: () => Date;
  /** How long the new key is published before it signs (default `keyPublicationLeadSeconds`). */
  leadSeconds?: number;
}

/**
 * Rotates the signing key: a new key is published now and signs after the lead, once every
 * verifier can know it; the previous one stays in the JWKS until the last token it signed has
 * expired, so no valid token fails because of a rotation.
 */
export async function rotateSigningKey(collaborators: RotationCollaborators): Promise<KeyRotation> {
  const { signingKeys, accessTokenTtlSeconds } = collaborators;
  const now = collaborators.now();
  const leadMs = (collaborators.leadSeconds ?? keyPublicationLeadSeconds) * 1000;
  const ring = await signingKeys.load();
  const previous = currentSigningKey(ring, now);
  const next = await generateSigningKey(now);
  await signingKeys.save(rotateKeyRing(ring, next, now, accessTokenTtlSeconds, leadMs / 1000));
  return {
    kid: next.kid,
    signsFrom: new Date(now.getTime() + leadMs).toISOString(),
    previousKid: previous.kid,
    previousPublishedUntil: new Date(now.getTime() + leadMs + accessTokenTtlSeconds * 1000).toISOString(),
  };
}
